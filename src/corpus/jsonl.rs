//! JSON Lines collections: one article a line, `{"text": ..., "published": ..., "outlet": ...}`.

use serde::Deserialize;

use super::{DateOrigin, Document, frontmatter::parse_date};
use crate::problem::Problem;

#[derive(Deserialize)]
struct Record {
    text: String,
    #[serde(default)]
    id: Option<serde_json::Value>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    outlet: Option<String>,
    #[serde(default, alias = "date")]
    published: Option<String>,
    #[serde(default)]
    url: Option<String>,
}

/// Loads every record; a broken line is reported by its number and the others are kept.
/// A record's spans point into its `text` field, and it is named `FILE:LINE`.
pub(super) fn load(name: &str, text: &str) -> (Vec<Document>, Vec<Problem>) {
    let mut docs = Vec::new();
    let mut problems = Vec::new();
    let mut offset = 0;
    for (n, line) in text.split_inclusive('\n').enumerate() {
        let start = offset;
        offset += line.len();
        if line.trim().is_empty() {
            continue;
        }
        match record(name, n + 1, line) {
            Ok(doc) => docs.push(doc),
            Err(message) => {
                let end = start + line.trim_end().len();
                problems.push(
                    Problem::error(format!("line {}: {message}; the record is skipped", n + 1)).at(
                        name,
                        text,
                        start..end,
                        "this record",
                    ),
                );
            }
        }
    }
    (docs, problems)
}

pub(crate) fn record(file: &str, line_no: usize, line: &str) -> Result<Document, String> {
    let r: Record =
        serde_json::from_str(line).map_err(|e| format!("not a JSON article record ({e})"))?;
    let mut problems = Vec::new();
    let mut doc = super::from_text(format!("{file}:{line_no}"), r.text, &mut problems);
    doc.meta.title = r.title.or(doc.meta.title);
    doc.meta.outlet = r.outlet.or(doc.meta.outlet);
    doc.meta.url = r.url.or(doc.meta.url);
    if let Some(d) = r.published.as_deref().and_then(parse_date) {
        doc.meta.published = Some(d);
        doc.meta.published_from = DateOrigin::Record;
    }
    let _ = r.id;
    Ok(doc)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_broken_line_is_named_and_the_others_are_kept() {
        let text = "{\"text\": \"one\", \"published\": \"1987-02-26T15:01:01Z\"}\n{\"text\": \"two\"\n{\"text\": \"three\", \"outlet\": \"Reuters\"}\n";
        let (docs, problems) = load("a.jsonl", text);
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].name, "a.jsonl:1");
        assert_eq!(
            docs[0].meta.published,
            chrono::NaiveDate::from_ymd_opt(1987, 2, 26)
        );
        assert_eq!(docs[1].name, "a.jsonl:3");
        assert_eq!(docs[1].meta.outlet.as_deref(), Some("Reuters"));
        assert_eq!(problems.len(), 1);
        assert!(
            problems[0].message.starts_with("line 2:"),
            "{}",
            problems[0].message
        );
    }
}
