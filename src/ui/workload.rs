//! The workload editor: volume (typed or on a log slider), mix, cache, traffic shape, speed, model.

use super::fields::NumberField;
use super::model::{custom_model_fields, model_select};
use super::remount::remount;
use super::state::AppState;
use crate::engine::domain;
use crate::engine::FieldPath;
use crate::scenario::fields::{SPEED_FIELD, WORKLOAD_KEYS};
use crate::scenario::Scenario;
use leptos::prelude::*;

/// Per-user speed an interactive service starts with, output tokens/s (a comfortable reading
/// pace for chat).
const INTERACTIVE_DEFAULT_TOKENS_PER_S: f64 = 20.0;

/// Log10 bounds of the volume slider (10^3 to 10^12 tokens/day).
const SLIDER_MIN_LOG10: f64 = 3.0;
const SLIDER_MAX_LOG10: f64 = 12.0;

/// A callback that applies `set` to the scenario when a field gets a readable value.
fn setter(state: AppState, set: impl Fn(&mut Scenario, Option<f64>) + Send + Sync + 'static) -> Callback<Option<f64>> {
    Callback::new(move |value| state.scenario.update(|s| set(s, value)))
}

/// Volume rounded to three significant digits, so the slider writes short links.
fn round_volume(log10: f64) -> f64 {
    let v = 10f64.powf(log10);
    let scale = 10f64.powf(v.log10().floor() - 2.0);
    (v / scale).round() * scale
}

/// The volume field (tokens per day), as the workload editor and the embedded view show it.
#[component]
pub fn VolumeField() -> impl IntoView {
    let state = expect_context::<AppState>();
    let k = &WORKLOAD_KEYS[0];
    let initial = state.scenario.read_untracked().workload.tokens_per_day;
    view! {
        <NumberField label=k.label unit=k.unit path=FieldPath::Top(k.field) domain=k.domain initial=Some(initial)
            on_change=setter(state, |s, v| if let Some(v) = v { s.workload.tokens_per_day = v }) />
    }
}

#[component]
pub fn WorkloadEditor() -> impl IntoView {
    let state = expect_context::<AppState>();
    // Redraws the volume field when the slider moves, so the two agree.
    let volume_redraw = RwSignal::new(0u32);
    let s = move || state.scenario.get_untracked();
    // A drag fires several inputs a frame: the scenario takes the latest, once per frame.
    let pending = std::rc::Rc::new(std::cell::Cell::new(None::<f64>));
    let on_slide = move |ev| {
        let Some(log10) = crate::scenario::parse_number(&event_target_value(&ev)) else { return };
        if pending.replace(Some(log10)).is_none() {
            let pending = pending.clone();
            request_animation_frame(move || {
                if let Some(log10) = pending.take() {
                    state.scenario.update(|s| s.workload.tokens_per_day = round_volume(log10));
                    volume_redraw.update(|n| *n += 1);
                }
            });
        }
    };
    let rest = move || {
        let mut sc = s();
        let numbers = WORKLOAD_KEYS[1..]
            .iter()
            .map(|k| {
                let slot = k.slot;
                let initial = Some(*slot(&mut sc.workload));
                view! {
                    <NumberField label=k.label unit=k.unit path=FieldPath::Top(k.field) domain=k.domain initial
                        on_change=setter(state, move |s, v| if let Some(v) = v { *slot(&mut s.workload) = v }) />
                }
            })
            .collect_view();
        let on_service = move |ev| {
            let interactive = event_target_value(&ev) == "interactive";
            state.rewrite(|s| {
                let speed = &mut s.workload.speed_target_tokens_per_s;
                *speed = interactive.then_some(speed.unwrap_or(INTERACTIVE_DEFAULT_TOKENS_PER_S));
            });
            AppState::focus_soon("f-service".into());
        };
        view! {
            {numbers}
            <div class="field">
                <label for="f-service">"Service"</label>
                <select id="f-service" on:change=on_service>
                    <option value="batch" selected=sc.workload.speed_target_tokens_per_s.is_none()>"Batch jobs (maximum throughput)"</option>
                    <option value="interactive" selected=sc.workload.speed_target_tokens_per_s.is_some()>"Interactive, at a speed per user"</option>
                </select>
            </div>
            <NumberField label="Per-user speed target" unit="tokens/s" path=FieldPath::Top(SPEED_FIELD)
                domain=&domain::SPEED_TOKENS_PER_S initial=sc.workload.speed_target_tokens_per_s optional=true placeholder="none"
                on_change=setter(state, |s, v| s.workload.speed_target_tokens_per_s = v) />
            {model_select(state, None, Some(&sc.model))}
            {custom_model_fields(state)}
        }
    };
    view! {
        <section class="card workload" aria-labelledby="workload-h">
            <h2 id="workload-h">"Workload"</h2>
            <div class="volume">
                {remount(move || state.workload_version.get().wrapping_add(volume_redraw.get()), VolumeField)}
                <input
                    type="range"
                    class="slider"
                    aria-label="Volume, logarithmic slider"
                    min=SLIDER_MIN_LOG10
                    max=SLIDER_MAX_LOG10
                    step="0.01"
                    prop:value=move || state.scenario.read().workload.tokens_per_day.max(1.0).log10().to_string()
                    on:input=on_slide
                />
            </div>
            <div class="grid">{remount(move || state.workload_version.get(), rest)}</div>
        </section>
    }
}
