//! Saving a chart as PNG, without leaving the page.

use wasm_bindgen::JsCast;

/// Starts a download of `href` (a data: URL) as `filename`.
pub fn download(filename: &str, href: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(anchor) = document.create_element("a").map(|e| e.unchecked_into::<web_sys::HtmlAnchorElement>()) else { return };
    anchor.set_href(href);
    anchor.set_download(filename);
    anchor.click();
}
