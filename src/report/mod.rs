//! Findings out: one model of a finding, and one file per output format, each a view of it.

pub mod github;
pub mod human;
pub mod json;
pub mod markdown;
pub mod sarif;
pub mod timeline;

use serde::Serialize;

use crate::consistency::{Finding, FindingKind};
use crate::observation::Observation;
use crate::problem::Problem;
use crate::rule::Severity;

/// Everything a reporter may show.
pub struct Report<'a> {
    /// How many articles were scanned.
    pub articles: usize,
    /// What the claims are, for formats that describe their rules (SARIF).
    pub claims: &'a [ClaimInfo],
    /// Findings left out: suppressed by a comment in their article, or in the baseline.
    pub suppressed: usize,
    pub baselined: usize,
    pub observations: &'a [Observation],
    pub findings: &'a [Finding],
    pub problems: &'a [Problem],
}

/// A claim as reports describe it.
#[derive(Debug, Clone)]
pub struct ClaimInfo {
    pub id: String,
    pub title: Option<String>,
    pub why: Option<String>,
    pub severity: Severity,
    pub file: String,
}

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Human,
    Json,
    Sarif,
    Github,
    Markdown,
}

impl Format {
    pub fn parse(name: &str) -> Option<Format> {
        Some(match name {
            "human" => Format::Human,
            "json" => Format::Json,
            "sarif" => Format::Sarif,
            "github" => Format::Github,
            "markdown" | "md" => Format::Markdown,
            _ => return None,
        })
    }
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
        Format::Sarif => sarif::write(report, out),
        Format::Github => github::write(report, out),
        Format::Markdown => markdown::write(report, out),
    }
}

/// Renders `items` on every core and writes them in order, a window at a time: reports of
/// tens of thousands of findings are written at the speed of the machine, and never held
/// whole. `render` gets each item's index.
pub(crate) fn write_each<T: Sync>(
    items: &[T],
    out: &mut dyn std::io::Write,
    render: impl Fn(usize, &T, &mut Vec<u8>) + Sync,
) -> std::io::Result<()> {
    use rayon::prelude::*;
    const WINDOW: usize = 1024;
    const CHUNK: usize = 32;
    // One buffer a chunk, kept from window to window: fresh ones grew by copying into new
    // pages, which was most of a large report's page faults.
    let mut bufs: Vec<Vec<u8>> = vec![Vec::new(); WINDOW.div_ceil(CHUNK)];
    for (w, window) in items.chunks(WINDOW).enumerate() {
        bufs.par_iter_mut()
            .zip(window.par_chunks(CHUNK))
            .enumerate()
            .for_each(|(c, (buf, chunk))| {
                buf.clear();
                for (i, item) in chunk.iter().enumerate() {
                    render(w * WINDOW + c * CHUNK + i, item, buf);
                }
            });
        for buf in &bufs[..window.len().div_ceil(CHUNK)] {
            out.write_all(buf)?;
        }
    }
    Ok(())
}

/// Appends `value` as pretty JSON nested `depth` levels deep in a pretty document (two
/// spaces a level), so that parts serialised apart read as one document.
pub(crate) fn json_nested<T: Serialize + ?Sized>(value: &T, depth: usize, buf: &mut Vec<u8>) {
    let json = serde_json::to_vec_pretty(value).expect("report values serialise");
    let mut lines = json.split(|&b| b == b'\n');
    if let Some(first) = lines.next() {
        buf.extend_from_slice(first);
    }
    for line in lines {
        buf.push(b'\n');
        buf.resize(buf.len() + 2 * depth, b' ');
        buf.extend_from_slice(line);
    }
}

/// Writes a pretty JSON array of `items` nested `depth` levels deep, the items rendered in
/// parallel by [`write_each`]; `render` writes one item with [`json_nested`] at the depth
/// it is given.
pub(crate) fn json_array<T: Sync>(
    items: &[T],
    depth: usize,
    out: &mut dyn std::io::Write,
    render: impl Fn(&T, usize, &mut Vec<u8>) + Sync,
) -> std::io::Result<()> {
    if items.is_empty() {
        return out.write_all(b"[]");
    }
    out.write_all(b"[")?;
    let indent = " ".repeat(2 * (depth + 1));
    write_each(items, out, |i, item, buf| {
        buf.extend_from_slice(if i == 0 { b"\n" } else { b",\n" });
        buf.extend_from_slice(indent.as_bytes());
        render(item, depth + 1, buf);
    })?;
    write!(out, "\n{}]", " ".repeat(2 * depth))
}

/// The report as a string (for tests and small reports).
pub fn render(report: &Report<'_>, format: Format, style: Style) -> String {
    let mut out = Vec::new();
    write(report, format, style, &mut out).expect("writing to memory cannot fail");
    String::from_utf8(out).expect("reports are UTF-8")
}

/// Writes a report to a file atomically: into a temporary file beside it, then renamed
/// over it, so a reader never sees half a report and a failed run leaves the old one.
pub fn write_file(
    report: &Report<'_>,
    format: Format,
    path: &std::path::Path,
) -> std::io::Result<()> {
    use std::io::Write;
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(std::path::Path::new("."));
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("report");
    let tmp = dir.join(format!(".{name}.claimlint-{}.tmp", std::process::id()));
    let result = (|| {
        let mut file = std::io::BufWriter::new(std::fs::File::create(&tmp)?);
        write(report, format, Style::default(), &mut file)?;
        file.flush()?;
        file.get_ref().sync_all()?;
        drop(file);
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// Where an observation is, as tools outside claimlint name places: the file, and the
/// 1-based line and column. A JSON Lines record `FILE.jsonl:LINE` is that line of the file.
pub fn location(o: &Observation) -> (String, usize, usize) {
    if let Some((file, line)) = o.source.name.rsplit_once(':')
        && file.ends_with(".jsonl")
        && let Ok(line) = line.parse::<usize>()
    {
        return (file.to_string(), line, 1);
    }
    let (line, column) = o.value_position();
    (o.source.name.clone(), line, column)
}

/// `counted from "May 15, 2019" on line 1`: the date the article named that a relative
/// value was counted from, for the reader to check the reading; its line where the article
/// is a file of its own (a JSON Lines record's lines are not the file's).
pub fn counted_from(o: &Observation) -> Option<String> {
    let from = o.counted_from.as_ref()?;
    Some(if location(o).0.ends_with(".jsonl") {
        from.describe()
    } else {
        format!("{} on line {}", from.describe(), from.line)
    })
}

/// "3 errors, 1 warning, 2 notes in 5 articles (23 observations)", and what was set aside.
pub fn summary_line(report: &Report<'_>) -> String {
    let c = report.counts();
    let n = report.observations.len();
    let mut line = format!(
        "{} {}, {} {}, {} {} in {} {} ({} {})",
        c.error,
        plural(c.error, "error", "errors"),
        c.warning,
        plural(c.warning, "warning", "warnings"),
        c.note,
        plural(c.note, "note", "notes"),
        report.articles,
        plural(report.articles, "article", "articles"),
        n,
        plural(n, "observation", "observations"),
    );
    if report.suppressed > 0 {
        line.push_str(&format!(
            "; {} suppressed in the articles",
            report.suppressed
        ));
    }
    if report.baselined > 0 {
        line.push_str(&format!("; {} accepted in the baseline", report.baselined));
    }
    line
}

pub(crate) fn plural<'s>(n: usize, one: &'s str, many: &'s str) -> &'s str {
    if n == 1 { one } else { many }
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

/// "last year → 2018, published 2019-09-05": the raw text, what it became, and on what
/// basis ("The following day → 2019-05-16, counted from "May 15, 2019" on line 1").
pub fn value_label(o: &Observation, kind: FindingKind) -> String {
    let mut label = format!("{} → {}", o.raw, o.value.shown());
    if let Some(from) = counted_from(o) {
        label.push_str(&format!(", {from}"));
    } else if let Some(d) = o.source.published {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_rendered_in_parallel_are_written_in_order() {
        let items: Vec<usize> = (0..5000).collect();
        let mut out = Vec::new();
        write_each(&items, &mut out, |i, item, buf| {
            assert_eq!(i, *item, "each item gets its own index");
            buf.extend_from_slice(format!("{item}\n").as_bytes());
        })
        .expect("writing to memory");
        let expected: String = items.iter().map(|i| format!("{i}\n")).collect();
        assert_eq!(String::from_utf8(out).expect("UTF-8"), expected);
    }

    #[test]
    fn a_json_array_written_in_parts_is_the_document_serde_writes() {
        #[derive(Serialize)]
        struct Doc {
            name: &'static str,
            items: Vec<serde_json::Value>,
        }
        let items: Vec<serde_json::Value> = (0..1500)
            .map(|i| serde_json::json!({"n": i, "tags": ["a", "b\nc"], "empty": []}))
            .collect();
        for items in [vec![], items] {
            let whole = serde_json::to_string_pretty(&Doc {
                name: "x",
                items: items.clone(),
            })
            .expect("serialises");
            let mut parts = b"{\n  \"name\": \"x\",\n  \"items\": ".to_vec();
            json_array(&items, 1, &mut parts, |v, depth, buf| {
                json_nested(v, depth, buf)
            })
            .expect("writing to memory");
            parts.extend_from_slice(b"\n}");
            assert_eq!(String::from_utf8(parts).expect("UTF-8"), whole);
        }
    }
}
