//! Options tied to a catalog provider follow its prices: an API option takes the provider's
//! price for the scenario's model, a rented option the provider's price for its GPU. Where the
//! provider lists no such price, the option is left out of the evaluation and says why; it is
//! never kept silently at a price for something else.

use super::custom::{custom_gpu_from, custom_model_from, CUSTOM_GPU_ID};
use super::{OptionSpec, Scenario, ScenarioOption};
use crate::catalog::{self, ApiPrice, RentalPrice, API_PRICES, RENTAL_PRICES, SERVERLESS_PRICES};
use crate::engine::{RentedGpus, ServerlessGpus};

/// The provider's API price for `model_id`, if listed.
fn api_row(provider: &str, model_id: &str) -> Option<&'static ApiPrice> {
    API_PRICES.iter().find(|r| r.provider == provider && r.estimator_model == Some(model_id))
}

/// The rental (or serverless) price table an option of `spec`'s kind follows.
fn price_table(spec: &OptionSpec) -> &'static [RentalPrice] {
    match spec {
        OptionSpec::Serverless { .. } => SERVERLESS_PRICES,
        _ => RENTAL_PRICES,
    }
}

/// The provider's price in `table` for `gpu`, preferring the way it is bought now (`like`).
fn rental_row(table: &'static [RentalPrice], provider: &str, gpu: &str, like: Option<&RentalPrice>) -> Option<&'static RentalPrice> {
    let rows = || table.iter().filter(move |r| r.provider == provider && r.gpu == gpu);
    let pricing = like.map(|r| r.pricing);
    rows()
        .find(|r| Some(r.pricing) == pricing)
        .or_else(|| rows().find(|r| r.pricing == catalog::Pricing::OnDemand))
        .or_else(|| rows().next())
}

impl ScenarioOption {
    /// Why this option cannot be priced for `model_id`, if it cannot: its provider lists no
    /// price for that model (API) or for its GPU (rented).
    pub fn unpriced(&self, model_id: &str) -> Option<String> {
        let provider = self.provider.as_deref()?;
        match &self.spec {
            OptionSpec::Api { .. } if api_row(provider, model_id).is_none() => {
                let model = catalog::model(model_id).map_or(model_id, |m| m.name);
                Some(format!("no {provider} price for {model} in the catalog"))
            }
            OptionSpec::Rented(RentedGpus { fleet, .. }) | OptionSpec::Serverless(ServerlessGpus { fleet, .. })
                if rental_row(price_table(&self.spec), provider, &fleet.gpu, None).is_none() =>
            {
                let gpu = catalog::gpu(&fleet.gpu).map_or(fleet.gpu.as_str(), |g| g.name);
                Some(format!("no {provider} price for {gpu} in the catalog"))
            }
            _ => None,
        }
    }

    /// Cuts the tie to the catalog provider (the user typed a price): the option keeps the name
    /// it had and its prices stay as typed.
    pub fn untie(&mut self) {
        if self.provider.is_some() {
            self.label = self.display_label();
            self.provider = None;
        }
    }

    /// Takes its provider's prices for `model_id` (API) or for its GPU (rented), keeping them
    /// when the provider lists none.
    fn follow_provider(&mut self, model_id: &str, previous_gpu: Option<&str>) {
        let Some(provider) = self.provider.clone() else { return };
        let table = price_table(&self.spec);
        match &mut self.spec {
            OptionSpec::Api(p) => {
                if let Some(r) = api_row(&provider, model_id) {
                    p.input_usd_per_mtok = r.input_usd_per_mtok;
                    p.output_usd_per_mtok = r.output_usd_per_mtok;
                    p.cached_input_usd_per_mtok = r.cached_input_usd_per_mtok;
                }
            }
            OptionSpec::Rented(RentedGpus { usd_per_gpu_hour, fleet, .. })
            | OptionSpec::Serverless(ServerlessGpus { usd_per_gpu_hour, fleet, .. }) => {
                let now = previous_gpu.and_then(|gpu| {
                    table.iter().find(|r| r.provider == provider && r.gpu == gpu && r.usd_per_gpu_hour == *usd_per_gpu_hour)
                });
                if let Some(r) = rental_row(table, &provider, &fleet.gpu, now) {
                    *usd_per_gpu_hour = r.usd_per_gpu_hour;
                }
            }
            OptionSpec::Owned { .. } => {}
        }
    }
}

impl Scenario {
    /// Switches the scenario's model; options that serve it and are tied to a provider take its
    /// price for the new model.
    pub fn set_model(&mut self, model_id: &str) {
        self.model = model_id.to_string();
        for option in self.options.iter_mut().filter(|o| o.model.is_none()) {
            option.follow_provider(model_id, None);
        }
    }

    /// Makes sure there is a custom model, starting from the scenario's model's figures, so that
    /// choosing "Custom model" never shows empty fields.
    pub fn ensure_custom_model(&mut self) {
        if self.custom_model.is_none() {
            self.custom_model = self.model_spec(&self.model).map(|m| custom_model_from(&m));
        }
    }

    /// Sets the model option `index` serves (`None`: the scenario's); tied to a provider, it
    /// takes its price for that model.
    pub fn set_option_model(&mut self, index: usize, model_id: Option<String>) {
        let model = model_id.clone().unwrap_or_else(|| self.model.clone());
        let Some(option) = self.options.get_mut(index) else { return };
        option.model = model_id;
        option.follow_provider(&model, None);
    }

    /// Switches option `index` to another GPU; a rented option tied to a provider takes its
    /// price for that GPU (bought the same way: on demand, reserved, spot). A custom GPU starts
    /// from the figures of the one it replaces, and cuts the tie: no provider prices it.
    pub fn set_gpu(&mut self, index: usize, gpu_id: &str) {
        let Some(option) = self.options.get_mut(index) else { return };
        let model = option.model.clone().unwrap_or_else(|| self.model.clone());
        if gpu_id == CUSTOM_GPU_ID {
            option.untie();
        }
        let Some(fleet) = option.spec.fleet_mut() else { return };
        fleet.custom_gpu = if gpu_id == CUSTOM_GPU_ID { fleet.gpu_spec().map(|g| custom_gpu_from(&g)) } else { None };
        let previous = std::mem::replace(&mut fleet.gpu, gpu_id.to_string());
        option.follow_provider(&model, Some(&previous));
    }

    /// The options left out of the evaluation, by index, with the reason.
    pub fn unpriced_options(&self) -> Vec<(usize, String)> {
        self.options.iter().enumerate().filter_map(|(i, o)| o.unpriced(self.model_of(o)).map(|why| (i, why))).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::OptionSpec;

    #[test]
    fn a_tied_api_follows_the_model_or_says_it_has_no_price() {
        let row = API_PRICES.iter().find(|r| r.estimator_model == Some("llama-3.3-70b")).unwrap();
        let mut s = Scenario { options: vec![], ..Scenario::default() };
        s.options.push(ScenarioOption::tied(row.provider, OptionSpec::api(9.0, 9.0)));
        s.set_model("llama-3.3-70b");
        assert_eq!(
            s.options[0].spec,
            OptionSpec::Api(crate::engine::ApiPricing {
                input_usd_per_mtok: row.input_usd_per_mtok,
                output_usd_per_mtok: row.output_usd_per_mtok,
                cached_input_usd_per_mtok: row.cached_input_usd_per_mtok,
                batch_discount: 0.0,
            })
        );
        s.options[0].provider = Some("Nobody".into());
        assert!(s.unpriced_options()[0].1.starts_with("no Nobody price for Llama"), "{:?}", s.unpriced_options());
    }

    #[test]
    fn a_tied_rental_follows_its_gpu() {
        let l40s = RENTAL_PRICES.iter().find(|r| r.gpu == "l40s" && r.provider == "RunPod").expect("RunPod L40S row");
        let mut s = Scenario { options: vec![], ..Scenario::default() };
        s.options.push(ScenarioOption::tied("RunPod", OptionSpec::rented("l40s", l40s.usd_per_gpu_hour)));
        s.set_gpu(0, "h200");
        let hr = match &s.options[0].spec {
            OptionSpec::Rented(r) => r.usd_per_gpu_hour,
            _ => unreachable!(),
        };
        match RENTAL_PRICES.iter().find(|r| r.gpu == "h200" && r.provider == "RunPod") {
            Some(r) => assert_eq!(hr, r.usd_per_gpu_hour),
            None => assert!(s.options[0].unpriced(&s.model).is_some()),
        }
        assert_ne!(hr, l40s.usd_per_gpu_hour, "never kept at the L40S price");
    }

    #[test]
    fn a_tied_serverless_option_follows_its_gpu_in_the_serverless_table() {
        let mut s = Scenario { options: vec![], ..Scenario::default() };
        s.options.push(ScenarioOption::tied("RunPod", OptionSpec::serverless("l40s", 1.908)));
        s.set_gpu(0, "h100");
        let serverless_h100 = SERVERLESS_PRICES.iter().find(|r| r.provider == "RunPod" && r.gpu == "h100").unwrap();
        match &s.options[0].spec {
            OptionSpec::Serverless(r) => assert_eq!(r.usd_per_gpu_hour, serverless_h100.usd_per_gpu_hour),
            other => panic!("{other:?}"),
        }
        assert_eq!(s.options[0].display_label(), "RunPod serverless 1×H100 BF16");
        // Replicate lists no L4: left out with the reason.
        s.options[0].provider = Some("Replicate".into());
        s.set_gpu(0, "l4");
        assert!(s.options[0].unpriced(&s.model).unwrap().starts_with("no Replicate price for NVIDIA L4"));
    }
}
