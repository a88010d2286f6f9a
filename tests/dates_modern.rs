//! The date tagger on sentences in the style of 2013 news (`fixtures/dates/modern-news.tsv`),
//! a second set beside TimeBank: every expression the file names must be tagged with its
//! value, and a sentence with none must have no tag.

use chrono::NaiveDate;
use claimlint::values::date::tag;

const TABLE: &str = include_str!("../fixtures/dates/modern-news.tsv");

#[test]
fn tags_every_expression_of_the_modern_sentences_with_its_value() {
    let mut wrong = Vec::new();
    let mut checked = 0;
    for line in TABLE
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let mut fields = line.split('\t');
        let (Some(published), Some(text)) = (fields.next(), fields.next()) else {
            panic!("a row is published <TAB> sentence <TAB> gold: {line:?}");
        };
        let gold = fields.next().unwrap_or("");
        let anchor = NaiveDate::parse_from_str(published, "%Y-%m-%d").expect("a date");
        let tags = tag(text, Some(anchor));
        if gold.is_empty() {
            checked += 1;
            if !tags.is_empty() {
                wrong.push(format!("{text:?}: nothing to tag, got {tags:?}"));
            }
            continue;
        }
        for pair in gold.split(';') {
            let (phrase, value) = pair.split_once('=').expect("phrase=value");
            let at = text.find(phrase).expect("the phrase is in the sentence");
            let span = at..at + phrase.len();
            checked += 1;
            let got: Vec<&str> = tags
                .iter()
                .filter(|t| t.span.start < span.end && span.start < t.span.end)
                .map(|t| t.value.as_str())
                .collect();
            if !got.contains(&value) {
                wrong.push(format!("{text:?}: {phrase:?} is {value}, got {got:?}"));
            }
        }
    }
    assert!(checked >= 125, "the table has its rows ({checked})");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
