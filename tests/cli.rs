//! The binary as a user runs it: exit codes, messages on stderr, bad input that does not
//! stop the run.

mod common;

use common::{Scratch, claimlint, root, text};

#[test]
fn check_on_the_huawei_collection_fails_with_findings() {
    let out = claimlint(&["check", "fixtures/huawei"], &root());
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("last year → 2018, published 2019-09-05"),
        "{stdout}"
    );
    assert!(
        stdout.ends_with("3 errors, 1 warning, 2 notes in 5 articles (23 observations)\n"),
        "{stdout}"
    );
    assert!(!stdout.contains("\u{1b}["), "no colour when not a terminal");
    assert!(out.stderr.is_empty(), "{}", text(&out.stderr));
}

#[test]
fn fail_on_sets_the_failing_severity() {
    let never = claimlint(&["check", "fixtures/huawei", "--fail-on", "never"], &root());
    assert_eq!(never.status.code(), Some(0));
    let notes = claimlint(
        &[
            "check",
            "fixtures/huawei",
            "--fail-on",
            "note",
            "--format",
            "json",
        ],
        &root(),
    );
    assert_eq!(notes.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&notes.stdout).expect("JSON output");
    assert_eq!(json["summary"]["findings"]["error"], 3);
}

#[test]
fn a_clean_collection_exits_zero() {
    let dir = Scratch::new("clean");
    dir.write(
        "a.md",
        "---\ndate: 2019-10-10\noutlet: A\n---\nHuawei has been on the US Entity List since mid May.\n",
    );
    dir.write(
        "b.md",
        "---\ndate: 2019-12-07\n---\nThe US banned Huawei's equipment in May 2019.\n",
    );
    let rules = root().join("rules/huawei-ban.toml");
    let out = claimlint(
        &["check", "--rules", rules.to_str().expect("utf-8 path"), "."],
        &dir.0,
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    assert!(
        text(&out.stdout)
            .starts_with("0 errors, 0 warnings, 0 notes in 2 articles (2 observations)")
    );
}

#[test]
fn bad_articles_are_named_and_the_others_still_checked() {
    let dir = Scratch::new("bad-input");
    dir.write(
        "good.txt",
        "Huawei was blacklisted by the US last year following accusations.\n",
    );
    dir.write(
        "latin1.txt",
        b"Huawei was blacklisted by the US in May 2019 \xe9t\xe9.\n",
    );
    dir.write("empty.txt", "");
    dir.write("binary.txt", b"Huawei\x00\x01\x02");
    dir.write("front.md", "+++\noutlet = \"X\npublished = 2019-10-10\n+++\nHuawei was blacklisted by the US last year.\n");
    dir.write("records.jsonl", "{\"text\": \"Huawei was blacklisted by the US in 2017.\", \"published\": \"2019-01-01\"}\n{broken\n");
    dir.write(
        "manifest.toml",
        "[[article]]\nfile = \"good.txt\"\npublished = 2019-09-05\n\n[[article]]\nfile = \"missing.txt\"\npublished = 2019-09-05\n",
    );
    let rules = root().join("rules/huawei-ban.toml");
    let out = claimlint(
        &[
            "check",
            "--rules",
            rules.to_str().expect("utf-8 path"),
            "--manifest",
            "manifest.toml",
            "--format",
            "json",
            ".",
        ],
        &dir.0,
    );
    let stderr = text(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(2),
        "input errors make the run exit 2: {stderr}"
    );
    assert!(
        stderr.contains("binary.txt: binary file (it contains NUL bytes), skipped"),
        "{stderr}"
    );
    assert!(
        stderr.contains("empty.txt: empty article, nothing to check"),
        "{stderr}"
    );
    assert!(
        stderr.contains("latin1.txt: not valid UTF-8 (first bad byte at offset 45)"),
        "{stderr}"
    );
    assert!(stderr.contains("malformed front matter"), "{stderr}");
    assert!(
        stderr.contains("line 2: not a JSON article record"),
        "{stderr}"
    );
    assert!(
        stderr.contains("manifest entry for `missing.txt`, which does not exist"),
        "{stderr}"
    );
    let json: serde_json::Value =
        serde_json::from_slice(&out.stdout).expect("the report is still written");
    // good.txt, latin1.txt, front.md, records.jsonl:1
    assert_eq!(json["summary"]["articles"], 4);
    let files: Vec<String> = json["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| f["primary"]["file"].as_str().unwrap_or("").to_string())
        .collect();
    assert!(
        files.iter().any(|f| f.ends_with("records.jsonl:1")),
        "{files:?}"
    );
    // front.md has no date: its "last year" is unresolved, not guessed.
    let unresolved = json["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .find(|f| f["kind"] == "unresolved")
        .expect("an unresolved finding");
    assert!(
        unresolved["primary"]["file"]
            .as_str()
            .unwrap_or("")
            .ends_with("front.md")
    );
    assert_eq!(unresolved["severity"], "note");
}

#[test]
fn a_missing_article_is_an_input_error() {
    let rules = root().join("rules/huawei-ban.toml");
    let out = claimlint(
        &[
            "check",
            "--rules",
            rules.to_str().expect("utf-8 path"),
            "no-such-dir",
        ],
        &root(),
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("no-such-dir: no such file or directory"));
}

#[test]
fn a_broken_rule_file_exits_two_with_a_pointer_into_it() {
    let dir = Scratch::new("bad-rules");
    let cases: &[(&str, &str)] = &[
        ("[story\nid = \"x\"\n", "invalid rule file"),
        (
            "[story]\nid = \"x\"\nmentions = [\"Huawei\"]\nmentoins = []\n",
            "did you mean `mentions`?",
        ),
        (
            "[story]\nid = \"x\"\nmentions = [\"Huawei\"]\n[[claim]]\nid = \"a-date\"\nvalue = \"date\"\npatterns = [\"Huawei ~ (blacklisted {date}\"]\n",
            "unclosed `(`",
        ),
        (
            "[story]\nid = \"x\"\nmentions = [\"Huawei\"]\n[[claim]]\nid = \"a-date\"\nvalue = \"date\"\npatterns = [\"Huawei ~ {money}\"]\n",
            "a `{money}` slot in a date claim",
        ),
        (
            "[story]\nid = \"x\"\nmentions = [\"Huawei\"]\n[[claim]]\nid = \"a-date\"\nvalue = \"date\"\npatterns = [\"Huawei ~ {date}\"]\n[[claim]]\nid = \"a-date\"\nvalue = \"date\"\npatterns = [\"Huawei ~ {date}\"]\n",
            "duplicate claim id `a-date`",
        ),
    ];
    dir.write("a.txt", "Huawei was blacklisted last year.\n");
    for (i, (rule, expected)) in cases.iter().enumerate() {
        let name = format!("r{i}.toml");
        dir.write(&name, rule);
        let out = claimlint(&["check", "--rules", &name, "a.txt"], &dir.0);
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{rule}: {stderr}");
        assert!(
            stderr.contains(expected),
            "{rule}: expected {expected:?} in {stderr}"
        );
        assert!(
            stderr.contains(&format!("[{name}:")),
            "points into the rule file: {stderr}"
        );
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn usage_errors_exit_two() {
    let out = claimlint(&["check", "--format", "yaml"], &root());
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn rule_examples_pass() {
    let out = claimlint(&["test", "rules/huawei-ban.toml"], &root());
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "19 passed, 0 failed\n");
}

#[test]
fn a_failing_rule_example_points_at_it() {
    let dir = Scratch::new("bad-example");
    dir.write(
        "r.toml",
        "[story]\nid = \"x\"\nmentions = [\"Huawei\"]\n[[claim]]\nid = \"a-date\"\nvalue = \"date\"\npatterns = [\"Huawei ~ blacklisted ~ {date}\"]\n[[claim.example]]\ntext = \"Huawei was blacklisted last year.\"\npublished = 2019-09-05\nexpect = \"2019\"\n",
    );
    let out = claimlint(&["test", "r.toml"], &dir.0);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("example of `a-date` failed: expected 2019, found 2018"),
        "{stderr}"
    );
    assert!(stderr.contains("[r.toml:8:1]"), "{stderr}");
    assert_eq!(text(&out.stdout), "0 passed, 1 failed\n");
}

/// `claimlint dates --published 2019-10-10` on `body`: its JSON lines, after a clean exit.
fn dates_of(scratch: &str, body: &str) -> Vec<serde_json::Value> {
    let dir = Scratch::new(scratch);
    let f = dir.write("t.txt", body);
    let out = claimlint(
        &[
            "dates",
            "--published",
            "2019-10-10",
            f.to_str().expect("utf-8 path"),
        ],
        &root(),
    );
    assert_eq!(out.status.code(), Some(0));
    text(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object a line"))
        .collect()
}

#[test]
fn dates_prints_json_lines_with_byte_offsets() {
    let lines = dates_of(
        "dates",
        "Huawei was blacklisted by the US last year, on the list since mid May.",
    );
    assert_eq!(lines.len(), 2);
    assert_eq!(
        (lines[0]["start"].as_u64(), lines[0]["end"].as_u64()),
        (Some(33), Some(42))
    );
    assert_eq!(lines[0]["value"], "2018");
    assert_eq!(lines[1]["value"], "2019-05");
    assert_eq!(lines[1]["mod"], "MID");
    assert_eq!(lines[1]["interval"]["start"], "2019-05-11");
}

#[test]
fn dates_leave_the_far_end_of_the_past_and_future_open() {
    let lines = dates_of("dates-vague", "Sales rose recently and will rise soon.");
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["value"], "PAST_REF");
    assert!(lines[0]["interval"]["start"].is_null());
    assert_eq!(lines[0]["interval"]["end"], "2019-10-10");
    assert_eq!(lines[1]["value"], "FUTURE_REF");
    assert_eq!(lines[1]["interval"]["start"], "2019-10-10");
    assert!(lines[1]["interval"]["end"].is_null());
}

#[test]
fn dates_print_the_quantifier_as_the_timex3_mod() {
    let lines = dates_of(
        "dates-mod",
        "Talks lasted less than one hour; the ban may last up to 180 days.",
    );
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["text"], "less than one hour");
    assert_eq!(lines[0]["value"], "PT1H");
    assert_eq!(lines[0]["mod"], "LESS_THAN");
    assert_eq!(lines[1]["text"], "up to 180 days");
    assert_eq!(lines[1]["mod"], "EQUAL_OR_LESS");
}
