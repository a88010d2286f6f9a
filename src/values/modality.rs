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
    pub negated: bool,
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

/// Reads the modality of one sentence.
pub fn detect(sentence: &str) -> Modality {
    let mut m = Modality::default();
    for cap in CUES.captures_iter(sentence) {
        let word = cap[0].to_lowercase();
        if cap.name("hedge").is_some() {
            m.hedged = true;
        } else if cap.name("future").is_some() {
            m.future = true;
        } else if cap.name("neg").is_some() {
            m.negated = true;
        }
        m.cues
            .push(word.split_whitespace().collect::<Vec<_>>().join(" "));
    }
    if let Some(cap) = ACCORDING.captures(sentence) {
        m.attributed_to = cap.name("who").map(|w| w.as_str().trim().to_string());
        m.hedged = true;
    }
    m
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

static ACCORDING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)according\s+to\s+(?:media\s+reports|(?P<who>(?:the\s+)?(?:[A-Z][\w.&'’-]*\s?)+))",
    )
    .expect("the attribution cue is a valid regex")
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reportedly_is_hedged() {
        let m =
            detect("President Donald Trump in a meeting last week reportedly gave the green light");
        assert!(m.hedged);
        assert!(!m.future);
    }

    #[test]
    fn according_to_names_the_source() {
        let m = detect(
            "But now according to the New York Times, President Donald Trump gave the green light",
        );
        assert!(m.hedged);
        assert_eq!(m.attributed_to.as_deref(), Some("the New York Times"));
    }

    #[test]
    fn will_issue_is_future() {
        let m = detect(
            "Commerce will issue licenses where there is no threat to U.S. national security",
        );
        assert!(m.future);
        assert!(!m.hedged);
    }

    #[test]
    fn has_not_gone_into_effect_is_negated_and_firm() {
        let m = detect("The ban has not technically gone into effect yet");
        assert!(m.negated);
        assert!(m.is_firm());
    }

    #[test]
    fn said_sources_is_hedged() {
        let m =
            detect("AT&T had to end its plans to offer different Huawei handsets, said sources.");
        assert!(m.hedged);
    }
}
