//! Articles in: plain text, Markdown with front matter, JSON Lines collections, with
//! metadata from front matter, a manifest, or a dateline. Spans are byte ranges into `text`.

mod dateline;
mod frontmatter;
mod jsonl;
pub mod manifest;
pub mod stream;

use std::fs;
use std::ops::Range;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::problem::Problem;

pub use frontmatter::{DateField, parse_date};
pub use manifest::Manifests;
pub use stream::{Batch, Item, Reader};

/// One article.
#[derive(Debug, Clone)]
pub struct Document {
    /// How reports name it: the path as given, or `file.jsonl:LINE` for a record.
    pub name: String,
    /// The file's text (for a JSON Lines record, the record's `text` field).
    pub text: String,
    /// The part of `text` that is the article: after front matter, before page furniture.
    pub body: Range<usize>,
    pub meta: Meta,
    /// `<!-- claimlint-disable ... -->` comments in the article.
    pub suppressions: Vec<Suppression>,
}

/// A comment that turns claims off: `<!-- claimlint-disable entity-list-date -->` for the
/// whole article, `<!-- claimlint-disable-next-line entity-list-date -->` for the line
/// after it. With no claim ids it turns every claim off.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suppression {
    /// Claim ids; empty for all.
    pub claims: Vec<String>,
    /// The byte range of the line it applies to; `None` for the whole article.
    pub line: Option<Range<usize>>,
}

impl Document {
    /// Whether a comment in the article suppresses `claim` at byte offset `at`.
    pub fn suppresses(&self, claim: &str, at: usize) -> bool {
        self.suppressions.iter().any(|s| {
            (s.claims.is_empty() || s.claims.iter().any(|c| c == claim))
                && s.line.as_ref().is_none_or(|l| l.contains(&at))
        })
    }
}

/// Finds `claimlint-disable` comments (HTML comments, as Markdown keeps them).
fn suppressions(text: &str) -> Vec<Suppression> {
    let mut out = Vec::new();
    for (at, _) in text.match_indices("<!--") {
        let Some(end) = text[at..].find("-->") else {
            break;
        };
        let inner = text[at + 4..at + end].trim();
        let (next_line, rest) =
            if let Some(rest) = inner.strip_prefix("claimlint-disable-next-line") {
                (true, rest)
            } else if let Some(rest) = inner.strip_prefix("claimlint-disable") {
                (false, rest)
            } else {
                continue;
            };
        let claims = rest
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|c| !c.is_empty())
            .map(str::to_string)
            .collect();
        let line = next_line.then(|| {
            let after = at + end + 3;
            let start = text[after..]
                .find('\n')
                .map_or(text.len(), |i| after + i + 1);
            let stop = text[start..].find('\n').map_or(text.len(), |i| start + i);
            start..stop
        });
        out.push(Suppression { claims, line });
    }
    out
}

/// What is known about an article besides its text.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Meta {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<NaiveDate>,
    pub published_from: DateOrigin,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// Where an article's publication date came from.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DateOrigin {
    FrontMatter,
    Manifest,
    Record,
    /// Read from a dateline in the first lines; the text it was read from.
    Dateline(String),
    /// A draft with no date, taken as published on the day of the check.
    Assumed,
    #[default]
    Unknown,
}

/// The file extensions picked up when walking a directory.
pub const ARTICLE_EXTENSIONS: &[&str] = &["txt", "text", "md", "markdown", "jsonl"];

/// Expands directories into the article files under them, sorted so that runs are
/// deterministic.
pub fn article_files(paths: &[PathBuf], problems: &mut Vec<Problem>) -> Vec<PathBuf> {
    article_files_except(paths, &Exclude::default(), problems)
}

/// Glob patterns (relative to a root) of files a walk leaves out.
#[derive(Debug, Clone, Default)]
pub struct Exclude {
    pub root: PathBuf,
    pub globs: Vec<String>,
}

/// [`article_files`], leaving out what `exclude` matches. A path may itself be a glob
/// (`articles/**/*.md`): the folder before its first wildcard is walked and the files the
/// glob matches are kept. Walks respect .gitignore.
pub fn article_files_except(
    paths: &[PathBuf],
    exclude: &Exclude,
    problems: &mut Vec<Problem>,
) -> Vec<PathBuf> {
    let excluded = glob_set(exclude.globs.iter().map(|g| exclude.root.join(g)), problems);
    let mut files = Vec::new();
    for path in paths {
        let text = path.to_string_lossy();
        if text.contains(['*', '?', '[', '{']) {
            let included = glob_set(std::iter::once(path.clone()), problems);
            let base: PathBuf = path
                .components()
                .take_while(|c| {
                    !c.as_os_str()
                        .to_string_lossy()
                        .contains(['*', '?', '[', '{'])
                })
                .collect();
            let base = if base.as_os_str().is_empty() {
                PathBuf::from(".")
            } else {
                base
            };
            let found = walk(&base, problems);
            let before = files.len();
            files.extend(
                found
                    .into_iter()
                    .filter(|f| included.is_match(f) || included.is_match(strip_dot(f))),
            );
            if files.len() == before {
                problems.push(Problem::warning(format!("`{text}` matches no article")));
            }
        } else if path.is_dir() {
            files.extend(walk(path, problems));
        } else if path.exists() {
            files.push(path.clone());
        } else {
            problems.push(Problem::error(format!(
                "{}: no such file or directory",
                path.display()
            )));
        }
    }
    if !exclude.globs.is_empty() {
        files.retain(|f| !excluded.is_match(f) && !excluded.is_match(strip_dot(f)));
    }
    files
}

/// The article files under a folder, sorted.
fn walk(dir: &Path, problems: &mut Vec<Problem>) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = ignore::WalkBuilder::new(dir)
        .sort_by_file_name(|a, b| a.cmp(b))
        .build()
        .filter_map(|entry| match entry {
            Ok(e) => Some(e.into_path()),
            Err(err) => {
                problems.push(Problem::error(format!(
                    "cannot walk {}: {err}",
                    dir.display()
                )));
                None
            }
        })
        .filter(|p| p.is_file() && is_article(p))
        .collect();
    found.sort();
    found
}

fn strip_dot(p: &Path) -> &Path {
    p.strip_prefix(".").unwrap_or(p)
}

fn glob_set(globs: impl Iterator<Item = PathBuf>, problems: &mut Vec<Problem>) -> globset::GlobSet {
    let mut b = globset::GlobSetBuilder::new();
    for g in globs {
        let g = crate::config::clean(&g).to_string_lossy().into_owned();
        match globset::GlobBuilder::new(&g)
            .literal_separator(true)
            .build()
        {
            Ok(glob) => {
                b.add(glob);
            }
            Err(e) => problems.push(Problem::error(format!("bad glob `{g}`: {e}"))),
        }
    }
    b.build().unwrap_or_else(|_| globset::GlobSet::empty())
}

fn is_article(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    if name.eq_ignore_ascii_case("README.md") {
        return false;
    }
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ARTICLE_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

/// Loads one article file (not a JSON Lines collection, which is read record by record).
pub fn load_file(path: &Path, manifests: &Manifests) -> (Option<Document>, Vec<Problem>) {
    let name = path.display().to_string();
    let bytes = match fs::read(path) {
        Ok(b) => b,
        Err(err) => {
            return (
                None,
                vec![Problem::error(format!("cannot read article: {err}")).in_file(name)],
            );
        }
    };
    let mut problems = Vec::new();
    let Some(text) = decode(&name, bytes, &mut problems) else {
        return (None, problems);
    };
    let mut doc = from_text(name, text, &mut problems);
    manifests.apply(path, &mut doc.meta);
    (Some(doc), problems)
}

/// Builds a document from an article's whole text: front matter, dateline, page furniture.
pub fn from_text(name: String, text: String, problems: &mut Vec<Problem>) -> Document {
    from_text_dated(name, text, None, problems)
}

/// [`from_text`] for an article whose publication date is already known (a JSON Lines
/// record's `published`): no dateline is looked for.
pub fn from_text_dated(
    name: String,
    text: String,
    published: Option<NaiveDate>,
    problems: &mut Vec<Problem>,
) -> Document {
    let (mut meta, body_start) = frontmatter::read(&name, &text, problems);
    let body_end = body_start + furniture_start(&text[body_start..]);
    if published.is_some() && meta.published.is_none() {
        meta.published = published;
        meta.published_from = DateOrigin::Record;
    }
    if meta.published.is_none()
        && let Some((date, raw)) = dateline::find(&text[body_start..body_end])
    {
        meta.published = Some(date);
        meta.published_from = DateOrigin::Dateline(raw);
    }
    let suppressions = if text.contains("claimlint-disable") {
        suppressions(&text)
    } else {
        vec![]
    };
    Document {
        name,
        text,
        body: body_start..body_end,
        meta,
        suppressions,
    }
}

/// Turns bytes into text: binary files are refused, invalid UTF-8 is replaced with a warning.
pub(crate) fn decode(name: &str, bytes: Vec<u8>, problems: &mut Vec<Problem>) -> Option<String> {
    if bytes.iter().take(8192).any(|&b| b == 0) {
        problems.push(Problem::error("binary file (it contains NUL bytes), skipped").in_file(name));
        return None;
    }
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(err) => {
            let at = err.utf8_error().valid_up_to();
            problems.push(
                Problem::warning(format!(
                    "not valid UTF-8 (first bad byte at offset {at}); decoded with replacement characters"
                ))
                .in_file(name)
                .with_help("save the article as UTF-8 so that spans point at the original bytes"),
            );
            String::from_utf8_lossy(err.as_bytes()).into_owned()
        }
    };
    if text.trim().is_empty() {
        problems.push(Problem::warning("empty article, nothing to check").in_file(name));
        return None;
    }
    Some(text)
}

/// Headings after which a scraped page holds links to other stories, not the article.
const FURNITURE: &[&str] = &[
    "recent posts",
    "related",
    "related:",
    "related articles",
    "related stories",
    "read more",
    "read more:",
    "more from",
    "you may also like",
    "trending",
    "most read",
    "tags:",
];

/// Where the page furniture starts (or the length of `body` when there is none). Only a
/// heading past the first fifth of the article counts: a short standfirst is not furniture.
fn furniture_start(body: &str) -> usize {
    // Lines starting past the first fifth begin after a line break at or past it.
    let from = body.len() / 5;
    let mut starts = memchr::memchr_iter(b'\n', &body.as_bytes()[from..]).map(|i| from + i + 1);
    let Some(mut start) = starts.next() else {
        return body.len();
    };
    for end in starts.chain([body.len()]) {
        let heading = body[start..end].trim();
        if heading.len() <= 20 && FURNITURE.iter().any(|f| f.eq_ignore_ascii_case(heading)) {
            return start;
        }
        start = end;
    }
    body.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> (Document, Vec<Problem>) {
        let mut problems = Vec::new();
        let d = from_text("t.md".into(), text.to_string(), &mut problems);
        (d, problems)
    }

    #[test]
    fn recent_posts_block_is_not_part_of_the_article() {
        let text = "Huawei ban\n\nThe ban has not gone into effect yet.\n\nRecent Posts\n\nUS Halts Some Imports From DJI\n\nAfter blacklisting in 2020 and 2021\n";
        let (d, _) = doc(text);
        assert_eq!(
            &text[d.body.clone()],
            "Huawei ban\n\nThe ban has not gone into effect yet.\n\n"
        );
    }

    #[test]
    fn furniture_counts_only_past_the_first_fifth() {
        // 100 bytes; "Related" opens a line at byte 10 (in the first fifth) and at byte 21.
        let early = format!("Lead one.\nRelated\n{}", "x".repeat(82));
        assert_eq!(furniture_start(&early), early.len());
        let late = format!("Lead one.\n1234567890\n  related  \n{}", "x".repeat(66));
        assert_eq!(furniture_start(&late), 21);
        // The last line, with no line break after it, counts too.
        let last = format!("{}\nTags:", "x".repeat(40));
        assert_eq!(furniture_start(&last), 41);
        assert_eq!(furniture_start("a\nb"), 3);
    }

    #[test]
    fn disable_comments_cover_the_article_or_the_next_line() {
        let text = "<!-- claimlint-disable ban-in-effect -->\nOne.\n<!-- claimlint-disable-next-line entity-list-date, g20 -->\nHuawei was blacklisted last year.\nNext.\n";
        let (d, _) = doc(text);
        let line = text.find("Huawei").expect("in the text");
        assert!(d.suppresses("ban-in-effect", 0));
        assert!(d.suppresses("entity-list-date", line + 3));
        assert!(d.suppresses("g20", line));
        assert!(!d.suppresses("entity-list-date", text.find("Next").expect("in the text")));
        assert!(!d.suppresses("carrier-drops-huawei", line));
    }

    #[test]
    fn binary_files_are_skipped_with_an_error() {
        let mut problems = Vec::new();
        assert!(decode("x.txt", vec![b'a', 0, b'b'], &mut problems).is_none());
        assert!(problems[0].is_error());
        assert!(problems[0].to_string().contains("binary"));
    }

    #[test]
    fn invalid_utf8_is_decoded_with_a_warning() {
        let mut problems = Vec::new();
        let text = decode("x.txt", b"Huawei \xff was".to_vec(), &mut problems).expect("decoded");
        assert_eq!(text, "Huawei \u{fffd} was");
        assert_eq!(problems[0].severity, miette::Severity::Warning);
        assert!(problems[0].message.contains("offset 7"));
    }

    #[test]
    fn empty_files_are_reported() {
        let mut problems = Vec::new();
        assert!(decode("x.txt", b"  \n".to_vec(), &mut problems).is_none());
        assert!(problems[0].message.contains("empty"));
    }
}
