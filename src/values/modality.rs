//! How firmly a sentence states its claim: hedged ("reportedly"), attributed ("according
//! to the New York Times"), future or planned ("will issue"), negated ("has not").

use std::sync::LazyLock;

use regex::Regex;
use serde::{Deserialize, Serialize};

/// The modality of one observation, with the words that showed it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Modality {
    pub hedged: bool,
    pub future: bool,
    /// A negation governs the value: "had not issued", "did not drop".
    pub negated: bool,
    /// The value stands inside quotation marks: someone's words, reported.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub quoted: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attributed_to: Option<String>,
    /// The cue words found, in order, lowercased.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cues: Vec<String>,
}

impl Modality {
    /// A plain assertion: neither hedged nor about the future.
    pub fn is_firm(&self) -> bool {
        !self.hedged && !self.future
    }

    /// How much the observation counts when sources are weighed against each other.
    pub fn weight(&self) -> f64 {
        if self.is_firm() { 1.0 } else { 0.5 }
    }

    /// `hedged, future, according to X` — empty for a firm claim.
    pub fn describe(&self) -> String {
        let mut parts = Vec::new();
        if self.hedged {
            parts.push("hedged".to_string());
        }
        if self.future {
            parts.push("future".to_string());
        }
        if let Some(who) = &self.attributed_to {
            parts.push(format!("according to {who}"));
        }
        parts.join(", ")
    }
}

/// Reads the modality of a claim whose value is at `value` in `sentence`: hedges and
/// future markers anywhere in the sentence, a negation in the value's own clause, quotation
/// marks around it, and who it is attributed to.
pub fn detect(sentence: &str, value: std::ops::Range<usize>) -> Modality {
    let value = boundary(sentence, value.start)..boundary(sentence, value.end);
    let mut m = Modality::default();
    let clause = clause_start(sentence, value.start);
    let value_end = value.end.min(sentence.len());
    for cap in CUES.captures_iter(sentence) {
        let whole = cap.get(0).expect("a match has a whole");
        if cap.name("neg").is_some() && (whole.start() < clause || whole.start() >= value_end) {
            continue;
        }
        if cap.name("hedge").is_some() {
            m.hedged = true;
        } else if cap.name("future").is_some() {
            m.future = true;
        } else {
            m.negated = true;
        }
        m.cues.push(
            whole
                .as_str()
                .to_lowercase()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" "),
        );
    }
    m.quoted = quoted(sentence, value.start.min(sentence.len()));
    if let Some(cap) = ACCORDING.captures(sentence) {
        m.attributed_to = cap.name("who").map(|w| w.as_str().trim().to_string());
        m.hedged = true;
    } else if let Some(cap) = SAID.captures(sentence) {
        let who = cap
            .name("who")
            .or_else(|| cap.name("who2"))
            .map(|w| w.as_str().trim().to_string());
        m.attributed_to = who.filter(|w| !w.is_empty());
    }
    m
}

/// Whether a negation stands before `at` in its clause ("had not issued any", "did not
/// drop"), so that a phrase found there is denied rather than stated.
pub fn negated_before(sentence: &str, at: usize) -> bool {
    let at = boundary(sentence, at);
    let clause = clause_start(sentence, at);
    let before = &sentence[clause..at];
    let words: Vec<&str> = before.split_whitespace().collect();
    let near = words[words.len().saturating_sub(5)..]
        .join(" ")
        .to_lowercase();
    NEGATION.is_match(&near)
}

/// `at`, moved back to a character boundary inside `s`.
fn boundary(s: &str, at: usize) -> usize {
    let mut at = at.min(s.len());
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Where the clause holding byte `at` starts: after the last `,`, `;`, `:` or "but" before it.
fn clause_start(sentence: &str, at: usize) -> usize {
    let at = at.min(sentence.len());
    let head = &sentence[..at];
    let punct = head.rfind([',', ';', ':']).map_or(0, |i| i + 1);
    let but = head.to_lowercase().rfind(" but ").map_or(0, |i| i + 5);
    punct.max(but)
}

/// Whether byte `at` lies inside quotation marks.
fn quoted(sentence: &str, at: usize) -> bool {
    let head = &sentence[..at];
    let opens = head.matches('“').count();
    let closes = head.matches('”').count();
    let straight = head.matches('"').count();
    opens > closes || straight % 2 == 1
}

static CUES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)
        (?P<hedge>(?-u:\b)(?:reportedly|allegedly|purportedly|apparently|rumou?red|sources\s+said|said\s+sources|citing\s+(?:anonymous\s+)?sources|people\s+familiar|person\s+(?:who\s+is\s+)?familiar|could|might|may\s+(?:be|have)|if\s+true)(?-u:\b))
        | (?P<future>(?-u:\b)(?:will|shall|is\s+going\s+to|are\s+going\s+to|plans?\s+to|planning\s+to|intends?\s+to|expected\s+to|set\s+to|would\s+(?:be\s+)?(?:issue|allow|grant|begin))(?-u:\b))
        | (?P<neg>(?-u:\b)(?:not|never|no\s+longer|n't)(?-u:\b)|n't(?-u:\b))",
    )
    .expect("the modality cues are a valid regex")
});

static NEGATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:not|never|no\s+longer|n't|neither|nor)(?-u:\b)|n't")
        .expect("the negation cue is a valid regex")
});

/// "Reuters reported", "said Ross", "Ross said": who a sentence is attributed to.
static SAID: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?P<who>(?:[A-Z][\w.&'’-]*\s){0,5}[A-Z][\w.&'’-]*)\s+(?:said|says|reported|told|announced|claimed)(?-u:\b)|(?-u:\b)(?:said|says|reported)\s+(?P<who2>(?:[A-Z][\w.&'’-]*\s?){1,4})",
    )
    .expect("the attribution cue is a valid regex")
});

static ACCORDING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)according\s+to\s+(?:media\s+reports|(?P<who>(?:the\s+)?(?:[A-Z][\w.&'’-]*\s?)+))",
    )
    .expect("the attribution cue is a valid regex")
});

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str, value: &str) -> std::ops::Range<usize> {
        let i = s.find(value).expect("the value is in the sentence");
        i..i + value.len()
    }

    #[test]
    fn reportedly_is_hedged() {
        let s = "President Donald Trump in a meeting last week reportedly gave the green light";
        let m = detect(s, at(s, "last week"));
        assert!(m.hedged);
        assert!(!m.future);
    }

    #[test]
    fn according_to_names_the_source() {
        let s =
            "But now according to the New York Times, President Donald Trump gave the green light";
        let m = detect(s, at(s, "green light"));
        assert!(m.hedged);
        assert_eq!(m.attributed_to.as_deref(), Some("the New York Times"));
    }

    #[test]
    fn will_issue_is_future() {
        let s = "Commerce will issue licenses where there is no threat to U.S. national security";
        let m = detect(s, at(s, "will issue licenses"));
        assert!(m.future);
        assert!(!m.hedged);
        assert!(!m.negated, "the \"no\" is in another part of the sentence");
    }

    #[test]
    fn has_not_gone_into_effect_is_negated_and_firm() {
        let s = "The ban has not technically gone into effect yet";
        let m = detect(s, at(s, "ban has not technically gone into effect"));
        assert!(m.negated);
        assert!(m.is_firm());
    }

    #[test]
    fn said_sources_is_hedged() {
        let s = "AT&T had to end its plans to offer different Huawei handsets, said sources.";
        let m = detect(s, at(s, "AT&T"));
        assert!(m.hedged);
    }

    #[test]
    fn a_negation_in_another_clause_does_not_negate_the_value() {
        let s = "U.S. Commerce Secretary Wilbur Ross said the U.S. will give companies licenses to do business with the Chinese company granted it doesn't pose a threat.";
        let m = detect(s, at(s, "will give companies licenses"));
        assert!(!m.negated, "{m:?}");
        assert_eq!(
            m.attributed_to.as_deref(),
            Some("U.S. Commerce Secretary Wilbur Ross")
        );
    }

    #[test]
    fn did_not_drop_is_negated_before_the_phrase() {
        let s = "Verizon did not drop its plans to sell Huawei phones.";
        assert!(negated_before(s, at(s, "drop").start));
        assert!(!negated_before(s, at(s, "Verizon").start));
        let s = "It had not issued any licences, but it dropped the plan.";
        assert!(!negated_before(s, at(s, "dropped").start));
    }

    #[test]
    fn quoted_values_are_marked() {
        let s = "“To implement the G20 directive two weeks ago, Commerce will issue licenses,” Ross was quoted as saying.";
        assert!(detect(s, at(s, "two weeks ago")).quoted);
        assert!(!detect(s, at(s, "Ross")).quoted);
    }
}
