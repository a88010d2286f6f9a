//! JSON output: a stable, documented shape (see `docs/json.md`), version 1.

use serde::Serialize;

use super::{Counts, Report, line_col};
use crate::consistency::{Finding, FindingKind};
use crate::observation::Observation;
use crate::rule::{Reference, Severity};
use crate::values::{Modality, Resolution};

#[derive(Serialize)]
struct Output<'a> {
    version: u32,
    summary: Summary,
    findings: Vec<FindingOut<'a>>,
    problems: Vec<ProblemOut>,
}

#[derive(Serialize)]
struct Summary {
    articles: usize,
    observations: usize,
    findings: Counts,
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

pub fn render(report: &Report<'_>) -> String {
    let out = Output {
        version: 1,
        summary: Summary {
            articles: report.articles,
            observations: report.observations.len(),
            findings: report.counts(),
        },
        findings: report.findings.iter().map(|f| finding(report, f)).collect(),
        problems: report
            .problems
            .iter()
            .map(|p| ProblemOut {
                severity: if p.is_error() { "error" } else { "warning" },
                file: p.file.clone(),
                message: p.message.to_string(),
            })
            .collect(),
    };
    let mut s = serde_json::to_string_pretty(&out).expect("the report model serialises");
    s.push('\n');
    s
}

fn finding<'a>(report: &'a Report<'_>, f: &'a Finding) -> FindingOut<'a> {
    FindingOut {
        claim: &f.claim,
        key: f.key.as_deref(),
        kind: f.kind,
        severity: f.severity,
        message: &f.message,
        primary: observation(report, &report.observations[f.primary]),
        related: f
            .related
            .iter()
            .map(|&i| observation(report, &report.observations[i]))
            .collect(),
        reference: f.reference.as_ref(),
        help: &f.help,
    }
}

fn observation<'a>(report: &'a Report<'_>, o: &'a Observation) -> ObservationOut<'a> {
    let (line, column) = match report
        .documents
        .get(o.source.doc)
        .filter(|d| d.name == o.source.name)
    {
        Some(doc) => line_col(&doc.text, o.span.start),
        None => (0, 0),
    };
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
    }
}
