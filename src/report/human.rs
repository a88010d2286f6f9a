//! Human output through miette: one diagnostic per finding, the primary label on the value
//! in one article and a related diagnostic, with its own source, for each other article.

use std::fmt;

use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError,
    MietteSpanContents, SourceCode, SourceSpan, SpanContents,
};

use super::{Report, Style, value_label};
use crate::consistency::Finding;
use crate::observation::Observation;
use crate::rule::Severity;

pub fn write(
    report: &Report<'_>,
    style: Style,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let handler = handler(style);
    super::write_each(report.findings, out, |_, finding, buf| {
        let d = FindingDiagnostic::new(report, finding);
        let mut one = String::new();
        // Rendering into a String cannot fail.
        let _ = handler.render_report(&mut one, &d);
        one.push('\n');
        buf.extend_from_slice(one.as_bytes());
    })?;
    writeln!(out, "{}", super::summary_line(report))
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
    source: Excerpt,
    labels: Vec<(SourceSpan, String)>,
    related: Vec<RelatedDiagnostic>,
}

/// The other article(s) in a finding.
#[derive(Debug)]
struct RelatedDiagnostic {
    message: String,
    source: Excerpt,
    labels: Vec<(SourceSpan, String)>,
}

impl FindingDiagnostic {
    fn new(report: &Report<'_>, f: &Finding) -> FindingDiagnostic {
        let p = &report.observations[f.primary];
        let (source, labels) = source_and_labels(&[p], f);
        // One related diagnostic per other sentence, with all its labels.
        let mut related: Vec<RelatedDiagnostic> = Vec::new();
        let mut by_sentence: Vec<(&str, usize, Vec<&Observation>)> = Vec::new();
        for &i in &f.related {
            let o = &report.observations[i];
            let at = (o.source.name.as_str(), o.sentence.start);
            match by_sentence.iter_mut().find(|(n, s, _)| (*n, *s) == at) {
                Some((_, _, v)) => v.push(o),
                None => by_sentence.push((at.0, at.1, vec![o])),
            }
        }
        for (_, _, obs) in by_sentence {
            let (source, labels) = source_and_labels(&obs, f);
            let first = obs[0];
            let who = first.source.who();
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
            code: format!("{}({})", f.claim, crate::consistency::kind_name(f.kind)),
            severity: severity(f.severity),
            help,
            source,
            labels,
            related,
        }
    }
}

/// The sentence the observations are in, as an excerpt of its article, and the labels on
/// the values in it.
fn source_and_labels(obs: &[&Observation], f: &Finding) -> (Excerpt, Vec<(SourceSpan, String)>) {
    let first = obs[0];
    let excerpt = Excerpt {
        name: first.source.name.clone(),
        text: first.sentence_text.clone(),
        offset: first.sentence.start,
        line: first.line.saturating_sub(1),
        column: first.column.saturating_sub(1),
    };
    let labels = obs
        .iter()
        .map(|o| ((o.span.start, o.span.len()).into(), value_label(o, f.kind)))
        .collect();
    (excerpt, labels)
}

/// One sentence of an article, at its place in the file: miette reads spans in the file's
/// byte offsets and shows the file's line numbers, without the file being held in memory.
#[derive(Debug)]
struct Excerpt {
    name: String,
    text: String,
    /// Byte offset of `text` in the article.
    offset: usize,
    /// 0-based line and column of `text`'s first character in the article.
    line: usize,
    column: usize,
}

impl SourceCode for Excerpt {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let end = self.offset + self.text.len();
        if span.offset() < self.offset || span.offset() + span.len() > end {
            return Err(MietteError::OutOfBounds);
        }
        if context_lines_before == 0 && context_lines_after == 0 {
            // The span alone, at its line and column: what a diagnostic's header shows.
            let local = span.offset() - self.offset;
            let before = &self.text[..local];
            let (line, column) = match before.rfind('\n') {
                Some(nl) => (
                    self.line + before.matches('\n').count(),
                    before[nl + 1..].chars().count(),
                ),
                None => (self.line, self.column + before.chars().count()),
            };
            return Ok(Box::new(MietteSpanContents::new_named(
                self.name.clone(),
                &self.text.as_bytes()[local..local + span.len()],
                *span,
                line,
                column,
                1,
            )));
        }
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.clone(),
            self.text.as_bytes(),
            (self.offset, self.text.len()).into(),
            self.line,
            self.column,
            self.text.matches('\n').count() + 1,
        )))
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
        Some(labeled(&self.labels))
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
        Some(labeled(&self.labels))
    }
}

/// Labels with the first one primary: it gives the diagnostic's `file:line:column`.
fn labeled(labels: &[(SourceSpan, String)]) -> Box<dyn Iterator<Item = LabeledSpan> + '_> {
    Box::new(labels.iter().enumerate().map(|(i, (span, label))| {
        if i == 0 {
            LabeledSpan::new_primary_with_span(Some(label.clone()), *span)
        } else {
            LabeledSpan::new_with_span(Some(label.clone()), *span)
        }
    }))
}
