//! The model: one from the catalog, or a custom one given by its figures or read from a pasted
//! Hugging Face `config.json`; and the model an option serves when it is not the workload's.

use super::fields::{field_id, NumberField};
use super::state::AppState;
use crate::catalog::model_config::{model_spec_from_settings, ConfigSource, Setting};
use crate::catalog::MODELS;
use crate::engine::throughput::ModelSpec;
use crate::engine::FieldPath;
use crate::scenario::custom::{finish_model, CUSTOM_MODEL_ID, MODEL_FIGURES};
use js_sys::{Array, Reflect, JSON};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// The model select: the workload's (`index` `None`), or option `index`'s, whose empty value
/// means "the workload's". Options tied to a provider take its price for the new model.
pub fn model_select(state: AppState, index: Option<usize>, selected: Option<&str>) -> impl IntoView {
    let id = index.map_or("f-model".into(), |index| field_id(FieldPath::Option { index, field: "model" }));
    let selected = selected.unwrap_or_default().to_string();
    let on_change = {
        let id = id.clone();
        move |ev| {
            let value = event_target_value(&ev);
            state.rewrite(|s| {
                if value == CUSTOM_MODEL_ID {
                    s.ensure_custom_model();
                }
                match index {
                    None => s.set_model(&value),
                    Some(i) => s.set_option_model(i, (!value.is_empty()).then_some(value)),
                }
            });
            AppState::focus_soon(id.clone());
        }
    };
    let label = if index.is_some() { "Model" } else { "Model (for estimated throughput)" };
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select id=id on:change=on_change>
                {index.map(|_| view! { <option value="" selected=selected.is_empty()>"The workload's"</option> })}
                {MODELS.iter().map(|m| view! { <option value=m.item.id selected=m.item.id == selected>{m.item.name}</option> }).collect_view()}
                <option value=CUSTOM_MODEL_ID selected=selected == CUSTOM_MODEL_ID>"Custom model (your figures)"</option>
            </select>
        </div>
    }
}

/// The custom model's figures and a box to read them from a `config.json`, while the scenario
/// has a custom model.
pub fn custom_model_fields(state: AppState) -> Option<impl IntoView> {
    let model = state.scenario.read_untracked().custom_model?;
    let fields = MODEL_FIGURES
        .iter()
        .map(|f| {
            let set = f.set;
            let on_change = Callback::new(move |v: Option<f64>| {
                state.scenario.update(|s| {
                    if let Some(m) = &mut s.custom_model {
                        set(m, v);
                        finish_model(m);
                    }
                })
            });
            view! {
                <NumberField label=f.label unit=f.domain.unit path=FieldPath::Top(f.key) domain=f.domain
                    initial=(f.get)(&model) optional=!f.required placeholder="none" on_change />
            }
        })
        .collect_view();
    let config = NodeRef::<leptos::html::Input>::new();
    let message = RwSignal::new(String::new());
    let read = move |_| {
        let text = config.get_untracked().map(|t| t.value()).unwrap_or_default();
        match model_from_config(&text) {
            Ok(spec) => {
                message.set(String::new());
                state.rewrite(|s| s.custom_model = Some(spec));
            }
            Err(why) => message.set(why),
        }
    };
    Some(view! {
        <div class="custom-model" role="group" aria-label="Custom model">
            <div class="grid">{fields}</div>
            <label for="f-config">"Or paste its config.json (Hugging Face), then press Enter"</label>
            // Read when the pasted text is committed (Enter, or leaving the field).
            <input type="text" id="f-config" node_ref=config spellcheck="false" autocomplete="off" on:change=read
                placeholder="{\"model_type\": …}" />
            <p class="fit-error" role="alert">{move || message.get()}</p>
        </div>
    })
}

/// A `config.json` parsed by the browser: its top level and its `text_config`, if any.
struct Parsed(JsValue);

impl ConfigSource for Parsed {
    fn setting(&self, nested: bool, key: &str) -> Option<Setting> {
        let get = |object: &JsValue, key: &str| Reflect::get(object, &key.into()).ok().filter(|v| !v.is_null() && !v.is_undefined());
        let object = if nested { get(&self.0, "text_config").filter(JsValue::is_object)? } else { self.0.clone() };
        let value = get(&object, key)?;
        Some(if let Some(n) = value.as_f64() {
            Setting::Number(n)
        } else if let Some(b) = value.as_bool() {
            Setting::Bool(b)
        } else if let Some(t) = value.as_string() {
            Setting::Text(t)
        } else if let Some(items) = value.dyn_ref::<Array>() {
            Setting::List(items.iter().map(|i| i.as_string().unwrap_or_default()).collect())
        } else {
            Setting::Other
        })
    }
}

/// The model a pasted `config.json` describes, read as `llmcost throughput --model-config` reads
/// a file, or what is wrong with it.
fn model_from_config(text: &str) -> Result<ModelSpec, String> {
    let value = JSON::parse(text).map_err(|_| "not a config.json: it is not valid JSON".to_string())?;
    // Anything but an object of settings has none of them, and says which is missing first.
    model_spec_from_settings(&Parsed(value))
}
