//! Turns the catalog's data files (`src/catalog/data/*.csv`, one row per line, sources cited by
//! id from `sources.csv`) into the constant tables the code uses, so that the page carries the
//! same tables as hand-written ones and no parser. Every value is checked here: a bad row fails
//! the build and names its file, line and column.

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::path::Path;

const DATA: &str = "src/catalog/data";
/// Fields only the command-line tool reads; the page's build leaves them out.
const NATIVE_ONLY: &str = "#[cfg(not(target_arch = \"wasm32\"))] ";

/// How a column becomes a Rust field.
#[derive(Clone, Copy)]
enum Kind {
    Text,
    /// Text, or `None` when empty.
    OptionalText,
    Number,
    OptionalNumber,
    Count,
    Bool,
    /// A `Pricing` variant, written in snake case.
    Pricing,
    /// An id in `sources.csv`, written as the source's text.
    Source,
}

/// A column: its name in the file and the struct, its kind, and whether only the command-line
/// tool has the field.
struct Column(&'static str, Kind, bool);

struct Table {
    file: &'static str,
    constant: &'static str,
    row_type: &'static str,
    doc: &'static str,
    columns: &'static [Column],
}

const RENTAL_COLUMNS: &[Column] = &[
    Column("gpu", Kind::Text, false),
    Column("provider", Kind::Text, false),
    Column("instance", Kind::Text, true),
    Column("gpus_per_instance", Kind::Count, false),
    Column("usd_per_gpu_hour", Kind::Number, false),
    Column("pricing", Kind::Pricing, false),
    Column("region", Kind::Text, true),
    Column("source", Kind::Source, false),
    Column("as_of", Kind::Text, false),
    Column("low_confidence", Kind::Bool, false),
    Column("note", Kind::Text, true),
];

const TABLES: &[Table] = &[
    Table {
        file: "api_prices.csv",
        constant: "API_PRICES",
        row_type: "ApiPrice",
        doc: "Every API price the catalog ships, $ per million tokens.",
        columns: &[
            Column("model", Kind::Text, true),
            Column("estimator_model", Kind::OptionalText, false),
            Column("provider", Kind::Text, false),
            Column("provider_model_id", Kind::Text, true),
            Column("input_usd_per_mtok", Kind::Number, false),
            Column("output_usd_per_mtok", Kind::Number, false),
            Column("cached_input_usd_per_mtok", Kind::OptionalNumber, false),
            Column("source", Kind::Source, false),
            Column("as_of", Kind::Text, false),
            Column("low_confidence", Kind::Bool, false),
            Column("note", Kind::Text, true),
        ],
    },
    Table {
        file: "rental_prices.csv",
        constant: "RENTAL_PRICES",
        row_type: "RentalPrice",
        doc: "Every rental price the catalog ships, $ per GPU-hour.",
        columns: RENTAL_COLUMNS,
    },
    Table {
        file: "serverless_prices.csv",
        constant: "SERVERLESS_PRICES",
        row_type: "RentalPrice",
        doc: "Every serverless price the catalog ships, $ per GPU-hour while a worker is billed.",
        columns: RENTAL_COLUMNS,
    },
    Table {
        file: "purchase_prices.csv",
        constant: "PURCHASE_PRICES",
        row_type: "PurchasePrice",
        doc: "Every purchase price the catalog ships; GPUs without a sourced price are left out.",
        columns: &[
            Column("gpu", Kind::Text, false),
            Column("usd_low", Kind::Number, false),
            Column("usd_high", Kind::Number, false),
            Column("watts", Kind::Number, false),
            Column("basis", Kind::Text, false),
            Column("source", Kind::Source, false),
            Column("power_source", Kind::Source, true),
            Column("as_of", Kind::Text, false),
            Column("low_confidence", Kind::Bool, false),
        ],
    },
];

fn main() {
    println!("cargo:rerun-if-changed={DATA}");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let sources = read_sources();
    let mut cited = HashSet::new();
    for table in TABLES {
        let code = generate(table, &sources, &mut cited).unwrap_or_else(|e| panic!("{DATA}/{}: {e}", table.file));
        std::fs::write(Path::new(&out).join(table.file.replace(".csv", ".rs")), code).expect("writes to OUT_DIR");
    }
    let mut uncited: Vec<&String> = sources.keys().filter(|id| !cited.contains(*id)).collect();
    uncited.sort();
    assert!(uncited.is_empty(), "{DATA}/sources.csv: no row cites {uncited:?}");
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

fn generate(table: &Table, sources: &HashMap<String, String>, cited: &mut HashSet<String>) -> Result<String, String> {
    let mut reader = reader(table.file);
    let header: Vec<String> = reader.headers().map_err(|e| e.to_string())?.iter().map(str::to_string).collect();
    let names: Vec<&str> = table.columns.iter().map(|c| c.0).collect();
    if header != names {
        return Err(format!("the columns must be {}", names.join(",")));
    }
    let mut code = format!("/// {}\npub const {}: &[{}] = &[\n", table.doc, table.constant, table.row_type);
    for (i, record) in reader.records().enumerate() {
        let record = record.map_err(|e| e.to_string())?;
        code.push_str("    ");
        code.push_str(table.row_type);
        code.push_str(" {\n");
        for (column, value) in table.columns.iter().zip(record.iter()) {
            let Column(name, kind, native_only) = column;
            let at = || format!("line {}, column {name}", i + 2);
            let literal = match kind {
                Kind::Text => format!("{value:?}"),
                Kind::OptionalText if value.is_empty() => "None".into(),
                Kind::OptionalText => format!("Some({value:?})"),
                Kind::Number => number(value).ok_or_else(|| format!("{}: '{value}' is not a number", at()))?,
                Kind::OptionalNumber if value.is_empty() => "None".into(),
                Kind::OptionalNumber => format!("Some({})", number(value).ok_or_else(|| format!("{}: '{value}' is not a number", at()))?),
                Kind::Count => value.parse::<u32>().map_err(|_| format!("{}: '{value}' is not a count", at()))?.to_string(),
                Kind::Bool => match value {
                    "true" | "false" => value.to_string(),
                    _ => return Err(format!("{}: '{value}' is not true or false", at())),
                },
                Kind::Pricing => match value {
                    "on_demand" => "Pricing::OnDemand".into(),
                    "reserved1y" => "Pricing::Reserved1y".into(),
                    "spot" => "Pricing::Spot".into(),
                    "marketplace" => "Pricing::Marketplace".into(),
                    _ => return Err(format!("{}: '{value}' is not on_demand, reserved1y, spot or marketplace", at())),
                },
                Kind::Source => {
                    let text = sources.get(value).ok_or_else(|| format!("{}: no source with id '{value}' in sources.csv", at()))?;
                    cited.insert(value.to_string());
                    format!("{text:?}")
                }
            };
            let cfg = if *native_only { NATIVE_ONLY } else { "" };
            writeln!(code, "        {cfg}{name}: {literal},").expect("writes to a String");
        }
        code.push_str("    },\n");
    }
    code.push_str("];\n");
    Ok(code)
}

/// A finite number as a float literal that reads back as the same value.
fn number(text: &str) -> Option<String> {
    let value: f64 = text.parse().ok()?;
    value.is_finite().then(|| format!("{value:?}"))
}
