//! Evaluating a whole scenario: every option's cost at the volume, the cheapest, the ratios,
//! break-even volumes for every (self-hosted, API) pair and a volume sweep for the charts.

use super::comparison::{cheapest_api_and_self_hosted, compare, Comparison};
use super::cost_model::{cost_model, CostModel, SelfHostedPlan};
use super::energy::energy;
use super::error::FieldError;
use super::flips::{flips, Flip};
use super::option::{OptionInput, OptionKind};
pub use super::results::{ratio, BreakEven, OptionReport, FREE_USD_PER_DAY};
use super::units::{DAYS_PER_MONTH, DAYS_PER_YEAR, TOKENS_PER_MILLION};
use super::workload::Workload;

/// Lowest and highest volume of the default sweep, tokens/day.
pub const SWEEP_MIN_TOKENS_PER_DAY: f64 = 1e4;
pub const SWEEP_MAX_TOKENS_PER_DAY: f64 = 1e11;
/// Sweep points per factor of ten.
pub const SWEEP_POINTS_PER_DECADE: usize = 16;

/// Everything the engine needs: a workload and the options to compare.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct EngineInput {
    pub workload: Workload,
    pub options: Vec<OptionInput>,
}

/// Each option's monthly cost over a log-spaced range of volumes.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct Sweep {
    pub tokens_per_day: Vec<f64>,
    /// `cost_per_month_usd[option][point]`.
    pub cost_per_month_usd: Vec<Vec<f64>>,
    /// `cost_per_month_usd_range[option]`: for an estimated capacity, the monthly cost at each
    /// point at the band's low and high ends of capacity (`[dearest, cheapest]`); else null.
    pub cost_per_month_usd_range: Vec<Option<[Vec<f64>; 2]>>,
}

/// The answer for a scenario.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Report {
    pub tokens_per_day: f64,
    pub options: Vec<OptionReport>,
    /// Id of the cheapest option (the first, on a tie).
    pub cheapest: Option<String>,
    /// Most expensive option's cost over the cheapest's.
    pub ratio_max_to_min: Option<f64>,
    /// Over all (self-hosted, API) pairs, the lowest and highest self-hosted/API cost ratio.
    pub self_hosted_to_api_ratio_range: Option<[f64; 2]>,
    pub break_even: Vec<BreakEven>,
    /// The cheapest API against the cheapest self-hosted option.
    pub comparison: Comparison,
    /// What would flip the answer between the cheapest API and the cheapest self-hosted option
    /// (the flips of that pair in `break_even`).
    pub flips: Vec<Flip>,
    pub sweep: Sweep,
}

impl Report {
    /// The cheapest API's blended price at this mix, $ per token; `None` without an API.
    pub fn cheapest_api_usd_per_token(&self) -> Option<f64> {
        let id = self.comparison.cheapest_api.as_ref()?;
        let api = self.options.iter().find(|o| &o.id == id)?;
        Some(api.cost_per_day_usd / self.tokens_per_day)
    }
}

/// Option id for the option at `index` of a scenario.
pub fn option_id(index: usize) -> String {
    format!("o{}", index + 1)
}

/// The scenario index an option id names (`o3` → 2), for its colour and editor.
pub fn option_index(id: &str) -> Option<usize> {
    id.strip_prefix('o')?.parse::<usize>().ok()?.checked_sub(1)
}

/// Validates the input and evaluates it. Errors name their field (`workload.…`, `options[i].…`).
pub fn evaluate(input: &EngineInput) -> Result<Report, Vec<FieldError>> {
    evaluate_with(input, Shortcuts::default())
}

/// What an evaluation may take over from the previous one or leave out: on the page, a change
/// of volume takes over the sweep, and the flips of every pair (a fifth of an evaluation with
/// 12 options) are worked out only while the page lists them.
#[derive(Default)]
pub struct Shortcuts<'a> {
    /// The previous evaluation's sweep, for an input that differed from this one only in volume
    /// (which the sweep does not depend on): taken, and left empty, when it spans this volume's.
    pub sweep: Option<&'a mut Sweep>,
    /// What would flip the answer only for the pair the verdict names (the cheapest
    /// self-hosted option against the cheapest API); the other pairs' flips are left empty.
    pub named_pair_flips_only: bool,
}

/// [`evaluate`], with `shortcuts`.
pub fn evaluate_with(input: &EngineInput, shortcuts: Shortcuts) -> Result<Report, Vec<FieldError>> {
    let models = cost_models(input)?;
    Ok(report_from(&input.workload, &input.options, &models, shortcuts))
}

/// Validates the input and reduces each option to its cost shape.
pub fn cost_models(input: &EngineInput) -> Result<Vec<CostModel>, Vec<FieldError>> {
    let mut errors = input.workload.validate().err().unwrap_or_default();
    let workload_ok = errors.is_empty();
    let mut models = Vec::with_capacity(input.options.len());
    for (i, option) in input.options.iter().enumerate() {
        // Errors name the option's place in the scenario, which its id carries.
        let index = option_index(&option.id).unwrap_or(i);
        match option.validate() {
            Err(option_errors) => errors.extend(option_errors.into_iter().map(|e| e.within(index))),
            // Every option is estimated, so that each one that does not fit is named at once.
            Ok(()) if workload_ok => match cost_model(&option.kind, &input.workload) {
                Ok(model) => models.push(model),
                Err(e) => errors.push(e.within(index)),
            },
            Ok(()) => {}
        }
    }
    if errors.is_empty() {
        Ok(models)
    } else {
        Err(errors)
    }
}

fn report_from(workload: &Workload, options: &[OptionInput], models: &[CostModel], shortcuts: Shortcuts) -> Report {
    let volume = workload.tokens_per_day;
    let costs: Vec<f64> = models.iter().map(|m| m.usd_per_day(volume)).collect();
    let cheapest_index = costs.iter().enumerate().min_by(|a, b| a.1.total_cmp(b.1)).map(|(i, _)| i);
    let min_cost = cheapest_index.map(|i| costs[i]);
    let max_cost = costs.iter().copied().max_by(f64::total_cmp);

    let reports: Vec<OptionReport> = options
        .iter()
        .zip(models)
        .zip(&costs)
        .enumerate()
        .map(|(i, ((option, model), &cost))| {
            let plan = model.self_hosted();
            let replicas = plan.map(|p| p.replicas(volume));
            // [pessimistic, optimistic]: capacity at the band's low and high ends.
            let band = model.band();
            let plans = band.as_ref().map(|b| b.clone().map(|m| m.self_hosted().cloned().expect("a band is self-hosted")));
            // Lowest and highest of a figure over the band's two ends and the estimate itself
            // (utilisation is not monotonic in capacity: fewer replicas can run fuller).
            let range = |f: &dyn Fn(&SelfHostedPlan) -> f64| {
                plans.as_ref().zip(plan).map(|([lo, hi], mid)| {
                    let [a, b] = sorted(f(lo), f(hi));
                    [a.min(f(mid)), b.max(f(mid))]
                })
            };
            let cost_range = band.as_ref().map(|[lo, hi]| {
                let [a, b] = sorted(lo.usd_per_day(volume), hi.usd_per_day(volume));
                [a.min(cost), b.max(cost)]
            });
            let energy = energy(&option.kind, model, volume);
            OptionReport {
                id: option.id.clone(),
                label: option.label.clone(),
                kind: option.kind.name(),
                cost_per_day_usd: cost,
                cost_per_month_usd: cost * DAYS_PER_MONTH,
                cost_per_year_usd: cost * DAYS_PER_YEAR,
                cost_per_mtok_usd: cost / (volume / TOKENS_PER_MILLION),
                capacity_tokens_per_day: plan.map(|p| p.capacity_tokens_per_day),
                replicas,
                gpus: plan.zip(replicas).map(|(p, r)| r.saturating_mul(p.gpus_per_replica as u64)),
                utilization: plan.map(|p| p.utilization(volume)),
                capacity_tokens_per_day_range: range(&|p| p.capacity_tokens_per_day),
                replicas_range: plans.as_ref().map(|[lo, hi]| [hi.replicas(volume), lo.replicas(volume)]),
                cost_per_day_usd_range: cost_range,
                cost_per_month_usd_range: cost_range.map(|r| r.map(|c| c * DAYS_PER_MONTH)),
                cost_per_mtok_usd_range: cost_range.map(|r| r.map(|c| c / (volume / TOKENS_PER_MILLION))),
                utilization_range: range(&|p| p.utilization(volume)),
                covers_peak: plan.map(|p| p.covers_traffic_hours),
                ratio_to_cheapest: ratio(cost, min_cost.unwrap_or(cost)),
                cheapest: Some(i) == cheapest_index,
                estimate: plan.and_then(|p| p.estimate.clone()),
                energy_kwh_per_day: energy.map(|e| e.kwh_per_day),
                energy_kwh_per_mtok: energy.map(|e| e.kwh_per_mtok),
            }
        })
        .collect();

    let named = cheapest_api_and_self_hosted(&reports).map(|o| o.map(|o| o.id.as_str()));
    let flipped = |s: &str, a: &str| !shortcuts.named_pair_flips_only || named == [Some(a), Some(s)];
    let break_even = break_evens(workload, options, models, &flipped);
    let comparison = compare(&reports, &break_even);
    let flips = break_even
        .iter()
        .find(|b| Some(&b.self_hosted) == comparison.cheapest_self_hosted.as_ref() && Some(&b.api) == comparison.cheapest_api.as_ref())
        .map(|b| b.flips.clone())
        .unwrap_or_default();
    Report {
        tokens_per_day: volume,
        comparison,
        flips,
        options: reports,
        cheapest: cheapest_index.map(|i| options[i].id.clone()),
        ratio_max_to_min: min_cost.zip(max_cost).map(|(lo, hi)| ratio(hi, lo)),
        self_hosted_to_api_ratio_range: self_hosted_to_api_range(options, &costs),
        break_even,
        sweep: match (shortcuts.sweep, sweep_bounds(volume)) {
            // Its two ends, exact powers of ten, tell its bounds, and so every volume of it.
            (Some(kept), bounds)
                if [kept.tokens_per_day.first().copied(), kept.tokens_per_day.last().copied()] == bounds.map(|b| Some(10f64.powf(b))) =>
            {
                std::mem::take(kept)
            }
            (_, bounds) => sweep(models, bounds),
        },
    }
}

fn self_hosted_to_api_range(options: &[OptionInput], costs: &[f64]) -> Option<[f64; 2]> {
    let is_api = |i: usize| matches!(options[i].kind, OptionKind::Api(_));
    let mut range: Option<[f64; 2]> = None;
    for s in (0..options.len()).filter(|&i| !is_api(i)) {
        for a in (0..options.len()).filter(|&i| is_api(i)) {
            let r = ratio(costs[s], costs[a]);
            range = Some(match range {
                None => [r, r],
                Some([lo, hi]) => [lo.min(r), hi.max(r)],
            });
        }
    }
    range
}

/// `[a, b]` in ascending order.
fn sorted(a: f64, b: f64) -> [f64; 2] {
    [a.min(b), a.max(b)]
}

/// Every (self-hosted, API) pair's break-even, with what would flip it where `flipped(self-hosted
/// id, API id)`.
fn break_evens(workload: &Workload, options: &[OptionInput], models: &[CostModel], flipped: &dyn Fn(&str, &str) -> bool) -> Vec<BreakEven> {
    let mut pairs = Vec::new();
    for (s, model) in models.iter().enumerate() {
        let Some(plan) = model.self_hosted() else { continue };
        let band = model.band();
        for (a, api) in models.iter().enumerate() {
            if let CostModel::Linear { usd_per_token } = api {
                let at = |m: &CostModel| m.break_even_tokens_per_day(*usd_per_token);
                pairs.push(BreakEven {
                    self_hosted: options[s].id.clone(),
                    api: options[a].id.clone(),
                    tokens_per_day: at(model),
                    // The high end of capacity breaks even first.
                    tokens_per_day_range: band.as_ref().map(|[lo, hi]| [at(hi), at(lo)]),
                    self_hosted_usd_per_mtok_at_full_use: plan.usd_per_token_at_full_use() * TOKENS_PER_MILLION,
                    api_usd_per_mtok: usd_per_token * TOKENS_PER_MILLION,
                    flips: if flipped(&options[s].id, &options[a].id) {
                        flips([&options[s].id, &options[a].id], &options[s].kind, model, *usd_per_token, workload)
                    } else {
                        Vec::new()
                    },
                });
            }
        }
    }
    pairs
}

/// The powers of ten the sweep runs between: 10^4 to 10^11 tokens/day, widened to keep `volume`
/// a decade inside.
fn sweep_bounds(volume: f64) -> [f64; 2] {
    [SWEEP_MIN_TOKENS_PER_DAY.min(volume / 10.0).max(1.0).log10().floor(), SWEEP_MAX_TOKENS_PER_DAY.max(volume * 10.0).log10().ceil()]
}

/// Log-spaced volumes from 10^`lo` to 10^`hi` tokens/day (both ends exact powers of ten).
fn sweep_volumes([lo, hi]: [f64; 2]) -> Vec<f64> {
    let steps = ((hi - lo) as usize) * SWEEP_POINTS_PER_DECADE;
    (0..=steps).map(|i| 10f64.powf(lo + (hi - lo) * i as f64 / steps as f64)).collect()
}

fn sweep(models: &[CostModel], bounds: [f64; 2]) -> Sweep {
    let tokens_per_day = sweep_volumes(bounds);
    let monthly = |m: &CostModel| -> Vec<f64> { tokens_per_day.iter().map(|&v| m.usd_per_day(v) * DAYS_PER_MONTH).collect() };
    let cost_per_month_usd = models.iter().map(monthly).collect();
    let cost_per_month_usd_range = models.iter().map(|m| m.band().map(|b| b.each_ref().map(monthly))).collect();
    Sweep { tokens_per_day, cost_per_month_usd, cost_per_month_usd_range }
}
