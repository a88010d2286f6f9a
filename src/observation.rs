//! The observation: one claim stated once in one article, normalised. It is what the
//! matcher produces, what `extract` writes, and all the consistency engine reads.

use std::ops::Range;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::values::{DateValue, Modality, Resolution};

/// Where an observation was made: enough to order and name it without the article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Source {
    /// Index of the document in the run (stable: documents are sorted by name).
    pub doc: usize,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<NaiveDate>,
}

impl Source {
    /// How reports name the source: its outlet, or its file when the outlet is unknown.
    pub fn who(&self) -> String {
        self.outlet.clone().unwrap_or_else(|| self.name.clone())
    }

    /// "Investopedia, 2019-07-09": who, and when when it is known.
    pub fn who_when(&self) -> String {
        match self.published {
            Some(d) => format!("{}, {d}", self.who()),
            None => self.who(),
        }
    }
}

/// One claim stated once in one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Observation {
    pub claim: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    pub value: Resolution,
    /// The value's text as written ("last year", "$80 billion", the choice phrase).
    pub raw: String,
    pub source: Source,
    /// The value's byte range in the article.
    pub span: Range<usize>,
    /// The sentence's byte range in the article, and its text.
    pub sentence: Range<usize>,
    pub sentence_text: String,
    /// Where the sentence starts in the article: 1-based line and column (in characters),
    /// so that reports can point into the file without holding it.
    pub line: usize,
    pub column: usize,
    pub modality: Modality,
    /// When the statement speaks for: an explicit date in the sentence ("Last month ...
    /// said"), else the publication date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub as_of: Option<DateValue>,
    /// A `claimlint-disable` comment in the article covers it: it is still compared, but
    /// a finding reported on it is not shown.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub suppressed: bool,
    /// Where the article named the date a relative value was counted from, when that was
    /// not the publication: "May 15, 2019" for "The following day".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counted_from: Option<CountedFrom>,
}

/// A date the article named, that another was counted from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CountedFrom {
    /// Its byte range in the article.
    pub span: Range<usize>,
    pub text: String,
    /// Its 1-based line and column (in characters) in the article.
    pub line: usize,
    pub column: usize,
}

impl CountedFrom {
    /// `counted from "May 15, 2019"`, its text on one line.
    pub fn describe(&self) -> String {
        let text = self.text.split_whitespace().collect::<Vec<_>>().join(" ");
        format!("counted from \"{text}\"")
    }
}

impl Observation {
    /// The 1-based line and column of the value in the article.
    pub fn value_position(&self) -> (usize, usize) {
        let before = &self.sentence_text[..self
            .span
            .start
            .saturating_sub(self.sentence.start)
            .min(self.sentence_text.len())];
        match before.rfind('\n') {
            Some(nl) => (
                self.line + before.matches('\n').count(),
                before[nl + 1..].chars().count() + 1,
            ),
            None => (self.line, self.column + before.chars().count()),
        }
    }
}

/// Writes observations as JSON Lines, one a line: the output of `claimlint extract`.
pub fn write_jsonl(
    out: &mut dyn std::io::Write,
    observations: &[Observation],
) -> std::io::Result<()> {
    for o in observations {
        serde_json::to_writer(&mut *out, o)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// Reads observations written by [`write_jsonl`]; a bad line is a problem naming it.
pub fn read_jsonl(path: &std::path::Path) -> Result<Vec<Observation>, crate::problem::Problem> {
    use std::io::BufRead;
    let name = path.display().to_string();
    let file = std::fs::File::open(path).map_err(|e| {
        crate::problem::Problem::error(format!("cannot read observations: {e}")).in_file(&name)
    })?;
    let mut out = Vec::new();
    for (n, line) in std::io::BufReader::new(file).lines().enumerate() {
        let line = line.map_err(|e| {
            crate::problem::Problem::error(format!("cannot read observations: {e}")).in_file(&name)
        })?;
        if line.trim().is_empty() {
            continue;
        }
        let o: Observation = serde_json::from_str(&line).map_err(|e| {
            crate::problem::Problem::error(format!("line {}: not an observation ({e})", n + 1))
                .in_file(&name)
        })?;
        out.push(o);
    }
    Ok(out)
}
