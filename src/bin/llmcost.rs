//! `llmcost`: the calculator's engine on the command line. Prints JSON to stdout; errors go to
//! stderr with the field they are about, and the exit code is non-zero.
//!
//! ```text
//! llmcost eval --preset blog-2025-03      evaluate a preset
//! llmcost eval 'v=1&vol=50M&...'          evaluate a link (whole URL or query string)
//! llmcost presets | models | gpus         list the catalogs
//! llmcost throughput (--model ID | --model-config FILE) (--gpu ID | --gpu-spec FILE) --gpus N
//!                    --weights P [--kv P] --input N --output N [--concurrency N] [--speed TOK_PER_S]
//!                                         a model from its config.json, a GPU from its figures
//! llmcost calibrate                       estimator against published measurements
//! llmcost catalog import --litellm FILE [--json] [--write --as-of DATE [--source TEXT] [--data DIR]]
//!                                         the catalog's API prices against LiteLLM's price file
//! llmcost chart (--preset ID | LINK) --svg [--out FILE]
//!                                         the cost chart as an SVG picture (the page's drawing)
//! ```

use gpu_or_api::catalog;
use gpu_or_api::charts;
use gpu_or_api::describe;
use gpu_or_api::engine::domain::{self, Domain};
use gpu_or_api::engine::report::{option_id, option_index};
use gpu_or_api::engine::throughput::{estimate, Precision, ThroughputQuery};
use gpu_or_api::engine::{FieldError, Workload};
use gpu_or_api::scenario;
use gpu_or_api::verdict;
use lexopt::prelude::*;
use serde_json::{json, Value};
use std::io::Write;
use std::process::ExitCode;

const USAGE: &str = "usage:
  llmcost eval (--preset ID | LINK) [--sweep]
  llmcost cheapest (--preset ID | LINK) [--top N] [--no-quantised]
  llmcost chart (--preset ID | LINK) --svg [--out FILE]
  llmcost catalog import --litellm FILE [--json] [--write --as-of DATE [--source TEXT] [--data DIR]]
  llmcost presets | models | gpus | calibrate
  llmcost throughput (--model ID | --model-config FILE) (--gpu ID | --gpu-spec FILE) --gpus N --weights P [--kv P] --input N --output N [--concurrency N] [--speed TOK_PER_S]";

/// A failed command: what to print on stderr, an optional JSON body for stdout, and the exit code.
struct Failure {
    message: String,
    body: Option<Value>,
    code: u8,
}

impl Failure {
    fn usage(message: impl Into<String>) -> Self {
        Self { message: format!("{}\n{USAGE}", message.into()), body: None, code: 2 }
    }

    fn invalid(errors: &[FieldError], body: Option<Value>) -> Self {
        let message = errors.iter().map(|e| format!("error: {e}")).collect::<Vec<_>>().join("\n");
        Self { message, body, code: 1 }
    }
}

impl From<lexopt::Error> for Failure {
    fn from(e: lexopt::Error) -> Self {
        Failure::usage(e.to_string())
    }
}

/// Writes `text` and a newline to stdout. A reader that closed the pipe early (`| head`) is not
/// an error: the rest is simply not wanted, so nothing panics and the exit code stands.
fn print(text: &str) {
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{text}").and_then(|_| out.flush());
}

/// Like [`print`], for stderr.
fn print_err(text: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{text}");
}

/// What a command prints on success.
enum Output {
    Json(Value),
    /// Text printed as it is (an SVG picture); nothing when it went to a file.
    Text(Option<String>),
}

impl From<Value> for Output {
    fn from(value: Value) -> Self {
        Output::Json(value)
    }
}

fn main() -> ExitCode {
    match run() {
        Ok(Output::Json(value)) => {
            print(&serde_json::to_string_pretty(&value).unwrap_or_default());
            ExitCode::SUCCESS
        }
        Ok(Output::Text(text)) => {
            if let Some(text) = text {
                print(&text);
            }
            ExitCode::SUCCESS
        }
        Err(failure) => {
            if let Some(body) = failure.body {
                print(&serde_json::to_string_pretty(&body).unwrap_or_default());
            }
            print_err(&failure.message);
            ExitCode::from(failure.code)
        }
    }
}

fn run() -> Result<Output, Failure> {
    let mut parser = lexopt::Parser::from_env();
    let command = match parser.next()? {
        Some(Value_(v)) => v.string()?,
        Some(Long("help") | Short('h')) | None => return Err(Failure::usage("")),
        Some(other) => return Err(other.unexpected().into()),
    };
    match command.as_str() {
        "eval" => eval(&mut parser).map(Output::from),
        "cheapest" => cheapest(&mut parser).map(Output::from),
        "chart" => chart(&mut parser),
        #[cfg(not(target_arch = "wasm32"))]
        "catalog" => catalog_import(&mut parser),
        "presets" => Ok(json!(catalog::PRESETS).into()),
        "models" => Ok(json!(catalog::MODELS).into()),
        "gpus" => Ok(json!(catalog::GPUS).into()),
        "throughput" => throughput(&mut parser).map(Output::from),
        "calibrate" => Ok(json!(calibration_table()).into()),
        other => Err(Failure::usage(format!("unknown command '{other}'"))),
    }
}

/// `llmcost catalog import --litellm FILE`: what LiteLLM's price file would change in the
/// catalog's API prices, as a readable diff (or JSON with `--json`). With `--write --as-of DATE`
/// the changed prices go into the data files (`--data DIR`, default the repository's), citing
/// `--source TEXT`. Native only, like the catalog fields it compares.
#[cfg(not(target_arch = "wasm32"))]
fn catalog_import(parser: &mut lexopt::Parser) -> Result<Output, Failure> {
    use catalog::data_files::{write_changed_prices, Refresh, DATA_DIR};
    match parser.next()? {
        Some(Value_(v)) if v == "import" => {}
        _ => return Err(Failure::usage("catalog needs 'import --litellm FILE'")),
    }
    let (mut file, mut as_json, mut write, mut data, mut source, mut as_of) = (None, false, false, None, None, None);
    while let Some(arg) = parser.next()? {
        match arg {
            Long("litellm") => file = Some(parser.value()?),
            Long("json") => as_json = true,
            Long("write") => write = true,
            Long("data") => data = Some(parser.value()?),
            Long("source") => source = Some(parser.value()?.string()?),
            Long("as-of") => as_of = Some(parser.value()?.string()?),
            other => return Err(other.unexpected().into()),
        }
    }
    let file = file.ok_or_else(|| Failure::usage("catalog import needs --litellm FILE"))?;
    let fail = |flag: &str, message: String| Failure { message: format!("error: {flag}: {message}"), body: None, code: 1 };
    let text = std::fs::read_to_string(&file).map_err(|e| fail("--litellm", format!("{}: {e}", file.to_string_lossy())))?;
    let diff = catalog::litellm::diff(&catalog::litellm::parse(&text).map_err(|e| fail("--litellm", e))?);
    let mut readable = diff.readable();
    if write {
        let as_of = as_of.ok_or_else(|| Failure::usage("--write needs --as-of YYYY-MM-DD, the day the price file was read"))?;
        let is_date =
            as_of.len() == 10 && as_of.chars().enumerate().all(|(i, c)| if i == 4 || i == 7 { c == '-' } else { c.is_ascii_digit() });
        if !is_date {
            return Err(fail("--as-of", format!("'{as_of}' is not a date like 2026-11-27")));
        }
        let source = source.unwrap_or_else(|| format!("LiteLLM model_prices_and_context_window.json, read {as_of}"));
        // Later diffs recognise rows taken from LiteLLM by their source.
        if !source.starts_with("LiteLLM") {
            return Err(fail("--source", "must start with 'LiteLLM', so that later imports know these rows came from it".into()));
        }
        let dir = data.map_or_else(|| std::path::PathBuf::from(DATA_DIR), std::path::PathBuf::from);
        let refresh = Refresh { source_id: &format!("litellm-{as_of}"), source: &source, as_of: &as_of };
        let written = write_changed_prices(&dir, &diff, &refresh).map_err(|e| fail("--write", e))?;
        readable.push_str(&format!(
            "\nwrote {written} changed prices into {}, citing {}; rebuild to ship them",
            dir.join("api_prices.csv").display(),
            refresh.source_id
        ));
    }
    Ok(if as_json { Output::Json(json!(diff)) } else { Output::Text(Some(readable)) })
}

/// `llmcost chart`: the cost-against-volume chart with its title and legend, as the page draws
/// it, as SVG on stdout or in `--out FILE`.
fn chart(parser: &mut lexopt::Parser) -> Result<Output, Failure> {
    let (mut link, mut out, mut svg) = (None, None, false);
    while let Some(arg) = parser.next()? {
        match arg {
            Long("preset") => link = Some(preset_link(parser)?),
            Long("svg") => svg = true,
            Long("out") => out = Some(parser.value()?),
            Value_(v) if link.is_none() => link = Some(v.string()?),
            other => return Err(other.unexpected().into()),
        }
    }
    let link = link.ok_or_else(|| Failure::usage("chart needs --preset ID or a LINK"))?;
    if !svg {
        return Err(Failure::usage("chart needs --svg (the only picture format)"));
    }
    let decoded = decode_with_warnings(&link);
    let answer = verdict::answer(&decoded.scenario).map_err(|errors| Failure::invalid(&errors, None))?;
    let chart = charts::titled_cost_chart(&answer.report, answer.at_estimate.as_ref(), decoded.scenario.title_model());
    let (width, height) = charts::SVG_SIZE_PX;
    let picture =
        charts::line_chart_svg(&chart, width, height).map_err(|e| Failure { message: format!("error: {e}"), body: None, code: 1 })?;
    match out {
        Some(path) => {
            std::fs::write(&path, picture).map_err(|e| Failure { message: format!("error: --out: {e}"), body: None, code: 1 })?;
            Ok(Output::Text(None))
        }
        None => Ok(Output::Text(Some(picture))),
    }
}

// lexopt's positional variant, renamed so it does not clash with serde_json::Value.
use lexopt::Arg::Value as Value_;

/// The link of `--preset ID`.
fn preset_link(parser: &mut lexopt::Parser) -> Result<String, Failure> {
    let id = parser.value()?.string()?;
    let preset = catalog::PRESETS.iter().find(|p| p.id == id).ok_or_else(|| {
        let valid: Vec<_> = catalog::PRESETS.iter().map(|p| p.id).collect();
        Failure::usage(format!("unknown preset '{id}'; valid presets: {}", valid.join(", ")))
    })?;
    Ok(preset.query.to_string())
}

/// Decodes `link`, printing what it could not use as warnings.
fn decode_with_warnings(link: &str) -> scenario::Decoded {
    let decoded = scenario::decode(link);
    for notice in &decoded.notices {
        print_err(&format!("warning: {}: {}", notice.key, notice.message));
    }
    decoded
}

fn eval(parser: &mut lexopt::Parser) -> Result<Value, Failure> {
    let mut link = None;
    let mut with_sweep = false;
    while let Some(arg) = parser.next()? {
        match arg {
            Long("preset") => link = Some(preset_link(parser)?),
            Long("sweep") => with_sweep = true,
            Value_(v) if link.is_none() => link = Some(v.string()?),
            other => return Err(other.unexpected().into()),
        }
    }
    let link = link.ok_or_else(|| Failure::usage("eval needs --preset ID or a LINK"))?;
    let decoded = decode_with_warnings(&link);
    let notices = json!(decoded.notices);
    let canonical = scenario::encode(&decoded.scenario);
    match verdict::answer(&decoded.scenario) {
        Ok(answer) => {
            let mut value = json!(answer.report);
            value["verdict"] = json!(answer.verdict(&decoded.scenario.reasons));
            value["estimate_checks"] = json!(answer.checks);
            if !with_sweep {
                if let Some(object) = value.as_object_mut() {
                    object.remove("sweep");
                }
            }
            value["link"] = json!(canonical);
            value["notices"] = notices;
            // Options whose provider lists no price for the model or GPU: shown, not evaluated.
            let left_out: Vec<Value> = decoded
                .scenario
                .unpriced_options()
                .into_iter()
                .map(|(i, reason)| json!({ "id": option_id(i), "label": decoded.scenario.options[i].display_label(), "reason": reason }))
                .collect();
            value["left_out"] = json!(left_out);
            // Where each catalog price comes from, and whether it is over six months old.
            let sources: Vec<Value> = decoded
                .scenario
                .options
                .iter()
                .enumerate()
                .filter_map(|(i, o)| {
                    let p = o.provenance()?;
                    Some(json!({ "id": option_id(i), "source": p.source, "as_of": p.as_of, "note": p.note,
                        "low_confidence": p.low_confidence, "stale": catalog::is_stale(p.as_of, today()) }))
                })
                .collect();
            value["sources"] = json!(sources);
            // Each self-hosted option's figures in the words the page shows under it.
            let in_words: Vec<Value> = answer
                .report
                .options
                .iter()
                .filter(|o| o.replicas.is_some())
                .map(|o| {
                    let index = option_index(&o.id);
                    let check = answer.checks.iter().find(|c| Some(c.index) == index).map(describe::check);
                    json!({ "id": o.id, "estimate": describe::estimate(o), "replicas": describe::replicas(o), "check": check })
                })
                .collect();
            value["in_words"] = json!(in_words);
            Ok(value)
        }
        Err(errors) => Err(Failure::invalid(&errors, Some(json!({ "link": canonical, "notices": notices, "errors": errors })))),
    }
}

/// This month (year, 1–12) by the system clock, in UTC.
fn today() -> (i32, i32) {
    let days = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() / 86_400) as i64;
    // The civil date of a day count from 1970-01-01 (the proleptic Gregorian calendar, in
    // 400-year eras of 146,097 days).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let month = if shifted_month < 10 { shifted_month + 3 } else { shifted_month - 9 };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year as i32, month as i32)
}

/// Candidates printed by `cheapest` unless `--top` says otherwise.
const DEFAULT_TOP: usize = 10;

fn cheapest(parser: &mut lexopt::Parser) -> Result<Value, Failure> {
    let (mut link, mut top, mut quantised) = (None, DEFAULT_TOP as f64, true);
    while let Some(arg) = parser.next()? {
        match arg {
            Long("preset") => link = Some(preset_link(parser)?),
            Long("top") => top = number(parser, "--top")?,
            Long("no-quantised") => quantised = false,
            Value_(v) if link.is_none() => link = Some(v.string()?),
            other => return Err(other.unexpected().into()),
        }
    }
    let link = link.ok_or_else(|| Failure::usage("cheapest needs --preset ID or a LINK"))?;
    let mut errors = Vec::new();
    let top = whole(&mut errors, "--top", top, &domain::CANDIDATES);
    if !errors.is_empty() {
        return Err(Failure::invalid(&errors, None));
    }
    let s = decode_with_warnings(&link).scenario;
    let candidates: Vec<Value> = s
        .cheapest_setups(quantised, top as usize)
        .iter()
        .map(|f| {
            let c = &f.candidate;
            json!({
                "provider": f.provider,
                "gpu": f.gpu,
                "gpus_per_replica": c.gpus_per_replica,
                "precision": c.precision,
                "quantised": c.quantised,
                "replicas": c.replicas,
                "cost_per_day_usd": c.cost_per_day_usd,
                "cost_per_day_usd_range": c.cost_per_day_usd_range,
                "cost_per_mtok_usd": c.cost_per_mtok_usd,
                "user_tokens_per_s": c.user_tokens_per_s,
                "break_even_tokens_per_day": c.break_even_tokens_per_day,
                "link": s.link_with(f),
            })
        })
        .collect();
    Ok(json!({ "candidates": candidates }))
}

fn throughput(parser: &mut lexopt::Parser) -> Result<Value, Failure> {
    let (mut model, mut model_config, mut gpu, mut gpu_spec, mut gpus, mut weights, mut kv) = (None, None, None, None, 1.0, None, None);
    let (mut input, mut output, mut concurrency, mut speed) = (None, None, None, None);
    while let Some(arg) = parser.next()? {
        match arg {
            Long("model") => model = Some(parser.value()?.string()?),
            Long("model-config") => model_config = Some(parser.value()?),
            Long("gpu") => gpu = Some(parser.value()?.string()?),
            Long("gpu-spec") => gpu_spec = Some(parser.value()?),
            Long("gpus") => gpus = number(parser, "--gpus")?,
            Long("weights") => weights = Some(parser.value()?.string()?.parse::<Precision>().map_err(Failure::usage)?),
            Long("kv") => kv = Some(parser.value()?.string()?.parse::<Precision>().map_err(Failure::usage)?),
            Long("input") => input = Some(number(parser, "--input")?),
            Long("output") => output = Some(number(parser, "--output")?),
            Long("concurrency") => concurrency = Some(number(parser, "--concurrency")?),
            Long("speed") => speed = Some(number(parser, "--speed")?),
            other => return Err(other.unexpected().into()),
        }
    }
    // A catalog model, or one read from its config.json.
    let (model, from_config) = match (model, model_config) {
        (Some(_), Some(_)) => return Err(Failure::usage("give --model or --model-config, not both")),
        (None, None) => return Err(Failure::usage("--model ID or --model-config FILE is required")),
        (Some(id), None) => {
            let model = catalog::model(&id)
                .ok_or_else(|| Failure::usage(format!("unknown model '{id}'; valid: {}", catalog::model_ids().join(", "))))?;
            (*model, false)
        }
        (None, Some(file)) => {
            let fail = |message: String| Failure { message: format!("error: --model-config: {message}"), body: None, code: 1 };
            let text = std::fs::read_to_string(&file).map_err(|e| fail(format!("{}: {e}", file.to_string_lossy())))?;
            (catalog::model_config::model_spec_from_config(&text).map_err(fail)?, true)
        }
    };
    // A catalog GPU, or one from a file of its datasheet figures.
    let (gpu, gpu_from_file) = match (gpu, gpu_spec) {
        (Some(_), Some(_)) => return Err(Failure::usage("give --gpu or --gpu-spec, not both")),
        (None, None) => return Err(Failure::usage("--gpu ID or --gpu-spec FILE is required")),
        (Some(id), None) => {
            let gpu =
                catalog::gpu(&id).ok_or_else(|| Failure::usage(format!("unknown GPU '{id}'; valid: {}", catalog::gpu_ids().join(", "))))?;
            (*gpu, false)
        }
        (None, Some(file)) => {
            let fail = |message: String| Failure { message: format!("error: --gpu-spec: {message}"), body: None, code: 1 };
            let text = std::fs::read_to_string(&file).map_err(|e| fail(format!("{}: {e}", file.to_string_lossy())))?;
            (catalog::gpu_spec_file::gpu_spec_from_json(&text).map_err(fail)?, true)
        }
    };
    let weights = weights.ok_or_else(|| Failure::usage("--weights is required (fp16, bf16, fp8, int8, int4, fp4)"))?;
    let workload = Workload {
        input_tokens_per_request: input.ok_or_else(|| Failure::usage("--input is required"))?,
        output_tokens_per_request: output.ok_or_else(|| Failure::usage("--output is required"))?,
        speed_target_tokens_per_s: speed,
        ..Workload::default()
    };
    let mut errors = workload.validate().err().unwrap_or_default();
    let gpus = whole(&mut errors, "--gpus", gpus, &domain::GPUS_PER_REPLICA);
    let concurrency = concurrency.map(|c| whole(&mut errors, "--concurrency", c, &domain::CONCURRENCY));
    if !errors.is_empty() {
        return Err(Failure::invalid(&errors, None));
    }
    let query = ThroughputQuery { model, gpu, gpus, weights, kv: kv.unwrap_or(weights.default_kv()), concurrency };
    match estimate(&query, &workload) {
        Ok(e) => {
            let mut value = json!(e);
            value["fits"] = json!(true);
            // With the keys that carry them in a scenario link, for `llmcost eval` and the page.
            if from_config {
                value["model"] = json!(model);
                value["model_link_keys"] = json!(scenario::custom_model_keys(&model));
            }
            if gpu_from_file {
                value["gpu"] = json!(gpu);
                value["gpu_link_keys"] = json!(scenario::custom_gpu_keys(&gpu));
            }
            if !e.calibrated {
                let [lo, hi] = e.band;
                value["calibration_note"] = json!(format!(
                    "no published measurement on {} in {weights}: estimate unchecked, measured ÷ estimated may lie anywhere from {lo:.2} to {hi:.2}",
                    gpu.name
                ));
            }
            Ok(value)
        }
        Err(e) => {
            let body = match &e.problem {
                gpu_or_api::engine::Problem::DoesNotFit { needed_gb, available_gb, smallest_gpu_count } => {
                    json!({ "fits": false, "needed_gb": needed_gb, "available_gb": available_gb, "smallest_gpu_count": smallest_gpu_count })
                }
                _ => json!({ "fits": false }),
            };
            Err(Failure::invalid(&[e], Some(body)))
        }
    }
}

/// `value` as a count within `domain`; otherwise records an error naming `flag`
/// (`error: --gpus: must be a whole number`) and gives the domain's minimum.
fn whole(errors: &mut Vec<FieldError>, flag: &'static str, value: f64, domain: &Domain) -> u32 {
    match domain.check(flag, value) {
        Ok(v) => v as u32,
        Err(e) => {
            errors.push(e);
            domain.min as u32
        }
    }
}

fn number(parser: &mut lexopt::Parser, flag: &str) -> Result<f64, Failure> {
    let text = parser.value()?.string()?;
    scenario::parse_number(&text).ok_or_else(|| Failure::usage(format!("{flag}: '{text}' is not a number")))
}

/// Each calibration row with the estimate beside it, and the geometric mean of measured/estimated.
fn calibration_table() -> Value {
    let rows: Vec<Value> = catalog::CALIBRATION
        .iter()
        .map(|row| match row.estimate() {
            Ok(estimated) => json!({ "row": row, "estimated_output_tokens_per_s": estimated, "measured_over_estimated": row.measured_output_tokens_per_s / estimated }),
            Err(e) => json!({ "row": row, "error": e.to_string() }),
        })
        .collect();
    let ratios: Vec<f64> = rows.iter().filter_map(|r| r["measured_over_estimated"].as_f64()).collect();
    let geometric_mean = (ratios.iter().map(|r| r.ln()).sum::<f64>() / ratios.len() as f64).exp();
    json!({ "rows": rows, "geometric_mean_measured_over_estimated": geometric_mean })
}
