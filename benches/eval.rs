//! Native evaluation speed: each preset, decoded from its link and evaluated with the full volume
//! sweep for the charts. Budget: under 1 ms per scenario. Run with `cargo bench --bench eval`.

use gpu_or_api::catalog::PRESETS;
use gpu_or_api::engine::evaluate;
use gpu_or_api::scenario::{decode, resolve};
use std::hint::black_box;
use std::time::Instant;

const ROUNDS: usize = 2000;

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
        micros.sort_by(f64::total_cmp);
        let median = micros[ROUNDS / 2];
        let p95 = micros[ROUNDS * 95 / 100];
        println!("eval {:<24} median {:>7.1} µs  p95 {:>7.1} µs  (decode + validate + estimate + sweep)", preset.id, median, p95);
    }
}
