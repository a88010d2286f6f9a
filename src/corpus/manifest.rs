//! Manifests: a TOML file beside the articles giving each one's outlet, publication date and URL.
//!
//! ```toml
//! [[article]]
//! file = "001_4e8c10746ce9da87.txt"
//! outlet = "ITProPortal / TechRadar Pro"
//! published = 2019-09-05
//! url = "https://www.itproportal.com/news/..."
//! ```

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::Deserialize;
use toml::Spanned;

use super::{DateField, DateOrigin, Meta, frontmatter::parse_date};
use crate::problem::Problem;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ManifestFile {
    #[serde(default)]
    article: Vec<Entry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    file: Spanned<String>,
    #[serde(default)]
    outlet: Option<String>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    published: Option<Spanned<DateField>>,
    #[serde(default)]
    url: Option<String>,
}

/// What manifests say about articles, by the article's canonical path.
#[derive(Debug, Default)]
pub struct Manifests {
    entries: HashMap<PathBuf, Known>,
}

#[derive(Debug, Clone)]
struct Known {
    outlet: Option<String>,
    title: Option<String>,
    published: Option<NaiveDate>,
    url: Option<String>,
}

impl Manifests {
    /// Loads manifests; entries that name missing files or give bad dates are reported.
    pub fn load(paths: &[PathBuf], problems: &mut Vec<Problem>) -> Manifests {
        let mut out = Manifests::default();
        for path in paths {
            if let Err(p) = out.add(path, problems) {
                problems.push(p);
            }
        }
        out
    }

    fn add(&mut self, path: &Path, problems: &mut Vec<Problem>) -> Result<(), Problem> {
        let name = path.display().to_string();
        let text = fs::read_to_string(path)
            .map_err(|e| Problem::error(format!("cannot read manifest: {e}")).in_file(&name))?;
        let file: ManifestFile = toml::from_str(&text).map_err(|e| {
            let span = e.span().unwrap_or(0..0);
            Problem::error(format!("invalid manifest: {}", e.message()))
                .at(&name, &text, span, "here")
        })?;
        let dir = path.parent().unwrap_or(Path::new("."));
        for entry in file.article {
            let Ok(target) = dir.join(entry.file.get_ref()).canonicalize() else {
                problems.push(
                    Problem::warning(format!(
                        "manifest entry for `{}`, which does not exist",
                        entry.file.get_ref()
                    ))
                    .at(&name, &text, entry.file.span(), "no such file"),
                );
                continue;
            };
            let published = entry.published.as_ref().and_then(|p| {
                let raw = p.get_ref().text();
                let parsed = parse_date(&raw);
                if parsed.is_none() {
                    problems.push(Problem::error(format!("`{raw}` is not a date")).at(
                        &name,
                        &text,
                        p.span(),
                        "expected YYYY-MM-DD",
                    ));
                }
                parsed
            });
            self.entries.insert(
                target,
                Known {
                    outlet: entry.outlet,
                    title: entry.title,
                    published,
                    url: entry.url.filter(|u| u != "unknown"),
                },
            );
        }
        Ok(())
    }

    /// Fills in what the manifests know about the article at `path`. Front matter wins
    /// over the manifest; the manifest wins over a dateline.
    pub fn apply(&self, path: &Path, meta: &mut Meta) {
        if self.entries.is_empty() {
            return;
        }
        let Some(known) = path.canonicalize().ok().and_then(|p| self.entries.get(&p)) else {
            return;
        };
        meta.outlet = meta.outlet.take().or_else(|| known.outlet.clone());
        meta.title = meta.title.take().or_else(|| known.title.clone());
        meta.url = meta.url.take().or_else(|| known.url.clone());
        if meta.published_from != DateOrigin::FrontMatter
            && let Some(d) = known.published
        {
            meta.published = Some(d);
            meta.published_from = DateOrigin::Manifest;
        }
    }
}
