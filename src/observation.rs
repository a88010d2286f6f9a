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
    pub modality: Modality,
    /// When the statement speaks for: an explicit date in the sentence ("Last month ...
    /// said"), else the publication date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub as_of: Option<DateValue>,
}
