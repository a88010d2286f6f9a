//! Every rule file in rules/ compiles and its `[[claim.example]]`s pass.

use claimlint::rule::RuleSet;

#[test]
fn every_rule_file_passes_its_examples() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/rules");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("rules/ exists")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    assert!(!files.is_empty());
    for file in files {
        let set = RuleSet::load(std::slice::from_ref(&file))
            .unwrap_or_else(|p| panic!("{} does not compile: {:?}", file.display(), p));
        let results = claimlint::examples::run(&set, &|f| std::fs::read_to_string(f).ok());
        let failures: Vec<String> = results
            .failed
            .iter()
            .map(|p| p.message.to_string())
            .collect();
        assert!(failures.is_empty(), "{}: {failures:#?}", file.display());
        let examples: usize = set.claims.iter().map(|c| c.examples.len()).sum::<usize>()
            + set.stories.iter().map(|s| s.tests.len()).sum::<usize>();
        assert_eq!(results.passed, examples);
        assert!(
            set.claims.iter().all(|c| !c.examples.is_empty()),
            "every claim carries an example"
        );
    }
}
