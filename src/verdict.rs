//! The one-sentence answer for a scenario, read off its report, and the article's reasons to
//! self-host anyway reflected in it.

use crate::display::{times, tokens, usd};
use crate::engine::{OptionReport, Report};
use crate::scenario::Reasons;

/// The verdict: a headline and supporting lines.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Verdict {
    pub headline: String,
    pub details: Vec<String>,
}

fn cheapest<'a>(options: impl Iterator<Item = &'a OptionReport>) -> Option<&'a OptionReport> {
    options.min_by(|a, b| a.cost_per_day_usd.total_cmp(&b.cost_per_day_usd))
}

fn break_even(report: &Report, self_hosted: &OptionReport, api: &OptionReport) -> Option<f64> {
    report.break_even.iter().find(|b| b.self_hosted == self_hosted.id && b.api == api.id).and_then(|b| b.tokens_per_day)
}

/// Reads the verdict off `report`; `reasons` are the ticked reasons to self-host anyway.
pub fn verdict(report: &Report, reasons: &Reasons) -> Verdict {
    let volume = tokens(report.tokens_per_day);
    let best_api = cheapest(report.options.iter().filter(|o| o.kind == "api"));
    let best_self = cheapest(report.options.iter().filter(|o| o.kind != "api"));
    let mut details = Vec::new();

    let must_self_host = reasons.fine_tuned || reasons.data_in_house || reasons.offline;
    let headline = match (best_api, best_self) {
        (None, None) => "Add an option to compare.".to_string(),
        (Some(api), Some(own)) if must_self_host => {
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
                times(own.cost_per_day_usd / api.cost_per_day_usd),
                api.label
            )
        }
        (Some(api), Some(own)) if api.cost_per_day_usd <= own.cost_per_day_usd => {
            let flip = report
                .options
                .iter()
                .filter(|o| o.kind != "api")
                .filter_map(|o| break_even(report, o, api).map(|v| (o, v)))
                .min_by(|a, b| a.1.total_cmp(&b.1));
            let first = format!(
                "The API ({}) is {} cheaper than self-hosting on {} at {volume}/day",
                api.label,
                times(own.cost_per_day_usd / api.cost_per_day_usd),
                own.label
            );
            match flip {
                Some((o, v)) => format!("{first}; self-hosting on {} becomes cheaper above {}/day.", o.label, tokens(v)),
                None => format!("{first}; no self-hosted option here ever beats it at this input/output mix."),
            }
        }
        (Some(api), Some(own)) => {
            let first = format!(
                "Self-hosting on {} is {} cheaper than the cheapest API ({}) at {volume}/day",
                own.label,
                times(api.cost_per_day_usd / own.cost_per_day_usd),
                api.label
            );
            match break_even(report, own, api) {
                Some(v) if v > 0.0 => format!("{first}; below {}/day the API is cheaper.", tokens(v)),
                _ => format!("{first}."),
            }
        }
        (Some(only), None) | (None, Some(only)) => match report.ratio_max_to_min {
            Some(r) if report.options.len() > 1 => {
                format!("{} is the cheapest at {volume}/day, {} cheaper than the most expensive option.", only.label, times(r))
            }
            _ => format!("{} costs {}/month at {volume}/day.", only.label, usd(only.cost_per_month_usd)),
        },
    };
    if must_self_host && best_self.is_none() {
        details.push("You ticked a reason to self-host, but the scenario has no self-hosted option: add one.".into());
    }
    if reasons.learning {
        if let (Some(api), Some(own)) = (best_api, best_self) {
            let premium = own.cost_per_month_usd - api.cost_per_month_usd;
            if premium > 0.0 {
                details.push(format!("Learning to self-host costs about {}/month more than the API here.", usd(premium)));
            }
        }
    }
    for o in report.options.iter().filter(|o| o.covers_peak == Some(false)) {
        details.push(format!("{} does not cover the traffic hours or the per-user speed target; its cost is understated.", o.label));
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
