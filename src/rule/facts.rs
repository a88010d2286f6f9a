//! The facts ledger: reference values a newsroom keeps apart from the rules, each with its
//! source and who checked it. Every disagreement with it is an error in the article.
//!
//! ```toml
//! [[fact]]
//! claim = "entity-list-date"
//! value = "2019-05-16"
//! source = "Federal Register, 84 FR 22961"
//! checked_by = "Research desk"
//! checked = 2019-05-21
//!
//! [[fact]]
//! claim = "carrier-drops-huawei"
//! key = "Verizon"
//! value = "2018-01"
//! ```

use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use super::{Reference, RuleSet, Severity, pattern::strsim_best};
use crate::problem::Problem;
use crate::values;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Ledger {
    #[serde(default)]
    fact: Vec<Fact>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Fact {
    claim: Spanned<String>,
    #[serde(default)]
    key: Option<String>,
    value: Spanned<String>,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    checked_by: Option<String>,
    #[serde(default)]
    checked: Option<crate::corpus::DateField>,
}

impl RuleSet {
    /// Adds the ledger's facts as reference values (a fact replaces a rule file's
    /// reference for the same claim and key) and makes disagreeing with them an error.
    pub fn add_facts(&mut self, path: &Path) -> Result<(), Vec<Problem>> {
        let name = path.display().to_string();
        let text = std::fs::read_to_string(path)
            .map_err(|e| vec![Problem::error(format!("cannot read facts: {e}")).in_file(&name)])?;
        let ledger: Ledger = toml::from_str(&text).map_err(|e| {
            vec![
                Problem::error(format!("invalid facts ledger: {}", e.message())).at(
                    &name,
                    &text,
                    e.span().unwrap_or(0..0),
                    "here",
                ),
            ]
        })?;
        let ids: Vec<String> = self.claims.iter().map(|c| c.id.clone()).collect();
        let mut problems = Vec::new();
        for fact in ledger.fact {
            let Some(claim) = self
                .claims
                .iter_mut()
                .find(|c| c.id == *fact.claim.get_ref())
            else {
                let options: Vec<&str> = ids.iter().map(String::as_str).collect();
                let mut p = Problem::error(format!(
                    "no claim `{}` in the rules",
                    fact.claim.get_ref()
                ))
                .at(&name, &text, fact.claim.span(), "unknown claim");
                if let Some(near) = strsim_best(fact.claim.get_ref(), &options) {
                    p = p.with_help(format!("did you mean `{near}`?"));
                }
                problems.push(p);
                continue;
            };
            let raw = fact.value.get_ref().clone();
            match values::parse_reference(claim.kind, &raw) {
                Ok(value) => {
                    let source = super::source_text(
                        fact.source.as_deref(),
                        fact.checked_by.as_deref(),
                        fact.checked.as_ref(),
                    );
                    claim
                        .references
                        .insert(fact.key, Reference { raw, value, source });
                    claim.severity = Severity::Error;
                }
                Err(message) => problems.push(Problem::error(message).at(
                    &name,
                    &text,
                    fact.value.span(),
                    "reference value",
                )),
            }
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems)
        }
    }
}
