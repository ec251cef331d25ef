//! The shareable scenario: what the user set, with its defaults, the link codec and the
//! resolution into engine input. Both the page and the command-line tool read scenarios here,
//! and only here are links built.

mod at_estimate;
mod cheapest;
mod codec;
pub mod custom;
pub mod embed;
pub mod fields;
mod label;
pub mod new_option;
mod number;
mod provenance;
mod repair;
mod resolve;
mod tie;

pub use at_estimate::{EstimateCheck, FAR_OUTSIDE_FACTOR};
pub use cheapest::FoundSetup;
pub use codec::{
    custom_gpu_keys, custom_model_keys, decode, encode, link_with_view, Decoded, Notice, LINK_VERSION, MAX_LABEL_CHARS, MAX_LINK_BYTES,
    MAX_OPTIONS,
};
pub use number::{format_exact, parse_number};
pub use resolve::resolve;

use crate::engine::throughput::{GpuSpec, ModelSpec, Precision};
use crate::engine::{ApiPricing, OwnedGpus, RentedGpus, ServerlessGpus, Workload};

/// Defaults of link version 1. They are part of the link format: changing one changes the meaning
/// of every link that omits it, so they never change within a version.
pub mod defaults {
    pub const TOKENS_PER_DAY: f64 = 1e6;
    pub const INPUT_TOKENS: f64 = 1000.0;
    pub const OUTPUT_TOKENS: f64 = 1000.0;
    pub const CACHED_SHARE: f64 = 0.0;
    pub const TRAFFIC_HOURS: f64 = 24.0;
    pub const PEAK_TO_AVERAGE: f64 = 1.0;
    pub const MODEL: &str = "llama-3.3-70b";
    pub const GPU: &str = "h100";
    pub const USD_PER_GPU_HOUR: f64 = 2.0;
    pub const GPUS_PER_REPLICA: u32 = 1;
    pub const HOURS_PER_DAY: f64 = 24.0;
    pub const MIN_REPLICAS: u32 = 1;
    pub const USD_PER_GPU: f64 = 25_000.0;
    pub const AMORTIZATION_YEARS: f64 = 3.0;
    pub const WATTS_PER_GPU: f64 = 700.0;
    pub const PUE: f64 = 1.3;
    pub const USD_PER_KWH: f64 = 0.12;
    pub const COLD_START_S: f64 = 60.0;
    pub const IDLE_TIMEOUT_S: f64 = 60.0;
    pub const MIN_WORKERS: u32 = 0;
    pub const MAX_WORKERS: u32 = 10;
}

/// The article's reasons to self-host anyway; ticking one is reflected in the verdict.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Reasons {
    /// A fine-tuned model that no API serves.
    pub fine_tuned: bool,
    /// Data that must not leave the user's infrastructure.
    pub data_in_house: bool,
    /// Offline or edge use.
    pub offline: bool,
    /// Learning to self-host.
    pub learning: bool,
}

/// How one self-hosted replica's capacity is known.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(tag = "source", rename_all = "snake_case")]
pub enum CapacitySpec {
    /// "I measured it": tokens per day (input plus output) one replica serves around the clock.
    Measured { tokens_per_day: f64 },
    /// Estimated from the scenario's model, the option's GPU and these settings.
    Estimated { weights: Precision, kv: Option<Precision>, concurrency: Option<u32> },
}

impl Default for CapacitySpec {
    fn default() -> Self {
        CapacitySpec::Estimated { weights: Precision::Bf16, kv: None, concurrency: None }
    }
}

/// Settings shared by rented, serverless and owned GPUs.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct FleetSpec {
    /// GPU id in the catalog, or [`custom::CUSTOM_GPU_ID`] for `custom_gpu`.
    pub gpu: String,
    /// The GPU's figures when the catalog does not have it (`gpu` is then `custom`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom_gpu: Option<GpuSpec>,
    pub gpus_per_replica: u32,
    pub min_replicas: u32,
    pub ops_usd_per_month: f64,
    pub capacity: CapacitySpec,
}

impl Default for FleetSpec {
    fn default() -> Self {
        Self {
            gpu: defaults::GPU.into(),
            custom_gpu: None,
            gpus_per_replica: defaults::GPUS_PER_REPLICA,
            min_replicas: defaults::MIN_REPLICAS,
            ops_usd_per_month: 0.0,
            capacity: CapacitySpec::default(),
        }
    }
}

/// One option as the user set it: the engine's own option types, with the fleet given by
/// catalog ids ([`FleetSpec`]) until [`resolve`] looks them up. Units as in
/// [`crate::engine::option`]. A serverless option's `fleet.min_replicas` is its warm workers.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum OptionSpec {
    Api(ApiPricing),
    Rented(RentedGpus<FleetSpec>),
    Serverless(ServerlessGpus<FleetSpec>),
    Owned(OwnedGpus<FleetSpec>),
}

impl OptionSpec {
    /// A default API option.
    pub fn api(input_usd_per_mtok: f64, output_usd_per_mtok: f64) -> Self {
        OptionSpec::Api(ApiPricing { input_usd_per_mtok, output_usd_per_mtok, cached_input_usd_per_mtok: None, batch_discount: 0.0 })
    }

    /// A default rented option.
    pub fn rented(gpu: &str, usd_per_gpu_hour: f64) -> Self {
        OptionSpec::Rented(RentedGpus {
            usd_per_gpu_hour,
            billed_hours_per_day: defaults::HOURS_PER_DAY,
            discount: 0.0,
            fleet: FleetSpec { gpu: gpu.into(), ..FleetSpec::default() },
        })
    }

    /// A default serverless option.
    pub fn serverless(gpu: &str, usd_per_gpu_hour: f64) -> Self {
        OptionSpec::Serverless(ServerlessGpus {
            usd_per_gpu_hour,
            cold_start_s: defaults::COLD_START_S,
            idle_timeout_s: defaults::IDLE_TIMEOUT_S,
            max_workers: defaults::MAX_WORKERS,
            fleet: FleetSpec { gpu: gpu.into(), min_replicas: defaults::MIN_WORKERS, ..FleetSpec::default() },
        })
    }

    /// A default owned option.
    pub fn owned(gpu: &str, usd_per_gpu: f64, watts_per_gpu: f64) -> Self {
        OptionSpec::Owned(OwnedGpus {
            usd_per_gpu,
            server_usd_per_gpu: 0.0,
            amortization_years: defaults::AMORTIZATION_YEARS,
            watts_per_gpu,
            pue: defaults::PUE,
            usd_per_kwh: defaults::USD_PER_KWH,
            hosting_usd_per_gpu_month: 0.0,
            powered_hours_per_day: defaults::HOURS_PER_DAY,
            resale_usd_per_gpu: 0.0,
            sunk: false,
            fleet: FleetSpec { gpu: gpu.into(), ..FleetSpec::default() },
        })
    }

    pub fn fleet(&self) -> Option<&FleetSpec> {
        match self {
            OptionSpec::Api(_) => None,
            OptionSpec::Rented(RentedGpus { fleet, .. })
            | OptionSpec::Serverless(ServerlessGpus { fleet, .. })
            | OptionSpec::Owned(OwnedGpus { fleet, .. }) => Some(fleet),
        }
    }

    pub fn fleet_mut(&mut self) -> Option<&mut FleetSpec> {
        match self {
            OptionSpec::Api(_) => None,
            OptionSpec::Rented(RentedGpus { fleet, .. })
            | OptionSpec::Serverless(ServerlessGpus { fleet, .. })
            | OptionSpec::Owned(OwnedGpus { fleet, .. }) => Some(fleet),
        }
    }
}

/// One option with its label.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ScenarioOption {
    /// What the user named it, at most 80 characters; empty: named from its settings
    /// ([`ScenarioOption::display_label`]).
    pub label: String,
    /// The catalog provider whose prices the option follows when the model (API) or the GPU
    /// (rented) changes; `None` for options the user typed.
    pub provider: Option<String>,
    /// The model this option serves (catalog id or `custom`); `None`: the scenario's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
    pub spec: OptionSpec,
}

impl ScenarioOption {
    /// An option the user typed (no catalog provider).
    pub fn new(label: impl Into<String>, spec: OptionSpec) -> Self {
        Self { label: label.into(), provider: None, model: None, spec }
    }

    /// An option that follows `provider`'s catalog prices, named from its settings.
    pub fn tied(provider: &str, spec: OptionSpec) -> Self {
        Self { provider: Some(provider.into()), ..Self::new("", spec) }
    }
}

/// Everything on screen, as a link carries it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Scenario {
    /// What is served each day, as the engine takes it.
    pub workload: Workload,
    /// Model id for estimated capacity and API prices: a catalog id, or
    /// [`custom::CUSTOM_MODEL_ID`] for `custom_model`.
    pub model: String,
    /// The figures of a model the catalog does not have, which `model` (or an option's) may name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom_model: Option<ModelSpec>,
    pub reasons: Reasons,
    pub options: Vec<ScenarioOption>,
}

impl Default for Scenario {
    /// The article's scenario: Llama 3.3 70B at 1M tokens/day, two APIs and two rented A100s
    /// that serve about 1M tokens a day each, as the article assumes.
    fn default() -> Self {
        Self {
            workload: Workload {
                tokens_per_day: defaults::TOKENS_PER_DAY,
                input_tokens_per_request: defaults::INPUT_TOKENS,
                output_tokens_per_request: defaults::OUTPUT_TOKENS,
                cached_input_share: defaults::CACHED_SHARE,
                traffic_hours_per_day: defaults::TRAFFIC_HOURS,
                peak_to_average: defaults::PEAK_TO_AVERAGE,
                speed_target_tokens_per_s: None,
            },
            model: defaults::MODEL.into(),
            custom_model: None,
            reasons: Reasons::default(),
            options: default_options(),
        }
    }
}

impl FleetSpec {
    /// The GPU's figures: its custom ones, or the catalog's.
    pub fn gpu_spec(&self) -> Option<GpuSpec> {
        if self.gpu == custom::CUSTOM_GPU_ID {
            self.custom_gpu
        } else {
            crate::catalog::gpu(&self.gpu).copied()
        }
    }
}

impl Scenario {
    /// The figures of the model `id` names: the custom model, or the catalog's.
    pub fn model_spec(&self, id: &str) -> Option<ModelSpec> {
        if id == custom::CUSTOM_MODEL_ID {
            self.custom_model
        } else {
            crate::catalog::model(id).copied()
        }
    }

    /// The model id `option` serves.
    pub fn model_of<'a>(&'a self, option: &'a ScenarioOption) -> &'a str {
        option.model.as_deref().unwrap_or(&self.model)
    }

    /// The name of the model `id` names, without the catalog's remarks in parentheses, or the id
    /// itself when unknown.
    pub fn model_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.model_spec(id).map_or(id, |m| crate::catalog::short_name(m.name))
    }

    /// Whether `self` and `other` differ at most in volume: what the parts of the page that do not
    /// depend on the volume (the sweeps, the batch curve, the cost chart but its vertical line)
    /// compare, without copying either, so that a change of volume alone leaves them as they are.
    pub fn same_but_volume(&self, other: &Scenario) -> bool {
        // Every field, so that a new one cannot be left out of the comparison.
        let Scenario { workload, model, custom_model, reasons, options } = self;
        Workload { tokens_per_day: other.workload.tokens_per_day, ..*workload } == other.workload
            && *model == other.model
            && *custom_model == other.custom_model
            && *reasons == other.reasons
            && *options == other.options
    }

    /// The model a chart's title names: the scenario's, or "Several models" when the options
    /// serve different ones (the legend then names each option's).
    pub fn title_model(&self) -> &str {
        if self.models_differ() {
            "Several models"
        } else {
            self.model_name(&self.model)
        }
    }

    /// Whether some option serves another model than the scenario's, so that results must name
    /// each option's model.
    pub fn models_differ(&self) -> bool {
        self.options.iter().any(|o| self.model_of(o) != self.model)
    }

    /// `option`'s name in results: its label, followed by its model's name when the options
    /// serve different models (`models_differ`, asked once for all of them).
    pub fn result_label(&self, option: &ScenarioOption, models_differ: bool) -> String {
        let label = option.display_label();
        if models_differ {
            format!("{label} · {}", self.model_name(self.model_of(option)))
        } else {
            label
        }
    }
}

/// The options a link without any `o=` opens with: the article's four.
pub fn default_options() -> Vec<ScenarioOption> {
    let article_a100 = |gpu: &str, usd_per_gpu_hour: f64| {
        let mut spec = OptionSpec::rented(gpu, usd_per_gpu_hour);
        if let Some(fleet) = spec.fleet_mut() {
            fleet.capacity = CapacitySpec::Measured { tokens_per_day: 1e6 };
        }
        spec
    };
    vec![
        ScenarioOption::new("OpenRouter", OptionSpec::api(0.12, 0.12)),
        ScenarioOption::new("Azure AI Foundry", OptionSpec::api(0.71, 0.71)),
        ScenarioOption::new("Azure NC24ads A100 v4", article_a100("a100-80gb-pcie", 3.67)),
        ScenarioOption::new("Lambda A100", article_a100("a100-80gb", 1.79)),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_of_volume_alone_is_the_same_but_volume_and_any_other_change_is_not() {
        let s = Scenario::default();
        let moved = Scenario { workload: Workload { tokens_per_day: 5e9, ..s.workload }, ..s.clone() };
        assert!(s.same_but_volume(&moved) && moved.same_but_volume(&s));
        let changes: [fn(&mut Scenario); 5] = [
            |s| s.workload.traffic_hours_per_day = 12.0,
            |s| s.model = "llama-3.1-8b".into(),
            |s| s.custom_model = Some(crate::catalog::MODELS[0].item),
            |s| s.reasons.learning = true,
            |s| s.options[0].label = "renamed".into(),
        ];
        for change in changes {
            let mut other = moved.clone();
            change(&mut other);
            assert!(!s.same_but_volume(&other), "{other:?}");
        }
    }
}
