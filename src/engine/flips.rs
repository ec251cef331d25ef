//! What would flip the answer between a self-hosted option and an API: for each single input,
//! the value at which the two cost the same at the scenario's volume, the others held. Closed
//! forms from the cost model (`F + n·c` against `a·V`), no search.

use super::cost_model::CostModel;
use super::option::OptionKind;
use super::units::{per_day_from_monthly, DAYS_PER_YEAR, HOURS_PER_DAY, TOKENS_PER_MILLION};
use super::workload::Workload;

/// One input's value at which the cheaper of two options changes, the other inputs held.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Flip {
    /// `tokens_per_day`, `usd_per_gpu_hour`, `usd_per_gpu`, `capacity_tokens_per_day`,
    /// `api_usd_per_mtok` or `traffic_hours_per_day`.
    pub input: &'static str,
    /// Where it flips; null when no value of this input within its domain flips it.
    pub value: Option<f64>,
    pub unit: &'static str,
    /// Id of the option that is cheaper now.
    pub from: String,
    /// Id of the option that is cheaper past `value`.
    pub to: String,
}

/// The flips between self-hosted option `s` (`kind_s`, cost shape `model`) and API `a`
/// (`usd_per_token`) at `workload`'s volume. A serverless option's cost is not stepped, so only
/// the volume, the API price and the GPU price (its cost less operations is proportional to it)
/// are given for it.
pub fn flips(ids: [&str; 2], kind_s: &OptionKind, model: &CostModel, usd_per_token: f64, workload: &Workload) -> Vec<Flip> {
    let [s, a] = ids;
    let Some(plan) = model.self_hosted() else { return Vec::new() };
    let volume = workload.tokens_per_day;
    let api_usd_per_day = usd_per_token * volume;
    let self_usd_per_day = model.usd_per_day(volume);
    let (from, to) = if self_usd_per_day < api_usd_per_day { (s, a) } else { (a, s) };
    let replicas = plan.replicas(volume) as f64;
    // Replicas the API's bill pays for at this volume: self-hosting wins with at most this many.
    let affordable = ((api_usd_per_day - plan.fixed_usd_per_day) / plan.usd_per_replica_day).floor();
    let affordable = (affordable >= (plan.min_replicas as f64).max(1.0)).then_some(affordable);
    // The per-replica cost at which both cost the same, with today's replica count.
    let replica_day_at_par = (api_usd_per_day - plan.fixed_usd_per_day) / replicas;
    let positive = |v: f64| (v.is_finite() && v > 0.0).then_some(v);
    let gpus = plan.gpus_per_replica as f64;
    let mut list = vec![
        flip("tokens_per_day", model.break_even_tokens_per_day(usd_per_token), "tokens/day"),
        flip("capacity_tokens_per_day", affordable.and_then(|n| positive(volume * plan.peak_factor / n)), "tokens/day per replica"),
        flip("api_usd_per_mtok", positive(self_usd_per_day / volume * TOKENS_PER_MILLION), "$/M tokens"),
        flip(
            "traffic_hours_per_day",
            affordable
                .and_then(|n| positive(HOURS_PER_DAY * volume * workload.peak_to_average / (plan.capacity_tokens_per_day * n)))
                .filter(|h| *h <= HOURS_PER_DAY),
            "hours/day",
        ),
    ];
    match kind_s {
        OptionKind::Serverless(r) => {
            list.retain(|f| f.input == "tokens_per_day" || f.input == "api_usd_per_mtok");
            let ops = per_day_from_monthly(r.fleet.ops_usd_per_month);
            let hourly = r.usd_per_gpu_hour * (api_usd_per_day - ops) / (self_usd_per_day - ops);
            list.insert(1, flip("usd_per_gpu_hour", positive(hourly), "$/GPU-hour"));
        }
        OptionKind::Rented(r) => {
            let hourly = replica_day_at_par / (gpus * (1.0 - r.discount) * r.billed_hours_per_day);
            list.insert(1, flip("usd_per_gpu_hour", positive(hourly), "$/GPU-hour"));
        }
        OptionKind::Owned(o) => {
            let power = o.watts_per_gpu / 1000.0 * o.pue * o.powered_hours_per_day * o.usd_per_kwh;
            let capital_per_day = replica_day_at_par / gpus - power - per_day_from_monthly(o.hosting_usd_per_gpu_month);
            let price = capital_per_day * o.amortization_years * DAYS_PER_YEAR - o.server_usd_per_gpu + o.resale_usd_per_gpu;
            // Already-owned GPUs: the purchase price does not enter the cost.
            let price = if o.sunk { None } else { positive(price) };
            list.insert(1, flip("usd_per_gpu", price, "$ per GPU"));
        }
        OptionKind::Api(_) => {}
    }
    fn flip(input: &'static str, value: Option<f64>, unit: &'static str) -> Flip {
        Flip { input, value, unit, from: String::new(), to: String::new() }
    }
    for f in &mut list {
        f.from = from.to_string();
        f.to = to.to_string();
    }
    list
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::cost_model::cost_model;
    use crate::engine::option::{Fleet, RentedGpus};

    #[test]
    fn each_flip_value_makes_the_two_cost_the_same() {
        let rented = OptionKind::Rented(RentedGpus {
            usd_per_gpu_hour: 2.0,
            billed_hours_per_day: 24.0,
            discount: 0.0,
            fleet: Fleet { gpus_per_replica: 2, ..Fleet::measured(1e8) },
        });
        let w = Workload { tokens_per_day: 5e7, ..Workload::default() };
        let model = cost_model(&rented, &w).unwrap();
        // $96/day for the replica against an API at $1/M: $50/day at 50M tokens/day.
        let list = flips(["o2", "o1"], &rented, &model, 1e-6, &w);
        let value = |input: &str| list.iter().find(|f| f.input == input).unwrap().value;
        assert_eq!((list[0].from.as_str(), list[0].to.as_str()), ("o1", "o2"));
        // From 24 replicas on, each $96 replica's 100M tokens/day earn the API's $100: 2.304B.
        assert_eq!(value("tokens_per_day"), Some(2.304e9));
        assert!((value("usd_per_gpu_hour").unwrap() - 50.0 / 48.0).abs() < 1e-12);
        assert!((value("api_usd_per_mtok").unwrap() - 96.0 / 50.0).abs() < 1e-12);
        // The API's $50/day pays for no replica at $96: capacity and traffic hours cannot flip it.
        assert_eq!(value("capacity_tokens_per_day"), None);
        assert_eq!(value("traffic_hours_per_day"), None);
    }
}
