//! Writing the catalog's data files (command-line only): `llmcost catalog import --litellm FILE
//! --write` applies LiteLLM's changed prices to `api_prices.csv`, citing a row it adds to
//! `sources.csv`. New routes, rows LiteLLM no longer lists and conflicts with other sources are
//! left for a person to judge.

use super::litellm::Diff;
use csv::{Reader, StringRecord, Writer};
use std::path::Path;

/// Where the data files are, from the repository's root.
pub const DATA_DIR: &str = "src/catalog/data";

/// The source a refresh cites: its id in `sources.csv`, its text and the date its prices hold.
pub struct Refresh<'a> {
    pub source_id: &'a str,
    pub source: &'a str,
    pub as_of: &'a str,
}

fn read(path: &Path) -> Result<(StringRecord, Vec<StringRecord>), String> {
    let fail = |e: csv::Error| format!("{}: {e}", path.display());
    let mut reader = Reader::from_path(path).map_err(fail)?;
    let header = reader.headers().map_err(fail)?.clone();
    let rows = reader.records().collect::<Result<_, _>>().map_err(fail)?;
    Ok((header, rows))
}

fn write(path: &Path, header: &StringRecord, rows: &[StringRecord]) -> Result<(), String> {
    let fail = |e: csv::Error| format!("{}: {e}", path.display());
    let mut writer = Writer::from_path(path).map_err(fail)?;
    writer.write_record(header).map_err(fail)?;
    for row in rows {
        writer.write_record(row).map_err(fail)?;
    }
    writer.flush().map_err(|e| format!("{}: {e}", path.display()))
}

/// Reads and writes back a data file unchanged: the files keep the form this module writes.
pub fn rewrite_unchanged(path: &Path) -> Result<(), String> {
    let (header, rows) = read(path)?;
    write(path, &header, &rows)
}

/// Applies `diff`'s changed prices to the data files in `dir`, citing `refresh`; returns how
/// many rows changed. Each changed row keeps its previous price and date in its note.
pub fn write_changed_prices(dir: &Path, diff: &Diff, refresh: &Refresh) -> Result<usize, String> {
    let sources_path = dir.join("sources.csv");
    let (sources_header, mut sources) = read(&sources_path)?;
    match sources.iter().find(|r| r.get(0) == Some(refresh.source_id)) {
        Some(r) if r.get(1) != Some(refresh.source) => {
            return Err(format!(
                "sources.csv already has the id '{}' for another source: {}",
                refresh.source_id,
                r.get(1).unwrap_or_default()
            ))
        }
        Some(_) => {}
        None if diff.changed.is_empty() => {}
        None => sources.push(StringRecord::from(vec![refresh.source_id, refresh.source])),
    }

    let prices_path = dir.join("api_prices.csv");
    let (header, mut rows) = read(&prices_path)?;
    let column = |name: &str| header.iter().position(|h| h == name).ok_or_else(|| format!("api_prices.csv has no column {name}"));
    let [provider, model_id, input, output, cached, source, as_of, note] = [
        "provider",
        "provider_model_id",
        "input_usd_per_mtok",
        "output_usd_per_mtok",
        "cached_input_usd_per_mtok",
        "source",
        "as_of",
        "note",
    ]
    .map(column);
    let (provider, model_id, input, output, cached, source, as_of, note) =
        (provider?, model_id?, input?, output?, cached?, source?, as_of?, note?);
    let mut written = 0;
    for row in &mut rows {
        let Some(change) =
            diff.changed.iter().find(|c| row.get(provider) == Some(c.row.provider) && row.get(model_id) == Some(c.row.provider_model_id))
        else {
            continue;
        };
        let mut fields: Vec<String> = row.iter().map(str::to_string).collect();
        let was = format!("was {}/{} as of {}", fields[input], fields[output], fields[as_of]);
        fields[note] = if fields[note].is_empty() { was } else { format!("{was}; {}", fields[note]) };
        let l = &change.litellm;
        fields[input] = l.input_usd_per_mtok.to_string();
        fields[output] = l.output_usd_per_mtok.to_string();
        fields[cached] = l.cached_input_usd_per_mtok.map(|c| c.to_string()).unwrap_or_default();
        fields[source] = refresh.source_id.to_string();
        fields[as_of] = refresh.as_of.to_string();
        *row = StringRecord::from(fields);
        written += 1;
    }
    write(&sources_path, &sources_header, &sources)?;
    write(&prices_path, &header, &rows)?;
    Ok(written)
}
