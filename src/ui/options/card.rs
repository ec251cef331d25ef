//! One option's editor: its name, kind, duplicate and remove, the source of its catalog figures,
//! and its fields and results (each part in its own file).

use super::fleet_fields::fleet_fields;
use super::number_fields::{number_fields, sunk_switch};
use super::option_result::{fit_fix, option_result};
use super::{restructure, update_option};
use crate::charts::css_colour;
use crate::engine::FieldPath;
use crate::scenario::{OptionSpec, ScenarioOption, MAX_LABEL_CHARS, MAX_OPTIONS};
use crate::ui::fields::field_id;
use crate::ui::model::model_select;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// One option's editor.
#[component]
pub(super) fn OptionCard(
    /// Position in the scenario's list.
    index: usize,
    /// The option as it was when the card was drawn.
    option: ScenarioOption,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let kind = match option.spec {
        OptionSpec::Api(_) => "API",
        OptionSpec::Rented(_) => "Rented GPUs",
        OptionSpec::Serverless(_) => "Serverless GPUs",
        OptionSpec::Owned(_) => "Owned GPUs",
    };
    let label_path = FieldPath::Option { index, field: "label" };
    let on_label = move |ev| {
        let text = event_target_value(&ev);
        update_option(state, index, |o| o.label = text);
    };
    // What the option is called while the user has not named it, following its settings; and why
    // it is left out. Read after the answer is painted (see `editors_tick`).
    let derived = move || {
        state.editors_tick.track();
        state.scenario.read_untracked().options.get(index).map(|o| o.derived_label()).unwrap_or_default()
    };
    let unpriced = move || {
        state.editors_tick.track();
        let s = state.scenario.read_untracked();
        s.options.get(index).and_then(|o| o.unpriced(s.model_of(o)))
    };
    let source = option.provenance().map(|p| {
        let warn = if p.low_confidence {
            " ⚠ low confidence or conflicting; check before relying on it."
        } else if crate::catalog::is_stale(p.as_of, crate::ui::today()) {
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
        let next = if index < left { field_id(label_path) } else { "add-option".into() };
        AppState::focus_soon(next);
    };
    view! {
        <article class="option" aria-label=format!("Option {}", index + 1)>
            <header>
                <span class="swatch" style:background-color=css_colour(index) aria-hidden="true"></span>
                <label class="visually-hidden" for=field_id(label_path)>{format!("Name of option {}", index + 1)}</label>
                <input class="option-label" id=field_id(label_path) type="text" value=option.label.clone() placeholder=derived
                    maxlength=MAX_LABEL_CHARS.to_string() on:input=on_label />
                <span class="kind">{kind}</span>
                <button type="button" class="icon" on:click=duplicate aria-label=format!("Duplicate option {}", index + 1)>"Duplicate"</button>
                <button type="button" class="icon" on:click=remove aria-label=format!("Remove option {}", index + 1)>"Remove"</button>
            </header>
            <p class="field-msg">{move || state.error_for(label_path).unwrap_or_default()}</p>
            {source}
            {move || unpriced().map(|why| view! { <p class="fit-error" role="alert">{format!("Left out of the comparison: {why}. Pick another GPU or model, or type a price.")}</p> })}
            <div class="grid">{model_select(state, Some(index), option.model.as_deref())}{option.spec.fleet().cloned().map(|fleet| fleet_fields(state, index, fleet))}{number_fields(state, index, &option.spec)}</div>
            {sunk_switch(state, index, &option.spec)}
            {fit_fix(state, index)}
            {option_result(state, index)}
        </article>
    }
}
