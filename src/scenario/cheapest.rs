//! The catalog's offers for the engine's search for the cheapest self-hosted setup: every rental
//! row (tied to its provider) and every purchase row (at the middle of its price range, with the
//! scenario's defaults for power and write-off), and each candidate as an option to add.

use super::{encode, resolve, CapacitySpec, OptionSpec, Scenario, ScenarioOption};
use crate::catalog::{self, PURCHASE_PRICES, RENTAL_PRICES};
use crate::engine::cheapest::{cheapest, Candidate, Offer};
use crate::engine::cost_model::CostModel;
use crate::engine::report::cost_models;
use crate::engine::throughput::Precision;

/// A candidate with the option that adds it to the scenario.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct FoundSetup {
    pub candidate: Candidate,
    /// "RunPod", or "Own" for a purchase.
    pub provider: String,
    /// GPU id.
    pub gpu: &'static str,
    pub option: ScenarioOption,
}

/// Every catalog offer as an option, on one GPU, estimating its capacity in bf16.
fn catalog_offers() -> Vec<ScenarioOption> {
    let estimated = |mut spec: OptionSpec| {
        if let Some(fleet) = spec.fleet_mut() {
            fleet.capacity = CapacitySpec::Estimated { weights: Precision::Bf16, kv: None, concurrency: None };
        }
        spec
    };
    let rented = RENTAL_PRICES.iter().map(|r| ScenarioOption::tied(r.provider, estimated(OptionSpec::rented(r.gpu, r.usd_per_gpu_hour))));
    let owned = PURCHASE_PRICES
        .iter()
        .map(|r| ScenarioOption::new("", estimated(OptionSpec::owned(r.gpu, (r.usd_low + r.usd_high) / 2.0, r.watts))));
    rented.chain(owned).collect()
}

impl Scenario {
    /// The cheapest ways to self-host this scenario's model at its volume, peak and speed target,
    /// from the catalog: at most `top`, cheapest first; `quantised` allows 4-bit weights.
    pub fn cheapest_setups(&self, quantised: bool, top: usize) -> Vec<FoundSetup> {
        let api_usd_per_token = resolve(self).ok().and_then(|input| cost_models(&input).ok()).and_then(|models| {
            models
                .iter()
                .filter_map(|m| match m {
                    CostModel::Linear { usd_per_token } => Some(*usd_per_token),
                    _ => None,
                })
                .min_by(f64::total_cmp)
        });
        self.cheapest_setups_against(api_usd_per_token, quantised, top)
    }

    /// [`Scenario::cheapest_setups`] with the cheapest API's price already known ($ per token),
    /// as the page has it from its report.
    pub fn cheapest_setups_against(&self, api_usd_per_token: Option<f64>, quantised: bool, top: usize) -> Vec<FoundSetup> {
        let Some(model) = self.model_spec(&self.model) else { return Vec::new() };
        let Ok(input) = resolve(self) else { return Vec::new() };
        let options = catalog_offers();
        let Ok(offer_input) = resolve(&Scenario { options: options.clone(), ..self.clone() }) else { return Vec::new() };
        let offers: Vec<Offer> = offer_input
            .options
            .into_iter()
            .zip(&options)
            .filter_map(|(o, s)| Some(Offer { gpu: *catalog::gpu(&s.spec.fleet()?.gpu)?, option: o.kind }))
            .collect();
        cheapest(&model, &input.workload, &offers, api_usd_per_token, quantised, top)
            .into_iter()
            .map(|candidate| {
                let mut option = options[candidate.offer].clone();
                if let Some(fleet) = option.spec.fleet_mut() {
                    fleet.gpus_per_replica = candidate.gpus_per_replica;
                    fleet.capacity = CapacitySpec::Estimated { weights: candidate.precision, kv: None, concurrency: None };
                }
                let gpu = catalog::gpu(option.spec.fleet().map_or("", |f| f.gpu.as_str())).map_or("", |g| g.id);
                FoundSetup { provider: option.provider.clone().unwrap_or_else(|| "Own".into()), gpu, option, candidate }
            })
            .collect()
    }

    /// The link of this scenario with `setup` added as its last option.
    pub fn link_with(&self, setup: &FoundSetup) -> String {
        let mut s = self.clone();
        s.options.push(setup.option.clone());
        encode(&s)
    }
}
