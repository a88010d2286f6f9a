//! Human output through miette: one diagnostic per finding, the primary label on the value
//! in one article and a related diagnostic, with its own source, for each other article.

use std::fmt;

use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, SourceSpan,
};

use super::{Report, Style, value_label};
use crate::consistency::Finding;
use crate::observation::Observation;
use crate::rule::Severity;

pub fn render(report: &Report<'_>, style: Style) -> String {
    let handler = handler(style);
    let mut out = String::new();
    for finding in report.findings {
        let d = FindingDiagnostic::new(report, finding);
        // Rendering into a String cannot fail.
        let _ = handler.render_report(&mut out, &d);
        out.push('\n');
    }
    let c = report.counts();
    let articles = report.articles;
    out.push_str(&format!(
        "{} {}, {} {}, {} {} in {} {} ({} {})\n",
        c.error,
        plural(c.error, "error", "errors"),
        c.warning,
        plural(c.warning, "warning", "warnings"),
        c.note,
        plural(c.note, "note", "notes"),
        articles,
        plural(articles, "article", "articles"),
        report.observations.len(),
        plural(report.observations.len(), "observation", "observations"),
    ));
    out
}

/// Renders problems (could-not-run diagnostics) for stderr.
pub fn render_problems(problems: &[crate::problem::Problem], style: Style) -> String {
    let handler = handler(style);
    let mut out = String::new();
    for p in problems {
        let _ = handler.render_report(&mut out, p);
    }
    out
}

fn handler(style: Style) -> GraphicalReportHandler {
    let theme = if style.color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    GraphicalReportHandler::new_themed(theme)
        .with_width(style.width)
        .with_links(false)
}

fn plural<'s>(n: usize, one: &'s str, many: &'s str) -> &'s str {
    if n == 1 { one } else { many }
}

fn severity(s: Severity) -> miette::Severity {
    match s {
        Severity::Error => miette::Severity::Error,
        Severity::Warning => miette::Severity::Warning,
        Severity::Note => miette::Severity::Advice,
    }
}

/// A finding as a miette diagnostic.
#[derive(Debug)]
struct FindingDiagnostic {
    message: String,
    code: String,
    severity: miette::Severity,
    help: Option<String>,
    source: NamedSource<String>,
    labels: Vec<(SourceSpan, String)>,
    related: Vec<RelatedDiagnostic>,
}

/// The other article(s) in a finding.
#[derive(Debug)]
struct RelatedDiagnostic {
    message: String,
    source: NamedSource<String>,
    labels: Vec<(SourceSpan, String)>,
}

impl FindingDiagnostic {
    fn new(report: &Report<'_>, f: &Finding) -> FindingDiagnostic {
        let p = &report.observations[f.primary];
        let (source, labels) = source_and_labels(report, &[p], f);
        // One related diagnostic per other article, with all its labels.
        let mut related: Vec<RelatedDiagnostic> = Vec::new();
        let mut by_doc: Vec<(usize, Vec<&Observation>)> = Vec::new();
        for &i in &f.related {
            let o = &report.observations[i];
            match by_doc.iter_mut().find(|(d, _)| *d == o.source.doc) {
                Some((_, v)) => v.push(o),
                None => by_doc.push((o.source.doc, vec![o])),
            }
        }
        for (_, obs) in by_doc {
            let (source, labels) = source_and_labels(report, &obs, f);
            let first = obs[0];
            let who = first
                .source
                .outlet
                .clone()
                .unwrap_or_else(|| first.source.name.clone());
            let when = first
                .source
                .published
                .map(|d| format!(" on {d}"))
                .unwrap_or_default();
            let values: Vec<String> = obs
                .iter()
                .filter_map(|o| o.value.value().map(|v| v.to_string()))
                .collect();
            related.push(RelatedDiagnostic {
                message: format!("{who} said {}{when}", values.join(" and ")),
                source,
                labels,
            });
        }
        let help = (!f.help.is_empty()).then(|| f.help.join("\n"));
        FindingDiagnostic {
            message: f.message.clone(),
            code: format!("{}({})", f.claim, kind_name(f)),
            severity: severity(f.severity),
            help,
            source,
            labels,
            related,
        }
    }
}

fn kind_name(f: &Finding) -> &'static str {
    match f.kind {
        crate::consistency::FindingKind::Contradiction => "contradiction",
        crate::consistency::FindingKind::Reference => "reference",
        crate::consistency::FindingKind::Reversal => "reversal",
        crate::consistency::FindingKind::Shift => "shift",
        crate::consistency::FindingKind::Unresolved => "unresolved",
    }
}

/// The article's text (or, when the article is not at hand, the sentence alone) and the
/// labels on the values in it.
fn source_and_labels(
    report: &Report<'_>,
    obs: &[&Observation],
    f: &Finding,
) -> (NamedSource<String>, Vec<(SourceSpan, String)>) {
    let first = obs[0];
    match report
        .documents
        .get(first.source.doc)
        .filter(|d| d.name == first.source.name)
    {
        Some(doc) => (
            NamedSource::new(&doc.name, doc.text.clone()),
            obs.iter()
                .map(|o| ((o.span.start, o.span.len()).into(), value_label(o, f.kind)))
                .collect(),
        ),
        None => (
            NamedSource::new(&first.source.name, first.sentence_text.clone()),
            obs.iter()
                .filter(|o| o.sentence == first.sentence)
                .map(|o| {
                    (
                        (o.span.start - o.sentence.start, o.span.len()).into(),
                        value_label(o, f.kind),
                    )
                })
                .collect(),
        ),
    }
}

impl fmt::Display for FindingDiagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}
impl std::error::Error for FindingDiagnostic {}

impl Diagnostic for FindingDiagnostic {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(&self.code))
    }
    fn severity(&self) -> Option<miette::Severity> {
        Some(self.severity)
    }
    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }
    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(&self.source)
    }
    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        Some(Box::new(self.labels.iter().enumerate().map(
            |(i, (span, label))| {
                if i == 0 {
                    LabeledSpan::new_primary_with_span(Some(label.clone()), *span)
                } else {
                    LabeledSpan::new_with_span(Some(label.clone()), *span)
                }
            },
        )))
    }
    fn related<'a>(&'a self) -> Option<Box<dyn Iterator<Item = &'a dyn Diagnostic> + 'a>> {
        if self.related.is_empty() {
            return None;
        }
        Some(Box::new(self.related.iter().map(|r| r as &dyn Diagnostic)))
    }
}

impl fmt::Display for RelatedDiagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}
impl std::error::Error for RelatedDiagnostic {}

impl Diagnostic for RelatedDiagnostic {
    fn severity(&self) -> Option<miette::Severity> {
        Some(miette::Severity::Advice)
    }
    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(&self.source)
    }
    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        Some(Box::new(self.labels.iter().map(|(span, label)| {
            LabeledSpan::new_with_span(Some(label.clone()), *span)
        })))
    }
}
