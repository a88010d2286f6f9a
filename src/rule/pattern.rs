//! The pattern language: words, `~` gaps inside one sentence, `(a | b)` alternatives,
//! `(x)?` optional parts, `{date}`-style value slots and `{key: a | b}` captures.
//!
//! A pattern compiles to two regexes. The *masked* one runs on a sentence in which every
//! value the `values` module found has been replaced by a placeholder (`\u{E000}D3\u{E001}` for
//! the fourth date), so a slot matches exactly one whole normalised value. The *skeleton*
//! one runs on the raw sentence, with slots matching any text (a `{percent}` slot any text
//! with a percent sign or word in it), and decides cheaply whether a sentence is worth
//! normalising at all.

use std::ops::Range;

use regex::Regex;

use crate::values::ValueKind;

/// Placeholder delimiters for masked values (Unicode private use area).
pub const MASK_OPEN: char = '\u{E000}';
pub const MASK_CLOSE: char = '\u{E001}';

/// The kind letter used inside a mask for each value kind.
pub fn mask_letter(kind: ValueKind) -> char {
    match kind {
        ValueKind::Date => 'D',
        ValueKind::Number => 'N',
        ValueKind::Money => 'M',
        ValueKind::Percent => 'P',
        ValueKind::Choice | ValueKind::Text => 'T',
    }
}

/// A compiled pattern.
#[derive(Debug, Clone)]
pub struct Pattern {
    pub source: String,
    /// Runs on the raw sentence. For a pattern with a value slot it is a prefilter (the slot
    /// matches any text); otherwise it is the match itself. Group `key` is the key capture,
    /// `cN_M` the phrases of choice label N.
    pub raw: Regex,
    /// For a pattern with a value slot: runs on the masked sentence; group `v` is the index
    /// of the value placeholder.
    pub masked: Option<Regex>,
    /// The value slot's kind, if the pattern has one.
    pub slot: Option<ValueKind>,
    /// For choice claims: regex group name → index of the choice label.
    pub choice_groups: Vec<(String, usize)>,
    /// The key alternatives as written, so a capture can be given its canonical spelling.
    pub key_values: Vec<String>,
    /// Words the text must contain for the pattern to match, as clauses: every clause
    /// needs one of its (lowercased) words. A cheap literal prefilter runs on these.
    pub required: Vec<Vec<String>>,
}

/// A compile error with a byte range inside the pattern text.
#[derive(Debug, Clone, PartialEq)]
pub struct PatternError {
    pub message: String,
    pub at: Range<usize>,
    pub help: Option<String>,
}

/// What the compiler needs to know about the claim a pattern belongs to.
pub struct Context<'a> {
    pub kind: ValueKind,
    pub key: Option<&'a str>,
    /// Choice labels with their phrases (already in the pattern language).
    pub choices: &'a [(String, Vec<String>)],
}

/// Compiles one pattern for a claim.
pub fn compile(source: &str, cx: &Context<'_>) -> Result<Pattern, PatternError> {
    let tokens = lex(source)?;
    let mut parser = ParseState {
        tokens: &tokens,
        i: 0,
    };
    let seq = parser.alternatives(source)?;
    if parser.i < tokens.len() {
        let t = &tokens[parser.i];
        return Err(PatternError {
            message: format!("unexpected `{}`", t.text),
            at: t.at.clone(),
            help: Some("parentheses must be balanced: `(a | b)`".into()),
        });
    }
    let mut check = SlotCheck::default();
    check.walk(&seq, cx)?;
    let value_slots = check.value_slots;
    if cx.kind != ValueKind::Choice && cx.kind != ValueKind::Text && value_slots.is_empty() {
        let slot = format!("{{{}}}", cx.kind.name());
        return Err(PatternError {
            message: format!("the pattern has no {slot} slot"),
            at: 0..source.len(),
            help: Some(format!(
                "a {} claim's pattern marks where the value is, e.g. `Huawei ~ blacklisted ~ {slot}`",
                cx.kind.name()
            )),
        });
    }
    if let Some(second) = value_slots.get(1) {
        return Err(PatternError {
            message: "a pattern has at most one value slot".into(),
            at: second.clone(),
            help: None,
        });
    }
    if let (Some(key), None) = (cx.key, &check.key_slot) {
        return Err(PatternError {
            message: format!("the claim is keyed by `{key}` but the pattern does not capture it"),
            at: 0..source.len(),
            help: Some(format!("add `{{{key}: a | b}}` where the {key} is named")),
        });
    }
    let mut emit = Gen {
        cx,
        choice_groups: vec![],
        key_values: vec![],
        skeleton: false,
    };
    let masked = format!("(?is){}", emit.seq(&seq));
    let choice_groups = std::mem::take(&mut emit.choice_groups);
    let key_values = std::mem::take(&mut emit.key_values);
    emit.skeleton = true;
    let raw = format!("(?is){}", emit.seq(&seq));
    let build = |re: &str| {
        Regex::new(re).map_err(|e| PatternError {
            message: format!("the pattern does not compile: {e}"),
            at: 0..source.len(),
            help: None,
        })
    };
    let has_value_slot = check.slot_kind.is_some_and(|k| k != ValueKind::Choice);
    let required = required_words(&seq, cx);
    Ok(Pattern {
        source: source.to_string(),
        raw: build(&raw)?,
        masked: if has_value_slot {
            Some(build(&masked)?)
        } else {
            None
        },
        slot: check.slot_kind,
        choice_groups,
        key_values,
        required,
    })
}

/// The clauses of words a match needs (see `Pattern::required`).
fn required_words(seq: &[Node], cx: &Context<'_>) -> Vec<Vec<String>> {
    let mut clauses = Vec::new();
    for node in seq {
        match node {
            Node::Word(w) => clauses.push(inflections(w)),
            Node::Group {
                alts,
                optional: false,
            }
            | Node::Key { alts, .. } => {
                if let Some(any) = any_of(alts, cx) {
                    clauses.push(any);
                }
            }
            Node::Slot { .. } if cx.kind == ValueKind::Choice => {
                let alts: Vec<Vec<Node>> = cx
                    .choices
                    .iter()
                    .flat_map(|(_, phrases)| phrases.iter())
                    .filter_map(|p| {
                        let tokens = lex(p).ok()?;
                        ParseState {
                            tokens: &tokens,
                            i: 0,
                        }
                        .alternatives(p)
                        .ok()
                    })
                    .collect();
                if let Some(any) = any_of(&alts, cx) {
                    clauses.push(any);
                }
            }
            _ => {}
        }
    }
    clauses
}

/// One clause for a choice of alternatives: the first required clause of each, joined;
/// `None` when some alternative requires nothing.
fn any_of(alts: &[Vec<Node>], cx: &Context<'_>) -> Option<Vec<String>> {
    let mut any = Vec::new();
    for alt in alts {
        let first = required_words(alt, cx).into_iter().next()?;
        any.extend(first);
    }
    Some(any)
}

/// Inflected forms of a plain word, so that rule authors write a verb once: `end` also
/// matches `ends`, `ended`, `ending`; `drop` matches `dropped`; `ban` matches `banned`.
pub fn inflections(word: &str) -> Vec<String> {
    let w = word.to_lowercase();
    let mut forms = vec![w.clone()];
    if w.len() < 3 || !w.chars().all(|c| c.is_ascii_alphabetic()) {
        return forms;
    }
    let base = base_form(&w);
    let push = |forms: &mut Vec<String>, f: String| {
        if !forms.contains(&f) {
            forms.push(f);
        }
    };
    push(&mut forms, base.clone());
    let last = base.chars().last().unwrap_or('x');
    let before = base.chars().rev().nth(1).unwrap_or('x');
    let vowel = |c: char| "aeiou".contains(c);
    if base.ends_with('e') {
        let stem = &base[..base.len() - 1];
        push(&mut forms, format!("{base}s"));
        push(&mut forms, format!("{base}d"));
        push(&mut forms, format!("{stem}ing"));
    } else if base.ends_with('y') && !vowel(before) {
        let stem = &base[..base.len() - 1];
        push(&mut forms, format!("{stem}ies"));
        push(&mut forms, format!("{stem}ied"));
        push(&mut forms, format!("{base}ing"));
    } else {
        let es = if base.ends_with(['s', 'x', 'z']) || base.ends_with("ch") || base.ends_with("sh")
        {
            "es"
        } else {
            "s"
        };
        push(&mut forms, format!("{base}{es}"));
        push(&mut forms, format!("{base}ed"));
        push(&mut forms, format!("{base}ing"));
        // drop → dropped, ban → banned: a short final consonant after one vowel doubles.
        if !vowel(last) && vowel(before) && !"wxy".contains(last) {
            push(&mut forms, format!("{base}{last}ed"));
            push(&mut forms, format!("{base}{last}ing"));
        }
    }
    forms
}

fn base_form(w: &str) -> String {
    for (suffix, keep) in [
        ("ied", "y"),
        ("ies", "y"),
        ("ing", ""),
        ("ed", ""),
        ("es", ""),
        ("s", ""),
    ] {
        if let Some(stem) = w.strip_suffix(suffix)
            && stem.len() >= 3
        {
            // dropped → drop, banned → ban
            let b = stem.as_bytes();
            if keep.is_empty()
                && b.len() >= 2
                && b[b.len() - 1] == b[b.len() - 2]
                && !stem.ends_with("ss")
                && !stem.ends_with("ll")
            {
                return stem[..stem.len() - 1].to_string();
            }
            if suffix == "s" && (stem.ends_with('s') || stem.ends_with("u")) {
                return w.to_string();
            }
            return format!("{stem}{keep}");
        }
    }
    w.to_string()
}

// ---------------------------------------------------------------------------------------

#[derive(Debug, Clone)]
struct Token {
    text: String,
    at: Range<usize>,
}

fn lex(source: &str) -> Result<Vec<Token>, PatternError> {
    let mut out = Vec::new();
    let mut chars = source.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        if "~()|?{}:".contains(c) {
            out.push(Token {
                text: c.to_string(),
                at: i..i + 1,
            });
            continue;
        }
        let mut end = i + c.len_utf8();
        while let Some(&(j, d)) = chars.peek() {
            if d.is_whitespace() || "~()|?{}:".contains(d) {
                break;
            }
            end = j + d.len_utf8();
            chars.next();
        }
        out.push(Token {
            text: source[i..end].to_string(),
            at: i..end,
        });
    }
    if out.is_empty() {
        return Err(PatternError {
            message: "empty pattern".into(),
            at: 0..source.len(),
            help: None,
        });
    }
    Ok(out)
}

#[derive(Debug, Clone)]
enum Node {
    Word(String),
    Gap,
    Group {
        alts: Vec<Vec<Node>>,
        optional: bool,
    },
    Slot {
        kind: String,
        at: Range<usize>,
    },
    Key {
        name: String,
        alts: Vec<Vec<Node>>,
        at: Range<usize>,
    },
}

struct ParseState<'t> {
    tokens: &'t [Token],
    i: usize,
}

impl ParseState<'_> {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.i)
    }

    fn alternatives(&mut self, source: &str) -> Result<Vec<Node>, PatternError> {
        let alts = self.alt_list(source)?;
        if alts.len() == 1 {
            return Ok(alts.into_iter().next().unwrap_or_default());
        }
        Ok(vec![Node::Group {
            alts,
            optional: false,
        }])
    }

    fn alt_list(&mut self, source: &str) -> Result<Vec<Vec<Node>>, PatternError> {
        let mut alts = vec![self.sequence(source)?];
        while self.peek().is_some_and(|t| t.text == "|") {
            self.i += 1;
            alts.push(self.sequence(source)?);
        }
        Ok(alts)
    }

    fn sequence(&mut self, source: &str) -> Result<Vec<Node>, PatternError> {
        let mut seq = Vec::new();
        let start = self.peek().map(|t| t.at.clone());
        while let Some(t) = self.peek().cloned() {
            match t.text.as_str() {
                "|" | ")" | "}" => break,
                "~" => {
                    self.i += 1;
                    seq.push(Node::Gap);
                }
                "(" => {
                    self.i += 1;
                    let alts = self.alt_list(source)?;
                    match self.peek() {
                        Some(c) if c.text == ")" => self.i += 1,
                        _ => {
                            return Err(PatternError {
                                message: "unclosed `(`".into(),
                                at: t.at.clone(),
                                help: Some("close the group with `)`".into()),
                            });
                        }
                    }
                    let optional = self.peek().is_some_and(|q| q.text == "?");
                    if optional {
                        self.i += 1;
                    }
                    seq.push(Node::Group { alts, optional });
                }
                "{" => seq.push(self.slot(&t, source)?),
                "?" => {
                    return Err(PatternError {
                        message: "`?` must follow a group".into(),
                        at: t.at.clone(),
                        help: Some("make a part optional with `(word)?`".into()),
                    });
                }
                ":" => {
                    return Err(PatternError {
                        message: "`:` is only used inside a key capture".into(),
                        at: t.at.clone(),
                        help: Some("write a key capture as `{carrier: AT&T | Verizon}`".into()),
                    });
                }
                _ => {
                    self.i += 1;
                    seq.push(Node::Word(t.text.clone()));
                }
            }
        }
        if seq.is_empty() {
            let at = start
                .or_else(|| self.peek().map(|t| t.at.clone()))
                .unwrap_or(0..source.len());
            return Err(PatternError {
                message: "empty alternative".into(),
                at,
                help: Some("every `|` needs words on both sides".into()),
            });
        }
        Ok(seq)
    }

    fn slot(&mut self, open: &Token, source: &str) -> Result<Node, PatternError> {
        self.i += 1;
        let name = match self.peek() {
            Some(t) if !"{}|()~:?".contains(t.text.as_str()) => t.clone(),
            _ => {
                return Err(PatternError {
                    message: "empty slot".into(),
                    at: open.at.clone(),
                    help: Some(
                        "slots are {date}, {number}, {money}, {percent}, {choice} or {key: a | b}"
                            .into(),
                    ),
                });
            }
        };
        self.i += 1;
        let node = if self.peek().is_some_and(|t| t.text == ":") {
            self.i += 1;
            let alts = self.alt_list(source)?;
            Node::Key {
                name: name.text.clone(),
                alts,
                at: open.at.start..name.at.end,
            }
        } else {
            Node::Slot {
                kind: name.text.to_lowercase(),
                at: open.at.start..name.at.end + 1,
            }
        };
        match self.peek() {
            Some(t) if t.text == "}" => self.i += 1,
            _ => {
                return Err(PatternError {
                    message: "unclosed `{`".into(),
                    at: open.at.clone(),
                    help: Some("close the slot with `}`".into()),
                });
            }
        }
        Ok(node)
    }
}

#[derive(Default)]
struct SlotCheck {
    value_slots: Vec<Range<usize>>,
    slot_kind: Option<ValueKind>,
    key_slot: Option<String>,
}

const SLOT_KINDS: &[&str] = &["date", "number", "money", "percent", "choice"];

impl SlotCheck {
    fn walk(&mut self, seq: &[Node], cx: &Context<'_>) -> Result<(), PatternError> {
        for node in seq {
            match node {
                Node::Slot { kind, at } => {
                    let Some(k) = slot_kind(kind) else {
                        let near = strsim_best(kind, SLOT_KINDS);
                        return Err(PatternError {
                            message: format!("unknown slot `{{{kind}}}`"),
                            at: at.clone(),
                            help: Some(match near {
                                Some(n) => format!("did you mean `{{{n}}}`?"),
                                None => {
                                    "slots are {date}, {number}, {money}, {percent} and {choice}"
                                        .into()
                                }
                            }),
                        });
                    };
                    if k != cx.kind {
                        return Err(PatternError {
                            message: format!("a `{{{kind}}}` slot in a {} claim", cx.kind.name()),
                            at: at.clone(),
                            help: Some(format!(
                                "this claim's value is a {0}; use `{{{0}}}`",
                                cx.kind.name()
                            )),
                        });
                    }
                    self.value_slots.push(at.clone());
                    self.slot_kind = Some(k);
                }
                Node::Key { name, alts, at } => {
                    match cx.key {
                        Some(k) if k == name => {}
                        Some(k) => {
                            return Err(PatternError {
                                message: format!("the claim is keyed by `{k}`, not `{name}`"),
                                at: at.clone(),
                                help: Some(format!("write `{{{k}: ...}}`")),
                            });
                        }
                        None => {
                            return Err(PatternError {
                                message: format!(
                                    "a `{{{name}: ...}}` capture in a claim without `key = \"{name}\"`"
                                ),
                                at: at.clone(),
                                help: Some(format!("add `key = \"{name}\"` to the claim")),
                            });
                        }
                    }
                    self.key_slot = Some(name.clone());
                    for alt in alts {
                        self.walk(alt, cx)?;
                    }
                }
                Node::Group { alts, .. } => {
                    for alt in alts {
                        self.walk(alt, cx)?;
                    }
                }
                Node::Word(_) | Node::Gap => {}
            }
        }
        Ok(())
    }
}

fn slot_kind(name: &str) -> Option<ValueKind> {
    Some(match name {
        "date" => ValueKind::Date,
        "number" => ValueKind::Number,
        "money" => ValueKind::Money,
        "percent" => ValueKind::Percent,
        "choice" => ValueKind::Choice,
        _ => return None,
    })
}

/// The closest of `options` to `word`, when it is close enough to be a typo.
pub fn strsim_best<'a>(word: &str, options: &[&'a str]) -> Option<&'a str> {
    options
        .iter()
        .map(|o| (strsim::jaro_winkler(word, o), *o))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, o)| o)
}

/// Separator between two adjacent items: anything that is not an ASCII word character or a
/// mask. (Unicode `\w` would be more exact for non-English words next to a gap, but it
/// makes every compiled pattern several times larger and rule loading slower.)
const SEP: &str = r"[^0-9A-Za-z_\x{E000}-\x{E0FF}]+";

struct Gen<'a> {
    cx: &'a Context<'a>,
    choice_groups: Vec<(String, usize)>,
    key_values: Vec<String>,
    skeleton: bool,
}

impl Gen<'_> {
    fn seq(&mut self, seq: &[Node]) -> String {
        let mut out = String::new();
        let mut after_gap = true;
        for node in seq {
            match node {
                Node::Gap => {
                    out.push_str(".*?");
                    after_gap = true;
                }
                Node::Group {
                    alts,
                    optional: true,
                } => {
                    let inner = self.alts(alts);
                    if after_gap {
                        out.push_str(&format!("(?:{inner}{SEP})?"));
                    } else {
                        out.push_str(&format!("(?:{SEP}{inner})?"));
                    }
                }
                other => {
                    if !after_gap {
                        out.push_str(SEP);
                    }
                    out.push_str(&self.item(other));
                    after_gap = false;
                }
            }
        }
        out
    }

    fn alts(&mut self, alts: &[Vec<Node>]) -> String {
        let parts: Vec<String> = alts.iter().map(|a| self.seq(a)).collect();
        parts.join("|")
    }

    fn item(&mut self, node: &Node) -> String {
        match node {
            Node::Word(w) => word_regex(w),
            Node::Group { alts, .. } => format!("(?:{})", self.alts(alts)),
            Node::Slot { .. } if self.cx.kind == ValueKind::Choice => self.choice_slot(),
            // Every percentage holds one of its units: a sentence with none of them is not
            // worth normalising (two in three sentences a percent claim's words are in).
            Node::Slot { .. } if self.skeleton && self.cx.kind == ValueKind::Percent => {
                format!(".*?{}.*?", crate::values::number::PERCENT_UNITS)
            }
            Node::Slot { .. } if self.skeleton => ".+?".to_string(),
            Node::Slot { .. } => {
                let letter = mask_letter(self.cx.kind);
                format!("\\x{{E000}}{letter}(?P<v>\\d+)\\x{{E001}}")
            }
            Node::Key { alts, .. } => {
                if !self.skeleton {
                    for alt in alts {
                        let words: Vec<&str> = alt
                            .iter()
                            .filter_map(|n| match n {
                                Node::Word(w) => Some(w.as_str()),
                                _ => None,
                            })
                            .collect();
                        self.key_values.push(words.join(" "));
                    }
                }
                let inner: Vec<String> = alts.iter().map(|a| self.seq(a)).collect();
                format!("(?P<key>{})", inner.join("|"))
            }
            Node::Gap => ".*?".to_string(),
        }
    }

    fn choice_slot(&mut self) -> String {
        let mut parts = Vec::new();
        for (label_idx, (_, phrases)) in self.cx.choices.iter().enumerate() {
            for (phrase_idx, phrase) in phrases.iter().enumerate() {
                // Phrases were validated when the claim was compiled.
                let Ok(tokens) = lex(phrase) else { continue };
                let mut p = ParseState {
                    tokens: &tokens,
                    i: 0,
                };
                let Ok(seq) = p.alternatives(phrase) else {
                    continue;
                };
                let body = self.seq(&seq);
                let name = format!("c{label_idx}_{phrase_idx}");
                parts.push(format!("(?P<{name}>{body})"));
                if !self.skeleton {
                    self.choice_groups.push((name, label_idx));
                }
            }
        }
        format!("(?:{})", parts.join("|"))
    }
}

fn word_regex(word: &str) -> String {
    let forms = inflections(word);
    let body = if forms.len() == 1 {
        regex::escape(&forms[0])
    } else {
        let escaped: Vec<String> = forms.iter().map(|f| regex::escape(f)).collect();
        format!("(?:{})", escaped.join("|"))
    };
    let starts_word = word
        .chars()
        .next()
        .is_some_and(|c| c.is_alphanumeric() || c == '_');
    let ends_word = word
        .chars()
        .last()
        .is_some_and(|c| c.is_alphanumeric() || c == '_');
    // ASCII word boundaries keep the regex engine on its fast DFA path for any text.
    format!(
        "{}{body}{}",
        if starts_word { r"(?-u:\b)" } else { "" },
        if ends_word { r"(?-u:\b)" } else { "" }
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cx(kind: ValueKind) -> Context<'static> {
        Context {
            kind,
            key: None,
            choices: &[],
        }
    }

    #[test]
    fn inflects_verbs_written_once() {
        let f = inflections("end");
        for form in ["end", "ends", "ended", "ending"] {
            assert!(f.contains(&form.to_string()), "{form} in {f:?}");
        }
        assert!(inflections("drop").contains(&"dropped".to_string()));
        assert!(inflections("ban").contains(&"banned".to_string()));
        assert!(inflections("blacklisted").contains(&"blacklist".to_string()));
        assert!(inflections("place").contains(&"placed".to_string()));
    }

    #[test]
    fn masked_regex_matches_a_date_placeholder() {
        let p = compile("Huawei ~ blacklisted ~ {date}", &cx(ValueKind::Date)).expect("compiles");
        let masked = "Huawei was blacklisted by the US \u{E000}D0\u{E001} following accusations";
        let caps = p
            .masked
            .as_ref()
            .expect("a date slot")
            .captures(masked)
            .expect("matches");
        assert_eq!(&caps["v"], "0");
        assert!(
            p.raw
                .is_match("Huawei was blacklisted by the US last year following")
        );
        assert!(!p.raw.is_match("Huawei was not on any list last year"));
    }

    #[test]
    fn a_percent_slot_passes_over_sentences_with_no_percent_unit() {
        let p = compile("inflation ~ {percent}", &cx(ValueKind::Percent)).expect("compiles");
        for yes in [
            "Inflation rose 3.5 pct in January",
            "inflation was 4% last year",
            "Inflation, at 2 per cent, is low",
            "inflation rose two percentage points",
            "inflation: percent of 10",
        ] {
            assert!(p.raw.is_match(yes), "{yes}");
        }
        for no in ["Inflation rose 3.5 in January", "inflation fears grew"] {
            assert!(!p.raw.is_match(no), "{no}");
        }
        let p = compile("{percent} (tariff | tariffs)", &cx(ValueKind::Percent)).expect("compiles");
        assert!(p.raw.is_match("a 100 pct tariff"));
        assert!(!p.raw.is_match("a 100 mln dlr tariff"));
    }

    #[test]
    fn optional_words_may_be_absent() {
        let p = compile(
            "on the (US)? entity list since {date}",
            &cx(ValueKind::Date),
        )
        .expect("compiles");
        let masked = p.masked.expect("a date slot");
        assert!(masked.is_match("on the US Entity List since \u{E000}D0\u{E001}"));
        assert!(masked.is_match("on the entity\nlist since \u{E000}D0\u{E001}"));
    }

    #[test]
    fn unknown_slot_suggests_the_nearest() {
        let err = compile("Huawei ~ {dat}", &cx(ValueKind::Date)).expect_err("unknown slot");
        assert_eq!(err.at, 9..14);
        assert_eq!(err.help.as_deref(), Some("did you mean `{date}`?"));
    }

    #[test]
    fn slot_of_the_wrong_kind_is_refused() {
        let err =
            compile("Huawei ~ spent ~ {number}", &cx(ValueKind::Money)).expect_err("wrong kind");
        assert_eq!(err.message, "a `{number}` slot in a money claim");
        assert_eq!(err.at, 17..25);
    }

    #[test]
    fn unbalanced_parentheses_point_at_the_open_one() {
        let err = compile(
            "Huawei ~ (blacklisted | banned ~ {date}",
            &cx(ValueKind::Date),
        )
        .expect_err("unclosed");
        assert_eq!(err.message, "unclosed `(`");
        assert_eq!(err.at, 9..10);
    }

    #[test]
    fn key_capture_needs_a_keyed_claim() {
        let err = compile("{carrier: AT&T | Verizon} ~ {date}", &cx(ValueKind::Date))
            .expect_err("no key");
        assert!(err.message.contains("without `key"));
    }
}
