//! DOM component tests: the real page components mounted in headless Chromium
//! (wasm-bindgen-test), driven by real input events.
#![cfg(target_arch = "wasm32")]

use gpu_or_api::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Event, EventInit, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Leptos effects run asynchronously; give them a tick.
async fn tick() {
    gloo_timers::future::TimeoutFuture::new(30).await;
}

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Text of the first match of `selector` inside `root` (each test mounts its own page).
fn text(root: &HtmlElement, selector: &str) -> String {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("{selector} exists")).text_content().unwrap_or_default()
}

/// Mounts the calculator in a fresh container, on an address without a scenario (the page
/// writes its scenario into the address bar, and tests share one page).
async fn mount() -> HtmlElement {
    let history = web_sys::window().unwrap().history().unwrap();
    let path = web_sys::window().unwrap().location().pathname().unwrap();
    history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path)).unwrap();
    let container: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&container).unwrap();
    leptos::mount::mount_to(container.clone(), App).forget();
    // The editors mount a frame or two after the answer.
    for _ in 0..100 {
        tick().await;
        if container.query_selector("#f-workload-tokens_per_day").ok().flatten().is_some() {
            break;
        }
    }
    container
}

fn type_into(root: &HtmlElement, selector: &str, value: &str) {
    let input: HtmlInputElement = root.query_selector(selector).unwrap().unwrap().unchecked_into();
    input.set_value(value);
    let init = EventInit::new();
    init.set_bubbles(true);
    input.dispatch_event(&Event::new_with_event_init_dict("input", &init).unwrap()).unwrap();
}

#[wasm_bindgen_test]
async fn the_page_opens_on_the_article_and_answers_it() {
    let container = mount().await;
    assert!(text(&container, "#verdict").contains("The API (OpenRouter) is 358× cheaper"), "{}", text(&container, "#verdict"));
    assert_eq!(container.query_selector_all("#results-table tbody tr").unwrap().length(), 4);
    assert!(text(&container, "#results-table").contains("$88.08"));
    container.remove();
}

#[wasm_bindgen_test]
async fn typing_recomputes_and_bad_input_is_flagged_without_losing_results() {
    let container = mount().await;
    type_into(&container, "#f-workload-tokens_per_day", "10B");
    tick().await;
    assert!(text(&container, "#verdict").contains("10B tokens/day"), "{}", text(&container, "#verdict"));

    type_into(&container, "#f-workload-tokens_per_day", "lots");
    tick().await;
    let input = container.query_selector("#f-workload-tokens_per_day").unwrap().unwrap();
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert!(text(&container, "#f-workload-tokens_per_day-msg").contains("not a number"));
    assert!(text(&container, "#verdict").contains("10B tokens/day"), "last valid answer stays");
    assert!(container.query_selector(".output.stale").unwrap().is_some());

    type_into(&container, "#f-options-2--usd_per_gpu_hour", "-1");
    tick().await;
    assert!(
        text(&container, "#f-options-2--usd_per_gpu_hour-msg").contains("must be between 0.01 and 1,000"),
        "{}",
        text(&container, "#f-options-2--usd_per_gpu_hour-msg")
    );
    container.remove();
}

#[wasm_bindgen_test]
async fn ticking_a_reason_to_self_host_changes_the_verdict() {
    let container = mount().await;
    let checkbox: HtmlInputElement = container.query_selector("#why-data").unwrap().unwrap().unchecked_into();
    checkbox.click();
    tick().await;
    assert!(text(&container, "#verdict").starts_with("Self-host: your data must stay in-house."), "{}", text(&container, "#verdict"));
    container.remove();
}

#[wasm_bindgen_test]
fn a_fatal_error_is_shown_on_the_page_not_left_dead() {
    gpu_or_api::ui::show_fatal_error("test message");
    let banner = document().query_selector(".fatal[role=alert]").unwrap().expect("banner shown");
    assert!(banner.text_content().unwrap().contains("test message"));
    banner.remove();
}

#[wasm_bindgen_test]
fn the_page_reads_numbers_exactly_as_the_native_tool() {
    // The page parses with the browser's Number(); the command-line tool with Rust's parser.
    let texts = [
        "0",
        "1",
        "-0",
        ".5",
        "5.",
        "+5",
        "1e6",
        "1E-7",
        "0.1",
        "0.3",
        "2.5",
        "1.7976931348623157e308",
        "4.9e-324",
        "2.2250738585072014e-308",
        "9007199254740993",
        "123456789012345678901234567890",
        "0.30000000000000004",
        "1e400",
        "1e",
        "e5",
        ".",
        "-",
        "1.2.3",
        "--1",
        "1e+",
        "3.14159265358979323846264338327950288",
    ];
    for text in texts {
        let rust = text.parse::<f64>().ok().filter(|v| v.is_finite()).map(|v| v + 0.0);
        assert_eq!(gpu_or_api::scenario::parse_number(text).map(f64::to_bits), rust.map(f64::to_bits), "{text}");
    }
}
