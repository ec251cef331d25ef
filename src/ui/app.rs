//! The page layout: header with presets and sharing, notices, verdict, editors, results, charts
//! and "How this is computed"; or, with `?embed=1`, the compact view for blog posts.

use super::batch_view::BatchChartView;
use super::charts_view::CostChartView;
use super::cheapest::CheapestPanel;
use super::how::HowComputed;
use super::options::OptionsEditor;
use super::remount::remount;
use super::results::{ResultsTable, VerdictView};
use super::state::AppState;
use super::url::{absolute_link, copy_text, current_query, sync_address_bar};
use super::workload::{VolumeField, WorkloadEditor};
use crate::catalog::PRESETS;
use crate::scenario::decode;
use crate::scenario::embed::{embed_snippet, HEIGHT_MESSAGE};
use gloo::events::EventListener;
use leptos::prelude::*;

/// The calculator. Reads the scenario from the address bar once, then keeps the bar up to date.
#[component]
pub fn App() -> impl IntoView {
    let decoded = decode(&current_query());
    let embed = decoded.view_keys.iter().any(|(k, v)| k == "embed" && v != "0");
    let state = AppState::new(decoded.scenario, decoded.notices);
    provide_context(state);
    sync_address_bar(state, decoded.view_keys.clone());

    if embed {
        view! { <EmbedView /> }.into_any()
    } else {
        view! { <FullView /> }.into_any()
    }
}

#[component]
fn FullView() -> impl IntoView {
    let state = expect_context::<AppState>();
    // The answer is mounted and painted first; the editors and the panels below the first chart
    // mount after that frame, so a cold load shows the verdict, the table and the chart sooner.
    let later = RwSignal::new(false);
    // Two frames on: the first draws the chart (when its canvas reports its size), and paints.
    request_animation_frame(move || request_animation_frame(move || later.set(true)));
    Effect::new(move |_| {
        if later.get() {
            super::mark("app-ready");
        }
    });
    let editors = move || later.get().then(|| view! { <WorkloadEditor /> <OptionsEditor /> });
    let below_chart = move || later.get().then(|| view! { <BatchChartView /> });
    view! {
        <header class="top">
            <div>
                <h1>"GPU or API?"</h1>
                <p class="tagline">"What an open LLM costs through a pay-per-token API, or on GPUs you rent or own — at your volume."</p>
            </div>
            <div class="actions">
                <PresetMenu />
                <ShareButtons />
            </div>
        </header>
        <Notices />
        <UndoNotice />
        <main>
            // The answer beside the editors: from 1024 px it stays in view while they scroll;
            // on a phone it comes first (see the style sheet).
            <div class="layout">
                <div class="editor">{editors}</div>
                <div class="output" class:stale=move || state.evaluation.read().stale>
                    <VerdictView />
                    <ResultsTable />
                    <CheapestPanel />
                    <CostChartView />
                    {below_chart}
                </div>
            </div>
            <HowComputed />
        </main>
        <footer>
            <p>"Runs entirely in your browser; nothing you enter leaves this page. The link holds the whole scenario."</p>
        </footer>
    }
}

/// The presets menu; the article's scenario first. Choosing only selects; "Load" (or Enter)
/// replaces the scenario, and "Undo" puts the previous one back.
#[component]
fn PresetMenu() -> impl IntoView {
    let state = expect_context::<AppState>();
    let choice = RwSignal::new(String::new());
    let load = move || {
        let id = choice.get_untracked();
        if let Some(preset) = PRESETS.iter().find(|p| p.id == id) {
            let decoded = decode(preset.query);
            state.load_preset(preset.title, decoded.scenario, decoded.notices);
        }
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Enter" {
            ev.prevent_default();
            load();
        }
    };
    view! {
        <div class="field preset">
            <label for="preset">"Preset"</label>
            <div class="pick">
                <select id="preset" on:change=move |ev| choice.set(event_target_value(&ev)) on:keydown=on_key>
                    <option value="" selected=true>"Choose a scenario…"</option>
                    {PRESETS.iter().map(|p| view! { <option value=p.id title=p.description>{p.title}</option> }).collect_view()}
                </select>
                <button type="button" id="preset-load" on:click=move |_| load() disabled=move || choice.read().is_empty()>"Load"</button>
            </div>
        </div>
    }
}

/// "Loaded preset …" with Undo, after a preset replaced the scenario.
#[component]
fn UndoNotice() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let title = state.undo.read().as_ref().map(|(_, title)| *title);
        title.map(|title| {
            view! {
                <aside class="notices undo" role="status">
                    <p>{format!("Loaded the preset \u{201c}{title}\u{201d}; your previous scenario is kept until you dismiss this.")}</p>
                    <button type="button" id="undo-preset" on:click=move |_| state.undo_preset()>"Undo"</button>
                    " "
                    <button type="button" on:click=move |_| state.undo.set(None)>"Dismiss"</button>
                </aside>
            }
        })
    }
}

/// "Copy link" and "Embed" with a visible confirmation, and a fallback field to copy by hand.
#[component]
fn ShareButtons() -> impl IntoView {
    let state = expect_context::<AppState>();
    let status = RwSignal::new(String::new());
    let manual = RwSignal::new(None::<String>);
    let share = move |text: String, what: &'static str, lowercase: &'static str| {
        leptos::task::spawn_local(async move {
            if copy_text(text.clone()).await {
                manual.set(None);
                status.set(format!("{what} copied"));
            } else {
                manual.set(Some(text));
                status.set(format!("Copy the {lowercase} below (Ctrl+C)"));
            }
        });
    };
    let copy_link = move |_| share(absolute_link(&state, &[]), "Link", "link");
    let copy_embed = move |_| {
        let src = absolute_link(&state, &[("embed".into(), "1".into())]);
        let origin = web_sys::window().and_then(|w| w.location().origin().ok()).unwrap_or_default();
        share(embed_snippet(&src, &origin), "Embed code", "embed code");
    };
    view! {
        <div class="share">
            <button type="button" id="copy-link" on:click=copy_link>"Copy link"</button>
            <button type="button" id="copy-embed" on:click=copy_embed>"Embed"</button>
            <span class="status" role="status">{move || status.get()}</span>
            {move || manual.get().map(|text| view! { <input class="manual-copy" readonly=true value=text aria-label="Text to copy" /> })}
        </div>
    }
}

/// What the opening link could not use, dismissible.
#[component]
fn Notices() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let notices = state.notices.get();
        (!notices.is_empty()).then(|| {
            view! {
                <aside class="notices" role="alert">
                    <p>"Some parts of this link could not be used and were left at their defaults:"</p>
                    <ul>{notices.into_iter().map(|n| view! { <li><code>{n.key}</code>": "{n.message}</li> }).collect_view()}</ul>
                    <button type="button" on:click=move |_| state.notices.set(Vec::new())>"Dismiss"</button>
                </aside>
            }
        })
    }
}

/// Posts the page's height to the host page, so it can size the iframe.
fn report_height() {
    let Some(window) = web_sys::window() else { return };
    let height = window.document().and_then(|d| d.document_element()).map_or(0, |e| e.scroll_height());
    let message = js_sys::Object::new();
    js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into()).ok();
    js_sys::Reflect::set(&message, &"height".into(), &height.into()).ok();
    if let Ok(Some(parent)) = window.parent() {
        parent.post_message(&message, "*").ok();
    }
}

/// The compact view for blog posts: verdict, volume, main chart, and a link to the full calculator.
#[component]
fn EmbedView() -> impl IntoView {
    let state = expect_context::<AppState>();
    // A narrower or wider host column changes the view's height: report it again.
    let resized = RwSignal::new(0u32);
    if let Some(window) = web_sys::window() {
        EventListener::new(&window, "resize", move |_| resized.update(|n| *n += 1)).forget();
    }
    Effect::new(move |_| {
        state.evaluation.track();
        resized.track();
        // After this render has reached the DOM.
        gloo::timers::callback::Timeout::new(0, report_height).forget();
    });
    let full_link = move || absolute_link(&state, &[]);
    super::mark("app-ready");
    view! {
        <main class="embed" class:stale=move || state.evaluation.read().stale>
            <VerdictView />
            <div class="embed-inputs">{remount(move || state.workload_version.get(), VolumeField)}</div>
            <CostChartView />
            <p class="open-full">
                <a href=move || { state.scenario.track(); full_link() } target="_blank" rel="noopener">"Open in the full calculator ↗"</a>
            </p>
        </main>
    }
}
