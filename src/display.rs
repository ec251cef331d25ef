//! Readable numbers for people: `$1.2K`, `350M tokens`, `358×`. Links use `scenario::format_exact`
//! instead, which keeps every digit.

/// Compact number with a K/M/B/T suffix and three significant digits: 1234 → "1.23K".
pub fn compact(value: f64) -> String {
    if !value.is_finite() {
        return "—".into();
    }
    let abs = value.abs();
    // Far out of scale: scientific, never hundreds of digits.
    if abs >= 1e15 || (abs > 0.0 && abs < 1e-4) {
        return format!("{value:.2e}");
    }
    let (scaled, suffix) = match abs {
        a if a >= 1e12 => (value / 1e12, "T"),
        a if a >= 1e9 => (value / 1e9, "B"),
        a if a >= 1e6 => (value / 1e6, "M"),
        a if a >= 1e3 => (value / 1e3, "K"),
        _ => (value, ""),
    };
    format!("{}{suffix}", significant(scaled, 3))
}

/// Dollars: "$0.12", "$88.08", "$1.23K", "$3.4M".
pub fn usd(value: f64) -> String {
    if !value.is_finite() {
        return "—".into();
    }
    if value.abs() >= 1e3 {
        return format!("${}", compact(value));
    }
    if value.abs() >= 1.0 || value == 0.0 {
        return format!("${value:.2}");
    }
    if value.abs() < SMALLEST_USD {
        return "under $0.0001".into();
    }
    // Two significant digits, zeros kept: "$0.10", "$0.057".
    let decimals = (1 - value.abs().log10().floor() as i32).max(2) as usize;
    format!("${value:.decimals$}")
}

/// Tokens: "1M tokens".
pub fn tokens(value: f64) -> String {
    format!("{} tokens", compact(value))
}

/// Smallest amount written in dollars and cents; below it, "under $0.0001".
const SMALLEST_USD: f64 = 1e-4;
/// Largest ratio written out; above it, "over 1,000,000×".
const LARGEST_RATIO: f64 = 1e6;

/// Ratio: "358×", "1.4×", "60×", "over 1,000,000×".
pub fn times(value: f64) -> String {
    if !value.is_finite() || value > LARGEST_RATIO {
        return "over 1,000,000×".into();
    }
    if value >= 10.0 {
        format!("{value:.0}×")
    } else {
        format!("{value:.1}×")
    }
}

/// Share as a percentage: 0.456 → "46%".
pub fn percent(share: f64) -> String {
    format!("{:.0}%", share * 100.0)
}

/// `value` to `digits` significant digits, trailing zeros removed.
pub fn significant(value: f64, digits: i32) -> String {
    if value == 0.0 {
        return "0".into();
    }
    let magnitude = value.abs().log10().floor() as i32;
    let decimals = (digits - 1 - magnitude).max(0) as usize;
    let text = format!("{value:.decimals$}");
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        text
    }
}

/// A count with its noun: "1 GPU", "3 GPUs" (the plural adds an `s`).
pub fn count(n: u64, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{} {noun}s", compact(n as f64))
    }
}

/// A number as an input field shows it: every digit, suffixes where exact (`1M`), a leading zero.
pub fn editable(value: f64) -> String {
    let text = crate::scenario::format_exact(value);
    match text.strip_prefix('.') {
        Some(rest) => format!("0.{rest}"),
        None => text,
    }
}

/// `text` safe inside HTML text or a double-quoted attribute: `&`, `<`, `>` and `"` escaped.
pub fn html_escaped(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_escaping_leaves_no_markup() {
        assert_eq!(html_escaped(r#"A&B "<b>" x"#), "A&amp;B &quot;&lt;b&gt;&quot; x");
        assert_eq!(html_escaped("Lambda A100 · $1.79/h"), "Lambda A100 · $1.79/h");
    }

    #[test]
    fn formats_for_people() {
        assert_eq!(compact(1234.0), "1.23K");
        assert_eq!(compact(350e6), "350M");
        assert_eq!(compact(1e6), "1M");
        assert_eq!(usd(0.12), "$0.12");
        assert_eq!(usd(88.08), "$88.08");
        assert_eq!(usd(1234.5), "$1.23K");
        assert_eq!(usd(999.5), "$999.50");
        assert_eq!(usd(12_345.0), "$12.3K");
        assert_eq!(usd(0.000123), "$0.00012");
        assert_eq!(usd(0.104), "$0.10");
        assert_eq!(usd(0.057), "$0.057");
        assert_eq!(times(358.0), "358×");
        assert_eq!(times(1.43), "1.4×");
        assert_eq!(tokens(2.5e9), "2.5B tokens");
        assert_eq!(percent(0.456), "46%");
        assert_eq!(times(5.7e8), "over 1,000,000×");
        assert_eq!(usd(2.1e-31), "under $0.0001");
        assert_eq!(compact(3.6e34), "3.60e34");
        assert_eq!(usd(3.6e34), "$3.60e34");
        assert_eq!(count(1, "GPU"), "1 GPU");
        assert_eq!(count(12_000, "replica"), "12K replicas");
    }
}
