//! Numbers as people type them and as links carry them.
//!
//! Parsing accepts `1000000`, `1,000,000`, `1e6`, `1M`, `2.5k`, `3B`/`3G` and `1T` (suffixes are
//! powers of 1000, case-insensitive except `m`, which is also read as million). Formatting gives
//! the shortest text that parses back to exactly the same number, using a suffix when it is exact.

/// Parses a number with optional thousands separators and a K/M/B/G/T suffix.
/// Returns `None` for anything else (including NaN and infinities).
pub fn parse_number(text: &str) -> Option<f64> {
    let trimmed = text.trim();
    if trimmed.is_empty() || trimmed.len() > 64 {
        return None;
    }
    let cleaned: String = trimmed.chars().filter(|c| *c != ',' && *c != '_' && *c != ' ').collect();
    let (digits, multiplier) = match cleaned.chars().last()? {
        'k' | 'K' => (&cleaned[..cleaned.len() - 1], 1e3),
        'm' | 'M' => (&cleaned[..cleaned.len() - 1], 1e6),
        'b' | 'B' | 'g' | 'G' => (&cleaned[..cleaned.len() - 1], 1e9),
        't' | 'T' => (&cleaned[..cleaned.len() - 1], 1e12),
        _ => (cleaned.as_str(), 1.0),
    };
    // Rust's float parser accepts "inf" and "nan"; people and links never mean them.
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '-' | '+')) {
        return None;
    }
    let value = parse_decimal(digits)? * multiplier;
    // Adding 0 turns −0 into 0, so that a link's "-0" and "0" mean and re-encode the same.
    value.is_finite().then_some(value + 0.0)
}

/// Reads a decimal number whose characters are already checked (digits, `.`, `e`, `E`, signs).
#[cfg(not(target_arch = "wasm32"))]
fn parse_decimal(text: &str) -> Option<f64> {
    text.parse::<f64>().ok()
}

/// In the page the browser reads it: both parsers round correctly, so the values are identical
/// (`tests/web.rs` compares them), and the page leaves out Rust's 10 KB table of powers of five.
/// JavaScript's unary `+` (as `Number()`) reads the whole text or gives NaN, as Rust's parser does.
#[cfg(target_arch = "wasm32")]
fn parse_decimal(text: &str) -> Option<f64> {
    let value = wasm_bindgen::JsValue::from_str(text).unchecked_into_f64();
    (!value.is_nan()).then_some(value)
}

/// The shortest text that [`parse_number`] reads back as exactly `value`.
pub fn format_exact(value: f64) -> String {
    let plain = shortest(value);
    let mut best = plain.clone();
    for (suffix, scale) in [("T", 1e12), ("B", 1e9), ("M", 1e6), ("K", 1e3)] {
        if value.abs() >= scale {
            let candidate = format!("{}{suffix}", shortest(value / scale));
            if candidate.len() < best.len() && parse_number(&candidate) == Some(value) {
                best = candidate;
            }
        }
    }
    best
}

/// Rust's shortest round-trip text, without a leading zero before the point (`.12`).
fn shortest(value: f64) -> String {
    let text = if value != 0.0 && (value.abs() >= 1e16 || value.abs() < 1e-5) { format!("{value:e}") } else { format!("{value}") };
    if let Some(rest) = text.strip_prefix("0.") {
        format!(".{rest}")
    } else if let Some(rest) = text.strip_prefix("-0.") {
        format!("-.{rest}")
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_people_type() {
        assert_eq!(parse_number("1e6"), Some(1e6));
        assert_eq!(parse_number("1M"), Some(1e6));
        assert_eq!(parse_number("1,000,000"), Some(1e6));
        assert_eq!(parse_number(" 2.5k "), Some(2500.0));
        assert_eq!(parse_number("3B"), Some(3e9));
        assert_eq!(parse_number(".12"), Some(0.12));
        for bad in ["", "abc", "NaN", "inf", "1e999", "1..2", "M", "--1"] {
            assert_eq!(parse_number(bad), None, "{bad}");
        }
    }

    #[test]
    fn formats_short_and_exact() {
        assert_eq!(format_exact(1e6), "1M");
        assert_eq!(format_exact(2.5e9), "2.5B");
        assert_eq!(format_exact(0.12), ".12");
        assert_eq!(format_exact(3.67), "3.67");
        assert_eq!(format_exact(1000.0), "1K");
        assert_eq!(format_exact(1234.0), "1234");
    }
}
