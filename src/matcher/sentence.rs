//! Sentence scope: claims are matched inside one sentence. Abbreviations ("U.S.", "Mr.",
//! "Sept.") do not end a sentence; a blank line or an indented new paragraph does.

use std::ops::Range;

/// Splits `text[range]` into sentence ranges (byte offsets into `text`), trimmed.
pub fn split(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = range.start;
    let mut i = range.start;
    let next_question =
        |i: usize| memchr::memchr(b'?', &bytes[i..range.end]).map_or(range.end, |p| i + p);
    // The next '?' (rare), kept between searches for the common three.
    let mut question = next_question(i);
    while i < range.end {
        // Skip to the next byte that can end a sentence or a paragraph.
        if question < i {
            question = next_question(i);
        }
        let common =
            memchr::memchr3(b'\n', b'.', b'!', &bytes[i..range.end]).map_or(range.end, |p| i + p);
        i = common.min(question);
        if i >= range.end {
            break;
        }
        let b = bytes[i];
        if b == b'\n' && paragraph_break(bytes, i + 1, range.end) {
            push(text, start..i, &mut out);
            start = i + 1;
        } else if matches!(b, b'.' | b'!' | b'?') {
            let mut j = i + 1;
            // closing quotes and brackets stay with the sentence
            while j < range.end {
                let rest = &text[j..range.end];
                let c = rest.chars().next().unwrap_or(' ');
                if matches!(c, '"' | '\'' | ')' | ']' | '”' | '’') {
                    j += c.len_utf8();
                } else {
                    break;
                }
            }
            let followed_by_space = text[j..range.end]
                .chars()
                .next()
                .is_none_or(char::is_whitespace);
            if followed_by_space
                && (b != b'.' || !abbreviation(text, range.start, i))
                && starts_sentence(text, j, range.end)
            {
                push(text, start..j, &mut out);
                start = j;
                i = j;
                continue;
            }
        }
        i += 1;
    }
    push(text, start..range.end, &mut out);
    out
}

fn push(text: &str, r: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push(r.start + lead..r.end - trail);
    }
}

/// A newline followed by a blank line, or by an indented line (a new paragraph in wire copy).
fn paragraph_break(bytes: &[u8], mut j: usize, end: usize) -> bool {
    let mut indent = 0;
    while j < end && (bytes[j] == b' ' || bytes[j] == b'\t' || bytes[j] == b'\r') {
        indent += 1;
        j += 1;
    }
    j >= end || bytes[j] == b'\n' || indent >= 2
}

/// After the punctuation and spaces: an uppercase letter, a digit or an opening quote.
fn starts_sentence(text: &str, from: usize, end: usize) -> bool {
    match text[from..end].trim_start().chars().next() {
        None => true,
        Some(c) => {
            c.is_uppercase()
                || c.is_ascii_digit()
                || matches!(c, '"' | '“' | '‘' | '\'' | '(' | '[')
        }
    }
}

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "st",
    "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "approx", "dept", "est", "fig", "rev",
    "hon", "pres",
];

/// Whether the word ending at the `.` at `dot` is an abbreviation or an initialism.
fn abbreviation(text: &str, floor: usize, dot: usize) -> bool {
    let before = &text[floor..dot];
    let word_start = before
        .char_indices()
        .rev()
        .find(|(_, c)| !(c.is_alphanumeric() || *c == '.'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &before[word_start..];
    if word.contains('.') {
        return true; // U.S, a.m
    }
    if word.chars().count() == 1 && word.chars().all(char::is_uppercase) {
        return true; // an initial: "J. Smith"
    }
    ABBREVIATIONS.contains(&word.to_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        split(text, 0..text.len())
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn us_and_mr_do_not_end_a_sentence() {
        let text = "Best Buy, the largest retailer in the U.S., will cut ties. Mr. Ross said U.S. firms can sell. Huawei said so.";
        assert_eq!(
            sentences(text),
            vec![
                "Best Buy, the largest retailer in the U.S., will cut ties.",
                "Mr. Ross said U.S. firms can sell.",
                "Huawei said so."
            ]
        );
    }

    #[test]
    fn blank_lines_and_indented_paragraphs_end_a_sentence() {
        let text = "Huawei ban\n\nThe US move would involve\nthe Commerce Department.\n    Second paragraph here";
        assert_eq!(
            sentences(text),
            vec![
                "Huawei ban",
                "The US move would involve\nthe Commerce Department.",
                "Second paragraph here"
            ]
        );
    }

    #[test]
    fn quotes_stay_with_their_sentence() {
        let text = "“It’s a national security concern.” Trump told reporters.";
        assert_eq!(
            sentences(text),
            vec![
                "“It’s a national security concern.”",
                "Trump told reporters."
            ]
        );
    }

    #[test]
    fn a_no_break_space_after_the_full_stop_still_splits() {
        let text = "approvals for U.S. companies.\u{a0} “To implement the directive";
        assert_eq!(
            sentences(text),
            vec![
                "approvals for U.S. companies.",
                "“To implement the directive"
            ]
        );
    }

    #[test]
    fn decimals_do_not_split() {
        assert_eq!(
            sentences("It rose 2.5 percent. Then fell."),
            vec!["It rose 2.5 percent.", "Then fell."]
        );
    }
}
