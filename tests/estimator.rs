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
    // "80GB" is 80 GiB: 85.9 × 10⁹ bytes.
    assert!(needed_gb > 141.0 && (available_gb - 85.899_345_92).abs() < 1e-6, "{needed_gb} {available_gb}");
    assert_eq!(smallest_gpu_count, Some(2));
}

#[test]
fn llama_70b_in_fp16_fits_two_a100_80gb_with_room_for_a_kv_cache() {
    let workload = Workload { input_tokens_per_request: 1000.0, output_tokens_per_request: 1000.0, ..Workload::default() };
    let e = estimate(&query("llama-3.3-70b", "a100-80gb", 2, Precision::Fp16), &workload).unwrap();
    assert!((e.memory.total_gb - 2.0 * 85.899_345_92).abs() < 1e-6);
    // Room for a real batch, not a single request.
    // About 9.5 GB of KV cache: some 19 requests of 1,500 tokens at once, not a single one.
    assert!(e.memory.kv_cache_gb > 8.0 && e.batch > 10, "{} GB of KV cache, batch {}", e.memory.kv_cache_gb, e.batch);
}

/// Every catalog model on every catalog GPU at mixes from chat to long-context, 1 to 8 GPUs.
fn monotonicity_cases() -> impl Iterator<Item = (ThroughputQuery, Workload)> {
    let mixes = [(100.0, 10.0), (100.0, 100.0), (1000.0, 1000.0), (2000.0, 200.0), (8000.0, 500.0), (200.0, 2000.0)];
    catalog::MODELS.iter().flat_map(move |m| {
        catalog::GPUS.iter().flat_map(move |g| {
            [Precision::Bf16, Precision::Fp8, Precision::Int4].into_iter().flat_map(move |weights| {
                mixes.into_iter().map(move |(input, output)| {
                    let q = ThroughputQuery { model: m.item, gpu: g.item, gpus: 1, weights, kv: weights.default_kv(), concurrency: None };
                    let w = Workload { input_tokens_per_request: input, output_tokens_per_request: output, ..Workload::default() };
                    (q, w)
                })
            })
        })
    })
}

#[test]
fn adding_gpus_to_a_replica_never_lowers_its_estimate() {
    let mut steps = 0;
    for (q, w) in monotonicity_cases() {
        let mut previous: Option<f64> = None;
        for gpus in 1..=8 {
            let Ok(e) = estimate(&ThroughputQuery { gpus, ..q.clone() }, &w) else { continue };
            if let Some(before) = previous {
                steps += 1;
                assert!(
                    e.tokens_per_day >= before * (1.0 - 1e-9),
                    "{} on {gpus}× {} in {} at {}/{}: {:.0} < {before:.0} tokens/day with one GPU fewer",
                    q.model.id,
                    q.gpu.id,
                    q.weights,
                    w.input_tokens_per_request,
                    w.output_tokens_per_request,
                    e.tokens_per_day
                );
            }
            previous = Some(e.tokens_per_day);
        }
    }
    assert!(steps > 1000, "{steps} steps checked");
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
    assert_eq!((e.batch, e.bound.as_str()), (8, "concurrency_cap"));
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
