//! The throughput estimator against every published measurement (no row special-cased).

// Calibration rows carry command-line-only fields that the page's build leaves out.
#![cfg(not(target_arch = "wasm32"))]

use gpu_or_api::catalog::CALIBRATION;
use gpu_or_api::engine::throughput::MEASURED_OVER_ESTIMATED;

#[test]
fn estimates_match_published_throughput() {
    let mut log_sum = 0.0;
    for row in CALIBRATION {
        let estimated = row.estimate().unwrap_or_else(|e| panic!("{} on {}×{}: {e}", row.model, row.gpus, row.gpu));
        let ratio = row.measured_output_tokens_per_s / estimated;
        assert!(
            (0.6..=1.6).contains(&ratio),
            "{} on {}×{} {}/{}: measured/estimated = {ratio:.2}",
            row.model,
            row.gpus,
            row.gpu,
            row.input_tokens,
            row.output_tokens
        );
        log_sum += ratio.ln();
    }
    let geometric_mean = (log_sum / CALIBRATION.len() as f64).exp();
    assert!((0.8..=1.25).contains(&geometric_mean), "geometric mean of measured/estimated = {geometric_mean:.3}");
}

#[test]
fn the_estimate_band_is_the_calibration_rows_lowest_and_highest_ratio() {
    let ratios: Vec<f64> = CALIBRATION.iter().map(|r| r.measured_output_tokens_per_s / r.estimate().unwrap()).collect();
    let (lo, hi) = ratios.iter().fold((f64::INFINITY, 0.0f64), |(lo, hi), &r| (lo.min(r), hi.max(r)));
    let [band_lo, band_hi] = MEASURED_OVER_ESTIMATED;
    assert!(band_lo <= lo && lo - band_lo < 0.01, "band low {band_lo} vs lowest ratio {lo:.4}");
    assert!(band_hi >= hi && band_hi - hi < 0.01, "band high {band_hi} vs highest ratio {hi:.4}");
}

#[test]
fn every_gpu_says_which_precisions_published_measurements_cover() {
    use gpu_or_api::catalog::GPUS;
    for g in GPUS {
        let mut from_rows: Vec<_> = CALIBRATION.iter().filter(|r| r.gpu == g.item.id).map(|r| r.weights).collect();
        from_rows.dedup();
        let mut declared = g.item.calibrated.to_vec();
        declared.sort_by_key(|p| p.id());
        from_rows.sort_by_key(|p| p.id());
        from_rows.dedup();
        assert_eq!(declared, from_rows, "{}: calibrated precisions must be those of its calibration rows", g.item.id);
    }
    // Both vendors and a consumer card are covered; some GPUs are not, and say so.
    for id in ["h100", "mi300x", "rtx-4090"] {
        assert!(!GPUS.iter().find(|g| g.item.id == id).unwrap().item.calibrated.is_empty(), "{id}");
    }
    assert!(GPUS.iter().any(|g| g.item.calibrated.is_empty()));
}

#[test]
fn calibration_rows_are_sourced_dated_and_plausible() {
    for r in CALIBRATION {
        let dated = r.source.contains("undated")
            || r.source.as_bytes().windows(4).any(|w| w.starts_with(b"20") && w.iter().all(u8::is_ascii_digit));
        assert!(dated, "{}: the source names its date, or says it has none", r.source);
        assert!(!r.engine.is_empty() && r.measured_output_tokens_per_s > 0.0 && r.measured_output_tokens_per_s < 1e6, "{r:?}");
        assert!(r.input_tokens >= 1.0 && r.output_tokens >= 1.0 && (1..=8).contains(&r.gpus), "{r:?}");
    }
}
