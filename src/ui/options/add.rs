//! Adding an option: from the catalog (API prices for the scenario's model, GPU rentals, GPU
//! purchases) or custom, set up to estimate its throughput on a GPU count that holds the model.

use super::{restructure, MAX_OPTIONS};
use crate::catalog::{self, API_PRICES, PURCHASE_PRICES, RENTAL_PRICES};
use crate::display::compact;
use crate::engine::option::MAX_GPUS_PER_REPLICA;
use crate::engine::throughput::{smallest_fitting_gpu_count, Derating, Precision};
use crate::scenario::{CapacitySpec, OptionSpec, Scenario, ScenarioOption};
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The best precision a GPU computes in natively: fp8 where it has it, else bf16.
pub(super) fn native_precision(gpu_id: &str) -> Precision {
    match catalog::gpu(gpu_id) {
        Some(g) if g.fp8_tflops.is_some() => Precision::Fp8,
        _ => Precision::Bf16,
    }
}

/// Fewest GPUs (up to one machine's 8) that hold the scenario's model on `gpu_id`.
pub(super) fn fitting_gpus(s: &Scenario, gpu_id: &str, weights: Precision) -> Option<u32> {
    let (model, gpu) = (catalog::model(&s.model)?, catalog::gpu(gpu_id)?);
    smallest_fitting_gpu_count(model, gpu, weights, weights.default_kv(), s.input_tokens + s.output_tokens, &Derating::default())
}

/// Sets up a new self-hosted option to estimate its capacity at a precision and GPU count that fit.
fn estimated_fleet(mut spec: OptionSpec, s: &Scenario) -> OptionSpec {
    if let Some(fleet) = spec.fleet_mut() {
        let weights = native_precision(&fleet.gpu);
        fleet.capacity = CapacitySpec::Estimated { weights, kv: None, concurrency: None };
        // When nothing fits, the card says so with the numbers.
        fleet.gpus_per_replica = fitting_gpus(s, &fleet.gpu, weights).unwrap_or(MAX_GPUS_PER_REPLICA);
    }
    spec
}

fn gpu_name(id: &str) -> &'static str {
    catalog::gpu(id).map(|g| g.name).unwrap_or("GPU")
}

/// The option a menu entry (`api:3`, `rent:7`, `own:2`, `custom:api`…) adds, if any.
fn option_from_menu(value: &str, s: &Scenario) -> Option<ScenarioOption> {
    let (group, index) = value.split_once(':')?;
    let n: Option<usize> = index.parse().ok();
    Some(match (group, n) {
        ("api", Some(i)) => {
            let r = API_PRICES.get(i)?;
            let spec = OptionSpec::Api {
                input_usd_per_mtok: r.input_usd_per_mtok,
                output_usd_per_mtok: r.output_usd_per_mtok,
                cached_input_usd_per_mtok: r.cached_input_usd_per_mtok,
                batch_discount: 0.0,
            };
            ScenarioOption { label: r.provider.into(), spec }
        }
        ("rent", Some(i)) => {
            let r = RENTAL_PRICES.get(i)?;
            let spec = estimated_fleet(OptionSpec::rented(r.gpu, r.usd_per_gpu_hour), s);
            let n = spec.fleet().map_or(1, |f| f.gpus_per_replica);
            ScenarioOption { label: format!("{} {n}×{}", r.provider, short_gpu(r.gpu)), spec }
        }
        ("own", Some(i)) => {
            let r = PURCHASE_PRICES.get(i)?;
            let spec = estimated_fleet(OptionSpec::owned(r.gpu, (r.usd_low + r.usd_high) / 2.0, r.watts), s);
            let n = spec.fleet().map_or(1, |f| f.gpus_per_replica);
            ScenarioOption { label: format!("Own {n}×{}", short_gpu(r.gpu)), spec }
        }
        ("custom", _) => match index {
            "api" => ScenarioOption { label: "Custom API".into(), spec: OptionSpec::api(1.0, 1.0) },
            "rent" => ScenarioOption { label: "Custom rented".into(), spec: estimated_fleet(OptionSpec::rented("h100", 2.0), s) },
            _ => ScenarioOption { label: "Custom owned".into(), spec: estimated_fleet(OptionSpec::owned("h100", 25_000.0, 700.0), s) },
        },
        _ => return None,
    })
}

/// "h100" → "H100", "a100-80gb-pcie" → "A100-80GB-PCIE" (ASCII ids only, so no Unicode tables).
fn short_gpu(id: &str) -> String {
    id.to_ascii_uppercase()
}

/// The menu that adds an option from the catalog or a custom one.
#[component]
pub(super) fn AddOption() -> impl IntoView {
    let state = expect_context::<AppState>();
    let on_change = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        let added = state.scenario.with_untracked(|s| option_from_menu(&value, s));
        if let Some(option) = added {
            restructure(state, |options| {
                if options.len() < MAX_OPTIONS {
                    options.push(option)
                }
            });
        }
        // Back to the prompt, so the same entry can be added again.
        if let Some(select) = ev.target().and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlSelectElement>(t).ok()) {
            select.set_value("");
        }
    };
    let api_rows = move || {
        let model = state.scenario.with(|s| s.model.clone());
        API_PRICES
            .iter()
            .enumerate()
            .filter(|(_, r)| r.estimator_model == Some(model.as_str()))
            .map(|(i, r)| {
                let text = format!(
                    "{} — ${}/${} per M in/out ({}){}",
                    r.provider,
                    r.input_usd_per_mtok,
                    r.output_usd_per_mtok,
                    r.as_of,
                    if r.low_confidence { " ⚠" } else { "" }
                );
                view! { <option value=format!("api:{i}")>{text}</option> }
            })
            .collect::<Vec<_>>()
    };
    let api_rows = move || {
        let rows = api_rows();
        if rows.is_empty() {
            view! { <option value="" disabled=true>"No API price in the catalog for this model; add a custom API"</option> }.into_any()
        } else {
            rows.into_any()
        }
    };
    let rent_rows = RENTAL_PRICES
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let text = format!(
                "{} {} — ${}/GPU-h {} ({}){}",
                r.provider,
                gpu_name(r.gpu),
                r.usd_per_gpu_hour,
                r.pricing.label(),
                r.as_of,
                if r.low_confidence { " ⚠" } else { "" }
            );
            view! { <option value=format!("rent:{i}")>{text}</option> }
        })
        .collect_view();
    let own_rows = PURCHASE_PRICES
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let text = format!("{} — ${}–${} {} ({})", gpu_name(r.gpu), compact(r.usd_low), compact(r.usd_high), r.basis, r.as_of);
            view! { <option value=format!("own:{i}")>{text}</option> }
        })
        .collect_view();
    view! {
        <div class="field add-option">
            <label for="add-option">"Add an option"</label>
            <select id="add-option" on:change=on_change disabled=move || state.scenario.with(|s| s.options.len() >= MAX_OPTIONS)>
                <option value="" selected=true>"Choose from the catalog or custom…"</option>
                <optgroup label="APIs serving this model">{api_rows}</optgroup>
                <optgroup label="Rent GPUs">{rent_rows}</optgroup>
                <optgroup label="Own GPUs">{own_rows}</optgroup>
                <optgroup label="Custom">
                    <option value="custom:api">"Custom API"</option>
                    <option value="custom:rent">"Custom rented GPUs"</option>
                    <option value="custom:own">"Custom owned GPUs"</option>
                </optgroup>
            </select>
        </div>
    }
}
