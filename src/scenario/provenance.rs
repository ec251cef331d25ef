//! Which catalog row an option's figures come from, for its source line on the page and in
//! `llmcost eval`.

use super::{OptionSpec, ScenarioOption};
use crate::catalog::{api_price_source, purchase_price_source, rental_price_source, serverless_price_source, Provenance};

impl ScenarioOption {
    /// The catalog row this option's price comes from, if it matches one exactly.
    pub fn provenance(&self) -> Option<Provenance> {
        let who = self.provider.as_deref().unwrap_or(&self.label);
        match &self.spec {
            OptionSpec::Api(p) => api_price_source(who, p.input_usd_per_mtok, p.output_usd_per_mtok),
            OptionSpec::Rented(r) => rental_price_source(&r.fleet.gpu, r.usd_per_gpu_hour),
            OptionSpec::Serverless(r) => serverless_price_source(&r.fleet.gpu, r.usd_per_gpu_hour),
            OptionSpec::Owned(o) => purchase_price_source(&o.fleet.gpu, o.usd_per_gpu),
        }
    }
}
