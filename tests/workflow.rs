//! claimlint in a newsroom's workflow: every output format, SARIF that validates, the CI
//! exit codes (clean, findings, suppressed, baselined, broken config), drafts against an
//! archive, a facts ledger, changed files, and the example workflow and pre-commit hook.

mod common;

use std::fs;
use std::path::PathBuf;
use std::process::Command;

use common::{Scratch, claimlint, root, text};

/// A copy of the Huawei collection in a scratch folder, removed at the end of the test.
struct Collection(Scratch);

impl std::ops::Deref for Collection {
    type Target = PathBuf;
    fn deref(&self) -> &PathBuf {
        &self.0.0
    }
}

impl Collection {
    fn new(name: &str) -> Collection {
        let scratch = Scratch::new(name);
        let dir = scratch.0.clone();
        fs::create_dir_all(dir.join("articles")).expect("scratch folder");
        for entry in fs::read_dir(root().join("fixtures/huawei")).expect("fixture") {
            let path = entry.expect("entry").path();
            if path.extension().is_some_and(|e| e == "txt" || e == "toml")
                && !path.ends_with("claimlint.toml")
            {
                fs::copy(
                    &path,
                    dir.join("articles").join(path.file_name().expect("name")),
                )
                .expect("copy");
            }
        }
        fs::copy(root().join("rules/huawei-ban.toml"), dir.join("rules.toml")).expect("copy rules");
        fs::write(
            dir.join("claimlint.toml"),
            "rules = [\"rules.toml\"]\narticles = [\"articles\"]\nmanifests = [\"articles/manifest.toml\"]\nbaseline = \"claimlint-baseline.json\"\n",
        )
        .expect("config");
        Collection(scratch)
    }
    fn path(&self, rel: &str) -> PathBuf {
        self.0.path(rel)
    }
    /// A JSON file the run wrote.
    fn json(&self, rel: &str) -> serde_json::Value {
        let written = fs::read_to_string(self.path(rel)).expect("written");
        serde_json::from_str(&written).expect("JSON")
    }
    fn edit(&self, rel: &str, from: &str, to: &str) {
        let p = self.path(rel);
        let t = fs::read_to_string(&p).expect("read");
        assert!(t.contains(from), "{from:?} in {rel}");
        fs::write(&p, t.replacen(from, to, 1)).expect("write");
    }
}

#[test]
fn every_format_is_a_view_of_the_same_findings() {
    for (format, name) in [
        ("sarif", "huawei_sarif"),
        ("github", "huawei_github"),
        ("markdown", "huawei_markdown"),
    ] {
        let out = claimlint(&["check", "fixtures/huawei", "--format", format], &root());
        assert_eq!(out.status.code(), Some(1), "{format}");
        let stdout = text(&out.stdout).replace(env!("CARGO_PKG_VERSION"), "[version]");
        insta::assert_snapshot!(name, stdout);
    }
}

/// The SARIF log a run printed, once it validates against the SARIF 2.1.0 schema.
fn valid_sarif(stdout: &[u8]) -> serde_json::Value {
    let schema_path = root().join("../shared/data/sarif/sarif-schema-2.1.0.json");
    let schema: serde_json::Value = serde_json::from_str(
        &fs::read_to_string(&schema_path).expect("the SARIF schema is beside the repository"),
    )
    .expect("the schema is JSON");
    let validator = jsonschema::validator_for(&schema).expect("the schema compiles");
    let sarif: serde_json::Value = serde_json::from_slice(stdout).expect("SARIF is JSON");
    let errors: Vec<String> = validator
        .iter_errors(&sarif)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    sarif
}

#[test]
fn sarif_validates_against_the_schema() {
    let out = claimlint(&["check", "fixtures/huawei", "--format", "sarif"], &root());
    let sarif = valid_sarif(&out.stdout);
    let results = sarif["runs"][0]["results"].as_array().expect("results");
    assert_eq!(results.len(), 6);
    assert_eq!(results[0]["ruleId"], "entity-list-date");
    assert_eq!(results[0]["level"], "error");
    assert_eq!(
        results[0]["locations"][0]["physicalLocation"]["region"]["startLine"],
        17
    );
    assert_eq!(
        results[0]["locations"][0]["physicalLocation"]["region"]["startColumn"],
        34
    );
    assert_eq!(
        results[0]["relatedLocations"]
            .as_array()
            .expect("related")
            .len(),
        3
    );
    assert_eq!(
        results[0]["partialFingerprints"]["claimlint/v1"]
            .as_str()
            .map(str::len),
        Some(16)
    );
    assert_eq!(
        sarif["runs"][0]["tool"]["driver"]["rules"]
            .as_array()
            .expect("rules")
            .len(),
        10
    );
}

#[test]
fn every_format_says_what_a_relative_date_was_counted_from() {
    // Paper A's "The following day" is May 16 because it follows May 15, 2019, not the
    // day after its publication: each report says so, and where
    let s = Scratch::new("counted-from");
    s.write(
        "rule.toml",
        "[story]\nid = \"huawei\"\nmentions = [\"Huawei\"]\n\n[[claim]]\n\
         id = \"google-suspension-date\"\ntitle = \"When Google suspended Huawei's licence\"\n\
         value = \"date\"\npatterns = [\"{date} ~ Google suspended\"]\n",
    );
    s.write(
        "a.md",
        "+++\ndate = 2019-10-10\noutlet = \"Paper A\"\n+++\n\
         Huawei was added to the list on May 15, 2019.\n\
         The following day, Google suspended its licence to Huawei.\n",
    );
    for name in ["b.md", "c.md"] {
        s.write(
            name,
            "+++\ndate = 2019-10-12\n+++\nOn May 19, Google suspended its licence to Huawei.\n",
        );
    }
    let run = |format: &str| {
        let out = claimlint(
            &[
                "check",
                "--rules",
                "rule.toml",
                "--format",
                format,
                "a.md",
                "b.md",
                "c.md",
            ],
            &s.0,
        );
        assert_eq!(
            out.status.code(),
            Some(1),
            "{format}: {}",
            text(&out.stderr)
        );
        out.stdout
    };
    let human = text(&run("human"));
    assert!(
        human.contains("The following day → 2019-05-16, counted from \"May 15, 2019\" on line 5"),
        "{human}"
    );
    let github = text(&run("github"));
    assert!(
        github.starts_with("::error file=a.md,line=6,col=1,")
            && github
                .contains("%0A\"The following day\" is counted from \"May 15, 2019\" on line 5%0A"),
        "{github}"
    );
    let markdown = text(&run("markdown"));
    assert!(
        markdown.contains(
            "“**The following day**, Google suspended its licence to Huawei.” (counted from \"May 15, 2019\" on line 5)"
        ),
        "{markdown}"
    );
    let sarif = valid_sarif(&run("sarif"));
    let related = sarif["runs"][0]["results"][0]["relatedLocations"]
        .as_array()
        .expect("related locations");
    let from = related.last().expect("the date counted from");
    assert_eq!(from["id"], 3);
    assert_eq!(
        from["message"]["text"],
        "\"The following day\" is counted from \"May 15, 2019\" on line 5"
    );
    let region = &from["physicalLocation"]["region"];
    assert_eq!(from["physicalLocation"]["artifactLocation"]["uri"], "a.md");
    assert_eq!(
        (
            &region["startLine"],
            &region["startColumn"],
            &region["endColumn"]
        ),
        (&5.into(), &33.into(), &45.into())
    );
    let out = claimlint(
        &[
            "explain",
            "google-suspension-date",
            "--rules",
            "rule.toml",
            "a.md",
            "b.md",
            "c.md",
        ],
        &s.0,
    );
    let explained = text(&out.stdout);
    assert!(
        explained.contains(
            "Paper A: 2019-05-16 — \"The following day\", counted from \"May 15, 2019\" on line 5\n"
        ),
        "{explained}"
    );
    // (in a JSON Lines collection a record's lines are not the file's: no line is given)
    s.write(
        "col.jsonl",
        "{\"published\": \"2019-10-10\", \"outlet\": \"Paper A\", \"text\": \"Huawei was added to the list on May 15, 2019.\\nThe following day, Google suspended its licence to Huawei.\"}\n\
         {\"published\": \"2019-10-12\", \"text\": \"On May 19, Google suspended its licence to Huawei.\"}\n\
         {\"published\": \"2019-10-12\", \"text\": \"On May 19, Google suspended its licence to Huawei.\"}\n",
    );
    let out = claimlint(&["check", "--rules", "rule.toml", "col.jsonl"], &s.0);
    let human = text(&out.stdout);
    assert!(
        human.contains("The following day → 2019-05-16, counted from \"May 15, 2019\"\n"),
        "{human}"
    );
    let json: serde_json::Value = serde_json::from_slice(&run("json")).expect("JSON");
    let a = &json["findings"][0]["primary"];
    assert_eq!(a["file"], "a.md");
    assert_eq!(
        a["counted_from"],
        serde_json::json!({"span": {"start": 77, "end": 89}, "text": "May 15, 2019", "line": 5, "column": 33})
    );
}

#[test]
fn output_files_are_written_besides_stdout() {
    let c = Collection::new("outputs");
    let args = [
        "check",
        "--format",
        "json",
        "-o",
        "sarif=out/r.sarif",
        "-o",
        "markdown=summary.md",
    ];
    let out = claimlint(&args, &c);
    assert_eq!(
        out.status.code(),
        Some(2),
        "the folder out/ does not exist: {}",
        text(&out.stderr)
    );
    assert!(text(&out.stderr).contains("cannot write out/r.sarif"));
    fs::create_dir_all(c.path("out")).expect("mkdir");
    let out = claimlint(&args, &c);
    assert_eq!(out.status.code(), Some(1));
    let sarif = c.json("out/r.sarif");
    assert_eq!(sarif["version"], "2.1.0");
    assert!(
        fs::read_to_string(c.path("summary.md"))
            .expect("written")
            .starts_with("## claimlint")
    );
    assert!(
        fs::read_dir(c.path("out")).expect("out").all(|e| !e
            .expect("e")
            .file_name()
            .to_string_lossy()
            .contains(".tmp"))
    );
}

#[test]
fn a_disable_comment_suppresses_the_finding_in_its_article() {
    let c = Collection::new("suppressed");
    let before = claimlint(&["check", "--fail-on", "error"], &c);
    assert_eq!(before.status.code(), Some(1));
    c.edit(
        "articles/001_4e8c10746ce9da87.txt",
        "Huawei was blacklisted",
        "<!-- claimlint-disable-next-line entity-list-date -->\nHuawei was blacklisted",
    );
    c.edit(
        "articles/000_08cd59d9e37941fb.txt",
        "Reports:",
        "<!-- claimlint-disable carrier-drops-huawei -->\nReports:",
    );
    c.edit(
        "articles/001_4e8c10746ce9da87.txt",
        "Of the $80 billion",
        "<!-- claimlint-disable-next-line -->\nOf the $80 billion",
    );
    let after = claimlint(&["check", "--fail-on", "error"], &c);
    assert_eq!(after.status.code(), Some(0), "{}", text(&after.stdout));
    assert!(
        text(&after.stdout).contains("; 3 suppressed in the articles"),
        "{}",
        text(&after.stdout)
    );
}

#[test]
fn a_baselined_finding_stops_failing_and_returns_when_its_sentence_changes() {
    let c = Collection::new("baselined");
    let record = claimlint(
        &["baseline", "--reason", "reviewed by the desk, 2019 archive"],
        &c,
    );
    assert_eq!(record.status.code(), Some(0), "{}", text(&record.stderr));
    assert!(
        text(&record.stdout).contains("6 findings added, 6 in all"),
        "{}",
        text(&record.stdout)
    );
    let baseline = c.json("claimlint-baseline.json");
    assert_eq!(
        baseline["findings"][0]["reason"],
        "reviewed by the desk, 2019 archive"
    );

    let clean = claimlint(&["check"], &c);
    assert_eq!(clean.status.code(), Some(0), "{}", text(&clean.stdout));
    assert!(text(&clean.stdout).contains("6 accepted in the baseline"));

    // Moving the sentence keeps it accepted; changing its words brings it back.
    c.edit(
        "articles/001_4e8c10746ce9da87.txt",
        "Huawei was blacklisted",
        "\n\nHuawei was blacklisted",
    );
    assert_eq!(claimlint(&["check"], &c).status.code(), Some(0));
    c.edit(
        "articles/001_4e8c10746ce9da87.txt",
        "by the US last year",
        "by the United States last year",
    );
    let back = claimlint(&["check", "--format", "json"], &c);
    assert_eq!(back.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&back.stdout).expect("JSON");
    assert_eq!(json["findings"].as_array().expect("findings").len(), 1);
    assert_eq!(json["findings"][0]["claim"], "entity-list-date");
    assert_eq!(json["summary"]["baselined"], 5);

    // Recording again keeps the earlier entries and their reasons.
    let again = claimlint(&["baseline"], &c);
    assert!(
        text(&again.stdout)
            .contains("1 findings added, 7 in all; 1 entries match no current finding"),
        "{}",
        text(&again.stdout)
    );
    let baseline = c.json("claimlint-baseline.json");
    assert_eq!(
        baseline["findings"][0]["reason"],
        "reviewed by the desk, 2019 archive"
    );
}

#[test]
fn a_broken_config_exits_two_pointing_into_it() {
    let c = Collection::new("broken-config");
    fs::write(
        c.path("claimlint.toml"),
        "rules = [\"rules.toml\"]\nartcles = [\"articles\"]\n",
    )
    .expect("write");
    let out = claimlint(&["check"], &c);
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("unknown field `artcles`"), "{stderr}");
    assert!(stderr.contains("did you mean `articles`?"), "{stderr}");
    assert!(stderr.contains("claimlint.toml:2:1"), "{stderr}");
}

#[test]
fn a_draft_is_checked_against_the_archive_and_findings_are_reported_only_in_it() {
    let c = Collection::new("against");
    fs::create_dir_all(c.path("drafts")).expect("mkdir");
    fs::write(
        c.path("drafts/follow-up.md"),
        "# Follow-up\n\nHuawei was placed on the entity list in 2018, officials said.\n\nVerizon Communications also put an end to plans to sell Huawei products in January 2018.\n",
    )
    .expect("draft");
    let out = claimlint(
        &[
            "check",
            "--format",
            "json",
            "--against",
            "articles",
            "drafts/follow-up.md",
        ],
        &c,
    );
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let findings = json["findings"].as_array().expect("findings");
    assert_eq!(
        findings.len(),
        1,
        "only the draft's own finding: {findings:#?}"
    );
    assert_eq!(findings[0]["claim"], "entity-list-date");
    assert_eq!(findings[0]["primary"]["file"], "drafts/follow-up.md");
    assert_eq!(findings[0]["primary"]["text"], "2018");
    let archive: Vec<&str> = findings[0]["related"]
        .as_array()
        .expect("related")
        .iter()
        .filter_map(|r| r["file"].as_str())
        .collect();
    assert!(
        archive.iter().all(|f| f.starts_with("articles/")),
        "{archive:?}"
    );
    assert!(
        text(&out.stderr)
            .contains("drafts/follow-up.md: no publication date; checked as if published today")
    );
}

#[test]
fn a_facts_ledger_adds_reference_values_and_its_errors_point_into_it() {
    let c = Collection::new("facts");
    fs::write(
        c.path("facts.toml"),
        "[[fact]]\nclaim = \"huawei-us-supplier-spending\"\nvalue = \"$15 billion\"\nsource = \"company filing\"\nchecked_by = \"Research desk\"\nchecked = 2019-11-18\n",
    )
    .expect("facts");
    let out = claimlint(&["check", "--format", "json", "--facts", "facts.toml"], &c);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let f = json["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .find(|f| f["claim"] == "huawei-us-supplier-spending")
        .expect("$11 billion disagrees with the ledger's $15 billion, which replaces the rule file's reference");
    assert_eq!(f["kind"], "reference");
    assert_eq!(f["severity"], "error");
    assert_eq!(
        f["help"][0],
        "reference: $15 billion (company filing; checked by Research desk on 2019-11-18)"
    );

    fs::write(
        c.path("facts.toml"),
        "[[fact]]\nclaim = \"reprieve-issued\"\nvalue = \"3\"\n",
    )
    .expect("facts");
    let out = claimlint(&["check", "--facts", "facts.toml"], &c);
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("no claim `reprieve-issued`")
            && stderr.contains("did you mean `reprieves-issued`?"),
        "{stderr}"
    );
    assert!(stderr.contains("facts.toml:2:9"), "{stderr}");
}

#[test]
fn changed_since_keeps_findings_that_involve_changed_articles() {
    let c = Collection::new("changed");
    let git = |args: &[&str]| {
        let out = Command::new("git")
            .args(args)
            .current_dir(&*c)
            .env("GIT_AUTHOR_NAME", "t")
            .env("GIT_AUTHOR_EMAIL", "t@example.org")
            .env("GIT_COMMITTER_NAME", "t")
            .env("GIT_COMMITTER_EMAIL", "t@example.org")
            .output()
            .expect("git runs");
        assert!(out.status.success(), "git {args:?}: {}", text(&out.stderr));
    };
    git(&["init", "-q"]);
    git(&["add", "."]);
    git(&["commit", "-qm", "collection"]);
    c.edit(
        "articles/000_08cd59d9e37941fb.txt",
        "Best Buy",
        "Best Buy, the retailer,",
    );
    let out = claimlint(
        &["check", "--format", "json", "--changed-since", "HEAD"],
        &c,
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let claims: Vec<&str> = json["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter_map(|f| f["claim"].as_str())
        .collect();
    assert_eq!(
        claims,
        vec!["carrier-drops-huawei"],
        "only the changed article's finding"
    );
    let out = claimlint(&["check", "--changed-since", "no-such-rev"], &c);
    assert_eq!(out.status.code(), Some(2));
    // the same with the list of changed files a CI gives
    let out = claimlint(
        &[
            "check",
            "--format",
            "json",
            "--changed",
            "articles/000_08cd59d9e37941fb.txt",
        ],
        &c,
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let claims: Vec<&str> = json["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter_map(|f| f["claim"].as_str())
        .collect();
    assert_eq!(claims, vec!["carrier-drops-huawei"]);
}

#[test]
fn rules_explain_and_init_serve_rule_authors_and_editors() {
    let out = claimlint(&["rules", "rules/huawei-ban.toml"], &root());
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stdout).contains("entity-list-date"));
    let out = claimlint(
        &["explain", "licences-for-us-suppliers", "fixtures/huawei"],
        &root(),
    );
    let stdout = text(&out.stdout);
    let planned = stdout.find("planned").expect("the July promise");
    let none = stdout.find("none-issued").expect("September's none issued");
    let issued = stdout.rfind(": issued").expect("December's licences");
    assert!(planned < none && none < issued, "time order: {stdout}");
    let out = claimlint(&["explain", "entity-list-dat", "fixtures/huawei"], &root());
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("did you mean `entity-list-date`?"));

    let c = Collection::new("init");
    let out = claimlint(&["init", "new"], &c);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let before = fs::read_to_string(c.path("new/claimlint.toml")).expect("written");
    fs::write(c.path("new/claimlint.toml"), format!("{before}\n# mine\n")).expect("edit");
    let again = claimlint(&["init", "new"], &c);
    assert_eq!(again.status.code(), Some(2));
    assert!(
        fs::read_to_string(c.path("new/claimlint.toml"))
            .expect("kept")
            .ends_with("# mine\n"),
        "never overwritten"
    );
    assert_eq!(
        text(&claimlint(&["test"], &c.path("new")).stdout),
        "2 passed, 0 failed\n"
    );
}

#[test]
fn the_example_workflow_and_pre_commit_hook_run_as_written() {
    let workflow = fs::read_to_string(root().join("examples/github/claimlint.yml"))
        .expect("the example workflow");
    let step = workflow
        .split("- name: Check the collection")
        .nth(1)
        .expect("the check step");
    let command = step
        .lines()
        .find_map(|l| l.trim().strip_prefix("run: "))
        .expect("its command");
    let args: Vec<&str> = command.split_whitespace().collect();
    assert_eq!(args[0], "claimlint");
    let c = Collection::new("workflow");
    fs::create_dir_all(c.path("fixtures")).expect("mkdir");
    let out = Command::new(env!("CARGO_BIN_EXE_claimlint"))
        .args(&args[1..])
        .current_dir(root())
        .env("NO_COLOR", "1")
        .output()
        .expect("runs");
    assert_eq!(
        out.status.code(),
        Some(1),
        "the example collection has errors"
    );
    assert!(
        text(&out.stdout)
            .starts_with("::error file=fixtures/huawei/001_4e8c10746ce9da87.txt,line=17,col=34")
    );
    for file in ["claimlint.sarif", "claimlint-summary.md"] {
        assert!(root().join(file).exists(), "{file}");
        fs::remove_file(root().join(file)).expect("clean up");
    }

    let hooks =
        fs::read_to_string(root().join(".pre-commit-hooks.yaml")).expect("the hook definition");
    let entry = hooks
        .lines()
        .find_map(|l| l.trim().strip_prefix("entry: "))
        .expect("its entry");
    let mut args: Vec<String> = entry
        .split_whitespace()
        .skip(1)
        .map(str::to_string)
        .collect();
    c.edit(
        "articles/001_4e8c10746ce9da87.txt",
        "Huawei was blacklisted",
        "Huawei was blacklisted",
    );
    args.push("articles/001_4e8c10746ce9da87.txt".into());
    let out = claimlint(&args.iter().map(String::as_str).collect::<Vec<_>>(), &c);
    assert_eq!(
        out.status.code(),
        Some(1),
        "a staged article with an error stops the commit"
    );
    args.pop();
    args.push("articles/002_6e0a43555b145349.txt".into());
    let out = claimlint(&args.iter().map(String::as_str).collect::<Vec<_>>(), &c);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
}

#[test]
fn config_globs_choose_the_articles_and_excludes_leave_some_out() {
    let c = Collection::new("globs");
    fs::write(
        c.path("claimlint.toml"),
        "rules = [\"rules.toml\"]\narticles = [\"articles/00*.txt\"]\nexclude = [\"articles/004_*\"]\nmanifests = [\"articles/manifest.toml\"]\n",
    )
    .expect("config");
    fs::write(
        c.path("articles/notes.txt"),
        "Huawei was blacklisted by the US in 2015.\n",
    )
    .expect("write");
    let out = claimlint(&["check", "--format", "json"], &c);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(
        json["summary"]["articles"], 4,
        "000-003: the glob leaves notes.txt out, the exclude 004"
    );
    let files: Vec<&str> = json["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter_map(|f| f["primary"]["file"].as_str())
        .collect();
    assert!(
        files
            .iter()
            .all(|f| !f.contains("004_") && !f.contains("notes.txt")),
        "{files:?}"
    );
    fs::write(
        c.path("claimlint.toml"),
        "rules = [\"rules.toml\"]\narticles = [\"articles/*.md\"]\n",
    )
    .expect("config");
    let out = claimlint(&["check"], &c);
    assert!(
        text(&out.stderr).contains("matches no article"),
        "{}",
        text(&out.stderr)
    );
}
