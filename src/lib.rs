//! claimlint checks a collection of news articles for factual claims that disagree.
//!
//! ```text
//! corpus::load ─▶ Document ─▶ Matcher::observe ─▶ Observation ─▶ consistency::compare ─▶ Finding ─▶ report::render
//!                        rule::RuleSet::load ─┘        (values normalise every slot)
//! ```
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod cli;
pub mod config;
pub mod consistency;
pub mod corpus;
pub mod examples;
pub mod matcher;
pub mod observation;
pub mod problem;
pub mod report;
pub mod rule;
pub mod values;

use std::path::PathBuf;

use consistency::Finding;
use corpus::Document;
use observation::Observation;
use problem::Problem;
use rule::{RuleSet, Severity};

/// What to check.
#[derive(Debug, Clone, Default)]
pub struct Check {
    pub paths: Vec<PathBuf>,
    pub rules: Vec<PathBuf>,
    pub manifests: Vec<PathBuf>,
    /// Severity overrides by claim id.
    pub severity: std::collections::BTreeMap<String, Severity>,
}

/// The result of a check: the findings, and the problems met on the way.
#[derive(Debug)]
pub struct Outcome {
    pub rules: RuleSet,
    pub documents: Vec<Document>,
    pub observations: Vec<Observation>,
    pub findings: Vec<Finding>,
    pub problems: Vec<Problem>,
}

impl Outcome {
    pub fn report(&self) -> report::Report<'_> {
        report::Report {
            documents: &self.documents,
            observations: &self.observations,
            findings: &self.findings,
            problems: &self.problems,
        }
    }
}

/// Runs the whole pipeline. Broken rule files stop it (`Err`); broken articles do not.
pub fn check(opts: &Check) -> Result<Outcome, Vec<Problem>> {
    let mut rules = RuleSet::load(&opts.rules)?;
    for claim in &mut rules.claims {
        if let Some(s) = opts.severity.get(&claim.id) {
            claim.severity = *s;
        }
    }
    let collection = corpus::load(&opts.paths, &opts.manifests);
    let observations = matcher::Matcher::new(&rules).observe_all(&collection.documents);
    let findings = consistency::compare(&rules, &observations);
    Ok(Outcome {
        rules,
        documents: collection.documents,
        observations,
        findings,
        problems: collection.problems,
    })
}
