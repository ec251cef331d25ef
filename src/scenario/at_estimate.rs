//! A measured capacity set against what the estimator expects for the same model on the same
//! GPUs, and the scenario with the measured figures that lie far outside the estimator's band
//! replaced by the estimate: the article's "one A100 serves 1M tokens a day" meets batched serving.

use super::new_option::native_precision;
use super::{CapacitySpec, Scenario};
use crate::engine::throughput::{estimate, Precision, ThroughputEstimate, ThroughputQuery, MEASURED_OVER_ESTIMATED};
use crate::engine::EngineInput;

/// How far outside the estimator's band a measured capacity per GPU must lie to be called out:
/// below half its low end or above twice its high end.
pub const FAR_OUTSIDE_FACTOR: f64 = 2.0;

/// One option's measured capacity against the estimator.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct EstimateCheck {
    /// The option's place in the scenario.
    pub index: usize,
    /// What the option says one replica serves, tokens/day.
    pub measured_tokens_per_day: f64,
    /// GPUs the estimate uses: the option's, or more when the model needs them.
    pub gpus: u32,
    /// The GPU's name.
    pub gpu_name: &'static str,
    /// The name of the model the option serves.
    pub model_name: &'static str,
    /// The GPU's native precision, in which the estimate runs.
    pub weights: Precision,
    pub estimate: ThroughputEstimate,
    /// The estimator's band for a replica of `gpus` GPUs, tokens/day.
    pub estimated_tokens_per_day_range: [f64; 2],
    /// The estimate per GPU over the measured figure per GPU.
    pub estimate_over_measured_per_gpu: f64,
    /// Whether the measured figure per GPU lies far outside the band per GPU.
    pub far_outside: bool,
}

impl Scenario {
    /// Every measured capacity on a catalog GPU, checked against the estimator; `input` is this
    /// scenario resolved (its caller has it already).
    pub fn estimate_checks(&self, input: &EngineInput) -> Vec<EstimateCheck> {
        let mut checks = Vec::new();
        for (index, option) in self.options.iter().enumerate() {
            let Some(fleet) = option.spec.fleet() else { continue };
            let CapacitySpec::Measured { tokens_per_day } = fleet.capacity else { continue };
            let model_id = self.model_of(option);
            let (Some(model), Some(gpu)) = (self.model_spec(model_id), fleet.gpu_spec()) else { continue };
            let weights = native_precision(fleet);
            let Some(fitting) = self.fitting_gpus(model_id, fleet, weights) else { continue };
            let gpus = fleet.gpus_per_replica.max(fitting);
            let query = ThroughputQuery { model, gpu, gpus, weights, kv: weights.default_kv(), concurrency: None };
            let Ok(e) = estimate(&query, &input.workload) else { continue };
            let range = MEASURED_OVER_ESTIMATED.map(|f| e.tokens_per_day * f);
            let measured_per_gpu = tokens_per_day / fleet.gpus_per_replica as f64;
            let [lo, hi] = range.map(|r| r / gpus as f64);
            checks.push(EstimateCheck {
                index,
                measured_tokens_per_day: tokens_per_day,
                gpus,
                gpu_name: gpu.name,
                model_name: model.name,
                weights,
                estimate_over_measured_per_gpu: e.tokens_per_day / gpus as f64 / measured_per_gpu,
                estimated_tokens_per_day_range: range,
                far_outside: measured_per_gpu < lo / FAR_OUTSIDE_FACTOR || measured_per_gpu > hi * FAR_OUTSIDE_FACTOR,
                estimate: e,
            });
        }
        checks
    }

    /// This scenario with every measured capacity that lies far outside the estimator's band
    /// estimated instead (same GPU, its native precision, at least the GPUs that fit); `None`
    /// when there is none.
    pub fn at_estimate(&self, checks: &[EstimateCheck]) -> Option<Scenario> {
        let mut s = self.clone();
        let mut changed = false;
        for check in checks.iter().filter(|c| c.far_outside) {
            let Some(fleet) = s.options.get_mut(check.index).and_then(|o| o.spec.fleet_mut()) else { continue };
            fleet.capacity = CapacitySpec::Estimated { weights: check.weights, kv: None, concurrency: None };
            fleet.gpus_per_replica = check.gpus;
            changed = true;
        }
        changed.then_some(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::resolve;

    #[test]
    fn the_articles_a100s_lie_far_below_the_estimate() {
        let s = Scenario::default();
        let checks = s.estimate_checks(&resolve(&s).unwrap());
        assert_eq!(checks.iter().map(|c| c.index).collect::<Vec<_>>(), [2, 3]);
        assert!(checks.iter().all(|c| c.far_outside && c.estimate_over_measured_per_gpu > 10.0), "{checks:?}");
        let estimated = s.at_estimate(&checks).unwrap();
        assert!(matches!(estimated.options[3].spec.fleet().unwrap().capacity, CapacitySpec::Estimated { .. }));
        assert_eq!(estimated.options[0], s.options[0], "APIs unchanged");
    }
}
