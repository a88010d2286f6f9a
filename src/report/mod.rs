//! Findings out: one model of a finding, and one file per output format, each a view of it.

pub mod human;
pub mod json;

use serde::Serialize;

use crate::consistency::{Finding, FindingKind};
use crate::observation::Observation;
use crate::problem::Problem;
use crate::rule::Severity;
use crate::values::Resolution;

/// Everything a reporter may show.
pub struct Report<'a> {
    /// How many articles were scanned.
    pub articles: usize,
    pub observations: &'a [Observation],
    pub findings: &'a [Finding],
    pub problems: &'a [Problem],
}

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Human,
    Json,
}

/// How a reporter draws.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub color: bool,
    pub width: usize,
}

impl Default for Style {
    fn default() -> Self {
        Style {
            color: false,
            width: 100,
        }
    }
}

/// Renders the report in a format.
/// Writes the report in a format, finding by finding: a large report is never held whole.
pub fn write(
    report: &Report<'_>,
    format: Format,
    style: Style,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    match format {
        Format::Human => human::write(report, style, out),
        Format::Json => json::write(report, out),
    }
}

/// The report as a string (for tests and small reports).
pub fn render(report: &Report<'_>, format: Format, style: Style) -> String {
    let mut out = Vec::new();
    write(report, format, style, &mut out).expect("writing to memory cannot fail");
    String::from_utf8(out).expect("reports are UTF-8")
}

/// Counts of findings by severity.
#[derive(Debug, Default, Clone, Copy, Serialize, PartialEq, Eq)]
pub struct Counts {
    pub error: usize,
    pub warning: usize,
    pub note: usize,
}

impl Report<'_> {
    pub fn counts(&self) -> Counts {
        let mut c = Counts::default();
        for f in self.findings {
            match f.severity {
                Severity::Error => c.error += 1,
                Severity::Warning => c.warning += 1,
                Severity::Note => c.note += 1,
            }
        }
        c
    }
}

/// "last year → 2018, published 2019-09-05": the raw text, what it became, and on what basis.
pub fn value_label(o: &Observation, kind: FindingKind) -> String {
    let value = match &o.value {
        Resolution::Resolved(v) => v.to_string(),
        Resolution::Unresolved(_) => "unresolved".to_string(),
    };
    let mut label = format!("{} → {}", o.raw, value);
    if let Some(d) = o.source.published {
        label.push_str(&format!(", published {d}"));
    }
    if matches!(kind, FindingKind::Shift | FindingKind::Reversal)
        && let Some(a) = &o.as_of
    {
        label.push_str(&format!(", as of {a}"));
    }
    let m = o.modality.describe();
    if !o.modality.is_firm() && !m.is_empty() {
        label.push_str(&format!(" ({m})"));
    }
    label
}
