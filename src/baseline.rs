//! The baseline: findings a newsroom has looked at and accepted, recorded by a content
//! fingerprint (not a line number) with the reason, so they stop failing CI but stay on
//! record. A finding whose sentence changes has a new fingerprint and comes back.

use std::collections::BTreeSet;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::consistency::Finding;
use crate::observation::Observation;
use crate::problem::Problem;

/// A baseline file.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    pub version: u32,
    pub findings: Vec<Entry>,
}

/// One accepted finding.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub fingerprint: String,
    pub claim: String,
    pub file: String,
    pub message: String,
    /// Why it was accepted; written by whoever recorded it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// When it was recorded (YYYY-MM-DD).
    pub accepted: String,
}

impl Baseline {
    pub fn load(path: &Path) -> Result<Baseline, Problem> {
        let name = path.display().to_string();
        let text = std::fs::read_to_string(path)
            .map_err(|e| Problem::error(format!("cannot read baseline: {e}")).in_file(&name))?;
        serde_json::from_str(&text).map_err(|e| {
            let at = line_offset(&text, e.line());
            Problem::error(format!("invalid baseline: {e}")).at(&name, &text, at..at + 1, "here")
        })
    }

    pub fn accepts(&self, fingerprint: &str) -> bool {
        self.findings.iter().any(|e| e.fingerprint == fingerprint)
    }

    /// Adds the findings not yet in the baseline; entries already there, and their
    /// reasons, are kept as they are. Returns how many were added.
    pub fn record(
        &mut self,
        findings: &[Finding],
        observations: &[Observation],
        reason: Option<&str>,
        today: &str,
    ) -> usize {
        self.version = 1;
        let known: BTreeSet<String> = self
            .findings
            .iter()
            .map(|e| e.fingerprint.clone())
            .collect();
        let mut added = 0;
        for f in findings {
            if known.contains(&f.fingerprint) || self.accepts(&f.fingerprint) {
                continue;
            }
            self.findings.push(Entry {
                fingerprint: f.fingerprint.clone(),
                claim: f.claim.clone(),
                file: observations[f.primary].source.name.clone(),
                message: f.message.clone(),
                reason: reason.map(str::to_string),
                accepted: today.to_string(),
            });
            added += 1;
        }
        added
    }

    /// Entries that match none of `findings` (the article changed or was fixed).
    pub fn stale(&self, findings: &[Finding]) -> usize {
        let current: BTreeSet<&str> = findings.iter().map(|f| f.fingerprint.as_str()).collect();
        self.findings
            .iter()
            .filter(|e| !current.contains(e.fingerprint.as_str()))
            .count()
    }

    /// Writes the baseline atomically (a temporary file renamed over the old one).
    pub fn save(&self, path: &Path) -> std::io::Result<()> {
        let mut text = serde_json::to_string_pretty(self).map_err(std::io::Error::other)?;
        text.push('\n');
        let tmp = path.with_extension(format!("tmp-{}", std::process::id()));
        std::fs::write(&tmp, text)?;
        std::fs::rename(&tmp, path).inspect_err(|_| {
            let _ = std::fs::remove_file(&tmp);
        })
    }
}

fn line_offset(text: &str, line: usize) -> usize {
    text.split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum()
}
