//! API against self-hosting at the scenario's volume: the figures a verdict is read from.

use super::option::KindName;
use super::results::{ratio, BreakEven, OptionReport};
use super::units::DAYS_PER_MONTH;

/// The cheapest API against the cheapest self-hosted option.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct Comparison {
    /// Id of the cheapest API option, if any.
    pub cheapest_api: Option<String>,
    /// Id of the cheapest self-hosted (rented or owned) option, if any.
    pub cheapest_self_hosted: Option<String>,
    /// Cheapest self-hosted cost over cheapest API cost at this volume (below 1: self-hosting is
    /// cheaper).
    pub self_hosted_over_api: Option<f64>,
    /// Cheapest self-hosted cost minus cheapest API cost, $ per month (negative: self-hosting saves).
    pub self_hosted_premium_per_month_usd: Option<f64>,
    /// The self-hosted option that beats the cheapest API from the lowest volume, and that
    /// volume in tokens/day.
    pub first_to_beat_api: Option<(String, f64)>,
    /// Tokens/day from which the cheapest self-hosted option never costs more than the cheapest API.
    pub cheapest_self_hosted_break_even: Option<f64>,
}

/// The cheapest API and the cheapest self-hosted option (the first of equals), if any.
pub fn cheapest_api_and_self_hosted(options: &[OptionReport]) -> [Option<&OptionReport>; 2] {
    let mut cheapest: [Option<&OptionReport>; 2] = [None, None];
    for o in options {
        let slot = &mut cheapest[usize::from(o.kind != KindName::Api)];
        if slot.is_none_or(|c| o.cost_per_day_usd.total_cmp(&c.cost_per_day_usd).is_lt()) {
            *slot = Some(o);
        }
    }
    cheapest
}

/// Reads the comparison off the options' costs and the break-even pairs.
pub fn compare(options: &[OptionReport], break_even: &[BreakEven]) -> Comparison {
    let [api, own] = cheapest_api_and_self_hosted(options);
    let pair = |s: &str, a: &str| break_even.iter().find(|b| b.self_hosted == s && b.api == a).and_then(|b| b.tokens_per_day);
    let (Some(api), Some(own)) = (api, own) else {
        return Comparison {
            cheapest_api: api.map(|o| o.id.clone()),
            cheapest_self_hosted: own.map(|o| o.id.clone()),
            ..Comparison::default()
        };
    };
    let first_to_beat_api = options
        .iter()
        .filter(|o| o.kind != KindName::Api)
        .filter_map(|o| pair(&o.id, &api.id).map(|v| (o.id.clone(), v)))
        .min_by(|a, b| a.1.total_cmp(&b.1));
    Comparison {
        cheapest_api: Some(api.id.clone()),
        cheapest_self_hosted: Some(own.id.clone()),
        self_hosted_over_api: Some(ratio(own.cost_per_day_usd, api.cost_per_day_usd)),
        self_hosted_premium_per_month_usd: Some((own.cost_per_day_usd - api.cost_per_day_usd) * DAYS_PER_MONTH),
        first_to_beat_api,
        cheapest_self_hosted_break_even: pair(&own.id, &api.id),
    }
}
