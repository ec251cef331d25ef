//! The one-sentence answer for a scenario, read off its report, and the article's reasons to
//! self-host anyway reflected in it.

use crate::display::{times, tokens, usd};
use crate::engine::{OptionReport, Report};
use crate::scenario::Reasons;

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
            match c.first_to_beat_api.as_ref().and_then(|(id, v)| option(report, &Some(id.clone())).map(|o| (o, *v))) {
                Some((o, v)) => format!("{first}; self-hosting on {} becomes cheaper above {}/day.", o.label, tokens(v)),
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
            match c.cheapest_self_hosted_break_even {
                Some(v) if v > 0.0 => format!("{first}; below {}/day the API is cheaper.", tokens(v)),
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
    for o in report.options.iter().filter(|o| o.covers_peak == Some(false)) {
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
