//! No input a user can give makes claimlint panic: random text through every stage.

use claimlint::corpus::{self, Document};
use claimlint::matcher::Matcher;
use claimlint::rule::RuleSet;
use claimlint::values::{date, modality, number};
use proptest::prelude::*;
use std::sync::LazyLock;

static RULES: LazyLock<RuleSet> = LazyLock::new(|| {
    RuleSet::load(&[concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/rules/huawei-ban.toml"
    )])
    .expect("the rule file compiles")
});
static MATCHER: LazyLock<Matcher<'static>> = LazyLock::new(|| Matcher::new(&RULES));

fn news_like() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "Huawei",
        "blacklisted",
        "last",
        "year",
        "mid",
        "May",
        "May 2019",
        "Feb. 30",
        "2019-02-30",
        "13/45/2019",
        "$",
        "80",
        "billion",
        "more than",
        "130",
        "U.S.",
        "Mr.",
        "\n\n",
        "  ",
        "the",
        "'90s",
        "1990s",
        "fiscal",
        "9999",
        "0000",
        "Wednesday",
        "ago",
        "two",
        "weeks",
        "—",
        "“",
        "”",
        "mid-",
        "early",
        "late",
        "€",
        "%",
        "entity list since",
        "0",
        "-1",
        "..",
        "Q4",
        "first quarter",
        "per cent",
        "no",
        "not",
        "ẞ",
        "日本",
        "+307 December 2019",
        "+++",
        "---",
        "\u{E000}",
        "\u{E001}D0",
        // forms the date grammar reads ahead for, which can end a text
        "the quarter ended",
        "the week to",
        "the previous",
        "end-",
        "0800 GMT",
        "1500",
        "Sundays",
        "Tuesday nights",
        "weeks or",
        "of next year",
        "meets",
        "did not meet",
        "24-hour",
        "ahead",
        "over the years",
        // spans, codes, clocks and spoken days the grammar reads ahead for
        "/",
        "-",
        "Oct",
        "Sept",
        "1986/87",
        "(",
        "1986-1990",
        "Q",
        "H1",
        "FY",
        "FY19",
        "14:30",
        "at",
        "99:99",
        "eighth",
        "twenty-",
        "first of",
        "this coming",
        "the day before",
        "or so ago",
        "consecutive",
        "in",
        "ended",
        "would",
        "is due",
        "'s",
        // holidays, days of the story, parts of periods, decimal counts
        "Christmas",
        "Easter",
        "New Year's",
        "Eve",
        "Labor Day",
        "Martin Luther King Jr.",
        "last",
        "next",
        "the same day",
        "that morning",
        "the morning of",
        "the final months of",
        "later in the day",
        "7.11",
        "3,935,969",
        "month-long",
        "for a while",
        "three quarters of the",
        "May I",
        "May be",
        // halves of decades, fiscal quarters, compounds, British clocks, coordination
        "the last half of the",
        "'80s",
        "21st century",
        "quarter-to-",
        "year-on-year",
        "two thousand",
        "14.30",
        "GMT",
        "21/03/2013",
        "PM.",
        "ahead of",
        "Monday and",
        "nights",
        "three days later",
        "than",
        "year-ago",
        "the first two quarters of",
        "1990",
        "July 31",
        // quantifiers, quarters named by a month, the decade
        "nearly",
        "more than",
        "no more than",
        "up to",
        "at least",
        "around",
        "December quarter",
        "quarter last year",
        "the end of the decade",
        "Earlier",
        "year-ago third quarter",
        // ranges of days, weekdays with dates, counts ahead, halves, clocks' local time
        "March 26 and 27",
        "and",
        "27",
        "15-16 March",
        "Monday, July 22",
        "Feb. 29",
        "local time",
        "will resume in two weeks",
        "half an hour",
        "a couple of",
        "the period from",
        "the month of",
        "every hour",
        "later in the week",
        "housing starts in",
        "the Year of",
        // quarters as units and shares, names after titles, plans and their objects, loose
        // clocks
        "a quarter century",
        "a quarter of an hour",
        "one-quarter",
        "Prime Minister Theresa May",
        "May",
        "bigger-than-expected",
        "want the bill withdrawn by",
        "shortly after noon",
        "were scheduled to end on",
        "Black Monday",
        "long weekend",
        "its fourth",
        "hours from",
        // the story's day past a report, counterfactuals, spans run on, sets of days,
        // attributive parts of days, results due
        "officials said on Saturday",
        "at about 10 p.m.",
        "Friday night",
        "would have begun",
        "funds the government through",
        "later Wednesday and into the",
        "from Monday night through",
        "every Nov. 9",
        "each",
        "by midnight",
        "that evening",
        "next June",
        "a late-night",
        "on Tuesday",
        "reports third-quarter results on",
        "the year-ago quarter",
        "ended March 31",
        // split fiscal years, ranges of months and counts, "or so", bounds, bylines and
        // timestamps, days of every year, ages, seasons with their article
        "fiscal 1985/86 ended",
        "July-December 1986",
        "during the period",
        "two to three weeks",
        "or so",
        "and later",
        "and before were",
        "Thu May 16, 2019",
        "2019-12-01T10:00:00Z",
        "16 May 2019, 14:30",
        "December 14 each year",
        "and November 1 of each year",
        "8-month-old",
        "a dozen years",
        "the first 1986 quarter",
        "at least the past",
        "this past spring",
        "right now",
        "to be reported",
        "GNP in the second quarter could",
        // baselines a month back, lengths after "been" and "comes", the small hours,
        // periods that ended, spans of days and weekdays, dates after an opening phrase
        "from 33.8 billion a month ago",
        "It has been a year since",
        "comes a week after",
        "the wee hours of",
        "The year ended with",
        "from June 1 to",
        "Dec. 28 to Jan. 3",
        "July 1-March 13",
        "Friday through Monday",
        "from Tuesday to",
        "In a speech in July,",
        "In May it said",
    ]);
    prop::collection::vec(words, 0..40).prop_map(|w| w.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn taggers_never_panic(text in news_like(), raw in "\\PC{0,200}") {
        for t in [&text, &raw] {
            let published = chrono::NaiveDate::from_ymd_opt(2019, 10, 10);
            for tag in date::tag(t, published) {
                prop_assert!(tag.span.end <= t.len());
                // an interval never ends before it begins
                if let Some(d) = &tag.date {
                    prop_assert!(d.start <= d.end, "{:?} in {:?}", tag, t);
                }
                prop_assert!(t.is_char_boundary(tag.span.start) && t.is_char_boundary(tag.span.end));
            }
            let _ = date::tag(t, None);
            for q in number::find(t) {
                prop_assert!(q.quantity.lo <= q.quantity.hi);
            }
            let _ = modality::detect(t, t.len() / 3..t.len() / 2);
            let _ = modality::negated_before(t, t.len() / 2);
        }
    }

    #[test]
    fn the_whole_pipeline_never_panics(text in news_like()) {
        let rules = &*RULES;
        let mut problems = Vec::new();
        let doc: Document = corpus::from_text("x.md".into(), text.clone(), &mut problems);
        let obs = MATCHER.observe_all(std::slice::from_ref(&doc));
        for o in &obs {
            prop_assert!(o.span.end <= text.len());
        }
        let _ = claimlint::consistency::compare(rules, &obs);
    }
}
