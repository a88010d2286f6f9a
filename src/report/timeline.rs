//! The timeline of one claim: every observation in time order with its source, value,
//! modality and sentence, for an editor following a story's facts as they move.

use super::{Report, location};
use crate::consistency::as_of;
use crate::rule::RuleSet;

pub fn write(
    report: &Report<'_>,
    rules: &RuleSet,
    claim: &str,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let Some(c) = rules.claim(claim) else {
        return Ok(());
    };
    writeln!(out, "{} — {}", c.id, c.title.as_deref().unwrap_or(""))?;
    writeln!(
        out,
        "{} claim, policy {:?}, severity {}",
        c.kind.name(),
        c.policy,
        c.severity.name()
    )?;
    for (key, r) in &c.references {
        let key = key.as_ref().map(|k| format!(" ({k})")).unwrap_or_default();
        let source = r
            .source
            .as_ref()
            .map(|s| format!(" — {s}"))
            .unwrap_or_default();
        writeln!(out, "reference{key}: {}{source}", r.value)?;
    }
    let mut rows: Vec<usize> = (0..report.observations.len())
        .filter(|&i| report.observations[i].claim == claim)
        .collect();
    rows.sort_by_key(|&i| {
        let o = &report.observations[i];
        (
            as_of(o).map(|d| (d.start, d.end)),
            o.source.name.clone(),
            o.span.start,
        )
    });
    writeln!(out)?;
    if rows.is_empty() {
        writeln!(out, "no article states it")?;
    }
    for i in rows {
        let o = &report.observations[i];
        let flagged = report.findings.iter().any(|f| f.primary == i);
        let (file, line, column) = location(o);
        let when = as_of(o)
            .map(|d| d.to_string())
            .unwrap_or_else(|| "undated".into());
        let who = o.source.who();
        let value = o.value.shown();
        let key = o
            .key
            .as_ref()
            .map(|k| format!(" [{k}]"))
            .unwrap_or_default();
        let modality = o.modality.describe();
        let modality = if modality.is_empty() {
            String::new()
        } else {
            format!(" ({modality})")
        };
        let basis = super::counted_from(o)
            .map(|from| format!(", {from}"))
            .unwrap_or_default();
        writeln!(
            out,
            "{} {when:<24} {who}{key}: {value} — \"{}\"{basis}{modality}",
            if flagged { "✗" } else { "·" },
            o.raw
        )?;
        writeln!(
            out,
            "  {file}:{line}:{column}  {}",
            o.sentence_text
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        )?;
    }
    Ok(())
}
