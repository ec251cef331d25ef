//! Models and GPUs the user brings (any figures their domains allow) keep the estimator's
//! invariants: every estimate is finite and positive, more GPUs in a replica never lower it,
//! and a faster GPU never serves less. The link carries them exactly.
#![cfg(not(target_arch = "wasm32"))]

use gpu_or_api::engine::domain;
use gpu_or_api::engine::throughput::{estimate, GpuSpec, Link, ModelSpec, Precision, SlidingWindow, ThroughputQuery};
use gpu_or_api::engine::Workload;
use gpu_or_api::scenario::custom::{blank_gpu, blank_model, CUSTOM_MODEL_ID};
use gpu_or_api::scenario::{decode, encode, resolve, Scenario};
use proptest::prelude::*;
use proptest::strategy::ValueTree;

/// A value of `d`, spread evenly over its orders of magnitude, its bounds included now and then.
fn within(d: &'static domain::Domain) -> impl Strategy<Value = f64> {
    let smallest = if d.min > 0.0 { d.min } else { 1.0 };
    let whole = move |v: f64| if d.integer { v.round() } else { v };
    prop_oneof![
        1 => Just(smallest),
        1 => Just(d.max),
        8 => (smallest.log10()..=d.max.log10()).prop_map(move |e| whole(10f64.powf(e)).clamp(smallest, d.max)),
    ]
}

fn model() -> impl Strategy<Value = ModelSpec> {
    (
        within(&domain::MODEL_PARAMS_B),
        0.01..=1.0f64,
        within(&domain::MODEL_LAYERS),
        within(&domain::MODEL_HIDDEN),
        within(&domain::MODEL_KV_BYTES_PER_TOKEN),
        proptest::option::of((1u32..1_000_000, 0.0..=1.0f64)),
    )
        .prop_map(|(total, active_share, layers, hidden, kv, window)| ModelSpec {
            total_params_b: total,
            active_params_b: (total * active_share).max(domain::MODEL_PARAMS_B.min).min(total),
            layers: layers as u32,
            hidden: hidden as u32,
            kv_bytes_per_token_16bit: kv,
            sliding_window: window.map(|(window_tokens, local_layer_share)| SlidingWindow { window_tokens, local_layer_share }),
            ..blank_model()
        })
}

fn gpu() -> impl Strategy<Value = GpuSpec> {
    let tflops = || proptest::option::of(within(&domain::GPU_TFLOPS));
    (
        (within(&domain::GPU_MEMORY_GIB), within(&domain::GPU_MEMORY_TB_PER_S), within(&domain::GPU_TFLOPS), tflops(), tflops()),
        (any::<bool>(), within(&domain::GPU_LINK_GB_PER_S), within(&domain::GPU_TDP_W)),
    )
        .prop_map(|((memory, bandwidth, bf16, fp8, fp4), (nvlink, link, tdp))| GpuSpec {
            memory_gib: memory,
            memory_tb_per_s: bandwidth,
            bf16_tflops: bf16,
            fp8_tflops: fp8,
            fp4_tflops: fp4,
            link: if nvlink { Link::NvLink } else { Link::Pcie },
            link_gb_per_s: link,
            tdp_w: tdp,
            ..blank_gpu()
        })
}

fn workload() -> impl Strategy<Value = Workload> {
    (within(&domain::INPUT_TOKENS), within(&domain::OUTPUT_TOKENS)).prop_map(|(input, output)| Workload {
        input_tokens_per_request: input,
        output_tokens_per_request: output,
        ..Workload::default()
    })
}

/// The strategies above are not vacuous: a fair share of what they draw fits on eight GPUs.
#[test]
fn a_fair_share_of_drawn_setups_fit() {
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let (mut fits, draws) = (0, 2000);
    for _ in 0..draws {
        let (m, g, w) = (model(), gpu(), workload()).new_tree(&mut runner).unwrap().current();
        let q = ThroughputQuery { model: m, gpu: g, gpus: 8, weights: Precision::Fp8, kv: Precision::Fp8, concurrency: None };
        fits += usize::from(estimate(&q, &w).is_ok());
    }
    assert!(fits > draws / 10, "{fits} of {draws} fit");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn estimates_on_custom_specs_are_finite_and_more_gpus_never_lower_them(
        model in model(), gpu in gpu(), w in workload(), weights in proptest::sample::select(vec![Precision::Bf16, Precision::Fp8, Precision::Int4])
    ) {
        let mut previous: Option<f64> = None;
        for gpus in 1..=8 {
            let q = ThroughputQuery { model, gpu, gpus, weights, kv: weights.default_kv(), concurrency: None };
            let Ok(e) = estimate(&q, &w) else {
                prop_assert!(previous.is_none(), "fits on {} GPUs but not on {gpus}", gpus - 1);
                continue;
            };
            prop_assert!(e.tokens_per_day.is_finite() && e.tokens_per_day > 0.0, "{gpus} GPUs: {} tokens/day", e.tokens_per_day);
            prop_assert!(e.ms_per_output_token.is_finite() && e.time_to_first_token_ms.is_finite());
            if let Some(before) = previous {
                prop_assert!(e.tokens_per_day >= before * (1.0 - 1e-9), "{gpus} GPUs: {} < {before}", e.tokens_per_day);
            }
            previous = Some(e.tokens_per_day);
        }
    }

    #[test]
    fn twice_the_memory_bandwidth_never_serves_less(model in model(), gpu in gpu(), w in workload(), gpus in 1u32..=8) {
        let q = ThroughputQuery { model, gpu, gpus, weights: Precision::Bf16, kv: Precision::Bf16, concurrency: None };
        let faster = ThroughputQuery { gpu: GpuSpec { memory_tb_per_s: gpu.memory_tb_per_s * 2.0, ..gpu }, ..q };
        if let (Ok(slow), Ok(fast)) = (estimate(&q, &w), estimate(&faster, &w)) {
            prop_assert!(fast.tokens_per_day >= slow.tokens_per_day * (1.0 - 1e-9), "{} < {}", fast.tokens_per_day, slow.tokens_per_day);
        }
    }

    #[test]
    fn a_custom_model_round_trips_through_its_link_and_resolves_to_its_figures(model in model()) {
        let s = Scenario { model: CUSTOM_MODEL_ID.into(), custom_model: Some(model), ..Scenario::default() };
        let link = encode(&s);
        let d = decode(&link);
        prop_assert!(d.notices.is_empty(), "{link}: {:?}", d.notices);
        prop_assert_eq!(&d.scenario, &s, "{}", link);
        prop_assert_eq!(encode(&d.scenario), link);
        prop_assert!(resolve(&d.scenario).is_ok());
    }
}
