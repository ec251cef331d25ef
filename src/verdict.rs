//! The one-sentence answer for a scenario, read off its report, and the article's reasons to
//! self-host anyway reflected in it.

use crate::display::{compact, times, tokens, usd};
use crate::engine::report::{evaluate_with, Shortcuts};
use crate::engine::report::{BreakEven, Report};
use crate::engine::{FieldError, OptionReport};
use crate::scenario::{resolve, EstimateCheck, Reasons, Scenario};

/// Per-user speeds below this (output tokens/s) are a batch-job regime, too slow to read along.
pub const INTERACTIVE_TOKENS_PER_S: f64 = 10.0;

/// Everything the page and `llmcost` say about a scenario: its report, and where measured
/// capacities lie far outside the estimator's band, the report at the estimate.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    pub report: Report,
    pub checks: Vec<EstimateCheck>,
    /// The same scenario with those capacities estimated instead, evaluated.
    pub at_estimate: Option<Report>,
}

/// Evaluates `scenario`, and the scenario at the estimator's throughput where its measured
/// capacities lie far from it.
pub fn answer(scenario: &Scenario) -> Result<Answer, Vec<FieldError>> {
    answer_with(scenario, Default::default())
}

/// [`answer`], with the shortcuts of the report and of the report at the estimate (see
/// [`evaluate_with`]).
pub fn answer_with(scenario: &Scenario, [shortcuts, at_estimate_shortcuts]: [Shortcuts; 2]) -> Result<Answer, Vec<FieldError>> {
    let input = resolve(scenario)?;
    let report = evaluate_with(&input, shortcuts)?;
    let checks = scenario.estimate_checks(&input);
    let at_estimate =
        scenario.at_estimate(&checks).and_then(|s| resolve(&s).and_then(|input| evaluate_with(&input, at_estimate_shortcuts)).ok());
    Ok(Answer { report, checks, at_estimate })
}

impl Answer {
    /// The verdict, stating the answer at the estimate too where a measured figure is far off.
    pub fn verdict(&self, reasons: &Reasons) -> Verdict {
        verdict_with_estimate(&self.report, &self.checks, self.at_estimate.as_ref(), reasons)
    }
}

/// [`verdict`], followed by the answer at the estimator's throughput where `checks` find a
/// measured capacity far outside its band (`at_estimate` is the report at the estimate).
pub fn verdict_with_estimate(report: &Report, checks: &[EstimateCheck], at_estimate: Option<&Report>, reasons: &Reasons) -> Verdict {
    let mut v = verdict(report, reasons);
    if let Some(text) = at_estimate.and_then(|estimated| at_estimate_sentence(report, checks, estimated)) {
        v.headline = format!("{} {text}", v.headline);
    }
    v
}

/// "That assumes Lambda A100 serves 1M tokens/day per replica; the estimator expects …".
fn at_estimate_sentence(report: &Report, checks: &[EstimateCheck], estimated: &Report) -> Option<String> {
    {
        // The cheapest self-hosted option's check first: the one the first sentence names.
        let cheapest = report.comparison.cheapest_self_hosted.clone().unwrap_or_default();
        let far = || checks.iter().filter(|c| c.far_outside);
        let check = far().find(|c| crate::engine::report::option_id(c.index) == cheapest).or_else(|| far().next())?;
        let id = crate::engine::report::option_id(check.index);
        let label = &report.options.iter().find(|o| o.id == id)?.label;
        let [lo, hi] = check.estimated_tokens_per_day_range;
        let c = &estimated.comparison;
        let name = |id: &Option<String>| estimated.options.iter().find(|o| Some(&o.id) == id.as_ref()).map(|o| o.label.clone());
        let now = match (name(&c.cheapest_api), name(&c.cheapest_self_hosted), c.self_hosted_over_api) {
            (Some(api), _, Some(over)) if over >= 1.0 => format!("the API ({api}) is still {} cheaper at this volume", times(over)),
            (_, Some(own), Some(over)) => format!("self-hosting on {own} is {} cheaper at this volume", times(1.0 / over)),
            _ => "the answer at this volume is the same".to_string(),
        };
        let later = match earliest_break_even(estimated) {
            Some((b, own, api)) => format!("self-hosting on {own} beats {api} above {}", break_even_volume(b)),
            None => "no self-hosted option here beats an API at any volume".to_string(),
        };
        let what = format!("{now}, and {later}");
        Some(format!(
            "That assumes {label} serves {}/day per replica; for the same model on {}× {} in {} the estimator expects {}–{} tokens/day, at which {what}.",
            tokens(check.measured_tokens_per_day),
            check.gpus,
            check.gpu_name,
            check.weights,
            compact(lo),
            compact(hi),
        ))
    }
}

/// The (self-hosted, API) pair that breaks even at the lowest volume, with both labels.
fn earliest_break_even(report: &Report) -> Option<(&BreakEven, &str, &str)> {
    let label = |id: &str| report.options.iter().find(|o| o.id == id).map(|o| o.label.as_str());
    report
        .break_even
        .iter()
        .filter(|b| b.tokens_per_day.is_some())
        .min_by(|a, b| a.tokens_per_day.unwrap_or(f64::MAX).total_cmp(&b.tokens_per_day.unwrap_or(f64::MAX)))
        .and_then(|b| Some((b, label(&b.self_hosted)?, label(&b.api)?)))
}

/// "240M tokens/day (190M–360M)", with the estimator's band where there is one.
pub fn break_even_volume(b: &BreakEven) -> String {
    let point = b.tokens_per_day.map_or_else(|| "no volume".to_string(), |v| format!("{}/day", tokens(v)));
    match b.tokens_per_day_range {
        Some([Some(lo), Some(hi)]) => format!("{point} ({}–{})", compact(lo), compact(hi)),
        Some([Some(lo), None]) => format!("{point} (from {}, or never at the low end of the estimate)", compact(lo)),
        _ => point,
    }
}

/// One pair in words: "2×H100 becomes cheaper than Together above 160M tokens/day (140M–190M)",
/// or why it never does.
pub fn pair_sentence(report: &Report, b: &BreakEven) -> String {
    let label = |id: &str| report.options.iter().find(|o| o.id == id).map_or(id.to_string(), |o| o.label.clone());
    let (own, api) = (label(&b.self_hosted), label(&b.api));
    match b.tokens_per_day {
        Some(_) => format!("{own} becomes cheaper than {api} above {}.", break_even_volume(b)),
        None => format!(
            "{own} never beats {api}: even with every replica full it costs {}/M tokens, against {}/M.",
            usd(b.self_hosted_usd_per_mtok_at_full_use),
            usd(b.api_usd_per_mtok)
        ),
    }
}

/// What would flip the cheaper of a pair, input by input, in words.
pub fn flips_sentence(report: &Report, b: &BreakEven) -> String {
    let label = |id: &str| report.options.iter().find(|o| o.id == id).map_or(id.to_string(), |o| o.label.clone());
    let Some(first) = b.flips.first() else { return String::new() };
    let self_wins_now = first.from == b.self_hosted;
    let (winner, loser) = (label(&first.to), label(&first.from));
    let (more, less) = if self_wins_now { ("fell below", "rose above") } else { ("exceeded", "fell below") };
    let mut can = Vec::new();
    let mut cannot = Vec::new();
    for f in &b.flips {
        let (what, direction) = match f.input {
            "tokens_per_day" => ("the volume", more),
            "usd_per_gpu_hour" => ("the GPU price", less),
            "usd_per_gpu" => ("the purchase price", less),
            "capacity_tokens_per_day" => ("the capacity per replica", if self_wins_now { "fell below" } else { "reached" }),
            "api_usd_per_mtok" => ("the API price", if self_wins_now { "fell below" } else { "rose above" }),
            _ => ("the traffic hours", if self_wins_now { "fell below" } else { "reached" }),
        };
        match f.value {
            Some(v) => can.push(format!("{what} {direction} {}", flip_value(f.unit, v))),
            None => cannot.push(what),
        }
    }
    let mut text = if can.is_empty() {
        format!("No single input flips {loser} against {winner}")
    } else {
        format!("{winner} would win over {loser} if {}", can.join(", or "))
    };
    if !cannot.is_empty() && !can.is_empty() {
        text.push_str(&format!("; {} alone cannot flip it", cannot.join(" or ")));
    }
    text.push('.');
    text
}

fn flip_value(unit: &str, v: f64) -> String {
    match unit {
        "$/GPU-hour" => format!("{}/GPU-hour", usd(v)),
        "$ per GPU" => format!("{} per GPU", usd(v)),
        "$/M tokens" => format!("{}/M tokens", usd(v)),
        "hours/day" => format!("{v:.1} hours/day"),
        "tokens/day per replica" => format!("{}/day per replica", tokens(v)),
        _ => format!("{}/day", tokens(v)),
    }
}

/// A monthly cost under this reads as free ($0.01: under a cent a month).
const FREE_USD_PER_MONTH: f64 = 0.01;

/// The verdict: a headline and supporting lines.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Verdict {
    pub headline: String,
    pub details: Vec<String>,
}

/// The option with `id`.
fn option<'a>(report: &'a Report, id: &Option<String>) -> Option<&'a OptionReport> {
    report.options.iter().find(|o| Some(&o.id) == id.as_ref())
}

/// Reads the verdict off `report` (every figure comes from the engine); `reasons` are the ticked
/// reasons to self-host anyway.
pub fn verdict(report: &Report, reasons: &Reasons) -> Verdict {
    let volume = tokens(report.tokens_per_day);
    let c = &report.comparison;
    let best_api = option(report, &c.cheapest_api);
    let best_self = option(report, &c.cheapest_self_hosted);
    let mut details = Vec::new();

    let must_self_host = reasons.fine_tuned || reasons.data_in_house || reasons.offline;
    let headline = match (best_api, best_self, c.self_hosted_over_api) {
        (Some(api), Some(own), Some(over)) if must_self_host => {
            let why = [
                (reasons.fine_tuned, "no API serves a fine-tuned model"),
                (reasons.data_in_house, "your data must stay in-house"),
                (reasons.offline, "you need offline or edge use"),
            ]
            .into_iter()
            .filter(|(on, _)| *on)
            .map(|(_, text)| text)
            .collect::<Vec<_>>()
            .join(" and ");
            format!(
                "Self-host: {why}. {} is the cheapest self-hosted option at {}/month, {} what {} would charge at {volume}/day.",
                own.label,
                usd(own.cost_per_month_usd),
                times(over),
                api.label
            )
        }
        // A near-free API: no ratio means anything against nothing.
        (Some(api), Some(own), Some(_)) if api.cost_per_month_usd < FREE_USD_PER_MONTH => format!(
            "The API ({}) is practically free at {volume}/day (under $0.01/month); self-hosting on {} costs {}/month.",
            api.label,
            own.label,
            usd(own.cost_per_month_usd)
        ),
        (Some(api), Some(own), Some(over)) if over >= 1.0 => {
            let first = format!("The API ({}) is {} cheaper than self-hosting on {} at {volume}/day", api.label, times(over), own.label);
            let pair = c.first_to_beat_api.as_ref().and_then(|(id, _)| {
                let b = report.break_even.iter().find(|b| &b.self_hosted == id && Some(&b.api) == c.cheapest_api.as_ref())?;
                Some((option(report, &Some(id.clone()))?, b))
            });
            match pair {
                Some((o, b)) => format!("{first}; self-hosting on {} becomes cheaper above {}.", o.label, break_even_volume(b)),
                None => format!("{first}; no self-hosted option here ever beats it at this input/output mix."),
            }
        }
        (Some(api), Some(own), Some(over)) => {
            let first = format!(
                "Self-hosting on {} is {} cheaper than the cheapest API ({}) at {volume}/day",
                own.label,
                times(1.0 / over),
                api.label
            );
            let pair = report
                .break_even
                .iter()
                .find(|b| Some(&b.self_hosted) == c.cheapest_self_hosted.as_ref() && Some(&b.api) == c.cheapest_api.as_ref());
            match pair {
                Some(b) if b.tokens_per_day.is_some_and(|v| v > 0.0) => {
                    format!("{first}; below {} the API is cheaper.", break_even_volume(b))
                }
                _ => format!("{first}."),
            }
        }
        _ => match report.options.iter().find(|o| o.cheapest) {
            None => "Add an option to compare.".to_string(),
            Some(only) => match report.ratio_max_to_min {
                Some(r) if report.options.len() > 1 => {
                    format!("{} is the cheapest at {volume}/day, {} cheaper than the most expensive option.", only.label, times(r))
                }
                _ => format!("{} costs {}/month at {volume}/day.", only.label, usd(only.cost_per_month_usd)),
            },
        },
    };
    if must_self_host && best_self.is_none() {
        details.push("You ticked a reason to self-host, but the scenario has no self-hosted option: add one.".into());
    }
    if let Some(premium) = c.self_hosted_premium_per_month_usd.filter(|p| reasons.learning && *p > 0.0) {
        details.push(format!("Learning to self-host costs about {}/month more than the API here.", usd(premium)));
    }
    for o in &report.options {
        let Some(e) = o.estimate.as_ref().filter(|e| 1000.0 / e.ms_per_output_token < INTERACTIVE_TOKENS_PER_S) else { continue };
        details.push(format!(
            "{}'s estimate runs {} requests at once at about {:.0} output tokens/s per user ({:.0} ms per token): a batch-job regime, too slow for chat. For an interactive service, set a per-user speed.",
            o.label,
            compact(e.batch as f64 * e.copies as f64),
            1000.0 / e.ms_per_output_token,
            e.ms_per_output_token
        ));
    }
    for o in report.options.iter().filter(|o| o.covers_peak == Some(false)) {
        if o.kind == crate::engine::option::KindName::Serverless {
            details.push(format!(
                "{}: the peak needs {} workers, more than allowed, or a speed they cannot reach; part of it goes unserved.",
                o.label,
                o.replicas.unwrap_or(0)
            ));
            continue;
        }
        details.push(format!(
            "{} is not up during all traffic hours or misses the per-user speed target: traffic outside its up hours, or beyond what it serves at that speed, goes unserved, so its cost is understated.",
            o.label
        ));
    }
    Verdict { headline, details }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::{decode, resolve, Scenario};

    fn report_of(link: &str) -> Report {
        crate::engine::evaluate(&resolve(&decode(link).scenario).unwrap()).unwrap()
    }

    #[test]
    fn article_scenario_says_the_api_wins_by_358x() {
        let v = verdict(&report_of("v=1"), &Reasons::default());
        assert_eq!(
            v.headline,
            "The API (OpenRouter) is 358× cheaper than self-hosting on Lambda A100 at 1M tokens/day; no self-hosted option here ever beats it at this input/output mix."
        );
    }

    #[test]
    fn reasons_to_self_host_change_the_headline() {
        let reasons = Reasons { data_in_house: true, ..Reasons::default() };
        let v = verdict(&report_of(&crate::scenario::encode(&Scenario::default())), &reasons);
        assert!(v.headline.starts_with("Self-host: your data must stay in-house. Lambda A100"), "{}", v.headline);
    }
}
