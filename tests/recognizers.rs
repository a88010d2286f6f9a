//! Exact-value accuracy of the quantity extractor on Microsoft Recognizers-Text's English
//! test cases (../shared/data/recognizers-text, MIT), per file, held as a floor.
//!
//! A case is right when the values found equal the values expected, as multisets: numbers
//! by value, ranges by both bounds and their openness, percentages by value, money by value
//! and currency. Run `cargo test --test recognizers -- --nocapture` for the misses.

use std::collections::BTreeMap;

use claimlint::values::number::{self, Quantity, Unit};

/// Floors per file (fraction of cases right); raise them as the extractor improves.
const FLOORS: &[(&str, f64)] = &[
    ("NumberModel.json", 0.96),
    ("NumberRangeModel.json", 0.93),
    ("PercentModel.json", 1.0),
    ("CurrencyModel.json", 0.95),
];

#[derive(Debug, PartialEq)]
enum Want {
    Number(f64),
    Range(f64, f64, bool, bool),
    Percent(f64),
    Money(f64, String),
}

fn close(a: f64, b: f64) -> bool {
    a == b || (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1e-300)
}

fn bound(s: &str, default: f64) -> Option<f64> {
    if s.is_empty() {
        Some(default)
    } else {
        s.parse().ok()
    }
}

/// Parses "[20,35)", "(4565,)", "(,500]".
fn range(s: &str) -> Option<Want> {
    let lo_open = s.starts_with('(');
    let hi_open = s.ends_with(')');
    let inner = &s[1..s.len() - 1];
    let (a, b) = inner.split_once(',')?;
    Some(Want::Range(
        bound(a.trim(), f64::NEG_INFINITY)?,
        bound(b.trim(), f64::INFINITY)?,
        lo_open,
        hi_open,
    ))
}

fn currency(name: &str) -> Option<&'static str> {
    Some(match name {
        "Dollar" | "United States dollar" => "USD",
        "Canadian dollar" => "CAD",
        "Australian dollar" => "AUD",
        "Hong Kong dollar" => "HKD",
        "Euro" => "EUR",
        "British pound" | "Pound" => "GBP",
        "Pence" => "GBX",
        "Cent" => "USX",
        "Japanese yen" => "JPY",
        "Chinese yuan" => "CNY",
        "Swiss franc" => "CHF",
        "Netherlands guilder" => "NLG",
        "Turkish lira" => "TRY",
        _ => return None,
    })
}

fn wanted(file: &str, result: &serde_json::Value) -> Result<Want, String> {
    let value = result["Resolution"]["value"].as_str().unwrap_or("null");
    match file {
        "NumberModel.json" => value
            .parse()
            .map(Want::Number)
            .map_err(|_| format!("value {value}")),
        "NumberRangeModel.json" => range(value).ok_or_else(|| format!("range {value}")),
        "PercentModel.json" => value
            .trim_end_matches('%')
            .parse()
            .map(Want::Percent)
            .map_err(|_| "a bare \"percent\" has no value".to_string()),
        _ => {
            let unit = result["Resolution"]["unit"].as_str().unwrap_or("");
            let code = currency(unit).ok_or_else(|| format!("currency {unit:?}"))?;
            let v = value
                .parse()
                .map_err(|_| "a currency name with no amount".to_string())?;
            Ok(Want::Money(v, code.to_string()))
        }
    }
}

fn got(file: &str, q: &Quantity) -> Option<Want> {
    match file {
        "NumberModel.json" => Some(Want::Number(q.value)),
        "NumberRangeModel.json" => q
            .qualifier
            .as_ref()
            .map(|_| Want::Range(q.lo, q.hi, q.lo_open, q.hi_open)),
        "PercentModel.json" => matches!(q.unit, Unit::Percent).then_some(Want::Percent(q.value)),
        _ => match &q.unit {
            Unit::Currency(code) => Some(Want::Money(q.value, code.clone())),
            _ => None,
        },
    }
}

fn same(a: &Want, b: &Want) -> bool {
    match (a, b) {
        (Want::Number(x), Want::Number(y)) | (Want::Percent(x), Want::Percent(y)) => close(*x, *y),
        (Want::Range(a, b, c, d), Want::Range(e, f, g, h)) => {
            close(*a, *e) && close(*b, *f) && c == g && d == h
        }
        (Want::Money(x, u), Want::Money(y, v)) => close(*x, *y) && u == v,
        _ => false,
    }
}

#[test]
fn accuracy_per_file_holds_its_floor() {
    let dir = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/data/recognizers-text"
    );
    let mut summary = BTreeMap::new();
    for (file, floor) in FLOORS {
        let cases: Vec<serde_json::Value> = serde_json::from_str(
            &std::fs::read_to_string(format!("{dir}/{file}"))
                .expect("the data is beside the repository"),
        )
        .expect("JSON");
        let (mut right, mut scored) = (0, 0);
        let mut unsupported = Vec::new();
        let mut misses = Vec::new();
        for case in &cases {
            let input = case["Input"].as_str().unwrap_or("");
            let want: Result<Vec<Want>, String> = case["Results"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|r| wanted(file, r))
                .collect();
            let want = match want {
                Ok(w) => w,
                Err(reason) => {
                    unsupported.push(format!("{input:?}: {reason}"));
                    continue;
                }
            };
            scored += 1;
            let found: Vec<Want> = number::find(input)
                .iter()
                .filter_map(|f| got(file, &f.quantity))
                .collect();
            let mut left: Vec<&Want> = found.iter().collect();
            let all = want
                .iter()
                .all(|w| match left.iter().position(|g| same(g, w)) {
                    Some(i) => {
                        left.remove(i);
                        true
                    }
                    None => false,
                });
            if all && left.is_empty() {
                right += 1;
            } else {
                misses.push(format!("{input:?}: want {want:?}, got {found:?}"));
            }
        }
        let accuracy = right as f64 / scored as f64;
        println!(
            "{file}: {right}/{scored} = {:.1}% ({} cases not scored)",
            accuracy * 100.0,
            unsupported.len()
        );
        for u in &unsupported {
            println!("  not scored: {u}");
        }
        for m in &misses {
            println!("  miss: {m}");
        }
        summary.insert(*file, (accuracy, *floor));
    }
    for (file, (accuracy, floor)) in summary {
        assert!(
            accuracy >= floor,
            "{file}: {accuracy:.3} is below the floor {floor}"
        );
    }
}

/// Rule patterns skip sentences without a percent unit before normalising them; that is only
/// right if every percentage read in any of these texts shows one of the units.
#[test]
fn every_percentage_found_shows_a_percent_unit() {
    let dir = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/data/recognizers-text"
    );
    let units = regex::Regex::new(&format!("(?is){}", number::PERCENT_UNITS)).expect("a regex");
    let mut percentages = 0;
    for (file, _) in FLOORS {
        let cases: Vec<serde_json::Value> = serde_json::from_str(
            &std::fs::read_to_string(format!("{dir}/{file}"))
                .expect("the data is beside the repository"),
        )
        .expect("JSON");
        for case in &cases {
            let input = case["Input"].as_str().unwrap_or("");
            for f in number::find(input) {
                if matches!(f.quantity.unit, Unit::Percent | Unit::PercentagePoints) {
                    percentages += 1;
                    let text = &input[f.span.clone()];
                    assert!(units.is_match(text), "{text:?} in {input:?}");
                }
            }
        }
    }
    assert!(percentages >= 20, "only {percentages} percentages read");
}
