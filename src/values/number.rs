//! Quantities: counts, money and percentages with their qualifiers ("more than 130",
//! "about $70 billion", "$2.39 Bln"), each an interval with open or closed bounds.
//!
//! Tolerances: a whole count is exact ("130", "two"); a figure with decimals or a scale
//! word covers half a unit of its last written digit ("$80 billion" is 79.5..80.5 billion,
//! "2.39" is 2.385..2.395); "about", "around", "roughly", "approximately", "circa" and
//! "some" widen it to ±10%; "nearly" and "almost" mean [90%, 100%); "more than" / "at
//! least" leave the top open, "less than" / "up to" the bottom (unbounded below, as a range
//! is written).

use serde::{Deserialize, Serialize};
use std::fmt;
use std::ops::Range;

use super::{ValueKind, spoken};

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

/// Finds every number, money amount, percentage and range in `text`.
pub fn find(text: &str) -> Vec<Found> {
    find_tokens(text, &spoken::tokenize(text))
}

/// [`find`] over tokens already made from `text`.
pub(crate) fn find_tokens(text: &str, toks: &[spoken::Tok<'_>]) -> Vec<Found> {
    // Figures inside a web address are parts of it, not quantities.
    let urls: Vec<Range<usize>> = if text.contains("://") || text.contains("www.") {
        URL.find_iter(text).map(|m| m.range()).collect()
    } else {
        vec![]
    };
    let mut out: Vec<(Range<usize>, Parsed)> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if urls.iter().any(|u| u.contains(&toks[i].start)) {
            i += 1;
            continue;
        }
        if matches!(
            (toks[i].text, toks.get(i + 1).map(|t| t.text)),
            ("<", Some(">")) | ("=", Some(">")) | ("=", Some("<"))
        ) {
            i += 2;
            if let Some(n) = spoken::number(toks, i) {
                i = n.end;
            }
            continue;
        }
        match quantity_at(toks, i) {
            Some(q) => {
                let span = toks[i].start..toks[q.end - 1].end;
                i = q.end;
                out.push((span, q));
            }
            None => i += 1,
        }
    }
    ranges(text, out)
}

static URL: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(?:https?://|www\.)\S+").expect("the address pattern is a valid regex")
});

/// A quantity read at a token, before ranges are put together.
#[derive(Debug, Clone)]
struct Parsed {
    end: usize,
    quantity: Quantity,
    /// The qualifier bounds it from below ("more than") or above ("less than").
    bound: Bound,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Bound {
    Exact,
    Below,
    Above,
    Approx,
}

/// Qualifiers in front of a figure: (words, lower open, upper open, kind). Longest first.
const QUALIFIERS: &[(&str, Qual)] = &[
    ("at least or equal to", Qual::AtLeast),
    ("greater or equal than", Qual::AtLeast),
    ("bigger or equal than", Qual::AtLeast),
    ("larger or equal than", Qual::AtLeast),
    ("higher or equal than", Qual::AtLeast),
    ("more or equal than", Qual::AtLeast),
    ("less or equal than", Qual::AtMost),
    ("smaller or equal than", Qual::AtMost),
    ("lower or equal than", Qual::AtMost),
    ("equal to or less than", Qual::AtMost),
    ("equal to or fewer than", Qual::AtMost),
    ("equal to or more than", Qual::AtLeast),
    ("equal to or greater than", Qual::AtLeast),
    ("equals to", Qual::Equal),
    ("equaling to", Qual::Equal),
    ("surpassing", Qual::MoreThan),
    ("surpass", Qual::MoreThan),
    ("greater than or equal to", Qual::AtLeast),
    ("more than or equal to", Qual::AtLeast),
    ("less than or equal to", Qual::AtMost),
    ("no more than", Qual::AtMost),
    ("no fewer than", Qual::AtLeast),
    ("no less than", Qual::AtLeast),
    ("not less than", Qual::AtLeast),
    ("not more than", Qual::AtMost),
    ("in excess of", Qual::MoreThan),
    ("upwards of", Qual::MoreThan),
    ("more than", Qual::MoreThan),
    ("greater than", Qual::MoreThan),
    ("larger than", Qual::MoreThan),
    ("bigger than", Qual::MoreThan),
    ("higher than", Qual::MoreThan),
    ("longer than", Qual::MoreThan),
    ("less than", Qual::LessThan),
    ("fewer than", Qual::LessThan),
    ("smaller than", Qual::LessThan),
    ("lower than", Qual::LessThan),
    ("shorter than", Qual::LessThan),
    ("at least", Qual::AtLeast),
    ("at most", Qual::AtMost),
    ("up to", Qual::AtMost),
    ("a little more than", Qual::MoreThan),
    ("a little less than", Qual::LessThan),
    ("a little over", Qual::MoreThan),
    ("a little under", Qual::Nearly),
    ("slightly more than", Qual::MoreThan),
    ("slightly less than", Qual::LessThan),
    ("slightly over", Qual::MoreThan),
    ("slightly under", Qual::Nearly),
    ("just under", Qual::Nearly),
    ("close to", Qual::Nearly),
    ("just over", Qual::MoreThan),
    ("an estimated", Qual::About),
    ("equal to", Qual::Equal),
    ("equals", Qual::Equal),
    ("exceeding", Qual::MoreThan),
    ("exceeds", Qual::MoreThan),
    ("exceed", Qual::MoreThan),
    ("over", Qual::MoreThan),
    ("above", Qual::MoreThan),
    ("under", Qual::LessThan),
    ("below", Qual::LessThan),
    ("nearly", Qual::Nearly),
    ("almost", Qual::Nearly),
    ("about", Qual::About),
    ("around", Qual::About),
    ("roughly", Qual::About),
    ("approximately", Qual::About),
    ("circa", Qual::About),
    ("some", Qual::About),
];

/// The words of degree a qualifier may open with ("a little more than", "slightly
/// under"), as [`QUALIFIERS`] spells them.
const DEGREES: [&str; 2] = ["a little ", "slightly "];

/// A qualifier's phrase without its degree: "more than" for "a little more than".
pub(crate) fn without_degree(phrase: &str) -> &str {
    DEGREES
        .iter()
        .find_map(|d| phrase.strip_prefix(d))
        .unwrap_or(phrase)
}

/// A qualifier split into words, its kind and its phrase.
type QualifierWords = (Vec<&'static str>, Qual, &'static str);

/// `QUALIFIERS` split into words once, by first word (in their order, longest first): most
/// tokens start none, and comparing each with every qualifier was a third of the cost of
/// finding quantities.
static QUALIFIER_WORDS: std::sync::LazyLock<
    rustc_hash::FxHashMap<&'static str, Vec<QualifierWords>>,
> = std::sync::LazyLock::new(|| {
    let mut by_first = rustc_hash::FxHashMap::<_, Vec<QualifierWords>>::default();
    for (p, q) in QUALIFIERS {
        let words: Vec<&str> = p.split(' ').collect();
        by_first.entry(words[0]).or_default().push((words, *q, *p));
    }
    by_first
});

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Qual {
    MoreThan,
    AtLeast,
    LessThan,
    AtMost,
    Nearly,
    About,
    Equal,
}

/// The qualifier that ends just before token `i` ("more than", "up to", "nearly"): where
/// it begins, its kind and its phrase. Dates take their TIMEX3 mod from the same words.
pub(crate) fn qualifier_before(
    toks: &[spoken::Tok<'_>],
    i: usize,
) -> Option<(usize, Qual, String)> {
    // the longest that ends there: qualifiers are at most five words
    (1..=5.min(i)).rev().find_map(|k| {
        qualifier_at(toks, i - k)
            .filter(|(end, _, _)| *end == i)
            .map(|(_, q, phrase)| (i - k, q, phrase))
    })
}

/// The qualifier that starts at token `i`: where it ends, its kind and its phrase.
pub(crate) fn qualifier_at(toks: &[spoken::Tok<'_>], i: usize) -> Option<(usize, Qual, String)> {
    // symbols: ">", "<", ">=", "<=", "="
    if let Some(t) = toks.get(i)
        && t.kind == spoken::Kind::Punct
        && matches!(t.text, ">" | "<" | "=" | "≥" | "≤")
    {
        // "<>30", "=>30": not a comparison anyone writes
        let eq = toks.get(i + 1).is_some_and(|n| n.text == "=");
        let q = match (t.text, eq) {
            (">", true) | ("≥", _) => Qual::AtLeast,
            (">", false) => Qual::MoreThan,
            ("<", true) | ("≤", _) => Qual::AtMost,
            ("<", false) => Qual::LessThan,
            _ => Qual::Equal,
        };
        let end = i + 1 + eq as usize;
        return Some((end, q, toks[i..end].iter().map(|t| t.text).collect()));
    }
    let first = toks.get(i)?;
    if first.kind != spoken::Kind::Word {
        return None;
    }
    for (words, q, phrase) in QUALIFIER_WORDS.get(first.lower.as_ref())? {
        if words
            .iter()
            .enumerate()
            .all(|(k, w)| toks.get(i + k).is_some_and(|t| t.lower == *w))
        {
            return Some((i + words.len(), *q, phrase.to_string()));
        }
    }
    None
}

fn quantity_at(toks: &[spoken::Tok<'_>], i: usize) -> Option<Parsed> {
    // "percent of 10", "per cent of twenty-two"
    let lead = match toks.get(i).map(|t| t.lower.as_ref()) {
        Some("percent" | "percents") => 1,
        Some("per") if toks.get(i + 1).is_some_and(|t| t.lower == "cent") => 2,
        _ => 0,
    };
    if lead > 0
        && toks.get(i + lead).is_some_and(|t| t.lower == "of")
        && let Some(n) = spoken::number(toks, i + lead + 1)
    {
        let (bound, quantity) = qualify(n.value, n.half_unit, Unit::Percent, None);
        return Some(Parsed {
            end: n.end,
            quantity,
            bound,
        });
    }
    let mut j = i;
    let qual = qualifier_at(toks, j);
    if let Some((end, _, _)) = &qual {
        j = *end;
    }
    let word_sign = toks
        .get(j)
        .is_some_and(|t| t.lower == "minus" || t.lower == "negative");
    let symbol_sign = toks.get(j).is_some_and(|t| t.text == "-")
        && toks.get(j + 1).is_some_and(|t| t.kind == spoken::Kind::Num)
        && (j == 0
            || toks[j - 1].kind == spoken::Kind::Punct
            || (toks[j].spaced() && !toks[j + 1].spaced()));
    let negative = word_sign || symbol_sign;
    if negative {
        j += 1;
    }
    let (mut currency, after_prefix) = currency_prefix(toks, j);
    // "MAUD 60": millions of a currency, before the figure
    let mut prefix_scale = 1.0;
    if currency.is_none()
        && let Some(code) = toks.get(j).and_then(|t| million_code(&t.lower))
        && toks.get(j + 1).is_some_and(|n| n.kind == spoken::Kind::Num)
    {
        currency = Some(code);
        prefix_scale = 1e6;
        j += 1;
    } else {
        j = after_prefix;
    }
    // "G20", "A380", "F-16": a figure glued to letters before it names a thing.
    if toks
        .get(j)
        .is_some_and(|t| t.kind == spoken::Kind::Num && !t.spaced())
        && j > 0
        && (toks[j - 1].kind == spoken::Kind::Word
            || (toks[j - 1].text == "-"
                && j > 1
                && toks[j - 2].kind == spoken::Kind::Word
                && spoken::scale_word(&toks[j - 2].lower).is_none()
                && !toks[j - 1].spaced()))
        && currency.is_none()
    {
        return None;
    }
    let n = spoken::number(toks, j)?;
    // "180ml", "29km", "4th": digits glued to other letters are not a quantity here.
    if let Some(next) = toks.get(n.end)
        && !next.spaced()
        && next.kind == spoken::Kind::Word
        && !n.words
        && spoken::scale_word(&next.lower).is_none()
        && currency_word(toks, n.end).is_none()
        && !matches!(next.text, "M" | "MM" | "B" | "b" | "T" | "K" | "mil" | "e")
    {
        return None;
    }
    let mut j = n.end;
    let mut value = n.value * prefix_scale;
    let mut half_unit = n.half_unit * prefix_scale;
    // "$2.39 Bln" → scale read by the number; "5m", "2b" after digits
    if !n.words
        && let Some(t) = toks.get(j)
        && matches!(t.lower.as_ref(), "m" | "b")
        && currency.is_some()
    {
        let s = if t.lower == "m" { 1e6 } else { 1e9 };
        value *= s;
        half_unit = 0.5 * 10f64.powi(-(n.decimals as i32)) * s;
        j += 1;
    }
    // "a 12-cent dividend", "a one-yen bid"
    let hyphenated = toks.get(j).is_some_and(|t| t.is_glued_hyphen())
        && toks.get(j + 1).is_some_and(|t| !t.spaced())
        && currency_word(toks, j + 1).is_some();
    if hyphenated {
        j += 1;
    }
    if currency.is_none()
        && let Some((end, code, scale)) = currency_word(toks, j)
    {
        currency = Some(code);
        j = end;
        if scale != 1.0 {
            value *= scale;
            half_unit *= scale;
        }
        // "75 usd million"
        if let Some(s) = toks.get(j).and_then(|t| spoken::scale_word(&t.lower)) {
            value *= s;
            half_unit = 0.5 * 10f64.powi(-(n.decimals as i32)) * s;
            j += 1;
        } else if matches!(code, "USD" | "EUR" | "GBP" | "CAD" | "AUD") && value.fract() == 0.0 {
            // "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars 50"
            let k = if toks.get(j).is_some_and(|t| t.lower == "and") {
                j + 1
            } else {
                j
            };
            if let Some(c) = spoken::number(toks, k)
                .filter(|c| c.value < 100.0 && c.value.fract() == 0.0 && c.value >= 1.0)
            {
                let cents_word = toks
                    .get(c.end)
                    .is_some_and(|t| matches!(t.lower.as_ref(), "cent" | "cents" | "pence" | "p"));
                let ends = toks
                    .get(c.end)
                    .is_none_or(|t| t.kind == spoken::Kind::Punct || t.lower == "more");
                if cents_word || ends {
                    value += c.value / 100.0;
                    j = c.end + cents_word as usize;
                }
            }
        }
    }
    let mut unit = match currency {
        Some(code) => Unit::Currency(code.to_string()),
        None => Unit::Count,
    };
    if matches!(unit, Unit::Count) {
        if toks.get(j).is_some_and(|t| {
            t.text == "%" || matches!(t.lower.as_ref(), "percent" | "percents" | "pct")
        }) {
            unit = Unit::Percent;
            j += 1;
        } else if toks.get(j).is_some_and(|t| t.lower == "per")
            && toks.get(j + 1).is_some_and(|t| t.lower == "cent")
        {
            unit = Unit::Percent;
            j += 2;
        } else if toks.get(j).is_some_and(|t| t.lower == "percentage") {
            j += 1;
            unit = if toks
                .get(j)
                .is_some_and(|t| t.lower == "points" || t.lower == "point")
            {
                j += 1;
                Unit::PercentagePoints
            } else {
                Unit::Percent
            };
        }
    }
    if negative {
        value = -value;
    }
    // "200 or more", "five hundred or less"
    let mut qual = qual.map(|(_, q, w)| (q, w));
    if toks.get(j).is_some_and(|t| t.lower == "and")
        && toks.get(j + 1).is_some_and(|t| t.lower == "more")
        && qual.as_ref().is_none_or(|(q, _)| *q == Qual::About)
    {
        // "about five hundred and more"
        j += 2;
        qual = Some((Qual::AtLeast, "and more".into()));
    }
    // "less than 5000 or equal", "more than 5000 or equal to (it)"
    if toks.get(j).is_some_and(|t| t.lower == "or")
        && toks.get(j + 1).is_some_and(|t| t.lower == "equal")
        && spoken::number(toks, j + 3).is_none()
        && let Some((q, w)) = qual.as_ref()
        && matches!(q, Qual::MoreThan | Qual::LessThan)
    {
        let closed = if *q == Qual::MoreThan {
            Qual::AtLeast
        } else {
            Qual::AtMost
        };
        qual = Some((closed, format!("{w} or equal")));
        j += 2;
        if toks.get(j).is_some_and(|t| t.lower == "to") {
            j += 1;
            if toks.get(j).is_some_and(|t| t.lower == "it") {
                j += 1;
            }
        }
    }
    if toks.get(j).is_some_and(|t| t.lower == "or")
        // "200 or greater than 190" is two figures; "200 or greater than" is one bound
        && (toks.get(j + 2).is_none_or(|t| t.lower != "than") || spoken::number(toks, j + 3).is_none())
        && let Some(t) = toks.get(j + 1)
    {
        let post = match t.lower.as_ref() {
            "more" | "greater" | "above" | "higher" | "over" => Some(Qual::AtLeast),
            "less" | "fewer" | "below" | "lower" | "under" => Some(Qual::AtMost),
            _ => None,
        };
        if let Some(q) = post {
            j += 2;
            qual = Some((q, format!("or {}", t.lower)));
            if toks.get(j).is_some_and(|t| t.lower == "than") {
                j += 1;
            }
        }
    }
    let (bound, quantity) = qualify(value, half_unit, unit, qual);
    Some(Parsed {
        end: j,
        quantity,
        bound,
    })
}

/// A currency in front of a figure: "$", "US$", "C$", "€", "£", "¥", "USD", "EUR 125".
fn currency_prefix(toks: &[spoken::Tok<'_>], i: usize) -> (Option<&'static str>, usize) {
    let Some(t) = toks.get(i) else {
        return (None, i);
    };
    let dollar_after = |k: usize| toks.get(k).is_some_and(|d| d.text == "$");
    match t.text {
        "$" => return (Some("USD"), i + 1),
        "€" => return (Some("EUR"), i + 1),
        "£" => return (Some("GBP"), i + 1),
        "¥" => return (Some("JPY"), i + 1),
        _ => {}
    }
    let code = match t.lower.as_ref() {
        "us" | "usd" if dollar_after(i + 1) => return (Some("USD"), i + 2),
        "c" | "cad" if dollar_after(i + 1) => return (Some("CAD"), i + 2),
        // "A$" glued; a spaced "a $48.2 million" is an article and dollars
        "a" if t.text == "A" && dollar_after(i + 1) && !toks[i + 1].spaced() => {
            return (Some("AUD"), i + 2);
        }
        "aud" if dollar_after(i + 1) => return (Some("AUD"), i + 2),
        "hk" | "hkd" if dollar_after(i + 1) => return (Some("HKD"), i + 2),
        "usd" => "USD",
        "eur" => "EUR",
        "gbp" => "GBP",
        "jpy" => "JPY",
        "cny" | "rmb" => "CNY",
        "chf" => "CHF",
        "cad" => "CAD",
        "dollar" | "dollars" => "USD",
        _ => return (None, i),
    };
    if toks.get(i + 1).is_some_and(|n| n.kind == spoken::Kind::Num) {
        (Some(code), i + 1)
    } else {
        (None, i)
    }
}

/// A currency after a figure, possibly with its country: "dollars", "dlrs", "us dollars",
/// "chinese yuan", "dutch guilders", "usd", "musd" (a million dollars). Returns the token
/// after it, the ISO code and a scale ("musd": 1e6).
pub(super) fn currency_word(
    toks: &[spoken::Tok<'_>],
    i: usize,
) -> Option<(usize, &'static str, f64)> {
    let w = |k: usize| toks.get(i + k).map(|t| t.lower.as_ref());
    let (skip, country) = match w(0)? {
        "us" | "u.s." | "american" => (1, Some("USD")),
        "canadian" => (1, Some("CAD")),
        "australian" => (1, Some("AUD")),
        "hong" if w(1) == Some("kong") => (2, Some("HKD")),
        "chinese" => (1, Some("CNY")),
        "japanese" => (1, Some("JPY")),
        "swiss" => (1, Some("CHF")),
        "dutch" => (1, Some("NLG")),
        "turkish" => (1, Some("TRY")),
        "indian" => (1, Some("INR")),
        "british" => (1, Some("GBP")),
        _ => (0, None),
    };
    let word = w(skip)?;
    if skip == 0 {
        // a symbol after the figure: "10 €", "10 $"
        match toks.get(i).map(|t| t.text) {
            Some("$") => return Some((i + 1, "USD", 1.0)),
            Some("€") => return Some((i + 1, "EUR", 1.0)),
            Some("£") => return Some((i + 1, "GBP", 1.0)),
            _ => {}
        }
        // "120 MEUR", "48.5 MGBP": a million of the currency
        if let Some(code) = million_code(word) {
            return Some((i + 1, code, 1e6));
        }
    }
    let code = match word {
        "dollar" | "dollars" | "dlr" | "dlrs" => country.unwrap_or("USD"),
        "usd" => "USD",
        "euro" | "euros" | "eur" => "EUR",
        "pound" | "pounds" | "stg" | "sterling" | "gbp" => "GBP",
        "pence" | "p" => "GBX",
        "cent" | "cents" => "USX",
        "yen" | "jpy" => "JPY",
        "yuan" | "renminbi" | "rmb" | "cny" | "元" => "CNY",
        "franc" | "francs" => country.unwrap_or("FRF"),
        "chf" => "CHF",
        "guilder" | "guilders" => "NLG",
        "lira" | "liras" | "lire" => country.unwrap_or("ITL"),
        "mark" | "marks" => "DEM",
        "rupee" | "rupees" => "INR",
        "rouble" | "roubles" | "ruble" | "rubles" => "RUB",
        _ => return None,
    };
    let mut end = i + skip + 1;
    // "pounds sterling"
    if matches!(word, "pound" | "pounds") && w(skip + 1) == Some("sterling") {
        end += 1;
    }
    Some((end, code, 1.0))
}

/// "musd", "meur", "mgbp", "maud": millions of a currency, as financial copy writes them.
fn million_code(word: &str) -> Option<&'static str> {
    Some(match word {
        "musd" => "USD",
        "meur" => "EUR",
        "mgbp" => "GBP",
        "maud" => "AUD",
        "mcad" => "CAD",
        "mchf" => "CHF",
        _ => return None,
    })
}

/// Puts ranges together: "between 20 and 30", "20-30", "20 to 30", "20~30" (upper bound
/// open, as Recognizers-Text writes them), and "more than 100 and less than 300".
fn ranges(text: &str, found: Vec<(Range<usize>, Parsed)>) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::new();
    let mut k = 0;
    while k < found.len() {
        let (span, p) = &found[k];
        if let Some((next_span, q)) = found.get(k + 1) {
            // Only short gaps can join two figures; the text before is looked at from the end.
            let raw_gap = &text[span.end..next_span.start];
            let gap = if raw_gap.len() <= 12 {
                raw_gap.trim().to_lowercase()
            } else {
                String::new()
            };
            let head = text[..span.start].trim_end();
            let after_between = head.len() >= 7
                && head.is_char_boundary(head.len() - 7)
                && head[head.len() - 7..].eq_ignore_ascii_case("between");
            let same_unit = p.quantity.unit == q.quantity.unit
                || (p.quantity.unit == Unit::Count && q.quantity.unit != Unit::Count);
            let plain = matches!(p.bound, Bound::Exact | Bound::Approx) && q.bound == Bound::Exact;
            let between = plain && gap == "and" && after_between;
            let dash = plain
                && (gap == "-" || gap == "~" || gap == "to" || gap == "–" || gap == "through");
            if same_unit && (between || dash) && p.quantity.value <= q.quantity.value {
                let start = if between {
                    head.len() - "between".len()
                } else {
                    span.start
                };
                let unit = q.quantity.unit.clone();
                out.push(Found {
                    span: start..next_span.end,
                    quantity: Quantity {
                        value: p.quantity.value,
                        // "about 20~100": the approximate word covers the whole range
                        lo: p.quantity.value,
                        hi: q.quantity.value,
                        lo_open: false,
                        hi_open: true,
                        unit,
                        qualifier: Some(if between {
                            "between".into()
                        } else {
                            "range".into()
                        }),
                    },
                });
                k += 2;
                continue;
            }
            // "more than 100 and less than 300", "at most 100 and at least 20",
            // "higher or equal than 100, lower or equal than 300"
            let bounds = match (p.bound, q.bound) {
                (Bound::Below, Bound::Above) => Some((&p.quantity, &q.quantity)),
                (Bound::Above, Bound::Below) => Some((&q.quantity, &p.quantity)),
                _ => None,
            };
            if let Some((low, high)) = bounds
                && (gap == "and" || gap == "," || gap == "but")
                && low.unit == high.unit
                && low.lo <= high.hi
            {
                out.push(Found {
                    span: span.start..next_span.end,
                    quantity: Quantity {
                        value: low.value,
                        lo: low.lo,
                        hi: high.hi,
                        lo_open: low.lo_open,
                        hi_open: high.hi_open,
                        unit: low.unit.clone(),
                        qualifier: Some("range".into()),
                    },
                });
                k += 2;
                continue;
            }
        }
        out.push(Found {
            span: span.clone(),
            quantity: p.quantity.clone(),
        });
        k += 1;
    }
    out
}

/// A regex that the text of every percentage matches: a percent sign or the start of a
/// percent word, as `quantity_at` reads them ("5%", "5 pct", "5 per cent", "percent of 10",
/// "5 percentage points"). Rule patterns use it to pass over sentences with no percentage.
pub const PERCENT_UNITS: &str = r"(?:%|percent|pct|per\s+cent)";

/// Which units a `{number}`, `{money}` or `{percent}` slot accepts.
pub fn unit_matches(kind: ValueKind) -> fn(&Unit) -> bool {
    match kind {
        ValueKind::Money => |u| matches!(u, Unit::Currency(_)),
        ValueKind::Percent => |u| matches!(u, Unit::Percent | Unit::PercentagePoints),
        _ => |u| matches!(u, Unit::Count),
    }
}

fn qualify(
    value: f64,
    half_unit: f64,
    unit: Unit,
    qual: Option<(Qual, String)>,
) -> (Bound, Quantity) {
    let inf = f64::INFINITY;
    let (lo, hi, lo_open, hi_open, bound) = match qual.as_ref().map(|(q, _)| *q) {
        Some(Qual::MoreThan) => (value, inf, true, true, Bound::Below),
        Some(Qual::AtLeast) => (value, inf, false, true, Bound::Below),
        Some(Qual::LessThan) => (-inf, value, true, true, Bound::Above),
        Some(Qual::AtMost) => (-inf, value, true, false, Bound::Above),
        Some(Qual::Nearly) => (value * 0.9, value, false, true, Bound::Approx),
        Some(Qual::About) => (value * 0.9, value * 1.1, false, false, Bound::Approx),
        Some(Qual::Equal) => (value, value, false, false, Bound::Exact),
        None => (
            value - half_unit,
            value + half_unit,
            false,
            false,
            Bound::Exact,
        ),
    };
    let (lo, hi) = if lo <= hi { (lo, hi) } else { (hi, lo) };
    (
        bound,
        Quantity {
            value,
            lo,
            hi,
            lo_open,
            hi_open,
            unit,
            qualifier: qual.map(|(_, w)| w),
        },
    )
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
    fn a_degree_before_a_qualifier_is_part_of_it() {
        // ("a little" was left out, and "a little more than" bound nothing)
        let text = "The fund raised a little more than $5 million.";
        let f = one(text);
        assert_eq!(&text[f.span.clone()], "a little more than $5 million");
        assert_eq!(f.quantity.lo, 5e6);
        assert!(f.quantity.lo_open);
        assert_eq!(f.quantity.hi, f64::INFINITY);
        let text = "Turnout was slightly less than 40 percent.";
        let f = one(text);
        assert_eq!(&text[f.span.clone()], "slightly less than 40 percent");
        assert_eq!(f.quantity.hi, 40.0);
        assert!(f.quantity.hi_open);
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
        // ("circa" is "about")
        let text = "The fund had circa 500 investors.";
        let circa = one(text);
        assert_eq!(&text[circa.span.clone()], "circa 500");
        assert_eq!((circa.quantity.lo, circa.quantity.hi), (450.0, 550.0));
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
    fn close_to_130_is_nearly_130() {
        let text = "The firm received close to 130 applications.";
        let f = one(text);
        assert_eq!(&text[f.span.clone()], "close to 130");
        assert_eq!(
            (
                f.quantity.lo,
                f.quantity.hi,
                f.quantity.lo_open,
                f.quantity.hi_open
            ),
            (117.0, 130.0, false, true)
        );
    }

    #[test]
    fn names_with_figures_are_not_quantities() {
        assert!(find("the G20 summit").is_empty());
        assert!(find("Airbus A380 jets").is_empty());
        assert!(find("5G networks").is_empty());
    }

    #[test]
    fn a_range_span_starts_at_between_after_any_text() {
        let text = "Ümit said between 20 and 30 people";
        let f = one(text);
        assert_eq!(&text[f.span.clone()], "between 20 and 30");
    }

    #[test]
    fn ranges_and_bounds() {
        let q = one("between 20 and 30 people").quantity;
        assert_eq!(
            (q.lo, q.hi, q.lo_open, q.hi_open),
            (20.0, 30.0, false, true)
        );
        let q = one("larger than 100 and smaller than 300").quantity;
        assert_eq!(
            (q.lo, q.hi, q.lo_open, q.hi_open),
            (100.0, 300.0, true, true)
        );
        let q = one("five hundred or less").quantity;
        assert_eq!((q.hi, q.hi_open), (500.0, false));
        assert_eq!(q.lo, f64::NEG_INFINITY);
    }

    #[test]
    fn dollars_and_cents() {
        assert_eq!(one("it only cost 3 dollars 50 cents").quantity.value, 3.5);
        assert_eq!(
            one("won a $48.2 million contract").quantity.unit,
            Unit::Currency("USD".into())
        );
        assert_eq!(one("an increase to 120 MEUR").quantity.value, 120e6);
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

    #[test]
    fn runs_of_figures_and_their_words_give_intervals_within_their_text() {
        // Random runs of the qualifiers' words, currencies, scales, units, figures and
        // stops, each a text of its own: nothing panics at a text's first or last token,
        // every quantity lies inside its text, and its interval is no empty one and no NaN
        let mut vocab: Vec<&str> = QUALIFIERS
            .iter()
            .flat_map(|(phrase, _)| phrase.split(' '))
            .collect();
        vocab.extend([
            "$",
            "€",
            "£",
            "US$",
            "dlrs",
            "dollars",
            "euros",
            "pounds",
            "stg",
            "yen",
            "pence",
            "mln",
            "million",
            "billion",
            "bln",
            "thousand",
            "pct",
            "percent",
            "%",
            "points",
            "percentage",
            "tonnes",
            "half",
            "a",
            "one",
            "two",
            "twenty",
            "hundred",
            "third",
            "1",
            "12",
            "1.5",
            "2,000",
            "309,000",
            "1/2",
            "3-1/2",
            "10-12",
            "to",
            "and",
            "from",
            "per",
            "cent",
            "-",
            "/",
            ",",
            ".",
            "(",
            ")",
        ]);
        // (the same runs every time)
        let mut next = crate::values::seeded(0x2545_F491_4F6C_DD1D);
        let mut found = 0;
        for _ in 0..20_000 {
            let len = 1 + next(10);
            let text = (0..len)
                .map(|_| vocab[next(vocab.len())])
                .collect::<Vec<_>>()
                .join(if next(4) == 0 { "" } else { " " });
            for f in find(&text) {
                let q = &f.quantity;
                assert!(
                    f.span.start < f.span.end && f.span.end <= text.len(),
                    "{text:?}: {f:?}"
                );
                assert!(
                    !q.lo.is_nan() && !q.hi.is_nan() && q.lo <= q.hi,
                    "{text:?}: {f:?}"
                );
                found += 1;
            }
        }
        // (the runs are no empty test: over a quarter of them hold a quantity)
        assert!(found > 4_000, "{found} quantities in 20,000 runs");
    }
}
