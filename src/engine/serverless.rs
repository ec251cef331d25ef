//! Serverless GPUs: workers billed per second while they run, started on demand and stopped after
//! an idle timeout.
//!
//! Requests arrive as a Poisson stream at the average rate `λ` (requests/s) during the traffic
//! hours `H`. One request keeps a worker busy for `s` seconds. A stopped worker starts on the
//! next request and is billed from then: a cold start `c`, the request, and every later request
//! that arrives within the idle timeout `τ` of the one before, then `τ` of idle time before it
//! stops. A gap longer than `τ` (probability `p = e^(−λτ)`) ends this billed period; the stopped
//! period that follows lasts `1/λ` on average. Renewal over these two periods gives the billed
//! share of the traffic hours of one worker:
//! `f = R / (1 + R)` with `R = λs·e^(λτ) + e^(λτ) − 1 + λc` (billed over unbilled time).
//!
//! - Sparse traffic (`λ(s + τ + c) ≪ 1`): `f ≈ λ(s + τ + c)`, each request billed for its
//!   service time, the idle tail and a cold start.
//! - Dense traffic: the gaps are shorter than `τ`, `f → 1`; once the peak needs `n ≥ 2` workers
//!   they are billed for the whole traffic hours, like `n` rented replicas billed `H` hours a day.
//!
//! Workers kept warm (`min`) are billed around the clock and never start cold. Peaks are covered
//! as for rented GPUs (peak factor); a peak that needs more than the most workers is not served.

use super::cost_model::SelfHostedPlan;
use super::units::HOURS_PER_DAY;

/// One serverless option reduced to what its cost depends on.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ServerlessPlan {
    /// The workers as replicas billed during the traffic hours (`hours_up_per_day` = traffic
    /// hours); its fixed cost includes the warm workers' hours outside the traffic hours. This is
    /// the cost once the peak needs two workers or more, or when a worker is kept warm.
    pub stepped: SelfHostedPlan,
    /// Present when no worker is kept warm: how one worker is billed while it suffices.
    pub sparse: Option<SparseTraffic>,
    /// Most workers running at once.
    pub max_workers: u32,
}

/// Billing of a single on-demand worker under Poisson arrivals.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct SparseTraffic {
    /// Seconds one request keeps a worker busy when it is served alone.
    pub service_s: f64,
    /// Idle seconds billed after a request before the worker stops.
    pub idle_timeout_s: f64,
    /// Billed seconds to start a cold worker.
    pub cold_start_s: f64,
    /// Tokens (input plus output) per request.
    pub tokens_per_request: f64,
    /// Hours per day during which requests arrive.
    pub traffic_hours_per_day: f64,
}

impl SparseTraffic {
    /// Average requests per second during the traffic hours at `tokens_per_day`.
    pub fn requests_per_s(&self, tokens_per_day: f64) -> f64 {
        tokens_per_day / self.tokens_per_request / (self.traffic_hours_per_day * 3600.0)
    }

    /// Share of the traffic hours one on-demand worker is billed, 0–1 (module docs).
    pub fn billed_share(&self, tokens_per_day: f64) -> f64 {
        let rate = self.requests_per_s(tokens_per_day);
        let warm = (rate * self.idle_timeout_s).exp();
        let billed_over_unbilled = rate * self.service_s * warm + (warm - 1.0) + rate * self.cold_start_s;
        if warm.is_infinite() {
            return 1.0; // every gap is shorter than the idle timeout
        }
        // No traffic gives 0 (1/0 = ∞).
        (1.0 / (1.0 + 1.0 / billed_over_unbilled)).clamp(0.0, 1.0)
    }
}

impl ServerlessPlan {
    /// Whether the single on-demand worker's billing applies at `tokens_per_day`.
    fn sparse_at(&self, tokens_per_day: f64) -> Option<&SparseTraffic> {
        self.sparse.as_ref().filter(|_| self.stepped.replicas(tokens_per_day) <= 1)
    }

    /// Cost per day at `tokens_per_day`, $.
    pub fn usd_per_day(&self, tokens_per_day: f64) -> f64 {
        let p = &self.stepped;
        match self.sparse_at(tokens_per_day) {
            Some(sparse) => p.fixed_usd_per_day + p.usd_per_replica_day * sparse.billed_share(tokens_per_day),
            None => p.fixed_usd_per_day + p.replicas(tokens_per_day) as f64 * p.usd_per_replica_day,
        }
    }

    /// GPU-hours billed per day at `tokens_per_day` (warm workers around the clock included).
    pub fn billed_worker_hours(&self, tokens_per_day: f64) -> f64 {
        let p = &self.stepped;
        let traffic_hours = p.hours_up_per_day;
        let warm = p.min_replicas as f64;
        match self.sparse_at(tokens_per_day) {
            Some(sparse) => sparse.billed_share(tokens_per_day) * traffic_hours,
            None => warm * HOURS_PER_DAY + (p.replicas(tokens_per_day) as f64 - warm).max(0.0) * traffic_hours,
        }
    }

    /// The same option with capacity scaled by `factor` (the estimator's band): a faster worker
    /// also finishes a lone request sooner.
    pub fn with_capacity_factor(&self, factor: f64) -> Self {
        let mut plan = self.clone();
        plan.stepped.capacity_tokens_per_day *= factor;
        if let Some(sparse) = &mut plan.sparse {
            sparse.service_s /= factor;
        }
        plan
    }

    /// Tokens/day from which this option never costs more than an API at `api_usd_per_token`.
    /// Past one worker it is stepped (closed form); with one on-demand worker its cost per token
    /// falls as volume grows (gaps shorten), so the crossing there is found by bisection.
    pub fn break_even_tokens_per_day(&self, api_usd_per_token: f64) -> Option<f64> {
        let stepped = super::break_even::break_even_tokens_per_day(&self.stepped, api_usd_per_token)?;
        if self.sparse.is_none() || stepped > self.stepped.volume_filling(1.0) {
            return Some(stepped);
        }
        let cheaper = |v: f64| self.usd_per_day(v) <= api_usd_per_token * v;
        let lowest = super::domain::TOKENS_PER_DAY.min;
        if cheaper(lowest) {
            return Some(lowest);
        }
        // Bisect on a log scale between a volume where the API is cheaper and one where not.
        let (mut lo, mut hi) = (lowest.ln(), stepped.ln());
        for _ in 0..100 {
            let mid = 0.5 * (lo + hi);
            if cheaper(mid.exp()) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        Some(hi.exp())
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::cost_model::{cost_model, CostModel};
    use crate::engine::option::{Fleet, OptionKind, RentedGpus, ServerlessGpus};
    use crate::engine::workload::Workload;

    /// One GPU per worker at $3.6/h ($0.001/s), serving 100M tokens/day when busy.
    fn serverless(warm: u32, cold_start_s: f64, idle_timeout_s: f64) -> OptionKind {
        OptionKind::Serverless(ServerlessGpus {
            usd_per_gpu_hour: 3.6,
            cold_start_s,
            idle_timeout_s,
            max_workers: 100,
            fleet: Fleet { min_replicas: warm, watts_per_gpu: 700.0, ..Fleet::measured(1e8) },
        })
    }

    fn workload(tokens_per_day: f64) -> Workload {
        Workload { tokens_per_day, traffic_hours_per_day: 10.0, ..Workload::default() }
    }

    #[test]
    fn sparse_traffic_pays_per_request_for_service_idle_tail_and_cold_start() {
        // 10 requests of 2,000 tokens a day, over 10 traffic hours: an hour apart on average.
        let w = workload(2e4);
        let model = cost_model(&serverless(0, 30.0, 5.0), &w).unwrap();
        let service_s = 2000.0 / (1e8 / 86_400.0);
        let per_request = (service_s + 5.0 + 30.0) * 0.001;
        // The sum overstates by about λ(s + τ + c) (overlapping tails), here 1%.
        let cost = model.usd_per_day(w.tokens_per_day);
        assert!((cost / (10.0 * per_request) - 1.0).abs() < 0.011, "{cost} vs {}", 10.0 * per_request);
        // One request a day: within 0.1%.
        let sparser = model.usd_per_day(2e3);
        assert!((sparser / per_request - 1.0).abs() < 0.0011, "{sparser} vs {per_request}");
    }

    #[test]
    fn dense_traffic_costs_what_renting_for_the_traffic_hours_costs() {
        let rented = |v: f64| {
            let r = OptionKind::Rented(RentedGpus {
                usd_per_gpu_hour: 3.6,
                billed_hours_per_day: 10.0,
                discount: 0.0,
                fleet: Fleet { watts_per_gpu: 700.0, ..Fleet::measured(1e8) },
            });
            cost_model(&r, &workload(v)).unwrap().usd_per_day(v)
        };
        // Two workers or more: exactly the rented cost for 10 hours a day.
        for v in [6e7, 3e8, 4.1e9] {
            let w = workload(v);
            let s = cost_model(&serverless(0, 60.0, 60.0), &w).unwrap().usd_per_day(v);
            assert!((s - rented(v)).abs() < 1e-9, "{v}: {s} vs {}", rented(v));
        }
        // One worker with requests every fraction of a second: billed almost all traffic hours.
        let v = 3e7;
        let s = cost_model(&serverless(0, 60.0, 60.0), &workload(v)).unwrap().usd_per_day(v);
        assert!(s <= rented(v) && s > 0.999 * rented(v), "{s} vs {}", rented(v));
    }

    #[test]
    fn warm_workers_are_billed_around_the_clock() {
        let v = 1e6;
        let s = cost_model(&serverless(1, 60.0, 60.0), &workload(v)).unwrap();
        assert!((s.usd_per_day(v) - 24.0 * 3.6).abs() < 1e-9);
        // A second worker on top of the warm one is billed for the traffic hours only.
        // 60M tokens/day over 10 hours peaks at 1.44 workers' capacity: two workers.
        assert!((s.usd_per_day(6e7) - (24.0 + 10.0) * 3.6).abs() < 1e-9);
    }

    #[test]
    fn break_even_against_an_api_is_where_the_costs_meet_and_stays_cheaper_beyond() {
        let model = cost_model(&serverless(0, 30.0, 30.0), &workload(1e6)).unwrap();
        let CostModel::Serverless(_) = &model else { panic!("serverless") };
        // An API at $2/M tokens.
        let a = 2e-6;
        let v = model.break_even_tokens_per_day(a).expect("serverless wins at some volume");
        assert!((model.usd_per_day(v) / (a * v) - 1.0).abs() < 1e-6, "{} vs {}", model.usd_per_day(v), a * v);
        assert!(model.usd_per_day(v * 0.9) > a * v * 0.9, "the API is cheaper just below");
        for k in 1..400 {
            let later = v * 1.05f64.powi(k);
            assert!(model.usd_per_day(later) <= a * later * (1.0 + 1e-9), "dearer at {later}");
        }
        // An API cheaper than a full worker per token: never.
        assert_eq!(model.break_even_tokens_per_day(3.6 * 24.0 / 1e8 * 0.9), None);
    }

    #[test]
    fn cost_rises_with_volume_and_is_finite_at_the_extremes() {
        let model = cost_model(&serverless(0, 3600.0, 86_400.0), &workload(1.0)).unwrap();
        let mut last = 0.0;
        for e in 0..=130 {
            let v = 10f64.powf(e as f64 / 10.0);
            let c = model.usd_per_day(v);
            assert!(c.is_finite() && c >= last, "{v}: {c} after {last}");
            last = c;
        }
    }
}
