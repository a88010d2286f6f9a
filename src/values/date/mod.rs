//! Temporal expressions: recognise them in text and normalise each to a TIMEX3 value and a
//! closed date interval, resolving relative ones ("last year", "mid May") against an anchor.

use std::fmt;
use std::ops::Range;

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use super::number::{Qual, currency_word, qualifier_at, qualifier_before};
use super::tokens::{Kind, Tok, tokenize};
use serde::{Deserialize, Serialize};

mod anaphor;
mod calendar;
mod clock;
mod feasts;
mod grammar;
mod periods;
mod quote;
mod relative;
mod resolve;
mod tense;
#[cfg(test)]
mod tests;

use anaphor::*;
use calendar::*;
use clock::*;
use grammar::*;
use periods::*;
use quote::*;
use relative::*;
use resolve::*;
use tense::*;

/// TIMEX3 types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexKind {
    Date,
    Time,
    Duration,
    Set,
}

/// How fine a date is: what unit its interval spans.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Granularity {
    Day,
    Week,
    Month,
    Season,
    Quarter,
    Half,
    Year,
    Decade,
    Century,
    /// A reference to the past, present or future with no fixed bounds.
    Vague,
}

/// TIMEX3 `mod` values that claimlint produces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Modifier {
    Start,
    Mid,
    End,
    Approx,
    LessThan,
    MoreThan,
    EqualOrLess,
    EqualOrMore,
    OnOrAfter,
    OnOrBefore,
}

impl Modifier {
    pub fn timex(self) -> &'static str {
        match self {
            Modifier::Start => "START",
            Modifier::Mid => "MID",
            Modifier::End => "END",
            Modifier::Approx => "APPROX",
            Modifier::LessThan => "LESS_THAN",
            Modifier::MoreThan => "MORE_THAN",
            Modifier::EqualOrLess => "EQUAL_OR_LESS",
            Modifier::EqualOrMore => "EQUAL_OR_MORE",
            Modifier::OnOrAfter => "ON_OR_AFTER",
            Modifier::OnOrBefore => "ON_OR_BEFORE",
        }
    }
}

/// A normalised date: a TIMEX3 value and the closed interval of days it covers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateValue {
    pub timex: String,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub granularity: Granularity,
    #[serde(default, skip_serializing_if = "Option::is_none", rename = "mod")]
    pub modifier: Option<Modifier>,
}

impl DateValue {
    pub fn overlaps(&self, other: &DateValue) -> bool {
        self.start <= other.end && other.start <= self.end
    }

    /// Whether this is a span from one date to another, written `start..end` (the
    /// days "the same period" names after "between November 1 and March 31", or a range
    /// in a rule file), rather than one unit of the calendar.
    pub fn is_span(&self) -> bool {
        self.timex.contains("..")
    }

    /// The days from `start` to `end` as one span, written `start..end` (see
    /// [`DateValue::is_span`]).
    fn days(start: NaiveDate, end: NaiveDate) -> Self {
        DateValue::whole(format!("{start}..{end}"), (start, end), Granularity::Day)
    }

    /// These days moved on by `lengths` times their own length, then by `years` years:
    /// "the same period a year ago" (0, -1), "the previous period" (-1, 0).
    fn days_moved(&self, lengths: i32, years: i64) -> Option<Self> {
        let length = self.end - self.start + Duration::days(1);
        let moved =
            |d: NaiveDate| shift(d.checked_add_signed(length * lengths)?, Unit::Year, years);
        Some(DateValue::days(moved(self.start)?, moved(self.end)?))
    }

    /// This week moved on by `weeks` weeks and `years` years, when its days are its own
    /// ("the week ended March 6", February 28 to March 6): those days moved, named by the
    /// calendar's week that holds the last of them. `None` for a week of the calendar's,
    /// Monday to Sunday, or any other date.
    fn own_week_moved(&self, weeks: i32, years: i32) -> Option<Self> {
        if self.granularity != Granularity::Week
            || self.start.weekday() == Weekday::Mon
            || self.end - self.start != Duration::days(6)
        {
            return None;
        }
        let moved = self.days_moved(weeks, years.into())?;
        let mut week = unit_at(moved.end, Unit::Week, 0)?;
        (week.start, week.end) = (moved.start, moved.end);
        Some(week)
    }

    /// This date moved on by `years` years, whatever its unit, named as such a date is: a
    /// span of days, a year of days of its own ([`DateValue::years_moved`]), a quarter or
    /// half by its fiscal number, else the calendar's unit that holds its first day so
    /// moved.
    fn years_later(&self, years: i32) -> Option<Self> {
        if years == 0 {
            return Some(self.clone());
        }
        let unit = match self.granularity {
            _ if self.is_span() => return self.days_moved(0, years.into()),
            Granularity::Year if self.timex.len() == 4 => return self.years_moved(years),
            Granularity::Day => Unit::Day,
            Granularity::Month => Unit::Month,
            Granularity::Quarter => Unit::Quarter,
            Granularity::Half => Unit::Half,
            _ => return None,
        };
        // (a fiscal quarter or half keeps its days; a calendar unit is the calendar's, moved)
        let per_year = match unit {
            Unit::Quarter => 4,
            Unit::Half => 2,
            _ => 0,
        };
        if per_year > 0
            && let Some(moved) = resolve::fiscal_part_moved(self, per_year * years, false)
        {
            return Some(moved);
        }
        unit_at(shift(self.start, Unit::Year, years.into())?, unit, 0)
    }

    /// This year moved on by `years` years, its days and its name: the fiscal year before
    /// "February 1986 to January 1987", named 1986, is February 1985 to January 1986, named
    /// 1985.
    fn years_moved(&self, years: i32) -> Option<Self> {
        let y = self.timex.parse::<i32>().ok()?;
        let moved = |d: NaiveDate| shift(d, Unit::Year, i64::from(years));
        Some(DateValue::whole(
            format!("{:04}", y + years),
            (
                moved(self.start)?,
                close_moved(self.end, Unit::Year, years.into())?,
            ),
            Granularity::Year,
        ))
    }

    /// The day halfway through: what "a year earlier" or "that year" counts from, so that
    /// a fiscal quarter from Dec. 31 to March 30 is read as the first quarter.
    fn middle(&self) -> NaiveDate {
        self.start + (self.end - self.start) / 2
    }

    /// For a fiscal year whose months are not the calendar year it is named for ("fiscal
    /// 1987" from March 1986 to February 1987), a day in the middle of that named year: a
    /// year counted from it counts by the name ("the prior year" after "fiscal 1987, ended
    /// Feb 28" is 1986, after Japan's "fiscal 1986, ended last March" 1985).
    fn named_year(&self) -> Option<NaiveDate> {
        let y = self.timex.parse::<i32>().ok()?;
        (self.granularity == Granularity::Year && self.timex.len() == 4 && y != self.start.year())
            .then(|| ymd(y, 7, 1))?
    }

    /// One day, its own value.
    fn day(date: NaiveDate) -> Self {
        DateValue::whole(date.to_string(), (date, date), Granularity::Day)
    }

    /// Month `m` of year `y`: `2019-05`.
    fn month(y: i32, m: u32) -> Option<Self> {
        Some(DateValue::whole(
            format!("{y:04}-{m:02}"),
            month_bounds(y, m)?,
            Granularity::Month,
        ))
    }

    fn whole(
        timex: String,
        (start, end): (NaiveDate, NaiveDate),
        granularity: Granularity,
    ) -> Self {
        DateValue {
            timex,
            start,
            end,
            granularity,
            modifier: None,
        }
    }
}

impl fmt::Display for DateValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (start, end) = (self.start, self.end);
        let whole_month = month_bounds(start.year(), start.month()) == Some((start, end));
        let whole_year = year_bounds(start.year()) == (start, end);
        if start == end {
            write!(f, "{start}")
        } else if whole_month {
            write!(f, "{}", start.format("%B %Y"))
        } else if whole_year {
            write!(f, "{}", start.year())
        } else if self.granularity == Granularity::Vague {
            f.write_str(&self.timex)
        } else if end == NaiveDate::MAX {
            write!(f, "{} or later", self.timex)
        } else if start == NaiveDate::MIN {
            write!(f, "{} or earlier", self.timex)
        } else if (start.month(), start.day(), end.month(), end.day()) == (1, 1, 12, 31) {
            // whole years: "2002..2006"
            write!(f, "{}..{}", start.year(), end.year())
        } else {
            write!(f, "{start}..{end}")
        }
    }
}

/// One temporal expression found in a text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Timex {
    /// Byte range in the text that was tagged.
    pub span: Range<usize>,
    #[serde(rename = "type")]
    pub kind: TimexKind,
    /// TIMEX3 value, e.g. `2019-05`, `2019-W20`, `PAST_REF`, `P3Y`; `XXXX`-style when
    /// the expression is relative and there was nothing to resolve it against.
    pub value: String,
    #[serde(rename = "mod", skip_serializing_if = "Option::is_none")]
    pub modifier: Option<Modifier>,
    /// The interval covered, for dates that could be resolved.
    pub date: Option<DateValue>,
    /// Whether the expression needed an anchor (publication date) to be resolved.
    pub relative: bool,
    /// Where the text named the date this one was counted from, when that was not the
    /// publication: "May 15, 2019" for "the following day".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub counted_from: Option<Range<usize>>,
}

impl Timex {
    /// Gives the tag another date, with that date's value.
    fn redate(&mut self, date: DateValue) {
        self.value = date.timex.clone();
        self.date = Some(date);
    }

    /// A clock (`2013-03-18T22:00`) moved to `day`, its clock kept; anything else as it was.
    fn move_clock_to(&mut self, day: NaiveDate) {
        if self.value.len() > 10 && self.value.as_bytes()[10] == b'T' {
            self.value = format!("{day}{}", &self.value[10..]);
            self.date = Some(DateValue::day(day));
        }
    }

    /// Whether this names a day, or a part of one ("Friday night", `2024-03-15TNI`), rather
    /// than a clock on it.
    fn names_day(&self) -> bool {
        self.kind == TimexKind::Date || self.part().is_some()
    }

    /// The part of a day this names, as TIMEX3 writes it after the day: `NI` for "Friday
    /// night".
    fn part(&self) -> Option<&str> {
        let (_, part) = self.value.split_once('T')?;
        (self.kind == TimexKind::Time
            && !part.is_empty()
            && part.bytes().all(|b| b.is_ascii_uppercase()))
        .then_some(part)
    }

    /// The same day, part of a day or clock, `days` later (earlier when negative).
    fn moved(&self, days: i64) -> Timex {
        let Some(date) = self.date.as_ref().map(|d| d.start + Duration::days(days)) else {
            return self.clone();
        };
        let mut moved = Timex::day(self.span.clone(), date, self.relative);
        // (a part of the day or a clock stays on the day: "2024-03-15TNI", "…T18:00")
        if self.kind == TimexKind::Time && self.value.as_bytes().get(10) == Some(&b'T') {
            moved.kind = TimexKind::Time;
            moved.value = format!("{date}{}", &self.value[10..]);
        }
        moved.modifier = self.modifier;
        moved
    }

    /// A date tagged at `span` whose TIMEX3 value is its interval's.
    fn dated(span: Range<usize>, date: DateValue, relative: bool) -> Self {
        Timex {
            span,
            kind: TimexKind::Date,
            value: date.timex.clone(),
            modifier: None,
            date: Some(date),
            relative,
            counted_from: None,
        }
    }

    /// A day of the calendar tagged at `span`.
    fn day(span: Range<usize>, date: NaiveDate, relative: bool) -> Self {
        Timex::dated(span, DateValue::day(date), relative)
    }
}

/// Finds and normalises every temporal expression in `text`; relative expressions are
/// resolved against `anchor` (an article's publication date) when there is one.
pub fn tag(text: &str, anchor: Option<NaiveDate>) -> Vec<Timex> {
    tag_tokens(&tokenize(text), anchor)
}

/// [`tag`] over tokens already made (the matcher tokenizes a sentence once for all the
/// value grammars).
pub(crate) fn tag_tokens(tokens: &[Tok<'_>], anchor: Option<NaiveDate>) -> Vec<Timex> {
    let mut out = Vec::new();
    // The last date the text itself named: "the quarter", "a year earlier" refer to it.
    let mut reference: Option<Told> = None;
    // The last day it named, and the last week: "the previous day", "the previous week" go
    // back to them past a coarser date named since ("arrested on Friday night ... in the
    // run-up to last year's vote ... seized the town the previous day"; a weekly report's
    // "the prior week" is the one before the week it reports, not before "the marketing
    // year, which begins September 1").
    let mut named_day: Option<Told> = None;
    // (the last one on or before the publication)
    let mut past_day: Option<Told> = None;
    let mut named_week: Option<Told> = None;
    let mut named_month: Option<Told> = None;
    // The days the last date the text named closes or opens as a period ("between November
    // 1 and March 31"), named at the same place as it: what "the same period" names.
    // (and whether both its days were written, not a length and the day that closes it)
    let mut named_period: Option<(Told, bool)> = None;
    // The calendar year so far a tag spans ("year-to-date", "so far this year"), and the
    // token its words end at: what a year counted back later in its sentence compares with.
    let mut year_so_far_at: Option<(DateValue, usize)> = None;
    // (and where it ended)
    let mut reference_at: Option<usize> = None;
    // A quarter other than the story's, told in a sentence that looks ahead ("For the
    // second quarter, the company expects revenue of $28 billion"), with the reference
    // before it and where it was told: what a later sentence that does not look ahead
    // counts from instead ("Data center revenue rose 427% from the year-earlier quarter" is
    // the reported quarter's a year back)
    let mut guidance: Option<(Option<Told>, usize)> = None;
    // Where "last year" dates the part counted back right before it ("the first quarter
    // last year"): it is no date later words lean on, as the part is not
    let mut year_of_part_at: Option<usize> = None;
    // (where an expression that leans on the reference, "the month", last counted from it:
    // it names the reference again)
    let mut echoed_at: Option<usize> = None;
    // (and "the year" that leaned on a date of another period, with the token after it: "in
    // qtr of 309,000 dlrs ... and for the year of 309,000 dlrs vs 1,559,000 dlrs a year
    // ago" counts that year back, not the quarter)
    let mut year_echo: Option<(usize, Told)> = None;
    // The last year that named an event, "the 2012 U.S. Open", and the token after it: no
    // reference, but what "that year", "that summer" point back to when named after the
    // reference.
    let mut event_year: Option<(usize, Told)> = None;
    // The last quarter it named: "the quarter" goes back to it past a year named since
    // ("expects record earnings in 1990 ... loans were $6.6 million in the quarter").
    let mut quarter: Option<StoryQuarter> = None;
    // The last half the text gave days of its own ("the first half year ending April 30"):
    // the half of that number named again alone, the other half of its year, and either
    // counted back ("the prior year's first half").
    let mut half_told: Option<Told> = None;
    // What the text tells of the company's fiscal year, and the month it ends in, when it
    // names one.
    let year_told = fiscal_year_told(tokens);
    let fiscal_end = year_told.end();
    // The year of the month that closes a span of months, where the span set it.
    let mut span_end: Option<(usize, i32)> = None;
    // Where the closing weekday of a span must start, the opening one's place in `out`, and
    // the tense the opening one took: "from Tuesday to Thursday".
    let mut weekday_span: Option<(usize, usize, Tense)> = None;
    // The day each weekday named alone last stood for, Monday first.
    let mut weekdays_told: [Option<NaiveDate>; 7] = [None; 7];
    // The day the last expression named, the token after it and the part of the day it
    // named if any: "Thursday at 3 p.m.", "March 21, 2013, 10:23 a.m.", "tomorrow morning
    // at 9 a.m." put the clock on that day.
    let mut last_day: Option<ToldDay> = None;
    // The same, past the days of reports: "slammed into China on Saturday morning, officials
    // said on Sunday. The storm made landfall at 1:45 a.m." is Saturday's.
    let mut story_day: Option<ToldDay> = None;
    // The last week the text named, as a day is kept: its Monday ("He said last week that
    // he would decide by Tuesday").
    let mut last_week: Option<ToldDay> = None;
    // The last day still to come the text named, and the token after it: a schedule
    // ("notes on Monday, followed by bonds Tuesday") goes on from it.
    let mut coming_day: Option<(usize, NaiveDate)> = None;
    // The tense the last date took from its clause, and the token after it: a date listed
    // after it takes the same ("scheduled for October 5/7 and December 14/16").
    let mut listed: Option<(usize, Tense)> = None;
    // The first day of the last month named alone (no day, no year), and the token after
    // it: a month listed after it and later in the calendar is the next such month (see
    // `months_in_order`).
    let mut last_month: Option<(usize, NaiveDate)> = None;
    // Where the day that closes a period named just before begins ("the quarter ended
    // Sept. 30"): what follows refers to the period, not to its last day.
    let mut closing_day: Option<usize> = None;
    // Where a day after a clock and its twin in parentheses begins, and where the clock
    // does: the day reads in the clause before the clock ("is set for 3:30 p.m. EDT (1930
    // GMT) on Tuesday").
    let mut aside_day: Option<(usize, usize)> = None;
    // The last expression, when it was a clock. A clock told after it in the same sentence
    // goes on from it ("open at 7 a.m. on Thursday and close at 10 p.m.", "from 10 p.m.
    // Friday to 6 a.m.").
    let mut last_clock: Option<LastClock> = None;
    // The dates counted back by a qualified number, with the count: "about 20 years ago",
    // "more than a decade ago" (their places in `out`, widened at the end).
    let mut counted_back: Vec<(usize, Unit, i64)> = Vec::new();
    // The quarters named by their number alone, in the text's order: their places in
    // `out`, their numbers and, for one named with the day that closes it, where that day
    // is (the story's fiscal quarter, which those named before it are; see the end).
    let mut numbered: Vec<(usize, u32, Option<usize>)> = Vec::new();
    // The halves named by their number, with the year when "fiscal" names one ("the second
    // half of fiscal 1987"), and the first quarter or half closed on a day of its own (the
    // fiscal part those named before it are counted in; see the end).
    let mut halves: Vec<(usize, u32, Option<i32>)> = Vec::new();
    let mut first_closed: Option<usize> = None;
    // When the last date named is the day of a report ("said on Tuesday", "reported
    // Tuesday"), the date named before it: the period a report's figures are compared
    // with is theirs, not the report's ("third-quarter revenue of $69.1 billion on Tuesday,
    // up 6 percent from a year earlier").
    let mut before_report: Option<(Option<Told>, Option<usize>)> = None;
    // When the last date named dates the figure a change is measured from ("up from 271,000
    // dlrs in 1985"), where it ends and the date named before it: past the sentence, the
    // story's date is that one again ("Revenues for the year were 30.7 mln dlrs").
    let mut baseline_of: Option<(usize, Option<Told>, Option<usize>)> = None;
    // Where the days of reports tagged so far begin, in the text's order: "officials said
    // on Saturday" dates the telling, not the story's events.
    let mut report_days: Vec<usize> = Vec::new();
    // The token after the last set of weekdays, months or days of the year ("every
    // Tuesday", "every June 15"), whose quantifier a day or month listed right after it
    // shares ("and Thursday", "and December 15").
    let mut set_after: Option<usize> = None;
    // Whether the text writes the day first in its dates of figures (see `day_first`),
    // read at the first such date (most texts have none)
    let mut writes_day_first: Option<bool> = None;
    // The last holiday named with no year of its own, the token after it and its place in
    // `out`: a day it "falls on" ("Thanksgiving falls on Nov. 28 this year", "Thanksgiving
    // Day (Nov. 28)") dates it, and it the day.
    let mut last_holiday: Option<(usize, usize, Expr)> = None;
    // The token after the last expression a habit made none in particular: one joined to
    // it by "and" in the same sentence is a habit's too (see `habit_goes_on`).
    let mut habit_end: Option<usize> = None;
    // The tense the last expression told in the past or the future took, and the token
    // after it: a participle in a clause opened right after it takes it (see
    // `participle_clause`).
    let mut clause_tense: Option<(usize, Tense)> = None;
    let mut i = 0;
    while i < tokens.len() {
        match parse_at(tokens, i) {
            // "the 5th century BC", "1500 B.C.": before the era whose years the calendar
            // counts, left untagged rather than dated in ours; and "Saturday Night Live",
            // a show's name
            Some((end, _))
                if before_christ(tokens, end)
                    || names_show(tokens, i, end)
                    || names_paper(tokens, i, end)
                    || names_title(tokens, i, end) =>
            {
                i = end
            }
            Some((mut end, mut expr)) => {
                // "12/03/2013" in a text that wrote "21/03/2013" is 12 March
                if let Some((a, b)) = figures_date(tokens, i)
                    && *writes_day_first.get_or_insert_with(|| day_first(tokens))
                    && let Core::Cal {
                        month: Some(m),
                        day: Some(d),
                        ..
                    } = &mut expr.core
                    && (*m, *d) == (a, b)
                {
                    (*m, *d) = (b, a);
                }
                // "every Tuesday and Thursday", "each June and December"
                if let Some(after) = set_after.take()
                    && i > after
                    && tokens[after..i]
                        .iter()
                        .all(|t| matches!(t.lower.as_ref(), "," | "and" | "or"))
                {
                    match expr.core {
                        Core::Weekday {
                            day,
                            rel: None,
                            from_reference: false,
                        } => expr.core = Core::Set(weekday_value(day, None)),
                        Core::Cal {
                            year: None,
                            month: Some(m),
                            day: None,
                        } => expr.core = Core::Set(format!("XXXX-{m:02}")),
                        // ("payable every June 15 and December 15")
                        Core::Cal {
                            year: None,
                            month: Some(m),
                            day: Some(d),
                        } => {
                            if let Some(set) = every_year_on(m, d) {
                                expr.core = set.core
                            }
                        }
                        _ => {}
                    }
                }
                // "For the nine months, Norton had net of $81.2 million ... In the
                // year-earlier period, the company had": the period compared with a year
                // back, right after a length of months the story reports, is that length,
                // as TimeBank tags wsj_0760's (P9M); and so is "the period", "that period"
                // right after one ("Over the past five years, exports doubled. In that
                // period, imports fell": P5Y, where it was left untagged, having no date to
                // refer to; not "the last two years of the period", a part of another)
                if let Core::Anaphor {
                    unit: None,
                    years: -1 | 0,
                    offset: 0,
                    in_year: None,
                    ..
                } = expr.core
                    && tokens[i..end].iter().any(|t| t.is("period"))
                    && !(i > 0 && tokens[i - 1].is("of"))
                    && let Some(length) = out.last().and_then(|t| reported_length(tokens, t))
                    // (nor a length counted back from the period of days the text speaks of)
                    && !(named_period.is_some()
                        && out.last().is_some_and(|t| {
                            length_counted_back(tokens, &t.span)
                        }))
                {
                    expr.core = length;
                }
                if let Core::Set(v) = &expr.core
                    && (v.starts_with("XXXX-WXX-")
                        || (v.starts_with("XXXX-")
                            && (v.len() == "XXXX-MM".len() || v.len() == "XXXX-MM-DD".len())))
                {
                    set_after = Some(end);
                }
                if let Some((_, before, before_at)) = baseline_of
                    .take_if(|&mut (after, ..)| (after - 1..i).any(|k| ends_sentence(tokens, k)))
                {
                    reference = before;
                    reference_at = before_at;
                }
                // "the second half of 1986/87", "first quarter 1986/87", "the 1986/87 first
                // half": a quarter or half of a split year is that part of the fiscal year
                // that runs into the second year, one tag with the split, when the text tells
                // the month the year ends with; else its days are not known, and only the
                // years are tagged
                let split_part = match SplitPart::of(tokens, i, end, &expr) {
                    Some(split) => {
                        let story_end = story_year_end(fiscal_end, quarter.as_ref());
                        let Some(days) = split.days(tokens, story_end) else {
                            i = split.resume;
                            continue;
                        };
                        end = end.max(split.to);
                        // (a part with a year of its own, not one counted in the story's)
                        if let Some(year) = expr.core.missing_year() {
                            *year = Some(split.year);
                        }
                        Some(days)
                    }
                    None => None,
                };
                // "Lukens had first quarter sales last year of 92.9 mln dlrs", "reported second
                // quarter net income last year of 76.6 mln dlrs", "The January surplus last year
                // was 1.19 billion dlrs": a quarter or a half by its number alone, or a month,
                // before the noun it dates and "last year" is last year's
                if let Some(last) = anchor.map(|a| a.year() - 1)
                    && let Some(year) = expr.core.missing_year()
                    && dated_last_year(tokens, end)
                {
                    *year = Some(last);
                }
                // "from the 15 mln reported for the first quarter last year", "In the second
                // fiscal quarter last year, Tandem earned": a quarter or half by its number
                // (or a month) right before "last year", written small, is that one of last
                // year, or of the last fiscal year ("last year" is tagged on its own; not
                // "in May\n Last year, the unit wrote", a new sentence)
                if anchor.is_some()
                    && expr.modifier.is_none()
                    && tokens.get(end).is_some_and(|t| t.text == "last")
                    && tokens.get(end + 1).is_some_and(|t| t.is("year"))
                    && !tokens.get(end + 2).is_some_and(Tok::is_apostrophe)
                {
                    let counted = if let Core::RelQuarter {
                        years: years @ 0, ..
                    } = &mut expr.core
                    {
                        *years = -1;
                        true
                    } else if let Some(year) = expr.core.missing_year() {
                        *year = anchor.map(|a| a.year() - 1);
                        true
                    } else {
                        false
                    };
                    if counted {
                        year_of_part_at = Some(end);
                    }
                }
                // "the December quarter": the three months to the end of that month
                let month_quarter = named_quarter_end(tokens, i, end, &mut expr, anchor)
                    .map(|quarter_end| end = quarter_end)
                    .is_some();
                // "nearly two years", "more than four hours", "around 7:15 p.m.": the
                // quantifier before is part of the expression, and its TIMEX3 mod
                // (not before a year's possessive, whose quantity it is: "stabilize around
                // 1986's 140 billion marks"; but "in about a year's time")
                let quantified = quantifier_before(tokens, i).filter(|_| {
                    !(end == i + 1
                        && year_token(&tokens[i]).is_some()
                        && tokens.get(end).is_some_and(|t| t.is_apostrophe())
                        && tokens.get(end + 1).is_some_and(|t| t.is("s")))
                });
                let first = quantified.map_or(i, |(k, _)| k);
                // "the next year or so", "a week or so ago": about so long, TIMEX APPROX
                if tokens.get(end).is_some_and(|t| t.is("or"))
                    && tokens.get(end + 1).is_some_and(|t| t.is("so"))
                {
                    end += 2;
                }
                let or_so = tokens[i..end]
                    .windows(2)
                    .any(|w| w[0].is("or") && w[1].is("so"));
                // "for a decade or more", "in 30 days or less": a length at least (at most)
                // so long, TIMEX EQUAL_OR_MORE (EQUAL_OR_LESS) (not "or more than doubled")
                let bound = matches!(expr.core, Core::Duration { .. })
                    .then(|| or_bound(tokens, end))
                    .flatten();
                if bound.is_some() {
                    end += 2;
                }
                // ("two to three weeks" is at least two, "five or six years" about five)
                let range = tokens[i..end].windows(3).find_map(|w| {
                    match w[1].lower.as_ref() {
                        "to" => Some(Modifier::EqualOrMore),
                        "or" => Some(Modifier::Approx),
                        _ => None,
                    }
                    .filter(|_| count_of(&w[0]).is_some() && count_of(&w[2]).is_some())
                });
                let mut span = tokens[first].start..tokens[end - 1].end;
                // The article is part of a season ("in the summer", "the winter of 1994"; not
                // of the noun after one, "the summer months"; the clause is read from the
                // season, as before), of a quarter named by its month ("the December
                // quarter", as "the fourth quarter"), of a day of a month written as an
                // ordinal ("the 22nd of May", as "the 22nd"), of a holiday's weekend ("the
                // Memorial Day weekend", as "the weekend") and of a weekday after next or
                // before last
                let owns_article = month_quarter
                    || match expr.core {
                        Core::Season { rel: None, .. } => season_owns_article(tokens.get(i + 1)),
                        Core::Holiday { weekend: true, .. } => true,
                        // (and of "the Monday after next", as of "the week after next")
                        Core::FromWeekday { .. } => tokens[i..end].windows(2).any(|w| {
                            w[0].is("after") && w[1].is("next")
                                || w[0].is("before") && w[1].is("last")
                        }),
                        Core::Cal { day: Some(_), .. } => {
                            month_of(&tokens[i].lower).is_none()
                                && tokens[i..end].iter().any(|t| t.is("of"))
                        }
                        _ => false,
                    };
                if owns_article && first == i && i > 0 && tokens[i - 1].is("the") {
                    span.start = tokens[i - 1].start;
                }
                // "is usually conducted in the second and fourth quarters", "Sales normally
                // peak in April": a habit's month, day, quarter, half or season is none in
                // particular
                if let Some(generic) = generic_value(&expr)
                    // (before a verb: not the manner of "is proceeding normally and the
                    // first-quarter profit could be")
                    && (before_in_clause(tokens, first, 8).any(|k| {
                        habitual(&tokens[k].lower)
                            && tokens.get(k + 1).is_some_and(|n| {
                                n.is_lowercase_word() && !matches!(n.lower.as_ref(), "and" | "or" | "but")
                            })
                    }) || habit_end.is_some_and(|h| habit_goes_on(tokens, h, first))
                        || fiscal_calendar(tokens, first))
                {
                    expr.core = Core::Unspecified(generic);
                    habit_end = Some(end);
                }
                // "The museum is open Tuesday through Sunday", "The office is open Monday to
                // Friday": the days of a week a place keeps open, every week's
                if let Core::Weekday {
                    day,
                    rel: None,
                    from_reference: false,
                } = expr.core
                    && expr.modifier.is_none()
                    && opening_days(tokens, first, end)
                {
                    expr.core = Core::Set(weekday_value(day, None));
                }
                // ("\"We vote tomorrow,\" she said Thursday": the day she spoke)
                let (spoken, spoken_at) = anchor
                    .filter(|_| deictic(&expr.core))
                    .and_then(|a| speech_day(tokens, i, a))
                    .unzip();
                // ("NOTE: Company went public in July 1986. Net includes loan loss
                // provisions of 500,000 dlrs vs 105,000 dlrs in quarter": a note's quarter
                // or year with no year in its sentence is the table's, not the one of a month
                // an event was told in before it)
                let note_period_after_event = matches!(
                    expr.core,
                    Core::Anaphor {
                        unit: Some(Unit::Quarter | Unit::Year),
                        years: 0,
                        in_year: None,
                        ..
                    }
                ) && end == first + 1
                    && article_dropped(tokens, first)
                    && reference
                        .as_ref()
                        .is_some_and(|r| r.granularity == Granularity::Month)
                    && reference_at.is_some_and(|at| (at..first).any(|k| ends_sentence(tokens, k)));
                let after_guidance = guidance
                    .as_ref()
                    .filter(|(_, at)| {
                        (*at..first).any(|k| ends_sentence(tokens, k))
                            && !sentence_looks_ahead(tokens, first)
                    })
                    .map(|(before, _)| before.as_ref());
                let cx = Resolve {
                    anchor: spoken.or(anchor),
                    reference: match (&before_report, &baseline_of) {
                        _ if note_period_after_event => None,
                        _ if let Some(before) = after_guidance => before,
                        // ("He won his first grand slam at the 2012 U.S. Open and took
                        // Olympic gold in London that summer": 2012's)
                        _ if let Some((at, year)) = &event_year
                            && reference_at.is_none_or(|r| r < *at)
                            && tokens[i..end].iter().any(|t| t.is("that")) =>
                        {
                            Some(year)
                        }
                        _ if let Some((at, year)) = &year_echo
                            && expr.a_year_back()
                            && !(*at..first).any(|k| ends_sentence(tokens, k)) =>
                        {
                            Some(year)
                        }
                        // (not a date still to come: "hosts the Olympics from Feb. 7 ...
                        // Putin said on Saturday the venues would be ready by the end of the
                        // year" is this year)
                        (Some((before, _)), _)
                            if expr.compares_periods()
                                && before
                                    .as_ref()
                                    .is_none_or(|b| anchor.is_none_or(|a| b.start <= a)) =>
                        {
                            before.as_ref()
                        }
                        // "rose to 22.63 billion in January from 16.18 billion in December
                        // and 8.27 billion a year earlier": a year back from the period the
                        // figures are for, not from the baseline (not one that names the
                        // baseline's period, "in December a year earlier", nor when the
                        // baseline is that period a year back: "a forecast of 2.45 billion
                        // for 1986/87 and 1.87 billion a year earlier" in a story of 1987/88,
                        // unless a comparison of its own sets the expression against a
                        // figure: "volume was 479.2 mln, up from 270.1 mln in March 1986,
                        // and share value was 679.1 mln, up from 381.4 mln a year ago")
                        // (and "the previous year": "costs totalled 7.44 billion francs
                        // against 6.67 billion the previous year" after "last year ...
                        // compared with 13.57 billion in 1985" is 1985)
                        (_, Some((baseline_end, Some(before), _)))
                            if (expr.a_year_back() || expr.the_previous_year())
                                && reference_at != Some(first)
                                && reference.as_ref().is_some_and(|r| {
                                    // (its own figure too: "growth recorded in 1985
                                    // against a year earlier" compares the baseline's year)
                                    let between = &tokens[*baseline_end..first];
                                    let own_comparison =
                                        between.iter().any(|t| {
                                            matches!(
                                                t.lower.as_ref(),
                                                "from" | "against" | "versus" | "vs"
                                            )
                                        }) && between.iter().any(|t| t.kind == Kind::Num);
                                    before.start > r.start
                                        && (own_comparison
                                            || !(before.granularity == r.granularity
                                                && shift(before.start, Unit::Year, -1)
                                                    == Some(r.start)))
                                }) =>
                        {
                            Some(before)
                        }
                        _ => reference.as_ref(),
                    },
                    story: quarter.as_ref(),
                    half: half_told.as_ref(),
                    // (not a quarter the text says is the calendar's, "calendar first
                    // quarter results")
                    // (or the one the story's fiscal quarter tells)
                    fiscal_end: story_year_end(
                        fiscal_end.filter(|_| !(i > 0 && tokens[i - 1].is("calendar"))),
                        quarter.as_ref(),
                    ),
                    // (not one of a year written after it, "the same period of 1986", which
                    // the grammar reads; but one of a split year, "the same period of
                    // 1985/86", is moved into it below)
                    period: named_period
                        .as_ref()
                        .filter(|_| {
                            !(tokens.get(end).is_some_and(|t| t.is("of") || t.is("in"))
                                && tokens.get(end + 1).is_some_and(|t| t.kind == Kind::Num))
                                || split_year_after(tokens, end).is_some()
                        })
                        .map(|(days, written)| (days, *written)),
                    day: named_day.as_ref(),
                    past_day: past_day.as_ref(),
                    week: named_week.as_ref(),
                    month: named_month.as_ref(),
                    since_reference: reference_at.map(|k| &tokens[k..=i]),
                    since_echo: echoed_at.map(|k| &tokens[k..=i]),
                    // (looked at only for a month counted back: "in January from 33.8
                    // billion a month ago")
                    baseline: matches!(
                        expr.core,
                        Core::Shifted {
                            unit: Unit::Month,
                            from_reference: false,
                            ..
                        }
                    ) && baseline(tokens, first),
                    months_told: expr.a_year_back() && months_reported(tokens, first),
                    noted: matches!(
                        expr.core,
                        Core::Anaphor {
                            unit: Some(Unit::Quarter),
                            ..
                        }
                    ) && period_of_note(tokens, i, end),
                    rest: matches!(expr.modifier, Some(Mod::Later))
                        && tokens.get(i + 1).is_some_and(|t| {
                            matches!(t.lower.as_ref(), "rest" | "remainder" | "balance")
                        })
                        // (told in no past the tense missed, "stayed flat for the rest of
                        // the year"; a report's verb dates the report, "The bank said that if
                        // these loans remain on non-accrual for the remainder of the year")
                        && !before_in_sentence(tokens, i, 12)
                            .any(|k| past_verb(tokens, k) && !reports(&tokens[k].lower)),
                    // (an end told at or in, nothing looking ahead: "Sales rose sharply at
                    // the end of the year"; not "expect the EC to allow shipping through the
                    // end of the year"; or since it, "has risen since the end of the year")
                    end_told: (matches!(
                        expr.modifier,
                        Some(Mod::End | Mod::LastWeek | Mod::LastDay | Mod::SecondHalf)
                    ) && i > 0)
                        .then(|| match tokens[i - 1].lower.as_ref() {
                            "since" => Some(EndTold::Since),
                            "at" | "in" | "toward" | "towards" | "around" | "near"
                                if !sentence_looks_ahead(tokens, i) =>
                            {
                                Some(EndTold::At)
                            }
                            _ => None,
                        })
                        .flatten(),
                    // (counted from the day the speaker spoke, unless resolution counts
                    // from a date the text named)
                    counted_from: std::cell::Cell::new(spoken_at),
                    // ("the day after Christmas": the tense Christmas is read in)
                    tense: match match expr.core {
                        Core::Beside { at, to, .. } => beside_tense(tokens, i, at, to),
                        _ if let Some(the) = unit_beside(tokens, i) => {
                            beside_tense(tokens, the, i, end)
                        }
                        // ("The event is 10:00-12:00 on Friday": a clock that closes a
                        // range, in no tense of its own, is read from the one that opens it;
                        // and so is a twin in another zone in parentheses, "The polls close at
                        // 8 p.m. local time (0100 GMT Sunday)")
                        Core::Clock { .. }
                            if let Some(open) = last_clock
                                .filter(|c| {
                                    (c.after + 1 == i
                                        && joins_clock_range(tokens, c.start, c.after))
                                        || c.twin_at(tokens, i)
                                })
                                .map(|c| c.start) =>
                        {
                            match tense_near(tokens, i, end) {
                                Tense::Unmarked => tense_near(tokens, open, end),
                                tense => tense,
                            }
                        }
                        _ => tense_near(
                            tokens,
                            aside_day
                                .filter(|&(at, _)| at == i)
                                .map_or(i, |(_, clock)| clock)
                                .min(range_opened(tokens, i)),
                            end,
                        ),
                    } {
                        // "This week's economic calendar begins on Tuesday", "this week's
                        // offerings should provide it with some focus", in a Sunday paper:
                        // told in no tense and with no verb in the past in its sentence, a
                        // week still to come, the one that starts tomorrow (see
                        // `Core::Relative`), not the one the Sunday closes (not "earlier this
                        // week", nor "Prices rose this week")
                        Tense::Unmarked
                            if anchor.is_some_and(|a| a.weekday() == Weekday::Sun)
                                && matches!(
                                    expr.core,
                                    Core::Relative {
                                        unit: Unit::Week,
                                        offset: 0
                                    }
                                )
                                && expr.modifier.is_none()
                                && !past_around(tokens, first, end) =>
                        {
                            Tense::Future
                        }
                        // ("Later in the day, the House Budget Committee chairman, Rep.
                        // Paul Ryan, spoke to reporters": a day of the story told in the past)
                        Tense::Unmarked
                            if matches!(expr.core, Core::StoryDay)
                                && opens_sentence_told_in_past(tokens, first, end, 16) =>
                        {
                            Tense::Past
                        }
                        // "For the week, it gained 3.4 percent", "The index gained 3.4
                        // percent for the week.": the period of the story a figure told in
                        // the past is for (not a state, "The count was 83 for the week", nor
                        // a period the words after it define, "for the year from April 1")
                        Tense::Unmarked
                            if matches!(
                                expr.core,
                                Core::Anaphor {
                                    unit: Some(Unit::Week | Unit::Month | Unit::Year),
                                    years: 0,
                                    offset: 0,
                                    ..
                                }
                            ) && first > 0
                                && end == first + 2
                                && tokens[first - 1].is("for")
                                && tokens.get(end).is_none_or(|t| t.kind == Kind::Punct)
                                && (opens_sentence_told_in_past(tokens, first - 1, end, 16)
                                    || before_in_clause(tokens, first - 1, 12).any(|k| {
                                        past_verb(tokens, k)
                                            && !matches!(tokens[k].lower.as_ref(), "was" | "were")
                                    })) =>
                        {
                            Tense::Past
                        }
                        // "auction notes on Monday, followed by 10-year notes Tuesday"
                        Tense::Unmarked
                            if matches!(expr.core, Core::Weekday { rel: None, .. })
                                && coming_day.is_some_and(|(after, _)| {
                                    next_in_schedule(tokens, after, i)
                                }) =>
                        {
                            Tense::Future
                        }
                        Tense::Unmarked
                            if let Some((_, tense)) =
                                listed.filter(|&(after, _)| listed_after(tokens, after, i)) =>
                        {
                            tense
                        }
                        Tense::Unmarked
                            if let Some((_, tense)) = clause_tense.filter(|&(after, tense)| {
                                participle_clause(tokens, after, first, tense)
                            }) =>
                        {
                            tense
                        }
                        // "could be a topic on the annual summit expected to be held late in
                        // the year", "Rates could ease later in the week": "the year" (month,
                        // week) in a sentence with a modal looks ahead; "winds may ease
                        // during the weekend": the weekend when the nearest verb does
                        Tense::Unmarked
                            if let Core::Anaphor {
                                unit: Some(unit),
                                years: 0,
                                offset: 0,
                                ..
                            } = expr.core
                                && match unit {
                                    Unit::Year | Unit::Month | Unit::Week => {
                                        sentence_looks_ahead(tokens, first)
                                    }
                                    // (and "the weekend meeting" of a weekend still
                                    // to come the text named: "ministers meet this
                                    // weekend ... he hoped for talks at the weekend
                                    // meeting")
                                    Unit::Weekend => {
                                        nearest_verb_looks_ahead(tokens, first)
                                            || (tokens.get(end).is_some_and(|n| {
                                                n.is_lowercase_word()
                                                    && !goes_on_with_clause(&n.lower)
                                            }) && named_day.as_ref().is_some_and(|d| {
                                                d.timex.ends_with("-WE")
                                                    && anchor.is_some_and(|a| d.start > a)
                                            }))
                                    }
                                    _ => false,
                                } =>
                        {
                            Tense::Future
                        }
                        // "could be on stream in two years", "should be ready in 18
                        // months": a length from now under a modal of what may come is that
                        // long after the publication, as after "will" (not "could have been
                        // done in two years", a past that was not, nor "can be made in two
                        // days", what can be done at any time)
                        Tense::Unmarked
                            if matches!(expr.core, Core::InTime { .. })
                                && before_in_clause(tokens, first, 8)
                                    .find(|&k| {
                                        tokens[k].is_lowercase_word() && modal(&tokens[k].lower)
                                    })
                                    .is_some_and(|k| {
                                        matches!(
                                            tokens[k].lower.as_ref(),
                                            "could" | "may" | "might" | "should" | "must"
                                        ) && !tokens.get(k + 1).is_some_and(|t| t.is("have"))
                                    }) =>
                        {
                            Tense::Future
                        }
                        // "expects a profit of 80 billion yen for the year ending March 31",
                        // read in October: a period that is ending closes on the next such
                        // day, unless the last one is at most a quarter ago ("reported equity
                        // for the period ending March 31", read in June)
                        Tense::Unmarked
                            if period_ending_before(tokens, first)
                                && last_over_a_quarter_ago(&expr, anchor) =>
                        {
                            Tense::Future
                        }
                        // ... and so does one that "ended" when what it closes is still
                        // to be told: "Revenues for the year ended August 31 will be about
                        // 1.2 billion dlrs", read in March (not "earnings for the quarter
                        // ended February 28 could be 35 cts", read in March)
                        Tense::Ended
                            if first > 0
                                && tokens[first - 1].is("ended")
                                && told_ahead(tokens, end)
                                && last_over_a_quarter_ago(&expr, anchor) =>
                        {
                            Tense::Future
                        }
                        // ... and the last day of a period before the story's is over: "from
                        // the previous fiscal year ending June 30", read in March
                        Tense::Unmarked
                            if ending_of_period(tokens, first)
                                .is_some_and(|(_, before)| before) =>
                        {
                            Tense::Past
                        }
                        // "expects to report a loss from operations in the second quarter",
                        // read in March: in a sentence that looks ahead, a quarter whose last
                        // one ended over a quarter ago is the coming one (the quarter just
                        // over, "expects to report a loss for the fourth quarter", stays; so
                        // does one that "ended" on a day, a fiscal quarter told as over, one
                        // whose figure is told, "to approximate the second quarter's 21.1 mln
                        // dlrs", and one a change is measured from, "from fourth quarter to
                        // fourth quarter")
                        Tense::Unmarked
                            if quarter_over_a_quarter_ago(&expr, anchor)
                                && sentence_looks_ahead(tokens, first)
                                && !tokens
                                    .get(end)
                                    .is_some_and(|t| t.is("ended") || t.is_apostrophe())
                                && !(first > 0 && tokens[first - 1].is("from")) =>
                        {
                            Tense::Future
                        }
                        // "The bill was passed this Tuesday", "This Monday, the pope met the
                        // president": a weekday of this week in a sentence told in the past,
                        // with nothing that looks ahead, is the one gone by (it was the coming
                        // one; not "By this Friday, sources estimated a further 233,600 tonnes
                        // will have been loaded")
                        Tense::Unmarked
                            if matches!(expr.core, Core::Weekday { rel: Some(0), .. })
                                && past_around(tokens, i, end)
                                && !looks_ahead_around(tokens, i, end) =>
                        {
                            Tense::Past
                        }
                        // "will remain unchanged in the coming four months, up from 57 pct in
                        // February": the figure a change is measured from is no future one
                        Tense::Future if baseline(tokens, first) => Tense::Unmarked,
                        // ("Analysts had expected earnings of $1.20 a share for the quarter":
                        // an expectation told in the past perfect was of a quarter now over,
                        // whose results are out)
                        Tense::Unmarked
                            if expr.the_period(Unit::Quarter)
                                && expectation_overtaken(tokens, first) =>
                        {
                            Tense::Past
                        }
                        // ("Sales rose to $4 billion, up from $3 billion in March", read in
                        // November: the figure "up from" or "down from" closing its clause is
                        // one gone by, unless its sentence looks ahead, "expected to rise to 5
                        // pct in December, up from 4 pct in November"; not a contract's month,
                        // "ranging from up 3/4 cent in May wheat")
                        Tense::Unmarked
                            if matches!(expr.core, Core::Cal { year: None, .. })
                                && tokens
                                    .get(end)
                                    .is_none_or(|t| matches!(t.text, "," | "." | ";"))
                                && up_or_down_from(tokens, first)
                                && baseline(tokens, first)
                                && !sentence_looks_ahead(tokens, first) =>
                        {
                            Tense::Past
                        }
                        // "The season runs from Memorial Day through Labor Day", read in
                        // August: a span run in the present, opened by a holiday or by a day
                        // of a month, is the one under way when its closing holiday or day is
                        // still to come this year (it was next year's opening)
                        Tense::Future
                            if opens_span(tokens, i, end)
                                && runs_now(tokens, first)
                                && anchor
                                    .is_some_and(|a| span_under_way(tokens, &expr, end, a)) =>
                        {
                            Tense::Past
                        }
                        // "is expected to vote on Tuesday on the bailout terms after
                        // postponing the vote twice over the weekend", read on a Monday: what
                        // an "after" clause in -ing tells came before the coming day its
                        // sentence named, so a weekend or weekday with none of its kind
                        // between the publication and that day is the last one
                        Tense::Future | Tense::Unmarked
                            if let Some(a) = anchor
                                && let Some(next) = match expr.core {
                                    Core::Anaphor {
                                        unit: Some(Unit::Weekend),
                                        years: 0,
                                        offset: 0,
                                        ..
                                    } => Some(weekday_after(a, Weekday::Sat)),
                                    Core::Weekday { day, rel: None, .. } => {
                                        Some(weekday_after(a, day))
                                    }
                                    _ => None,
                                }
                                && day_before_after_clause(tokens, first, &out)
                                    .is_some_and(|day| day > a && day <= next) =>
                        {
                            Tense::Past
                        }
                        // "shoppers held back in the run-up to Christmas", read on Dec. 19:
                        // the run-up told in the past is the one under way when the holiday is
                        // at most a month ahead (read on Nov. 20 it is last year's)
                        Tense::Past
                            if let Core::Holiday {
                                holiday,
                                year: None,
                                ..
                            } = &expr.core
                                && let Some(a) = anchor
                                && holiday
                                    .dates(a.year())
                                    .iter()
                                    .any(|d| (0..=31).contains(&(*d - a).num_days()))
                                && first >= 4
                                && tokens[first - 2].is("up")
                                && run_up_to(tokens, first - 1) =>
                        {
                            Tense::Unmarked
                        }
                        // "industrial production ... is likely to turn positive in February",
                        // "We could see the trade deficit start down in February or March",
                        // read in late March: a forecast of a statistic for a month that began
                        // at most two months ago is of that month, whose figures are not out
                        Tense::Future
                            if month_just_gone(&expr, anchor)
                                && before_in_sentence(tokens, first, 24)
                                    .chain(after_in_sentence(tokens, end, 6))
                                    .any(|k| names_statistic(&tokens[k].lower)) =>
                        {
                            Tense::Unmarked
                        }
                        // "a loss in the second half ... but the shortfall would be lower than
                        // in the first half": nor is the period a forecast is set against (but
                        // "no earlier than August" bounds the time ahead)
                        Tense::Future if set_against(tokens, first) => Tense::Unmarked,
                        // "will report fourth-quarter results later this month", read in
                        // January: results still to come are those of the quarter just over
                        Tense::Future
                            if results_of_quarter_just_over(tokens, first, end, &expr, anchor) =>
                        {
                            Tense::Unmarked
                        }
                        tense => tense,
                    },
                };
                let tense = cx.tense;
                listed = None;
                // (a set is none: "each Thursday" of "with the third departing each
                // Thursday from August 6")
                if matches!(tense, Tense::Future | Tense::Past)
                    && !matches!(expr.core, Core::Set(_))
                {
                    clause_tense = Some((end, tense));
                }
                let closing = span_end.take().filter(|(at, _)| *at == i).map(|(_, y)| y);
                // "April/January 1986/87", "the next Oct/Sept 1987/88 season": a month after a
                // later one of the year and a slash, before a split year, is in the year the
                // split runs to, and the tag takes the second year in
                if let Core::Cal {
                    year: Some(year),
                    month: Some(month),
                    day: None,
                } = &mut expr.core
                    && i >= 2
                    && glued_joint(tokens, i - 1)
                    && month_of(&tokens[i - 2].lower).is_some_and(|m| m > *month)
                    && split_year_at(tokens, end, *year)
                {
                    *year += 1;
                    end += 2;
                    span.end = tokens[end - 1].end;
                }
                // ("in March and April of the following year": the year the span took)
                if let (Some(y), Core::InThatYear { inner, .. }) = (closing, &expr.core)
                    && let Core::Cal { month, day, .. } = **inner
                {
                    expr.core = Core::Cal {
                        year: Some(y),
                        month,
                        day,
                    };
                }
                // "at the end of fiscal 2013 on Sept. 30", "In 1987, on March 3": a day right
                // after a part of a period, or set off from one by a comma, is in it (not
                // "debentures due 2010 on May 15")
                if let Core::Cal {
                    year: year @ None,
                    month: Some(month),
                    day: Some(day),
                } = &mut expr.core
                    && let (Some(r), Some(at)) = (&reference, reference_at)
                    && (at..i).all(|k| matches!(tokens[k].text, "on" | "," | "at"))
                    && (r.modifier.is_some() || (at..i).any(|k| tokens[k].text == ","))
                {
                    *year = (r.start.year()..=r.end.year()).find(|&y| {
                        ymd(y, *month, *day).is_some_and(|d| r.start <= d && d <= r.end)
                    });
                }
                // "In 1986, the company posted a first-quarter loss", "Falconbridge last year
                // made a first quarter operating loss": a quarter or half with no year, a few
                // words after a year named in its clause, is in that year (not one still to
                // come, "will be reflected in first quarter results"; nor past "and" or "but",
                // "increased four pct last year and showed growth in the first quarter"; nor
                // a year compared with, "better than 1986 results, following improved
                // third-quarter performance"; a figure's baseline gives the year before it,
                // "For all of 1986, productivity increased from 1985, reflecting rises in the
                // first quarter")
                // (nor is a day the story was told on: "Sales fell in 2011, the company said
                // on Tuesday, citing weak demand in the second half of the year")
                let (named_year, named_at) = match (&baseline_of, &before_report) {
                    (Some((after, before, _)), _) if reference_at == Some(*after) => {
                        (before.as_ref(), reference_at)
                    }
                    (_, Some((before, before_at))) => (before.as_ref(), *before_at),
                    _ => (reference.as_ref(), reference_at),
                };
                // ("of the year" points back to the year named, past "but" and further
                // on in the sentence: "Sales were weak in 2011, but in the second half of
                // the year they rose")
                let of_the_year = end >= 3
                    && tokens[end - 1].is("year")
                    && tokens[end - 2].is("the")
                    && tokens[end - 3].is("of");
                // (and so is a month or a day of one when the year opens the sentence, "In
                // 1985, sales fell in March", read in June 1987, is 1985-03; not the day of a
                // report, "In 1985 it lost money, it said in March", nor a year that names a
                // thing, "the 1977 average in February", or a split year, "1986/87 ending
                // June 30")
                let a_month = matches!(expr.core, Core::Cal { .. });
                let month_of_year = a_month
                    && named_at.is_some_and(|at| {
                        at >= 2
                            && year_token(&tokens[at - 1]).is_some()
                            && matches!(tokens[at - 2].lower.as_ref(), "in" | "during")
                            && heads_sentence(tokens, at - 2)
                            && tokens.get(at).is_none_or(|t| !matches!(t.text, "/" | "-"))
                    })
                    && !before_in_clause(tokens, first, 3).any(|k| reports(&tokens[k].lower));
                // (the whole sentence of a note to a table of results that opens with its
                // year: "NOTE: 1985 net includes extraordinary gain of 1.5 mln dlrs or 35 cts
                // per share in 4th qtr", read in March 1987, is 1985-Q4)
                let noted_year = named_at.is_some_and(|at| year_opens_note(tokens, at));
                let reach = of_the_year || noted_year;
                if let Some(year) = expr.core.missing_year()
                    && (month_of_year || !a_month)
                    && let (Some(r), Some(at)) = (named_year, named_at)
                    && r.granularity == Granularity::Year
                    && i >= at
                    && i - at <= if reach { 25 } else { 10 }
                    && !(at..i).any(|k| {
                        let w = tokens[k].lower.as_ref();
                        ends_sentence(tokens, k)
                            || modal(w)
                            || (matches!(w, "and" | "but") && i > at + 1 && !reach)
                    })
                    && !tokens[..first]
                        .iter()
                        .rfind(|t| t.end <= r.at.start)
                        .is_some_and(|t| t.is("than"))
                    && tense != Tense::Future
                    && anchor.is_some_and(|a| r.end < a)
                {
                    *year = Some(r.start.year());
                }
                // ... and a month still to come, after "next year" in its sentence, is in
                // that year: "The court will hear arguments early next year, with a ruling
                // expected by the end of June" (not a thing the year owns, "Next year's
                // budget will be presented in October", nor a year that names one, "the
                // next financial year which starts on April 1", nor past "but")
                if let Core::Cal {
                    year: year @ None,
                    month: Some(_),
                    ..
                } = &mut expr.core
                    && tense == Tense::Future
                    && let (Some(r), Some(at)) = (&reference, reference_at)
                    && r.granularity == Granularity::Year
                    && at >= 2
                    && tokens[at - 1].is("year")
                    && tokens[at - 2].is("next")
                    && i > at
                    && i - at <= 16
                    && !tokens.get(at).is_some_and(Tok::is_apostrophe)
                    && !(at..i).any(|k| ends_sentence(tokens, k) || tokens[k].is("but"))
                {
                    *year = Some(r.start.year());
                }
                // the holiday this expression is tied to: one it falls on (see `falls_on`),
                // or one whose clause names its year ("Easter is late this year",
                // "Thanksgiving comes early next year")
                let holiday_year = |after: usize| {
                    matches!(
                        expr.core,
                        Core::Relative {
                            unit: Unit::Year,
                            ..
                        }
                    ) && i > after
                        && i - after <= 4
                        && tokens[after..i].iter().all(|t| t.is_lowercase_word())
                };
                let holiday_day = last_holiday
                    .take()
                    .filter(|(after, ..)| falls_on(tokens, *after, i) || holiday_year(*after));
                // "Thanksgiving Day (Nov. 28)", "Christmas falls on a Wednesday", read in June
                // 2024: the day of the month or the weekday a holiday falls on is the
                // holiday's in the year nearest the one told in which it falls so (in the
                // holiday's own year when it names one, "Tet 2014 falls on Jan. 31")
                if let Some((
                    _,
                    at,
                    Expr {
                        core:
                            Core::Holiday {
                                holiday,
                                year: named,
                                ..
                            },
                        ..
                    },
                )) = &holiday_day
                {
                    let nearest = |near: NaiveDate, falls: &dyn Fn(NaiveDate) -> bool| {
                        named
                            .map_or(near.year() - 1..=near.year() + 1, |y| y..=y)
                            .filter_map(|y| holiday.date(y).filter(|&h| falls(h)))
                            .min_by_key(|&h| (h - near).num_days().abs())
                    };
                    match &mut expr.core {
                        Core::Cal {
                            year: year @ None,
                            month: Some(month),
                            day: Some(day),
                        } => {
                            if let Some(h) = anchor.and_then(|a| {
                                nearest(a, &|h| h.month() == *month && h.day() == *day)
                            }) {
                                *year = Some(h.year());
                            }
                        }
                        Core::Unspecified(weekday) => {
                            let told = out.get(*at).and_then(|t| t.date.as_ref());
                            if let Some(h) = told.and_then(|d| {
                                nearest(d.start, &|h| weekday_value(h.weekday(), None) == *weekday)
                            }) {
                                expr.core = Core::on(h);
                            }
                        }
                        _ => {}
                    }
                }
                // ("Easter is late this year": how the holiday falls, not a part of the year;
                // but "Easter falls late in April" is)
                if let Some((after, ..)) = holiday_day
                    && i == after + 1
                    && matches!(tokens[i].lower.as_ref(), "early" | "late")
                    && matches!(
                        tokens[after].lower.as_ref(),
                        "is" | "was" | "comes" | "came" | "falls" | "fell"
                    )
                    && tokens
                        .get(i + 1)
                        .is_some_and(|t| matches!(t.lower.as_ref(), "this" | "next" | "last"))
                    && expr.modifier.is_some()
                {
                    expr.modifier = None;
                    span.start = tokens[i + 1].start;
                }
                // "the first shutdown since 1996, when a 21-day standoff ended in early
                // January": a month in a clause opened by ", when" after a year is in it
                if let Core::Cal {
                    year: year @ None,
                    month: Some(_),
                    ..
                } = &mut expr.core
                    && let Some(when) = (i.saturating_sub(20)..i)
                        .rev()
                        .take_while(|&k| !ends_sentence(tokens, k))
                        .find(|&k| k >= 2 && tokens[k].is("when") && tokens[k - 1].text == ",")
                    && reference_at.is_none_or(|at| at < when)
                    && when >= 3
                    && matches!(
                        tokens[when - 3].lower.as_ref(),
                        "in" | "since" | "until" | "by" | "from" | "after" | "before" | "during"
                    )
                    && let Some(y) = year_token(&tokens[when - 2])
                {
                    *year = Some(y);
                }
                // "Hollande had said in February that the withdrawal would begin in March":
                // what "would" come after a date gone by named in the sentence is the first
                // such month after it, not the next one from the publication
                if let Core::Cal {
                    year: year @ None,
                    month: Some(month),
                    day,
                } = &mut expr.core
                    && tense == Tense::Future
                    && let (Some(r), Some(at)) = (&reference, reference_at)
                    && matches!(r.granularity, Granularity::Day | Granularity::Month)
                    && anchor.is_some_and(|a| r.end < a)
                    && (at..i).any(|k| tokens[k].is("would"))
                    && !(at..i).any(|k| ends_sentence(tokens, k))
                {
                    *year = (r.end.year()..=r.end.year() + 1)
                        .find(|&y| ymd(y, *month, day.unwrap_or(1)).is_some_and(|d| d > r.end));
                }
                // "Last October, Schlumberger said it would take a charge in the fourth
                // quarter": so with a quarter or a half, the first to end after that month or
                // day; and what was agreed or decided then, in its infinitive, whatever the
                // tense, "OPEC agreed in December to raise its ceiling to 16.6 mln bpd in the
                // third quarter and to 18.3 mln in the fourth quarter" (not from a later
                // quarter of the sentence: the month or day is the last one named)
                if let Some((year, n, per_year)) = expr.core.numbered_period()
                    && let Some(made) = &named_month
                    && anchor.is_some_and(|a| made.end < a)
                    && let Ok(at) = tokens.binary_search_by_key(&made.at.start, |t| t.start)
                    && let Some(after) = (at..first).find(|&k| tokens[k].end >= made.at.end)
                    && !(at..i).any(|k| ends_sentence(tokens, k))
                    && ((tense == Tense::Future && (after..i).any(|k| tokens[k].is("would")))
                        || decided_then(tokens, at, after + 1))
                {
                    let last_month = n * 12 / per_year;
                    *year = (made.end.year()..=made.end.year() + 1).find(|&y| {
                        month_bounds(y, last_month).is_some_and(|(_, last)| last > made.end)
                    });
                }
                // "Officials said Sunday that the vote would take place Monday", read on the
                // Wednesday: so with a weekday, when the day gone by is the one it was said on
                // (a part of it too: "would be held Monday night"); said in a week gone by,
                // "He said last week that he would decide by Tuesday", the first such weekday
                // after that week's Wednesday, its day unknown (it was the coming Tuesday,
                // over a week after anything said then)
                let named = expr.core.day_mut();
                let said = |told: ToldDay, over: NaiveDate| {
                    anchor.is_some_and(|a| over < a)
                        && told.said_on(tokens)
                        && (told.after..i).any(|k| tokens[k].is("would"))
                        && !(told.after..i).any(|k| ends_sentence(tokens, k))
                };
                if let Core::Weekday {
                    day: weekday,
                    rel: None,
                    from_reference: false,
                } = *named
                    && tense == Tense::Future
                {
                    if let Some(told) = last_day.filter(|&told| said(told, told.date)) {
                        *named = Core::on(weekday_after(told.date, weekday));
                    } else if let Some(week) =
                        last_week.filter(|&week| said(week, week.date + Duration::days(6)))
                    {
                        *named = Core::on(weekday_after(week.date + Duration::days(2), weekday));
                    }
                }
                // "late summer or early fall of 2014", "the spring and summer of 2009": a
                // season joined to one with its year is in that year (a winter before a later
                // season, in the one before: a winter is named for the year it begins in)
                if let Core::Season {
                    year: year @ None,
                    season,
                    rel: None,
                    years: 0,
                } = &mut expr.core
                    && tokens.get(end).is_some_and(|t| {
                        matches!(t.lower.as_ref(), "and" | "or" | "to" | "through" | "into")
                    })
                    && let Some((_, next)) = parse_at(tokens, end + 1)
                    && let Core::Season {
                        year: Some(y),
                        season: then,
                        ..
                    } = next.core
                {
                    *year =
                        Some(y - i32::from(*season == Season::Winter && then != Season::Winter));
                }
                // "the second and third quarters", "the first and second halves": the second
                // of two ordinals joined before their plural follows the first, in its year or
                // the next (read alone, the third quarter nearest a publication in April is
                // the last one)
                let period = expr.core.numbered_period().map(|(year, n, per_year)| {
                    let granularity = if per_year == 4 {
                        Granularity::Quarter
                    } else {
                        Granularity::Half
                    };
                    (year, n as i32, per_year as i32, granularity)
                });
                if let Some((year, n, per_year, granularity)) = period
                    && i >= 2
                    && matches!(tokens[i - 1].lower.as_ref(), "and" | "or")
                    && ordinal_of(&tokens[i - 2].lower).is_some()
                    && tokens[end - 1].lower.ends_with('s')
                    && let Some(at) = out
                        .last()
                        .filter(|t| t.span.end == tokens[i - 2].end)
                        .and_then(|t| t.date.as_ref())
                        .filter(|d| d.granularity == granularity)
                        .and_then(period_index)
                {
                    let (y, m) = (at.div_euclid(per_year), at.rem_euclid(per_year) + 1);
                    *year = Some(y + i32::from(n <= m));
                }
                // the first day of a span this expression closes, right after its joint (asked
                // only of a holiday, a month or a day with no year)
                let span_open = || {
                    let opening = out.last()?;
                    let date = opening.date.as_ref()?;
                    // (the opening's first token)
                    let first = || {
                        (i.saturating_sub(12)..i)
                            .rev()
                            .find(|&k| tokens[k].start == opening.span.start)
                    };
                    // (two -ing forms may hold it: "a programme starting March 6 and ending
                    // September 7")
                    if i >= 4
                        && matches!(
                            tokens[i - 1].lower.as_ref(),
                            "ending" | "closing" | "expiring" | "finishing"
                        )
                        && tokens[i - 2].is("and")
                        && opening.span.end == tokens[i - 3].end
                    {
                        let begun = first().is_some_and(|k| {
                            k > 0
                                && matches!(
                                    tokens[k - 1].lower.as_ref(),
                                    "starting" | "beginning" | "commencing" | "opening"
                                )
                        });
                        return begun.then_some(date.start);
                    }
                    // (a comma may close an opening that writes its year: "from September
                    // 30, 1987, to December 31")
                    let comma = i >= 3 && tokens[i - 2].text == ",";
                    if i < 2 || opening.span.end != tokens[i - 2 - usize::from(comma)].end {
                        return None;
                    }
                    let opens = first().is_some_and(|k| opens_span(tokens, k, i - 1));
                    // (or a month a glued slash joins: "the coming May/September harvest",
                    // "the next October/December crop")
                    let slashed = || {
                        tokens[i - 1].text == "/"
                            && glued_joint(tokens, i - 1)
                            && date.granularity == Granularity::Month
                    };
                    (opens || slashed()).then_some(date.start)
                };
                // "from Memorial Day through Labor Day": a holiday that closes a span is the
                // first on or after the opening day
                if let Core::Holiday {
                    holiday,
                    year: year @ None,
                    years: None,
                    rel: None,
                    ..
                } = &mut expr.core
                    && let Some(open) = span_open()
                {
                    *year = [open.year(), open.year() + 1]
                        .into_iter()
                        .find(|&y| holiday.date(y).is_some_and(|d| d >= open));
                }
                let opening = month_span_years(tokens, i, end, &expr, &cx);
                let opening_day = day_span_year(tokens, i, end, &expr, &cx);
                if let Core::Cal {
                    year: year @ None, ..
                } = &mut expr.core
                {
                    if let Some(y) = closing {
                        *year = Some(y);
                    } else if let Some((first, last)) = opening {
                        *year = Some(first);
                        span_end = Some((end + 1, last));
                    } else if opening_day.is_some() {
                        *year = opening_day;
                    }
                }
                // "a proposal to resume historical quotas from April 1 to September", "bills
                // maturing from May through September 24": so does a month or a day of one
                if let Core::Cal {
                    year: year @ None,
                    month: Some(month),
                    day,
                } = &mut expr.core
                    && let Some(open) = span_open()
                {
                    *year = [open.year(), open.year() + 1].into_iter().find(|&y| {
                        match day {
                            Some(day) => ymd(y, *month, *day),
                            None => month_bounds(y, *month).map(|(_, last)| last),
                        }
                        .is_some_and(|close| close >= open)
                    });
                }
                // (in its part of the day: not "from last night at midday")
                if let Core::Clock {
                    day: day @ None,
                    hour,
                    ..
                } = &mut expr.core
                    && let Some(told @ ToldDay { date, part, .. }) = last_day
                    && told.holds_clock(tokens, i, end)
                    && part.is_none_or(|part| match part {
                        "MO" => *hour < 12,
                        "AF" => (12..18).contains(hour),
                        _ => *hour >= 17 || *hour < 5,
                    })
                {
                    *day = Some(Box::new(Expr::on(date)));
                }
                // "12:01 a.m. (0501 GMT) on Wednesday": both clocks are on the day after,
                // read in the clause before the first clock
                if let Core::Clock {
                    day: day @ None, ..
                } = &mut expr.core
                    && let Some((at, day_end, after)) = day_after_aside(tokens, end)
                    && let Some(date) = resolve(
                        &after,
                        // (the twin in parentheses reads where the first clock does)
                        &cx.with_tense({
                            let clock = aside_day
                                .filter(|&(day, _)| day == at)
                                .map_or(first, |(_, clock)| clock);
                            aside_day = Some((at, clock));
                            tense_near(tokens, clock, day_end)
                        }),
                        span.clone(),
                    )
                    .and_then(|t| t.date)
                    .filter(|d| d.granularity == Granularity::Day)
                {
                    *day = Some(Box::new(Expr::on(date.start)));
                }
                // "from 10:00 to 12:00 on Friday", "10 a.m.-noon on Friday": the clock that
                // opens a range is on the day of the one that closes it, read in the tense
                // of the whole
                if let Core::Clock {
                    day: day @ None, ..
                } = &mut expr.core
                    && joins_clock_range(tokens, first, end)
                    && let Some((
                        to,
                        Expr {
                            core:
                                Core::Clock {
                                    day: Some(closing), ..
                                },
                            ..
                        },
                    )) = parse_at(tokens, end + 1)
                    && let Some(date) = resolve(
                        &closing,
                        &cx.with_tense(tense_near(tokens, i, to)),
                        span.clone(),
                    )
                    .and_then(|t| t.date)
                    .filter(|d| d.granularity == Granularity::Day)
                {
                    *day = Some(Box::new(Expr::on(date.start)));
                }
                if let Core::Clock {
                    day: day @ None,
                    hour,
                    ..
                } = &mut expr.core
                    && let Some(date) =
                        last_clock.and_then(|clock| clock_goes_on(tokens, clock, i, *hour))
                {
                    *day = Some(Box::new(Expr::on(date)));
                }
                // "slammed into China on Sunday evening ... The storm made landfall at about
                // 7 p.m.": a clock told after a part of a day gone by, with no date between,
                // in the same sentence or the next and in that part of the day, is on that
                // day (not a bare day: a market report's "at 1200 GMT" after "closing
                // yesterday" is today's)
                if let Core::Clock {
                    day: day @ None,
                    hour,
                    ..
                } = &mut expr.core
                    && matches!(tense, Tense::Past | Tense::Unmarked)
                    && let Some(ToldDay {
                        after,
                        date,
                        part: Some(part),
                        ..
                    }) = story_day
                    && anchor.is_some_and(|a| date < a)
                    && (after..i).filter(|&k| ends_sentence(tokens, k)).count() <= 1
                    && in_part(part, *hour)
                {
                    *day = Some(Box::new(Expr::on(date)));
                }
                // "A suicide bomber killed 52 people on Thursday ... The attackers drove into
                // the compound at about 9 a.m.": an approximate clock told in the past is the
                // time of an event, on the day the story opened with when that day is gone
                // by in the last week and no other day near it was named since (a market's
                // exact "eased to 245.5p at 0838 GMT" after "closed on Friday" is today's);
                // "shortly after noon" is as loose ("A dam burst on Friday ... The dam
                // collapsed shortly after noon"); and so is a clock an event told in the past
                // gives with "a.m." or "p.m." or in local time, as a market's wire clock is
                // not ("A jet crashed on Saturday ... It crashed at 11:28 a.m. local time")
                // (asked of a clock only)
                let event_clock = || {
                    tense == Tense::Past
                        && (tokens[i..end]
                            .iter()
                            .any(|t| matches!(t.lower.as_ref(), "am" | "pm" | "a" | "p"))
                            || tokens.get(end).is_some_and(|t| t.is("local")))
                };
                // (the day the story opened with, in the part of the day the clock is in, when
                // no other day near it was named since, the days things were said on aside)
                let story_lead = |hour: u32| {
                    let a = anchor?;
                    let mut days = out
                        .iter()
                        .filter(|t: &&Timex| report_days.binary_search(&t.span.start).is_err())
                        .filter_map(|t| t.date.as_ref().map(|d| (t, d)))
                        .filter(|(_, d)| d.granularity == Granularity::Day);
                    let (opening, lead) = days.next().map(|(t, d)| (t, d.start))?;
                    (opening.names_day()
                        && opening.part().is_none_or(|part| in_part(part, hour))
                        && (a - lead).num_days().abs() <= 7
                        && days
                            .all(|(_, d)| d.start == lead || (a - d.start).num_days().abs() > 31))
                    .then_some(lead)
                };
                // ("Obama will nominate Yellen on Wednesday, an official said on Tuesday ...
                // Obama will make the announcement at 3 p.m. EDT": so is a clock of an event
                // told in the future, on the coming day the story opened with)
                if let Core::Clock {
                    day: day @ None,
                    hour,
                    ..
                } = &mut expr.core
                    && let Some(a) = anchor
                    && let Some(side) = match tense {
                        Tense::Past | Tense::Unmarked
                            if event_clock()
                                || matches!(quantified, Some((_, (Modifier::Approx, _))))
                                || (i >= 2
                                    && matches!(
                                        tokens[i - 1].lower.as_ref(),
                                        "after" | "before"
                                    )
                                    && matches!(
                                        tokens[i - 2].lower.as_ref(),
                                        "shortly" | "just" | "soon"
                                    )) =>
                        {
                            Some(std::cmp::Ordering::Less)
                        }
                        Tense::Future => Some(std::cmp::Ordering::Greater),
                        _ => None,
                    }
                    && let Some(lead) = story_lead(*hour).filter(|lead| lead.cmp(&a) == side)
                {
                    *day = Some(Box::new(Expr::on(lead)));
                }
                // "at 9 p.m. EDT (0100 GMT Thursday)": the weekday of a clock's twin in
                // parentheses is the one next to the first clock's day (when the first clock
                // had one: in "struck at 05:46 local time (2046 GMT Thursday)" the twin
                // names the day, and the verb dates it)
                if let Core::Clock { day: Some(day), .. } = &mut expr.core
                    && let Core::Weekday {
                        day: weekday,
                        rel: None,
                        ..
                    } = day.core
                    && let Some(
                        clock @ LastClock {
                            date,
                            day_given: true,
                            ..
                        },
                    ) = last_clock
                    && clock.twin_at(tokens, i)
                    && let Some(near) = (-3..=3)
                        .map(|k| date + Duration::days(k))
                        .find(|d| d.weekday() == weekday)
                {
                    **day = Expr::on(near);
                }
                // "London shares closed lower Friday ... depressed by overnight losses in New
                // York", published on Monday: the night before the day the story is on, when
                // it named one before yesterday (after "last night", "since yesterday" it is
                // still the night just gone)
                if tokens[i].is("overnight")
                    && matches!(expr.core, Core::PartOfDay { offset: -1, .. })
                    && let Some(ToldDay { date, .. }) = last_day
                    && anchor.is_some_and(|a| date < a - Duration::days(1))
                {
                    expr.core = Core::DayPart {
                        day: Box::new(Expr::on(date - Duration::days(1))),
                        part: "NI",
                    };
                }
                // "declared martial law in a late-night televised address on Tuesday", "in
                // an early-morning raid on Thursday": a part of a day before a noun is part of
                // the day named after that noun in the clause
                if let Core::PartOfDay { offset: 0, part } = expr.core
                    && matches!(tokens[i].lower.as_ref(), "early" | "mid" | "late")
                    && tokens
                        .get(end)
                        .is_some_and(|t| t.is_lowercase_word() && !goes_on_with_clause(&t.lower))
                    && let Some(day) = after_in_sentence(tokens, end + 1, 6)
                        .take_while(|&k| tokens[k].text != ",")
                        .filter(|&k| tokens[k - 1].is("on"))
                        .find_map(|k| parse_at(tokens, k))
                        .map(|(_, day)| day)
                        .filter(|day| {
                            matches!(
                                day.core,
                                Core::Weekday { rel: None, .. } | Core::Cal { day: Some(_), .. }
                            )
                        })
                {
                    expr.core = Core::DayPart {
                        day: Box::new(day),
                        part,
                    };
                }
                // "next Tuesday and Wednesday", "meet Monday and Tuesday", "will drop
                // Thursday night into Friday": a weekday joined to a day still to come is the
                // first such day after it; so is the day after the publication's own ("late
                // Friday and early Saturday" published on the Friday)
                if let Core::Weekday {
                    day: weekday,
                    rel: None,
                    ..
                } = expr.core
                    && let Some(ToldDay { date, .. }) =
                        last_day.filter(|&ToldDay { after, .. }| {
                            i == after + 1
                                && matches!(
                                    tokens[after].lower.as_ref(),
                                    "and"
                                        | "or"
                                        | "to"
                                        | "through"
                                        | "until"
                                        | "till"
                                        | "into"
                                        | "-"
                                )
                        })
                    && let next = weekday_after(date, weekday)
                    && anchor
                        .is_some_and(|a| date > a || (date == a && next == a + Duration::days(1)))
                {
                    expr.core = Core::on(next);
                }
                // "Markets will be closed on Thursday for Thanksgiving and close early on
                // Friday", published on a Friday: a weekday told after a day still to come in
                // the same sentence, joined by "and", is not one before it; nor is one that
                // follows it on a schedule, into the next sentence too ("will begin with the
                // monthly auction on Tuesday, March 24 ... That will be followed on
                // Wednesday", read on a Wednesday; only after "followed": a schedule may also
                // name what comes before its last day, "with effect next Thursday by offering
                // to buy bills on Wednesday")
                if let Core::Weekday {
                    day: weekday,
                    rel: None,
                    ..
                } = expr.core
                    && tense != Tense::Past
                    && let Some((after, date)) = coming_day
                    && ((!(after..i).any(|k| ends_sentence(tokens, k))
                        && (after..i).any(|k| tokens[k].is("and")))
                        || (next_in_schedule(tokens, after, i) && followed_on(tokens, after, i)))
                    && let Some(a) = anchor
                    && weekday_on_or_after(a, weekday) < date
                {
                    expr.core = Core::on(weekday_after(date, weekday));
                }
                // "The talks, originally set for Thursday, were moved to Friday", "Banks, which
                // had been due to reopen Thursday, will stay shut until next Tuesday", read on
                // a Wednesday: the day first planned, put off to a weekday still to come, is
                // the last such weekday before that one
                if let Core::Weekday {
                    day: weekday,
                    rel: None,
                    from_reference: false,
                } = expr.core
                    && let Some(a) = anchor
                    && first_planned(tokens, i)
                    && let Some(put_off) = after_in_sentence(tokens, end, 12)
                        .find(|&k| k > 0 && matches!(tokens[k - 1].lower.as_ref(), "to" | "until"))
                        .map(|k| k + usize::from(tokens[k].is("next")))
                        .and_then(|k| weekday_of(&tokens[k].lower))
                {
                    let later = weekday_after(a, put_off);
                    let planned = weekday_on_or_before(later - Duration::days(1), weekday);
                    expr.core = Core::on(planned);
                }
                // "For the full year, revenue rose 8 percent": the story's full (or whole)
                // year, in a sentence that does not look ahead ("full year results will be
                // published in June", "profits for the full year should be more than twice")
                // and with no year written beside it ("full year 1987", "the 1986 full
                // year"), is
                // - after "fourth-quarter profit rose", read in February, the year of the
                //   quarter the story reports, once over;
                // - with no quarter or earlier year named, read in the months that report the
                //   calendar year and told in the past ("Full-year revenue rose 8 percent"),
                //   the last one over (not past a year a word on, "its last full year,
                //   1985"; nor a forecast for it, "raised its full-year guidance"; nor a
                //   length, "400 mln stg in a full year"; later in the year, a fiscal year
                //   that ended this year is as likely)
                let forecast = |t: &Tok<'_>| {
                    matches!(
                        t.lower.as_ref(),
                        "guidance"
                            | "forecast"
                            | "forecasts"
                            | "outlook"
                            | "target"
                            | "targets"
                            | "estimate"
                            | "estimates"
                            | "projection"
                            | "projections"
                            | "expectations"
                            | "goal"
                            | "budget"
                    )
                };
                let relative_year = matches!(
                    expr.core,
                    Core::Relative {
                        unit: Unit::Year,
                        offset: 0,
                    }
                );
                let full_year = (relative_year || expr.the_period(Unit::Year))
                    && tokens[i..end].iter().any(|t| t.is("full") || t.is("whole"))
                    && cx.tense != Tense::Future
                    && !beside_year(tokens, i, end);
                let modal_within = |words: usize| {
                    before_in_sentence(tokens, i, words)
                        .chain(after_in_sentence(tokens, end, words))
                        .any(|k| modal(&tokens[k].lower))
                };
                // "in 1986, the bank's first full year of operation", "its first full year of
                // production in 1988": a full year counted in a life is the year written
                // nearest it in its sentence (eight words before, six after)
                let counted_year = || {
                    let counted = relative_year
                        && i > 0
                        && (ordinal_of(&tokens[i - 1].lower).is_some() || tokens[i - 1].is("last"))
                        && tokens[i..end].iter().any(|t| t.is("full"));
                    if !counted {
                        return None;
                    }
                    before_in_sentence(tokens, i - 1, 8)
                        .chain(after_in_sentence(tokens, end, 6))
                        .find_map(|k| year_token(&tokens[k]))
                };
                // "Its third quarter ended Oct. 31. Revenue for the full year will top $4
                // billion": in a story of a fiscal quarter, the full year is its fiscal year,
                // as "the year" is (see `Resolve::story_year`), whatever the tense
                let story_full_year = relative_year
                    && tokens[i..end].iter().any(|t| t.is("full") || t.is("whole"))
                    && !beside_year(tokens, i, end)
                    && quarter
                        .as_ref()
                        .is_some_and(|q| q.year_spoken_of(reference.as_ref()).is_some());
                if story_full_year {
                    expr.core = Core::Anaphor {
                        unit: Some(Unit::Year),
                        years: 0,
                        offset: 0,
                        in_year: None,
                        same: false,
                    };
                }
                let full_year_of = counted_year().or_else(|| match (&quarter, anchor) {
                    _ if story_full_year => None,
                    (Some(q), Some(a))
                        if full_year
                            && relative_year
                            && q.end < a
                            && !modal_within(12)
                            && !opening_looks_ahead(tokens, i, end) =>
                    {
                        Some(q.start.year())
                    }
                    // (a full year, not a whole one; nor one with a year a word after it)
                    (None, Some(a))
                        if full_year
                            && tokens[i..end].iter().any(|t| t.is("full"))
                            && tokens.get(end + 1).is_none_or(|t| year_token(t).is_none())
                            && !modal_within(15)
                            && a.month() <= 4
                            && !(i > 0 && tokens[i - 1].is("a"))
                            && past_around(tokens, i, end)
                            && !after_in_sentence(tokens, end, 3).any(|k| forecast(&tokens[k]))
                            && reference.as_ref().is_none_or(|r| r.end.year() >= a.year()) =>
                    {
                        Some(a.year() - 1)
                    }
                    _ => None,
                });
                if let Some(year) = full_year_of {
                    expr.core = Core::Cal {
                        year: Some(year),
                        month: None,
                        day: None,
                    };
                }
                // "It said for the full month, car sales were off 20.7 pct" after "car sales for
                // February 21 through 28", read on March 4: the month just over that the story
                // has named a day or part of, among its last few dates (not what is to come)
                if matches!(
                    expr.core,
                    Core::Relative {
                        unit: Unit::Month,
                        offset: 0
                    }
                ) && tokens[i..end].iter().any(|t| t.is("full") || t.is("whole"))
                    && cx.tense != Tense::Future
                    && let Some(now) = anchor.and_then(|a| unit_at(a, Unit::Month, 0))
                    && let Some(told) = out.iter().rev().take(4).find_map(|t| {
                        t.date.as_ref().filter(|d| {
                            d.granularity <= Granularity::Month
                                && d.end < now.start
                                && d.start >= now.start - Duration::days(31)
                        })
                    })
                {
                    expr.core = Core::Cal {
                        year: Some(told.start.year()),
                        month: Some(told.start.month()),
                        day: None,
                    };
                }
                // "The qtr and year 1985 includes a 6,000,000 provision", "for the qtr and yr
                // 1986": a note's quarter joined to a year over is that year's last quarter (the
                // tokenizer spells "yr" out)
                if expr.the_period(Unit::Quarter)
                    && tokens.get(end).is_some_and(|t| t.is("and"))
                    && let year_at =
                        end + 1 + usize::from(tokens.get(end + 1).is_some_and(|t| t.is("the")))
                    && tokens.get(year_at).is_some_and(|t| t.is("year"))
                    && let Some(y) = tokens.get(year_at + 1).and_then(year_token)
                    && anchor.is_some_and(|a| y < a.year())
                {
                    expr.core = Core::Quarter {
                        year: Some(y),
                        q: 4,
                        years: 0,
                        by_months: false,
                    };
                }
                // "The derby is on April 8, a Monday night", "held on March 3, a Sunday": a
                // weekday set off after a day by ", a" is that day
                let named = expr.core.day_mut();
                if let Core::Weekday {
                    day: weekday,
                    rel: None,
                    ..
                } = *named
                    && let Some(ToldDay { date, .. }) =
                        last_day.filter(|&ToldDay { after, .. }| {
                            i == after + 2 && tokens[after].text == "," && tokens[after + 1].is("a")
                        })
                    && date.weekday() == weekday
                {
                    *named = Core::on(date);
                }
                let (closed_at, ending) = ends_on(tokens, i..end, &expr, &cx).unzip();
                // "reserves in the March 31 second quarter": a quarter named after the day
                // that closes it, as "the second quarter ended March 31" is
                let ending = ending.or_else(|| closed_before(tokens, i, &expr, &out));
                // "Apple will report fiscal second-quarter results on May 1": the quarter over
                // before its results come out
                let ending = ending.or_else(|| quarter_reported_on(tokens, i, end, &expr, anchor));
                // "Sales in the latest period were $1.76 billion" after "fourth-quarter
                // earnings": the quarter the story reports, once begun (alone, the last
                // quarter over)
                let latest = matches!(
                    expr.core,
                    Core::Relative {
                        unit: Unit::Quarter,
                        offset: -1
                    }
                ) && tokens[i..end]
                    .iter()
                    .any(|t| t.is("latest") || t.is("recent"));
                // ("This quarter's loss includes pretax charges" after "a net loss ... for the
                // third quarter ended Sept. 30", read Nov. 1: the results of a quarter under
                // way are not out yet, so they are those of the story's quarter, over; not
                // looking ahead, "expects this quarter's loss to narrow", "This quarter's
                // revenue will top $95 billion")
                let reported_this = matches!(
                    expr.core,
                    Core::Relative {
                        unit: Unit::Quarter,
                        offset: 0
                    }
                ) && tokens[i].is("this")
                    && tokens.get(end + 2).is_some_and(|t| results_noun(&t.lower))
                    && after_possessive(tokens, end + 2)
                    && !looks_ahead_around(tokens, i, end);
                let latest_quarter = quarter.as_ref().filter(|q| {
                    ending.is_none()
                        && anchor.is_some_and(|a| {
                            (latest && q.start <= a)
                                || (reported_this
                                    && q.end < a
                                    && unit_at(a, Unit::Quarter, -1)
                                        .is_some_and(|last| q.end >= last.start))
                        })
                });
                let ending = ending.or_else(|| latest_quarter.map(|q| q.value.clone()));
                // "the quarter ended Sept. 30" names its own quarter; "the next day" moves the
                // story on ("The next day he met the king. The following day he left" is the
                // day after that; not "the previous day's futures close")
                let moves_on = matches!(
                    expr.core,
                    Core::Anaphor {
                        unit: Some(Unit::Day),
                        years: 0,
                        offset: ..=-1 | 1..,
                        ..
                    } | Core::BusinessDay { .. }
                        // ("arrested in 2009. Two years later, he was convicted. He was
                        // released the following year": 2012)
                        | Core::Shifted {
                            from_reference: true,
                            amount: 1..,
                            ..
                        }
                ) && tokens.get(end).is_none_or(|t| !t.is_apostrophe())
                    // (and so does the year of months just over, which the year before
                    // named no longer names: "the same period last year" after it is
                    // counted from it)
                    || (matches!(
                        expr.core,
                        Core::Anaphor {
                            unit: Some(Unit::Year),
                            ..
                        }
                    ) && cx.months_so_far());
                // ("The bank earned $4.6 billion in the quarter, up from $4.1 billion a year
                // earlier" with no date named before it, told in the past: "the quarter" leans
                // on nothing, and is the quarter the story reports, which later words count
                // from; not a note's "in quarter", "for the qtr")
                let quarter_alone = reference.is_none()
                    && quarter.is_none()
                    && cx.tense == Tense::Past
                    && tokens[i].is("the")
                    && tokens.get(i + 1).is_some_and(|t| t.is("quarter"))
                    && expr.the_period(Unit::Quarter);
                let leans =
                    expr.leans_on_reference() && ending.is_none() && !moves_on && !quarter_alone;
                // (a part of last year a figure is measured from is a baseline, as one right
                // after "from" is: "compared with the 15 mln reported for the first quarter
                // last year. ... during the quarter" is this year's first; and it is not the
                // story's quarter)
                let baseline_last_year =
                    year_of_part_at == Some(end) && measured_from(tokens, first);
                let closes = closing_day.take() == Some(i);
                if closed_at.is_some() {
                    closing_day = closed_at;
                }
                // ("fiscal 2011 ended March 31": the day is in the year the period ends;
                // "the fiscal year starting April 1", "the year from April 1" in the year it
                // starts)
                // (and a quarter's in the year it ends: "fiscal 1985 third quarter ended
                // January 31" in January 1985, read in 1987)
                if let (Some(at), Some(period)) = (closed_at, &ending)
                    && matches!(period.granularity, Granularity::Year | Granularity::Quarter)
                {
                    let starts = period.granularity == Granularity::Year
                        && tokens[end..at]
                            .iter()
                            .any(|t| begins_on(&t.lower) || t.is("from"));
                    let year = if starts { period.start } else { period.end }.year();
                    span_end = Some((at, year));
                }
                let named_by_end = ending.is_some();
                let told_past = cx.tense == Tense::Past;
                // (a period a day closes has that day's period, whatever the story named
                // before it: "the half ended December 31" with no half named)
                let resolved = resolve(&expr, &cx, span.clone()).or_else(|| {
                    let period = ending.clone()?;
                    Some(Timex::dated(span.clone(), period, needs_anchor(&expr.core)))
                });
                if let Some(mut timex) = resolved.map(|mut t| {
                    let month = t.date.as_ref().filter(|_| month_quarter);
                    t.counted_from = cx.counted_from.take();
                    if let Some(days) = split_part {
                        t.value = days.timex.clone();
                        t.date = Some(days);
                    } else if let Some(date) = ending.or_else(|| quarter_to(month?.end, None)) {
                        t.value = date.timex.clone();
                        t.date = Some(date);
                        t.counted_from = latest_quarter.map(|q| q.at.clone());
                        // (an edge of the year a day closes, a length alone, is a date: that
                        // edge of the twelve months)
                        if matches!(expr.core, Core::Duration { .. })
                            && let Some(m) = expr.modifier
                        {
                            t.kind = TimexKind::Date;
                            apply_modifier(&mut t, m, anchor);
                        }
                    } else if let Some(days) = cx
                        .fiscal_end
                        .and_then(|e| fiscal_year_named(tokens, i..end, &expr, e))
                        // (not a part the story's quarter already gave days of its own)
                        .filter(|_| {
                            t.date
                                .as_ref()
                                .is_none_or(|d| d.granularity == Granularity::Year || !own_days(d))
                        })
                    {
                        t.date = Some(days);
                        if let Some(m) = expr.modifier {
                            apply_modifier(&mut t, m, anchor);
                        }
                    } else if let Core::RelQuarter {
                        n,
                        half: true,
                        years: 0,
                    } = expr.core
                        && tokens[i..end]
                            .iter()
                            .any(|t| t.is("fiscal") || t.is("financial"))
                        && let Some(half) = fiscal_half(&cx, n).or_else(|| {
                            let current = tokens[i..end].iter().any(|t| {
                                matches!(t.lower.as_ref(), "current" | "this" | "present")
                            });
                            fiscal_half_of_year(&cx, n, current)
                        })
                    {
                        // ("Nike's second quarter ended Nov. 30. Revenue for the first half
                        // of the fiscal year rose" is June to November: the story's fiscal
                        // year, as "the first half" alone is)
                        t.value = half.timex.clone();
                        t.date = Some(half);
                    } else if let Some(year) = fiscal_year_under_way(tokens, i..end, &expr, &cx) {
                        t.value = year.timex.clone();
                        t.date = Some(year);
                        if let Some(m) = expr.modifier {
                            apply_modifier(&mut t, m, anchor);
                        }
                    }
                    // "over", "up to" before a date are prepositions ("over the weekend",
                    // "up to Nov. 1"): they count only lengths of time
                    // ("founded over 100 years ago", "a little over a year ago" count a
                    // length back; "an increase over a year ago" compares)
                    let counted = matches!(expr.core, Core::Shifted { .. })
                        && first > 0
                        && (looks_past(&tokens[first - 1].lower)
                            || matches!(
                                tokens[first - 1].lower.as_ref(),
                                "just" | "little" | "well" | "slightly" | "only"
                            ));
                    match quantified {
                        Some((_, (_, true))) if t.kind != TimexKind::Duration && !counted => {
                            t.span = tokens[i].start..span.end;
                        }
                        Some((_, (m, _))) => t.modifier = t.modifier.or(Some(m)),
                        None => {}
                    }
                    if or_so {
                        t.modifier = t.modifier.or(Some(Modifier::Approx));
                    }
                    t.modifier = t.modifier.or(bound);
                    if t.kind == TimexKind::Duration {
                        t.modifier = t.modifier.or(range);
                    }
                    t
                }) {
                    // "declared monthly dividends of six cts for April, four cts for May, five
                    // cts for June, seven cts for July and six cts for August", read in March
                    // 1987: a list reads its months in order, and a month already over that
                    // comes at most six months after the one before it in the calendar is the
                    // next such month after it (the first as read; not a list that runs back,
                    // "in January and December", "in December, November and October", nor a
                    // month still to come, "Expirations will be January, May, July", nor one in
                    // a clause told in the past, "Prices jumped in October, with sales rising 4
                    // pct in December", read in November)
                    let month_alone = matches!(
                        expr.core,
                        Core::Cal {
                            year: None,
                            month: Some(_),
                            day: None
                        }
                    ) && timex
                        .date
                        .as_ref()
                        .is_some_and(|d| d.granularity == Granularity::Month);
                    // (each rule names the year the month moves to, read on the month as
                    // resolved)
                    let leg = || spread_leg(tokens, i);
                    // "AM International Inc said its third quarter net income may not exceed
                    // the breakeven level", read in April 1987: a quarter by its number alone
                    // in a clause that looks ahead is not one over more than a quarter ago,
                    // whose results are told, but the next of that number (1987-Q3; it was
                    // 1986-Q3), unless the last year the text wrote before it is over ("net
                    // income for 1986 ... it is possible second quarter results will be
                    // restated"), nor a figure's in a possessive ("sales to
                    // approximate the second quarter's 21.1 mln dlrs")
                    if expr.bare_quarter().is_some()
                        && expr.modifier.is_none()
                        && !named_by_end
                        && cx.tense == Tense::Unmarked
                        && let (Some(a), Some(d)) = (anchor, timex.date.as_ref())
                        && (a - d.end).num_days() > 92
                        && tokens[..i]
                            .iter()
                            .rev()
                            .find_map(year_token)
                            .is_none_or(|y| y >= a.year())
                        && !tokens.get(end).is_some_and(Tok::is_apostrophe)
                        && clause_looks_ahead(tokens, first, end)
                        && let Some(next) = fiscal_part_moved(d, 4, false).or_else(|| {
                            shift(d.start, Unit::Year, 1).and_then(|n| unit_at(n, Unit::Quarter, 0))
                        })
                    {
                        timex.redate(next);
                    }
                    let moved_to = timex.date.as_ref().filter(|_| month_alone).and_then(|d| {
                        let month = d.start.month();
                        let over = anchor.filter(|&a| d.end < a);
                        let before = last_month.filter(|&(_, before)| d.start < before);
                        if let Some((after, before)) = before
                            && over.is_some()
                            && cx.tense != Tense::Past
                            && month
                                .checked_sub(before.month())
                                .is_some_and(|n| (1..=6).contains(&n))
                            && months_in_order(tokens, after, i)
                        {
                            Some(before.year())
                        // (the near month of a futures spread is a contract still traded,
                        // never one over, as "will ship in March", read in April, may be:
                        // "Mar/May8 no quote", read in April 1987, is March 1988; and so is
                        // a row of a table of futures prices, and a contract quoted by its
                        // month, "March led next year contracts higher")
                        } else if let Some(a) = over
                            && (leg() == Some(SpreadLeg::Near)
                                || price_row(tokens, i)
                                || quoted_contract(tokens, i, end))
                        {
                            Some(a.year() + 1)
                        // (the far month of a futures spread comes after the near one:
                        // "Jul/May  3-1/4 over", read in April 1987, is July 1987 against May
                        // 1988)
                        } else if let Some((after, before)) = before
                            && after + 1 == i
                            && leg() == Some(SpreadLeg::Far)
                        {
                            Some(before.year() + i32::from(month < before.month()))
                        } else {
                            None
                        }
                        .and_then(|year| NaiveDate::from_ymd_opt(year, month, 1))
                        .and_then(|m| unit_at(m, Unit::Month, 0))
                    });
                    if let Some(moved) = moved_to {
                        timex.redate(moved);
                    }
                    last_month = timex
                        .date
                        .as_ref()
                        .filter(|_| month_alone)
                        .map(|d| (end, d.start));
                    // "In 1985, the latest year for which full figures are available": a
                    // period set beside the date named right before it, after a comma, is that
                    // date; and "made the appointments the same day, Jan. 4, 2012": a date set
                    // so beside a period named with "the" or "that" names it
                    // (where the tag begins, when a comma stands right before it: looked
                    // for only for the two kinds of expression below)
                    let beside = |span: &Range<usize>| {
                        let at = token_at(tokens, span.start);
                        (at >= 2 && tokens[at - 1].text == ",").then_some(at)
                    };
                    let period = match expr.core {
                        Core::Anaphor {
                            years: 0,
                            offset: 0,
                            ..
                        } => true,
                        Core::Relative { offset: -1, .. } => tokens[i..end]
                            .iter()
                            .any(|t| t.is("latest") || t.is("recent")),
                        _ => false,
                    };
                    let same = |a: Option<&DateValue>, b: Option<&DateValue>| {
                        a.zip(b)
                            .is_some_and(|(a, b)| a.granularity == b.granularity)
                    };
                    // (a date as named, not the end of one: "at end 1985, the latest year")
                    if period
                        && let Some(at) = beside(&timex.span)
                        && reference_at == Some(at - 1)
                        && out.last().is_some_and(|r| r.modifier.is_none())
                        && let Some(r) = &reference
                        && same(timex.date.as_ref(), Some(&r.value))
                    {
                        timex.redate(r.value.clone());
                    }
                    // (a date with its month, closed by a comma or the sentence's end: not
                    // "for the rest of the year, 1987 net income would be reduced")
                    if matches!(
                        expr.core,
                        Core::Cal {
                            year: Some(_),
                            month: Some(_),
                            ..
                        }
                    ) && tokens
                        .get(end)
                        .is_none_or(|t| matches!(t.text, "," | "." | ";" | ")"))
                        && let Some(at) = beside(&timex.span)
                        && let Some(prev) = out.last_mut()
                        && prev.span.end == tokens[at - 2].end
                        && tokens
                            .get(token_at(tokens, prev.span.start))
                            .is_some_and(|t| t.is("the") || t.is("that"))
                        && same(prev.date.as_ref(), timex.date.as_ref())
                    {
                        prev.value = timex.value.clone();
                        prev.date = timex.date.clone();
                    }
                    // (and the holiday is the one in the year of the day it falls on:
                    // "Thanksgiving falls on Nov. 28 this year"; or of the year named)
                    if let Some((_, at, mut holiday)) = holiday_day
                        && let Some(d) = timex.date.as_ref().filter(|d| {
                            matches!(d.granularity, Granularity::Day | Granularity::Year)
                        })
                        && let Core::Holiday {
                            holiday: named,
                            year,
                            ..
                        } = &mut holiday.core
                        && named.date(d.start.year()).is_some_and(|h| {
                            d.granularity == Granularity::Year
                                || (h - d.start).num_days().abs() <= 31
                        })
                        && let Some(told) = out.get_mut(at)
                    {
                        *year = Some(d.start.year());
                        if let Some(t) = resolve(&holiday, &cx, told.span.clone()) {
                            (told.value, told.date) = (t.value, t.date);
                        }
                    }
                    if leans
                        && let Some(r) = &reference
                        && Some(&r.at) == timex.counted_from.as_ref()
                        && timex.date.as_ref() == Some(&r.value)
                    {
                        echoed_at = Some(end);
                    }
                    if leans
                        && let Core::Anaphor {
                            unit: Some(Unit::Year),
                            years: 0,
                            offset: 0,
                            ..
                        } = expr.core
                        && let Some(d) = &timex.date
                        && d.granularity == Granularity::Year
                        && reference.as_ref().is_some_and(|r| r.granularity != d.granularity)
                        // (the year alone, as a period of figures: "for the year", not a
                        // phrase it closes, "the first nine weeks of its fiscal year", nor
                        // "the year-to-date")
                        && first > 0
                        && matches!(tokens[first - 1].lower.as_ref(), "for" | "in" | "during")
                        && tokens.get(end).is_none_or(|t| !t.is_glued_hyphen())
                    {
                        year_echo = Some((
                            end,
                            Told {
                                value: d.clone(),
                                at: timex.span.clone(),
                            },
                        ));
                    }
                    // a year written alone in one token: "2008", the "1986" of "1986/87"
                    let lone_year = match expr.core {
                        Core::Cal {
                            year: Some(y),
                            month: None,
                            day: None,
                        } if end == first + 1 => Some(y),
                        _ => None,
                    };
                    // a day with its clock ("3:30 p.m. on Friday") is a date named too; a
                    // date a superlative compares with is not what the story is about
                    // ("the lowest level since November")
                    // (nor the day a year back that figures are set against, "111 rigs at
                    // this time last year")
                    let event_year_named =
                        lone_year.is_some() && year_names_event(tokens, first, end);
                    if event_year_named && let Some(d) = &timex.date {
                        event_year = Some((
                            end,
                            Told {
                                value: d.clone(),
                                at: timex.span.clone(),
                            },
                        ));
                    }
                    let compared = since_superlative(tokens, first)
                        || in_aside(tokens, first, end)
                        || record_set(tokens, first)
                        || matches!(expr.core, Core::Anniversary { .. })
                        // (nor a quarter or half counted back, "the year-ago fourth quarter",
                        // "the previous fourth quarter", which a figure is compared with:
                        // "Full-year earnings" after it are the story's year's; but "Prior
                        // year 4th qtr and year" share the count)
                        || (expr.part_counted_back() && tokens.get(end).is_none_or(|t| !t.is("and")))
                        // (nor a note's "Current year net includes", "Prior year net
                        // excludes", "Current qtr figures", which date its figures, not the
                        // note's periods)
                        || matches!(expr.core, Core::NotePeriod { .. })
                        // (nor the base year of an index, "(base 1980)", nor of prices, "at
                        // fixed 1968 prices", "in 1980 dollars")
                        || (first > 0 && tokens[first - 1].is("base"))
                        || (lone_year.is_some()
                            && tokens.get(end).is_some_and(|t| {
                                matches!(t.lower.as_ref(), "prices" | "dollars" | "dlrs" | "terms")
                            }))
                        // (nor a turn of a century, which is no one year to count from)
                        || matches!(expr.modifier, Some(Mod::Turn { .. }))
                        || event_year_named
                        // (nor a year in a name after capitals, "Profits of BNI 1946, the
                        // largest of the seven")
                        || (lone_year.is_some() && first > 0 && named_by_capitals(&tokens[first - 1]))
                        // (nor a bare period so far, "year-to-date sales", "year to date",
                        // "YTD", which sets figures beside the story's period rather than
                        // moving to it)
                        || (tokens[end - 1].is("date") && unit_of(&tokens[first].lower).is_some())
                        || to_date(&tokens[first].lower).is_some()
                        // (nor the day of a figure a change is measured from, which the story
                        // is not on)
                        || dates_compared_figure(tokens, first, end);
                    // (and so does a quarter counted back that the text closes on a day:
                    // "expects fiscal third quarter earnings of 20 or 21 cents ... in the
                    // previous third quarter ended November 30 last year", read in October
                    // 1987, is September to November 1987; it was July to September)
                    // (see `fiscal_from_closed`)
                    let fiscal_told = |out: &mut [Timex], story: &Told, d: &DateValue| {
                        let a = anchor
                            .filter(|_| closed_at.is_some() && year_told == FiscalYear::Untold)?;
                        fiscal_from_closed(tokens, out, &numbered, first, d, story.clone(), a)
                    };
                    if compared
                        && matches!(expr.core, Core::Quarter { years: -1, .. })
                        && let (Some(d), Some(story)) = (&timex.date, &quarter)
                        && let Some(story) = fiscal_told(&mut out, story, d)
                    {
                        quarter = Some(StoryQuarter::new(story, true, tokens));
                    }
                    // (whether it is the day of a report, which dates the telling)
                    let mut reported = false;
                    if let Some(d) = &timex.date
                        && matches!(timex.kind, TimexKind::Date | TimexKind::Time)
                        && d.granularity != Granularity::Vague
                        && !leans
                        && !closes
                        && !compared
                        && year_of_part_at != Some(first)
                        // (nor a part of last year after the story's quarter: "In the second
                        // fiscal quarter last year, Tandem earned ... projections for the
                        // quarter" is the story's)
                        && !(year_of_part_at == Some(end) && quarter.is_some())
                    {
                        let told = |value: DateValue| Told {
                            value,
                            at: timex.span.clone(),
                        };
                        // (the story's quarter: the first named, or the one a table's heading
                        // closes)
                        // (named whole: not "the start of the third quarter"; nor counted
                        // back, "Prior year 4th qtr and year", whose list keeps it a date
                        // later words lean on)
                        if quarter.is_none()
                            && !expr.part_counted_back()
                            && !baseline_last_year
                            && let Some(q) = heads_quarter(tokens, first, end, d).or_else(|| {
                                (d.granularity == Granularity::Quarter && timex.modifier.is_none())
                                    .then(|| d.clone())
                            })
                        {
                            let numbered = d.granularity == Granularity::Quarter
                                && matches!(
                                    expr.core,
                                    Core::Quarter {
                                        by_months: false,
                                        ..
                                    } | Core::RelQuarter { half: false, .. }
                                );
                            quarter = Some(StoryQuarter::new(told(q), numbered, tokens));
                        } else if let Some(story) = &quarter
                            && d.granularity == Granularity::Quarter
                            && same_number(d, &story.value)
                            && story.value.start.month() % 3 == 1
                            && d.start.month() % 3 != 1
                            // (a whole quarter, not the month "the end of the quarter" is)
                            && (d.end - d.start).num_days() >= 85
                            // (nor one a year back, "For the fourth quarter ended March 30,
                            // 1986" after "expects to have record fourth quarter earnings",
                            // read in March 1987: not over longer ago than the last one)
                            && anchor.is_none_or(|a| (a - d.end).num_days() <= 92)
                        {
                            // (the story's fiscal quarter, first named by its number as the
                            // calendar's, "reported a profitable fiscal fourth quarter", then
                            // by its months, "the quarter ended May 31": the second tells its
                            // days; and with no "fiscal", a year apart, "losses in the third
                            // quarter ... In the quarter ended March 8", read in March 1987,
                            // 1986-Q3 then 1987-Q3)
                            // (and the first naming is that quarter too, as the text later
                            // told its days, and so moves a quarter counted from it: "sales
                            // in the second quarter rose ... from 80 mln dlrs a year ago")
                            let at = story.at.clone();
                            let was = period_index(&story.value);
                            for t in out.iter_mut() {
                                let moved = if t.span == at {
                                    Some(d.clone())
                                } else if t.counted_from.as_ref() == Some(&at)
                                    && let (Some(was), Some(counted)) =
                                        (was, t.date.as_ref().and_then(period_index))
                                {
                                    fiscal_part_moved(d, counted - was, false)
                                } else {
                                    None
                                };
                                if let Some(moved) = moved {
                                    t.redate(moved);
                                }
                            }
                            quarter = Some(StoryQuarter::new(told(d.clone()), true, tokens));
                        } else if let Some(story) = &quarter
                            && let Some(a) = anchor
                            && let Some(story) = fiscal_told(&mut out, story, d)
                        {
                            // (the closed one is the story's quarter from then on, unless it
                            // is over longer ago than the last one: "For the fourth quarter
                            // ended March 30, 1986" after "expects to have record fourth
                            // quarter earnings", read in March 1987, leaves the first naming)
                            let story = if (a - d.end).num_days() <= 92 {
                                told(d.clone())
                            } else {
                                story
                            };
                            quarter = Some(StoryQuarter::new(story, true, tokens));
                        }
                        if d.granularity == Granularity::Half
                            && timex.modifier.is_none()
                            && own_days(d)
                        {
                            half_told = Some(told(d.clone()));
                        }
                        reported = day_of_report(tokens, first, end, &expr);
                        before_report = reported.then(|| (reference.clone(), reference_at));
                        if reported {
                            report_days.push(timex.span.start);
                        }
                        // (a second one in the sentence keeps the date before the first:
                        // "from 14.89 billion in February 1986 and from 14.65 billion in
                        // January")
                        // (with no date named before, the story's is the one a year after
                        // the period it measures from: "rose to 5.1 mln dlrs from 4.2 mln
                        // dlrs in 1985. Revenues for the year" is 1986, "versus 15.5 mln in
                        // last year's first quarter. Provisions in the quarter" this year's)
                        baseline_of = (baseline(tokens, first) || baseline_last_year).then(|| {
                            match baseline_of.take() {
                                Some((_, before, before_at)) => (end, before, before_at),
                                None if reference.is_none() => (
                                    end,
                                    match d.granularity {
                                        Granularity::Year => Some(Unit::Year),
                                        Granularity::Quarter => Some(Unit::Quarter),
                                        Granularity::Month => Some(Unit::Month),
                                        _ => None,
                                    }
                                    .and_then(|u| unit_at(shift(d.start, Unit::Year, 1)?, u, 0))
                                    .filter(|next| anchor.is_some_and(|a| next.start <= a))
                                    .map(told),
                                    None,
                                ),
                                None => (end, reference.clone(), reference_at),
                            }
                        });
                        // (a period of days is no one day)
                        let days = d.is_span();
                        if d.granularity == Granularity::Day && !days {
                            named_day = Some(told(d.clone()));
                            if anchor.is_none_or(|a| d.start <= a) {
                                past_day = named_day.clone();
                            }
                        }
                        if d.granularity == Granularity::Week {
                            named_week = Some(told(d.clone()));
                        }
                        if matches!(d.granularity, Granularity::Day | Granularity::Month) && !days {
                            named_month = Some(told(d.clone()));
                        }
                        // ("exports rose in July-December 1986 ... during the period": a
                        // range of months that makes a half, a quarter or a year is the
                        // period the text speaks of next)
                        // (nor is the day "the three months ended" names: the quarter it
                        // closes is)
                        // (one after the story's quarter, when that one is over: the
                        // outlook of a report of results)
                        let ahead = d.granularity == Granularity::Quarter
                            && quarter.as_ref().is_some_and(|q| {
                                d.start > q.value.end && anchor.is_some_and(|a| q.value.end < a)
                            })
                            && looks_ahead_around(tokens, first, end);
                        guidance = if ahead {
                            // (the reference before the first such quarter; not the day of
                            // a report, "reported third-quarter revenue on Wednesday", which
                            // dates the telling: the story's quarter)
                            let before = match guidance.take() {
                                Some((before, _)) => before,
                                None => reference
                                    .clone()
                                    .filter(|r| report_days.binary_search(&r.at.start).is_err())
                                    .or_else(|| quarter.as_ref().map(|q| q.told.clone())),
                            };
                            Some((before, first))
                        } else {
                            None
                        };
                        reference = out
                            .last()
                            .and_then(|prev| {
                                months_spanned(tokens, first, prev, d)
                                    .or_else(|| quarter_closed(tokens, first, prev, d))
                            })
                            .or_else(|| Some(d.clone()))
                            .map(told);
                        // (the days of a period "the same period" names, when the date is
                        // the reference itself)
                        named_period = match &reference {
                            Some(r) if r.value != *d => None,
                            _ if days => Some((told(d.clone()), true)),
                            _ => period_of_days(tokens, first, end, out.last(), d)
                                .map(|(days, written)| (told(days), written)),
                        };
                        reference_at = Some(end);
                        echoed_at = None;
                        year_echo = None;
                    }
                    // ("tomorrow morning at 9 a.m.": a part of a day names the day too)
                    let part = match &expr.core {
                        Core::DayPart { part, .. } | Core::PartOfDay { part, .. } => Some(*part),
                        _ => None,
                    };
                    // "The quake struck at 05:46 local time (2046 GMT Thursday)": a twin in
                    // parentheses that names its day dates the first clock, which had none,
                    // on the day the zones' offset puts it (from 10 hours behind, Hawaii's,
                    // to 14 ahead: "0730 hrs local time (1930 GMT March 22)" is New
                    // Zealand's morning of March 23)
                    if let Core::Clock {
                        hour: twin_hour,
                        day: Some(_),
                        ..
                    } = &expr.core
                        && let Some(
                            clock @ LastClock {
                                hour,
                                day_given: false,
                                ..
                            },
                        ) = last_clock
                        && clock.twin_at(tokens, i)
                        && let Some(twin_day) = timex.date.as_ref().map(|d| d.start)
                        && let Some(first) = out.last_mut()
                        && first.span.end <= timex.span.start
                        && let Some(days) = zones_apart(hour, *twin_hour)
                        && let Some(day) = twin_day.checked_add_signed(Duration::days(days))
                    {
                        first.move_clock_to(day);
                    }
                    // ... and a twin that names no day is on the first clock's day, so shifted:
                    // "The deadline passed at midnight on Monday (2200 GMT)" is Monday's 22:00
                    // (was the publication's day)
                    if let Core::Clock {
                        hour: twin_hour,
                        day: None,
                        ..
                    } = &expr.core
                        && let Some(
                            clock @ LastClock {
                                hour,
                                date,
                                day_given: true,
                                ..
                            },
                        ) = last_clock
                        && clock.twin_at(tokens, i)
                        && let Some(days) = zones_apart(hour, *twin_hour)
                        && let Some(day) = date.checked_sub_signed(Duration::days(days))
                    {
                        timex.move_clock_to(day);
                    }
                    last_clock = match (&expr.core, &timex.date) {
                        (Core::Clock { hour, day, .. }, Some(d)) => Some(LastClock {
                            start: i,
                            after: end,
                            date: d.start,
                            hour: *hour,
                            day_given: day.is_some(),
                        }),
                        _ => None,
                    };
                    // (a length names no day and keeps the last one: "exploded on Monday
                    // afternoon ... went off about 10 seconds apart at 2:50 p.m.")
                    if timex.kind != TimexKind::Duration {
                        let told = |d: &DateValue, part| ToldDay {
                            start: i,
                            after: end,
                            date: d.start,
                            part,
                        };
                        last_day = timex
                            .date
                            .as_ref()
                            .filter(|d| {
                                d.granularity == Granularity::Day
                                    && (timex.kind == TimexKind::Date || part.is_some())
                            })
                            .map(|d| told(d, part));
                        if !reported {
                            story_day = last_day;
                        }
                        if let Some(d) = timex
                            .date
                            .as_ref()
                            .filter(|d| d.granularity == Granularity::Week)
                        {
                            last_week = Some(told(d, None));
                        }
                    }
                    // ("to be made effective June 30 and September 30", read in March: a
                    // date with no year the text reads ahead takes what is listed after it
                    // ahead too, not back to the nearer September gone)
                    let ahead = timex.relative
                        && matches!(expr.core, Core::Cal { year: None, .. })
                        && timex
                            .date
                            .as_ref()
                            .zip(anchor)
                            .is_some_and(|(d, a)| d.start > a);
                    if matches!(tense, Tense::Future | Tense::Past) {
                        listed = Some((end, tense));
                    } else if ahead {
                        listed = Some((end, Tense::Future));
                    } else if tokens[i].is("later")
                        && last_day.is_some_and(|day| Some(day.date) == anchor)
                    {
                        // "moves across Georgia later Wednesday and into the Carolinas on
                        // Thursday", published on the Wednesday: the rest of today is still
                        // to come, and so is what is listed after it
                        listed = Some((end, Tense::Future));
                    }
                    // (a length carries the schedule on only in its sentence: "for two hours
                    // on Thursday, four on Friday", but not "will close Thursday. Prices rose
                    // on the 10-year note late Friday")
                    if timex.kind == TimexKind::Duration {
                        coming_day = coming_day
                            .filter(|&(after, _)| !(after..i).any(|k| ends_sentence(tokens, k)))
                            .map(|(_, day)| (end, day));
                    } else if let Some(ToldDay { date: day, .. }) = last_day {
                        coming_day = anchor
                            .filter(|&a| day > a && day <= a + Duration::days(7))
                            .map(|_| (end, day));
                    }
                    // a day of a month the text wrote out may open or close a range of
                    // days: "15-16 March", "March 26 and 27"
                    let written_day = timex
                        .date
                        .as_ref()
                        .filter(|d| {
                            timex.kind == TimexKind::Date
                                && d.granularity == Granularity::Day
                                && matches!(
                                    expr.core,
                                    Core::Cal { day: Some(_), .. } | Core::DayOfWeekday { .. }
                                )
                        })
                        .map(|d| d.start);
                    let second = written_day.and_then(|d| second_day_of_range(tokens, end, d));
                    let relative = timex.relative;
                    let before = written_day
                        .map_or_else(Vec::new, |d| first_days_of_range(tokens, first, d));
                    if let Some(&(k, _)) = before.first()
                        && out
                            .last()
                            .is_none_or(|t: &Timex| t.span.end <= tokens[k].start)
                    {
                        for (k, day) in before {
                            out.push(Timex::day(tokens[k].start..tokens[k].end, day, relative));
                        }
                    }
                    // "between 7 and 10 p.m.", "from 2 to 4 p.m.", "2-4 p.m.", "between 10:00
                    // and 12:00 GMT": the figure that opens a span of clock times is a clock
                    // in the closing one's half of the day
                    if let Core::Clock { hour, .. } = expr.core
                        && let Some((at, opening, minute)) = opening_clock(tokens, first, hour)
                        && out
                            .last()
                            .is_none_or(|t: &Timex| t.span.end <= tokens[at.start].start)
                        && let Some(day) = timex.value.get(..10)
                    {
                        let mut clock = timex.clone();
                        clock.span = tokens[at.start].start..tokens[at.end - 1].end;
                        clock.value = format!("{day}T{opening:02}:{minute:02}");
                        clock.modifier = None;
                        out.push(clock);
                    }
                    // "the first quarter 1986 ending March 31", "last year's first quarter
                    // ended April 30": the day that closes a quarter or a half of a named
                    // year is in that year, and so is a month "in" which it ends ("the second
                    // half of fiscal 1987 ending in August") (not "First half ended December
                    // 31", a fiscal half with no year, nor "the period ending March 31")
                    let year_named = matches!(
                        expr.core,
                        Core::Quarter { year: Some(_), .. }
                            | Core::Half { year: Some(_), .. }
                            | Core::RelQuarter { years: -1 | 1, .. }
                    );
                    if closed_at.is_none()
                        && year_named
                        && let Some(d) = timex.date.as_ref().filter(|d| {
                            matches!(d.granularity, Granularity::Quarter | Granularity::Half)
                        })
                        && tokens.get(end).is_some_and(|t| closes_on(&t.lower))
                    {
                        let within = tokens.get(end + 1).is_some_and(|t| t.is("in"));
                        span_end = Some((end + 1 + usize::from(within), d.end.year()));
                    }
                    // "lasted from Tuesday to Thursday", "runs Friday through Monday": the
                    // closing weekday comes after the opening one (the closing a week on
                    // when the span is still to come, else the opening a week back, as a
                    // weekday in no tense is the last one)
                    // (or a part of one: "from Tuesday night through Wednesday"; or a clock
                    // on one: "in effect from 6 p.m. Monday until 6 a.m. Wednesday")
                    let (day, clock) = match &expr.core {
                        Core::DayPart { day, .. } => (&day.core, false),
                        Core::Clock { day: Some(day), .. } => (&day.core, true),
                        core => (core, false),
                    };
                    let is_weekday = matches!(
                        day,
                        Core::Weekday {
                            rel: None,
                            from_reference: false,
                            ..
                        }
                    ) && (clock || timex.names_day());
                    // (and within a week: "Rain is forecast from Tuesday night through
                    // Wednesday" opens on the Tuesday before that Wednesday, when nothing
                    // told the Tuesday's tense)
                    // ("from Monday to Friday last week": a closing day of a week named
                    // holds the opening one in that week)
                    let in_week_named = matches!(day, Core::WeekdayOfWeek { .. });
                    if let Some((at, opening, opened)) = weekday_span.take()
                        && at == i
                        && (is_weekday || in_week_named)
                        && let (Some(open), Some(close)) = (
                            out.get(opening)
                                .and_then(|t| t.date.as_ref())
                                .map(|d| d.start),
                            timex.date.as_ref().map(|d| d.start),
                        )
                    {
                        if in_week_named {
                            let back = (close - open).num_days().rem_euclid(7);
                            let moved = (close - open).num_days() - back;
                            if moved != 0 {
                                out[opening] = out[opening].moved(moved);
                            }
                        } else if close < open && opened != Tense::Future {
                            out[opening] = out[opening].moved(-7);
                        } else if close < open {
                            timex = timex.moved(7);
                        } else if close - open >= Duration::days(7) && opened == Tense::Unmarked {
                            out[opening] = out[opening].moved(7);
                        } else if close - open >= Duration::days(7) && opened == Tense::Past {
                            // ("was hospitalized from Thursday until Saturday", read on a
                            // Monday: "until" looks ahead, but the range opened in the past
                            // closes within its week)
                            timex = timex.moved(-7 * ((close - open).num_days() / 7));
                        }
                    }
                    // "The court will hear arguments Tuesday and Wednesday ... Wednesday's
                    // case concerns the 1996 law": a weekday in no tense, named again, is the
                    // day it stood for before (not in a sentence with a verb in the past other
                    // than a report's, which may tell of another week: "A Friday rumor had
                    // put the number far higher" after "producer price data out Friday")
                    // (what a weekday stood for is kept whatever read it: "Tuesday and
                    // Wednesday", where the second is counted from the first)
                    if let Some(this) = timex.date.as_ref().map(|d| d.start)
                        && timex.names_day()
                        && let Some(weekday) = tokens[i..end]
                            .iter()
                            .find_map(|t| weekday_of(&t.lower))
                            .filter(|&w| w == this.weekday())
                    {
                        let told = &mut weekdays_told[weekday.num_days_from_monday() as usize];
                        if is_weekday
                            && tense == Tense::Unmarked
                            && let Some(before) = *told
                            && before != this
                            && !past_around(tokens, first, end)
                        {
                            timex = timex.moved((before - this).num_days());
                        }
                        *told = timex.date.as_ref().map(|d| d.start);
                    }
                    if is_weekday && opens_span(tokens, i, end) {
                        weekday_span = Some((end + 1, out.len(), tense));
                    }
                    // "from June 1 to Nov. 30", "between May 10 and October 10": two days
                    // with no year are read together, the closing one the first such day
                    // after the opening one
                    if let Core::Cal {
                        year: None,
                        month: Some(m),
                        day: Some(d),
                    } = expr.core
                        && let Some((open, close_year)) =
                            day_range_years(tokens, i, end, (m, d), tense, anchor)
                    {
                        timex.value = open.to_string();
                        timex.date = Some(DateValue::day(open));
                        span_end = Some((end + 1, close_year));
                    }
                    // "The shutdown began Oct. 1, the first day of the fiscal year": set off by
                    // a comma after a day, the first or last day of a period is that day (a
                    // fiscal year's first day is no calendar's)
                    if matches!(expr.modifier, Some(Mod::FirstDay | Mod::LastDay))
                        && i >= 2
                        && tokens[i - 1].text == ","
                        && let Some(day) = out.last().filter(|t| {
                            t.span.end == tokens[i - 2].end
                                && t.date
                                    .as_ref()
                                    .is_some_and(|d| d.granularity == Granularity::Day)
                        })
                    {
                        (timex.value, timex.date) = (day.value.clone(), day.date.clone());
                    }
                    if let Core::Shifted {
                        unit,
                        amount: amount @ ..0,
                        from_reference: false,
                    } = expr.core
                        && timex.modifier.is_some()
                    {
                        counted_back.push((out.len(), unit, -amount));
                    }
                    if let Core::Holiday {
                        years: None,
                        rel: None,
                        weekend: false,
                        ..
                    } = expr.core
                    {
                        last_holiday = Some((end, out.len(), expr.clone()));
                    }
                    if let Some(q) = expr.bare_quarter().filter(|_| expr.modifier.is_none()) {
                        numbered.push((out.len(), q, closed_at));
                    }
                    // (a year written without "fiscal" is the calendar's: "the first half of
                    // 1987" stays)
                    if let Some((h, year)) = expr.half_named().filter(|_| expr.modifier.is_none())
                        && (year.is_none()
                            || tokens[first.saturating_sub(1)..end]
                                .iter()
                                .any(|t| t.is("fiscal")))
                    {
                        halves.push((out.len(), h, year));
                    }
                    if first_closed.is_none()
                        && closed_at.is_some()
                        && timex.modifier.is_none()
                        && timex.date.as_ref().is_some_and(|d| {
                            matches!(d.granularity, Granularity::Quarter | Granularity::Half)
                                && own_days(d)
                        })
                    {
                        first_closed = Some(out.len());
                    }
                    // (a length named after a period of days is the period the text speaks
                    // of next: "Sales for the five weeks ended April 4 rose. Sales for the
                    // first nine weeks of its fiscal year were up from the same period a
                    // year ago")
                    // (not one counted back from the period: "In the three months from
                    // December to February, sales were little changed over the previous three
                    // months but higher than the same period a year ago")
                    // (nor a length the text does not name as a period of its own, "their
                    // lowest level for a decade": one with "the", "first" or "last")
                    if timex.kind == TimexKind::Duration
                        && !length_counted_back(tokens, &timex.span)
                        && tokens[first.saturating_sub(1)..=first]
                            .iter()
                            .any(|t| matches!(t.lower.as_ref(), "the" | "first" | "last"))
                    {
                        named_period = None;
                    }
                    // ("its year-to-date load factor was down to 52.2 pct from 54.8 pct
                    // during the same period last year" after February: the year so far, to
                    // the end of the month, or the day, the text named last)
                    // (and "the year" of "the year to date", "the year-to-date", whose
                    // tag leaves the words out)
                    let to_date_after = tokens[end - 1].is("year")
                        && tokens[end..tokens.len().min(end + 4)]
                            .iter()
                            .map(|t| t.lower.as_ref())
                            .filter(|w| *w != "-")
                            .take(2)
                            .eq(["to", "date"]);
                    let year_so_far = (tokens[end - 1].is("date")
                        && tokens[first..end].iter().any(|t| t.is("year")))
                        || to_date(&tokens[first].lower) == Some(Unit::Year)
                        || to_date_after;
                    // (the month or day named last, when the reference is the year the
                    // tag took: "February sales rose. Sales for the year to date")
                    let last_named = year_so_far
                        .then(|| {
                            reference
                                .as_ref()
                                .filter(|r| r.value.granularity <= Granularity::Month)
                                .or(named_month.as_ref())
                        })
                        .flatten();
                    let mut so_far_to = None;
                    if let Some(m) = last_named.map(|r| &r.value).filter(|m| {
                        anchor.is_some_and(|a| m.start <= a && m.start.year() == a.year())
                    }) && let Some(opening) = ymd(m.start.year(), 1, 1)
                    {
                        // (to the end of the period that date opened or closed: "the March
                        // 1-10 period ... the calendar year-to-date" runs to March 10)
                        let last = named_period
                            .as_ref()
                            .filter(|(p, _)| last_named.is_some_and(|r| r.at == p.at))
                            .map_or(m.end, |(p, _)| p.value.end.max(m.end));
                        so_far_to = Some(last);
                        named_period = Some((
                            Told {
                                value: DateValue::days(opening, last),
                                at: timex.span.clone(),
                            },
                            false,
                        ));
                    }
                    // "Shares have risen 20% so far this year", "year-to-date sales", "the
                    // quarter to date": the publication's period up to the publication, or
                    // to the end of the month or day named last ("February sales rose ...
                    // year-to-date sales rose", read March 4, run to February 28)
                    // (the words asked last: only a period under way may be one)
                    // (and so does one right after the verb in the past it dates, "the
                    // Commerce Department said this week that", "VW said this month", which
                    // is no year so far a year counted back compares with)
                    if let Some(a) = anchor
                        && timex.modifier.is_none()
                        && let Some(d) = timex.date.as_mut().filter(|d| {
                            (Granularity::Week..=Granularity::Year).contains(&d.granularity)
                                && d.start <= a
                                && a < d.end
                        })
                    {
                        let so_far_words = year_so_far || so_far(tokens, first, end);
                        if so_far_words || (told_past && dated_by_past_verb(tokens, first, &expr)) {
                            d.end = so_far_to.unwrap_or(a);
                        }
                        if so_far_words
                            && d.granularity == Granularity::Year
                            && !tokens[first..end]
                                .iter()
                                .any(|t| t.is("fiscal") || t.is("financial"))
                        {
                            year_so_far_at = Some((d.clone(), end));
                        }
                    }
                    // "Year-to-date car sales rose to 56,164 from 11,020 during the same
                    // period last year", "so far this year to 588,720 against 769,874 a year
                    // earlier": a year counted back later in the sentence of a year so far
                    // keeps its value and spans the same days a year back
                    // (the words and the year first: the sentence is asked last, and only
                    // of one at most 60 tokens on)
                    if let Some((so_far_days, at)) = &year_so_far_at
                        && tokens[first..end].iter().any(|t| {
                            matches!(
                                t.lower.as_ref(),
                                "last" | "previous" | "prior" | "before" | "earlier" | "ago"
                            )
                        })
                        && let Some(d) = timex.date.as_mut().filter(|d| {
                            d.granularity == Granularity::Year
                                && d.modifier.is_none()
                                && !own_days(d)
                                && d.start.year() + 1 == so_far_days.start.year()
                        })
                        && first <= at + 60
                        && !(*at..first).any(|k| ends_sentence(tokens, k))
                        && let Some(back) = so_far_days.days_moved(0, -1)
                    {
                        (d.start, d.end) = (back.start, back.end);
                    }
                    // "The dollar has fallen sharply over the past year", "erasing the
                    // entire gain of the past year", "trading in the past week": valued as
                    // the year (month, week) before the publication's, as TimeBank marks
                    // it, the twelve months (month, seven days) up to the publication (not
                    // the final one of something, "the last year of the current pact", "the
                    // last week before the election", nor a year it stands beside, "sales of
                    // 186 mln dlrs in 1985, the last year for which")
                    if let Some(a) = anchor
                        && let Core::Relative {
                            unit: unit @ (Unit::Year | Unit::Month | Unit::Week),
                            offset: -1,
                        } = expr.core
                        && timex.modifier.is_none()
                        && timex.counted_from.is_none()
                        && end - first == 3
                        && tokens[first].is("the")
                        && matches!(tokens[first + 1].lower.as_ref(), "past" | "last")
                        && !tokens.get(end).is_some_and(|t| {
                            matches!(
                                t.lower.as_ref(),
                                "of" | "before" | "after" | "until" | "leading" | "ahead"
                            )
                        })
                        && !(first >= 2
                            && tokens[first - 1].text == ","
                            && year_token(&tokens[first - 2]).is_some())
                        && let Some(d) = timex.date.as_mut().filter(|d| d.end < a)
                        && let Some(opening) = opening_of(a, unit, 1)
                    {
                        (d.start, d.end) = (opening, a);
                    }
                    // "85,000 for the same period in 1986/87" after "in 1987/88", "in the
                    // same period of 1985/86": the period moved into the split year written
                    // after it, so that it ends in the year the split runs to (the split is
                    // tagged on its own)
                    if let Core::Anaphor {
                        in_year: None,
                        years: 0,
                        offset: 0,
                        ..
                    } = expr.core
                        && tokens[first..end].iter().any(|t| matching(&t.lower))
                        && let Some(last) = split_year_after(tokens, end)
                        && let Some(d) = timex.date.as_ref()
                        && let Some(moved) = d.years_later(last - d.end.year())
                    {
                        timex.redate(moved);
                    }
                    // ("In the first 10 months of the year, exports rose 7.8 percent from the
                    // same period last year": the first months of the year named are the
                    // period; not what "a year earlier" counts from, which is the year, as
                    // TimeBank marks it)
                    if let Some(days) = first_part_of(tokens, first, out.last(), &timex) {
                        named_period = Some((
                            Told {
                                value: days,
                                at: timex.span.clone(),
                            },
                            false,
                        ));
                    }
                    out.push(timex);
                    // "this year and next", "last year and this": the period the last word
                    // stands for
                    if let Core::Relative { unit, .. } = expr.core
                        && matches!(unit, Unit::Week | Unit::Month | Unit::Quarter | Unit::Year)
                        && tokens.get(end).is_some_and(|t| t.is("and") || t.is("or"))
                        && let Some(offset) =
                            tokens.get(end + 1).and_then(|t| this_last_next(&t.lower))
                        && tokens.get(end + 2).is_none_or(|t| t.kind == Kind::Punct)
                        && let Some(d) = anchor.and_then(|a| unit_at(a, unit, i64::from(offset)))
                    {
                        out.push(Timex::dated(
                            tokens[end + 1].start..tokens[end + 1].end,
                            d,
                            true,
                        ));
                        end += 2;
                    }
                    // "in 1974-76", "the 2011-12 season", "output in 1986/87": a year that
                    // runs on, written with the last two digits of the year it runs to, has
                    // that year tagged on its own, as "1974-1976" does
                    // ("fiscal 1985/86 ended March 31", "in coffee year 1986/87" too: a year
                    // written last in its expression)
                    let runs_from = match expr.core {
                        Core::Cal {
                            year: Some(y),
                            month: None,
                            day: None,
                        } if year_token(&tokens[end - 1]) == Some(y) => Some(y),
                        _ => None,
                    };
                    if let Some(y) = runs_from
                        && let Some(last) = second_year_of_range(tokens, end, y)
                        && let Some(d) = ymd(last, 1, 1).and_then(|d| unit_at(d, Unit::Year, 0))
                    {
                        let runs_from_at = out.last().map(|t| t.span.clone());
                        out.push(Timex::dated(
                            tokens[end + 1].start..tokens[end + 1].end,
                            d,
                            false,
                        ));
                        // (a year split into the next is what later words count from, both
                        // its years, named for the second: "in 1986/87 against 25.40 mln a
                        // year earlier" is 1985/86)
                        // (the twelve months to the month the story's fiscal years end in,
                        // when the text tells it: "1986/87 group net profit fell 42.5 pct
                        // from a year earlier" after "the year ending March 31, 1988" is
                        // April 1985 to March 1986)
                        if last == y + 1
                            && let Some(r) = reference
                                .as_mut()
                                .filter(|r| runs_from_at.as_ref() == Some(&r.at))
                            && let (Some(first), Some(close)) = (ymd(y, 1, 1), ymd(last, 12, 31))
                        {
                            r.value = match story_year_end(fiscal_end, quarter.as_ref())
                                .filter(|&m| m < 12)
                                .and_then(|m| month_bounds(last, m))
                                .and_then(|(_, close)| twelve_months_to(close))
                            {
                                Some(fiscal) => fiscal,
                                None => DateValue::whole(
                                    format!("{last:04}"),
                                    (first, close),
                                    Granularity::Year,
                                ),
                            };
                        }
                        end += 2;
                        // ("the 1987/88 crop year ending August", "1986/87, ending June
                        // 30", "The 2012-13 season ends in May": the month is in the year
                        // the span runs to; "The 2024/25 season starts in August" in the
                        // year it runs from)
                        if let Some(k) = (end..tokens.len().min(end + 4)).find(|&k| {
                            matches!(
                                tokens[k].lower.as_ref(),
                                "ending"
                                    | "ended"
                                    | "ends"
                                    | "starts"
                                    | "started"
                                    | "begins"
                                    | "began"
                                    | "opens"
                            ) || starts_from(&tokens[k].lower)
                        }) && ((end..k).all(|j| tokens[j].is(","))
                            || (end..k).any(|j| tokens[j].is("year") || tokens[j].is("season")))
                        {
                            let year = if tokens[k].lower.starts_with("end") {
                                last
                            } else {
                                y
                            };
                            let month =
                                k + 1 + usize::from(tokens.get(k + 1).is_some_and(|t| t.is("in")));
                            span_end = Some((month, year));
                        }
                    }
                    // the days that follow this one: the second of a pair or range, or each
                    // of a list ("April 5, 12 and 19"), with the tokens of each
                    let following = match second {
                        Some((after, date)) => Some((after, vec![(end + 1..after, date)])),
                        None => written_day.and_then(|d| days_listed(tokens, end, d)),
                    };
                    // (the first day takes a year written after the last, "Oct. 1, 2 and 3,
                    // 2012"; a day: not "the weekend of April 20-21")
                    if let Some((_, days)) = &following
                        && let Some((_, date)) = days.last()
                        && let (Some(first), Core::Cal { year: None, .. }) =
                            (out.last_mut(), &expr.core)
                        && let Some(day) = first
                            .date
                            .as_ref()
                            .filter(|d| d.start == d.end)
                            .and_then(|d| d.start.with_year(date.year()))
                    {
                        first.value = day.to_string();
                        first.date = Some(DateValue::day(day));
                    }
                    if let Some((after, days)) = following {
                        for (at, day) in &days {
                            out.push(Timex::day(
                                tokens[at.start].start..tokens[at.end - 1].end,
                                *day,
                                relative,
                            ));
                        }
                        if let Some((at, date)) = days.last() {
                            last_day = Some(ToldDay {
                                start: at.start,
                                after,
                                date: *date,
                                part: None,
                            });
                            story_day = last_day;
                        }
                        end = after;
                    }
                }
                i = end;
            }
            None => i += 1,
        }
    }
    // "Heinz said net income for the third quarter rose 18.2 pct ... For the third quarter
    // ended January 31, Heinz earned": a quarter named by its number alone before the story
    // first closes one on a day of no year written is the quarter that day closes, when their
    // numbers agree (the fiscal quarter, whose days the story had not told yet)
    // (a day of no year written: the day's tag takes the period's year, so the words are read
    // again)
    let yearless = |at: usize| {
        !parse_at(tokens, at)
            .is_some_and(|(_, d)| matches!(d.core, Core::Cal { year: Some(_), .. }))
    };
    if let Some(n) = numbered
        .iter()
        .position(|&(.., closed)| closed.is_some_and(yearless))
    {
        let (k, q, _) = numbered[n];
        let (value, date) = (out[k].value.clone(), out[k].date.clone());
        for &(j, p, _) in numbered[..n].iter().rev().take_while(|(.., c)| c.is_none()) {
            if p == q {
                (out[j].value, out[j].date) = (value.clone(), date.clone());
            }
        }
    }
    // "Hartmarx expects record earnings in the second half of fiscal 1987 ... The company
    // reported earnings for the second quarter ended May 31": in a story that tells nothing
    // of its fiscal year, a half named before the first part it closes on a day, at most two
    // sentences before, is that half of the fiscal years the closed part tells (June to
    // November 1987; it was the calendar's), of the year written after "fiscal", else the
    // one that stands to the publication as the calendar's did
    if year_told == FiscalYear::Untold
        && let (Some(c), Some(a)) = (first_closed, anchor)
        && let Some(year_end) = out[c].date.as_ref().and_then(part_closes_year)
    {
        let closed_at = token_at(tokens, out[c].span.start);
        for &(j, h, written) in halves.iter().filter(|&&(j, ..)| j < c) {
            let Some(calendar) = out[j]
                .date
                .as_ref()
                .filter(|d| near_closed(tokens, &out[j], closed_at) && !own_days(d))
            else {
                continue;
            };
            let fiscal = match written {
                Some(y) => fiscal_part_in(year_end, h, 2, y).map(|mut d| {
                    d.timex = format!("{y:04}-H{h}");
                    d
                }),
                None => fiscal_part(year_end, h, 2, calendar, a),
            };
            if let Some(fiscal) = fiscal {
                out[j].redate(fiscal);
            }
        }
    }
    for t in &mut out {
        open_bound(tokens, t);
    }
    if let Some(a) = anchor {
        for (k, unit, count) in counted_back {
            widen_counted_back(&mut out[k], unit, count, a);
        }
    }
    out
}

/// "about 20 years ago", "more than a decade ago", "less than two weeks ago": a date
/// counted back from the publication by a qualified number covers what the qualifier
/// allows, as a qualified figure does (see `values::number`): "about" (or "nearly",
/// "some", "or so") a tenth of the count either way, rounded to whole units ("about 20
/// years ago", read in 2024, is 2002 to 2006; "about three years ago" stays 2021), "more
/// than" or "at least" all that came before, and "less than" or "at most" everything
/// since. The TIMEX3 value and mod stay as they are.
fn widen_counted_back(t: &mut Timex, unit: Unit, count: i64, anchor: NaiveDate) {
    let (Some(d), Some(modifier)) = (t.date.as_mut(), t.modifier) else {
        return;
    };
    if t.kind != TimexKind::Date {
        return;
    }
    match modifier {
        Modifier::MoreThan | Modifier::EqualOrMore => d.start = NaiveDate::MIN,
        Modifier::LessThan | Modifier::EqualOrLess => d.end = d.end.max(anchor),
        Modifier::Approx => {
            let slack = (count + 5) / 10;
            if let (Some(start), Some(end)) =
                (shift(d.start, unit, -slack), shift(d.end, unit, slack))
            {
                d.start = start;
                d.end = end.min(anchor.max(d.end));
            }
        }
        _ => {}
    }
}

/// Where a range of days that closes with the date at `i` opens: "8" in "held on 8-9 June"
/// (the clause is read from there); `i` itself when no such day stands before it.
fn range_opened(tokens: &[Tok<'_>], i: usize) -> usize {
    if i >= 2 && dash_day(tokens, i - 1) && day_figure(&tokens[i - 2]) {
        i - 2
    } else {
        i
    }
}

/// The TIMEX3 value of a date that names no year ("April", "May 1", "the fourth quarter",
/// "the first half", "summer") read as any year's: `XXXX-04`, `XXXX-Q4`.
fn generic_value(expr: &Expr) -> Option<String> {
    if expr.modifier.is_some() {
        return None;
    }
    Some(match expr.core {
        Core::Cal {
            year: None,
            month: Some(m),
            day: None,
        } => format!("XXXX-{m:02}"),
        Core::Cal {
            year: None,
            month: Some(m),
            day: Some(d),
        } => format!("XXXX-{m:02}-{d:02}"),
        Core::Quarter {
            year: None,
            q,
            years: 0,
            ..
        } => format!("XXXX-Q{q}"),
        Core::Half {
            year: None,
            h,
            years: 0,
        }
        | Core::Elided {
            n: h, half: true, ..
        } => {
            format!("XXXX-H{h}")
        }
        Core::Elided { n, .. } => format!("XXXX-Q{n}"),
        Core::Season {
            year: None,
            season,
            rel: None,
            years: 0,
        } => format!("XXXX-{}", season.code()),
        _ => return None,
    })
}

/// Whether the weekday and part of day from `i` to `end`, both capitalised, begin the name
/// of a show before another capitalised word: "Saturday Night Live", "Monday Night
/// Football", "Friday Night Lights" (not "Saturday Night in Las Vegas").
fn names_show(tokens: &[Tok<'_>], i: usize, end: usize) -> bool {
    end == i + 2
        && weekday_of(&tokens[i].lower).is_some()
        && tokens[i + 1].is_capitalised()
        && part_of_day(&tokens[i + 1].lower).is_some()
        && tokens.get(end).is_some_and(name_word)
}

/// Whether the weekday from `i` to `end` names a newspaper: "the Sunday Times", "Sunday
/// Telegraph journalists".
fn names_paper(tokens: &[Tok<'_>], i: usize, end: usize) -> bool {
    end == i + 1
        && weekday_of(&tokens[i].lower).is_some()
        && tokens.get(end).is_some_and(|t| {
            t.is_capitalised()
                && matches!(
                    t.lower.as_ref(),
                    "times"
                        | "telegraph"
                        | "mirror"
                        | "express"
                        | "herald"
                        | "post"
                        | "tribune"
                        | "independent"
                        | "mail"
                        | "star"
                        | "sport"
                        | "people"
                        | "observer"
                )
        })
}

/// Whether "Today" or "Tonight" at `i`, capitalised inside a sentence, is a title: a
/// newspaper or a programme, as in "USA Today reported", "told NBC's Today show", "in the
/// Today newspaper", "on The Tonight Show" (a day begins a sentence or is written small);
/// or "the Future", "the Present", "the Past" or "Now", so written inside a sentence,
/// begins a name: "addressing the Future Industry Association", "at the Now Festival"; and
/// "Soon" so written after a name's word is part of it: "Teck Soon Co Ltd".
fn names_title(tokens: &[Tok<'_>], i: usize, end: usize) -> bool {
    let name = |t: &Tok<'_>| t.kind == Kind::Word && t.is_capitalised();
    // ("Teck Soon Co Ltd", "Teck Soon general manager": a name's word after another, not
    // heading its sentence)
    if end == i + 1
        && tokens[i].text == "Soon"
        && i > 0
        && !heads_sentence(tokens, i)
        && name(&tokens[i - 1])
    {
        return true;
    }
    let word = i + usize::from(tokens[i].is("the"));
    if end == word + 1
        && matches!(tokens[word].text, "Future" | "Present" | "Past" | "Now")
        && !heads_sentence(tokens, word)
        && tokens.get(end).is_some_and(name)
    {
        return true;
    }
    end == i + 1
        && matches!(tokens[i].text, "Today" | "Tonight")
        && i > 0
        && match &tokens[..i] {
            // ("NBC's Today")
            [.., owner, mark, s] if s.is("s") && mark.is_apostrophe() => name(owner),
            [.., before] => name(before) || before.is("the"),
            [] => false,
        }
}

/// The first two numbers of a date in figures at `i`, both of which may be a month:
/// (12, 3) for "12/03/2013" or "12-03-2013".
fn figures_date(tokens: &[Tok<'_>], i: usize) -> Option<(u32, u32)> {
    let t = tokens.get(i..i + 5)?;
    let sep = t[1].text;
    let ok = matches!(sep, "/" | "-")
        && t[3].text == sep
        && t[1..].iter().all(|t| !t.spaced())
        && day_figure(&t[0])
        && day_figure(&t[2])
        && t[4].kind == Kind::Num
        && matches!(t[4].text.len(), 2 | 4);
    ok.then(|| Some((t[0].num()?, t[2].num()?))).flatten()
}

/// Whether the text writes the day first in its dates of figures: it has one whose first
/// number can only be a day ("21/03/2013") and none whose second can only be ("03/21/2013").
fn day_first(tokens: &[Tok<'_>]) -> bool {
    let mut day_first = false;
    for (i, t) in tokens.iter().enumerate() {
        if t.kind != Kind::Num {
            continue;
        }
        match figures_date(tokens, i) {
            Some((a, b)) if a > 12 && b <= 12 => day_first = true,
            Some((a, b)) if b > 12 && a <= 12 => return false,
            _ => {}
        }
    }
    day_first
}

/// Whether the token at `k` writes the years before Christ: "BC", "BCE", "B.C." (not a name
/// it begins, "in 2012 BC Hydro raised rates", "B.C. Place").
fn before_christ(tokens: &[Tok<'_>], k: usize) -> bool {
    let glued = |k: usize, text: &str| tokens.get(k).is_some_and(|t| !t.spaced() && t.text == text);
    let Some(t) = tokens.get(k).filter(|t| t.spaced()) else {
        return false;
    };
    let after = match t.text {
        "BC" | "BCE" => k + 1,
        "B" if glued(k + 1, ".") && glued(k + 2, "C") => k + 3 + usize::from(glued(k + 3, ".")),
        _ => return false,
    };
    tokens
        .get(after)
        .is_none_or(|n| n.kind != Kind::Word || !n.is_capitalised())
}

/// "1994 or later", "2015 and beyond", "1986 and before", "on or before April 15", "no later
/// than June 30": a date bounding what is meant on one side. The words after it join the
/// expression; the mod is ON_OR_AFTER or ON_OR_BEFORE and the interval is open on the other
/// side.
fn open_bound(tokens: &[Tok<'_>], t: &mut Timex) {
    let Some(d) = t.date.as_mut().filter(|_| t.kind == TimexKind::Date) else {
        return;
    };
    if t.modifier.is_some() || d.granularity == Granularity::Vague {
        return;
    }
    let first = token_at(tokens, t.span.start);
    let end = tokens.partition_point(|k| k.end <= t.span.end);
    let word = |k: usize| tokens.get(k).map(|t| t.lower.as_ref());
    // (not "in May or later this year", "in 1990 or earlier in 1991": asked only when such
    // words follow)
    let closes = || {
        tokens.get(end + 2).is_none_or(|n| {
            n.kind != Kind::Num
                && !matches!(
                    n.lower.as_ref(),
                    "this" | "next" | "that" | "the" | "in" | "on" | "than" | "today" | "tomorrow"
                )
        })
    };
    // ("orders placed March 4 and after will be increased", "claims for 1986 and before
    // were settled": "after" and "before" as adverbs, not "1994 or after the vote")
    let adverb = || {
        tokens.get(end + 2).is_none_or(|n| {
            n.kind == Kind::Punct
                || matches!(
                    n.lower.as_ref(),
                    "is" | "are" | "was" | "were" | "will" | "would"
                )
        })
    };
    // ("in 1988 and later years"; not "rose in May and later fell")
    let and_later = || {
        tokens
            .get(end + 2)
            .is_none_or(|n| n.kind == Kind::Punct || unit_of(&n.lower).is_some())
    };
    let after = match (word(end), word(end + 1)) {
        (Some("or"), Some("later")) | (Some("or" | "and"), Some("beyond")) => {
            Some(Modifier::OnOrAfter)
        }
        (Some("and"), Some("later")) if and_later() => Some(Modifier::OnOrAfter),
        (Some("or" | "and"), Some("after")) if adverb() => Some(Modifier::OnOrAfter),
        (Some("or" | "and"), Some("earlier")) => Some(Modifier::OnOrBefore),
        (Some("or" | "and"), Some("before")) if adverb() => Some(Modifier::OnOrBefore),
        _ => None,
    }
    // (nor the end of a span, "until 1988 or later")
    .filter(|_| {
        closes()
            && !first
                .checked_sub(1)
                .and_then(word)
                .is_some_and(|w| matches!(w, "until" | "till" | "through" | "between"))
    });
    let before = match first
        .checked_sub(3)
        .map(|k| (word(k), word(k + 1), word(k + 2)))
    {
        Some((Some("on"), Some("or"), Some("after")))
        | Some((Some("no" | "not"), Some("earlier"), Some("than"))) => Some(Modifier::OnOrAfter),
        Some((Some("on"), Some("or"), Some("before")))
        | Some((Some("no" | "not"), Some("later"), Some("than"))) => Some(Modifier::OnOrBefore),
        _ => None,
    };
    let (modifier, words) = match (after, before) {
        (Some(m), _) => (m, 2),
        (None, Some(m)) => (m, 0),
        (None, None) => return,
    };
    match modifier {
        Modifier::OnOrAfter => d.end = NaiveDate::MAX,
        _ => d.start = NaiveDate::MIN,
    }
    d.modifier = Some(modifier);
    t.modifier = Some(modifier);
    if words > 0 {
        t.span.end = tokens[end + words - 1].end;
    }
}

/// Whether a clock at `hour` falls in the part of a day TIMEX3 writes as `part` (`MO`,
/// `AF`, `EV`, `NI`).
fn in_part(part: &str, hour: u32) -> bool {
    match part {
        // (news counts the small hours in the morning: "early Saturday morning ... at 1:45
        // a.m.")
        "MO" => hour < 12,
        "AF" => (12..18).contains(&hour),
        // (midnight, hour 24, closes the evening: "gathered that evening, and by midnight")
        "EV" => (17..23).contains(&hour) || hour == 24,
        _ => !(5..20).contains(&hour),
    }
}

/// Whether the day at `i` is the one first planned, in the few words before it: "originally
/// set for", "had been due to reopen", "initially scheduled for".
fn first_planned(tokens: &[Tok<'_>], i: usize) -> bool {
    let mut before = before_in_clause(tokens, i, 5);
    let planned = |w: &str| matches!(w, "set" | "scheduled" | "due" | "slated" | "planned");
    before.any(|k| {
        planned(&tokens[k].lower)
            && k > 0
            && matches!(
                tokens[k - 1].lower.as_ref(),
                "originally" | "initially" | "first" | "been" | "previously"
            )
    })
}

/// A day just tagged (not a month, nor a clock): where it begins, the token after it, the
/// day, and the part of the day it named if any.
#[derive(Clone, Copy)]
struct ToldDay {
    start: usize,
    after: usize,
    date: NaiveDate,
    part: Option<&'static str>,
}

impl ToldDay {
    /// Whether this is the day something was said on: "said Sunday", "said on Sunday", "On
    /// Sunday, officials said".
    fn said_on(&self, tokens: &[Tok<'_>]) -> bool {
        let speaks = |k: usize| quote::speaks(&tokens[k].lower);
        let first = self.start - usize::from(self.start > 0 && tokens[self.start - 1].is("on"));
        let after_verb = first > 0 && speaks(first - 1);
        let opens = (first == 0 || ends_sentence(tokens, first - 1))
            && tokens.get(self.after).is_some_and(|t| t.text == ",")
            && after_in_sentence(tokens, self.after + 1, 4).any(speaks);
        after_verb || opens
    }

    /// Whether a clock at tokens `i..end` with no day of its own is on this day: right
    /// after it ("Thursday at 3 p.m.", "yesterday, at about 4 p.m."), or further on in its
    /// sentence when nothing between opens a clause of its own ("Polls on Sunday closed at
    /// 8 p.m.", "On Sunday, polls closed at 8 p.m.", "set at tender on Monday March 9
    /// between 0800 and 0830 GMT"). Not past a day that names a thing further on ("from
    /// yesterday's close ... above the 1100 GMT level"), nor one things began on ("since
    /// Monday"), nor to a clock a day follows ("until midnight (EST) March 24", "the
    /// midday close in Tokyo today").
    fn holds_clock(&self, tokens: &[Tok<'_>], i: usize, end: usize) -> bool {
        let between = &tokens[self.after..i];
        let beside = between.iter().all(|t| {
            matches!(
                t.lower.as_ref(),
                "," | "at"
                    | "around"
                    | "about"
                    | "approximately"
                    | "roughly"
                    | "shortly"
                    | "just"
                    | "after"
                    | "before"
            )
        });
        // (or right after its possessive: "yesterday's midday levels")
        let owns = between.len() == 2 && between[0].is_apostrophe() && between[1].is("s");
        if beside || owns {
            return true;
        }
        // (a comma only after a day that opens the sentence, "On Sunday,", "Late Sunday,":
        // else it closes the day's clause, "from 241p on Friday, eased to 245.5p at 0838 GMT")
        // (not one that goes on with "with": "The Fed's meeting ends on Wednesday, with a
        // statement due at 2 p.m.")
        let opens = before_in_sentence(tokens, self.start, 2).count() <= 1;
        let clause_closed = !opens
            && between
                .iter()
                .enumerate()
                .any(|(j, t)| t.text == "," && !between.get(j + 1).is_some_and(|n| n.is("with")));
        let names_thing = between[0].is_apostrophe();
        let began =
            self.start > 0 && matches!(tokens[self.start - 1].lower.as_ref(), "since" | "from");
        between.len() <= 15
            && !(self.after..i).any(|k| ends_sentence(tokens, k))
            && !clause_closed
            && !names_thing
            && !began
            && !after_in_sentence(tokens, end, 5).any(|k| {
                parse_at(tokens, k).is_some_and(|(_, e)| !matches!(e.core, Core::Clock { .. }))
            })
    }
}

/// A clock just tagged: where it begins, the token after it, its day, its hour, and
/// whether the text gave the day (else it is the publication's).
#[derive(Clone, Copy)]
struct LastClock {
    start: usize,
    after: usize,
    date: NaiveDate,
    hour: u32,
    day_given: bool,
}

/// How many days a clock at `hour` is ahead of its twin at `twin_hour` in another zone:
/// the one that puts the zones from 10 hours behind (Hawaii's) to 14 ahead.
fn zones_apart(hour: u32, twin_hour: u32) -> Option<i64> {
    let ahead = i64::from(hour) - i64::from(twin_hour);
    [0, 1, -1]
        .into_iter()
        .find(|days| (-10..=14).contains(&(ahead + 24 * days)))
}

impl LastClock {
    /// Whether the clock at token `i` is this one's twin in another zone, in parentheses
    /// right after it: "05:46 local time (2046 GMT Thursday)".
    fn twin_at(&self, tokens: &[Tok<'_>], i: usize) -> bool {
        tokens
            .get(self.after..i)
            .is_some_and(|t| t.len() <= 3 && t.iter().any(|t| t.text == "("))
    }
}

/// The day of a clock at token `i` that has none, when a clock on `date` at `hour`, ending
/// at token `after`, came right before it in the same sentence: that day, or the next when
/// the clock reads earlier and the two bound a stretch of time ("from 10 p.m. to 6 a.m.",
/// "left at 11 p.m. and returned at 1 a.m."; not a twin in another zone in parentheses).
fn clock_goes_on(
    tokens: &[Tok<'_>],
    LastClock {
        after, date, hour, ..
    }: LastClock,
    i: usize,
    next: u32,
) -> Option<NaiveDate> {
    let between = tokens.get(after..i)?;
    // (from the last token of the clock: the stop of "p.m." may end the sentence too)
    // (nor does a clock that opens a range of its own: "between 0720 and 1515 local time
    // from 0800 to 1415 currently")
    if between.len() > 8
        || (after - 1..i).any(|k| ends_sentence(tokens, k))
        || (i > 0 && matches!(tokens[i - 1].lower.as_ref(), "from" | "between"))
    {
        return None;
    }
    if next >= hour {
        return Some(date);
    }
    if between.iter().any(|t| matches!(t.text, "(" | ")")) {
        return None;
    }
    date.succ_opt()
}

/// Whether a weekday at token `i` goes on a schedule whose last day, in the coming week,
/// ended at token `after`, and so is still to come too: "auction notes on Monday, followed
/// by 10-year notes Tuesday", "crediting funds tomorrow (Thursday)" (not past a
/// verb in the past or a new clause: "will fly to Paris on Monday after talks broke down on
/// Sunday", "meets on Monday, officials said Friday"; but "followed" carries it into the
/// next sentence, "... on Tuesday, March 24 of 10 billion dlrs of two-year notes. That will
/// be followed on Wednesday and Thursday by").
fn next_in_schedule(tokens: &[Tok<'_>], after: usize, i: usize) -> bool {
    let followed = || followed_on(tokens, after, i);
    i > after
        && (i - after <= 12 || (i - after <= 16 && followed()))
        && (after..i).all(|k| {
            let w = tokens[k].lower.as_ref();
            let past = past_verb(tokens, k) && w != "followed";
            let breaks = (ends_sentence(tokens, k) && !followed())
                || reports(w)
                || matches!(
                    w,
                    "after" | "since" | "ago" | "last" | "says" | "say" | "but" | "while"
                );
            !(past || breaks)
        })
}

/// Whether "followed" stands between token `after` and token `i`: what comes at `i` follows
/// on a schedule ("followed by bonds Wednesday").
fn followed_on(tokens: &[Tok<'_>], after: usize, i: usize) -> bool {
    tokens[after..i].iter().any(|t| t.is("followed"))
}

/// Whether the month at `i` is listed after the one that ended at `after`, in its sentence
/// and at most eight tokens on, with a comma, "and" or "or" and no verb between: "for April,
/// four cts for May", "in October, November, January", "the polls in May and the local
/// elections in August" (not "in March and fell in May").
fn months_in_order(tokens: &[Tok<'_>], after: usize, i: usize) -> bool {
    i > after
        && i - after <= 8
        && tokens[after..i]
            .iter()
            .any(|t| matches!(t.lower.as_ref(), "," | "and" | "or"))
        && (after..i).all(|k| {
            let w = tokens[k].lower.as_ref();
            !ends_sentence(tokens, k)
                && !past_verb(tokens, k)
                && !modal(w)
                && !reports(w)
                && !matches!(
                    w,
                    "is" | "are" | "was" | "were" | "has" | "have" | "had" | "from"
                )
        })
}

/// Whether the date at `i` is listed after the one that ended at `after`: only a joint, the
/// rest of the first ("5/7"), names, prepositions and what they count between ("October 5/7
/// and December 14/16", "on April 2, Berlin on April 5 and London on December 10", "two new
/// centres by the end of the month and a third in the spring").
fn listed_after(tokens: &[Tok<'_>], after: usize, i: usize) -> bool {
    // (not past the comma that closes a participle set off by commas: "will receive the
    // bonus, announced on Tuesday, in December")
    if i <= after || i - after > 10 || closes_participle(tokens, after) {
        return false;
    }
    let and_at = (after..i).find(|&k| tokens[k].is("and") || tokens[k].is("or"));
    // ("will buy back the 16.35 pct issue in May and the 16.20 pct bonds after August
    // one": past six words, only an item that opens with an article after the joint and
    // holds no verb)
    let item = and_at.filter(|&a| a + 1 < i && determiner(&tokens[a + 1].lower));
    if i - after > 6 && item.is_none() {
        return false;
    }
    let item_word = |k: usize| {
        let t = &tokens[k];
        item.is_some_and(|a| a < k)
            && (t.kind == Kind::Num
                || inside_figure(tokens, k)
                || (t.is_lowercase_word() && !clause_word(tokens, k)))
    };
    tokens[after..i]
        .iter()
        .any(|t| matches!(t.lower.as_ref(), "," | "and" | "or"))
        && (after..i).all(|k| {
            let t = &tokens[k];
            // (what is counted, or a place it is in, only after "and" or "or": not ", the
            // May date is"; "and into the Carolinas on Thursday")
            let counted = || {
                (matches!(
                    t.lower.as_ref(),
                    "a" | "the" | "another" | "second" | "third" | "fourth"
                ) || PREPOSITIONS.contains(&t.lower.as_ref()))
                    && and_at.is_some_and(|a| a < k)
            };
            !ends_sentence(tokens, k)
                && (t.kind == Kind::Num
                    || t.is_capitalised()
                    || matches!(
                        t.lower.as_ref(),
                        "," | "and" | "or" | "/" | "on" | "in" | "then" | "again"
                    )
                    || counted()
                    || item_word(k))
        })
}

/// The days of a range, pair or list before `second`, a day written before its month
/// starting at token `i`: "15" in "15-16 March", "4" in "4 and 5 May", "5" and "12" in "5,
/// 12 and 19 April" (not "2,000 and 16 March"). Returns each one's token and day, in the
/// text's order.
fn first_days_of_range(tokens: &[Tok<'_>], i: usize, second: NaiveDate) -> Vec<(usize, NaiveDate)> {
    let day_first = tokens.get(i).is_some_and(|t| t.kind == Kind::Num);
    if !day_first || i < 2 {
        return Vec::new();
    }
    let link = &tokens[i - 1];
    let listed = matches!(link.lower.as_ref(), "and" | "or");
    let linked = (link.is_glued_hyphen() && !tokens[i].spaced())
        || listed
        || matches!(link.lower.as_ref(), "to" | "&");
    // (a day of one or two figures, before the last one found; not the end of a bigger
    // number, "1,15-16 March")
    let day_at = |k: usize, before: u32| {
        let day = tokens[k]
            .num()
            .filter(|&d| tokens[k].text.len() <= 2 && (1..before).contains(&d))?;
        let whole = k == 0
            || !(matches!(tokens[k - 1].text, "," | "." | "/" | "-")
                || currency_sign(tokens[k - 1].text))
            || (listed && tokens[k - 1].text == "," && tokens[k].spaced());
        whole.then_some(day)
    };
    let mut days = Vec::new();
    let mut k = i - 2;
    let mut before = second.day();
    while linked && let Some(day) = day_at(k, before) {
        let Some(date) = second.with_day(day) else {
            break;
        };
        days.push((k, date));
        before = day;
        // (the list goes on back past a comma: "5, 12 and 19 April")
        if !(listed && k >= 2 && tokens[k - 1].text == "," && tokens[k].spaced()) {
            break;
        }
        k -= 2;
    }
    days.reverse();
    days
}

/// The clock a bare figure opens a span of clock times with, when the clock at `first`
/// closes it with a meridiem or a zone, at `hour` on the 24-hour clock: "between 7 and 10
/// p.m." (19:00), "from 2 to 4 p.m." (14:00), "2-4 p.m.", "between 9:30 and 11:30 a.m."
/// (9:30), "between 10:00 and 12:00 GMT" (10:00), "from 10 to 2 p.m." (10:00, the morning:
/// an hour after the closing one in the same half would run backwards); with the tokens
/// the figure spans.
fn opening_clock(tokens: &[Tok<'_>], first: usize, hour: u32) -> Option<(Range<usize>, u32, u32)> {
    // (a clock written with "a.m." or "p.m.", "4 p.m.", "4pm"; or in 24 hours with a zone,
    // "12:00 GMT")
    let after = |k: usize| tokens.get(first + k).map(|t| t.lower.as_ref());
    let past_minutes = if after(1) == Some(":") { 3 } else { 1 };
    let meridiem = matches!(after(past_minutes), Some("a" | "p" | "am" | "pm"));
    let zoned = past_minutes == 3 && after(3).is_some_and(is_zone);
    if !(meridiem || zoned) || first < 2 || !(1..=24).contains(&hour) {
        return None;
    }
    let link = first - 1;
    // (the figure before the link: an hour, or an hour and its minutes)
    let minutes = tokens[link - 1]
        .num()
        .filter(|&m| tokens[link - 1].text.len() == 2 && m < 60 && link >= 3)
        .filter(|_| tokens[link - 2].text == ":" && !tokens[link - 1].spaced());
    let at = link - 1 - 2 * usize::from(minutes.is_some());
    let figure = tokens[at]
        .num()
        .filter(|&h| tokens[at].text.len() <= 2 && h <= if zoned { 23 } else { 12 })?;
    let opens = match tokens[link].lower.as_ref() {
        "and" => at > 0 && tokens[at - 1].is("between"),
        "to" | "until" | "till" => at > 0 && tokens[at - 1].is("from"),
        _ => tokens[link].is_glued_hyphen() && !tokens[first].spaced(),
    };
    if !opens || (at > 0 && matches!(tokens[at - 1].text, "." | ":" | "," | "/" | "-")) {
        return None;
    }
    let h = if zoned { figure } else { figure % 12 };
    let opening = match hour {
        _ if zoned => h,
        // (to noon, the morning's; to midnight, the evening's)
        12 => h,
        24 => h + 12,
        // (an hour after the closing one is in the other half: "from 10 to 2 p.m.")
        _ if h < hour % 12 => h + 12 * u32::from(hour > 12),
        _ => h + 12 * u32::from(hour < 12),
    };
    Some((at..link, opening, minutes.unwrap_or(0)))
}

/// Whether the token at `k` is a slash or a hyphen glued to the words on both sides, as
/// it joins two months or years: "March/April", "Dec-Feb", "1986/87".
fn glued_joint(tokens: &[Tok<'_>], k: usize) -> bool {
    matches!(tokens[k].text, "/" | "-")
        && !tokens[k].spaced()
        && tokens.get(k + 1).is_some_and(|t| !t.spaced())
}

/// A quarter or half named with a split year: the split written after it ("the second
/// half of 1986/87", "first quarter 1986/87", "the first quarter of fiscal 1987/88", "first
/// half year 1986/87") or right before it ("the 1986/87 first half").
struct SplitPart {
    /// the token the tag ends before, the split taken in
    to: usize,
    /// where to read on when the part's days are not known: at the split's first year
    resume: usize,
    /// the year the split runs to
    year: i32,
    n: u32,
    per_year: i32,
    /// Whether the part stands after the split, so that a month written after it closes
    /// the part ("the 1986/87 first half ending January 31"), not the year ("the second
    /// half of fiscal 1987/88 ending March").
    named_last: bool,
}

impl SplitPart {
    /// The part `expr` (at tokens `i..end`) names, when it is one of a split year.
    fn of(tokens: &[Tok<'_>], i: usize, end: usize, expr: &Expr) -> Option<SplitPart> {
        let (year, n, per_year) = match expr.core {
            Core::Quarter {
                year,
                q,
                years: 0,
                by_months: false,
            } => (year, q, 4),
            Core::Half { year, h, years: 0 } => (year, h, 2),
            _ => return None,
        };
        // (`split`: the token after the split's first year)
        let (to, resume, split, first) = match year {
            // (at "fiscal" before the year, when the grammar read it: "fiscal 1987/88")
            Some(y) => (
                end + 2,
                end - 1 - usize::from(end >= 2 && tokens[end - 2].is("fiscal")),
                end,
                y,
            ),
            None if tokens.get(end).is_some_and(|t| t.is("year")) => {
                (end + 4, end, end + 2, year_token(tokens.get(end + 1)?)?)
            }
            None if i >= 3 => (end, end, i - 2, year_token(&tokens[i - 3])?),
            None => return None,
        };
        split_year_at(tokens, split, first).then_some(SplitPart {
            to,
            resume: resume.max(i + 1),
            year: first + 1,
            n,
            per_year,
            named_last: split < i,
        })
    }

    /// Its days: that part of the fiscal year that ends in the year the split runs to,
    /// with the month written after the split ("the second half of fiscal 1987/88 ending
    /// March" is October 1987 to March 1988), or the month written after the part that
    /// closes it ("the 1986/87 first half ending January 31", a year to July, is August
    /// 1986 to January 1987), else with `story_end`, the month the story's fiscal years end
    /// with; none when neither is known, or the year ends in December.
    fn days(&self, tokens: &[Tok<'_>], story_end: Option<u32>) -> Option<DateValue> {
        let after = self.to
            + usize::from(
                tokens
                    .get(self.to)
                    .is_some_and(|t| t.is("year") || t.is("season") || t.text == ","),
            );
        let written = tokens
            .get(after)
            .filter(|t| closes_on(&t.lower))
            .and_then(|_| month_closed_at(tokens, after))
            .map(|m| {
                // (the parts after the one that closes on it run on to the year's end)
                let on = if self.named_last {
                    months_left(self.n, self.per_year as u32)
                } else {
                    0
                };
                month_on(m, on)
            });
        let end = written.or(story_end).filter(|&m| m != 12)?;
        fiscal_part_in(end, self.n, self.per_year, self.year)
    }
}

/// Whether token `k` closes a split year: the "87" of "1986/87".
fn splits_year(tokens: &[Tok<'_>], k: usize) -> bool {
    k >= 2 && year_token(&tokens[k - 2]).is_some_and(|y| split_year_at(tokens, k - 1, y))
}

/// The year a split year written right after "in" or "of" at token `end` runs to: 1986
/// for "the same period in 1985/86".
fn split_year_after(tokens: &[Tok<'_>], end: usize) -> Option<i32> {
    tokens.get(end).filter(|t| t.is("in") || t.is("of"))?;
    let y = tokens.get(end + 1).and_then(year_token)?;
    split_year_at(tokens, end + 2, y).then_some(y + 1)
}

/// Whether the year `year`, written at the token before `end`, is split into the next one
/// after it: "1986/87", "1986-87".
fn split_year_at(tokens: &[Tok<'_>], end: usize, year: i32) -> bool {
    end > 0
        && year_token(&tokens[end - 1]) == Some(year)
        && second_year_of_range(tokens, end, year) == Some(year + 1)
}

/// The year a year at the token before `end` runs to when written with two digits after
/// it, or in full after a slash: "1974-76" (1976), "1999/00" (2000), "1986/1987" (1987); up
/// to nine years on, and not a date or a
/// figure that goes on ("1986/87/88", "2011-12-05").
fn second_year_of_range(tokens: &[Tok<'_>], end: usize, first: i32) -> Option<i32> {
    let glued_num = |k: usize| tokens.get(k).filter(|t| t.kind == Kind::Num && !t.spaced());
    if !tokens
        .get(end)
        .is_some_and(|t| matches!(t.text, "-" | "/") && !t.spaced())
        || tokens
            .get(end + 2)
            .is_some_and(|t| !t.spaced() && matches!(t.text, "-" | "/" | "." | ","))
            && glued_num(end + 3).is_some()
    {
        return None;
    }
    let second = glued_num(end + 1)?;
    // ("1986/1987 marketing year": written whole after a slash; "1974-1976" is a range the
    // grammar reads)
    let last = match second.text.len() {
        2 => {
            let last = first - first.rem_euclid(100) + second.num()? as i32;
            if last <= first { last + 100 } else { last }
        }
        4 if tokens[end].text == "/" => second.num()? as i32,
        _ => return None,
    };
    (1..=9).contains(&(last - first)).then_some(last)
}

/// The second day of a range or pair after a day of a month: "27" in "March 26 and 27",
/// "21" in "May 20-21", "25" in "the Feb. 24-25 election" (not "March 26 and 27 people",
/// "May 5 to 6 percent"). Returns where it ends (past a year written after it) and the day.
fn second_day_of_range(
    tokens: &[Tok<'_>],
    end: usize,
    first: NaiveDate,
) -> Option<(usize, NaiveDate)> {
    let link = tokens.get(end)?;
    let linked = link.is_glued_hyphen()
        || matches!(link.lower.as_ref(), "and" | "or" | "to" | "through" | "&");
    let day = tokens.get(end + 1)?;
    let d = day.num().filter(|_| day_figure(day))?;
    let after = tokens.get(end + 2);
    if !linked || !closes_days(tokens, end + 2, link) || d <= first.day() {
        return None;
    }
    // "Jan. 5 and 6, 2014": the year written after the pair is both days'
    let comma = usize::from(after.is_some_and(|t| t.text == ","));
    if let Some(y) = tokens.get(end + 2 + comma).and_then(year_token) {
        let second = first.with_year(y)?.with_day(d)?;
        return Some((end + 3 + comma, second));
    }
    Some((end + 2, first.with_day(d)?))
}

/// Days that follow a day of a month, each with the tokens it is written in, and the token
/// after the last.
type DaysAfter = (usize, Vec<(Range<usize>, NaiveDate)>);

/// The days listed after a day of a month, the last after "and" or "or": "12" and "19" in
/// "April 5, 12 and 19", each with the token of its figure (not "April 5, 12 people and 19
/// police", nor days that do not follow one another). Returns where the list ends.
fn days_listed(tokens: &[Tok<'_>], end: usize, first: NaiveDate) -> Option<DaysAfter> {
    let mut days = Vec::new();
    let mut last = first.day();
    let mut k = end;
    loop {
        let link = tokens.get(k)?;
        let closing = link.is("and") || link.is("or");
        if !(closing || link.text == ",") {
            return None;
        }
        // (", and 19")
        let serial = link.text == "," && tokens.get(k + 1)?.is("and");
        let at = k + 1 + usize::from(serial);
        let day = tokens.get(at)?;
        let d = day.num().filter(|&d| day_figure(day) && d > last)?;
        days.push((at..at + 1, first.with_day(d)?));
        last = d;
        if closing || serial {
            // (and the year written after the last, which all of them take: "Oct. 1, 2 and
            // 3, 2012")
            let year = tokens
                .get(at + 1)
                .filter(|t| t.text == ",")
                .and(tokens.get(at + 2))
                .and_then(year_token);
            let after = if let Some(y) = year {
                for (_, d) in &mut days {
                    *d = d.with_year(y)?;
                }
                // (the last day's span takes the year, as a pair's second does)
                if let Some((span, _)) = days.last_mut() {
                    span.end = at + 3;
                }
                at + 3
            } else {
                at + 1
            };
            return closes_days(tokens, after, &tokens[at - 1])
                .then_some((after, days))
                .filter(|(_, days)| days.len() >= 2);
        }
        k = at + 1;
    }
}

/// Whether the token at `k` closes a phrase of days joined by `link`: punctuation, a
/// preposition, or an event the days are the dates of.
fn closes_days(tokens: &[Tok<'_>], k: usize, link: &Tok<'_>) -> bool {
    tokens.get(k).is_none_or(|t| {
        (t.kind == Kind::Punct
            && !(matches!(t.text, "%" | "." | ":" | "/" | "-") || currency_sign(t.text)))
            || (t.text == "." && t.spaced())
            || ends_sentence(tokens, k)
            || matches!(
                t.lower.as_ref(),
                "in" | "at" | "on" | "and" | "or" | "when" | "with" | "for" | "by" | "as"
            )
            // (or an event the two days are the dates of: "Italy's Feb. 24-25 election",
            // "the April 12 and 26 elections")
            || ((link.text == "-" || link.is("and") || link.is("or"))
                && matches!(
                    t.lower.as_ref(),
                    "election"
                        | "elections"
                        | "vote"
                        | "voting"
                        | "meeting"
                        | "meetings"
                        | "summit"
                        | "talks"
                        | "visit"
                        | "conference"
                        | "session"
                        | "strike"
                        | "trip"
                        | "hearing"
                        | "hearings"
                        | "auction"
                        | "sale"
                ))
    })
}

/// "the December quarter", "the March quarter 1985", "the September quarter last year": a
/// month that names the quarter ending with it. Returns where the expression ends, and sets
/// the year written after it on the month.
fn named_quarter_end(
    tokens: &[Tok<'_>],
    i: usize,
    end: usize,
    expr: &mut Expr,
    anchor: Option<NaiveDate>,
) -> Option<usize> {
    // (not the last month of a span: "the July/September quarter")
    if expr.modifier.is_some()
        || !tokens.get(end)?.is("quarter")
        || (i > 0 && matches!(tokens[i - 1].text, "/" | "-"))
    {
        return None;
    }
    let Core::Cal {
        year,
        month: Some(_),
        day: None,
    } = &mut expr.core
    else {
        return None;
    };
    let mut c = Cursor {
        toks: tokens,
        i: end + 1,
    };
    let written = if let Some(y) = c.peek().and_then(year_token) {
        c.i += 1;
        Some(y)
    } else if let Some(a) = anchor {
        year_offset_after(&mut c).map(|o| a.year() + o)
    } else {
        None
    };
    if year.is_none() {
        *year = written;
    }
    Some(c.i)
}

/// A quantifier just before token `i` ("nearly", "more than", "up to", the words the number
/// grammar reads as qualifiers): where it begins, the TIMEX3 mod it gives, and whether it
/// quantifies only lengths of time.
fn quantifier_before(tokens: &[Tok<'_>], i: usize) -> Option<(usize, (Modifier, bool))> {
    // before a count, a clock ("around noon") or a day of a month: not "over the past two
    // years", "about last week's vote", "around current levels", "less than January"
    let counted = tokens.get(i).is_some_and(|t| {
        t.kind == Kind::Num
            || small_number(&t.lower).is_some()
            || matches!(
                t.lower.as_ref(),
                "half" | "noon" | "midday" | "midnight" | "another"
            )
            || (month_of(&t.lower).is_some()
                && tokens
                    .get(i + 1)
                    .is_some_and(|n| n.kind == Kind::Num || n.text == "."))
    });
    // ("at least the past 18 months": a count after "the past", with "at least" only; not
    // "over the past two years")
    let past_count = tokens.get(i).is_some_and(|t| t.is("the"))
        && tokens
            .get(i + 1)
            .is_some_and(|t| t.is("past") || t.is("last"))
        && tokens
            .get(i + 2)
            .is_some_and(|t| t.kind == Kind::Num || small_number(&t.lower).is_some());
    if !counted && !past_count {
        return None;
    }
    let (start, qual, phrase) = qualifier_before(tokens, i)?;
    if !counted && qual != Qual::AtLeast {
        return None;
    }
    // "higher than a year ago", "below three-month rates" compare figures; a ">" may be
    // a quoted line
    // (past a degree: "a little more than two hours", "slightly less than five years")
    let bare = crate::values::number::without_degree(&phrase);
    let compares = (phrase.ends_with(" than")
        && !["more", "less", "fewer", "longer", "shorter", "no", "not"]
            .iter()
            .any(|w| bare.starts_with(w)))
        || matches!(phrase.as_str(), "above" | "below");
    if compares || !phrase.starts_with(char::is_alphabetic) {
        return None;
    }
    let modifier = match qual {
        Qual::MoreThan => Modifier::MoreThan,
        Qual::AtLeast => Modifier::EqualOrMore,
        Qual::LessThan => Modifier::LessThan,
        Qual::AtMost => Modifier::EqualOrLess,
        Qual::Nearly | Qual::About => Modifier::Approx,
        Qual::Equal => return None,
    };
    // "less than 1985 levels" compares with a year's figure, "some 1986 crops" are a kind,
    // "an estimated 1987" a figure
    let year = tokens.get(i).and_then(year_token).is_some();
    if year
        && (matches!(modifier, Modifier::MoreThan | Modifier::LessThan)
            || matches!(phrase.as_str(), "some" | "an estimated"))
    {
        return None;
    }
    // "cut output by 9.5 pct over two years", "voting will take place over two days": a
    // length spread over, no more than one (but "for over a month", "to last over a
    // week", "founded over 100 years ago")
    if phrase == "over" {
        let before = start.checked_sub(1).map(|k| tokens[k].lower.as_ref());
        let counts = before.is_none_or(|w| {
            matches!(
                w,
                "for"
                    | "in"
                    | "within"
                    | "after"
                    | "of"
                    | "last"
                    | "lasts"
                    | "lasted"
                    | "lasting"
                    | "take"
                    | "takes"
                    | "took"
                    | "taking"
                    | "just"
                    | "little"
                    | "well"
                    | "slightly"
                    | "only"
                    | "."
            )
        });
        // ("Over 270 days  4.01 pct": a row of a table of rates)
        let counts = counts || tokens[start].is_capitalised();
        // (but "over two days before reaching its verdict" spreads them: "before" counts
        // back only where it ends the phrase)
        let back = (i..tokens.len())
            .take(5)
            .any(|k| match tokens[k].lower.as_ref() {
                "ago" | "earlier" | "later" => true,
                "before" => tokens.get(k + 1).is_none_or(|n| n.kind == Kind::Punct),
                _ => false,
            });
        if !counts && !back {
            return None;
        }
    }
    // "over the weekend", "up to Nov. 1": prepositions before a date
    let lengths_only = matches!(phrase.as_str(), "over" | "up to" | "under");
    Some((start, (modifier, lengths_only)))
}

/// Whether `joint`, after a date that starts at token `start`, opens a range to the next:
/// "to", "through", "until", a dash, or "and" after "between".
pub(super) fn opens_range(tokens: &[Tok<'_>], start: usize, joint: &Tok<'_>) -> bool {
    matches!(
        joint.lower.as_ref(),
        "to" | "through" | "until" | "till" | "-" | "–"
    ) || (joint.is("and") && start > 0 && tokens[start - 1].is("between"))
}

/// Whether the expression from `start` to `end` opens a span of two dates written out as
/// one: "from June 1 to", "between May 10 and", "July 1-", "June 20 through". Stricter than
/// [`opens_range`], which a year written after the closing date confirms: "to" needs "from"
/// ("changed the record date to May 8" is none) and a dash is glued.
pub(super) fn opens_span(tokens: &[Tok<'_>], start: usize, end: usize) -> bool {
    // (not the old date of a change, "extended from Dec. 1 to Jan. 15", "pushed back from
    // March 6 to March 31": two days, each read alone)
    let changed = |k: usize| {
        let verb = match tokens[k].lower.as_ref() {
            "back" | "forward" | "up" if k > 0 => k - 1,
            _ => k,
        };
        changes_dates(&tokens[verb].lower)
    };
    tokens.get(end).is_some_and(|joint| {
        opens_range(tokens, start, joint)
            && match joint.lower.as_ref() {
                "to" | "until" | "till" => {
                    start > 0 && tokens[start - 1].is("from") && !(start > 1 && changed(start - 2))
                }
                "-" | "–" => !joint.spaced(),
                _ => true,
            }
    })
}

/// The day named before an "after" clause in -ing that holds the expression at `first`,
/// in its sentence: "will vote on Tuesday ... after postponing the vote over the weekend".
fn day_before_after_clause(tokens: &[Tok<'_>], first: usize, out: &[Timex]) -> Option<NaiveDate> {
    let after = before_in_sentence(tokens, first, 12).find(|&k| {
        tokens[k].is("after") && tokens.get(k + 1).is_some_and(|t| ing_form(&t.lower))
    })?;
    let opens = before_in_sentence(tokens, after, 40)
        .last()
        .unwrap_or(after);
    out.iter()
        .rev()
        .take_while(|t| t.span.start >= tokens[opens].start)
        .find(|t| t.span.end <= tokens[after].start)
        .and_then(|t| t.date.as_ref())
        .filter(|d| d.granularity == Granularity::Day)
        .map(|d| d.start)
}

/// Whether the span that the holiday or day of a month `expr` opens, closed by the holiday
/// or day after token `end`, is under way at `a`: it opened this year by `a`, and its close
/// is still to come this year.
fn span_under_way(tokens: &[Tok<'_>], expr: &Expr, end: usize, a: NaiveDate) -> bool {
    let opened = match &expr.core {
        Core::Holiday {
            holiday,
            year: None,
            rel: None,
            ..
        } => holiday.date(a.year()).is_some_and(|d| d <= a),
        Core::Cal {
            year: None,
            month: Some(m),
            day: None,
        } if matches!(expr.modifier, Some(Mod::NthDay { .. })) => *m <= a.month(),
        _ => false,
    };
    let closes = || match parse_at(tokens, end + 1).map(|(_, e)| e.core) {
        Some(Core::Holiday {
            holiday,
            year: None,
            ..
        }) => holiday.date(a.year()).is_some_and(|d| d >= a),
        Some(Core::Cal {
            year: None,
            month: Some(m),
            day: Some(d),
        }) => ymd(a.year(), m, d).is_some_and(|d| d >= a),
        _ => false,
    };
    opened && closes()
}

/// The bound that "or more" ("or longer") or "or less" ("or fewer", "or shorter") at `k`
/// sets on the length before it, unless a comparison goes on ("or more than doubled") or
/// the word opens a compound ("or longer-term").
fn or_bound(tokens: &[Tok<'_>], k: usize) -> Option<Modifier> {
    if !tokens.get(k)?.is("or")
        || tokens
            .get(k + 2)
            .is_some_and(|t| t.is("than") || t.is_glued_hyphen())
    {
        return None;
    }
    match tokens.get(k + 1)?.lower.as_ref() {
        "more" | "longer" => Some(Modifier::EqualOrMore),
        "less" | "fewer" | "shorter" => Some(Modifier::EqualOrLess),
        _ => None,
    }
}

/// The opening day and the closing day's year of a span of two days that write no year:
/// "from June 1 to Nov. 30", "between May 10 and October 10", "July 1-March 13", "June 20
/// through September 25" (not "changed the record date to May 8", nor "payable April 1 to
/// March 20"). The span is placed as a day alone is: after the publication's month began
/// when it is still to come; ending by the publication when it is told in the past;
/// otherwise where the opening day alone would be (see the last arm).
fn day_range_years(
    tokens: &[Tok<'_>],
    start: usize,
    end: usize,
    (month, day): (u32, u32),
    tense: Tense,
    anchor: Option<NaiveDate>,
) -> Option<(NaiveDate, i32)> {
    let a = anchor?;
    if !opens_span(tokens, start, end) {
        return None;
    }
    let Core::Cal {
        year: None,
        month: Some(m2),
        day: Some(d2),
    } = parse_at(tokens, end + 1)?.1.core
    else {
        return None;
    };
    let crosses = i32::from((m2, d2) < (month, day));
    let spans: Vec<(NaiveDate, NaiveDate)> = (a.year() - 1..=a.year() + 1)
        .filter_map(|y| Some((ymd(y, month, day)?, ymd(y + crosses, m2, d2)?)))
        .collect();
    // ("The Atlantic hurricane season runs from June 1 to Nov. 30", read in August: the
    // span under way, not the next)
    let under_way = || {
        spans
            .iter()
            .find(|(open, close)| *open <= a && a <= *close)
            .filter(|_| runs_now(tokens, start))
    };
    let (open, close) = match tense {
        Tense::Future => under_way()
            .or_else(|| {
                spans
                    .iter()
                    .find(|(open, _)| *open >= a - Duration::days(31))
            })
            .copied(),
        Tense::Past | Tense::Ended => spans
            .iter()
            .rfind(|(_, close)| *close <= a)
            .or_else(|| spans.iter().rfind(|(open, _)| *open <= a))
            .copied(),
        // as the opening day alone is, unless the span, opened a year before, is over by
        // the publication and either crosses a new year ("the cumulative total from April
        // 1 through March 13", read on April 1, is the year just gone) or closed nearer the
        // publication than the opening day alone would be ("Exports from Jan. 1 to Nov. 20
        // totaled", read on Nov. 25, 2013, are 2013's, not 2014's)
        Tense::Unmarked => {
            let alone = infer_year(a, month, Some(day), tense);
            let alone = spans.iter().find(|(open, _)| open.year() == alone);
            let apart = |&(open, close): &(NaiveDate, NaiveDate)| days_apart(a, open, close);
            spans
                .iter()
                .find(|(open, close)| {
                    alone.is_some_and(|s| open.year() == s.0.year() - 1)
                        && *close <= a
                        && (crosses == 1 || alone.is_some_and(|s| a - *close < apart(s)))
                })
                .or(alone)
                .copied()
        }
    }?;
    Some((open, close.year()))
}

/// The year of the opening day of a span whose closing day writes its year: "from June 3
/// to June 5, 2019", "between June 3 and June 5 last year", "from 21 November to 18
/// December next year" (a year earlier when the span crosses a new year).
fn day_span_year(
    tokens: &[Tok<'_>],
    start: usize,
    end: usize,
    expr: &Expr,
    cx: &Resolve<'_>,
) -> Option<i32> {
    let Core::Cal {
        year: None,
        month: Some(first),
        day: Some(first_day),
    } = expr.core
    else {
        return None;
    };
    // (a pair too, "on March 3 and April 5, 2012", and a list, "March 3, April 5 and May
    // 6, 2012", to its last day)
    let joint = tokens.get(end)?;
    let pair = |t: &Tok<'_>| t.is("and") || t.is("or");
    let mut at = end + 1;
    if joint.text == "," && tokens.get(at).is_some_and(pair) {
        at += 1;
    } else if joint.text == "," {
        loop {
            let (next_end, next) = parse_at(tokens, at)?;
            let Core::Cal {
                year: None,
                day: Some(_),
                ..
            } = next.core
            else {
                return None;
            };
            let link = tokens.get(next_end)?;
            let serial = link.text == "," && tokens.get(next_end + 1).is_some_and(pair);
            at = next_end + 1 + usize::from(serial);
            if pair(link) || serial {
                break;
            }
            if link.text != "," || at > end + 24 {
                return None;
            }
        }
    } else if !(opens_range(tokens, start, joint) || pair(joint)) {
        return None;
    }
    let (last, last_day, year) = match parse_at(tokens, at)?.1.core {
        Core::Cal {
            year: Some(year),
            month: Some(month),
            day: Some(day),
        } => (month, day, year),
        Core::MonthOfYear {
            month,
            day: Some(day),
            offset,
        } => (month, day, cx.anchor?.year() + offset),
        _ => return None,
    };
    Some(year - i32::from((first, first_day) > (last, last_day)))
}

/// The years of a span of months, "the January-October period", "March/April shipment",
/// "1986/87 (Oct-Sept)": the months of a season or crop year named just before it, or else
/// the year of the closing month, the opening one a year earlier when the span crosses a
/// new year ("the October/December quarter" read in March).
fn month_span_years(
    tokens: &[Tok<'_>],
    start: usize,
    end: usize,
    expr: &Expr,
    cx: &Resolve<'_>,
) -> Option<(i32, i32)> {
    let Core::Cal {
        year: None,
        month: Some(first),
        day: None,
    } = expr.core
    else {
        return None;
    };
    // (not a futures spread, whose months are each a contract's: "Jul/May  3-1/4 over")
    if spread_leg(tokens, start).is_some() {
        return None;
    }
    let joint = tokens.get(end)?;
    let glued = glued_joint(tokens, end);
    // "from January to March 2012", "between January and June last year": a span in
    // words takes its year from the closing month only when that month writes one
    let worded = matches!(
        joint.lower.as_ref(),
        "to" | "through" | "until" | "till" | "and" | "or" | "-" | "–"
    );
    // ("May, June and September of that year": a list takes the year of its last month)
    let listed = matches!(joint.lower.as_ref(), "," | "and" | "or");
    if !glued && !worded && !listed {
        return None;
    }
    let month_at = |k: usize| {
        tokens
            .get(k)
            .filter(|t| t.is_capitalised())
            .and_then(|t| month_of(&t.lower))
    };
    // the month after the one at `k` in the list, if the list goes on
    let next_in_list = |k: usize| {
        let joint = tokens.get(k + 1)?;
        let serial =
            joint.text == "," && tokens.get(k + 2).is_some_and(|t| t.is("and") || t.is("or"));
        let next = k + 2 + usize::from(serial);
        (matches!(joint.lower.as_ref(), "," | "and" | "or") && month_at(next).is_some())
            .then_some(next)
    };
    let mut at = end + 1;
    let mut months = 2;
    if listed {
        month_at(at)?;
        while let Some(next) = next_in_list(at) {
            at = next;
            months += 1;
        }
    }
    let (next_end, next) = parse_at(tokens, at)?;
    // (a sentence may end after the month: "July/Sept. Last year's cut")
    let one_sentence = !(at..next_end).any(|k| ends_sentence(tokens, k));
    let (last, explicit) = match next.core {
        Core::Cal {
            month: Some(last),
            year,
            day: None,
        } => (last, year),
        Core::Cal {
            month: Some(last),
            year,
            ..
        } if glued => (last, year),
        // ("in January/September last year")
        Core::MonthOfYear {
            month,
            day: None,
            offset,
        } if (worded || glued) && one_sentence => (month, Some(cx.anchor?.year() + offset)),
        Core::InThatYear { inner, years } if worded || listed => match *inner {
            Core::Cal {
                month: Some(month),
                day: None,
                ..
            } => (
                month,
                cx.reference
                    .filter(|r| r.granularity <= Granularity::Year)
                    .map(|r| r.start.year() + years),
            ),
            _ => return None,
        },
        _ => return None,
    };
    // (a list of more than two months that crosses a new year is left to each month)
    if months > 2 && first > last {
        return None;
    }
    let crosses = i32::from(first > last);
    // ("April/January 1986/87": the opening month is in the year the split starts)
    if let Some(y) = explicit
        && crosses == 1
        && split_year_at(tokens, next_end, y)
    {
        return Some((y, y + 1));
    }
    if !glued && explicit.is_none() {
        // "ran from November to January", "peaks between December and February": the
        // closing month follows the opening one, which is read as a month of its own
        if !opens_range(tokens, start, joint) || months > 2 {
            return None;
        }
        // (with no tense to go by, the span nearest the anchor as a whole, not its opening
        // month alone: "exports from January to October rose 5 percent", read in
        // November, are this year's, where January alone would be the coming one)
        // (and a span a verb in the present runs by: "The hurricane season, which runs from
        // June through November", read in August, is this year's)
        // (but a span a verb in the past before it in its clause tells of, which nothing
        // sells or ships ahead nor looks ahead, has begun: "Commerce granted 113 licences
        // between November and April", read in September, is the last one, where the
        // coming November is nearer)
        let anchor = cx.anchor?;
        let told_in_clause = || {
            let clause = || before_in_clause(tokens, start, 8);
            (clause().any(|k| {
                tokens[k].is_lowercase_word()
                    && past_verb(tokens, k)
                    && !reports(&tokens[k].lower)
            })
                // (or opening the sentence, the verb after it: "Between November and
                // April, Commerce granted 113 licences")
                || (start > 0 && opens_sentence_told_in_past(tokens, start - 1, next_end, 8)))
                // (not a shipment's: "sold cargoes for shipment between October and
                // November")
                && !clause().any(|k| shipped(&tokens[k].lower))
                && !sold_ahead(tokens, start, end)
                && !looks_ahead_around(tokens, start, end)
        };
        let y = if cx.tense == Tense::Unmarked && told_in_clause() {
            let y = nearest_span(anchor, first, last) - crosses;
            y - i32::from(ymd(y, first, 1).is_some_and(|d| d > anchor))
        } else if cx.tense == Tense::Unmarked || runs_now(tokens, start) {
            nearest_span(anchor, first, last) - crosses
        } else {
            infer_year(anchor, first, None, cx.tense)
        };
        return Some((y, y + crosses));
    }
    // "the 1987 quota year (January-December)", "in 1986/87 (Oct-Sept)"
    let named = (0..start)
        .rev()
        .take(5)
        .take_while(|&k| {
            let t = &tokens[k];
            t.kind == Kind::Num
                || matches!(
                    t.lower.as_ref(),
                    "(" | "/"
                        | "-"
                        | "the"
                        | "current"
                        | "quota"
                        | "crop"
                        | "marketing"
                        | "year"
                        | "season"
                        | "fiscal"
                )
        })
        .find_map(|k| year_token(&tokens[k]));
    if explicit.is_none()
        && let Some(y) = named
    {
        return Some((y, y + crosses));
    }
    if let Some(y) = explicit {
        return Some((y - crosses, y));
    }
    // the span nearest the anchor, or, after "will", another modal or a forecast, the
    // first one not over ("the impact will be in February/April and July/Dec", read in
    // April; "corn can be shipped from July-September", read in March; not what would
    // have been, "would have risen 1.1 pct in Oct/Dec", "should have been covered by
    // March/April rains")
    let anchor = cx.anchor?;
    let ahead = || {
        before_in_sentence(tokens, start, 10).any(|k| {
            let t = &tokens[k];
            (t.is_lowercase_word()
                && modal(&t.lower)
                && !t.is("would")
                && !tokens.get(k + 1).is_some_and(|n| n.is("have")))
                || matches!(t.lower.as_ref(), "expects" | "forecasts" | "predicts")
        }) || sold_ahead(tokens, start, next_end)
    };
    // (a period of statistics told in the past, the last one over: "In the January-June
    // period, exports grew 8 percent", read in March; not a shipment or a delivery, which
    // trade reports sell ahead: "sold two cargoes for March/April shipment")
    // (and so is a total the span's statistics sum to, in any tense, where nothing looks
    // ahead: "The January/November export total of 289,232 compares with 165,859 tonnes",
    // "The January-November trade surplus was", read in March, are last year's)
    let told_past = || {
        let around =
            || before_in_sentence(tokens, start, 10).chain(after_in_sentence(tokens, start, 12));
        let noun = |k: usize| tokens.get(k).map(|t| t.lower.as_ref());
        let totals = |k: usize| {
            matches!(
                noun(k),
                Some("total" | "totals" | "surplus" | "deficit" | "figure" | "figures")
            )
        };
        // (right after the span, or after one word that names what is summed, "export
        // total"; not after "and": "for shipment in late July/August and total purchases")
        let total = totals(next_end)
            || (tokens.get(next_end).is_some_and(|t| {
                t.is_lowercase_word()
                    && !t.is("and")
                    && !t.is("or")
                    && !PREPOSITIONS.contains(&t.lower.as_ref())
            }) && totals(next_end + 1));
        // (and a span a hyphen joins right after "in" or "during", which nothing ships or
        // sells ahead, whose clause's verb is in the past, before it or right after its
        // phrase: "Sales fell in January-March", "Profit in January-June fell", read in
        // November; not a passive of the present, "Data is collected during November-June")
        let finite_past = |k: usize| {
            tells_past(tokens, k)
                && !(k > 0 && matches!(tokens[k - 1].lower.as_ref(), "is" | "are" | "be"))
        };
        let within = || {
            start > 0
                && joint.text == "-"
                && matches!(tokens[start - 1].lower.as_ref(), "in" | "during")
                && !around().any(|k| shipped(&tokens[k].lower))
                && !sold_ahead(tokens, start, next_end)
                && !looks_ahead_around(tokens, start, next_end)
                && (before_in_clause(tokens, start - 1, 8).any(finite_past)
                    || after_in_sentence(tokens, next_end, 4)
                        .take_while(|&k| {
                            tokens[k].text != ","
                                && !matches!(tokens[k].lower.as_ref(), "which" | "that")
                        })
                        .find(|&k| !tokens[k].is_lowercase_word() || past_verb(tokens, k))
                        .is_some_and(finite_past))
        };
        (total && !looks_ahead_around(tokens, start, next_end))
            || within()
            || (matches!(noun(next_end), Some("period" | "quarter" | "half"))
                && around().any(|k| tells_past(tokens, k))
                && !around().any(|k| tokens[k].is_lowercase_word() && modal(&tokens[k].lower)))
    };
    let y = nearest_span(anchor, first, last);
    let over = month_bounds(y, last).is_some_and(|(_, e)| e < anchor);
    let y = if over && ahead() {
        y + 1
    } else if !over && told_past() {
        y - 1
    } else {
        y
    };
    Some((y - crosses, y))
}

/// The year of the closing month of the span from `first` to `last` (across a new year when
/// `first > last`) nearest `anchor`, or holding it: "various April/Nov shipments" in April
/// are this year's, "the July/September quarter" in March last year's. As for a single
/// month, the future counts double.
fn nearest_span(anchor: NaiveDate, first: u32, last: u32) -> i32 {
    let crosses = i32::from(first > last);
    let y = anchor.year();
    (y - 1..=y + 1)
        .min_by_key(|&y| {
            let from = ymd(y - crosses, first, 1).map_or(i64::MAX, |d| (d - anchor).num_days());
            let to = month_bounds(y, last).map_or(i64::MIN, |(_, e)| (e - anchor).num_days());
            if from > 0 {
                from.saturating_mul(2)
            } else if to < 0 {
                -to
            } else {
                0
            }
        })
        .unwrap_or(y)
}

impl Core {
    /// A month or season named without a year (`named_in_year`), in `year`.
    fn in_year(&self, year: Option<i32>) -> Core {
        let mut core = self.clone();
        if let Core::Cal { year: y, .. } | Core::Season { year: y, .. } = &mut core {
            *y = year;
        }
        core
    }

    /// The year still to be given to a quarter or a half by its number, or a month (and its
    /// day), named with none and not counted back: "the second quarter", "January".
    fn missing_year(&mut self) -> Option<&mut Option<i32>> {
        match self {
            Core::Quarter {
                year: year @ None,
                years: 0,
                by_months: false,
                ..
            }
            | Core::Half {
                year: year @ None,
                years: 0,
                ..
            }
            | Core::Cal {
                year: year @ None,
                month: Some(_),
                ..
            } => Some(year),
            _ => None,
        }
    }

    /// The year still to be given to a quarter or a half by its number, named with none and
    /// not counted back, with its number and how many such periods a year holds: "the third
    /// quarter" (3 of 4), "the second half" (2 of 2).
    fn numbered_period(&mut self) -> Option<(&mut Option<i32>, u32, u32)> {
        match self {
            Core::Quarter {
                year: year @ None,
                q,
                years: 0,
                ..
            } => Some((year, *q, 4)),
            Core::Half {
                year: year @ None,
                h,
                years: 0,
            } => Some((year, *h, 2)),
            _ => None,
        }
    }

    /// The day this names, past a part of it: "Monday" in "Monday night".
    fn day_mut(&mut self) -> &mut Core {
        match self {
            Core::DayPart { day, .. } => &mut day.core,
            core => core,
        }
    }

    /// That day of the calendar.
    fn on(date: NaiveDate) -> Core {
        Core::Cal {
            year: Some(date.year()),
            month: Some(date.month()),
            day: Some(date.day()),
        }
    }

    /// The day the text named last, or `offset` days from it: "that day", "the day after".
    fn day_of_story(offset: i32) -> Core {
        Core::Anaphor {
            unit: Some(Unit::Day),
            years: 0,
            offset,
            in_year: None,
            same: false,
        }
    }
}

impl Expr {
    /// That day of the calendar, as an expression of its own.
    fn on(date: NaiveDate) -> Expr {
        Expr {
            core: Core::on(date),
            modifier: None,
        }
    }

    /// Whether this is a period of the story or a year, a quarter or a month counted from
    /// one: "the quarter", "the year-earlier period", "a year earlier", "a year ago".
    fn compares_periods(&self) -> bool {
        match self.core {
            Core::Anaphor { unit, .. } => {
                unit.is_none_or(|u| matches!(u, Unit::Month | Unit::Quarter | Unit::Year))
            }
            Core::Shifted { unit, .. } | Core::SameTime { unit, .. } => {
                matches!(unit, Unit::Month | Unit::Quarter | Unit::Year)
            }
            _ => false,
        }
    }

    /// The number of a quarter named with no year and not counted back ("the second
    /// quarter", not "the 1988 second quarter" nor "the year-ago second quarter").
    fn bare_quarter(&self) -> Option<u32> {
        match self.core {
            Core::Quarter {
                year: None,
                q,
                years: 0,
                by_months: false,
            } => Some(q),
            _ => None,
        }
    }

    /// The number of a half named by it, and its year when written: "the second half"
    /// (2), "the first half of 1987" (1, 1987); not one counted back.
    fn half_named(&self) -> Option<(u32, Option<i32>)> {
        match self.core {
            Core::Half { year, h, years: 0 } => Some((h, year)),
            Core::RelQuarter {
                n,
                half: true,
                years: 0,
            } => Some((n, None)),
            _ => None,
        }
    }

    /// Whether this is a quarter or half counted back: "the year-ago fourth quarter", "the
    /// prior first half", "Prior year 4th qtr".
    fn part_counted_back(&self) -> bool {
        matches!(
            self.core,
            Core::Quarter { years: ..=-1, .. } | Core::Half { years: ..=-1, .. }
        )
    }

    /// Whether this is the period a year before the one the text speaks of: "a year
    /// earlier", "a year ago", "the year-ago month".
    fn a_year_back(&self) -> bool {
        matches!(
            self.core,
            Core::Shifted {
                unit: Unit::Year,
                amount: -1,
                ..
            } | Core::SameTime {
                unit: Unit::Year,
                amount: -1,
            } | Core::Anaphor { years: -1, .. }
        )
    }

    /// Whether this is the `unit` the text speaks of, not counted back nor of a year
    /// written: "the quarter", "in quarter", "the year", "the full year".
    fn the_period(&self, unit: Unit) -> bool {
        matches!(
            self.core,
            Core::Anaphor {
                unit: Some(u),
                years: 0,
                offset: 0,
                in_year: None,
                ..
            } if u == unit
        )
    }

    /// "The previous year", "the preceding year", "the prior year": the year before the one
    /// the text speaks of.
    fn the_previous_year(&self) -> bool {
        matches!(
            self.core,
            Core::Anaphor {
                unit: Some(Unit::Year),
                years: 0,
                offset: -1,
                in_year: None,
                ..
            }
        )
    }

    /// Whether the expression is resolved against the text's last date rather than naming
    /// one itself; such expressions do not become the reference for what follows.
    fn leans_on_reference(&self) -> bool {
        matches!(
            self.core,
            Core::Anaphor { .. }
                | Core::StoryDay
                | Core::BusinessDay { .. }
                | Core::Elided { .. }
                | Core::SameTime { .. }
                | Core::Shifted {
                    from_reference: true,
                    ..
                }
                | Core::Shifted {
                    unit: Unit::Year,
                    ..
                }
        )
    }
}

/// Whether a superlative stands in the eight words before token `i`: "its slowest growth
/// in a decade", "the highest level since November 2009", "the first time since 1990"
/// (or a count of times: "for the second time in three months", "its fourth general
/// election in four years").
fn superlative_before(toks: &[Tok<'_>], i: usize) -> bool {
    let window = &toks[i.saturating_sub(8)..i];
    // (an ordinal before "time", or after an article or a possessive with its noun right
    // before the date and no verb between: "the country's second charter in two years";
    // not "The second phase will begin in two years")
    let counts = |k: usize| {
        window.get(k + 1).is_some_and(|n| n.is("time"))
            || (k > 0
                && (determiner(&window[k - 1].lower) || after_possessive(window, k))
                && window.len() - k <= 4
                && window[k + 1..].iter().all(|t| {
                    t.is_lowercase_word()
                        && !looks_past(&t.lower)
                        && !modal(&t.lower)
                        && !matches!(
                            t.lower.as_ref(),
                            "to" | "be" | "is" | "are" | "was" | "were" | "has" | "have"
                        )
                }))
    };
    window.iter().enumerate().any(|(k, t)| {
        t.kind == Kind::Word
            && ((t.lower.len() > 5 && t.lower.ends_with("est"))
                || matches!(
                    t.lower.as_ref(),
                    "first" | "most" | "least" | "best" | "worst"
                )
                || (matches!(
                    t.lower.as_ref(),
                    "second" | "third" | "fourth" | "fifth" | "sixth" | "seventh"
                ) && counts(k)))
    })
}

/// Whether the date at `i` is the start of a record, after "since" and a superlative:
/// "the lowest level since November", "the worst since the Government started compiling
/// unemployment statistics under its current system in 1953" (in the clause "since" opens,
/// not one joined after it: "the highest since 1980 and will rise again in 1988").
fn since_superlative(toks: &[Tok<'_>], i: usize) -> bool {
    // (the rare word first: this runs for every date)
    toks[i.saturating_sub(14)..i].iter().any(|t| t.is("since"))
        && before_in_clause(toks, i, 14)
            .take_while(|&k| !matches!(toks[k].lower.as_ref(), "and" | "but" | "while" | ";"))
            .find(|&k| toks[k].is("since"))
            .is_some_and(|k| superlative_before(toks, k))
}

/// Whether the date from `first` to `end`, after "in", closes a relative clause set off by
/// commas, an aside on what the sentence is about: "GDP, which fell 0.2 pct in November,
/// was 2.1 pct above the level of a year ago" (the story's month is still the one named
/// before); not "BHP, which confined comment to the third quarter, said", whose period it
/// names.
fn in_aside(toks: &[Tok<'_>], first: usize, end: usize) -> bool {
    first > 0
        && toks[first - 1].is("in")
        && toks.get(end).is_some_and(|t| t.text == ",")
        && before_in_clause(toks, first, 12).last().is_some_and(|k| {
            k > 0 && toks[k - 1].text == "," && matches!(toks[k].lower.as_ref(), "which" | "who")
        })
}

/// Whether the date at token `i` is the day a record was set, which the story measures
/// against: "its all-time closing high of 1,565.15, set on Oct. 9, 2007", "the record low
/// it hit in March 2009".
fn record_set(toks: &[Tok<'_>], i: usize) -> bool {
    i >= 2
        && matches!(toks[i - 1].lower.as_ref(), "on" | "in")
        && matches!(
            toks[i - 2].lower.as_ref(),
            "set" | "reached" | "hit" | "touched" | "recorded"
        )
        && (before_in_sentence(toks, i - 2, 10).any(|k| {
            matches!(
                toks[k].lower.as_ref(),
                "high" | "highs" | "low" | "lows" | "record" | "peak"
            )
        }) || superlative_before(toks, i - 2))
}

/// Whether the year written from token `first` to `end` names an event rather than the
/// time the story speaks of: "the 2008 Olympics", "a 1961 coup", "his 1988 book" (after an
/// article or a possessive, before a name or a word for an event). "the year" after it is
/// still the story's: "in the early 2000s, Beijing was preparing for the 2008 Olympics.
/// Sales in the first two months of the year doubled" is the publication's year.
fn year_names_event(toks: &[Tok<'_>], first: usize, end: usize) -> bool {
    first > 0
        && determiner(&toks[first - 1].lower)
        && toks.get(end).is_some_and(|t| {
            (t.kind == Kind::Word && t.is_capitalised())
                || matches!(
                    t.lower.as_ref(),
                    "election"
                        | "elections"
                        | "campaign"
                        | "coup"
                        | "war"
                        | "bombing"
                        | "bombings"
                        | "attack"
                        | "attacks"
                        | "book"
                        | "film"
                        | "crash"
                        | "crisis"
                        | "earthquake"
                        | "quake"
                        | "tsunami"
                        | "floods"
                        | "pandemic"
                        | "revolution"
                        | "uprising"
                        | "invasion"
                        | "olympics"
                        | "games"
                )
        })
}

/// Whether `t` is a word of capitals that names something, as "BNI" of "BNI 1946" does
/// (not a month's abbreviation nor "FY").
fn named_by_capitals(t: &Tok<'_>) -> bool {
    t.kind == Kind::Word
        && t.text.len() >= 2
        && t.text.chars().all(|c| c.is_ascii_uppercase())
        && month_of(&t.lower).is_none()
        && !matches!(t.text, "FY" | "AD" | "BC" | "CE")
}

/// Whether `t` may follow a figure as its unit: "mln", "dlrs", "pct", "tonnes" (a lowercase
/// word, not a verb in the past).
fn unit_after_figure(t: &Tok<'_>) -> bool {
    t.is_lowercase_word()
        && !looks_past(&t.lower)
        && !PREPOSITIONS.contains(&t.lower.as_ref())
        && !determiner(&t.lower)
        && !matches!(t.lower.as_ref(), "and" | "or" | "but")
}

/// Whether up to three words of a noun after token `end` run on to "last year": "first
/// quarter sales last year", "second quarter net income last year" (not a verb or a
/// preposition between, "showed improvement over last year", "compared to last year").
fn dated_last_year(toks: &[Tok<'_>], end: usize) -> bool {
    let noun = |k: usize| {
        let t = &toks[k];
        t.is_lowercase_word()
            && !PREPOSITIONS.contains(&t.lower.as_ref())
            && !determiner(&t.lower)
            && !clause_word(toks, k)
            && !matches!(
                t.lower.as_ref(),
                "and" | "or" | "but" | "compared" | "versus" | "vs" | "than" | "when" | "last"
            )
    };
    (end + 1..toks.len().min(end + 4)).any(|k| {
        toks[k].is("last")
            && toks.get(k + 1).is_some_and(|t| t.is("year"))
            && !toks.get(k + 2).is_some_and(Tok::is_apostrophe)
            && (end..k).all(noun)
    })
}

/// Whether a figure is measured from the date at token `i`, a comparison word ten words
/// or fewer before it in its clause: "rose 60 pct from the 15 mln reported for the first
/// quarter", "against 6.67 billion in".
fn measured_from(toks: &[Tok<'_>], i: usize) -> bool {
    before_in_clause(toks, i, 10).any(|k| {
        matches!(
            toks[k].lower.as_ref(),
            "from" | "against" | "versus" | "vs" | "compared"
        )
    })
}

/// Whether an expectation told in the past perfect governs the date at token `i`: "had
/// expected", "had forecast", "had estimated" at most 12 tokens back in its clause, with
/// no "to" between (not "had expected to close the deal in the quarter", a plan).
fn expectation_overtaken(toks: &[Tok<'_>], i: usize) -> bool {
    before_in_clause(toks, i, 12)
        .take_while(|&k| !toks[k].is("to"))
        .any(|k| {
            k > 0
                && toks[k - 1].is("had")
                && matches!(
                    toks[k].lower.as_ref(),
                    "expected" | "forecast" | "estimated" | "projected" | "predicted"
                )
        })
}

/// Whether "up from" or "down from" stands in the clause before token `i`, at most 12
/// tokens back: "up from $3 billion in March".
fn up_or_down_from(toks: &[Tok<'_>], i: usize) -> bool {
    before_in_clause(toks, i, 12)
        .any(|k| toks[k].is("from") && k > 0 && (toks[k - 1].is("up") || toks[k - 1].is("down")))
}

/// Whether the date at token `i` dates the figure a change is measured from: "up from
/// 151.4 mln dlrs in 1985", "against 38 cents in 1985", "compared with 3.6 billion in
/// 1985", "compared with 8.667 billion dlrs in a similar 1986 period" (a figure between;
/// not "moved from Boston in 1985"), "to 6.2 billion marks from 1985", "up 3 pct from a
/// month ago" (a figure before, a year or a period counted back right after "from").
fn baseline(toks: &[Tok<'_>], i: usize) -> bool {
    let i = toks[..i]
        .iter()
        .rposition(|t| !matches!(t.lower.as_ref(), "a" | "the" | "similar" | "same"))
        .map_or(0, |k| k + 1);
    // ("fell three pct to 6.2 billion marks from 1985": a figure, then a year right after
    // "from"; not a start, "from September", "from 1985 to 1987")
    if i > 1
        && matches!(
            toks[i - 1].lower.as_ref(),
            "from" | "against" | "versus" | "vs"
        )
    {
        // (or a period counted back: "rose 1.1 pct in February from a month ago")
        let counted_back = toks.get(i + 1).is_some_and(|t| unit_of(&t.lower).is_some())
            && toks
                .get(i + 2)
                .is_some_and(|t| t.is("ago") || t.is("earlier"));
        // (or a period of last year's: "rising 55 pct from last year's first quarter",
        // "up 12 pct from the year-ago quarter")
        let last_years = (toks[i].is("last") && toks.get(i + 1).is_some_and(|t| t.is("year")))
            || (toks[i].is("year")
                && toks.get(i + 1).is_some_and(|t| t.text == "-")
                && toks
                    .get(i + 2)
                    .is_some_and(|t| t.is("ago") || t.is("earlier")));
        // (or a quarter or a half by its number: "rose 0.7 pct from the third quarter")
        let at = i + usize::from(toks[i].is("the"));
        let numbered = toks
            .get(at)
            .is_some_and(|t| ordinal_of(&t.lower).is_some() || t.is("final"))
            && toks
            .get(at + 1)
            .is_some_and(|t| t.is("quarter") || t.is("half"))
            // (itself, not a noun it qualifies: "a charge against first quarter results")
            && toks.get(at + 2).is_none_or(|t| {
                t.kind != Kind::Word
                    || matches!(t.lower.as_ref(), "and" | "but" | "while")
                    || PREPOSITIONS.contains(&t.lower.as_ref())
            });
        // (a quarter's "and" goes on to the clause's next verb: "from the third quarter and
        // was up 3.8 pct"; a year's may join another, "from 1985 and 1986")
        let after = if numbered { at + 1 } else { i };
        return (year_token(&toks[i]).is_some() || counted_back || last_years || numbered)
            && toks.get(after + 1).is_none_or(|n| {
                !(matches!(n.lower.as_ref(), "to" | "through" | "until" | "-" | "/")
                    || (n.is("and") && !numbered))
            })
            && before_in_clause(toks, i - 1, 8).any(|k| toks[k].kind == Kind::Num);
    }
    // ("17.2 pct above the January figure", "2 pct below the 1986 level")
    if i > 1
        && matches!(toks[i - 1].lower.as_ref(), "above" | "below")
        && (toks[i - 2].kind == Kind::Num
            || matches!(toks[i - 2].lower.as_ref(), "pct" | "percent" | "%"))
    {
        return true;
    }
    // (whether token `k` comes right after a figure, or a figure and its unit, one word or
    // two: "40.7 mln dlrs")
    let of_figure = |k: usize| {
        k >= 2
            && (toks[k - 1].kind == Kind::Num
                || (unit_after_figure(&toks[k - 1])
                    && (toks[k - 2].kind == Kind::Num
                        || (k >= 3
                            && toks[k - 3].kind == Kind::Num
                            && unit_after_figure(&toks[k - 2])))))
    };
    // (or right after the figure: "off 1.8 pct from 7.06 mln last year"; or after a word
    // for one: "decline only slightly in 1987 from their record levels last year")
    let after_figure = i > 1 && (of_figure(i) || names_level(&toks[i - 1]));
    if i == 0
        || !(after_figure
            || matches!(
                toks[i - 1].lower.as_ref(),
                "in" | "for" | "during" | "at" | "by"
            ))
    {
        return false;
    }
    let mut figure = false;
    // (up to 18 words back, for a figure told with its share: "compared with a loss of 3.3
    // mln dlrs, or 21 cts per share, in 1985's fourth quarter")
    for k in (i.saturating_sub(18)..if after_figure { i } else { i - 1 }).rev() {
        let t = &toks[k];
        match t.lower.as_ref() {
            // ("rose 4.2 pct last month after increasing 6.6 pct in January"; a deadline after
            // a figure "from" is the change's, "rising from around 1.60 dlrs, forcing a rate
            // cut by Friday", but one set beside a figure is a baseline: "compared with 26.2
            // mln ha by April 21, 1986")
            "from" | "against" | "versus" | "vs" | "after" => {
                return figure && !toks[i - 1].is("by");
            }
            "with" | "to" => return figure && k > 0 && toks[k - 1].is("compared"),
            _ if t.kind == Kind::Num || names_level(t) => figure = true,
            // (a participle right after the figure tells of it: "down from the 25 cts
            // earned in the final quarter of fiscal 1986")
            _ if ends_sentence(toks, k)
                || t.text == ";"
                || (past_verb(toks, k) && !of_figure(k)) =>
            {
                return false;
            }
            _ => {}
        }
    }
    false
}

/// Whether the date from `first` to `end` dates a figure a change is measured from: in a
/// possessive right after "from", "than" and the like ("down two stg from yesterday's
/// close"), or after "a" or "the" before "level" or "figure" ("from December's 174,668 mln
/// dlrs and a January 1986 level of 159,453 mln").
fn dates_compared_figure(tokens: &[Tok<'_>], first: usize, end: usize) -> bool {
    let word = |back: usize| {
        first
            .checked_sub(back)
            .map_or("", |k| tokens[k].lower.as_ref())
    };
    let next = tokens.get(end);
    (matches!(
        word(1),
        "from" | "than" | "above" | "below" | "versus" | "vs" | "against"
    ) && next.is_some_and(Tok::is_apostrophe))
        || (matches!(word(1), "a" | "the")
            && matches!(
                word(2),
                "from" | "than" | "and" | "against" | "versus" | "vs" | "on" | "with"
            )
            && next.is_some_and(|t| t.is("level") || t.is("figure")))
}

/// Whether the word names a figure a change is measured from: "record levels", "its
/// peak", "the year-ago figure".
fn names_level(t: &Tok<'_>) -> bool {
    matches!(
        t.lower.as_ref(),
        "level" | "levels" | "figure" | "figures" | "peak" | "high" | "highs" | "low" | "lows"
    )
}

/// Whether the date at token `i` is what a figure is set against, right after "than" or
/// after "than" and a preposition ("lower than in the first half"); not a bound, "no
/// earlier than August".
fn set_against(toks: &[Tok<'_>], i: usize) -> bool {
    let than = match i.checked_sub(1) {
        Some(k) if toks[k].is("than") => Some(k),
        Some(k) if k > 0 && PREPOSITIONS.contains(&toks[k].lower.as_ref()) => {
            Some(k - 1).filter(|&t| toks[t].is("than"))
        }
        _ => None,
    };
    than.is_some_and(|t| {
        t > 0
            && !matches!(
                toks[t - 1].lower.as_ref(),
                "earlier" | "later" | "sooner" | "before" | "after"
            )
    })
}

/// Whether the sentence before token `i` reports a count of months longer than a quarter:
/// "For the nine months", "in the latest nine months", "the first six months", "For the
/// first half" (not "the three months", a quarter).
fn months_reported(toks: &[Tok<'_>], i: usize) -> bool {
    before_in_sentence(toks, i, 40).any(|k| {
        let count = || k > 0 && count_of(&toks[k - 1]).is_some_and(|n| (4.0..12.0).contains(&n));
        (toks[k].is("months") && count())
            || (toks[k].is("half") && k > 0 && toks[k - 1].is("first"))
    })
}

/// A date the text named, and where: what a later expression may count from.
#[derive(Debug, Clone)]
struct Told {
    value: DateValue,
    /// The byte range of the expression that named it.
    at: Range<usize>,
}

/// (a date the text named reads as the date it is)
impl std::ops::Deref for Told {
    type Target = DateValue;

    fn deref(&self) -> &DateValue {
        &self.value
    }
}

/// How the text tells of the end of a period it names (see `Resolve::end_told`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum EndTold {
    /// Right after "since": "has risen since the end of the year".
    Since,
    /// Right after "at", "in", "toward", "around" or "near", in a sentence that does not
    /// look ahead: "Demand weakened sharply at the end of the year".
    At,
}

/// What an expression is resolved against.
struct Resolve<'a> {
    anchor: Option<NaiveDate>,
    reference: Option<&'a Told>,
    /// The first quarter the text named: the one the story reports, with what the text
    /// told of it (see `Resolve::quarter`, `quarter_numbered`, `story_year`).
    story: Option<&'a StoryQuarter>,
    /// The last half the text gave days of its own: what that half's number alone names.
    half: Option<&'a Told>,
    /// The days the reference closes or opens as a period, when it does (named at the
    /// reference's place), and whether both its days were written: see
    /// [`period_of_days`].
    period: Option<(&'a Told, bool)>,
    /// The month the company's fiscal year ends in, when the text names one other than
    /// December (see [`FiscalYear`]) or the story's fiscal quarter tells it (see
    /// [`story_year`]).
    fiscal_end: Option<u32>,
    /// The last day the text named, the last one on or before the publication, the last
    /// week, and the last day or month.
    day: Option<&'a Told>,
    past_day: Option<&'a Told>,
    week: Option<&'a Told>,
    month: Option<&'a Told>,
    /// The tokens from the end of the reference to the expression (inclusive), when there
    /// is one: see [`Resolve::recent`].
    since_reference: Option<&'a [Tok<'a>]>,
    /// The tokens from the end of the last expression that leaned on the reference ("the
    /// month") to this one, when there is one: see [`Resolve::recent`].
    since_echo: Option<&'a [Tok<'a>]>,
    /// Whether a month counted back dates the figure a change is measured from (see
    /// [`baseline`]); false for every other expression.
    baseline: bool,
    /// Whether a year counted back follows a count of months its sentence reports ("For
    /// the nine months, ... compared with ... a year earlier", see [`months_reported`]);
    /// false for every other expression.
    months_told: bool,
    /// Whether the expression is the quarter of a note to a table of results, "in
    /// quarter", "for qtr" (see [`period_of_note`]): the one whose results the table
    /// reports, closed a week or more before (see [`quarter_reported_by`]); false for
    /// every other expression.
    noted: bool,
    /// Whether the expression is the part of a period left after the publication or the
    /// date named in it, told in no past: "the rest of the year", "the balance of the
    /// year" (not "later in the year", with the same modifier).
    rest: bool,
    /// The word right before the expression when it is an end of a period ("since the
    /// end of the year", "at the end of the year" in a sentence that does not look ahead):
    /// since it, or told in the past at it, one still to come is the last one's.
    end_told: Option<EndTold>,
    tense: Tense,
    /// Where the date the expression was counted from was named, once resolution has
    /// counted from one (see [`Resolve::count_from`]).
    counted_from: std::cell::Cell<Option<Range<usize>>>,
}

impl<'a> Resolve<'a> {
    /// The date the text named last, when it is a day: what "two days later" and "earlier
    /// in the day" count from.
    fn reference_day(&self) -> Option<&'a Told> {
        self.reference.filter(|r| r.granularity == Granularity::Day)
    }

    /// The day the story is on: the date named last when it is a day, else the last day
    /// named ("earlier in the day", "the next business day"); in the past, not a day still
    /// to come but the last day named before it ("this fiscal year, which ends Sept. 30 ...
    /// Later in the day, Ryan spoke"; "delivered his Budget on Wednesday ... will be cut
    /// from Sunday ... figures released on the same day showed": the Wednesday).
    fn story_day(&self) -> Option<&'a Told> {
        let can_be = |day: &&Told| {
            !(self.tense == Tense::Past && self.anchor.is_some_and(|a| day.value.start > a))
        };
        self.reference_day()
            .filter(can_be)
            .or(self.day.filter(can_be))
            .or(self.past_day.filter(|_| self.tense == Tense::Past))
    }

    /// The year a part of a year named by its number alone and told in the past is in,
    /// when its sentence named a date of an earlier year before it and that part of the
    /// publication's year is not yet over: "earnings from trading on the bank's own account
    /// in 1986 had been a little higher than partial operating profits, but had performed
    /// better in the first half", read in June 1987, is 1986's first half. `last` is that
    /// part's last day in the publication's year.
    fn year_of_part_told(&self, last: NaiveDate) -> Option<i32> {
        let a = self.anchor?;
        let r = self.reference?;
        // (past "but", only in the past perfect, which still tells of the year before:
        // "Sales fell in 2011 but rose in the first half" may set this year against it)
        let contrasted = || {
            self.since_reference.is_some_and(|s| {
                s.iter()
                    .position(|t| t.is("but"))
                    .is_some_and(|k| !s[k..].iter().any(|t| t.is("had")))
            })
        };
        (matches!(self.tense, Tense::Past | Tense::Ended)
            && r.granularity != Granularity::Vague
            && r.end.year() < a.year()
            && last >= a
            && self.recent()
            && !contrasted())
        .then(|| r.start.year())
    }

    /// The days the text named as a period (see [`period_of_days`]), and whether both were
    /// written, while they are what the text speaks of: named at the reference's place, or
    /// after the reference was named.
    fn current_period(&self) -> Option<(&'a Told, bool)> {
        self.period.filter(|(p, _)| {
            self.reference
                .is_none_or(|r| r.at == p.at || r.at.end <= p.at.start)
        })
    }

    /// The same context read in `tense`, with nothing yet counted from.
    fn with_tense(&self, tense: Tense) -> Resolve<'a> {
        Resolve {
            tense,
            counted_from: Default::default(),
            ..*self
        }
    }

    /// The same context with `reference` as the date named last, with nothing yet counted
    /// from.
    fn with_reference(&self, reference: Option<&'a Told>) -> Resolve<'a> {
        Resolve {
            reference,
            counted_from: Default::default(),
            ..*self
        }
    }

    /// The story's quarter, when the reference is background to it: an earlier quarter
    /// named in an earlier sentence ("After a flat second quarter, ..."), or, with
    /// `months`, an earlier month so named ("changed to a calendar year in December").
    /// What is counted a year back counts from the story's quarter then.
    fn quarter_over_background(&self, months: bool) -> Option<&'a Told> {
        let (r, q) = (self.reference?, self.quarter()?);
        ((r.granularity == Granularity::Quarter || (months && r.granularity == Granularity::Month))
            && r.start < q.start
            && !self.recent())
        .then_some(q)
    }

    /// `told`, noted as what the expression is counted from: resolution calls it where a
    /// date the text named, not the publication, becomes the base.
    fn count_from(&self, told: &'a Told) -> &'a DateValue {
        self.counted_from.set(Some(told.at.clone()));
        &told.value
    }

    /// The story's quarter, as the date it is.
    fn quarter(&self) -> Option<&'a Told> {
        self.story.map(|s| &s.told)
    }

    /// Whether the text gave the story's quarter its number, not its days alone.
    fn quarter_numbered(&self) -> bool {
        self.story.is_some_and(|s| s.numbered)
    }

    /// The fiscal year of the story's quarter, when the text tells it: see [`story_year`].
    fn story_year(&self) -> Option<&'a DateValue> {
        self.story.and_then(|s| s.year.as_ref())
    }

    /// The story's fiscal year when a year written names it one way only, for the year it
    /// ends in: not one that ends in January to March, which companies name either way.
    fn story_year_named(&self) -> Option<&'a DateValue> {
        self.story_year().filter(|fy| fy.end.month() > 3)
    }

    /// Whether the expression opens with "that", which points back at a date the text told
    /// ("The group paid 31 cents a share for that year"), never on to the next.
    fn points_back(&self) -> bool {
        self.since_reference
            .and_then(|s| s.last())
            .is_some_and(|t| t.is("that"))
    }

    /// Whether `word` stands right before the expression, when the text named a reference
    /// before it ("by the end of the year").
    fn right_after(&self, word: &str) -> bool {
        self.word_before().is_some_and(|w| w == word)
    }

    /// The word right before the expression, in lower case, when the text named a
    /// reference before it.
    fn word_before(&self) -> Option<&str> {
        self.word_back(1)
    }

    /// The word `k` words before the expression, in lower case, when the text named a
    /// reference before it.
    fn word_back(&self, k: usize) -> Option<&str> {
        self.since_reference
            .filter(|s| s.len() > k)
            .map(|s| s[s.len() - 1 - k].lower.as_ref())
    }

    /// Whether the expression is the year of "the first two months of the year" whose
    /// months are the last over: a statistic for the year so far, in the publication's
    /// year ("In the first two months of the year, inflation was 3.8 pct", read in March).
    fn months_so_far(&self) -> bool {
        let (Some(s), Some(a)) = (self.since_reference, self.anchor) else {
            return false;
        };
        let n = s.len();
        n >= 5
            && s[n - 5].is("first")
            && s[n - 3].is("months")
            && s[n - 2].is("of")
            && count_of(&s[n - 4]).is_some_and(|m| {
                let this = f64::from(a.month());
                m < this && this <= m + 2.0
            })
    }

    /// Whether the reference was named in the same sentence, or named again there by an
    /// expression that leans on it ("February ... Truck production in the month totalled
    /// 21,177 compared with none a year ago"); looked at only where it matters, not for
    /// every expression.
    fn recent(&self) -> bool {
        [self.since_reference, self.since_echo]
            .into_iter()
            .flatten()
            .any(|s| !(0..s.len() - 1).any(|j| ends_sentence(s, j)))
    }
}

/// The quarter a story reports, with what the text told of it.
struct StoryQuarter {
    told: Told,
    /// Whether the text gave it its number ("2nd qtr Jan 31"), not its days alone ("Qtr
    /// ended Jan 31").
    numbered: bool,
    /// Its fiscal year, when the text tells it (see [`story_year`]), worked out once here
    /// rather than for every expression read.
    year: Option<DateValue>,
}

impl StoryQuarter {
    fn new(told: Told, numbered: bool, tokens: &[Tok<'_>]) -> Self {
        let year = story_year(&told.value, numbered, tokens);
        StoryQuarter {
            told,
            numbered,
            year,
        }
    }

    /// The month its fiscal year ends in, when the text tells that year.
    fn year_end(&self) -> Option<u32> {
        self.year.as_ref().map(|y| y.end.month())
    }

    /// Its fiscal year, when an expression after the date named last, `reference`, speaks
    /// of it: when the date named last is this quarter, a date within that year, or none
    /// ("the year" after "Net rose in 1985" is not its fiscal year).
    fn year_spoken_of(&self, reference: Option<&Told>) -> Option<&DateValue> {
        self.year.as_ref().filter(|year| {
            reference.is_none_or(|r| {
                self.told.at == r.at || (year.start <= r.start && r.end <= year.end)
            })
        })
    }
}

/// (the story's quarter reads as the date it is)
impl std::ops::Deref for StoryQuarter {
    type Target = Told;

    fn deref(&self) -> &Told {
        &self.told
    }
}

/// The fiscal year of the story's quarter `q`, when that quarter is fiscal (numbered
/// otherwise than the calendar, or with days of its own) and the text tells where in its
/// year it falls: by its number, when the text gave it (`numbered`: "2nd qtr Jan 31" is in
/// August 1986 to July 1987), or as the quarter above the first table heading in
/// `tokens` for the figures of the months to its end ("Jan 31 end ... Year", February 1986
/// to January 1987; "Jan 31 end ... Nine mths", May 1986 to April 1987). Named as
/// [`twelve_months`] names a fiscal year: 1987, 1986, 1987.
fn story_year(q: &DateValue, numbered: bool, tokens: &[Tok<'_>]) -> Option<DateValue> {
    if !fiscal(q) {
        return None;
    }
    let n = if numbered {
        quarter_named(q)?.1
    } else {
        (0..tokens.len()).find_map(|j| heading_months(tokens, j))? / 3
    };
    twelve_months_to(year_closed_by_part(q, n, 4)?)
}

/// The month the fiscal year ends in that a quarter or half `d` with days of its own, as
/// the text numbered it, tells: "the second quarter ended May 31", November; "the first
/// half ended January 31", July.
fn part_closes_year(d: &DateValue) -> Option<u32> {
    let per_year = match d.granularity {
        Granularity::Quarter => 4,
        Granularity::Half => 2,
        _ => return None,
    };
    let n = period_index(d)?.rem_euclid(per_year) + 1;
    Some(year_closed_by_part(d, n as u32, per_year as u32)?.month())
}

/// The last day of the fiscal year whose part `n` of `per_year` (quarters or halves) is
/// `p`: as many months after `p` closes as the parts left of the year hold.
fn year_closed_by_part(p: &DateValue, n: u32, per_year: u32) -> Option<NaiveDate> {
    close_moved(p.end, Unit::Month, i64::from(months_left(n, per_year)))
}

/// The months of a fiscal year after its part `n` of `per_year` (quarters or halves): 6
/// after a first half, 3 after a third quarter.
fn months_left(n: u32, per_year: u32) -> u32 {
    (per_year - n) * (12 / per_year)
}

/// Month `m` (1 to 12) moved `n` months on, round the year: July is 6 on from January,
/// December 11 on from January.
fn month_on(m: u32, n: u32) -> u32 {
    (m - 1 + n) % 12 + 1
}

/// Whether the period at `first..end` is told so far: "so far this year", "thus far this
/// month", "so far in 2024", "this year so far", "this year to date", "the quarter to
/// date", "QTD".
fn so_far(tokens: &[Tok<'_>], first: usize, end: usize) -> bool {
    let words = |k: usize, a: &str, b: &str| {
        tokens.get(k).is_some_and(|t| t.is(a)) && tokens.get(k + 1).is_some_and(|t| t.is(b))
    };
    let far = first - usize::from(first > 0 && tokens[first - 1].is("in"));
    (far >= 2 && (words(far - 2, "so", "far") || words(far - 2, "thus", "far")))
        || words(end, "so", "far")
        || words(end, "to", "date")
        || (tokens[end - 1].is("date") && tokens[first..end].iter().any(|t| t.is("to")))
        || to_date(&tokens[first].lower).is_some()
}

/// Whether the words of a quarter at `first..end` open a line and are followed by the day
/// that closes it, which ends the line, alone or with "end": "2nd qtr Jan 31 end", "2nd
/// qtr March 31" above a results table's figures.
fn heading_closes(tokens: &[Tok<'_>], first: usize, end: usize) -> bool {
    (first == 0 || tokens[first].after_layout())
        && parse_at(tokens, end).is_some_and(|(k, _)| {
            tokens.get(k).is_none_or(|t| t.after_layout()) || heading_ends(tokens, k)
        })
}

/// "the quarter ended Sept. 30", "the week to March 13", "the quarter ending in June": the
/// quarter (month, week) that ends on the date that follows, which is tagged on its own
/// after it ("the week beginning 25 March": the week that holds it). `None` when the
/// expression is not such a period or no day follows.
fn ends_on(
    tokens: &[Tok<'_>],
    words: Range<usize>,
    expr: &Expr,
    cx: &Resolve<'_>,
) -> Option<(usize, DateValue)> {
    let end = words.end;
    // "its fourth quarter ended Sept. 30": a fiscal quarter, named as the company names it
    // in the year of its last day
    // (and one a year back: "the previous third quarter ended November 30 last year")
    let named = match expr.core {
        Core::Quarter {
            year: None,
            q,
            years: 0 | -1,
            ..
        }
        | Core::RelQuarter {
            n: q,
            half: false,
            years: 0,
        } if expr.modifier.is_none() => Some(q),
        _ => None,
    };
    // ... or in its fiscal year: "its fiscal 1987 third quarter ended January 31" is
    // 1987-Q3, November 1986 to January 1987
    let fiscal_quarter = match expr.core {
        Core::Quarter {
            year: Some(y),
            q,
            years: 0,
            ..
        } if expr.modifier.is_none()
            && tokens[words.clone()]
                .iter()
                .any(|t| t.is("fiscal") || t.text == "FY") =>
        {
            Some((q, y))
        }
        _ => None,
    };
    let named = named.or(fiscal_quarter.map(|(q, _)| q));
    // "the first half ended November 30", "the second half of the year ending October 31,
    // 1988": a half, of the twelve months to that day when "of" the year
    let half = match expr.core {
        Core::RelQuarter {
            n,
            half: true,
            years: 0,
        }
        | Core::Half {
            year: None,
            h: n,
            years: 0,
        } if expr.modifier.is_none() => Some(n),
        _ => None,
    };
    // (asked only of a half or a year, not of every expression)
    let fiscal_words = || {
        tokens[words.clone()]
            .iter()
            .any(|t| t.is("fiscal") || t.is("financial"))
    };
    // "the first half of the current fiscal year which began on April 1", "the first half
    // of the 1987 fiscal year started on April 1": a half of the twelve months from that
    // day (the year, when written, the one it starts in or the one before)
    let half_of_fiscal_year = match expr.core {
        Core::Half { year, h, years: 0 } if expr.modifier.is_none() && fiscal_words() => {
            Some((h, year))
        }
        _ => half.filter(|_| fiscal_words()).map(|h| (h, None)),
    };
    let year_alone = match expr.core {
        Core::Cal {
            year: Some(y),
            month: None,
            day: None,
        } if expr.modifier.is_none() => Some(y),
        _ => None,
    };
    // "fiscal 2012, which ended Sept. 30": the twelve months to that day, named as the text
    // names it ("the fiscal year ended June 30" is a length, as TimeBank marks it)
    let fiscal_year = year_alone.filter(|_| {
        end >= 2
            && (matches!(tokens[end - 2].lower.as_ref(), "fiscal" | "financial")
                || (end >= 3 && tokens[end - 2].is("year") && tokens[end - 3].is("fiscal")))
    });
    // "the 1985 quarter ended December 28", "1985 period ended December 28", "its 1986
    // year ended September 30": a period named by its year closes on a day of that year
    // (not a year that closes a longer phrase, "the first nine weeks of 1987 ended March 6")
    let named_year = match expr.core {
        Core::Cal { .. } => year_alone.filter(|_| {
            fiscal_year.is_none() && !(words.start > 0 && tokens[words.start - 1].is("of"))
        }),
        Core::Anaphor {
            unit: None | Some(Unit::Quarter),
            years: 0,
            offset: 0,
            in_year: Some(y),
            same: false,
        } => Some(y),
        _ => None,
    };
    // (the year alone, with the word for its period after it: "1985 period ended")
    let end = match expr.core {
        Core::Cal { .. }
            if named_year.is_some()
                && tokens
                    .get(end)
                    .is_some_and(|t| t.is("period") || t.is("year")) =>
        {
            end + 1
        }
        _ => end,
    };
    // "the current fiscal year ending in June", "this financial year, which ends March
    // 31": the fiscal year under way, which closes on the next such day (and "last fiscal
    // year, which ended May 1987", "the fiscal year just ended March seven": the one over,
    // which closed on it; and a full one, "the full year ended May 31 1986", fiscal or not)
    // (and a part of the year a day closes: "by the end of the fiscal year which ended
    // last Sept. 30" is the end of those twelve months, not of a length)
    let edged_length = matches!(
        expr.core,
        Core::Duration {
            unit: Unit::Year,
            amount: Some(1.0)
        }
    ) && expr.modifier.is_some();
    let current = (matches!(
        expr.core,
        Core::Relative {
            unit: Unit::Year,
            offset: 0 | -1
        }
    ) && expr.modifier.is_none()
        && (fiscal_words() || tokens[words.clone()].iter().any(|t| t.is("full"))))
        || edged_length;
    // ("the next financial year which starts on April 1", "the coming fiscal year, beginning
    // Oct. 1": the one that opens on that day; none closes a year ahead)
    let coming = matches!(
        expr.core,
        Core::Relative {
            unit: Unit::Year,
            offset: 1
        }
    ) && expr.modifier.is_none()
        && fiscal_words();
    let unit = match expr.core {
        _ if named.is_some() => Unit::Quarter,
        _ if half.is_some() || half_of_fiscal_year.is_some() => Unit::Half,
        _ if current || coming => Unit::Year,
        // (not "fiscal 1987 to March 31", a part of it)
        _ if fiscal_year.is_some() => Unit::Year,
        // "third quarter pre-tax profit for the period ended December 31", "for the 1986
        // period ended Sept 30", "for 1986 period ended": the period is the quarter the
        // sentence named before it (a year alone ends in "period" only when `end` took it)
        Core::Anaphor {
            unit: None,
            years: 0,
            offset: 0,
            same: false,
            ..
        }
        | Core::Cal { .. }
            if tokens[end - 1].is("period")
                && before_in_sentence(tokens, end - 1, 12).any(|k| tokens[k].is("quarter")) =>
        {
            Unit::Quarter
        }
        Core::Anaphor {
            unit: Some(Unit::Quarter),
            ..
        } if named_year.is_some() => Unit::Quarter,
        _ if named_year.is_some() => Unit::Year,
        Core::Anaphor {
            unit: Some(unit @ (Unit::Quarter | Unit::Half | Unit::Month | Unit::Week | Unit::Year)),
            years: 0,
            offset: 0,
            in_year: None,
            same: false,
        } => unit,
        _ => return None,
    };
    // "its fiscal third quarter, which ended March 31", "fiscal 1986, ended last March",
    // "the fiscal year that ended in June"
    // (and a fiscal year written with its number, by its first day: "fiscal 2014, which
    // began last month", "fiscal 2014, beginning Oct. 1")
    // (and a verb after "which" or "that": "the fiscal year that began Feb 1, 1987")
    // (and "from" after the year alone, "the stop-gap budget for the year from April 1",
    // not a change of its days, "changed its fiscal year from March 31")
    let from_day = |k: usize| {
        unit == Unit::Year
            && k == end
            && tokens.get(k).is_some_and(|t| t.is("from"))
            && !(words.start.saturating_sub(4)..words.start).any(|j| changes_year_at(tokens, j))
    };
    let begins = |k: usize| {
        from_day(k)
            || tokens.get(k).is_some_and(|t| {
                let relative = k > 0 && (tokens[k - 1].is("which") || tokens[k - 1].is("that"));
                // (and after a year, or a half of one, as a participle: "the year started
                // March 1", "the current fiscal year started April 1")
                if fiscal_year.is_some()
                    || relative
                    || unit == Unit::Year
                    || half_of_fiscal_year.is_some()
                {
                    begins_on(&t.lower)
                } else {
                    starts_from(&t.lower)
                }
            })
    };
    let comma = tokens.get(end).is_some_and(|t| t.text == ",");
    let which = comma && tokens.get(end + 1).is_some_and(|t| t.is("which"));
    let that = !comma
        && tokens
            .get(end)
            .is_some_and(|t| t.is("that") || t.is("which"))
        && (tokens.get(end + 1).is_some_and(|t| closes_on(&t.lower)) || begins(end + 1));
    // ("its fourth quarter earnings for the period ended March 31", "third quarter pre-tax
    // profit for the period ended December 31": the quarter the period's day closes)
    let for_period = (unit == Unit::Quarter && fiscal_year.is_none())
        .then(|| {
            let k = (end..tokens.len().min(end + 6)).find(|&k| {
                tokens[k].is("for")
                    && tokens.get(k + 1).is_some_and(|t| t.is("the"))
                    && tokens.get(k + 2).is_some_and(|t| t.is("period"))
            })?;
            tokens[end..k]
                .iter()
                .all(|t| t.is_lowercase_word() || t.is_glued_hyphen() || t.text == ",")
                .then_some(k + 3)
        })
        .flatten();
    // ("2nd qtr Jan 31 end", the heading of a results table: the quarter the day between
    // its words and "end" closes)
    let headed =
        named.is_some() && fiscal_year.is_none() && heading_closes(tokens, words.start, end);
    // ("the first half year ending April 30": the half's "year")
    let half_year = half.is_some()
        && tokens.get(end).is_some_and(|t| t.is("year"))
        && tokens.get(end + 1).is_some_and(|t| closes_on(&t.lower));
    let link = if headed || (current && tokens[end - 1].is("ended")) {
        end - 1
    } else if half_year {
        end + 1
    } else if let Some(k) = for_period {
        k
    } else if which {
        end + 2
    } else if (comma
        && (tokens.get(end + 1).is_some_and(|t| t.is("ended"))
            // ("Kennametal Inc said second quarter, ending December 31, earnings should
            // show ...": a quarter by its number)
            // (and a fiscal year, "the current fiscal year, ending September 30", "fiscal
            // 1988, ending January 31")
            || ((named.is_some() || current || fiscal_year.is_some())
                && tokens.get(end + 1).is_some_and(|t| t.is("ending")))
            || (fiscal_year.is_some() && begins(end + 1))))
        || that
    {
        end + 1
    } else {
        end
    };
    // ("the week beginning 25 March": a week is named by its first day too, and so is a
    // year, "the fiscal year starting April 1", "the year beginning in July"; "the fiscal
    // year ended June 30" is a length, as TimeBank marks it)
    let starts = begins(link);
    let year_named =
        unit == Unit::Year && fiscal_year.is_none() && named_year.is_none() && !current;
    // ("the current fiscal year" is under way; "the full fiscal year" may be over)
    let under_way = current
        && tokens[words.clone()]
            .iter()
            .any(|t| matches!(t.lower.as_ref(), "current" | "this" | "present"));
    let ended = headed || tokens.get(link).is_some_and(|t| t.is("ended"));
    // (a year by its first day, or a next one, is not closed by the day after it)
    let may_close = !year_named && !coming;
    if !headed
        && !tokens.get(link).is_some_and(|t| {
            (may_close && closes_on(&t.lower) && !(under_way && t.is("ended")))
                || (!year_named
                    && !which
                    && !current
                    && !coming
                    && (t.is("to") || t.is("through"))
                    && fiscal_year.is_none()
                    && !(named_year.is_some() && unit == Unit::Year))
                || ((unit == Unit::Week
                    || year_named
                    || current
                    || coming
                    || fiscal_year.is_some()
                    || half_of_fiscal_year.is_some())
                    && starts)
        })
    {
        return None;
    }
    // ("the quarter ending in June", "the quarter to September", "the quarter through
    // December": the month's last day; a week needs its day)
    let month = tokens.get(link + 1).is_some_and(|t| t.is("in")) && unit != Unit::Week;
    // ("the year beginning on October one", "the fiscal year ending on March 31": "on" as
    // nothing)
    let on = tokens.get(link + 1).is_some_and(|t| t.is("on"))
        && (starts || tokens[link].is("ending") || ended);
    let at = link + 1 + usize::from(month || on);
    let (date_end, date) = parse_at(tokens, at)?;
    let start = tokens[at].start;
    // (a month after "ended" or "to" is the last one begun, as `tense_near` reads it alone;
    // a day after "ended" is read as it is alone: "the first quarter ended March 31", read
    // in February, is last year's, as its day is)
    let cx = &cx.with_tense(match cx.tense {
        // (the day a year starts from reads as it does alone: "the fiscal year starting
        // April 1" after a verb in the past is still the coming April)
        _ if year_named || (half_of_fiscal_year.is_some() && starts) => {
            tense_near(tokens, at, date_end)
        }
        Tense::Unmarked
            if !month
                && !tokens[link].is("ending")
                && matches!(date.core, Core::Cal { day: None, .. }) =>
        {
            Tense::Ended
        }
        Tense::Unmarked if ended => tense_near(tokens, at, date_end),
        // ("expects a loss for the quarter ending March 31", read in May: the quarter
        // just over, whose results are still to come)
        Tense::Future
            if tokens[link].is("ending") && !last_over_a_quarter_ago(&date, cx.anchor) =>
        {
            Tense::Unmarked
        }
        tense => tense,
    });
    let mut day = resolve(&date, cx, start..start)?.date?;
    // (a fiscal quarter's last day is in its fiscal year or the one before: "fiscal 1985
    // third quarter ended January 31", read in 1987, closed in January 1985)
    if let Some((_, y)) = fiscal_quarter
        && !matches!(date.core, Core::Cal { year: Some(_), .. })
        && !(y - 1..=y).contains(&day.end.year())
    {
        let year = if day.end.year() > y { y } else { y - 1 };
        day = DateValue::day(day.end.with_year(year)?);
    }
    // a year that starts on a day (or in a month): the twelve months from it, named as
    // `twelve_months` names them, or as the text wrote it ("fiscal 1988, which began Oct. 1")
    if year_named || (starts && (fiscal_year.is_some() || current || coming)) {
        if !matches!(day.granularity, Granularity::Day | Granularity::Month) {
            return None;
        }
        let first = day.start;
        let mut year = twelve_months(first, shift(first, Unit::Year, 1)?.pred_opt()?);
        // (as the text names it, when it starts in that year or the one before)
        if let Some(y) = fiscal_year {
            if !(y - 1..=y).contains(&first.year()) {
                return None;
            }
            year.timex = format!("{y:04}");
        }
        return Some((at, year));
    }
    if let Some((h, written)) = half_of_fiscal_year.filter(|_| starts) {
        if !matches!(day.granularity, Granularity::Day | Granularity::Month)
            || written.is_some_and(|y| !(y - 1..=y).contains(&day.start.year()))
        {
            return None;
        }
        let first = shift(day.start, Unit::Month, 6 * (i64::from(h) - 1))?;
        let last = shift(first, Unit::Month, 6)?.pred_opt()?;
        let value = format!("{:04}-H{h}", last.year());
        return Some((
            at,
            DateValue::whole(value, (first, last), Granularity::Half),
        ));
    }
    // (the year under way, or one still ending in a sentence that looks ahead, closes on
    // the first such day not yet over, unless the text writes its year)
    if current {
        if !matches!(day.granularity, Granularity::Day | Granularity::Month) {
            return None;
        }
        let mut last = day.end;
        let ahead = under_way
            || (!ended
                && (cx.tense == Tense::Future
                    || sentence_looks_ahead(tokens, words.start)
                    || opening_looks_ahead(tokens, words.start, words.end)));
        if ahead
            && !matches!(date.core, Core::Cal { year: Some(_), .. })
            && let Some(a) = cx.anchor
        {
            last = shift(last, Unit::Year, i64::from(a.year() - last.year()))?;
            if last < a {
                last = shift(last, Unit::Year, 1)?;
            }
        }
        return Some((at, twelve_months_to(last)?));
    }
    // ("fiscal 1987 ending March" is named by its year, not closed by the month, whose year
    // is unsure; "fiscal 1986, ended last March" and "fiscal 1986, ending last January" are
    // closed by it)
    let month_placed = ["last", "this", "next"].iter().any(|w| tokens[at].is(w));
    if day.granularity == Granularity::Month
        && unit != Unit::Week
        && (month || fiscal_year.is_none() || ended || month_placed)
    {
        day = DateValue::day(day.end);
    } else if day.granularity != Granularity::Day || month {
        return None;
    }
    let written = matches!(date.core, Core::Cal { year: Some(_), .. }) || month_placed;
    if let Some(y) = named_year.filter(|_| !written) {
        day = DateValue::day(day.end.with_year(y)?);
    }
    // (a half with no number, "the half ended December 31", is named as the calendar's half
    // its last day is in, as a quarter is)
    let unnumbered_half = matches!(expr.core, Core::Anaphor { .. })
        .then_some(if day.end.month() <= 6 { 1 } else { 2 });
    let period = match fiscal_year {
        Some(y) => {
            // a fiscal year is named for the year it ends in or, when it ends in the first
            // quarter of a year, often for the year it began in (a retailer's "fiscal 2012
            // ended Feb. 2" 2013, Britain's "fiscal 1986 ending March 31" 1987; not a
            // year to June, "fiscal 1986 ending June 30" 1986): of the two, the last one
            // over after "ended", the first one still to come after "ending" (unless the
            // day writes its own year)
            let last = match cx.anchor {
                Some(a) if !written => {
                    let mut years: Vec<NaiveDate> = [y, y + 1]
                        .into_iter()
                        .filter_map(|y| day.end.with_year(y))
                        .filter(|l| l.year() == y || l.month() <= 3)
                        .collect();
                    if ended {
                        years.retain(|l| *l <= a);
                        years.pop()
                    } else {
                        years.iter().copied().find(|l| *l >= a).or(years.pop())
                    }
                    .or(day.end.with_year(y))?
                }
                _ => day.end,
            };
            let first = opening_of(last, Unit::Month, 12)?;
            let value = format!("{y:04}");
            Some(DateValue::whole(value, (first, last), Granularity::Year))
        }
        None if unit == Unit::Half => {
            let h = half.or(unnumbered_half)?;
            let of_year = tokens[words.clone()].iter().any(|t| t.is("of"));
            // (the half's last day: the day, or, of a year, six months before it for the
            // first half)
            let last = if of_year && h == 1 {
                close_moved(day.end, Unit::Month, -6)?
            } else {
                day.end
            };
            let first = opening_of(last, Unit::Month, 6)?;
            Some(DateValue::whole(
                format!("{:04}-H{h}", last.year()),
                (first, last),
                Granularity::Half,
            ))
        }
        None if unit == Unit::Quarter => quarter_to(
            day.end,
            named.or_else(|| fiscal_number_told(tokens, expr, cx, day.end)),
        )
        .map(|mut period| {
            if let Some((q, y)) = fiscal_quarter {
                period.timex = format!("{y:04}-Q{q}");
            }
            period
        }),
        // (the year as named: "1985 period ended Feb 1, 1986" is a retailer's 1985, the
        // period maybe the months a table reports; "the 1987 year ended May 31" is the
        // twelve months to that day, and so is a year that ends in the first quarter of the
        // next when the day writes it, "1985 year ended Feb 1, 1986")
        None => match named_year {
            Some(y)
                if unit == Unit::Year
                    && tokens[end - 1].is("year")
                    && (day.end.year() == y && (written || day.end.month() > 3)
                        || day.end.year() == y + 1 && written && day.end.month() <= 3) =>
            {
                let first = opening_of(day.end, Unit::Month, 12)?;
                Some(DateValue::whole(
                    format!("{y:04}"),
                    (first, day.end),
                    Granularity::Year,
                ))
            }
            Some(y) if unit == Unit::Year => unit_at(ymd(y, 1, 1)?, unit, 0),
            // "the week ended March 13", "the week beginning 25 March": named as the
            // calendar's week the day is in (as TimeBank marks it), over the seven days
            // the day closes or opens
            _ if unit == Unit::Week => unit_at(day.end, unit, 0).map(|mut week| {
                (week.start, week.end) = if starts {
                    (day.start, day.start + Duration::days(6))
                } else {
                    (day.end - Duration::days(6), day.end)
                };
                week
            }),
            _ => unit_at(day.end, unit, 0),
        },
    };
    Some((at, period?))
}

/// Whether the quarter at `first..end`, named without a year, is the one just before the
/// anchor's and names results: "fourth-quarter results", "earnings for the fourth quarter"
/// read in January. A company reports a quarter after it closes, so results to come are
/// of the quarter just over ("Growth will slow in the fourth quarter", read in January, is
/// this year's).
fn results_of_quarter_just_over(
    tokens: &[Tok<'_>],
    first: usize,
    end: usize,
    expr: &Expr,
    anchor: Option<NaiveDate>,
) -> bool {
    let Some(q) = expr.bare_quarter() else {
        return false;
    };
    anchor.is_some_and(|a| quarter_before(a) == q)
        && (tokens.get(end).is_some_and(|t| results_noun(&t.lower))
            || (first >= 2
                && tokens[first - 1].is("for")
                && results_noun(&tokens[first - 2].lower)))
}

/// Whether a quarter with no year is neither the publication's nor the one before it:
/// its last one ended more than a quarter before the publication.
fn quarter_over_a_quarter_ago(expr: &Expr, anchor: Option<NaiveDate>) -> bool {
    expr.bare_quarter()
        .zip(anchor)
        .is_some_and(|(q, a)| q != quarter_of(a) && q != quarter_before(a))
}

/// How many days before the anchor the last date on or before it falls that an expression
/// with a month and no year names (its first day, for a month alone), and whether it names
/// a day: "March 31" read in October is 184 days back.
fn days_since_last(expr: &Expr, anchor: Option<NaiveDate>) -> Option<(i64, bool)> {
    let Core::Cal {
        year: None,
        month: Some(m),
        day,
    } = expr.core
    else {
        return None;
    };
    let a = anchor?;
    [a.year(), a.year() - 1]
        .into_iter()
        .filter_map(|y| ymd(y, m, day.unwrap_or(1)))
        .find(|d| *d <= a)
        .map(|d| ((a - d).num_days(), day.is_some()))
}

/// Whether a month with no year and no day began one to two months before the anchor: a
/// month whose statistics are not yet out ("February" read on March 24).
fn month_just_gone(expr: &Expr, anchor: Option<NaiveDate>) -> bool {
    days_since_last(expr, anchor).is_some_and(|(days, day)| !day && (32..=62).contains(&days))
}

/// Whether the last day (or month) an expression without a year names, on or before the
/// anchor, is more than a quarter before it: "March 31" read in October. A period ending
/// on it is then the one still to come.
fn last_over_a_quarter_ago(expr: &Expr, anchor: Option<NaiveDate>) -> bool {
    days_since_last(expr, anchor).is_some_and(|(days, _)| days > 92)
}

/// Whether the date at `first` closes a period that is ending: "the year ending March 31",
/// "the three months ending June 30", "the fiscal year ending Sept 30".
fn period_ending_before(tokens: &[Tok<'_>], first: usize) -> bool {
    // (not "its last fiscal year ending October 31", nor a kind of year, "changing its
    // fiscal year to a calendar year from a year ending July 31")
    let kind_of_year = |noun: usize| noun > 0 && tokens[noun - 1].is("a");
    // (a month "in" which a period ends, only when the sentence looks ahead or the period
    // is the current one: "raised his estimates for the current fiscal year ending in
    // October"; not a statistic's, "growth of 10.0 pct for the year ending in December")
    let within = first > 0 && tokens[first - 1].is("in");
    ending_of_period(tokens, first).is_some_and(|(noun, before)| {
        !(before || kind_of_year(noun))
            && (!within
                || sentence_looks_ahead(tokens, first)
                || tokens[noun.saturating_sub(3)..noun]
                    .iter()
                    .any(|t| t.is("current")))
    })
}

/// Whether the phrase from `first` to `end` opens its sentence and the clause after its
/// comma looks ahead: "For the full fiscal year ending in June, analysts expect".
fn opening_looks_ahead(tokens: &[Tok<'_>], first: usize, end: usize) -> bool {
    first > 0
        && heads_sentence(tokens, first - 1)
        && after_in_sentence(tokens, end, 8)
            .find(|&k| tokens[k].text == ",")
            .and_then(|comma| after_in_sentence(tokens, comma + 1, 4).last())
            .is_some_and(|last| sentence_looks_ahead(tokens, last + 1))
}

/// Whether the clause goes on after token `end` (past a comma) with what is to come: "will
/// be", "would be", "should be", "is expected to", "are estimated at".
fn told_ahead(tokens: &[Tok<'_>], end: usize) -> bool {
    let k = end + usize::from(tokens.get(end).is_some_and(|t| t.text == ","));
    let word = |j: usize| tokens.get(j).map_or("", |t| t.lower.as_ref());
    matches!(word(k), "will" | "would" | "should")
        || (matches!(word(k), "is" | "are")
            && matches!(
                word(k + 1),
                "expected" | "estimated" | "forecast" | "projected"
            ))
}

/// When the date at `first` closes a period named right before it with "ending" ("the
/// year ending September 30"): where the period's noun is, and whether that period is one
/// before the story's ("the previous fiscal year ending June 30", "its last fiscal year
/// ending October 31"). A comma may set the day apart: "the current fiscal year, ending
/// October 31"; and "in" a month: "the fiscal year ending in January".
fn ending_of_period(tokens: &[Tok<'_>], first: usize) -> Option<(usize, bool)> {
    // ("the fiscal year ending in January" as "ending January 31")
    let within =
        usize::from(first >= 2 && tokens[first - 1].is("in") && tokens[first - 2].is("ending"));
    let comma = usize::from(first >= 3 + within && tokens[first - 2 - within].text == ",");
    let noun = first.checked_sub(2 + within + comma)?;
    let named = tokens[first - 1 - within].is("ending")
        && matches!(
            tokens[noun].lower.as_ref(),
            "year" | "quarter" | "period" | "months" | "half" | "weeks" | "season"
        );
    named.then(|| {
        let before = tokens[noun.saturating_sub(3)..noun]
            .iter()
            .any(|t| matches!(t.lower.as_ref(), "last" | "previous" | "prior"));
        (noun, before)
    })
}

/// The index of the first token that starts at or after byte `at`: the token a tag whose
/// span starts at `at` opens on.
fn token_at(tokens: &[Tok<'_>], at: usize) -> usize {
    tokens.partition_point(|t| t.start < at)
}

/// The number of the fiscal quarter the story reports, for "the quarter" that closes on
/// `last` after it: "reported a profitable fiscal fourth quarter ... a profit in the
/// quarter ended May 31" (read in June) is that fourth quarter. Only for the story's
/// quarter named by its number and "fiscal" alone, with no year or day of its own, when
/// `last` closes the last quarter over; or by its number alone, when the calendar's
/// quarter of that number was over before `last` ("helped reduce losses in the third
/// quarter ... In the quarter ended March 8", read in March 1987: the third, December to
/// March 8, not the calendar's first).
fn fiscal_number_told(
    tokens: &[Tok<'_>],
    expr: &Expr,
    cx: &Resolve<'_>,
    last: NaiveDate,
) -> Option<u32> {
    if !matches!(
        expr.core,
        Core::Anaphor {
            unit: Some(Unit::Quarter) | None,
            years: 0,
            offset: 0,
            in_year: None,
            same: false,
        }
    ) {
        return None;
    }
    let story = cx
        .quarter()
        .filter(|q| q.granularity == Granularity::Quarter)?;
    // (the story's quarter closed on that day already: "its fourth quarter earnings for
    // the period ended March 31")
    if story.end == last {
        return quarter_named(story).map(|(_, n)| n);
    }
    let ago = (cx.anchor? - last).num_days();
    let first = token_at(tokens, story.at.start);
    let end = token_at(tokens, story.at.end);
    let words = &tokens[first..end];
    if !((0..=92).contains(&ago)
        && !words.iter().any(|t| year_token(t).is_some())
        && !own_days(story))
    {
        return None;
    }
    let (year, n) = quarter_named(story)?;
    if words.iter().any(|t| t.is("fiscal")) {
        return (year == last.year()).then_some(n);
    }
    let numbered = words
        .iter()
        .any(|t| small_ordinal(tokens, token_at(tokens, t.start)).is_some());
    (numbered && story.end < last).then_some(n)
}

/// Whether quarter `later` is the one of `story`'s number in its year or the next:
/// `1987-Q3` after `1986-Q3` (not `1986-Q3` after `1987-Q3`, the same quarter a year back).
fn same_number(later: &DateValue, story: &DateValue) -> bool {
    matches!(
        (quarter_named(later), quarter_named(story)),
        (Some((yl, nl)), Some((ys, ns))) if nl == ns && (0..=1).contains(&(yl - ys))
    )
}

/// A fiscal year from its first day to its last, named as a fiscal year written with its
/// number is ("fiscal 2012 ended Sept. 30"): for the year it ends in (the American federal
/// one, from October; Microsoft's and Australia's, from July), unless it ends in the first
/// quarter of a year (Japan's and Britain's, from April; a retailer's, from February), then
/// for the year it starts in.
fn twelve_months(first: NaiveDate, last: NaiveDate) -> DateValue {
    let named = if last.month() <= 3 { first } else { last };
    let value = format!("{:04}", named.year());
    DateValue::whole(value, (first, last), Granularity::Year)
}

/// The twelve months that close on `last`, named as [`twelve_months`] names them.
fn twelve_months_to(last: NaiveDate) -> Option<DateValue> {
    Some(twelve_months(opening_of(last, Unit::Year, 1)?, last))
}

/// A fiscal quarter: the three months to its last day ("the quarter ended July 31" is May
/// to July), named for the calendar quarter that holds most of it, or as the text named
/// it (`named`, in the year of its last day).
fn quarter_to(last: NaiveDate, named: Option<u32>) -> Option<DateValue> {
    // to the end of June is from the start of April (not from March 31)
    let first = match last.succ_opt() {
        Some(next) if next.day() == 1 => shift(next, Unit::Month, -3)?,
        _ => shift(last, Unit::Month, -3)?.succ_opt()?,
    };
    let middle = first + (last - first) / 2;
    let calendar = unit_at(middle, Unit::Quarter, 0)?;
    let value = match named {
        // (a fourth quarter that closes in the first week of January is the year's just
        // gone, as a year of 52 or 53 weeks ends on the weekday nearest December 31: "the
        // fourth quarter ended January 3" of 1987 is 1986-Q4)
        Some(4) if last.month() == 1 && last.day() <= 7 => format!("{:04}-Q4", last.year() - 1),
        Some(q) => format!("{:04}-Q{q}", last.year()),
        None => calendar.timex,
    };
    Some(DateValue::whole(value, (first, last), calendar.granularity))
}

/// The fiscal quarter whose results the sentence says come out on a day: "Apple will report
/// fiscal second-quarter results on May 1", read in March 2025, is January to March 2025, the
/// three months to the last month's end a week or more before that day, named by its number
/// in the year of its last day. Only when the calendar's quarter of that number cannot be
/// the one reported, being over less than a week before the day, or more than four months
/// ("will report first quarter results on April 22" is the calendar's). The quarter by its
/// number alone at tokens `i..end`, its results right after it ("second-quarter results")
/// or before it ("results for its fiscal second quarter"), then, a few words on in the
/// clause, "on" and the day, with or without its year or weekday ("are due on May 1",
/// "after the bell on Thursday, May 1"), or the day with no "on" right after the results
/// or a word that tells them out ("results May 1", "will be released May 1").
fn quarter_reported_on(
    tokens: &[Tok<'_>],
    i: usize,
    end: usize,
    expr: &Expr,
    anchor: Option<NaiveDate>,
) -> Option<DateValue> {
    let q = match expr.core {
        Core::Quarter {
            year: None,
            q,
            years: 0,
            by_months: false,
        }
        | Core::RelQuarter {
            n: q,
            half: false,
            years: 0,
        } if expr.modifier.is_none() => q,
        _ => return None,
    };
    // (the cheap test first: few quarters have their results named next to them)
    let noun_after = (end..tokens.len().min(end + 2)).find(|&k| results_noun(&tokens[k].lower));
    let for_its = i >= 2 && tokens[i - 1].is("for") && results_noun(&tokens[i - 2].lower)
        || i >= 3
            && determiner(&tokens[i - 1].lower)
            && tokens[i - 2].is("for")
            && results_noun(&tokens[i - 3].lower);
    let from = match noun_after {
        Some(k) => k + 1,
        None if for_its => end,
        None => return None,
    };
    // (the day after "on", or, as the wires drop it, right after the results or a word
    // that tells them out: "results May 1", "are due May 1", "will be released May 1")
    let day_at = after_in_sentence(tokens, from, 6)
        .take_while(|&k| tokens[k].text != "," || tokens.get(k + 1).is_some_and(|t| t.is("on")))
        .find(|&k| {
            tokens[k].is("on")
                || (k == from || released_word(&tokens[k - 1].lower))
                    && (month_of(&tokens[k].lower).is_some()
                        || weekday_of(&tokens[k].lower).is_some())
        })?;
    let (_, date) = parse_at(tokens, day_at + usize::from(tokens[day_at].is("on")))?;
    let (year, m, d) = match date.core {
        Core::Cal {
            year,
            month: Some(m),
            day: Some(d),
        } => (year, m, d),
        Core::DayOfWeekday {
            month: Some(m),
            day: d,
            ..
        } => (None, m, d),
        _ => return None,
    };
    // (the day's year as written, else the one that puts it nearest the publication)
    let day = match year {
        Some(y) => ymd(y, m, d)?,
        None => {
            let a = anchor?;
            (a.year() - 1..=a.year() + 1)
                .filter_map(|y| ymd(y, m, d))
                .min_by_key(|x| (*x - a).num_days().abs())?
        }
    };
    let week_before = day - Duration::days(7);
    let calendar_reported = [day.year(), day.year() - 1].iter().any(|&y| {
        month_bounds(y, q * 3)
            .is_some_and(|(_, last)| last <= week_before && day - last <= Duration::days(122))
    });
    if calendar_reported {
        return None;
    }
    // (the last month's end on or before that: the day before the first of the month
    // that holds the day after it)
    let last = week_before.succ_opt()?.with_day(1)?.pred_opt()?;
    quarter_to(last, Some(q))
}

/// A word after which a day tells when results come out: "are due May 1", "will be released
/// May 1".
fn released_word(word: &str) -> bool {
    matches!(word, "due" | "released" | "out" | "published" | "expected")
}

/// The quarter named right after the day that closes it, the last tag in `out`: "the March
/// 31 second quarter", "the Sept 30 fiscal first quarter" (its first words at `i`).
fn closed_before(tokens: &[Tok<'_>], i: usize, expr: &Expr, out: &[Timex]) -> Option<DateValue> {
    let q = expr.bare_quarter().filter(|_| expr.modifier.is_none())?;
    let words = i - usize::from(i > 0 && tokens[i - 1].is("fiscal"));
    // (in one phrase: not across a table's gap or into a sentence of its own, "record April
    // 10     Fourth quarter U.S. dollar figures")
    if tokens[words].after_layout() || tokens[words].is_capitalised() {
        return None;
    }
    let day = out
        .last()
        .filter(|t| words > 0 && t.span.end == tokens[words - 1].end)?
        .date
        .as_ref()
        .filter(|d| d.granularity == Granularity::Day)?;
    quarter_to(day.end, Some(q))
}

/// The quarter a results table reports when its heading, the text's first words, closes
/// it on the day `last` (at tokens `first..end`): "Period ended May 31" above the figures
/// ("Qtr ended Jan 31" is tagged, see `article_dropped`).
fn heads_quarter(
    tokens: &[Tok<'_>],
    first: usize,
    end: usize,
    last: &DateValue,
) -> Option<DateValue> {
    // (or "Ended Jan 31" alone, the period's noun dropped, or "Jan 31 end", the words of
    // the quarter left in the headline)
    let closed = match first {
        0 => heading_ends(tokens, end) || figures_below(tokens, end),
        1 => closes_on(&tokens[0].lower),
        2 => {
            matches!(tokens[0].lower.as_ref(), "period" | "periods") && closes_on(&tokens[1].lower)
        }
        _ => false,
    };
    (closed && last.granularity == Granularity::Day).then(|| quarter_to(last.end, None))?
}

/// Whether the line at token `k` opens a results table's rows of figures: "Dec 31\n
/// Shr loss one ct" (the day alone above them heads the table).
fn figures_below(tokens: &[Tok<'_>], k: usize) -> bool {
    tokens.get(k).is_some_and(|t| {
        t.after_layout() && matches!(t.text, "Shr" | "Net" | "Oper" | "Revs" | "Sales")
    })
}

/// Whether "end" at token `k` ends the line of a results table's heading: "Jan 31 end".
fn heading_ends(tokens: &[Tok<'_>], k: usize) -> bool {
    tokens.get(k).is_some_and(|t| t.is("end")) && tokens.get(k + 1).is_none_or(|t| t.after_layout())
}

/// The quarter or year that closes on the day `last` (at token `first`) when "the three
/// months" or "the year" (`prev`) ended or ending on it stands just before it: the period a
/// company reports, which "a year earlier" and "the same period last year" count back from
/// ("in the three months ended March 30, compared with $11.6 billion a year earlier" is
/// 2012-Q1; "in the year ended September 4, 1986, from 1,001.4 mln the previous year" is
/// the twelve months to September 4, 1985). A quarter only in the last month of a calendar
/// quarter: "the three months ended August 31" is no quarter that has a name.
fn quarter_closed(
    tokens: &[Tok<'_>],
    first: usize,
    prev: &Timex,
    last: &DateValue,
) -> Option<DateValue> {
    if !(prev.kind == TimexKind::Duration
        && last.granularity == Granularity::Day
        && first >= 2
        && matches!(tokens[first - 1].lower.as_ref(), "ended" | "ending")
        && tokens[first - 2].end == prev.span.end)
    {
        return None;
    }
    match prev.value.as_str() {
        "P3M" if last.end.month().is_multiple_of(3) => quarter_to(last.end, None),
        "P1Y" => twelve_months_to(last.end),
        _ => None,
    }
}

/// The half, quarter or year a range of months covers, read at its second month `last`
/// (at token `first`), when the range's first month `prev` stands just before it:
/// "July-December 1986" is 1986-H2, "January/March" Q1, "Jan to Dec 1986" 1986.
fn months_spanned(
    tokens: &[Tok<'_>],
    first: usize,
    prev: &Timex,
    last: &DateValue,
) -> Option<DateValue> {
    let from = prev.date.as_ref()?;
    let joint = tokens.get(first.checked_sub(1)?)?;
    let joined = (matches!(joint.text, "-" | "/") && !joint.spaced())
        || matches!(joint.lower.as_ref(), "to" | "through");
    if !(joined
        && first >= 2
        && tokens[first - 2].end == prev.span.end
        && from.granularity == Granularity::Month
        && last.granularity == Granularity::Month
        && from.start.year() == last.start.year())
    {
        return None;
    }
    let unit = match (from.start.month(), last.start.month()) {
        (1, 12) => Unit::Year,
        (1, 6) | (7, 12) => Unit::Half,
        (m1, m2) if m1 % 3 == 1 && m2 == m1 + 2 => Unit::Quarter,
        _ => return None,
    };
    unit_at(last.start, unit, 0)
}

/// Quarter (or half) `n` of year `y`: `1989-Q3`, `1999-H1`, with the months it covers.
fn part_of_year(y: i32, n: u32, half: bool) -> Option<DateValue> {
    let (letter, months, granularity) = if half {
        ('H', 6, Granularity::Half)
    } else {
        ('Q', 3, Granularity::Quarter)
    };
    let bounds = (
        ymd(y, (n - 1) * months + 1, 1)?,
        month_bounds(y, n * months)?.1,
    );
    Some(DateValue::whole(
        format!("{y:04}-{letter}{n}"),
        bounds,
        granularity,
    ))
}

/// Parses a date written in a rule file: `2019-05-16`, `2019-05`, `2019`, `2019-05-11..2019-05-20`,
/// or any absolute expression the tagger understands ("May 2019", "January 2018").
pub fn parse_reference(text: &str) -> Result<DateValue, String> {
    let text = text.trim();
    if let Some((a, b)) = text.split_once("..") {
        let a = parse_reference(a)?;
        let b = parse_reference(b)?;
        if b.end < a.start {
            return Err(format!("`{text}` ends before it starts"));
        }
        let granularity = a.granularity.min(b.granularity);
        return Ok(DateValue {
            timex: format!("{}..{}", a.timex, b.timex),
            start: a.start,
            end: b.end,
            granularity,
            modifier: None,
        });
    }
    let tags = tag(text, None);
    match tags.as_slice() {
        [t] if t.span == (0..text.len()) && !t.relative => t
            .date
            .clone()
            .ok_or_else(|| format!("`{text}` is not a calendar date")),
        _ => Err(format!(
            "`{text}` is not a date; write it as 2019-05-16, 2019-05, 2019 or a range 2019-05-11..2019-05-20"
        )),
    }
}

/// The length of `t` when it is one the story reports figures for, "the nine months",
/// "the first six months" (a length after "the"), in months or weeks.
fn reported_length(tokens: &[Tok<'_>], t: &Timex) -> Option<Core> {
    if t.kind != TimexKind::Duration || t.modifier.is_some() {
        return None;
    }
    let k = token_at(tokens, t.span.start);
    if !tokens.get(k).is_some_and(|tok| tok.is("the")) {
        return None;
    }
    let (amount, unit) = length_of(&t.value)?;
    Some(Core::Duration {
        unit,
        amount: Some(amount.parse().ok()?),
    })
}

/// Whether the period under way named by `expr` at token `first` ("this week", "this
/// month", "this year") dates the verb in the past right before it: "the Commerce
/// Department said this week that", "VW said this month" (not a verb of planning, "the
/// budget deficit, targetted this year at 418 billion francs", nor one that binds it to
/// come, [`bound_to_come`]: "expected this year").
fn dated_by_past_verb(tokens: &[Tok<'_>], first: usize, expr: &Expr) -> bool {
    matches!(
        expr.core,
        Core::Relative {
            unit: Unit::Year | Unit::Quarter | Unit::Month | Unit::Week,
            offset: 0,
        }
    ) && tokens[first].is("this")
        && first > 0
        && past_verb(tokens, first - 1)
        && !bound_to_come(&tokens[first - 1].lower)
        && !matches!(
            tokens[first - 1].lower.as_ref(),
            "targeted" | "targetted" | "budgeted" | "planned" | "estimated"
        )
}

/// The month the story's fiscal years end in: the one the text names (`fiscal_end`, see
/// [`FiscalYear`]), else the one the story's fiscal quarter tells.
fn story_year_end(fiscal_end: Option<u32>, quarter: Option<&StoryQuarter>) -> Option<u32> {
    fiscal_end.or_else(|| quarter.and_then(StoryQuarter::year_end))
}

/// Whether the words of a length count it back from the period before it: "the previous
/// three months", "the preceding two weeks" (`span` is the length's tag).
fn length_counted_back(tokens: &[Tok<'_>], span: &Range<usize>) -> bool {
    tokens[token_at(tokens, span.start)..token_at(tokens, span.end)]
        .iter()
        .any(|t| matches!(t.lower.as_ref(), "previous" | "preceding" | "prior"))
}

/// The count and unit of a length's value in days, weeks, months or years: `P4W` is
/// ("4", week).
fn length_of(value: &str) -> Option<(&str, Unit)> {
    let count = value.strip_prefix('P')?;
    let unit = match count.as_bytes().last()? {
        b'D' => Unit::Day,
        b'W' => Unit::Week,
        b'M' => Unit::Month,
        b'Y' => Unit::Year,
        _ => return None,
    };
    Some((&count[..count.len() - 1], unit))
}

/// Whether the weekday from `first` to `end` opens or closes a range of weekdays ("Tuesday
/// through Sunday", "Monday to Friday") that a place is open or closed on, told in the
/// present with nothing that dates it: "The museum is open Tuesday through Sunday", "Stores
/// open Monday through Friday" (not "The store will be open Monday through Friday next
/// week", "The museum was closed Monday through Wednesday", "The festival runs Friday
/// through Monday").
fn opening_days(tokens: &[Tok<'_>], first: usize, end: usize) -> bool {
    let joins = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| matches!(t.lower.as_ref(), "through" | "to" | "thru" | "-" | "–"))
    };
    let weekday = |k: usize| tokens.get(k).and_then(|t| weekday_of(&t.lower)).is_some();
    // the range's opening weekday, and the words before it
    let open = if joins(end) && weekday(end + 1) {
        first
    } else if first >= 2 && joins(first - 1) && weekday(first - 2) {
        first - 2
    } else {
        return false;
    };
    let close = if open == first { end + 1 } else { first };
    // (nothing after it that names a week: "next week", "this week")
    let dated = tokens
        .get(close + 1)
        .is_some_and(|t| matches!(t.lower.as_ref(), "next" | "this" | "last") || t.is("of"));
    // (a modal or a verb in the past anywhere before dates the range)
    if dated
        || before_in_sentence(tokens, open, 16)
            .any(|j| modal(&tokens[j].lower) || past_verb(tokens, j))
    {
        return false;
    }
    // ("Trading hours are 9 a.m. to 5 p.m., Monday to Friday": the days of hours named
    // right before them)
    if after_hours(tokens, open) {
        return true;
    }
    // "is open", "are closed", "open" and "close" as verbs of the present; right before
    // the range, past "from 10 a.m. to 5 p.m." and the like
    let keeps = before_in_clause(tokens, open, 14).find(|&k| {
        matches!(
            tokens[k].lower.as_ref(),
            "open" | "opens" | "closed" | "close" | "closes"
        )
    });
    let Some(k) = keeps.filter(|&k| k > 0) else {
        return false;
    };
    let (kept, prior) = (tokens[k].lower.as_ref(), &tokens[k - 1]);
    // (a state after its copula, or a verb after its subject)
    let state = matches!(kept, "open" | "closed")
        && matches!(
            prior.lower.as_ref(),
            "is" | "are" | "remain" | "remains" | "stay" | "stays"
        );
    let verb = matches!(kept, "open" | "opens" | "close" | "closes")
        && prior.kind == Kind::Word
        && !determiner(&prior.lower)
        && !matches!(prior.lower.as_ref(), "to" | "be");
    state || verb
}

/// Whether a range of clocks ends right before token `open`, past a comma or "from": "9
/// a.m. to 5 p.m., Monday", "from 9 to 5, Monday", "from 1800 to 2100 local Chicago time
/// Monday", "from 7.30 A.M. To 12 noon from Saturday".
fn after_hours(tokens: &[Tok<'_>], open: usize) -> bool {
    let clockish = |t: &Tok<'_>| {
        t.kind == Kind::Num
            || matches!(t.lower.as_ref(), "noon" | "midnight")
            || (matches!(t.lower.as_ref(), "a" | "p" | "m" | "am" | "pm") && t.kind == Kind::Word)
    };
    // the clock that closes the range, and what may follow it: its stops, its zone, "local
    // time" and a place's name, a comma, "from"
    let trailing = |t: &Tok<'_>| {
        clockish(t)
            || matches!(t.text, "." | ":" | ",")
            || matches!(
                t.lower.as_ref(),
                "local" | "time" | "hrs" | "hours" | "from"
            )
            || relative::is_zone(&t.lower)
            || t.is_capitalised()
    };
    let mut back = before_in_sentence(tokens, open, 8);
    let Some(to) = back.find(|&k| !trailing(&tokens[k])) else {
        return false;
    };
    matches!(tokens[to].lower.as_ref(), "to" | "until" | "-")
        && (to + 1..open).any(|k| clockish(&tokens[k]))
        && before_in_sentence(tokens, to, 3).any(|k| clockish(&tokens[k]))
}

/// Whether the day at `first` is the one a company's fiscal year ends on, every year:
/// "Its fiscal year ends September 30", "changed its fiscal year end from Aug 31 to Dec 31",
/// "change in fiscal year end to December 31 from August 31" (not one fiscal year's last
/// day, "the fiscal year ending March 31", "the current fiscal year ends March 31").
fn fiscal_calendar(tokens: &[Tok<'_>], first: usize) -> bool {
    let Some(before) = first.checked_sub(1) else {
        return false;
    };
    // (the fiscal year of the clause, and the word before it)
    let Some(fiscal) = before_in_clause(tokens, first, 12)
        .find(|&k| tokens[k].is("fiscal") && tokens.get(k + 1).is_some_and(|t| t.is("year")))
    else {
        return false;
    };
    let owner = fiscal.checked_sub(1).map(|k| tokens[k].lower.as_ref());
    // "Its fiscal year ends September 30"
    let ends = tokens[before].is("ends")
        && before == fiscal + 2
        && (matches!(owner, Some("its" | "their")) || after_possessive(tokens, fiscal));
    // "changed its fiscal year end from Aug 31 to Dec 31", "changed fiscal year to end
    // February 28"
    let to_end = tokens[before].is("end") && before > 0 && tokens[before - 1].is("to");
    let changed = (matches!(tokens[before].lower.as_ref(), "to" | "from") || to_end)
        && before_in_sentence(tokens, first, 20).any(|k| {
            matches!(
                tokens[k].lower.as_ref(),
                "change" | "changes" | "changed" | "changing"
            )
        });
    ends || changed
}

/// Whether the expression at `first` goes on with the habit an expression ending at `end`
/// told of: joined to it by "and" in the same sentence, with no verb in the past or the
/// future, nor "but", "this", "last" or "next" between ("usually worsens in winter, when
/// heating demand rises, and improves in the spring"; not "usually peak in December, and
/// this year rose in November").
fn habit_goes_on(tokens: &[Tok<'_>], end: usize, first: usize) -> bool {
    end <= first
        && first - end <= 15
        && tokens[end..first].iter().any(|t| t.is("and"))
        && (end..first).all(|k| {
            let t = &tokens[k];
            !ends_sentence(tokens, k)
                && !past_verb(tokens, k)
                && !modal(&t.lower)
                && !matches!(
                    t.lower.as_ref(),
                    "but" | "this" | "last" | "next" | "was" | "were" | "had"
                )
        })
}

/// Whether the tokens from `after` to `i` tie a holiday to the day that follows: "falls on",
/// "is", "will be", a comma or a parenthesis ("Thanksgiving falls on Nov. 28", "Thanksgiving
/// Day, Nov. 28,", "Thanksgiving Day (Nov. 28)", "Christmas falls on a Wednesday").
fn falls_on(tokens: &[Tok<'_>], after: usize, i: usize) -> bool {
    i > after
        && i - after <= 3
        && tokens[after..i].iter().all(|t| {
            matches!(
                t.lower.as_ref(),
                "," | "(" | "on" | "a" | "falls" | "fell" | "fall" | "is" | "was" | "will" | "be"
            )
        })
}

/// Whether the year right before `at` opens a note to a table of results, before the noun
/// of a figure: "NOTE: 1985 net includes", "1986 results include", "Fiscal 1987 net
/// includes".
fn year_opens_note(tokens: &[Tok<'_>], at: usize) -> bool {
    let Some(year) = at
        .checked_sub(1)
        .filter(|&y| year_token(&tokens[y]).is_some())
    else {
        return false;
    };
    let first = year - usize::from(year > 0 && tokens[year - 1].is("fiscal"));
    let opens = first == 0 || ends_sentence(tokens, first - 1) || after_note_mark(tokens, first);
    opens
        && tokens.get(at).is_some_and(|t| {
            matches!(
                t.lower.as_ref(),
                "net" | "results" | "earnings" | "loss" | "profit" | "figures" | "shr"
            )
        })
}

/// The days of "the first 10 months of the year", "the first nine weeks of 1987": the
/// length `prev` from the first day of the year `year` tagged at token `first`, after
/// "of" (none past the year's end, nor for a length that is not its first part).
fn first_part_of(
    tokens: &[Tok<'_>],
    first: usize,
    prev: Option<&Timex>,
    year: &Timex,
) -> Option<DateValue> {
    let y = year.date.as_ref()?;
    let end = token_at(tokens, year.span.end);
    // (not a fiscal year, whose first month the text may not give, nor a split one,
    // "the first five months of 1986/87")
    let fiscal = tokens[first..end].iter().any(|t| t.is("fiscal"))
        || tokens.get(end).is_some_and(|t| t.text == "/");
    if y.granularity != Granularity::Year
        || y.is_span()
        || fiscal
        || first == 0
        || !tokens[first - 1].is("of")
    {
        return None;
    }
    let prev = prev.filter(|p| p.kind == TimexKind::Duration && p.modifier.is_none())?;
    let opens = token_at(tokens, prev.span.start);
    if token_at(tokens, prev.span.end) + 1 != first
        || !tokens[opens..first].iter().take(2).any(|t| t.is("first"))
    {
        return None;
    }
    let (n, unit) = length_of(&prev.value)?;
    let n: i64 = n.parse().ok()?;
    let after = match unit {
        Unit::Day | Unit::Week | Unit::Month => shift(y.start, unit, n),
        _ => None,
    }?;
    let last = after.pred_opt()?;
    (last < y.end).then(|| DateValue::days(y.start, last))
}

/// Whether `expr` names its period whole or a third of it ("the end of fiscal 1990",
/// "early in the fiscal year"), which a fiscal year's months keep (see `apply_modifier`).
fn part_of_year_mod(expr: &Expr) -> bool {
    matches!(expr.modifier, None | Some(Mod::Start | Mod::Mid | Mod::End))
}

/// The twelve months of "fiscal 1987" (at tokens `words`), with no day of its own, in a story
/// whose company's fiscal years end with month `end`: those that end in that month of the
/// year named ("fiscal 1987" with years ending in October is November 1986 to October
/// 1987). None for years that end in January, which retailers name for the year they
/// begin in and others for the year they end in, or in March, which Japan names for the
/// year they begin in ("the fiscal 1987 budget" runs from April 1987) and Canada for the
/// year they end in; nor for a split year, "fiscal 1985/86", which names both.
fn fiscal_year_named(
    tokens: &[Tok<'_>],
    words: Range<usize>,
    expr: &Expr,
    end: u32,
) -> Option<DateValue> {
    // (and a quarter or half of one, "the first quarter of fiscal 1988", "fiscal 1986
    // fourth quarter", that part of those twelve months)
    let (y, part) = match expr.core {
        Core::Cal {
            year: Some(y),
            month: None,
            day: None,
        } => (y, None),
        Core::Quarter {
            year: Some(y),
            q,
            years: 0,
            by_months: false,
        } => (y, Some((q, 4))),
        Core::Half {
            year: Some(y),
            h,
            years: 0,
        } => (y, Some((h, 2))),
        _ => return None,
    };
    let fiscal = tokens[words.clone()]
        .iter()
        .any(|t| t.is("fiscal") || t.is("financial"))
        || (words.start > 0 && tokens[words.start - 1].is("fiscal"));
    let split = tokens.get(words.end).is_some_and(|t| t.text == "/");
    if matches!(end, 1 | 3) || !part_of_year_mod(expr) || !fiscal || split {
        return None;
    }
    if let Some((n, per_year)) = part {
        return fiscal_part_in(end, n, per_year, y);
    }
    let close = month_bounds(y, end)?.1;
    let open = opening_of(close, Unit::Year, 1)?;
    Some(DateValue::whole(
        y.to_string(),
        (open, close),
        Granularity::Year,
    ))
}

/// "the current fiscal year", "this financial year", "last fiscal year" (at tokens
/// `words`) in a story that tells the month its company's fiscal year ends in (see
/// `Resolve::fiscal_end`): the
/// twelve months to that month under way at the publication, or as many before or after,
/// named as [`twelve_months`] names them ("the current fiscal year" after "In its last
/// fiscal year ending October 31", read in June 1987, is November 1986 to October 1987).
/// And "the previous fiscal year", "the prior fiscal year": the one before the fiscal year
/// of the date named last ("the fiscal year ended April 30 ... In the prior fiscal year"
/// is May 1985 to April 1986), or of the publication when none was; not after a year by
/// its number when the years end in January to March, which companies name either way.
fn fiscal_year_under_way(
    tokens: &[Tok<'_>],
    words: Range<usize>,
    expr: &Expr,
    cx: &Resolve<'_>,
) -> Option<DateValue> {
    let a = cx.anchor?;
    let (from, offset) = match expr.core {
        Core::Relative {
            unit: Unit::Year,
            offset,
        } => (a, offset),
        // (one the story's fiscal quarter dates is read in `resolve`)
        // ("The shutdown began on Oct. 1, when Congress failed to pass a spending bill before
        // the start of the fiscal year": the one of the day named last, or under way, and
        // "the prior fiscal year" the one before it)
        Core::Anaphor {
            unit: Some(Unit::Year),
            years,
            offset,
            in_year: None,
            same: false,
        } if (years + offset == -1 || (years, offset) == (0, 0)) && cx.story_year().is_none() => {
            let offset = years + offset;
            match cx.reference {
                Some(r) if r.granularity >= Granularity::Year => return None,
                Some(r) => (r.end, offset),
                None => (a, offset),
            }
        }
        _ => return None,
    };
    let fiscal = tokens[words.clone()]
        .iter()
        .any(|t| t.is("fiscal") || t.is("financial"));
    // (not one that gives its own last day, "the fiscal year just ended March seven", which
    // may be another company's)
    if !fiscal || !part_of_year_mod(expr) || parse_at(tokens, words.end).is_some() {
        return None;
    }
    let end = cx.fiscal_end?;
    // (the last day of the year under way: the first end of such a month on or after the
    // day counted from)
    let mut last = month_bounds(from.year(), end)?.1;
    if last < from {
        last = month_bounds(from.year() + 1, end)?.1;
    }
    twelve_months_to(close_moved(last, Unit::Year, offset.into())?)
}

/// "Software AG said it expects to report earnings for its third quarter substantially
/// weaker ... For the second quarter ended November 30, Software AG earned": in a story
/// that tells nothing of its fiscal year (see `FiscalYear`), the quarters named by
/// their number alone (`numbered`, tagged in `out`) before the first one the story closes
/// on a day of its own, `d` at token `first`, are those quarters of the fiscal years `d`
/// tells, chosen as the calendar's were (December to February 1987, read in March 1987;
/// it was July to September), when at most two sentences come between (not "U.S. banks
/// take similar action after the end of their first quarter tomorrow", many sentences
/// before "Canadian banks' third quarter ending July 31"). The story's quarter `story`,
/// named by its number as the calendar's, so redated; none when it is fiscal already.
fn fiscal_from_closed(
    tokens: &[Tok<'_>],
    out: &mut [Timex],
    numbered: &[(usize, u32, Option<usize>)],
    first: usize,
    d: &DateValue,
    mut story: Told,
    a: NaiveDate,
) -> Option<Told> {
    if d.granularity != Granularity::Quarter || !own_days(d) || fiscal(&story.value) {
        return None;
    }
    let year_end = part_closes_year(d)?;
    // (and the story's quarter, named by its number, with "fiscal" too: "expects fiscal
    // third quarter earnings")
    let listed: Vec<(usize, u32)> = numbered.iter().map(|&(j, p, _)| (j, p)).collect();
    let own = out
        .iter()
        .position(|t| t.span == story.at)
        .zip(quarter_named(&story.value))
        .map(|(j, (_, p))| (j, p))
        .filter(|&(j, _)| listed.iter().all(|&(k, _)| k != j));
    for (j, p) in listed.into_iter().chain(own) {
        if near_closed(tokens, &out[j], first)
            && let Some(calendar) = out[j].date.as_ref().filter(|d| !own_days(d))
            && let Some(fiscal) = fiscal_part(year_end, p, 4, calendar, a)
        {
            if out[j].span == story.at {
                story.value = fiscal.clone();
            }
            out[j].redate(fiscal);
        }
    }
    Some(story)
}

/// Whether the part tagged `t` stands at most two sentences before the part closed on a
/// day at token `closed`, so that the closed part's fiscal year counts it (not "U.S. banks
/// take similar action after the end of their first quarter tomorrow", many sentences
/// before "Canadian banks' third quarter ending July 31").
fn near_closed(tokens: &[Tok<'_>], t: &Timex, closed: usize) -> bool {
    (token_at(tokens, t.span.end)..closed)
        .filter(|&k| ends_sentence(tokens, k))
        .count()
        <= 2
}

/// The months from the end of a quarter or half named right before token `k` ("first half
/// fiscal 1987", "the third quarter of fiscal 1987", `k` at "fiscal") to the end of its
/// year: 6 for a first half, 3 for a third quarter.
fn part_before(tokens: &[Tok<'_>], k: usize) -> Option<u32> {
    let k = k - usize::from(k > 0 && tokens[k - 1].is("of"));
    let unit = tokens.get(k.checked_sub(1)?)?;
    let per_year = match unit.lower.as_ref() {
        "half" => 2,
        "quarter" | "qtr" => 4,
        _ => return None,
    };
    let n = (1..=2)
        .filter_map(|back| k.checked_sub(1 + back))
        .find_map(|at| small_ordinal(tokens, at).filter(|&(_, w)| at + w + 1 == k))
        .map(|(n, _)| n)
        .filter(|&n| (1..=per_year).contains(&n))?;
    Some(months_left(n, per_year))
}

/// Whether token `k` tells of a change of fiscal year: "changed its fiscal year end", "it
/// changed to a calendar year end".
fn changes_year_at(tokens: &[Tok<'_>], k: usize) -> bool {
    matches!(
        tokens[k].lower.as_ref(),
        "change" | "changed" | "changes" | "changing"
    ) && tokens[k + 1..].iter().take(4).any(|t| {
        matches!(
            t.lower.as_ref(),
            "fiscal" | "calendar" | "calender" | "year"
        )
    })
}

/// The month a period closes with, named after "ended", "ending" or "ends" at token `k`
/// ("ended on May 31", "ending in June"); a day in a month's first week ("ended January
/// 3", a year of 52 weeks) closes the month before.
fn month_closed_at(tokens: &[Tok<'_>], k: usize) -> Option<u32> {
    let at = k + 1 + usize::from(tokens.get(k + 1).is_some_and(|t| t.is("in") || t.is("on")));
    let month = month_of(&tokens.get(at)?.lower)?;
    let early = tokens
        .get(at + 1)
        .and_then(|t| (t.kind == Kind::Num).then(|| t.text.parse::<u32>().ok())?)
        .is_some_and(|day| day <= 7);
    Some(if early { month_on(month, 11) } else { month })
}

/// What the text tells of its company's fiscal year (see `fiscal_year_told`): the month it ends in, when the text
/// names one other than December and no other ("in its last fiscal year ending October
/// 31", "In the year ended January 31, 1987", "its fiscal year ends in June", "its annual
/// report for 1985/86 ended June 30", "for fiscal 1986 ended November 30", "the current
/// year to September 30", "the fiscal year to the end of March 1988"; not a statistic's
/// "year to February", with no day; a year that ends in the first days of a month, "the
/// year ended January 3", a year of 52 weeks, ends with the month before), or that it
/// changed ("changed its fiscal year end to December 31 from June 30", "it changed to a
/// calendar year end"), whose quarters may be either calendar's.
#[derive(Clone, Copy, PartialEq, Eq)]
enum FiscalYear {
    Ends(u32),
    Changed,
    Untold,
}

impl FiscalYear {
    /// The month the fiscal year ends in, when the text tells one.
    fn end(self) -> Option<u32> {
        match self {
            FiscalYear::Ends(m) => Some(m),
            _ => None,
        }
    }
}

fn fiscal_year_told(tokens: &[Tok<'_>]) -> FiscalYear {
    let mut end = None;
    // (two months disagree: none is told, though a change still may be)
    let mut disagree = false;
    for (k, t) in tokens.iter().enumerate() {
        if changes_year_at(tokens, k) {
            return FiscalYear::Changed;
        }
        // (the rare words first, as this runs at every word)
        if disagree || !(closes_on(&t.lower) || t.is("to")) {
            continue;
        }
        // (not "the first half year ending April 30", a half; and "its annual report for
        // 1985/86 ended June 30", "in fiscal 1987/88, ending March", a split year, too)
        // (and past a relative pronoun: "fiscal 2014, which ends May 31, 2014", "its fiscal
        // year, which ends in June")
        let which = usize::from(k > 2 && tokens[k - 1].is("which") && tokens[k - 2].text == ",");
        let k0 = k - 2 * which;
        // ("fiscal 2014 ends", "fiscal year 2026 ends")
        let fiscal_before = |at: usize| {
            tokens[at].is("fiscal")
                || (tokens[at].is("year")
                    && at > 0
                    && matches!(tokens[at - 1].lower.as_ref(), "fiscal" | "financial"))
        };
        let year_at = (1..=2).find(|&back| {
            k0 > back
                && (back == 1 || tokens[k0 - 1].text == ",")
                && (splits_year(tokens, k0 - back)
                    || year_token(&tokens[k0 - back]).is_some() && fiscal_before(k0 - back - 1))
        });
        // ("the current fiscal year, ending October 31": set off by a comma)
        let fiscal_year_set_off = k0 > 3
            && tokens[k0 - 1].text == ","
            && tokens[k0 - 2].is("year")
            && matches!(tokens[k0 - 3].lower.as_ref(), "fiscal" | "financial");
        let year_before =
            k0 > 0 && tokens[k0 - 1].is("year") || year_at.is_some() || fiscal_year_set_off;
        // ("first half fiscal 1987, ended Feb 28", "the second half of fiscal 1987 ending in
        // August": the day closes the part, and the year ends as many months on)
        let part_months = year_at
            .and_then(|back| part_before(tokens, k0 - back - 1))
            .unwrap_or(0);
        let year_to = t.is("to") && k > 0 && tokens[k - 1].is("year");
        if !(closes_on(&t.lower) && year_before || year_to)
            || (k0 > 1 && (tokens[k0 - 2].is("calendar") || tokens[k0 - 2].is("half")))
        {
            continue;
        }
        let month = if year_to {
            let fiscal = k > 1 && matches!(tokens[k - 2].lower.as_ref(), "fiscal" | "financial");
            let the_end = tokens.get(k + 1).is_some_and(|t| t.is("the"))
                && tokens.get(k + 2).is_some_and(|t| t.is("end"))
                && tokens.get(k + 3).is_some_and(|t| t.is("of"));
            let at = k + 1 + if the_end { 3 } else { 0 };
            let day = tokens
                .get(at + 1)
                .is_some_and(|t| t.kind == Kind::Num && t.text.len() <= 2);
            if !(day || fiscal && the_end) {
                continue;
            }
            month_closed_at(tokens, at - 1)
        } else {
            month_closed_at(tokens, k)
        };
        let Some(month) = month.map(|m| month_on(m, part_months)) else {
            continue;
        };
        disagree = end.is_some_and(|e| e != month);
        end = Some(month);
    }
    match end {
        Some(m) if !disagree && m != 12 => FiscalYear::Ends(m),
        None if us_federal_fiscal_year(tokens) => FiscalYear::Ends(9),
        _ => FiscalYear::Untold,
    }
}

/// Whether a text that tells no month its fiscal year ends in speaks of the U.S. federal
/// government's fiscal year, which runs from October to September: "fiscal" in a sentence
/// with "Congress", "Pentagon", "White House", "Gramm-Rudman", "appropriations" or
/// "shutdown" ("Congress failed to pass a spending bill for fiscal 2026 before the start of
/// the fiscal year" is October 2025 to September 2026), in a text that names no other
/// country whose legislature is a Congress.
fn us_federal_fiscal_year(tokens: &[Tok<'_>]) -> bool {
    let cue = |k: usize| {
        let t = &tokens[k];
        matches!(t.text, "Congress" | "Pentagon" | "Gramm-Rudman")
            || matches!(t.lower.as_ref(), "appropriations" | "shutdown")
            || (t.text == "White" && tokens.get(k + 1).is_some_and(|n| n.text == "House"))
    };
    let federal = tokens.iter().enumerate().any(|(k, t)| {
        t.is("fiscal")
            && (before_in_sentence(tokens, k, 40).any(cue)
                || after_in_sentence(tokens, k, 40).any(cue))
    });
    federal
        && !tokens.iter().any(|t| {
            matches!(
                t.text,
                "Brazil"
                    | "Brazilian"
                    | "India"
                    | "Indian"
                    | "Mexico"
                    | "Mexican"
                    | "Philippines"
                    | "Philippine"
                    | "Argentina"
                    | "Argentine"
                    | "Colombia"
                    | "Colombian"
                    | "Peru"
                    | "Peruvian"
                    | "Chile"
                    | "Chilean"
            )
        })
}
