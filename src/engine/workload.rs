//! The workload a scenario must serve: how many tokens a day, their input/output mix, the share
//! of input served from a prompt cache, and the traffic shape that self-hosted capacity must cover.

use super::domain;
use super::error::{Checks, FieldError};
use super::units::HOURS_PER_DAY;

/// Most tokens per day the engine accepts.
pub const MAX_TOKENS_PER_DAY: f64 = domain::TOKENS_PER_DAY.max;

/// What is served each day.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct Workload {
    /// Tokens per day, input plus output. Default 1,000,000 (the article's volume).
    pub tokens_per_day: f64,
    /// Mean input (prompt) tokens per request. Default 1,000.
    pub input_tokens_per_request: f64,
    /// Mean output (generated) tokens per request. Default 1,000.
    pub output_tokens_per_request: f64,
    /// Share of input tokens served from a prompt cache, 0–1. Default 0.
    pub cached_input_share: f64,
    /// Hours per day during which traffic arrives, 1–24. Default 24.
    pub traffic_hours_per_day: f64,
    /// Peak request rate over the average rate within the traffic hours, ≥ 1. Default 1.
    pub peak_to_average: f64,
    /// Output tokens per second each user must see, if promised. Default none.
    pub speed_target_tokens_per_s: Option<f64>,
}

impl Default for Workload {
    fn default() -> Self {
        Self {
            tokens_per_day: 1e6,
            input_tokens_per_request: 1000.0,
            output_tokens_per_request: 1000.0,
            cached_input_share: 0.0,
            traffic_hours_per_day: 24.0,
            peak_to_average: 1.0,
            speed_target_tokens_per_s: None,
        }
    }
}

impl Workload {
    /// Checks every field; all errors are returned together.
    pub fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut c = Checks::default();
        c.domain("workload.tokens_per_day", self.tokens_per_day, &domain::TOKENS_PER_DAY);
        c.domain("workload.input_tokens_per_request", self.input_tokens_per_request, &domain::INPUT_TOKENS);
        c.domain("workload.output_tokens_per_request", self.output_tokens_per_request, &domain::OUTPUT_TOKENS);
        c.domain("workload.cached_input_share", self.cached_input_share, &domain::SHARE);
        c.domain("workload.traffic_hours_per_day", self.traffic_hours_per_day, &domain::HOURS_PER_DAY);
        c.domain("workload.peak_to_average", self.peak_to_average, &domain::PEAK_TO_AVERAGE);
        if let Some(speed) = self.speed_target_tokens_per_s {
            c.domain("workload.speed_target_tokens_per_s", speed, &domain::SPEED_TOKENS_PER_S);
        }
        c.finish(())
    }

    /// The same workload at another volume.
    pub fn at_volume(&self, tokens_per_day: f64) -> Self {
        Self { tokens_per_day, ..*self }
    }

    /// Share of all tokens that are output tokens, 0–1.
    pub fn output_share(&self) -> f64 {
        self.output_tokens_per_request / (self.input_tokens_per_request + self.output_tokens_per_request)
    }

    /// Input tokens per day.
    pub fn input_tokens_per_day(&self) -> f64 {
        self.tokens_per_day * (1.0 - self.output_share())
    }

    /// Output tokens per day.
    pub fn output_tokens_per_day(&self) -> f64 {
        self.tokens_per_day * self.output_share()
    }

    /// Token rate at the daily peak, in tokens/s: the daily volume spread over the traffic hours,
    /// times the peak-to-average ratio.
    pub fn peak_tokens_per_s(&self) -> f64 {
        self.tokens_per_day / (self.traffic_hours_per_day * 3600.0) * self.peak_to_average
    }

    /// Peak rate over the round-the-clock average rate (≥ 1): how much more capacity than the
    /// daily volume the peak needs.
    pub fn peak_factor(&self) -> f64 {
        self.peak_to_average * HOURS_PER_DAY / self.traffic_hours_per_day
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_volume_by_mix() {
        let w = Workload { input_tokens_per_request: 3000.0, output_tokens_per_request: 1000.0, ..Workload::default() };
        assert_eq!(w.input_tokens_per_day(), 750_000.0);
        assert_eq!(w.output_tokens_per_day(), 250_000.0);
    }

    #[test]
    fn peak_covers_traffic_hours_and_ratio() {
        let w = Workload { tokens_per_day: 8.64e6, traffic_hours_per_day: 12.0, peak_to_average: 2.0, ..Workload::default() };
        assert_eq!(w.peak_tokens_per_s(), 400.0);
        assert_eq!(w.peak_factor(), 4.0);
    }

    #[test]
    fn validation_lists_every_bad_field() {
        let w = Workload { tokens_per_day: f64::NAN, cached_input_share: 2.0, ..Workload::default() };
        let errors = w.validate().unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.field.to_string()).collect();
        assert_eq!(fields, ["workload.tokens_per_day", "workload.cached_input_share"]);
    }
}
