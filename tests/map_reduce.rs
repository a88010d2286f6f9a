//! `extract` (the map) then `check --observations` (the reduce) gives the findings a direct
//! `check` gives.

use std::path::PathBuf;
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn run(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_claimlint"))
        .args(args)
        .current_dir(root())
        .env("NO_COLOR", "1")
        .output()
        .expect("the binary runs")
}

/// The findings of a JSON report.
fn findings(json: &[u8]) -> serde_json::Value {
    let mut v: serde_json::Value = serde_json::from_slice(json).expect("a JSON report");
    v["findings"].take()
}

#[test]
fn extract_then_reduce_gives_the_same_findings_as_check() {
    let rules = "rules/huawei-ban.toml";
    let direct = run(&["check", "fixtures/huawei", "--format", "json"]);
    assert_eq!(direct.status.code(), Some(1));

    let map = run(&[
        "extract",
        "fixtures/huawei",
        "--rules",
        rules,
        "--manifest",
        "fixtures/huawei/manifest.toml",
    ]);
    assert_eq!(
        map.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&map.stderr)
    );
    let lines = String::from_utf8(map.stdout).expect("UTF-8");
    assert_eq!(lines.lines().count(), 23, "one observation a line");
    let dir = root().join("target/test-scratch/map-reduce");
    std::fs::create_dir_all(&dir).expect("scratch folder");
    let file = dir.join("observations.jsonl");
    std::fs::write(&file, &lines).expect("write observations");

    let reduce = run(&[
        "check",
        "--rules",
        rules,
        "--observations",
        file.to_str().expect("UTF-8 path"),
        "--format",
        "json",
    ]);
    assert_eq!(reduce.status.code(), Some(1));
    assert_eq!(findings(&reduce.stdout), findings(&direct.stdout));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn extract_reads_json_lines_on_stdin_and_names_records_by_id() {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimlint"))
        .args(["extract", "--rules", "rules/huawei-ban.toml"])
        .current_dir(root())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(b"{\"id\": \"a-1\", \"published\": \"2019-09-05\", \"text\": \"Huawei was blacklisted by the US last year.\"}\n{\"id\": \"a-2\", \"text\": \"Nothing here.\"}\n")
        .expect("write");
    let out = child.wait_with_output().expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let obs: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("an observation"))
        .collect();
    assert_eq!(obs.len(), 1);
    assert_eq!(obs[0]["source"]["name"], "a-1");
    assert_eq!(obs[0]["claim"], "entity-list-date");
    assert_eq!(obs[0]["value"]["resolved"]["timex"], "2018");
}
