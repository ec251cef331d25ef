//! The page's shared state: the scenario, what its evaluation gave, and input that could not be read.

use crate::engine::{evaluate, FieldError, Report};
use crate::scenario::{resolve, Notice, Scenario};
use leptos::prelude::*;

/// What the page shows for the current scenario.
#[derive(Debug, Clone, PartialEq)]
pub struct Evaluation {
    /// The last valid report (the current one unless `stale`).
    pub report: Option<Report>,
    /// Field errors of the current scenario, by engine field path.
    pub errors: Vec<FieldError>,
    /// The report is from an earlier, valid scenario.
    pub stale: bool,
}

/// Signals shared by every component (provided as context).
#[derive(Clone, Copy)]
pub struct AppState {
    pub scenario: RwSignal<Scenario>,
    /// Bumped when the scenario is replaced or options are added or removed, so the editors
    /// re-read their values; typing does not bump it, so focus stays.
    pub generation: RwSignal<u32>,
    /// Field paths whose text is not a number (kept out of the scenario).
    pub unreadable: RwSignal<Vec<String>>,
    /// What the link that opened the page could not use.
    pub notices: RwSignal<Vec<Notice>>,
    pub evaluation: Memo<Evaluation>,
}

impl AppState {
    pub fn new(scenario: Scenario, notices: Vec<Notice>) -> Self {
        let scenario = RwSignal::new(scenario);
        let unreadable = RwSignal::new(Vec::new());
        let evaluation = Memo::new(move |previous: Option<&Evaluation>| {
            let result = scenario.with(|s| resolve(s).and_then(|input| evaluate(&input)));
            let unreadable_now = unreadable.with(|u| !u.is_empty());
            match result {
                Ok(report) => Evaluation { report: Some(report), errors: Vec::new(), stale: unreadable_now },
                Err(errors) => Evaluation { report: previous.and_then(|p| p.report.clone()), errors, stale: true },
            }
        });
        Self { scenario, generation: RwSignal::new(0), unreadable, notices: RwSignal::new(notices), evaluation }
    }

    /// Replaces the whole scenario (a preset) and refreshes the editors.
    pub fn replace(&self, scenario: Scenario, notices: Vec<Notice>) {
        self.unreadable.set(Vec::new());
        self.scenario.set(scenario);
        self.notices.set(notices);
        self.generation.update(|g| *g += 1);
    }

    /// The error message for `path`, if any.
    pub fn error_for(&self, path: &str) -> Option<String> {
        self.evaluation.with(|e| e.errors.iter().find(|err| err.field == path).map(|err| err.problem.to_string()))
    }
}
