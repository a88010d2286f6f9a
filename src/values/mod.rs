//! Normalised values: every claim value is an interval (dates, quantities) or a label
//! (choices), so that two values agree exactly when they overlap.

pub mod date;
pub mod modality;
pub mod number;
pub mod spoken;
pub(crate) mod tokens;

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub use date::{DateValue, Granularity, Timex, TimexKind};
pub use modality::Modality;
pub use number::{Quantity, Unit};

/// A seeded xorshift for the tests that feed a grammar random runs of its words: each call
/// gives a number below `bound`, the same sequence every run.
#[cfg(test)]
pub(crate) fn seeded(seed: u64) -> impl FnMut(usize) -> usize {
    let mut state = seed;
    move |bound: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        usize::try_from(state % bound as u64).expect("below a usize bound")
    }
}

/// The kind of value a claim carries, as written in a rule file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ValueKind {
    Date,
    Number,
    Money,
    Percent,
    Choice,
    Text,
}

impl ValueKind {
    pub fn name(self) -> &'static str {
        match self {
            ValueKind::Date => "date",
            ValueKind::Number => "number",
            ValueKind::Money => "money",
            ValueKind::Percent => "percent",
            ValueKind::Choice => "choice",
            ValueKind::Text => "text",
        }
    }
}

/// A normalised value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Value {
    Date(DateValue),
    Quantity(Quantity),
    Choice { label: String },
    Text { text: String },
}

impl Value {
    /// Two values agree when their intervals overlap (or their labels are equal).
    pub fn agrees(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Date(a), Value::Date(b)) => a.overlaps(b),
            (Value::Quantity(a), Value::Quantity(b)) => a.overlaps(b),
            (Value::Choice { label: a }, Value::Choice { label: b }) => a == b,
            (Value::Text { text: a }, Value::Text { text: b }) => a.eq_ignore_ascii_case(b),
            _ => false,
        }
    }

    /// A short human form: `2018`, `2019-05-11..2019-05-20`, `$80 billion`, `none-issued`.
    pub fn describe(&self) -> String {
        self.to_string()
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Date(d) => d.fmt(f),
            Value::Quantity(q) => q.fmt(f),
            Value::Choice { label } => f.write_str(label),
            Value::Text { text } => write!(f, "{text:?}"),
        }
    }
}

/// What a raw value became: a value, or the reason it could not be resolved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Resolution {
    Resolved(Value),
    Unresolved(String),
}

impl Resolution {
    pub fn value(&self) -> Option<&Value> {
        match self {
            Resolution::Resolved(v) => Some(v),
            Resolution::Unresolved(_) => None,
        }
    }

    /// The value as reports show it, or "unresolved".
    pub fn shown(&self) -> String {
        self.value()
            .map_or_else(|| "unresolved".to_string(), |v| v.to_string())
    }
}

/// Parses a reference value written in a rule file (`2019-05-16`, `2018-01`,
/// `about $70 billion`, a choice label) as the claim's kind.
pub fn parse_reference(kind: ValueKind, text: &str) -> Result<Value, String> {
    match kind {
        ValueKind::Date => date::parse_reference(text).map(Value::Date),
        ValueKind::Number | ValueKind::Money | ValueKind::Percent => {
            let found = number::find(text);
            let wanted = number::unit_matches(kind);
            match found.into_iter().find(|q| wanted(&q.quantity.unit)) {
                Some(q) if q.span.len() == text.trim().len() => Ok(Value::Quantity(q.quantity)),
                _ => Err(format!("`{text}` is not a {} value", kind.name())),
            }
        }
        ValueKind::Choice => Ok(Value::Choice {
            label: text.to_string(),
        }),
        ValueKind::Text => Ok(Value::Text {
            text: text.to_string(),
        }),
    }
}

/// A date that a relative expression is resolved against.
pub type Anchor = Option<NaiveDate>;
