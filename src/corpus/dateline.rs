//! Datelines: a publication date written in an article's first lines, as scrapes keep them
//! ("SALVADOR, Feb 26 1987 -", "00:07 GMT +307 December 2019").

use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

/// How many non-empty lines at the top of an article may hold its dateline.
const DATELINE_LINES: usize = 3;

/// Finds a full date (day, month and year) in the first lines; returns it with the text it
/// was read from. A day number glued to a preceding time-zone offset ("+307 December",
/// i.e. "+3" then "07") is read as its last two digits.
pub(super) fn find(body: &str) -> Option<(NaiveDate, String)> {
    for line in body
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(DATELINE_LINES)
    {
        let read = |c: regex::Captures<'_>| {
            let whole = c.get(0)?;
            if !heads_a_dateline(&line[..whole.start()]) {
                return None;
            }
            let day = day_of(&c["day"])?;
            Some((
                date(&c["year"], &c["month"], day)?,
                whole.as_str().to_string(),
            ))
        };
        if let Some(found) = DAY_MONTH_YEAR
            .captures(line)
            .and_then(read)
            .or_else(|| MONTH_DAY_YEAR.captures(line).and_then(read))
        {
            return Some(found);
        }
    }
    None
}

/// Whether the words before a date on its line may open a dateline: a place, a time, a
/// weekday, a label ("WASHINGTON,", "00:07 GMT", "Beijing, Tuesday", "Published:", "Updated
/// on"), not a sentence ("Huawei was added to the list on May 15, 2019" names an event, not
/// the day it was written).
fn heads_a_dateline(before: &str) -> bool {
    let words: Vec<&str> = before.split_whitespace().collect();
    words.len() <= 6
        && words.iter().all(|w| {
            let letters = w.trim_matches(|ch: char| !ch.is_alphabetic());
            letters.is_empty()
                || letters.starts_with(char::is_uppercase)
                || matches!(
                    letters.to_lowercase().as_str(),
                    "on" | "at" | "by" | "updated" | "published" | "posted" | "modified" | "last"
                )
        })
}

static MONTHS: &str = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";

static DAY_MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\+?(?P<day>\d{{1,4}})\s+(?P<month>{MONTHS})\.?,?\s+(?P<year>(?:19|20)\d\d)\b"
    ))
    .expect("the dateline grammar is a valid regex")
});

static MONTH_DAY_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b(?P<month>{MONTHS})\.?\s+(?P<day>\d{{1,2}}),?\s+(?P<year>(?:19|20)\d\d)\b"
    ))
    .expect("the dateline grammar is a valid regex")
});

fn day_of(digits: &str) -> Option<u32> {
    let n: u32 = digits.parse().ok()?;
    if (1..=31).contains(&n) {
        return Some(n);
    }
    // "+307": a one-digit offset run into a two-digit day.
    let tail: u32 = digits.get(digits.len().checked_sub(2)?..)?.parse().ok()?;
    (1..=31).contains(&tail).then_some(tail)
}

fn date(year: &str, month: &str, day: u32) -> Option<NaiveDate> {
    let m = match month.to_lowercase().get(..3)? {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    };
    NaiveDate::from_ymd_opt(year.parse().ok()?, m, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_mangled_sputnik_dateline() {
        let (d, raw) = find("00:07 GMT +307 December 2019\nListen Live\n").expect("a dateline");
        assert_eq!(d, NaiveDate::from_ymd_opt(2019, 12, 7).expect("valid"));
        assert_eq!(raw, "+307 December 2019");
    }

    #[test]
    fn reads_month_day_year() {
        let (d, _) =
            find("WASHINGTON, May 16, 2019 - The Commerce Department").expect("a dateline");
        assert_eq!(d, NaiveDate::from_ymd_opt(2019, 5, 16).expect("valid"));
    }

    #[test]
    fn ignores_dates_deep_in_the_article() {
        assert_eq!(
            find("One\n\nTwo\n\nThree\n\nOn May 16, 2019 it happened"),
            None
        );
    }

    #[test]
    fn a_date_in_a_sentence_is_no_dateline() {
        // a lede that names the event's day is not the day the article was written
        assert_eq!(
            find(
                "Huawei was added to the list on May 15, 2019. The following day, Google \
                  suspended its licence."
            ),
            None
        );
        assert_eq!(
            find("Huawei's store is pictured in Shenzhen, China October 30, 2019"),
            None
        );
        // ... but a place, a weekday or a label before it are a dateline's
        for (line, day) in [
            ("Beijing, Tuesday, May 14, 2019 (Xinhua) -- China said", 14),
            ("Published: 15 May 2019 10:32 BST", 15),
            ("Updated on May 16, 2019 at 9:00 a.m.", 16),
            ("by Jane Doe | May 16, 2019", 16),
        ] {
            let (d, _) = find(line).expect(line);
            assert_eq!(
                d,
                NaiveDate::from_ymd_opt(2019, 5, day).expect("valid"),
                "{line}"
            );
        }
    }

    #[test]
    fn refuses_impossible_days() {
        assert_eq!(find("+399 December 2019"), None);
        assert_eq!(find("February 30, 2019"), None);
    }
}
