//! JSON Lines collections: one article a line, `{"text": ..., "published": ..., "outlet": ...}`.

use serde::Deserialize;

use super::{Document, frontmatter::parse_date};

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

/// Parses one record; it is named `FILE:LINE` and its spans point into its `text` field.
pub(crate) fn record(file: &str, line_no: usize, line: &str) -> Result<Document, String> {
    let r: Record =
        serde_json::from_str(line).map_err(|e| format!("not a JSON article record ({e})"))?;
    let mut problems = Vec::new();
    let published = r.published.as_deref().and_then(parse_date);
    // On standard input a record is best named by its id: line numbers restart in every
    // partition when a batch engine splits the input.
    let name = match (file, &r.id) {
        ("-", Some(serde_json::Value::String(id))) => id.clone(),
        ("-", Some(id @ serde_json::Value::Number(_))) => id.to_string(),
        ("-", _) => format!("stdin:{line_no}"),
        _ => format!("{file}:{line_no}"),
    };
    let mut doc = super::from_text_dated(name, r.text, published, &mut problems);
    doc.meta.title = r.title.or(doc.meta.title);
    doc.meta.outlet = r.outlet.or(doc.meta.outlet);
    doc.meta.url = r.url.or(doc.meta.url);
    Ok(doc)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::DateOrigin;

    #[test]
    fn a_record_takes_its_metadata_and_its_line_number() {
        let doc = record("a.jsonl", 3, "{\"text\": \"three\", \"outlet\": \"Reuters\", \"published\": \"1987-02-26T15:01:01Z\"}")
            .expect("a record");
        assert_eq!(doc.name, "a.jsonl:3");
        assert_eq!(doc.meta.outlet.as_deref(), Some("Reuters"));
        assert_eq!(
            doc.meta.published,
            chrono::NaiveDate::from_ymd_opt(1987, 2, 26)
        );
        assert_eq!(doc.meta.published_from, DateOrigin::Record);
    }

    #[test]
    fn a_broken_record_says_why() {
        let err = record("a.jsonl", 2, "{\"text\": \"two\"").expect_err("broken");
        assert!(err.starts_with("not a JSON article record"), "{err}");
    }
}
