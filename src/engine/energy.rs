//! Energy a self-hosted option uses: the GPUs' power while up, scaled between idle and full
//! load by how busy they are, times the facility's power usage effectiveness (PUE).
//!
//! kWh/day = GPU-hours up per day × W ÷ 1000 × PUE × (idle share + (1 − idle share) × utilisation)

use super::cost_model::CostModel;
use super::option::OptionKind;
use super::units::{HOURS_PER_DAY, TOKENS_PER_MILLION};

/// Share of its rated power a GPU draws while up but idle (an assumption: idle data-centre GPUs
/// with the model loaded draw roughly a quarter to a third of their rated power).
pub const IDLE_POWER_SHARE: f64 = 0.3;
/// PUE assumed for rented and serverless GPUs, whose facility the user does not choose
/// (large cloud data centres report about 1.1–1.2; owned options state their own).
pub const CLOUD_PUE: f64 = 1.2;

/// Energy of one option at one volume.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct Energy {
    pub kwh_per_day: f64,
    /// kWh per million tokens served.
    pub kwh_per_mtok: f64,
}

/// The energy `option` (cost shape `model`) uses at `tokens_per_day`; `None` for an API or when
/// the GPU's power is unknown.
pub fn energy(option: &OptionKind, model: &CostModel, tokens_per_day: f64) -> Option<Energy> {
    let fleet = option.fleet()?;
    let (watts, pue) = match option {
        OptionKind::Owned(o) => (o.watts_per_gpu, o.pue),
        _ => (fleet.watts_per_gpu, CLOUD_PUE),
    };
    if watts.is_nan() || watts <= 0.0 {
        return None;
    }
    let plan = model.self_hosted()?;
    let gpus = fleet.gpus_per_replica as f64;
    let replica_hours = match model {
        CostModel::Serverless(s) => s.billed_worker_hours(tokens_per_day),
        _ => plan.replicas(tokens_per_day) as f64 * plan.hours_up_per_day,
    };
    // Share of the up-time capacity the volume uses.
    let up_capacity = replica_hours * plan.capacity_tokens_per_day / HOURS_PER_DAY;
    let utilization = if up_capacity > 0.0 { (tokens_per_day / up_capacity).min(1.0) } else { 0.0 };
    let kwh_per_day = replica_hours * gpus * watts / 1000.0 * pue * (IDLE_POWER_SHARE + (1.0 - IDLE_POWER_SHARE) * utilization);
    Some(Energy { kwh_per_day, kwh_per_mtok: kwh_per_day / (tokens_per_day / TOKENS_PER_MILLION) })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::cost_model::cost_model;
    use crate::engine::option::{Fleet, RentedGpus};
    use crate::engine::workload::Workload;

    #[test]
    fn rented_energy_follows_power_pue_and_utilisation() {
        // Two 700 W GPUs, one replica serving 100M tokens/day, at 50M tokens/day: half busy.
        let rented = OptionKind::Rented(RentedGpus {
            usd_per_gpu_hour: 2.0,
            billed_hours_per_day: 24.0,
            discount: 0.0,
            fleet: Fleet { gpus_per_replica: 2, watts_per_gpu: 700.0, ..Fleet::measured(1e8) },
        });
        let w = Workload { tokens_per_day: 5e7, ..Workload::default() };
        let e = energy(&rented, &cost_model(&rented, &w).unwrap(), w.tokens_per_day).unwrap();
        // 24 h × 2 GPUs × 0.7 kW × PUE 1.2 × (0.3 + 0.7 × 0.5) = 26.208 kWh/day; over 50M tokens.
        assert!((e.kwh_per_day - 26.208).abs() < 1e-9, "{e:?}");
        assert!((e.kwh_per_mtok - 26.208 / 50.0).abs() < 1e-12);
        // Unknown power: no figure rather than zero.
        let mut unknown = rented.clone();
        if let OptionKind::Rented(r) = &mut unknown {
            r.fleet.watts_per_gpu = 0.0;
        }
        assert_eq!(energy(&unknown, &cost_model(&unknown, &w).unwrap(), w.tokens_per_day), None);
    }
}
