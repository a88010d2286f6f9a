//! claimlint checks a collection of news articles for factual claims that disagree.
//!
//! ```text
//! corpus::load ─▶ Document ─▶ Matcher::observe ─▶ Observation ─▶ consistency::compare ─▶ Finding ─▶ report::render
//!                        rule::RuleSet::load ─┘        (values normalise every slot)
//! ```
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod baseline;
pub mod cli;
pub mod config;
pub mod consistency;
pub mod corpus;
pub mod examples;
pub mod init;
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
    /// Accepted findings, left out of the result.
    pub baseline: Option<baseline::Baseline>,
    /// Drafts (`check --against ARCHIVE DRAFT`): only findings reported on them are kept,
    /// and a draft with no publication date is taken as published `today`.
    pub drafts: Vec<PathBuf>,
    pub today: Option<chrono::NaiveDate>,
    /// Reference values kept apart from the rules (`facts.toml`).
    pub facts: Vec<PathBuf>,
    /// Files left out when folders are walked.
    pub exclude: corpus::Exclude,
}

/// The result of a check: the findings, and the problems met on the way.
#[derive(Debug)]
pub struct Outcome {
    pub rules: RuleSet,
    /// The claims as reports describe them.
    pub claims: Vec<report::ClaimInfo>,
    /// Findings left out because a comment in their article suppresses them, or because
    /// the baseline accepts them.
    pub suppressed: usize,
    pub baselined: usize,
    /// How many articles were read and scanned.
    pub articles: usize,
    pub observations: Vec<Observation>,
    pub findings: Vec<Finding>,
    pub problems: Vec<Problem>,
}

impl Outcome {
    /// Keeps only the findings that involve one of `files` (canonical paths), as the
    /// primary article or as one it is compared with: `check --changed-since`.
    pub fn only_involving(&mut self, files: &[PathBuf]) {
        let changed: std::collections::HashSet<&PathBuf> = files.iter().collect();
        let touches = |i: usize| {
            let name = &self.observations[i].source.name;
            let file = match name.rsplit_once(':') {
                Some((f, line)) if f.ends_with(".jsonl") && line.parse::<usize>().is_ok() => f,
                _ => name.as_str(),
            };
            std::path::Path::new(file)
                .canonicalize()
                .is_ok_and(|p| changed.contains(&p))
        };
        self.findings
            .retain(|f| touches(f.primary) || f.related.iter().any(|&r| touches(r)));
    }

    pub fn report(&self) -> report::Report<'_> {
        report::Report {
            articles: self.articles,
            claims: &self.claims,
            suppressed: self.suppressed,
            baselined: self.baselined,
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
    let mut paths = opts.paths.clone();
    paths.extend(opts.drafts.iter().cloned());
    let mut files = corpus::article_files_except(&paths, &opts.exclude, &mut problems);
    // A draft inside the archive folder (`--against .`) is read once.
    let mut seen = std::collections::HashSet::new();
    files.retain(|f| seen.insert(f.canonicalize().unwrap_or_else(|_| f.clone())));
    let drafts = Drafts::new(opts);
    progress.start(
        files
            .iter()
            .filter_map(|f| std::fs::metadata(f).ok())
            .map(|m| m.len())
            .sum(),
    );
    let reader = corpus::Reader::new(files);
    let (observations, articles, mut more) =
        observe(&rules, reader, &opts.manifests, &drafts, progress);
    problems.append(&mut more);
    progress.finish();
    Ok(conclude(
        rules,
        opts,
        &drafts,
        observations,
        articles,
        problems,
    ))
}

/// The map step: every observation in a stream of articles, for `extract`.
pub fn extract(
    rules: &RuleSet,
    reader: corpus::Reader,
    manifests: &[PathBuf],
    progress: &dyn Progress,
) -> (Vec<Observation>, usize, Vec<Problem>) {
    let (observations, articles, problems) =
        observe(rules, reader, manifests, &Drafts::default(), progress);
    (observations, articles, problems)
}

/// The reduce step: findings from observations made elsewhere (`check --observations`).
pub fn reduce(opts: &Check, observations: Vec<Observation>) -> Result<Outcome, Vec<Problem>> {
    let rules = load_rules(opts)?;
    let articles = observations
        .iter()
        .map(|o| &o.source.name)
        .collect::<std::collections::BTreeSet<_>>()
        .len();
    Ok(conclude(
        rules,
        opts,
        &Drafts::default(),
        observations,
        articles,
        vec![],
    ))
}

/// Compares the observations and keeps the findings to report: the end of `check` and of
/// the reduce step alike.
fn conclude(
    rules: RuleSet,
    opts: &Check,
    drafts: &Drafts,
    observations: Vec<Observation>,
    articles: usize,
    problems: Vec<Problem>,
) -> Outcome {
    let findings = consistency::compare(&rules, &observations);
    let (findings, suppressed, baselined) = keep(findings, &observations, opts, drafts);
    Outcome {
        suppressed,
        baselined,
        claims: claim_info(&rules),
        rules,
        articles,
        observations,
        findings,
        problems,
    }
}

fn claim_info(rules: &RuleSet) -> Vec<report::ClaimInfo> {
    rules
        .claims
        .iter()
        .map(|c| report::ClaimInfo {
            id: c.id.clone(),
            title: c.title.clone(),
            why: c.why.clone(),
            severity: c.severity,
            file: c.file.clone(),
        })
        .collect()
}

/// The findings to report: those on drafts when there are drafts, less those a comment in
/// the article suppresses and those the baseline accepts (counted).
fn keep(
    findings: Vec<Finding>,
    observations: &[Observation],
    opts: &Check,
    drafts: &Drafts,
) -> (Vec<Finding>, usize, usize) {
    let (mut suppressed, mut baselined) = (0, 0);
    let kept = findings
        .into_iter()
        .filter(|f| drafts.is_empty() || drafts.contains(&observations[f.primary].source.name))
        .filter(|f| {
            let s = observations[f.primary].suppressed;
            suppressed += s as usize;
            !s
        })
        .filter(|f| {
            let b = opts
                .baseline
                .as_ref()
                .is_some_and(|b| b.accepts(&f.fingerprint));
            baselined += b as usize;
            !b
        })
        .collect();
    (kept, suppressed, baselined)
}

/// The drafts of a pre-publication check, by canonical path.
#[derive(Default)]
struct Drafts {
    names: std::collections::HashSet<PathBuf>,
    today: Option<chrono::NaiveDate>,
}

impl Drafts {
    fn new(opts: &Check) -> Drafts {
        Drafts {
            names: corpus::article_files(&opts.drafts, &mut Vec::new())
                .iter()
                .filter_map(|f| f.canonicalize().ok())
                .collect(),
            today: opts.today,
        }
    }

    fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    fn contains(&self, name: &str) -> bool {
        std::path::Path::new(name)
            .canonicalize()
            .is_ok_and(|p| self.names.contains(&p))
    }

    /// A draft with no publication date is taken as published today, and says so.
    fn date(&self, doc: &mut corpus::Document, problems: &mut Vec<Problem>) {
        // No drafts, or a dated one: nothing to do (and no file-system call per article).
        if self.is_empty() || doc.meta.published.is_some() || !self.contains(&doc.name) {
            return;
        }
        let Some(today) = self.today else { return };
        doc.meta.published = Some(today);
        doc.meta.published_from = corpus::DateOrigin::Assumed;
        problems.push(
            Problem::warning(format!(
                "no publication date; checked as if published today ({today})"
            ))
            .in_file(&doc.name),
        );
    }
}

fn load_rules(opts: &Check) -> Result<RuleSet, Vec<Problem>> {
    let mut rules = RuleSet::load(&opts.rules)?;
    for facts in &opts.facts {
        rules.add_facts(facts)?;
    }
    for claim in &mut rules.claims {
        if let Some(s) = opts.severity.get(&claim.id) {
            claim.severity = *s;
        }
    }
    Ok(rules)
}

type Observed = (Vec<Observation>, usize, Vec<Problem>);

/// What one batch of input gave: its observations numbered by article within the batch.
struct Batch {
    index: usize,
    problems: Vec<Problem>,
    observations: Vec<Observation>,
    articles: usize,
}

/// Reads, matches and normalises every article. Articles are dropped once matched, so
/// memory follows the observations, not the collection.
fn observe(
    rules: &RuleSet,
    reader: corpus::Reader,
    manifests: &[PathBuf],
    drafts: &Drafts,
    progress: &dyn Progress,
) -> Observed {
    use rayon::prelude::*;
    let mut problems = Vec::new();
    let manifests = corpus::Manifests::load(manifests, &mut problems);
    let matcher = matcher::Matcher::new(rules);
    // Reading runs on its own thread, a batch or two ahead of matching. Batches are
    // matched as workers free up (a worker that finishes its part of one batch starts on
    // the next instead of waiting for the other), then put back in reading order.
    let (send, batches) = std::sync::mpsc::sync_channel(2);
    type Matched = (bool, Vec<Problem>, Vec<Observation>);
    let done: std::sync::Mutex<Vec<Batch>> = Default::default();
    std::thread::scope(|scope| {
        scope.spawn(move || {
            for batch in reader {
                if send.send(batch).is_err() {
                    break;
                }
            }
        });
        batches
            .into_iter()
            .enumerate()
            .par_bridge()
            .for_each(|(index, batch)| {
                let count = batch.items.len() as u64;
                let results: Vec<Matched> = batch
                    .items
                    .into_par_iter()
                    .map(|item| {
                        // A record that mentions no story is only checked for being
                        // well-formed.
                        if item.raw().is_some_and(|raw| !matcher.may_mention(raw)) {
                            return match item.validate() {
                                None => (true, vec![], vec![]),
                                Some(p) => (false, vec![p], vec![]),
                            };
                        }
                        let (mut doc, mut problems) = item.load(&manifests);
                        if let Some(d) = doc.as_mut() {
                            drafts.date(d, &mut problems);
                        }
                        let obs = doc
                            .as_ref()
                            .map(|d| matcher.observe(0, d))
                            .unwrap_or_default();
                        (doc.is_some(), problems, obs)
                    })
                    .collect();
                // Folded at once: a batch keeps its observations, not a row per article.
                let mut matched = Batch {
                    index,
                    problems: batch.problems,
                    observations: Vec::new(),
                    articles: 0,
                };
                for (read, mut p, mut obs) in results {
                    matched.problems.append(&mut p);
                    if !read {
                        continue;
                    }
                    for o in &mut obs {
                        o.source.doc = matched.articles;
                    }
                    matched.articles += 1;
                    matched.observations.append(&mut obs);
                }
                progress.advance(batch.bytes, count);
                done.lock()
                    .expect("no worker panics while holding the results")
                    .push(matched);
            });
    });
    let mut done = done.into_inner().expect("the workers are done");
    done.sort_unstable_by_key(|b| b.index);
    let mut observations = Vec::new();
    let mut articles = 0;
    for mut batch in done {
        problems.append(&mut batch.problems);
        for o in &mut batch.observations {
            o.source.doc += articles;
        }
        articles += batch.articles;
        observations.append(&mut batch.observations);
    }
    (observations, articles, problems)
}
