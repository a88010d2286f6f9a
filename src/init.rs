//! The starter files `claimlint init` writes: a config and an annotated rule file.

/// `claimlint.toml`.
pub const CONFIG: &str = r#"# claimlint configuration. Paths are relative to this file.

# Rule files: one story each.
rules = ["rules/example.toml"]

# Where the articles are: files or folders (.txt, .md, .jsonl), .gitignore respected.
articles = ["."]

# Manifests giving each article's outlet and publication date, when the articles do not
# carry them in front matter.
manifests = []

# Reference values the newsroom has checked, kept apart from the rules.
facts = []

# Accepted findings (written by `claimlint baseline`).
baseline = "claimlint-baseline.json"

# The least severity that fails a run: error, warning, note or never.
fail-on = "error"

# Per-claim severity overrides.
[severity]
# example-date = "warning"
"#;

/// `rules/example.toml`.
pub const RULE: &str = r#"# A rule file describes one story and the facts in it worth tracking.

[story]
id = "example-story"
title = "What the story is about"
# An article is scanned only when it mentions one of these words.
mentions = ["Huawei"]

[[claim]]
# The id names the fact, in kebab-case.
id = "example-date"
title = "When Huawei was put on the US Entity List"
why = "Follow-up stories restate the date as 'last year' or 'earlier this year'."
# date | number | money | percent | choice | text
value = "date"
# fixed: one true value. evolving: may change over time (changes are reported as shifts).
# increasing / decreasing: evolving, and a move the wrong way is an error.
policy = "fixed"
# error | warning | note
severity = "error"
# Words match in any case and their inflections ("blacklist" also matches "blacklisted");
# `~` is a gap inside one sentence; (a | b) is a choice; (word)? is optional;
# {date}, {number}, {money}, {percent} mark where the value is.
patterns = [
  "Huawei ~ (blacklisted | placed on ~ (blacklist | entity list)) ~ {date}",
  "(US)? entity list since {date}",
]
# The value the newsroom has verified: any article that disagrees is an error.
reference = { value = "2019-05-16", source = "Federal Register, 84 FR 22961" }

# Examples are run by `claimlint test`: a sentence, its publication date, and the value
# the claim must find in it (or "no match").
[[claim.example]]
text = "Huawei, which has been on the US Entity List since mid May."
published = 2019-10-10
expect = "2019-05-11..2019-05-20"

[[claim.example]]
text = "Last month Microsoft said the United States should end its blacklisting of Huawei."
published = 2019-10-10
expect = "no match"
"#;

#[cfg(test)]
mod tests {
    #[test]
    fn the_starter_files_are_valid() {
        let mut set = crate::rule::RuleSet::default();
        set.add("rules/example.toml", super::RULE)
            .expect("the starter rule file compiles");
        let results = crate::examples::run(&set, &|_| None);
        assert_eq!((results.passed, results.failed.len()), (2, 0));
        let config: toml::Table =
            toml::from_str(super::CONFIG).expect("the starter config is TOML");
        assert!(config.contains_key("rules"));
    }
}
