//! "Cheapest ways to self-host this": the engine's search over the catalog, run only while the
//! panel is open (off the keystroke path until then), each setup addable with one click.

use super::options::restructure;
use super::state::AppState;
use crate::display::{tokens, usd};
use crate::scenario::MAX_OPTIONS;
use leptos::prelude::*;

/// Setups listed.
const SHOWN: usize = 5;

#[component]
pub fn CheapestPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let open = RwSignal::new(false);
    let quantised = RwSignal::new(true);
    let rows = move || {
        if !open.get() {
            return None;
        }
        // The cheapest API's price per token, from the report already on the page.
        let api = state.evaluation.read().report.as_ref().and_then(|r| r.cheapest_api_usd_per_token());
        let found = state.scenario.read().cheapest_setups_against(api, quantised.get(), SHOWN);
        Some(
            found
                .into_iter()
                .map(|f| {
                    let c = &f.candidate;
                    let text = format!(
                        "{}{} · {} replicas · {}/day ({}–{}) · {}/M tokens · {:.0} tok/s per user · {}",
                        f.option.display_label(),
                        if c.quantised { " (4-bit: quality may drop)" } else { "" },
                        c.replicas,
                        usd(c.cost_per_day_usd),
                        usd(c.cost_per_day_usd_range[0]),
                        usd(c.cost_per_day_usd_range[1]),
                        usd(c.cost_per_mtok_usd),
                        c.user_tokens_per_s,
                        c.break_even_tokens_per_day
                            .map_or("never beats the cheapest API".into(), |v| format!("beats the cheapest API above {}/day", tokens(v))),
                    );
                    let option = f.option;
                    let add = move |_| {
                        let option = option.clone();
                        restructure(state, move |options| {
                            if options.len() < MAX_OPTIONS {
                                options.push(option)
                            }
                        })
                    };
                    view! { <li>{text}" "<button type="button" on:click=add>"Add"</button></li> }
                })
                .collect_view(),
        )
    };
    view! {
        <details class="card cheapest" id="cheapest" on:toggle=move |ev| open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())>
            <summary>"Cheapest ways to self-host this: every catalog rental and purchase, GPU count and precision"</summary>
            <label><input type="checkbox" id="cheapest-quantised" prop:checked=quantised on:change=move |ev| quantised.set(event_target_checked(&ev)) />" Include 4-bit weights"</label>
            <ol id="cheapest-list">{rows}</ol>
        </details>
    }
}
