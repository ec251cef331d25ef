//! The ways to serve a workload: a pay-per-token API, GPUs rented by the hour, serverless GPUs
//! billed per second while busy, or GPUs owned.
//! Prices are in US dollars; every field names its unit.

use super::domain;
use super::error::{Checks, FieldError, Problem};
use super::throughput::ThroughputQuery;

/// Most GPUs one replica may span: one machine (8-GPU servers are the largest common node).
pub const MAX_GPUS_PER_REPLICA: u32 = domain::GPUS_PER_REPLICA.max as u32;
/// Longest option label, in characters.
pub const MAX_LABEL_CHARS: usize = 80;

/// One option a scenario compares.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct OptionInput {
    /// Identifies the option in the report: `o1`, `o2`, … by its place in the scenario.
    pub id: String,
    /// Shown to the user, e.g. "Lambda A100". Free text.
    pub label: String,
    pub kind: OptionKind,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum OptionKind {
    Api(ApiPricing),
    Rented(RentedGpus),
    Serverless(ServerlessGpus),
    Owned(OwnedGpus),
}

/// A pay-per-token API.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct ApiPricing {
    /// $ per million input tokens.
    pub input_usd_per_mtok: f64,
    /// $ per million output tokens.
    pub output_usd_per_mtok: f64,
    /// $ per million input tokens read from the prompt cache; default: the input price.
    pub cached_input_usd_per_mtok: Option<f64>,
    /// Discount for the batch API, 0–1 (0.5 = half price). Default 0.
    pub batch_discount: f64,
}

/// How much one replica serves: measured by the user, or estimated from the model and GPU.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(tag = "source", rename_all = "snake_case")]
pub enum Capacity {
    /// Tokens per day (input plus output) one replica serves when busy around the clock.
    Measured { tokens_per_day: f64 },
    /// Estimated by the throughput estimator for this workload's mix.
    Estimated(Box<ThroughputQuery>),
}

/// Settings shared by rented and owned GPUs.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Fleet {
    /// GPUs in one replica (tensor parallel), 1–8. Default 1.
    pub gpus_per_replica: u32,
    /// Fewest replicas kept running, for redundancy. Default 1.
    pub min_replicas: u32,
    /// Operations cost (people, monitoring) per month for the whole option, $. Default 0.
    pub ops_usd_per_month: f64,
    /// Power one GPU draws at full load, W, for the energy figures (the GPU's rated board power
    /// from the catalog; an owned option's own power figure overrides it); 0 = unknown.
    pub watts_per_gpu: f64,
    pub capacity: Capacity,
}

#[cfg(test)]
impl Fleet {
    /// For tests: one GPU per replica, at least one replica, no operations cost, power unknown,
    /// and a measured capacity of `tokens_per_day`.
    pub(crate) fn measured(tokens_per_day: f64) -> Self {
        Fleet {
            gpus_per_replica: 1,
            min_replicas: 1,
            ops_usd_per_month: 0.0,
            watts_per_gpu: 0.0,
            capacity: Capacity::Measured { tokens_per_day },
        }
    }
}

/// GPUs rented by the hour. `F` is how the fleet is given: the engine's [`Fleet`], or the
/// scenario's catalog ids before they are resolved.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct RentedGpus<F = Fleet> {
    /// On-demand $ per GPU-hour.
    pub usd_per_gpu_hour: f64,
    /// Hours billed per day, 24 = always on. Default 24.
    pub billed_hours_per_day: f64,
    /// Reserved or spot discount on the hourly price, 0–1. Default 0.
    pub discount: f64,
    pub fleet: F,
}

/// GPUs billed per second while a worker runs, scaled to zero when idle (Modal, RunPod
/// Serverless, Replicate…). The fleet's replicas are workers; its `min_replicas` are workers kept
/// warm around the clock (default 0).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ServerlessGpus<F = Fleet> {
    /// $ per GPU-hour while a worker is billed (the per-second price × 3,600).
    pub usd_per_gpu_hour: f64,
    /// Seconds a cold worker takes to start and load the model, billed. Default 60.
    pub cold_start_s: f64,
    /// Seconds a worker stays billed after its last request before scaling to zero. Default 60.
    pub idle_timeout_s: f64,
    /// Most workers running at once; a peak that needs more is not served. Default 10.
    pub max_workers: u32,
    pub fleet: F,
}

/// GPUs bought and run in-house or in a colocation facility.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct OwnedGpus<F = Fleet> {
    /// Purchase price of one GPU, $.
    pub usd_per_gpu: f64,
    /// Each GPU's share of the server around it (CPU, RAM, chassis, network), $. Default 0.
    pub server_usd_per_gpu: f64,
    /// Years over which the purchase is written off. Default 3.
    pub amortization_years: f64,
    /// Power drawn per GPU including its server share, W.
    pub watts_per_gpu: f64,
    /// Power usage effectiveness of the facility (≥ 1). Default 1.3.
    pub pue: f64,
    /// Electricity price, $ per kWh. Default 0.12.
    pub usd_per_kwh: f64,
    /// Hosting (rack space, colocation) per GPU per month, $. Default 0.
    pub hosting_usd_per_gpu_month: f64,
    /// Hours per day the GPUs are powered. Default 24.
    pub powered_hours_per_day: f64,
    /// What one GPU (with its server share) sells for at the end of the write-off, $. Default 0.
    pub resale_usd_per_gpu: f64,
    /// GPUs already owned: the purchase is a sunk cost, so only power, hosting and operations
    /// count (price, server share, write-off and resale are ignored). Default false.
    pub sunk: bool,
    pub fleet: F,
}

impl<F> RentedGpus<F> {
    /// The same prices with the fleet given another way.
    pub fn with_fleet<G>(&self, fleet: G) -> RentedGpus<G> {
        RentedGpus {
            usd_per_gpu_hour: self.usd_per_gpu_hour,
            billed_hours_per_day: self.billed_hours_per_day,
            discount: self.discount,
            fleet,
        }
    }
}

impl<F> ServerlessGpus<F> {
    /// The same prices with the fleet given another way.
    pub fn with_fleet<G>(&self, fleet: G) -> ServerlessGpus<G> {
        ServerlessGpus {
            usd_per_gpu_hour: self.usd_per_gpu_hour,
            cold_start_s: self.cold_start_s,
            idle_timeout_s: self.idle_timeout_s,
            max_workers: self.max_workers,
            fleet,
        }
    }
}

impl<F> OwnedGpus<F> {
    /// The same prices with the fleet given another way.
    pub fn with_fleet<G>(&self, fleet: G) -> OwnedGpus<G> {
        OwnedGpus {
            usd_per_gpu: self.usd_per_gpu,
            server_usd_per_gpu: self.server_usd_per_gpu,
            amortization_years: self.amortization_years,
            watts_per_gpu: self.watts_per_gpu,
            pue: self.pue,
            usd_per_kwh: self.usd_per_kwh,
            hosting_usd_per_gpu_month: self.hosting_usd_per_gpu_month,
            powered_hours_per_day: self.powered_hours_per_day,
            resale_usd_per_gpu: self.resale_usd_per_gpu,
            sunk: self.sunk,
            fleet,
        }
    }
}

/// An option's kind, as reports name it: serialised `api`, `rented`, `serverless` or `owned`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum KindName {
    Api,
    Rented,
    Serverless,
    Owned,
}

impl KindName {
    /// The name as serialised: "api", "rented", "serverless" or "owned".
    pub fn as_str(self) -> &'static str {
        match self {
            KindName::Api => "api",
            KindName::Rented => "rented",
            KindName::Serverless => "serverless",
            KindName::Owned => "owned",
        }
    }
}

/// A kind equals its serialised name (`kind == "api"`).
impl PartialEq<&str> for KindName {
    fn eq(&self, name: &&str) -> bool {
        self.as_str() == *name
    }
}

impl OptionKind {
    /// Its kind, without the settings.
    pub fn name(&self) -> KindName {
        match self {
            OptionKind::Api(_) => KindName::Api,
            OptionKind::Rented(_) => KindName::Rented,
            OptionKind::Serverless(_) => KindName::Serverless,
            OptionKind::Owned(_) => KindName::Owned,
        }
    }

    pub fn fleet(&self) -> Option<&Fleet> {
        match self {
            OptionKind::Api(_) => None,
            OptionKind::Rented(r) => Some(&r.fleet),
            OptionKind::Serverless(r) => Some(&r.fleet),
            OptionKind::Owned(o) => Some(&o.fleet),
        }
    }
}

impl OptionInput {
    /// Checks every field; errors are named `field` relative to this option (`usd_per_gpu_hour`).
    pub fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut c = Checks::default();
        if self.label.chars().count() > MAX_LABEL_CHARS {
            c.push(FieldError::new("label", Problem::Rule(format!("must be at most {MAX_LABEL_CHARS} characters"))));
        }
        match &self.kind {
            OptionKind::Api(p) => {
                c.domain("input_usd_per_mtok", p.input_usd_per_mtok, &domain::USD_PER_MTOK);
                c.domain("output_usd_per_mtok", p.output_usd_per_mtok, &domain::USD_PER_MTOK);
                if let Some(cached) = p.cached_input_usd_per_mtok {
                    c.domain("cached_input_usd_per_mtok", cached, &domain::USD_PER_MTOK);
                }
                c.domain("batch_discount", p.batch_discount, &domain::BATCH_DISCOUNT);
                if p.input_usd_per_mtok == 0.0 && p.output_usd_per_mtok == 0.0 {
                    c.push(FieldError::new("input_usd_per_mtok", Problem::Rule("input and output prices cannot both be zero".into())));
                }
            }
            OptionKind::Rented(r) => {
                c.domain("usd_per_gpu_hour", r.usd_per_gpu_hour, &domain::USD_PER_GPU_HOUR);
                c.domain("billed_hours_per_day", r.billed_hours_per_day, &domain::HOURS_PER_DAY);
                c.domain("discount", r.discount, &domain::RENTAL_DISCOUNT);
                validate_fleet(&mut c, &r.fleet, &domain::MIN_REPLICAS);
            }
            OptionKind::Serverless(r) => {
                c.domain("usd_per_gpu_hour", r.usd_per_gpu_hour, &domain::USD_PER_GPU_HOUR);
                c.domain("cold_start_s", r.cold_start_s, &domain::COLD_START_S);
                c.domain("idle_timeout_s", r.idle_timeout_s, &domain::IDLE_TIMEOUT_S);
                c.domain("max_workers", r.max_workers as f64, &domain::MAX_WORKERS);
                validate_fleet(&mut c, &r.fleet, &domain::MIN_WORKERS);
                if r.fleet.min_replicas > r.max_workers {
                    c.push(FieldError::new("min_replicas", Problem::Rule("cannot exceed the most workers".into())));
                }
            }
            OptionKind::Owned(o) => {
                c.domain("usd_per_gpu", o.usd_per_gpu, &domain::USD_PER_GPU);
                c.domain("server_usd_per_gpu", o.server_usd_per_gpu, &domain::SERVER_USD_PER_GPU);
                c.domain("amortization_years", o.amortization_years, &domain::AMORTIZATION_YEARS);
                c.domain("watts_per_gpu", o.watts_per_gpu, &domain::WATTS_PER_GPU);
                c.domain("pue", o.pue, &domain::PUE);
                c.domain("usd_per_kwh", o.usd_per_kwh, &domain::USD_PER_KWH);
                c.domain("hosting_usd_per_gpu_month", o.hosting_usd_per_gpu_month, &domain::HOSTING_USD_PER_GPU_MONTH);
                c.domain("powered_hours_per_day", o.powered_hours_per_day, &domain::HOURS_PER_DAY);
                c.domain("resale_usd_per_gpu", o.resale_usd_per_gpu, &domain::RESALE_USD_PER_GPU);
                if o.resale_usd_per_gpu > o.usd_per_gpu + o.server_usd_per_gpu {
                    c.push(FieldError::new(
                        "resale_usd_per_gpu",
                        Problem::Rule("cannot exceed the purchase price and server share".into()),
                    ));
                }
                validate_fleet(&mut c, &o.fleet, &domain::MIN_REPLICAS);
            }
        }
        c.finish(())
    }
}

/// `min_replicas`: its domain (serverless options may keep no worker warm).
fn validate_fleet(c: &mut Checks, fleet: &Fleet, min_replicas: &domain::Domain) {
    c.domain("gpus_per_replica", fleet.gpus_per_replica as f64, &domain::GPUS_PER_REPLICA);
    c.domain("min_replicas", fleet.min_replicas as f64, min_replicas);
    c.domain("ops_usd_per_month", fleet.ops_usd_per_month, &domain::OPS_USD_PER_MONTH);
    match &fleet.capacity {
        Capacity::Measured { tokens_per_day } => {
            c.domain("capacity_tokens_per_day", *tokens_per_day, &domain::CAPACITY_TOKENS_PER_DAY);
        }
        Capacity::Estimated(query) => {
            if let Some(cap) = query.concurrency {
                c.domain("concurrency", cap as f64, &domain::CONCURRENCY);
            }
        }
    }
}
