//! The page's shared state: the scenario, what its evaluation gave, and input that could not be read.

use crate::engine::report::Shortcuts;
use crate::engine::{FieldError, FieldPath, Report};
use crate::scenario::{EstimateCheck, Notice, Scenario, MAX_OPTIONS};
use crate::verdict::{answer_with, verdict_with_estimate, Verdict};
use leptos::prelude::*;

/// What the page shows for the current scenario.
#[derive(Clone)]
pub struct Evaluation {
    /// The last valid report (the current one unless `stale`).
    pub report: Option<Report>,
    /// Measured capacities against the estimator, for that report.
    pub checks: Vec<EstimateCheck>,
    /// The report with measured capacities far from the estimate replaced by it.
    pub at_estimate: Option<Report>,
    /// The verdict on `report`, with the reasons ticked now.
    pub verdict: Option<Verdict>,
    /// Field errors of the current scenario, by engine field path.
    pub errors: Vec<FieldError>,
    /// The report is from an earlier, valid scenario.
    pub stale: bool,
    /// The scenario the report is from, or one that differs from it only in volume (see
    /// [`Scenario::same_but_volume`]).
    pub from: Scenario,
}

/// Signals shared by every component (provided as context).
#[derive(Clone, Copy)]
pub struct AppState {
    pub scenario: RwSignal<Scenario>,
    /// Stepped when the workload, the model or the reasons to self-host change by something the
    /// user did not type or tick, so the workload editor and the reasons re-read their values;
    /// typing does not step it, so focus stays.
    pub workload_version: RwSignal<u32>,
    /// One counter for each place in the list of options, stepped when the option there changes
    /// by something the user did not type (added, removed, moved, re-priced), so that only its
    /// editor is drawn again and the others keep their state and focus.
    pub option_versions: [RwSignal<u32>; MAX_OPTIONS],
    /// Field paths whose text is not a number (kept out of the scenario).
    pub unreadable: RwSignal<Vec<FieldPath>>,
    /// What the link that opened the page could not use.
    pub notices: RwSignal<Vec<Notice>>,
    /// The scenario a preset replaced, and the preset's title, until undone or dismissed.
    pub undo: RwSignal<Option<(Scenario, &'static str)>>,
    pub evaluation: Memo<Evaluation>,
    /// The evaluation's field errors, changing only when they do (the editors read them).
    pub errors: RwSignal<Vec<FieldError>>,
    /// Stepped at the next animation frame after the evaluation changes, once however many changes
    /// came before it. The options' editors read their results and labels by it instead of by the
    /// evaluation, so that an edit's answer (verdict, table, charts) is written first, without the
    /// editors of options it did not touch in the input's path, and a burst of inputs redraws
    /// them once a frame.
    pub editors_tick: RwSignal<u32>,
    /// Whether the system asks for a dark theme; charts redraw when it changes.
    pub dark: RwSignal<bool>,
    /// Whether the verdict's list of every pair's break-even is open: only then are the flips
    /// of every pair worked out.
    pub every_pair_listed: RwSignal<bool>,
}

/// Steps a redraw counter.
fn step(counter: RwSignal<u32>) {
    counter.update(|n| *n = n.wrapping_add(1));
}

/// Keeps `dark` equal to the system's colour-scheme preference.
fn follow_color_scheme(dark: RwSignal<bool>) {
    let query = web_sys::window().and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten());
    if let Some(query) = query {
        dark.set(query.matches());
        let changes = query.clone();
        gloo::events::EventListener::new(&query, "change", move |_| dark.set(changes.matches())).forget();
    }
}

impl AppState {
    pub fn new(scenario: Scenario, notices: Vec<Notice>) -> Self {
        let scenario = RwSignal::new(scenario);
        let unreadable = RwSignal::new(Vec::new());
        let every_pair_listed = RwSignal::new(false);
        // Every change of the scenario gives a new evaluation, so it is never compared with the
        // previous one (comparing whole reports would cost time and code); an invalid scenario
        // keeps the previous results, moved rather than copied.
        let evaluation = Memo::new_owning(move |mut previous: Option<Evaluation>| {
            let s = scenario.read();
            // A change of volume alone leaves the charts' sweeps as they were.
            let same = previous.as_ref().is_some_and(|p| p.from.same_but_volume(&s));
            let [sweep, at_estimate_sweep] = match previous.as_mut().filter(|_| same) {
                Some(p) => [p.report.as_mut().map(|r| &mut r.sweep), p.at_estimate.as_mut().map(|r| &mut r.sweep)],
                None => [None, None],
            };
            let shortcuts = [
                Shortcuts { sweep, named_pair_flips_only: !every_pair_listed.get() },
                Shortcuts { sweep: at_estimate_sweep, named_pair_flips_only: true },
            ];
            let result = answer_with(&s, shortcuts);
            let unreadable_now = !unreadable.read().is_empty();
            let mut next = match (result, previous) {
                (Ok(a), previous) => Evaluation {
                    report: Some(a.report),
                    checks: a.checks,
                    at_estimate: a.at_estimate,
                    verdict: None,
                    errors: Vec::new(),
                    stale: unreadable_now,
                    // Copied only when more than the volume changed.
                    from: previous.filter(|_| same).map_or_else(|| s.clone(), |p| p.from),
                },
                (Err(errors), Some(p)) => Evaluation { errors, stale: true, ..p },
                (Err(errors), None) => {
                    Evaluation { report: None, checks: Vec::new(), at_estimate: None, verdict: None, errors, stale: true, from: s.clone() }
                }
            };
            next.verdict = next.report.as_ref().map(|r| verdict_with_estimate(r, &next.checks, next.at_estimate.as_ref(), &s.reasons));
            (next, true)
        });
        let dark = RwSignal::new(false);
        follow_color_scheme(dark);
        // A signal written only when the errors change: a memo would wake each of its readers (a
        // message per field, over a hundred with 12 options) on every keystroke to find them
        // unchanged.
        let errors = RwSignal::new(evaluation.read_untracked().errors.clone());
        let editors_tick = RwSignal::new(0);
        let tick_pending = std::rc::Rc::new(std::cell::Cell::new(false));
        Effect::new(move |_| {
            let now = evaluation.read().errors.clone();
            if *errors.read_untracked() != now {
                errors.set(now);
            }
            if !tick_pending.replace(true) {
                let pending = tick_pending.clone();
                request_animation_frame(move || {
                    pending.set(false);
                    step(editors_tick);
                });
            }
        });
        Self {
            scenario,
            workload_version: RwSignal::new(0),
            option_versions: std::array::from_fn(|_| RwSignal::new(0)),
            unreadable,
            notices: RwSignal::new(notices),
            undo: RwSignal::new(None),
            evaluation,
            errors,
            editors_tick,
            dark,
            every_pair_listed,
        }
    }

    /// Changes the scenario in a way the user did not type (a preset, a new or removed option, a
    /// re-priced option, another GPU or model) and redraws the editors of what it changed: the
    /// one place that redraws editors.
    pub fn rewrite(&self, change: impl FnOnce(&mut Scenario)) {
        let before = self.scenario.get_untracked();
        self.scenario.update(change);
        self.redraw_changed(&before);
    }

    /// Redraws the editors of what differs from `before` (not generic, so the page carries it once).
    fn redraw_changed(&self, before: &Scenario) {
        let after = self.scenario.read_untracked();
        let workload_changed = after.workload != before.workload
            || after.model != before.model
            || after.custom_model != before.custom_model
            || after.reasons != before.reasons;
        let changed = std::array::from_fn::<bool, MAX_OPTIONS, _>(|i| after.options.get(i) != before.options.get(i));
        drop(after);
        if workload_changed {
            step(self.workload_version);
        }
        // Text that could not be read lived in the editors drawn again: it is gone.
        self.unreadable.update(|u| u.retain(|p| p.option_index().is_none_or(|i| !changed[i])));
        for (version, _) in self.option_versions.iter().zip(changed).filter(|(_, c)| *c) {
            step(*version);
        }
    }

    /// Replaces the whole scenario with a preset's, keeping the current one for "Undo".
    pub fn load_preset(&self, title: &'static str, scenario: Scenario, notices: Vec<Notice>) {
        let previous = self.scenario.get_untracked();
        self.undo.set(Some((previous, title)));
        self.replace(scenario, notices);
    }

    /// Puts back the scenario a preset replaced.
    pub fn undo_preset(&self) {
        if let Some((previous, _)) = self.undo.get_untracked() {
            self.undo.set(None);
            self.replace(previous, Vec::new());
        }
    }

    /// Replaces the whole scenario and refreshes the editors.
    pub fn replace(&self, scenario: Scenario, notices: Vec<Notice>) {
        self.unreadable.set(Vec::new());
        self.notices.set(notices);
        self.rewrite(|s| *s = scenario);
    }

    /// Moves keyboard focus to the element `id` once the editors have been redrawn.
    pub fn focus_soon(id: String) {
        gloo::timers::callback::Timeout::new(0, move || {
            let element = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(&id));
            if let Some(element) = element.and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok()) {
                element.focus().ok();
            }
        })
        .forget();
    }

    /// The error message for `path`, if any.
    pub fn error_for(&self, path: FieldPath) -> Option<String> {
        self.errors.read().iter().find(|err| err.field == path).map(|err| err.problem.to_string())
    }
}
