//! Native evaluation speed: each preset, decoded from its link and evaluated with the full volume
//! sweep for the charts (budget: under 1 ms per scenario), and the search for the cheapest way to
//! self-host each preset. Run with `cargo bench --bench eval`.

use gpu_or_api::catalog::PRESETS;
use gpu_or_api::engine::evaluate;
use gpu_or_api::scenario::{decode, resolve};
use std::hint::black_box;
use std::time::Instant;

const ROUNDS: usize = 2000;
/// Rounds of the (much slower) search.
const SEARCH_ROUNDS: usize = 40;

/// Median and 95th percentile of `samples`.
fn median_p95(mut samples: Vec<f64>) -> (f64, f64) {
    samples.sort_by(f64::total_cmp);
    (samples[samples.len() / 2], samples[samples.len() * 95 / 100])
}

fn main() {
    for preset in PRESETS {
        let mut micros: Vec<f64> = (0..ROUNDS)
            .map(|_| {
                let start = Instant::now();
                let decoded = decode(black_box(preset.query));
                let report = evaluate(&resolve(&decoded.scenario).expect("valid preset")).expect("evaluates");
                black_box(report);
                start.elapsed().as_secs_f64() * 1e6
            })
            .collect();
        let (median, p95) = median_p95(std::mem::take(&mut micros));
        println!("eval {:<24} median {:>7.1} µs  p95 {:>7.1} µs  (decode + validate + estimate + sweep)", preset.id, median, p95);
    }
    for preset in PRESETS {
        let scenario = decode(preset.query).scenario;
        let millis: Vec<f64> = (0..SEARCH_ROUNDS)
            .map(|_| {
                let start = Instant::now();
                black_box(scenario.cheapest_setups(true, 10));
                start.elapsed().as_secs_f64() * 1e3
            })
            .collect();
        let (median, p95) = median_p95(millis);
        println!(
            "cheapest {:<20} median {:>7.2} ms  p95 {:>7.2} ms  (every catalog offer × GPU count × precision)",
            preset.id, median, p95
        );
    }
}
