//! JSON output: a stable, documented shape (see `docs/json.md`), version 1.

use serde::Serialize;

use super::{Counts, Report, json_array, json_nested};
use crate::consistency::{Finding, FindingKind};
use crate::observation::{CountedFrom, Observation};
use crate::rule::{Reference, Severity};
use crate::values::{Modality, Resolution};

#[derive(Serialize)]
struct Summary {
    articles: usize,
    observations: usize,
    findings: Counts,
    suppressed: usize,
    baselined: usize,
}

#[derive(Serialize)]
struct FindingOut<'a> {
    claim: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    key: Option<&'a str>,
    kind: FindingKind,
    severity: Severity,
    message: &'a str,
    primary: ObservationOut<'a>,
    related: Vec<ObservationOut<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    reference: Option<&'a Reference>,
    help: &'a [String],
    fingerprint: &'a str,
}

#[derive(Serialize)]
struct ObservationOut<'a> {
    file: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    outlet: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    published: Option<String>,
    line: usize,
    column: usize,
    span: Span,
    text: &'a str,
    value: &'a Resolution,
    resolved: String,
    sentence: &'a str,
    modality: &'a Modality,
    #[serde(skip_serializing_if = "Option::is_none")]
    as_of: Option<String>,
    /// Where the article named the date a relative value was counted from.
    #[serde(skip_serializing_if = "Option::is_none")]
    counted_from: Option<&'a CountedFrom>,
}

#[derive(Serialize)]
struct Span {
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct ProblemOut {
    severity: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    file: Option<String>,
    message: String,
}

/// Writes the report as one pretty JSON object: `version`, `summary`, `findings`,
/// `problems`; the findings are serialised in parallel and streamed.
pub fn write(report: &Report<'_>, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let summary = Summary {
        articles: report.articles,
        observations: report.observations.len(),
        findings: report.counts(),
        suppressed: report.suppressed,
        baselined: report.baselined,
    };
    let problems: Vec<ProblemOut> = report
        .problems
        .iter()
        .map(|p| ProblemOut {
            severity: if p.is_error() { "error" } else { "warning" },
            file: p.file.clone(),
            message: p.message.to_string(),
        })
        .collect();
    let mut head = b"{\n  \"version\": 1,\n  \"summary\": ".to_vec();
    json_nested(&summary, 1, &mut head);
    head.extend_from_slice(b",\n  \"findings\": ");
    out.write_all(&head)?;
    json_array(report.findings, 1, out, |f, depth, buf| {
        json_nested(&finding(report, f), depth, buf)
    })?;
    let mut tail = b",\n  \"problems\": ".to_vec();
    json_nested(&problems, 1, &mut tail);
    tail.extend_from_slice(b"\n}\n");
    out.write_all(&tail)
}

fn finding<'a>(report: &'a Report<'_>, f: &'a Finding) -> FindingOut<'a> {
    FindingOut {
        claim: &f.claim,
        key: f.key.as_deref(),
        kind: f.kind,
        severity: f.severity,
        message: &f.message,
        primary: observation(&report.observations[f.primary]),
        related: f
            .related
            .iter()
            .map(|&i| observation(&report.observations[i]))
            .collect(),
        reference: f.reference.as_ref(),
        help: &f.help,
        fingerprint: &f.fingerprint,
    }
}

fn observation(o: &Observation) -> ObservationOut<'_> {
    let (line, column) = o.value_position();
    ObservationOut {
        file: &o.source.name,
        outlet: o.source.outlet.as_deref(),
        published: o.source.published.map(|d| d.to_string()),
        line,
        column,
        span: Span {
            start: o.span.start,
            end: o.span.end,
        },
        text: &o.raw,
        value: &o.value,
        resolved: match &o.value {
            Resolution::Resolved(v) => v.to_string(),
            Resolution::Unresolved(r) => format!("unresolved: {r}"),
        },
        sentence: &o.sentence_text,
        modality: &o.modality,
        as_of: o.as_of.as_ref().map(|d| d.to_string()),
        counted_from: o.counted_from.as_ref(),
    }
}
