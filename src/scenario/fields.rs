//! The link keys of every number a scenario holds: for each, its engine field name, its
//! version-1 default, its domain, its label and unit on the page, and where it lives in the
//! scenario. Encoding, decoding, repairing, the page's editors and the README's table of domains
//! all read these tables.

use super::{defaults, CapacitySpec, FleetSpec, OptionSpec};
use crate::engine::domain::{self, Domain};
use crate::engine::{ApiPricing, OwnedGpus, RentedGpus, ServerlessGpus, Workload};

/// Where one key's value lives inside an option.
pub enum Slot<'a> {
    /// A number that is always set.
    Number(&'a mut f64),
    /// A count (GPUs, replicas, workers) that is always set.
    Count(&'a mut u32),
    /// A number that may be absent.
    Optional(&'a mut Option<f64>),
    /// A yes/no setting, written 0 or 1.
    Switch(&'a mut bool),
    /// The measured capacity: set means measured, absent means estimated.
    Measured(&'a mut CapacitySpec),
    /// The concurrency cap, which only an estimated capacity has.
    Concurrency(&'a mut CapacitySpec),
}

/// Finds a key's slot in an option; `None` when the option's kind has no such field.
type SlotOf = for<'a> fn(&'a mut OptionSpec) -> Option<Slot<'a>>;

/// One numeric field of an option.
#[derive(Clone, Copy)]
pub struct NumKey {
    /// Key inside the option's part of a link (`hr` in `o=rent;Lambda;hr:1.79`).
    pub key: &'static str,
    /// The engine's name for the field, as in its errors (`usd_per_gpu_hour`).
    pub field: &'static str,
    /// Value when the link omits the key; `None` for keys that are absent by default.
    pub default: Option<f64>,
    /// The values the engine accepts.
    pub domain: &'static Domain,
    /// What the page calls it.
    pub label: &'static str,
    /// Its unit, as the page shows it.
    pub unit: &'static str,
    slot: SlotOf,
}

const fn key(
    key: &'static str,
    field: &'static str,
    default: Option<f64>,
    domain: &'static Domain,
    label: &'static str,
    unit: &'static str,
    slot: SlotOf,
) -> NumKey {
    NumKey { key, field, default, domain, label, unit, slot }
}

impl OptionSpec {
    fn api_mut(&mut self) -> Option<&mut ApiPricing> {
        match self {
            OptionSpec::Api(p) => Some(p),
            _ => None,
        }
    }

    fn rented_mut(&mut self) -> Option<&mut RentedGpus<FleetSpec>> {
        match self {
            OptionSpec::Rented(r) => Some(r),
            _ => None,
        }
    }

    fn serverless_mut(&mut self) -> Option<&mut ServerlessGpus<FleetSpec>> {
        match self {
            OptionSpec::Serverless(r) => Some(r),
            _ => None,
        }
    }

    fn owned_mut(&mut self) -> Option<&mut OwnedGpus<FleetSpec>> {
        match self {
            OptionSpec::Owned(o) => Some(o),
            _ => None,
        }
    }
}

const API_KEYS: &[NumKey] = &[
    key("in", "input_usd_per_mtok", Some(0.0), &domain::USD_PER_MTOK, "Input price", "$/M tokens", |s| {
        Some(Slot::Number(&mut s.api_mut()?.input_usd_per_mtok))
    }),
    // No default of its own: the output price follows the input price ([`default_value`]).
    key("out", "output_usd_per_mtok", None, &domain::USD_PER_MTOK, "Output price", "$/M tokens", |s| {
        Some(Slot::Number(&mut s.api_mut()?.output_usd_per_mtok))
    }),
    key("cin", "cached_input_usd_per_mtok", None, &domain::USD_PER_MTOK, "Cached input price", "$/M tokens", |s| {
        Some(Slot::Optional(&mut s.api_mut()?.cached_input_usd_per_mtok))
    }),
    key("bd", "batch_discount", Some(0.0), &domain::BATCH_DISCOUNT, "Batch-API discount", "0–1", |s| {
        Some(Slot::Number(&mut s.api_mut()?.batch_discount))
    }),
];

const FLEET_KEYS: [NumKey; 5] = [
    key("n", "gpus_per_replica", Some(defaults::GPUS_PER_REPLICA as f64), &domain::GPUS_PER_REPLICA, "GPUs per replica", "GPUs", |s| {
        Some(Slot::Count(&mut s.fleet_mut()?.gpus_per_replica))
    }),
    key("min", "min_replicas", Some(defaults::MIN_REPLICAS as f64), &domain::MIN_REPLICAS, "Minimum replicas", "replicas", |s| {
        Some(Slot::Count(&mut s.fleet_mut()?.min_replicas))
    }),
    key("ops", "ops_usd_per_month", Some(0.0), &domain::OPS_USD_PER_MONTH, "Operations", "$/month", |s| {
        Some(Slot::Number(&mut s.fleet_mut()?.ops_usd_per_month))
    }),
    key(
        "cap",
        "capacity_tokens_per_day",
        None,
        &domain::CAPACITY_TOKENS_PER_DAY,
        "Measured capacity per replica",
        "tokens/day (or N/s)",
        |s| Some(Slot::Measured(&mut s.fleet_mut()?.capacity)),
    ),
    key("conc", "concurrency", None, &domain::CONCURRENCY, "Concurrency cap", "requests", |s| {
        Some(Slot::Concurrency(&mut s.fleet_mut()?.capacity))
    }),
];

const RENTED_KEYS: &[NumKey] = &[
    key("hr", "usd_per_gpu_hour", Some(defaults::USD_PER_GPU_HOUR), &domain::USD_PER_GPU_HOUR, "Price", "$/GPU-hour", |s| {
        Some(Slot::Number(&mut s.rented_mut()?.usd_per_gpu_hour))
    }),
    key("bh", "billed_hours_per_day", Some(defaults::HOURS_PER_DAY), &domain::HOURS_PER_DAY, "Billed hours", "h/day", |s| {
        Some(Slot::Number(&mut s.rented_mut()?.billed_hours_per_day))
    }),
    key("disc", "discount", Some(0.0), &domain::RENTAL_DISCOUNT, "Reserved/spot discount", "0–1", |s| {
        Some(Slot::Number(&mut s.rented_mut()?.discount))
    }),
    FLEET_KEYS[0],
    FLEET_KEYS[1],
    FLEET_KEYS[2],
    FLEET_KEYS[3],
    FLEET_KEYS[4],
];

const SERVERLESS_KEYS: &[NumKey] = &[
    key("hr", "usd_per_gpu_hour", Some(defaults::USD_PER_GPU_HOUR), &domain::USD_PER_GPU_HOUR, "Price while billed", "$/GPU-hour", |s| {
        Some(Slot::Number(&mut s.serverless_mut()?.usd_per_gpu_hour))
    }),
    key("cold", "cold_start_s", Some(defaults::COLD_START_S), &domain::COLD_START_S, "Cold start", "s", |s| {
        Some(Slot::Number(&mut s.serverless_mut()?.cold_start_s))
    }),
    key("idle", "idle_timeout_s", Some(defaults::IDLE_TIMEOUT_S), &domain::IDLE_TIMEOUT_S, "Idle timeout", "s", |s| {
        Some(Slot::Number(&mut s.serverless_mut()?.idle_timeout_s))
    }),
    key("max", "max_workers", Some(defaults::MAX_WORKERS as f64), &domain::MAX_WORKERS, "Most workers", "workers", |s| {
        Some(Slot::Count(&mut s.serverless_mut()?.max_workers))
    }),
    key("min", "min_replicas", Some(defaults::MIN_WORKERS as f64), &domain::MIN_WORKERS, "Warm workers", "workers", |s| {
        Some(Slot::Count(&mut s.fleet_mut()?.min_replicas))
    }),
    FLEET_KEYS[0],
    FLEET_KEYS[2],
    FLEET_KEYS[3],
    FLEET_KEYS[4],
];

const OWNED_KEYS: &[NumKey] = &[
    key("usd", "usd_per_gpu", Some(defaults::USD_PER_GPU), &domain::USD_PER_GPU, "Purchase price", "$/GPU", |s| {
        Some(Slot::Number(&mut s.owned_mut()?.usd_per_gpu))
    }),
    key("srv", "server_usd_per_gpu", Some(0.0), &domain::SERVER_USD_PER_GPU, "Server share", "$/GPU", |s| {
        Some(Slot::Number(&mut s.owned_mut()?.server_usd_per_gpu))
    }),
    key("yrs", "amortization_years", Some(defaults::AMORTIZATION_YEARS), &domain::AMORTIZATION_YEARS, "Written off over", "years", |s| {
        Some(Slot::Number(&mut s.owned_mut()?.amortization_years))
    }),
    key("pw", "watts_per_gpu", Some(defaults::WATTS_PER_GPU), &domain::WATTS_PER_GPU, "Power", "W/GPU", |s| {
        Some(Slot::Number(&mut s.owned_mut()?.watts_per_gpu))
    }),
    key("pue", "pue", Some(defaults::PUE), &domain::PUE, "PUE", "×", |s| Some(Slot::Number(&mut s.owned_mut()?.pue))),
    key("kwh", "usd_per_kwh", Some(defaults::USD_PER_KWH), &domain::USD_PER_KWH, "Electricity", "$/kWh", |s| {
        Some(Slot::Number(&mut s.owned_mut()?.usd_per_kwh))
    }),
    key("host", "hosting_usd_per_gpu_month", Some(0.0), &domain::HOSTING_USD_PER_GPU_MONTH, "Hosting", "$/GPU-month", |s| {
        Some(Slot::Number(&mut s.owned_mut()?.hosting_usd_per_gpu_month))
    }),
    key("ph", "powered_hours_per_day", Some(defaults::HOURS_PER_DAY), &domain::HOURS_PER_DAY, "Powered hours", "h/day", |s| {
        Some(Slot::Number(&mut s.owned_mut()?.powered_hours_per_day))
    }),
    key("resale", "resale_usd_per_gpu", Some(0.0), &domain::RESALE_USD_PER_GPU, "Resale value", "$/GPU", |s| {
        Some(Slot::Number(&mut s.owned_mut()?.resale_usd_per_gpu))
    }),
    key("sunk", "sunk", Some(0.0), &domain::SWITCH, "Already owned (sunk cost)", "0 or 1", |s| {
        Some(Slot::Switch(&mut s.owned_mut()?.sunk))
    }),
    FLEET_KEYS[0],
    FLEET_KEYS[1],
    FLEET_KEYS[2],
    FLEET_KEYS[3],
    FLEET_KEYS[4],
];

/// The numeric keys of `spec`'s kind, in link order.
pub fn num_keys(spec: &OptionSpec) -> &'static [NumKey] {
    match spec {
        OptionSpec::Api(_) => API_KEYS,
        OptionSpec::Rented(_) => RENTED_KEYS,
        OptionSpec::Serverless(_) => SERVERLESS_KEYS,
        OptionSpec::Owned(_) => OWNED_KEYS,
    }
}

fn find(spec: &OptionSpec, key: &str) -> Option<&'static NumKey> {
    num_keys(spec).iter().find(|k| k.key == key)
}

/// The key whose engine field name is `field`, for `spec`'s kind.
pub fn key_for_field(spec: &OptionSpec, field: &str) -> Option<&'static NumKey> {
    num_keys(spec).iter().find(|k| k.field == field)
}

/// The value `k` takes in `spec` when a link omits it: its default, except that the output price
/// follows the input price, so one number covers a blended quote.
pub fn default_value(spec: &OptionSpec, k: &NumKey) -> Option<f64> {
    match spec {
        OptionSpec::Api(p) if k.key == "out" => Some(p.input_usd_per_mtok),
        _ => k.default,
    }
}

impl NumKey {
    /// Its value in `spec`, if set. The slots are mutable views (one table serves reading and
    /// writing), so callers pass a copy; one copy serves every key of an option.
    pub fn value(&self, copy: &mut OptionSpec) -> Option<f64> {
        match (self.slot)(copy)? {
            Slot::Number(v) => Some(*v),
            Slot::Count(v) => Some(f64::from(*v)),
            Slot::Optional(v) => *v,
            Slot::Switch(v) => Some(f64::from(u8::from(*v))),
            Slot::Measured(c) => match c {
                CapacitySpec::Measured { tokens_per_day } => Some(*tokens_per_day),
                CapacitySpec::Estimated { .. } => None,
            },
            Slot::Concurrency(c) => match c {
                CapacitySpec::Estimated { concurrency, .. } => concurrency.map(f64::from),
                CapacitySpec::Measured { .. } => None,
            },
        }
    }
}

/// The value of `key` in `spec`, if set.
pub fn get(spec: &OptionSpec, key: &str) -> Option<f64> {
    find(spec, key)?.value(&mut spec.clone())
}

/// Sets `key` in `spec` to `value` (`None`: its default, or cleared for a key absent by
/// default). Returns false for a key this kind does not have, or a concurrency cap on a measured
/// capacity. Setting `cap` switches capacity to measured; clearing it, to estimated.
pub fn set(spec: &mut OptionSpec, key: &str, value: Option<f64>) -> bool {
    let Some(k) = find(spec, key) else { return false };
    let v = value.or(default_value(spec, k)).unwrap_or(0.0);
    // Callers check values against the key's domain first; the clamp only keeps a stray value
    // from wrapping.
    let as_u32 = |v: f64| v.clamp(0.0, u32::MAX as f64) as u32;
    match (k.slot)(spec) {
        None => return false,
        Some(Slot::Number(slot)) => *slot = v,
        Some(Slot::Count(slot)) => *slot = as_u32(v),
        Some(Slot::Optional(slot)) => *slot = value,
        Some(Slot::Switch(slot)) => *slot = v != 0.0,
        Some(Slot::Measured(capacity)) => {
            *capacity = match value {
                Some(tokens_per_day) => CapacitySpec::Measured { tokens_per_day },
                None => CapacitySpec::default(),
            }
        }
        Some(Slot::Concurrency(capacity)) => match capacity {
            CapacitySpec::Estimated { concurrency, .. } => *concurrency = value.map(as_u32),
            CapacitySpec::Measured { .. } => return value.is_none(),
        },
    }
    true
}

/// One number of the workload, as the link and the page name it.
pub struct WorkloadKey {
    /// Key in the link (`vol`).
    pub key: &'static str,
    /// The engine's name for the field (`workload.tokens_per_day`).
    pub field: &'static str,
    pub default: f64,
    pub domain: &'static Domain,
    /// What the page calls it.
    pub label: &'static str,
    /// Its unit, as the page shows it.
    pub unit: &'static str,
    /// The field in the workload.
    pub slot: fn(&mut Workload) -> &mut f64,
}

/// The workload's numbers in link order (the speed target, optional, is handled beside them).
pub const WORKLOAD_KEYS: &[WorkloadKey] = &[
    WorkloadKey {
        key: "vol",
        field: "workload.tokens_per_day",
        default: defaults::TOKENS_PER_DAY,
        domain: &domain::TOKENS_PER_DAY,
        label: "Volume",
        unit: "tokens/day",
        slot: |w| &mut w.tokens_per_day,
    },
    WorkloadKey {
        key: "in",
        field: "workload.input_tokens_per_request",
        default: defaults::INPUT_TOKENS,
        domain: &domain::INPUT_TOKENS,
        label: "Mean input",
        unit: "tokens/request",
        slot: |w| &mut w.input_tokens_per_request,
    },
    WorkloadKey {
        key: "out",
        field: "workload.output_tokens_per_request",
        default: defaults::OUTPUT_TOKENS,
        domain: &domain::OUTPUT_TOKENS,
        label: "Mean output",
        unit: "tokens/request",
        slot: |w| &mut w.output_tokens_per_request,
    },
    WorkloadKey {
        key: "cache",
        field: "workload.cached_input_share",
        default: defaults::CACHED_SHARE,
        domain: &domain::SHARE,
        label: "Cached input share",
        unit: "0–1",
        slot: |w| &mut w.cached_input_share,
    },
    WorkloadKey {
        key: "hrs",
        field: "workload.traffic_hours_per_day",
        default: defaults::TRAFFIC_HOURS,
        domain: &domain::HOURS_PER_DAY,
        label: "Traffic hours",
        unit: "h/day",
        slot: |w| &mut w.traffic_hours_per_day,
    },
    WorkloadKey {
        key: "peak",
        field: "workload.peak_to_average",
        default: defaults::PEAK_TO_AVERAGE,
        domain: &domain::PEAK_TO_AVERAGE,
        label: "Peak / average",
        unit: "×",
        slot: |w| &mut w.peak_to_average,
    },
];

/// The speed target's link key (optional: absent means none).
pub const SPEED_KEY: &str = "speed";
/// The speed target's engine field name.
pub const SPEED_FIELD: &str = "workload.speed_target_tokens_per_s";

/// How a link's notices name an option's key: `o[2].hr` (options counted from 1, as people
/// count them); an empty key names the whole option, `o[2]`.
pub fn option_key(index: usize, key: &str) -> String {
    if key.is_empty() {
        format!("o[{}]", index + 1)
    } else {
        format!("o[{}].{key}", index + 1)
    }
}

/// The README's table of every number's domain, generated from the tables above so that the
/// two cannot drift apart (`tests/domains.rs` compares them).
pub fn domains_markdown() -> String {
    let mut rows = vec!["| key | field | min | max | whole | unit |".to_string(), "|---|---|---|---|---|---|".to_string()];
    let mut row = |key: String, field: &str, d: &Domain| {
        let unit = match d.unit {
            "" if d.max <= 1.0 => "share",
            "" => "ratio",
            unit => unit,
        };
        let whole = if d.integer { "yes" } else { "" };
        let (min, max) = (crate::display::editable(d.min), crate::display::editable(d.max));
        rows.push(format!("| `{key}` | {field} | {min} | {max} | {whole} | {unit} |"));
    };
    for k in WORKLOAD_KEYS {
        row(k.key.to_string(), k.field, k.domain);
    }
    row(SPEED_KEY.to_string(), SPEED_FIELD, &domain::SPEED_TOKENS_PER_S);
    let kinds = [
        ("api", API_KEYS),
        ("rent", &RENTED_KEYS[..3]),
        ("sls", &SERVERLESS_KEYS[..5]),
        ("own", &OWNED_KEYS[..10]),
        ("rent, sls, own", &FLEET_KEYS[..]),
    ];
    for (kind, keys) in kinds {
        for k in keys {
            row(format!("{kind}: {}", k.key), k.field, k.domain);
        }
    }
    for f in super::custom::MODEL_FIGURES {
        row(f.key.to_string(), &format!("custom model: {}", f.label.to_ascii_lowercase()), f.domain);
    }
    for f in super::custom::GPU_FIGURES {
        row(format!("rent, sls, own: {}", f.key), &format!("custom GPU: {}", f.label.to_ascii_lowercase()), f.domain);
    }
    rows.join("\n")
}
