//! Drawing a part of the page afresh when the scenario is replaced.

use leptos::either::Either;
use leptos::prelude::*;

/// Renders `view` afresh — new elements, new component state — whenever the counter `key`
/// steps. Editors use it so that after a preset or a structural change their inputs show the
/// scenario again: rebuilding in place would keep whatever the user had typed into an input.
/// (Each step flips between the two sides of an `Either`, which never rebuilds one side from the
/// other; a keyed list would do the same at several times the code size.)
pub fn remount<V: IntoView + 'static>(
    key: impl Fn() -> u32 + Send + Sync + 'static,
    view: impl Fn() -> V + Send + Sync + 'static,
) -> impl IntoView {
    move || if key() % 2 == 0 { Either::Left(view()) } else { Either::Right(view()) }
}
