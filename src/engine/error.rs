//! Typed input errors. Every error names the field it is about, so the page can put the message
//! beside that field and the command-line tool can print it.

use std::fmt;

/// What is wrong with one field.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Problem {
    /// The value is NaN or infinite.
    NotFinite,
    /// The value must be a whole number (a count of GPUs, replicas or requests).
    NotWhole,
    /// The value lies outside `[min, max]` (both inclusive); `unit` names what is counted.
    OutOfRange { min: f64, max: f64, unit: &'static str },
    /// The id is not in the catalog; `valid` lists the ids that are.
    UnknownId { valid: Vec<String> },
    /// The model's weights, KV cache and runtime overhead do not fit in the replica's memory.
    DoesNotFit { needed_gb: f64, available_gb: f64, smallest_gpu_count: Option<u32> },
    /// Any other rule, stated in words.
    Rule(String),
}

/// Where a field is. Shown and serialised as the engine names it: `model`,
/// `workload.tokens_per_day`, `options[2].usd_per_gpu_hour` (options counted from 0).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldPath {
    /// A field of the scenario or the workload, or of an option before it is placed.
    Top(&'static str),
    /// Field `field` of the option at `index` in the scenario.
    Option { index: usize, field: &'static str },
}

impl FieldPath {
    /// The field's own name, without the option it belongs to.
    pub fn field(self) -> &'static str {
        match self {
            FieldPath::Top(field) | FieldPath::Option { field, .. } => field,
        }
    }

    /// The option it belongs to, if any.
    pub fn option_index(self) -> Option<usize> {
        match self {
            FieldPath::Top(_) => None,
            FieldPath::Option { index, .. } => Some(index),
        }
    }
}

impl fmt::Display for FieldPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FieldPath::Top(field) => f.write_str(field),
            FieldPath::Option { index, field } => write!(f, "options[{index}].{field}"),
        }
    }
}

/// A path equals its written form (`path == "options[0].n"`).
impl PartialEq<&str> for FieldPath {
    fn eq(&self, text: &&str) -> bool {
        match *self {
            FieldPath::Top(field) => field == *text,
            FieldPath::Option { index, field } => text
                .strip_prefix("options[")
                .and_then(|rest| rest.split_once("]."))
                .is_some_and(|(i, f)| f == field && i.parse() == Ok(index) && (i == "0" || !i.starts_with('0'))),
        }
    }
}

impl serde::Serialize for FieldPath {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// One problem with one named field, e.g. `options[2].usd_per_gpu_hour`.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct FieldError {
    pub field: FieldPath,
    pub problem: Problem,
}

impl FieldError {
    pub fn new(field: &'static str, problem: Problem) -> Self {
        Self { field: FieldPath::Top(field), problem }
    }

    /// The same error, placed in the option at `index`.
    pub fn within(mut self, index: usize) -> Self {
        self.field = FieldPath::Option { index, field: self.field.field() };
        self
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::NotFinite => write!(f, "must be a finite number"),
            Problem::NotWhole => write!(f, "must be a whole number"),
            Problem::OutOfRange { min, max, unit } => {
                write!(f, "must be between {} and {}", human(*min), human(*max))?;
                if !unit.is_empty() {
                    write!(f, " {unit}")?;
                }
                Ok(())
            }
            Problem::UnknownId { valid } => write!(f, "is not a known id; valid ids: {}", valid.join(", ")),
            Problem::DoesNotFit { needed_gb, available_gb, smallest_gpu_count } => {
                write!(f, "does not fit: needs {needed_gb:.1} GB, the replica has {available_gb:.1} GB")?;
                match smallest_gpu_count {
                    Some(n) => write!(f, "; {n} GPUs per replica would fit"),
                    None => write!(f, "; no GPU count up to 8 fits"),
                }
            }
            Problem::Rule(text) => f.write_str(text),
        }
    }
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.problem)
    }
}

impl std::error::Error for FieldError {}

/// Plain number for messages: integers without decimals, large values with thousands separators.
fn human(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        let digits = format!("{}", value.abs() as u64);
        let mut grouped = String::new();
        for (i, ch) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                grouped.push(',');
            }
            grouped.push(ch);
        }
        if value < 0.0 {
            grouped.insert(0, '-');
        }
        grouped
    } else {
        format!("{value}")
    }
}

/// Checks that `value` is finite and within `[min, max]`.
pub fn check_range(field: &'static str, value: f64, min: f64, max: f64, unit: &'static str) -> Result<f64, FieldError> {
    if !value.is_finite() {
        return Err(FieldError::new(field, Problem::NotFinite));
    }
    if value < min || value > max {
        return Err(FieldError::new(field, Problem::OutOfRange { min, max, unit }));
    }
    Ok(value)
}

/// Runs every check and keeps every error, so a user sees all mistakes at once.
#[derive(Default)]
pub struct Checks {
    pub errors: Vec<FieldError>,
}

impl Checks {
    /// Domain check; on failure records the error and returns the domain's minimum.
    pub fn domain(&mut self, field: &'static str, value: f64, domain: &super::domain::Domain) -> f64 {
        match domain.check(field, value) {
            Ok(v) => v,
            Err(e) => {
                self.errors.push(e);
                domain.min
            }
        }
    }

    pub fn push(&mut self, error: FieldError) {
        self.errors.push(error);
    }

    pub fn finish<T>(self, value: T) -> Result<T, Vec<FieldError>> {
        if self.errors.is_empty() {
            Ok(value)
        } else {
            Err(self.errors)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_is_written_and_compared_as_the_engine_names_it() {
        let path = FieldPath::Option { index: 2, field: "usd_per_gpu_hour" };
        assert_eq!(path.to_string(), "options[2].usd_per_gpu_hour");
        assert_eq!(path, "options[2].usd_per_gpu_hour");
        assert_ne!(path, "options[02].usd_per_gpu_hour");
        assert_ne!(path, "options[2].usd_per_gpu");
        assert_eq!(FieldPath::Option { index: 0, field: "n" }, "options[0].n");
        assert_eq!(FieldError::new("gpus_per_replica", Problem::NotWhole).within(3).field.to_string(), "options[3].gpus_per_replica");
        assert_eq!(serde_json::to_value(FieldPath::Top("model")).unwrap(), "model");
    }

    #[test]
    fn range_names_field_and_bounds() {
        let e = check_range("workload.tokens_per_day", -1.0, 1.0, 1e13, "tokens/day").unwrap_err();
        assert_eq!(e.to_string(), "workload.tokens_per_day: must be between 1 and 10,000,000,000,000 tokens/day");
        assert_eq!(check_range("x", f64::NAN, 0.0, 1.0, "").unwrap_err().problem, Problem::NotFinite);
        assert_eq!(check_range("x", 0.5, 0.0, 1.0, ""), Ok(0.5));
    }
}
