//! Rule files: the stories and claims worth tracking, written in TOML by journalists.
//! Every error is reported with a span into the rule file.

pub mod facts;
pub mod pattern;

use std::collections::{BTreeMap, HashSet};
use std::fs;
use std::ops::Range;
use std::path::Path;

use regex::Regex;
use serde::{Deserialize, Serialize};
use toml::Spanned;

use crate::problem::Problem;
use crate::values::{self, Value, ValueKind};

pub use pattern::Pattern;

/// How observations of a claim are compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Policy {
    /// One true value: observations that do not overlap contradict.
    #[default]
    Fixed,
    /// The value may change over time: changes between periods are shifts.
    Evolving,
    /// Evolving, and a decrease is a contradiction (a cumulative count).
    Increasing,
    /// Evolving, and an increase is a contradiction.
    Decreasing,
}

/// How serious a finding is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Note,
    Warning,
    #[default]
    Error,
}

impl Severity {
    /// One step less serious, for hedged or future claims.
    pub fn lowered(self) -> Severity {
        match self {
            Severity::Error => Severity::Warning,
            _ => Severity::Note,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Severity::Note => "note",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// All the rules of a run.
#[derive(Debug, Default)]
pub struct RuleSet {
    pub stories: Vec<Story>,
    pub claims: Vec<Claim>,
}

/// One story: the words an article must mention to be scanned for its claims.
#[derive(Debug, Clone)]
pub struct Story {
    pub id: String,
    pub title: Option<String>,
    pub why: Option<String>,
    pub mentions: Vec<String>,
    pub file: String,
    /// Multi-article tests: a few articles and the findings they must give.
    pub tests: Vec<StoryTest>,
}

/// A `[[test]]` in a rule file: articles, and the findings a check of them must give.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StoryTest {
    pub name: String,
    pub articles: Vec<TestArticle>,
    #[serde(default)]
    pub expect: Vec<ExpectedFinding>,
    #[serde(skip)]
    pub span: Range<usize>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TestArticle {
    pub text: String,
    #[serde(default)]
    pub published: Option<crate::corpus::DateField>,
    #[serde(default)]
    pub outlet: Option<String>,
}

/// A finding a test expects: the claim, its kind, its severity, and the index of the
/// article it is reported in.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExpectedFinding {
    pub claim: String,
    pub kind: String,
    #[serde(default)]
    pub severity: Option<String>,
    pub article: usize,
}

/// A compiled claim.
#[derive(Debug, Clone)]
pub struct Claim {
    pub id: String,
    /// Index into `RuleSet::stories`.
    pub story: usize,
    pub title: Option<String>,
    pub why: Option<String>,
    pub kind: ValueKind,
    pub policy: Policy,
    pub severity: Severity,
    pub key: Option<String>,
    pub patterns: Vec<Pattern>,
    /// A raw regex with a `value` group (and optionally `key`) run on the raw sentence.
    pub regexes: Vec<Regex>,
    /// Lowercased alias → canonical key.
    pub aliases: BTreeMap<String, String>,
    /// Choice labels, in the order the rule file gives them.
    pub choices: Vec<String>,
    /// For a choice phrase found under a negation ("did not drop"): the label it means
    /// then. A negated phrase with no entry here is not taken as a claim at all.
    pub negated: BTreeMap<String, String>,
    /// Only firm statements count: hedged ("reportedly") and future ("will") ones are
    /// kept as observations but not compared.
    pub firm_only: bool,
    /// Reference values, by key (`None` for an unkeyed claim).
    pub references: BTreeMap<Option<String>, Reference>,
    pub examples: Vec<Example>,
    /// The rule file and the span of the claim's id in it, for diagnostics.
    pub file: String,
    pub id_span: Range<usize>,
}

/// A value the newsroom has verified.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reference {
    pub raw: String,
    pub value: Value,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// A rule test: a sentence, its publication date, and what the claim must make of it.
#[derive(Debug, Clone)]
pub struct Example {
    pub text: String,
    pub published: Option<chrono::NaiveDate>,
    /// `None` means the example must not match.
    pub expect: Option<String>,
    pub key: Option<String>,
    pub span: Range<usize>,
}

impl RuleSet {
    /// Loads and compiles rule files; every problem in every file is returned at once.
    pub fn load(paths: &[impl AsRef<Path>]) -> Result<RuleSet, Vec<Problem>> {
        let mut set = RuleSet::default();
        let mut problems = Vec::new();
        let mut seen: BTreeMap<String, String> = BTreeMap::new();
        for path in paths {
            let path = path.as_ref();
            let name = path.display().to_string();
            let text = match fs::read_to_string(path) {
                Ok(t) => t,
                Err(e) => {
                    problems
                        .push(Problem::error(format!("cannot read rule file: {e}")).in_file(name));
                    continue;
                }
            };
            if let Err(mut p) = set.add(&name, &text) {
                problems.append(&mut p);
            }
            for claim in &set.claims {
                seen.entry(claim.id.clone())
                    .or_insert_with(|| claim.file.clone());
            }
        }
        if problems.is_empty() {
            Ok(set)
        } else {
            Err(problems)
        }
    }

    /// Compiles one rule file's text into the set.
    pub fn add(&mut self, name: &str, text: &str) -> Result<(), Vec<Problem>> {
        let file: RuleFile =
            toml::from_str(text).map_err(|e| vec![toml_problem(name, text, &e)])?;
        let err = |at: Range<usize>, message: String, label: &str| {
            Problem::error(message).at(name, text, at, label)
        };
        let mut problems = Vec::new();
        let story_id = file.story.id.get_ref().clone();
        if self.stories.iter().any(|s| s.id == story_id) {
            problems.push(err(
                file.story.id.span(),
                format!("story `{story_id}` is defined twice"),
                "second definition",
            ));
        }
        if file.story.mentions.is_empty() {
            problems.push(
                err(file.story.id.span(), format!("story `{story_id}` has no `mentions`"), "this story")
                    .with_help("add `mentions = [\"Huawei\"]`: an article is scanned only when it mentions one of them"),
            );
        }
        let story_idx = self.stories.len();
        self.stories.push(Story {
            id: story_id,
            title: file.story.title,
            why: file.story.why,
            mentions: file.story.mentions,
            file: name.to_string(),
            tests: file
                .tests
                .into_iter()
                .map(|t| {
                    let span = t.span();
                    StoryTest {
                        span,
                        ..t.into_inner()
                    }
                })
                .collect(),
        });
        let mut ids: HashSet<String> = self.claims.iter().map(|c| c.id.clone()).collect();
        for spec in file.claims {
            let id = spec.id.get_ref().clone();
            if !ids.insert(id.clone()) {
                problems.push(
                    err(
                        spec.id.span(),
                        format!("duplicate claim id `{id}`"),
                        "already used",
                    )
                    .with_help("claim ids name one fact each and are unique across all rule files"),
                );
                continue;
            }
            if !is_kebab(&id) {
                problems.push(
                    err(
                        spec.id.span(),
                        format!("claim id `{id}` is not kebab-case"),
                        "here",
                    )
                    .with_help(
                        "name the fact in lowercase words joined by `-`, e.g. `entity-list-date`",
                    ),
                );
            }
            match compile_claim(spec, story_idx, name, text) {
                Ok(claim) => self.claims.push(claim),
                Err(mut p) => problems.append(&mut p),
            }
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems)
        }
    }

    pub fn claim(&self, id: &str) -> Option<&Claim> {
        self.claims.iter().find(|c| c.id == id)
    }
}

impl Claim {
    /// The canonical spelling of a captured key.
    pub fn canonical_key(&self, raw: &str, pattern: &Pattern) -> String {
        let squashed = raw.split_whitespace().collect::<Vec<_>>().join(" ");
        if let Some(canonical) = self.aliases.get(&squashed.to_lowercase()) {
            return canonical.clone();
        }
        pattern
            .key_values
            .iter()
            .find(|k| k.eq_ignore_ascii_case(&squashed))
            .cloned()
            .unwrap_or(squashed)
    }
}

// ---------------------------------------------------------------------------------------
// The schema

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleFile {
    story: StorySpec,
    #[serde(default, rename = "claim")]
    claims: Vec<ClaimSpec>,
    #[serde(default, rename = "test")]
    tests: Vec<Spanned<StoryTest>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct StorySpec {
    id: Spanned<String>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    why: Option<String>,
    #[serde(default)]
    mentions: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ClaimSpec {
    id: Spanned<String>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    why: Option<String>,
    value: ValueKind,
    #[serde(default)]
    policy: Policy,
    #[serde(default)]
    severity: Severity,
    #[serde(default)]
    key: Option<Spanned<String>>,
    #[serde(default)]
    patterns: Vec<Spanned<String>>,
    #[serde(default)]
    regex: Vec<Spanned<String>>,
    #[serde(default)]
    aliases: BTreeMap<String, String>,
    #[serde(default)]
    choices: Option<Spanned<BTreeMap<String, Vec<Spanned<String>>>>>,
    #[serde(default)]
    negated: BTreeMap<String, Spanned<String>>,
    #[serde(default)]
    firm_only: bool,
    #[serde(default)]
    reference: Option<ReferenceSpec>,
    #[serde(default)]
    references: BTreeMap<String, ReferenceSpec>,
    #[serde(default, rename = "example")]
    examples: Vec<Spanned<ExampleSpec>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ReferenceSpec {
    value: Spanned<String>,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    checked_by: Option<String>,
    #[serde(default)]
    checked: Option<crate::corpus::DateField>,
}

/// "Federal Register; checked by Research desk on 2019-05-21": where a reference value
/// comes from and who checked it, as reports show it.
pub(crate) fn source_text(
    source: Option<&str>,
    checked_by: Option<&str>,
    checked: Option<&crate::corpus::DateField>,
) -> Option<String> {
    let by = checked_by.map(|b| format!("checked by {b}"));
    let when = checked.map(|d| format!("on {}", d.text()));
    let checked = [by, when]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    match (source, checked.is_empty()) {
        (Some(s), false) => Some(format!("{s}; {checked}")),
        (Some(s), true) => Some(s.to_string()),
        (None, false) => Some(checked),
        (None, true) => None,
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ExampleSpec {
    text: String,
    #[serde(default)]
    published: Option<crate::corpus::DateField>,
    expect: String,
    #[serde(default)]
    key: Option<String>,
}

fn compile_claim(
    spec: ClaimSpec,
    story: usize,
    name: &str,
    text: &str,
) -> Result<Claim, Vec<Problem>> {
    let mut problems = Vec::new();
    let err = |at: Range<usize>, message: String, label: &str| {
        Problem::error(message).at(name, text, at, label)
    };
    let kind = spec.value;
    let choices_span = spec.choices.as_ref().map_or(0..0, |c| c.span());
    let choice_specs = spec.choices.map(|c| c.into_inner()).unwrap_or_default();
    // Phrases keep their spans for error reporting; the order of labels is the file's.
    let mut choice_list: Vec<(String, Vec<String>)> = Vec::new();
    let mut ordered: Vec<(String, Vec<Spanned<String>>)> = choice_specs.into_iter().collect();
    ordered.sort_by_key(|(_, phrases)| phrases.first().map_or(0, |p| p.span().start));
    for (label, phrases) in &ordered {
        choice_list.push((
            label.clone(),
            phrases.iter().map(|p| p.get_ref().clone()).collect(),
        ));
    }
    if kind == ValueKind::Choice {
        if choice_list.is_empty() {
            problems.push(
                err(spec.id.span(), format!("choice claim `{}` has no `choices`", spec.id.get_ref()), "this claim")
                    .with_help("map each label to the phrases that say it: `choices = { issued = [\"issued licences\"] }`"),
            );
        }
        // Validate each phrase as a pattern on its own.
        for (_, phrases) in &ordered {
            for phrase in phrases {
                let cx = pattern::Context {
                    kind: ValueKind::Text,
                    key: None,
                    choices: &[],
                };
                if let Err(e) = pattern::compile(phrase.get_ref(), &cx) {
                    problems.push(pattern_problem(name, text, phrase, &e));
                }
            }
        }
    } else if !choice_list.is_empty() {
        problems.push(err(
            choices_span,
            format!("`choices` in a {} claim", kind.name()),
            "only choice claims have choices",
        ));
    }
    let mut negated = BTreeMap::new();
    for (from, to) in &spec.negated {
        let labels: Vec<&str> = choice_list.iter().map(|(l, _)| l.as_str()).collect();
        for label in [from.as_str(), to.get_ref().as_str()] {
            if !labels.contains(&label) {
                let mut p = err(
                    to.span(),
                    format!("`{label}` is not one of this claim's choices"),
                    "in `negated`",
                );
                if let Some(near) = pattern::strsim_best(label, &labels) {
                    p = p.with_help(format!("did you mean `{near}`?"));
                }
                problems.push(p);
            }
        }
        negated.insert(from.clone(), to.get_ref().clone());
    }
    let key = spec.key.as_ref().map(|k| k.get_ref().clone());
    let cx = pattern::Context {
        kind,
        key: key.as_deref(),
        choices: &choice_list,
    };
    let mut patterns = Vec::new();
    let sources: Vec<Spanned<String>> =
        if spec.patterns.is_empty() && kind == ValueKind::Choice && spec.regex.is_empty() {
            vec![Spanned::new(spec.id.span(), "{choice}".to_string())]
        } else {
            spec.patterns
        };
    for source in &sources {
        match pattern::compile(source.get_ref(), &cx) {
            Ok(p) => patterns.push(p),
            Err(e) => problems.push(pattern_problem(name, text, source, &e)),
        }
    }
    let mut regexes = Vec::new();
    for source in &spec.regex {
        match Regex::new(&format!("(?i){}", source.get_ref())) {
            Ok(re) if re.capture_names().flatten().any(|n| n == "value") => regexes.push(re),
            Ok(_) => problems.push(
                err(
                    source.span(),
                    "the regex has no `value` group".into(),
                    "here",
                )
                .with_help("name the part that holds the value: `(?P<value>...)`"),
            ),
            Err(e) => problems.push(err(source.span(), format!("invalid regex: {e}"), "here")),
        }
    }
    if patterns.is_empty() && regexes.is_empty() && problems.is_empty() {
        problems.push(
            err(
                spec.id.span(),
                format!("claim `{}` has no patterns", spec.id.get_ref()),
                "this claim",
            )
            .with_help("add `patterns = [\"Huawei ~ blacklisted ~ {date}\"]`"),
        );
    }
    let mut references = BTreeMap::new();
    let mut add_reference = |k: Option<String>, r: &ReferenceSpec, problems: &mut Vec<Problem>| {
        let raw = r.value.get_ref().clone();
        let parsed = if kind == ValueKind::Choice && !choice_list.iter().any(|(l, _)| *l == raw) {
            Err(format!(
                "`{raw}` is not one of this claim's choices ({})",
                choice_list
                    .iter()
                    .map(|(l, _)| l.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ))
        } else {
            values::parse_reference(kind, &raw)
        };
        match parsed {
            Ok(value) => {
                let source = source_text(
                    r.source.as_deref(),
                    r.checked_by.as_deref(),
                    r.checked.as_ref(),
                );
                references.insert(k, Reference { raw, value, source });
            }
            Err(message) => problems.push(err(r.value.span(), message, "reference value")),
        }
    };
    if let Some(r) = &spec.reference {
        add_reference(None, r, &mut problems);
    }
    for (k, r) in &spec.references {
        add_reference(Some(k.clone()), r, &mut problems);
    }
    if !spec.references.is_empty() && key.is_none() {
        problems.push(err(
            spec.id.span(),
            "`references` by key in a claim without `key`".into(),
            "this claim",
        ));
    }
    let mut examples = Vec::new();
    for ex in &spec.examples {
        let span = ex.span();
        let ex = ex.get_ref();
        let published = match &ex.published {
            None => None,
            Some(v) => {
                let raw = v.text();
                match crate::corpus::parse_date(&raw) {
                    Some(d) => Some(d),
                    None => {
                        problems.push(err(
                            span.clone(),
                            format!("example `published = {raw}` is not a date"),
                            "here",
                        ));
                        None
                    }
                }
            }
        };
        examples.push(Example {
            text: ex.text.clone(),
            published,
            expect: (ex.expect != "no match").then(|| ex.expect.clone()),
            key: ex.key.clone(),
            span,
        });
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Claim {
        id: spec.id.get_ref().clone(),
        story,
        title: spec.title,
        why: spec.why,
        kind,
        policy: spec.policy,
        severity: spec.severity,
        key,
        patterns,
        regexes,
        aliases: spec
            .aliases
            .into_iter()
            .map(|(k, v)| (k.to_lowercase(), v))
            .collect(),
        choices: choice_list.into_iter().map(|(l, _)| l).collect(),
        negated,
        firm_only: spec.firm_only,
        references,
        examples,
        file: name.to_string(),
        id_span: spec.id.span(),
    })
}

/// Maps a pattern error's range (inside the pattern) to the rule file.
fn pattern_problem(
    name: &str,
    text: &str,
    source: &Spanned<String>,
    e: &pattern::PatternError,
) -> Problem {
    let span = source.span();
    let literal = &text[span.clone()];
    let quote = literal
        .chars()
        .next()
        .map_or(0, |c| if c == '"' || c == '\'' { 1 } else { 0 });
    let quote = if literal.starts_with("\"\"\"") || literal.starts_with("'''") {
        3
    } else {
        quote
    };
    // When the literal holds the pattern verbatim, point inside it; otherwise at the string.
    let inner = literal
        .get(quote..literal.len().saturating_sub(quote))
        .unwrap_or("");
    let at = if inner == source.get_ref() {
        span.start + quote + e.at.start..span.start + quote + e.at.end
    } else {
        span
    };
    let mut p =
        Problem::error(format!("invalid pattern: {}", e.message)).at(name, text, at, "here");
    if let Some(help) = &e.help {
        p = p.with_help(help.clone());
    }
    p
}

/// A TOML parse or schema error, pointing into the file, with a "did you mean" for unknown keys.
fn toml_problem(name: &str, text: &str, e: &toml::de::Error) -> Problem {
    let span = e.span().unwrap_or(0..0);
    let message = e.message().trim().to_string();
    let mut p = Problem::error(format!("invalid rule file: {}", first_line(&message)))
        .at(name, text, span, "here");
    if let Some(rest) = message.strip_prefix("unknown field `")
        && let Some((field, expected)) = rest.split_once('`')
    {
        let options: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
        p = match pattern::strsim_best(field, &options) {
            Some(near) => p.with_help(format!("did you mean `{near}`?")),
            None => p.with_help(format!("expected one of: {}", options.join(", "))),
        };
    } else if let Some(rest) = message.strip_prefix("unknown variant `")
        && let Some((variant, expected)) = rest.split_once('`')
    {
        let options: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
        p = match pattern::strsim_best(variant, &options) {
            Some(near) => p.with_help(format!("did you mean `{near}`?")),
            None => p.with_help(format!("expected one of: {}", options.join(", "))),
        };
    }
    p
}

fn first_line(s: &str) -> &str {
    s.lines().next().unwrap_or(s)
}

fn is_kebab(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

#[cfg(test)]
mod tests {
    use super::*;

    const STORY: &str = "[story]\nid = \"huawei-us-ban\"\nmentions = [\"Huawei\"]\n";

    fn errors(body: &str) -> Vec<Problem> {
        let text = format!("{STORY}{body}");
        RuleSet::default()
            .add("r.toml", &text)
            .expect_err("the rule file is wrong")
    }

    fn pointed(p: &Problem) -> String {
        let (span, _) = p.span.as_ref().expect("points into the file");
        let src = p.source.as_ref().expect("has the file").inner().clone();
        src[span.offset()..span.offset() + span.len()].to_string()
    }

    #[test]
    fn unknown_key_suggests_the_nearest() {
        let e = errors(
            "[[claim]]\nid = \"x-date\"\nvalue = \"date\"\npaterns = [\"Huawei ~ {date}\"]\n",
        );
        assert_eq!(e.len(), 1);
        assert!(
            e[0].message.contains("unknown field `paterns`"),
            "{}",
            e[0].message
        );
        assert_eq!(e[0].help.as_deref(), Some("did you mean `patterns`?"));
        assert_eq!(pointed(&e[0]), "paterns");
    }

    #[test]
    fn unknown_value_kind_points_at_it() {
        let e = errors(
            "[[claim]]\nid = \"x-date\"\nvalue = \"dat\"\npatterns = [\"Huawei ~ {date}\"]\n",
        );
        assert_eq!(pointed(&e[0]), "\"dat\"");
        assert_eq!(e[0].help.as_deref(), Some("did you mean `date`?"));
    }

    #[test]
    fn bad_pattern_points_inside_the_string() {
        let e = errors(
            "[[claim]]\nid = \"x-date\"\nvalue = \"date\"\npatterns = [\"Huawei ~ {number}\"]\n",
        );
        assert_eq!(pointed(&e[0]), "{number}");
        assert!(e[0].message.contains("a `{number}` slot in a date claim"));
    }

    #[test]
    fn duplicate_claim_id_points_at_the_second() {
        let claim =
            "[[claim]]\nid = \"x-date\"\nvalue = \"date\"\npatterns = [\"Huawei ~ {date}\"]\n";
        let text = format!("{STORY}{claim}{claim}");
        let e = RuleSet::default()
            .add("r.toml", &text)
            .expect_err("duplicate");
        assert_eq!(e.len(), 1);
        let (span, _) = e[0].span.as_ref().expect("span");
        assert!(span.offset() > text.find("x-date").expect("first") + 1);
        assert!(e[0].message.contains("duplicate claim id `x-date`"));
    }

    #[test]
    fn bad_toml_points_at_the_line() {
        let e = errors("[[claim]\nid = \"x\"\n");
        assert!(e[0].message.starts_with("invalid rule file"));
        let (span, _) = e[0].span.as_ref().expect("span");
        assert_eq!(span.offset(), STORY.len() + 7, "{:?}", e[0].message);
    }

    #[test]
    fn reference_must_parse_as_the_claims_kind() {
        let e = errors(
            "[[claim]]\nid = \"x-date\"\nvalue = \"date\"\npatterns = [\"Huawei ~ {date}\"]\nreference = { value = \"last year\" }\n",
        );
        assert_eq!(pointed(&e[0]), "\"last year\"");
    }

    #[test]
    fn compiles_a_keyed_claim_with_aliases() {
        let text = format!(
            "{STORY}[[claim]]\nid = \"carrier-drops-huawei\"\nvalue = \"date\"\nkey = \"carrier\"\npatterns = [\"{{carrier: AT&T | Verizon}} ~ end ~ plans ~ Huawei ~ {{date}}\"]\naliases = {{ \"Verizon Communications\" = \"Verizon\" }}\nreferences = {{ Verizon = {{ value = \"2018-01\" }} }}\n"
        );
        let mut set = RuleSet::default();
        set.add("r.toml", &text).expect("compiles");
        let claim = &set.claims[0];
        assert_eq!(
            claim.canonical_key("verizon communications", &claim.patterns[0]),
            "Verizon"
        );
        assert_eq!(claim.canonical_key("at&t", &claim.patterns[0]), "AT&T");
        assert!(claim.references.contains_key(&Some("Verizon".to_string())));
    }
}
