//! The page: Leptos components that read the scenario, call the engine and render. No cost is
//! computed here and no link is built here (see `engine` and `scenario`).

mod app;
mod batch_view;
mod charts_view;
mod cheapest;
mod download;
mod fields;
mod how;
mod model;
mod options;
mod remount;
mod results;
mod state;
mod url;
mod workload;

pub use app::App;
pub use state::{AppState, Evaluation};

use leptos::prelude::*;

/// Entry point of the page: installs the panic hook and mounts the calculator on `<body>`.
pub fn start() {
    mark("app-start");
    std::panic::set_hook(Box::new(|info| {
        let message = info.to_string();
        web_sys::console::error_1(&message.as_str().into());
        show_fatal_error(&message);
    }));
    // The default scenario's answer that index.html paints before this starts: the app replaces
    // it in the same task, so no frame shows both.
    if let Some(prerendered) = document().get_element_by_id("prerender") {
        prerendered.remove();
    }
    mount_to_body(App);
    mark("app-mounted");
}

/// This month (year, 1–12), by the browser's clock: catalog rows older than six months are marked.
pub(crate) fn today() -> (i32, i32) {
    let now = js_sys::Date::new_0();
    (now.get_full_year() as i32, now.get_month() as i32 + 1)
}

/// A mark on the Performance timeline, for the benchmark's account of a cold load.
pub(crate) fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        performance.mark(name).ok();
    }
}

/// Marks `name` on the Performance timeline, replacing its earlier mark: the benchmark reads
/// the latest redraw there.
pub(crate) fn mark_latest(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        performance.clear_marks_with_mark_name(name);
        performance.mark(name).ok();
    }
}

/// A panic in WebAssembly stops the page; say so on the page instead of leaving it dead.
pub fn show_fatal_error(message: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(banner) = document.create_element("div") else { return };
    banner.set_class_name("fatal");
    banner.set_attribute("role", "alert").ok();
    banner.set_text_content(Some(&format!(
        "Something went wrong and the calculator stopped: {message}. Reload the page to start again; your link still holds the scenario."
    )));
    if let Some(body) = document.body() {
        body.prepend_with_node_1(&banner).ok();
    }
}
