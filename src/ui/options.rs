//! The options editor: add options from the catalog or custom, rename, duplicate, remove, and
//! edit every number; catalog figures show their source and date.

use super::fields::{field_id, NumberField};
use super::state::AppState;
use crate::catalog::{
    self, api_price_source, purchase_price_source, rental_price_source, Provenance, API_PRICES, GPUS, PURCHASE_PRICES, RENTAL_PRICES,
};
use crate::charts::PALETTE;
use crate::display::{compact, tokens};
use crate::engine::throughput::{smallest_fitting_gpu_count, Derating, Precision};
use crate::scenario::fields::{num_keys, set};
use crate::scenario::{CapacitySpec, OptionSpec, Scenario, ScenarioOption};
use leptos::prelude::*;

/// Most options on one page (the link format's limit).
const MAX_OPTIONS: usize = 12;

fn update_option(state: AppState, index: usize, f: impl FnOnce(&mut ScenarioOption)) {
    state.scenario.update(|s| {
        if let Some(o) = s.options.get_mut(index) {
            f(o);
        }
    });
}

/// Changes the list of options and redraws the editors.
fn restructure(state: AppState, f: impl FnOnce(&mut Vec<ScenarioOption>)) {
    state.unreadable.update(|u| u.clear());
    state.scenario.update(|s| f(&mut s.options));
    state.generation.update(|g| *g += 1);
}

/// The best precision a GPU computes in natively: fp8 where it has it, else bf16.
fn native_precision(gpu_id: &str) -> Precision {
    match catalog::gpu(gpu_id) {
        Some(g) if g.fp8_tflops.is_some() => Precision::Fp8,
        _ => Precision::Bf16,
    }
}

/// Fewest GPUs that hold the scenario's model on `gpu_id`, or 1.
fn fitting_gpus(s: &Scenario, gpu_id: &str, weights: Precision) -> u32 {
    match (catalog::model(&s.model), catalog::gpu(gpu_id)) {
        (Some(m), Some(g)) => {
            smallest_fitting_gpu_count(m, g, weights, weights.default_kv(), s.input_tokens + s.output_tokens, &Derating::default())
                .unwrap_or(8)
        }
        _ => 1,
    }
}

/// Sets up a new self-hosted option to estimate its capacity at a precision and GPU count that fit.
fn estimated_fleet(mut spec: OptionSpec, s: &Scenario) -> OptionSpec {
    if let Some(fleet) = spec.fleet_mut() {
        let weights = native_precision(&fleet.gpu);
        fleet.capacity = CapacitySpec::Estimated { weights, kv: None, concurrency: None };
        fleet.gpus_per_replica = fitting_gpus(s, &fleet.gpu, weights);
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
fn AddOption() -> impl IntoView {
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
            .collect_view()
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

/// Source line for an option whose figures come from the catalog.
fn provenance(option: &ScenarioOption) -> Option<Provenance> {
    match &option.spec {
        OptionSpec::Api { input_usd_per_mtok, output_usd_per_mtok, .. } => {
            api_price_source(&option.label, *input_usd_per_mtok, *output_usd_per_mtok)
        }
        OptionSpec::Rented { usd_per_gpu_hour, fleet, .. } => rental_price_source(&fleet.gpu, *usd_per_gpu_hour),
        OptionSpec::Owned { usd_per_gpu, fleet, .. } => purchase_price_source(&fleet.gpu, *usd_per_gpu),
    }
}

/// One option's editor.
#[component]
fn OptionCard(
    /// Position in the scenario's list.
    index: usize,
    /// The option as it was when the card was drawn.
    option: ScenarioOption,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let (r, g, b) = PALETTE[index % PALETTE.len()];
    let prefix = format!("options[{index}]");
    let kind = match option.spec {
        OptionSpec::Api { .. } => "API",
        OptionSpec::Rented { .. } => "Rented GPUs",
        OptionSpec::Owned { .. } => "Owned GPUs",
    };
    let label_id = field_id(&format!("{prefix}.label"));
    let on_label = move |ev| {
        let text = event_target_value(&ev);
        update_option(state, index, |o| o.label = text);
    };
    let source = provenance(&option).map(|p| {
        let warn = p.low_confidence.then_some(" ⚠ low confidence or conflicting; check before relying on it.");
        view! {
            <p class="source">
                {format!("Source: {} · as of {}", p.source, p.as_of)}
                {(!p.note.is_empty()).then(|| format!(" · {}", p.note))}
                <span class="warn">{warn}</span>
            </p>
        }
    });
    let fleet_controls = option.spec.fleet().cloned().map(|fleet| {
        let estimated = matches!(fleet.capacity, CapacitySpec::Estimated { .. });
        let on_gpu = move |ev| {
            let id = event_target_value(&ev);
            update_option(state, index, |o| {
                if let Some(f) = o.spec.fleet_mut() {
                    f.gpu = id;
                }
            });
        };
        let on_mode = move |ev| {
            let measured = event_target_value(&ev) == "measured";
            // Switching to "I measured it" starts from the current estimate, so nothing jumps.
            let current = state.evaluation.with_untracked(|e| e.report.as_ref().and_then(|r| r.options.get(index)).and_then(|o| o.capacity_tokens_per_day));
            update_option(state, index, |o| {
                let weights = o.spec.fleet().map(|f| native_precision(&f.gpu)).unwrap_or(Precision::Bf16);
                if let Some(f) = o.spec.fleet_mut() {
                    f.capacity = if measured {
                        CapacitySpec::Measured { tokens_per_day: current.map(|c| c.round()).unwrap_or(1e6) }
                    } else {
                        CapacitySpec::Estimated { weights, kv: None, concurrency: None }
                    };
                }
            });
            state.generation.update(|g| *g += 1);
        };
        let precision_select = |which: &'static str, current: Option<Precision>| {
            let on_change = move |ev| {
                let value = event_target_value(&ev);
                let parsed = value.parse::<Precision>().ok();
                update_option(state, index, |o| {
                    if let Some(CapacitySpec::Estimated { weights, kv, .. }) = o.spec.fleet_mut().map(|f| &mut f.capacity) {
                        match (which, parsed) {
                            ("weights", Some(p)) => *weights = p,
                            ("kv", p) => *kv = p,
                            _ => {}
                        }
                    }
                });
            };
            let id = format!("{}-{which}", field_id(&format!("options[{index}]")));
            let label = if which == "weights" { "Weights precision" } else { "KV cache precision" };
            view! {
                <div class="field">
                    <label for=id.clone()>{label}</label>
                    <select id=id on:change=on_change>
                        {(which == "kv").then(|| view! { <option value="" selected=current.is_none()>"as weights (fp16 for 4-bit)"</option> })}
                        {Precision::ALL.iter().map(|p| view! { <option value=p.id() selected=current == Some(*p)>{p.id()}</option> }).collect_view()}
                    </select>
                </div>
            }
        };
        let precision = match fleet.capacity {
            CapacitySpec::Estimated { weights, kv, .. } => Some(view! { {precision_select("weights", Some(weights))} {precision_select("kv", kv)} }),
            CapacitySpec::Measured { .. } => None,
        };
        let gpu_id = format!("{}-gpu", field_id(&prefix));
        let mode_id = format!("{}-mode", field_id(&prefix));
        view! {
            <div class="field">
                <label for=gpu_id.clone()>"GPU"</label>
                <select id=gpu_id on:change=on_gpu>
                    {GPUS.iter().map(|g| view! { <option value=g.item.id selected=g.item.id == fleet.gpu>{g.item.name}</option> }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for=mode_id.clone()>"Throughput"</label>
                <select id=mode_id on:change=on_mode>
                    <option value="estimate" selected=estimated>"Estimate it"</option>
                    <option value="measured" selected=!estimated>"I measured it"</option>
                </select>
            </div>
            {precision}
        }
    });
    let spec = option.spec.clone();
    let numbers = num_keys(&option.spec)
        .iter()
        .filter(|k| {
            !matches!(
                (k.key, spec.fleet().map(|f| &f.capacity)),
                ("cap", Some(CapacitySpec::Estimated { .. })) | ("conc", Some(CapacitySpec::Measured { .. }))
            )
        })
        .map(|k| {
            let key = k.key;
            let optional = k.default.is_none() && key != "out";
            let on_change = Callback::new(move |v: Option<f64>| {
                update_option(state, index, |o| {
                    set(&mut o.spec, key, v);
                })
            });
            view! {
                <NumberField label=k.label unit=k.unit path=format!("{prefix}.{}", k.field)
                    initial=crate::scenario::fields::get(&spec, key) optional=optional per_second=key == "cap"
                    placeholder=if key == "cin" { "= input" } else { "none" } on_change=on_change />
            }
        })
        .collect_view();
    let fit_fix = move || {
        let error = state.error_for(&format!("options[{index}].gpus_per_replica"))?;
        let needed = state.scenario.with(|s| {
            s.options.get(index).and_then(|o| o.spec.fleet().map(|f| (f.gpu.clone(), f.capacity.clone()))).map(|(gpu, cap)| {
                let weights = match cap {
                    CapacitySpec::Estimated { weights, .. } => weights,
                    CapacitySpec::Measured { .. } => Precision::Bf16,
                };
                fitting_gpus(s, &gpu, weights)
            })
        })?;
        let apply = move |_| {
            update_option(state, index, |o| {
                if let Some(f) = o.spec.fleet_mut() {
                    f.gpus_per_replica = needed;
                }
            });
            state.generation.update(|g| *g += 1);
        };
        Some(view! {
            <p class="fit-error" role="alert">{error}" "<button type="button" on:click=apply>{format!("Use {needed} GPUs per replica")}</button></p>
        })
    };
    let estimate = move || {
        state.evaluation.with(|e| {
            let o = e.report.as_ref()?.options.get(index)?;
            let est = o.estimate.as_ref()?;
            Some(format!(
                "Estimate: {} tokens/day per replica · {} output tok/s at batch {} · {:.0} ms/token per user · first token {:.0} ms · bound by {} · memory {:.0} of {:.0} GB (weights {:.0}, KV cache {:.0})",
                compact(est.tokens_per_day),
                compact(est.output_tokens_per_s),
                est.batch,
                est.ms_per_output_token,
                est.time_to_first_token_ms,
                est.bound.replace('_', " "),
                est.memory.weights_gb + est.memory.runtime_overhead_gb + est.memory.kv_cache_gb.max(0.0),
                est.memory.total_gb,
                est.memory.weights_gb,
                est.memory.kv_cache_gb,
            ) + &if est.meets_speed_target {
                if est.unconstrained_output_tokens_per_s > est.output_tokens_per_s * 1.001 {
                    format!(" · the speed target cuts throughput from {} to {} output tok/s", compact(est.unconstrained_output_tokens_per_s), compact(est.output_tokens_per_s))
                } else {
                    String::new()
                }
            } else {
                " · ⚠ even one user cannot get the speed target on this setup".into()
            })
        })
    };
    let replicas = move || {
        state.evaluation.with(|e| {
            let o = e.report.as_ref()?.options.get(index)?;
            Some(format!("{} replica(s), {} GPUs, capacity {} per replica", o.replicas?, o.gpus?, tokens(o.capacity_tokens_per_day?)))
        })
    };
    let duplicate = move |_| {
        restructure(state, |options| {
            if options.len() < MAX_OPTIONS {
                if let Some(o) = options.get(index).cloned() {
                    options.insert(index + 1, ScenarioOption { label: format!("{} (copy)", o.label), ..o });
                }
            }
        })
    };
    let remove = move |_| {
        restructure(state, |options| {
            if index < options.len() {
                options.remove(index);
            }
        })
    };
    let label_error_path = format!("{prefix}.label");
    view! {
        <article class="option" aria-label=format!("Option {}", index + 1)>
            <header>
                <span class="swatch" style:background-color=format!("rgb({r},{g},{b})") aria-hidden="true"></span>
                <label class="visually-hidden" for=label_id.clone()>{format!("Name of option {}", index + 1)}</label>
                <input class="option-label" id=label_id type="text" value=option.label.clone() maxlength="80" on:input=on_label />
                <span class="kind">{kind}</span>
                <button type="button" class="icon" on:click=duplicate aria-label=format!("Duplicate option {}", index + 1)>"Duplicate"</button>
                <button type="button" class="icon" on:click=remove aria-label=format!("Remove option {}", index + 1)>"Remove"</button>
            </header>
            <p class="field-msg">{move || state.error_for(&label_error_path).unwrap_or_default()}</p>
            {source}
            <div class="grid">{fleet_controls}{numbers}</div>
            {fit_fix}
            <p class="estimate">{estimate}</p>
            <p class="estimate">{replicas}</p>
        </article>
    }
}

/// Every option, and the menu to add more.
#[component]
pub fn OptionsEditor() -> impl IntoView {
    let state = expect_context::<AppState>();
    let cards = move || {
        state.generation.track();
        state
            .scenario
            .with_untracked(|s| s.options.clone())
            .into_iter()
            .enumerate()
            .map(|(index, option)| view! { <OptionCard index option /> })
            .collect_view()
    };
    view! {
        <section class="card options" aria-labelledby="options-h">
            <h2 id="options-h">"Options to compare"</h2>
            <AddOption />
            <div class="option-list">{cards}</div>
        </section>
    }
}
