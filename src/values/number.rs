//! Quantities: counts, money and percentages with their qualifiers ("more than 130",
//! "about $70 billion", "$2.39 Bln"), each an interval with open or closed bounds.
//!
//! Tolerances: a whole count is exact ("130", "two"); a figure with decimals or a scale
//! word covers half a unit of its last written digit ("$80 billion" is 79.5..80.5 billion,
//! "2.39" is 2.385..2.395); "about", "around", "roughly", "approximately" and "some" widen
//! it to ±10%; "nearly" and "almost" mean [90%, 100%).

use std::fmt;
use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;
use serde::{Deserialize, Serialize};

use super::ValueKind;

/// What a quantity counts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase", tag = "unit", content = "code")]
pub enum Unit {
    Count,
    /// An ISO 4217 code: `USD`, `EUR`, `GBP`, `JPY`, `CNY`, `CHF`.
    Currency(String),
    Percent,
    PercentagePoints,
}

/// A quantity as an interval; `lo`/`hi` are infinite when a bound is open-ended.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    /// The figure as written, scaled: "$80 billion" is 8e10.
    pub value: f64,
    /// Lower bound; `null` in JSON when unbounded below.
    #[serde(with = "unbounded::below")]
    pub lo: f64,
    /// Upper bound; `null` in JSON when unbounded above ("more than 130").
    #[serde(with = "unbounded::above")]
    pub hi: f64,
    pub lo_open: bool,
    pub hi_open: bool,
    #[serde(flatten)]
    pub unit: Unit,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<String>,
}

impl Quantity {
    pub fn overlaps(&self, other: &Quantity) -> bool {
        if self.unit != other.unit {
            return false;
        }
        let below = |hi: f64, hi_open: bool, lo: f64, lo_open: bool| {
            hi < lo || (hi == lo && (hi_open || lo_open))
        };
        !(below(self.hi, self.hi_open, other.lo, other.lo_open)
            || below(other.hi, other.hi_open, self.lo, self.lo_open))
    }
}

impl fmt::Display for Quantity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(q) = &self.qualifier {
            write!(f, "{q} ")?;
        }
        let amount = human(self.value);
        match &self.unit {
            Unit::Count => write!(f, "{amount}"),
            Unit::Currency(code) if code == "USD" => write!(f, "${amount}"),
            Unit::Currency(code) => write!(f, "{amount} {code}"),
            Unit::Percent => write!(f, "{amount}%"),
            Unit::PercentagePoints => write!(f, "{amount} percentage points"),
        }
    }
}

/// Infinite bounds are written as JSON `null` and read back as the infinity they stand for.
mod unbounded {
    use serde::{Deserialize, Deserializer, Serializer};

    fn write<S: Serializer>(v: &f64, s: S) -> Result<S::Ok, S::Error> {
        if v.is_finite() {
            s.serialize_f64(*v)
        } else {
            s.serialize_none()
        }
    }

    pub mod below {
        use super::*;
        pub fn serialize<S: Serializer>(v: &f64, s: S) -> Result<S::Ok, S::Error> {
            write(v, s)
        }
        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
            Ok(Option::<f64>::deserialize(d)?.unwrap_or(f64::NEG_INFINITY))
        }
    }

    pub mod above {
        use super::*;
        pub fn serialize<S: Serializer>(v: &f64, s: S) -> Result<S::Ok, S::Error> {
            write(v, s)
        }
        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
            Ok(Option::<f64>::deserialize(d)?.unwrap_or(f64::INFINITY))
        }
    }
}

/// A quantity found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub span: Range<usize>,
    pub quantity: Quantity,
}

/// Finds every number, money amount and percentage in `text`.
pub fn find(text: &str) -> Vec<Found> {
    QUANTITY
        .captures_iter(text)
        .filter_map(|caps| {
            let whole = caps.get(0)?;
            let num = caps.name("num")?;
            let (mut value, decimals) = parse_figure(num.as_str())?;
            let scale = caps.name("scale").map_or(1.0, |s| scale_of(s.as_str()));
            value *= scale;
            let half_unit = if is_word_number(num.as_str()) || (scale == 1.0 && decimals == 0) {
                0.0
            } else {
                0.5 * 10f64.powi(-(decimals as i32)) * scale
            };
            let currency = caps
                .name("pre")
                .or_else(|| caps.name("post"))
                .map(|c| currency_code(c.as_str()));
            let unit = match (
                currency,
                caps.name("pct").map(|p| p.as_str().to_lowercase()),
            ) {
                (Some(code), _) => Unit::Currency(code.to_string()),
                (None, Some(p)) if p.starts_with("percentage") => Unit::PercentagePoints,
                (None, Some(_)) => Unit::Percent,
                (None, None) => Unit::Count,
            };
            let qualifier = caps.name("qual").map(|q| q.as_str().to_lowercase());
            let quantity = qualify(value, half_unit, unit, qualifier);
            Some(Found {
                span: whole.start()..whole.end(),
                quantity,
            })
        })
        .collect()
}

/// Which units a `{number}`, `{money}` or `{percent}` slot accepts.
pub fn unit_matches(kind: ValueKind) -> fn(&Unit) -> bool {
    match kind {
        ValueKind::Money => |u| matches!(u, Unit::Currency(_)),
        ValueKind::Percent => |u| matches!(u, Unit::Percent | Unit::PercentagePoints),
        _ => |u| matches!(u, Unit::Count),
    }
}

fn qualify(value: f64, half_unit: f64, unit: Unit, qualifier: Option<String>) -> Quantity {
    let q = qualifier
        .as_deref()
        .map(|q| q.split_whitespace().collect::<Vec<_>>().join(" "));
    let (lo, hi, lo_open, hi_open) = match q.as_deref() {
        Some("more than" | "over" | "above" | "in excess of" | "upwards of") => {
            (value, f64::INFINITY, true, true)
        }
        Some("at least" | "no fewer than" | "no less than") => (value, f64::INFINITY, false, true),
        Some("up to" | "at most" | "no more than") => (0.0, value, false, false),
        Some("less than" | "fewer than" | "under" | "below") => (0.0, value, false, true),
        Some("nearly" | "almost" | "just under") => (value * 0.9, value, false, true),
        Some("about" | "around" | "roughly" | "approximately" | "some" | "an estimated") => {
            (value * 0.9, value * 1.1, false, false)
        }
        _ => (value - half_unit, value + half_unit, false, false),
    };
    Quantity {
        value,
        lo,
        hi,
        lo_open,
        hi_open,
        unit,
        qualifier: q,
    }
}

const NUMBER_WORDS: &str = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a dozen|a hundred|a thousand";

static QUANTITY: LazyLock<Regex> = LazyLock::new(|| {
    let pattern = format!(
        r"(?ix)
        (?:(?P<qual>more\s+than|at\s+least|up\s+to|at\s+most|less\s+than|fewer\s+than|no\s+more\s+than|no\s+fewer\s+than|no\s+less\s+than|in\s+excess\s+of|upwards\s+of|just\s+under|an\s+estimated|over|above|under|below|nearly|almost|about|around|roughly|approximately|some)\s+)?
        (?:(?P<pre>US\$|C\$|A\$|HK\$|\$|€|£|¥)\s?)?
        (?P<num>(?-u:\b)(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|(?:{NUMBER_WORDS})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)(?-u:\b)|\.\d+(?-u:\b))
        (?:\s?(?P<scale>thousand|million|mln|mn|billion|bln|bn|trillion|tln|m(?-u:\b)|k(?-u:\b)))?
        (?:\s(?P<post>dollars?|dlrs|usd|us\s+dollars|euros?|eur|pounds?\s+sterling|pounds?|stg|gbp|yen|jpy|yuan|renminbi|cny|swiss\s+francs|francs?|chf)(?-u:\b))?
        (?:\s?(?P<pct>%|percent(?-u:\b)|per\s+cent(?-u:\b)|percentage\s+points?(?-u:\b)))?"
    );
    Regex::new(&pattern).expect("the quantity grammar is a valid regex")
});

fn parse_figure(s: &str) -> Option<(f64, usize)> {
    let lower = s.to_lowercase();
    if let Some(v) = word_value(&lower) {
        return Some((v, 0));
    }
    let clean: String = lower.chars().filter(|c| *c != ',').collect();
    let decimals = clean.split_once('.').map_or(0, |(_, d)| d.len());
    clean.parse::<f64>().ok().map(|v| (v, decimals))
}

fn is_word_number(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_alphabetic)
}

fn word_value(s: &str) -> Option<f64> {
    match s {
        "a dozen" => return Some(12.0),
        "a hundred" => return Some(100.0),
        "a thousand" => return Some(1000.0),
        _ => {}
    }
    if let Some((tens, ones)) = s.split_once('-') {
        return Some(word_value(tens)? + word_value(ones)?);
    }
    let v = match s {
        "seventy" => 70.0,
        "eighty" => 80.0,
        _ => super::date::small_number(s)?,
    };
    Some(v)
}

fn scale_of(s: &str) -> f64 {
    match s.to_lowercase().as_str() {
        "thousand" | "k" => 1e3,
        "million" | "mln" | "mn" | "m" => 1e6,
        "billion" | "bln" | "bn" => 1e9,
        "trillion" | "tln" => 1e12,
        _ => 1.0,
    }
}

fn currency_code(s: &str) -> &'static str {
    let s = s.to_lowercase();
    match s.as_str() {
        "€" | "eur" | "euro" | "euros" => "EUR",
        "£" | "gbp" | "stg" => "GBP",
        "¥" | "yen" | "jpy" => "JPY",
        "yuan" | "renminbi" | "cny" => "CNY",
        "c$" => "CAD",
        "a$" => "AUD",
        "hk$" => "HKD",
        "chf" | "swiss francs" => "CHF",
        _ if s.starts_with("pound") => "GBP",
        _ if s.starts_with("franc") => "FRF",
        _ => "USD",
    }
}

/// `80000000000` → `80 billion`.
fn human(v: f64) -> String {
    let (n, word) = if v.abs() >= 1e12 {
        (v / 1e12, " trillion")
    } else if v.abs() >= 1e9 {
        (v / 1e9, " billion")
    } else if v.abs() >= 1e6 {
        (v / 1e6, " million")
    } else {
        (v, "")
    };
    let n = format!("{:.3}", n);
    let n = n.trim_end_matches('0').trim_end_matches('.');
    format!("{n}{word}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> Found {
        let found = find(text);
        assert_eq!(found.len(), 1, "one quantity in {text:?}: {found:?}");
        found.into_iter().next().expect("length checked")
    }

    #[test]
    fn more_than_130_is_open_above_130() {
        let f = one("in spite of having received more than 130 applications");
        assert_eq!(f.quantity.lo, 130.0);
        assert!(f.quantity.lo_open);
        assert_eq!(f.quantity.hi, f64::INFINITY);
        assert_eq!(f.quantity.unit, Unit::Count);
    }

    #[test]
    fn money_with_scale_words() {
        let text = "Of the $80 billion spent by Huawei on components last year";
        let f = one(text);
        assert_eq!(&text[f.span.clone()], "$80 billion");
        assert_eq!(f.quantity.value, 80e9);
        assert_eq!(f.quantity.unit, Unit::Currency("USD".into()));
        let f = one("France to Sell 5G Spectrum at $2.39 Bln Floor Price");
        assert_eq!(f.quantity.value, 2.39e9);
        let f = one("profit of 1.2 mln dlrs");
        assert_eq!(f.quantity.value, 1.2e6);
        assert_eq!(f.quantity.unit, Unit::Currency("USD".into()));
    }

    #[test]
    fn about_70_billion_does_not_cover_80_billion() {
        let reference = one("about $70 billion").quantity;
        let claim = one("$80 billion").quantity;
        assert!(!reference.overlaps(&claim));
        assert!(reference.overlaps(&one("$72 billion").quantity));
    }

    #[test]
    fn number_words() {
        let text = "has issued two temporary reprieves";
        let f = one(text);
        assert_eq!(&text[f.span.clone()], "two");
        assert_eq!(f.quantity.value, 2.0);
        assert_eq!((f.quantity.lo, f.quantity.hi), (2.0, 2.0));
        assert_eq!(one("twenty-one people").quantity.value, 21.0);
    }

    #[test]
    fn percentages_and_points_are_kept_apart() {
        assert_eq!(one("rose 5 percent").quantity.unit, Unit::Percent);
        assert_eq!(
            one("rose 5 percentage points").quantity.unit,
            Unit::PercentagePoints
        );
        assert_eq!(one("rose 5%").quantity.unit, Unit::Percent);
    }
}
