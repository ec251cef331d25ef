//! Keeping the address bar on the current scenario, and copying the link.

use super::state::AppState;
use crate::scenario::link_with_view;
use gloo::timers::callback::Timeout;
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;

/// Milliseconds between address-bar writes while the user types (browsers throttle `replaceState`).
const WRITE_INTERVAL_MS: u32 = 250;

/// The page's query string, without `?`.
pub fn current_query() -> String {
    web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default().trim_start_matches('?').to_string()
}

/// The absolute address of the current scenario with `view_keys`.
pub fn absolute_link(state: &AppState, view_keys: &[(String, String)]) -> String {
    let query = link_with_view(&state.scenario.read_untracked(), view_keys);
    let location = web_sys::window().map(|w| w.location());
    let base = location.and_then(|l| Some(format!("{}{}", l.origin().ok()?, l.pathname().ok()?))).unwrap_or_default();
    format!("{base}{query}")
}

/// Writes the scenario into the address bar with `history.replaceState` (no new history entry,
/// no scroll jump), at most once per `WRITE_INTERVAL_MS`, always ending on the latest scenario.
pub fn sync_address_bar(state: AppState, view_keys: Vec<(String, String)>) {
    let pending: Rc<RefCell<Option<Timeout>>> = Rc::new(RefCell::new(None));
    Effect::new(move |_| {
        state.scenario.track();
        if pending.borrow().is_some() {
            return;
        }
        let slot = pending.clone();
        let keys = view_keys.clone();
        let timer = Timeout::new(WRITE_INTERVAL_MS, move || {
            slot.borrow_mut().take();
            let link = link_with_view(&state.scenario.read_untracked(), &keys);
            if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
                history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&link)).ok();
            }
        });
        *pending.borrow_mut() = Some(timer);
    });
}

/// Copies `text` with the clipboard API; returns false when the browser refuses (the caller
/// then shows the link for the user to copy by hand).
pub async fn copy_text(text: String) -> bool {
    let Some(window) = web_sys::window() else { return false };
    let promise = window.navigator().clipboard().write_text(&text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}
