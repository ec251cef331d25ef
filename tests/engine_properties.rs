//! Invariants of the cost engine, checked on random options and workloads.
#![cfg(not(target_arch = "wasm32"))]

use gpu_or_api::engine::cost_model::{cost_model, CostModel};
use gpu_or_api::engine::report::{evaluate_with, option_id, Shortcuts};
use gpu_or_api::engine::throughput::{Precision, ThroughputQuery};
use gpu_or_api::engine::{
    batch_economics, evaluate, ApiPricing, Capacity, EngineInput, Fleet, OptionInput, OptionKind, RentedGpus, ServerlessGpus, Workload,
};
use proptest::prelude::*;

mod common;

fn workload() -> impl Strategy<Value = Workload> {
    common::workload(1e3..1e10, 1.0..8000.0, 1.0..4000.0, 0.0..1.0, 1.0..24.0, 1.0..5.0, Just(None))
}

fn fleet() -> impl Strategy<Value = Fleet> {
    (1u32..=8, 1u32..4, 0.0..20_000.0f64, 1e5..1e10f64).prop_map(|(g, m, ops, cap)| Fleet {
        gpus_per_replica: g,
        min_replicas: m,
        ops_usd_per_month: ops,
        watts_per_gpu: 0.0,
        capacity: Capacity::Measured { tokens_per_day: cap },
    })
}

fn option() -> impl Strategy<Value = OptionKind> {
    prop_oneof![
        common::api(0.01..20.0, 0.01..60.0, 0.0..5.0, 0.0..0.9).prop_map(OptionKind::Api),
        common::rented(0.1..20.0, 1.0..24.0, 0.0..0.9, fleet()).prop_map(OptionKind::Rented),
        (common::serverless(0.1..20.0, 0.0..600.0, 0.0..600.0, Just(100), fleet()), 0u32..3).prop_map(|(mut s, warm)| {
            s.fleet.min_replicas = warm;
            OptionKind::Serverless(s)
        }),
        common::owned(
            common::OwnedRanges {
                usd_per_gpu: 1000.0..50_000.0,
                server_usd_per_gpu: 0.0..10_000.0,
                amortization_years: 1.0..6.0,
                watts_per_gpu: 50.0..1500.0,
                pue: 1.0..2.0,
                usd_per_kwh: 0.02..0.5,
                hosting_usd_per_gpu_month: 0.0..300.0,
                powered_hours_per_day: Just(24.0).boxed(),
                resale_share_of_price: Just(0.0).boxed(),
                sunk: Just(false).boxed(),
            },
            fleet()
        )
        .prop_map(OptionKind::Owned),
    ]
}

/// Every price of `option` multiplied by `k` (capacity and hours unchanged).
fn scale_prices(option: &OptionKind, k: f64) -> OptionKind {
    let mut o = option.clone();
    match &mut o {
        OptionKind::Api(p) => {
            p.input_usd_per_mtok *= k;
            p.output_usd_per_mtok *= k;
            p.cached_input_usd_per_mtok = p.cached_input_usd_per_mtok.map(|c| c * k);
        }
        OptionKind::Rented(r) => {
            r.usd_per_gpu_hour *= k;
            r.fleet.ops_usd_per_month *= k;
        }
        OptionKind::Serverless(r) => {
            r.usd_per_gpu_hour *= k;
            r.fleet.ops_usd_per_month *= k;
        }
        OptionKind::Owned(w) => {
            w.usd_per_gpu *= k;
            w.server_usd_per_gpu *= k;
            w.usd_per_kwh *= k;
            w.hosting_usd_per_gpu_month *= k;
            w.fleet.ops_usd_per_month *= k;
        }
    }
    o
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1e-12)
}

proptest! {
    #[test]
    fn cost_never_falls_as_volume_rises(o in option(), w in workload(), v1 in 1.0..1e11f64, factor in 1.0..1000.0f64) {
        let model = cost_model(&o, &w).unwrap();
        prop_assert!(model.usd_per_day(v1) <= model.usd_per_day(v1 * factor) * (1.0 + 1e-12));
    }

    #[test]
    fn scaling_every_price_scales_every_cost(o in option(), w in workload(), k in 0.01..100.0f64) {
        let base = cost_model(&o, &w).unwrap().usd_per_day(w.tokens_per_day);
        let scaled = cost_model(&scale_prices(&o, k), &w).unwrap().usd_per_day(w.tokens_per_day);
        prop_assert!(close(scaled, base * k), "{scaled} vs {}", base * k);
    }

    #[test]
    fn at_break_even_the_costs_agree_and_self_hosting_never_costs_more_beyond(
        s in option().prop_filter("self-hosted", |o| !matches!(o, OptionKind::Api(_))),
        a in option().prop_filter("api", |o| matches!(o, OptionKind::Api(_))),
        w in workload(),
        beyond in proptest::collection::vec(1.0..1e4f64, 32),
    ) {
        let model = cost_model(&s, &w).unwrap();
        let CostModel::Linear { usd_per_token } = cost_model(&a, &w).unwrap() else { unreachable!() };
        if let Some(v) = model.break_even_tokens_per_day(usd_per_token) {
            let stepped = model;
            // Equal there, unless self-hosting is cheaper from the lowest volume on.
            let lowest = v == gpu_or_api::engine::domain::TOKENS_PER_DAY.min;
            let (cost, api) = (stepped.usd_per_day(v), usd_per_token * v);
            prop_assert!(close(cost, api) || (lowest && cost <= api), "{cost} vs {api}");
            for f in beyond {
                let later = v * f;
                prop_assert!(stepped.usd_per_day(later) <= usd_per_token * later * (1.0 + 1e-9), "dearer at {later}");
            }
        }
    }

    #[test]
    fn ratios_are_at_least_one(options in proptest::collection::vec(option(), 1..6), w in workload()) {
        let input = EngineInput { workload: w, options: options.into_iter().enumerate().map(|(i, kind)| OptionInput { id: option_id(i), label: "x".into(), kind }).collect() };
        let report = evaluate(&input).unwrap();
        for o in &report.options {
            prop_assert!(o.ratio_to_cheapest >= 1.0);
        }
        prop_assert!(report.ratio_max_to_min.unwrap() >= 1.0);
        prop_assert_eq!(report.options.iter().filter(|o| o.cheapest).count(), 1);
    }
}

#[test]
fn bad_values_are_named_with_their_range() {
    let input = EngineInput {
        workload: Workload { tokens_per_day: f64::INFINITY, ..Workload::default() },
        options: vec![OptionInput {
            id: option_id(0),
            label: "x".into(),
            kind: OptionKind::Rented(RentedGpus {
                usd_per_gpu_hour: -1.0,
                billed_hours_per_day: 24.0,
                discount: 0.0,
                fleet: Fleet {
                    gpus_per_replica: 16,
                    min_replicas: 1,
                    ops_usd_per_month: 0.0,
                    watts_per_gpu: 0.0,
                    capacity: Capacity::Measured { tokens_per_day: 0.0 },
                },
            }),
        }],
    };
    let errors: Vec<String> = evaluate(&input).unwrap_err().iter().map(ToString::to_string).collect();
    assert_eq!(
        errors,
        [
            "workload.tokens_per_day: must be a finite number",
            "options[0].usd_per_gpu_hour: must be between 0.01 and 1,000 $/GPU-hour",
            "options[0].gpus_per_replica: must be between 1 and 8 GPUs (one machine)",
            "options[0].capacity_tokens_per_day: must be between 1 and 10,000,000,000,000 tokens/day",
        ]
    );
}

/// A rented replica (or a serverless worker) of a catalog model on a catalog GPU whose capacity
/// is estimated.
fn estimated_rental() -> impl Strategy<Value = OptionKind> {
    let gpus: Vec<_> = gpu_or_api::catalog::GPUS.iter().map(|g| g.item).collect();
    let models: Vec<_> = gpu_or_api::catalog::MODELS.iter().map(|m| m.item).filter(|m| m.total_params_b < 40.0).collect();
    let setup = (proptest::sample::select(models), proptest::sample::select(gpus), 1u32..=8, 0.2..10.0f64, 1u32..4, 0.0..5_000.0f64);
    (setup, any::<bool>(), 0.0..120.0f64).prop_map(|((model, gpu, n, hr, min, ops), serverless, seconds)| {
        let query = ThroughputQuery { model, gpu, gpus: n, weights: Precision::Fp8, kv: Precision::Fp8, concurrency: None };
        let fleet = Fleet {
            gpus_per_replica: n,
            min_replicas: min,
            ops_usd_per_month: ops,
            watts_per_gpu: gpu.tdp_w,
            capacity: Capacity::Estimated(Box::new(query)),
        };
        if serverless {
            // Scaled to zero when `min` is 1 (a third of the cases), else some workers kept warm.
            let fleet = Fleet { min_replicas: min - 1, ..fleet };
            OptionKind::Serverless(ServerlessGpus {
                usd_per_gpu_hour: hr,
                cold_start_s: seconds,
                idle_timeout_s: seconds,
                max_workers: 10_000,
                fleet,
            })
        } else {
            OptionKind::Rented(RentedGpus { usd_per_gpu_hour: hr, billed_hours_per_day: 24.0, discount: 0.0, fleet })
        }
    })
}

fn within(range: Option<[f64; 2]>, point: f64) -> bool {
    range.is_some_and(|[lo, hi]| lo <= point * (1.0 + 1e-12) && point <= hi * (1.0 + 1e-12) && lo.is_finite() && hi.is_finite())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn estimated_figures_lie_inside_their_band(s in estimated_rental(), api in 0.01..20.0f64, w in workload()) {
        let w = Workload { input_tokens_per_request: w.input_tokens_per_request.min(2000.0), output_tokens_per_request: w.output_tokens_per_request.min(1000.0), ..w };
        let input = EngineInput {
            workload: w,
            options: vec![
                OptionInput { id: option_id(0), label: "api".into(), kind: OptionKind::Api(ApiPricing { input_usd_per_mtok: api, output_usd_per_mtok: api, cached_input_usd_per_mtok: None, batch_discount: 0.0 }) },
                OptionInput { id: option_id(1), label: "gpu".into(), kind: s },
            ],
        };
        let Ok(report) = evaluate(&input) else { return Ok(()) };
        let o = &report.options[1];
        prop_assert!(within(o.capacity_tokens_per_day_range, o.capacity_tokens_per_day.unwrap()));
        prop_assert!(within(o.cost_per_day_usd_range, o.cost_per_day_usd));
        prop_assert!(within(o.cost_per_month_usd_range, o.cost_per_month_usd));
        prop_assert!(within(o.cost_per_mtok_usd_range, o.cost_per_mtok_usd));
        prop_assert!(within(o.utilization_range, o.utilization.unwrap()));
        let [few, many] = o.replicas_range.unwrap();
        prop_assert!(few <= o.replicas.unwrap() && o.replicas.unwrap() <= many);
        prop_assert!(report.options[0].capacity_tokens_per_day_range.is_none(), "an API has no band");
        prop_assert!(o.energy_kwh_per_mtok.is_some_and(|e| e.is_finite() && e > 0.0), "energy {:?}", o.energy_kwh_per_mtok);
        let b = &report.break_even[0];
        if let (Some(v), Some([Some(lo), Some(hi)])) = (b.tokens_per_day, b.tokens_per_day_range) {
            prop_assert!(lo <= v * (1.0 + 1e-9) && v <= hi * (1.0 + 1e-9), "{lo} {v} {hi}");
        }
        // Each flip value, put back into the scenario, makes the two cost the same.
        let flip = |input: &str| b.flips.iter().find(|f| f.input == input).and_then(|f| f.value);
        let self_cost = o.cost_per_day_usd;
        if let Some(price) = flip("api_usd_per_mtok") {
            prop_assert!((price * w.tokens_per_day / 1e6 - self_cost).abs() <= 1e-9 * self_cost);
        }
        let at_price = |hourly: f64| match &input.options[1].kind {
            OptionKind::Rented(r) => Some(OptionKind::Rented(RentedGpus { usd_per_gpu_hour: hourly, ..r.clone() })),
            OptionKind::Serverless(r) => Some(OptionKind::Serverless(ServerlessGpus { usd_per_gpu_hour: hourly, ..r.clone() })),
            _ => None,
        };
        if let Some(cheaper) = flip("usd_per_gpu_hour").and_then(at_price) {
            let at_par = cost_model(&cheaper, &w).unwrap().usd_per_day(w.tokens_per_day);
            let api_cost = report.options[0].cost_per_day_usd;
            prop_assert!((at_par - api_cost).abs() <= 1e-9 * api_cost, "{at_par} vs {api_cost}");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// The batch chart's curve is the same at every volume: the page keeps it while only the
    /// volume changes instead of computing it again.
    #[test]
    fn the_batch_curve_does_not_depend_on_the_volume(s in estimated_rental(), w in workload(), other in 1.0..1e12f64) {
        let curve = batch_economics(&s, &w);
        prop_assert_eq!(&curve, &batch_economics(&s, &Workload { tokens_per_day: other, ..w }));
    }
}

/// What the page does on a change of volume: takes the previous report's sweep over.
fn with_sweep_of(input: &EngineInput, previous: &mut gpu_or_api::engine::Report) -> gpu_or_api::engine::Report {
    evaluate_with(input, Shortcuts { sweep: Some(&mut previous.sweep), named_pair_flips_only: false }).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// A change of volume that takes the previous evaluation's sweep over gives the report an
    /// evaluation from scratch gives, whether the sweep still spans the volume (taken) or not
    /// (computed again); and another change, of a price, never takes it.
    #[test]
    fn a_sweep_taken_over_is_the_sweep_evaluated_again(
        options in proptest::collection::vec(prop_oneof![option(), estimated_rental()], 1..6),
        w in workload(),
        other in 1.0..1e12f64,
    ) {
        let at = |w: Workload| EngineInput { workload: w, options: options.iter().cloned().enumerate().map(|(i, kind)| OptionInput { id: option_id(i), label: "x".into(), kind }).collect() };
        let Ok(mut previous) = evaluate(&at(w)) else { return Ok(()) };
        let moved = at(Workload { tokens_per_day: other, ..w });
        let spanned = previous.sweep.tokens_per_day.clone();
        let report = with_sweep_of(&moved, &mut previous);
        prop_assert_eq!(&report, &evaluate(&moved).unwrap());
        // Taken (left empty) exactly when the new volume's sweep spans the same volumes.
        prop_assert_eq!(previous.sweep.tokens_per_day.is_empty(), spanned == report.sweep.tokens_per_day);
    }

    /// Leaving out the flips of the pairs the verdict does not name changes nothing else: the
    /// named pair's flips, the report's flips and every other figure are the full report's.
    #[test]
    fn flips_of_the_named_pair_only_change_nothing_else(options in proptest::collection::vec(option(), 2..8), w in workload()) {
        let input = EngineInput { workload: w, options: options.into_iter().enumerate().map(|(i, kind)| OptionInput { id: option_id(i), label: "x".into(), kind }).collect() };
        let full = evaluate(&input).unwrap();
        let mut named = evaluate_with(&input, Shortcuts { sweep: None, named_pair_flips_only: true }).unwrap();
        let c = &full.comparison;
        for (n, f) in named.break_even.iter_mut().zip(&full.break_even) {
            if Some(&f.self_hosted) == c.cheapest_self_hosted.as_ref() && Some(&f.api) == c.cheapest_api.as_ref() {
                prop_assert!(!f.flips.is_empty() && n.flips == f.flips);
            } else {
                prop_assert!(n.flips.is_empty());
                n.flips = f.flips.clone();
            }
        }
        prop_assert_eq!(named, full);
    }
}
