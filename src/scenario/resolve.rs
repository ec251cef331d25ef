//! From the scenario the user set to the engine's input: catalog ids become specs, and every
//! field is validated by the engine's own rules.

use super::{CapacitySpec, FleetSpec, OptionSpec, Scenario};
use crate::catalog;
use crate::engine::report::option_id;
use crate::engine::throughput::{ModelSpec, ThroughputQuery};
use crate::engine::{Capacity, EngineInput, FieldError, Fleet, OptionInput, OptionKind, Problem};

/// The engine input for `scenario`, or every field error (field paths as the engine names them:
/// `workload.tokens_per_day`, `options[2].usd_per_gpu_hour`, `model`). Options whose provider
/// has no price for the model or GPU ([`Scenario::unpriced_options`]) are left out; the others
/// keep their place in their id (`o3`).
pub fn resolve(scenario: &Scenario) -> Result<EngineInput, Vec<FieldError>> {
    let workload = scenario.workload;
    let mut errors = workload.validate().err().unwrap_or_default();
    let mut options = Vec::with_capacity(scenario.options.len());
    let models_differ = scenario.models_differ();
    for (i, option) in scenario.options.iter().enumerate() {
        // Tied to a provider with no price here: left out, and shown with the reason.
        let model_id = scenario.model_of(option);
        if option.unpriced(model_id).is_some() {
            continue;
        }
        let fleet = |spec: &FleetSpec| fleet_input(spec, scenario.model_spec(model_id));
        let kind = match &option.spec {
            OptionSpec::Api(pricing) => Ok(OptionKind::Api(*pricing)),
            OptionSpec::Rented(r) => fleet(&r.fleet).map(|f| OptionKind::Rented(r.with_fleet(f))),
            OptionSpec::Serverless(r) => fleet(&r.fleet).map(|f| OptionKind::Serverless(r.with_fleet(f))),
            OptionSpec::Owned(o) => fleet(&o.fleet).map(|f| OptionKind::Owned(o.with_fleet(f))),
        };
        match kind {
            Ok(kind) => {
                let input = OptionInput { id: option_id(i), label: scenario.result_label(option, models_differ), kind };
                if let Err(option_errors) = input.validate() {
                    errors.extend(option_errors.into_iter().map(|e| e.within(i)));
                }
                options.push(input);
            }
            Err(e) => errors.push(e.within(i)),
        }
    }
    if errors.is_empty() {
        Ok(EngineInput { workload, options })
    } else {
        Err(errors)
    }
}

fn fleet_input(fleet: &FleetSpec, model: Option<ModelSpec>) -> Result<Fleet, FieldError> {
    let gpu = fleet.gpu_spec();
    let capacity = match &fleet.capacity {
        CapacitySpec::Measured { tokens_per_day } => Capacity::Measured { tokens_per_day: *tokens_per_day },
        CapacitySpec::Estimated { weights, kv, concurrency } => {
            let model = model.ok_or_else(|| FieldError::new("model", Problem::UnknownId { valid: catalog::model_ids() }))?;
            let gpu = gpu.ok_or_else(|| FieldError::new("gpu", Problem::UnknownId { valid: catalog::gpu_ids() }))?;
            Capacity::Estimated(Box::new(ThroughputQuery {
                model,
                gpu,
                gpus: fleet.gpus_per_replica,
                weights: *weights,
                kv: kv.unwrap_or(weights.default_kv()),
                concurrency: *concurrency,
            }))
        }
    };
    Ok(Fleet {
        gpus_per_replica: fleet.gpus_per_replica,
        min_replicas: fleet.min_replicas,
        ops_usd_per_month: fleet.ops_usd_per_month,
        // For the energy figures; an owned option's own power figure takes precedence.
        watts_per_gpu: gpu.map_or(0.0, |g| g.tdp_w),
        capacity,
    })
}
