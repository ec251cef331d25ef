//! "How this is computed": the formulas with units, the estimator's calibration table, and every
//! data source with its date.

use crate::catalog::{API_PRICES, CALIBRATION, GPUS, MODELS, PRESETS, PURCHASE_PRICES, RENTAL_PRICES, SERVERLESS_PRICES};
use crate::display::compact;
use crate::engine::energy::{CLOUD_PUE, IDLE_POWER_SHARE};
use crate::engine::throughput::{Derating, MEASURED_OVER_ESTIMATED, UNCALIBRATED_WIDENING};
use crate::engine::units::{DAYS_PER_MONTH, DAYS_PER_YEAR, HOURS_PER_MONTH};
use crate::scenario::FAR_OUTSIDE_FACTOR;
use crate::verdict::INTERACTIVE_TOKENS_PER_S;
use leptos::prelude::*;

/// Distinct sources in order of first use, with the dates they are quoted for and how many rows
/// use each. (A few dozen rows: a linear search is smaller in the bundle than a map.)
fn sources<'a>(rows: impl Iterator<Item = (&'a str, &'a str)>) -> Vec<(String, String, usize)> {
    let mut by_source: Vec<(&str, Vec<&str>, usize)> = Vec::new();
    for (source, as_of) in rows {
        let index = by_source.iter().position(|e| e.0 == source).unwrap_or_else(|| {
            by_source.push((source, Vec::new(), 0));
            by_source.len() - 1
        });
        let entry = &mut by_source[index];
        if !entry.1.contains(&as_of) {
            entry.1.push(as_of);
        }
        entry.2 += 1;
    }
    by_source.into_iter().map(|(s, dates, n)| (s.to_string(), dates.join(", "), n)).collect()
}

fn source_list(title: &'static str, rows: Vec<(String, String, usize)>) -> impl IntoView {
    view! {
        <h4>{title}</h4>
        <ul class="sources">
            {rows.into_iter().map(|(s, dates, n)| view! { <li>{s}" — as of "{dates}{format!(" ({n} rows)")}</li> }).collect_view()}
        </ul>
    }
}

/// A `<details>` whose content is built only once it is first opened, so the page starts faster.
#[component]
fn LazyDetails(
    /// The always-visible summary.
    summary: &'static str,
    children: ChildrenFn,
) -> impl IntoView {
    let opened = RwSignal::new(false);
    view! {
        <details on:toggle=move |_| opened.set(true)>
            <summary>{summary}</summary>
            {move || opened.get().then(|| children())}
        </details>
    }
}

/// The estimator against every published measurement, as a table grouped by GPU, and the GPUs
/// that have none.
fn calibration_table() -> impl IntoView {
    let row = |row: &'static crate::catalog::CalibrationRow| {
        let estimated = row.estimate().ok();
        let ratio = estimated.map(|e| format!("{:.2}", row.measured_output_tokens_per_s / e)).unwrap_or_else(|| "—".into());
        view! {
            <tr>
                <td>{row.model}</td>
                <td>{format!("{}× {}", row.gpus, row.gpu)}</td>
                <td>{format!("{} / {}", row.weights, row.kv)}</td>
                <td>{format!("{} / {}", row.input_tokens, row.output_tokens)}</td>
                <td>{compact(row.measured_output_tokens_per_s)}</td>
                <td>{estimated.map(compact).unwrap_or_else(|| "—".into())}</td>
                <td>{ratio}</td>
                <td>{row.source.split(':').next().unwrap_or_default().to_string()}</td>
            </tr>
        }
    };
    let groups = GPUS
        .iter()
        .filter(|g| !g.item.calibrated.is_empty())
        .map(|g| {
            let rows = CALIBRATION.iter().filter(|r| r.gpu == g.item.id).map(row).collect_view();
            view! { <tr><th colspan="8" scope="rowgroup">{g.item.name}</th></tr>{rows} }
        })
        .collect_view();
    let unchecked: Vec<&str> = GPUS.iter().filter(|g| g.item.calibrated.is_empty()).map(|g| g.item.name).collect();
    view! {
        <p>"Output tokens/s of a whole replica; measured ÷ estimated should be near 1 (the tests require every row within 0.6–1.6 and the geometric mean within 0.8–1.25)."</p>
        <div class="table-scroll">
            <table id="calibration-table">
                <thead><tr><th scope="col">"Model"</th><th scope="col">"GPUs"</th><th scope="col">"Weights / KV"</th><th scope="col">"In / out"</th><th scope="col">"Measured"</th><th scope="col">"Estimated"</th><th scope="col">"Ratio"</th><th scope="col">"Source"</th></tr></thead>
                <tbody>{groups}</tbody>
            </table>
        </div>
        <p id="uncalibrated">{format!("No published measurement yet, so estimates are unchecked and their band {UNCALIBRATED_WIDENING}× wider: {}.", unchecked.join(", "))}</p>
        {source_list("Measurement sources", sources(CALIBRATION.iter().map(|r| (r.source, ""))))}
    }
}

/// Every data source with its dates.
fn data_sources() -> impl IntoView {
    view! {
                {source_list("API prices", sources(API_PRICES.iter().map(|r| (r.source, r.as_of))))}
                {source_list("GPU rental prices", sources(RENTAL_PRICES.iter().map(|r| (r.source, r.as_of))))}
                {source_list("Serverless GPU prices", sources(SERVERLESS_PRICES.iter().map(|r| (r.source, r.as_of))))}
                {source_list("GPU purchase prices", sources(PURCHASE_PRICES.iter().map(|r| (r.source, r.as_of))))}
                {source_list("GPU specifications", sources(GPUS.iter().map(|r| (r.source, r.as_of))))}
                {source_list("Model architectures", sources(MODELS.iter().map(|r| (r.source, r.as_of))))}
                {source_list("Presets", sources(PRESETS.iter().map(|p| (p.source, p.id))))}
                <p>"Rows marked ⚠ in the menus are undated, unverified or conflict with another source."</p>
    }
}

#[component]
pub fn HowComputed() -> impl IntoView {
    // Shown from their definitions, so the page never states another figure than the code uses.
    let d = Derating::default();
    let band = MEASURED_OVER_ESTIMATED;
    view! {
        <section class="card how" aria-labelledby="how-h">
            <h2 id="how-h">"How this is computed"</h2>
            <details open=false>
                <summary>"Formulas"</summary>
                <ul class="formulas">
                    <li>"Input tokens/day = V × in ÷ (in + out); output tokens/day = V × out ÷ (in + out), where V is tokens/day and in, out are mean tokens per request."</li>
                    <li>"API $/day = [input/day × ((1 − c) × p_in + c × p_cached) + output/day × p_out] ÷ 10⁶ × (1 − batch discount), with prices p in $ per million tokens and c the cached share."</li>
                    <li>"Peak rate (tokens/s) = V ÷ (traffic hours × 3600) × peak/average. Replicas = max(minimum, ⌈peak rate ÷ replica capacity (tokens/s)⌉)."</li>
                    <li>"Rented $/day = replicas × GPUs/replica × $/GPU-hour × (1 − discount) × billed hours/day + operations $/month ÷ days per month."</li>
                    <li>"Owned $/day = replicas × GPUs/replica × [(price + server share − resale) ÷ (years × days per year) + W ÷ 1000 × PUE × powered hours × $/kWh + hosting $/month ÷ days per month] + operations ÷ days per month. Already owned (sunk cost): the first term is 0."</li>
                    <li>"Serverless $/day = GPUs/worker × $/GPU-hour × billed worker-hours + operations ÷ days per month. Requests arrive at random (Poisson), λ/s in the traffic hours, each keeping a worker s seconds (alone, at batch 1); a worker stops τ idle seconds after its last request, and the next pays a c-second cold start. One worker is billed R ÷ (1 + R) of the traffic hours, R = λ·s·e^(λτ) + e^(λτ) − 1 + λ·c: sparse traffic pays requests × (s + τ + c), dense traffic the whole hours. From 2 workers at the peak they are billed the traffic hours, like rented GPUs; warm workers 24 h."</li>
                    <li>{format!("Energy kWh/day = GPU-hours up (serverless: billed) × rated W ÷ 1000 × PUE × ({IDLE_POWER_SHARE} + {} × utilisation), assuming an idle GPU draws {:.0}% of its rated power; PUE {CLOUD_PUE} for rented and serverless GPUs. kWh per M tokens = kWh/day ÷ (V ÷ 10⁶).", 1.0 - IDLE_POWER_SHARE, IDLE_POWER_SHARE * 100.0)}</li>
                    <li>{format!("Month = {HOURS_PER_MONTH} hours ({DAYS_PER_MONTH:.2} days per month); year = {DAYS_PER_YEAR} days per year. $/M tokens = $/day ÷ (V ÷ 10⁶). Utilisation = V ÷ (replicas × capacity × up-hours ÷ 24).")}</li>
                    <li>"Break-even: self-hosted cost is F + n·c for n replicas, each covering 1/k tokens/day; the API costs a·V. Self-hosting is never dearer from V* = (F + n*·c) ÷ a, where n* = max(minimum, ⌈(F + a/k) ÷ (a/k − c)⌉ − 1); there is none when a/k ≤ c."</li>
                    <li>{format!("Throughput: weights = parameters × bytes/parameter; memory = what the GPU reports (GiB), {:.0}% of it usable, {} GB per GPU kept for the runtime; KV cache per token = 2 × layers × KV heads × head dim × bytes (MLA and sliding windows accounted). Batch = KV memory left ÷ (in + out/2) tokens per request, capped at {}, by a concurrency cap or by the speed target.", d.memory_utilization * 100.0, d.runtime_overhead_gb_per_gpu, d.max_batch)}</li>
                    <li>{format!("Decode step = (touched weights + batch × KV read) ÷ (bandwidth × {} [× {} for MoE]) + 2 × active parameters × batch ÷ (compute × {}) + 2 all-reduces per layer across GPUs. Prefill = (2 × active parameters × uncached input + attention) ÷ (compute × {}), its all-reduce latency shared with the requests prefilled together. Time per output token = step + prefill × batch ÷ out; output tokens/s = batch ÷ that. A replica of n GPUs serves as n ÷ t copies of t GPUs, whichever t serves most.", d.bandwidth, d.moe_bandwidth, d.compute, d.compute)}</li>
                    <li>{format!("Band: measured ÷ estimated over the published measurements below lies between {} and {}; an estimated capacity is shown from estimate × {} to estimate × {}, and every cost, replica count and break-even computed from it as the range between the two.", band[0], band[1], band[0], band[1])}</li>
                    <li>{format!("Regime: each user sees 1000 ÷ (ms per output token) tokens/s; under {INTERACTIVE_TOKENS_PER_S} it is a batch-job regime. A measured capacity more than {FAR_OUTSIDE_FACTOR}× outside the band (per GPU) is also answered at the estimate.")}</li>
                    <li>"What flips it: for a self-hosted option (F + n·c) against an API (a·V) at volume V: GPU price at par = (a·V − F) ÷ (n × GPUs × billed hours); API price at par = (F + n·c) ÷ V; capacity at par = V × peak factor ÷ ⌊(a·V − F) ÷ c⌋; traffic hours at par = 24 × V × peak/average ÷ (capacity × ⌊(a·V − F) ÷ c⌋); volume: the break-even above."</li>
                </ul>
            </details>
            <LazyDetails summary="Throughput estimator against published measurements">{calibration_table}</LazyDetails>
            <LazyDetails summary="Data sources and dates">{data_sources}</LazyDetails>
        </section>
    }
}
