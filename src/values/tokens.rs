//! Tokens for the value grammars: runs of letters, runs of digits, single punctuation,
//! each with its byte range and whether whitespace came before it.

use std::borrow::Cow;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Word,
    Num,
    Punct,
}

#[derive(Debug, Clone)]
pub(crate) struct Tok<'a> {
    pub text: &'a str,
    pub lower: Cow<'a, str>,
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// Whitespace separates this token from the previous one.
    pub spaced: bool,
}

impl Tok<'_> {
    pub fn is(&self, word: &str) -> bool {
        self.lower == word
    }
    pub fn num(&self) -> Option<u32> {
        if self.kind == Kind::Num && self.text.len() <= 9 {
            self.text.parse().ok()
        } else {
            None
        }
    }
}

/// Splits text into words, digit runs and single punctuation characters, with byte offsets.
pub(crate) fn tokenize(text: &str) -> Vec<Tok<'_>> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    let mut spaced = true;
    while let Some(&(start, c)) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
            spaced = true;
            continue;
        }
        let kind = if c.is_ascii_digit() {
            Kind::Num
        } else if c.is_alphabetic() {
            Kind::Word
        } else {
            Kind::Punct
        };
        let mut end = start + c.len_utf8();
        chars.next();
        if kind != Kind::Punct {
            while let Some(&(i, d)) = chars.peek() {
                let same = match kind {
                    Kind::Num => d.is_ascii_digit(),
                    _ => d.is_alphabetic(),
                };
                if !same {
                    break;
                }
                end = i + d.len_utf8();
                chars.next();
            }
        }
        let slice = &text[start..end];
        out.push(Tok {
            text: slice,
            lower: if slice.chars().any(char::is_uppercase) {
                Cow::Owned(slice.to_lowercase())
            } else {
                Cow::Borrowed(slice)
            },
            start,
            end,
            kind,
            spaced,
        });
        spaced = false;
    }
    out
}
