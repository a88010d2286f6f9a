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
    /// As written, but for an en dash glued on both sides, which reads "-" (its byte range
    /// is still the dash's).
    pub text: &'a str,
    /// Lowercase, and a wire abbreviation of a time unit spelled out ("Mths": "months").
    pub lower: Cow<'a, str>,
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// The whitespace between this token and the previous one, in characters: a space, a
    /// no-break or thin space or a line break is one ("40 000", "40\u{202f}000", a line
    /// the wire wrapped), a table's columns are more ("622   547"). The start of the text
    /// counts as one, so the first token is spaced.
    pub gap: u8,
}

impl Tok<'_> {
    pub fn is(&self, word: &str) -> bool {
        self.lower == word
    }
    /// Whitespace separates this token from the previous one (or it starts the text).
    pub fn spaced(&self) -> bool {
        self.gap > 0
    }
    /// Written with a capital: a name ("Good Friday"), not a word ("a good Friday").
    pub fn is_capitalised(&self) -> bool {
        self.text.starts_with(char::is_uppercase)
    }
    /// A word written in lowercase: a common word, not a name, number or mark.
    pub fn is_lowercase_word(&self) -> bool {
        self.kind == Kind::Word && self.text.starts_with(|c: char| c.is_ascii_lowercase())
    }
    /// An apostrophe, straight or curly: the mark of a possessive ("Friday's") or of a
    /// short year ("'98").
    pub fn is_apostrophe(&self) -> bool {
        matches!(self.text, "'" | "’")
    }
    /// Three spaces or more before it (or a line break and an indent): a table's next
    /// column or row, or a new paragraph, which no expression runs across.
    pub fn after_layout(&self) -> bool {
        self.gap >= 3
    }
    /// A hyphen glued to the word before it: the joint of a compound ("bond-buying",
    /// "bigger-than-expected", "one-quarter").
    pub fn is_glued_hyphen(&self) -> bool {
        self.text == "-" && !self.spaced()
    }
    pub fn num(&self) -> Option<u32> {
        if self.kind == Kind::Num && self.text.len() <= 9 {
            self.text.parse().ok()
        } else {
            None
        }
    }
}

/// The word a wire abbreviation of a time unit stands for: earnings tables write "Nine
/// mths", "4th qtr and yr net".
fn wire_unit(lower: &str) -> Option<&'static str> {
    // (each starts with m, q or y: most words are turned away at their first letter)
    if !matches!(lower.as_bytes().first(), Some(b'm' | b'q' | b'y')) {
        return None;
    }
    Some(match lower {
        "mth" => "month",
        "mths" => "months",
        "qtr" => "quarter",
        "qtrs" => "quarters",
        "yr" => "year",
        "yrs" => "years",
        _ => return None,
    })
}

/// Splits text into words, digit runs and single punctuation characters, with byte offsets.
pub(crate) fn tokenize(text: &str) -> Vec<Tok<'_>> {
    // Bytes, not `char_indices`: news is nearly all ASCII, and decoding every character
    // was most of the cost of tokenizing.
    let bytes = text.as_bytes();
    let char_at = |i: usize| -> (char, usize) {
        match bytes[i] {
            b if b.is_ascii() => (b as char, 1),
            _ => {
                let c = text[i..]
                    .chars()
                    .next()
                    .expect("i is on a character boundary");
                (c, c.len_utf8())
            }
        }
    };
    let mut out = Vec::with_capacity(text.len() / 4);
    let mut gap = 1u8;
    let mut at = 0;
    while at < bytes.len() {
        let (c, len) = char_at(at);
        if c.is_whitespace() {
            at += len;
            gap = gap.saturating_add(1);
            continue;
        }
        let kind = if c.is_ascii_digit() {
            Kind::Num
        } else if c.is_alphabetic() {
            Kind::Word
        } else {
            Kind::Punct
        };
        let start = at;
        at += len;
        if kind != Kind::Punct {
            while at < bytes.len() {
                let (d, len) = char_at(at);
                let same = match kind {
                    Kind::Num => d.is_ascii_digit(),
                    _ => d.is_alphabetic(),
                };
                if !same {
                    break;
                }
                at += len;
            }
        }
        let mut slice = &text[start..at];
        let lower = if slice.is_ascii() {
            if slice.bytes().any(|b| b.is_ascii_uppercase()) {
                Cow::Owned(slice.to_ascii_lowercase())
            } else {
                Cow::Borrowed(slice)
            }
        } else if slice == "\u{2013}"
            && gap == 0
            && at < bytes.len()
            && !char_at(at).0.is_whitespace()
        {
            // an en dash glued on both sides joins as a hyphen does: "2011–12", "March
            // 3–5", "20–30" (spaced, " – ", it sets words off)
            slice = "-";
            Cow::Borrowed(slice)
        } else if slice.chars().any(char::is_uppercase) {
            Cow::Owned(slice.to_lowercase())
        } else {
            Cow::Borrowed(slice)
        };
        let lower = match kind {
            Kind::Word => wire_unit(&lower).map_or(lower, Cow::Borrowed),
            _ => lower,
        };
        out.push(Tok {
            text: slice,
            lower,
            start,
            end: at,
            kind,
            gap,
        });
        // (the cheap test first: this runs for every token)
        if gap == 0 && kind == Kind::Word && matches!(out[out.len() - 1].lower.as_ref(), "ll" | "t")
        {
            spell_out_contraction(&mut out);
        }
        gap = 0;
    }
    out
}

/// Reads a contraction the last token closes as the words it stands for, so the grammars
/// see the verb: "We'll" is "we will", "didn't" "did not", "won't" "will not" (only the
/// lowercase form changes; the text and offsets stay as written).
fn spell_out_contraction(out: &mut [Tok<'_>]) {
    let [.., word, mark, last] = out else {
        return;
    };
    if !mark.is_apostrophe() || mark.gap != 0 || word.kind != Kind::Word {
        return;
    }
    match last.lower.as_ref() {
        "ll" => last.lower = Cow::Borrowed("will"),
        "t" => {
            let verb = match word.lower.as_ref() {
                "won" => "will",
                "didn" => "did",
                "doesn" => "does",
                "don" => "do",
                "wasn" => "was",
                "weren" => "were",
                "isn" => "is",
                "aren" => "are",
                "hasn" => "has",
                "haven" => "have",
                "hadn" => "had",
                "wouldn" => "would",
                "couldn" => "could",
                "shouldn" => "should",
                _ => return,
            };
            word.lower = Cow::Borrowed(verb);
            last.lower = Cow::Borrowed("not");
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(text: &str) -> Vec<(&str, String, usize, Kind, bool)> {
        tokenize(text)
            .into_iter()
            .map(|t| {
                let spaced = t.spaced();
                (t.text, t.lower.into_owned(), t.start, t.kind, spaced)
            })
            .collect()
    }

    #[test]
    fn counts_the_whitespace_before_each_token_in_characters() {
        let gaps = |text: &str| tokenize(text).iter().map(|t| t.gap).collect::<Vec<_>>();
        // (a no-break space is one character of two bytes, a narrow one of three)
        assert_eq!(gaps("40 000 12\u{a0}500 7\u{202f}000"), [1, 1, 1, 1, 1, 1]);
        assert_eq!(gaps("1037      622   547"), [1, 6, 3]);
        assert_eq!(gaps("11\n3/4"), [1, 1, 0, 0]);
    }

    #[test]
    fn splits_words_numbers_and_punctuation_with_byte_offsets() {
        use Kind::*;
        assert_eq!(
            shape("On May 16,2019 the U.S."),
            vec![
                ("On", "on".into(), 0, Word, true),
                ("May", "may".into(), 3, Word, true),
                ("16", "16".into(), 7, Num, true),
                (",", ",".into(), 9, Punct, false),
                ("2019", "2019".into(), 10, Num, false),
                ("the", "the".into(), 15, Word, true),
                ("U", "u".into(), 19, Word, true),
                (".", ".".into(), 20, Punct, false),
                ("S", "s".into(), 21, Word, false),
                (".", ".".into(), 22, Punct, false),
            ]
        );
    }

    #[test]
    fn spells_out_the_wires_abbreviations_of_time_units() {
        let lower = |text: &str| -> Vec<String> { shape(text).into_iter().map(|t| t.1).collect() };
        assert_eq!(
            lower("Nine Mths 4th QTR yr-end"),
            ["nine", "months", "4", "th", "quarter", "year", "-", "end"]
        );
        // (only the whole word: "mthly", "yrly" are not units)
        assert_eq!(lower("Qtrly"), ["qtrly"]);
    }

    #[test]
    fn reads_a_contraction_as_the_words_it_stands_for() {
        let lower = |text: &str| -> Vec<String> { shape(text).into_iter().map(|t| t.1).collect() };
        assert_eq!(lower("We'll go"), ["we", "'", "will", "go"]);
        assert_eq!(lower("didn’t"), ["did", "’", "not"]);
        assert_eq!(lower("WON'T"), ["will", "'", "not"]);
        // (the text and offsets stay as written; a quotation's mark or a possessive is no
        // contraction)
        let t = tokenize("They won't");
        assert_eq!((t[1].text, t[1].start, t[1].end), ("won", 5, 8));
        assert_eq!(
            lower("'t' the ll's"),
            ["'", "t", "'", "the", "ll", "'", "s"]
        );
        assert_eq!(lower("They won 't"), ["they", "won", "'", "t"]);
    }

    #[test]
    fn reads_letters_beyond_ascii_and_lowers_them() {
        use Kind::*;
        // "É" is two bytes, "’" three, the no-break space two; offsets stay byte offsets.
        assert_eq!(
            shape("ÉTÉ 1986’s\u{a0}Zürich"),
            vec![
                ("ÉTÉ", "été".into(), 0, Word, true),
                ("1986", "1986".into(), 6, Num, true),
                ("’", "’".into(), 10, Punct, false),
                ("s", "s".into(), 13, Word, false),
                ("Zürich", "zürich".into(), 16, Word, true),
            ]
        );
    }

    #[test]
    fn an_en_dash_glued_on_both_sides_reads_as_a_hyphen() {
        use Kind::*;
        // the dash's three bytes keep their range; spaced, it stays a dash
        assert_eq!(
            shape("2011\u{2013}12 \u{2013} 5\u{2013} x"),
            vec![
                ("2011", "2011".into(), 0, Num, true),
                ("-", "-".into(), 4, Punct, false),
                ("12", "12".into(), 7, Num, false),
                ("\u{2013}", "\u{2013}".into(), 10, Punct, true),
                ("5", "5".into(), 14, Num, true),
                ("\u{2013}", "\u{2013}".into(), 15, Punct, false),
                ("x", "x".into(), 19, Word, true),
            ]
        );
        let toks = tokenize("2011\u{2013}12");
        assert_eq!((toks[1].start, toks[1].end), (4, 7));
    }
}
