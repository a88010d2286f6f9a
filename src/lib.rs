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
    /// How many articles were read and scanned.
    pub articles: usize,
    pub observations: Vec<Observation>,
    pub findings: Vec<Finding>,
    pub problems: Vec<Problem>,
}

impl Outcome {
    pub fn report(&self) -> report::Report<'_> {
        report::Report {
            articles: self.articles,
            observations: &self.observations,
            findings: &self.findings,
            problems: &self.problems,
        }
    }
}

/// Told how far a run has got, for a progress bar; the library itself never prints.
pub trait Progress: Sync {
    /// The run starts over this many bytes of input (0 when unknown, as on stdin).
    fn start(&self, _total_bytes: u64) {}
    fn advance(&self, bytes: u64, articles: u64);
    fn finish(&self) {}
}

/// No progress reporting.
pub struct Quiet;

impl Progress for Quiet {
    fn advance(&self, _: u64, _: u64) {}
}

/// Runs the whole pipeline. Broken rule files stop it (`Err`); broken articles do not.
pub fn check(opts: &Check) -> Result<Outcome, Vec<Problem>> {
    check_with(opts, &Quiet)
}

/// [`check`], reporting progress. Articles are streamed in batches and matched in
/// parallel; only articles with observations are kept (for their text in reports).
pub fn check_with(opts: &Check, progress: &dyn Progress) -> Result<Outcome, Vec<Problem>> {
    let rules = load_rules(opts)?;
    let mut problems = Vec::new();
    let files = corpus::article_files(&opts.paths, &mut problems);
    progress.start(
        files
            .iter()
            .filter_map(|f| std::fs::metadata(f).ok())
            .map(|m| m.len())
            .sum(),
    );
    let reader = corpus::Reader::new(files);
    let (observations, articles, mut more) = observe(&rules, reader, &opts.manifests, progress);
    problems.append(&mut more);
    progress.finish();
    let findings = consistency::compare(&rules, &observations);
    Ok(Outcome {
        rules,
        articles,
        observations,
        findings,
        problems,
    })
}

/// The map step: every observation in a stream of articles, for `extract`.
pub fn extract(
    rules: &RuleSet,
    reader: corpus::Reader,
    manifests: &[PathBuf],
    progress: &dyn Progress,
) -> (Vec<Observation>, usize, Vec<Problem>) {
    let (observations, articles, problems) = observe(rules, reader, manifests, progress);
    (observations, articles, problems)
}

/// The reduce step: findings from observations made elsewhere (`check --observations`).
pub fn reduce(opts: &Check, observations: Vec<Observation>) -> Result<Outcome, Vec<Problem>> {
    let rules = load_rules(opts)?;
    let findings = consistency::compare(&rules, &observations);
    let articles = observations
        .iter()
        .map(|o| &o.source.name)
        .collect::<std::collections::BTreeSet<_>>()
        .len();
    Ok(Outcome {
        rules,
        articles,
        observations,
        findings,
        problems: vec![],
    })
}

fn load_rules(opts: &Check) -> Result<RuleSet, Vec<Problem>> {
    let mut rules = RuleSet::load(&opts.rules)?;
    for claim in &mut rules.claims {
        if let Some(s) = opts.severity.get(&claim.id) {
            claim.severity = *s;
        }
    }
    Ok(rules)
}

type Observed = (Vec<Observation>, usize, Vec<Problem>);

/// Reads, matches and normalises every article. Articles are dropped once matched, so
/// memory follows the observations, not the collection.
fn observe(
    rules: &RuleSet,
    reader: corpus::Reader,
    manifests: &[PathBuf],
    progress: &dyn Progress,
) -> Observed {
    use rayon::prelude::*;
    let mut problems = Vec::new();
    let manifests = corpus::Manifests::load(manifests, &mut problems);
    let matcher = matcher::Matcher::new(rules);
    let mut observations = Vec::new();
    let mut articles = 0;
    // Reading runs on its own thread, a batch or two ahead of matching.
    let (send, batches) = std::sync::mpsc::sync_channel(2);
    std::thread::scope(|scope| {
        scope.spawn(move || {
            for batch in reader {
                if send.send(batch).is_err() {
                    break;
                }
            }
        });
        for mut batch in batches {
            problems.append(&mut batch.problems);
            let count = batch.items.len() as u64;
            let results: Vec<(bool, Vec<Problem>, Vec<Observation>)> = batch
                .items
                .into_par_iter()
                .map(|item| {
                    // A record that mentions no story is only checked for being well-formed.
                    if item.raw().is_some_and(|raw| !matcher.may_mention(raw)) {
                        return match item.validate() {
                            None => (true, vec![], vec![]),
                            Some(p) => (false, vec![p], vec![]),
                        };
                    }
                    let (doc, problems) = item.load(&manifests);
                    let obs = doc
                        .as_ref()
                        .map(|d| matcher.observe(0, d))
                        .unwrap_or_default();
                    (doc.is_some(), problems, obs)
                })
                .collect();
            for (read, mut p, mut obs) in results {
                problems.append(&mut p);
                if !read {
                    continue;
                }
                for o in &mut obs {
                    o.source.doc = articles;
                }
                articles += 1;
                observations.append(&mut obs);
            }
            progress.advance(batch.bytes, count);
        }
    });
    (observations, articles, problems)
}
