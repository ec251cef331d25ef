//! Labelled inputs that read numbers as people type them and show the engine's error for their field.

use super::state::AppState;
use crate::display::editable;
use crate::engine::domain::Domain;
use crate::engine::units::SECONDS_PER_DAY;
use crate::engine::FieldPath;
use crate::scenario::parse_number;
use leptos::prelude::*;

/// Element id for an engine field path (`options[2].usd_per_gpu_hour` → `f-options-2--usd_per_gpu_hour`).
pub fn field_id(path: FieldPath) -> String {
    format!("f-{}", path.to_string().replace(['.', '[', ']'], "-"))
}

/// A number input with its label, unit and error message.
#[component]
pub fn NumberField(
    /// Visible label.
    label: &'static str,
    /// Unit shown after the input, e.g. `$/GPU-hour`.
    unit: &'static str,
    /// The engine's path of this field, whose errors it shows (`workload.tokens_per_day`).
    path: FieldPath,
    /// The value when the field is drawn; `None` shows an empty field.
    initial: Option<f64>,
    /// Called with each readable value; `None` when an optional field is emptied.
    on_change: Callback<Option<f64>>,
    /// Whether an empty field means "none".
    #[prop(optional)]
    optional: bool,
    /// Placeholder text shown when empty.
    #[prop(optional)]
    placeholder: &'static str,
    /// Whether a rate per second may be typed instead (`12K/s`), read as that rate × 86,400 per day.
    #[prop(optional)]
    per_second: bool,
    /// The values the engine accepts; a value outside them is shown as an error at the field and
    /// kept out of the scenario.
    #[prop(optional)]
    domain: Option<&'static Domain>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = field_id(path);
    let message_id = format!("{id}-msg");
    let local_error = RwSignal::new(None::<String>);
    // A memo: the field's attribute and message change only when its own error does.
    let message = Memo::new(move |_| local_error.get().or_else(|| state.error_for(path)));
    let on_input = move |ev| {
        let raw = event_target_value(&ev);
        let parsed = if raw.trim().is_empty() {
            if optional {
                Ok(None)
            } else {
                Err("enter a number".to_string())
            }
        } else if let Some(rate) = raw.trim().strip_suffix("/s").filter(|_| per_second) {
            parse_number(rate).map(|r| Some(r * SECONDS_PER_DAY)).ok_or("not a rate: try 12K/s".to_string())
        } else {
            parse_number(&raw).map(Some).ok_or("not a number: try 1e6, 1M or 1,000,000".to_string())
        };
        let parsed = parsed.and_then(|value| match (value, domain) {
            (Some(v), Some(d)) => d.check("", v).map(Some).map_err(|e| e.problem.to_string()),
            _ => Ok(value),
        });
        match parsed {
            Ok(value) => {
                // Only when there was one: a set wakes the message's readers.
                if local_error.read_untracked().is_some() {
                    local_error.set(None);
                }
                if state.unreadable.read_untracked().contains(&path) {
                    state.unreadable.update(|u| u.retain(|p| *p != path));
                }
                on_change.run(value);
            }
            Err(problem) => {
                local_error.set(Some(problem));
                state.unreadable.update(|u| {
                    if !u.contains(&path) {
                        u.push(path);
                    }
                });
            }
        }
    };
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <div class="input-unit">
                <input
                    id=id
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    spellcheck="false"
                    placeholder=placeholder
                    value=initial.map(editable).unwrap_or_default()
                    aria-invalid=move || message.get().is_some().to_string()
                    aria-describedby=message_id.clone()
                    on:input=on_input
                />
                <span class="unit">{unit}</span>
            </div>
            <p class="field-msg" id=message_id aria-live="polite">
                {move || message.get().unwrap_or_default()}
            </p>
        </div>
    }
}
