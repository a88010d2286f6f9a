//! Finds claim mentions: a literal prefilter on the stories' `mentions`, then per sentence
//! the patterns' raw regexes, and only where those hit, values are normalised and the
//! masked regexes decide. Documents are independent and run in parallel.

pub mod sentence;

use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use rayon::prelude::*;
use regex::Regex;

use crate::corpus::Document;
use crate::observation::{CountedFrom, Observation, Source};
use crate::rule::pattern::{MASK_CLOSE, MASK_OPEN, mask_letter};
use crate::rule::{Claim, Pattern, RuleSet};
use crate::values::{
    self, DateValue, Granularity, Resolution, Timex, TimexKind, Value, ValueKind, modality,
};

/// A rule set prepared for matching.
pub struct Matcher<'r> {
    rules: &'r RuleSet,
    /// The stories' mentions alone, in ASCII lower case, for a quick look at raw input
    /// (lowered first) before it is parsed.
    mentions: AhoCorasick,
    /// Whether every mention is ASCII (so a JSON-escaped form cannot hide it).
    mentions_ascii: bool,
    /// Every story mention and every word a pattern requires, in one automaton run once
    /// over an article; the first `mention_story.len()` literals are the mentions.
    literals: AhoCorasick,
    /// For each literal, the stories it is a mention of (mostly none).
    mention_story: Vec<Vec<usize>>,
    /// For each claim, its patterns' required clauses as literal ids; a claim whose
    /// patterns all miss a clause is not looked for (a claim with a raw regex always is).
    clauses: Vec<Vec<Vec<Vec<usize>>>>,
}

impl<'r> Matcher<'r> {
    pub fn new(rules: &'r RuleSet) -> Matcher<'r> {
        // Literals are kept once each, lowercased: the automaton ignores ASCII case.
        let mut literals: Vec<String> = Vec::new();
        let mut mention_story: Vec<Vec<usize>> = Vec::new();
        let mut id_of = std::collections::HashMap::new();
        let mut intern =
            |w: &str, literals: &mut Vec<String>, mention_story: &mut Vec<Vec<usize>>| -> usize {
                *id_of.entry(w.to_lowercase()).or_insert_with(|| {
                    literals.push(w.to_lowercase());
                    mention_story.push(Vec::new());
                    literals.len() - 1
                })
            };
        let all_mentions: Vec<&String> = rules.stories.iter().flat_map(|s| &s.mentions).collect();
        for (i, story) in rules.stories.iter().enumerate() {
            for m in &story.mentions {
                let id = intern(m, &mut literals, &mut mention_story);
                mention_story[id].push(i);
            }
        }
        // Lowering the input and searching case-sensitively is twice as fast as an
        // ASCII-case-insensitive automaton: the search can skip ahead on rare bytes.
        let mentions = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostFirst)
            .build(all_mentions.iter().map(|m| m.to_ascii_lowercase()))
            .expect("story mentions are plain literals");
        let mentions_ascii = all_mentions.iter().all(|m| m.is_ascii());
        let mut clauses = Vec::new();
        for claim in &rules.claims {
            let mut id = |w: &String| intern(w, &mut literals, &mut mention_story);
            let per_pattern: Vec<Vec<Vec<usize>>> = if claim.regexes.is_empty() {
                claim
                    .patterns
                    .iter()
                    .map(|p| {
                        p.required
                            .iter()
                            .filter(|clause| !clause.iter().any(|w| is_everywhere(w)))
                            .map(|clause| clause.iter().map(&mut id).collect())
                            .collect()
                    })
                    .collect()
            } else {
                vec![vec![]]
            };
            clauses.push(per_pattern);
        }
        let literals = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .kind(Some(AhoCorasickKind::DFA))
            .match_kind(MatchKind::Standard)
            .build(&literals)
            .expect("mentions and required words are plain literals");
        Matcher {
            rules,
            mentions,
            mentions_ascii,
            literals,
            mention_story,
            clauses,
        }
    }

    /// Whether raw input (a JSON Lines record as read) may mention a story. `false` only
    /// when it certainly does not, so the record need not be parsed for matching.
    pub fn may_mention(&self, raw: &[u8]) -> bool {
        if !self.mentions_ascii {
            return true;
        }
        thread_local! {
            static LOWER: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
        }
        LOWER.with_borrow_mut(|lower| {
            lower.clear();
            lower.extend_from_slice(raw);
            lower.make_ascii_lowercase();
            self.mentions
                .find_iter(lower.as_slice())
                .any(|m| whole_word(lower, m.range(), true))
        })
    }

    /// Every observation in every document, in document order.
    pub fn observe_all(&self, docs: &[Document]) -> Vec<Observation> {
        docs.par_iter()
            .enumerate()
            .map(|(i, d)| self.observe(i, d))
            .collect::<Vec<_>>()
            .into_iter()
            .flatten()
            .collect()
    }

    /// Every observation in one document.
    pub fn observe(&self, doc_idx: usize, doc: &Document) -> Vec<Observation> {
        let body = &doc.text[doc.body.clone()];
        let mut stories = vec![false; self.rules.stories.len()];
        let mut present = vec![false; self.literals.patterns_len()];
        // Where each literal is, in the document's text, in order of where it ends.
        let mut hits = Vec::new();
        for m in self.literals.find_overlapping_iter(body) {
            let id = m.pattern().as_usize();
            present[id] = true;
            hits.push((doc.body.start + m.start(), doc.body.start + m.end(), id));
            if !self.mention_story[id].is_empty() && whole_word(body.as_bytes(), m.range(), false) {
                for &story in &self.mention_story[id] {
                    stories[story] = true;
                }
            }
        }
        if !stories.iter().any(|s| *s) {
            return vec![];
        }
        let wanted: Vec<usize> = (0..self.rules.claims.len())
            .filter(|&c| {
                stories[self.rules.claims[c].story]
                    && self.clauses[c]
                        .iter()
                        .any(|clauses| has_words(clauses, |w| present[w]))
            })
            .collect();
        if wanted.is_empty() {
            return vec![];
        }
        let claims: Vec<&Claim> = wanted.iter().map(|&c| &self.rules.claims[c]).collect();
        let mut gate = WordGate {
            clauses: wanted.iter().map(|&c| &self.clauses[c]).collect(),
            hits,
            next: 0,
            seen: vec![0; present.len()],
            sentence: 0,
        };
        scan_gated(doc_idx, doc, &claims, &mut gate)
    }
}

/// Whether a mention found at `at` stands as a whole word: "rate" and "rates", not
/// "corporate". In raw JSON (`json`) a `\n`, `\t` or `\r` escape before it is a boundary too.
fn whole_word(bytes: &[u8], at: Range<usize>, json: bool) -> bool {
    let word = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_alphanumeric);
    let escape = |i: usize| {
        json && i >= 1 && matches!(bytes[i], b'n' | b't' | b'r') && bytes[i - 1] == b'\\'
    };
    let starts = at.start == 0 || !word(at.start - 1) || escape(at.start - 1);
    let ends = !word(at.end) || (bytes.get(at.end) == Some(&b's') && !word(at.end + 1));
    starts && ends
}

/// Whether every clause has one of its words present.
fn has_words(clauses: &[Vec<usize>], present: impl Fn(usize) -> bool) -> bool {
    clauses
        .iter()
        .all(|clause| clause.iter().any(|&w| present(w)))
}

/// Decides, sentence by sentence, which patterns may match.
trait Gate {
    /// Called once for each sentence, in order, before its patterns are tried.
    fn enter(&mut self, sentence: &Range<usize>);
    /// Whether pattern `pattern` of claim `claim` (an index into the claims scanned) may
    /// match in the sentence entered last.
    fn allows(&self, claim: usize, pattern: usize) -> bool;
}

/// Every pattern everywhere.
struct Open;

impl Gate for Open {
    fn enter(&mut self, _: &Range<usize>) {}
    fn allows(&self, _: usize, _: usize) -> bool {
        true
    }
}

/// A pattern only in sentences that hold its words: a literal is in a sentence when one of
/// the literal automaton's hits lies inside it.
struct WordGate<'m> {
    /// For each claim scanned, its patterns' clauses of literal ids.
    clauses: Vec<&'m Vec<Vec<Vec<usize>>>>,
    /// (start, end, literal) in the document's text, in order of `end`.
    hits: Vec<(usize, usize, usize)>,
    /// The first hit not yet looked at.
    next: usize,
    /// For each literal, the last sentence (counted from 1) it was found in.
    seen: Vec<usize>,
    sentence: usize,
}

impl Gate for WordGate<'_> {
    fn enter(&mut self, sentence: &Range<usize>) {
        self.sentence += 1;
        while self
            .hits
            .get(self.next)
            .is_some_and(|h| h.1 <= sentence.start)
        {
            self.next += 1;
        }
        while let Some(&(start, end, w)) = self.hits.get(self.next)
            && end <= sentence.end
        {
            if start >= sentence.start {
                self.seen[w] = self.sentence;
            }
            self.next += 1;
        }
    }

    fn allows(&self, claim: usize, pattern: usize) -> bool {
        // A claim with its own regexes has a single, empty list of clauses.
        self.clauses[claim]
            .get(pattern)
            .is_none_or(|clauses| has_words(clauses, |w| self.seen[w] == self.sentence))
    }
}

/// Whether a word is in nearly every article ("in", "of", "the"). A clause that such a
/// word satisfies rules nothing out, so it is not looked for: on newswire these words were
/// three of every four hits of the literal automaton.
fn is_everywhere(word: &str) -> bool {
    const EVERYWHERE: &[&str] = &[
        "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "he", "in",
        "is", "it", "its", "of", "on", "or", "said", "that", "the", "to", "was", "were", "will",
        "with",
    ];
    EVERYWHERE.iter().any(|e| e.eq_ignore_ascii_case(word))
}

/// Matches `claims` in every sentence of a document, with no story prefilter.
pub fn scan(doc_idx: usize, doc: &Document, claims: &[&Claim]) -> Vec<Observation> {
    scan_gated(doc_idx, doc, claims, &mut Open)
}

/// [`scan`], trying in each sentence only the patterns `gate` allows there.
fn scan_gated(
    doc_idx: usize,
    doc: &Document,
    claims: &[&Claim],
    gate: &mut dyn Gate,
) -> Vec<Observation> {
    // Patterns are tried sentence by sentence (a pass of each over the whole article first
    // cost more than it saved: 10% of a run).
    let mut out = Vec::new();
    // The article's dates, tagged once when a sentence first needs them: an expression
    // that leans on a date named before it ("The following day", "a year earlier", "the
    // quarter") is read with the text before it, as `claimlint dates` reads it, not
    // against the publication date alone.
    let mut article_dates: Option<Vec<Timex>> = None;
    let mut masked_for = |sentence: &Range<usize>| {
        let dates = article_dates.get_or_insert_with(|| article_dates_of(doc));
        Masked::new(&doc.text, sentence, dates)
    };
    for sentence in sentence::split(&doc.text, doc.body.clone()) {
        let text = &doc.text[sentence.clone()];
        let mut masked: Option<Masked> = None;
        gate.enter(&sentence);
        for (c, &claim) in claims.iter().enumerate() {
            for (p, pattern) in claim.patterns.iter().enumerate() {
                if !gate.allows(c, p) || !pattern.raw.is_match(text) {
                    continue;
                }
                let masked = masked.get_or_insert_with(|| masked_for(&sentence));
                for m in find_in_sentence(claim, pattern, text, masked) {
                    out.push(observation(claim, doc_idx, doc, &sentence, m, masked));
                }
            }
            for re in &claim.regexes {
                let masked = masked.get_or_insert_with(|| masked_for(&sentence));
                for caps in re.captures_iter(text) {
                    let Some(v) = caps.name("value") else {
                        continue;
                    };
                    let key = caps.name("key").map(|k| {
                        claim
                            .aliases
                            .get(&k.as_str().to_lowercase())
                            .cloned()
                            .unwrap_or_else(|| k.as_str().to_string())
                    });
                    // (a date as the article reads it, when the capture holds one)
                    let (value, counted_from) = (claim.kind == ValueKind::Date)
                        .then(|| masked.date_within(v.range()))
                        .flatten()
                        .unwrap_or_else(|| {
                            (
                                normalise_text(claim.kind, v.as_str(), doc.meta.published),
                                None,
                            )
                        });
                    let m = Found {
                        span: v.range(),
                        value,
                        key,
                        counted_from,
                    };
                    out.push(observation(claim, doc_idx, doc, &sentence, m, masked));
                }
            }
        }
    }
    dedupe(&mut out);
    out
}

/// One match inside a sentence; spans are relative to the sentence.
struct Found {
    span: Range<usize>,
    value: Resolution,
    key: Option<String>,
    /// Where the article named the date the value was counted from (see [`Timex`]).
    counted_from: Option<Range<usize>>,
}

fn find_in_sentence(claim: &Claim, pattern: &Pattern, text: &str, masked: &Masked) -> Vec<Found> {
    let mut out = Vec::new();
    match &pattern.masked {
        None => {
            // Choice (or text) claims: the raw regex is the match.
            for caps in pattern.raw.captures_iter(text) {
                let Some((group, label)) = pattern
                    .choice_groups
                    .iter()
                    .find_map(|(g, l)| caps.name(g).map(|m| (m, *l)))
                else {
                    continue;
                };
                let key = caps
                    .name("key")
                    .map(|k| claim.canonical_key(k.as_str(), pattern));
                let mut label = claim.choices[label].clone();
                // "did not drop": the phrase is denied, so it means the rule's negated label
                // or nothing at all.
                if modality::negated_before(text, group.start()) {
                    match claim.negated.get(&label) {
                        Some(l) => label = l.clone(),
                        None => continue,
                    }
                }
                out.push(Found {
                    span: group.range(),
                    value: Resolution::Resolved(Value::Choice { label }),
                    key,
                    counted_from: None,
                });
            }
        }
        Some(re) => {
            for caps in re.captures_iter(&masked.text) {
                let Some(item) = caps
                    .name("v")
                    .and_then(|v| v.as_str().parse::<usize>().ok())
                else {
                    continue;
                };
                let Some(value) = masked.items.get(item) else {
                    continue;
                };
                let key = caps.name("key").map(|k| {
                    let raw = &text[masked.to_original(k.start())..masked.to_original(k.end())];
                    claim.canonical_key(raw, pattern)
                });
                out.push(Found {
                    span: value.span.clone(),
                    value: value.value.clone(),
                    key,
                    counted_from: value.counted_from.clone(),
                });
            }
        }
    }
    out
}

/// A sentence with every value replaced by a placeholder, and the values themselves.
struct Masked {
    text: String,
    items: Vec<Item>,
    /// For each placeholder, its range in `text` and the original range it replaced.
    map: Vec<(Range<usize>, Range<usize>)>,
}

struct Item {
    span: Range<usize>,
    value: Resolution,
    counted_from: Option<Range<usize>>,
}

/// Every date of the article's body, its spans in the whole text.
fn article_dates_of(doc: &Document) -> Vec<Timex> {
    let body = doc.body.clone();
    let mut dates = values::date::tag(&doc.text[body.clone()], doc.meta.published);
    let shift = |r: &Range<usize>| r.start + body.start..r.end + body.start;
    for t in &mut dates {
        t.span = shift(&t.span);
        t.counted_from = t.counted_from.as_ref().map(shift);
    }
    dates.sort_by_key(|t| t.span.start);
    dates
}

impl Masked {
    /// The sentence at `range` of `text`, with the article's dates (`article_dates`, in
    /// order) that lie wholly inside it.
    fn new(text: &str, range: &Range<usize>, article_dates: &[Timex]) -> Masked {
        let sentence = &text[range.clone()];
        // (each value with the letter its placeholder takes)
        let mut spans: Vec<(char, Item)> = Vec::new();
        let tokens = values::tokens::tokenize(sentence);
        let first = article_dates.partition_point(|t| t.span.start < range.start);
        let inside = article_dates[first..]
            .iter()
            .take_while(|t| t.span.start < range.end)
            .filter(|t| t.span.end <= range.end);
        for t in inside {
            let span = t.span.start - range.start..t.span.end - range.start;
            // (a length that lands on a day, "Two days later" after "on May 14", is that
            // day)
            let (letter, value) = match (t.kind, &t.date) {
                (TimexKind::Date | TimexKind::Time | TimexKind::Duration, Some(d)) => (
                    mask_letter(ValueKind::Date),
                    Resolution::Resolved(Value::Date(d.clone())),
                ),
                (TimexKind::Date | TimexKind::Time, None) => (
                    mask_letter(ValueKind::Date),
                    Resolution::Unresolved(if t.relative {
                        format!(
                            "`{}` is relative and the article has no publication date",
                            &sentence[span.clone()]
                        )
                    } else {
                        format!("`{}` has no fixed date", &sentence[span.clone()])
                    }),
                ),
                // Durations and sets are masked so their numbers are not read as counts.
                _ => ('R', Resolution::Unresolved("a duration".into())),
            };
            spans.push((
                letter,
                Item {
                    span,
                    value,
                    counted_from: t.counted_from.clone(),
                },
            ));
        }
        for q in values::number::find_tokens(sentence, &tokens) {
            if spans
                .iter()
                .any(|(_, s)| s.span.start < q.span.end && q.span.start < s.span.end)
            {
                continue;
            }
            let kind = match q.quantity.unit {
                values::Unit::Currency(_) => ValueKind::Money,
                values::Unit::Percent | values::Unit::PercentagePoints => ValueKind::Percent,
                values::Unit::Count => ValueKind::Number,
            };
            spans.push((
                mask_letter(kind),
                Item {
                    span: q.span,
                    value: Resolution::Resolved(Value::Quantity(q.quantity)),
                    counted_from: None,
                },
            ));
        }
        spans.sort_by_key(|(_, s)| s.span.start);
        let mut text = String::with_capacity(sentence.len());
        let mut items = Vec::new();
        let mut map = Vec::new();
        let mut at = 0;
        for (letter, item) in spans {
            text.push_str(&sentence[at..item.span.start]);
            let start = text.len();
            text.push(MASK_OPEN);
            text.push(letter);
            text.push_str(&items.len().to_string());
            text.push(MASK_CLOSE);
            map.push((start..text.len(), item.span.clone()));
            at = item.span.end;
            items.push(item);
        }
        text.push_str(&sentence[at..]);
        Masked { text, items, map }
    }

    /// The dates of the sentence, in order, each with its value.
    fn dates(&self) -> impl Iterator<Item = (&Item, &DateValue)> {
        self.items.iter().filter_map(|item| match &item.value {
            Resolution::Resolved(Value::Date(d)) => Some((item, d)),
            _ => None,
        })
    }

    /// The longest date of the sentence inside `range`, and where it was counted from.
    fn date_within(&self, range: Range<usize>) -> Option<(Resolution, Option<Range<usize>>)> {
        self.dates()
            .filter(|(item, _)| range.start <= item.span.start && item.span.end <= range.end)
            .max_by_key(|(item, _)| item.span.len())
            .map(|(item, _)| (item.value.clone(), item.counted_from.clone()))
    }

    /// Maps a byte offset in the masked text back to the sentence.
    fn to_original(&self, pos: usize) -> usize {
        let mut delta: isize = 0;
        for (masked, original) in &self.map {
            if pos < masked.start {
                break;
            }
            if pos < masked.end {
                return original.start;
            }
            delta = original.end as isize - masked.end as isize;
        }
        (pos as isize + delta).max(0) as usize
    }
}

/// The value of a raw regex capture, normalised as the claim's kind.
fn normalise_text(kind: ValueKind, text: &str, published: Option<chrono::NaiveDate>) -> Resolution {
    match kind {
        ValueKind::Date => match values::date::tag(text, published)
            .into_iter()
            .max_by_key(|t| t.span.len())
        {
            Some(t) => match t.date {
                Some(d) => Resolution::Resolved(Value::Date(d)),
                None => Resolution::Unresolved(format!("`{text}` could not be resolved to a date")),
            },
            None => Resolution::Unresolved(format!("`{text}` is not a date")),
        },
        ValueKind::Number | ValueKind::Money | ValueKind::Percent => {
            let wanted = values::number::unit_matches(kind);
            match values::number::find(text)
                .into_iter()
                .find(|q| wanted(&q.quantity.unit))
            {
                Some(q) => Resolution::Resolved(Value::Quantity(q.quantity)),
                None => Resolution::Unresolved(format!("`{text}` is not a {}", kind.name())),
            }
        }
        ValueKind::Choice => Resolution::Resolved(Value::Choice {
            label: text.to_string(),
        }),
        ValueKind::Text => Resolution::Resolved(Value::Text {
            text: text.trim().to_string(),
        }),
    }
}

fn observation(
    claim: &Claim,
    doc_idx: usize,
    doc: &Document,
    sentence: &Range<usize>,
    m: Found,
    masked: &Masked,
) -> Observation {
    let text = &doc.text[sentence.clone()];
    let as_of = as_of(text, &m.span, masked);
    let (line, column) = line_column(&doc.text, sentence.start);
    Observation {
        claim: claim.id.clone(),
        key: m.key,
        value: m.value,
        raw: text[m.span.clone()].to_string(),
        source: Source {
            doc: doc_idx,
            name: doc.name.clone(),
            outlet: doc.meta.outlet.clone(),
            published: doc.meta.published,
        },
        span: sentence.start + m.span.start..sentence.start + m.span.end,
        sentence: sentence.clone(),
        sentence_text: text.to_string(),
        line,
        column,
        modality: modality::detect(text, m.span.clone()),
        suppressed: doc.suppresses(&claim.id, sentence.start + m.span.start),
        as_of,
        counted_from: m.counted_from.map(|span| {
            let (line, column) = line_column(&doc.text, span.start);
            CountedFrom {
                text: doc.text[span.clone()].to_string(),
                span,
                line,
                column,
            }
        }),
    }
}

/// The 1-based line and column (in characters) of byte `at` of `text`.
fn line_column(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..at];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (
        memchr::memchr_iter(b'\n', before.as_bytes()).count() + 1,
        before[line_start..].chars().count() + 1,
    )
}

/// The date a statement speaks for, when the sentence says it: one that opens the sentence
/// ("Last month the department said") or follows a verb of saying ("had said in July").
fn as_of(sentence: &str, value: &Range<usize>, masked: &Masked) -> Option<DateValue> {
    masked
        .dates()
        .filter(|(item, d)| {
            &item.span != value
                && d.granularity != Granularity::Vague
                && d.granularity <= Granularity::Year
        })
        .find(|(item, _)| {
            let before = &sentence[..item.span.start];
            let words: Vec<&str> = before.split_whitespace().collect();
            words.len() <= 1 || SAID_BEFORE.is_match(before)
        })
        .map(|(_, d)| d.clone())
}

static SAID_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)(?:said|says|announced|reported|stated|as\s+of|told\s+\w+)\s+(?:in|on|at|by)?\s*$",
    )
    .expect("the as-of cue is a valid regex")
});

/// The same value found by two patterns of one claim is one observation.
fn dedupe(out: &mut Vec<Observation>) {
    out.sort_by(|a, b| {
        (&a.claim, a.span.start, a.span.end).cmp(&(&b.claim, b.span.start, b.span.end))
    });
    out.dedup_by(|a, b| a.claim == b.claim && a.span == b.span && a.key == b.key);
}

#[cfg(test)]
mod tests {
    use super::Matcher;
    use crate::corpus::from_text_dated;
    use crate::rule::RuleSet;
    use crate::values::Value;

    fn observe(patterns: &str, text: &str) -> Vec<(String, std::ops::Range<usize>)> {
        observe_with(&format!("patterns = [{patterns}]"), text)
    }

    /// What a date claim whose ways of matching are `matching` ("patterns = [...]" or
    /// "regex = [...]") finds in `text`, published 2019-09-05.
    fn observe_with(matching: &str, text: &str) -> Vec<(String, std::ops::Range<usize>)> {
        observations(matching, text)
            .into_iter()
            .map(|o| match o.value {
                crate::values::Resolution::Resolved(Value::Date(d)) => (d.timex, o.span),
                other => panic!("not a date: {other:?}"),
            })
            .collect()
    }

    /// The observations of [`observe_with`], whole.
    fn observations(matching: &str, text: &str) -> Vec<crate::observation::Observation> {
        let rules = format!(
            "[story]\nid = \"s\"\nmentions = [\"Huawei\"]\n[[claim]]\nid = \"c\"\nvalue = \"date\"\n{matching}\n"
        );
        let mut set = RuleSet::default();
        set.add("r.toml", &rules).expect("compiles");
        let matcher = Matcher::new(&set);
        let doc = from_text_dated(
            "a".into(),
            text.into(),
            "2019-09-05".parse().ok(),
            &mut vec![],
        );
        matcher.observe(0, &doc)
    }

    #[test]
    fn a_clause_of_words_found_everywhere_is_not_required_of_the_article() {
        // "in" is left out of the literal automaton; the pattern still needs it.
        let text = "Huawei was blacklisted in May 2019.";
        assert_eq!(
            observe("\"blacklisted ~ in {date}\"", text),
            vec![("2019-05".to_string(), 26..34)]
        );
        assert_eq!(observe("\"blacklisted ~ on {date}\"", text), vec![]);
    }

    #[test]
    fn patterns_are_tried_in_every_sentence_that_holds_their_words() {
        // Words at the start and at the end of sentences, sentences without them between,
        // and a sentence that has one word of the pattern but not the other.
        let text = "Blacklisted in May 2019, Huawei said. Nothing here. Huawei was \
                    blacklisted in June 2019. Sanctioned in 2020. Huawei: in July 2019 \
                    blacklisted";
        let found = observe("\"(blacklisted | sanctioned) ~ {date}\"", text);
        let dates: Vec<&str> = found.iter().map(|(v, _)| v.as_str()).collect();
        assert_eq!(dates, ["2019-05", "2019-06", "2020"]);
        assert_eq!(&text[found[0].1.clone()], "May 2019");
        assert_eq!(&text[found[2].1.clone()], "2020");
        let found = observe("\"{date} ~ blacklisted\"", text);
        let dates: Vec<&str> = found.iter().map(|(v, _)| v.as_str()).collect();
        assert_eq!(dates, ["2019-07"]);
    }

    #[test]
    fn a_date_that_leans_on_an_earlier_sentence_is_read_with_it() {
        // "The following day" is the day after May 15, 2019, not after the publication
        // (2019-09-05), and "a year earlier" counts back from the story's quarter
        let text = "Huawei was added to the list on May 15, 2019. The following day, \
                    Huawei was blacklisted by Google.";
        let found = observe("\"{date} ~ Huawei was blacklisted\"", text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, "2019-05-16");
        assert_eq!(&text[found[0].1.clone()], "The following day");
        let text = "Huawei's sales rose in the second quarter. A year earlier, Huawei was \
                    blacklisted in Britain.";
        let found = observe("\"{date} ~ Huawei was blacklisted\"", text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, "2018-Q2");
        assert_eq!(&text[found[0].1.clone()], "A year earlier");
        // (and a count of days after a day, a length that lands on a day)
        let text = "Huawei was added to the list on May 14, 2019. Two days later, Huawei \
                    was blacklisted by Google.";
        let found = observe("\"{date} ~ Huawei was blacklisted\"", text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, "2019-05-16");
        assert_eq!(&text[found[0].1.clone()], "Two days later");
        // (a regular expression's capture too)
        let text = "Huawei was added to the list on May 15, 2019. The following day, \
                    Huawei was blacklisted by Google.";
        let found = observe_with(
            "regex = ['(?P<value>the following day), Huawei was blacklisted']",
            text,
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, "2019-05-16");
    }

    #[test]
    fn a_value_counted_from_a_date_the_article_named_says_where() {
        let text = "Huawei was added to the list\non May 15, 2019. The following day, \
                    Huawei was blacklisted by Google.";
        for matching in [
            "patterns = [\"{date} ~ Huawei was blacklisted\"]",
            "regex = ['(?P<value>The following day), Huawei was blacklisted']",
        ] {
            let found = observations(matching, text);
            assert_eq!(found.len(), 1, "{matching}");
            let from = found[0].counted_from.as_ref().expect("counted from a date");
            assert_eq!(from.span, 32..44);
            assert_eq!(from.text, "May 15, 2019");
            assert_eq!((from.line, from.column), (2, 4));
        }
        // (a date counted from the publication has no such place)
        let text = "Huawei was blacklisted last year. The following day, Huawei was \
                    blacklisted by Google.";
        let found = observations("patterns = [\"blacklisted {date}\"]", text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].raw, "last year");
        assert_eq!(found[0].counted_from, None);
    }

    #[test]
    fn a_claim_whose_words_are_missing_is_not_looked_for() {
        let text = "Huawei was blacklisted in May 2019.";
        assert_eq!(observe("\"listed ~ {date}\"", text), vec![]);
        assert_eq!(
            observe("\"(listed | blacklisted) ~ {date}\"", text).len(),
            1
        );
    }
}
