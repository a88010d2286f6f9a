//! Markdown: a summary for a pull-request comment or a CI job summary.

use super::{Report, location};
use std::io::Write;

use crate::consistency::{Finding, kind_name};
use crate::rule::Severity;

pub fn write(report: &Report<'_>, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    writeln!(out, "## claimlint")?;
    writeln!(out)?;
    writeln!(out, "{}.", super::summary_line(report))?;
    if report.findings.is_empty() {
        return Ok(());
    }
    writeln!(out)?;
    writeln!(out, "| | claim | finding | where |")?;
    writeln!(out, "| --- | --- | --- | --- |")?;
    // Writing to memory cannot fail.
    super::write_each(report.findings, out, |_, f, buf| {
        let _ = row(report, f, buf);
    })?;
    writeln!(out)?;
    super::write_each(report.findings, out, |_, f, buf| {
        let _ = section(report, f, buf);
    })
}

/// A finding's line in the table.
fn row(report: &Report<'_>, f: &Finding, out: &mut Vec<u8>) -> std::io::Result<()> {
    let p = &report.observations[f.primary];
    let (file, line, _) = location(p);
    writeln!(
        out,
        "| {} | `{}` {} | {} | `{}:{}` |",
        icon(f.severity),
        f.claim,
        kind_name(f.kind),
        cell(&f.message),
        file,
        line
    )
}

/// A finding in full: each source's sentence, the value in bold.
fn section(report: &Report<'_>, f: &Finding, out: &mut Vec<u8>) -> std::io::Result<()> {
    let p = &report.observations[f.primary];
    let (file, line, _) = location(p);
    writeln!(out, "### {} {}", icon(f.severity), cell(&f.message))?;
    writeln!(out)?;
    writeln!(
        out,
        "`{file}:{line}`: {}{}",
        quote(&p.sentence_text, &p.raw),
        basis(p)
    )?;
    for &i in &f.related {
        let o = &report.observations[i];
        let (file, line, _) = location(o);
        let who_when = o.source.who_when();
        writeln!(
            out,
            "- {who_when} (`{file}:{line}`): {}{}",
            quote(&o.sentence_text, &o.raw),
            basis(o)
        )?;
    }
    for h in &f.help {
        writeln!(out, "- {}", cell(h))?;
    }
    writeln!(out)
}

fn icon(s: Severity) -> &'static str {
    match s {
        Severity::Error => "❌",
        Severity::Warning => "⚠️",
        Severity::Note => "ℹ️",
    }
}

/// The sentence, with the value in bold.
fn quote(sentence: &str, raw: &str) -> String {
    let s = sentence.split_whitespace().collect::<Vec<_>>().join(" ");
    let s = cell(&s);
    match s.find(raw) {
        Some(at) => format!("“{}**{}**{}”", &s[..at], raw, &s[at + raw.len()..]),
        None => format!("“{s}”"),
    }
}

/// " (counted from "May 15, 2019" on line 1)" after a quoted sentence, when its value was
/// counted from a date the article named.
fn basis(o: &crate::observation::Observation) -> String {
    super::counted_from(o)
        .map(|from| format!(" ({})", cell(&from)))
        .unwrap_or_default()
}

/// Text safe inside a table cell.
fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}
