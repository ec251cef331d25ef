//! The options editor: add options from the catalog or custom, rename, duplicate, remove, and
//! edit every number; catalog figures show their source and date.

mod add;
mod card;
mod fleet_fields;
mod number_fields;
mod option_result;

use super::remount::remount;
use super::state::AppState;
use crate::engine::report::option_id;
use crate::engine::OptionReport;
use crate::scenario::{ScenarioOption, MAX_OPTIONS};
use add::AddOption;
use card::OptionCard;
use leptos::prelude::*;

pub(super) fn update_option(state: AppState, index: usize, f: impl FnOnce(&mut ScenarioOption)) {
    state.scenario.update(|s| {
        if let Some(o) = s.options.get_mut(index) {
            f(o);
        }
    });
}

/// Changes the list of options and redraws the editors whose option it changed.
pub(crate) fn restructure(state: AppState, f: impl FnOnce(&mut Vec<ScenarioOption>)) {
    state.rewrite(|s| f(&mut s.options));
}

/// `read` of the report of the option at `index`, only while it has no error of its own (never
/// stale figures beside a "does not fit"), read in place after the answer is painted (see
/// `AppState::editors_tick`).
fn own_result<T>(state: AppState, index: usize, read: impl FnOnce(&OptionReport) -> Option<T>) -> Option<T> {
    if state.errors.read().iter().any(|err| err.field.option_index() == Some(index)) {
        return None;
    }
    let id = option_id(index);
    state.editors_tick.track();
    state.evaluation.read_untracked().report.as_ref()?.options.iter().find(|o| o.id == id).and_then(read)
}

/// The editor of the option at `index`, if there is one, drawn again only when that option
/// changes by something the user did not type.
#[component]
fn OptionSlot(index: usize) -> impl IntoView {
    let state = expect_context::<AppState>();
    let card = move || {
        let option = state.scenario.read_untracked().options.get(index).cloned();
        option.map(|option| view! { <OptionCard index option /> })
    };
    remount(move || state.option_versions[index].get(), card)
}

/// Every option, and the menu to add more.
#[component]
pub fn OptionsEditor() -> impl IntoView {
    // One place per option the scenario may hold.
    let cards = (0..MAX_OPTIONS).map(|index| view! { <OptionSlot index /> }).collect_view();
    view! {
        <section class="card options" aria-labelledby="options-h">
            <h2 id="options-h">"Options to compare"</h2>
            <AddOption />
            <div class="option-list">{cards}</div>
        </section>
    }
}
