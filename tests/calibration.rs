//! The throughput estimator against every published measurement (no row special-cased).

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
