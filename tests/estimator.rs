//! The estimator's behaviour beyond calibration: memory fit, speed targets, caps, MoE, precision.

use gpu_or_api::catalog;
use gpu_or_api::engine::throughput::{estimate, BatchLimit, Precision, ThroughputQuery};
use gpu_or_api::engine::{Problem, Workload};

fn query(model: &str, gpu: &str, gpus: u32, weights: Precision) -> ThroughputQuery {
    ThroughputQuery {
        model: *catalog::model(model).unwrap(),
        gpu: *catalog::gpu(gpu).unwrap(),
        gpus,
        weights,
        kv: weights.default_kv(),
        concurrency: None,
    }
}

#[test]
fn a_model_that_does_not_fit_says_how_much_it_needs_and_what_fits() {
    let e = estimate(&query("llama-3.3-70b", "a100-80gb", 1, Precision::Bf16), &Workload::default()).unwrap_err();
    assert_eq!(e.field, "gpus_per_replica");
    let Problem::DoesNotFit { needed_gb, available_gb, smallest_gpu_count } = e.problem else { panic!("{e}") };
    assert!(needed_gb > 141.0 && available_gb == 80.0, "{needed_gb} {available_gb}");
    assert_eq!(smallest_gpu_count, Some(3));
    assert!(estimate(&query("llama-3.3-70b", "a100-80gb", 3, Precision::Bf16), &Workload::default()).is_ok());
}

#[test]
fn a_speed_target_caps_the_batch_and_costs_throughput() {
    let free = estimate(&query("llama-3.3-70b", "h100", 2, Precision::Fp8), &Workload::default()).unwrap();
    let w = Workload { speed_target_tokens_per_s: Some(40.0), ..Workload::default() };
    let capped = estimate(&query("llama-3.3-70b", "h100", 2, Precision::Fp8), &w).unwrap();
    assert_eq!(capped.batch_limit, BatchLimit::SpeedTarget);
    assert!(capped.batch < free.batch && capped.output_tokens_per_s < free.output_tokens_per_s);
    assert!(capped.ms_per_output_token <= 25.0 + 1e-9);
    assert_eq!(capped.unconstrained_output_tokens_per_s, free.output_tokens_per_s);
    let impossible = estimate(
        &query("llama-3.3-70b", "h100", 2, Precision::Fp8),
        &Workload { speed_target_tokens_per_s: Some(5000.0), ..Workload::default() },
    )
    .unwrap();
    assert!(!impossible.meets_speed_target);
}

#[test]
fn a_concurrency_cap_limits_the_batch() {
    let mut q = query("llama-3.1-8b", "h100", 1, Precision::Fp8);
    q.concurrency = Some(8);
    let e = estimate(&q, &Workload::default()).unwrap();
    assert_eq!((e.batch, e.bound), (8, "concurrency_cap"));
}

#[test]
fn lower_precision_and_faster_gpus_serve_more() {
    let w = Workload::default();
    let bf16 = estimate(&query("llama-3.1-8b", "h100", 1, Precision::Bf16), &w).unwrap().output_tokens_per_s;
    let fp8 = estimate(&query("llama-3.1-8b", "h100", 1, Precision::Fp8), &w).unwrap().output_tokens_per_s;
    let h200 = estimate(&query("llama-3.1-8b", "h200", 1, Precision::Fp8), &w).unwrap().output_tokens_per_s;
    assert!(bf16 < fp8 && fp8 < h200, "{bf16} {fp8} {h200}");
}

#[test]
fn moe_reads_active_weights_for_one_user() {
    let single = Workload { input_tokens_per_request: 100.0, output_tokens_per_request: 100.0, ..Workload::default() };
    let mut moe = query("qwen3-30b-a3b", "h100", 1, Precision::Fp8);
    moe.concurrency = Some(1);
    let mut dense = query("qwen3-32b", "h100", 1, Precision::Fp8);
    dense.concurrency = Some(1);
    let moe_speed = estimate(&moe, &single).unwrap().output_tokens_per_s;
    let dense_speed = estimate(&dense, &single).unwrap().output_tokens_per_s;
    assert!(moe_speed > 3.0 * dense_speed, "3B active should decode far faster than 32B dense: {moe_speed} vs {dense_speed}");
}

#[test]
fn the_article_assumption_is_far_below_batched_serving() {
    // The article assumed 0.5–1M tokens/day for one A100; batched serving gives 20–75× more.
    let e = estimate(&query("llama-3.3-70b", "a100-80gb", 2, Precision::Int8), &Workload::default()).unwrap();
    assert!(e.tokens_per_day > 20e6, "{}", e.tokens_per_day);
}
