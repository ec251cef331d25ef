//! Turns the catalog's data files (`src/catalog/data/*.csv`, one row per line, sources cited by
//! id from `sources.csv`) into the constant tables the code uses, so that the page carries the
//! same tables as hand-written ones and no parser. Every value is checked here: a bad row fails
//! the build and names its file, line and column; so does a source that no row cites.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::path::Path;

const DATA: &str = "src/catalog/data";
/// Fields only the command-line tool reads; the page's build leaves them out.
const NATIVE: &str = "#[cfg(not(target_arch = \"wasm32\"))]";

/// One data file and the constant it becomes.
struct Table {
    file: &'static str,
    /// The Rust item: `pub const NAME: &[Type] = &[`.
    constant: &'static str,
    columns: &'static [&'static str],
    /// One row as a Rust expression.
    render: fn(&Row) -> Result<String, String>,
}

const RENTAL_COLUMNS: &[&str] = &[
    "gpu",
    "provider",
    "instance",
    "gpus_per_instance",
    "usd_per_gpu_hour",
    "pricing",
    "region",
    "source",
    "as_of",
    "low_confidence",
    "note",
];

fn rental(r: &Row) -> Result<String, String> {
    Ok(format!(
        "RentalPrice {{ gpu: {}, provider: {}, {NATIVE} instance: {}, distinguishing_instance: {}, gpus_per_instance: {}, usd_per_gpu_hour: {}, pricing: {}, {NATIVE} region: {}, source: {}, as_of: {}, {NATIVE} note: {}, low_confidence: {} }}",
        r.text("gpu")?, r.text("provider")?, r.text("instance")?, if r.looks_alike { r.text("instance")? } else { "\"\"".into() }, r.count("gpus_per_instance")?, r.number("usd_per_gpu_hour")?,
        r.pricing("pricing")?, r.text("region")?, r.source("source")?, r.text("as_of")?, r.text("note")?, r.bool("low_confidence")?
    ))
}

const TABLES: &[Table] = &[
    Table {
        file: "api_prices.csv",
        constant: "/// Every API price the catalog ships, $ per million tokens.\npub const API_PRICES: &[ApiPrice]",
        columns: &[
            "model", "estimator_model", "provider", "provider_model_id", "input_usd_per_mtok", "output_usd_per_mtok",
            "cached_input_usd_per_mtok", "source", "as_of", "low_confidence", "note",
        ],
        render: |r| {
            Ok(format!(
                "ApiPrice {{ {NATIVE} model: {}, estimator_model: {}, provider: {}, {NATIVE} provider_model_id: {}, input_usd_per_mtok: {}, output_usd_per_mtok: {}, cached_input_usd_per_mtok: {}, source: {}, as_of: {}, {NATIVE} note: {}, low_confidence: {} }}",
                r.text("model")?, r.optional_text("estimator_model")?, r.text("provider")?, r.text("provider_model_id")?,
                r.number("input_usd_per_mtok")?, r.number("output_usd_per_mtok")?, r.optional_number("cached_input_usd_per_mtok")?,
                r.source("source")?, r.text("as_of")?, r.text("note")?, r.bool("low_confidence")?
            ))
        },
    },
    Table {
        file: "rental_prices.csv",
        constant: "/// Every rental price the catalog ships, $ per GPU-hour.\npub const RENTAL_PRICES: &[RentalPrice]",
        columns: RENTAL_COLUMNS,
        render: rental,
    },
    Table {
        file: "serverless_prices.csv",
        constant: "/// Every serverless price the catalog ships, $ per GPU-hour while a worker is billed.\npub const SERVERLESS_PRICES: &[RentalPrice]",
        columns: RENTAL_COLUMNS,
        render: rental,
    },
    Table {
        file: "purchase_prices.csv",
        constant: "/// Every purchase price the catalog ships; GPUs without a sourced price are left out.\npub const PURCHASE_PRICES: &[PurchasePrice]",
        columns: &["gpu", "usd_low", "usd_high", "watts", "basis", "source", "power_source", "as_of", "low_confidence"],
        render: |r| {
            Ok(format!(
                "PurchasePrice {{ gpu: {}, usd_low: {}, usd_high: {}, watts: {}, basis: {}, source: {}, {NATIVE} power_source: {}, as_of: {}, low_confidence: {} }}",
                r.text("gpu")?, r.number("usd_low")?, r.number("usd_high")?, r.number("watts")?, r.text("basis")?,
                r.source("source")?, r.source("power_source")?, r.text("as_of")?, r.bool("low_confidence")?
            ))
        },
    },
    Table {
        file: "models.csv",
        constant: "/// Every model the estimator knows.\npub const MODELS: &[Sourced<ModelSpec>]",
        columns: &[
            "id", "name", "total_params_b", "active_params_b", "layers", "hidden", "kv_bytes_per_token_16bit", "window_tokens",
            "local_layer_share", "source", "as_of", "low_confidence", "note",
        ],
        render: |r| {
            let window = match (r.value("window_tokens"), r.value("local_layer_share")) {
                ("", "") => "None".to_string(),
                ("", _) | (_, "") => return Err(r.at("window_tokens", "a sliding window needs both window_tokens and local_layer_share")),
                _ => format!(
                    "Some(SlidingWindow {{ window_tokens: {}, local_layer_share: {} }})",
                    r.count("window_tokens")?,
                    r.number("local_layer_share")?
                ),
            };
            Ok(format!(
                "Sourced {{ item: ModelSpec {{ id: {}, name: {}, total_params_b: {}, active_params_b: {}, layers: {}, hidden: {}, kv_bytes_per_token_16bit: {}, sliding_window: {window} }}, source: {}, as_of: {}, {NATIVE} note: {}, low_confidence: {} }}",
                r.text("id")?, r.text("name")?, r.number("total_params_b")?, r.number("active_params_b")?, r.count("layers")?,
                r.count("hidden")?, r.number("kv_bytes_per_token_16bit")?, r.source("source")?, r.text("as_of")?, r.text("note")?,
                r.bool("low_confidence")?
            ))
        },
    },
    Table {
        file: "gpus.csv",
        constant: "/// Every GPU the estimator knows.\npub const GPUS: &[Sourced<GpuSpec>]",
        columns: &[
            "id", "name", "memory_gib", "memory_tb_per_s", "bf16_tflops", "fp8_tflops", "fp4_tflops", "int8_tops", "link", "link_gb_per_s",
            "tdp_w", "software_efficiency", "calibrated", "source", "as_of", "low_confidence", "note",
        ],
        render: |r| {
            let link = match r.value("link") {
                "nv_link" => "Link::NvLink",
                "pcie" => "Link::Pcie",
                other => return Err(r.at("link", &format!("'{other}' is not nv_link or pcie"))),
            };
            let calibrated: Vec<String> =
                r.value("calibrated").split_whitespace().map(|p| precision(p).ok_or_else(|| r.at("calibrated", &format!("'{p}' is not a precision")))).collect::<Result<_, _>>()?;
            Ok(format!(
                "Sourced {{ item: GpuSpec {{ id: {}, name: {}, memory_gib: {}, memory_tb_per_s: {}, bf16_tflops: {}, fp8_tflops: {}, fp4_tflops: {}, int8_tops: {}, link: {link}, link_gb_per_s: {}, tdp_w: {}, software_efficiency: {}, calibrated: &[{}] }}, source: {}, as_of: {}, {NATIVE} note: {}, low_confidence: {} }}",
                r.text("id")?, r.text("name")?, r.number("memory_gib")?, r.number("memory_tb_per_s")?, r.number("bf16_tflops")?,
                r.optional_number("fp8_tflops")?, r.optional_number("fp4_tflops")?, r.optional_number("int8_tops")?, r.number("link_gb_per_s")?,
                r.number("tdp_w")?, r.number("software_efficiency")?, calibrated.join(", "), r.source("source")?, r.text("as_of")?,
                r.text("note")?, r.bool("low_confidence")?
            ))
        },
    },
    Table {
        file: "calibration.csv",
        constant: "/// Every published measurement the estimator is checked against.\npub const CALIBRATION: &[CalibrationRow]",
        columns: &[
            "source", "engine", "model", "gpu", "gpus", "weights", "kv", "input_tokens", "output_tokens", "concurrency",
            "measured_output_tokens_per_s", "note",
        ],
        render: |r| {
            Ok(format!(
                "CalibrationRow {{ source: {}, {NATIVE} engine: {}, model: {}, gpu: {}, gpus: {}, weights: {}, kv: {}, input_tokens: {}, output_tokens: {}, concurrency: {}, measured_output_tokens_per_s: {}, {NATIVE} note: {} }}",
                r.source("source")?, r.text("engine")?, r.text("model")?, r.text("gpu")?, r.count("gpus")?, r.precision("weights")?,
                r.precision("kv")?, r.number("input_tokens")?, r.number("output_tokens")?, r.optional_count("concurrency")?,
                r.number("measured_output_tokens_per_s")?, r.text("note")?
            ))
        },
    },
];

/// One row of a data file, read column by column into Rust literals.
struct Row<'a> {
    line: usize,
    /// Another row has the same provider, GPU and pricing.
    looks_alike: bool,
    columns: &'static [&'static str],
    record: csv::StringRecord,
    sources: &'a HashMap<String, String>,
    cited: &'a RefCell<HashSet<String>>,
}

impl Row<'_> {
    fn value(&self, column: &str) -> &str {
        let i = self.columns.iter().position(|c| *c == column).unwrap_or_else(|| panic!("build.rs names an unknown column {column}"));
        self.record.get(i).unwrap_or_default()
    }

    fn at(&self, column: &str, problem: &str) -> String {
        format!("line {}, column {column}: {problem}", self.line)
    }

    fn text(&self, column: &str) -> Result<String, String> {
        Ok(format!("{:?}", self.value(column)))
    }

    fn optional_text(&self, column: &str) -> Result<String, String> {
        Ok(match self.value(column) {
            "" => "None".into(),
            v => format!("Some({v:?})"),
        })
    }

    /// A finite number as a float literal that reads back as the same value.
    fn number(&self, column: &str) -> Result<String, String> {
        let v = self.value(column);
        match v.parse::<f64>() {
            Ok(n) if n.is_finite() => Ok(format!("{n:?}")),
            _ => Err(self.at(column, &format!("'{v}' is not a number"))),
        }
    }

    fn optional_number(&self, column: &str) -> Result<String, String> {
        if self.value(column).is_empty() {
            return Ok("None".into());
        }
        Ok(format!("Some({})", self.number(column)?))
    }

    fn count(&self, column: &str) -> Result<String, String> {
        let v = self.value(column);
        v.parse::<u32>().map(|n| n.to_string()).map_err(|_| self.at(column, &format!("'{v}' is not a count")))
    }

    fn optional_count(&self, column: &str) -> Result<String, String> {
        if self.value(column).is_empty() {
            return Ok("None".into());
        }
        Ok(format!("Some({})", self.count(column)?))
    }

    fn bool(&self, column: &str) -> Result<String, String> {
        match self.value(column) {
            v @ ("true" | "false") => Ok(v.to_string()),
            v => Err(self.at(column, &format!("'{v}' is not true or false"))),
        }
    }

    fn pricing(&self, column: &str) -> Result<String, String> {
        Ok(match self.value(column) {
            "on_demand" => "Pricing::OnDemand",
            "reserved1y" => "Pricing::Reserved1y",
            "spot" => "Pricing::Spot",
            "marketplace" => "Pricing::Marketplace",
            v => return Err(self.at(column, &format!("'{v}' is not on_demand, reserved1y, spot or marketplace"))),
        }
        .into())
    }

    fn precision(&self, column: &str) -> Result<String, String> {
        let v = self.value(column);
        precision(v).ok_or_else(|| self.at(column, &format!("'{v}' is not fp16, bf16, fp8, int8, int4 or fp4")))
    }

    /// The text of the source whose id the column holds.
    fn source(&self, column: &str) -> Result<String, String> {
        let id = self.value(column);
        let text = self.sources.get(id).ok_or_else(|| self.at(column, &format!("no source with id '{id}' in sources.csv")))?;
        self.cited.borrow_mut().insert(id.to_string());
        Ok(format!("{text:?}"))
    }
}

fn precision(id: &str) -> Option<String> {
    let variant = match id {
        "fp16" => "Fp16",
        "bf16" => "Bf16",
        "fp8" => "Fp8",
        "int8" => "Int8",
        "int4" => "Int4",
        "fp4" => "Fp4",
        _ => return None,
    };
    Some(format!("Precision::{variant}"))
}

fn reader(file: &str) -> csv::Reader<std::fs::File> {
    let path = format!("{DATA}/{file}");
    println!("cargo:rerun-if-changed={path}");
    csv::Reader::from_path(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn read_sources() -> HashMap<String, String> {
    let mut sources = HashMap::new();
    for (i, record) in reader("sources.csv").records().enumerate() {
        let record = record.unwrap_or_else(|e| panic!("{DATA}/sources.csv: {e}"));
        let (id, text) = (record.get(0).unwrap_or_default(), record.get(1).unwrap_or_default());
        assert!(!id.is_empty() && !text.is_empty(), "{DATA}/sources.csv line {}: an id and a source", i + 2);
        assert!(sources.insert(id.to_string(), text.to_string()).is_none(), "{DATA}/sources.csv: id '{id}' twice");
    }
    sources
}

fn generate(table: &Table, sources: &HashMap<String, String>, cited: &RefCell<HashSet<String>>) -> Result<String, String> {
    let mut reader = reader(table.file);
    let header = reader.headers().map_err(|e| e.to_string())?;
    if !header.iter().eq(table.columns.iter().copied()) {
        return Err(format!("the columns must be {}", table.columns.join(",")));
    }
    let records: Vec<csv::StringRecord> = reader.records().collect::<Result<_, _>>().map_err(|e| e.to_string())?;
    let key = |r: &csv::StringRecord| {
        ["provider", "gpu", "pricing"].map(|c| table.columns.iter().position(|x| *x == c).and_then(|i| r.get(i)).map(str::to_string))
    };
    let mut code = format!("{} = &[\n", table.constant);
    for (i, record) in records.iter().cloned().enumerate() {
        let this = key(&record);
        let looks_alike = this.iter().all(Option::is_some) && records.iter().filter(|r| key(r) == this).count() > 1;
        let row = Row { line: i + 2, looks_alike, columns: table.columns, record, sources, cited };
        code.push_str(&(table.render)(&row)?);
        code.push_str(",\n");
    }
    code.push_str("];\n");
    Ok(code)
}

fn main() {
    println!("cargo:rerun-if-changed={DATA}");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let sources = read_sources();
    let cited = RefCell::new(HashSet::new());
    for table in TABLES {
        let code = generate(table, &sources, &cited).unwrap_or_else(|e| panic!("{DATA}/{}: {e}", table.file));
        std::fs::write(Path::new(&out).join(table.file.replace(".csv", ".rs")), code).expect("writes to OUT_DIR");
    }
    let cited = cited.into_inner();
    let mut uncited: Vec<&String> = sources.keys().filter(|id| !cited.contains(*id)).collect();
    uncited.sort();
    assert!(uncited.is_empty(), "{DATA}/sources.csv: no row cites {uncited:?}");
}
