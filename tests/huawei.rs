//! The Huawei collection: what `claimlint check fixtures/huawei` must show
//! (fixtures/huawei/README.md), held value by value, span by span.

use std::path::PathBuf;

use claimlint::config::Config;
use claimlint::consistency::{Finding, FindingKind};
use claimlint::report::{self, Format, Style};
use claimlint::rule::Severity;
use claimlint::{Check, Outcome};

fn fixture() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/huawei")
}

fn run() -> Outcome {
    let config =
        Config::load(&fixture().join("claimlint.toml")).expect("the fixture's config loads");
    let check = Check {
        paths: config.articles.clone(),
        rules: config.rules.clone(),
        manifests: config.manifests.clone(),
        severity: config.severity.clone(),
        ..Check::default()
    };
    claimlint::check(&check).expect("the rule files compile")
}

fn findings<'o>(o: &'o Outcome, claim: &str) -> Vec<&'o Finding> {
    o.findings.iter().filter(|f| f.claim == claim).collect()
}

/// The byte range of `needle` in an article, found after `context`.
fn span_of(_: &Outcome, file: &str, context: &str, needle: &str) -> std::ops::Range<usize> {
    let text = std::fs::read_to_string(fixture().join(file)).expect("the article is readable");
    let at = text.find(context).expect("the context is in the article");
    let start = at
        + text[at..]
            .find(needle)
            .expect("the needle follows the context");
    start..start + needle.len()
}

fn file_of(o: &Outcome, i: usize) -> &str {
    let name = &o.observations[i].source.name;
    &name[name.len() - 24..]
}

#[test]
fn last_year_is_the_one_outlier_on_the_entity_list_date() {
    let o = run();
    let f = findings(&o, "entity-list-date");
    assert_eq!(f.len(), 1, "one finding: {f:#?}");
    let f = f[0];
    assert_eq!(f.kind, FindingKind::Contradiction);
    assert_eq!(f.severity, Severity::Error);
    let p = &o.observations[f.primary];
    assert_eq!(file_of(&o, f.primary), "001_4e8c10746ce9da87.txt");
    assert_eq!(p.raw, "last year");
    assert_eq!(
        p.span,
        span_of(
            &o,
            "001_4e8c10746ce9da87.txt",
            "blacklisted by the US",
            "last year"
        )
    );
    assert_eq!(p.value.value().expect("resolved").to_string(), "2018");
    let related: Vec<(&str, &str, String)> = f
        .related
        .iter()
        .map(|&i| {
            let r = &o.observations[i];
            (
                file_of(&o, i),
                r.raw.as_str(),
                r.value.value().expect("resolved").to_string(),
            )
        })
        .collect();
    assert_eq!(
        related,
        vec![
            (
                "002_6e0a43555b145349.txt",
                "Earlier this year",
                "2019-01-01..2019-07-09".to_string()
            ),
            (
                "003_e50c0ecff3183813.txt",
                "mid May",
                "2019-05-11..2019-05-20".to_string()
            ),
            (
                "004_77119e96c5a50260.txt",
                "May 2019",
                "May 2019".to_string()
            ),
        ]
    );
    assert_eq!(
        o.observations[f.related[1]].span,
        span_of(
            &o,
            "003_e50c0ecff3183813.txt",
            "Entity List since",
            "mid May"
        )
    );
    let reference = f.reference.as_ref().expect("the reference is attached");
    assert_eq!(reference.value.to_string(), "2019-05-16");
    assert!(
        f.help
            .iter()
            .any(|h| h.starts_with("3 sources say: 2019-05-11..2019-05-20")),
        "{:?}",
        f.help
    );
    // The three that agree are not flagged against each other.
    assert!(
        o.findings
            .iter()
            .all(|g| g.claim != "entity-list-date" || g.primary == f.primary)
    );
}

#[test]
fn licences_move_from_planned_to_none_to_issued_as_shifts() {
    let o = run();
    let f = findings(&o, "licences-for-us-suppliers");
    let steps: Vec<(FindingKind, Severity, &str, String, String)> = f
        .iter()
        .map(|f| {
            let p = &o.observations[f.primary];
            let before = &o.observations[f.related[0]];
            (
                f.kind,
                f.severity,
                file_of(&o, f.primary),
                before.value.value().expect("resolved").to_string(),
                p.value.value().expect("resolved").to_string(),
            )
        })
        .collect();
    assert_eq!(
        steps,
        vec![
            (
                FindingKind::Shift,
                Severity::Note,
                "003_e50c0ecff3183813.txt",
                "planned".into(),
                "none-issued".into()
            ),
            (
                FindingKind::Shift,
                Severity::Note,
                "004_77119e96c5a50260.txt",
                "none-issued".into(),
                "issued".into()
            ),
        ]
    );
    // "Last month ... said it had not issued any licences" speaks for September 2019.
    let none = &o.observations[f[0].primary];
    assert_eq!(none.raw, "not issued any licences");
    assert_eq!(
        none.as_of.as_ref().expect("as of last month").to_string(),
        "September 2019"
    );
    assert_eq!(
        none.span,
        span_of(
            &o,
            "003_e50c0ecff3183813.txt",
            "it had",
            "not issued any licences"
        )
    );
    // The July promise is reported by two articles and they agree.
    let planned: Vec<&str> = f[0].related.iter().map(|&i| file_of(&o, i)).collect();
    assert_eq!(
        planned,
        vec![
            "002_6e0a43555b145349.txt",
            "002_6e0a43555b145349.txt",
            "003_e50c0ecff3183813.txt"
        ]
    );
    assert!(o.observations[f[0].related[0]].modality.future);
}

#[test]
fn ban_not_in_effect_against_banned_in_may_is_reported() {
    let o = run();
    let f = findings(&o, "ban-in-effect");
    assert_eq!(f.len(), 1);
    let f = f[0];
    assert_eq!(
        (f.kind, f.severity),
        (FindingKind::Contradiction, Severity::Warning)
    );
    assert_eq!(file_of(&o, f.primary), "004_77119e96c5a50260.txt");
    assert_eq!(
        o.observations[f.primary]
            .value
            .value()
            .expect("resolved")
            .to_string(),
        "in-effect"
    );
    let other = &o.observations[f.related[0]];
    assert_eq!(file_of(&o, f.related[0]), "003_e50c0ecff3183813.txt");
    assert_eq!(other.raw, "ban has not technically gone into effect");
    assert!(other.modality.negated);
}

#[test]
fn verizon_2017_and_80_billion_disagree_with_the_references() {
    let o = run();
    let v = findings(&o, "carrier-drops-huawei");
    assert_eq!(
        v.len(),
        1,
        "AT&T's early 2018 agrees with January 2018: {v:#?}"
    );
    let v = v[0];
    assert_eq!(
        (v.kind, v.severity),
        (FindingKind::Reference, Severity::Error)
    );
    assert_eq!(v.key.as_deref(), Some("Verizon"));
    let p = &o.observations[v.primary];
    assert_eq!(p.raw, "2017");
    assert_eq!(
        p.span,
        span_of(&o, "000_08cd59d9e37941fb.txt", "Huawei products in", "2017")
    );
    assert_eq!(
        v.reference.as_ref().expect("reference").value.to_string(),
        "January 2018"
    );

    let m = findings(&o, "huawei-component-spending");
    assert_eq!(m.len(), 1);
    let m = m[0];
    assert_eq!(
        (m.kind, m.severity),
        (FindingKind::Reference, Severity::Error)
    );
    let p = &o.observations[m.primary];
    assert_eq!(p.raw, "$80 billion");
    assert_eq!(
        p.span,
        span_of(&o, "001_4e8c10746ce9da87.txt", "Of the", "$80 billion")
    );
    // The $11 billion to US suppliers agrees with its reference.
    assert!(findings(&o, "huawei-us-supplier-spending").is_empty());
    assert!(
        o.observations
            .iter()
            .any(|o| o.claim == "huawei-us-supplier-spending" && o.raw == "$11 billion")
    );
}

#[test]
fn nothing_comes_from_the_recent_posts_furniture() {
    let o = run();
    let file = "003_e50c0ecff3183813.txt";
    let text = std::fs::read_to_string(fixture().join(file)).expect("the article is readable");
    let furniture = text.find("Recent Posts").expect("the block is in the file");
    let doc = claimlint::corpus::from_text(file.into(), text, &mut vec![]);
    assert_eq!(doc.body.end, furniture);
    assert!(
        o.observations
            .iter()
            .filter(|ob| ob.source.name.ends_with(file))
            .all(|ob| ob.span.end <= furniture)
    );
    // "After blacklisting in 2020 and 2021" sits in the furniture and is not a finding.
    assert!(
        o.findings
            .iter()
            .all(|f| o.observations[f.primary].span.end <= furniture
                || !o.observations[f.primary].source.name.ends_with(file))
    );
}

#[test]
fn agreeing_claims_give_no_findings() {
    let o = run();
    for claim in [
        "g20-osaka-date",
        "procurement-bill-date",
        "licence-applications",
        "reprieves-issued",
    ] {
        assert!(findings(&o, claim).is_empty(), "{claim}");
        assert!(
            o.observations.iter().any(|ob| ob.claim == claim),
            "{claim} is observed"
        );
    }
    let g20: Vec<&str> = o
        .observations
        .iter()
        .filter(|ob| ob.claim == "g20-osaka-date")
        .map(|ob| ob.raw.as_str())
        .collect();
    assert_eq!(
        g20,
        vec![
            "late June",
            "two weeks ago",
            "June 29, 2019",
            "June 29, 2019"
        ]
    );
}

#[test]
fn the_human_report_shows_every_finding() {
    let o = run();
    let out = report::render(&o.report(), Format::Human, Style::default());
    let out = out.replace(env!("CARGO_MANIFEST_DIR"), "[root]");
    insta::assert_snapshot!("huawei_human", out);
}

#[test]
fn the_json_report_has_a_stable_shape() {
    let o = run();
    let out = report::render(&o.report(), Format::Json, Style::default());
    let out = out.replace(env!("CARGO_MANIFEST_DIR"), "[root]");
    insta::assert_snapshot!("huawei_json", out);
}
