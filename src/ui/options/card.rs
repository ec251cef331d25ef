//! One option's editor: label, duplicate and remove, GPU and throughput mode, every number with
//! its unit and error, the source of catalog figures, and the estimate's breakdown.

use super::{restructure, update_option};
use crate::catalog;
use crate::catalog::GPUS;
use crate::charts::css_colour;
use crate::display::{compact, count, times, tokens};
use crate::engine::report::option_id;
use crate::engine::throughput::Precision;
use crate::engine::OptionReport;
use crate::engine::Problem;
use crate::scenario::fields::{num_keys, set};
use crate::scenario::new_option::native_precision;
use crate::scenario::MAX_OPTIONS;
use crate::scenario::{CapacitySpec, OptionSpec, ScenarioOption, MAX_LABEL_CHARS};
use crate::ui::fields::{field_id, NumberField};
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The owned option's yes/no key, shown as a checkbox rather than a number.
const SUNK: &str = "sunk";

/// Keys whose value a catalog provider sets: typing one makes the option the user's own.
const PRICE_KEYS: [&str; 4] = ["in", "out", "cin", "hr"];

/// One option's editor.
#[component]
pub(super) fn OptionCard(
    /// Position in the scenario's list.
    index: usize,
    /// The option as it was when the card was drawn.
    option: ScenarioOption,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let prefix = format!("options[{index}]");
    let kind = match option.spec {
        OptionSpec::Api { .. } => "API",
        OptionSpec::Rented { .. } => "Rented GPUs",
        OptionSpec::Serverless { .. } => "Serverless GPUs",
        OptionSpec::Owned { .. } => "Owned GPUs",
    };
    let label_id = field_id(&format!("{prefix}.label"));
    let on_label = move |ev| {
        let text = event_target_value(&ev);
        update_option(state, index, |o| o.label = text);
    };
    // What the option is called while the user has not named it, following its settings.
    let derived = move || state.scenario.with(|s| s.options.get(index).map(|o| o.derived_label()).unwrap_or_default());
    let unpriced = move || state.scenario.with(|s| s.options.get(index).and_then(|o| o.unpriced(&s.model)));
    // This option's results, only while it has no error of its own (never stale figures beside
    // a "does not fit").
    let own_error = move || {
        let prefix = format!("options[{index}].");
        state.errors.with(|errors| errors.iter().any(|err| err.field.starts_with(&prefix)))
    };
    let result = move || -> Option<OptionReport> {
        if own_error() {
            return None;
        }
        let id = option_id(index);
        state.evaluation.with(|e| e.report.as_ref()?.options.iter().find(|o| o.id == id).cloned())
    };
    let source = option.provenance().map(|p| {
        let stale = crate::catalog::is_stale(p.as_of, super::super::today());
        let warn = if p.low_confidence {
            " ⚠ low confidence or conflicting; check before relying on it."
        } else if stale {
            crate::catalog::STALE_MARK
        } else {
            ""
        };
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
        let gpu_select_id = format!("{}-gpu", field_id(&format!("options[{index}]")));
        let on_gpu = move |ev| {
            let id = event_target_value(&ev);
            // A catalog rental takes its provider's price for the new GPU: show it.
            state.scenario.update(|s| s.set_gpu(index, &id));
            state.refresh_editors();
            AppState::focus_soon(gpu_select_id.clone());
        };
        let on_mode = move |ev| {
            let measured = event_target_value(&ev) == "measured";
            // Switching to "I measured it" starts from the current estimate, so nothing jumps.
            let current = result().and_then(|o| o.capacity_tokens_per_day);
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
            state.refresh_editors();
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
                ("cap", Some(CapacitySpec::Estimated { .. })) | ("conc", Some(CapacitySpec::Measured { .. })) | (SUNK, _)
            )
        })
        .map(|k| {
            let key = k.key;
            let optional = k.default.is_none() && key != "out";
            let on_change = Callback::new(move |v: Option<f64>| {
                update_option(state, index, |o| {
                    if PRICE_KEYS.contains(&key) {
                        o.untie();
                    }
                    set(&mut o.spec, key, v);
                })
            });
            view! {
                <NumberField label=k.label unit=k.unit path=format!("{prefix}.{}", k.field) domain=k.domain
                    initial=crate::scenario::fields::get(&spec, key) optional=optional per_second=key == "cap"
                    placeholder=if key == "cin" { "= input" } else { "none" } on_change=on_change />
            }
        })
        .collect_view();
    // GPUs already owned: the purchase is a sunk cost.
    let sunk = matches!(option.spec, OptionSpec::Owned { .. }).then(|| {
        let id = format!("{}-sunk", field_id(&prefix));
        let checked = crate::scenario::fields::get(&spec, SUNK) == Some(1.0);
        let on_change = move |ev| {
            let on = event_target_checked(&ev);
            update_option(state, index, |o| {
                set(&mut o.spec, SUNK, Some(f64::from(u8::from(on))));
            })
        };
        view! {
            <p class="sunk">
                <input type="checkbox" id=id.clone() checked=checked on:change=on_change />
                <label for=id>"Already owned (a sunk cost: only power, hosting and operations count)"</label>
            </p>
        }
    });
    // The engine's "does not fit" error carries the fewest GPUs that fit; offer them.
    let fit_fix = move || {
        let path = format!("options[{index}].gpus_per_replica");
        let (message, needed) = state.errors.with(|errors| {
            let error = errors.iter().find(|err| err.field == path)?;
            let needed = match error.problem {
                Problem::DoesNotFit { smallest_gpu_count, .. } => smallest_gpu_count,
                _ => None,
            };
            Some((error.problem.to_string(), needed))
        })?;
        let apply = move |_| {
            update_option(state, index, |o| {
                if let (Some(f), Some(n)) = (o.spec.fleet_mut(), needed) {
                    f.gpus_per_replica = n;
                }
            });
            state.refresh_editors();
        };
        Some(view! {
            <p class="fit-error" role="alert">
                {message}" "
                {needed.map(|n| view! { <button type="button" on:click=apply>{format!("Use {n} GPUs per replica")}</button> })}
            </p>
        })
    };
    let estimate = move || {
        result().and_then(|o| {
            let est = o.estimate.as_ref()?;
            Some(format!(
                "Estimate: {} tokens/day per replica ({}) · {} output tok/s at batch {}{} · {:.1} tok/s per user ({:.0} ms/token) · first token {:.0} ms · bound by {} · memory {:.0} of {:.0} GB (weights {:.0}, KV cache {:.0})",
                compact(est.tokens_per_day),
                o.capacity_tokens_per_day_range.map(|[lo, hi]| format!("{}–{}", compact(lo), compact(hi))).unwrap_or_default(),
                compact(est.output_tokens_per_s),
                est.batch,
                if est.copies > 1 { format!(" × {} copies of the model", est.copies) } else { String::new() },
                1000.0 / est.ms_per_output_token,
                est.ms_per_output_token,
                est.time_to_first_token_ms,
                est.bound.replace('_', " "),
                est.memory.weights_gb + est.memory.runtime_overhead_gb + est.memory.kv_cache_gb.max(0.0),
                est.memory.total_gb,
                est.memory.weights_gb,
                est.memory.kv_cache_gb,
            ) + if est.calibrated { "" } else { " · ⚠ no published measurement on this GPU in this precision: estimate unchecked, its range widened" }
                + &if est.meets_speed_target {
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
        result().and_then(|o| {
            let unit = if o.kind == crate::engine::option::KindName::Serverless { "worker" } else { "replica" };
            Some(format!(
                "{} of {} · capacity {} per {unit}",
                count(o.replicas?, unit),
                count(o.gpus? / o.replicas?.max(1), "GPU"),
                tokens(o.capacity_tokens_per_day?)
            ))
        })
    };
    // A measured capacity next to what the estimator gives for the same model and GPU, so a
    // single-stream guess (like the article's 1M tokens/day per A100) stands out.
    let comparison = move || {
        let model = state.scenario.with(|s| catalog::model(&s.model).map(|m| m.name))?;
        state.evaluation.with(|e| {
            let c = e.checks.iter().find(|c| c.index == index)?;
            let [lo, hi] = c.estimated_tokens_per_day_range;
            Some(format!(
                "For comparison, the estimator gives {} tokens/day ({}–{}) for {model} on {}× {} in {} — {} your figure per GPU.",
                compact(c.estimate.tokens_per_day),
                compact(lo),
                compact(hi),
                c.gpus,
                c.gpu_name,
                c.weights,
                times(c.estimate_over_measured_per_gpu)
            ))
        })
    };
    let duplicate = move |_| {
        restructure(state, |options| {
            if options.len() < MAX_OPTIONS {
                if let Some(o) = options.get(index).cloned() {
                    options.insert(index + 1, ScenarioOption { label: format!("{} (copy)", o.display_label()), ..o });
                }
            }
        })
    };
    let remove = move |_| {
        let mut left = 0;
        restructure(state, |options| {
            if index < options.len() {
                options.remove(index);
            }
            left = options.len();
        });
        // Focus goes to the option that took this one's place, or to the menu that adds one.
        let next = if index < left { field_id(&format!("options[{index}].label")) } else { "add-option".into() };
        AppState::focus_soon(next);
    };
    let label_error_path = format!("{prefix}.label");
    view! {
        <article class="option" aria-label=format!("Option {}", index + 1)>
            <header>
                <span class="swatch" style:background-color=css_colour(index) aria-hidden="true"></span>
                <label class="visually-hidden" for=label_id.clone()>{format!("Name of option {}", index + 1)}</label>
                <input class="option-label" id=label_id type="text" value=option.label.clone() placeholder=derived
                    maxlength=MAX_LABEL_CHARS.to_string() on:input=on_label />
                <span class="kind">{kind}</span>
                <button type="button" class="icon" on:click=duplicate aria-label=format!("Duplicate option {}", index + 1)>"Duplicate"</button>
                <button type="button" class="icon" on:click=remove aria-label=format!("Remove option {}", index + 1)>"Remove"</button>
            </header>
            <p class="field-msg">{move || state.error_for(&label_error_path).unwrap_or_default()}</p>
            {source}
            {move || unpriced().map(|why| view! { <p class="fit-error" role="alert">{format!("Left out of the comparison: {why}. Pick another GPU or model, or type a price.")}</p> })}
            <div class="grid">{fleet_controls}{numbers}</div>
            {sunk}
            {fit_fix}
            <p class="estimate">{estimate}</p>
            <p class="estimate">{replicas}</p>
            <p class="estimate">{comparison}</p>
        </article>
    }
}
