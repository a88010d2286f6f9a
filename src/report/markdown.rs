//! Markdown: a summary for a pull-request comment or a CI job summary.

use super::{Report, location};
use crate::consistency::kind_name;
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
    for f in report.findings {
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
        )?;
    }
    writeln!(out)?;
    for f in report.findings {
        let p = &report.observations[f.primary];
        let (file, line, _) = location(p);
        writeln!(out, "### {} {}", icon(f.severity), cell(&f.message))?;
        writeln!(out)?;
        writeln!(out, "`{file}:{line}`: {}", quote(&p.sentence_text, &p.raw))?;
        for &i in &f.related {
            let o = &report.observations[i];
            let (file, line, _) = location(o);
            let who_when = o.source.who_when();
            writeln!(
                out,
                "- {who_when} (`{file}:{line}`): {}",
                quote(&o.sentence_text, &o.raw)
            )?;
        }
        for h in &f.help {
            writeln!(out, "- {}", cell(h))?;
        }
        writeln!(out)?;
    }
    Ok(())
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

/// Text safe inside a table cell.
fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}
