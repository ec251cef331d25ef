//! Break-even volume between a self-hosted option and an API: the lowest tokens/day from which on
//! self-hosting is never more expensive, taking the replica steps into account.
//!
//! Self-hosted cost is `F + n·c` for `n` replicas, where `n` steps up every `1/k` tokens/day
//! (`k` = peak factor / replica capacity); the API costs `a·v`. Within step `n` self-hosting wins
//! from `v = (F + n·c) / a`. Each later step `m` must win from its first token on, which holds
//! when `a·(m−1)/k ≥ F + m·c`, i.e. `m ≥ n₀ = (F + a/k) / (a/k − c)`. So the last crossing lies in
//! step `max(min_replicas, ⌈n₀⌉ − 1)`, and none exists when `a/k ≤ c` (a full replica costs at
//! least what the API charges for the same tokens).

use super::cost_model::SelfHostedPlan;

/// Tokens/day from which `plan` never costs more than an API at `api_usd_per_token`, or `None`.
pub fn break_even_tokens_per_day(plan: &SelfHostedPlan, api_usd_per_token: f64) -> Option<f64> {
    let a = api_usd_per_token;
    let c = plan.usd_per_replica_day;
    let f = plan.fixed_usd_per_day;
    if a <= 0.0 || !a.is_finite() {
        return None;
    }
    let k = plan.peak_factor / plan.capacity_tokens_per_day;
    let api_per_replica_volume = a / k;
    if api_per_replica_volume <= c {
        return None;
    }
    let n0 = (f + api_per_replica_volume) / (api_per_replica_volume - c);
    let first_step = (plan.min_replicas as f64).max(1.0);
    let step = (n0.ceil() - 1.0).max(first_step);
    let volume = (f + step * c) / a;
    volume.is_finite().then_some(volume)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::cost_model::CostModel;

    fn plan(capacity: f64, per_replica: f64, fixed: f64, min_replicas: u32) -> SelfHostedPlan {
        SelfHostedPlan {
            capacity_tokens_per_day: capacity,
            usd_per_replica_day: per_replica,
            fixed_usd_per_day: fixed,
            gpus_per_replica: 1,
            min_replicas,
            peak_factor: 1.0,
            hours_up_per_day: 24.0,
            covers_traffic_hours: true,
            estimate: None,
        }
    }

    #[test]
    fn single_replica_crossing() {
        // One replica, $48/day, 100M tokens/day; API $1/M → crosses at 48M tokens/day.
        let p = plan(1e8, 48.0, 0.0, 1);
        let v = break_even_tokens_per_day(&p, 1e-6).unwrap();
        assert!((v - 48e6).abs() < 1e-3, "{v}");
    }

    #[test]
    fn later_step_that_loses_moves_the_break_even_up() {
        // Fixed $100/day makes the second replica's first tokens cost more than the API:
        // a·(1/k) = 100 < 100 + 2·48, so the crossing is inside step 2 or later.
        let p = plan(1e8, 48.0, 100.0, 1);
        let a = 1e-6;
        let v = break_even_tokens_per_day(&p, a).unwrap();
        let model = CostModel::Stepped(p.clone());
        assert!((model.usd_per_day(v) - a * v).abs() < 1e-6);
        for i in 1..=2000 {
            let later = v * (1.0 + i as f64 * 0.01);
            assert!(model.usd_per_day(later) <= a * later + 1e-9, "self-hosting costs more at {later}");
        }
        assert!(model.usd_per_day(v * 0.999) > a * v * 0.999);
    }

    #[test]
    fn no_break_even_when_a_full_replica_costs_more_than_the_api() {
        assert_eq!(break_even_tokens_per_day(&plan(1e6, 42.96, 0.0, 1), 0.12e-6), None);
    }
}
