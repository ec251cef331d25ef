//! The search for the cheapest way to self-host: ranked, honest about memory and speed, each
//! candidate's link evaluating to its cost, and no catalog setup cheaper than the first.
#![cfg(not(target_arch = "wasm32"))]

use gpu_or_api::catalog::{PURCHASE_PRICES, RENTAL_PRICES};
use gpu_or_api::engine::cheapest::{is_quantised, precisions};
use gpu_or_api::engine::option::MAX_GPUS_PER_REPLICA;
use gpu_or_api::engine::{evaluate, Workload};
use gpu_or_api::scenario::{decode, resolve, CapacitySpec, OptionSpec, Scenario, ScenarioOption};
use proptest::prelude::*;

fn scenario(link: &str) -> Scenario {
    decode(link).scenario
}

#[test]
fn candidates_are_ranked_fit_in_memory_meet_the_speed_and_their_links_cost_what_they_say() {
    for link in ["v=1&vol=2B&in=2K&out=500&o=api;DeepInfra;in:.1;out:.32", "v=1&vol=50M&m=llama-3.1-8b&speed=30&o=api;X;in:.05", "v=1"] {
        let s = scenario(link);
        let found = s.cheapest_setups(true, 10);
        assert!(!found.is_empty(), "{link}");
        for pair in found.windows(2) {
            assert!(pair[0].candidate.cost_per_day_usd <= pair[1].candidate.cost_per_day_usd, "{link}: sorted by cost");
        }
        for f in &found {
            let c = &f.candidate;
            let with = decode(&s.link_with(f));
            assert!(with.notices.is_empty(), "{:?}", with.notices);
            let report = evaluate(&resolve(&with.scenario).unwrap()).expect("the candidate fits in memory");
            let added = report.options.last().unwrap();
            assert!(
                (added.cost_per_day_usd - c.cost_per_day_usd).abs() <= 1e-9 * c.cost_per_day_usd,
                "{link}: {} vs {}",
                added.cost_per_day_usd,
                c.cost_per_day_usd
            );
            assert_eq!(added.covers_peak, Some(true), "{link}: meets the speed target and covers the traffic hours");
            assert!(c.cost_per_day_usd_range[0] <= c.cost_per_day_usd && c.cost_per_day_usd <= c.cost_per_day_usd_range[1]);
            if let Some(speed) = s.workload.speed_target_tokens_per_s {
                assert!(c.user_tokens_per_s >= speed * (1.0 - 1e-9));
            }
        }
    }
}

#[test]
fn excluding_quantised_weights_removes_every_4_bit_candidate() {
    let s = scenario("v=1&vol=2B&in=2K&out=500&o=api;DeepInfra;in:.1;out:.32");
    assert!(s.cheapest_setups(true, 100).iter().any(|f| is_quantised(f.candidate.precision)));
    let plain = s.cheapest_setups(false, 100);
    assert!(!plain.is_empty() && plain.iter().all(|f| !is_quantised(f.candidate.precision) && !f.candidate.quantised));
}

/// The cheapest cost per day over the whole search space, each setup evaluated on its own
/// through the ordinary scenario path (no shared estimates, no ranking).
fn brute_force_minimum(s: &Scenario, quantised: bool) -> Option<f64> {
    let offers = RENTAL_PRICES
        .iter()
        .map(|r| ScenarioOption::tied(r.provider, OptionSpec::rented(r.gpu, r.usd_per_gpu_hour)))
        .chain(PURCHASE_PRICES.iter().map(|r| ScenarioOption::new("", OptionSpec::owned(r.gpu, (r.usd_low + r.usd_high) / 2.0, r.watts))));
    let mut best: Option<f64> = None;
    for offer in offers {
        let gpu = *gpu_or_api::catalog::gpu(&offer.spec.fleet().unwrap().gpu).unwrap();
        for weights in precisions(&gpu, quantised) {
            for n in 1..=MAX_GPUS_PER_REPLICA {
                let mut option = offer.clone();
                let fleet = option.spec.fleet_mut().unwrap();
                fleet.gpus_per_replica = n;
                fleet.capacity = CapacitySpec::Estimated { weights, kv: None, concurrency: None };
                let one = Scenario { options: vec![option], ..s.clone() };
                let Ok(report) = resolve(&one).and_then(|input| evaluate(&input)) else { continue };
                let o = &report.options[0];
                if o.covers_peak == Some(true) {
                    best = Some(best.map_or(o.cost_per_day_usd, |b: f64| b.min(o.cost_per_day_usd)));
                }
            }
        }
    }
    best
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(12))]

    #[test]
    fn no_catalog_setup_is_cheaper_than_the_first_candidate(
        volume in 1e6..1e10f64,
        input in 50.0..4000.0f64,
        output in 10.0..1500.0f64,
        hours in 6.0..24.0f64,
        speed in proptest::option::of(5.0..60.0f64),
        model in proptest::sample::select(vec!["llama-3.1-8b", "llama-3.3-70b", "qwen3-30b-a3b"]),
        quantised in any::<bool>(),
    ) {
        let workload = Workload {
            tokens_per_day: volume,
            input_tokens_per_request: input,
            output_tokens_per_request: output,
            traffic_hours_per_day: hours,
            speed_target_tokens_per_s: speed,
            ..Scenario::default().workload
        };
        let s = Scenario {
            workload,
            model: model.into(),
            options: vec![ScenarioOption::new("API", OptionSpec::api(0.5, 0.5))],
            ..Scenario::default()
        };
        let first = s.cheapest_setups(quantised, 1).first().map(|f| f.candidate.cost_per_day_usd);
        let minimum = brute_force_minimum(&s, quantised);
        match (first, minimum) {
            (Some(f), Some(m)) => prop_assert!((f - m).abs() <= 1e-9 * m, "first candidate {f} vs cheapest setup {m}"),
            (f, m) => prop_assert_eq!(f.is_some(), m.is_some()),
        }
    }
}
