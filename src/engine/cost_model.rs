//! How one option's daily cost depends on volume. An API is linear in tokens; a self-hosted
//! option is a fixed cost plus a step per replica. Everything else (costs at a volume, break-even,
//! sweeps) is read off this shape, so the arithmetic lives in one place.

use super::option::{Capacity, Fleet, OptionKind, ServerlessGpus};
use super::serverless::{ServerlessPlan, SparseTraffic};
use super::throughput::{estimate, ThroughputEstimate, ThroughputQuery};
use super::units::{per_day_from_monthly, DAYS_PER_YEAR, HOURS_PER_DAY, TOKENS_PER_MILLION};
use super::workload::Workload;
use super::FieldError;

/// Relative slack before a fractional replica count rounds up, so that 1.0000000000000002
/// replicas (a float artefact of 24 h / 24 h) stays 1.
const REPLICA_ROUNDING_SLACK: f64 = 1e-9;

/// Cost shape of one option for a fixed workload mix.
// One per option and built once per evaluation: boxing the larger variant would only add an
// allocation.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(tag = "shape", rename_all = "snake_case")]
pub enum CostModel {
    /// API: cost per day = `usd_per_token` × tokens per day.
    Linear { usd_per_token: f64 },
    /// Self-hosted: cost per day = `fixed_usd_per_day` + replicas × `usd_per_replica_day`.
    Stepped(SelfHostedPlan),
    /// Serverless: billed per second while workers run (see [`super::serverless`]).
    Serverless(ServerlessPlan),
}

/// A self-hosted option reduced to what its cost depends on.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct SelfHostedPlan {
    /// Tokens per day (input plus output) one replica serves when busy around the clock.
    pub capacity_tokens_per_day: f64,
    /// Cost of one replica per day, $ (GPU hours or amortisation, power, hosting).
    pub usd_per_replica_day: f64,
    /// Cost per day that does not scale with replicas (operations), $.
    pub fixed_usd_per_day: f64,
    pub gpus_per_replica: u32,
    pub min_replicas: u32,
    /// Capacity needed per token/day of volume (peak over round-the-clock average).
    pub peak_factor: f64,
    /// Hours per day the replicas are up (billed or powered).
    pub hours_up_per_day: f64,
    /// Whether the replicas are up during all traffic hours (and any speed target is reachable).
    pub covers_traffic_hours: bool,
    /// The estimator's breakdown, when capacity was estimated.
    pub estimate: Option<ThroughputEstimate>,
}

impl SelfHostedPlan {
    /// Replicas needed to serve the peak of `tokens_per_day`, at least `min_replicas` and 1.
    pub fn replicas(&self, tokens_per_day: f64) -> u64 {
        let needed = tokens_per_day * self.peak_factor / self.capacity_tokens_per_day;
        let needed = (needed * (1.0 - REPLICA_ROUNDING_SLACK)).ceil().max(1.0);
        // Saturates at u64::MAX for absurd inputs instead of wrapping.
        (needed as u64).max(self.min_replicas as u64)
    }

    /// Tokens/day at which `replicas` replicas are exactly full at the peak.
    pub fn volume_filling(&self, replicas: f64) -> f64 {
        replicas * self.capacity_tokens_per_day / self.peak_factor
    }

    /// $ per token when every replica is full at the peak: the lowest this option can reach.
    pub fn usd_per_token_at_full_use(&self) -> f64 {
        self.usd_per_replica_day * self.peak_factor / self.capacity_tokens_per_day
    }

    /// Share of the up-time capacity that `tokens_per_day` uses, 0–1.
    pub fn utilization(&self, tokens_per_day: f64) -> f64 {
        let up_capacity = self.replicas(tokens_per_day) as f64 * self.capacity_tokens_per_day * self.hours_up_per_day / HOURS_PER_DAY;
        (tokens_per_day / up_capacity).min(1.0)
    }
}

impl CostModel {
    /// For an estimated capacity, this option at the low and the high end of the estimate's
    /// band (`ThroughputEstimate::band`); `None` for an API or a measured capacity.
    pub fn band(&self) -> Option<[CostModel; 2]> {
        let plan = self.self_hosted()?;
        Some(plan.estimate.as_ref()?.band.map(|factor| match self {
            CostModel::Serverless(s) => CostModel::Serverless(s.with_capacity_factor(factor)),
            _ => CostModel::Stepped(SelfHostedPlan { capacity_tokens_per_day: plan.capacity_tokens_per_day * factor, ..plan.clone() }),
        }))
    }

    /// Cost per day at `tokens_per_day`, $.
    pub fn usd_per_day(&self, tokens_per_day: f64) -> f64 {
        match self {
            CostModel::Linear { usd_per_token } => usd_per_token * tokens_per_day,
            CostModel::Stepped(plan) => plan.fixed_usd_per_day + plan.replicas(tokens_per_day) as f64 * plan.usd_per_replica_day,
            CostModel::Serverless(plan) => plan.usd_per_day(tokens_per_day),
        }
    }

    /// The replicas (serverless: workers) of a self-hosted option.
    pub fn self_hosted(&self) -> Option<&SelfHostedPlan> {
        match self {
            CostModel::Stepped(plan) => Some(plan),
            CostModel::Serverless(plan) => Some(&plan.stepped),
            CostModel::Linear { .. } => None,
        }
    }

    /// Tokens/day from which this self-hosted option never costs more than an API at
    /// `api_usd_per_token`; `None` if never (or for an API).
    pub fn break_even_tokens_per_day(&self, api_usd_per_token: f64) -> Option<f64> {
        match self {
            CostModel::Stepped(plan) => super::break_even::break_even_tokens_per_day(plan, api_usd_per_token),
            CostModel::Serverless(plan) => plan.break_even_tokens_per_day(api_usd_per_token),
            CostModel::Linear { .. } => None,
        }
    }
}

/// The cost shape of `option` for `workload`'s mix. Fails when an estimated capacity cannot be
/// computed (the model does not fit); the error's field is relative to the option.
pub fn cost_model(option: &OptionKind, workload: &Workload) -> Result<CostModel, FieldError> {
    let query = match option.fleet().map(|f| &f.capacity) {
        Some(Capacity::Estimated(query)) => Some(query),
        _ => None,
    };
    let estimated = query.map(|q| estimate(q, workload)).transpose()?;
    if let OptionKind::Serverless(s) = option {
        // A request served alone runs at batch 1: its time on the worker is its latency there.
        let lone = query.map(|q| estimate(&ThroughputQuery { concurrency: Some(1), ..(**q).clone() }, workload)).transpose()?;
        let lone_s = lone.map(|e| (e.time_to_first_token_ms + workload.output_tokens_per_request * e.ms_per_output_token) / 1000.0);
        return Ok(serverless(s, workload, estimated, lone_s));
    }
    Ok(cost_model_with(option, workload, estimated))
}

/// [`cost_model`] with the estimate of an estimated capacity already made (the search for the
/// cheapest setup reuses one estimate across every provider of the same GPU).
pub fn cost_model_with(option: &OptionKind, workload: &Workload, estimated: Option<ThroughputEstimate>) -> CostModel {
    match option {
        OptionKind::Api(p) => {
            let cached_price = p.cached_input_usd_per_mtok.unwrap_or(p.input_usd_per_mtok);
            let share = workload.cached_input_share;
            let input_price = (1.0 - share) * p.input_usd_per_mtok + share * cached_price;
            let blended_per_mtok = (1.0 - workload.output_share()) * input_price + workload.output_share() * p.output_usd_per_mtok;
            CostModel::Linear { usd_per_token: blended_per_mtok * (1.0 - p.batch_discount) / TOKENS_PER_MILLION }
        }
        OptionKind::Rented(r) => {
            let gpus = r.fleet.gpus_per_replica as f64;
            let usd_per_replica_day = gpus * r.usd_per_gpu_hour * (1.0 - r.discount) * r.billed_hours_per_day;
            CostModel::Stepped(replica_plan(&r.fleet, workload, usd_per_replica_day, r.billed_hours_per_day, estimated))
        }
        OptionKind::Serverless(s) => serverless(s, workload, estimated, None),
        OptionKind::Owned(o) => {
            let gpus = o.fleet.gpus_per_replica as f64;
            let capital_per_gpu_day = capital_usd_per_gpu_day(o);
            let power_per_gpu_day = o.watts_per_gpu / 1000.0 * o.pue * o.powered_hours_per_day * o.usd_per_kwh;
            let hosting_per_gpu_day = per_day_from_monthly(o.hosting_usd_per_gpu_month);
            let usd_per_replica_day = gpus * (capital_per_gpu_day + power_per_gpu_day + hosting_per_gpu_day);
            CostModel::Stepped(replica_plan(&o.fleet, workload, usd_per_replica_day, o.powered_hours_per_day, estimated))
        }
    }
}

/// An owned GPU's write-off per day, $: purchase and server share less resale, over the
/// write-off years; 0 for GPUs already owned (a sunk cost).
pub fn capital_usd_per_gpu_day(o: &super::option::OwnedGpus) -> f64 {
    if o.sunk {
        0.0
    } else {
        (o.usd_per_gpu + o.server_usd_per_gpu - o.resale_usd_per_gpu) / (o.amortization_years * DAYS_PER_YEAR)
    }
}

/// `lone_request_s`: seconds a request served alone keeps a worker busy, when estimated;
/// otherwise its share of the capacity (which understates sparse traffic's cost).
fn serverless(s: &ServerlessGpus, workload: &Workload, estimated: Option<ThroughputEstimate>, lone_request_s: Option<f64>) -> CostModel {
    let traffic_hours = workload.traffic_hours_per_day;
    let usd_per_worker_hour = s.fleet.gpus_per_replica as f64 * s.usd_per_gpu_hour;
    let warm = s.fleet.min_replicas as f64;
    let mut plan = replica_plan(&s.fleet, workload, usd_per_worker_hour * traffic_hours, traffic_hours, estimated);
    // Warm workers are billed around the clock, not only during the traffic hours.
    plan.fixed_usd_per_day += warm * usd_per_worker_hour * (HOURS_PER_DAY - traffic_hours);
    plan.min_replicas = s.fleet.min_replicas.max(1);
    plan.covers_traffic_hours &= plan.replicas(workload.tokens_per_day) <= s.max_workers as u64;
    let tokens_per_request = workload.input_tokens_per_request + workload.output_tokens_per_request;
    let service_s = lone_request_s.unwrap_or(tokens_per_request / (plan.capacity_tokens_per_day / super::units::SECONDS_PER_DAY));
    let sparse = (s.fleet.min_replicas == 0).then_some(SparseTraffic {
        service_s,
        idle_timeout_s: s.idle_timeout_s,
        cold_start_s: s.cold_start_s,
        tokens_per_request,
        traffic_hours_per_day: traffic_hours,
    });
    CostModel::Serverless(ServerlessPlan { stepped: plan, sparse, max_workers: s.max_workers })
}

/// The replicas of `fleet` at `usd_per_replica_day`, up `hours_up_per_day`, for `workload`.
fn replica_plan(
    fleet: &Fleet,
    workload: &Workload,
    usd_per_replica_day: f64,
    hours_up_per_day: f64,
    estimate: Option<ThroughputEstimate>,
) -> SelfHostedPlan {
    let capacity_tokens_per_day = match (&fleet.capacity, &estimate) {
        (Capacity::Measured { tokens_per_day }, _) => *tokens_per_day,
        (Capacity::Estimated(_), e) => e.as_ref().map_or(f64::MIN_POSITIVE, |e| e.tokens_per_day),
    };
    let estimate = estimate.filter(|_| matches!(fleet.capacity, Capacity::Estimated(_)));
    let speed_ok = estimate.as_ref().is_none_or(|e| e.meets_speed_target);
    SelfHostedPlan {
        capacity_tokens_per_day,
        usd_per_replica_day,
        fixed_usd_per_day: per_day_from_monthly(fleet.ops_usd_per_month),
        gpus_per_replica: fleet.gpus_per_replica,
        min_replicas: fleet.min_replicas,
        peak_factor: workload.peak_factor(),
        hours_up_per_day,
        covers_traffic_hours: hours_up_per_day >= workload.traffic_hours_per_day && speed_ok,
        estimate,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::option::{ApiPricing, OwnedGpus, RentedGpus};

    #[test]
    fn api_blends_input_output_and_cache() {
        let api = OptionKind::Api(ApiPricing {
            input_usd_per_mtok: 1.0,
            output_usd_per_mtok: 3.0,
            cached_input_usd_per_mtok: Some(0.5),
            batch_discount: 0.0,
        });
        let w = Workload { tokens_per_day: 2e6, cached_input_share: 0.5, ..Workload::default() };
        // 1M input: half at $1, half at $0.5 → $0.75; 1M output at $3 → $3.
        let m = cost_model(&api, &w).unwrap();
        assert!((m.usd_per_day(w.tokens_per_day) - 3.75).abs() < 1e-12);
    }

    #[test]
    fn rented_replicas_cover_the_peak() {
        let rented = OptionKind::Rented(RentedGpus {
            usd_per_gpu_hour: 2.0,
            billed_hours_per_day: 24.0,
            discount: 0.25,
            fleet: Fleet { gpus_per_replica: 2, ..Fleet::measured(1e6) },
        });
        let w = Workload { tokens_per_day: 1e6, traffic_hours_per_day: 12.0, ..Workload::default() };
        let m = cost_model(&rented, &w).unwrap();
        let plan = m.self_hosted().unwrap();
        assert_eq!(plan.replicas(1e6), 2, "12 h of traffic doubles the peak rate");
        assert_eq!(m.usd_per_day(1e6), 2.0 * 2.0 * 2.0 * 0.75 * 24.0);
        assert_eq!(plan.utilization(1e6), 0.5);
    }

    #[test]
    fn owned_sums_capital_power_and_hosting() {
        let owned = OptionKind::Owned(OwnedGpus {
            usd_per_gpu: 30_000.0,
            server_usd_per_gpu: 6_500.0,
            amortization_years: 5.0,
            watts_per_gpu: 1000.0,
            pue: 1.5,
            usd_per_kwh: 0.1,
            hosting_usd_per_gpu_month: 73.0,
            powered_hours_per_day: 24.0,
            resale_usd_per_gpu: 0.0,
            sunk: false,
            fleet: Fleet::measured(1e9),
        });
        let m = cost_model(&owned, &Workload::default()).unwrap();
        // 36,500 / (5 × 365) = 20; 1 kW × 1.5 × 24 h × 0.1 = 3.6; 73 / (730/24) = 2.4.
        assert!((m.usd_per_day(1e6) - 26.0).abs() < 1e-9);
    }

    fn owned(sunk: bool, resale_usd_per_gpu: f64) -> OptionKind {
        OptionKind::Owned(OwnedGpus {
            usd_per_gpu: 30_000.0,
            server_usd_per_gpu: 6_500.0,
            amortization_years: 5.0,
            watts_per_gpu: 1000.0,
            pue: 1.5,
            usd_per_kwh: 0.1,
            hosting_usd_per_gpu_month: 73.0,
            powered_hours_per_day: 24.0,
            resale_usd_per_gpu,
            sunk,
            fleet: Fleet { ops_usd_per_month: 730.0, ..Fleet::measured(1e9) },
        })
    }

    #[test]
    fn gpus_already_owned_cost_power_hosting_and_operations_only() {
        let m = cost_model(&owned(true, 0.0), &Workload::default()).unwrap();
        // Power 3.6 + hosting 2.4 + operations 730 / (730/24) = 24.
        assert!((m.usd_per_day(1e6) - 30.0).abs() < 1e-9);
        // The purchase price no longer matters.
        let OptionKind::Owned(mut o) = owned(true, 0.0) else { unreachable!() };
        o.usd_per_gpu = 1e6;
        assert_eq!(cost_model(&OptionKind::Owned(o), &Workload::default()).unwrap().usd_per_day(1e6), m.usd_per_day(1e6));
    }

    #[test]
    fn resale_value_lowers_the_write_off() {
        // (36,500 − 18,250) / (5 × 365) = 10; plus power 3.6, hosting 2.4, operations 24.
        let m = cost_model(&owned(false, 18_250.0), &Workload::default()).unwrap();
        assert!((m.usd_per_day(1e6) - 40.0).abs() < 1e-9);
    }
}
