//! Manifests: a TOML file beside the articles giving each one's outlet, publication date and URL.
//!
//! ```toml
//! [[article]]
//! file = "001_4e8c10746ce9da87.txt"
//! outlet = "ITProPortal / TechRadar Pro"
//! published = 2019-09-05
//! url = "https://www.itproportal.com/news/..."
//! ```

use std::fs;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use super::{DateField, DateOrigin, Document, frontmatter::parse_date};
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

/// A parsed manifest; entries name files relative to the manifest's folder.
#[derive(Debug)]
pub struct Manifest {
    path: PathBuf,
    text: String,
    entries: Vec<Entry>,
}

impl Manifest {
    pub fn load(path: &Path) -> Result<Manifest, Problem> {
        let name = path.display().to_string();
        let text = fs::read_to_string(path)
            .map_err(|e| Problem::error(format!("cannot read manifest: {e}")).in_file(&name))?;
        let file: ManifestFile = toml::from_str(&text).map_err(|e| {
            let span = e.span().unwrap_or(0..0);
            Problem::error(format!("invalid manifest: {}", e.message()))
                .at(&name, &text, span, "here")
        })?;
        Ok(Manifest {
            path: path.to_path_buf(),
            text,
            entries: file.article,
        })
    }

    /// Fills in metadata for the documents loaded from `origins` (the file each came
    /// from). Front matter wins over the manifest; the manifest wins over a dateline.
    pub fn apply(&self, docs: &mut [Document], origins: &[PathBuf], problems: &mut Vec<Problem>) {
        let dir = self.path.parent().unwrap_or(Path::new("."));
        let name = self.path.display().to_string();
        for entry in &self.entries {
            let target = dir.join(entry.file.get_ref());
            let Ok(target) = target.canonicalize() else {
                problems.push(
                    Problem::warning(format!(
                        "manifest entry for `{}`, which does not exist",
                        entry.file.get_ref()
                    ))
                    .at(&name, &self.text, entry.file.span(), "no such file"),
                );
                continue;
            };
            let published = match &entry.published {
                Some(p) => {
                    let raw = p.get_ref().text();
                    match parse_date(&raw) {
                        Some(d) => Some(d),
                        None => {
                            problems.push(Problem::error(format!("`{raw}` is not a date")).at(
                                &name,
                                &self.text,
                                p.span(),
                                "expected YYYY-MM-DD",
                            ));
                            None
                        }
                    }
                }
                None => None,
            };
            for (doc, origin) in docs.iter_mut().zip(origins) {
                if origin.canonicalize().ok().as_ref() != Some(&target) {
                    continue;
                }
                let m = &mut doc.meta;
                m.outlet = m.outlet.take().or_else(|| entry.outlet.clone());
                m.title = m.title.take().or_else(|| entry.title.clone());
                m.url = m
                    .url
                    .take()
                    .or_else(|| entry.url.clone().filter(|u| u != "unknown"));
                if m.published_from != DateOrigin::FrontMatter
                    && let Some(d) = published
                {
                    m.published = Some(d);
                    m.published_from = DateOrigin::Manifest;
                }
            }
        }
    }
}
