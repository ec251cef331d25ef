//! From the scenario the user set to the engine's input: catalog ids become specs, and every
//! field is validated by the engine's own rules.

use super::{CapacitySpec, FleetSpec, OptionSpec, Scenario};
use crate::catalog;
use crate::engine::report::option_id;
use crate::engine::throughput::ThroughputQuery;
use crate::engine::{
    ApiPricing, Capacity, EngineInput, FieldError, Fleet, OptionInput, OptionKind, OwnedGpus, Problem, RentedGpus, ServerlessGpus, Workload,
};

/// The engine input for `scenario`, or every field error (field paths as the engine names them:
/// `workload.tokens_per_day`, `options[2].usd_per_gpu_hour`, `model`). Options whose provider
/// has no price for the model or GPU ([`Scenario::unpriced_options`]) are left out; the others
/// keep their place in their id (`o3`).
pub fn resolve(scenario: &Scenario) -> Result<EngineInput, Vec<FieldError>> {
    let workload = Workload {
        tokens_per_day: scenario.tokens_per_day,
        input_tokens_per_request: scenario.input_tokens,
        output_tokens_per_request: scenario.output_tokens,
        cached_input_share: scenario.cached_share,
        traffic_hours_per_day: scenario.traffic_hours,
        peak_to_average: scenario.peak_to_average,
        speed_target_tokens_per_s: scenario.speed_tokens_per_s,
    };
    let mut errors = workload.validate().err().unwrap_or_default();
    let mut options = Vec::with_capacity(scenario.options.len());
    for (i, option) in scenario.options.iter().enumerate() {
        // Tied to a provider with no price here: left out, and shown with the reason.
        if option.unpriced(&scenario.model).is_some() {
            continue;
        }
        let kind = match &option.spec {
            OptionSpec::Api { input_usd_per_mtok, output_usd_per_mtok, cached_input_usd_per_mtok, batch_discount } => {
                Ok(OptionKind::Api(ApiPricing {
                    input_usd_per_mtok: *input_usd_per_mtok,
                    output_usd_per_mtok: *output_usd_per_mtok,
                    cached_input_usd_per_mtok: *cached_input_usd_per_mtok,
                    batch_discount: *batch_discount,
                }))
            }
            OptionSpec::Rented { usd_per_gpu_hour, billed_hours_per_day, discount, fleet } => {
                fleet_input(fleet, &scenario.model).map(|fleet| {
                    OptionKind::Rented(RentedGpus {
                        usd_per_gpu_hour: *usd_per_gpu_hour,
                        billed_hours_per_day: *billed_hours_per_day,
                        discount: *discount,
                        fleet,
                    })
                })
            }
            OptionSpec::Serverless { usd_per_gpu_hour, cold_start_s, idle_timeout_s, max_workers, fleet } => {
                fleet_input(fleet, &scenario.model).map(|fleet| {
                    OptionKind::Serverless(ServerlessGpus {
                        usd_per_gpu_hour: *usd_per_gpu_hour,
                        cold_start_s: *cold_start_s,
                        idle_timeout_s: *idle_timeout_s,
                        max_workers: *max_workers,
                        fleet,
                    })
                })
            }
            OptionSpec::Owned {
                usd_per_gpu,
                server_usd_per_gpu,
                amortization_years,
                watts_per_gpu,
                pue,
                usd_per_kwh,
                hosting_usd_per_gpu_month,
                powered_hours_per_day,
                resale_usd_per_gpu,
                sunk,
                fleet,
            } => fleet_input(fleet, &scenario.model).map(|fleet| {
                OptionKind::Owned(OwnedGpus {
                    usd_per_gpu: *usd_per_gpu,
                    server_usd_per_gpu: *server_usd_per_gpu,
                    amortization_years: *amortization_years,
                    watts_per_gpu: *watts_per_gpu,
                    pue: *pue,
                    usd_per_kwh: *usd_per_kwh,
                    hosting_usd_per_gpu_month: *hosting_usd_per_gpu_month,
                    powered_hours_per_day: *powered_hours_per_day,
                    resale_usd_per_gpu: *resale_usd_per_gpu,
                    sunk: *sunk,
                    fleet,
                })
            }),
        };
        let prefix = format!("options[{i}]");
        match kind {
            Ok(kind) => {
                let input = OptionInput { id: option_id(i), label: option.display_label(), kind };
                if let Err(option_errors) = input.validate() {
                    errors.extend(option_errors.into_iter().map(|e| e.within(&prefix)));
                }
                options.push(input);
            }
            Err(e) => errors.push(e.within(&prefix)),
        }
    }
    if errors.is_empty() {
        Ok(EngineInput { workload, options })
    } else {
        Err(errors)
    }
}

fn fleet_input(fleet: &FleetSpec, model_id: &str) -> Result<Fleet, FieldError> {
    let capacity = match &fleet.capacity {
        CapacitySpec::Measured { tokens_per_day } => Capacity::Measured { tokens_per_day: *tokens_per_day },
        CapacitySpec::Estimated { weights, kv, concurrency } => {
            let model =
                catalog::model(model_id).ok_or_else(|| FieldError::new("model", Problem::UnknownId { valid: catalog::model_ids() }))?;
            let gpu = catalog::gpu(&fleet.gpu).ok_or_else(|| FieldError::new("gpu", Problem::UnknownId { valid: catalog::gpu_ids() }))?;
            Capacity::Estimated(Box::new(ThroughputQuery {
                model: *model,
                gpu: *gpu,
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
        watts_per_gpu: catalog::gpu(&fleet.gpu).map_or(0.0, |g| g.tdp_w),
        capacity,
    })
}
