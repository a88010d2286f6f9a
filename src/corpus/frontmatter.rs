//! Front matter: TOML between `+++` lines or YAML between `---` lines at the top of an article.

use chrono::NaiveDate;

use super::{DateOrigin, Meta};
use crate::problem::Problem;

/// Reads the front matter of `text`, if any; returns the metadata and where the body starts.
/// Malformed front matter is reported and the article is still checked.
pub(super) fn read(name: &str, text: &str, problems: &mut Vec<Problem>) -> (Meta, usize) {
    let fence = if text.starts_with("+++") {
        "+++"
    } else if text.starts_with("---") {
        "---"
    } else {
        return (Meta::default(), 0);
    };
    let Some(first_nl) = text.find('\n') else {
        return (Meta::default(), 0);
    };
    if text[..first_nl].trim_end() != fence {
        return (Meta::default(), 0);
    }
    let inner_start = first_nl + 1;
    let Some((inner_end, body_start)) = closing_fence(text, inner_start, fence) else {
        problems.push(
            Problem::error(format!(
                "front matter opened with `{fence}` is never closed"
            ))
            .at(name, text, 0..fence.len(), "opened here")
            .with_help(format!(
                "end the front matter with a line holding only `{fence}`"
            )),
        );
        return (Meta::default(), 0);
    };
    let inner = &text[inner_start..inner_end];
    let fields = if fence == "+++" {
        toml_fields(inner)
    } else {
        yaml_fields(inner)
    };
    match fields {
        Ok(fields) => (meta_from(fields), body_start),
        Err((message, at)) => {
            let at = inner_start + at.min(inner.len());
            problems.push(
                Problem::error(format!("malformed front matter: {message}"))
                    .at(name, text, at..(at + 1).min(inner_end.max(at)), "here")
                    .with_help("the article is still checked, without this metadata"),
            );
            (Meta::default(), body_start)
        }
    }
}

fn closing_fence(text: &str, from: usize, fence: &str) -> Option<(usize, usize)> {
    let mut offset = from;
    for line in text[from..].split_inclusive('\n') {
        if line.trim_end() == fence {
            return Some((offset, offset + line.len()));
        }
        offset += line.len();
    }
    None
}

type Fields = Vec<(String, String)>;

fn toml_fields(inner: &str) -> Result<Fields, (String, usize)> {
    let table: toml::Table = toml::from_str(inner).map_err(|e| {
        let at = e.span().map_or(0, |s| s.start);
        (e.message().to_string(), at)
    })?;
    Ok(table
        .into_iter()
        .filter_map(|(k, v)| {
            let s = match v {
                toml::Value::String(s) => s,
                toml::Value::Datetime(d) => d.to_string(),
                _ => return None,
            };
            Some((k, s))
        })
        .collect())
}

fn yaml_fields(inner: &str) -> Result<Fields, (String, usize)> {
    let value: serde_yaml_ng::Value = serde_yaml_ng::from_str(inner).map_err(|e| {
        let at = e.location().map_or(0, |l| l.index());
        (e.to_string(), at)
    })?;
    let map = match value {
        serde_yaml_ng::Value::Mapping(m) => m,
        serde_yaml_ng::Value::Null => return Ok(vec![]),
        _ => return Err(("expected `key: value` lines".to_string(), 0)),
    };
    Ok(map
        .into_iter()
        .filter_map(|(k, v)| {
            let k = k.as_str()?.to_string();
            let v = match v {
                serde_yaml_ng::Value::String(s) => s,
                serde_yaml_ng::Value::Number(n) => n.to_string(),
                _ => return None,
            };
            Some((k, v))
        })
        .collect())
}

fn meta_from(fields: Fields) -> Meta {
    let mut meta = Meta::default();
    for (key, value) in fields {
        match key.to_lowercase().as_str() {
            "title" => meta.title = Some(value),
            "outlet" | "source" | "publisher" | "site" => meta.outlet = Some(value),
            "url" | "link" => meta.url = Some(value),
            "date" | "published" | "pubdate" | "publication_date" => {
                if let Some(d) = parse_date(&value) {
                    meta.published = Some(d);
                    meta.published_from = DateOrigin::FrontMatter;
                }
            }
            _ => {}
        }
    }
    meta
}

/// A date written in TOML either as a native date (`2019-09-05`) or a string.
#[derive(Debug, Clone, serde::Deserialize)]
#[serde(untagged)]
pub enum DateField {
    Native(toml::value::Datetime),
    Text(String),
}

impl DateField {
    pub fn text(&self) -> String {
        match self {
            DateField::Native(d) => d.to_string(),
            DateField::Text(s) => s.clone(),
        }
    }
}

/// `2019-09-05`, `2019-09-05T10:00:00Z`: the calendar day it names.
pub fn parse_date(value: &str) -> Option<NaiveDate> {
    value.get(..10)?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_front_matter_gives_outlet_and_date() {
        let text = "---\ntitle: Trump says\noutlet: ITProPortal\ndate: 2019-09-05\n---\nHuawei was blacklisted.\n";
        let mut problems = vec![];
        let (meta, body) = read("a.md", text, &mut problems);
        assert!(problems.is_empty());
        assert_eq!(meta.outlet.as_deref(), Some("ITProPortal"));
        assert_eq!(meta.published, NaiveDate::from_ymd_opt(2019, 9, 5));
        assert_eq!(&text[body..], "Huawei was blacklisted.\n");
    }

    #[test]
    fn toml_front_matter_accepts_native_dates() {
        let text = "+++\noutlet = \"Silicon UK\"\npublished = 2019-10-10\n+++\nBody.\n";
        let (meta, _) = read("a.md", text, &mut vec![]);
        assert_eq!(meta.published, NaiveDate::from_ymd_opt(2019, 10, 10));
        assert_eq!(meta.published_from, DateOrigin::FrontMatter);
    }

    #[test]
    fn malformed_front_matter_points_into_it_and_keeps_the_body() {
        let text = "+++\noutlet = \"Silicon UK\npublished = 2019-10-10\n+++\nBody.\n";
        let mut problems = vec![];
        let (meta, body) = read("a.md", text, &mut problems);
        assert_eq!(meta, Meta::default());
        assert_eq!(&text[body..], "Body.\n");
        assert_eq!(problems.len(), 1);
        assert!(problems[0].message.starts_with("malformed front matter"));
        let (span, _) = problems[0].span.as_ref().expect("points into the file");
        assert!(span.offset() >= 4 && span.offset() < 45, "{span:?}");
    }

    #[test]
    fn unclosed_front_matter_is_an_error() {
        let mut problems = vec![];
        let (_, body) = read("a.md", "---\ntitle: x\nno end\n", &mut problems);
        assert_eq!(body, 0);
        assert!(problems[0].message.contains("never closed"));
    }
}
