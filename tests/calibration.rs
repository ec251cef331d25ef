//! The throughput estimator against every published measurement (no row special-cased).

use gpu_or_api::catalog::CALIBRATION;

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
