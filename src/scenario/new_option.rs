//! Options as they are added: from a catalog row (tied to its provider, named from its
//! settings) or custom, and set up to estimate their throughput at the GPU's native precision on
//! the fewest GPUs that hold the model. The page and `llmcost` share these decisions.

use super::{CapacitySpec, FleetSpec, OptionSpec, Scenario, ScenarioOption};
use crate::catalog::{API_PRICES, PURCHASE_PRICES, RENTAL_PRICES, SERVERLESS_PRICES};
use crate::engine::option::MAX_GPUS_PER_REPLICA;
use crate::engine::throughput::{smallest_fitting_gpu_count, Derating, Precision};
use crate::engine::ApiPricing;

/// The best precision a fleet's GPU computes in natively: fp8 where it has it, else bf16.
pub fn native_precision(fleet: &FleetSpec) -> Precision {
    match fleet.gpu_spec() {
        Some(g) if g.fp8_tflops.is_some() => Precision::Fp8,
        _ => Precision::Bf16,
    }
}

/// A catalog row or a custom option, as the "Add an option" menu offers them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NewOption {
    /// Row of [`API_PRICES`].
    Api(usize),
    /// Row of [`RENTAL_PRICES`].
    Rental(usize),
    /// Row of [`SERVERLESS_PRICES`].
    Serverless(usize),
    /// Row of [`PURCHASE_PRICES`].
    Purchase(usize),
    CustomApi,
    CustomRented,
    CustomServerless,
    CustomOwned,
}

impl NewOption {
    /// The menu value: `api:3`, `rent:7`, `sls:1`, `own:2`, `custom:api`, `custom:rent`,
    /// `custom:sls`, `custom:own`.
    pub fn id(self) -> String {
        match self {
            NewOption::Api(i) => format!("api:{i}"),
            NewOption::Rental(i) => format!("rent:{i}"),
            NewOption::Serverless(i) => format!("sls:{i}"),
            NewOption::Purchase(i) => format!("own:{i}"),
            NewOption::CustomApi => "custom:api".into(),
            NewOption::CustomRented => "custom:rent".into(),
            NewOption::CustomServerless => "custom:sls".into(),
            NewOption::CustomOwned => "custom:own".into(),
        }
    }

    /// Reads a menu value back.
    pub fn parse(value: &str) -> Option<Self> {
        let (group, index) = value.split_once(':')?;
        let row = index.parse::<usize>().ok();
        Some(match (group, index, row) {
            ("api", _, Some(i)) if i < API_PRICES.len() => NewOption::Api(i),
            ("rent", _, Some(i)) if i < RENTAL_PRICES.len() => NewOption::Rental(i),
            ("sls", _, Some(i)) if i < SERVERLESS_PRICES.len() => NewOption::Serverless(i),
            ("own", _, Some(i)) if i < PURCHASE_PRICES.len() => NewOption::Purchase(i),
            ("custom", "api", _) => NewOption::CustomApi,
            ("custom", "rent", _) => NewOption::CustomRented,
            ("custom", "sls", _) => NewOption::CustomServerless,
            ("custom", "own", _) => NewOption::CustomOwned,
            _ => return None,
        })
    }
}

impl Scenario {
    /// Fewest GPUs (up to one machine's 8) that hold the model `model_id` on `fleet`'s GPU in
    /// `weights`.
    pub fn fitting_gpus(&self, model_id: &str, fleet: &FleetSpec, weights: Precision) -> Option<u32> {
        let (model, gpu) = (self.model_spec(model_id)?, fleet.gpu_spec()?);
        let sequence = self.workload.input_tokens_per_request + self.workload.output_tokens_per_request;
        smallest_fitting_gpu_count(&model, &gpu, weights, weights.default_kv(), sequence, &Derating::default())
    }

    /// `spec` set to estimate its capacity at its GPU's native precision on the fewest GPUs that
    /// hold the model (all 8 when none do, so that the option says how much it lacks).
    pub fn estimated(&self, mut spec: OptionSpec) -> OptionSpec {
        if let Some(fleet) = spec.fleet_mut() {
            let weights = native_precision(fleet);
            fleet.capacity = CapacitySpec::Estimated { weights, kv: None, concurrency: None };
            fleet.gpus_per_replica = self.fitting_gpus(&self.model, fleet, weights).unwrap_or(MAX_GPUS_PER_REPLICA);
        }
        spec
    }

    /// The option `new` adds to this scenario.
    pub fn new_option(&self, new: NewOption) -> Option<ScenarioOption> {
        Some(match new {
            NewOption::Api(i) => {
                let r = API_PRICES.get(i)?;
                ScenarioOption::tied(
                    r.provider,
                    OptionSpec::Api(ApiPricing {
                        input_usd_per_mtok: r.input_usd_per_mtok,
                        output_usd_per_mtok: r.output_usd_per_mtok,
                        cached_input_usd_per_mtok: r.cached_input_usd_per_mtok,
                        batch_discount: 0.0,
                    }),
                )
            }
            NewOption::Rental(i) => {
                let r = RENTAL_PRICES.get(i)?;
                ScenarioOption::tied(r.provider, self.estimated(OptionSpec::rented(r.gpu, r.usd_per_gpu_hour)))
            }
            NewOption::Serverless(i) => {
                let r = SERVERLESS_PRICES.get(i)?;
                ScenarioOption::tied(r.provider, self.estimated(OptionSpec::serverless(r.gpu, r.usd_per_gpu_hour)))
            }
            NewOption::Purchase(i) => {
                let r = PURCHASE_PRICES.get(i)?;
                ScenarioOption::new("", self.estimated(OptionSpec::owned(r.gpu, (r.usd_low + r.usd_high) / 2.0, r.watts)))
            }
            NewOption::CustomApi => ScenarioOption::new("", OptionSpec::api(1.0, 1.0)),
            NewOption::CustomRented => ScenarioOption::new("", self.estimated(OptionSpec::rented("h100", 2.0))),
            NewOption::CustomServerless => ScenarioOption::new("", self.estimated(OptionSpec::serverless("h100", 4.0))),
            NewOption::CustomOwned => ScenarioOption::new("", self.estimated(OptionSpec::owned("h100", 25_000.0, 700.0))),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rented_row_is_tied_named_and_fitted() {
        let i = RENTAL_PRICES.iter().position(|r| r.provider == "RunPod" && r.gpu == "l40s").unwrap();
        let s = Scenario::default();
        let o = s.new_option(NewOption::parse(&NewOption::Rental(i).id()).unwrap()).unwrap();
        assert_eq!(o.provider.as_deref(), Some("RunPod"));
        // Llama 3.3 70B in FP8 needs at least two 48 GB L40S.
        assert_eq!(o.display_label(), format!("RunPod {}×L40S FP8", o.spec.fleet().unwrap().gpus_per_replica));
        assert!(o.spec.fleet().unwrap().gpus_per_replica >= 2);
        assert_eq!(NewOption::parse("api:999999"), None);
    }
}
