//! Rule tests: every `[[claim.example]]` in a rule file is run through the matcher and its
//! value compared with what the example expects. Failures point at the example.

use crate::corpus::{DateOrigin, Document, Meta};
use crate::matcher;
use crate::problem::Problem;
use crate::rule::{Claim, RuleSet};
use crate::values::{self, Value};

/// The result of running a rule set's examples.
#[derive(Debug, Default)]
pub struct Results {
    pub passed: usize,
    pub failed: Vec<Problem>,
}

/// Runs every example of every claim, and every multi-article test of every story.
pub fn run(rules: &RuleSet, sources: &dyn Fn(&str) -> Option<String>) -> Results {
    let mut results = Results::default();
    for (i, story) in rules.stories.iter().enumerate() {
        for test in &story.tests {
            match run_story_test(rules, i, test) {
                Ok(()) => results.passed += 1,
                Err(message) => {
                    let message = format!("test `{}` failed: {message}", test.name);
                    results.failed.push(match sources(&story.file) {
                        Some(text) => Problem::error(message).at(
                            &story.file,
                            &text,
                            test.span.clone(),
                            "this test",
                        ),
                        None => Problem::error(message).in_file(&story.file),
                    });
                }
            }
        }
    }
    for claim in &rules.claims {
        for ex in &claim.examples {
            match run_one(claim, ex) {
                Ok(()) => results.passed += 1,
                Err(message) => {
                    let p = match sources(&claim.file) {
                        Some(text) => {
                            Problem::error(format!("example of `{}` failed: {message}", claim.id))
                                .at(&claim.file, &text, ex.span.clone(), "this example")
                        }
                        None => {
                            Problem::error(format!("example of `{}` failed: {message}", claim.id))
                                .in_file(&claim.file)
                        }
                    };
                    results.failed.push(p);
                }
            }
        }
    }
    results
}

/// Checks a test's articles together and compares the findings with the expected ones.
fn run_story_test(
    rules: &RuleSet,
    story: usize,
    test: &crate::rule::StoryTest,
) -> Result<(), String> {
    let matcher = matcher::Matcher::new(rules);
    let mut observations = Vec::new();
    for (i, a) in test.articles.iter().enumerate() {
        let published = a
            .published
            .as_ref()
            .and_then(|d| crate::corpus::parse_date(&d.text()));
        let mut doc = crate::corpus::from_text_dated(
            format!("article {i}"),
            a.text.clone(),
            published,
            &mut vec![],
        );
        doc.meta.outlet = a.outlet.clone();
        let mut obs = matcher.observe(i, &doc);
        observations.append(&mut obs);
    }
    let findings = crate::consistency::compare(rules, &observations);
    let story_claims: Vec<&str> = rules
        .claims
        .iter()
        .filter(|c| c.story == story)
        .map(|c| c.id.as_str())
        .collect();
    let mut got: Vec<crate::rule::ExpectedFinding> = findings
        .iter()
        .filter(|f| story_claims.contains(&f.claim.as_str()))
        .map(|f| crate::rule::ExpectedFinding {
            claim: f.claim.clone(),
            kind: crate::consistency::kind_name(f.kind).to_string(),
            severity: Some(f.severity.name().to_string()),
            article: observations[f.primary].source.doc,
        })
        .collect();
    got.sort();
    let mut want = test.expect.clone();
    want.sort();
    let matches = got.len() == want.len()
        && got.iter().zip(&want).all(|(g, w)| {
            g.claim == w.claim
                && g.kind == w.kind
                && g.article == w.article
                && (w.severity.is_none() || w.severity == g.severity)
        });
    if matches {
        return Ok(());
    }
    let show = |v: &[crate::rule::ExpectedFinding]| {
        if v.is_empty() {
            return "no findings".to_string();
        }
        v.iter()
            .map(|f| format!("{} {} in article {}", f.claim, f.kind, f.article))
            .collect::<Vec<_>>()
            .join(", ")
    };
    Err(format!("expected {}, found {}", show(&want), show(&got)))
}

fn run_one(claim: &Claim, ex: &crate::rule::Example) -> Result<(), String> {
    let doc = Document {
        name: "example".into(),
        text: ex.text.clone(),
        body: 0..ex.text.len(),
        meta: Meta {
            published: ex.published,
            published_from: if ex.published.is_some() {
                DateOrigin::Manifest
            } else {
                DateOrigin::Unknown
            },
            ..Meta::default()
        },
        suppressions: vec![],
    };
    let found = matcher::scan(0, &doc, &[claim]);
    let Some(expect) = &ex.expect else {
        return match found.first() {
            None => Ok(()),
            Some(o) => Err(format!("expected no match, found `{}`", o.raw)),
        };
    };
    if found.is_empty() {
        return Err(format!("expected {expect}, found no match"));
    }
    let described: Vec<String> = found.iter().map(|o| o.value.shown()).collect();
    let hit = found.iter().any(|o| {
        let key_ok = ex.key.is_none() || o.key == ex.key;
        let value_ok = match (expect.as_str(), o.value.value()) {
            ("unresolved", None) => true,
            (_, Some(v)) => same(v, claim, expect),
            _ => false,
        };
        key_ok && value_ok
    });
    if hit {
        Ok(())
    } else {
        Err(format!("expected {expect}, found {}", described.join(", ")))
    }
}

/// Whether a value is exactly what an example expects (the same interval, not just an overlap).
fn same(v: &Value, claim: &Claim, expect: &str) -> bool {
    let Ok(want) = values::parse_reference(claim.kind, expect) else {
        return false;
    };
    match (v, &want) {
        (Value::Date(a), Value::Date(b)) => a.start == b.start && a.end == b.end,
        (Value::Quantity(a), Value::Quantity(b)) => {
            a.unit == b.unit
                && a.value == b.value
                && a.lo_open == b.lo_open
                && a.hi_open == b.hi_open
                && a.qualifier == b.qualifier
        }
        _ => v == &want,
    }
}
