//! Temporal expressions: recognise them in text and normalise each to a TIMEX3 value and a
//! closed date interval, resolving relative ones ("last year", "mid May") against an anchor.

use std::fmt;
use std::ops::Range;

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use super::number::{Qual, qualifier_at, qualifier_before};
use super::tokens::{Kind, Tok, tokenize};
use serde::{Deserialize, Serialize};

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

    /// The day halfway through: what "a year earlier" or "that year" counts from, so that
    /// a fiscal quarter from Dec. 31 to March 30 is read as the first quarter.
    fn middle(&self) -> NaiveDate {
        self.start + (self.end - self.start) / 2
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
}

impl Timex {
    /// A date tagged at `span` whose TIMEX3 value is its interval's.
    fn dated(span: Range<usize>, date: DateValue, relative: bool) -> Self {
        Timex {
            span,
            kind: TimexKind::Date,
            value: date.timex.clone(),
            modifier: None,
            date: Some(date),
            relative,
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
    let mut reference: Option<DateValue> = None;
    // (and where it ended)
    let mut reference_at: Option<usize> = None;
    // The last quarter it named: "the quarter" goes back to it past a year named since
    // ("expects record earnings in 1990 ... loans were $6.6 million in the quarter").
    let mut quarter: Option<DateValue> = None;
    // The year of the month that closes a span of months, where the span set it.
    let mut span_end: Option<(usize, i32)> = None;
    // The day the last expression named, the token after it and the part of the day it
    // named if any: "Thursday at 3 p.m.", "March 21, 2013, 10:23 a.m.", "tomorrow morning
    // at 9 a.m." put the clock on that day.
    let mut last_day: Option<(usize, NaiveDate, Option<&'static str>)> = None;
    // The last day still to come the text named, and the token after it: a schedule
    // ("notes on Monday, followed by bonds Tuesday") goes on from it.
    let mut coming_day: Option<(usize, NaiveDate)> = None;
    // The tense the last date took from its clause, and the token after it: a date listed
    // after it takes the same ("scheduled for October 5/7 and December 14/16").
    let mut listed: Option<(usize, Tense)> = None;
    // Where the day that closes a period named just before begins ("the quarter ended
    // Sept. 30"): what follows refers to the period, not to its last day.
    let mut closing_day: Option<usize> = None;
    // Where a day after a clock and its twin in parentheses begins, and where the clock
    // does: the day reads in the clause before the clock ("is set for 3:30 p.m. EDT (1930
    // GMT) on Tuesday").
    let mut aside_day: Option<(usize, usize)> = None;
    // The last expression, when it was a clock: the token after it, its day and its hour. A
    // clock told after it in the same sentence goes on from it ("open at 7 a.m. on Thursday
    // and close at 10 p.m.", "from 10 p.m. Friday to 6 a.m.").
    let mut last_clock: Option<(usize, NaiveDate, u32)> = None;
    // When the last date named is the day of a report ("said on Tuesday", "reported
    // Tuesday"), the date named before it: the period a report's figures are compared
    // with is theirs, not the report's ("third-quarter revenue of $69.1 billion on Tuesday,
    // up 6 percent from a year earlier").
    let mut before_report: Option<Option<DateValue>> = None;
    let mut i = 0;
    while i < tokens.len() {
        match parse_at(tokens, i) {
            Some((mut end, mut expr)) => {
                // "the December quarter": the three months to the end of that month
                let month_quarter = named_quarter_end(tokens, i, end, &mut expr, anchor)
                    .map(|quarter_end| end = quarter_end)
                    .is_some();
                // "nearly two years", "more than four hours", "around 7:15 p.m.": the
                // quantifier before is part of the expression, and its TIMEX3 mod
                let quantified = quantifier_before(tokens, i);
                let first = quantified.map_or(i, |(k, _)| k);
                let span = tokens[first].start..tokens[end - 1].end;
                let cx = Resolve {
                    anchor,
                    reference: match &before_report {
                        Some(before) if expr.compares_periods() => before.as_ref(),
                        _ => reference.as_ref(),
                    },
                    quarter: quarter.as_ref(),
                    since_reference: reference_at.map(|k| &tokens[k..=i]),
                    tense: match tense_near(
                        tokens,
                        aside_day
                            .filter(|&(at, _)| at == i)
                            .map_or(i, |(_, clock)| clock),
                        end,
                    ) {
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
                        tense => tense,
                    },
                };
                let tense = cx.tense;
                listed = None;
                let closing = span_end.take().filter(|(at, _)| *at == i).map(|(_, y)| y);
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
                // (in its part of the day: not "from last night at midday")
                if let Core::Clock {
                    day: day @ None,
                    hour,
                    ..
                } = &mut expr.core
                    && let Some((after, date, part)) = last_day
                    && (after..i).all(|k| {
                        matches!(
                            tokens[k].lower.as_ref(),
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
                    })
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
                        &Resolve {
                            // (the twin in parentheses reads where the first clock
                            // does)
                            tense: {
                                let clock = aside_day
                                    .filter(|&(day, _)| day == at)
                                    .map_or(first, |(_, clock)| clock);
                                aside_day = Some((at, clock));
                                tense_near(tokens, clock, day_end)
                            },
                            ..cx
                        },
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
                // "London shares closed lower Friday ... depressed by overnight losses in New
                // York", published on Monday: the night before the day the story is on, when
                // it named one before yesterday (after "last night", "since yesterday" it is
                // still the night just gone)
                if tokens[i].is("overnight")
                    && matches!(expr.core, Core::PartOfDay { offset: -1, .. })
                    && let Some((_, date, _)) = last_day
                    && anchor.is_some_and(|a| date < a - Duration::days(1))
                {
                    expr.core = Core::DayPart {
                        day: Box::new(Expr::on(date - Duration::days(1))),
                        part: "NI",
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
                    && let Some((_, date, _)) = last_day.filter(|&(after, ..)| {
                        i == after + 1
                            && matches!(
                                tokens[after].lower.as_ref(),
                                "and" | "or" | "to" | "through" | "until" | "till" | "into" | "-"
                            )
                    })
                    && let Some(next) = (1..=7)
                        .map(|n| date + Duration::days(n))
                        .find(|d| d.weekday() == weekday)
                    && anchor
                        .is_some_and(|a| date > a || (date == a && next == a + Duration::days(1)))
                {
                    expr.core = Core::on(next);
                }
                let (closed_at, ending) = ends_on(tokens, end, &expr, &cx).unzip();
                // "the quarter ended Sept. 30" names its own quarter
                let leans = expr.leans_on_reference() && ending.is_none();
                let closes = closing_day.take() == Some(i);
                if closed_at.is_some() {
                    closing_day = closed_at;
                }
                // ("fiscal 2011 ended March 31": the day is in the year the period ends)
                if let (Some(at), Some(period)) = (closed_at, &ending)
                    && period.granularity == Granularity::Year
                {
                    span_end = Some((at, period.end.year()));
                }
                if let Some(timex) = resolve(&expr, &cx, span.clone()).map(|mut t| {
                    let month = t.date.as_ref().filter(|_| month_quarter);
                    if let Some(date) = ending.or_else(|| quarter_to(month?.end, None)) {
                        t.value = date.timex.clone();
                        t.date = Some(date);
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
                    t
                }) {
                    // a day with its clock ("3:30 p.m. on Friday") is a date named too; a
                    // date a superlative compares with is not what the story is about
                    // ("the lowest level since November")
                    // (nor the day a year back that figures are set against, "111 rigs at
                    // this time last year")
                    let compared = (first > 0
                        && tokens[first - 1].is("since")
                        && superlative_before(tokens, first - 1))
                        || matches!(expr.core, Core::Anniversary { .. })
                        // (nor a turn of a century, which is no one year to count from)
                        || matches!(expr.modifier, Some(Mod::Turn { .. }));
                    if let Some(d) = &timex.date
                        && matches!(timex.kind, TimexKind::Date | TimexKind::Time)
                        && d.granularity != Granularity::Vague
                        && !leans
                        && !closes
                        && !compared
                    {
                        if d.granularity == Granularity::Quarter && quarter.is_none() {
                            quarter = Some(d.clone());
                        }
                        before_report =
                            day_of_report(tokens, first, &expr).then(|| reference.clone());
                        reference = Some(d.clone());
                        reference_at = Some(end);
                    }
                    // ("tomorrow morning at 9 a.m.": a part of a day names the day too)
                    let part = match &expr.core {
                        Core::DayPart { part, .. } | Core::PartOfDay { part, .. } => Some(*part),
                        _ => None,
                    };
                    last_clock = match (&expr.core, &timex.date) {
                        (Core::Clock { hour, .. }, Some(d)) => Some((end, d.start, *hour)),
                        _ => None,
                    };
                    last_day = timex
                        .date
                        .as_ref()
                        .filter(|d| {
                            d.granularity == Granularity::Day
                                && (timex.kind == TimexKind::Date || part.is_some())
                        })
                        .map(|d| (end, d.start, part));
                    if matches!(tense, Tense::Future | Tense::Past) {
                        listed = Some((end, tense));
                    }
                    if let Some((_, day, _)) = last_day {
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
                    if let Some((k, day)) =
                        written_day.and_then(|d| first_day_of_range(tokens, first, d))
                        && out
                            .last()
                            .is_none_or(|t: &Timex| t.span.end <= tokens[k].start)
                    {
                        out.push(Timex::day(tokens[k].start..tokens[k].end, day, relative));
                    }
                    // "the first quarter 1986 ending March 31", "last year's first quarter
                    // ended April 30": the day that closes a quarter or a half of a named
                    // year is in that year (not "First half ended December 31", a fiscal
                    // half with no year, nor "the period ending March 31")
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
                        && tokens.get(end).is_some_and(|t| {
                            matches!(t.lower.as_ref(), "ended" | "ending" | "ends")
                        })
                    {
                        span_end = Some((end + 1, d.end.year()));
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
                    if let Some((after, date)) = second {
                        // the first day takes a year written after the second
                        if let (Some(first), Core::Cal { year: None, .. }) =
                            (out.last_mut(), &expr.core)
                            && let Some(day) = first
                                .date
                                .as_ref()
                                .and_then(|d| d.start.with_year(date.year()))
                        {
                            first.value = day.to_string();
                            first.date = Some(DateValue::day(day));
                        }
                        out.push(Timex::day(
                            tokens[end + 1].start..tokens[after - 1].end,
                            date,
                            relative,
                        ));
                        last_day = Some((after, date, None));
                        end = after;
                    }
                }
                i = end;
            }
            None => i += 1,
        }
    }
    out
}

/// The day of a clock at token `i` that has none, when a clock on `date` at `hour`, ending
/// at token `after`, came right before it in the same sentence: that day, or the next when
/// the clock reads earlier and the two bound a stretch of time ("from 10 p.m. to 6 a.m.",
/// "left at 11 p.m. and returned at 1 a.m."; not a twin in another zone in parentheses).
fn clock_goes_on(
    tokens: &[Tok<'_>],
    (after, date, hour): (usize, NaiveDate, u32),
    i: usize,
    next: u32,
) -> Option<NaiveDate> {
    let between = tokens.get(after..i)?;
    // (the stop of "p.m." may end the sentence too)
    let stop = tokens[after - 1].text == "." && between.first().is_some_and(|t| t.is_capitalised());
    if stop || between.len() > 8 || (after..i).any(|k| ends_sentence(tokens, k)) {
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
/// Sunday", "meets on Monday, officials said Friday").
fn next_in_schedule(tokens: &[Tok<'_>], after: usize, i: usize) -> bool {
    i > after
        && i - after <= 12
        && (after..i).all(|k| {
            let w = tokens[k].lower.as_ref();
            let past = past_verb(tokens, k) && w != "followed";
            let breaks = ends_sentence(tokens, k)
                || reports(w)
                || matches!(
                    w,
                    "after" | "since" | "ago" | "last" | "says" | "say" | "but" | "while"
                );
            !(past || breaks)
        })
}

/// Whether the date at `i` is listed after the one that ended at `after`: only a joint, the
/// rest of the first ("5/7"), names and prepositions between ("October 5/7 and December
/// 14/16", "on April 2, Berlin on April 5 and London on December 10").
fn listed_after(tokens: &[Tok<'_>], after: usize, i: usize) -> bool {
    i > after
        && i - after <= 6
        && tokens[after..i]
            .iter()
            .any(|t| matches!(t.lower.as_ref(), "," | "and" | "or"))
        && (after..i).all(|k| {
            let t = &tokens[k];
            !ends_sentence(tokens, k)
                && (t.kind == Kind::Num
                    || t.is_capitalised()
                    || matches!(
                        t.lower.as_ref(),
                        "," | "and" | "or" | "/" | "on" | "in" | "then" | "again"
                    ))
        })
}

/// The first day of a range or pair before `second`, a day written before its month
/// starting at token `i`: "15" in "15-16 March", "4" in "4 and 5 May" (not "2,000 and 16
/// March"). Returns its token and the day.
fn first_day_of_range(
    tokens: &[Tok<'_>],
    i: usize,
    second: NaiveDate,
) -> Option<(usize, NaiveDate)> {
    let day_first = tokens.get(i).is_some_and(|t| t.kind == Kind::Num);
    if !day_first || i < 2 {
        return None;
    }
    let link = &tokens[i - 1];
    let linked = (link.text == "-" && !link.spaced && !tokens[i].spaced)
        || matches!(link.lower.as_ref(), "and" | "or" | "to" | "&");
    let k = i - 2;
    let day = tokens[k].num().filter(|_| tokens[k].text.len() <= 2)?;
    // (not the end of a bigger number: "1,15-16 March")
    let whole = k == 0 || !matches!(tokens[k - 1].text, "," | "." | "/" | "-" | "$");
    if !(linked && whole && day >= 1 && day < second.day()) {
        return None;
    }
    Some((k, second.with_day(day)?))
}

/// The second day of a range or pair after a day of a month: "27" in "March 26 and 27",
/// "21" in "May 20-21", "25" in "the Feb. 24-25 election" (not "March 26 and 27 people",
/// "May 5 to 6 percent"). Returns
/// where it ends (past a year written after it) and the day.
fn second_day_of_range(
    tokens: &[Tok<'_>],
    end: usize,
    first: NaiveDate,
) -> Option<(usize, NaiveDate)> {
    let link = tokens.get(end)?;
    let linked = (link.text == "-" && !link.spaced)
        || matches!(link.lower.as_ref(), "and" | "or" | "to" | "through" | "&");
    let day = tokens.get(end + 1)?;
    let d = day
        .num()
        .filter(|_| day.kind == Kind::Num && day.text.len() <= 2)?;
    let after = tokens.get(end + 2);
    let ends_phrase = after.is_none_or(|t| {
        (t.kind == Kind::Punct && !matches!(t.text, "%" | "$" | "." | ":" | "/" | "-"))
            || (t.text == "." && t.spaced)
            || ends_sentence(tokens, end + 2)
            || matches!(
                t.lower.as_ref(),
                "in" | "at" | "on" | "and" | "or" | "when" | "with" | "for" | "by" | "as"
            )
            // (or an event the two days are the dates of: "Italy's Feb. 24-25 election")
            || (link.text == "-"
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
    });
    if !linked || !ends_phrase || d <= first.day() {
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
            || matches!(t.lower.as_ref(), "half" | "noon" | "midday" | "midnight")
            || (month_of(&t.lower).is_some()
                && tokens
                    .get(i + 1)
                    .is_some_and(|n| n.kind == Kind::Num || n.text == "."))
    });
    if !counted {
        return None;
    }
    let (start, qual, phrase) = qualifier_before(tokens, i)?;
    // "higher than a year ago", "below three-month rates" compare figures; a ">" may be
    // a quoted line
    let compares = (phrase.ends_with(" than")
        && !["more", "less", "fewer", "longer", "shorter", "no", "not"]
            .iter()
            .any(|w| phrase.starts_with(w)))
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
fn opens_range(tokens: &[Tok<'_>], start: usize, joint: &Tok<'_>) -> bool {
    matches!(
        joint.lower.as_ref(),
        "to" | "through" | "until" | "till" | "-" | "–"
    ) || (joint.is("and") && start > 0 && tokens[start - 1].is("between"))
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
    if !opens_range(tokens, start, tokens.get(end)?) {
        return None;
    }
    let (last, last_day, year) = match parse_at(tokens, end + 1)?.1.core {
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
    let joint = tokens.get(end)?;
    let glued = matches!(joint.text, "-" | "/") && !joint.spaced && !tokens.get(end + 1)?.spaced;
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
    if !glued && explicit.is_none() {
        // "ran from November to January", "peaks between December and February": the
        // closing month follows the opening one, which is read as a month of its own
        if !opens_range(tokens, start, joint) || months > 2 {
            return None;
        }
        let y = infer_year(cx.anchor?, first, None, cx.tense);
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
    // the span nearest the anchor, or, after "will" or a forecast, the first one not over
    // ("the impact will be in February/April and July/Dec", read in April)
    let anchor = cx.anchor?;
    let ahead = || {
        before_in_sentence(tokens, start, 10).any(|k| {
            matches!(
                tokens[k].lower.as_ref(),
                "will" | "shall" | "expects" | "forecasts" | "predicts"
            )
        })
    };
    let y = nearest_span(anchor, first, last);
    let y = if month_bounds(y, last).is_some_and(|(_, e)| e < anchor) && ahead() {
        y + 1
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

    /// Whether the expression is resolved against the text's last date rather than naming
    /// one itself; such expressions do not become the reference for what follows.
    /// Whether this is a period of the story or a year, a quarter or a month counted from
    /// one: "the quarter", "the year-earlier period", "a year earlier", "a year ago".
    fn compares_periods(&self) -> bool {
        match self.core {
            Core::Anaphor { unit, .. } => {
                unit.is_none_or(|u| matches!(u, Unit::Month | Unit::Quarter | Unit::Year))
            }
            Core::Shifted { unit, .. } => matches!(unit, Unit::Month | Unit::Quarter | Unit::Year),
            _ => false,
        }
    }

    fn leans_on_reference(&self) -> bool {
        matches!(
            self.core,
            Core::Anaphor { .. }
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
/// (or a count of times: "for the second time in three months").
fn superlative_before(toks: &[Tok<'_>], i: usize) -> bool {
    let window = &toks[i.saturating_sub(8)..i];
    window.iter().enumerate().any(|(k, t)| {
        t.kind == Kind::Word
            && ((t.lower.len() > 5 && t.lower.ends_with("est"))
                || matches!(
                    t.lower.as_ref(),
                    "first" | "most" | "least" | "best" | "worst"
                )
                || (window.get(k + 1).is_some_and(|n| n.is("time"))
                    && matches!(
                        t.lower.as_ref(),
                        "second" | "third" | "fourth" | "fifth" | "sixth" | "seventh"
                    )))
    })
}

/// What an expression is resolved against.
struct Resolve<'a> {
    anchor: Option<NaiveDate>,
    reference: Option<&'a DateValue>,
    /// The first quarter the text named: the one the story reports.
    quarter: Option<&'a DateValue>,
    /// The tokens from the end of the reference to the expression (inclusive), when there
    /// is one: see [`Resolve::recent`].
    since_reference: Option<&'a [Tok<'a>]>,
    tense: Tense,
}

impl Resolve<'_> {
    /// Whether `word` stands right before the expression, when the text named a reference
    /// before it ("by the end of the year").
    fn right_after(&self, word: &str) -> bool {
        self.since_reference
            .is_some_and(|s| s.len() >= 2 && s[s.len() - 2].is(word))
    }

    /// Whether the reference was named in the same sentence (looked at only where it
    /// matters, not for every expression).
    fn recent(&self) -> bool {
        self.since_reference
            .is_some_and(|s| !(0..s.len() - 1).any(|j| ends_sentence(s, j)))
    }
}

/// "the quarter ended Sept. 30", "the week to March 13", "the quarter ending in June": the
/// quarter (month, week) that ends on the date that follows, which is tagged on its own
/// after it. `None` when the expression is not such a period or no day follows.
fn ends_on(
    tokens: &[Tok<'_>],
    end: usize,
    expr: &Expr,
    cx: &Resolve<'_>,
) -> Option<(usize, DateValue)> {
    // "its fourth quarter ended Sept. 30": a fiscal quarter, named as the company names it
    // in the year of its last day
    let named = match expr.core {
        Core::Quarter {
            year: None,
            q,
            years: 0,
            ..
        }
        | Core::RelQuarter {
            n: q,
            half: false,
            years: 0,
        } if expr.modifier.is_none() => Some(q),
        _ => None,
    };
    // "fiscal 2012, which ended Sept. 30": the twelve months to that day, named as the text
    // names it ("the fiscal year ended June 30" is a length, as TimeBank marks it)
    let fiscal_year = match expr.core {
        Core::Cal {
            year: Some(y),
            month: None,
            day: None,
        } if expr.modifier.is_none()
            && end >= 2
            && (tokens[end - 2].is("fiscal")
                || (end >= 3 && tokens[end - 2].is("year") && tokens[end - 3].is("fiscal"))) =>
        {
            Some(y)
        }
        _ => None,
    };
    let unit = match expr.core {
        _ if named.is_some() => Unit::Quarter,
        // (not "fiscal 1987 to March 31", a part of it)
        _ if fiscal_year.is_some() => Unit::Year,
        Core::Anaphor {
            unit: Some(unit @ (Unit::Quarter | Unit::Month | Unit::Week)),
            years: 0,
            offset: 0,
            in_year: None,
            same: false,
        } => unit,
        _ => return None,
    };
    // "its fiscal third quarter, which ended March 31"
    let which = tokens.get(end).is_some_and(|t| t.text == ",")
        && tokens.get(end + 1).is_some_and(|t| t.is("which"));
    let link = end + 2 * usize::from(which);
    if !tokens.get(link).is_some_and(|t| {
        matches!(t.lower.as_ref(), "ended" | "ending" | "ends")
            || (!which && t.is("to") && fiscal_year.is_none())
    }) {
        return None;
    }
    // ("the quarter ending in June": the month's last day)
    let month = tokens.get(link + 1).is_some_and(|t| t.is("in")) && unit != Unit::Week;
    let at = link + 1 + usize::from(month);
    let (_, date) = parse_at(tokens, at)?;
    let start = tokens[at].start;
    let mut day = resolve(&date, cx, start..start)?.date?;
    if month && day.granularity == Granularity::Month {
        day = DateValue::day(day.end);
    } else if day.granularity != Granularity::Day || month {
        return None;
    }
    let period = match fiscal_year {
        Some(y) => {
            // a fiscal year is named for the year it ends in or, when it ends in the first
            // half of a year, often for the year it began in (a retailer's "fiscal 2012
            // ended Feb. 2" 2013, Britain's "fiscal 1986 ending March 31" 1987): of the
            // two, the last one over after "ended", the first one still to come after
            // "ending" (unless the day writes its own year)
            let written = matches!(date.core, Core::Cal { year: Some(_), .. });
            let last = match cx.anchor {
                Some(a) if !written => {
                    let mut years: Vec<NaiveDate> = [y, y + 1]
                        .into_iter()
                        .filter_map(|y| day.end.with_year(y))
                        .filter(|l| l.year() == y || l.month() <= 6)
                        .collect();
                    if tokens[link].is("ended") {
                        years.retain(|l| *l <= a);
                        years.pop()
                    } else {
                        years.iter().copied().find(|l| *l >= a).or(years.pop())
                    }
                    .or(day.end.with_year(y))?
                }
                _ => day.end,
            };
            let first = shift(last.succ_opt()?, Unit::Month, -12)?;
            let value = format!("{y:04}");
            Some(DateValue::whole(value, (first, last), Granularity::Year))
        }
        None if unit == Unit::Quarter => quarter_to(day.end, named),
        None => unit_at(day.end, unit, 0),
    };
    Some((at, period?))
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
        Some(q) => format!("{:04}-Q{q}", last.year()),
        None => calendar.timex,
    };
    Some(DateValue::whole(value, (first, last), calendar.granularity))
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

// ---------------------------------------------------------------------------------------
// Tokens

// ---------------------------------------------------------------------------------------
// The grammar: what an expression says, before it is resolved

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    Day,
    Week,
    Weekend,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
    Hour,
    Minute,
    Second,
}

impl Unit {
    fn code(self) -> &'static str {
        match self {
            Unit::Day => "D",
            Unit::Week | Unit::Weekend => "W",
            Unit::Month => "M",
            Unit::Quarter => "Q",
            Unit::Year => "Y",
            // TimeBank's letters for the units ISO 8601 lacks: E decade, C century
            Unit::Decade => "E",
            Unit::Century => "C",
            Unit::Hour => "H",
            Unit::Minute => "M",
            Unit::Second => "S",
        }
    }
    fn is_time(self) -> bool {
        matches!(self, Unit::Hour | Unit::Minute | Unit::Second)
    }
    /// How many years the unit is, for the units of a year or more.
    fn years(self) -> Option<i32> {
        match self {
            Unit::Year => Some(1),
            Unit::Decade => Some(10),
            Unit::Century => Some(100),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Season {
    Spring,
    Summer,
    Fall,
    Winter,
}

impl Season {
    /// The TIMEX3 code: `SP`, `SU`, `FA`, `WI`.
    fn code(self) -> &'static str {
        match self {
            Season::Spring => "SP",
            Season::Summer => "SU",
            Season::Fall => "FA",
            Season::Winter => "WI",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Core {
    /// A calendar date, possibly partial; a missing year is inferred from the anchor.
    Cal {
        year: Option<i32>,
        month: Option<u32>,
        day: Option<u32>,
    },
    /// `June last year`, `March next year`: a month of the anchor's year, shifted.
    MonthOfYear {
        month: u32,
        day: Option<u32>,
        offset: i32,
    },
    /// `last July` (the most recent one before the anchor), `this September`, `next May`.
    RelMonth {
        month: u32,
        rel: i32,
    },
    Decade(i32),
    /// `'98`: the last year ending in those two digits no more than ten years after the
    /// anchor ("the Crash of '29" read in 1987 is 1929, "since '09" read in 2013 is 2009).
    ShortYear(u32),
    /// `MAY7`, `MAR8`: a futures contract's month, in the first year from the one before
    /// the anchor's that ends in the digit.
    ContractMonth {
        month: u32,
        digit: u32,
    },
    /// A century by its first two digits (the 20th century is 19).
    Century(i32),
    /// `year-end`: the last day of the anchor's year, or of the year before after "since".
    YearEnd {
        since: bool,
        /// "year-end" names the closing day; "year end", "year's end" the end of the year.
        day: bool,
        /// "by year end": the coming one.
        ahead: bool,
    },
    /// `last year's first quarter`, `the second half of next year`: quarter (or half) `n`
    /// of the anchor's year shifted by `years`.
    RelQuarter {
        n: u32,
        half: bool,
        years: i32,
    },
    /// `the 29th`: a day of the month the text named last, else of the publication's
    /// (the month before or after, as the tense says, when the day is not yet or is past).
    DayOfMonth {
        day: u32,
    },
    /// `Tuesday of last week`, `Thursday next week`: that day of the week so many weeks
    /// from the publication's.
    WeekdayOfWeek {
        day: Weekday,
        weeks: i32,
    },
    /// `Monday, July 22`: a day of a month in the year that puts it on that weekday;
    /// `Thursday the 28th` (no month): the month near the anchor that does.
    DayOfWeekday {
        weekday: Weekday,
        month: Option<u32>,
        day: u32,
    },
    Quarter {
        year: Option<i32>,
        q: u32,
        /// "the year-ago third quarter": so many years before the one named.
        years: i32,
        /// "the April-June quarter": named by its months, and so, without a year, the one
        /// nearest the anchor, as a span of months is.
        by_months: bool,
    },
    Half {
        year: Option<i32>,
        h: u32,
    },
    Season {
        year: Option<i32>,
        season: Season,
        rel: Option<i32>,
        /// "the summer of last year": the season of the publication's year so shifted.
        years: i32,
    },
    Weekday {
        day: Weekday,
        rel: Option<i32>,
        /// Counted from the last date the text named ("the previous Friday"), when it named
        /// one, rather than from the publication date.
        from_reference: bool,
    },
    /// `this week`, `last month`, `next year`, `yesterday`: a whole unit relative to the anchor.
    Relative {
        unit: Unit,
        offset: i32,
    },
    /// `two weeks ago`, `a year from now`; `a year earlier` counts from the reference.
    Shifted {
        unit: Unit,
        amount: i64,
        from_reference: bool,
    },
    /// `the week ahead`: the unit that holds the day after the publication.
    Ahead(Unit),
    /// `the decade`, `the century`: the publication's, or, told in the past ("By the end of
    /// the decade it had 500 employees", "later in the decade"), the one of the year the
    /// text named last when that is an earlier one.
    StoryDecade(Unit),
    /// `the new year`: the publication's year up to June, the next one from July.
    NewYear,
    /// `ten years ago today`, `four years ago this week`: the day (week, month) of the
    /// publication so many units back.
    Anniversary {
        unit: Unit,
        amount: i64,
        at: Unit,
    },
    /// `this day in 2003`: the publication's day of the year in that year.
    ThisDayIn(i32),
    /// `that May`, `that summer`, `in June of the same year`, `May of the following year`:
    /// a month, day or season in the year of the last date the text named, shifted by
    /// `years`.
    InThatYear {
        inner: Box<Core>,
        years: i32,
    },
    /// `the following spring`, `the previous December`: the first such month or season
    /// to begin after the last date the text named (`offset` 1), or the last to end before
    /// it (-1).
    NextNamed {
        inner: Box<Core>,
        offset: i32,
    },
    /// `a week from Tuesday`: so long after the coming weekday; `a week ago Wednesday`
    /// (a negative amount): so long before the last one.
    FromWeekday {
        day: Weekday,
        unit: Unit,
        amount: i64,
    },
    /// `in two weeks`: that long after the publication in a clause about the future, else
    /// a length of time ("the first time in five years").
    InTime {
        unit: Unit,
        amount: i64,
    },
    /// `the quarter`, `that year`, `the following month`, `the year-ago period`: a unit of
    /// the last date the text named (`None`: the reference's own unit), shifted.
    Anaphor {
        unit: Option<Unit>,
        years: i32,
        offset: i32,
        /// "the 1988 quarter": the same part of a named year.
        in_year: Option<i32>,
        /// "the same period of 1986": the period named last, not the story's quarter, is
        /// moved to `in_year`.
        same: bool,
    },
    /// `10 p.m. Wednesday`, `noon`, `5 p.m. EST Nov. 9`.
    Clock {
        hour: u32,
        minute: u32,
        day: Option<Box<Expr>>,
    },
    /// `Thursday evening`, `Saturday night`.
    DayPart {
        day: Box<Expr>,
        part: &'static str,
    },
    Duration {
        unit: Unit,
        amount: Option<f64>,
    },
    Reference(&'static str),
    /// `for a while`, `for some time`: a length nobody measured (PXX)
    Unmeasured,
    PartOfDay {
        offset: i32,
        part: &'static str,
    },
    Set(String),
    /// `on a Saturday afternoon`: a day of the week but no particular one
    /// (`XXXX-WXX-6TAF`).
    Unspecified(String),
    /// `Christmas Day`, `Thanksgiving`, `Easter 2013`, `last Labor Day`.
    Holiday {
        holiday: Holiday,
        year: Option<i32>,
        /// `last` (-1), `this` (0) or `next` (1) before the name
        rel: Option<i32>,
    },
}

/// The holidays news dates things by. Those whose day moves are the American ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Holiday {
    /// a fixed day of a month
    Fixed(u32, u32),
    /// the `n`th given weekday of a month; `n` = 5 is the last
    Nth(u32, Weekday, u8),
    /// Election Day: the Tuesday after the first Monday of November
    Election,
    /// days from Easter Sunday: Good Friday is -2
    Easter(i64),
    /// days from Thanksgiving: Black Friday is 1, Cyber Monday 4
    Thanksgiving(i64),
}

impl Holiday {
    fn date(self, year: i32) -> Option<NaiveDate> {
        match self {
            Holiday::Fixed(m, d) => ymd(year, m, d),
            Holiday::Nth(m, day, 5) => NaiveDate::from_weekday_of_month_opt(year, m, day, 5)
                .or_else(|| NaiveDate::from_weekday_of_month_opt(year, m, day, 4)),
            Holiday::Nth(m, day, n) => NaiveDate::from_weekday_of_month_opt(year, m, day, n),
            Holiday::Election => NaiveDate::from_weekday_of_month_opt(year, 11, Weekday::Mon, 1)
                .map(|d| d + Duration::days(1)),
            Holiday::Easter(days) => easter_sunday(year).map(|d| d + Duration::days(days)),
            Holiday::Thanksgiving(days) => {
                NaiveDate::from_weekday_of_month_opt(year, 11, Weekday::Thu, 4)
                    .map(|d| d + Duration::days(days))
            }
        }
    }
}

/// Easter Sunday of a Gregorian year, by the anonymous algorithm (Meeus, "Astronomical
/// Algorithms", ch. 8).
fn easter_sunday(year: i32) -> Option<NaiveDate> {
    let (a, b, c) = (year % 19, year.div_euclid(100), year % 100);
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    ymd(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

#[derive(Debug, Clone, PartialEq)]
struct Expr {
    core: Core,
    modifier: Option<Mod>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mod {
    Start,
    Mid,
    End,
    /// "earlier this year": from the start of the unit to the anchor.
    Earlier,
    /// "later this year": from the anchor to the end of the unit.
    Later,
    /// "the mid-to-late 1990s", "early to mid 2014": from one part to a later one, with the
    /// mod of the later.
    Spanning(Part, Part),
    /// "the first half of the 1990s": a decade's or century's first half, TIMEX `START`.
    FirstHalf,
    /// "the last half of the '80s", TIMEX `END`.
    SecondHalf,
    /// "the first week of April": its first seven days, TIMEX `START`.
    FirstWeek,
    /// "the last week of the year": its last seven days, TIMEX `END`.
    LastWeek,
    /// "the first day of April": that day.
    FirstDay,
    /// "the last day of February": that day.
    LastDay,
    /// "the second week of March": the ISO week holding most of its days 8 to 14.
    NthWeek(u32),
    /// "the week of April 8": the ISO week of that day.
    WeekOf,
    /// "the first Monday in September", "the last weekend of July", "the last business
    /// day of February": that day (or weekend) of the period, the `n`th from its start, or
    /// the last when `n` is 0.
    NthDay {
        n: u32,
        day: DayOf,
    },
    /// "the turn of the century": the year it turns, give or take one, TIMEX `APPROX`;
    /// the turn of the present century (or decade) is the nearer of its two.
    Turn {
        nearest: bool,
    },
}

/// A part of a period that "early", "mid" and "late" name, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Part {
    Start,
    Mid,
    End,
}

impl Part {
    fn of(m: Mod) -> Option<Part> {
        match m {
            Mod::Start => Some(Part::Start),
            Mod::Mid => Some(Part::Mid),
            Mod::End => Some(Part::End),
            _ => None,
        }
    }

    fn modifier(self) -> Mod {
        match self {
            Part::Start => Mod::Start,
            Part::Mid => Mod::Mid,
            Part::End => Mod::End,
        }
    }
}

/// The kind of day `Mod::NthDay` counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DayOf {
    Weekday(Weekday),
    Weekend,
    /// A business, trading or working day: Monday to Friday (public holidays are not
    /// known).
    Business,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tense {
    /// A verb in the past tense governs the expression: "changed ... in December".
    Past,
    /// A period named by the day it ended, "the year ended March 28": in the past, or up to
    /// a month ahead in a report written before the period closed.
    Ended,
    /// Nothing says: most news reports what happened, but not all of it.
    Unmarked,
    Future,
}

fn month_of(word: &str) -> Option<u32> {
    Some(match word {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sept" | "sep" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    })
}

/// The month a token names: not a lowercase "may" or "march", which is the verb ("this
/// may be wrong", "the remaining 26 may opt out", "each may practice").
fn month_named(t: &Tok<'_>) -> Option<u32> {
    month_of(&t.lower)
        .filter(|_| t.is_capitalised() || !matches!(t.lower.as_ref(), "may" | "march"))
}

/// Whether "overnight" at the cursor is the night just gone: right after a verb in the past
/// or its object, before a full stop or a preposition ("Clashes erupted again overnight",
/// "bought 8,000 tonnes of rapeseed overnight for May shipment"), or before what happened in
/// it ("the overnight attack", "overnight losses in New York"); not the speed of "cannot be
/// done overnight", nor the tenor of "overnight call money rates", "offers of overnight".
fn last_night(c: &Cursor<'_, '_>) -> bool {
    let at = c.i;
    if at == 0 {
        return false;
    }
    let before = || before_in_sentence(c.toks, at, 5).take_while(|&k| c.toks[k].text != ",");
    let denied = |k: usize| {
        let w = c.toks[k].lower.as_ref();
        denies(w) || matches!(w, "can" | "cannot")
    };
    if before().any(denied) {
        return false;
    }
    let next = c.peek_at(1);
    let happened = next.is_some_and(|t| {
        matches!(
            t.lower.as_ref(),
            "losses"
                | "gains"
                | "fall"
                | "decline"
                | "attack"
                | "attacks"
                | "assault"
                | "raid"
                | "raids"
                | "fighting"
                | "clashes"
                | "shelling"
                | "bombing"
                | "storm"
                | "snowstorm"
        )
    });
    // (a verb in the past, not the passive of "if the exchanges are closed overnight")
    let told = |k: usize| {
        past_verb(c.toks, k) && !(k > 0 && matches!(c.toks[k - 1].lower.as_ref(), "is" | "are"))
    };
    let prev = &c.toks[at - 1];
    let adverb = prev.kind == Kind::Word
        && !PREPOSITIONS.contains(&prev.lower.as_ref())
        && !determiner(&prev.lower)
        && !matches!(prev.lower.as_ref(), "another" | "and" | "or")
        && next.is_none_or(|t| {
            (t.kind == Kind::Punct && t.text != "-" && t.text != "/")
                || (PREPOSITIONS.contains(&t.lower.as_ref()) && !t.is("to"))
        })
        && before().take(4).any(told);
    happened || adverb
}

/// Eats the full stop after an abbreviated month ("Sept."), never the one that ends a
/// sentence after a whole name ("in July.").
fn eat_abbreviation_dot(c: &mut Cursor<'_, '_>, month: &str) {
    if month.len() <= 4 && !matches!(month, "may" | "june" | "july") {
        c.eat_glued(".");
    }
}

fn weekday_of(word: &str) -> Option<Weekday> {
    Some(match word {
        "monday" | "mon" => Weekday::Mon,
        "tuesday" | "tues" | "tue" => Weekday::Tue,
        "wednesday" | "wed" => Weekday::Wed,
        "thursday" | "thurs" | "thu" => Weekday::Thu,
        "friday" | "fri" => Weekday::Fri,
        "saturday" | "sat" => Weekday::Sat,
        "sunday" | "sun" => Weekday::Sun,
        _ => return None,
    })
}

/// A weekday in the plural, written out: `Mondays`.
fn weekdays_of(word: &str) -> Option<Weekday> {
    word.strip_suffix('s')
        .filter(|w| w.ends_with("day"))
        .and_then(weekday_of)
}

fn unit_of(word: &str) -> Option<Unit> {
    Some(match word {
        "day" | "days" => Unit::Day,
        "week" | "weeks" => Unit::Week,
        "weekend" | "weekends" => Unit::Weekend,
        "month" | "months" => Unit::Month,
        "quarter" | "quarters" => Unit::Quarter,
        "year" | "years" => Unit::Year,
        "decade" | "decades" => Unit::Decade,
        "century" | "centuries" => Unit::Century,
        "hour" | "hours" => Unit::Hour,
        "minute" | "minutes" => Unit::Minute,
        // (the plural only: "a second" is most often the ordinal, "a second term")
        "seconds" => Unit::Second,
        _ => return None,
    })
}

/// A month or a season with its year still to find: what "that", "the following" or "the
/// previous" can name.
fn named_in_year(t: &Tok<'_>) -> Option<Core> {
    if let Some(month) = month_of(&t.lower).filter(|_| t.is_capitalised()) {
        return Some(Core::Cal {
            year: None,
            month: Some(month),
            day: None,
        });
    }
    Some(Core::Season {
        year: None,
        season: season_of(&t.lower)?,
        rel: None,
        years: 0,
    })
}

fn season_of(word: &str) -> Option<Season> {
    Some(match word {
        "spring" => Season::Spring,
        "summer" => Season::Summer,
        "fall" | "autumn" => Season::Fall,
        "winter" => Season::Winter,
        _ => return None,
    })
}

/// Cardinal number words used in durations and "ago" expressions ("a year", "two weeks").
pub(crate) fn small_number(word: &str) -> Option<f64> {
    match word {
        "a" | "an" => Some(1.0),
        "hundred" => Some(100.0),
        _ => super::spoken::unit_word(word),
    }
}

fn ordinal_of(word: &str) -> Option<u32> {
    Some(match word {
        "first" | "1st" => 1,
        "second" | "2nd" => 2,
        "third" | "3rd" => 3,
        "fourth" | "4th" => 4,
        _ => return None,
    })
}

struct Cursor<'t, 'a> {
    toks: &'t [Tok<'a>],
    i: usize,
}

impl<'a> Cursor<'_, 'a> {
    fn peek(&self) -> Option<&Tok<'a>> {
        self.toks.get(self.i)
    }
    fn peek_at(&self, k: usize) -> Option<&Tok<'a>> {
        self.toks.get(self.i + k)
    }
    fn eat(&mut self, word: &str) -> bool {
        if self.peek().is_some_and(|t| t.is(word)) {
            self.i += 1;
            true
        } else {
            false
        }
    }
    /// Eats `'s` (or `’s`, or a bare `'`) glued to the previous token: `Year's`,
    /// `Presidents'`. Whether there was one.
    fn eat_possessive(&mut self) -> bool {
        let apostrophe = self.eat_glued("'") || self.eat_glued("’");
        if apostrophe {
            self.eat_glued("s");
        }
        apostrophe
    }
    /// Eats a `-` or `.` that is glued to the previous token.
    fn eat_glued(&mut self, punct: &str) -> bool {
        if self.peek().is_some_and(|t| t.text == punct && !t.spaced) {
            self.i += 1;
            true
        } else {
            false
        }
    }
    /// Whether these words come next, from the cursor on.
    fn at_words(&self, words: &[&str]) -> bool {
        words
            .iter()
            .enumerate()
            .all(|(k, w)| self.peek_at(k).is_some_and(|t| t.is(w)))
    }
    /// Eats "fiscal", or the British "financial" before "year": "the current financial
    /// year" is a company's or a government's year as "the current fiscal year" is; and
    /// "calendar" there ("this calendar year").
    fn eat_fiscal(&mut self) -> bool {
        self.eat("fiscal")
            || (self.peek_at(1).is_some_and(|t| t.is("year"))
                && (self.eat("financial") || self.eat("calendar")))
    }
    fn eat_any(&mut self, words: &[&str]) -> Option<String> {
        let t = self.peek()?;
        if words.contains(&t.lower.as_ref()) {
            let w = t.lower.to_string();
            self.i += 1;
            Some(w)
        } else {
            None
        }
    }
}

/// Every word the grammar compares a token with. An expression can only start at a number,
/// an apostrophe ("'80s") or a word the grammar knows: the parsers are tried only there
/// (trying all of them at every token was most of the cost of tagging). A test keeps this
/// list a superset of the words in this file.
const GRAMMAR_WORDS: &[&str] = &[
    "a",
    "about",
    "additional",
    "af",
    "after",
    "afternoon",
    "ago",
    "almost",
    "am",
    "an",
    "and",
    "approx",
    "apr",
    "april",
    "are",
    "as",
    "aug",
    "august",
    "autumn",
    "before",
    "beginning",
    "business",
    "by",
    "calendar",
    "cdt",
    "centuries",
    "century",
    "close",
    "coming",
    "comparable",
    "corresponding",
    "couple",
    "cst",
    "current",
    "currently",
    "d",
    "daily",
    "day",
    "daylong",
    "days",
    "dec",
    "decade",
    "decades",
    "december",
    "during",
    "each",
    "earlier",
    "early",
    "edt",
    "eighteen",
    "eighteenth",
    "eighth",
    "eighties",
    "eleventh",
    "end",
    "ended",
    "ending",
    "est",
    "et",
    "ev",
    "evening",
    "every",
    "expected",
    "expects",
    "extra",
    "fa",
    "fall",
    "feb",
    "february",
    "few",
    "fifteenth",
    "fifth",
    "fifties",
    "first",
    "fiscal",
    "following",
    "for",
    "formerly",
    "forties",
    "fourteenth",
    "fourth",
    "fri",
    "friday",
    "from",
    "full",
    "future",
    "fy",
    "gmt",
    "h",
    "had",
    "half",
    "hour",
    "hours",
    "hundred",
    "in",
    "is",
    "jan",
    "january",
    "jul",
    "july",
    "jun",
    "june",
    "last",
    "late",
    "lately",
    "later",
    "latest",
    "latter",
    "lowercase",
    "m",
    "many",
    "mar",
    "march",
    "may",
    "mid",
    "midday",
    "middle",
    "midmonth",
    "midnight",
    "midweek",
    "midyear",
    "minute",
    "minutes",
    "mo",
    "mod",
    "moments",
    "mon",
    "monday",
    "month",
    "monthlong",
    "months",
    "more",
    "morning",
    "most",
    "nd",
    "near",
    "nearly",
    "next",
    "ni",
    "night",
    "nineteen",
    "nineteenth",
    "nineties",
    "ninth",
    "noon",
    "nov",
    "november",
    "now",
    "nowadays",
    "oct",
    "october",
    "of",
    "old",
    "on",
    "one",
    "over",
    "overnight",
    "p",
    "past",
    "pdt",
    "period",
    "planned",
    "plans",
    "pm",
    "possible",
    "preceding",
    "present",
    "presently",
    "previous",
    "previously",
    "prior",
    "pst",
    "q",
    "quarter",
    "quarterly",
    "quarters",
    "rd",
    "recent",
    "recently",
    "s",
    "same",
    "sat",
    "saturday",
    "scheduled",
    "second",
    "sep",
    "sept",
    "september",
    "set",
    "seventeenth",
    "seventh",
    "seventies",
    "several",
    "shall",
    "short",
    "since",
    "sixteenth",
    "sixth",
    "sixties",
    "some",
    "someday",
    "soon",
    "sp",
    "spring",
    "st",
    "start",
    "su",
    "summer",
    "sun",
    "sunday",
    "tenth",
    "term",
    "th",
    "than",
    "that",
    "the",
    "these",
    "third",
    "thirteenth",
    "thirties",
    "thirtieth",
    "this",
    "thousand",
    "thu",
    "thurs",
    "thursday",
    "till",
    "to",
    "today",
    "tomorrow",
    "tonight",
    "trading",
    "tue",
    "tues",
    "tuesday",
    "twelfth",
    "twenties",
    "twentieth",
    "two",
    "type",
    "until",
    "upcoming",
    "uppercase",
    "utc",
    "w",
    "we",
    "wed",
    "wednesday",
    "week",
    "weekend",
    "weekends",
    "weeklong",
    "weeks",
    "wi",
    "will",
    "winter",
    "within",
    "working",
    "x",
    "xx",
    "xxxx",
    "y",
    "year",
    "yearlong",
    "years",
    "yesterday",
];

/// Whether an expression may start at `t` (see [`GRAMMAR_WORDS`]).
fn may_start(t: &Tok<'_>) -> bool {
    match t.kind {
        Kind::Num => true,
        Kind::Punct => t.text == "'" || t.text == "’",
        Kind::Word => {
            let w = t.lower.as_ref();
            // A hash lookup: a binary search over the list was a sixth of all tagging time.
            static GRAMMAR: std::sync::LazyLock<rustc_hash::FxHashSet<&str>> =
                std::sync::LazyLock::new(|| GRAMMAR_WORDS.iter().copied().collect());
            GRAMMAR.contains(w)
                || small_number(w).is_some()
                || month_of(w).is_some()
                || weekday_of(w).is_some()
                || weekdays_of(w).is_some()
                || unit_of(w).is_some()
                || season_of(w).is_some()
                || part_of_day(w).is_some()
                || ordinal_of(w).is_some()
                || holiday_may_start(t)
                || matches!(w, "once" | "twice" | "thrice")
        }
    }
}

fn parse_at(toks: &[Tok<'_>], i: usize) -> Option<(usize, Expr)> {
    if !may_start(toks.get(i)?) {
        return None;
    }
    // the last digits of "3,935,969" or "9.75" are no count of years
    if toks[i].kind == Kind::Num
        && i >= 2
        && matches!(toks[i - 1].text, "," | ".")
        && !toks[i - 1].spaced
        && !toks[i].spaced
        && toks[i - 2].kind == Kind::Num
    {
        return None;
    }
    // "<DEC>": a company's code, as the wire writes it
    if i > 0 && toks[i - 1].text == "<" && !toks[i].spaced {
        return None;
    }
    let mut best: Option<(usize, Expr)> = None;
    for parser in PARSERS {
        let mut c = Cursor { toks, i };
        if let Some(expr) = parser(&mut c)
            && c.i > i
            && best.as_ref().is_none_or(|(end, _)| c.i > *end)
        {
            best = Some((c.i, expr));
        }
    }
    // "the last day of the term", "the last week of the campaign", "the last day for its
    // stock to be traded": a day or week of an event, not of the calendar (from "the" or
    // from "last"); "It's the second day of an offensive" is the publication's day (but
    // "over the last day for the first time" is a length)
    let the = if toks[i].is("the") {
        i
    } else {
        i.saturating_sub(1)
    };
    // (the rarest word first: this runs at every word that may start an expression)
    let of_an_event = toks
        .get(the + 2)
        .is_some_and(|t| t.is("day") || t.is("week"))
        && toks.get(the + 3).is_some_and(|t| {
            t.is("of")
                || (t.is("for")
                    && toks[the + 2].is("day")
                    && toks.get(the + 4).is_some_and(|n| !n.is("the")))
        })
        && toks[the].is("the")
        && best.as_ref().is_none_or(|(end, _)| *end <= the + 3)
        && toks.get(the + 1).is_some_and(|t| {
            ordinal_of(&t.lower).is_some()
                || matches!(t.lower.as_ref(), "last" | "final" | "opening" | "closing")
        });
    if of_an_event {
        // (it is, today is, it's; not "Friday is the last day for filing")
        let present = (the > 1
            && toks[the - 1].is("is")
            && matches!(toks[the - 2].lower.as_ref(), "it" | "today" | "this"))
            || (the > 2 && toks[the - 1].is("s") && toks[the - 3].is("it"));
        if !(present && the == i && toks[the + 2].is("day")) {
            return None;
        }
        let today = Core::Relative {
            unit: Unit::Day,
            offset: 0,
        };
        return plain(today).map(|e| (the + 3, e));
    }
    // "the quarter-to-quarter comparison", "year-over-year growth": a compound word (but
    // "the year-to-date" is this year so far)
    let end = best.as_ref()?.0;
    let glued = |k: usize, words: &[&str]| {
        toks.get(k)
            .is_some_and(|t| !t.spaced && words.contains(&t.lower.as_ref()))
    };
    if glued(end, &["-"])
        && glued(end + 1, &["to", "over", "on"])
        && glued(end + 2, &["-"])
        && !glued(end + 3, &["date"])
    {
        return None;
    }
    // "the September 11 attacks": the day that names them, in 2001
    let (end, mut expr) = best?;
    if let Core::Cal {
        year: year @ None,
        month: Some(9),
        day: Some(11),
    } = &mut expr.core
        && toks.get(end).is_some_and(|t| {
            t.lower.starts_with("attack")
                || t.lower.starts_with("terror")
                || t.lower.starts_with("hijack")
        })
    {
        *year = Some(2001);
    }
    Some((end, expr))
}

type Parser = fn(&mut Cursor<'_, '_>) -> Option<Expr>;

const PARSERS: &[Parser] = &[
    anaphor,
    clock,
    spelled_year,
    modified,
    calendar,
    numeric_date,
    relative,
    shifted_or_duration,
    vague_duration,
    reference_word,
    decade,
    century,
    quarter,
    period_code,
    set,
    holiday,
    lasting_a_unit,
    day_of_the_month,
    this_day,
];

/// `this day in 2003`, `this date in 1999`: the publication's day in that year; `this time
/// last year`, `this time a year ago`: the publication's day a year back (`next year`, a
/// year ahead); `the same time last year`: the date the text named last, a year back.
fn this_day(c: &mut Cursor<'_, '_>) -> Option<Expr> {
    let same = c.at_words(&["the", "same", "time"]);
    if same {
        c.i += 2;
    } else if !c.eat("this") {
        return None;
    }
    let what = c.eat_any(&["day", "date", "time"])?;
    if what != "time" {
        c.eat("in").then_some(())?;
        let year = c.peek().and_then(year_token)?;
        c.i += 1;
        return plain(Core::ThisDayIn(year));
    }
    let amount = match (c.peek(), c.peek_at(1), c.peek_at(2)) {
        (Some(a), Some(y), Some(ago)) if a.is("a") && y.is("year") && ago.is("ago") => {
            c.i += 1;
            -1
        }
        (Some(w), Some(y), _) if y.is("year") => match this_last_next(&w.lower)? {
            0 => return None,
            n => i64::from(n),
        },
        _ => return None,
    };
    c.i += 2;
    // ("at the same time last year" after "by October 1": that day a year back)
    if same {
        return plain(Core::Shifted {
            unit: Unit::Year,
            amount,
            from_reference: true,
        });
    }
    plain(Core::Anniversary {
        unit: Unit::Year,
        amount,
        at: Unit::Day,
    })
}

/// `the 29th`, `on the 19th`: a day of the month the text speaks of (not "the 19th
/// century", "the 10th anniversary", "the 29th of March", which the calendar reads).
fn day_of_the_month(c: &mut Cursor<'_, '_>) -> Option<Expr> {
    let start = c.i;
    let day = the_nth(c)?;
    let alone = c.peek().is_none_or(|n| {
        (n.kind == Kind::Punct && !matches!(n.text, "-" | "/" | "%"))
            || matches!(
                n.lower.as_ref(),
                "and" | "or" | "at" | "when" | "until" | "but" | "in"
            )
    });
    // ("occupy the 17th through 21st floors")
    if !alone {
        c.i = start;
        return None;
    }
    plain(Core::DayOfMonth { day })
}

/// `the 29th`: the day, with the cursor after it.
fn the_nth(c: &mut Cursor<'_, '_>) -> Option<u32> {
    if !c.peek()?.is("the") {
        return None;
    }
    let t = c.peek_at(1)?;
    let day = t
        .num()
        .filter(|d| t.kind == Kind::Num && t.text.len() <= 2 && (1..=31).contains(d))?;
    c.peek_at(2)
        .filter(|s| !s.spaced && matches!(s.lower.as_ref(), "st" | "nd" | "rd" | "th"))?;
    c.i += 3;
    Some(day)
}

/// `a month-long strike`, `a weeklong visit`: a period of one unit.
fn lasting_a_unit(c: &mut Cursor<'_, '_>) -> Option<Expr> {
    let t = c.peek()?.clone();
    let unit = match t.lower.as_ref() {
        "daylong" => Unit::Day,
        "weeklong" => Unit::Week,
        "monthlong" => Unit::Month,
        "yearlong" => Unit::Year,
        w => {
            let unit = unit_of(w).filter(|u| !w.ends_with('s') && *u != Unit::Weekend)?;
            let start = c.i;
            c.i += 1;
            if !(c.eat_glued("-") && c.peek().is_some_and(|t| t.is("long") && !t.spaced)) {
                c.i = start;
                return None;
            }
            unit
        }
    };
    c.i += 1;
    plain(Core::Duration {
        unit,
        amount: Some(1.0),
    })
}

fn plain(core: Core) -> Option<Expr> {
    Some(Expr {
        core,
        modifier: None,
    })
}

/// `early May`, `mid-May`, `late last year`, `the end of 1990`, `earlier this year`.
fn modified(c: &mut Cursor<'_, '_>) -> Option<Expr> {
    let since = c.i > 0 && c.toks[c.i - 1].is("since");
    // "the late 1970s", "the early summer": the article belongs to a decade, century or
    // season (not to "the late May rally", which is tagged from "late")
    let the = c.peek().is_some_and(|t| t.is("the"))
        && c.peek_at(1)
            .is_some_and(|t| matches!(t.lower.as_ref(), "early" | "mid" | "late"))
        // ("the early hours of Sunday", "the early part of the year" are edges, see
        // `edge_of`)
        && !c.peek_at(2).is_some_and(|t| part_of_a_period(&t.lower));
    c.i += usize::from(the);
    if !the && let Some(e) = middle_of_the_present(c) {
        return Some(e);
    }
    // ("late-2018", "early-2021", as "mid-2020")
    let mut modifier = if c.eat("early") || c.eat("beginning") {
        c.eat_glued("-");
        Mod::Start
    } else if c.eat("mid") || c.eat("middle") {
        c.eat_glued("-");
        Mod::Mid
    } else if c.eat("late") {
        c.eat_glued("-");
        Mod::End
    } else if c.peek().is_some_and(|t| t.is("end"))
        && c.peek_at(1).is_some_and(|t| t.text == "-" && !t.spaced)
    {
        // "end-March", "end-1987" (wire style)
        c.i += 2;
        Mod::End
    } else if c.peek().is_some_and(|t| t.is("end"))
        && c.i > 0
        && matches!(
            c.toks[c.i - 1].lower.as_ref(),
            "at" | "by" | "to" | "until" | "from" | "since" | "before" | "after"
        )
        && c.peek_at(1)
            .is_some_and(|t| month_of(&t.lower).is_some() || year_token(t).is_some())
        // (not the verb of "the year to end July 31, 1987")
        && c.peek_at(2).is_none_or(|t| t.kind != Kind::Num || !t.spaced)
    {
        // "stood at end August", "by end 1987" (wire style, unhyphenated)
        c.i += 1;
        Mod::End
    } else if c.eat("earlier") {
        Mod::Earlier
    } else if c.eat("later") {
        Mod::Later
    } else if c.eat("the") {
        edge_of(c)?
    } else {
        return None;
    };
    // "the mid-to-late 1990s", "early to mid 2014": from one part to a later one
    if let Some(from) = Part::of(modifier) {
        let save = c.i;
        c.eat_glued("-");
        let to = if c.eat("to") {
            c.eat_glued("-");
            if c.eat("mid") {
                c.eat_glued("-");
                Some(Part::Mid)
            } else if c.eat("late") {
                Some(Part::End)
            } else {
                None
            }
        } else {
            None
        };
        match to {
            Some(to) if to > from => modifier = Mod::Spanning(from, to),
            _ => c.i = save,
        }
    }
    // "earlier in 2018", "early in the year", "late on Thursday" (not "early on, he", nor
    // the adverb of "can be redeemed early on April 10, 1991", nor the verb of "beginning
    // on April 3")
    if !c.eat("in")
        && matches!(c.toks[c.i - 1].lower.as_ref(), "early" | "late")
        && c.peek().is_some_and(|t| t.is("on"))
        && c.peek_at(1)
            .is_some_and(|t| t.is_capitalised() && weekday_of(&t.lower).is_some())
    {
        c.i += 1;
    }
    let mut inner = None;
    // "the turn of the millennium": of the one news lives in, 2000
    if matches!(modifier, Mod::Turn { .. })
        && c.peek().is_some_and(|t| t.is("the"))
        && c.peek_at(1).is_some_and(|t| t.is("millennium"))
    {
        inner = Some((c.i + 2, plain(Core::Century(20))?));
    }
    for parser in [calendar, relative, quarter, decade, century, anaphor] {
        let mut probe = Cursor {
            toks: c.toks,
            i: c.i,
        };
        if let Some(e) = parser(&mut probe)
            && inner.as_ref().is_none_or(|(end, _)| probe.i > *end)
        {
            inner = Some((probe.i, e));
        }
    }
    let (end, e) = inner?;
    // "the last half of the '80s", "the second half of March": a half of a decade, century
    // or month is its start or end (a half of a year is H1 or H2, see `quarter`)
    let halves = matches!(modifier, Mod::FirstHalf | Mod::SecondHalf);
    // ("the first half of the decade": the publication's)
    let whole = matches!(
        e.core,
        Core::Decade(_)
            | Core::Century(_)
            | Core::StoryDecade(_)
            | Core::Relative {
                unit: Unit::Decade | Unit::Century,
                ..
            }
    );
    // ("during the first half of the month")
    let month = matches!(
        e.core,
        Core::Cal {
            month: Some(_),
            day: None,
            ..
        } | Core::MonthOfYear { day: None, .. }
            | Core::Relative {
                unit: Unit::Month,
                ..
            }
            | Core::Anaphor {
                unit: Some(Unit::Month),
                ..
            }
    );
    let season = matches!(e.core, Core::Season { .. });
    if e.modifier.is_some() || (halves && !(whole || month)) || (the && !(whole || season)) {
        return None;
    }
    match (&modifier, &e.core) {
        // "earlier Sunday", "later yesterday", "later this afternoon": that day, the
        // word only orders the events in it
        (
            Mod::Earlier | Mod::Later,
            Core::Relative {
                unit: Unit::Day, ..
            }
            | Core::Weekday { rel: None, .. }
            | Core::PartOfDay { .. }
            // ("earlier in the day")
            | Core::Anaphor {
                unit: Some(Unit::Day),
                years: 0,
                offset: 0,
                in_year: None,
                same: false,
            },
        ) => {
            c.i = end;
            return Some(e);
        }
        (
            Mod::Earlier | Mod::Later,
            Core::Relative { offset: 0, .. } | Core::StoryDecade(_),
        ) => {}
        (Mod::Earlier | Mod::Later, Core::Cal { month: None, .. }) => {}
        // "earlier in the year", "later in the week"
        (
            Mod::Earlier | Mod::Later,
            Core::Anaphor {
                unit: Some(Unit::Year | Unit::Month | Unit::Week),
                years: 0,
                offset: 0,
                in_year: None,
                same: false,
            },
        ) => {}
        (Mod::Earlier | Mod::Later, _) => return None,
        // a week of a day; the nth week of a month or year
        (
            Mod::WeekOf,
            Core::Cal { day: Some(_), .. }
            | Core::DayOfWeekday { .. }
            | Core::Holiday { .. }
            | Core::MonthOfYear { day: Some(_), .. },
        ) => {}
        // ... and its nth weekday ("the first trading day of 1988")
        (
            Mod::NthWeek(_) | Mod::NthDay { .. },
            Core::Cal { day: None, .. }
            | Core::RelMonth { .. }
            | Core::MonthOfYear { day: None, .. }
            | Core::Relative {
                unit: Unit::Month | Unit::Year,
                ..
            }
            | Core::Anaphor {
                unit: Some(Unit::Month | Unit::Year),
                ..
            },
        ) => {}
        (Mod::WeekOf | Mod::NthWeek(_) | Mod::NthDay { .. }, _) => return None,
        // the turn of a century or decade
        (Mod::Turn { .. }, Core::Century(_) | Core::Decade(_)) => {}
        (
            Mod::Turn { .. },
            Core::Relative {
                unit: Unit::Century | Unit::Decade,
                offset: 0,
            }
            | Core::StoryDecade(_),
        ) => modifier = Mod::Turn { nearest: true },
        (Mod::Turn { .. }, _) => return None,
        _ => {}
    }
    c.i = end;
    // "have risen since the start of the year": a span to the present begins in the
    // publication's year, whatever year the text named last
    let core = match e.core {
        Core::Anaphor {
            unit: Some(unit),
            years: 0,
            offset: 0,
            in_year: None,
            same: false,
        } if since && modifier == Mod::Start => Core::Relative { unit, offset: 0 },
        core => core,
    };
    Some(Expr {
        core,
        modifier: Some(modifier),
    })
}

/// `by mid-century`, `mid-year`, `midyear`, `midweek`: the middle of the publication's
/// year, week, month, decade or century (not "mid-year results" nor "a midweek meeting",
/// adjectives).
fn middle_of_the_present(c: &mut Cursor<'_, '_>) -> Option<Expr> {
    let save = c.i;
    let glued = (c.eat("mid") || c.eat("middle")) && c.eat_glued("-");
    if !glued {
        c.i = save;
    }
    let Some(t) = c.peek() else {
        c.i = save;
        return None;
    };
    let unit = if glued {
        unit_of(&t.lower).filter(|u| {
            !t.lower.ends_with('s')
                && matches!(
                    u,
                    Unit::Year | Unit::Month | Unit::Week | Unit::Decade | Unit::Century
                )
        })
    } else {
        match t.lower.as_ref() {
            "midyear" => Some(Unit::Year),
            "midweek" => Some(Unit::Week),
            "midmonth" => Some(Unit::Month),
            _ => None,
        }
    };
    // (a determiner opens the clause: "By mid-century the population will double"; after a
    // preposition, a conjunction or another goes on with it: "installed in mid-year and
    // replaced", but not the fare of "499 dlrs midweek and 549 dlrs on weekends")
    let after_preposition = || save > 0 && PREPOSITIONS.contains(&c.toks[save - 1].lower.as_ref());
    let adjective = || {
        c.peek_at(1).is_some_and(|t| {
            t.kind == Kind::Word
                && t.text.starts_with(|ch: char| ch.is_ascii_lowercase())
                && !determiner(&t.lower)
                && !((matches!(t.lower.as_ref(), "and" | "or" | "but")
                    || PREPOSITIONS.contains(&t.lower.as_ref()))
                    && after_preposition())
        })
    };
    let Some(unit) = unit.filter(|_| !adjective()) else {
        c.i = save;
        return None;
    };
    c.i += 1;
    Some(Expr {
        core: Core::Relative { unit, offset: 0 },
        modifier: Some(Mod::Mid),
    })
}

/// A word for a stretch of a period after "early", "final", "latter": "the early hours",
/// "the final months", "the latter part", "the early stages".
fn part_of_a_period(word: &str) -> bool {
    matches!(
        word,
        "hours" | "days" | "weeks" | "months" | "years" | "part" | "stages"
    )
}

/// After "the": `end of`, `beginning of`, `middle of`, and "the final months of 1986",
/// "the early days of January", "the early hours of this morning", "the latter part of the
/// year": the part of the period named after.
fn edge_of(c: &mut Cursor<'_, '_>) -> Option<Mod> {
    if c.peek_at(1).is_some_and(|t| t.is("half")) && c.peek_at(2).is_some_and(|t| t.is("of")) {
        let m = match c.peek()?.lower.as_ref() {
            "first" => Mod::FirstHalf,
            "second" | "last" | "latter" => Mod::SecondHalf,
            _ => return None,
        };
        c.i += 3;
        return Some(m);
    }
    let edge = match c.peek()?.lower.as_ref() {
        "early" | "first" | "opening" => Some(Mod::Start),
        "final" | "last" | "closing" | "late" | "latter" | "later" | "dying" => Some(Mod::End),
        _ => None,
    };
    // "the first Monday in September", "the last weekend of July", "the last business day
    // of February"
    let nth = match c.peek()?.lower.as_ref() {
        "last" | "final" => Some(0),
        w => ordinal_of(w),
    };
    if let Some(n) = nth {
        let next = c.peek_at(1)?;
        let day = if let Some(w) = weekday_of(&next.lower).filter(|_| next.is_capitalised()) {
            Some((DayOf::Weekday(w), 2))
        } else if next.is("weekend") {
            Some((DayOf::Weekend, 2))
        } else if matches!(next.lower.as_ref(), "business" | "trading" | "working")
            && c.peek_at(2).is_some_and(|t| t.is("day"))
        {
            Some((DayOf::Business, 3))
        } else {
            None
        };
        if let Some((day, words)) = day
            && c.peek_at(words).is_some_and(|t| t.is("of") || t.is("in"))
        {
            c.i += words + 1;
            return Some(Mod::NthDay { n, day });
        }
    }
    // "the week of April 8"; "the second week of March"
    if c.peek().is_some_and(|t| t.is("week")) && c.peek_at(1).is_some_and(|t| t.is("of")) {
        c.i += 2;
        return Some(Mod::WeekOf);
    }
    // ("the third week in April", "the first week in July": "in" before a month, not "the
    // first week in office")
    let of_period = |c: &Cursor<'_, '_>| {
        c.peek_at(2).is_some_and(|t| t.is("of"))
            || (c.peek_at(2).is_some_and(|t| t.is("in"))
                && c.peek_at(3)
                    .is_some_and(|m| m.is_capitalised() && month_of(&m.lower).is_some()))
    };
    if let Some(n) = c
        .peek()
        .and_then(|t| ordinal_of(&t.lower))
        .filter(|&n| n > 1)
        && c.peek_at(1).is_some_and(|t| t.is("week"))
        && of_period(c)
    {
        c.i += 3;
        return Some(Mod::NthWeek(n));
    }
    // "the first week of April", "the last week of the year": its first or last seven
    // days; "the last day of February": that day
    if let Some(week) = c
        .peek_at(1)
        .and_then(|t| (t.is("week") || t.is("day")).then(|| t.is("week")))
        && of_period(c)
    {
        let first = match c.peek()?.lower.as_ref() {
            "first" | "opening" => true,
            "last" | "final" | "closing" => false,
            _ => return None,
        };
        c.i += 3;
        return Some(match (week, first) {
            (true, true) => Mod::FirstWeek,
            (true, false) => Mod::LastWeek,
            (false, true) => Mod::FirstDay,
            (false, false) => Mod::LastDay,
        });
    }
    if let Some(m) = edge
        && c.peek_at(1).is_some_and(|t| part_of_a_period(&t.lower))
        && c.peek_at(2).is_some_and(|t| t.is("of"))
    {
        c.i += 3;
        return Some(m);
    }
    let m = match c
        .eat_any(&["end", "beginning", "start", "middle", "close", "turn"])?
        .as_str()
    {
        "end" | "close" => Mod::End,
        "middle" => Mod::Mid,
        "turn" => Mod::Turn { nearest: false },
        _ => Mod::Start,
    };
    c.eat("of").then_some(m)
}

/// Month names, weekdays, seasons and years: `May 16, 2019`, `16 May 2019`, `May 2019`,
/// `May`, `Wednesday`, `last July`, `this summer`, `2017`, `fiscal 1998`.
fn calendar(c: &mut Cursor<'_, '_>) -> Option<Expr> {
    let start = c.i;
    // this/last/next + month|weekday|season
    let mut rel = match c.peek().map(|t| t.lower.as_ref()) {
        Some("last" | "past" | "previous") => Some(-1),
        Some("this" | "current") => Some(0),
        Some("next" | "coming") => Some(1),
        _ => None,
    };
    if rel.is_some() {
        c.i += 1;
        // "this coming Sunday", "this past Sunday"
        if rel == Some(0) && c.eat("coming") {
            rel = Some(1);
        } else if rel == Some(0)
            && c.peek().is_some_and(|t| t.is("past"))
            && c.peek_at(1).is_some_and(|t| weekday_of(&t.lower).is_some())
        {
            c.i += 1;
            rel = Some(-1);
        }
        let t = c.peek()?.clone();
        if let Some(day) = weekday_of(&t.lower) {
            c.i += 1;
            let weekday = Core::Weekday {
                day,
                rel,
                from_reference: false,
            };
            // "last Thursday night"
            if let Some(part) = c.peek().and_then(|t| part_of_day(&t.lower)) {
                c.i += 1;
                return plain(Core::DayPart {
                    day: Box::new(Expr {
                        core: weekday,
                        modifier: None,
                    }),
                    part,
                });
            }
            return explicit_date_after(c, day).or_else(|| plain(weekday));
        }
        if let Some(season) = season_of(&t.lower) {
            c.i += 1;
            return plain(Core::Season {
                year: None,
                season,
                rel,
                years: 0,
            });
        }
        if let Some(month) = month_named(&t) {
            c.i += 1;
            eat_abbreviation_dot(c, &t.lower);
            return plain(Core::RelMonth {
                month,
                rel: rel.unwrap_or(0),
            });
        }
        c.i = start;
        return None;
    }
    let t = c.peek()?.clone();
    // "on Mondays", "Tuesday nights": every such day, a set.
    if let Some(day) = weekdays_of(&t.lower) {
        c.i += 1;
        return plain(Core::Set(weekday_value(day, None)));
    }
    if let Some(day) = weekday_of(&t.lower) {
        let abbreviated = !t.lower.ends_with("day");
        if t.text.chars().next().is_some_and(char::is_lowercase) {
            return None;
        }
        // "Super Tuesday", "Bloody Sunday", "Super Bowl Sunday": the name of a day that is
        // no day of the story (a name before a weekday is most often its subject,
        // "President Reagan Friday announced", so only these; "Black Monday" was the
        // story's day when the wire named it)
        if start > 0
            && matches!(
                c.toks[start - 1].text,
                "Super" | "Bloody" | "Bowl" | "Blue" | "Manic"
            )
        {
            return None;
        }
        c.i += 1;
        // "Sun" is a newspaper and "Wed" a verb; an abbreviation needs its period.
        if abbreviated && !c.eat_glued(".") {
            return None;
        }
        if let Some(part) = c.peek().and_then(|t| parts_of_day(&t.lower)) {
            c.i += 1;
            return plain(Core::Set(weekday_value(day, Some(part))));
        }
        // "was born on a Sunday", "sales on a Friday afternoon, I'm happy": no particular
        // one (but "on a Monday conference call" was a day of the story)
        if c.i >= 3 && c.toks[c.i - 2].is("a") && c.toks[c.i - 3].is("on") {
            let part = c
                .peek()
                .and_then(|t| part_of_day(&t.lower))
                .inspect(|_| c.i += 1);
            let noun = c.peek().is_some_and(|t| {
                t.kind == Kind::Word && !goes_on_with_clause(&t.lower) && !t.is("the")
            });
            if !noun {
                return plain(Core::Unspecified(weekday_value(day, part)));
            }
            c.i = start + 1;
        }
        // "on Monday and Tuesday nights", "Monday and Tuesday night": the part of day
        // after the second serves both
        let shared = c.peek().is_some_and(|t| t.is("and") || t.is("or"))
            && c.peek_at(1)
                .and_then(|t| weekday_of(&t.lower))
                .is_some_and(|other| other != day);
        if shared && let Some(part) = c.peek_at(2).and_then(|t| parts_of_day(&t.lower)) {
            return plain(Core::Set(weekday_value(day, Some(part))));
        }
        let part = if shared {
            c.peek_at(2).and_then(|t| part_of_day(&t.lower))
        } else {
            c.peek()
                .and_then(|t| part_of_day(&t.lower))
                .inspect(|_| c.i += 1)
        };
        if let Some(part) = part {
            return plain(Core::DayPart {
                day: Box::new(Expr {
                    core: Core::Weekday {
                        day,
                        rel: None,
                        from_reference: false,
                    },
                    modifier: None,
                }),
                part,
            });
        }
        // "Tuesday of last week", "Thursday next week"
        let of = usize::from(c.peek().is_some_and(|t| t.is("of")));
        if let Some(weeks) = c.peek_at(of).and_then(|t| this_last_next(&t.lower))
            && c.peek_at(of + 1).is_some_and(|t| t.is("week"))
        {
            c.i += of + 2;
            return plain(Core::WeekdayOfWeek { day, weeks });
        }
        // British forms, at the end of a phrase: "on Monday next", "Tuesday last" (the next
        // or last one); "Monday week" (a week after the coming one); "the Monday after
        // next", "the Friday before last"
        let closes = |k: usize| {
            c.peek_at(k).is_none_or(|t| {
                (t.kind == Kind::Punct && t.text != "-" && t.text != "'" && t.text != "’")
                    || PREPOSITIONS.contains(&t.lower.as_ref())
            })
        };
        let rel = match c.peek().map(|t| t.lower.as_ref()) {
            Some("next") => Some(1),
            Some("last") => Some(-1),
            _ => None,
        };
        if let Some(rel) = rel
            && closes(1)
        {
            c.i += 1;
            return plain(Core::Weekday {
                day,
                rel: Some(rel),
                from_reference: false,
            });
        }
        let after_next =
            c.peek().is_some_and(|t| t.is("after")) && c.peek_at(1).is_some_and(|t| t.is("next"));
        let before_last =
            c.peek().is_some_and(|t| t.is("before")) && c.peek_at(1).is_some_and(|t| t.is("last"));
        let weeks = if c.peek().is_some_and(|t| t.is("week")) && closes(1) {
            c.i += 1;
            Some(1)
        } else if (after_next || before_last) && start > 0 && c.toks[start - 1].is("the") {
            c.i += 2;
            Some(if after_next { 1 } else { -1 })
        } else {
            None
        };
        if let Some(amount) = weeks {
            return plain(Core::FromWeekday {
                day,
                unit: Unit::Week,
                amount,
            });
        }
        return explicit_date_after(c, day).or_else(|| {
            plain(Core::Weekday {
                day,
                rel: None,
                from_reference: false,
            })
        });
    }
    if let Some(season) = season_of(&t.lower) {
        let determines = |k: usize| {
            matches!(
                c.toks[k].lower.as_ref(),
                "the"
                    | "in"
                    | "this"
                    | "last"
                    | "next"
                    | "early"
                    | "late"
                    | "mid"
                    | "of"
                    | "during"
                    | "until"
                    | "by"
                    | "since"
                    | "till"
                    | "from"
            )
        };
        let determined = c.i > 0 && determines(c.i - 1);
        // "in the spring and summer", "from summer to fall", "last spring and summer": the
        // second of two seasons, when the first is one (not "the northern hemisphere spring
        // and summer", "favourable winter and spring weather")
        let paired = c.i >= 3
            && matches!(
                c.toks[c.i - 1].lower.as_ref(),
                "and" | "or" | "to" | "through"
            )
            && season_of(&c.toks[c.i - 2].lower).is_some()
            && determines(c.i - 3);
        let rel = if paired {
            this_last_next(&c.toks[c.i - 3].lower)
        } else {
            None
        };
        c.i += 1;
        let year = year_after(c);
        if year.is_none() && !determined && !paired {
            return None;
        }
        // "winter wheat", "the spring plantings", "the Winter Olympics": a kind of crop or
        // a contest, not a time (but "the Autumn Statement" is made in the autumn)
        if year.is_none()
            && c.peek().is_some_and(|n| {
                // ("the winter Olympics", whatever the case of the season)
                matches!(n.lower.as_ref(), "olympics" | "paralympics")
                    || (n.is("games") && (t.is_capitalised() || n.is_capitalised()))
                    || matches!(
                        n.lower.as_ref(),
                        "wheat"
                            | "wheats"
                            | "grain"
                            | "grains"
                            | "barley"
                            | "crop"
                            | "crops"
                            | "cereal"
                            | "cereals"
                            | "rye"
                            | "oats"
                            | "rapeseed"
                            | "sowing"
                            | "sowings"
                            | "planting"
                            | "plantings"
                            | "seedings"
                            | "kill"
                            | "dormancy"
                            | "pasture"
                            | "pastures"
                    )
            })
        {
            return None;
        }
        // "the fall" is also a decline: the season only after a preposition ("in the
        // fall"), and not "the fall of the Berlin Wall" ("The fall brought the rate to 9.14
        // pct", "despite the fall in prices")
        let after_preposition = |k: usize| {
            k > 0
                && matches!(
                    c.toks[k - 1].lower.as_ref(),
                    "in" | "during"
                        | "by"
                        | "until"
                        | "till"
                        | "since"
                        | "through"
                        | "throughout"
                        | "for"
                        | "before"
                        | "after"
                        | "from"
                        | "into"
                        | "over"
                )
        };
        // (but "the fall and winter" are seasons)
        let seasons = c.peek().is_some_and(|t| t.is("and") || t.is("or"))
            && c.peek_at(1).is_some_and(|t| season_of(&t.lower).is_some());
        let the = c.i - 1;
        if t.is("fall")
            && year.is_none()
            && !seasons
            && the > 0
            && c.toks[the - 1].is("the")
            && (!after_preposition(the - 1) || c.peek().is_some_and(|t| t.is("of")))
        {
            return None;
        }
        // "the summer of last year", "in spring next year"
        let years = if year.is_none() {
            year_offset_after(c)
        } else {
            None
        };
        // "the summer of that year"
        if year.is_none()
            && years.is_none()
            && let Some(years) = that_year_after(c)
        {
            return plain(Core::InThatYear {
                inner: Box::new(Core::Season {
                    year: None,
                    season,
                    rel: None,
                    years: 0,
                }),
                years,
            });
        }
        return plain(Core::Season {
            year,
            season,
            rel,
            years: years.unwrap_or(0),
        });
    }
    if t.is("fiscal") {
        c.i += 1;
        c.eat("year");
        let y = c.peek().and_then(year_token)?;
        c.i += 1;
        return plain(Core::Cal {
            year: Some(y),
            month: None,
            day: None,
        });
    }
    if let Some(month) = month_of(&t.lower) {
        // "may" and "march" are also verbs; a lowercase one is not a month.
        if t.text.chars().next().is_some_and(char::is_lowercase) {
            return None;
        }
        // "May I ask?", "May we never forget": the modal opening a sentence (but "In May it
        // said"); "the U.S. May be able to": the modal after a full stop that was not one
        let opens = c.i == 0
            || ends_sentence(c.toks, c.i - 1)
            || matches!(c.toks[c.i - 1].text, "\"" | "“" | "`" | "'");
        if t.is("may")
            && c.peek_at(1).is_some_and(|n| {
                n.is("be")
                    || (opens
                        && matches!(
                            n.lower.as_ref(),
                            "i" | "we" | "you" | "he" | "she" | "it" | "they" | "god" | "not"
                        ))
            })
        {
            return None;
        }
        c.i += 1;
        // "MAY7", "DEC7", "MAR8" in a table of futures prices: the contract's month, in
        // the year that ends in the digit
        if futures_code(c.toks, c.i - 1)
            && let Some(digit) = c.peek().and_then(|n| n.num())
        {
            c.i += 1;
            return plain(Core::ContractMonth { month, digit });
        }
        eat_abbreviation_dot(c, &t.lower);
        // "May 16", "May 16th", "March eighth", "May the fifth"
        let day = day_of_month(c).or_else(|| {
            let save = c.i;
            c.eat("the");
            let spoken = spelled_day(c);
            if spoken.is_none() {
                c.i = save;
            }
            spoken
        });
        let year = year_after(c);
        // "June last year", "March next year"
        if year.is_none()
            && let Some(offset) = year_offset_after(c)
        {
            return plain(Core::MonthOfYear { month, day, offset });
        }
        // "in May of that year", "June of the following year"
        if year.is_none()
            && let Some(years) = that_year_after(c)
        {
            return plain(Core::InThatYear {
                inner: Box::new(Core::Cal {
                    year: None,
                    month: Some(month),
                    day,
                }),
                years,
            });
        }
        return plain(Core::Cal {
            year,
            month: Some(month),
            day,
        });
    }
    // 16 May 2019, 16th of May, the twenty-first of May
    if let Some(d) = day_of_month(c).or_else(|| {
        let spoken = spelled_day(c)?;
        c.peek().is_some_and(|t| t.is("of")).then_some(spoken)
    }) {
        c.eat("of");
        let month = c.peek()?.clone();
        let m = month_named(&month)?;
        // (not the fraction before a contract: "UP 1 1/2 JUL7 280")
        if c.peek_at(1)
            .is_some_and(|n| !n.spaced && n.kind == Kind::Num)
        {
            return None;
        }
        c.i += 1;
        eat_abbreviation_dot(c, &month.lower);
        let year = year_after(c);
        // "18 December next year", as "December 18 next year"
        if year.is_none()
            && let Some(offset) = year_offset_after(c)
        {
            return plain(Core::MonthOfYear {
                month: m,
                day: Some(d),
                offset,
            });
        }
        return plain(Core::Cal {
            year,
            month: Some(m),
            day: Some(d),
        });
    }
    if let Some(y) = year_token(&t) {
        // A bare year: not part of a larger number ("2,019", "2019.5") or an amount.
        // "mid-1996" is a year; "1,2019" and "$2019" are not.
        let prev_word = c.i > 1 && c.toks[c.i - 2].kind == Kind::Word;
        // the end of a span of years: "(1996-2000)", "the 1998-1999 period"
        let prev_year = c.i > 1 && year_token(&c.toks[c.i - 2]).is_some_and(|p| p < y);
        let prev_glued = c.i > 0
            && !t.spaced
            && (matches!(c.toks[c.i - 1].text, "$" | "," | "." | "/")
                || (c.toks[c.i - 1].text == "-" && !prev_word && !prev_year));
        let next = c.peek_at(1);
        let next_glued = next.is_some_and(|n| {
            !n.spaced
                && matches!(n.text, "," | "." | "%")
                && c.peek_at(2)
                    .is_some_and(|m| m.kind == Kind::Num && !m.spaced)
        });
        // "2013 votes", "1990 employees", "around 2050 points": a count of things
        // (and a price after a futures contract, "MAY7 1920")
        let counted = next.is_some_and(|n| COUNTED.contains(&n.lower.as_ref()))
            || (c.i > 1 && futures_code(c.toks, c.i - 2));
        if prev_glued || next_glued || counted || next.is_some_and(|n| !n.spaced && n.text == "%") {
            return None;
        }
        c.i += 1;
        // "1986 year end assets", "at 1986 year-end": the end of that year, or its
        // closing day
        if let Some(day) = year_end(c) {
            return Some(Expr {
                core: Core::Cal {
                    year: Some(y),
                    month: day.then_some(12),
                    day: day.then_some(31),
                },
                modifier: (!day).then_some(Mod::End),
            });
        }
        return plain(Core::Cal {
            year: Some(y),
            month: None,
            day: None,
        });
    }
    None
}

/// "Wednesday, May 15", "this coming Sunday, March eighth", "Thursday the 28th": after a
/// weekday, the explicit date wins.
fn explicit_date_after(c: &mut Cursor<'_, '_>, weekday: Weekday) -> Option<Expr> {
    let save = c.i;
    c.eat(",");
    // (a weekday before it tells "the 5th" from "the 19th century")
    if let Some(day) = the_nth(c) {
        return plain(Core::DayOfWeekday {
            weekday,
            month: None,
            day,
        });
    }
    match calendar(c) {
        Some(Expr {
            core:
                Core::Cal {
                    year: None,
                    month: Some(month),
                    day: Some(day),
                },
            ..
        }) => plain(Core::DayOfWeekday {
            weekday,
            month: Some(month),
            day,
        }),
        Some(Expr {
            core: core @ Core::Cal { day: Some(_), .. },
            ..
        }) => plain(core),
        _ => {
            c.i = save;
            None
        }
    }
}

/// A day of the month in digits: "16", "16th".
fn day_of_month(c: &mut Cursor<'_, '_>) -> Option<u32> {
    let t = c.peek()?;
    let d = t
        .num()
        .filter(|d| (1..=31).contains(d) && t.text.len() <= 2)?;
    c.i += 1;
    c.eat_any(&["st", "nd", "rd", "th"]);
    Some(d)
}

/// A day of the month in words, as broadcasts spell it: "eighth", "twenty-first". Not an
/// ordinal of something else: "May second-quarter results", "March first time buyers".
fn spelled_day(c: &mut Cursor<'_, '_>) -> Option<u32> {
    let (d, next) = super::spoken::spelled_ordinal(c.toks, c.i)?;
    let after = c.toks.get(next);
    let of_something = after.is_some_and(|t| {
        (t.text == "-" && !t.spaced)
            || unit_of(&t.lower).is_some()
            || matches!(
                t.lower.as_ref(),
                "quarter" | "half" | "time" | "place" | "round" | "term" | "period"
            )
    });
    if !(1..=31).contains(&d) || of_something {
        return None;
    }
    c.i = next;
    Some(d)
}

/// The offset "last", "this" or "next" gives a period: -1, 0, 1.
fn this_last_next(word: &str) -> Option<i32> {
    match word {
        "last" => Some(-1),
        "this" => Some(0),
        "next" => Some(1),
        _ => None,
    }
}

/// "last year", "this year", "next year" after a month: the year it is in, relative to the
/// anchor's.
fn year_offset_after(c: &mut Cursor<'_, '_>) -> Option<i32> {
    // "April of last year"
    let of = usize::from(c.peek().is_some_and(|t| t.is("of")));
    let word = &c.peek_at(of)?.lower;
    let offset = this_last_next(word).or((word == "previous").then_some(-1))?;
    if !c.peek_at(of + 1).is_some_and(|t| t.is("year")) {
        return None;
    }
    c.i += of + 2;
    Some(offset)
}

/// "of that year", "of the same year", "of the following year", "of the previous year"
/// after a month or season: the year of the date the text named last, shifted so many
/// years.
fn that_year_after(c: &mut Cursor<'_, '_>) -> Option<i32> {
    if !c.peek().is_some_and(|t| t.is("of")) {
        return None;
    }
    let the = usize::from(c.peek_at(1)?.is("the"));
    let years = match (the, c.peek_at(1 + the)?.lower.as_ref()) {
        (0, "that") | (1, "same") => 0,
        (1, "following" | "next") => 1,
        (1, "previous" | "preceding" | "prior") => -1,
        _ => return None,
    };
    if !c.peek_at(2 + the).is_some_and(|t| t.is("year")) {
        return None;
    }
    c.i += 3 + the;
    Some(years)
}

/// A year after a month or season: `May 2019`, `May 16, 2019`, `summer of '98`.
fn year_after(c: &mut Cursor<'_, '_>) -> Option<i32> {
    let save = c.i;
    c.eat(",");
    c.eat("of");
    if let Some(Expr {
        core: Core::Cal { year: Some(y), .. },
        ..
    }) = spelled_year(c)
    {
        return Some(y);
    }
    if let Some(y) = c.peek().and_then(year_token) {
        c.i += 1;
        return Some(y);
    }
    if c.peek().is_some_and(|t| t.text == "'" || t.text == "’")
        && let Some(n) = c
            .peek_at(1)
            .filter(|t| t.text.len() == 2 && !t.spaced)
            .and_then(Tok::num)
    {
        c.i += 2;
        return Some(if n < 30 {
            2000 + n as i32
        } else {
            1900 + n as i32
        });
    }
    c.i = save;
    None
}

fn year_token(t: &Tok<'_>) -> Option<i32> {
    if t.kind == Kind::Num && t.text.len() == 4 {
        let y: i32 = t.text.parse().ok()?;
        (1000..=2199).contains(&y).then_some(y)
    } else {
        None
    }
}

/// Things a number before them counts: "2013 votes", "1750 tonnes" are no years.
const COUNTED: &[&str] = &[
    "votes",
    "people",
    "employees",
    "workers",
    "jobs",
    "points",
    "tonnes",
    "tons",
    "barrels",
    "acres",
    "dlrs",
    "dollars",
    "units",
    "vehicles",
    "cases",
    "deaths",
    "troops",
    "members",
    "students",
    "passengers",
    "miles",
    "kilometres",
    "kilometers",
    "feet",
    "metres",
    "meters",
];

/// `2019-05-16`, `5/16/2019`, `5/16/19`, `2019/05/16`, `16.05.2019`, `16-May-2019`.
fn numeric_date(c: &mut Cursor<'_, '_>) -> Option<Expr> {
    // a day written in five tokens, three numbers and two separators
    fn whole_day(c: &mut Cursor<'_, '_>, y: i32, m: u32, d: u32) -> Option<Expr> {
        NaiveDate::from_ymd_opt(y, m, d)?;
        c.i += 5;
        plain(Core::Cal {
            year: Some(y),
            month: Some(m),
            day: Some(d),
        })
    }
    let a = c.peek()?.clone();
    let sep = c
        .peek_at(1)
        .filter(|t| !t.spaced && matches!(t.text, "-" | "/" | "."))?
        .text;
    let glued = |k: usize| c.peek_at(k).filter(|t| !t.spaced);
    // "14-Mar-2013", "14.03.2014", "12-15-2013": with a year of four digits (not "1.5.2"
    // nor a decimal); a day before a month's name or a dotted month
    if sep != "/"
        && a.kind == Kind::Num
        && a.text.len() <= 2
        && glued(3).is_some_and(|t| t.text == sep)
        && let Some(y) = glued(4).filter(|t| t.text.len() == 4).and_then(year_token)
        && glued(5).is_none_or(|t| t.kind == Kind::Punct && (t.text != sep || glued(6).is_none()))
    {
        let second = glued(2)?;
        let (m, d) = match (sep, second.kind) {
            ("-", Kind::Word) => (month_of(&second.lower)?, a.num()?),
            // ("12-15-2013": month first, as with slashes, unless the first is a day)
            ("-", Kind::Num) => match (a.num()?, second.num()?) {
                (a, b) if a > 12 => (b, a),
                (a, b) => (a, b),
            },
            (_, Kind::Num) if second.text.len() == 2 => (second.num()?, a.num()?),
            _ => return None,
        };
        return whole_day(c, y, m, d);
    }
    if sep == "." {
        return None;
    }
    let b = c.peek_at(2).filter(|t| !t.spaced)?.num()?;
    let has_third = c.peek_at(3).is_some_and(|t| !t.spaced && t.text == sep)
        && c.peek_at(4)
            .is_some_and(|t| !t.spaced && t.kind == Kind::Num);
    // "2019-05-16", "2013/03/14": the year first
    if a.text.len() == 4 {
        let y = year_token(&a)?;
        if sep == "-" && (!(1..=12).contains(&b) || c.peek_at(2)?.text.len() != 2) {
            return None;
        }
        if has_third {
            let d = c.peek_at(4)?.num()?;
            return whole_day(c, y, b, d);
        }
        // "the 2008-09 recession", "the 2012-13 season": a span of two years (its first is
        // tagged, as "1987/88" is), not September 2008
        if sep == "/" || b as i32 == (y + 1) % 100 {
            return None;
        }
        c.i += 3;
        return plain(Core::Cal {
            year: Some(y),
            month: Some(b),
            day: None,
        });
    }
    if sep == "/" && has_third {
        let m = a.num()?;
        let yt = c.peek_at(4)?;
        let y = match yt.text.len() {
            4 => year_token(yt)?,
            2 => {
                let n = yt.num()? as i32;
                if n < 30 { 2000 + n } else { 1900 + n }
            }
            _ => return None,
        };
        // month first, as American news writes it, unless the first number can only be a
        // day ("21/03/2013")
        let (m, d) = if m > 12 { (b, m) } else { (m, b) };
        return whole_day(c, y, m, d);
    }
    None
}

/// `today`, `yesterday`, `this week`, `last month`, `next year`, `the past year`.
fn relative(c: &mut Cursor<'_, '_>) -> Option<Expr> {
    let t = c.peek()?.clone();
    // "mid-afternoon yesterday", "late morning": a part of the day, of the publication date
    // unless a day follows
    if matches!(t.lower.as_ref(), "early" | "mid" | "late") {
        let save = c.i;
        c.i += 1;
        c.eat_glued("-");
        if let Some(part) = c.peek().and_then(|t| part_of_day(&t.lower)) {
            c.i += 1;
            let offset = match c.peek().map(|t| t.lower.as_ref()) {
                Some("yesterday") => -1,
                Some("tomorrow") => 1,
                Some("today") => 0,
                _ => return plain(Core::PartOfDay { offset: 0, part }),
            };
            c.i += 1;
            return plain(Core::PartOfDay { offset, part });
        }
        c.i = save;
    }
    // "the day before yesterday", "the day after tomorrow"; "the week before last", "the
    // year after next"
    if t.is("the")
        && let Some(unit) = c.peek_at(1).and_then(|u| match u.lower.as_ref() {
            "day" => Some(Unit::Day),
            "week" => Some(Unit::Week),
            "month" => Some(Unit::Month),
            "year" => Some(Unit::Year),
            _ => None,
        })
        && let Some(offset) = match (c.peek_at(2), c.peek_at(3)) {
            (Some(a), Some(b)) if a.is("before") && b.is("yesterday") => Some(-2),
            (Some(a), Some(b)) if a.is("after") && b.is("tomorrow") => Some(2),
            (Some(a), Some(b)) if a.is("before") && b.is("last") => Some(-2),
            (Some(a), Some(b)) if a.is("after") && b.is("next") => Some(2),
            _ => None,
        }
        && (unit == Unit::Day)
            == matches!(
                c.peek_at(3).map(|b| b.lower.as_ref()),
                Some("yesterday" | "tomorrow")
            )
        // (not "the week before last Friday", "the month before last year's vote")
        && c.peek_at(4).is_none_or(|n| {
            n.kind != Kind::Word
                || !(unit_of(&n.lower).is_some()
                    || weekday_of(&n.lower).is_some()
                    || month_of(&n.lower).is_some()
                    || season_of(&n.lower).is_some())
        })
    {
        c.i += 4;
        return plain(Core::Relative { unit, offset });
    }
    let single = match t.lower.as_ref() {
        "today" => Some(Core::Relative {
            unit: Unit::Day,
            offset: 0,
        }),
        "yesterday" => Some(Core::Relative {
            unit: Unit::Day,
            offset: -1,
        }),
        "tomorrow" => Some(Core::Relative {
            unit: Unit::Day,
            offset: 1,
        }),
        "tonight" => Some(Core::PartOfDay {
            offset: 0,
            part: "NI",
        }),
        "overnight" if last_night(c) => Some(Core::PartOfDay {
            offset: -1,
            part: "NI",
        }),
        _ => None,
    };
    if let Some(core) = single {
        c.i += 1;
        // "yesterday afternoon"
        if let Core::Relative { offset, .. } = core
            && let Some(part) = c.peek().and_then(|t| part_of_day(&t.lower))
        {
            c.i += 1;
            return plain(Core::PartOfDay { offset, part });
        }
        return plain(core);
    }
    let save = c.i;
    let the = c.eat("the");
    let offset = match c.eat_any(&[
        "full",
        "whole",
        "present",
        "this",
        "last",
        "next",
        "past",
        "previous",
        "coming",
        "current",
        "following",
    ]) {
        // ("Following weekend talks here": without an article, a preposition; but "their
        // following year's quota")
        Some(w)
            if w == "following" && !the && !(save > 0 && determiner(&c.toks[save - 1].lower)) =>
        {
            c.i = save;
            return None;
        }
        Some(w) => match w.as_str() {
            "this" | "current" | "present" | "full" | "whole" => 0,
            "last" | "past" | "previous" => -1,
            _ => 1,
        },
        None => {
            c.i = save;
            return None;
        }
    };
    // "this past weekend", "this coming week"
    let offset = if !c.toks[c.i - 1].is("this") {
        offset
    } else if c.eat("past") {
        -1
    } else if c.eat("coming") {
        1
    } else {
        offset
    };
    let t = c.peek()?.clone();
    if let Some(part) = part_of_day(&t.lower).filter(|_| offset == 0) {
        c.i += 1;
        return plain(Core::PartOfDay { offset: 0, part });
    }
    if t.is("night") && offset == -1 {
        c.i += 1;
        return plain(Core::PartOfDay {
            offset: -1,
            part: "NI",
        });
    }
    // "the current fiscal year", "last fiscal year", "the last financial year"
    let t = if c.eat_fiscal() { c.peek()?.clone() } else { t };
    let unit = unit_of(&t.lower).filter(|_| !t.lower.ends_with('s'))?;
    // "in the past hour", "within the next hour": an hour or a minute has no name on the
    // calendar, so the last or next one is a length
    if unit.is_time() {
        // (not the idiom "at the last minute", "a last minute decision")
        if offset == 0 || (unit == Unit::Minute && c.toks[c.i - 1].is("last")) {
            return None;
        }
        c.i += 1;
        let amount = if and_a_half(c) { 1.5 } else { 1.0 };
        return plain(Core::Duration {
            unit,
            amount: Some(amount),
        });
    }
    // ABC's "This Week": a title in quotes, not a week
    let quoted = save > 0 && matches!(c.toks[save - 1].text, "\"" | "“" | "`" | "'");
    if quoted && t.is_capitalised() {
        c.i = save;
        return None;
    }
    c.i += 1;
    // "in the past year and a half": a period, not last year
    if offset == -1 && and_a_half(c) {
        return plain(Core::Duration {
            unit,
            amount: Some(1.5),
        });
    }
    plain(Core::Relative { unit, offset })
}

fn part_of_day(word: &str) -> Option<&'static str> {
    Some(match word {
        "morning" => "MO",
        "afternoon" => "AF",
        "evening" => "EV",
        "night" => "NI",
        _ => return None,
    })
}

/// An hour of a twelve-hour clock, in figures or words: "7", "eight".
fn hour_of_twelve(t: &Tok<'_>) -> Option<u32> {
    t.num()
        .filter(|_| t.text.len() <= 2)
        .or_else(|| small_number(&t.lower).map(|n| n as u32))
        .filter(|h| (1..=12).contains(h))
}

/// A time zone written after a clock time.
fn is_zone(word: &str) -> bool {
    matches!(
        word,
        "est"
            | "edt"
            | "cst"
            | "cdt"
            | "mst"
            | "mdt"
            | "pst"
            | "pdt"
            | "gmt"
            | "utc"
            | "et"
            | "bst"
            | "cet"
            | "cest"
            | "eet"
            | "msk"
            | "ist"
            | "hkt"
            | "sgt"
            | "jst"
            | "kst"
            | "aest"
            | "aedt"
            | "awst"
            | "nzst"
            | "nzdt"
            | "pt"
            | "ct"
            | "mt"
    )
}

/// A part of the day in the plural: `nights` in "Tuesday nights".
fn parts_of_day(word: &str) -> Option<&'static str> {
    word.strip_suffix('s').and_then(part_of_day)
}

/// `two weeks ago`, `three years`, `a decade`, `the past two months`, `several years`.
fn shifted_or_duration(c: &mut Cursor<'_, '_>) -> Option<Expr> {
    let save = c.i;
    // "will one day be" is some day to come (see `reference_word`), not a day's length
    if one_day_to_come(c) {
        return None;
    }
    let the = c.peek().is_some_and(|t| t.is("the"));
    let (past, ahead) = if c.eat("the") {
        match c
            .eat_any(&[
                "past", "last", "next", "previous", "first", "coming", "upcoming", "final",
            ])
            .as_deref()
        {
            Some("past" | "last" | "previous" | "final") => (true, false),
            Some(_) => (false, true),
            None => (false, false),
        }
    } else {
        (false, false)
    };
    let t = c.peek()?.clone();
    // "half an hour", "half a century", "a half hour", "the next half hour", "a half-hour
    // show": written in the next smaller unit (not "the half year", a period)
    let halved = |t: &Tok<'_>| match t.lower.as_ref() {
        "century" => Some((Unit::Year, 50.0)),
        "decade" => Some((Unit::Year, 5.0)),
        "year" => Some((Unit::Month, 6.0)),
        "day" => Some((Unit::Hour, 12.0)),
        "hour" => Some((Unit::Minute, 30.0)),
        _ => None,
    };
    let article = usize::from(t.is("a") && !the);
    // (not a half of a count, "four-and-a-half hour hearing", "eight and one-half year
    // term", nor the first or second half of a year, H1 or H2)
    let before_half = (c.i + article)
        .checked_sub(1)
        .map(|k| c.toks[k].lower.as_ref());
    let part_of_count = article == 0
        && (matches!(before_half, Some("a" | "-" | "and"))
            || (!the && (1..=2).any(|k| c.i >= k && c.toks[c.i - k].is("the"))));
    let ordinal = matches!(
        before_half,
        Some("first" | "second" | "last" | "final" | "latter")
    ) && c.peek_at(article + 1).is_some_and(|y| y.is("year"));
    let half = if !c.peek_at(article).is_some_and(|h| h.is("half"))
        || (the && !past && !ahead)
        || part_of_count
        || ordinal
    {
        None
    } else if article == 0 && c.peek_at(1).is_some_and(|t| t.is("a") || t.is("an")) {
        c.peek_at(2)
            .filter(|_| !past && !ahead)
            .and_then(halved)
            .map(|h| (h, 3))
    } else {
        let hyphen = c
            .peek_at(article + 1)
            .is_some_and(|t| t.text == "-" && !t.spaced);
        let at = article + 1 + usize::from(hyphen);
        c.peek_at(at).and_then(halved).map(|h| (h, at + 1))
    };
    if let Some(((unit, amount), words)) = half {
        c.i += words;
        // "half a century ago"
        if c.eat("ago") {
            return plain(Core::Shifted {
                unit,
                amount: -(amount as i64),
                from_reference: false,
            });
        }
        return plain(Core::Duration {
            unit,
            amount: Some(amount),
        });
    }
    let amount = if t.is("a")
        && c.peek_at(1).is_some_and(|t| t.is("couple"))
        && c.peek_at(2).is_some_and(|t| t.is("of"))
    {
        c.i += 3;
        Some(2.0)
    } else if (past || ahead) && t.is("couple") && c.peek_at(1).is_some_and(|t| t.is("of")) {
        // "the next couple of years"
        c.i += 2;
        Some(2.0)
    } else if t.is("a") && c.peek_at(1).is_some_and(|t| t.is("few")) {
        // before "a" as one: "a few weeks ago"
        c.i += 2;
        None
    } else if let Some(mut n) = t.num().filter(|_| t.text.len() <= 3) {
        c.i += 1;
        // "for 3,000 years", "10,000 hours", "a 1,500-year reign": digits grouped in
        // threes, before a unit in the plural or joined by a hyphen (not a count of things,
        // "versus 128,000 week ago", nor the heading after a figure, "vs 7,825,000 / Year")
        let (mut whole, mut groups) = (n, 0);
        while groups < 2
            && c.peek_at(2 * groups)
                .is_some_and(|t| t.text == "," && !t.spaced)
            && let Some(g) = c
                .peek_at(2 * groups + 1)
                .filter(|t| !t.spaced && t.text.len() == 3)
                .and_then(Tok::num)
        {
            whole = whole * 1000 + g;
            groups += 1;
        }
        let unit_follows = || match c.peek_at(2 * groups) {
            Some(t) if t.text == "-" && !t.spaced => true,
            Some(t) => t.lower.ends_with('s') && unit_of(&t.lower).is_some(),
            None => false,
        };
        if groups > 0 && unit_follows() {
            n = whole;
            c.i += 2 * groups;
        }
        // "an average life of 7.11 years", "a working week of 38.5 hours"
        match (c.peek(), c.peek_at(1)) {
            (Some(dot), Some(frac))
                if dot.text == "."
                    && !dot.spaced
                    && !frac.spaced
                    && frac.kind == Kind::Num
                    && frac.text.len() <= 3 =>
            {
                let n = format!("{n}.{}", frac.text).parse().ok();
                c.i += 2;
                n
            }
            _ => Some(n as f64),
        }
    } else if let Some(n) = small_number(&t.lower) {
        c.i += 1;
        // "twenty-one"
        let tens = n >= 20.0 && n % 10.0 == 0.0;
        let unit_after = |c: &Cursor<'_, '_>, k: usize| {
            c.peek_at(k)
                .and_then(|t| small_number(&t.lower))
                .filter(|m| *m < 10.0)
        };
        if tens
            && c.peek().is_some_and(|t| t.text == "-" && !t.spaced)
            && let Some(m) = unit_after(c, 1)
        {
            c.i += 2;
            Some(n + m)
        } else if tens && let Some(m) = unit_after(c, 0) {
            // "twenty four hours"
            c.i += 1;
            Some(n + m)
        } else {
            Some(n)
        }
    } else if (past || ahead) && t.is("fortnight") {
        // "the past fortnight": one, of two weeks
        Some(1.0)
    } else if matches!(t.lower.as_ref(), "several" | "few" | "some" | "many") {
        c.i += 1;
        None
    } else {
        c.i = save;
        return None;
    };
    let mut amount = amount;
    // "2 1/2 years", "two and a half years"
    if let Some(n) = amount.as_mut() {
        if let (Some(a), Some(slash), Some(b)) = (c.peek(), c.peek_at(1), c.peek_at(2))
            && a.spaced
            && slash.text == "/"
            && !slash.spaced
            && !b.spaced
            && let (Some(a), Some(b)) = (a.num(), b.num())
            && a < b
        {
            *n += a as f64 / b as f64;
            c.i += 3;
        } else if and_a_half(c) {
            *n += 0.5;
        }
    }
    // ("a couple of days", "a few weeks" are no rate)
    let article = (t.is("a") || t.is("an"))
        && !c.toks[save..c.i]
            .iter()
            .any(|t| t.is("couple") || t.is("few"));
    let hyphen = c.eat_glued("-");
    // "the 24-hour strike": the article goes with the strike, the time is "24-hour"
    if the && hyphen && !past && !ahead {
        c.i = save;
        return None;
    }
    // "20 more years", "an additional year", "six consecutive months"
    if amount.is_some()
        && c.peek().is_some_and(|t| {
            matches!(
                t.lower.as_ref(),
                "more" | "additional" | "extra" | "consecutive" | "straight" | "successive"
            )
        })
        && c.peek_at(1).is_some_and(|t| unit_of(&t.lower).is_some())
    {
        c.i += 1;
    }
    // "eight trading days", "ten business days"
    if amount.is_some()
        && c.peek().is_some_and(|t| {
            matches!(
                t.lower.as_ref(),
                "trading" | "business" | "working" | "calendar"
            )
        })
        && c.peek_at(1).is_some_and(|t| t.is("days"))
    {
        c.i += 1;
    }
    let ut = c.peek()?.clone();
    // "a fortnight ago", "the past fortnight": two weeks
    let fortnight = matches!(ut.lower.as_ref(), "fortnight" | "fortnights");
    if fortnight && let Some(n) = amount.as_mut() {
        *n *= 2.0;
    }
    let unit = if fortnight {
        Unit::Week
    } else {
        unit_of(&ut.lower)?
    };
    // "three-quarters of the vote", "Three quarters of that is wood" are fractions (but
    // "several quarters of losses" is a time)
    let of_something = c.peek_at(1).is_some_and(|t| t.is("of"))
        && c.peek_at(2).is_some_and(|t| {
            matches!(
                t.lower.as_ref(),
                "the"
                    | "that"
                    | "this"
                    | "these"
                    | "those"
                    | "its"
                    | "their"
                    | "his"
                    | "her"
                    | "all"
                    | "a"
                    | "an"
                    | "our"
                    | "them"
                    | "it"
            )
        });
    if unit == Unit::Quarter
        && ut.lower.ends_with('s')
        && (hyphen || (of_something && !past && !ahead))
    {
        return None;
    }
    c.i += 1;
    // "a quarter of a century" is 25 years; "more than a quarter of the shares" is a share
    if article && unit == Unit::Quarter && c.peek().is_some_and(|t| t.is("of")) {
        if c.peek_at(1).is_some_and(|t| t.is("a")) && c.peek_at(2).is_some_and(|t| t.is("century"))
        {
            c.i += 3;
            return plain(Core::Duration {
                unit: Unit::Year,
                amount: Some(25.0),
            });
        }
        return None;
    }
    // "Mr. Schwarz, 52 years old", "a 23-year-old man", "a 136-year-old institution": an
    // age, not a time, as TimeBank leaves them ("an 8-month-old truce" has lasted eight
    // months)
    let aged = c.peek().is_some_and(|t| t.text == "-" && !t.spaced)
        && c.peek_at(1).is_some_and(|t| t.is("old") && !t.spaced)
        && unit == Unit::Year;
    if c.peek().is_some_and(|t| t.is("old")) || aged {
        return None;
    }
    // "a year and a half"
    let mut and_half = false;
    if let Some(n) = amount.as_mut()
        && n.fract() == 0.0
        && and_a_half(c)
    {
        *n += 0.5;
        and_half = true;
    }
    // "several years ago", "the past few months": the past, without a number to count back.
    if amount.is_none() && (c.eat("ago") || past) {
        return plain(Core::Reference("PAST_REF"));
    }
    // "A few weeks from now": the future, without a number to count on
    if amount.is_none() && from_now(c) {
        return plain(Core::Reference("FUTURE_REF"));
    }
    if let Some(n) = amount {
        // "a week or so ago"
        if c.peek().is_some_and(|t| t.is("or"))
            && c.peek_at(1).is_some_and(|t| t.is("so"))
            && c.peek_at(2).is_some_and(|t| t.is("ago"))
        {
            c.i += 2;
        }
        if c.eat("ago") {
            let this = |u: &str| {
                c.peek().is_some_and(|t| t.is("this")) && c.peek_at(1).is_some_and(|t| t.is(u))
            };
            let at = if c.peek().is_some_and(|t| t.is("today")) {
                Some((1, Unit::Day))
            } else if this("week") {
                Some((2, Unit::Week))
            } else if this("month") {
                Some((2, Unit::Month))
            } else {
                None
            };
            let longer = matches!(unit, Unit::Year | Unit::Decade | Unit::Century)
                || (unit == Unit::Month && at.is_some_and(|(_, u)| u == Unit::Day));
            // "Fifty years ago this summer", "75 years ago this May": that season or month
            // of the year so far back
            let years = unit
                .years()
                .filter(|_| n.fract() == 0.0 && c.peek().is_some_and(|t| t.is("this")))
                .map(|y| -(n as i32) * y);
            if let (Some(years), Some(t)) = (years, c.peek_at(1)) {
                let core = match (season_of(&t.lower), month_of(&t.lower)) {
                    (Some(season), _) => Some(Core::Season {
                        year: None,
                        season,
                        rel: None,
                        years,
                    }),
                    (None, Some(month)) if t.is_capitalised() => Some(Core::MonthOfYear {
                        month,
                        day: None,
                        offset: years,
                    }),
                    _ => None,
                };
                if let Some(core) = core {
                    c.i += 2;
                    return plain(core);
                }
            }
            if let Some((words, at)) = at.filter(|_| longer) {
                c.i += words;
                return plain(Core::Anniversary {
                    unit,
                    amount: -(n as i64),
                    at,
                });
            }
            // "a week ago Wednesday", "two weeks ago Sunday": so long before the last one
            if let Some(day) = c
                .peek()
                .filter(|t| t.is_capitalised())
                .and_then(|t| weekday_of(&t.lower))
                .filter(|_| n.fract() == 0.0 && matches!(unit, Unit::Week | Unit::Day))
            {
                c.i += 1;
                return plain(Core::FromWeekday {
                    day,
                    unit,
                    amount: -(n as i64),
                });
            }
            let (unit, n) = whole_count(unit, n);
            return plain(Core::Shifted {
                unit,
                amount: -n,
                from_reference: false,
            });
        }
        // "two days before closing the purchase" counts back from an event, not a date
        if c.peek().is_some_and(|t| t.is("before"))
            && c.peek_at(1).is_some_and(|t| t.kind == Kind::Word)
        {
            return plain(Core::Duration { unit, amount });
        }
        // "Ten years on, the city has not recovered": the time since an event of the story
        if c.peek().is_some_and(|t| t.is("on"))
            && c.peek_at(1)
                .is_some_and(|t| matches!(t.text, "," | "." | ";"))
        {
            c.i += 1;
            return plain(Core::Duration { unit, amount });
        }
        let back = c.eat("earlier") || c.eat("before");
        if back || c.eat("later") {
            // "three days later", "a minute and a half later": the time between two events
            // of the story, as TimeML marks it, and no date to hold against another; "three
            // weeks later than last year" is a length of time too (but "from 31,000 a week
            // earlier" and "a year earlier" are the period the story compares with, and so
            // is a day earlier after a figure: "rose to 112 from 87 a day earlier")
            let compared = back
                && unit == Unit::Day
                && save
                    .checked_sub(1)
                    .is_some_and(|k| c.toks[k].kind == Kind::Num);
            if (matches!(unit, Unit::Day | Unit::Hour | Unit::Minute | Unit::Second) && !compared)
                || c.peek().is_some_and(|t| t.is("than"))
            {
                return plain(Core::Duration { unit, amount });
            }
            let (unit, n) = whole_count(unit, n);
            return plain(Core::Shifted {
                unit,
                amount: if back { -n } else { n },
                from_reference: true,
            });
        }
    }
    if let Some(n) = amount
        && c.eat("from")
    {
        // "a week from today", "a month from today": that day so long ahead
        if n.fract() == 0.0
            && matches!(unit, Unit::Week | Unit::Month | Unit::Year)
            && c.eat("today")
        {
            return plain(Core::Anniversary {
                unit,
                amount: n as i64,
                at: Unit::Day,
            });
        }
        if c.eat("now") || c.eat("today") {
            return plain(Core::Shifted {
                unit,
                amount: n as i64,
                from_reference: false,
            });
        }
        // "a week from Tuesday", "two weeks from Friday"
        if let Some(day) = c
            .peek()
            .filter(|t| t.is_capitalised())
            .and_then(|t| weekday_of(&t.lower))
            .filter(|_| n.fract() == 0.0)
        {
            c.i += 1;
            return plain(Core::FromWeekday {
                day,
                unit,
                amount: n as i64,
            });
        }
        c.i -= 1;
    }
    // "The talks will resume a week on Monday", "The match is a fortnight on Saturday":
    // British for so long after the coming one (not a length that happened on a day, "was
    // jailed for a week on Monday", "spent a week on Friday's talks")
    if let Some(n) = amount
        && unit == Unit::Week
        && n.fract() == 0.0
        && c.peek().is_some_and(|t| t.is("on"))
        && let Some(day) = c
            .peek_at(1)
            .filter(|t| t.is_capitalised())
            .and_then(|t| weekday_of(&t.lower))
        && c.peek_at(2).is_none_or(|t| !matches!(t.text, "'" | "’"))
        && !(save > 0 && PREPOSITIONS.contains(&c.toks[save - 1].lower.as_ref()))
        && !before_in_sentence(c.toks, save, 15).any(|k| past_verb(c.toks, k))
    {
        c.i += 2;
        return plain(Core::FromWeekday {
            day,
            unit,
            amount: n as i64,
        });
    }
    let introduced = save > 0
        && matches!(
            c.toks[save - 1].lower.as_ref(),
            "for"
                | "in"
                | "over"
                | "within"
                | "about"
                | "nearly"
                | "almost"
                | "than"
                | "than,"
                | "after"
                | "during"
                | "of"
        )
        // ("delayed by a day", "push off by a year or two"; not a share, "by a quarter
        // point", nor "by a year-to-date revision")
        || (save > 0
            && c.toks[save - 1].is("by")
            && unit != Unit::Quarter
            && !hyphen
            && c.peek().is_none_or(|t| t.text != "-"));
    // ... or after a verb of taking or lasting, a past verb, its object or a quantifier:
    // "will take a month", "lasted a week", "offered him a week to", "at least a month",
    // "barely a month after"
    // (not before the noun it describes, "ended a weekend meeting", "a quarter end", nor
    // a rate after a pronoun, "retire five pct of them a year")
    let ends_phrase = c.peek().is_none_or(|t| {
        t.kind == Kind::Punct && t.text != "-"
            || PREPOSITIONS.contains(&t.lower.as_ref())
            || matches!(
                t.lower.as_ref(),
                "and" | "or" | "but" | "because" | "when" | "before" | "ago" | "later" | "earlier"
            )
    });
    let pronoun = |w: &str| matches!(w, "him" | "her" | "them" | "us" | "me");
    // ("A decade after the invasion, ...", "on April 14, a month after Chavez died": at the
    // head of a sentence or a phrase set off by a comma, before what it counts from)
    let opens = (save == 0 || ends_sentence(c.toks, save - 1) || c.toks[save - 1].text == ",")
        && c.peek().is_some_and(|t| t.is("after") || t.is("before"));
    let measured = opens
        || save > 0 && !hyphen && ends_phrase && {
            let w = c.toks[save - 1].lower.as_ref();
            (pronoun(w) && save > 1 && !PREPOSITIONS.contains(&c.toks[save - 2].lower.as_ref()))
                || looks_past(w)
                || matches!(
                    w,
                    "take"
                        | "takes"
                        | "taking"
                        | "last"
                        | "lasts"
                        | "spend"
                        | "spends"
                        | "wait"
                        | "waits"
                        | "least"
                        | "most"
                        | "barely"
                        | "just"
                        | "only"
                        | "roughly"
                        | "around"
                        | "approximately"
                )
        };
    // ("suffered a decade of stagnation", "following a year of restructuring" are lengths;
    // not "a quarter of the market", a share, nor a rate, "200,000 tonnes a year of zinc",
    // after a measure rather than a verb or a preposition)
    let of_something = c.peek().is_some_and(|t| t.is("of"))
        && !matches!(unit, Unit::Quarter)
        && (save == 0 || {
            let b = &c.toks[save - 1];
            let w = b.lower.as_ref();
            (b.kind == Kind::Punct && b.text != ")")
                || PREPOSITIONS.contains(&w)
                || looks_past(w)
                || ing_form(w)
                || matches!(
                    w,
                    "as" | "is" | "was" | "are" | "were" | "be" | "been" | "has" | "have" | "had"
                )
        });
    if article && !past && !ahead && !introduced && !measured && !and_half && !of_something {
        // a rate, "$33 million a year", is left alone: TimeBank marks one in seven
        return None;
    }
    // "will resume in two weeks" (not "in a quarter that produced such a loss", "in
    // 10-year bonds", nor after a superlative: "its slowest growth in a decade")
    if !the
        && !hyphen
        && save > 0
        && c.toks[save - 1].is("in")
        && !unit.is_time()
        && unit != Unit::Quarter
        && !c.peek().is_some_and(|t| {
            matches!(
                t.lower.as_ref(),
                "that" | "when" | "which" | "where" | "of" | "with" | "in"
            )
        })
        && let Some(n) = amount.filter(|n| n.fract() == 0.0)
        && !superlative_before(c.toks, save)
    {
        return plain(Core::InTime {
            unit,
            amount: n as i64,
        });
    }
    plain(Core::Duration { unit, amount })
}

/// "one day" after a modal: "Islam will one day be", "he hopes he may one day follow".
fn one_day_to_come(c: &Cursor<'_, '_>) -> bool {
    c.peek().is_some_and(|t| t.is("one"))
        && c.peek_at(1).is_some_and(|t| t.is("day"))
        && c.i > 0
        && matches!(
            c.toks[c.i - 1].lower.as_ref(),
            "will" | "would" | "could" | "may" | "might" | "can"
        )
}

/// `for months`, `within weeks`, `months of talks`, `weeks or months`, `the weeks ahead`,
/// Eats "from now" after a count with no number ("hours from now"), the future it points
/// to.
fn from_now(c: &mut Cursor<'_, '_>) -> bool {
    let yes = c.peek().is_some_and(|t| t.is("from")) && c.peek_at(1).is_some_and(|t| t.is("now"));
    if yes {
        c.i += 2;
    }
    yes
}

/// `over the years`, `years ago`: a unit in the plural with no number is a vague duration
/// (or, with "ago", the past) where the words around it make it one.
fn vague_duration(c: &mut Cursor<'_, '_>) -> Option<Expr> {
    // "66 million years ago", "13.8 billion years ago": the deep past, no year of the
    // calendar
    if c.peek().is_some_and(|t| t.kind == Kind::Num) {
        let decimal = c.peek_at(1).is_some_and(|t| t.text == "." && !t.spaced)
            && c.peek_at(2)
                .is_some_and(|t| t.kind == Kind::Num && !t.spaced);
        let at = if decimal { 3 } else { 1 };
        if c.peek_at(at)
            .is_some_and(|t| t.is("million") || t.is("billion"))
            && c.peek_at(at + 1).is_some_and(|t| t.is("years"))
            && c.peek_at(at + 2).is_some_and(|t| t.is("ago"))
        {
            c.i += at + 3;
            return plain(Core::Reference("PAST_REF"));
        }
        return None;
    }
    let start = c.i;
    let before = start.checked_sub(1).map(|k| c.toks[k].lower.as_ref());
    let the = c.eat("the");
    let plural = |t: &Tok<'_>| {
        unit_of(&t.lower)
            .filter(|u| t.lower.ends_with('s') && !matches!(u, Unit::Weekend | Unit::Quarter))
    };
    let unit = c.peek().and_then(plural)?;
    c.i += 1;
    if the {
        if c.eat("ahead") || matches!(before, Some("over" | "through")) {
            return plain(Core::Duration { unit, amount: None });
        }
        c.i = start;
        return None;
    }
    if c.eat("ago") {
        return plain(Core::Reference("PAST_REF"));
    }
    // "Just hours from now", "Years from now, we will know"
    if from_now(c) {
        return plain(Core::Reference("FUTURE_REF"));
    }
    // "Hours later", "collapsed days after it was signed": a length between two events of
    // the story, as "three days later" is
    if c.eat("later") || c.eat("earlier") {
        return plain(Core::Duration { unit, amount: None });
    }
    let opens = before.is_none_or(|w| looks_past(w) || !w.starts_with(char::is_alphanumeric));
    if opens && c.peek().is_some_and(|t| t.is("after") || t.is("before")) {
        return plain(Core::Duration { unit, amount: None });
    }
    if c.peek().is_some_and(|t| t.is("or")) && c.peek_at(1).and_then(plural).is_some() {
        c.i += 2;
    }
    // ("It could take weeks to restore power", "the trial lasted months")
    let introduced = matches!(
        before,
        Some(
            "for"
                | "within"
                | "in"
                | "after"
                | "over"
                | "following"
                | "take"
                | "takes"
                | "took"
                | "taking"
                | "lasted"
                | "lasts"
                | "spent"
                | "waited"
        )
    );
    // "months of talks", but not "the days of the week" or "the early hours of Saturday"
    let of = c.peek().is_some_and(|t| t.is("of"))
        && !matches!(
            before,
            Some("the" | "these" | "those" | "early" | "small" | "wee" | "final" | "last")
        );
    if introduced || of {
        return plain(Core::Duration { unit, amount: None });
    }
    c.i = start;
    None
}

/// Eats "and a half".
fn and_a_half(c: &mut Cursor<'_, '_>) -> bool {
    if c.peek().is_some_and(|t| t.is("and"))
        && c.peek_at(1).is_some_and(|t| t.is("a"))
        && c.peek_at(2).is_some_and(|t| t.is("half"))
    {
        c.i += 3;
        true
    } else {
        false
    }
}

/// `now`, `recently`, `the past`, `the future`, `currently`, `soon`, `formerly`.
fn reference_word(c: &mut Cursor<'_, '_>) -> Option<Expr> {
    let save = c.i;
    // "for a while", "for some time": a length nobody measured (TimeBank leaves "a long
    // time" alone)
    if save > 0
        && matches!(
            c.toks[save - 1].lower.as_ref(),
            "for" | "in" | "after" | "within" | "quite"
        )
    {
        if (c.eat("a") && c.eat("while")) || (c.eat("some") && c.eat("time")) {
            return plain(Core::Unmeasured);
        }
        c.i = save;
    }
    let the = c.eat("the");
    let t = c.peek()?.clone();
    let value = match (the, t.lower.as_ref()) {
        // the current account, current assets and liabilities are accounts, not times;
        // "the then current chairman" is the past
        (false, "current")
            if c.peek_at(1).is_some_and(|n| {
                matches!(
                    n.lower.as_ref(),
                    "account" | "accounts" | "assets" | "liabilities"
                )
            }) =>
        {
            c.i = save;
            return None;
        }
        (false, "current") if save > 0 && c.toks[save - 1].is("then") => "PAST_REF",
        (false, "now" | "currently" | "nowadays" | "presently" | "current") => "PRESENT_REF",
        (false, "recently" | "formerly" | "lately") => "PAST_REF",
        (false, "recent") if c.peek_at(1).is_some_and(|t| unit_of(&t.lower).is_some()) => {
            "PAST_REF"
        }
        (_, "coming" | "upcoming" | "future")
            if c.peek_at(1)
                .is_some_and(|t| unit_of(&t.lower).is_some() && t.lower.ends_with('s')) =>
        {
            c.i += 2;
            return plain(Core::Reference("FUTURE_REF"));
        }
        // "Islam will one day be the second largest religion", "someday"
        (false, "one") if one_day_to_come(c) => {
            c.i += 2;
            return plain(Core::Reference("FUTURE_REF"));
        }
        (false, "someday") => "FUTURE_REF",
        // "just moments ago", "a short time ago": the past, unmeasured
        (false, "moments") if c.peek_at(1).is_some_and(|t| t.is("ago")) => {
            c.i += 2;
            return plain(Core::Reference("PAST_REF"));
        }
        (false, "a") if c.at_words(&["a", "short", "time", "ago"]) => {
            c.i += 4;
            return plain(Core::Reference("PAST_REF"));
        }
        // "at a later date", "at a future date"
        (false, "a")
            if c.at_words(&["a", "later", "date"]) || c.at_words(&["a", "future", "date"]) =>
        {
            c.i += 3;
            return plain(Core::Reference("FUTURE_REF"));
        }
        // "in past years", "over the past years", "over past decades"
        (_, "past")
            if c.peek_at(1).is_some_and(|t| {
                t.lower.ends_with('s') && unit_of(&t.lower).is_some_and(|u| !u.is_time())
            }) =>
        {
            c.i += 2;
            return plain(Core::Reference("PAST_REF"));
        }
        (false, "these") if c.peek_at(1).is_some_and(|t| t.is("days")) => {
            c.i += 2;
            return plain(Core::Reference("PRESENT_REF"));
        }
        // (not "four of the past five sessions": a count of something else)
        (true, "past")
            if c.peek_at(1).is_some_and(|n| {
                n.kind == Kind::Num
                    || small_number(&n.lower).is_some()
                    || matches!(n.lower.as_ref(), "few" | "several")
            }) && c.peek_at(2).is_some_and(|w| {
                w.kind == Kind::Word
                    && unit_of(&w.lower).is_none()
                    && !matches!(w.lower.as_ref(), "to" | "or" | "and")
            }) =>
        {
            c.i = save;
            return None;
        }
        // "at the present time": now
        (true, "present") if c.peek_at(1).is_some_and(|t| t.is("time")) => {
            c.i += 2;
            return plain(Core::Reference("PRESENT_REF"));
        }
        // ("the present government", "the future king": an adjective; not "will rise in the
        // future due to", "in the future very much depends")
        (true, "present" | "future")
            if c.peek_at(1).is_some_and(|n| {
                n.kind == Kind::Word
                    && n.text.starts_with(|ch: char| ch.is_ascii_lowercase())
                    && !n.lower.ends_with('s')
                    && !n.lower.ends_with("ly")
                    && !PREPOSITIONS.contains(&n.lower.as_ref())
                    && !matches!(
                        n.lower.as_ref(),
                        "and"
                            | "or"
                            | "but"
                            | "is"
                            | "was"
                            | "will"
                            | "would"
                            | "could"
                            | "may"
                            | "might"
                            | "can"
                            | "should"
                            | "must"
                            | "that"
                            | "when"
                            | "if"
                            | "very"
                            | "due"
                            | "too"
                            | "not"
                            | "than"
                            | "as"
                            | "so"
                    )
            }) =>
        {
            c.i = save;
            return None;
        }
        (true, "past") => "PAST_REF",
        (true, "future") => "FUTURE_REF",
        (true, "present") => "PRESENT_REF",
        (true, "near" | "short")
            if c.peek_at(1).is_some_and(|t| t.is("term") || t.is("future")) =>
        {
            c.i += 2;
            return plain(Core::Reference("FUTURE_REF"));
        }
        // "will soon begin", "as soon as possible"; not "as soon as trading opened" or
        // "soon after" (relative to an event)
        (false, "as") if c.at_words(&["as", "soon", "as", "possible"]) => {
            c.i += 4;
            return plain(Core::Reference("FUTURE_REF"));
        }
        (false, "soon")
            if !((save > 0 && c.toks[save - 1].is("as"))
                || c.peek_at(1).is_some_and(|t| t.is("after") || t.is("as"))) =>
        {
            "FUTURE_REF"
        }
        _ => {
            c.i = save;
            return None;
        }
    };
    c.i += 1;
    // "recent months": a stretch of the recent past, TimeML's PXM ("recent years" stays
    // the vague past).
    if t.is("recent")
        && let Some(unit) = c
            .peek()
            .and_then(|t| unit_of(&t.lower))
            .filter(|u| !u.is_time() && *u != Unit::Year)
    {
        c.i += 1;
        return plain(Core::Duration { unit, amount: None });
    }
    if t.is("recent") {
        c.eat_any(&["years", "decades"]);
    }
    plain(Core::Reference(value))
}

/// The TIMEX3 value of a day of the week that is no particular one, with its part of the
/// day: `XXXX-WXX-1`, `XXXX-WXX-2TNI`.
fn weekday_value(day: Weekday, part: Option<&str>) -> String {
    let n = day.number_from_monday();
    match part {
        Some(part) => format!("XXXX-WXX-{n}T{part}"),
        None => format!("XXXX-WXX-{n}"),
    }
}

/// The first words of holiday names; they start an expression only when capitalised.
const HOLIDAY_STARTS: &[&str] = &[
    "ash",
    "bastille",
    "black",
    "boxing",
    "christmas",
    "columbus",
    "cyber",
    "easter",
    "election",
    "father",
    "good",
    "groundhog",
    "halloween",
    "holy",
    "independence",
    "labor",
    "martin",
    "maundy",
    "may",
    "memorial",
    "mother",
    "new",
    "palm",
    "presidents",
    "st",
    "thanksgiving",
    "valentine",
    "veterans",
];

fn holiday_may_start(t: &Tok<'_>) -> bool {
    t.is_capitalised() && HOLIDAY_STARTS.contains(&t.lower.as_ref())
}

/// `Christmas Day`, `New Year's Eve`, `Thanksgiving`, `Good Friday`, `Labor Day 2012`, `last
/// Christmas`: a holiday is its day, in the year the tense and the publication date make it
/// or the year written after it.
fn holiday(c: &mut Cursor<'_, '_>) -> Option<Expr> {
    let start = c.i;
    let rel = this_last_next(&c.peek()?.lower);
    if rel.is_some() {
        c.i += 1;
    }
    // every word of the name is capitalised: "a good Friday for stocks" is no holiday
    let word = |c: &mut Cursor<'_, '_>, w: &str| {
        let hit = c.peek().is_some_and(|t| t.is(w) && t.is_capitalised());
        c.i += usize::from(hit);
        hit
    };
    let fixed = |m, d| Some(Holiday::Fixed(m, d));
    let first = c.peek()?.lower.clone();
    if !c.peek().is_some_and(holiday_may_start) {
        c.i = start;
        return None;
    }
    c.i += 1;
    let found = match first.as_ref() {
        "christmas" if word(c, "eve") => fixed(12, 24),
        "christmas" => {
            word(c, "day");
            fixed(12, 25)
        }
        // not the Chinese or lunar new year
        "new"
            if !(start > 0
                && matches!(
                    c.toks[start - 1].lower.as_ref(),
                    "chinese" | "lunar" | "jewish" | "persian" | "iranian" | "vietnamese"
                ))
                && word(c, "year") =>
        {
            c.eat_possessive();
            if word(c, "eve") {
                fixed(12, 31)
            } else {
                word(c, "day");
                fixed(1, 1)
            }
        }
        "boxing" if word(c, "day") => fixed(12, 26),
        "halloween" => fixed(10, 31),
        "independence" if word(c, "day") => fixed(7, 4),
        "bastille" if word(c, "day") => fixed(7, 14),
        "groundhog" if word(c, "day") => fixed(2, 2),
        "valentine" => {
            c.eat_possessive();
            word(c, "day").then_some(Holiday::Fixed(2, 14))
        }
        "veterans" => {
            c.eat_possessive();
            word(c, "day").then_some(Holiday::Fixed(11, 11))
        }
        "st" => {
            c.eat_glued(".");
            (word(c, "patrick") && {
                c.eat_possessive();
                word(c, "day")
            })
            .then_some(Holiday::Fixed(3, 17))
        }
        "thanksgiving" => {
            word(c, "day");
            Some(Holiday::Nth(11, Weekday::Thu, 4))
        }
        "memorial" if word(c, "day") => Some(Holiday::Nth(5, Weekday::Mon, 5)),
        "labor" if word(c, "day") => Some(Holiday::Nth(9, Weekday::Mon, 1)),
        "columbus" if word(c, "day") => Some(Holiday::Nth(10, Weekday::Mon, 2)),
        "presidents" => {
            c.eat_possessive();
            word(c, "day").then_some(Holiday::Nth(2, Weekday::Mon, 3))
        }
        "martin" if word(c, "luther") && word(c, "king") => {
            if word(c, "jr") {
                c.eat_glued(".");
            }
            word(c, "day").then_some(Holiday::Nth(1, Weekday::Mon, 3))
        }
        "mother" | "father" => {
            c.eat_possessive();
            word(c, "day").then_some(if first == "mother" {
                Holiday::Nth(5, Weekday::Sun, 2)
            } else {
                Holiday::Nth(6, Weekday::Sun, 3)
            })
        }
        "election" if word(c, "day") => Some(Holiday::Election),
        "easter" if word(c, "monday") => Some(Holiday::Easter(1)),
        "easter" => {
            word(c, "sunday");
            Some(Holiday::Easter(0))
        }
        "good" if word(c, "friday") => Some(Holiday::Easter(-2)),
        "black" if word(c, "friday") => Some(Holiday::Thanksgiving(1)),
        "cyber" if word(c, "monday") => Some(Holiday::Thanksgiving(4)),
        "may" if word(c, "day") => fixed(5, 1),
        "ash" if word(c, "wednesday") => Some(Holiday::Easter(-46)),
        "palm" if word(c, "sunday") => Some(Holiday::Easter(-7)),
        "maundy" | "holy" if word(c, "thursday") => Some(Holiday::Easter(-3)),
        _ => None,
    };
    // "Christmas trees", "Easter eggs" are things, not days
    let thing = c.peek().is_some_and(|t| {
        matches!(
            t.lower.as_ref(),
            "tree" | "trees" | "card" | "cards" | "carol" | "carols" | "egg" | "eggs" | "island"
        )
    });
    let (Some(holiday), false) = (found, thing) else {
        c.i = start;
        return None;
    };
    let year = match c.peek().and_then(year_token) {
        Some(y) if rel.is_none() => {
            c.i += 1;
            Some(y)
        }
        _ => None,
    };
    plain(Core::Holiday { holiday, year, rel })
}

/// `every week`, `each year`, `every July`, `each spring`, `every 10 years`, `twice a
/// year`. ("annually", "quarterly" are left alone: mostly adjectives in news, "a quarterly
/// dividend", and TimeBank leaves the adverbs, "doubling its profits annually", untagged.)
fn set(c: &mut Cursor<'_, '_>) -> Option<Expr> {
    let t = c.peek()?.clone();
    // "twice a year", "three times a week", "once every two months"
    let times = match t.lower.as_ref() {
        "once" | "twice" | "thrice" => 1,
        _ if c.peek_at(1).is_some_and(|w| w.is("times"))
            && (t.kind == Kind::Num || small_number(&t.lower).is_some_and(|n| n > 1.0)) =>
        {
            2
        }
        _ => 0,
    };
    if times > 0 {
        c.i += times;
        let u = c.peek_at(1)?;
        if !c
            .peek()
            .is_some_and(|a| matches!(a.lower.as_ref(), "a" | "an" | "per" | "each" | "every"))
        {
            return None;
        }
        let unit = unit_of(&u.lower).filter(|_| !u.lower.ends_with('s'))?;
        c.i += 2;
        return plain(Core::Set(frequency(unit)));
    }
    if !(t.is("every") || t.is("each")) {
        return None;
    }
    c.i += 1;
    let u = c.peek()?.clone();
    if let Some(m) = month_named(&u) {
        c.i += 1;
        return plain(Core::Set(format!("XXXX-{m:02}")));
    }
    // "every Monday", "every Sunday morning"
    if let Some(day) = weekday_of(&u.lower) {
        c.i += 1;
        let part = c.peek().and_then(|t| part_of_day(&t.lower));
        c.i += usize::from(part.is_some());
        return plain(Core::Set(weekday_value(day, part)));
    }
    // "every morning", "each night"
    if let Some(part) = part_of_day(&u.lower) {
        c.i += 1;
        return plain(Core::Set(format!("XXXX-XX-XXT{part}")));
    }
    if let Some(season) = season_of(&u.lower) {
        c.i += 1;
        return plain(Core::Set(format!("XXXX-{}", season.code())));
    }
    // "every 10 years", "every two weeks", "every other month"
    let count = if u.is("other") {
        Some(2)
    } else if u.kind == Kind::Num && u.text.len() <= 3 {
        u.num().map(|n| n as i64)
    } else {
        small_number(&u.lower)
            .filter(|n| *n > 1.0 && n.fract() == 0.0)
            .map(|n| n as i64)
    };
    if let Some(n) = count {
        let unit = c.peek_at(1).and_then(|w| unit_of(&w.lower))?;
        c.i += 2;
        let time = if unit.is_time() { "T" } else { "" };
        return plain(Core::Set(format!("P{time}{n}{}", unit.code())));
    }
    let unit = unit_of(&u.lower)?;
    c.i += 1;
    plain(Core::Set(frequency(unit)))
}

/// A count of units as a whole number of the unit below when it has a half: "a year and a
/// half ago" is eighteen months back, not one year.
fn whole_count(unit: Unit, n: f64) -> (Unit, i64) {
    if n.fract() == 0.0 {
        return (unit, n as i64);
    }
    match unit {
        Unit::Year => (Unit::Month, (n * 12.0).round() as i64),
        Unit::Decade => (Unit::Year, (n * 10.0).round() as i64),
        Unit::Century => (Unit::Year, (n * 100.0).round() as i64),
        Unit::Day => (Unit::Hour, (n * 24.0).round() as i64),
        _ => (unit, n as i64),
    }
}

/// The TIMEX3 value of "every <unit>": `P1W`, `PT1H`.
fn frequency(unit: Unit) -> String {
    let time = if unit.is_time() { "T" } else { "" };
    format!("P{time}1{}", unit.code())
}

/// `the 20th century`, `the eleventh century`: TIMEX3 writes the century's first two digits.
fn century(c: &mut Cursor<'_, '_>) -> Option<Expr> {
    c.eat("the");
    let t = c.peek()?.clone();
    let n = match t.num() {
        Some(n) => {
            c.i += 1;
            c.eat_any(&["st", "nd", "rd", "th"])?;
            n
        }
        // "the twentieth century", "the twenty-first century" (words are read only when
        // "century" follows: this is tried at every token)
        None => {
            if !(1..=3).any(|k| c.peek_at(k).is_some_and(|t| t.is("century"))) {
                return None;
            }
            let (n, next) = super::spoken::spelled_ordinal(c.toks, c.i)?;
            c.i = next;
            n
        }
    };
    c.eat_glued("-");
    if !(1..=30).contains(&n) || !c.eat("century") {
        return None;
    }
    plain(Core::Century(n as i32 - 1))
}

/// `the 1990s`, `the '90s`, `the 1990's`, `the nineties`.
fn decade(c: &mut Cursor<'_, '_>) -> Option<Expr> {
    c.eat("the");
    let t = c.peek()?.clone();
    let spelled = match t.lower.as_ref() {
        "twenties" => Some(1920),
        "thirties" => Some(1930),
        "forties" => Some(1940),
        "fifties" => Some(1950),
        "sixties" => Some(1960),
        "seventies" => Some(1970),
        "eighties" => Some(1980),
        "nineties" => Some(1990),
        _ => None,
    };
    if let Some(y) = spelled.filter(|_| c.i > 0 && c.toks[c.i - 1].is("the")) {
        c.i += 1;
        return plain(Core::Decade(y));
    }
    if let Some(y) = year_token(&t).filter(|y| y % 10 == 0) {
        c.i += 1;
        c.eat_glued("'");
        c.eat_glued("’");
        let s = c.peek().filter(|t| !t.spaced && t.is("s"))?;
        let _ = s;
        c.i += 1;
        return plain(Core::Decade(y));
    }
    if t.text == "'" || t.text == "’" {
        let n = c
            .peek_at(1)
            .filter(|t| !t.spaced && t.text.len() == 2)?
            .num()?;
        if c.peek_at(2).is_some_and(|t| !t.spaced && t.is("s")) {
            c.i += 3;
            return plain(Core::Decade(if n < 30 { 2000 } else { 1900 } + n as i32));
        }
        // "He graduated in '98", "since '09": a year, after a preposition (not a quote)
        let after_preposition = c.i > 0
            && t.spaced
            && matches!(
                c.toks[c.i - 1].lower.as_ref(),
                "in" | "since" | "of" | "by" | "until" | "from" | "to" | "through" | "and"
            );
        let alone = c
            .peek_at(2)
            .is_none_or(|t| t.kind == Kind::Punct || t.kind == Kind::Word && t.spaced);
        if after_preposition && alone {
            c.i += 2;
            return plain(Core::ShortYear(n));
        }
    }
    None
}

/// `the first quarter`, `third-quarter`, `the second half of 1998`, `Q3`.
fn quarter(c: &mut Cursor<'_, '_>) -> Option<Expr> {
    c.eat("the");
    // "the first two quarters of 1990" is its first half
    if let Some(h) = c.peek().and_then(|t| match t.lower.as_ref() {
        "first" => Some(1),
        "last" => Some(2),
        _ => None,
    }) && c.peek_at(1).is_some_and(|t| t.is("two"))
        && c.peek_at(2).is_some_and(|t| t.is("quarters"))
        && c.peek_at(3).is_some_and(|t| t.is("of"))
        && let Some(year) = c.peek_at(4).and_then(year_token)
    {
        c.i += 5;
        return plain(Core::Half {
            year: Some(year),
            h,
        });
    }
    // "the October-December quarter", "the July/September quarter 1987", "the current
    // April-June quarter": a calendar quarter by its months
    let k = usize::from(c.peek().is_some_and(|t| t.is("current")));
    if let Some(joint) = c.peek_at(k + 1)
        && matches!(joint.text, "-" | "/")
        && !joint.spaced
        && let Some(first) = c
            .peek_at(k)
            .filter(|t| t.is_capitalised())
            .and_then(|t| month_of(&t.lower))
        && let Some(last) = c.peek_at(k + 2).and_then(|t| month_of(&t.lower))
        && first % 3 == 1
        && last == first + 2
        && c.peek_at(k + 3).is_some_and(|t| t.is("quarter"))
    {
        c.i += k + 4;
        return plain(Core::Quarter {
            year: year_after(c),
            q: first / 3 + 1,
            years: 0,
            by_months: true,
        });
    }
    let mut year_before = None;
    let mut rel_before = None;
    if let Some(y) = c.peek().and_then(year_token) {
        c.i += 1;
        // "2013's first quarter"
        if c.peek().is_some_and(|t| matches!(t.text, "'" | "’"))
            && c.peek_at(1).is_some_and(|t| t.is("s"))
        {
            c.i += 2;
        }
        year_before = Some(y);
    } else if let Some(r) = c.peek().and_then(|t| this_last_next(&t.lower))
        && c.peek_at(1).is_some_and(|t| t.is("year"))
        && c.peek_at(2).is_some_and(|t| t.text == "'" || t.text == "’")
        && c.peek_at(3).is_some_and(|t| t.is("s"))
    {
        c.i += 4;
        rel_before = Some(r);
    }
    // "the year-ago third quarter": the year before the quarter of that number last ended
    let years = -i32::from(year_before.is_none() && rel_before.is_none() && year_ago(c));
    let fiscal = c.eat("fiscal");
    // ("the final quarter of 2012", "the last quarter of 2012"; "the last quarter" alone is
    // the latest one)
    // ("the final quarter of this year", "of next year"; not yet "of the year", which
    // below would be the publication's, where the text may mean the year it speaks of)
    let of_year = |k: usize| {
        c.peek_at(k).is_some_and(|t| t.is("of"))
            && (c.peek_at(k + 1).and_then(year_token).is_some()
                || (c
                    .peek_at(k + 1)
                    .is_some_and(|t| this_last_next(&t.lower).is_some())
                    && c.peek_at(k + 2).is_some_and(|t| t.is("year"))))
    };
    let n = match c.peek()?.lower.as_ref() {
        "last" | "latter" if c.peek_at(1).is_some_and(|t| t.is("half")) => 2,
        // (and "the 1985 final quarter", "last year's final quarter")
        "final" | "last"
            if c.peek_at(1).is_some_and(|t| t.is("quarter"))
                && (of_year(2) || year_before.is_some() || rel_before.is_some()) =>
        {
            4
        }
        "final" if c.peek_at(1).is_some_and(|t| t.is("half")) && of_year(2) => 2,
        w => ordinal_of(w)?,
    };
    c.i += 1;
    c.eat_glued("-");
    let unit = c.eat_any(&["quarter", "half"])?;
    // "He scored twice in the first half", "trailed by 10 points in the fourth quarter":
    // the periods of a game
    if year_before.is_none() && rel_before.is_none() && tells_of_a_game(c.toks, c.i) {
        return None;
    }
    // "the second half of 1998", "the first quarter, 1987", "first-quarter 1987 profits"
    let year = {
        let save = c.i;
        if c.eat("of") {
            // "the first half of fiscal 2014"
            c.eat("fiscal");
        } else {
            c.eat(",");
        }
        let year = c.peek().and_then(year_token);
        c.i = if year.is_some() { c.i + 1 } else { save };
        year
    };
    // "the first half of next year", "the fourth quarter of this year"
    let mut rel = rel_before;
    if year.is_none()
        && c.peek().is_some_and(|t| t.is("of"))
        && c.peek_at(2).is_some_and(|t| t.is("year"))
    {
        let r = match c.peek_at(1).map(|t| t.lower.as_ref()) {
            Some("this" | "the") => Some(0),
            Some("last") => Some(-1),
            Some("next") => Some(1),
            _ => None,
        };
        if r.is_some() {
            c.i += 3;
            rel = r;
        }
    }
    let year = year.or(year_before);
    // "the second half of a two-week statement period", "the first half of the match": a
    // part of something else (not "the first half of the year", "of the fiscal year")
    if year.is_none() && rel.is_none() && c.peek().is_some_and(|t| t.is("of")) {
        let what = c.peek_at(1).map(|t| t.lower.as_ref());
        let of_a_period = c.peek_at(2).is_some_and(|t| {
            matches!(
                t.lower.as_ref(),
                "year" | "fiscal" | "financial" | "calendar" | "current"
            )
        });
        // (a quarter keeps its "of": "the sale in the fourth quarter of an investment")
        if unit == "half"
            && (matches!(what, Some("a" | "an")) || (what == Some("the") && !of_a_period))
        {
            return None;
        }
    }
    // "its fiscal third quarter" read in March is the one of the fiscal year under way,
    // named for the publication's year (not last year's calendar third quarter)
    if fiscal && year.is_none() && years == 0 && unit == "quarter" {
        rel = rel.or(Some(0));
    }
    if let Some(years) = rel
        && (unit == "quarter" || n <= 2)
    {
        return plain(Core::RelQuarter {
            n,
            half: unit == "half",
            years,
        });
    }
    if unit == "quarter" {
        plain(Core::Quarter {
            year,
            q: n,
            years,
            by_months: false,
        })
    } else if n <= 2 && years == 0 {
        plain(Core::Half { year, h: n })
    } else {
        None
    }
}

/// Whether token `k` opens a futures code, a month of three capitals glued to one digit:
/// "MAY7", "MAR8".
fn futures_code(toks: &[Tok<'_>], k: usize) -> bool {
    let month = &toks[k];
    month.text.len() == 3
        && month.text.chars().all(|ch| ch.is_ascii_uppercase())
        && month_of(&month.lower).is_some()
        && toks
            .get(k + 1)
            .is_some_and(|n| !n.spaced && n.kind == Kind::Num && n.text.len() == 1)
}

/// Whether the sentence around token `at` tells of a game being played: "scored",
/// "halftime", "touchdown" (not "goal", which business news sets too).
fn tells_of_a_game(toks: &[Tok<'_>], at: usize) -> bool {
    before_in_sentence(toks, at, 25)
        .chain(after_in_sentence(toks, at, 25))
        .any(|k| {
            matches!(
                toks[k].lower.as_ref(),
                "scored"
                    | "halftime"
                    | "touchdown"
                    | "touchdowns"
                    | "penalty"
                    | "kickoff"
                    | "equaliser"
                    | "equalizer"
                    | "quarterback"
                    | "rebounds"
                    | "innings"
            )
        })
}

/// The codes of business news: `Q3 2019`, `Q4`, `H1 2019`, `FY2019`, `FY19`, `FY 2019`.
fn period_code(c: &mut Cursor<'_, '_>) -> Option<Expr> {
    // "FY19", "1Q13": a year of two digits is this century's below 50
    let two_digit = |v: u32| {
        if v < 50 {
            2000 + v as i32
        } else {
            1900 + v as i32
        }
    };
    let t = c.peek()?.clone();
    // "1Q13", "2Q 2013", "in 2Q", "1H19", "2H 2020": the quarter or half first, as
    // analysts write it
    if t.kind == Kind::Num
        && t.text.len() == 1
        && let Some(half) = c
            .peek_at(1)
            .filter(|l| !l.spaced)
            .and_then(|l| match l.text {
                "Q" => Some(false),
                "H" => Some(true),
                _ => None,
            })
        && let Some(q) = t
            .num()
            .filter(|q| (1..=if half { 2 } else { 4 }).contains(q))
    {
        let glued = c.peek_at(2).filter(|n| !n.spaced);
        if glued.is_some_and(|n| n.kind == Kind::Word) {
            return None;
        }
        let year = match glued.filter(|n| n.kind == Kind::Num) {
            Some(n) if n.text.len() == 2 => Some(two_digit(n.num()?)),
            Some(n) if n.text.len() == 4 => Some(year_token(n)?),
            Some(_) => return None,
            None => None,
        };
        c.i += 2 + usize::from(year.is_some());
        let year = year.or_else(|| {
            let y = c.peek().and_then(year_token);
            c.i += usize::from(y.is_some());
            y
        });
        if half {
            return plain(Core::Half { year, h: q });
        }
        return plain(Core::Quarter {
            year,
            q,
            years: 0,
            by_months: false,
        });
    }
    let letter = match t.text {
        "Q" | "H" | "FY" => t.text,
        _ => return None,
    };
    let n = c
        .peek_at(1)
        .filter(|n| n.kind == Kind::Num && (!n.spaced || (letter == "FY" && n.text.len() == 4)))?;
    let value = n.num()?;
    let after = c.peek_at(2);
    // "Q3" and not "Q35" or "Q3b"
    if after.is_some_and(|a| !a.spaced && a.kind != Kind::Punct) {
        return None;
    }
    if letter == "FY" {
        let year = match n.text.len() {
            4 => year_token(n)?,
            2 => two_digit(value),
            _ => return None,
        };
        c.i += 2;
        return plain(Core::Cal {
            year: Some(year),
            month: None,
            day: None,
        });
    }
    let limit = if letter == "Q" { 4 } else { 2 };
    if !(1..=limit).contains(&value) || n.text.len() != 1 {
        return None;
    }
    c.i += 2;
    // "Q3 2019", "Q3 of 2019", "Q3'19", "Q3 FY2019"
    let year = year_after(c).or_else(|| {
        let save = c.i;
        c.eat("fy");
        let y = c.peek().and_then(year_token);
        if y.is_some() {
            c.i += 1;
        } else {
            c.i = save;
        }
        y
    });
    if letter == "Q" {
        plain(Core::Quarter {
            year,
            q: value,
            years: 0,
            by_months: false,
        })
    } else {
        plain(Core::Half { year, h: value })
    }
}

/// Eats "year end", "year's end" or "year-end", and says whether it names the closing day
/// (the hyphen) rather than the end of the year.
fn year_end(c: &mut Cursor<'_, '_>) -> Option<bool> {
    let start = c.i;
    if c.eat("year") {
        let day = !c.eat_possessive() && c.eat_glued("-");
        if c.eat("end") {
            return Some(day);
        }
    }
    c.i = start;
    None
}

/// `the quarter`, `the latest quarter`, `that year`, `the following month`, `the
/// year-ago period`, `the previous Friday`: resolved against the last date the text named.
fn anaphor(c: &mut Cursor<'_, '_>) -> Option<Expr> {
    let start = c.i;
    if year_ago(c) {
        return plain(Core::Anaphor {
            unit: None,
            years: -1,
            offset: 0,
            in_year: None,
            same: false,
        });
    }
    // "year-end", "year end", "year's end": the last day of the anchor's year.
    if let Some(day) = year_end(c) {
        // "at year end 1986"
        if let Some(y) = c.peek().and_then(year_token) {
            c.i += 1;
            return Some(Expr {
                core: Core::Cal {
                    year: Some(y),
                    month: None,
                    day: None,
                },
                modifier: Some(Mod::End),
            });
        }
        let before = start.checked_sub(1).map(|k| c.toks[k].lower.as_ref());
        let since = before == Some("since");
        let ahead = matches!(before, Some("by" | "before" | "until" | "till"));
        return plain(Core::YearEnd { since, day, ahead });
    }
    let that = c.eat("that");
    // "stalled in the Senate that summer", "That May, it died" (not the conjunction: "said
    // that March sales rose", "noted that February is a small month"; a month must end its
    // clause)
    if that
        && let Some(t) = c.peek().filter(|t| {
            season_of(&t.lower).is_some()
                || (month_of(&t.lower).is_some()
                    && t.is_capitalised()
                    && c.peek_at(1)
                        .is_none_or(|n| matches!(n.text, "," | "." | ";")))
        })
        && !c.peek_at(1).is_some_and(|n| {
            n.kind == Kind::Num
                || (n.kind == Kind::Word
                    && n.text.starts_with(|ch: char| ch.is_ascii_lowercase())
                    && !goes_on_with_clause(&n.lower)
                    && !determiner(&n.lower)
                    && !matches!(n.lower.as_ref(), "it" | "he" | "she" | "they" | "we" | "i"))
        })
    {
        let inner = named_in_year(t)?;
        c.i += 1;
        return plain(Core::InThatYear {
            inner: Box::new(inner),
            years: 0,
        });
    }
    if !that && !c.eat("the") {
        return None;
    }
    let mut offset = 0;
    let mut years = 0;
    let mut latest = false;
    let mut same = false;
    match c.peek().map(|t| t.lower.clone()).as_deref() {
        Some("current" | "full" | "this") => {
            c.i = start;
            return None;
        }
        Some("latest" | "most") => {
            c.i += 1;
            c.eat("recent");
            latest = true;
        }
        Some("same") => {
            c.i += 1;
            same = true;
        }
        Some("comparable" | "corresponding") => c.i += 1,
        Some("following" | "next") if !that => {
            c.i += 1;
            offset = 1;
        }
        Some("previous" | "preceding" | "prior") if !that => {
            c.i += 1;
            offset = -1;
        }
        _ => {}
    }
    c.eat_fiscal();
    if year_ago(c) {
        years = -1;
    }
    // "the 1988 quarter", "the 1989 period", "the same 1986 month"
    let mut in_year = None;
    if !that
        && offset == 0
        && years == 0
        && let Some(y) = c.peek().and_then(year_token)
        && c.peek_at(1)
            .is_some_and(|t| t.is("quarter") || t.is("period") || t.is("month"))
    {
        in_year = Some(y);
        c.i += 1;
    }
    // "the previous Friday"
    if let Some(day) = c
        .peek()
        .and_then(|t| weekday_of(&t.lower))
        .filter(|_| offset != 0)
    {
        c.i += 1;
        return plain(Core::Weekday {
            day,
            rel: Some(offset),
            from_reference: true,
        });
    }
    // "the following spring", "the previous December"
    if offset != 0
        && let Some(inner) = c.peek().and_then(|t| named_in_year(t))
    {
        c.i += 1;
        return plain(Core::NextNamed {
            inner: Box::new(inner),
            offset,
        });
    }
    let t = c.peek()?.clone();
    // "the new year": the year that began a few months ago, or begins in a few (not "the
    // New Year holiday", "the new year's budget")
    if !that
        && offset == 0
        && years == 0
        && !same
        && !latest
        && t.text == "new"
        && c.peek_at(1).is_some_and(|y| y.text == "year")
        && c.peek_at(2).is_none_or(|n| {
            (n.kind == Kind::Punct && !matches!(n.text, "'" | "’"))
                || PREPOSITIONS.contains(&n.lower.as_ref())
                || goes_on_with_clause(&n.lower)
        })
    {
        c.i += 2;
        return plain(Core::NewYear);
    }
    // "the week ahead", "the year ahead": the one the day after the publication is in
    if !that
        && offset == 0
        && years == 0
        && !same
        && !latest
        && let Some(unit @ (Unit::Week | Unit::Month | Unit::Year)) = unit_of(&t.lower)
        && !t.lower.ends_with('s')
        && c.peek_at(1).is_some_and(|t| t.is("ahead"))
    {
        c.i += 2;
        return plain(Core::Ahead(unit));
    }
    // "the morning of March 5", "the night of Oct. 12", "the early morning hours of
    // Sunday": that part of the day named after
    let early = usize::from(t.is("early") || t.is("late"));
    let hours = usize::from(c.peek_at(early + 1).is_some_and(|t| t.is("hours")));
    if !that
        && offset == 0
        && years == 0
        && !same
        && let Some(part) = c.peek_at(early).and_then(|t| part_of_day(&t.lower))
        && c.peek_at(early + hours + 1).is_some_and(|t| t.is("of"))
        && let Some((end, day)) = parse_at(c.toks, c.i + early + hours + 2)
        && matches!(
            day.core,
            Core::Cal { day: Some(_), .. }
                | Core::Weekday { .. }
                | Core::Holiday { .. }
                | Core::Relative {
                    unit: Unit::Day,
                    ..
                }
        )
    {
        c.i = end;
        return plain(Core::DayPart {
            day: Box::new(day),
            part,
        });
    }
    // a day of the story, not a day in general: "that morning", "the next evening", "the
    // same day", "the day before", "later in the day"
    // ("the same day in 1985", "that day in 1992" are another year's: not anaphora)
    let in_another_year = c.peek_at(1).is_some_and(|t| t.is("in") || t.is("of"))
        && c.peek_at(2).and_then(year_token).is_some();
    let named_day = (that || offset != 0 || same) && !in_another_year;
    if named_day
        && years == 0
        && in_year.is_none()
        && let Some(part) = part_of_day(&t.lower)
    {
        c.i += 1;
        return plain(Core::DayPart {
            day: Box::new(Expr {
                core: Core::day_of_story(offset),
                modifier: None,
            }),
            part,
        });
    }
    // "Dealers placed heavy buy orders in the morning", "troops withdrew during the night":
    // that part of the day the story is on, when a verb in the past tells of it (not
    // "works in the morning", nor "in the morning session")
    if !named_day
        && !that
        && years == 0
        && in_year.is_none()
        && let Some(part) = part_of_day(&t.lower)
        && start > 0
        && matches!(
            c.toks[start - 1].lower.as_ref(),
            "in" | "by" | "during" | "through" | "throughout" | "until"
        )
        && c.peek_at(1).is_none_or(|n| {
            (n.kind == Kind::Punct && n.text != "-") || PREPOSITIONS.contains(&n.lower.as_ref())
        })
        && (before_in_sentence(c.toks, start - 1, 7).any(|k| past_verb(c.toks, k))
            // ("In the evening, troops withdrew": opening the sentence, the verb after it)
            || ((start == 1 || ends_sentence(c.toks, start - 2))
                && c.peek_at(1).is_some_and(|n| n.text == ",")
                && after_in_sentence(c.toks, c.i + 2, 6).any(|k| past_verb(c.toks, k))))
    {
        c.i += 1;
        return plain(Core::DayPart {
            day: Box::new(Expr {
                core: Core::day_of_story(0),
                modifier: None,
            }),
            part,
        });
    }
    // "The night before, he had fled", "the morning after": that part of the day before
    // (after) the one the text named last (not "the night before the election")
    if !named_day
        && !that
        && years == 0
        && in_year.is_none()
        && let Some(part) = part_of_day(&t.lower)
        && let Some(offset) = c.peek_at(1).and_then(|w| match w.lower.as_ref() {
            "before" => Some(-1),
            "after" => Some(1),
            _ => None,
        })
        && c.peek_at(2)
            .is_none_or(|n| n.kind == Kind::Punct && matches!(n.text, "," | "." | ";" | ":" | ")"))
    {
        c.i += 2;
        return plain(Core::DayPart {
            day: Box::new(Expr {
                core: Core::day_of_story(offset),
                modifier: None,
            }),
            part,
        });
    }
    if !named_day && t.is("day") && years == 0 && in_year.is_none() {
        let next = c.peek_at(1).map(|t| t.lower.as_ref());
        let after_next = c.peek_at(2).map(|t| t.lower.as_ref());
        let clause_ends = matches!(
            after_next,
            None | Some("," | "." | ";" | ":" | ")" | "-" | "and" | "but" | "when")
        );
        let before = |k: usize| start.checked_sub(k).map(|k| c.toks[k].lower.as_ref());
        match next {
            Some("before") if clause_ends => offset = -1,
            Some("after") if clause_ends => offset = 1,
            _ if before(1) == Some("in") && matches!(before(2), Some("later" | "earlier")) => {}
            _ => {
                c.i = start;
                return None;
            }
        }
        c.i += 1 + usize::from(offset != 0);
        return plain(Core::day_of_story(offset));
    }
    // "the Year of the Woman", ABC's "This Week": a name
    if t.is_capitalised() && c.i > 0 && !c.toks[c.i - 1].is_capitalised() {
        c.i = start;
        return None;
    }
    let unit = match t.lower.as_ref() {
        "quarter" => Some(Unit::Quarter),
        "year" => Some(Unit::Year),
        // (not "the month of February": the month named after)
        "month"
            if !(c.peek_at(1).is_some_and(|t| t.is("of"))
                && c.peek_at(2).is_some_and(|t| month_of(&t.lower).is_some())) =>
        {
            Some(Unit::Month)
        }
        "week" => Some(Unit::Week),
        "weekend" => Some(Unit::Weekend),
        // "by the end of the decade", "since the start of the century": this decade (a
        // year named before, a target or a record, is seldom in the decade meant)
        "decade" | "century"
            if !that && offset == 0 && years == 0 && !latest && !same && in_year.is_none() =>
        {
            if t.is_capitalised() {
                c.i = start;
                return None;
            }
            c.i += 1;
            return plain(Core::StoryDecade(unit_of(&t.lower)?));
        }
        "day" if named_day => Some(Unit::Day),
        // (not "the period from 2000 to 2010", "the period before the vote": a period
        // the words after it define; but "a loss for the period of about $175 million" is
        // the story's, and "the same period of 1986" is still the same period)
        "period" if c.i > start + 1 || !defined_by_what_follows(c) => None,
        _ => {
            c.i = start;
            return None;
        }
    };
    c.i += 1;
    // "for the year ended March 31", "the year to March 31", "the year through February": a
    // company's reporting year, or a statistic's, a period of a year. (TimeBank annotates
    // "the quarter ended Sept. 30" as the quarter itself, which `ends_on` works out from the
    // date that follows.)
    let ends = c.peek().is_some_and(|t| t.is("ended") || t.is("ending"))
        || (c.peek().is_some_and(|t| t.is("to") || t.is("through"))
            && c.peek_at(1)
                .is_some_and(|t| month_of(&t.lower).is_some() || t.is("end")));
    if let Some(unit @ Unit::Year) = unit
        && !that
        && offset == 0
        && years == 0
        && !latest
        && ends
    {
        return plain(Core::Duration {
            unit,
            amount: Some(1.0),
        });
    }
    // "in the week since the quake", "during the month after the vote": the length that
    // runs from an event (not "the week before last", nor "the year after", which is a year
    // of the story)
    if let Some(unit @ (Unit::Week | Unit::Month | Unit::Year)) = unit
        && !that
        && offset == 0
        && years == 0
        && !latest
        && !same
        && start > 0
        && matches!(
            c.toks[start - 1].lower.as_ref(),
            "in" | "during" | "over" | "for" | "throughout"
        )
        // (an event, not a clause or a figure: "throughout the year after 11.7 pct in 1986",
        // "later in the year since both inflation and interest rates rise")
        && c.peek()
            .is_some_and(|t| matches!(t.lower.as_ref(), "since" | "after" | "following"))
        && c.peek_at(1).is_some_and(|t| determiner(&t.lower))
    {
        return plain(Core::Duration {
            unit,
            amount: Some(1.0),
        });
    }
    // "the year two thousand", "the year 1990" are calendar years, not anaphora.
    if unit == Some(Unit::Year)
        && c.peek()
            .is_some_and(|t| year_token(t).is_some() || small_number(&t.lower).is_some())
    {
        c.i = start;
        return None;
    }
    // "in the year to date", "the quarter so far": the publication's, however many dates
    // the story named before
    if let Some(unit) =
        unit.filter(|u| matches!(u, Unit::Week | Unit::Month | Unit::Quarter | Unit::Year))
        && !that
        && offset == 0
        && years == 0
        && !latest
        && !same
        && in_year.is_none()
        && (c.at_words(&["to", "date"]) || c.at_words(&["so", "far"]))
    {
        return plain(Core::Relative { unit, offset: 0 });
    }
    if latest && years == 0 {
        // "the latest quarter": the last complete one before the anchor.
        return plain(Core::Relative {
            unit: unit.unwrap_or(Unit::Quarter),
            offset: -1,
        });
    }
    // "the quarter a year ago", "the corresponding period last year": the same period, a
    // year back
    if years == 0 && in_year.is_none() && offset == 0 && a_year_back(c) {
        years = -1;
    }
    // "a rise over the week before", "503.7 billion the year before": the one before the
    // period the text speaks of (not "the week before the vote")
    let clause_ends = |k: usize| {
        c.peek_at(k).is_none_or(|t| {
            t.kind == Kind::Punct && !matches!(t.text, "-" | "/" | "'" | "’")
                || matches!(t.lower.as_ref(), "and" | "but" | "when")
        })
    };
    if unit.is_some_and(|u| matches!(u, Unit::Week | Unit::Month | Unit::Year))
        && years == 0
        && offset == 0
        && !that
        && !same
        && in_year.is_none()
        && clause_ends(1)
    {
        if c.eat("before") {
            offset = -1;
        } else if c.eat("after") {
            offset = 1;
        }
    }
    // "the same period of 2012", "the corresponding quarter in 1986": the period the text
    // speaks of, in that year
    let mut same_in_year = false;
    if in_year.is_none()
        && years == 0
        && offset == 0
        && matches!(
            c.toks[start + 1].lower.as_ref(),
            "same" | "comparable" | "corresponding"
        )
        && c.peek().is_some_and(|t| t.is("of") || t.is("in"))
        && let Some(y) = c.peek_at(1).and_then(year_token)
        // (not a split year, "the same period of 1985/86")
        && c.peek_at(2)
            .is_none_or(|t| t.spaced || !matches!(t.text, "/" | "-"))
    {
        in_year = Some(y);
        same_in_year = true;
        c.i += 2;
    }
    // "the week of April 13" is the week that day is in, not the story's (see `edge_of`),
    // and "the week of May" none ("the week-long visit" is a length)
    if unit == Some(Unit::Week)
        && (c.peek().is_some_and(|t| t.is("of"))
            && c.peek_at(1).is_some_and(|t| month_of(&t.lower).is_some())
            || c.peek().is_some_and(|t| t.text == "-" && !t.spaced))
    {
        c.i = start;
        return None;
    }
    plain(Core::Anaphor {
        unit,
        years,
        offset,
        in_year,
        same: same_in_year,
    })
}

/// Whether the words after "the period" say which period: "from 2000 to 2010", "of
/// military rule", "before the vote" (not "of 14.7 mln dlrs", "from 190 a year earlier").
fn defined_by_what_follows(c: &Cursor<'_, '_>) -> bool {
    let Some(word) = c.peek_at(1) else {
        return false;
    };
    let amount = c.peek_at(2).is_some_and(|t| {
        (t.kind == Kind::Num && year_token(t).is_none())
            || matches!(t.text, "$" | "£" | "€")
            || qualifier_at(c.toks, c.i + 2).is_some()
    });
    // ("the period 1987-90": the years name it)
    if year_token(word).is_some() {
        return true;
    }
    match word.lower.as_ref() {
        "from" | "of" => !amount,
        "between" | "when" | "in" | "since" | "before" | "after" | "during" | "until" | "that"
        | "which" => true,
        _ => false,
    }
}

/// Eats "a year ago", "a year earlier" or "last year" after a period.
fn a_year_back(c: &mut Cursor<'_, '_>) -> bool {
    let at = |c: &Cursor<'_, '_>, k: usize, w: &str| c.peek_at(k).is_some_and(|t| t.is(w));
    if at(c, 0, "a") && at(c, 1, "year") && (at(c, 2, "ago") || at(c, 2, "earlier")) {
        c.i += 3;
        true
    } else if at(c, 0, "last") && at(c, 1, "year") {
        c.i += 2;
        true
    } else {
        false
    }
}

/// `year-ago`, `year-earlier`, `a year earlier` used as an adjective; unhyphenated before
/// the period it qualifies ("the year ago quarter", "the year earlier month").
fn year_ago(c: &mut Cursor<'_, '_>) -> bool {
    let save = c.i;
    if c.eat("year") {
        let hyphen = c.eat_glued("-");
        if (c.eat("ago") || c.eat("earlier"))
            && (hyphen
                || c.peek().is_some_and(|t| {
                    matches!(
                        t.lower.as_ref(),
                        "quarter" | "period" | "month" | "week" | "half" | "fiscal"
                    ) || ordinal_of(&t.lower).is_some()
                }))
        {
            return true;
        }
    }
    c.i = save;
    false
}

/// `10 p.m. Wednesday`, `noon Thursday`, `5 p.m. EST Nov. 9`, `Wednesday at 10 a.m.`.
fn clock(c: &mut Cursor<'_, '_>) -> Option<Expr> {
    let t = c.peek()?.clone();
    // a preposition of time before it: "at 9:15", "until 2 in the morning" (a bare "3:16"
    // is a verse or a score)
    let timed = c.i > 0
        && matches!(
            c.toks[c.i - 1].lower.as_ref(),
            "at" | "by" | "until" | "till" | "from" | "before" | "after" | "around" | "about"
        );
    let (hour, minute) = if t.is("noon") || t.is("midday") {
        c.i += 1;
        (12, 0)
    } else if t.is("midnight") {
        c.i += 1;
        (24, 0)
    } else if let Some(h) = hour_of_twelve(&t)
        && c.peek_at(1).is_some_and(|o| o.is("o"))
        && c.peek_at(2).is_some_and(|q| matches!(q.text, "'" | "’"))
        && c.peek_at(3).is_some_and(|w| w.is("clock"))
    {
        // "7 o'clock", "eight o'clock this morning"
        c.i += 4;
        (h, 0)
    } else if let Some((past, m)) = match t.lower.as_ref() {
        "half" => Some((true, 30)),
        "quarter" => c.peek_at(1).and_then(|w| match w.lower.as_ref() {
            "past" => Some((true, 15)),
            "to" => Some((false, 45)),
            _ => None,
        }),
        _ => None,
    } && timed
        && c.peek_at(1)
            .is_some_and(|w| w.is(if past { "past" } else { "to" }))
        && let Some(h) = c.peek_at(2).and_then(hour_of_twelve)
    {
        // "at half past ten", "at quarter to eight": a spoken clock
        c.i += 3;
        (if past { h } else { h - 1 }, m)
    } else if let Some(hhmm) = t.num().filter(|_| t.text.len() == 4)
        && hhmm % 100 < 60
        && hhmm / 100 < 24
        && let hrs = usize::from(c.peek_at(1).is_some_and(|h| h.is("hrs") || h.is("hours")))
        && c.peek_at(1 + hrs).is_some_and(|z| is_zone(&z.lower))
    {
        // "at 0800 GMT", "1430 EST", "1000 hrs EDT": wire-service clock times, always with
        // their zone (a bare "1200" is a year)
        c.i += 1 + hrs;
        (hhmm / 100, hhmm % 100)
    } else {
        let h = t.num().filter(|h| *h <= 23 && t.text.len() <= 2)?;
        c.i += 1;
        let mut minute = None;
        // "14.30 GMT", "5.30pm", British style, only with its zone in capitals or a.m. or
        // p.m. ("14.30" alone is a number, "0.25 ct" a price)
        let dotted = c.peek().is_some_and(|t| t.text == "." && !t.spaced)
            && c.peek_at(1)
                .is_some_and(|t| !t.spaced && t.kind == Kind::Num && t.text.len() == 2)
            && c.peek_at(2).is_some_and(|z| {
                (is_zone(&z.lower) && z.text.chars().all(|c| c.is_ascii_uppercase()))
                    || matches!(z.lower.as_ref(), "am" | "pm")
                    || (matches!(z.lower.as_ref(), "a" | "p")
                        && c.peek_at(3).is_some_and(|t| t.text == ".")
                        && c.peek_at(4).is_some_and(|t| t.is("m")))
            });
        if c.eat_glued(":") || (dotted && c.eat_glued(".")) {
            minute = Some(
                c.peek()
                    .filter(|t| !t.spaced && t.text.len() == 2)?
                    .num()
                    .filter(|m| *m < 60)?,
            );
            c.i += 1;
        }
        // "at 14:30 GMT", "by 9:15": a clock without a.m. or p.m. needs its zone or a
        // preposition of time
        let meridiem = c
            .peek()
            .is_some_and(|t| matches!(t.lower.as_ref(), "am" | "pm" | "a" | "p"));
        // "2 in the morning", "8 in the evening", "11 at night": the part of the day is
        // the meridiem ("12 at night" is midnight)
        let at = |c: &Cursor<'_, '_>, k: usize, w: &str| c.peek_at(k).is_some_and(|t| t.is(w));
        let part = if at(c, 0, "in") && at(c, 1, "the") {
            c.peek_at(2)
                .and_then(|t| part_of_day(&t.lower))
                .filter(|p| matches!(*p, "MO" | "AF" | "EV"))
                .map(|p| (3, p))
        } else if at(c, 0, "at") && at(c, 1, "night") {
            Some((2, "NI"))
        } else {
            None
        };
        // (after a preposition of time: "won 3 in the afternoon" is a score)
        let spoken = part
            .filter(|_| timed && !meridiem && (1..=12).contains(&h))
            .map(|(words, p)| {
                c.i += words;
                let hour = match (p, h) {
                    ("MO", 12) => 0,
                    ("MO", h) | ("AF", h @ 12) => h,
                    ("NI", 12) => 24,
                    (_, h) => h + 12,
                };
                (hour, minute.unwrap_or(0))
            });
        if let Some(clock) = spoken {
            clock
        } else if !meridiem {
            let zone = c.peek().is_some_and(|z| is_zone(&z.lower));
            let m = minute?;
            if !(zone || timed) {
                return None;
            }
            (h, m)
        } else {
            let minute = minute.unwrap_or(0);
            if !(1..=12).contains(&h) {
                return None;
            }
            let pm = match c.peek().map(|t| t.lower.clone()).as_deref() {
                Some("am") => false,
                Some("pm") => true,
                Some("a") | Some("p") => {
                    let p = c.peek().is_some_and(|t| t.is("p"));
                    c.i += 1;
                    c.eat_glued(".");
                    if !c.eat("m") {
                        return None;
                    }
                    // the stop of "p.m." is the abbreviation's (that of "PM." ends the
                    // sentence)
                    c.eat_glued(".");
                    c.i -= 1;
                    p
                }
                _ => return None,
            };
            c.i += 1;
            (
                if pm && h != 12 {
                    h + 12
                } else if !pm && h == 12 {
                    0
                } else {
                    h
                },
                minute,
            )
        }
    };
    if c.peek().is_some_and(|z| is_zone(&z.lower)) {
        c.i += 1;
    }
    // "9:30 a.m. Eastern", "noon Pacific time", "3 p.m. Eastern Standard Time"
    // (capitalised: "central" is a word; "Eastern Europe", "Pacific Gas" are names)
    let at = |j: usize, w: &str| c.peek_at(j).is_some_and(|t| t.is(w));
    let zone_words = if at(1, "time") {
        Some(1)
    } else if (at(1, "standard") || at(1, "daylight")) && at(2, "time") {
        Some(2)
    } else if c.peek_at(1).is_some_and(|t| t.is_capitalised()) {
        None
    } else {
        Some(0)
    };
    if let Some(words) = zone_words
        && c.peek().is_some_and(|z| {
            z.is_capitalised()
                && matches!(
                    z.lower.as_ref(),
                    "eastern" | "central" | "mountain" | "pacific"
                )
        })
    {
        c.i += 1 + words;
    }
    // "6:30 tonight", "eight o'clock this morning": on the publication date, in that part
    // of it (a clock of twelve hours in the evening or afternoon is after noon)
    let part = if c.eat("tonight") {
        Some("NI")
    } else if c.peek().is_some_and(|t| t.is("this"))
        && let Some(p) = c.peek_at(1).and_then(|t| part_of_day(&t.lower))
    {
        c.i += 2;
        Some(p)
    } else {
        None
    };
    if let Some(part) = part {
        let hour = hour_in_part(hour, Some(part));
        return plain(Core::Clock {
            hour,
            minute,
            day: Some(Box::new(Expr {
                core: Core::Relative {
                    unit: Unit::Day,
                    offset: 0,
                },
                modifier: None,
            })),
        });
    }
    // "8 p.m. local time on Saturday", "5 p.m. New York time on April 12" (not "local
    // time" before no day)
    let before_local = c.i;
    if !(c.eat("local") && c.eat("time")) {
        c.i = before_local;
        let city = |k: usize| {
            (0..k).all(|j| {
                c.peek_at(j)
                    .is_some_and(|t| t.kind == Kind::Word && t.is_capitalised())
            }) && c.peek_at(k).is_some_and(|t| t.is("time"))
        };
        if let Some(k) = (1..=2).find(|&k| city(k)) {
            c.i += k + 1;
        }
    }
    c.eat(",");
    c.eat("on");
    // ("11 p.m. on Christmas Eve")
    let day = [calendar, relative, holiday].into_iter().find_map(|p| {
        let mut probe = Cursor {
            toks: c.toks,
            i: c.i,
        };
        // ("10:30 Saturday night": the day, and the part of it that says which half)
        let (e, part) = match p(&mut probe)? {
            Expr {
                core: Core::DayPart { day, part },
                modifier: None,
            } => (*day, Some(part)),
            e => (e, None),
        };
        let day_like = matches!(
            e.core,
            Core::Weekday { .. }
                | Core::DayOfWeekday { .. }
                | Core::Relative {
                    unit: Unit::Day,
                    ..
                }
                | Core::Cal { day: Some(_), .. }
                | Core::Holiday { .. }
        );
        day_like.then_some((probe.i, e, part))
    });
    let (day, hour) = match day {
        Some((end, e, part)) => {
            c.i = end;
            (Some(Box::new(e)), hour_in_part(hour, part))
        }
        None => {
            c.i = before_local;
            (None, hour)
        }
    };
    plain(Core::Clock { hour, minute, day })
}

/// A clock of twelve hours in a part of the day: after noon unless the part is the
/// morning ("6:30 tonight", "10:30 Saturday night").
fn hour_in_part(hour: u32, part: Option<&str>) -> u32 {
    if part.is_some_and(|p| p != "MO") && hour < 12 {
        hour + 12
    } else {
        hour
    }
}

/// `nineteen ninety-six`, `the year two thousand`.
fn spelled_year(c: &mut Cursor<'_, '_>) -> Option<Expr> {
    let start = c.i;
    if c.eat("the") && !c.eat("year") {
        c.i = start;
        return None;
    }
    let century = match c.peek()?.lower.as_ref() {
        "nineteen" => 1900,
        "eighteen" => 1800,
        "two" if c.peek_at(1).is_some_and(|t| t.is("thousand")) => {
            c.i += 2;
            let mut year = 2000;
            let save = c.i;
            c.eat("and");
            if let Some(n) = c
                .peek()
                .and_then(|t| small_number(&t.lower))
                .filter(|n| *n < 100.0)
            {
                c.i += 1;
                year += n as i32;
            } else {
                c.i = save;
            }
            return spelled_year_end(c, year);
        }
        _ => {
            c.i = start;
            return None;
        }
    };
    c.i += 1;
    let tens = c
        .peek()
        .and_then(|t| small_number(&t.lower))
        .filter(|n| *n >= 10.0 && *n < 100.0)?;
    c.i += 1;
    let mut year = century + tens as i32;
    if c.eat_glued("-")
        && let Some(n) = c
            .peek()
            .and_then(|t| small_number(&t.lower))
            .filter(|n| *n < 10.0)
    {
        c.i += 1;
        year += n as i32;
    }
    spelled_year_end(c, year)
}

/// A year read out, unless it counts what follows: "for more than two thousand years",
/// "two thousand people".
fn spelled_year_end(c: &Cursor<'_, '_>, year: i32) -> Option<Expr> {
    let counts = c
        .peek()
        .is_some_and(|t| unit_of(&t.lower).is_some() || COUNTED.contains(&t.lower.as_ref()));
    if counts {
        return None;
    }
    plain(Core::Cal {
        year: Some(year),
        month: None,
        day: None,
    })
}

/// Verbs of scheduled events in the present tense, which in news speak of what is to come.
const SCHEDULED: &[&str] = &[
    "air",
    "airs",
    "arrive",
    "arrives",
    "begin",
    "begins",
    "close",
    "closes",
    "continue",
    "continues",
    "convene",
    "convenes",
    "debut",
    "debuts",
    "depart",
    "departs",
    "end",
    "ends",
    "expire",
    "expires",
    "face",
    "faces",
    "host",
    "hosts",
    "leave",
    "leaves",
    "meet",
    "meets",
    "open",
    "opens",
    "play",
    "plays",
    "premiere",
    "premieres",
    "reconvene",
    "reconvenes",
    "resume",
    "resumes",
    "return",
    "returns",
    "run",
    "runs",
    "speak",
    "speaks",
    "start",
    "starts",
    "testifies",
    "testify",
    "travel",
    "travels",
    "vote",
    "votes",
];

/// Whether the clause around an expression speaks of the future ("will meet on Friday")
/// or of the past ("changed its fiscal year in December").
fn tense_near(toks: &[Tok<'_>], start: usize, end: usize) -> Tense {
    // the day that closes a period: after "end", the one nearest the publication, whatever
    // "end" schedules ("in the quarter end December 31", "Period end Jan 31"); after
    // "ends" at the head of a table of results, a period that is over ("Qtr ends April 30 /
    // Shr 32 cts vs 20 cts"); "ending" follows its clause ("will produce over three mln
    // bags in the year ending September 30")
    // (the rare word first: this runs for every expression)
    if start >= 2
        && (toks[start - 1].is("end") || toks[start - 1].is("ends"))
        && matches!(
            toks[start - 2].lower.as_ref(),
            "qtr" | "quarter" | "year" | "period" | "half" | "months" | "weeks"
        )
    {
        let table = || {
            toks.get(end)
                .is_some_and(|t| matches!(t.text, "Shr" | "Oper" | "Net" | "Revs" | "Sales"))
        };
        match toks[start - 1].lower.as_ref() {
            "end" => return Tense::Unmarked,
            "ends" if table() => return Tense::Ended,
            _ => {}
        }
    }
    // "in the year to March", "Sales in the three months to December fell": a month that
    // closes a period of a statistic is over, as after "ended"
    if start >= 2
        && toks[start - 1].is("to")
        && end == start + 1
        && month_of(&toks[start].lower).is_some()
        && matches!(
            toks[start - 2].lower.as_ref(),
            "year" | "months" | "quarter" | "weeks" | "period"
        )
    {
        return Tense::Ended;
    }
    // "the January/March quarter", "the October/December quarter": a span of months is
    // the one nearest the anchor, whatever the verb
    let glued = |slash: usize, month: usize| {
        toks.get(slash).is_some_and(|t| t.text == "/" && !t.spaced)
            && toks
                .get(month)
                .is_some_and(|t| month_of(&t.lower).is_some())
    };
    if glued(end, end + 1) || (start > 1 && glued(start - 1, start - 2)) {
        return Tense::Unmarked;
    }
    // "rose in the June contract", "bought March futures": a month that names what is
    // traded for delivery in it is the one nearest the anchor, whatever the verb
    if toks.get(end).is_some_and(|t| {
        matches!(
            t.lower.as_ref(),
            "contract" | "contracts" | "futures" | "delivery" | "deliveries" | "options"
        )
    }) && toks[start..end]
        .iter()
        .all(|t| month_of(&t.lower).is_some())
    {
        return Tense::Unmarked;
    }
    // "OPEC agreed this weekend in Vienna", "The talks this weekend failed": a verb in the
    // past right before or after "this weekend"
    if end == start + 2
        && toks[start].is("this")
        && toks[start + 1].is("weekend")
        && ((start > 0 && tells_past(toks, start - 1))
            || (end < toks.len() && tells_past(toks, end)))
    {
        return Tense::Past;
    }
    // "ahead of Friday's vote", "in advance of Monday's meeting": still to come
    let word_before = |k: usize, w: &str| start >= k && toks[start - k].is(w);
    // (not a lead: "well ahead of Friday's final 71.8")
    if word_before(1, "of")
        && (word_before(2, "ahead") || word_before(2, "advance"))
        && !(word_before(3, "well") || word_before(3, "far"))
    {
        return Tense::Future;
    }
    // "Monday's raids", "January's suspension": a name for something, not the time of the
    // verb
    let after = toks.get(end);
    if after.is_some_and(|t| matches!(t.text, "'" | "’"))
        && toks.get(end + 1).is_some_and(|t| t.is("s"))
    {
        // ... but "must pass before Friday's deadline", "go to the polls in Sunday's
        // election", "will face Djokovic in Sunday's final": an event in a sentence with no
        // verb in the past is still to come (a report, "officials said", does not count)
        // (past the names before it: "for Tuesday's Champions League game")
        let event = toks
            .get(end + 2..)
            .and_then(|rest| rest.iter().take(4).find(|t| !t.is_capitalised()));
        let waited_for = start > 0
            && matches!(
                toks[start - 1].lower.as_ref(),
                "before" | "until" | "by" | "in" | "for" | "at"
            )
            && event.is_some_and(|t| {
                matches!(
                    t.lower.as_ref(),
                    "deadline" | "vote" | "election" | "meeting" | "summit" | "talks" | "hearing"
                ) || (matches!(
                    t.lower.as_ref(),
                    "debate"
                        | "final"
                        | "semifinal"
                        | "game"
                        | "match"
                        | "race"
                        | "ceremony"
                        | "funeral"
                        | "launch"
                ) && before_in_sentence(toks, start, 15).any(|k| {
                    // (a contest or a rite only in a sentence that looks ahead: "Nadal beat
                    // Djokovic in Sunday's final" may be either tense)
                    matches!(toks[k].lower.as_ref(), "will" | "shall" | "ll")
                }))
            })
            && !before_in_sentence(toks, start, usize::MAX)
                .chain(after_in_sentence(toks, end, 15))
                .any(|k| tells_past(toks, k));
        return if waited_for {
            Tense::Future
        } else {
            Tense::Unmarked
        };
    }
    // "refinery runs in the week fell", "scheduled capacity for the month rose": the period
    // the text speaks of belongs to a subject whose verb, right after it, is in the past
    // (not "the year ended March 31", which names a period; nor a month, "May was up 12.5
    // cents": trade reports name coming months in the past tense)
    let subject_of_past = after.is_some_and(|t| {
        t.kind == Kind::Word
            && !t.is_capitalised()
            && looks_past(&t.lower)
            && !t.is("ended")
            && toks.get(end + 1).is_none_or(|n| !n.is("by"))
    });
    if subject_of_past
        && toks[start].is("the")
        && toks[start + 1..end]
            .iter()
            .all(|t| t.kind == Kind::Word && !t.is_capitalised())
    {
        return Tense::Past;
    }
    // (a participle with its object is a clause of its own, not a noun the date names: "to
    // file a 13-D with the SEC Monday reporting a stake", but "the June meeting of")
    let participle = |t: &Tok<'_>| {
        t.lower.len() > 5
            && t.lower.ends_with("ing")
            && toks.get(end + 1).is_some_and(|n| {
                determiner(&n.lower)
                    || n.kind == Kind::Num
                    || matches!(n.lower.as_ref(), "it" | "that" | "he" | "she" | "they")
            })
    };
    let attributive = after.is_some_and(|t| {
        t.kind == Kind::Word
            && t.text.starts_with(|c: char| c.is_ascii_lowercase())
            && part_of_day(&t.lower).is_none()
            && !goes_on_with_clause(&t.lower)
            && !participle(t)
    });
    // "has been negotiating since June", "shut since Monday": what began in the past (not
    // the conjunction, "since Easter falls late in April", nor "since the start of the
    // year", which is the year the clause speaks of)
    if start > 0 && toks[start - 1].is("since") && !attributive && !toks[start].is("the") {
        return Tense::Past;
    }
    // "the vote was postponed until Monday", "It has now been delayed again, to Tuesday":
    // put off to a day still to come
    if (word_before(1, "to") || word_before(1, "until"))
        && (2..=5).any(|k| start >= k && puts_off(&toks[start - k].lower))
        && !attributive
    {
        return Tense::Future;
    }
    // "Funding lasts through September", "the cuts, which total $85 billion through the end
    // of September": what lasts in the present up to a date goes on to a coming one (not
    // "sales rose in the year through March")
    if word_before(1, "through") && !attributive {
        let clause =
            || before_in_sentence(toks, start - 1, 10).take_while(|&k| toks[k].text != ",");
        let lasts = |k: usize| {
            matches!(
                toks[k].lower.as_ref(),
                "is" | "are"
                    | "lasts"
                    | "last"
                    | "runs"
                    | "run"
                    | "continues"
                    | "continue"
                    | "extends"
                    | "extend"
                    | "remains"
                    | "remain"
                    | "stays"
                    | "stay"
                    | "total"
                    | "totals"
                    | "valid"
            )
        };
        // (a participle after "is" is no past: "The government is funded through Sept. 30")
        let passive = |k: usize| k > 0 && matches!(toks[k - 1].lower.as_ref(), "is" | "are");
        if clause().any(lasts) && !clause().any(|k| past_verb(toks, k) && !passive(k)) {
            return Tense::Future;
        }
    }
    // "Analysts are watching the elections in September", "the plan calls for a referendum
    // in June": a vote or a summit that no verb in the past dates is still to come (not
    // "said the elections in September", "the summit in May was a failure")
    if start >= 2
        && (word_before(1, "in") || word_before(1, "on"))
        && matches!(
            toks[start - 2].lower.as_ref(),
            "election"
                | "elections"
                | "vote"
                | "referendum"
                | "polls"
                | "runoff"
                | "ballot"
                | "summit"
                | "conference"
                | "convention"
        )
        && !attributive
    {
        let before = before_in_sentence(toks, start - 2, usize::MAX).any(|k| past_verb(toks, k));
        // (past a comma too, "At a conference on February 23, members discussed"; but a
        // report is no date: "Merkel faces the elections in September, aides said")
        let after = after_in_sentence(toks, end, 15).any(|k| tells_past(toks, k));
        // (nor what the clause counts from: "in turmoil after the elections in September")
        let counted_from = (start.saturating_sub(6)..start - 2).any(|k| {
            matches!(
                toks[k].lower.as_ref(),
                "after" | "since" | "following" | "before"
            )
        });
        if !before && !after && !counted_from {
            return Tense::Future;
        }
    }
    let window: Vec<&Tok<'_>> = toks[..start]
        .iter()
        .rev()
        .take(6)
        .take_while(|t| !breaks_clause(t))
        .collect();
    // "at its next monthly tender on Thursday", "the next round of talks on Monday": an
    // event named as the next one is still to come
    if window.first().is_some_and(|t| t.is("on"))
        && window
            .iter()
            .skip(1)
            .position(|t| t.is("next"))
            .is_some_and(|k| window.get(k + 2).is_some_and(|d| determiner(&d.lower)))
    {
        return Tense::Future;
    }
    // "could begin as early as January", "as soon as Monday": what may yet happen
    if window.len() >= 3
        && window[0].is("as")
        && (window[1].is("early") || window[1].is("soon"))
        && window[2].is("as")
    {
        return Tense::Future;
    }
    // "had been scheduled to expire Friday" is over, but need not be in the past
    // (but "had" as the verb itself, "the company had at year end 820 employees", is the
    // past)
    let perfect =
        |k: usize| k > 0 && (window[k - 1].is("been") || looks_past(&window[k - 1].lower));
    if window
        .iter()
        .enumerate()
        .any(|(k, t)| (t.is("had") && perfect(k)) || t.is("previously"))
    {
        return Tense::Unmarked;
    }
    // "snow could reach New England by the weekend": a deadline, unless a verb in the
    // past reached it ("had risen 629 pct over the year by the end of September", "stocks,
    // which climbed to 1.62 mln tonnes by the end of January"); a clause that opens with
    // it takes the tense of its verb (see below)
    if word_before(1, "by") {
        let clause = || clause_before(toks, start - 1);
        let opens =
            clause().all(|k| matches!(toks[k].lower.as_ref(), "and" | "but" | "then" | "so"));
        // (a wish or a promise in the past still looks ahead: "he hoped for a vote by
        // Tuesday", "urged Congress to act by March 27")
        if !opens && !clause().any(|k| past_verb(toks, k) && !intends(&toks[k].lower)) {
            return Tense::Future;
        }
    }
    // "The state counted mail ballots until late Wednesday night", "few made commitments
    // until December": what went on up to a day, told in the past, is over
    let lasted_until = (word_before(1, "until") || word_before(1, "till"))
        && !toks.get(end).is_some_and(|t| t.is("to"))
        && went_on_until(toks, start - 1);
    if lasted_until {
        return Tense::Past;
    }
    for (k, t) in window.iter().enumerate() {
        // "is to resume trading Tuesday", "set to resume Monday", "the vote is set for
        // Sunday"
        if t.is("to")
            && window
                .get(k + 1)
                .is_some_and(|b| b.is("is") || b.is("are") || b.is("set"))
        {
            return Tense::Future;
        }
        // ("snow is forecast for Thursday night": what a forecast is for is still to come;
        // so is what is called for a day, "unions called a general strike for Thursday", "a
        // vote was called for Sunday")
        if t.is("for")
            && (window
                .get(k + 1)
                .is_some_and(|b| b.is("set") || b.is("forecast"))
                || (k == 0 && called_for(&window[1..])))
        {
            return Tense::Future;
        }
        // "the results are due Friday", "the jobs report, due out at 8:30 a.m. Friday" (not
        // "was due to expire Friday")
        // ("the jobs report due Friday": right before the date, unless "was due")
        // ("A planned increase in fuel duty, due in September, will be scrapped": right
        // before its preposition too)
        // (not what a verb in the past tells of, "The notes due in May were repaid",
        // "missed the first of these for 71.25 mln due on September 29", nor the term of
        // "a note due in 10 years")
        let next_to_date = || {
            k == 0
                || (k == 1
                    && matches!(window[0].lower.as_ref(), "in" | "on" | "by" | "at")
                    && toks[start].kind == Kind::Word
                    && small_number(&toks[start].lower).is_none()
                    && !before_in_sentence(toks, start, 12)
                        .chain(after_in_sentence(toks, end, 15).take_while(|&j| {
                            // (up to a verb in the present: "Figures due on Friday are
                            // expected to show that the economy shrank")
                            !matches!(
                                toks[j].lower.as_ref(),
                                "is" | "are" | "will" | "may" | "could" | "should" | "must"
                            )
                        }))
                        .any(|j| tells_past(toks, j) && !(j > 0 && determiner(&toks[j - 1].lower))))
        };
        if t.is("due")
            && (window.get(k + 1).is_some_and(|b| b.is("is") || b.is("are"))
                || (k > 0 && window[k - 1].is("out"))
                || (next_to_date()
                    && !window
                        .get(k + 1)
                        .is_some_and(|b| b.is("was") || b.is("were"))))
            && !attributive
        {
            return Tense::Future;
        }
        // "officials said the talks would resume Tuesday": the future of the report (but
        // "would release April consumer credit figures" names figures, not a time)
        if t.is("would") && k > 0 && k <= 2 && !attributive {
            return Tense::Future;
        }
        // (a comparison is no forecast: "Sales rose more than expected in October")
        if t.is("expected") && window.get(k + 1).is_some_and(|b| compares(&b.lower)) {
            continue;
        }
        if matches!(
            t.lower.as_ref(),
            "will"
                | "shall"
                | "expects"
                | "expected"
                | "plans"
                | "planned"
                | "scheduled"
                | "upcoming"
                | "until"
        ) {
            return Tense::Future;
        }
    }
    // A scheduled event in the present tense is ahead: "Netanyahu and Arafat meet
    // separately Monday", "the law takes effect Friday", "the season starts in August" (but
    // not "did not meet Monday").
    // (past an adverb: "meet separately Monday", "the film opens nationwide on Friday",
    // "the festival runs from Friday through Sunday")
    let mut before = window.iter().skip_while(|t| {
        matches!(
            t.lower.as_ref(),
            "on" | "in" | "at" | "from" | "through" | "again" | "nationwide" | "worldwide"
        ) || (t.lower.len() > 4
            && t.lower.ends_with("ly")
            && t.kind == Kind::Word
            && !t.is_capitalised())
    });
    if let Some(verb) = before.next() {
        let prior = before.next();
        // "the vote is on Thursday", "the deadline is Friday"
        let copula = (verb.is("is") || verb.is("are")) && !window[0].is("than");
        // ("the match kicks off at 8 p.m. Wednesday", "the trip wraps up on Saturday")
        let kicks_off = (verb.is("off")
            && prior
                .is_some_and(|p| matches!(p.lower.as_ref(), "kicks" | "kick" | "tips" | "tip")))
            || (verb.is("up") && prior.is_some_and(|p| p.is("wraps") || p.is("wrap")));
        let scheduled = SCHEDULED.contains(&verb.lower.as_ref())
            || kicks_off
            || copula
            || ((verb.is("effect") || verb.is("force") || verb.is("place"))
                && prior.is_some_and(|p| {
                    (!verb.is("force") && (p.is("takes") || p.is("take")))
                        || (p.is("into")
                            && before.next().is_some_and(|g| {
                                matches!(g.lower.as_ref(), "goes" | "go" | "comes" | "come")
                            }))
                }));
        let denied = prior.is_some_and(|p| denies(&p.lower));
        // "housing starts in February rose 13 pct": a noun; so is a capitalised one, at the
        // head of a sentence or in a name ("Starts in January were revised", "at the
        // Australian Open on Monday")
        let noun = ((verb.is("starts") || verb.is("start"))
            && prior.is_some_and(|p| matches!(p.lower.as_ref(), "housing" | "home" | "family")))
            || verb.is_capitalised();
        // ("is from fourth quarter to fourth quarter", "changed its fiscal year end from
        // Aug 31": a span named, not a schedule)
        let span = window[0].is("from") && (copula || verb.is("end") || verb.is("ends"));
        if scheduled && !denied && !noun && !span {
            return Tense::Future;
        }
    }
    // ... and with a short complement between: "voters head to the polls Sunday",
    // "lawmakers return from recess Monday", "the museum opens to the public on Saturday",
    // "the summit opens in Brussels on Thursday", "tickets go on sale at 9:00 on Friday"
    let words = &window[window
        .iter()
        .take_while(|t| t.is("on") || t.is("at"))
        .count()..];
    // ... or its object: "the team plays its next game on Saturday"
    let scheduled_before = |k: usize| {
        let linked = matches!(
            words[k].lower.as_ref(),
            "to" | "from" | "into" | "for" | "at" | "in" | "on" | "its" | "their" | "the"
        );
        linked
            && words.get(k + 1).is_some_and(|verb| goes_ahead(&verb.lower))
            // (nor words that govern the expression themselves or date another: "begins
            // on Tuesday with February durable goods orders", "closes on Friday after
            // opening on Monday")
            && words[..k].iter().all(|t| {
                t.kind == Kind::Word
                    && !looks_past(&t.lower)
                    && weekday_of(&t.lower).is_none()
                    && month_of(&t.lower).is_none()
            })
            && !matches!(
                words[0].lower.as_ref(),
                "with" | "after" | "before" | "of" | "by" | "since" | "than"
            )
            // (not a denied verb, nor a noun: "on his return to New York on September 16")
            && !words.get(k + 2).is_some_and(|p| {
                denies(&p.lower) || determiner(&p.lower)
            })
    };
    if (1..words.len().min(4)).any(scheduled_before) {
        return Tense::Future;
    }
    // ... or further back, right after its subject: "the president, who returns from a
    // four-day trip to the Middle East on Saturday", "the Red Sox, which play their final
    // home game of the season at Fenway Park on Sunday" (nothing in the past, nor another
    // date, between)
    let far = (0..start)
        .rev()
        .take(14)
        .take_while(|&k| !breaks_clause(&toks[k]))
        .find(|&k| {
            if k == 0 || !goes_ahead(toks[k].text) {
                return false;
            }
            // a relative pronoun, a name, or a noun after "the" at the head of the sentence
            // ("The program expires at the end of the year on Sept. 30"); not a name of
            // something, "Federal Open Market Committee", nor a noun, "Housing starts in
            // September were down", "In open market transactions"
            let subject = &toks[k - 1];
            let noun = matches!(subject.lower.as_ref(), "housing" | "home" | "family");
            let headed = k > 1
                && subject.kind == Kind::Word
                && toks[k - 2].is("the")
                && (k == 2 || ends_sentence(toks, k - 3));
            let named = subject.kind == Kind::Word
                && subject.is_capitalised()
                && !determiner(&subject.lower)
                && !PREPOSITIONS.contains(&subject.lower.as_ref());
            matches!(subject.lower.as_ref(), "who" | "which" | "that")
                || (!noun && (headed || named))
        });
    if let Some(k) = far
        && !attributive
        && !(k + 1..start).any(|j| {
            past_verb(toks, j)
                || weekday_of(&toks[j].lower).is_some()
                || month_of(&toks[j].lower).is_some()
        })
    {
        return Tense::Future;
    }
    // "will" further back in the clause: "Col. Collins will be named commander of the
    // shuttle for a mission in December"; and the reported future, "predicted Congress
    // would be able to finish its work by September" (not "would have")
    // (a reporting verb between dates the report: "banks will stay shut until Tuesday,
    // officials said on Thursday")
    // (nor past a clause of its own in the past: "will fly to Paris on Monday after talks
    // broke down on Sunday")
    let mut would = None;
    for k in before_in_sentence(toks, start, 15)
        .take_while(|&k| !reports(&toks[k].lower))
        .take_while(|&k| {
            !(matches!(
                toks[k].lower.as_ref(),
                "after" | "since" | "when" | "because" | "while"
            ) && (k + 1..start).any(|j| past_verb(toks, j)))
        })
    {
        // ... and "is expected to arrive late Sunday and last into Monday" (not past a
        // past verb or a relative clause: "is due to make to the budget, which was
        // published in January", nor before a name: "are due to discuss their February
        // pact")
        // ("said it plans to price notes due Oct 8, 1987, on Monday")
        // (not the noun: "announced plans to add provisions in mid-May", "the U.S. plan to
        // eliminate subsidies")
        // ("Officials hope to reach a deal over the weekend", "The two sides plan to meet
        // again on Monday": the plural, after a subject in the plural or a pronoun, not the
        // noun of "his hope to", "the peace plan to")
        let plural = matches!(
            toks[k].lower.as_ref(),
            "plan" | "intend" | "aim" | "hope" | "want" | "propose" | "expect"
        ) && k > 0
            && {
                let s = &toks[k - 1];
                matches!(
                    s.lower.as_ref(),
                    "we" | "they" | "i" | "you" | "still" | "now" | "also" | "both" | "all"
                ) || (s.kind == Kind::Word
                    && s.lower.len() > 3
                    && s.lower.ends_with('s')
                    && !s.lower.ends_with("ss")
                    && !determiner(&s.lower)
                    && !matches!(s.lower.as_ref(), "this" | "thus" | "has" | "was" | "does"))
            };
        let intent = matches!(
            toks[k].lower.as_ref(),
            "plans" | "intends" | "aims" | "hopes" | "wants" | "proposes"
        ) && k > 0
            && !determiner(&toks[k - 1].lower)
            && !matches!(
                toks[k - 1].lower.as_ref(),
                "no" | "new"
                    | "any"
                    | "has"
                    | "have"
                    | "had"
                    | "with"
                    | "of"
                    | "about"
                    | "future"
                    | "expansion"
            )
            && !looks_past(&toks[k - 1].lower)
            || plural;
        // ("has threatened to strike at 1000 hrs EDT on Thursday", "agreed to meet again on
        // Tuesday": a wish or a promise in the past, still ahead)
        // (not "agreed to the deal in October", nor "had intended to file a plan in
        // February", which did not happen)
        let intent = intent
            || (intends(&toks[k].lower)
                && !(k > 0 && toks[k - 1].is("had"))
                && toks.get(k + 2).is_some_and(|v| {
                    v.kind == Kind::Word
                        && !determiner(&v.lower)
                        && !PREPOSITIONS.contains(&v.lower.as_ref())
                }));
        // ... its infinitive right after it, or past its object: "Forecasters expect the
        // typhoon to weaken over the weekend", "Investors want the company to pay a dividend
        // in March"
        let raises = matches!(toks[k].lower.as_ref(), "expects" | "wants")
            || (plural && matches!(toks[k].lower.as_ref(), "expect" | "want"));
        let to = || {
            (k + 1..start.min(k + 6))
                .find(|&j| toks[j].is("to"))
                .filter(|&j| {
                    j == k + 1
                        || (raises
                            && toks[k + 1..j]
                                .iter()
                                .all(|t| t.kind == Kind::Word && !looks_past(&t.lower)))
                })
        };
        // ("Obama is to hold talks with King Abdullah II in Amman on Friday afternoon": a
        // duty or plan, not "the increase is to 5 pct")
        let is_to = (toks[k].is("is") || toks[k].is("are"))
            && toks.get(k + 2).is_some_and(|v| {
                v.kind == Kind::Word
                    && !v.is_capitalised()
                    && !determiner(&v.lower)
                    && !PREPOSITIONS.contains(&v.lower.as_ref())
            });
        let planned = (intent
            || raises
            || is_to
            // ("the energy centre, due to start operations in November")
            || (matches!(
                toks[k].lower.as_ref(),
                "expected" | "scheduled" | "due" | "set" | "likely"
            ) && k > 0
                && (toks[k - 1].is("is") || toks[k - 1].is("are") || toks[k - 1].text == ",")))
            && !attributive
            && to().is_some_and(|to| {
                // (an infinitive, not the cause of "Sales fell, due to the cold weather in
                // November")
                let infinitive = toks.get(to + 1).is_some_and(|v| {
                    v.kind == Kind::Word && !v.is_capitalised() && !determiner(&v.lower)
                });
                // (nor the period of results to be reported, "expects to report a loss for
                // the fourth quarter", nor a comparison, "expect this quarter to be better
                // than the fourth quarter")
                let results = toks.get(to + 1).is_some_and(|v| {
                    matches!(v.lower.as_ref(), "report" | "post" | "show" | "record")
                }) && (word_before(1, "for") || word_before(1, "in"));
                // (nor past a month, which holds the verb's time: "set to reopen March 31
                // after the winter"; a weekday may run on, "is expected to arrive late Sunday
                // and last into Monday")
                infinitive
                    && !results
                    && !(to + 1..start).any(|j| {
                        matches!(
                            toks[j].lower.as_ref(),
                            "have" | "which" | "that" | "who" | "when" | "than"
                        ) || past_verb(toks, j)
                            || (toks[j].is_capitalised() && month_of(&toks[j].lower).is_some())
                    })
            });
        if toks[k].is("will") || planned {
            return Tense::Future;
        }
        if would.is_none() && toks[k].is("would") {
            would = Some(k);
        }
    }
    // ... and "will" past a long complement, if one clause runs on to the expression with
    // no verb in the past, report, other date or phrase of its own ("since", "after",
    // "due to", "the rate set by") in it: "will present the plan to the
    // working group of finance officials from the euro zone countries at 1130 hrs GMT
    // Tuesday"
    // (the cheap search first: most clauses have no "will")
    let will = (0..start)
        .rev()
        .take(30)
        .take_while(|&k| !breaks_clause(&toks[k]))
        .find(|&k| toks[k].is("will"));
    let will = will.is_some_and(|w| {
        (w + 1..start).all(|k| {
            let t = &toks[k];
            !(reports(&t.lower)
                || past_verb(toks, k)
                || weekday_of(&t.lower).is_some()
                || month_of(&t.lower).is_some()
                || matches!(
                    t.lower.as_ref(),
                    "which"
                        | "that"
                        | "who"
                        | "when"
                        | "since"
                        | "after"
                        | "because"
                        | "due"
                        | "following"
                        | "set"
                ))
        })
    });
    if will && !attributive {
        return Tense::Future;
    }
    // a past verb or a relative clause between them dates the expression itself:
    // "would review the accord since it was agreed in February"
    if let Some(would) = would
        && !attributive
        && !toks[would + 1..start].iter().any(|t| {
            matches!(
                t.lower.as_ref(),
                "have" | "was" | "were" | "since" | "which" | "that" | "who" | "when" | "ago"
            ) || looks_past(&t.lower)
        })
    {
        return Tense::Future;
    }
    // a clause that opens with the expression takes the tense of the verb after it: "By
    // Monday night, everything must be in place", "On Sunday, ministers will meet"
    // ("and then on Saturday he returns home")
    if window.iter().all(|t| {
        matches!(
            t.lower.as_ref(),
            "by" | "on" | "until" | "from" | "before" | "and" | "then" | "but"
        )
    }) {
        let clause = || {
            (end..toks.len().min(end + 10))
                .skip_while(|&k| toks[k].text == ",")
                .take_while(|&k| !ends_sentence(toks, k) && !reports(&toks[k].lower))
        };
        // ("By Thursday, temperatures should return to normal")
        let ahead = clause().any(|k| {
            matches!(
                toks[k].lower.as_ref(),
                "will" | "shall" | "must" | "ll" | "should"
            )
        });
        // "On Friday, he heads to Jordan", "on Saturday the president returns home": a
        // scheduled event in the present tense, its subject a few words at most
        // ("February housing starts were up": a noun)
        let scheduled = clause().take(4).any(|k| {
            let w = toks[k].lower.as_ref();
            goes_ahead(w)
                && w.ends_with('s')
                && !(k > 0 && matches!(toks[k - 1].lower.as_ref(), "housing" | "home" | "family"))
        }) && !clause().take(6).any(|k| past_verb(toks, k));
        if ahead || scheduled {
            return Tense::Future;
        }
    }
    // a date in a subject that opens the sentence takes the tense of the verb right after
    // it: "The German elections in September will decide her fate", "The meeting in April
    // produced no deal" (the verb is no noun the date names, whatever `attributive` says)
    let verb_after = toks.get(end).and_then(|t| {
        if t.is("will") || t.is("shall") {
            Some(Tense::Future)
        } else {
            past_verb(toks, end).then_some(Tense::Past)
        }
    });
    if let Some(tense) = verb_after
        && (word_before(1, "in") || word_before(1, "on"))
        // (nor a participle that has its own time: "A cargo of Duri loading in July was
        // traded", "the year ending on June 30 was", but "The meeting in April")
        && !(start > 2
            && toks[start - 2].lower.ends_with("ing")
            && !determiner(&toks[start - 3].lower))
        && (0..start)
            .rev()
            .take(8)
            .find(|&k| k == 0 || ends_sentence(toks, k - 1))
            .is_some_and(|first| {
                matches!(
                    toks[first].text,
                    "The" | "A" | "An" | "Its" | "Their" | "His" | "Her"
                ) && toks[first..start - 1].iter().enumerate().all(|(n, t)| {
                    t.kind == Kind::Word
                        && !past_verb(toks, first + n)
                        && !matches!(
                            t.lower.as_ref(),
                            "is" | "are" | "has" | "have" | "will" | "would" | "said" | "says"
                        )
                })
            })
    {
        return tense;
    }
    verb_tense(toks, start, end, attributive)
}

/// The day named after a clock and its twin in another zone in parentheses, for either of
/// them, with where it starts and ends: "at 12:01 a.m. (0501 GMT) on Wednesday", "10 a.m.
/// (1400 GMT) Friday".
fn day_after_aside(toks: &[Tok<'_>], end: usize) -> Option<(usize, usize, Expr)> {
    // ("at 2 p.m. local time (1800 GMT) on Wednesday")
    let local = toks.get(end).is_some_and(|t| t.is("local"))
        && toks.get(end + 1).is_some_and(|t| t.is("time"));
    let mut k = end + 2 * usize::from(local);
    match toks.get(k)?.text {
        "(" => k = (k + 1..toks.len().min(k + 8)).find(|&j| toks[j].text == ")")? + 1,
        ")" if k > 2 && toks[..k].iter().rev().take(6).any(|t| t.text == "(") => k += 1,
        _ => return None,
    }
    if toks.get(k)?.is("on") {
        k += 1;
    }
    let (day_end, day) = parse_at(toks, k)?;
    matches!(
        day.core,
        Core::Weekday { .. }
            | Core::Cal { day: Some(_), .. }
            | Core::Relative {
                unit: Unit::Day,
                ..
            }
    )
    .then_some((k, day_end, day))
}

/// A word after a day that goes on with the clause rather than naming what the day is the
/// day of: "on Monday at noon", "due Friday may be delayed" (but "a Monday conference
/// call", "Friday's close").
fn goes_on_with_clause(word: &str) -> bool {
    matches!(
        word,
        "on" | "at"
            | "in"
            | "to"
            | "from"
            | "and"
            | "or"
            | "for"
            | "with"
            | "by"
            | "after"
            | "before"
            | "when"
            | "as"
            | "if"
            | "but"
            | "that"
            | "of"
            | "unless"
            | "because"
            | "while"
            | "although"
            | "though"
            | "despite"
            | "amid"
            | "since"
            | "until"
            | "than"
            | "so"
            | "where"
            | "which"
            | "who"
            // (a verb after the date: "the report due Friday may be delayed")
            | "may"
            | "might"
            | "will"
            | "would"
            | "could"
            | "should"
            | "can"
            | "must"
            | "is"
            | "are"
            | "was"
            | "were"
            | "has"
            | "have"
            | "had"
    )
}

/// Punctuation that ends a clause: a comma, a colon, a full stop.
fn breaks_clause(t: &Tok<'_>) -> bool {
    t.kind == Kind::Punct && matches!(t.text, "." | ";" | "," | ":" | "?" | "!")
}

/// An article or possessive, before a noun: "the", "its".
fn determiner(word: &str) -> bool {
    matches!(
        word,
        "the" | "a" | "an" | "its" | "his" | "her" | "their" | "our"
    )
}

/// A verb of an event still to come when in the present tense: a scheduled one ("opens",
/// "meet"), or one of going ("heads to the polls").
fn goes_ahead(word: &str) -> bool {
    SCHEDULED.contains(&word) || matches!(word, "head" | "heads" | "fly" | "flies" | "go" | "goes")
}

/// A verb in the past of wanting or promising, whose object is still ahead of it: "hoped
/// for a vote by Tuesday".
fn intends(word: &str) -> bool {
    matches!(
        word,
        "hoped"
            | "wanted"
            | "promised"
            | "pledged"
            | "vowed"
            | "urged"
            | "asked"
            | "demanded"
            | "sought"
            | "aimed"
            | "intended"
            | "agreed"
            | "ordered"
            | "threatened"
    )
}

/// A word that makes "expected" a comparison rather than a forecast: "than expected", "as
/// expected".
fn compares(word: &str) -> bool {
    matches!(word, "than" | "as")
}

/// Whether token `k` is a verb whose past is its bare form ("hit", "cut", "set") and is
/// the past here: after a subject in the singular that takes "-s" in the present and
/// before its object: "The stock hit an all-time high", "It cut its forecast", "Apple cut
/// prices" (not a noun, "the rate cut in March", nor "Prices hit a record", either tense).
fn same_form_past(toks: &[Tok<'_>], k: usize) -> bool {
    let w = toks[k].lower.as_ref();
    if k == 0
        || !matches!(
            w,
            "hit" | "cut" | "set" | "put" | "shut" | "cost" | "beat" | "spread" | "quit" | "hurt"
        )
    {
        return false;
    }
    let subject = &toks[k - 1];
    let s = subject.lower.as_ref();
    let singular = subject.kind == Kind::Word
        && (matches!(s, "he" | "she" | "it")
            || (!s.ends_with('s')
                && !s.ends_with("ly")
                && !determiner(s)
                && !denies(s)
                && !PREPOSITIONS.contains(&s)
                && month_of(s).is_none()
                && !matches!(
                    s,
                    "i" | "you"
                        | "we"
                        | "they"
                        | "can"
                        | "will"
                        | "may"
                        | "must"
                        | "and"
                        | "or"
                        | "rate"
                        | "tax"
                        | "price"
                        | "pay"
                        | "job"
                        | "budget"
                        | "spending"
                        | "cost"
                        | "output"
                        | "production"
                        | "dividend"
                        | "wage"
                        | "box"
                        | "data"
                        | "tv"
                        | "television"
                        | "film"
                )));
    let object = toks.get(k + 1).is_some_and(|n| {
        n.kind == Kind::Num
            || determiner(&n.lower)
            || (n.kind == Kind::Word
                && n.text.starts_with(|c: char| c.is_ascii_lowercase())
                && !PREPOSITIONS.contains(&n.lower.as_ref())
                && !matches!(n.lower.as_ref(), "back" | "off" | "out" | "up" | "down"))
    });
    singular && object
}

/// A verb of reporting in the past, which dates the report rather than what it reports.
fn reports(word: &str) -> bool {
    matches!(word, "said" | "told" | "announced")
}

/// Whether `expr`, named at token `first`, is the day of a report: a weekday, "today" or
/// "yesterday" with no preposition but "on" before it ("said net assets as of February 28
/// were", "its backlog as of tomorrow" name the figures' day), and the first verb before
/// it in the sentence says so ("said on Tuesday", "reported third-quarter revenue of $69.1
/// billion on Tuesday"; not "said profit rose on Tuesday").
fn day_of_report(tokens: &[Tok<'_>], first: usize, expr: &Expr) -> bool {
    let weekday = matches!(
        expr.core,
        Core::Weekday { .. }
            | Core::Relative {
                unit: Unit::Day,
                offset: ..=0,
            }
    );
    weekday
        && first
            .checked_sub(1)
            .is_none_or(|k| tokens[k].is("on") || !PREPOSITIONS.contains(&tokens[k].lower.as_ref()))
        && before_in_sentence(tokens, first, 16)
            .take_while(|&k| tokens[k].text != ",")
            .find(|&k| past_verb(tokens, k) || tokens[k].is("that"))
            .is_some_and(|k| reports(&tokens[k].lower) || tokens[k].is("reported"))
}

/// A word before a verb that takes its future away: "did not meet Monday", "to meet".
fn denies(word: &str) -> bool {
    matches!(
        word,
        "did" | "not" | "never" | "t" | "to" | "would" | "could" | "might" | "should"
    )
}

/// Whether token `k` is a verb in the past: "climbed", "had", "was" (not the participle of
/// a passive still to come, "to be completed by August").
fn past_verb(toks: &[Tok<'_>], k: usize) -> bool {
    let w = toks[k].lower.as_ref();
    matches!(w, "was" | "were" | "had" | "did")
        || (looks_past(w) && !(k > 0 && (toks[k - 1].is("be") || toks[k - 1].is("to"))))
}

/// Whether token `k` is a verb in the past that tells what happened, not what was said:
/// `discussed`, not `said` (a report dates the report, not its content).
fn tells_past(toks: &[Tok<'_>], k: usize) -> bool {
    past_verb(toks, k) && !reports(&toks[k].lower)
}

/// A verb in the past tense, or a participle: `fell`, `announced` (not `expected`,
/// `based`).
fn looks_past(word: &str) -> bool {
    IRREGULAR_PAST.binary_search(&word).is_ok()
        || (word.len() >= 5 && word.ends_with("ed") && !NOT_PAST.contains(&word))
}

/// Whether token `k` ends a sentence or clause: a full stop (not the one in "9.5"), a
/// semicolon, colon, question or exclamation mark.
fn ends_sentence(toks: &[Tok<'_>], k: usize) -> bool {
    let t = &toks[k];
    t.kind == Kind::Punct
        && match t.text {
            // (not the stop of "St. Petersburg", "Mr. Bush", nor one before a lowercase
            // word: "the U.S. will")
            "." => {
                let title = k > 0 && !t.spaced && TITLES.contains(&toks[k - 1].lower.as_ref());
                let lowercase = toks.get(k + 1).is_some_and(|n| {
                    n.kind == Kind::Word && n.text.starts_with(|c: char| c.is_ascii_lowercase())
                });
                !title
                    && !lowercase
                    && toks
                        .get(k + 1)
                        .is_none_or(|n| n.spaced || n.kind != Kind::Num)
            }
            ";" | ":" | "?" | "!" => true,
            _ => false,
        }
}

/// Whether the words before "for" (nearest first) call something for a time: "called",
/// "has called a general strike", "called a snap election" (not "called on the government",
/// nor past another verb or a clause: "called for talks after fighting resumed").
fn called_for(before: &[&Tok<'_>]) -> bool {
    for t in before.iter().take(5).take_while(|t| t.kind == Kind::Word) {
        match t.lower.as_ref() {
            "called" | "call" | "calls" | "calling" => return true,
            w if looks_past(w) || !t.text.starts_with(|c: char| c.is_ascii_lowercase()) => {
                return false;
            }
            _ => {}
        }
    }
    false
}

/// A verb in the past that puts something off to a later day: "postponed", "delayed".
fn puts_off(word: &str) -> bool {
    matches!(
        word,
        "delayed" | "postponed" | "deferred" | "rescheduled" | "adjourned" | "moved"
    )
}

/// A word of more than four letters in -ing: a participle or a gerund.
fn ing_form(word: &str) -> bool {
    word.len() > 4 && word.ends_with("ing")
}

/// Whether a verb in the past, a few words before "until" at `until`, is what went on up to
/// the date: "counted mail ballots until", "continued until". Not a time given or a thing
/// put off, halted or shut, which may be ahead ("gave lawyers until Friday to respond",
/// "extended its deadline until", "ordered offices closed until"), nor a wish ("agreed to
/// wait until"), nor a verb under another that is not in the past ("has received a waiver
/// until", "enabled investors to defer payment until", "was extending its bid until",
/// "will not enter their growth stages until"), nor a participle after its noun ("Jeep
/// vehicles bought until March 31").
fn went_on_until(toks: &[Tok<'_>], until: usize) -> bool {
    for k in (0..until).rev().take(5) {
        let t = &toks[k];
        let w = t.lower.as_ref();
        if ends_sentence(toks, k)
            || t.text == ","
            || ing_form(w)
            || matches!(
                w,
                "to" | "will"
                    | "would"
                    | "may"
                    | "might"
                    | "can"
                    | "could"
                    | "should"
                    | "must"
                    | "has"
                    | "have"
                    | "had"
                    | "is"
                    | "are"
                    | "was"
                    | "were"
                    | "be"
                    | "been"
            )
        {
            return false;
        }
        if !past_verb(toks, k) {
            continue;
        }
        let before = k.checked_sub(1).map(|j| &toks[j]);
        // (a passive or a perfect is no narrative, "have been served with an injunction
        // until", but a denied past is: "the loan was not signed until November 5", "the
        // crop was not drilled until May")
        let denied_past = k >= 2
            && toks[k - 1].is("not")
            && matches!(toks[k - 2].lower.as_ref(), "was" | "were" | "did");
        let auxiliary = before.is_some_and(|b| {
            denies(&b.lower)
                || matches!(
                    b.lower.as_ref(),
                    "was" | "were" | "is" | "are" | "been" | "be" | "has" | "have" | "had"
                )
        });
        // (an adjective in an object: "after extending its contested bid for Hillards
        // until")
        let in_object = before_in_sentence(toks, k, 6).any(|j| {
            let w = toks[j].lower.as_ref();
            w == "to" || ing_form(w)
        });
        let after_its_noun = before.is_some_and(|b| {
            b.kind == Kind::Word
                && !b.is_capitalised()
                && b.lower.ends_with('s')
                && k >= 2
                && !determiner(&toks[k - 2].lower)
                && !ends_sentence(toks, k - 2)
        });
        // ("for accepting tendered shares until")
        let adjective = before.is_some_and(|b| {
            determiner(&b.lower) || PREPOSITIONS.contains(&b.lower.as_ref()) || ing_form(&b.lower)
        });
        return (denied_past || !auxiliary)
            && !in_object
            && !after_its_noun
            && !adjective
            && !intends(w)
            && !puts_off(w)
            && !matches!(
                w,
                "gave"
                    | "given"
                    | "granted"
                    | "extended"
                    | "suspended"
                    | "halted"
                    | "closed"
                    | "shut"
                    | "banned"
                    | "barred"
                    | "froze"
                    | "frozen"
            );
    }
    false
}

/// The positions of the tokens of the clause before `at`, nearest first, at most 12: up to
/// the end of a sentence, a comma (not the one in "800,000"), a report ("said") or a
/// relative word ("that", "which", "when", "who").
fn clause_before<'t>(toks: &'t [Tok<'_>], at: usize) -> impl Iterator<Item = usize> + 't {
    (0..at).rev().take(12).take_while(move |&k| {
        let t = &toks[k];
        let comma = t.text == "," && toks.get(k + 1).is_none_or(|n| n.spaced);
        !(ends_sentence(toks, k)
            || comma
            || reports(&t.lower)
            || matches!(t.lower.as_ref(), "that" | "which" | "when" | "who"))
    })
}

/// The positions of the tokens of `at`'s sentence before it, nearest first, at most `n`.
fn before_in_sentence<'t>(
    toks: &'t [Tok<'_>],
    at: usize,
    n: usize,
) -> impl Iterator<Item = usize> + 't {
    (0..at)
        .rev()
        .take(n)
        .take_while(move |&k| !ends_sentence(toks, k))
}

/// The positions of the tokens of the sentence from `from` on, at most `n`.
fn after_in_sentence<'t>(
    toks: &'t [Tok<'_>],
    from: usize,
    n: usize,
) -> impl Iterator<Item = usize> + 't {
    (from..toks.len())
        .take(n)
        .take_while(move |&k| !ends_sentence(toks, k))
}

/// Titles and abbreviations before a name, whose stop ends no sentence: "Mr. Bush", "St.
/// Louis".
const TITLES: &[&str] = &[
    "adm", "capt", "col", "dr", "ft", "gen", "gov", "lt", "mr", "mrs", "ms", "mt", "prof", "rep",
    "rev", "sen", "sgt", "st",
];

/// Irregular verbs of news in the simple past, and their participles, sorted for a binary
/// search. Forms the same as the present ("cut", "set") are left out, and so are those that
/// are nouns as often ("ground", "wound", "fed" as in "the Fed").
const IRREGULAR_PAST: &[&str] = &[
    "arisen",
    "arose",
    "ate",
    "awoke",
    "awoken",
    "beaten",
    "became",
    "began",
    "begun",
    "beheld",
    "bitten",
    "bled",
    "blew",
    "blown",
    "borne",
    "bought",
    "broke",
    "broken",
    "brought",
    "built",
    "burnt",
    "came",
    "caught",
    "chose",
    "chosen",
    "clung",
    "crept",
    "dealt",
    "died",
    "done",
    "drank",
    "drawn",
    "drew",
    "driven",
    "drove",
    "dug",
    "dwelt",
    "eaten",
    "fallen",
    "fell",
    "felt",
    "fled",
    "flew",
    "flown",
    "flung",
    "forbade",
    "forbidden",
    "forgave",
    "forgiven",
    "forgot",
    "forgotten",
    "fought",
    "found",
    "froze",
    "frozen",
    "gave",
    "given",
    "gone",
    "got",
    "grew",
    "grown",
    "heard",
    "held",
    "hidden",
    "hung",
    "kept",
    "knelt",
    "knew",
    "known",
    "laid",
    "leapt",
    "learnt",
    "led",
    "left",
    "lent",
    "lost",
    "made",
    "meant",
    "met",
    "mistook",
    "oversaw",
    "overseen",
    "overtaken",
    "overthrew",
    "overthrown",
    "overtook",
    "paid",
    "partook",
    "ran",
    "rang",
    "risen",
    "rode",
    "rose",
    "said",
    "sang",
    "sank",
    "saw",
    "seen",
    "sent",
    "shaken",
    "shone",
    "shook",
    "shot",
    "shown",
    "shrank",
    "slain",
    "slept",
    "slid",
    "sold",
    "sought",
    "spent",
    "spoke",
    "spoken",
    "sprang",
    "spun",
    "stank",
    "stole",
    "stolen",
    "stood",
    "strode",
    "strove",
    "struck",
    "stuck",
    "stung",
    "swam",
    "swept",
    "swore",
    "sworn",
    "swung",
    "taken",
    "taught",
    "thought",
    "threw",
    "thrown",
    "told",
    "took",
    "tore",
    "torn",
    "understood",
    "undertaken",
    "undertook",
    "underwent",
    "upheld",
    "was",
    "went",
    "were",
    "withdrawn",
    "withdrew",
    "withheld",
    "withstood",
    "woke",
    "won",
    "wore",
    "worn",
    "wove",
    "woven",
    "written",
    "wrote",
    "wrung",
];

/// Words in -ed that are not verbs in the past, or are participles of plans.
const NOT_PAST: &[&str] = &[
    "anticipated",
    "based",
    "called",
    "combined",
    "estimated",
    "expected",
    "hundred",
    "indeed",
    "intended",
    "limited",
    "planned",
    "preferred",
    "proposed",
    "related",
    "scheduled",
    "united",
];

/// Whether a past verb governs "in <month>": "changed ... in December", "In January, the
/// company brought in", "the fiscal year ended Jan. 31", "bought RJR in February". Only
/// then is a month without a year read as the last one: trading reports name the coming
/// months in the past tense ("sales were made for March/April", "sold May").
fn verb_tense(toks: &[Tok<'_>], start: usize, end: usize, attributive: bool) -> Tense {
    // (a holiday, not the month of "38 cents over May"; "May Day" is one)
    let holiday = holiday_may_start(&toks[start])
        && (month_of(&toks[start].lower).is_none()
            || toks.get(start + 1).is_some_and(|t| t.is("day")));
    // "sold in the summer", "was heavy over the Easter weekend": the article is no word of
    // the verb's
    let start = if start > 1
        && toks[start - 1].is("the")
        && (matches!(
            toks[start - 2].lower.as_ref(),
            "in" | "during" | "on" | "at" | "throughout"
        ) || (toks[start - 2].is("over") && holiday))
    {
        start - 1
    } else {
        start
    };
    let Some(before) = start.checked_sub(1).map(|k| toks[k].lower.as_ref()) else {
        return Tense::Unmarked;
    };
    // "the year ended March 28" in a report of March 19: a period may end a little ahead
    if before == "ended" {
        return Tense::Ended;
    }
    // "The deal, announced on Feb. 3, ...": a participle set off by a comma tells what
    // happened to what the sentence is about ("the first coupon paid on April 6" is not
    // set off, and is to come)
    let participle = if before == "on" {
        start.checked_sub(2)
    } else {
        start.checked_sub(1)
    };
    if let Some(k) = participle.filter(|&k| k > 0)
        && toks[k - 1].text == ","
        && toks[k].lower.len() >= 5
        && toks[k].lower.ends_with("ed")
        && !NOT_PAST.contains(&toks[k].lower.as_ref())
    {
        return Tense::Past;
    }
    // one month of a list or range: "in March/April", "in April or May", "in April-June"
    // (not a verb after "and": "was arraigned Jan. 4 and pleaded not guilty"; nor another
    // clause: "The board met on Oct 3 and shares fell")
    let listed = toks.get(end).is_some_and(|t| {
        matches!(t.text, "/" | "-")
            || ((t.is("or") || t.is("and"))
                && t.spaced
                && toks
                    .get(end + 1)
                    .is_none_or(|n| n.kind == Kind::Num || parse_at(toks, end + 1).is_some()))
    });
    // a day at or on which something happened, or a date right after its verb: "was
    // arrested on Dec. 3", "met at Christmas", "filed for bankruptcy Dec. 15" (see
    // `finite` below; not a month, "bought March soymeal", nor past a conjunction, "noted
    // that Easter sales will fall")
    let bare = toks[start - 1].kind == Kind::Word
        && toks[start - 1]
            .text
            .starts_with(|c: char| c.is_ascii_lowercase())
        && toks[start..end].iter().any(|t| t.kind == Kind::Num)
        && !PREPOSITIONS.contains(&before)
        && !determiner(before)
        && !goes_on_with_clause(before);
    // (and "shortly after midnight", "until midnight": only midnight's day turns on the
    // tense, since it closes the day before)
    let clocked = toks[start].is("midnight")
        && matches!(
            before,
            "after" | "before" | "around" | "about" | "by" | "until" | "till"
        );
    let on_day = before == "on" || before == "at" || bare || clocked;
    // ("fell during January", "rose between June and August": as "in"; not "from", which
    // more often opens what is still to come, "from July 1 it will own")
    // ("over Easter", but not "if the economy did not improve over the summer", nor a
    // comparison, "a premium over the August through October months")
    let within = matches!(before, "in" | "during" | "between" | "throughout")
        || (before == "over" && holiday);
    if !(within || on_day) || listed {
        return Tense::Unmarked;
    }
    let tense_of = |k: usize| -> Option<Tense> {
        let t = &toks[k];
        if t.kind != Kind::Word || !t.text.starts_with(|c: char| c.is_ascii_lowercase()) {
            return None;
        }
        let w = t.lower.as_ref();
        if w == "expected" && k > 0 && compares(&toks[k - 1].lower) {
            return None;
        }
        match w {
            "will" | "shall" | "ll" | "would" | "expects" | "expect" | "expected" | "planned"
            | "intends" | "scheduled" => {
                return Some(Tense::Future);
            }
            "had" | "did" => return Some(Tense::Past),
            // an infinitive has no time of its own ("a pledge to meet again in
            // September"); "to" before a number or determiner is a preposition
            "to" => {
                let next = toks.get(k + 1)?;
                let preposition = next.kind == Kind::Num
                    || matches!(next.lower.as_ref(), "a" | "an" | "the" | "its" | "their");
                return (!preposition).then_some(Tense::Unmarked);
            }
            // the reporting verb dates the report, not what it reports ("said it is
            // launching in May"), unless next to it ("said in January")
            "said" | "told" | "says" | "say" if k + 2 < start => {
                return Some(Tense::Unmarked);
            }
            // habits: "usually made in April"
            "usually" | "normally" | "typically" | "generally" | "often" | "always" => {
                return Some(Tense::Unmarked);
            }
            _ => {}
        }
        let same_form = same_form_past(toks, k);
        let past = looks_past(w) || same_form;
        // "a wholly-owned subsidiary", "unleaded gasoline": adjectives
        let compound = k > 0 && toks[k - 1].text == "-" && !t.spaced;
        // (a count is an object, not a noun the word describes: "arrested three men")
        let before_noun = toks.get(k + 1).is_some_and(|n| {
            n.kind == Kind::Word
                && n.text.starts_with(|c: char| c.is_ascii_lowercase())
                && super::spoken::unit_word(&n.lower).is_none()
                && !matches!(
                    n.lower.as_ref(),
                    "the"
                        | "a"
                        | "an"
                        | "its"
                        | "his"
                        | "her"
                        | "their"
                        | "that"
                        | "in"
                        | "on"
                        | "at"
                        | "to"
                        | "from"
                        | "by"
                        | "for"
                        | "with"
                        | "up"
                        | "down"
                        | "out"
                        | "back"
                        | "off"
                        | "over"
                        | "into"
                        | "about"
                        | "after"
                        | "before"
                        | "until"
                        | "shortly"
                )
        });
        if !past
            || compound
            || (before_noun && !same_form && IRREGULAR_PAST.binary_search(&w).is_err())
        {
            return None;
        }
        // "the proposed sale" (but "the company brought"), "is expected", "will be
        // completed", "to be sold"; "expected to chose": a misspelt infinitive
        if k > 0 && matches!(toks[k - 1].lower.as_ref(), "the" | "a" | "an" | "to") {
            return None;
        }
        let before = toks[..k].iter().rev().take(2).map(|t| t.lower.as_ref());
        for b in before {
            match b {
                "is" | "are" | "be" | "being" => return None,
                "will" | "would" => return Some(Tense::Future),
                _ => {}
            }
        }
        Some(Tense::Past)
    };
    let clause = |k: &usize| !ends_sentence(toks, *k) && toks[*k].text != ",";
    let back = (0..if bare { start } else { start - 1 })
        .rev()
        .take(4)
        .take_while(clause)
        .find_map(|k| tense_of(k).map(|t| (k, t)));
    // ... or a verb in the past further back, past its object: "lent the government money
    // in January", "arrested three men and a woman in connection with the attack in
    // February" (only nouns, names, numbers and the words that join them between; not a
    // purpose, "approved three bonds for issue in April", nor the subject of a verb after,
    // "warned Tokyo its promised package in April must be significant")
    // ... and before "on" ("Police raided the offices of the UMP party on 3 July"), up to
    // a word that sets its own time on the day: "a stock dividend payable on April 21",
    // "if confirmed by the board on April 16", "warned about a reaction to the economic
    // Summit on June 8"
    let event_on = before == "on" && start >= 2 && names_event(&toks[start - 2].lower);
    // ("amounted to 68.98 billion yen at the end of September", "Liabilities were 68.98
    // billion yen at the end of September": a point of a period after "at" reads as "in",
    // a state in the past too)
    let at_point = before == "at"
        && toks[start].is("the")
        && toks.get(start + 1).is_some_and(|t| {
            matches!(
                t.lower.as_ref(),
                "end" | "start" | "beginning" | "middle" | "close"
            )
        });
    let past_the_object = || {
        if event_on || !(within || before == "on" || at_point) || verb_follows(toks, end) {
            return None;
        }
        for k in (0..start - 1).rev().take(14).take_while(clause) {
            if let Some(t) = tense_of(k) {
                return (t == Tense::Past).then_some((k, t));
            }
            let own_time = before == "on"
                && matches!(
                    toks[k].lower.as_ref(),
                    "payable" | "due" | "effective" | "by" | "scheduled" | "set"
                );
            if own_time || !in_object(toks, k) {
                return None;
            }
        }
        None
    };
    let back = back.or_else(past_the_object);
    // a past verb under a modal is not the past: "would only break when the rains fell in
    // late May"
    let back = back.map(|(k, t)| {
        let modal = (0..k)
            .rev()
            .take(12)
            .take_while(|&j| !ends_sentence(toks, j))
            .any(|j| matches!(toks[j].lower.as_ref(), "will" | "would" | "could" | "may"));
        if t == Tense::Past
            && (modal || (on_day && !at_point && (attributive || !finite(toks, k, start, end))))
        {
            Tense::Unmarked
        } else {
            t
        }
    });
    // "In January, American Medical brought in a new chief": the verb of the main clause
    let fronted = start == 1 || ends_sentence(toks, start - 2);
    let ahead = || {
        toks.get(end)
            .filter(|t| t.text == "," && fronted)
            .and_then(|_| {
                (end + 1..toks.len())
                    .take(6)
                    .take_while(clause)
                    .find_map(|k| {
                        // (not a report set off by commas: "On May 18, Data General said,
                        // it will redeem ...")
                        // (and a report is the verb, "On Monday, GenCorp announced it will
                        // buy")
                        if !reports(&toks[k].lower) {
                            tense_of(k)
                        } else if toks.get(k + 1).is_some_and(|t| t.text == ",") {
                            Some(Tense::Unmarked)
                        } else {
                            Some(Tense::Past)
                        }
                    })
            })
    };
    back.or_else(ahead).unwrap_or(Tense::Unmarked)
}

/// Whether a token may stand in a verb's object or a phrase after it: a noun, a name, a
/// number, a determiner or preposition (not a verb of its own, a modal, a word that opens
/// a clause, "plans", "will", "that", "when", nor "for", which opens a purpose: "approved
/// three bonds for issue in April").
fn in_object(toks: &[Tok<'_>], k: usize) -> bool {
    let t = &toks[k];
    // (the point inside a figure, "32.6 billion crowns")
    let in_figure = || {
        !t.spaced
            && toks
                .get(k + 1)
                .is_some_and(|n| n.kind == Kind::Num && !n.spaced)
    };
    match t.kind {
        Kind::Num => true,
        Kind::Punct if t.text == "." => in_figure(),
        Kind::Punct => matches!(t.text, "-" | "'" | "’" | "$" | "%" | "&"),
        _ => {
            t.is_capitalised()
                || !(t.lower.ends_with("ing")
                    || matches!(
                        t.lower.as_ref(),
                        "that"
                            | "which"
                            | "who"
                            | "whom"
                            | "whose"
                            | "where"
                            | "when"
                            | "while"
                            | "if"
                            | "because"
                            | "as"
                            | "than"
                            | "is"
                            | "are"
                            | "am"
                            | "be"
                            | "been"
                            | "has"
                            | "have"
                            | "can"
                            | "may"
                            | "might"
                            | "must"
                            | "should"
                            | "could"
                            | "not"
                            | "plans"
                            | "plan"
                            | "hopes"
                            | "aims"
                            | "seeks"
                            | "wants"
                            | "intends"
                            | "says"
                            | "say"
                            | "for"
                    ))
        }
    }
}

/// Prepositions that open a phrase: a date after one is not a verb's bare object, and a
/// verb after one is a participle ("shares held on June 5").
const PREPOSITIONS: &[&str] = &[
    "about", "after", "against", "among", "at", "before", "between", "by", "during", "for", "from",
    "in", "into", "of", "on", "over", "since", "through", "to", "toward", "under", "until", "with",
    "within", "without",
];

/// Whether a noun names an event, which may hold a day of its own: "the redemption",
/// "the vote", "the talks", "the economic Summit".
fn names_event(w: &str) -> bool {
    ["tion", "sion", "ment", "ing", "al"]
        .iter()
        .any(|s| w.len() > s.len() + 2 && w.ends_with(s))
        || matches!(
            w,
            "vote"
                | "sale"
                | "offer"
                | "auction"
                | "talks"
                | "summit"
                | "conference"
                | "election"
                | "visit"
                | "hearing"
                | "trial"
        )
}

/// Whether the past verb at `k` dates the day at `day` that follows it: a finite verb of
/// the clause, "He was arrested on Dec. 3", "The board voted on Feb. 2" (not a participle
/// after a noun in a phrase, "with the first coupon paid on April 6", "open to
/// shareholders registered on May 31"; not a report, "said on May 15 it is redeeming";
/// not a verb whose object, an event, the day belongs to, "authorized the redemption on
/// April 20" (but "searched the offices on July 3");
/// not a participle after the subject, "Shares registered on May 6 will receive"). `day`
/// and `end` bound the expression.
fn finite(toks: &[Tok<'_>], k: usize, day: usize, end: usize) -> bool {
    // (a plan that fell through is no past: "was to have met in Vienna starting April 2")
    if k > 1 && toks[k - 1].is("have") && toks[k - 2].is("to") {
        return false;
    }
    let auxiliary = (1..=2).any(|j| {
        k >= j
            && matches!(
                toks[k - j].lower.as_ref(),
                "was" | "were" | "had" | "has" | "have" | "been"
            )
    });
    // (a modal before it has the clause's verb: "Banks must repurchase securities pledged
    // on April 22"; but a verb right after "and" goes on from a finite one before it,
    // "Shares fell on Oct 3 and climbed on Oct 5", not "to be dated March 15 and delivered
    // March 16", "was to have left April 30 and returned May 6")
    let joined = k > 1
        && matches!(toks[k - 1].lower.as_ref(), "and" | "but")
        && (0..k - 1)
            .rev()
            .take(12)
            .take_while(|&j| !ends_sentence(toks, j) && toks[j].text != ",")
            .find(|&j| looks_past(&toks[j].lower))
            .is_some_and(|j| {
                j > 0
                    && !matches!(
                        toks[j - 1].lower.as_ref(),
                        "be" | "been" | "being" | "have" | "to"
                    )
            });
    let in_phrase = !joined
        && (0..k)
            .rev()
            .take(8)
            .take_while(|&j| !ends_sentence(toks, j) && toks[j].text != ",")
            .any(|j| {
                let w = toks[j].lower.as_ref();
                PREPOSITIONS.contains(&w)
                    || matches!(
                        w,
                        "must" | "should" | "can" | "could" | "may" | "might" | "will"
                    )
            });
    // (an object that names an event holds the day: "authorized the redemption on April
    // 20", not "Police raided the offices on July 3")
    let object = toks[k + 1..day].iter().any(|t| determiner(&t.lower))
        && day >= 2
        && toks[k + 1..day - 1]
            .last()
            .is_some_and(|n| names_event(&n.lower));
    // (nor a verb that names a day rather than happening on it, "has fixed April 24 as
    // the date", nor a copula, "the dividend was payable April 15")
    let names_day = matches!(
        toks[k].lower.as_ref(),
        "fixed"
            | "set"
            | "cited"
            | "named"
            | "chose"
            | "picked"
            | "targeted"
            | "designated"
            | "was"
            | "were"
    );
    // (nor a participle after the subject, when the clause's verb follows the day: "Shares
    // registered on May 6 will receive the dividend")
    !reports(&toks[k].lower)
        && !names_day
        && !object
        && !verb_follows(toks, end)
        && (auxiliary || !in_phrase)
}

/// Whether a modal or "is", "are", "was" follows the date that ends at `end`: the date is
/// then in the subject of that verb, not a time of a verb before it ("Shares registered on
/// May 6 will receive", "its promised package in April must be").
fn verb_follows(toks: &[Tok<'_>], end: usize) -> bool {
    toks.get(end).is_some_and(|t| {
        matches!(
            t.lower.as_ref(),
            "will"
                | "would"
                | "shall"
                | "must"
                | "can"
                | "could"
                | "should"
                | "may"
                | "might"
                | "is"
                | "are"
                | "was"
        )
    })
}

// ---------------------------------------------------------------------------------------
// Resolution

fn resolve(expr: &Expr, cx: &Resolve<'_>, span: Range<usize>) -> Option<Timex> {
    let (anchor, tense) = (cx.anchor, cx.tense);
    let relative = needs_anchor(&expr.core);
    let mk = |kind: TimexKind, value: String, date: Option<DateValue>| Timex {
        span: span.clone(),
        kind,
        value,
        modifier: None,
        date,
        relative,
    };
    let unresolved = |value: &str| mk(TimexKind::Date, value.to_string(), None);
    let dated = |d: DateValue| Timex::dated(span.clone(), d, relative);
    // read as another core with this one's modifier, still relative if this one was
    let resolve_as = |core: Core| {
        let e = Expr {
            core,
            modifier: expr.modifier,
        };
        resolve(&e, cx, span.clone()).map(|t| Timex { relative, ..t })
    };
    let mut out = match &expr.core {
        Core::InTime { unit, amount } => {
            let core = if tense == Tense::Future {
                Core::Shifted {
                    unit: *unit,
                    amount: *amount,
                    from_reference: false,
                }
            } else {
                Core::Duration {
                    unit: *unit,
                    amount: Some(*amount as f64),
                }
            };
            let e = Expr {
                core,
                modifier: expr.modifier,
            };
            return resolve(&e, cx, span);
        }
        // the year, of those around the anchor, that puts the day on its weekday (else the
        // one the tense gives, as for a date alone)
        // the month before, of or after the anchor's that puts the day on its weekday (else
        // the weekday alone: "Friday the 13th" may name no Friday near)
        Core::DayOfWeekday {
            weekday,
            month: None,
            day,
        } => {
            let near = anchor.and_then(|a| {
                let first = a.with_day(1)?;
                [
                    first.checked_sub_months(chrono::Months::new(1)),
                    Some(first),
                    first.checked_add_months(chrono::Months::new(1)),
                ]
                .into_iter()
                .flatten()
                .filter_map(|m| m.with_day(*day))
                .filter(|x| x.weekday() == *weekday)
                // the tense's side of the anchor first ("began Monday the 25th")
                .min_by_key(|x| {
                    let wrong_side = match tense {
                        Tense::Past | Tense::Ended => *x > a,
                        Tense::Future => *x < a,
                        _ => false,
                    };
                    (wrong_side, (*x - a).num_days().abs())
                })
            });
            return resolve_as(match near {
                Some(date) => Core::on(date),
                None => Core::Weekday {
                    day: *weekday,
                    rel: None,
                    from_reference: false,
                },
            });
        }
        Core::DayOfWeekday {
            weekday,
            month: Some(month),
            day,
        } => {
            let year = anchor.map(|a| {
                [a.year() - 1, a.year(), a.year() + 1]
                    .into_iter()
                    .filter_map(|y| ymd(y, *month, *day))
                    .filter(|x| x.weekday() == *weekday)
                    .min_by_key(|x| (*x - a).num_days().abs())
                    .map_or_else(|| infer_year(a, *month, Some(*day), tense), |x| x.year())
            });
            return resolve_as(Core::Cal {
                year,
                month: Some(*month),
                day: Some(*day),
            });
        }
        Core::Cal { year, month, day } => {
            let (year, month, day) = match (year, month, day) {
                (Some(y), m, d) => (*y, *m, *d),
                (None, Some(m), d) => match anchor {
                    Some(a) => (infer_year(a, *m, *d, tense), Some(*m), *d),
                    None => {
                        let v = match d {
                            Some(d) => format!("XXXX-{m:02}-{d:02}"),
                            None => format!("XXXX-{m:02}"),
                        };
                        return Some(unresolved(&v));
                    }
                },
                (None, None, _) => return None,
            };
            match (month, day) {
                (Some(m), Some(d)) => {
                    let date = NaiveDate::from_ymd_opt(year, m, d)?;
                    mk(
                        TimexKind::Date,
                        format!("{year:04}-{m:02}-{d:02}"),
                        Some(DateValue::day(date)),
                    )
                }
                (Some(m), None) => dated(DateValue::month(year, m)?),
                _ => {
                    let v = format!("{year:04}");
                    dated(DateValue::whole(v, year_bounds(year), Granularity::Year))
                }
            }
        }
        Core::MonthOfYear { month, day, offset } => {
            let Some(a) = anchor else {
                return Some(unresolved(&format!("XXXX-{month:02}")));
            };
            let y = a.year() + offset;
            match day {
                Some(d) => {
                    let date = ymd(y, *month, *d)?;
                    dated(DateValue::day(date))
                }
                None => dated(DateValue::month(y, *month)?),
            }
        }
        Core::RelMonth { month, rel } => {
            let m = *month;
            let Some(a) = anchor else {
                return Some(unresolved(&format!("XXXX-{m:02}")));
            };
            // "last February" written in March is a year back: the month just gone is
            // "last month"
            let y = match rel {
                -1 if m + 1 < a.month() => a.year(),
                -1 => a.year() - 1,
                0 => a.year(),
                _ if m > a.month() => a.year(),
                _ => a.year() + 1,
            };
            dated(DateValue::month(y, m)?)
        }
        Core::ContractMonth { month, digit } => {
            let Some(a) = anchor else {
                return Some(unresolved(&format!("XXX{digit}-{month:02}")));
            };
            return resolve_as(Core::Cal {
                year: Some(year_ending_in(*digit, 10, a.year() - 1)),
                month: Some(*month),
                day: None,
            });
        }
        Core::ShortYear(n) => {
            let Some(a) = anchor else {
                return Some(unresolved(&format!("XX{n:02}")));
            };
            // (the last no more than ten years after the anchor)
            return resolve_as(Core::Cal {
                year: Some(year_ending_in(*n, 100, a.year() + 10 - 99)),
                month: None,
                day: None,
            });
        }
        Core::Decade(y) => {
            let v = format!("{}", y / 10);
            let b = (ymd(*y, 1, 1)?, ymd(y + 9, 12, 31)?);
            dated(DateValue::whole(v, b, Granularity::Decade))
        }
        Core::Century(n) => {
            let first = n * 100;
            let b = (ymd(first, 1, 1)?, ymd(first + 99, 12, 31)?);
            let v = format!("{n:02}");
            dated(DateValue::whole(v, b, Granularity::Century))
        }
        Core::YearEnd { since, day, ahead } => {
            let Some(a) = anchor else {
                return Some(unresolved("XXXX-12-31"));
            };
            // "the change since year-end" counts from the last one, and so does "at year
            // end" in a report of the first quarter (the annual results), unless it looks
            // ahead ("by year end", "will ... at year end")
            // (told in the past, "the company had at year end", it is over)
            let ahead = *ahead || tense == Tense::Future;
            let past = matches!(tense, Tense::Past | Tense::Ended);
            let last = *since || ((a.month() <= 3 || past) && !ahead);
            let d = ymd(if last { a.year() - 1 } else { a.year() }, 12, 31)?;
            // "year-end" is the closing day, the date a balance sheet is drawn up on;
            // "by year's end" is the end of the year, "1989" with END in TIMEX3 (the
            // interval is the closing day either way)
            let date = Some(DateValue::day(d));
            if *day {
                mk(TimexKind::Date, d.to_string(), date)
            } else {
                Timex {
                    modifier: Some(Modifier::End),
                    ..mk(TimexKind::Date, d.year().to_string(), date)
                }
            }
        }
        Core::RelQuarter { n, half, years } => {
            let letter = if *half { 'H' } else { 'Q' };
            let Some(a) = anchor else {
                return Some(unresolved(&format!("XXXX-{letter}{n}")));
            };
            let d = part_of_year(a.year() + years, *n, *half)?;
            dated(d)
        }
        Core::Quarter {
            year,
            q,
            years,
            by_months,
        } => {
            // A quarter named without a year is the latest one of that number; by its
            // months, the nearest.
            let year = year.or_else(|| {
                anchor.map(|a| {
                    let current = a.month0() / 3 + 1;
                    if *by_months {
                        nearest_span(a, q * 3 - 2, q * 3)
                    } else if *q > current && tense != Tense::Future {
                        a.year() - 1
                    } else {
                        a.year()
                    }
                })
            });
            let year = year.map(|y| y + years);
            let Some(y) = year else {
                return Some(unresolved(&format!("XXXX-Q{q}")));
            };
            let d = part_of_year(y, *q, false)?;
            dated(d)
        }
        Core::Half { year, h } => {
            let Some(y) = year.or_else(|| anchor.map(|a| a.year())) else {
                return Some(unresolved(&format!("XXXX-H{h}")));
            };
            let d = part_of_year(y, *h, true)?;
            dated(d)
        }
        Core::Season {
            year,
            season,
            rel,
            years,
        } => {
            let code = season.code();
            let y = match (year, anchor) {
                (Some(y), _) => *y,
                (None, Some(a)) => {
                    let start_month = season_start(*season);
                    match rel {
                        Some(-1) => {
                            if start_month + 3 <= a.month() {
                                a.year()
                            } else if *season == Season::Winter && a.month() <= 2 {
                                // ("last winter" in January is the one before this)
                                a.year() - 2
                            } else {
                                a.year() - 1
                            }
                        }
                        Some(1) => {
                            if start_month > a.month() {
                                a.year()
                            } else {
                                a.year() + 1
                            }
                        }
                        // "this winter" read in March is the one just ending, named for
                        // the year it began in, unless the clause looks ahead; in the
                        // second half of the year, the one to come ("during the winter"
                        // there unless the clause looks back)
                        _ if *years == 0 && *season == Season::Winter => {
                            let this = *rel == Some(0);
                            match a.month() {
                                1 | 2 => a.year() - 1,
                                3..=5 if tense != Tense::Future => a.year() - 1,
                                3..=5 => a.year(),
                                _ if !this && matches!(tense, Tense::Past | Tense::Ended) => {
                                    a.year() - 1
                                }
                                _ => a.year(),
                            }
                        }
                        // "sales rose during the fall" read in April: last year's;
                        // "will reopen in the spring" read in July: next year's
                        _ if *years == 0 => {
                            let begun = start_month <= a.month();
                            let over = start_month + 3 <= a.month();
                            match tense {
                                Tense::Past | Tense::Ended if !begun => a.year() - 1,
                                Tense::Future if over => a.year() + 1,
                                _ => a.year(),
                            }
                        }
                        _ => a.year() + years,
                    }
                }
                (None, None) => return Some(unresolved(&format!("XXXX-{code}"))),
            };
            let v = format!("{y:04}-{code}");
            let sm = season_start(*season);
            let start = ymd(y, sm, 1)?;
            let end = if sm == 12 {
                month_bounds(y + 1, 2)?.1
            } else {
                month_bounds(y, sm + 2)?.1
            };
            dated(DateValue::whole(v, (start, end), Granularity::Season))
        }
        Core::Weekday {
            day,
            rel,
            from_reference,
        } => {
            let named = cx.reference.filter(|_| *from_reference).map(|r| r.start);
            let Some(a) = named.or(anchor) else {
                return Some(unresolved("XXXX-XX-XX"));
            };
            let back = (7 + a.weekday().num_days_from_monday() as i64
                - day.num_days_from_monday() as i64)
                % 7;
            let date = match (rel, tense) {
                (Some(-1), _) => a - Duration::days(if back == 0 { 7 } else { back }),
                // "this Sunday" is the coming one, unless the verb is past
                (Some(1), _) | (None | Some(0), Tense::Future) | (Some(0), Tense::Unmarked) => {
                    let fwd = (7 - back) % 7;
                    a + Duration::days(if fwd == 0 && *rel == Some(1) { 7 } else { fwd })
                }
                _ => a - Duration::days(back),
            };
            dated(DateValue::day(date))
        }
        Core::DayOfMonth { day } => {
            let named = cx
                .reference
                .filter(|r| r.granularity <= Granularity::Month)
                .map(|r| r.start);
            let Some(base) = named.or(anchor) else {
                return Some(unresolved(&format!("XXXX-XX-{day:02}")));
            };
            let in_month = |m: NaiveDate| m.with_day(*day);
            let first = base.with_day(1)?;
            let date = match (named, tense) {
                (None, Tense::Past | Tense::Ended) if *day > base.day() => {
                    in_month(first.pred_opt()?)
                }
                (None, Tense::Future) if *day < base.day() => {
                    in_month(first.checked_add_months(chrono::Months::new(1))?)
                }
                _ => in_month(base),
            }?;
            dated(DateValue::day(date))
        }
        Core::WeekdayOfWeek { day, weeks } => {
            let Some(a) = anchor else {
                return Some(unresolved("XXXX-XX-XX"));
            };
            let monday = unit_at(a, Unit::Week, *weeks as i64)?.start;
            dated(DateValue::day(
                monday + Duration::days(day.num_days_from_monday() as i64),
            ))
        }
        Core::Relative { unit, offset } => {
            let Some(a) = anchor else {
                return Some(unresolved("XXXX"));
            };
            // "OPEC agreed this weekend in Vienna", read on a weekday: the weekend just
            // gone, as "the weekend" told in the past is
            if *unit == Unit::Weekend && *offset == 0 {
                let past = matches!(cx.tense, Tense::Past | Tense::Ended);
                return Some(dated(weekend_near(a, past)?));
            }
            // "installed in mid-year", told in March, is last year's middle; "will
            // reopen by midyear", read in October, next year's
            let offset = match (unit, offset, expr.modifier, cx.tense) {
                (Unit::Year, 0, Some(Mod::Mid), Tense::Past | Tense::Ended) if a.month() < 6 => -1,
                (Unit::Year, 0, Some(Mod::Mid), Tense::Future) if a.month() > 7 => 1,
                _ => *offset,
            };
            dated(unit_at(a, *unit, offset as i64)?)
        }
        Core::StoryDecade(unit) => {
            let Some(a) = anchor else {
                return Some(unresolved("XXXX"));
            };
            let told = cx.tense != Tense::Future;
            let now = unit_at(a, *unit, 0)?;
            let base = match cx.reference {
                Some(r) if told && r.granularity < now.granularity && r.end < now.start => r.start,
                _ => a,
            };
            dated(unit_at(base, *unit, 0)?)
        }
        Core::Ahead(unit) => {
            let Some(a) = anchor else {
                return Some(unresolved("XXXX"));
            };
            dated(unit_at(a.succ_opt()?, *unit, 0)?)
        }
        Core::NewYear => {
            let Some(a) = anchor else {
                return Some(unresolved("XXXX"));
            };
            dated(unit_at(a, Unit::Year, i64::from(a.month() > 6))?)
        }
        Core::Anniversary { unit, amount, at } => {
            let Some(a) = anchor else {
                return Some(unresolved("XXXX"));
            };
            dated(unit_at(shift(a, *unit, *amount)?, *at, 0)?)
        }
        Core::FromWeekday { day, unit, amount } => {
            let Some(a) = anchor else {
                return Some(unresolved("XXXX-XX-XX"));
            };
            let (from, to) = (
                a.weekday().num_days_from_monday(),
                day.num_days_from_monday(),
            );
            let from_day = if *amount < 0 {
                a - Duration::days(i64::from((from + 7 - to) % 7))
            } else {
                a + Duration::days(i64::from((to + 7 - from) % 7))
            };
            dated(DateValue::day(shift(from_day, *unit, *amount)?))
        }
        Core::InThatYear { inner, years } => {
            let named = cx
                .reference
                .filter(|r| r.granularity <= Granularity::Year)
                .map(|r| r.start.year() + years);
            let inner = Expr {
                core: inner.in_year(named),
                modifier: expr.modifier,
            };
            return resolve(&inner, cx, span);
        }
        Core::NextNamed { inner, offset } => {
            // counted from the date named last, else from the publication
            let from = cx
                .reference
                .cloned()
                .or_else(|| anchor.map(DateValue::day))?;
            let in_year = |y: i32| {
                let e = Expr {
                    core: inner.in_year(Some(y)),
                    modifier: expr.modifier,
                };
                resolve(&e, cx, span.clone())
            };
            let base = from.start.year();
            let mut years = (base - 2..=base + 2).filter_map(in_year);
            return if *offset > 0 {
                years.find(|t| t.date.as_ref().is_some_and(|v| v.start > from.end))
            } else {
                years.rfind(|t| t.date.as_ref().is_some_and(|v| v.end < from.start))
            };
        }
        Core::ThisDayIn(year) => match anchor {
            Some(a) => dated(DateValue::day(a.with_year(*year)?)),
            None => unresolved(&format!("{year}-XX-XX")),
        },
        Core::Shifted {
            unit,
            amount,
            from_reference,
        } => {
            // In a text about quarters, "a year ago" is the same quarter a year before.
            let quarterly = cx
                .reference
                .is_some_and(|r| r.granularity == Granularity::Quarter);
            let base = match (from_reference, cx.reference) {
                // (weeks are not counted from a year: "a week earlier" after "in 1986"
                // counts from the publication date)
                (true, Some(r))
                    if !(*unit == Unit::Week && r.granularity > Granularity::Quarter) =>
                {
                    Some((r.middle(), r.granularity))
                }
                (false, Some(r)) if quarterly && *unit == Unit::Year => {
                    Some((r.middle(), r.granularity))
                }
                _ => anchor.map(|a| (a, Granularity::Day)),
            };
            let Some((base, base_g)) = base else {
                return Some(unresolved("XXXX"));
            };
            // Counted from a date the text named, the count keeps that date's precision;
            // with none named, from the publication date, it keeps its own.
            let named = *from_reference && cx.reference.is_some();
            let unit_out = match (unit, base_g) {
                (Unit::Year, Granularity::Quarter) => Unit::Quarter,
                (Unit::Year, Granularity::Day) if named => Unit::Day,
                (Unit::Year, Granularity::Week) if named => Unit::Week,
                (Unit::Year, Granularity::Month) if named => Unit::Month,
                (Unit::Year, _) if quarterly => Unit::Quarter,
                // "six decades later" after "in 1950" is 2010, a year
                (Unit::Decade | Unit::Century, Granularity::Year) if named => Unit::Year,
                (u, _) => *u,
            };
            let shifted = shift(base, *unit, *amount)?;
            dated(unit_at(shifted, unit_out, 0)?)
        }
        Core::Anaphor {
            unit,
            years,
            offset,
            in_year,
            same,
        } => {
            // "the weekend" is the one next to the publication date: the last one, or the
            // coming one when the clause speaks of the future.
            if *unit == Some(Unit::Weekend)
                && *years == 0
                && *offset == 0
                && let Some(a) = anchor
            {
                return Some(dated(weekend_near(a, cx.tense != Tense::Future)?));
            }
            // a date that ended over a year before the publication ("in 1985" read in 1987)
            let stale = |d: &DateValue| {
                anchor.is_some_and(|a| shift(d.end, Unit::Year, 1).is_none_or(|e| e < a))
            };
            // a date that ended before the publication's own week, month or year began
            let over = |d: &DateValue, u: Unit| {
                anchor
                    .and_then(|a| unit_at(a, u, 0))
                    .is_some_and(|now| d.end < now.start)
            };
            let reference = match (unit, cx.reference, cx.quarter) {
                // "will step down at the end of the year" after "mayor since 2009": what is
                // still to come is in no long-past year
                // (nor, as a deadline, in a year already over: "The state's economy will
                // begin to expand by the end of the year" after "in 1986", read in April 1987;
                // but "expects to report a loss for the year" after "sales for 1986")
                (Some(Unit::Year), Some(r), _)
                    if *years == 0
                        && *offset == 0
                        && cx.tense == Tense::Future
                        && (stale(r) || (cx.right_after("by") && over(r, Unit::Year))) =>
                {
                    None
                }
                // "have until the end of the week" after "missing since Oct. 28": nor in a
                // week or month already over, nor after one or after a year ("will hit 20
                // dlrs a barrel in the next month" after "in January" or "this year", read in
                // June)
                (Some(u @ (Unit::Week | Unit::Month)), Some(r), _)
                    if *years == 0
                        && *offset >= 0
                        && cx.tense == Tense::Future
                        && (over(r, *u) || (*offset > 0 && r.granularity > Granularity::Month)) =>
                {
                    None
                }
                // "the quarter" after a year: the quarter named before it
                (Some(Unit::Quarter), Some(r), Some(q)) if r.granularity >= Granularity::Year => {
                    Some(q)
                }
                // "the year-ago quarter", "the year-earlier results" compare with the
                // period the story reports: the date named last, unless it is a day in the
                // story's quarter ("the quarter ended Sept. 30") or a period still to come
                // ("the third quarter of 1990"), when the story's quarter serves; a date
                // that was stale is no period of the story at all
                (None | Some(Unit::Quarter), r, q) if *years == -1 => {
                    let q = q.filter(|q| !stale(q));
                    match (r, q) {
                        (Some(r), q) if stale(r) => q,
                        // an earlier quarter named in an earlier sentence ("After a flat
                        // second quarter, ...") is background: the story's quarter serves
                        (Some(r), Some(q))
                            if r.granularity == Granularity::Quarter
                                && r.start < q.start
                                && !cx.recent() =>
                        {
                            Some(q)
                        }
                        (Some(r), Some(q))
                            if (r.granularity < Granularity::Quarter
                                && q.start <= r.start
                                && r.end <= q.end)
                                || (r.granularity >= Granularity::Quarter
                                    && anchor.is_some_and(|a| r.start > a)) =>
                        {
                            Some(q)
                        }
                        (r, _) => r,
                    }
                }
                // "the same period of 1986" after "in January": the month, quarter or half
                // named before, in 1986; "the 1988 period": the story's quarter, in 1988
                (None, r, q) if *same => r
                    .filter(|r| {
                        Granularity::Month <= r.granularity && r.granularity < Granularity::Year
                    })
                    .or(q),
                (_, _, Some(q)) if in_year.is_some() => Some(q),
                _ => cx.reference,
            };
            // "that day" after "in September" names no day
            if *unit == Some(Unit::Day)
                && reference.is_some_and(|r| r.granularity != Granularity::Day)
            {
                return None;
            }
            // "the week" after "mid-2015" is no week of 2015 in particular, nor after "in
            // March" one of March: a week is found in a day or a week, a month in a date no
            // coarser than a quarter, a year in one no coarser than a year ("for much of the
            // year" after "the past decade")
            let coarsest = match unit {
                Some(Unit::Week) => Granularity::Week,
                Some(Unit::Month) => Granularity::Quarter,
                Some(Unit::Year) => Granularity::Year,
                _ => Granularity::Vague,
            };
            let reference =
                reference.filter(|r| *years != 0 || *offset != 0 || r.granularity <= coarsest);
            let (base, base_g) = match (reference, anchor) {
                // "the year-ago week" after "the week ended Feb. 21" is the week holding
                // Feb. 21 a year back: a year is counted from the middle of the period
                (Some(r), _) if *years != 0 => (r.middle(), r.granularity),
                (Some(r), _) => (r.start, r.granularity),
                // "year-ago levels" with no period named: last year
                (None, Some(a)) if *years == -1 => (a, Granularity::Year),
                // "The index ended the week 1.2 percent higher" read on a Monday: told in
                // the past on the first day of a week, month or year, it is the one just
                // ended
                (None, Some(a))
                    if matches!(cx.tense, Tense::Past | Tense::Ended)
                        && *offset == 0
                        && matches!(unit, Some(Unit::Week | Unit::Month | Unit::Year))
                        && unit
                            .and_then(|u| unit_at(a, u, 0))
                            .is_some_and(|now| now.start == a) =>
                {
                    (a.pred_opt()?, Granularity::Day)
                }
                (None, Some(a)) => (a, Granularity::Day),
                (None, None) => return Some(unresolved("XXXX")),
            };
            // (a day names no period: "the same period of 2012" after one is that year)
            if let Some(y) = in_year
                && unit.is_none()
                && base_g < Granularity::Month
            {
                return Some(dated(unit_at(ymd(*y, 1, 1)?, Unit::Year, 0)?));
            }
            let unit = match unit {
                Some(u) => *u,
                None => match base_g {
                    Granularity::Day => Unit::Day,
                    Granularity::Week => Unit::Week,
                    Granularity::Month => Unit::Month,
                    Granularity::Quarter | Granularity::Season | Granularity::Half => Unit::Quarter,
                    _ => Unit::Year,
                },
            };
            let base = match in_year {
                Some(y) => base.with_year(*y)?,
                None => shift(base, Unit::Year, *years as i64)?,
            };
            dated(unit_at(base, unit, *offset as i64)?)
        }
        Core::Clock { hour, minute, day } => {
            let date = match day {
                Some(d) => resolve(d, cx, span.clone())?.date.map(|d| d.start),
                // "The blaze broke out shortly after midnight": the midnight that opened
                // the day, which closed the one before
                None if *hour == 24 && matches!(tense, Tense::Past | Tense::Ended) => {
                    anchor.and_then(|a| a.pred_opt())
                }
                None => anchor,
            };
            let Some(date) = date else {
                return Some(Timex {
                    kind: TimexKind::Time,
                    ..unresolved(&format!("XXXX-XX-XXT{hour:02}:{minute:02}"))
                });
            };
            // Midnight at the end of a day is "T24", as TimeML writes it.
            let clock = if *hour == 24 {
                "24".to_string()
            } else {
                format!("{hour:02}:{minute:02}")
            };
            mk(
                TimexKind::Time,
                format!("{date}T{clock}"),
                Some(DateValue::day(date)),
            )
        }
        Core::DayPart { day, part } => {
            let inner = resolve(day, cx, span.clone())?;
            let Some(d) = inner.date else {
                return Some(Timex {
                    kind: TimexKind::Time,
                    ..unresolved(&format!("{}T{part}", inner.value))
                });
            };
            mk(
                TimexKind::Time,
                format!("{}T{part}", d.start),
                Some(DateValue::day(d.start)),
            )
        }
        Core::Duration { unit, amount } => {
            let n = match amount {
                Some(n) if n.fract() == 0.0 => format!("{}", *n as i64),
                Some(n) => format!("{n}"),
                None => "X".to_string(),
            };
            let (n, code) = match unit {
                Unit::Decade => (n.clone() + "0", "Y"),
                Unit::Quarter => match amount {
                    Some(a) if a.fract() == 0.0 => (format!("{}", (*a as i64) * 3), "M"),
                    _ => (n, "M"),
                },
                Unit::Weekend => (n, "WE"),
                u => (n, u.code()),
            };
            // "decades": PXE; "two decades": P20Y
            let (n, code) = if matches!(unit, Unit::Decade) && amount.is_none() {
                ("X".to_string(), unit.code())
            } else {
                (n, code)
            };
            // A fraction of a unit is written in the next smaller one: "P2Y6M", "PT1M30S".
            let smaller = match unit {
                Unit::Year => Some((12.0, "M")),
                Unit::Hour => Some((60.0, "M")),
                Unit::Minute => Some((60.0, "S")),
                _ => None,
            };
            let composite = match (amount, smaller) {
                (Some(a), Some((per, sub)))
                    if a.fract() != 0.0 && (a.fract() * per).fract() == 0.0 =>
                {
                    Some(format!(
                        "{}{code}{}{sub}",
                        a.trunc() as i64,
                        (a.fract() * per) as i64
                    ))
                }
                _ => None,
            };
            let n = composite.unwrap_or_else(|| format!("{n}{code}"));
            let value = if unit.is_time() {
                format!("PT{n}")
            } else {
                format!("P{n}")
            };
            mk(TimexKind::Duration, value, None)
        }
        Core::Unmeasured => mk(TimexKind::Duration, "PXX".to_string(), None),
        Core::Reference(v) => {
            let date = anchor.map(|a| {
                let (s, e) = match *v {
                    "PAST_REF" => (NaiveDate::MIN, a),
                    "FUTURE_REF" => (a, NaiveDate::MAX),
                    _ => (a, a),
                };
                DateValue::whole(v.to_string(), (s, e), Granularity::Vague)
            });
            mk(TimexKind::Date, v.to_string(), date)
        }
        Core::PartOfDay { offset, part } => {
            let Some(a) = anchor else {
                return Some(Timex {
                    kind: TimexKind::Time,
                    ..unresolved(&format!("XXXX-XX-XXT{part}"))
                });
            };
            let d = a + Duration::days(*offset as i64);
            mk(
                TimexKind::Time,
                format!("{d}T{part}"),
                Some(DateValue::day(d)),
            )
        }
        Core::Set(v) => mk(TimexKind::Set, v.clone(), None),
        Core::Unspecified(v) => {
            let kind = if v.contains('T') {
                TimexKind::Time
            } else {
                TimexKind::Date
            };
            mk(kind, v.clone(), None)
        }
        Core::Holiday { holiday, year, rel } => {
            let year = match (year, rel, anchor) {
                (Some(y), _, _) => *y,
                (None, rel, Some(a)) => {
                    let years = [a.year() - 1, a.year(), a.year() + 1];
                    let on = |y: i32| holiday.date(y);
                    // "last Christmas" is the one before the publication date, "next Easter"
                    // the one after it; a verb in the past or future tense says the same
                    match (rel, tense) {
                        (Some(-1), _) => years
                            .into_iter()
                            .rev()
                            .find(|&y| on(y).is_some_and(|d| d < a))?,
                        (Some(1), _) => {
                            years.into_iter().find(|&y| on(y).is_some_and(|d| d > a))?
                        }
                        (Some(_), _) => a.year(),
                        (None, Tense::Past | Tense::Ended) => years
                            .into_iter()
                            .rev()
                            .find(|&y| on(y).is_some_and(|d| d <= a))?,
                        (None, Tense::Future) => {
                            years.into_iter().find(|&y| on(y).is_some_and(|d| d >= a))?
                        }
                        (None, Tense::Unmarked) => {
                            let day = on(a.year())?;
                            infer_year(a, day.month(), Some(day.day()), tense)
                        }
                    }
                }
                (None, _, None) => {
                    return Some(match holiday {
                        Holiday::Fixed(m, d) => unresolved(&format!("XXXX-{m:02}-{d:02}")),
                        _ => unresolved("XXXX-XX-XX"),
                    });
                }
            };
            let date = holiday.date(year)?;
            dated(DateValue::day(date))
        }
    };
    if let Some(m) = expr.modifier {
        apply_modifier(&mut out, m, anchor);
    }
    Some(out)
}

fn needs_anchor(core: &Core) -> bool {
    match core {
        Core::Cal { year, .. } => year.is_none(),
        Core::Quarter { year, .. } | Core::Half { year, .. } | Core::Season { year, .. } => {
            year.is_none()
        }
        Core::Anaphor { .. }
        | Core::Clock { .. }
        | Core::DayPart { .. }
        | Core::RelQuarter { .. }
        | Core::MonthOfYear { .. }
        | Core::YearEnd { .. }
        | Core::DayOfWeekday { .. }
        | Core::WeekdayOfWeek { .. }
        | Core::DayOfMonth { .. }
        | Core::InTime { .. } => true,
        Core::RelMonth { .. }
        | Core::Weekday { .. }
        | Core::Relative { .. }
        | Core::Shifted { .. }
        | Core::Anniversary { .. }
        | Core::ThisDayIn(_)
        | Core::InThatYear { .. }
        | Core::NextNamed { .. }
        | Core::FromWeekday { .. }
        | Core::Ahead(_)
        | Core::StoryDecade(_)
        | Core::NewYear
        | Core::ShortYear(_)
        | Core::ContractMonth { .. }
        | Core::PartOfDay { .. } => true,
        Core::Reference(_) => true,
        Core::Holiday { year, .. } => year.is_none(),
        Core::Decade(_)
        | Core::Century(_)
        | Core::Duration { .. }
        | Core::Unmeasured
        | Core::Set(_)
        | Core::Unspecified(_) => false,
    }
}

/// The weekend next to `a`: looking back, the last one; looking ahead, the coming one; on a
/// Saturday or Sunday, either way, the one under way.
fn weekend_near(a: NaiveDate, back: bool) -> Option<DateValue> {
    let from_saturday = (a.weekday().num_days_from_monday() as i64 + 2) % 7;
    let saturday = if back || from_saturday <= 1 {
        a - Duration::days(from_saturday)
    } else {
        a + Duration::days(7 - from_saturday)
    };
    unit_at(saturday, Unit::Weekend, 0)
}

fn apply_modifier(t: &mut Timex, m: Mod, anchor: Option<NaiveDate>) {
    // a span of parts is read as its two parts: from the start of the first to the end of
    // the second, with the second's mod
    if let Mod::Spanning(from, to) = m {
        let mut first = t.clone();
        apply_modifier(&mut first, from.modifier(), anchor);
        apply_modifier(t, to.modifier(), anchor);
        if let (Some(first), Some(d)) = (first.date, t.date.as_mut()) {
            d.start = first.start;
        }
        return;
    }
    let Some(d) = t.date.as_mut() else {
        t.modifier = match m {
            Mod::Start | Mod::Earlier | Mod::FirstHalf | Mod::FirstWeek | Mod::FirstDay => {
                Some(Modifier::Start)
            }
            Mod::Mid => Some(Modifier::Mid),
            Mod::End | Mod::Later | Mod::SecondHalf | Mod::LastWeek | Mod::LastDay => {
                Some(Modifier::End)
            }
            Mod::NthWeek(_) | Mod::WeekOf | Mod::NthDay { .. } => None,
            Mod::Turn { .. } => Some(Modifier::Approx),
            // (read above, as its two parts)
            Mod::Spanning(..) => return,
        };
        return;
    };
    let days = (d.end - d.start).num_days() + 1;
    let third = (days as f64 / 3.0).round() as i64;
    let (start, end, modifier) = match m {
        // (read above, as its two parts)
        Mod::Spanning(..) => return,
        Mod::Start => (
            d.start,
            d.start + Duration::days(third.max(1) - 1),
            Modifier::Start,
        ),
        Mod::Mid => (
            d.start + Duration::days(third),
            d.start + Duration::days((days - third).max(third + 1) - 1),
            Modifier::Mid,
        ),
        Mod::End => (
            d.end - Duration::days(third.max(1) - 1),
            d.end,
            Modifier::End,
        ),
        // "earlier this year" is up to the publication, "later in the week" after it; in a
        // period the publication is not in, either may be any of it
        Mod::Earlier => {
            let until = anchor.filter(|a| (d.start..=d.end).contains(a));
            (d.start, until.unwrap_or(d.end), Modifier::Start)
        }
        Mod::Later => {
            let from = anchor.filter(|a| (d.start..=d.end).contains(a));
            (from.unwrap_or(d.start), d.end, Modifier::End)
        }
        Mod::FirstWeek => (
            d.start,
            (d.start + Duration::days(6)).min(d.end),
            Modifier::Start,
        ),
        Mod::LastWeek => (
            (d.end - Duration::days(6)).max(d.start),
            d.end,
            Modifier::End,
        ),
        // a week of its own, with no modifier
        Mod::NthWeek(_) | Mod::WeekOf => {
            let day = match m {
                Mod::NthWeek(n) => d.start + Duration::days(7 * (n as i64 - 1) + 3),
                _ => d.start,
            };
            if let Some(week) = unit_at(day, Unit::Week, 0).filter(|_| day <= d.end) {
                *d = week;
                t.value = d.timex.clone();
            }
            return;
        }
        Mod::NthDay { n, day } => {
            let counts = |x: &NaiveDate| match day {
                DayOf::Weekday(w) => x.weekday() == w,
                DayOf::Weekend => x.weekday() == Weekday::Sat,
                // (New Year's Day and Christmas close every market)
                DayOf::Business => {
                    x.weekday().num_days_from_monday() < 5
                        && !matches!((x.month(), x.day()), (1, 1) | (12, 25))
                }
            };
            let found = if n == 0 {
                std::iter::successors(Some(d.end), |x| x.pred_opt())
                    .take_while(|x| *x >= d.start)
                    .find(counts)
            } else {
                d.start
                    .iter_days()
                    .take_while(|x| *x <= d.end)
                    .filter(counts)
                    .nth(n as usize - 1)
            };
            let found = match (found, day) {
                (Some(sat), DayOf::Weekend) => unit_at(sat, Unit::Weekend, 0),
                (found, _) => found.map(DateValue::day),
            };
            if let Some(found) = found {
                *d = found;
                t.value = d.timex.clone();
            }
            return;
        }
        // the turn of the century the publication is in may be the one it began with or
        // the one it ends with, whichever is nearer ("by the turn of the century" in 1998)
        Mod::Turn { nearest } => {
            let after = d.end.year() + 1;
            let y = match anchor {
                Some(a) if nearest && after - a.year() < a.year() - d.start.year() => after,
                _ => d.start.year(),
            };
            if let (Some(start), Some(end)) = (ymd(y - 1, 1, 1), ymd(y + 1, 12, 31)) {
                *d = DateValue::whole(format!("{y:04}"), (start, end), Granularity::Year);
                d.modifier = Some(Modifier::Approx);
                t.value = d.timex.clone();
                t.modifier = Some(Modifier::Approx);
            }
            return;
        }
        // a day of its own, with no modifier
        Mod::FirstDay | Mod::LastDay => {
            // "the first day of spring": the equinox or solstice, as news means it (a
            // season's value spans its three months)
            let turn = |day: NaiveDate| {
                let (y, mo) = (day.year(), day.month());
                ymd(y, mo, if mo == 3 { 20 } else { 21 + u32::from(mo == 9) }).unwrap_or(day)
            };
            let day = match (m, d.granularity) {
                (Mod::FirstDay, Granularity::Season) => turn(d.start),
                (Mod::LastDay, Granularity::Season) => d
                    .end
                    .succ_opt()
                    .map_or(d.end, |next| turn(next).pred_opt().unwrap_or(d.end)),
                (Mod::FirstDay, _) => d.start,
                _ => d.end,
            };
            *d = DateValue::day(day);
            t.value = d.timex.clone();
            return;
        }
        // (decades and centuries split at a new year, months at the 16th)
        Mod::FirstHalf | Mod::SecondHalf => {
            let years = d.end.year() - d.start.year() + 1;
            let second = if d.granularity == Granularity::Month {
                d.start.with_day(16).unwrap_or(d.start)
            } else {
                ymd(d.start.year() + years / 2, 1, 1).unwrap_or(d.start)
            };
            match m {
                Mod::FirstHalf => (
                    d.start,
                    second.pred_opt().unwrap_or(second),
                    Modifier::Start,
                ),
                _ => (second, d.end, Modifier::End),
            }
        }
    };
    // Months split at the 10th and 20th, as newsrooms and TIMEX annotators read them.
    let (start, end) =
        if d.granularity == Granularity::Month && matches!(m, Mod::Start | Mod::Mid | Mod::End) {
            let (y, mo) = (d.start.year(), d.start.month());
            match m {
                Mod::Start => (d.start, ymd(y, mo, 10).unwrap_or(end)),
                Mod::Mid => (
                    ymd(y, mo, 11).unwrap_or(start),
                    ymd(y, mo, 20).unwrap_or(end),
                ),
                _ => (ymd(y, mo, 21).unwrap_or(start), d.end),
            }
        } else {
            (start, end)
        };
    d.start = start;
    d.end = end;
    d.modifier = Some(modifier);
    t.modifier = Some(modifier);
}

fn season_start(s: Season) -> u32 {
    match s {
        Season::Spring => 3,
        Season::Summer => 6,
        Season::Fall => 9,
        Season::Winter => 12,
    }
}

/// The first year from `from` on whose last digits, modulo `modulus`, are `digits`: "'98"
/// (modulo 100), "MAR8" (modulo 10).
fn year_ending_in(digits: u32, modulus: i32, from: i32) -> i32 {
    from + (digits as i32 - from).rem_euclid(modulus)
}

/// A month (and day) without a year: in news, the occurrence nearest the anchor, or the
/// next one when the clause speaks of the future.
fn infer_year(a: NaiveDate, m: u32, d: Option<u32>, tense: Tense) -> i32 {
    let day = d.unwrap_or(15).min(28);
    let at = |y: i32| ymd(y, m, day).map_or(i64::MAX, |x| (x - a).num_days());
    match tense {
        Tense::Future => {
            // "until Feb. 23" written on March 6 is still this year's
            if at(a.year()) >= -31 {
                a.year()
            } else {
                a.year() + 1
            }
        }
        // the latest month that has begun ("filed for bankruptcy Dec. 15" in a report of
        // Nov. 23 was last year's); the end of a period may be up to a month ahead ("the
        // quarter ended March 31" in a report of March 16)
        Tense::Past | Tense::Ended
            if ymd(a.year(), m, d.unwrap_or(1)).is_some_and(|x| {
                x <= a + Duration::days(if tense == Tense::Ended && d.is_some() {
                    31
                } else {
                    0
                })
            }) =>
        {
            a.year()
        }
        Tense::Past | Tense::Ended => a.year() - 1,
        Tense::Unmarked => [a.year() - 1, a.year(), a.year() + 1]
            .into_iter()
            .min_by_key(|&y| {
                let dist = at(y);
                // Ties and near-ties go to the past: news reports what happened.
                if dist > 0 {
                    dist.saturating_mul(2)
                } else {
                    dist.abs()
                }
            })
            .unwrap_or(a.year()),
    }
}

/// The whole unit that contains `anchor` shifted by `offset` units.
fn unit_at(a: NaiveDate, unit: Unit, offset: i64) -> Option<DateValue> {
    let (value, bounds, granularity) = match unit {
        Unit::Day => {
            let d = a.checked_add_signed(Duration::days(offset))?;
            return Some(DateValue::day(d));
        }
        Unit::Week | Unit::Weekend => {
            let d = a.checked_add_signed(Duration::weeks(offset))?;
            let monday = d - Duration::days(d.weekday().num_days_from_monday() as i64);
            let w = d.iso_week();
            if unit == Unit::Weekend {
                let sat = monday + Duration::days(5);
                (
                    format!("{:04}-W{:02}-WE", w.year(), w.week()),
                    (sat, sat + Duration::days(1)),
                    Granularity::Day,
                )
            } else {
                (
                    format!("{:04}-W{:02}", w.year(), w.week()),
                    (monday, monday + Duration::days(6)),
                    Granularity::Week,
                )
            }
        }
        Unit::Month => {
            let total = a.year() as i64 * 12 + a.month0() as i64 + offset;
            let (y, m) = (total.div_euclid(12) as i32, total.rem_euclid(12) as u32 + 1);
            return DateValue::month(y, m);
        }
        Unit::Quarter => {
            let total = a.year() as i64 * 4 + (a.month0() / 3) as i64 + offset;
            let (y, q) = (total.div_euclid(4) as i32, total.rem_euclid(4) as u32 + 1);
            return part_of_year(y, q, false);
        }
        Unit::Year => {
            let y = a.year().checked_add(i32::try_from(offset).ok()?)?;
            (format!("{y:04}"), year_bounds(y), Granularity::Year)
        }
        Unit::Decade => {
            let y = (a.year() / 10 + i32::try_from(offset).ok()?) * 10;
            (
                format!("{}", y / 10),
                (ymd(y, 1, 1)?, ymd(y + 9, 12, 31)?),
                Granularity::Decade,
            )
        }
        Unit::Century => {
            let y = (a.year() / 100 + i32::try_from(offset).ok()?) * 100;
            (
                format!("{}", y / 100),
                (ymd(y, 1, 1)?, ymd(y + 99, 12, 31)?),
                Granularity::Century,
            )
        }
        Unit::Hour | Unit::Minute | Unit::Second => return Some(DateValue::day(a)),
    };
    Some(DateValue::whole(value, bounds, granularity))
}

/// `base` moved by `amount` units (months and years keep the day where they can).
fn shift(base: NaiveDate, unit: Unit, amount: i64) -> Option<NaiveDate> {
    match unit {
        Unit::Day => base.checked_add_signed(Duration::days(amount)),
        Unit::Week | Unit::Weekend => base.checked_add_signed(Duration::weeks(amount)),
        Unit::Month | Unit::Quarter | Unit::Year | Unit::Decade | Unit::Century => {
            let months = amount
                * match unit {
                    Unit::Month => 1,
                    Unit::Quarter => 3,
                    _ => 12 * i64::from(unit.years()?),
                };
            let m = chrono::Months::new(u32::try_from(months.unsigned_abs()).ok()?);
            if months >= 0 {
                base.checked_add_months(m)
            } else {
                base.checked_sub_months(m)
            }
        }
        Unit::Hour | Unit::Minute | Unit::Second => Some(base),
    }
}

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

fn month_bounds(y: i32, m: u32) -> Option<(NaiveDate, NaiveDate)> {
    let start = ymd(y, m, 1)?;
    let next = if m == 12 {
        ymd(y + 1, 1, 1)?
    } else {
        ymd(y, m + 1, 1)?
    };
    Some((start, next.pred_opt()?))
}

fn year_bounds(y: i32) -> (NaiveDate, NaiveDate) {
    (
        ymd(y, 1, 1).unwrap_or(NaiveDate::MIN),
        ymd(y, 12, 31).unwrap_or(NaiveDate::MAX),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().expect("test dates are ISO")
    }

    /// (text, published, expected TIMEX value, expected interval)
    fn check(text: &str, published: &str, value: &str, interval: (&str, &str)) {
        let tags = tag(text, Some(d(published)));
        let t = tags
            .iter()
            .max_by_key(|t| t.span.len())
            .unwrap_or_else(|| panic!("nothing tagged in {text:?}"));
        assert_eq!(t.value, value, "value of {text:?}");
        let date = t
            .date
            .as_ref()
            .unwrap_or_else(|| panic!("no interval for {text:?}"));
        assert_eq!(
            (date.start, date.end),
            (d(interval.0), d(interval.1)),
            "interval of {text:?}"
        );
    }

    #[test]
    fn resolves_the_huawei_collection_expressions() {
        let table = [
            (
                "Huawei was blacklisted by the US last year",
                "2019-09-05",
                "2018",
                ("2018-01-01", "2018-12-31"),
            ),
            (
                "Earlier this year President Donald Trump placed Huawei on a blacklist",
                "2019-07-09",
                "2019",
                ("2019-01-01", "2019-07-09"),
            ),
            (
                "which has been on the US Entity List since mid May.",
                "2019-10-10",
                "2019-05",
                ("2019-05-11", "2019-05-20"),
            ),
            (
                "to the Chinese tech giant in May 2019.",
                "2019-12-07",
                "2019-05",
                ("2019-05-01", "2019-05-31"),
            ),
            (
                "Last month the US Commerce Department said",
                "2019-10-10",
                "2019-09",
                ("2019-09-01", "2019-09-30"),
            ),
            (
                "Wilbur Ross had said in July his department would issue",
                "2019-10-10",
                "2019-07",
                ("2019-07-01", "2019-07-31"),
            ),
            (
                "the president's G20 summit directive two weeks ago",
                "2019-07-09",
                "2019-W26",
                ("2019-06-24", "2019-06-30"),
            ),
            (
                "President Trump tried in late June to ease the tension",
                "2019-07-09",
                "2019-06",
                ("2019-06-21", "2019-06-30"),
            ),
            (
                "the G20 leaders summit in Osaka, Japan, June 29, 2019",
                "2019-12-07",
                "2019-06-29",
                ("2019-06-29", "2019-06-29"),
            ),
            (
                "put an end to plans it has to sell Huawei products in 2017.",
                "2018-03-22",
                "2017",
                ("2017-01-01", "2017-12-31"),
            ),
            (
                "Earlier in 2018, AT&T had to end its plans",
                "2018-03-22",
                "2018",
                ("2018-01-01", "2018-03-22"),
            ),
            (
                "was the first to report the end of the agreement on Wednesday.",
                "2018-03-22",
                "2018-03-21",
                ("2018-03-21", "2018-03-21"),
            ),
        ];
        for (text, published, value, interval) in table {
            check(text, published, value, interval);
        }
    }

    /// One row per error class fixed against TimeBank (sentences from its articles).
    #[test]
    fn resolves_news_expressions_by_class() {
        let table = [
            // a month and day without a year: the nearest one, not always the past
            ("the offer expires Dec. 15", "1989-11-01", "1989-12-15"),
            (
                "told oil companies of a cutback in its oil supply in September",
                "1990-08-16",
                "1990-09",
            ),
            // a weekday is the last one unless the clause speaks of the future
            (
                "the company said Friday that it had agreed",
                "1990-08-15",
                "1990-08-10",
            ),
            ("the board will meet Tuesday", "1990-08-15", "1990-08-21"),
            // anaphora: the quarter named before, and a year before it
            (
                "earnings for the third quarter rose; a year earlier, the company lost money",
                "1989-10-27",
                "1988-Q3",
            ),
            (
                "In the third quarter, sales rose 5%. In the quarter, costs fell",
                "1989-10-27",
                "1989-Q3",
            ),
            (
                "profit fell from the year-ago quarter",
                "1989-10-27",
                "1988-Q4",
            ),
            ("the latest quarter", "1989-10-27", "1989-Q3"),
            ("this year's third quarter", "1989-10-27", "1989-Q3"),
            ("the 1988 second quarter", "1989-10-27", "1988-Q2"),
            ("since the 11th century", "1998-02-19", "10"),
            ("for a couple of years", "1998-01-08", "P2Y"),
            ("it rose in June last year", "1998-02-19", "1997-06"),
            ("the last half of 1989", "1989-10-27", "1989-H2"),
            ("for the current fiscal year", "1989-10-27", "1989"),
            ("over the next three quarters", "1989-10-27", "P9M"),
            // a quarter named without a year is the latest of that number
            ("sales in the fourth quarter", "1998-01-26", "1997-Q4"),
            // clock times and parts of days
            (
                "the polls closed at 10 p.m. Wednesday",
                "1998-02-13",
                "1998-02-11T22:00",
            ),
            ("he arrived Thursday evening", "1998-02-13", "1998-02-12TEV"),
            ("riots broke out last night", "1998-01-20", "1998-01-19TNI"),
            // spelled-out years and decades
            ("January nineteen ninety-seven", "1998-02-27", "1997-01"),
            ("the year two thousand", "1998-02-27", "2000"),
            ("since the nineties", "1998-02-27", "199"),
            // vague references
            ("several years ago", "1998-02-13", "PAST_REF"),
            (
                "Just hours from now, the president will land",
                "2013-03-22",
                "FUTURE_REF",
            ),
            ("A few weeks from now, it ends", "2013-03-22", "FUTURE_REF"),
            ("we learned just moments ago", "1998-02-13", "PAST_REF"),
            ("a short time ago, he spoke", "1998-02-13", "PAST_REF"),
            ("in recent months", "1998-02-13", "PXM"),
            ("in the coming months", "1998-02-13", "FUTURE_REF"),
            ("at the current market price", "1998-02-13", "PRESENT_REF"),
            ("mid-1996", "1998-02-13", "1996"),
        ];
        for (text, published, value) in table {
            let tags = tag(text, Some(d(published)));
            let t = tags
                .last()
                .unwrap_or_else(|| panic!("nothing tagged in {text:?}"));
            assert_eq!(t.value, value, "{text:?} published {published}");
        }
        // the deep past is no year of the calendar, and its count is part of it
        for (text, phrase) in [
            (
                "The dinosaurs died out 66 million years ago.",
                "66 million years ago",
            ),
            (
                "The universe formed 13.8 billion years ago.",
                "13.8 billion years ago",
            ),
        ] {
            assert_eq!(tag_spanning(text, "2013-11-08", phrase).value, "PAST_REF");
        }
    }

    #[test]
    fn leaves_verbs_and_rates_alone() {
        assert_untagged(
            "1998-02-13",
            &[
                "speaking on ABC News' \"This Week,\" said",
                "Korea's current account surplus widened",
                "current assets fell to 2.41 billion dlrs",
                "said on ABC-TV's ``This Week With David Brinkley'' that",
                "prices fall sharply",
                "the Sun reported",
                "$5 a year",
                // a rate or a share before "of"
                "nearly 200,000 tonnes a year of 99.995 pct high-grade zinc",
                "250 tonnes a day of sunflower seeds",
                "accounting for more than a quarter of the entire high-yield market",
                "Over a quarter of the staff left.",
                "quarterly dividends",
                "a bright future",
                // the name of a day that is no day of the story
                "Romney won six states on Super Tuesday.",
                "The march commemorates Bloody Sunday.",
                "Millions watched on Super Bowl Sunday.",
            ],
        );
    }

    #[test]
    fn tags_the_span_without_the_preposition() {
        let text = "Huawei, which has been on the US Entity List since mid May.";
        let tags = tag(text, Some(d("2019-10-10")));
        assert_eq!(tags.len(), 1);
        assert_eq!(&text[tags[0].span.clone()], "mid May");
        assert_eq!(tags[0].modifier, Some(Modifier::Mid));
        let text = "due on Sept. 30, 1989.";
        let tags = tag(text, Some(d("1989-10-27")));
        assert_eq!(&text[tags[0].span.clone()], "Sept. 30, 1989");
        // the stop of "p.m." is part of it, that after "PM" ends the sentence
        for (text, span) in [
            ("It began at 3:45 PM. Police came.", "3:45 PM"),
            ("It began at 3:45 p.m. Police came.", "3:45 p.m."),
        ] {
            let tags = tag(text, Some(d("2013-03-22")));
            assert_eq!(&text[tags[0].span.clone()], span);
            assert_eq!(tags[0].value, "2013-03-22T15:45");
        }
    }

    #[test]
    fn keeps_relative_dates_unresolved_without_a_publication_date() {
        let tags = tag("Huawei was blacklisted by the US last year", None);
        assert_eq!(tags.len(), 1);
        assert!(tags[0].relative);
        assert_eq!(tags[0].date, None);
    }

    #[test]
    fn lowercase_may_is_a_verb_not_a_month() {
        assert!(tag("the company may sell its unit", Some(d("2019-01-01"))).is_empty());
        // nor is the modal opening a sentence
        assert!(tag("May I ask you something?", Some(d("2019-01-01"))).is_empty());
        assert!(tag("May we never forget them.", Some(d("2019-01-01"))).is_empty());
        assert_eq!(
            tag("In May it said it had no plans.", Some(d("2019-06-10")))[0].value,
            "2019-05"
        );
        assert_eq!(
            tag("May sales rose 4 percent.", Some(d("2019-06-10")))[0].value,
            "2019-05"
        );
    }

    #[test]
    fn each_day_of_a_pair_or_range_is_a_date_of_its_own() {
        for (text, published, want) in [
            (
                "The court will hear arguments on March 26 and 27.",
                "2013-03-22",
                vec![("March 26", "2013-03-26"), ("27", "2013-03-27")],
            ),
            (
                "The talks will take place April 13-16 in Geneva.",
                "1987-03-06",
                vec![("April 13", "1987-04-13"), ("16", "1987-04-16")],
            ),
            // ... and before the event the two days are the dates of
            (
                "After the June 8-10 summit, Reagan will travel to West Berlin.",
                "1987-03-04",
                vec![("June 8", "1987-06-08"), ("10", "1987-06-10")],
            ),
            // a year after the pair is both days'
            (
                "The dumping is alleged to have occurred September 23-30, 1986.",
                "1987-03-19",
                vec![("September 23", "1986-09-23"), ("30, 1986", "1986-09-30")],
            ),
            // the first day before a day written before its month
            (
                "EU finance ministers met in Brussels on the night of 15-16 March.",
                "2013-03-22",
                vec![("15", "2013-03-15"), ("16 March", "2013-03-16")],
            ),
            (
                "Sales were 2,000 and 16 March was the date.",
                "2013-03-22",
                vec![("16 March", "2013-03-16")],
            ),
            // not a count after the day
            (
                "On March 26 and 27 people were hurt.",
                "2013-03-22",
                vec![("March 26", "2013-03-26")],
            ),
        ] {
            let got: Vec<(&str, String)> = tag(text, Some(d(published)))
                .into_iter()
                .map(|t| (&text[t.span], t.value))
                .collect();
            let want: Vec<(&str, String)> =
                want.into_iter().map(|(s, v)| (s, v.to_string())).collect();
            assert_eq!(got, want, "{text:?}");
        }
    }

    #[test]
    fn durations_carry_a_period_value() {
        for (text, value) in [
            ("Officials said a month-long strike followed.", "P1M"),
            ("He began a weeklong visit to China.", "P1W"),
            ("In the past year and a half, prices doubled.", "P1Y6M"),
            ("We're going to have to live without it for a while.", "PXX"),
            (
                "U.S. forces could be in the gulf region for some time.",
                "PXX",
            ),
            ("Sales had been weak for quite some time.", "PXX"),
            // "upcoming" is "coming" (seed 000)
            (
                "Best Buy is going to stop selling devices over the upcoming few weeks.",
                "PXW",
            ),
            // "a couple of", "a few" are counts, not the article of a rate
            ("That will at least take a couple of days.", "P2D"),
            ("The hearing is likely to last a few days.", "PXD"),
            // a fortnight is two weeks
            ("Prices rose over the past fortnight.", "P2W"),
            // half of a unit, in the next smaller one
            ("The exchange closed half an hour early.", "PT30M"),
            // the last or next hour or minute has no name on the calendar: a length
            ("In the past hour, the airport reopened one runway.", "PT1H"),
            ("Within the next hour, the storm will hit.", "PT1H"),
            ("He spent the past hour and a half there.", "PT1H30M"),
            ("Its worst nosedive in more than half a century.", "P50Y"),
        ] {
            let tags = tag(text, Some(d("2013-03-22")));
            assert_eq!(tags.len(), 1, "{text:?}: {tags:?}");
            assert_eq!(tags[0].value, value, "{text:?}");
            assert_eq!(tags[0].kind, TimexKind::Duration);
        }
        let tags = tag("the talks lasted three years", Some(d("2019-01-01")));
        assert_eq!(tags[0].value, "P3Y");
        assert_eq!(tags[0].kind, TimexKind::Duration);
        // a decimal count keeps its fraction and its whole span
        let text = "It has an average life of 7.11 years and matures 2018.";
        let tags = tag(text, Some(d("1987-02-26")));
        assert_eq!(tags[0].value, "P7.11Y");
        assert_eq!(&text[tags[0].span.clone()], "7.11 years");
        // digits grouped in threes count, before a unit in the plural or a hyphen
        // (Reuters-21578), and not in a count of something else or before a heading
        for (text, phrase, value) in [
            (
                "operating for 1,250 hours before failing",
                "1,250 hours",
                "PT1250H",
            ),
            ("continuing a 5,000-year tradition", "5,000-year", "P5000Y"),
            // (TimeBank) a truce's age is how long it has lasted
            (
                "the 8-month-old truce between Iran and Iraq",
                "8-month",
                "P8M",
            ),
        ] {
            let tags = tag(text, Some(d("1987-03-31")));
            assert_eq!(tags.len(), 1, "{text:?}: {tags:?}");
            assert_eq!(&text[tags[0].span.clone()], phrase);
            assert_eq!(tags[0].value, value, "{text:?}");
            assert_eq!(tags[0].kind, TimexKind::Duration);
        }
        assert_untagged(
            "1987-06-01",
            &[
                "head versus 128,000 week ago",
                "Revs 11.4 mln vs 8,871,000\n    Year",
            ],
        );
        // "the final three months" is one length, as "the last three months"
        let text = "Demand rose in the final three months of the year.";
        let tags = tag(text, Some(d("1987-03-03")));
        assert_eq!(tags[0].value, "P3M");
        assert_eq!(&text[tags[0].span.clone()], "the final three months");
    }

    /// The tag whose span is exactly `phrase` in `text`.
    fn tag_spanning(text: &str, published: &str, phrase: &str) -> Timex {
        let tags = tag(text, Some(d(published)));
        let hit = tags.iter().position(|t| &text[t.span.clone()] == phrase);
        let hit = hit.unwrap_or_else(|| panic!("{phrase:?} in {text:?}: {tags:?}"));
        tags.into_iter().nth(hit).expect("the position is in range")
    }

    /// Asserts that nothing in any of `texts` is tagged.
    fn assert_untagged(published: &str, texts: &[&str]) {
        for text in texts {
            let tags = tag(text, Some(d(published)));
            assert!(tags.is_empty(), "{text:?}: {tags:?}");
        }
    }

    /// Asserts each row of (sentence, publication date, phrase, value): the tag that covers
    /// the phrase has the value.
    fn assert_values(table: &[(&str, &str, &str, &str)]) {
        for &(text, published, phrase, value) in table {
            assert_eq!(
                value_of(text, published, phrase),
                value,
                "{phrase:?} in {text:?} published {published}"
            );
        }
    }

    /// Asserts each row of (sentence, publication date, phrase, value): a tag spans exactly
    /// the phrase and has the value.
    fn assert_spans(table: &[(&str, &str, &str, &str)]) {
        for &(text, published, phrase, value) in table {
            assert_eq!(
                tag_spanning(text, published, phrase).value,
                value,
                "{phrase:?} in {text:?} published {published}"
            );
        }
    }

    /// The value of the tag that covers `phrase` in `text`.
    fn value_of(text: &str, published: &str, phrase: &str) -> String {
        let at = text.find(phrase).expect("the phrase is in the text");
        tag(text, Some(d(published)))
            .into_iter()
            .find(|t| t.span.start <= at && at < t.span.end)
            .unwrap_or_else(|| panic!("{phrase:?} is tagged in {text:?}"))
            .value
    }

    #[test]
    fn reads_weeks_quarters_and_months_as_wire_copy_writes_them() {
        assert_values(&[
            // "in" before a month, as "of"
            (
                "The company said it expects to release first quarter results in the third week in April.",
                "1987-03-25",
                "the third week in April",
                "1987-W16",
            ),
            (
                "It expects to be listed on the NYSE by the first week in July.",
                "1987-06-15",
                "the first week in July",
                "1987-07",
            ),
            // a quarter by its months after "current"; the final quarter after a year
            (
                "Production will grow 2.5 pct in the current January/March quarter.",
                "1987-03-24",
                "the current January/March quarter",
                "1987-Q1",
            ),
            (
                "Growth was 4.7 pct versus 1.3 pct in the 1985 final quarter.",
                "1987-03-27",
                "the 1985 final quarter",
                "1985-Q4",
            ),
            (
                "Earnings should exceed the record reported in last year's final quarter.",
                "1987-04-02",
                "last year's final quarter",
                "1986-Q4",
            ),
            // the middle of the month
            (
                "Payments to producers will be delayed until mid-month.",
                "1987-04-01",
                "mid-month",
                "1987-04",
            ),
        ]);
        // (not "the first week in office")
        assert_untagged(
            "2013-03-20",
            &["He spent the first week in office touring."],
        );
        // "whole", "present" as "full", "current"; "calendar" before "year" as "fiscal"; a
        // month of the story in a named year
        assert_values(&[
            (
                "Earnings for the whole year will be reduced by a further 100 mln dlrs.",
                "1987-03-20",
                "the whole year",
                "1987",
            ),
            (
                "It offered relief on payments due during the present year.",
                "1987-03-20",
                "the present year",
                "1987",
            ),
            (
                "Cumulative figures for April 1 and this calendar year were released.",
                "1987-04-02",
                "this calendar year",
                "1987",
            ),
            (
                "Output rose in February from 596,740 barrels a day in the same 1986 month.",
                "1987-03-20",
                "the same 1986 month",
                "1986-02",
            ),
            (
                "The company can make no further comments at the present time.",
                "1987-03-20",
                "the present time",
                "PRESENT_REF",
            ),
            (
                "Liabilities on larger new fields will rise in the future due to the loss.",
                "1987-03-20",
                "the future",
                "FUTURE_REF",
            ),
        ]);
        // "the present" and "the future" before a noun are adjectives
        assert_untagged(
            "1987-03-20",
            &[
                "Thatcher is not prepared to abandon the present system.",
                "It is seeking an injunction to prevent the future sale of the connectors.",
            ],
        );
    }

    #[test]
    fn a_day_that_closes_a_quarter_of_a_named_year_is_in_that_year() {
        assert_values(&[
            (
                "Photo Moto recorded a net loss for the first quarter 1986 ending March 31 of 328,889 dlrs.",
                "1987-03-23",
                "March 31",
                "1986-03-31",
            ),
            (
                "In last year's first quarter ended April 30, CompuTrac earned 379,000 dlrs.",
                "1987-04-13",
                "April 30",
                "1986-04-30",
            ),
            // (a fiscal half with no year keeps the day's own reading)
            (
                "First half ended December 31. Shr 55.01 cents vs 97.76.",
                "1987-03-12",
                "December 31",
                "1986-12-31",
            ),
        ]);
    }

    #[test]
    fn names_centuries_in_figures_and_words() {
        assert_values(&[
            (
                "The twenty-first century began.",
                "2013-03-20",
                "The twenty-first century",
                "20",
            ),
            (
                "In the twentieth century, it grew.",
                "2013-03-20",
                "the twentieth century",
                "19",
            ),
            (
                "In the fifth century, Rome fell.",
                "2013-03-20",
                "the fifth century",
                "04",
            ),
            (
                "The filibuster has been used since the 19th century.",
                "2021-03-11",
                "the 19th century",
                "18",
            ),
        ]);
    }

    #[test]
    fn compares_periods_past_the_day_of_a_report() {
        assert_values(&[
            // a period or a year counted from one skips the day a report is dated by
            (
                "Alphabet reported third-quarter revenue of $69.1 billion on Tuesday, up 6 percent from a year earlier.",
                "2022-10-25",
                "a year earlier",
                "2021-Q3",
            ),
            (
                "Third-quarter revenue rose. The company said Tuesday that net income rose to $5 million in the quarter from $3 million a year earlier.",
                "2022-10-25",
                "the quarter",
                "2022-Q3",
            ),
            (
                "It included the unit in its 1986 results announced earlier today. The company reported a loss of 2.5 mln dlrs for the year.",
                "1987-03-11",
                "the year",
                "1986",
            ),
            // a day still counts from it
            (
                "The company said on Tuesday it would sell the unit. The next day, its shares fell.",
                "2022-10-27",
                "The next day",
                "2022-10-26",
            ),
            // not a day the figures are for, nor one after a verb in the clause
            (
                "The company said its backlog as of tomorrow will be 53 mln dlrs, up from 27 mln dlrs a year before.",
                "1987-03-30",
                "a year before",
                "1986-03-31",
            ),
            (
                "Third-quarter revenue rose. Police said the suspect was arrested on Tuesday. A year earlier, he had been fined.",
                "2022-10-25",
                "A year earlier",
                "2021-10-25",
            ),
        ]);
        // "the period 1987-90" is named by its years
        let text =
            "the Bank can expect a new injection of about 25 billion dlrs for the period 1987-90.";
        let tags = tag(text, Some(d("1987-03-25")));
        assert_eq!(
            tags.iter()
                .map(|t| &text[t.span.clone()])
                .collect::<Vec<_>>(),
            ["1987"]
        );
    }

    #[test]
    fn reads_until_bare_pasts_contracts_and_spans_of_days() {
        assert_values(&[
            // what went on up to a day, told in the past, is over
            (
                "The state counted mail ballots until late Wednesday night.",
                "2020-10-27",
                "late Wednesday night",
                "2020-10-21TNI",
            ),
            (
                "But few made firm commitments until December when net purchases grew.",
                "2020-10-27",
                "December",
                "2019-12",
            ),
            // ... not a time given, a thing put off or shut, or a passive
            (
                "The judge gave lawyers until Friday to respond.",
                "2020-10-27",
                "Friday",
                "2020-10-30",
            ),
            (
                "It said it extended its deadline for accepting tendered shares until \
                 November 26.",
                "1987-03-02",
                "November 26",
                "1987-11-26",
            ),
            (
                "The authorities ordered government offices closed until Wednesday.",
                "1987-03-09",
                "Wednesday",
                "1987-03-11",
            ),
            (
                "However, the loan was not signed until November 5, and bankers said",
                "1987-03-24",
                "November 5",
                "1986-11-05",
            ),
            (
                "Employers have been served with an injunction until May 7 preventing them",
                "1987-03-13",
                "May 7",
                "1987-05-07",
            ),
            (
                "Tesco added 2p after extending its contested bid for Hillards Plc until May 1.",
                "1987-04-07",
                "May 1",
                "1987-05-01",
            ),
            (
                "It is offering 700 dlrs on 1987 Jeep Wagoneer vehicles bought until March 31.",
                "1987-03-02",
                "March 31",
                "1987-03-31",
            ),
            (
                "Trading was halted until Monday.",
                "2020-10-27",
                "Monday",
                "2020-11-02",
            ),
            (
                "The island's banks will stay closed until Thursday.",
                "2020-10-27",
                "Thursday",
                "2020-10-29",
            ),
            // a past that is the bare form, after a singular subject and before the object
            (
                "The stock hit an all-time high in late January.",
                "2020-10-30",
                "late January",
                "2020-01",
            ),
            (
                "Apple cut prices in January.",
                "2020-10-30",
                "January",
                "2020-01",
            ),
            (
                "It cut prices in January.",
                "2020-10-30",
                "January",
                "2020-01",
            ),
            (
                "Prices hit a record in January.",
                "2020-10-30",
                "January",
                "2021-01",
            ),
            (
                "The bank will cut rates in January.",
                "2020-10-30",
                "January",
                "2021-01",
            ),
            // a count of times is a superlative's kin
            (
                "It cut its full-year forecast for the second time in three months.",
                "2020-10-30",
                "three months",
                "P3M",
            ),
            // a plan set off by a comma, or likely, looks ahead; a cause does not
            (
                "The coal will be used as fuel for Mazda's energy centre, due to start \
                 operations in November at its main plant.",
                "1987-06-29",
                "November",
                "1987-11",
            ),
            (
                "Rain is likely to continue in northern New England into Wednesday.",
                "1987-04-07",
                "Wednesday",
                "1987-04-08",
            ),
            (
                "Sales fell, due to the cold weather in November.",
                "1987-06-29",
                "November",
                "1986-11",
            ),
            (
                "The St. Lawrence Seaway, set to reopen March 31 after the winter, faces \
                 another tough year.",
                "1987-03-20",
                "winter",
                "1986-WI",
            ),
            // a participle with its object after the day is no noun the day names
            (
                "Simmons said he intends to file a 13-D with the Securities and Exchange \
                 Monday reporting a stake of five pct.",
                "1987-03-05",
                "Monday",
                "1987-03-09",
            ),
            (
                "Andreotti said he would spend the weekend considering the situation.",
                "1987-03-13",
                "the weekend",
                "1987-W11-WE",
            ),
            // a contract month is the nearest, whatever the verb
            (
                "The yen rose in the June contract.",
                "1987-03-31",
                "June",
                "1987-06",
            ),
            ("Sales rose in June.", "1987-03-31", "June", "1986-06"),
            // ... and a futures code the contract's month
            (
                "MINNEAPOLIS WHEAT  MAY7     285    UP  1 1/2  JUL7 280 3/4   MAR8  --",
                "1987-04-07",
                "JUL7",
                "1987-07",
            ),
            (
                "MINNEAPOLIS WHEAT  MAY7     285    UP  1 1/2  JUL7 280 3/4   MAR8  --",
                "1987-04-07",
                "MAR8",
                "1988-03",
            ),
            // an event after a possessive weekday, past the names before it
            (
                "A caretaker will take charge for Tuesday's Champions League game against \
                 Villarreal.",
                "2021-11-22",
                "Tuesday",
                "2021-11-23",
            ),
            // a span of days takes the closing day's year
            (
                "It was held from June 3 to June 5, 2019.",
                "2021-11-22",
                "June 3",
                "2019-06-03",
            ),
            (
                "The suit claimed that Boesky bought 95,300 FMC shares between February 18 \
                 and February 21, 1986.",
                "1987-04-13",
                "February 18",
                "1986-02-18",
            ),
            (
                "The World Cup runs from 21 November to 18 December next year.",
                "2021-11-22",
                "21 November",
                "2022-11-21",
            ),
            (
                "It ran from Dec. 28 to Jan. 3, 2019.",
                "2021-11-22",
                "Dec. 28",
                "2018-12-28",
            ),
            (
                "The company reached its sales goal in the first half.",
                "2021-11-22",
                "the first half",
                "2021-H1",
            ),
        ]);
        // a date listed after another takes its tense
        assert_values(&[
            (
                "Future quarterly sessions are scheduled for October 5/7 and December 14/16.",
                "1987-06-18",
                "December 14",
                "1987-12-14",
            ),
            (
                "He will visit Paris on April 2, Berlin on April 5 and London on December 10.",
                "1987-06-01",
                "December 10",
                "1987-12-10",
            ),
            (
                "He visited Paris on April 2, Berlin on April 5 and London on December 10.",
                "1987-06-01",
                "December 10",
                "1986-12-10",
            ),
            (
                "Clark said an initial agreement must be reached by late September or early \
                 October.",
                "1987-03-20",
                "early October",
                "1987-10",
            ),
        ]);
        assert_spans(&[(
            "The tournament ends on 18 December next year.",
            "2021-11-22",
            "18 December next year",
            "2022-12-18",
        )]);
        assert_spans(&[(
            "The economy is forecast to slow in the final quarter of this year.",
            "2023-12-18",
            "the final quarter of this year",
            "2023-Q4",
        )]);
        assert_spans(&[(
            "MINNEAPOLIS WHEAT  MAY7     285    UP  1 1/2  JUL7 280 3/4   MAR8  --",
            "1987-04-07",
            "MAY7",
            "1987-05",
        )]);
        let quotes = "CORN MAY7 1920 UP 1 1/2 JUL7 1975";
        let tags = tag(quotes, Some(d("1987-04-07")));
        let texts: Vec<_> = tags.iter().map(|t| &quotes[t.span.clone()]).collect();
        assert_eq!(texts, ["MAY7", "JUL7"]);
        // the periods of a game
        assert_untagged(
            "2021-11-22",
            &[
                "He scored twice in the first half.",
                "The Lakers trailed by 10 points at halftime but won the fourth quarter.",
            ],
        );
    }

    #[test]
    fn reads_clocks_on_holidays_seconds_seasons_and_periods_to_a_month() {
        assert_spans(&[
            (
                "The store will stay open until 11 p.m. on Christmas Eve.",
                "2019-12-11",
                "11 p.m. on Christmas Eve",
                "2019-12-24T23:00",
            ),
            (
                "It struck at 2 p.m. Christmas Day.",
                "2019-12-11",
                "2 p.m. Christmas Day",
                "2018-12-25T14:00",
            ),
            (
                "The gunman fled on foot about 30 seconds after the shots.",
                "2019-11-26",
                "about 30 seconds",
                "PT30S",
            ),
            (
                "The rocket blasted off and 406 seconds later placed a satellite in orbit.",
                "1987-03-24",
                "406 seconds later",
                "PT406S",
            ),
            (
                "Shootings rose in the spring and summer.",
                "2019-11-26",
                "summer",
                "2019-SU",
            ),
            (
                "McDonnell Douglas and Airbus last spring and summer had discussed it.",
                "1987-03-09",
                "summer",
                "1986-SU",
            ),
            (
                "It ran from summer to fall.",
                "2019-11-26",
                "fall",
                "2019-FA",
            ),
        ]);
        assert_values(&[
            (
                "In the year to March, inflation averaged 2.1 percent.",
                "2019-11-26",
                "March",
                "2019-03",
            ),
            (
                "Sales in the three months to December fell.",
                "2019-11-26",
                "December",
                "2018-12",
            ),
            (
                "BET said results for the year to March showed that its strategy was working.",
                "1987-06-18",
                "March",
                "1987-03",
            ),
        ]);
        assert_spans(&[
            (
                "Prices have doubled since the turn of the millennium.",
                "2019-11-26",
                "the turn of the millennium",
                "2000",
            ),
            (
                "The company closed 150 stores in the first half of the decade.",
                "2019-11-26",
                "the first half of the decade",
                "201",
            ),
            (
                "Only two or three further issues were expected during the first half of the \
                 month.",
                "1987-04-07",
                "the first half of the month",
                "1987-04",
            ),
            (
                "He said it will ship corn to Italy in the second half of this month.",
                "1987-04-03",
                "the second half of this month",
                "1987-04",
            ),
            (
                "Sales rose in the first half of the year.",
                "1987-04-03",
                "the first half of the year",
                "1987-H1",
            ),
        ]);
        // a half of something else is no half of a year, and the week before it the one
        // the story is on
        assert_values(&[
            (
                "The week was the second half of a two-week statement period. Net borrowings \
                 in the prior week averaged 451 mln dlrs.",
                "1987-02-26",
                "the prior week",
                "1987-W08",
            ),
            // a point of a period after "at" takes the verb's tense, a state's too
            (
                "Japan Line's current liabilities amounted to 68.98 billion yen at the end of \
                 September.",
                "1987-06-01",
                "the end of September",
                "1986-09",
            ),
            (
                "Liabilities were 68.98 billion yen at the end of September.",
                "1987-06-01",
                "the end of September",
                "1986-09",
            ),
            (
                "Liabilities will be 68.98 billion yen at the end of September.",
                "1987-06-01",
                "the end of September",
                "1987-09",
            ),
        ]);
        assert_untagged(
            "1987-03-02",
            &[
                "It was the second half of the statement period.",
                "Usage fell in the first half of the season.",
                "He scored in the second half of the match.",
            ],
        );
        assert_untagged(
            "2019-11-26",
            &[
                "He won a second term.",
                "He paused for a second.",
                "Demand falls in the northern hemisphere spring and summer.",
                "It was thanks to favourable winter and spring weather.",
            ],
        );
    }

    #[test]
    fn resolves_classes_of_newswire_expressions() {
        // (sentence, publication date, phrase, value), each from a class of TimeBank error
        let table = [
            // a company's reporting year is a period, not the calendar year
            (
                "revenue of $76 million for the year ended March 31.",
                "1989-10-30",
                "the year",
                "P1Y",
            ),
            (
                "In the fiscal year ended Jan. 31, the company reported sales",
                "1989-10-31",
                "the fiscal year",
                "P1Y",
            ),
            // "the weekend" is the one next to the publication date, by tense
            (
                "Over the weekend, McCaw continued to call for an auction.",
                "1989-10-30",
                "the weekend",
                "1989-W43-WE",
            ),
            (
                "The talks will resume over the weekend.",
                "1989-10-30",
                "the weekend",
                "1989-W44-WE",
            ),
            // counting back from an event is a duration
            (
                "the banks must wait at least 30 days before closing the purchase.",
                "1989-10-27",
                "30 days",
                "P30D",
            ),
            (
                "in the last twenty four hours",
                "1998-01-08",
                "twenty four hours",
                "PT24H",
            ),
            // fractions of a period
            (
                "The strike lasted 2 1/2 years.",
                "1998-02-27",
                "2 1/2 years",
                "P2Y6M",
            ),
            (
                "for a year and a half",
                "1998-02-27",
                "a year and a half",
                "P1Y6M",
            ),
            (
                "But a minute and a half into the flight",
                "1998-01-14",
                "a minute and a half",
                "PT1M30S",
            ),
            // future and past cues for a weekday
            (
                "The stock is to resume trading in Paris Tuesday.",
                "1989-10-27",
                "Tuesday",
                "1989-10-31",
            ),
            (
                "the peace process, set to resume Monday in Belfast.",
                "1998-03-22",
                "Monday",
                "1998-03-23",
            ),
            (
                "its record high set on Aug. 6.",
                "1998-02-06",
                "Aug. 6",
                "1997-08-06",
            ),
            (
                "The offer had been scheduled to expire at midnight Friday.",
                "1989-10-30",
                "midnight Friday",
                "1989-10-27T24",
            ),
            // midnight alone, told in the past, is the one that opened the day; "died" is a
            // verb in the past, and so is "started" before "shortly after"
            (
                "The blaze started shortly after midnight and burned for six hours.",
                "2013-03-18",
                "midnight",
                "2013-03-17T24",
            ),
            (
                "The strike began at midnight to press demands for higher wages.",
                "1987-03-20",
                "midnight",
                "1987-03-19T24",
            ),
            (
                "He died at midnight.",
                "2013-03-18",
                "midnight",
                "2013-03-17T24",
            ),
            (
                "The curfew begins at midnight.",
                "2013-03-18",
                "midnight",
                "2013-03-18T24",
            ),
            // "the quarter" after a forecast year is the quarter reported
            (
                "Third-quarter profit fell. It expects record earnings in 1990. New loans were $6.6 million in the quarter.",
                "1989-11-02",
                "the quarter",
                "1989-Q3",
            ),
            (
                "Third-quarter profit rose 10%. Sales fell in the 1988 quarter.",
                "1989-10-30",
                "the 1988 quarter",
                "1988-Q3",
            ),
            (
                "the federal budget will soon move from deficit into surplus",
                "1989-10-30",
                "soon",
                "FUTURE_REF",
            ),
            (
                "Eight trading days after the crash, the index recovered.",
                "1989-10-30",
                "Eight trading days",
                "P8D",
            ),
            (
                "The percentage change is since year-end.",
                "1989-10-30",
                "year-end",
                "1988-12-31",
            ),
            // "year-end" is the closing day; "year end", "year's end" the end of the year
            (
                "requirements that should be in place by year's end.",
                "1989-10-26",
                "year's end",
                "1989",
            ),
            (
                "Mr. Smith expects the rate to ease by year end.",
                "1989-10-26",
                "year end",
                "1989",
            ),
            // early in the year, a report's year end is last year's, unless it looks ahead
            (
                "The company's cash fell to 299 mln dlrs at year end from 430 mln dlrs",
                "1987-03-05",
                "year end",
                "1986",
            ),
            (
                "about half of the proposed repurchases completed by year end.",
                "1987-03-03",
                "year end",
                "1987",
            ),
            (
                "cash fell from 430 mln dlrs at year end 1985, after a decrease",
                "1987-03-05",
                "year end 1985",
                "1985",
            ),
            // the year before it too; and told in the past, the year end is over
            (
                "Freedom Federal operates 15 retail branch banks and had 1986 year end assets \
                 of about 733 mln dlrs.",
                "1987-06-18",
                "1986 year end",
                "1986",
            ),
            (
                "because 1986 year-end assets, at 55.4 billion dlrs, were overestimated",
                "1987-03-26",
                "1986 year-end",
                "1986-12-31",
            ),
            (
                "It said the Louisiana properties had proven reserves at year-end of 11 billion \
                 cubic feet of natural gas.",
                "1987-06-18",
                "year-end",
                "1986-12-31",
            ),
            // a span of months after "will" is the first one not over
            (
                "In East Malaysia the impact will be in February/April and July/Dec.",
                "1987-04-07",
                "July",
                "1987-07",
            ),
            (
                "Sales were made for July/Dec.",
                "1987-04-07",
                "July",
                "1986-07",
            ),
            // a span of months glued together takes the year after the closing one
            (
                "Registrations rose to 2.42 mln from 2.35 mln in January/September last year.",
                "1987-10-20",
                "January",
                "1986-01",
            ),
            (
                "Trading was halted in mid-afternoon yesterday.",
                "1989-11-02",
                "mid-afternoon yesterday",
                "1989-11-01TAF",
            ),
            (
                "The vote came in late morning.",
                "1998-03-06",
                "late morning",
                "1998-03-06TMO",
            ),
            (
                "Third-quarter net rose 5% from the quarter a year ago.",
                "1989-10-26",
                "the quarter a year ago",
                "1988-Q3",
            ),
            (
                "it will take the next couple of years",
                "1989-10-26",
                "the next couple of years",
                "P2Y",
            ),
            (
                "plants that can run at least 20 more years",
                "1998-02-27",
                "20 more years",
                "P20Y",
            ),
            (
                "The lease runs for an additional year.",
                "1989-11-02",
                "an additional year",
                "P1Y",
            ),
            // "will" anywhere in the clause looks ahead
            (
                "Collins will be named commander of the Space Shuttle Columbia for a mission in December.",
                "1998-03-04",
                "December",
                "1998-12",
            ),
            (
                "it would liquidate the maker \"as soon as possible,\"",
                "1989-10-30",
                "as soon as possible",
                "FUTURE_REF",
            ),
            // a scheduled event in the present tense is ahead; a past or denied one is not
            (
                "He and Palestinian leader Yasser Arafat meet separately Monday with US Secretary of State Madeleine Albright.",
                "1998-05-01",
                "Monday",
                "1998-05-04",
            ),
            (
                "The new tariff takes effect Friday.",
                "1998-05-06",
                "Friday",
                "1998-05-08",
            ),
            (
                "The two sides did not meet Monday, officials said.",
                "1998-05-01",
                "Monday",
                "1998-04-27",
            ),
            (
                "The talks resumed Monday.",
                "1998-05-01",
                "Monday",
                "1998-04-27",
            ),
            // an earlier quarter named in an earlier sentence is background: year-ago
            // compares with the story's quarter (wsj_0292)
            (
                "Kimberly-Clark posted a 20% gain in third-quarter net income. After a flat second quarter, it cited consumer businesses. The comparison was enhanced by charges taken in the year-earlier period.",
                "1989-11-01",
                "the year-earlier period",
                "1988-Q3",
            ),
            (
                "Sales fell in the second quarter from the year-earlier period.",
                "1989-11-01",
                "the year-earlier period",
                "1988-Q2",
            ),
            // unhyphenated before the period it qualifies (Reuters-21578)
            (
                "Sales fell in the second quarter from the year earlier period.",
                "1989-11-01",
                "the year earlier period",
                "1988-Q2",
            ),
            (
                "The company lost money in the first quarter. In the year ago quarter it earned 11,000 dlrs.",
                "1987-04-20",
                "the year ago quarter",
                "1986-Q1",
            ),
            // "the year before" at the end of a clause is the one before the period the text
            // speaks of; "the week of April 13" is that day's week
            (
                "Construction work fell to 1.37 billion marks in 1986 from 2.10 billion the year before.",
                "1987-03-11",
                "the year before",
                "1985",
            ),
            (
                "M-1 rose in the week ended February 25; notes were up 76 mln dlrs from the week before.",
                "1987-03-06",
                "the week before",
                "1987-W08",
            ),
            (
                "The company expects to report first quarter results the week of April 13.",
                "1987-04-02",
                "the week of April 13",
                "1987-W16",
            ),
            // the middle of the publication's year, week, decade or century
            (
                "A model with the new steering will be out by mid-year.",
                "1987-04-08",
                "mid-year",
                "1987",
            ),
            (
                "By mid-century, the population will double.",
                "2013-03-22",
                "mid-century",
                "20",
            ),
            (
                "By mid-century the population will double.",
                "2013-03-22",
                "mid-century",
                "20",
            ),
            // a middle of the year still to come told in the past is last year's; one gone by
            // that is still ahead, next year's
            (
                "The system was installed in mid-year and replaced in the fourth quarter.",
                "1987-03-20",
                "mid-year",
                "1986",
            ),
            (
                "The plant will reopen by midyear.",
                "2013-10-20",
                "midyear",
                "2014",
            ),
            // the British "financial year" is a fiscal year
            (
                "Keating said domestic demand could fall slightly this financial year.",
                "1987-02-26",
                "this financial year",
                "1987",
            ),
            (
                "It has started the current financial year well.",
                "1987-03-02",
                "the current financial year",
                "1987",
            ),
            (
                "It would sell its holding during the next financial year which starts on April 1.",
                "1987-03-18",
                "the next financial year",
                "1988",
            ),
            // the day that names the attacks of 2001
            (
                "Families of the victims of the September 11 attacks gathered in New York.",
                "2013-03-15",
                "September 11",
                "2001-09-11",
            ),
            (
                "It was the deadliest strike since the Sept. 11 terrorist attacks.",
                "2013-03-15",
                "Sept. 11",
                "2001-09-11",
            ),
            (
                "The bonds mature on September 11 next year.",
                "2013-03-15",
                "September 11",
                "2014-09-11",
            ),
            // "of last year" after a month, a day or a season
            (
                "The divisor dropped below one for the first time in May of last year.",
                "1987-03-11",
                "May of last year",
                "1986-05",
            ),
            (
                "On March 18 of last year, the USDA reported that cotton farmers planted less.",
                "1987-03-27",
                "March 18 of last year",
                "1986-03-18",
            ),
            (
                "The fund was launched in the summer of last year.",
                "2013-03-22",
                "summer of last year",
                "2012-SU",
            ),
            // decades counted from a year give a year
            (
                "He was born in 1950. Six decades later, he became president.",
                "2013-03-22",
                "Six decades later",
                "2010",
            ),
            // a year's quarter in the possessive
            (
                "The plant will not start commercial operation until 1988's first quarter.",
                "1987-03-06",
                "1988's first quarter",
                "1988-Q1",
            ),
            // "the final quarter of 2012" is its fourth
            (
                "Sales in the final quarter of 2012 fell.",
                "2013-03-22",
                "the final quarter of 2012",
                "2012-Q4",
            ),
            // a week is found in a day or a week the text named, not in a month
            (
                "In early March, sales slumped. The decision is due by the end of the week.",
                "2013-03-22",
                "the end of the week",
                "2013-W12",
            ),
            // "earlier" and "later" in the week or month the text speaks of
            (
                "The move follows similar increases earlier in the week by other banks.",
                "1987-04-02",
                "earlier in the week",
                "1987-W14",
            ),
            (
                "The company said identical stores sales increased 15 pct for the month of February.",
                "1987-03-11",
                "February",
                "1987-02",
            ),
            // "in <count> <unit>" in a clause about the future is that long after the
            // publication; elsewhere, a length of time
            (
                "The talks will resume in two weeks.",
                "2013-03-22",
                "two weeks",
                "2013-W14",
            ),
            (
                "The company said the program will be available in 60 days.",
                "1987-02-26",
                "60 days",
                "1987-04-27",
            ),
            (
                "Growth in 1987 will be its slowest in a decade.",
                "1987-04-29",
                "a decade",
                "P10Y",
            ),
            (
                "The landowners will be paid in 10-year bonds.",
                "1987-03-20",
                "10-year",
                "P10Y",
            ),
            (
                "Tax payments normally would be minimal in a quarter that produced such a loss.",
                "1989-10-30",
                "a quarter",
                "P3M",
            ),
            // a day of the week of last (this, next) week; a day of the month alone
            (
                "Many companies closed on Friday of last week for the Easter holiday.",
                "1987-04-21",
                "Friday of last week",
                "1987-04-17",
            ),
            (
                "The action started on Wednesday last week when miners staged a go-slow.",
                "1987-04-02",
                "Wednesday last week",
                "1987-03-25",
            ),
            (
                "The board first apprised the proposal on the 11th.",
                "1987-03-20",
                "the 11th",
                "1987-03-11",
            ),
            (
                "The talks began Feb. 3. By the 9th, they had failed.",
                "2013-03-22",
                "the 9th",
                "2013-02-09",
            ),
            // American zones by name after a clock ("Eastern Europe" is no zone)
            (
                "At 3 p.m. Eastern Standard Time, shares fell.",
                "2013-03-22",
                "3 p.m. Eastern Standard Time",
                "2013-03-22T15:00",
            ),
            (
                "The speech began at noon Pacific time Thursday.",
                "2013-03-22",
                "noon Pacific time Thursday",
                "2013-03-21T12:00",
            ),
            // a clock with the part of the publication day after it; "o'clock"
            (
                "We'll see you at 6:30 tonight.",
                "2013-03-22",
                "6:30 tonight",
                "2013-03-22T18:30",
            ),
            (
                "He called at eight o'clock this morning.",
                "2013-03-22",
                "eight o'clock this morning",
                "2013-03-22T08:00",
            ),
            (
                "The deadline is midnight tonight.",
                "1987-03-05",
                "midnight tonight",
                "1987-03-05T24",
            ),
            // a clock's "local time" stands between it and its day; a scheduled verb looks
            // ahead across "at"
            (
                "Voting closes at 8 p.m. local time on Saturday.",
                "2013-03-22",
                "8 p.m. local time on Saturday",
                "2013-03-23T20:00",
            ),
            (
                "Contracts at both companies expire at midnight on September 14.",
                "1987-04-13",
                "midnight on September",
                "1987-09-14T24",
            ),
            // a weekday with a day of a month: the year that puts the day on the weekday
            (
                "The pope arrived in Rio on Monday, July 22.",
                "2013-03-22",
                "Monday, July 22",
                "2013-07-22",
            ),
            // a scheduled event in the present tense is ahead, "in" a month too; housing
            // starts are no event
            (
                "The present pact, which expires in October, required that governments ratify it.",
                "1987-03-18",
                "October",
                "1987-10",
            ),
            (
                "Housing starts in September were down 1.2 pct.",
                "1987-10-20",
                "September",
                "1987-09",
            ),
            // "the period" is the story's unless the words after it say which
            (
                "It took charges during the second quarter, a move that will result in a loss for the period of about 175 mln dlrs.",
                "1987-06-01",
                "the period",
                "1987-Q2",
            ),
            // "would" reaches past a conjunction after the day ("by Monday unless ...")
            (
                "The ECB said on Thursday it would cut off emergency funding to Cypriot banks by Monday unless the country pays.",
                "2013-03-22",
                "Monday",
                "2013-03-25",
            ),
            // what began "since" a month began in the past; "since" as "because" is no time
            (
                "Cyprus has been negotiating with its creditors since June, when it first asked for help.",
                "2013-03-22",
                "June",
                "2012-06",
            ),
            (
                "Sales may not rise at the same rate, since Easter falls late in April this year.",
                "1987-03-09",
                "Easter",
                "1987-04-19",
            ),
            (
                "Banks bought bills for the first time since April of last year.",
                "1987-02-26",
                "April",
                "1986-04",
            ),
            // a clause that opens with the date takes the tense of the verb after it
            (
                "By Monday night, everything must be in place.",
                "2013-03-22",
                "Monday night",
                "2013-03-25TNI",
            ),
            (
                "On Wednesday the Court of Appeal will link the cases.",
                "1987-10-20",
                "Wednesday",
                "1987-10-21",
            ),
            (
                "On Wednesday, officials said they will appeal.",
                "1987-10-20",
                "Wednesday",
                "1987-10-14",
            ),
            // a reporting verb between "will" and the day dates the report
            (
                "Banks in Cyprus will remain closed until Tuesday, officials said on Thursday.",
                "2013-03-22",
                "Thursday",
                "2013-03-21",
            ),
            (
                "It will have provisions for measures announced in November, it said.",
                "1987-03-17",
                "November",
                "1986-11",
            ),
            // what is still to come is in no long-past year
            (
                "He has served as mayor since 2009 and will step down at the end of the year.",
                "2013-03-22",
                "the end of the year",
                "2013",
            ),
            (
                "Sales rose 5 percent in 2012. Profit for the year fell.",
                "2013-03-22",
                "the year",
                "2012",
            ),
            // "the year to date", "the quarter so far": the publication's
            (
                "Passenger miles rose to 3.9 mln from 2.8 mln last year. For the year to date, load factor rose to 40.6 pct.",
                "1987-03-12",
                "the year",
                "1987",
            ),
            (
                "He was elected in 2008. Sales for the quarter so far are up 4 percent.",
                "2013-03-20",
                "the quarter",
                "2013-Q1",
            ),
            // a quarter or half of a year named relative to the publication date
            (
                "Sales should recover in the first half of next year.",
                "1998-05-06",
                "the first half of next year",
                "1999-H1",
            ),
            (
                "a loss in the fourth quarter of last year",
                "1998-05-06",
                "the fourth quarter of last year",
                "1997-Q4",
            ),
            // "the previous Friday" counts from the date the text named last
            (
                "The deal closed on March 3. The following Friday, shares fell.",
                "1998-05-06",
                "The following Friday",
                "1998-03-06",
            ),
            (
                "On Jan. 5 the board met; the previous Monday it had warned investors.",
                "1998-05-06",
                "the previous Monday",
                "1997-12-29",
            ),
            (
                "The board met the previous Monday.",
                "1998-05-06",
                "the previous Monday",
                "1998-05-04",
            ),
            // "the following spring", "the previous November": the first such season or
            // month after (the last before) the date named last
            (
                "Filming began in late 2016 and wrapped the following summer.",
                "2018-02-05",
                "the following summer",
                "2017-SU",
            ),
            (
                "They married in June 1990 and divorced the next summer.",
                "2018-02-05",
                "the next summer",
                "1991-SU",
            ),
            (
                "He was arrested in 2015 and convicted the following March.",
                "2018-02-05",
                "the following March",
                "2016-03",
            ),
            (
                "The program started in the summer of 2004 and expanded the next winter.",
                "2018-02-05",
                "the next winter",
                "2004-WI",
            ),
            (
                "crude dipped to a low of 8.50 dlrs a barrel last July from a peak of over 30 dlrs the previous November.",
                "1987-03-04",
                "the previous November",
                "1985-11",
            ),
            (
                "Production in January rose only slightly from the previous January's level.",
                "1987-03-09",
                "the previous January",
                "1986-01",
            ),
            (
                "the industry will weaken through at least the first two quarters of 1990",
                "1989-10-26",
                "the first two quarters of 1990",
                "1990-H1",
            ),
            // after "the quarter ended Sept. 30" the text speaks of the quarter, not of its
            // last day (wsj_1011); a year back from a week is the same week a year back
            // (Reuters 69); a week back is not counted from a year (Reuters 13169)
            (
                "For the quarter ended Sept. 30, Delta posted net income of $133.1 million, up from $100 million a year earlier.",
                "1989-10-26",
                "a year earlier",
                "1988-Q3",
            ),
            (
                "Inspections in the week ended Feb 21 were 16.6 mln bushels, against 16.5 mln in the year-ago week.",
                "1987-02-26",
                "the year-ago week",
                "1986-W08",
            ),
            (
                "Output in 1986 was five mln tons. This week it was 86,000 tons, down from 93,000 tons a week earlier.",
                "1987-04-03",
                "a week earlier",
                "1987-W13",
            ),
            // "the decade", "the century" are this one (Reuters 1868, 4861)
            (
                "Marks said crude futures volume could double by the end of the decade.",
                "1987-03-04",
                "the end of the decade",
                "198",
            ),
            (
                "It would like to build five reactors before the end of the century.",
                "1987-03-13",
                "the end of the century",
                "19",
            ),
            (
                "Demand should reach 1.5 trillion cubic feet a year by 1990. Growth will slow at the end of the decade.",
                "1987-04-29",
                "the end of the decade",
                "198",
            ),
            // "earlier" and "later" before a day order events within it (APW19980322,
            // wsj_0816); before "in the year" they are its part
            (
                "Earlier Sunday, more than 2,000 protesters rallied.",
                "1998-03-22",
                "Earlier Sunday",
                "1998-03-22",
            ),
            (
                "Later yesterday, the stock rose.",
                "1989-10-27",
                "Later yesterday",
                "1989-10-26",
            ),
            (
                "Demand is expected to rise later in the year.",
                "1987-03-13",
                "later in the year",
                "1987",
            ),
            // a year-ago quarter named by its number is one expression (wsj_0670)
            (
                "Intergroup in the year-ago third quarter earned $22.5 million.",
                "1989-10-30",
                "the year-ago third quarter",
                "1988-Q3",
            ),
            (
                "In the year-earlier fourth quarter it lost $3 million.",
                "1990-01-20",
                "the year-earlier fourth quarter",
                "1988-Q4",
            ),
            // a quarter named by its last month, as Australian and New Zealand figures
            // and company reports name them (Reuters 880, 3414, 21332)
            (
                "Borrowing in the December quarter rose to 3.92 billion.",
                "1987-03-03",
                "December quarter",
                "1986-Q4",
            ),
            (
                "Analysts expect sales to slow in the June quarter.",
                "2013-03-22",
                "June quarter",
                "2013-Q2",
            ),
            (
                "It lost 30 mln dlrs in the September quarter last year.",
                "1987-10-19",
                "September quarter last year",
                "1986-Q3",
            ),
            (
                "Debt was 5.25 billion in March quarter 1985.",
                "1987-03-09",
                "March quarter 1985",
                "1985-Q1",
            ),
            // days, hours and minutes later or earlier are the time between two events
            // (wsj_0585, AP900816-0139, ABC19980114); so is anything "earlier than"; weeks
            // and years back are the period compared with (Reuters 3082, 8549)
            (
                "Three days later, as of Friday's close, the Nasdaq Composite fell.",
                "1989-10-30",
                "Three days later",
                "P3D",
            ),
            (
                "A day earlier, scores of trucks crossed the border.",
                "1990-08-16",
                "A day earlier",
                "P1D",
            ),
            (
                "But a minute and a half later, a pilot calls in.",
                "1998-01-14",
                "a minute and a half later",
                "PT1M30S",
            ),
            (
                "Arrivals rose to 136,000 tonnes on March 7 from 31,000 a week earlier.",
                "1987-03-09",
                "a week earlier",
                "1987-W09",
            ),
            // a day earlier after a figure is the day compared with; told of alone, a length
            (
                "The death toll rose to 112 from 87 a day earlier.",
                "2013-03-18",
                "a day earlier",
                "2013-03-17",
            ),
            (
                "A day earlier, scores of trucks streamed across the border.",
                "2013-03-18",
                "A day earlier",
                "P1D",
            ),
            (
                "IBM will ship the computer two months earlier than it had planned.",
                "1987-03-23",
                "two months earlier",
                "P2M",
            ),
            // with no date named, "earlier" counts from the publication date in its own unit
            (
                "Two years earlier, the plant had closed.",
                "1998-05-06",
                "Two years earlier",
                "1996",
            ),
            // wire style: "end-March", "the year to March 31", "first-quarter 1987"
            (
                "Stocks at end-March were higher.",
                "1987-03-16",
                "end-March",
                "1987-03",
            ),
            (
                "Sales rose in the year to March 31.",
                "1987-03-16",
                "the year",
                "P1Y",
            ),
            (
                "The CPI rose 2 percent in the year through February.",
                "2013-03-22",
                "the year",
                "P1Y",
            ),
            (
                "first-quarter 1987 profits",
                "1987-03-16",
                "first-quarter 1987",
                "1987-Q1",
            ),
            // a period that ends on the date that follows is the one the date closes
            (
                "net income for the quarter ended Sept. 30 rose 5%",
                "1989-11-01",
                "the quarter",
                "1989-Q3",
            ),
            (
                "in the week ended Oct. 27, sales fell",
                "1989-11-01",
                "the week",
                "1989-W43",
            ),
            (
                "net income for the quarter ended Sept. 30 rose 5%",
                "1989-11-01",
                "Sept. 30",
                "1989-09-30",
            ),
            // year-ago compares with the story's quarter, not the day that closed it,
            // a quarter still to come or a year long gone (wsj_0325, wsj_1003, Reuters 6943)
            (
                "Net for the quarter ended Sept. 30 rose 4%. The year-ago results have been restated.",
                "1989-11-01",
                "year-ago",
                "1988-Q3",
            ),
            (
                "Third-quarter profit fell. The industry will weaken through the third quarter of 1990. In the year-ago period, Bethlehem earned $101.4 million.",
                "1989-10-26",
                "the year-ago period",
                "1988-Q3",
            ),
            (
                "GDP rose 1.1 pct in the fourth quarter of 1986. This compares with a 1.1 pct fall in the fourth quarter of 1985. Compared with the year-earlier quarter, GDP also rose 1.1 pct.",
                "1987-03-18",
                "the year-earlier quarter",
                "1985-Q4",
            ),
            // ... but a forecast for a quarter ending later compares with that quarter's
            // year-ago one (Reuters 1339)
            (
                "Telxon expects earnings for its fourth quarter ending March 31 to be 23 cts. For the year-ago quarter, the company earned 22 cts.",
                "1987-03-03",
                "the year-ago quarter",
                "1986-Q1",
            ),
            // with no period named, year-ago is last year
            (
                "Note: Year-ago results restated.",
                "1987-03-27",
                "Year-ago",
                "1986",
            ),
            // "year-to-date" is no compound word like "year-on-year" (Reuters 1481)
            (
                "For the year-to-date, U.S. car sales dropped 45.7 pct.",
                "1987-03-04",
                "the year",
                "1987",
            ),
            // British clocks and day-first dates where the day cannot be a month
            (
                "Last updated Thursday 21 March 2013 14.30 GMT",
                "2013-03-22",
                "14.30 GMT",
                "2013-03-21T14:30",
            ),
            (
                "The offer expires at 5 p.m. New York time on April 12.",
                "2013-03-22",
                "5 p.m. New York time on April 12",
                "2013-04-12T17:00",
            ),
            (
                "Applications are due by 5 p.m. on Friday, March 29.",
                "2013-03-20",
                "5 p.m. on Friday, March 29",
                "2013-03-29T17:00",
            ),
            // "over" a count spreads it, but "for over a month" counts more
            (
                "Voting will take place over two days, on April 7 and 8.",
                "2013-03-24",
                "two days",
                "P2D",
            ),
            (
                "The two countries have been negotiating for over a month.",
                "1987-03-24",
                "over a month",
                "P1M",
            ),
            // a clock after a part of a day is on that day, if in that part
            (
                "They resume deliberations tomorrow morning at 9 a.m.",
                "2013-03-21",
                "9 a.m.",
                "2013-03-22T09:00",
            ),
            (
                "The pipeline reopened Sunday evening around 1900 EDT, carrying oil.",
                "1987-06-15",
                "1900 EDT",
                "1987-06-14T19:00",
            ),
            (
                "Cocoa futures stood hardly changed from last night at midday.",
                "1987-04-07",
                "midday",
                "1987-04-07T12:00",
            ),
            (
                "The plant has been idle since the 2008-09 recession.",
                "2013-03-22",
                "2008",
                "2008",
            ),
            (
                "The merger is expected to close by midyear.",
                "2013-03-22",
                "midyear",
                "2013",
            ),
            // a fiscal quarter is the one of the fiscal year under way (Reuters-21578)
            (
                "FedEx reported a 31% decline in profit for its fiscal third quarter.",
                "2013-03-22",
                "fiscal third quarter",
                "2013-Q3",
            ),
            (
                "Echlin expects further earnings increases for the second half of fiscal 1987 ending in August",
                "1987-03-20",
                "the second half of fiscal 1987",
                "1987-H2",
            ),
            (
                "The game ended at half past ten.",
                "2013-03-27",
                "half past ten",
                "2013-03-27T10:30",
            ),
            (
                "We met at quarter to eight this morning.",
                "2013-03-27",
                "quarter to eight this morning",
                "2013-03-27T07:45",
            ),
            (
                "The meeting ran until 2 in the morning.",
                "2013-03-27",
                "2 in the morning",
                "2013-03-27T02:00",
            ),
            (
                "He called at 8 in the evening on Monday.",
                "2013-03-27",
                "8 in the evening on Monday",
                "2013-03-25T20:00",
            ),
            (
                "The crash happened at around 5.30pm on the A1.",
                "2013-03-21",
                "5.30pm",
                "2013-03-21T17:30",
            ),
            (
                "The 100-kg bomb went off outside an officers' mess at 10.30 P.M. (2130 GMT)",
                "1987-03-24",
                "10.30 P.M.",
                "1987-03-24T22:30",
            ),
            (
                "The BBC reported on 21/03/2013 that talks failed.",
                "2013-03-22",
                "21/03/2013",
                "2013-03-21",
            ),
            (
                "The BBC reported on 3/12/2013 that talks failed.",
                "2013-03-22",
                "3/12/2013",
                "2013-03-12",
            ),
            // year first with slashes; day first with dots or a month's name; month first
            // with dashes
            (
                "Published 2013/03/14 by the agency.",
                "2013-03-22",
                "2013/03/14",
                "2013-03-14",
            ),
            (
                "The contract runs until 14.03.2014.",
                "2013-03-22",
                "14.03.2014",
                "2014-03-14",
            ),
            (
                "The event is on 14-Mar-2013.",
                "2013-03-22",
                "14-Mar-2013",
                "2013-03-14",
            ),
            (
                "The 12-15-2013 meeting was cancelled.",
                "2013-03-22",
                "12-15-2013",
                "2013-12-15",
            ),
            // an event "set for" a day is to come
            (
                "The vote is set for Sunday, officials said.",
                "2013-03-21",
                "Sunday",
                "2013-03-24",
            ),
            // "ahead of" looks forward (wsj_0586, Reuters 15454), a lead does not
            (
                "Investors squared positions ahead of Wednesday's meeting of finance ministers.",
                "1987-04-09",
                "Wednesday",
                "1987-04-15",
            ),
            (
                "Dealers moved to square positions ahead of the weekend.",
                "1989-10-30",
                "the weekend",
                "1989-W44-WE",
            ),
            (
                "The index closed at 72.4, well ahead of Friday's final 71.8.",
                "1987-03-09",
                "Friday",
                "1987-03-06",
            ),
            // the part of day after two weekdays serves both (APW19980213.1320)
            (
                "two new flights would leave Bombay on Monday and Tuesday nights from March 30",
                "1998-02-13",
                "Monday",
                "XXXX-WXX-1TNI",
            ),
            (
                "Officials met late Wednesday and Wednesday afternoon.",
                "2013-03-22",
                "late Wednesday",
                "2013-03-20",
            ),
            (
                "Police questioned him Monday and Tuesday night.",
                "1998-02-13",
                "Monday",
                "1998-02-09TNI",
            ),
            // a fiscal quarter is named for the calendar quarter most of it falls in
            // (wsj_0662, Reuters 726)
            (
                "In the quarter ended July 31, Jayark had 5.6 million shares outstanding.",
                "1989-10-30",
                "the quarter",
                "1989-Q2",
            ),
            (
                "Orders in the quarter ended Jan 31 rose about 15 pct.",
                "1987-03-02",
                "the quarter",
                "1986-Q4",
            ),
            // wire-service clock times with their zone
            (
                "Prices were quoted at 0800 GMT on Tuesday.",
                "1998-05-06",
                "0800 GMT",
                "1998-05-05T08:00",
            ),
            (
                "Shares closed at 1430 EST.",
                "1998-05-06",
                "1430 EST",
                "1998-05-06T14:30",
            ),
            (
                "In 1200 the town was founded.",
                "1998-05-06",
                "1200",
                "1200",
            ),
            // an adjective of time leaves the article to its noun
            (
                "Unions called the 24-hour strike for Friday.",
                "1998-05-06",
                "24-hour",
                "PT24H",
            ),
            // a unit in the plural with no number is a vague duration
            (
                "troops are expected to be committed to Desert Shield within weeks",
                "1990-08-15",
                "weeks",
                "PXW",
            ),
            (
                "he probably died within weeks or months of his capture",
                "1998-02-19",
                "weeks or months",
                "PXW",
            ),
            (
                "Experts said it could take months to refloat the ship",
                "1987-03-09",
                "months",
                "PXM",
            ),
            (
                "It would extend mine life by a year, with considerable potential",
                "1987-03-26",
                "a year",
                "P1Y",
            ),
            (
                "The completion of the merger agreement follows months of twists and turns.",
                "1989-10-27",
                "months",
                "PXM",
            ),
            (
                "to pay departing investors in the weeks ahead",
                "1989-10-27",
                "the weeks ahead",
                "PXW",
            ),
            (
                "over the years many more patients are able to",
                "1998-03-31",
                "the years",
                "PXY",
            ),
            // a clock on a named day is the date the text speaks of next
            (
                "The vote was set for 10 a.m. on March 12, and the results came the next day.",
                "2013-03-22",
                "the next day",
                "2013-03-13",
            ),
            // a day of the story: the day named before, or one next to it
            (
                "Police arrived on March 3. That morning, a bomb exploded.",
                "2013-03-22",
                "That morning",
                "2013-03-03TMO",
            ),
            (
                "Police arrived on March 3. The next morning, the troops withdrew.",
                "2013-03-22",
                "The next morning",
                "2013-03-04TMO",
            ),
            (
                "He was arrested on March 3. The night before, he had fled.",
                "2013-03-22",
                "The night before",
                "2013-03-02TNI",
            ),
            (
                "it will lay off 3,500 workers on March 23, the same day that 3,500 other \
                 workers will return to work.",
                "1987-03-19",
                "the same day",
                "1987-03-23",
            ),
            (
                "Oil fell on Tuesday; prices had risen the day before.",
                "2013-03-22",
                "the day before",
                "2013-03-18",
            ),
            (
                "He resigned on Monday. The day after, markets fell.",
                "2013-03-22",
                "The day after",
                "2013-03-19",
            ),
            (
                "The company said it will provide more details later in the day.",
                "1987-03-13",
                "the day",
                "1987-03-13",
            ),
            // but the first quarters of a year are a time
            (
                "It pays the dividend during the first three quarters of the year.",
                "1987-03-24",
                "the first three quarters",
                "P9M",
            ),
            // a part of a day named after it
            (
                "The attack took place on the morning of March 5.",
                "2013-03-22",
                "the morning of March 5",
                "2013-03-05TMO",
            ),
            (
                "The rescue took place in the early morning hours of Sunday.",
                "2013-03-14",
                "the early morning hours of Sunday",
                "2013-03-10TMO",
            ),
            // (a length back from the publication: "nearly half a century ago")
            (
                "The treaty was signed nearly half a century ago.",
                "2013-03-14",
                "nearly half a century ago",
                "1963",
            ),
            (
                "Troops moved in on the night of Oct. 12, 1989.",
                "1989-10-30",
                "the night",
                "1989-10-12TNI",
            ),
            // a week or month is not found in a year: "the week" after "mid-2015" is the
            // week of publication
            (
                "Rates stay near zero until mid-2015. Shares closed at 3:30 p.m. ET, down 2 \
                 percent for the week.",
                "2013-03-22",
                "the week",
                "2013-W12",
            ),
            // ... nor a year in a decade
            (
                "It was the worst month in the past decade. The region has been dry for much \
                 of the year.",
                "2013-03-22",
                "the year",
                "2013",
            ),
            (
                "The dairy commission, mandated by the 1985 farm bill, is set to expire at the \
                 end of the month.",
                "1987-03-04",
                "the end of the month",
                "1987-03",
            ),
            // "this past", "this coming" count from the publication date
            (
                "The senator, who retired this past weekend, said Tuesday's vote was a \
                 mistake.",
                "2013-03-22",
                "this past weekend",
                "2013-W11-WE",
            ),
            (
                "Talks resume this coming week.",
                "2013-03-22",
                "this coming week",
                "2013-W13",
            ),
            (
                "other than on this past Monday when we were informed that our offer would",
                "1987-03-16",
                "this past Monday",
                "1987-03-09",
            ),
            (
                "A few weeks ago, the minister said the plan was dead.",
                "2013-03-22",
                "A few weeks ago",
                "PAST_REF",
            ),
            // a scheduled event with a short complement before the day
            (
                "Voters head to the polls Sunday.",
                "2013-03-20",
                "Sunday",
                "2013-03-24",
            ),
            (
                "Lawmakers return from recess Monday.",
                "2013-03-20",
                "Monday",
                "2013-03-25",
            ),
            (
                "The museum opens to the public on Saturday.",
                "2013-03-20",
                "Saturday",
                "2013-03-23",
            ),
            (
                "The secretary-general told the Council on his return to New York on \
                 September 16.",
                "1987-10-20",
                "September 16",
                "1987-09-16",
            ),
            (
                "The team plays Friday night.",
                "2013-03-20",
                "Friday",
                "2013-03-22TNI",
            ),
            (
                "Prices could rise as early as Monday.",
                "2013-03-20",
                "Monday",
                "2013-03-25",
            ),
            (
                "Thatcher may call a general election as early as June.",
                "1987-07-20",
                "June",
                "1988-06",
            ),
            // the reported future: "would" further back in the clause, with no past verb
            // or relative clause between it and the date
            (
                "One member predicted Congress now would be able to finish its work by \
                 September.",
                "1987-03-18",
                "September",
                "1987-09",
            ),
            (
                "He said the ministers would review how the accord has gone since it was \
                 agreed in February.",
                "1987-04-02",
                "February",
                "1987-02",
            ),
            (
                "Ministers would discuss currency markets in the light of the February \
                 agreement.",
                "1987-04-02",
                "February",
                "1987-02",
            ),
            // "then current" is the past
            (
                "a 20% premium over the then current price of the stock",
                "1989-10-26",
                "current",
                "PAST_REF",
            ),
            // the vague past and future without a number
            (
                "the trade-in value of the cars in past years",
                "1989-10-30",
                "past years",
                "PAST_REF",
            ),
            (
                "the remaining shares will be sold at a later date.",
                "1989-10-26",
                "a later date",
                "FUTURE_REF",
            ),
            // "one day" after a modal is some day to come
            (
                "Islam will one day be the second largest religion in the country.",
                "1998-03-03",
                "one day",
                "FUTURE_REF",
            ),
            (
                "Ukraine was ruled from Moscow for centuries.",
                "1998-02-27",
                "centuries",
                "PXC",
            ),
            // decades without a number, in TimeBank's letter for the unit
            (
                "the region has been at war for decades",
                "1998-02-27",
                "decades",
                "PXE",
            ),
            // adjectives between the number and the unit
            (
                "Unemployment has risen for six consecutive months",
                "2013-10-30",
                "six consecutive months",
                "P6M",
            ),
            // "or so" before "ago"
            (
                "Then, a week or so ago, Gen. Schwarzkopf secretly picked Saturday night",
                "1991-02-25",
                "a week or so ago",
                "1991-W08",
            ),
            (
                "Control Data, which just months ago was hemorrhaging",
                "1989-10-30",
                "months ago",
                "PAST_REF",
            ),
            // weekdays in the plural are sets
            (
                "The program airs Tuesday nights on ABC.",
                "1998-02-13",
                "Tuesday nights",
                "XXXX-WXX-2TNI",
            ),
            (
                "The exchange is closed on Sundays.",
                "1998-02-13",
                "Sundays",
                "XXXX-WXX-7",
            ),
            (
                "The guards change every hour.",
                "1998-02-13",
                "every hour",
                "PT1H",
            ),
        ];
        assert_values(&table);
    }

    #[test]
    fn counts_and_frequencies_after_every_are_sets() {
        // Reuters-21578 sentences: (text, span, value), each a SET over its whole span
        for (text, phrase, value) in [
            (
                "the remainder in three more instalments to be made every six months.",
                "every six months",
                "P6M",
            ),
            (
                "five tremors were being recorded every 10 minutes.",
                "every 10 minutes",
                "PT10M",
            ),
            (
                "is selling a car about every other day,\" Philippi said.",
                "every other day",
                "P2D",
            ),
            (
                "When your asset walks out the door every night, it is difficult",
                "every night",
                "XXXX-XX-XXTNI",
            ),
            (
                "They meet every Sunday evening.",
                "every Sunday evening",
                "XXXX-WXX-7TEV",
            ),
            (
                "Currently, it must be shut twice a year.",
                "twice a year",
                "P1Y",
            ),
            (
                "The new flight will operate three times a week until June one",
                "three times a week",
                "P1W",
            ),
            (
                "to report lending volume to the central bank once a month rather than \
                 quarterly",
                "once a month",
                "P1M",
            ),
            ("Each spring, the river floods.", "Each spring", "XXXX-SP"),
        ] {
            let hit = tag_spanning(text, "1987-03-26", phrase);
            assert_eq!(hit.value, value, "{text:?}");
            assert_eq!(hit.kind, TimexKind::Set, "{text:?}");
        }
        // a count of times with no unit, and an adjective of frequency, are no sets
        assert_untagged(
            "1989-10-27",
            &[
                "was hit several times and was",
                "cut its quarterly dividend in half",
            ],
        );
    }

    #[test]
    fn a_capitalised_unit_after_a_lowercase_word_is_a_name() {
        let text = "In 1992, dubbed the Year of the Woman, four women were elected.";
        let tags = tag(text, Some(d("2013-03-22")));
        let spans: Vec<&str> = tags.iter().map(|t| &text[t.span.clone()]).collect();
        assert_eq!(spans, ["1992"]);
    }

    #[test]
    fn holidays_are_their_day_in_the_year_the_sentence_means() {
        let table = [
            // a fixed day, by tense
            (
                "Stores will close on Christmas Day.",
                "2013-03-22",
                "Christmas Day",
                "2013-12-25",
            ),
            (
                "Damaging strikes over Christmas and the New Year hit output.",
                "1987-02-26",
                "Christmas",
                "1986-12-25",
            ),
            // "over" a holiday takes the verb's tense, past an article too (but not "over
            // the summer", which conditions and comparisons use)
            (
                "Traffic was heavy over the Easter weekend.",
                "2013-03-20",
                "Easter",
                "2012-04-08",
            ),
            (
                "The shops will be busy over the Easter weekend.",
                "2013-03-20",
                "Easter",
                "2013-03-31",
            ),
            (
                "The wheat cash basis was steady at 38 cents over May.",
                "1987-04-07",
                "May",
                "1987-05",
            ),
            (
                "Stores will reopen on New Year's Day.",
                "2013-03-22",
                "New Year's Day",
                "2014-01-01",
            ),
            (
                "The raid was on New Year's Eve 2011.",
                "2013-03-22",
                "New",
                "2011-12-31",
            ),
            (
                "Police were busy on St. Patrick's Day.",
                "2013-03-22",
                "St.",
                "2013-03-17",
            ),
            // a day that moves: Easter and the days counted from it, the American Mondays
            (
                "Black Friday sales rose 10 percent last year.",
                "2013-03-21",
                "Black Friday",
                "2012-11-23",
            ),
            (
                "Cyber Monday is now the busiest online shopping day of the year.",
                "2013-03-21",
                "Cyber Monday",
                "2012-11-26",
            ),
            (
                "Mines could face a May Day work stoppage, the Chamber of Mines said.",
                "1987-04-08",
                "May Day",
                "1987-05-01",
            ),
            (
                "The pope will celebrate Mass on Palm Sunday.",
                "2013-03-22",
                "Palm Sunday",
                "2013-03-24",
            ),
            (
                "Pilgrims gathered for Maundy Thursday services.",
                "2013-04-04",
                "Maundy Thursday",
                "2013-03-28",
            ),
            (
                "Retailers cited the late Easter for the decline.",
                "1987-04-09",
                "Easter",
                "1987-04-19",
            ),
            (
                "The march was held on Good Friday.",
                "2019-05-02",
                "Good Friday",
                "2019-04-19",
            ),
            (
                "One member predicted Congress now would be able to finish its work by \
                 Labor Day.",
                "1987-03-18",
                "Labor Day",
                "1987-09-07",
            ),
            (
                "The strike began on Martin Luther King Jr. Day.",
                "2013-03-22",
                "Martin",
                "2013-01-21",
            ),
            (
                "Turnout was low on Thanksgiving.",
                "2013-03-22",
                "Thanksgiving",
                "2012-11-22",
            ),
            (
                "The results will be announced on Election Day.",
                "2012-10-01",
                "Election Day",
                "2012-11-06",
            ),
            (
                "Trading was thin after Memorial Day.",
                "2013-06-10",
                "Memorial Day",
                "2013-05-27",
            ),
            // last, this and next count from the publication date
            (
                "Last Christmas, the plant shut.",
                "2013-03-22",
                "Last",
                "2012-12-25",
            ),
            (
                "It reopens next Easter.",
                "2013-03-22",
                "next Easter",
                "2013-03-31",
            ),
        ];
        assert_values(&table);
        // every word capitalised, and not a lunar new year
        for text in [
            "Stocks had a good Friday.",
            "Crowds gathered for Chinese New Year.",
            "The amnesty covers tobacco, hops and Christmas trees.",
            "They wished him a happy new year.",
        ] {
            let tags = tag(text, Some(d("2013-03-22")));
            assert!(
                tags.iter().all(|t| !t.value.ends_with("-01-01")
                    && !t.value.ends_with("-12-25")
                    && t.value != "2013-03-29"
                    && t.value != "2012-04-06"),
                "no holiday in {text:?}: {tags:?}"
            );
        }
    }

    #[test]
    fn leaves_ages_events_and_unnamed_days_untagged() {
        let untagged = [
            (
                "Mr. Schwarz, 52 years old, will succeed Mr. Davison",
                "52 years",
            ),
            ("A 23-year-old man was arrested.", "23-year"),
            ("U.S. Trust, a 136-year-old institution", "136-year"),
            ("they could leave as soon as the threats end", "soon"),
            ("he had been killed soon after being captured", "soon"),
            (
                "The plant closed in September. Workers left that day.",
                "that day",
            ),
            // "the day" alone is any day; another year's day is not this one
            ("He remembers the day the wall fell.", "the day"),
            (
                "It has paid interest since the day before the merger.",
                "the day",
            ),
            ("The bond matures on the same day in 1997.", "the same day"),
            // an ordinal before a noun is no day of the month
            ("They occupy the 17th through 21st floors.", "the 17th"),
            ("It marked the 10th anniversary of the war.", "the 10th"),
            // an adjective
            ("Mid-year results were weak.", "Mid-year"),
            // a count of something other than time after "the past"
            (
                "Shares have fallen in four of the past five sessions.",
                "past",
            ),
            // a count without a preposition of time is no clock
            ("They won 3 in the afternoon.", "3"),
            // "fall" the verb, and the noun after "the" with no preposition before it
            (
                "The dollar's sharp fall last year put the brake on stocks.",
                "fall",
            ),
            (
                "The fall brought the rate to 9.14 pct, the lowest since December 1977.",
                "fall",
            ),
            ("Stocks rose despite the fall in oil prices.", "fall"),
            ("Stocks rose because of the fall of the dollar.", "fall"),
            ("It opened after the fall of the Berlin Wall.", "fall"),
            // a night before an event is no night of the story
            ("It was the night before the election.", "night"),
            // "over" that compares is no quantifier
            ("Sales rose 27 pct over a year ago.", "over"),
            // TimeBank leaves "the foreseeable future" alone (2 of 2)
            (
                "Forces will stay in the region for the foreseeable future.",
                "future",
            ),
            // a period the words after it define
            (
                "The report covers the period from 2000 to 2010.",
                "the period",
            ),
            ("Observers have seen it for a long time.", "a long time"),
            ("Turnout was 2013 votes higher than expected.", "2013"),
            // a name
            (
                "The computer will be used by the Century Research Center.",
                "Century",
            ),
            // a compound word (wsj_0292)
            (
                "The quarter-to-quarter comparison was also enhanced by charges.",
                "quarter",
            ),
            ("Sales grew 4% on a month-over-month basis.", "month"),
            // a price is no British clock
            ("They were redeemed at 0.25 ct each.", "0.25"),
            ("The year-on-year rise in February was 4.2 pct.", "year"),
            // a year read out is no year before what it counts (PRI19980121)
            (
                "They kept their glass working secrets for more than two thousand years.",
                "two thousand",
            ),
            ("The index fell 1987 points in a month.", "1987"),
            // a fraction
            (
                "Three quarters of that is in the form of wood products.",
                "quarters",
            ),
            ("He won three-quarters of the vote.", "quarters"),
            (
                "Rates narrowed to less than three quarters of a percentage point.",
                "quarters",
            ),
            // the tail of a number in a table is no count of years
            (
                "Avg shrs 3,985,924 vs 3,935,969     Year     Shr loss",
                "969",
            ),
            // a plural unit needs words that make it a duration
            ("Sales fell on two of the days of the week.", "days"),
            // "by a quarter" is a share, and "a year-to-date revision" no length
            (
                "banks raised their prime lending rates by a quarter point",
                "quarter",
            ),
            (
                "earnings were also reduced by a year-to-date revision",
                "year",
            ),
            ("The years were good to him.", "years"),
        ];
        for (text, phrase) in untagged {
            let at = text.find(phrase).expect("the phrase is in the text");
            let tags = tag(text, Some(d("1989-10-30")));
            assert!(
                !tags.iter().any(|t| t.span.contains(&at)),
                "{phrase:?} is not a time in {text:?}: {tags:?}"
            );
        }
    }

    #[test]
    fn the_part_of_a_period_the_text_speaks_of_is_a_modifier() {
        // (sentence, phrase tagged, value, modifier)
        let table = [
            (
                "The plant should reopen by the end of the year.",
                "the end of the year",
                "1998",
                Modifier::End,
            ),
            (
                "An anomaly was repeated in the final months of 1986.",
                "the final months of 1986",
                "1986",
                Modifier::End,
            ),
            (
                "Arbed said the early months of 1987 had seen the market deteriorate.",
                "the early months of 1987",
                "1987",
                Modifier::Start,
            ),
            (
                "The shooting happened in the early hours of Saturday.",
                "the early hours of Saturday",
                "1998-05-02",
                Modifier::Start,
            ),
            (
                "Prices fell in the early part of the year.",
                "the early part of the year",
                "1998",
                Modifier::Start,
            ),
            (
                "Growth picked up in the latter part of 2019.",
                "the latter part of 2019",
                "2019",
                Modifier::End,
            ),
            (
                "The talks were in the early stages of March.",
                "the early stages of March",
                "1998-03",
                Modifier::Start,
            ),
            // "early" and "late" glued with a hyphen, as "mid" is
            (
                "The rules were tightened in late-2018.",
                "late-2018",
                "2018",
                Modifier::End,
            ),
            (
                "Nissan said late-March U.S. truck sales increased",
                "late-March",
                "1998-03",
                Modifier::End,
            ),
            (
                "The plant should be running by early-2021.",
                "early-2021",
                "2021",
                Modifier::Start,
            ),
            // from one part to a later one: the mod of the later (Reuters-21578)
            (
                "results of the audit will be available in mid to late April 1987.",
                "mid to late April 1987",
                "1987-04",
                Modifier::End,
            ),
            (
                "with a proposed sale to the public commencing in early-to-mid April.",
                "early-to-mid April",
                "1998-04",
                Modifier::Mid,
            ),
            (
                "Prices rose sharply in the mid-to-late 1990s.",
                "the mid-to-late 1990s",
                "199",
                Modifier::End,
            ),
            // (a week of a month is its first or last seven days: see below)
            (
                "Reserves rose 300 mln marks in the last week of March to 104.9 billion marks",
                "the last week of March",
                "1998-03",
                Modifier::End,
            ),
            (
                "OPEC production in the first week of October could be above 18.5 mln bpd",
                "the first week of October",
                "1997-10",
                Modifier::Start,
            ),
            (
                "Orders slowed early in the quarter.",
                "early in the quarter",
                "1998-Q2",
                Modifier::Start,
            ),
            (
                "Rents are due at the beginning of the month.",
                "the beginning of the month",
                "1998-05",
                Modifier::Start,
            ),
            (
                "by the end of next month",
                "the end of next month",
                "1998-06",
                Modifier::End,
            ),
            (
                "Debt should fall by end-1987.",
                "end-1987",
                "1987",
                Modifier::End,
            ),
            // a quantifier before is part of the expression, and its mod (TimeBank spans)
            (
                "Talks lasted more than four hours.",
                "more than four hours",
                "PT4H",
                Modifier::MoreThan,
            ),
            (
                "He held the post for nearly two years.",
                "nearly two years",
                "P2Y",
                Modifier::Approx,
            ),
            (
                "Sentences of up to 180 days were handed down.",
                "up to 180 days",
                "P180D",
                Modifier::EqualOrLess,
            ),
            (
                "Payment is due in no more than sixty days.",
                "no more than sixty days",
                "P60D",
                Modifier::EqualOrLess,
            ),
            (
                "The sentence is not more than seven years.",
                "not more than seven years",
                "P7Y",
                Modifier::EqualOrLess,
            ),
            (
                "It will take at least 20 more years.",
                "at least 20 more years",
                "P20Y",
                Modifier::EqualOrMore,
            ),
            (
                "The plane landed around 7:15 p.m. local time.",
                "around 7:15 p.m.",
                "1998-05-06T19:15",
                Modifier::Approx,
            ),
            (
                "The last hostages were freed around midday Monday.",
                "around midday Monday",
                "1998-05-04T12:00",
                Modifier::Approx,
            ),
            // "over" counts a length back after a verb ("an increase over a year ago"
            // compares, and is left out)
            (
                "The retailer was founded over 100 years ago.",
                "over 100 years ago",
                "1898",
                Modifier::MoreThan,
            ),
            // and so is the article before early, mid or late with a decade or season
            (
                "The communist group held power in the late 1970s.",
                "the late 1970s",
                "197",
                Modifier::End,
            ),
            // halves of a decade or century (wsj_1014, Reuters 6259)
            (
                "a trend that has characterized the last half of the '80s, with sales flat",
                "the last half of the '80s",
                "198",
                Modifier::End,
            ),
            (
                "the cost escalation of the first half of the 1980's will reverse",
                "the first half of the 1980's",
                "198",
                Modifier::Start,
            ),
            (
                "it will take place in the second half of March.",
                "the second half of March",
                "1999-03",
                Modifier::End,
            ),
            (
                "China become a major world power by the early 21st century",
                "the early 21st century",
                "20",
                Modifier::Start,
            ),
            // "early" or "late" before "on" and a weekday (Reuters-21578)
            (
                "Jets attacked three Iranian oil rigs in the southern Gulf early on Monday",
                "early on Monday",
                "1998-05-04",
                Modifier::Start,
            ),
            (
                "Talks ended late on Thursday without a deal.",
                "late on Thursday",
                "1998-04-30",
                Modifier::End,
            ),
        ];
        for (text, phrase, value, modifier) in table {
            let tags = tag(text, Some(d("1998-05-06")));
            let t = tags
                .iter()
                .find(|t| &text[t.span.clone()] == phrase)
                .unwrap_or_else(|| panic!("{phrase:?} is tagged whole in {text:?}: {tags:?}"));
            assert_eq!(
                (t.value.as_str(), t.modifier),
                (value, Some(modifier)),
                "{text:?}"
            );
        }
        // wire style "end" before a month, unhyphenated
        let t = tag_spanning(
            "Foreign investment in Mexico stood at end August at 17.8 billion dlrs",
            "1987-10-20",
            "end August",
        );
        assert_eq!(
            (t.value.as_str(), t.modifier),
            ("1987-08", Some(Modifier::End))
        );
        // a span of parts runs from the start of the first to the end of the second
        check(
            "Prices rose sharply in the mid-to-late 1990s.",
            "1998-05-06",
            "199",
            ("1993-05-02", "1999-12-31"),
        );
        // "over" and "up to" before a date are prepositions, as is any quantifier before
        // a determiner ("over the past two years")
        for (text, span) in [
            ("Over the weekend, prices fell.", "the weekend"),
            ("Up to Nov. 1 it rose.", "Nov. 1"),
            ("Sales rose over the past two years.", "the past two years"),
            ("Output was less than 1985 levels.", "1985"),
            ("Sales were higher than a year ago.", "a year ago"),
            ("Rates held around current levels.", "current"),
        ] {
            let tags = tag(text, Some(d("1998-05-06")));
            assert_eq!(&text[tags[0].span.clone()], span, "{text:?}");
            assert_eq!(tags[0].modifier, None, "{text:?}");
        }
        // a span from "the start of the year" to the present is in the publication's year,
        // and a date a superlative compares with is no reference (Reuters-21578)
        check(
            "February sales fell from February of 1986. Sales since the beginning of the year totaled 3,469.",
            "1987-03-04",
            "1987",
            ("1987-01-01", "1987-05-02"),
        );
        let text = "Corn sales in the week ended March 19 were the highest since mid-November, \
                    1979. The USSR dominated the week's activity.";
        assert_eq!(
            tag(text, Some(d("1987-03-26")))
                .last()
                .map(|t| t.value.as_str()),
            Some("1987-W12")
        );
        // "this year and next": the word left standing is a year of its own
        let text = "Growth will slow this year and next, the OECD said.";
        let tags = tag(text, Some(d("2013-03-27")));
        let got: Vec<(&str, &str)> = tags
            .iter()
            .map(|t| (&text[t.span.clone()], t.value.as_str()))
            .collect();
        assert_eq!(got, [("this year", "2013"), ("next", "2014")]);
        // "the week ahead" is the one the next day is in (Sunday's paper means next week)
        check(
            "The week ahead will be busy for markets.",
            "2013-03-24",
            "2013-W13",
            ("2013-03-25", "2013-03-31"),
        );
        check(
            "Growth was less than one pct last year. \"A moderate rate of growth in the year \
             ahead should not give rise to strains,\" he said.",
            "1987-06-29",
            "1987",
            ("1987-01-01", "1987-12-31"),
        );
        // a count with a half counts the unit below: eighteen months back
        check(
            "The couple separated a year and a half ago.",
            "2013-03-21",
            "2011-09",
            ("2011-09-01", "2011-09-30"),
        );
        // so many years ago today (this week, this month) is that day (week, month)
        check(
            "Ten years ago today, the United States invaded Iraq.",
            "2013-03-20",
            "2003-03-20",
            ("2003-03-20", "2003-03-20"),
        );
        check(
            "Four years ago this week, the president gave a speech in Cairo.",
            "2013-03-20",
            "2009-W12",
            ("2009-03-16", "2009-03-22"),
        );
        // a season before a crop is a kind of crop (Reuters-21578)
        assert_untagged(
            "1987-03-04",
            &[
                "Some varieties of winter wheat sown in Poland can survive",
                "a tender for 450,000 tonnes of spring wheat",
                "the Winter Olympics in Calgary",
                "The winter Olympics open in Sochi.",
                "a major trade war was averted at the last minute.",
                "following a last minute decision taken",
                "The summer Olympics were held in London.",
                "Following weekend talks here between Japanese and British officials",
            ],
        );
        // "in the week since the quake" is a length that runs from an event
        for (text, phrase, value) in [
            (
                "The death toll has climbed to 300 in the week since the quake.",
                "the week",
                "P1W",
            ),
            (
                "based on the performance of the unit in the year following the closing",
                "the year",
                "P1Y",
            ),
        ] {
            let hit = tag_spanning(text, "2013-03-21", phrase);
            assert_eq!((hit.value.as_str(), hit.kind), (value, TimexKind::Duration));
        }
        // (not before a figure or a clause)
        assert_eq!(
            value_of(
                "It is aiming for a 12.8 pct share throughout the year after 11.7 pct in 1986.",
                "1987-03-15",
                "the year"
            ),
            "1987"
        );
        // "in the morning" after a verb in the past is that part of the story's day
        for (text, published, phrase, value) in [
            (
                "It revised the shortage up. During the afternoon, the bank bought 22 mln stg of bills.",
                "1987-04-13",
                "the afternoon",
                "1987-04-13TAF",
            ),
            (
                "Flood advisories were posted over northwest Texas through the morning.",
                "1987-03-11",
                "the morning",
                "1987-03-11TMO",
            ),
            (
                "On Friday, the Tokyo index was down. Dealers placed heavy buy orders in the morning to start the day.",
                "1989-10-30",
                "the morning",
                "1989-10-27TMO",
            ),
            (
                "The Bank of England said it did not operate in the money market during the morning.",
                "1987-03-11",
                "the morning",
                "1987-03-11TMO",
            ),
        ] {
            assert_eq!(value_of(text, published, phrase), value, "{text:?}");
        }
        assert_untagged(
            "1987-04-07",
            &[
                "Early on, he was popular.",
                "In the morning, prices will rise.",
                "He works in the morning and sleeps at night.",
                "Demand was keen in the morning session.",
            ],
        );
        // "overnight" is the night just gone, or the one before the story's day
        for (text, published, value) in [
            (
                "Clashes erupted again overnight.",
                "2013-03-20",
                "2013-03-19TNI",
            ),
            (
                "Iraq said its troops repelled an overnight attack by three divisions",
                "1987-03-01",
                "1987-02-28TNI",
            ),
            (
                "The dollar hovered at 145.25/30 yen, down from 145.85/90 last night. The stage for the dollar's decline was set overnight in the Far East",
                "1987-04-07",
                "1987-04-06TNI",
            ),
            (
                "London share prices closed sharply lower Friday. London shares were depressed initially by overnight losses in New York.",
                "1989-10-30",
                "1989-10-26TNI",
            ),
        ] {
            assert_eq!(value_of(text, published, "overnight"), value, "{text:?}");
        }
        assert_untagged(
            "1987-04-07",
            &[
                "The deficit cannot be cut overnight.",
                "The Bank of Spain raised overnight call money rates by 1/4 to 14 pct",
                "They reported offshore offers of overnight at 10.",
                "He would consider it if the London and New York exchanges are closed overnight.",
            ],
        );
        // ... and so many years ago this season or month is that season or month
        check(
            "Fifty years ago this summer, King delivered his speech.",
            "2013-03-20",
            "1963-SU",
            ("1963-06-01", "1963-08-31"),
        );
        check(
            "The bridge opened 75 years ago this May.",
            "2013-03-20",
            "1938-05",
            ("1938-05-01", "1938-05-31"),
        );
        // (a lowercase "may" after "this" is a verb, from Reuters-21578)
        for text in [
            "the demand for OPEC oil has been rising and this may have prompted excesses",
            "It happened ten years ago this may be wrong.",
            "many believe that some of the remaining 26 may opt to bow out",
            "a licensing agreement whereby each may practice the other's technology",
        ] {
            let tags = tag(text, Some(d("1987-02-26")));
            assert!(
                tags.iter().all(|t| !text[t.span.clone()].contains("may")),
                "{text:?}: {tags:?}"
            );
        }
        // a week of a month or year is its first or last seven days
        check(
            "The first week of April brought heavy snow.",
            "2013-04-09",
            "2013-04",
            ("2013-04-01", "2013-04-07"),
        );
        check(
            "Sales jumped in the last week of December 2012.",
            "2013-04-09",
            "2012-12",
            ("2012-12-25", "2012-12-31"),
        );
        // a fiscal year named with the day it ended is the twelve months to that day, in
        // the year it ends in or, ending early in a year, the one it began in
        check(
            "Fiscal 1985 ended Sept 30, the company said.",
            "1987-03-09",
            "1985",
            ("1984-10-01", "1985-09-30"),
        );
        check(
            "Macy's said fiscal 2012 ended Feb. 2 with record sales.",
            "2013-03-22",
            "2012",
            ("2012-02-03", "2013-02-02"),
        );
        check(
            "an unofficial three billion stg target set for fiscal 1986 ending March 31.",
            "1987-03-11",
            "1986",
            ("1986-04-01", "1987-03-31"),
        );
        // ... as is a quarter named with the month it ends in
        check(
            "Sales for the quarter ending in June are forecast to rise.",
            "2013-03-14",
            "2013-Q2",
            ("2013-04-01", "2013-06-30"),
        );
        check(
            "Profit fell in the quarter ended in December.",
            "2013-03-14",
            "2012-Q4",
            ("2012-10-01", "2012-12-31"),
        );
        // ... and its first or last day is that day
        check(
            "Company changed its fiscal year from December 31 to the last day of February",
            "1987-06-18",
            "1987-02-28",
            ("1987-02-28", "1987-02-28"),
        );
        check(
            "On the last day of 1986, Uccel completed the buyouts of six companies.",
            "1987-06-01",
            "1986-12-31",
            ("1986-12-31", "1986-12-31"),
        );
        // "later" in a period the publication is not in is any of it (it never ends
        // before it begins)
        check(
            "Prices in February were higher. Later in the month, they fell.",
            "2013-03-22",
            "2013-02",
            ("2013-02-01", "2013-02-28"),
        );
        check(
            "Sales will rise later this year.",
            "2013-03-22",
            "2013",
            ("2013-03-22", "2013-12-31"),
        );
        // a half is five years of a decade, fifty of a century
        check(
            "the last half of the '80s",
            "1989-10-26",
            "198",
            ("1985-01-01", "1989-12-31"),
        );
        check(
            "the first half of the 20th century",
            "1989-10-26",
            "19",
            ("1900-01-01", "1949-12-31"),
        );
        // ... and of a month, fifteen days and the rest (Reuters 1430, 6373)
        check(
            "the sale of 1,043 Sterling automobiles during the second half of February",
            "1987-03-04",
            "1987-02",
            ("1987-02-16", "1987-02-28"),
        );
        check(
            "I still presume that it will take place in the first half of April.",
            "1987-03-18",
            "1987-04",
            ("1987-04-01", "1987-04-15"),
        );
        // a named fiscal quarter keeps its name and covers the three months to its end
        // (wsj_0136, wsj_0709)
        check(
            "its fourth quarter ended Sept. 30",
            "1989-11-02",
            "1989-Q4",
            ("1989-07-01", "1989-09-30"),
        );
        check(
            "the second quarter ended Oct. 31",
            "1989-10-27",
            "1989-Q2",
            ("1989-08-01", "1989-10-31"),
        );
        check(
            "Microsoft reported results for its fiscal third quarter, which ended March 31.",
            "2013-04-24",
            "2013-Q3",
            ("2013-01-01", "2013-03-31"),
        );
        // a quarter to the end of June begins on April 1; one to March 30 on Dec. 31
        check(
            "the quarter ended June 30",
            "1989-10-30",
            "1989-Q2",
            ("1989-04-01", "1989-06-30"),
        );
        check(
            "The company's fiscal second quarter ends March 30.",
            "2013-03-22",
            "2013-Q2",
            ("2012-12-31", "2013-03-30"),
        );
        check(
            "Results for the January quarter were weak.",
            "2013-03-22",
            "2012-Q4",
            ("2012-11-01", "2013-01-31"),
        );
        // a fiscal quarter is its three months, whatever calendar quarter names it
        check(
            "the quarter ended July 31",
            "1989-10-30",
            "1989-Q2",
            ("1989-05-01", "1989-07-31"),
        );
    }

    #[test]
    fn a_period_ending_where_the_text_ends_is_read_without_its_date() {
        // "ended" is the last token: nothing follows to read a date from.
        for text in ["Profit for the quarter ended", "Profit for the quarter to"] {
            let tags = tag(text, Some(d("1989-11-01")));
            let values: Vec<&str> = tags.iter().map(|t| t.value.as_str()).collect();
            assert_eq!(values, ["1989-Q4"], "{text:?}");
        }
    }

    #[test]
    fn a_past_verb_before_in_month_dates_it_to_the_last_one() {
        // (sentence, publication date, phrase, value): TimeBank and Reuters-21578 sentences
        let table = [
            // a past verb governs "in <month>", or "ended" names a period that is over
            (
                "In January, the company brought in a new chief executive officer",
                "1989-10-27",
                "January",
                "1989-01",
            ),
            (
                "Since KKR bought RJR in February for $25 billion of debt",
                "1989-10-30",
                "February",
                "1989-02",
            ),
            (
                "In the fiscal year ended Jan. 31, the company reported sales of $59.5 million",
                "1989-10-31",
                "Jan. 31",
                "1989-01-31",
            ),
            (
                "the panel, appointed in August by President Junius Jayewardene",
                "1987-06-18",
                "August",
                "1986-08",
            ),
            // ... from further back, past its object (an irregular verb, "lent", "won",
            // "swam", is as past as a regular one)
            (
                "The bank lent the government money in January.",
                "2013-11-08",
                "January",
                "2013-01",
            ),
            (
                "Police arrested three men and a woman in connection with the attack in February.",
                "2013-11-08",
                "February",
                "2013-02",
            ),
            (
                "Since CIR won control of the French group in June, Valeo has pursued a policy",
                "1987-04-24",
                "June",
                "1986-06",
            ),
            (
                "prime rates have now retreated from a recent peak of 19 pct in October",
                "1987-06-18",
                "October",
                "1986-10",
            ),
            (
                "On the last day of summer, we swam.",
                "2013-03-20",
                "the last day of summer",
                "2012-09-21",
            ),
            // "during", "between" and "throughout" are read as "in" is (not "from", which
            // more often opens what is still to come)
            (
                "If cash hogs at the 7-markets last year averaged 61 dlrs during July, that \
                 doesn't mean",
                "1987-04-01",
                "July",
                "1986-07",
            ),
            (
                "Sales fell during January.",
                "2013-11-08",
                "January",
                "2013-01",
            ),
            // ... and "in the <season>", "in the <month> <event>"; a season still to come
            // after "will" is next year's once this year's is over
            (
                "The privatisation was announced in the Autumn Statement last November.",
                "1987-03-19",
                "Autumn",
                "1986-FA",
            ),
            (
                "They should respect pledges made in the February Louvre accord.",
                "1987-10-19",
                "February",
                "1987-02",
            ),
            (
                "The plant will reopen in the spring.",
                "1987-07-03",
                "spring",
                "1988-SP",
            ),
            (
                "Sales will rise in the summer.",
                "1987-07-03",
                "summer",
                "1987-SU",
            ),
            // a winter is named for the year it begins in: read in March, "this winter" is
            // the one just ending, unless the clause looks ahead; "last winter" in January is
            // the one before the one under way
            (
                "Ukraine and southern parts of Russia, which experienced record snows this winter.",
                "1987-03-25",
                "this winter",
                "1986-WI",
            ),
            (
                "He expected significantly higher oil prices this winter.",
                "1987-04-28",
                "this winter",
                "1987-WI",
            ),
            (
                "The lake froze last winter.",
                "2013-01-15",
                "last winter",
                "2011-WI",
            ),
            // "last <month>" for the month just gone is a year back ("last month" is that)
            (
                "February car sales totaled 36,811, down from 40,012 last February.",
                "1987-03-04",
                "last February",
                "1986-02",
            ),
            (
                "similar to the struggle last March, it said",
                "1987-04-13",
                "last March",
                "1986-03",
            ),
            (
                "the pact he signed last January",
                "1987-04-13",
                "last January",
                "1987-01",
            ),
            // a participle set off by a comma
            (
                "The deal, announced on Feb. 3, is expected to close by the end of the year.",
                "2013-10-30",
                "Feb. 3",
                "2013-02-03",
            ),
            // a day a few weeks ahead is this year's, even after "ended"
            (
                "expected to report good results for the quarter ended March 31.",
                "1987-03-16",
                "March 31",
                "1987-03-31",
            ),
            // no past verb governs the month: the nearest one
            (
                "Routine sales of butter were made. March/April sold at 4,340 dlrs.",
                "1987-02-26",
                "April",
                "1987-04",
            ),
            (
                "Xerox Corp said it is launching in May a more powerful version",
                "1987-03-04",
                "May",
                "1987-05",
            ),
            (
                "Phillips expects to begin marketing the new 89 octane unleaded gasoline in May",
                "1987-03-31",
                "May",
                "1987-05",
            ),
            (
                "the dry spell would only break when the monsoon rains fell in late May.",
                "1987-03-30",
                "late May",
                "1987-05",
            ),
            // ... but not past a purpose, a verb under "would", or as the subject of a verb
            // after the date
            (
                "has approved three bonds for issue in April, bond market sources said.",
                "1987-03-31",
                "April",
                "1987-04",
            ),
            (
                "foreign reserves would have risen by 391 mln dlrs in February, taking",
                "1987-04-09",
                "February",
                "1987-02",
            ),
            (
                "warned Tokyo its promised economic package in April must be significant",
                "1987-03-09",
                "April",
                "1987-04",
            ),
            (
                "the department was reiterating advice it last made in January.",
                "1987-10-20",
                "January",
                "1987-01",
            ),
            // a span of months (here, a quarter) is the one nearest, whatever the verb
            (
                "The Agency will announce GNP figures for the October/December quarter today",
                "1987-03-17",
                "October",
                "1986-Q4",
            ),
            // the full stop inside "4.85" does not end the clause that "will" opens
            (
                "will have coupon rates of between 4.85 and 5.65 pct in September compared",
                "1987-03-01",
                "September",
                "1987-09",
            ),
        ];
        assert_values(&table);
    }

    #[test]
    fn a_past_verb_on_or_right_before_a_day_dates_it_to_the_last_one() {
        // (sentence, publication date, phrase, value): Reuters-21578 sentences, and news
        // of the kind a fact-checker reads in late November
        let table = [
            // a finite verb in the past: the last such day, even a few weeks back
            (
                "Allied's first disclosure of the DeBartolo takeover was made on Oct 8.",
                "1987-06-29",
                "Oct 8",
                "1986-10-08",
            ),
            (
                "He was arrested on Christmas Day.",
                "2026-11-23",
                "Christmas Day",
                "2025-12-25",
            ),
            (
                "The two leaders met at Christmas.",
                "2026-11-23",
                "Christmas",
                "2025-12-25",
            ),
            (
                "He took office on Jan. 20.",
                "2026-11-23",
                "Jan. 20",
                "2026-01-20",
            ),
            (
                "The fire broke out early on Dec. 3.",
                "2026-11-23",
                "Dec. 3",
                "2025-12-03",
            ),
            (
                "The company filed for bankruptcy Dec. 15.",
                "2026-11-23",
                "Dec. 15",
                "2025-12-15",
            ),
            (
                "The suspect was arraigned Jan. 4 and pleaded not guilty.",
                "2026-11-23",
                "Jan. 4",
                "2026-01-04",
            ),
            // (nor another clause after "and": no list of dates)
            (
                "Its board approved the merger on Oct 3 and the merger agreement was executed on Oct 7.",
                "1987-06-29",
                "Oct 3",
                "1986-10-03",
            ),
            (
                "The board met on Oct 3 and shares fell.",
                "1987-06-29",
                "Oct 3",
                "1986-10-03",
            ),
            // a verb right after "and" goes on from a finite one before it
            (
                "Shares fell on Oct 3 and climbed on Oct 5.",
                "1987-06-29",
                "Oct 5",
                "1986-10-05",
            ),
            (
                "The bonds, to be dated March 15 and delivered March 16, will be priced as follows.",
                "1987-03-03",
                "March 16",
                "1987-03-16",
            ),
            (
                "Baker, who was to have left April 30 and returned May 6, stayed home.",
                "1987-04-27",
                "May 6",
                "1987-05-06",
            ),
            // (but a list of dates still reads as one)
            (
                "Shipments are due in April and May.",
                "1987-06-29",
                "April",
                "1988-04",
            ),
            (
                "wheat from the 1986/87 season, which began June 1, to 1987/88 delivery",
                "1987-03-26",
                "June 1",
                "1986-06-01",
            ),
            // the end of a period may still be a few weeks ahead
            (
                "economists expect M-1 money supply for the week ended April 29 to rise",
                "1987-04-23",
                "April 29",
                "1987-04-29",
            ),
            // not a participle in a phrase, nor after a modal, nor a report, nor a verb whose
            // object the day belongs to, nor a copula, nor a plan that fell through
            (
                "with the first coupon paid on April 6.",
                "1987-03-05",
                "April 6",
                "1987-04-06",
            ),
            (
                "Banks must repurchase securities pledged on April 22.",
                "1987-03-23",
                "April 22",
                "1987-04-22",
            ),
            (
                "Shares registered on May 6 will receive the dividend.",
                "2013-03-14",
                "May 6",
                "2013-05-06",
            ),
            (
                "PacifiCorp said on May 15 it is redeeming 2.4 mln shares",
                "1987-04-13",
                "May 15",
                "1987-05-15",
            ),
            (
                "its board authorized the redemption on April 20 of the outstanding notes",
                "1987-03-06",
                "April 20",
                "1987-04-20",
            ),
            // (but an object that names no event leaves the day to the verb)
            (
                "Police searched the offices on July 3.",
                "2013-03-22",
                "July 3",
                "2012-07-03",
            ),
            // ... further back too, up to a word that sets the day's own time, or an event
            (
                "Police raided the offices of the UMP party on 3 July.",
                "2013-03-20",
                "3 July",
                "2012-07-03",
            ),
            (
                "It declared a five pct stock dividend payable on April 21 to holders.",
                "1987-03-20",
                "April 21",
                "1987-04-21",
            ),
            (
                "It said the merger is expected to be completed if confirmed by the board on \
                 April 16.",
                "1987-03-20",
                "April 16",
                "1987-04-16",
            ),
            (
                "Analysts warned about an unfavorable reaction to the seven-nation economic \
                 Summit on June 8 in Venice.",
                "1987-06-01",
                "June 8",
                "1987-06-08",
            ),
            (
                "CIGNA Corp said it has fixed April 24 as the date for the offer",
                "1987-03-11",
                "April 24",
                "1987-04-24",
            ),
            (
                "It said the dividend was payable April 15 to shareholders of record",
                "1987-03-17",
                "April 15",
                "1987-04-15",
            ),
            (
                "the committee was to have met in Vienna starting April 2",
                "1987-03-05",
                "April 2",
                "1987-04-02",
            ),
            (
                "for each share held on June 5 record date.",
                "1987-03-05",
                "June 5",
                "1987-06-05",
            ),
            // a report set off by commas leaves the day to the clause it reports
            (
                "On May 18, Data General said, it will redeem 150 mln dlrs of debentures",
                "1987-04-07",
                "May 18",
                "1987-05-18",
            ),
            // nor does a verb that goes on after "and" make a list of the day
            (
                "The trial began Feb. 3 and lasted six weeks.",
                "2026-11-23",
                "Feb. 3",
                "2026-02-03",
            ),
        ];
        assert_values(&table);
    }

    #[test]
    fn this_day_in_another_year_is_the_publication_day_then() {
        // (sentence, publication date, phrase, value): Reuters-21578 sentences, and the
        // almanac line of a modern story
        let table = [
            (
                "On this day in 2003, U.S. forces crossed into Iraq.",
                "2013-03-20",
                "this day in 2003",
                "2003-03-20",
            ),
            (
                "On this date in 1941, Japan attacked Pearl Harbor.",
                "2016-12-07",
                "this date in 1941",
                "1941-12-07",
            ),
            (
                "At this time last year, it operated 4,100 specialty stores.",
                "1987-03-05",
                "this time last year",
                "1986-03-05",
            ),
            (
                "as many as failed by this time a year ago, but Seidman said",
                "1987-03-25",
                "this time a year ago",
                "1986-03-25",
            ),
            (
                "This time next year, the U.S. will be screaming at them.",
                "1987-03-10",
                "This time next year",
                "1988-03-10",
            ),
            // "the same time last year": the date named last, a year back
            (
                "Soymeal stocks are up at 800,000 tonnes by October 1 from around 130,000 at the same time last year.",
                "1987-10-20",
                "the same time last year",
                "1986-10-01",
            ),
            (
                "Reserves were 3.5 billion dlrs at end-February, above the 3.08 billion held at the same time last year.",
                "1987-03-25",
                "the same time last year",
                "1986-02",
            ),
            // the present day, alone
            (
                "This day will be remembered.",
                "2013-03-20",
                "This day",
                "2013-03-20",
            ),
        ];
        assert_values(&table);
    }

    #[test]
    fn british_weekday_forms_are_one_expression() {
        for (text, phrase) in [
            ("The vote is on Monday week.", "Monday week"),
            (
                "The talks will resume a week on Monday.",
                "a week on Monday",
            ),
            ("The new rules apply from Monday next.", "Monday next"),
        ] {
            let t = tag_spanning(text, "2013-03-20", phrase);
            assert_eq!(t.kind, TimexKind::Date, "{text:?}");
        }
    }

    #[test]
    fn a_schedule_far_from_its_day_and_a_count_from_a_weekday_look_ahead() {
        // (sentence, publication date, phrase, value): Reuters-21578 sentences, and news
        // of the kind a fact-checker reads in late November
        let table = [
            // a scheduled verb in the present right after its subject, however long its
            // complement
            (
                "President Mario Soares, who returns from a visit to Brazil on Sunday, now \
                 faces the task",
                "1987-04-03",
                "Sunday",
                "1987-04-05",
            ),
            (
                "King Fahd of Saudi Arabia begins a four-day state visit on Tuesday",
                "1987-03-22",
                "Tuesday",
                "1987-03-24",
            ),
            (
                "Nakasone leaves on his sixth official visit to the United States on Wednesday",
                "1987-04-27",
                "Wednesday",
                "1987-04-29",
            ),
            (
                "The program expires at the end of the year on Sept. 30.",
                "2013-03-19",
                "Sept. 30",
                "2013-09-30",
            ),
            // not a name or a noun that looks like one
            (
                "The Federal Open Market Committee at its February 10-11 meeting voted",
                "1987-04-03",
                "February 10",
                "1987-02-10",
            ),
            (
                "Housing starts in September were down 1.2 pct",
                "1987-10-20",
                "September",
                "1987-09",
            ),
            (
                "In open market transactions between August 21 and October 16, a subsidiary",
                "1987-10-19",
                "August 21",
                "1987-08-21",
            ),
            // what lasts in the present up to a date goes on to a coming one
            (
                "Very stormy weather is likely in the North Sea through Saturday, disrupting \
                 shipping",
                "1987-03-27",
                "Saturday",
                "1987-03-28",
            ),
            (
                "The cuts, which total $85 billion through the end of September, take effect",
                "2026-11-23",
                "the end of September",
                "2027-09",
            ),
            (
                "Funding lasts through September.",
                "2026-11-23",
                "September",
                "2027-09",
            ),
            (
                "The government is funded through Sept. 30, the end of the fiscal year.",
                "2013-03-23",
                "Sept. 30",
                "2013-09-30",
            ),
            (
                "Funding lasted through September.",
                "2026-11-23",
                "September",
                "2026-09",
            ),
            // "will" past a long complement, in one clause with nothing in the past
            (
                "They will present it to the buffer stock working group at 1130 hrs GMT \
                 Tuesday, they said.",
                "1987-03-16",
                "1130 hrs GMT Tuesday",
                "1987-03-17T11:30",
            ),
            (
                "This meeting will be the first here since Brazil's unilateral suspension of \
                 interest payments on 68 billion dlrs of commercial bank debt on February 20.",
                "1987-03-31",
                "February 20",
                "1987-02-20",
            ),
            (
                "The ANZ's new rate will be the lowest prime set by the four major trading \
                 banks and matches the rate set by one of the smaller foreign banks in January",
                "1987-04-03",
                "January",
                "1987-01",
            ),
            // a scheduled verb before "from" a day, and the day it runs to
            (
                "The festival runs from Friday through Sunday.",
                "2013-03-14",
                "Friday",
                "2013-03-15",
            ),
            (
                "The festival runs from Friday to Sunday.",
                "2013-03-14",
                "Sunday",
                "2013-03-17",
            ),
            // (not a span named: a noun, or a copula)
            (
                "The company changed its fiscal year end from Aug 31 to Dec 31.",
                "1987-03-18",
                "Aug 31",
                "1986-08-31",
            ),
            (
                "The forecast is from fourth quarter to fourth quarter.",
                "1987-04-28",
                "fourth quarter",
                "1986-Q4",
            ),
            // so long after the coming weekday
            (
                "The hearing is set for a week from Tuesday.",
                "2026-11-23",
                "a week from Tuesday",
                "2026-12-01",
            ),
            (
                "The election is a month from Sunday.",
                "2026-11-23",
                "a month from Sunday",
                "2026-12-29",
            ),
            // ... and from today, the day so long ahead (from now, the unit)
            (
                "The results will be announced a week from today.",
                "2013-03-20",
                "a week from today",
                "2013-03-27",
            ),
            (
                "A month from today, voters go to the polls.",
                "2013-03-20",
                "A month from today",
                "2013-04-20",
            ),
            (
                "Two weeks from now, the talks resume.",
                "2013-03-20",
                "Two weeks from now",
                "2013-W14",
            ),
            // ... and the British forms, after the coming or the last one
            (
                "The vote is on Monday week.",
                "2013-03-20",
                "Monday week",
                "2013-04-01",
            ),
            (
                "We meet again the Monday after next.",
                "2013-03-20",
                "Monday after next",
                "2013-04-01",
            ),
            (
                "The talks will resume a week on Monday.",
                "2013-03-20",
                "a week on Monday",
                "2013-04-01",
            ),
            (
                "The match is a fortnight on Saturday.",
                "2013-03-20",
                "a fortnight on Saturday",
                "2013-04-06",
            ),
            (
                "The new rules apply from Monday next.",
                "2013-03-20",
                "Monday next",
                "2013-03-25",
            ),
            (
                "He was released on Tuesday last.",
                "2013-03-20",
                "Tuesday last",
                "2013-03-19",
            ),
            // (not a length that ran on a day)
            (
                "He was jailed for a week on Monday.",
                "2013-03-20",
                "Monday",
                "2013-03-18",
            ),
            // a date in a subject that opens the sentence takes the tense of the verb
            // right after it
            (
                "The German elections in September will decide her fate.",
                "2013-03-22",
                "September",
                "2013-09",
            ),
            (
                "The meeting in April produced no deal.",
                "2013-03-22",
                "April",
                "2012-04",
            ),
            (
                "The Commerce Department on Monday will set final dumping duties on frozen \
                 Atlantic salmon.",
                "1987-03-05",
                "Monday",
                "1987-03-09",
            ),
            // (not after a participle with a time of its own)
            (
                "A cargo of Duri loading in July was reportedly traded yesterday.",
                "1987-06-18",
                "July",
                "1987-07",
            ),
            // a day right after a part of a period, or set off from one by a comma, is in
            // it
            (
                "The program expires at the end of fiscal 2013 on Sept. 30.",
                "2013-03-19",
                "Sept. 30",
                "2013-09-30",
            ),
            (
                "In 1987, on March 3, the firm failed.",
                "2013-03-19",
                "March 3",
                "1987-03-03",
            ),
            (
                "It called for redemption its 8.5 pct debentures due 2010 on May 15.",
                "1987-03-26",
                "May 15",
                "1987-05-15",
            ),
            // ... and so long before the last one
            (
                "A week ago Wednesday, the council voted to delay the project.",
                "2013-03-14",
                "A week ago Wednesday",
                "2013-03-06",
            ),
            (
                "Two weeks ago Sunday the team lost.",
                "2013-03-14",
                "Two weeks ago Sunday",
                "2013-02-24",
            ),
        ];
        assert_values(&table);
    }

    #[test]
    fn a_week_or_turn_of_a_named_period() {
        // Reuters-21578 sentences, and news of the kind a fact-checker reads in 2013
        // the nth week of a month is the ISO week holding most of its days 7n-6 to 7n
        check(
            "OPEC produced only about 14 mln bpd of oil in the second week of March",
            "1987-03-16",
            "1987-W11",
            ("1987-03-09", "1987-03-15"),
        );
        check(
            "Gulf exports rallied in the fourth week of February to 2.5 mln bpd",
            "1987-03-02",
            "1987-W09",
            ("1987-02-23", "1987-03-01"),
        );
        // ... and of a year, the ISO week holding most of its days 7n-6 to 7n
        check(
            "Sales rose in the second week of 1988.",
            "1988-03-01",
            "1988-W02",
            ("1988-01-11", "1988-01-17"),
        );
        // the week of a day is its ISO week
        check(
            "It will put four of its U.S. assembly plants on overtime during the week of \
             March 16.",
            "1987-03-12",
            "1987-W12",
            ("1987-03-16", "1987-03-22"),
        );
        check(
            "the highest since the week of December 31, 1986, and up from 393 mln",
            "1987-04-23",
            "1987-W01",
            ("1986-12-29", "1987-01-04"),
        );
        // (not a week of something else, nor of a month)
        for text in ["the week of the election", "the week of May 2012"] {
            let tags = tag(text, Some(d("2013-03-14")));
            assert!(
                tags.iter()
                    .all(|t| !text[t.span.clone()].contains("week of")),
                "{tags:?}"
            );
        }
        // the first day of a season is its equinox or solstice, its last the day before
        // the next one
        check(
            "The first day of spring brought snow to much of the Northeast.",
            "2013-03-21",
            "2013-03-20",
            ("2013-03-20", "2013-03-20"),
        );
        check(
            "On the last day of summer, the beaches were full.",
            "2013-09-23",
            "2013-09-21",
            ("2013-09-21", "2013-09-21"),
        );
        // the turn of a century is its first year, give or take one; of the present
        // century, the nearer of the two it spans
        check(
            "In order to be producing electricity by the turn of the century, the company \
             said, it needed to start",
            "1987-03-23",
            "2000",
            ("1999-01-01", "2001-12-31"),
        );
        check(
            "At the turn of the century, the company employed 40,000 people.",
            "2013-03-14",
            "2000",
            ("1999-01-01", "2001-12-31"),
        );
        check(
            "The turn of the 20th century saw a wave of migration.",
            "1998-03-14",
            "1900",
            ("1899-01-01", "1901-12-31"),
        );
        let tags = tag(
            "At the turn of the decade, prices rose. The year was quiet.",
            Some(d("2013-03-14")),
        );
        assert_eq!(tags[0].modifier, Some(Modifier::Approx));
        // (a turn is no one year for later words to count from)
        assert_eq!(tags[1].value, "2013");
        // earlier or later in the day: the day the text speaks of
        check(
            "On Tuesday, the bank cut rates. Later in the day, shares rose.",
            "2013-03-11",
            "2013-03-05",
            ("2013-03-05", "2013-03-05"),
        );
        check(
            "It was a major personal loss for Reagan, who came to the Capitol earlier in the \
             day to campaign for support.",
            "1987-04-02",
            "1987-04-02",
            ("1987-04-02", "1987-04-02"),
        );
    }

    #[test]
    fn the_nth_weekday_of_a_month_is_that_day() {
        // Reuters-21578 sentences, and news of the kind a fact-checker reads in 2013
        let daylight = "Congress voted last year to move the start of daylight time from the \
                        last Sunday in April to the first Sunday in April.";
        for (text, published, phrase, value, interval) in [
            (
                daylight,
                "1987-04-03",
                "the first Sunday in April",
                "1987-04-05",
                ("1987-04-05", "1987-04-05"),
            ),
            (
                daylight,
                "1987-04-03",
                "the last Sunday in April",
                "1987-04-26",
                ("1987-04-26", "1987-04-26"),
            ),
            (
                "stock index futures and options on stock indexes all expire on the third \
                 Friday of the month",
                "1987-03-13",
                "the third Friday of the month",
                "1987-03-20",
                ("1987-03-20", "1987-03-20"),
            ),
            (
                "Voters go to the polls on the second Tuesday of November.",
                "2013-11-08",
                "the second Tuesday of November",
                "2013-11-12",
                ("2013-11-12", "2013-11-12"),
            ),
            // a weekend is its ISO week's
            (
                "The festival is held on the last weekend of July.",
                "2013-11-08",
                "the last weekend of July",
                "2013-W30-WE",
                ("2013-07-27", "2013-07-28"),
            ),
            // a business day is Monday to Friday, and never New Year's Day
            (
                "Payments are made on the last business day of February.",
                "2013-11-08",
                "the last business day of February",
                "2014-02-28",
                ("2014-02-28", "2014-02-28"),
            ),
            (
                "The contract will begin trading on the first trading day of 1988.",
                "1987-11-08",
                "the first trading day of 1988",
                "1988-01-04",
                ("1988-01-04", "1988-01-04"),
            ),
        ] {
            let t = tag_spanning(text, published, phrase);
            assert_eq!(t.value, value, "{text}");
            let date = t.date.as_ref().expect(text);
            assert_eq!(
                (date.start, date.end),
                (d(interval.0), d(interval.1)),
                "{text}"
            );
        }
        // the first or last day or week of an event is no day of the calendar, unless the
        // text says it is now: "It's the second day of an offensive" (TimeBank)
        assert_untagged(
            "1987-04-03",
            &[
                "He spent the last day of his visit in Kyoto.",
                "waivers were tried on the last day of each offer",
                "The last week of the campaign was bitter.",
                "The last day for Spendthrift trading was set.",
                "He said the last day for filing is unknown.",
            ],
        );
        let text = "Webcor said April 8 will be the last day for its stock to be traded.";
        let spans: Vec<&str> = tag(text, Some(d("1987-04-03")))
            .iter()
            .map(|t| &text[t.span.clone()])
            .collect();
        assert_eq!(spans, ["April 8"]);
        // (but not "over the last day for the first time")
        let text = "Prices fell over the last day for the first time.";
        assert_eq!(
            tag_spanning(text, "1987-04-03", "the last day").value,
            "1987-04-02"
        );
        check(
            "It's the second day of an offensive by the security forces against villages",
            "1998-03-06",
            "1998-03-06",
            ("1998-03-06", "1998-03-06"),
        );
    }

    #[test]
    fn a_unit_of_something_after_a_verb_is_a_length() {
        // Reuters-21578 sentences: "a year of" after a verb or a preposition is the length
        // of what it names
        for (text, phrase, value) in [
            (
                "The agreement followed a year of turmoil on oil markets",
                "a year",
                "P1Y",
            ),
            (
                "Unions are planning a week of state-wide strikes",
                "a week",
                "P1W",
            ),
            (
                "Hartmarx Corp, following a year of restructuring, continues",
                "a year",
                "P1Y",
            ),
            (
                "In the 1990s, the region suffered a decade of stagnation.",
                "a decade",
                "P10Y",
            ),
            (
                "It lasted more than a quarter of a century.",
                "more than a quarter of a century",
                "P25Y",
            ),
            // ... as "a <unit>" is after a verb of taking or lasting, a past verb, its
            // object or a quantifier
            ("The repairs will take a month.", "a month", "P1M"),
            (
                "The most conservative ones who want a little more will wait a year, but",
                "a year",
                "P1Y",
            ),
            (
                "He said further developments were unlikely to unfold for \"at least a month.\"",
                "at least a month",
                "P1M",
            ),
            (
                "Only a day after it was issued last week, the report",
                "a day",
                "P1D",
            ),
            ("The board offered him a week to decide.", "a week", "P1W"),
            // half a unit, however written, in the next smaller one
            (
                "The exchange closed a half hour early.",
                "a half hour",
                "PT30M",
            ),
            (
                "Repurchases in the last half hour of trading are barred.",
                "the last half hour",
                "PT30M",
            ),
            (
                "It has not been experienced for the last half century.",
                "the last half century",
                "P50Y",
            ),
            ("Staff staged a half-day strike.", "a half-day", "PT12H"),
            // a length between two events of the story, without a count
            (
                "He gave no further details on the release, which was confirmed minutes \
                 earlier by a Mitsui spokesman in Tokyo.",
                "minutes earlier",
                "PTXM",
            ),
            (
                "Hours later, the government announced a curfew.",
                "Hours later",
                "PTXH",
            ),
            (
                "A decade after the U.S.-led invasion, Iraq remains deeply divided.",
                "A decade",
                "P10Y",
            ),
            (
                "warned the U.S. not to intervene in the Gulf, a day after Washington said its warships were ready",
                "a day",
                "P1D",
            ),
            (
                "Ten years on, the city has still not recovered from the flood.",
                "Ten years on",
                "P10Y",
            ),
            (
                "Rolf Selowsky resigned days after the scandal broke in March.",
                "days",
                "PXD",
            ),
        ] {
            let hit = tag_spanning(text, "1987-04-08", phrase);
            assert_eq!(hit.value, value, "{text:?}");
            assert_eq!(hit.kind, TimexKind::Duration, "{text:?}");
        }
        // (not before what it describes, nor a rate; nor the half of a count, nor a half
        // year that is a period): no tag starts so
        for (text, start) in [
            ("During a four-and-a-half hour hearing, he spoke.", "half"),
            ("It will have an eight and one-half year term.", "half"),
            (
                "Sales fell from 26,414 in the comparable half year.",
                "half",
            ),
            ("Four trade ministers ended a weekend meeting", "a weekend"),
            ("after having completed a week-long trip", "a week"),
            ("the period included a quarter end", "a quarter"),
            (
                "The sinking fund will retire five pct of them a year.",
                "a year",
            ),
            ("It sold fifty thousand CDs a year.", "a year"),
        ] {
            let tags = tag(text, Some(d("1987-04-08")));
            assert!(
                tags.iter()
                    .all(|t| !text[t.span.clone()].starts_with(start)),
                "{text:?}: {tags:?}"
            );
        }
    }

    #[test]
    fn the_week_or_month_the_text_speaks_of_follows_its_tense() {
        assert_values(&[
            // still to come, the next one is counted from the publication, not from a
            // year named before
            (
                "Sales rose this year. There is now a great chance that Brent crude oil will \
                 hit 20 dlrs a barrel in the next month, he said.",
                "1987-06-29",
                "the next month",
                "1987-07",
            ),
            (
                "Sales fell in January. The deal closed the next month.",
                "1987-06-29",
                "the next month",
                "1987-02",
            ),
            // a deadline still to come is in no year already over; what is to be reported
            // for the year may be
            (
                "Growth was flat in 1986. The state's economy will begin to expand by the end \
                 of the year, he said.",
                "1987-04-01",
                "the end of the year",
                "1987",
            ),
            (
                "Cheyenne had sales of 43.1 mln dlrs for 1986 and expects to report a loss for \
                 the year.",
                "1987-03-16",
                "the year",
                "1986",
            ),
            // "this weekend" told in the past on a weekday is the one just gone
            (
                "OPEC agreed this weekend in Vienna on an output ceiling of 16.6 mln bpd",
                "1987-06-29",
                "this weekend",
                "1987-W26-WE",
            ),
            (
                "OPEC will meet this weekend in Vienna.",
                "1987-06-29",
                "this weekend",
                "1987-W27-WE",
            ),
            // what is still to come is in no week or month already over
            (
                "The man had been missing since Oct. 28. Prosecutors have until the end of the \
                 week to file charges.",
                "2013-11-08",
                "the end of the week",
                "2013-W45",
            ),
            (
                "It lost money in January 1986. Final quarterly results will be reported \
                 toward the end of the month or the beginning of May, a spokesman said.",
                "1987-04-13",
                "the end of the month",
                "1987-04",
            ),
            // told in the past on the first day of a week, it is the week just ended
            // (Reuters-21578, a Monday); still to come, it is the one begun
            (
                "Rain during the week caused some delay in picking.",
                "1987-03-30",
                "the week",
                "1987-W13",
            ),
            (
                "The index ended the week 1.2 percent higher.",
                "2013-11-25",
                "the week",
                "2013-W47",
            ),
            (
                "The index will end the week higher.",
                "2013-11-25",
                "the week",
                "2013-W48",
            ),
            // a period in a subject whose verb is in the past is the one named, whatever
            // the word before ("runs", "scheduled") seemed to say
            (
                "Stocks fell in the week ended Feb 27, the API said. API said refinery runs in \
                 the week fell to 12.17 mln barrels per day.",
                "1987-03-03",
                "the week fell",
                "1987-W09",
            ),
            (
                "Its load factor for February rose to 63.2 pct. The airline said scheduled \
                 capacity for the month rose 27.7 pct.",
                "1987-03-09",
                "the month rose",
                "1987-02",
            ),
        ]);
    }

    #[test]
    fn the_decade_told_in_the_past_is_the_one_last_named() {
        assert_values(&[
            (
                "He won an Oscar in 1983 and was nominated twice more later in the decade.",
                "2013-11-08",
                "later in the decade",
                "198",
            ),
            (
                "The company was founded in 1975. By the end of the decade, it had 500 \
                 employees.",
                "2013-11-08",
                "the end of the decade",
                "197",
            ),
            (
                "The firm grew fast in the 1990s. By the end of the century it employed 10,000.",
                "2013-11-08",
                "the end of the century",
                "19",
            ),
            // still to come, or with no earlier year named, it is the publication's
            (
                "Output fell in 1979. Sales will double by the end of the decade.",
                "2013-11-08",
                "the end of the decade",
                "201",
            ),
            (
                "Sales doubled in the first half of the decade.",
                "2013-11-08",
                "the decade",
                "201",
            ),
        ]);
    }

    #[test]
    fn that_month_or_season_is_in_the_year_last_named() {
        // (sentence, publication date, phrase, value): a Reuters-21578 sentence, and news
        // of the kind an editor reads
        let table = [
            (
                "farmers planted only around 60 mln acres of corn in 1983. A severe drought \
                 that summer in major producing states caused yields to fall",
                "1987-03-24",
                "that summer",
                "1983-SU",
            ),
            (
                "The bill passed the House in 2012 but stalled in the Senate that May.",
                "2013-03-18",
                "that May",
                "2012-05",
            ),
            (
                "The bill passed the House in 2012. That summer it died in the Senate.",
                "2013-03-18",
                "That summer",
                "2012-SU",
            ),
            // "of that year", "of the same year", "of the following year" after a month
            // or season; a list of months takes the year of its last
            (
                "Lyondell said it had signed bilateral refinancing agreements in 1988. He was \
                 sentenced in May of that year.",
                "2013-03-18",
                "May of that year",
                "1988-05",
            ),
            (
                "The deal closed in 2010. In June of the same year, it collapsed.",
                "2013-03-18",
                "June of the same year",
                "2010-06",
            ),
            (
                "The plant closed in 2010. It reopened in March and April of the following \
                 year.",
                "2013-03-18",
                "March",
                "2011-03",
            ),
            (
                "The plant closed in 2010. It reopened in March and April of the following \
                 year.",
                "2013-03-18",
                "April of the following year",
                "2011-04",
            ),
            (
                "The trial opened in 2009, and the summer of that year was spent on appeals.",
                "2013-03-18",
                "summer of that year",
                "2009-SU",
            ),
            (
                "The first is due for delivery in April 1989 with the others arriving in May, \
                 June and September of that year, he said.",
                "1987-03-01",
                "June",
                "1989-06",
            ),
            // the conjunction before a month that names something is the month alone
            (
                "Analysts noted that February is considered a small, transitory month",
                "1987-03-05",
                "February",
                "1987-02",
            ),
            (
                "Greenbaum said that February U.S. personal income should rise",
                "1987-03-06",
                "February",
                "1987-02",
            ),
        ];
        assert_values(&table);
    }

    #[test]
    fn reported_plans_and_deadlines_look_ahead() {
        // (sentence, publication date, phrase, value): Reuters-21578 sentences
        let table = [
            // an event a sentence with no verb in the past waits for is still to come, even
            // in the possessive (a report does not count)
            (
                "The deal must be done by Friday's deadline, officials said.",
                "2013-11-13",
                "Friday",
                "2013-11-15",
            ),
            (
                "Before Sunday's election, polls showed a close race.",
                "2013-11-13",
                "Sunday",
                "2013-11-10",
            ),
            (
                "Voters go to the polls in Sunday's election.",
                "2013-11-13",
                "Sunday",
                "2013-11-17",
            ),
            (
                "The plan was discussed at Monday's meeting.",
                "2013-11-13",
                "Monday",
                "2013-11-11",
            ),
            // (a contest or a rite, in a sentence that looks ahead)
            (
                "Nadal will face Djokovic in Sunday's final.",
                "2013-11-20",
                "Sunday",
                "2013-11-24",
            ),
            (
                "Nadal beat Djokovic in Sunday's final.",
                "2013-11-20",
                "Sunday",
                "2013-11-17",
            ),
            // a wish, a plan or an expectation in the present reaches its infinitive, past
            // an object too; not the period of results to be reported, nor a comparison
            (
                "Officials hope to reach a deal over the weekend.",
                "2013-11-20",
                "the weekend",
                "2013-W47-WE",
            ),
            (
                "The two sides plan to meet again on Monday.",
                "2013-11-20",
                "Monday",
                "2013-11-25",
            ),
            (
                "Eurotunnel officials expect work on the sites to start in December or January.",
                "1987-03-31",
                "December",
                "1987-12",
            ),
            (
                "its planned rights issue but still wants the issue to be made before July 31.",
                "1987-03-16",
                "July 31",
                "1987-07-31",
            ),
            (
                "The peace plan to end the war in May failed.",
                "2013-11-20",
                "May",
                "2013-05",
            ),
            (
                "Vehicle exports are expected to show a seven pct year-on-year drop in February",
                "1987-03-23",
                "February",
                "1987-02",
            ),
            (
                "it expects to report losses of about 57 mln dlrs for the fourth quarter and 68 \
                 mln dlrs for the full year 1986",
                "1987-03-03",
                "the fourth quarter",
                "1986-Q4",
            ),
            (
                "we expect this quarter to be better than the fourth quarter.",
                "1987-03-05",
                "the fourth quarter",
                "1986-Q4",
            ),
            // an event named as the next one is still to come
            (
                "The French Treasury will issue tap stock, depending on market conditions, at \
                 its next monthly tender on Thursday, the committee said",
                "1987-06-01",
                "Thursday",
                "1987-06-04",
            ),
            (
                "bankers declined to be specific ahead of their next meeting with Ongpin on \
                 Monday.",
                "1987-03-15",
                "Monday",
                "1987-03-16",
            ),
            // a duty or plan after "is to", far from its date
            (
                "Obama is to hold talks with King Abdullah II in Amman on Friday afternoon.",
                "2013-03-21",
                "Friday afternoon",
                "2013-03-22TAF",
            ),
            (
                "Hang Seng Bank Ltd is to report its 1986 results on Friday.",
                "1987-03-05",
                "Friday",
                "1987-03-06",
            ),
            // what is due, right before its preposition too; not what a verb in the past
            // tells of
            (
                "A planned increase in fuel duty, due in September, will be scrapped.",
                "2013-03-21",
                "September",
                "2013-09",
            ),
            (
                "shifts of funds ahead of tax changes due in October are helping boost the \
                 demand",
                "1987-06-01",
                "October",
                "1987-10",
            ),
            (
                "The notes due in May were repaid.",
                "2013-03-21",
                "May",
                "2012-05",
            ),
            // (a past verb after the main verb in the present tells of something else)
            (
                "Figures due on Friday are expected to show that the economy shrank for a \
                 fifth straight quarter.",
                "2013-03-28",
                "Friday",
                "2013-03-29",
            ),
            (
                "and missed the first of these for 71.25 mln due on September 29.",
                "1987-03-02",
                "September 29",
                "1986-09-29",
            ),
            // the head of a table of results names a period that is over
            (
                "Qtr ends Jan 31\n    Shr 3.26 dlrs vs 3.17 dlrs\n    Net 4,549,000",
                "1987-03-05",
                "Jan 31",
                "1987-01-31",
            ),
            (
                "qtr ends Jan 31\n    Shr nil vs nil\n    Net 2,213 vs 16,288",
                "1987-03-31",
                "Jan 31",
                "1987-01-31",
            ),
            // the day that closes a period after "end" is the one nearest the publication
            (
                "total foreign debt fell to 32.94 billion N.Z. Dlrs in the quarter end December \
                 31 against 33.42 billion",
                "1987-03-09",
                "December 31",
                "1986-12-31",
            ),
            (
                "Period end May 31\n    Shr profit four cts vs loss 22 cts",
                "1987-06-29",
                "May 31",
                "1987-05-31",
            ),
            (
                "Uganda will produce over three mln bags of coffee in the year ending September \
                 30, about 25 pct more than in 1985/6.",
                "1987-04-11",
                "September",
                "1987-09-30",
            ),
            // "following" with no article is a preposition; with one, the next unit
            (
                "countries doing so would automatically prejudice their following year's quota.",
                "1987-06-19",
                "following year",
                "1988",
            ),
            // a comparison with what was expected is no forecast
            (
                "operating income were lower than expected due to snowstorms in January",
                "1987-03-20",
                "January",
                "1987-01",
            ),
            (
                "Rain was heavier than expected over the weekend, sparking an early selloff",
                "1987-06-29",
                "the weekend",
                "1987-W26-WE",
            ),
            // a wish or a promise in the past reaches the rest of its clause (not before a
            // noun, nor after "had")
            (
                "only one firm has agreed to lift in the second quarter.",
                "1987-03-12",
                "the second quarter",
                "1987-Q2",
            ),
            (
                "Proxmire promised to return the issues in October.",
                "1987-03-17",
                "October",
                "1987-10",
            ),
            (
                "He said Malaysia agreed to the oil-for-bridges deal in October after India \
                 said it could no longer buy",
                "1987-03-13",
                "October",
                "1986-10",
            ),
            (
                "It had intended to file a plan in February, but received a purchase bid",
                "1987-03-23",
                "February",
                "1987-02",
            ),
            // "would" right before the verb: the future of the report
            (
                "Judge Shirley Wohl Kram said she would rule Monday on whether to grant it",
                "1987-06-19",
                "Monday",
                "1987-06-22",
            ),
            (
                "They said Chung would leave Monday to attend the Interim Committee",
                "1987-03-31",
                "Monday",
                "1987-04-06",
            ),
            // "is due", "are due to meet"
            (
                "Community agricultural ministers are due to meet again Monday",
                "1987-03-26",
                "Monday",
                "1987-03-30",
            ),
            (
                "February consumer instalment credit numbers are due on Wednesday",
                "1987-04-05",
                "Wednesday",
                "1987-04-08",
            ),
            // "due out", and a scheduled verb past an adverb or where it happens
            (
                "The jobs report, due out at 8:30 a.m. Friday, is expected to show modest gains.",
                "2013-04-04",
                "8:30 a.m. Friday",
                "2013-04-05T08:30",
            ),
            (
                "The match kicks off at 20:00 on Wednesday.",
                "2013-03-21",
                "20:00 on Wednesday",
                "2013-03-27T20:00",
            ),
            (
                "Tickets go on sale at 09:00 on Friday.",
                "2013-03-21",
                "09:00 on Friday",
                "2013-03-22T09:00",
            ),
            (
                "The dispute goes to the Commission on Monday, they said.",
                "1987-04-03",
                "Monday",
                "1987-04-06",
            ),
            // a clause that opens with a day takes a scheduled verb after it, or a modal
            (
                "By Thursday, temperatures should return to normal.",
                "2013-03-20",
                "Thursday",
                "2013-03-21",
            ),
            (
                "On Friday, he heads to Jordan, and then on Saturday he returns home.",
                "2013-03-20",
                "Saturday",
                "2013-03-23",
            ),
            (
                "The trip wraps up on Saturday.",
                "2013-03-20",
                "Saturday",
                "2013-03-23",
            ),
            (
                "February housing starts were up 16.8 pct from a year earlier.",
                "1987-03-31",
                "February",
                "1987-02",
            ),
            (
                "The NCAA tournament tips off Thursday with 64 teams.",
                "2013-03-20",
                "Thursday",
                "2013-03-21",
            ),
            // a capitalised verb is a noun or a name: the date keeps its own reading
            (
                "Starts in January were revised up to 910,000.",
                "2013-03-20",
                "January",
                "2013-01",
            ),
            (
                "Serena Williams lost at the Australian Open on Monday.",
                "2013-01-23",
                "Monday",
                "2013-01-21",
            ),
            // "by" a date is a deadline, unless a past verb reached it or the clause opens
            // with it (Reuters-21578)
            (
                "The department said deliveries are expected to start this month and be completed by August.",
                "1987-03-23",
                "August",
                "1987-08",
            ),
            (
                "Officials said traffic could be restored by Saturday.",
                "1987-03-12",
                "Saturday",
                "1987-03-14",
            ),
            (
                "The stockmarket had risen 629 pct over the year by the end of September.",
                "1987-10-20",
                "the end of September",
                "1987-09",
            ),
            (
                "a rise in stocks, which climbed to 1.62 mln tonnes by the end of January, compared with 1.52 mln",
                "1987-03-11",
                "the end of January",
                "1987-01",
            ),
            (
                "But by Wednesday, the dollar climbed to more than 1.87 marks.",
                "1987-03-13",
                "Wednesday",
                "1987-03-11",
            ),
            // "is expected to", "are due to" reach the whole clause, but not a relative
            // clause in it nor a month that names something
            (
                "The storm is expected to arrive late Sunday and last into Monday.",
                "2013-03-20",
                "Monday",
                "2013-03-25",
            ),
            (
                "The ministry is due to make to the state budget, which was published in January.",
                "1987-03-26",
                "January",
                "1987-01",
            ),
            (
                "The G-7 finance ministers are due to discuss their February pact on currency stability.",
                "1987-04-07",
                "February",
                "1987-02",
            ),
            // the stop of a title is no full stop ("St. Louis", "Mr. Bush")
            (
                "The G20 summit will be held in St. Petersburg in September.",
                "2013-03-21",
                "September",
                "2013-09",
            ),
            // (but not what the words before the date govern, or a date between)
            (
                "This week's economic calendar begins on Tuesday with February durable goods orders.",
                "1987-03-22",
                "February",
                "1987-02",
            ),
            // a weekday joined to a day still to come follows it (not "both Thursday and
            // Wednesday", "yesterday and Tuesday", which are past)
            (
                "The Fed's policy committee meets next Tuesday and Wednesday.",
                "2013-06-12",
                "Wednesday",
                "2013-06-19",
            ),
            (
                "He said the ministers, scheduled to meet in Brussels Monday and Tuesday, should agree",
                "1987-03-20",
                "Tuesday",
                "1987-03-24",
            ),
            (
                "Temperatures will drop Thursday night into Friday.",
                "2013-03-22",
                "Friday",
                "2013-03-29",
            ),
            // a vote or a summit that no verb in the past dates is still to come
            (
                "Analysts are watching the German elections in September.",
                "2013-03-20",
                "September",
                "2013-09",
            ),
            (
                "President Reagan, preparing to depart for the Venice economic summit on Wednesday, said the United States and its allies must fulfill agreements",
                "1987-06-01",
                "Wednesday",
                "1987-06-03",
            ),
            (
                "At a telephone conference on February 23, committee members discussed the possibility",
                "1987-04-03",
                "February 23",
                "1987-02-23",
            ),
            (
                "The party is in turmoil after the elections in September.",
                "2013-03-20",
                "September",
                "2012-09",
            ),
            (
                "The elections in September were won by the Social Democrats.",
                "2013-03-20",
                "September",
                "2012-09",
            ),
            // ... and the day after the publication's own is that day
            (
                "The storm hit late Friday and early Saturday.",
                "2013-03-22",
                "Saturday",
                "2013-03-23",
            ),
            (
                "it could make it two in a row by offering to buy coupon securities today or Wednesday.",
                "1987-04-07",
                "Wednesday",
                "1987-04-08",
            ),
            (
                "Rises had been inhibited yesterday and Tuesday, dealers said.",
                "1987-03-05",
                "Tuesday",
                "1987-03-03",
            ),
            (
                "The conference runs through Sunday.",
                "2013-03-27",
                "Sunday",
                "2013-03-31",
            ),
            (
                "The meeting is set for Saturday but could also continue on Sunday, he said.",
                "1987-03-18",
                "Sunday",
                "1987-03-22",
            ),
            (
                "The team plays its next game on Saturday.",
                "2013-03-15",
                "Saturday",
                "2013-03-16",
            ),
            (
                "The jobs report due Friday may be delayed.",
                "2013-10-02",
                "Friday",
                "2013-10-04",
            ),
            (
                "Twenty pct of the payment is due on April 23 and the remainder due October 23.",
                "1987-03-24",
                "October 23",
                "1987-10-23",
            ),
            (
                "The film opens nationwide on Friday.",
                "2013-04-04",
                "Friday",
                "2013-04-05",
            ),
            (
                "The negotiations resume in New York on Friday when the governor arrives",
                "1987-04-08",
                "Friday",
                "1987-04-10",
            ),
            (
                "The government, which faces a crucial censure vote in parliament on Friday, unveiled a plan",
                "1987-03-31",
                "Friday",
                "1987-04-03",
            ),
            (
                "The measure goes into effect Sunday.",
                "2013-10-30",
                "Sunday",
                "2013-11-03",
            ),
            (
                "The new rules come into force from 1 April.",
                "2013-11-08",
                "1 April",
                "2014-04-01",
            ),
            (
                "The company's annual developer conference takes place in June.",
                "2013-09-11",
                "June",
                "2014-06",
            ),
            (
                "Snow is forecast for Thursday night into Friday morning.",
                "2013-09-11",
                "Thursday night",
                "2013-09-12TNI",
            ),
            // what is called for a day is still to come
            (
                "But the country's labour unions have called a general strike for Wednesday.",
                "1987-03-19",
                "Wednesday",
                "1987-03-25",
            ),
            (
                "A 24-hour general strike was called for Thursday.",
                "2013-03-18",
                "Thursday",
                "2013-03-21",
            ),
            (
                "She called for calm on Friday.",
                "2013-03-18",
                "Friday",
                "2013-03-15",
            ),
            (
                "The law came into force on April 1.",
                "2013-11-08",
                "April 1",
                "2013-04-01",
            ),
            (
                "It said the price went into effect Monday.",
                "1987-10-20",
                "Monday",
                "1987-10-19",
            ),
            // a month or day used as a name is no time of the verb
            (
                "The Federal Reserve Board said it would release April consumer instalment credit figures",
                "1987-06-02",
                "April",
                "1987-04",
            ),
            (
                "Ecuador would maintain January's suspension of interest payments",
                "1987-03-15",
                "January",
                "1987-01",
            ),
            (
                "rates look set to move lower even after Monday's half-point cut",
                "1987-03-11",
                "Monday",
                "1987-03-09",
            ),
            // a wish or a promise in the past still looks ahead to its deadline
            (
                "He said he hoped an accord could be reached by Monday.",
                "1987-03-27",
                "Monday",
                "1987-03-30",
            ),
            (
                "He said he asked Republicans to tell him by Monday whether they would vote",
                "1987-03-20",
                "Monday",
                "1987-03-23",
            ),
            (
                "Norway promised to halt all trade with South Africa by October.",
                "1987-03-16",
                "October",
                "1987-10",
            ),
            // (but not the past verb that reached it)
            (
                "The yield had risen to 7.5 pct by Friday.",
                "1987-03-24",
                "Friday",
                "1987-03-20",
            ),
            // put off to a day still to come
            (
                "The vote was postponed on Sunday. It has now been delayed again, to Tuesday.",
                "2013-03-18",
                "Tuesday",
                "2013-03-19",
            ),
            (
                "The company rescheduled its annual meeting to Monday.",
                "1987-03-20",
                "Monday",
                "1987-03-23",
            ),
            // a weekday on a schedule whose last day is in the coming week
            (
                "The Treasury will auction notes on Monday, followed by 10-year notes Tuesday and bonds on Wednesday.",
                "2013-03-15",
                "Wednesday",
                "2013-03-20",
            ),
            (
                "It will be held today (Wednesday) for crediting funds tomorrow (Thursday).",
                "1987-03-04",
                "Thursday",
                "1987-03-05",
            ),
            (
                "February credit numbers are due on Wednesday, with March producer price data out Friday.",
                "1987-04-05",
                "Friday",
                "1987-04-10",
            ),
            // (not past a verb in the past, nor from a day further off)
            (
                "He will fly to Paris on Monday after talks broke down on Sunday.",
                "2013-03-15",
                "Sunday",
                "2013-03-10",
            ),
            // a plan in the present tense looks ahead (not the noun: "announced plans to
            // add three billion dlrs to its provisions in mid-May")
            (
                "The utility plans to sell nearly 95 mln dlrs of first mortgage bonds in the second quarter",
                "1987-03-25",
                "the second quarter",
                "1987-Q2",
            ),
            (
                "he hopes to sign the new rescheduling accord early in the second quarter",
                "1987-03-03",
                "early in the second quarter",
                "1987-Q2",
            ),
            (
                "Citibank announced plans to add three billion dlrs to its provisions in mid-May.",
                "1987-06-19",
                "mid-May",
                "1987-05",
            ),
            (
                "The UAW is expected to chose one of the companies as a strike target in early September.",
                "1987-04-13",
                "early September",
                "1987-09",
            ),
        ];
        assert_values(&table);
    }

    #[test]
    fn over_a_count_spreads_it_unless_it_counts_more() {
        // (nor does "before" a clause count back: "over two days before reaching")
        let text = "Voting will take place over two days. They talked for over a month. The \
                    jury deliberated over two days before reaching its verdict.";
        let t = tag(text, Some(d("2013-03-24")));
        let spans: Vec<(&str, Option<Modifier>)> = t
            .iter()
            .map(|t| (&text[t.span.clone()], t.modifier))
            .collect();
        assert_eq!(
            spans,
            [
                ("two days", None),
                ("over a month", Some(Modifier::MoreThan)),
                ("two days", None)
            ]
        );
    }

    #[test]
    fn a_company_code_is_no_month() {
        let t = tag(
            "Cray plans to make a joint announcement with Digital Equipment Corp, <DEC> already the largest",
            Some(d("1987-06-01")),
        );
        assert!(t.is_empty(), "{t:?}");
    }

    #[test]
    fn the_same_period_of_a_year_is_the_period_named_last_in_that_year() {
        // (sentence, publication date, phrase the tag spans, value), from Reuters-21578
        let table = [
            (
                "Shipments during November 1986 amounted to 138,257 tonnes, against 109,250 \
                 tonnes in the same month of 1985.",
                "1987-03-12",
                "the same month of 1985",
                "1985-11",
            ),
            (
                "He said sales in the fourth quarter rose, against 2.8 billion in the same \
                 period in 1985.",
                "1987-03-02",
                "the same period in 1985",
                "1985-Q4",
            ),
            (
                "In February, U.S. car sales dropped 45.7 pct to 6,627 from 12,194 cars in the \
                 comparable period of 1986.",
                "1987-03-04",
                "the comparable period of 1986",
                "1986-02",
            ),
            // a day names no period: the year alone
            (
                "The toll rose on Friday, against 87 in the same period of 2012.",
                "2013-03-20",
                "the same period of 2012",
                "2012",
            ),
            (
                "Total sales for the four weeks ended February 28 rose 11.3 pct to 416 mln, \
                 from 374 mln in the comparable 1986 period.",
                "1987-03-05",
                "the comparable 1986 period",
                "1986",
            ),
        ];
        assert_spans(&table);
        // a split year is no year of its own
        let text = "Turnover fell six pct from 1.83 billion in the same period of 1985/86.";
        tag_spanning(text, "1987-03-19", "the same period");
    }

    #[test]
    fn two_digits_after_an_apostrophe_and_a_preposition_are_a_year() {
        assert_values(&[
            ("He graduated in '98.", "2013-03-22", "'98", "1998"),
            ("The firm has grown since '09.", "2013-03-22", "'09", "2009"),
            (
                "they lived through the Crash of '29 and Monday's debacle",
                "1987-10-20",
                "'29",
                "1929",
            ),
            ("Prices rose from '97 to '99.", "2013-03-22", "'99", "1999"),
        ]);
        assert_untagged("2013-03-22", &["He said 'we sold 98 cars'."]);
    }

    #[test]
    fn a_weekday_and_the_nth_is_the_nearby_month_that_puts_the_day_on_it() {
        // (sentence, publication date, phrase the tag spans, value)
        let table = [
            // 2013-03-28 is a Thursday
            (
                "The vote is set for Thursday the 28th.",
                "2013-03-20",
                "Thursday the 28th",
                "2013-03-28",
            ),
            (
                "It opens on Saturday, the 30th.",
                "2013-03-20",
                "Saturday, the 30th",
                "2013-03-30",
            ),
            // with a weekday before it, any word may follow "the 5th"
            (
                "The talks ended on Tuesday the 5th without a deal.",
                "2013-03-20",
                "Tuesday the 5th",
                "2013-03-05",
            ),
            // February 25 and March 25 are both Mondays: the verb in the past takes February
            (
                "The strike began Monday the 25th and ended on Wednesday.",
                "2013-03-20",
                "Monday the 25th",
                "2013-02-25",
            ),
            (
                "The union will strike on Monday the 25th.",
                "2013-03-20",
                "Monday the 25th",
                "2013-03-25",
            ),
            // no 13th near March 2013 is a Friday: the weekday alone
            (
                "On Friday the 13th, markets fell.",
                "2013-03-20",
                "Friday the 13th",
                "2013-03-15",
            ),
        ];
        assert_spans(&table);
    }

    #[test]
    fn a_weekday_after_on_a_is_no_particular_day() {
        let table = [
            (
                "The bank rarely invites applications for assistance on a Saturday and the sources said",
                "1987-03-20",
                "Saturday",
                "XXXX-WXX-6",
            ),
            (
                "For first-day sales on a Friday afternoon, I'm happy with the results",
                "1987-03-30",
                "Friday afternoon",
                "XXXX-WXX-5TAF",
            ),
            // (an event's day is a day of the story)
            (
                "He told reporters on a Monday conference call that sales rose.",
                "2013-03-15",
                "Monday",
                "2013-03-11",
            ),
            (
                "China welcomed a Monday court ruling.",
                "1987-03-20",
                "Monday",
                "1987-03-16",
            ),
        ];
        assert_values(&table);
        let t = tag("He was born on a Sunday.", Some(d("2013-03-15")));
        assert_eq!(t.len(), 1);
        assert_eq!(t[0].kind, TimexKind::Date);
        assert!(t[0].date.is_none(), "no interval for an unspecified day");
    }

    #[test]
    fn reads_business_codes_and_24_hour_clocks() {
        let table = [
            (
                "Revenue rose in Q3 2019 and in Q4.",
                "2019-10-10",
                "Q3 2019",
                "2019-Q3",
            ),
            (
                "Revenue rose in Q3 2019 and in Q4.",
                "2019-10-10",
                "Q4",
                "2019-Q4",
            ),
            (
                "Its H1 2019 profit fell.",
                "2019-10-10",
                "H1 2019",
                "2019-H1",
            ),
            ("FY2019 sales grew.", "2019-10-10", "FY2019", "2019"),
            ("Sales in FY20 will grow.", "2019-10-10", "FY20", "2020"),
            ("In Q1'20 it grew.", "2020-06-10", "Q1'20", "2020-Q1"),
            // the quarter first, as analysts write it
            (
                "Profit rose in 1Q13 and is expected to rise in 2Q13.",
                "2013-03-22",
                "2Q13",
                "2013-Q2",
            ),
            (
                "The deal is expected to close in 2Q.",
                "2013-03-22",
                "2Q",
                "2013-Q2",
            ),
            // ... and the half
            ("Revenue in 1H19 fell 3%.", "2019-10-15", "1H19", "2019-H1"),
            (
                "The product ships in 2H 2020.",
                "2019-10-15",
                "2H 2020",
                "2020-H2",
            ),
            (
                "Shares fell at 14:30 GMT.",
                "2019-06-05",
                "14:30 GMT",
                "2019-06-05T14:30",
            ),
            // "hrs" between a wire clock and its zone (before, "1200" was a year)
            (
                "Offers are due by 1200 hrs EST, March 26, and will remain valid",
                "1987-03-24",
                "1200 hrs EST, March 26",
                "1987-03-26T12:00",
            ),
            // a clock and its twin in parentheses are on the day after them, as that day
            // reads in the clause before the clock
            (
                "The launch is set for 3:30 p.m. EDT (1930 GMT) on Tuesday.",
                "2013-03-21",
                "1930 GMT",
                "2013-03-26T19:30",
            ),
            (
                "The launch is set for 3:30 p.m. EDT (1930 GMT) on Tuesday.",
                "2013-03-21",
                "Tuesday",
                "2013-03-26",
            ),
            (
                "The quake struck at 12:01 a.m. (0501 GMT) on Wednesday.",
                "2013-03-22",
                "12:01 a.m.",
                "2013-03-20T00:01",
            ),
            (
                "The quake struck at 12:01 a.m. (0501 GMT) on Wednesday.",
                "2013-03-22",
                "0501 GMT",
                "2013-03-20T05:01",
            ),
            (
                "The verdict was read at 2 p.m. local time (1800 GMT) on Wednesday.",
                "2013-03-14",
                "2 p.m.",
                "2013-03-13T14:00",
            ),
            // a clock right after another in the sentence goes on from its day: the same,
            // or the next when it reads earlier
            (
                "Polls open at 7 a.m. on Thursday and close at 10 p.m.",
                "2013-03-20",
                "10 p.m.",
                "2013-03-21T22:00",
            ),
            (
                "A curfew will run from 10 p.m. Friday to 6 a.m.",
                "2013-03-20",
                "6 a.m.",
                "2013-03-23T06:00",
            ),
            (
                "it rescheduled the report to May 4 at 1000 EDT (1400 GMT) from April 27.",
                "1987-04-24",
                "1400 GMT",
                "1987-05-04T14:00",
            ),
            (
                "it will disclose imbalances tomorrow at 0900 EDT and again at 1530 EDT.",
                "1987-06-18",
                "1530 EDT",
                "1987-06-19T15:30",
            ),
            (
                "Trading closes at 4 p.m. The bank will announce its decision at 12:45 GMT.",
                "2013-03-20",
                "12:45 GMT",
                "2013-03-20T12:45",
            ),
            // a clock before a day and its part; a clock after a day, past a quantifier
            (
                "The shooting happened around 10:30 Saturday night.",
                "2013-03-22",
                "around 10:30 Saturday night",
                "2013-03-16T22:30",
            ),
            (
                "The blast occurred Thursday at about 7 a.m.",
                "2013-03-22",
                "about 7 a.m.",
                "2013-03-21T07:00",
            ),
            (
                "The union has threatened to strike at 1000 hrs EDT (1400 gmt) on Thursday \
                 unless it has reached a settlement",
                "1987-10-20",
                "1000 hrs EDT",
                "1987-10-22T10:00",
            ),
            (
                "The polls close at 20:00.",
                "2019-06-05",
                "20:00",
                "2019-06-05T20:00",
            ),
            // a clock after a day is on that day
            (
                "He said talks will resume Friday at 1000 EST in Pontiac.",
                "1987-03-26",
                "1000 EST",
                "1987-03-27T10:00",
            ),
            (
                "the bid has been extended until March 23 at 1800 EST.",
                "1987-03-20",
                "1800 EST",
                "1987-03-23T18:00",
            ),
            // "is" before a weekday speaks of what is scheduled
            (
                "The first round is on Sunday, the second on April 26.",
                "1987-04-09",
                "Sunday",
                "1987-04-12",
            ),
            (
                "Updated 1123 GMT (1923 HKT) March 22",
                "2013-03-22",
                "1923 HKT",
                "2013-03-22T19:23",
            ),
            (
                "Last Thursday night he spoke.",
                "2019-10-10",
                "Last Thursday night",
                "2019-10-03TNI",
            ),
            // "this Friday" is the coming one, or the day itself
            (
                "The procedure will be followed this Friday when options expire",
                "1987-03-16",
                "this Friday",
                "1987-03-20",
            ),
            (
                "in this Monday's edition, it said",
                "1987-06-01",
                "this Monday",
                "1987-06-01",
            ),
        ];
        for (text, published, phrase, want) in table {
            let tags = tag(text, Some(d(published)));
            let got = tags
                .iter()
                .find(|t| &text[t.span.clone()] == phrase)
                .unwrap_or_else(|| panic!("{phrase:?} is tagged whole in {text:?}: {tags:?}"));
            assert_eq!(got.value, want, "{phrase:?} in {text:?}");
        }
        // codes that are something else, and clocks without a zone or preposition
        assert_untagged(
            "2019-10-10",
            &[
                "The H1N1 virus spread.",
                "Take the Q35 bus.",
                "John 3:16 says",
                "won 21:14",
            ],
        );
    }

    #[test]
    fn a_calendar_quarter_named_by_its_months_is_that_quarter() {
        // (sentence, publication date, phrase, value, interval), from Reuters-21578: without
        // a year, the quarter nearest the publication date, as a span of months is
        let table = [
            (
                "GNP rose 0.6 pct in the July/September quarter",
                "1987-03-17",
                "the July/September quarter",
                "1986-Q3",
                ("1986-07-01", "1986-09-30"),
            ),
            (
                "Taiwan's exports in the April-June quarter are expected to rise",
                "1987-03-31",
                "the April-June quarter",
                "1987-Q2",
                ("1987-04-01", "1987-06-30"),
            ),
            (
                "private spending fell 0.7 pct in the Oct/Dec quarter",
                "1987-03-17",
                "the Oct/Dec quarter",
                "1986-Q4",
                ("1986-10-01", "1986-12-31"),
            ),
            (
                "Output fell in the July-September quarter of 2012.",
                "2013-03-20",
                "the July-September quarter of 2012",
                "2012-Q3",
                ("2012-07-01", "2012-09-30"),
            ),
        ];
        for (text, published, phrase, value, (start, end)) in table {
            let hit = tag_spanning(text, published, phrase);
            assert_eq!(hit.value, value, "{text:?}");
            let date = hit.date.as_ref().expect("an interval");
            assert_eq!((date.start, date.end), (d(start), d(end)), "{text:?}");
        }
        // (a span of months that is not a calendar quarter stays two months)
        assert_eq!(
            value_of(
                "Sales in the December-February quarter rose",
                "2013-03-20",
                "February"
            ),
            "2013-02"
        );
    }

    #[test]
    fn the_months_of_a_span_share_its_years() {
        // (sentence, publication date, [(phrase, value)]), from Reuters-21578 and Xinhua
        type Row<'a> = (&'a str, &'a str, &'a [(&'a str, &'a str)]);
        let table: [Row<'_>; 20] = [
            (
                "Argentine meat exports during Jan/Dec 1986 totalled 220,911 tonnes",
                "1987-03-11",
                &[("Jan", "1986-01"), ("Dec 1986", "1986-12")],
            ),
            (
                "Coffee exports in the December/February quarter fell",
                "1987-03-17",
                &[("December", "1986-12"), ("February", "1987-02")],
            ),
            // a crop or quota year named before the span gives its years
            (
                "soybean imports in 1987/88 (October/September) will rise",
                "1987-03-02",
                &[
                    ("1987", "1987"),
                    ("October", "1987-10"),
                    ("September", "1988-09"),
                ],
            ),
            (
                "The sugar import quota for the 1987 quota year (January-December) has been set",
                "1987-02-26",
                &[
                    ("1987", "1987"),
                    ("January", "1987-01"),
                    ("December", "1987-12"),
                ],
            ),
            // the span that holds the publication date, or is nearest it
            (
                "a tender for 225,000 tonnes of U.S. wheats for various April/Nov shipments",
                "1987-04-03",
                &[("April", "1987-04"), ("Nov", "1987-11")],
            ),
            (
                "China's trade in the January-October period totaled 20 billion dollars",
                "1998-11-20",
                &[("January", "1998-01"), ("October", "1998-10")],
            ),
            // a span in words takes the year written after its closing month
            (
                "Between February and October of 1986, the number of producing wells fell",
                "1987-03-04",
                &[("February", "1986-02"), ("October of 1986", "1986-10")],
            ),
            (
                "found that between June and August last year, the 215 mln bushels",
                "1987-03-25",
                &[("June", "1986-06"), ("August last year", "1986-08")],
            ),
            (
                "would be delivered in March and April next year.",
                "1987-04-17",
                &[("March", "1988-03"), ("April next year", "1988-04")],
            ),
            (
                "turnover from November to February 1987 rose",
                "1987-04-08",
                &[("November", "1986-11"), ("February 1987", "1987-02")],
            ),
            // with no year written, the closing month follows the opening one, which is read
            // as a month of its own (before, "May to September shipment" was May 1987 and
            // September 1986)
            (
                "some 95,000 tonnes of Chinese soybeans for May to September shipment",
                "1987-03-02",
                &[("May", "1987-05"), ("September", "1987-09")],
            ),
            (
                "The flu season typically peaks between December and February.",
                "2013-09-11",
                &[("December", "2013-12"), ("February", "2014-02")],
            ),
            // (and a verb in the past reaches the opening month past a figure)
            (
                "revenues rose 3.4 pct to 32.6 billion crowns in the January to July period",
                "1987-10-19",
                &[("January", "1987-01"), ("July", "1987-07")],
            ),
            // a span of years is two years, each tagged
            (
                "investment under the economic plan (1986-1990), he said",
                "1987-03-18",
                &[("1986", "1986"), ("1990", "1990")],
            ),
            (
                "The talks ended the day before yesterday.",
                "1998-11-20",
                &[("the day before yesterday", "1998-11-18")],
            ),
            (
                "Sales will recover in the new year, analysts said.",
                "2012-12-10",
                &[("the new year", "2013")],
            ),
            (
                "Steel mills made large purchases prior to the new year.",
                "1987-06-01",
                &[("the new year", "1987")],
            ),
            ("The new year's budget was cut.", "2012-12-10", &[]),
            (
                "Prices fell the week before last and rose the year before last.",
                "2013-03-22",
                &[
                    ("the week before last", "2013-W10"),
                    ("the year before last", "2011"),
                ],
            ),
            (
                "It was the week before last Friday.",
                "2013-03-22",
                &[("the week", "2013-W12"), ("last Friday", "2013-03-15")],
            ),
        ];
        for (text, published, want) in table {
            let tags = tag(text, Some(d(published)));
            let got: Vec<(&str, &str)> = tags
                .iter()
                .map(|t| (&text[t.span.clone()], t.value.as_str()))
                .collect();
            assert_eq!(got, want, "{text:?} published {published}");
        }
    }

    #[test]
    fn reads_days_of_the_month_spelled_out() {
        // broadcast transcripts spell the day; a weekday before a date takes the date
        let table = [
            (
                "International Women's Day is this coming Sunday, March eighth.",
                "1998-03-05",
                "this coming Sunday, March eighth",
                "1998-03-08",
            ),
            (
                "I wrote to the prime minister on the fourth of March to express",
                "1987-03-26",
                "fourth of March",
                "1987-03-04",
            ),
            (
                "The vote is on May the twenty-first.",
                "1998-03-05",
                "May the twenty-first",
                "1998-05-21",
            ),
            (
                "He is due back next Wednesday, March 11, the sources added.",
                "1987-03-05",
                "next Wednesday, March 11",
                "1987-03-11",
            ),
        ];
        for (text, published, phrase, want) in table {
            let tags = tag(text, Some(d(published)));
            let at = text.find(phrase).expect("the phrase is in the text");
            let t = tags
                .iter()
                .find(|t| t.span.start <= at && at < t.span.end)
                .unwrap_or_else(|| panic!("{phrase:?} is tagged in {text:?}"));
            assert_eq!(&text[t.span.clone()], phrase, "span in {text:?}");
            assert_eq!(t.value, want, "value of {phrase:?}");
        }
        // an ordinal of something else is no day: the month stands alone
        for text in [
            "In March second-quarter profit rose",
            "in May first time buyers",
        ] {
            let tags = tag(text, Some(d("1998-06-05")));
            let spans: Vec<&str> = tags.iter().map(|t| &text[t.span.clone()]).collect();
            assert!(
                !spans
                    .iter()
                    .any(|s| s.contains("first") && s.contains("May")),
                "{spans:?}"
            );
            assert!(!spans.contains(&"March second"), "{spans:?}");
        }
    }

    #[test]
    fn a_weekday_or_month_ends_before_the_full_stop() {
        let text = "trading resumes in Paris Tuesday.";
        let tags = tag(text, Some(d("1989-10-27")));
        assert_eq!(&text[tags[0].span.clone()], "Tuesday");
        let text = "The talks began in late July.";
        let tags = tag(text, Some(d("2019-09-05")));
        assert_eq!(&text[tags[0].span.clone()], "late July");
        let text = "It closed Tues. at noon.";
        let tags = tag(text, Some(d("1989-10-27")));
        assert!(text[tags[0].span.clone()].starts_with("Tues."));
    }

    /// Words read only around an expression (its tense, the words before or after it),
    /// besides [`SCHEDULED`]: none of them starts one.
    const CONTEXT_WORDS: &[&str] = &[
        "above",
        "account",
        "accounts",
        "adjourned",
        "advance",
        "aedt",
        "aest",
        "again",
        "against",
        "agreed",
        "ahead",
        "aim",
        "aimed",
        "aims",
        "al",
        "all",
        "also",
        "although",
        "always",
        "amid",
        "among",
        "announced",
        "annually",
        "another",
        "any",
        "approximately",
        "around",
        "asked",
        "assault",
        "assets",
        "at",
        "attack",
        "attacks",
        "auction",
        "awst",
        "back",
        "ballot",
        "banned",
        "barely",
        "barley",
        "barred",
        "be",
        "beat",
        "because",
        "been",
        "being",
        "below",
        "best",
        "between",
        "billion",
        "bloody",
        "blue",
        "bombing",
        "both",
        "bowl",
        "box",
        "bst",
        "budget",
        "but",
        "call",
        "calling",
        "calls",
        "can",
        "cannot",
        "card",
        "cards",
        "carol",
        "carols",
        "central",
        "cereal",
        "cereals",
        "ceremony",
        "cest",
        "cet",
        "chinese",
        "cited",
        "clashes",
        "climbed",
        "clock",
        "closed",
        "closing",
        "come",
        "comes",
        "conference",
        "consecutive",
        "contract",
        "contracts",
        "convention",
        "cost",
        "could",
        "crop",
        "crops",
        "ct",
        "cut",
        "data",
        "date",
        "daylight",
        "deadline",
        "debate",
        "decline",
        "deferred",
        "delayed",
        "deliveries",
        "delivery",
        "demanded",
        "designated",
        "despite",
        "did",
        "dividend",
        "does",
        "dormancy",
        "down",
        "due",
        "dying",
        "eastern",
        "ed",
        "eet",
        "effect",
        "effective",
        "egg",
        "eggs",
        "elections",
        "equaliser",
        "equalizer",
        "eve",
        "expansion",
        "expect",
        "extend",
        "extended",
        "extends",
        "family",
        "far",
        "fed",
        "fewer",
        "fighting",
        "film",
        "final",
        "financial",
        "fixed",
        "flies",
        "fly",
        "followed",
        "force",
        "forecast",
        "forecasts",
        "formally",
        "fortnight",
        "fortnights",
        "funeral",
        "futures",
        "gains",
        "game",
        "games",
        "generally",
        "go",
        "goal",
        "god",
        "goes",
        "grain",
        "grains",
        "granted",
        "ground",
        "halftime",
        "halted",
        "has",
        "have",
        "he",
        "head",
        "heads",
        "hearing",
        "hearings",
        "her",
        "hijack",
        "him",
        "his",
        "hit",
        "hkt",
        "home",
        "hope",
        "hoped",
        "hopes",
        "housing",
        "hrs",
        "hurt",
        "i",
        "if",
        "ing",
        "innings",
        "intend",
        "intends",
        "into",
        "iranian",
        "island",
        "ist",
        "it",
        "its",
        "jewish",
        "job",
        "jointly",
        "jr",
        "jst",
        "just",
        "kick",
        "kickoff",
        "kicks",
        "kill",
        "king",
        "kst",
        "lasted",
        "lasting",
        "lasts",
        "launch",
        "least",
        "less",
        "liabilities",
        "likely",
        "little",
        "ll",
        "local",
        "long",
        "longer",
        "losses",
        "lunar",
        "luther",
        "ly",
        "manic",
        "marketing",
        "match",
        "mdt",
        "me",
        "meeting",
        "meetings",
        "ment",
        "might",
        "millennium",
        "million",
        "mountain",
        "moved",
        "msk",
        "mst",
        "mt",
        "must",
        "named",
        "nationwide",
        "net",
        "never",
        "no",
        "normally",
        "not",
        "nzdt",
        "nzst",
        "o",
        "oats",
        "off",
        "offer",
        "officially",
        "often",
        "olympics",
        "only",
        "opening",
        "oper",
        "options",
        "or",
        "ordered",
        "other",
        "our",
        "out",
        "output",
        "pacific",
        "paralympics",
        "part",
        "pasture",
        "pastures",
        "patrick",
        "pay",
        "payable",
        "penalty",
        "per",
        "persian",
        "picked",
        "place",
        "plan",
        "planting",
        "plantings",
        "pledged",
        "polls",
        "post",
        "postponed",
        "predicts",
        "price",
        "production",
        "promised",
        "propose",
        "proposes",
        "pt",
        "put",
        "qtr",
        "quarterback",
        "quit",
        "quite",
        "quota",
        "race",
        "raid",
        "raids",
        "rapeseed",
        "rate",
        "rebounds",
        "record",
        "referendum",
        "remain",
        "remains",
        "report",
        "reported",
        "rescheduled",
        "revs",
        "roughly",
        "round",
        "runoff",
        "rye",
        "sale",
        "sales",
        "say",
        "says",
        "scored",
        "season",
        "seedings",
        "seeks",
        "semifinal",
        "separately",
        "session",
        "sgt",
        "she",
        "shelling",
        "shorter",
        "shortly",
        "should",
        "show",
        "shr",
        "shut",
        "sion",
        "slightly",
        "small",
        "snowstorm",
        "so",
        "sowing",
        "sowings",
        "spend",
        "spending",
        "spends",
        "spread",
        "ss",
        "stages",
        "standard",
        "stay",
        "stays",
        "still",
        "storm",
        "straight",
        "strike",
        "successive",
        "summit",
        "super",
        "suspended",
        "t",
        "take",
        "takes",
        "taking",
        "talks",
        "targeted",
        "tax",
        "television",
        "terror",
        "their",
        "them",
        "then",
        "they",
        "those",
        "though",
        "threatened",
        "through",
        "throughout",
        "thus",
        "time",
        "times",
        "tion",
        "tip",
        "tips",
        "too",
        "total",
        "totals",
        "touchdown",
        "touchdowns",
        "toward",
        "tree",
        "trees",
        "trial",
        "trip",
        "turn",
        "tv",
        "typically",
        "under",
        "unless",
        "up",
        "urged",
        "us",
        "usually",
        "valid",
        "very",
        "vietnamese",
        "visit",
        "voting",
        "vowed",
        "wage",
        "wait",
        "waited",
        "waits",
        "want",
        "wanted",
        "wants",
        "wee",
        "well",
        "wheat",
        "wheats",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whole",
        "whom",
        "whose",
        "with",
        "without",
        "worldwide",
        "worst",
        "would",
        "wound",
        "wrap",
        "wraps",
        "you",
    ];

    #[test]
    fn every_word_of_the_grammar_may_start_an_expression() {
        let source = include_str!("date.rs");
        let grammar = &source[..source.find("#[cfg(test)]").expect("tests at the end")];
        let mut sorted = GRAMMAR_WORDS.to_vec();
        sorted.sort_unstable();
        assert_eq!(sorted, GRAMMAR_WORDS, "GRAMMAR_WORDS is kept sorted");
        // Every `"word"` in the source: a quote, letters (or an apostrophe), a quote.
        for (at, _) in grammar.match_indices('"') {
            let rest = &grammar[at + 1..];
            let len = rest
                .find(|c: char| !(c.is_ascii_alphabetic() || c == '\''))
                .unwrap_or(rest.len());
            if len == 0 || !rest[len..].starts_with('"') || rest.starts_with('\'') {
                continue;
            }
            // capitals are TIMEX3 codes written out ("P1Y", "E"), not words compared with
            if rest[..len].chars().all(|c| c.is_ascii_uppercase()) {
                continue;
            }
            let word = rest[..len].to_lowercase();
            if [
                SCHEDULED,
                IRREGULAR_PAST,
                NOT_PAST,
                CONTEXT_WORDS,
                HOLIDAY_STARTS,
                COUNTED,
                TITLES,
            ]
            .iter()
            .any(|list| list.contains(&word.as_str()))
            {
                continue;
            }
            let toks = tokenize(&word);
            assert!(
                toks.iter().take(1).all(may_start),
                "{word:?} is compared with in the grammar but missing from GRAMMAR_WORDS"
            );
        }
    }

    #[test]
    fn the_irregular_past_is_sorted_for_its_binary_search() {
        assert!(IRREGULAR_PAST.windows(2).all(|w| w[0] < w[1]));
        assert!(looks_past("lent") && looks_past("withdrawn") && !looks_past("ground"));
    }

    #[test]
    fn parses_reference_values_from_rule_files() {
        let v = parse_reference("2019-05-16").expect("a day");
        assert_eq!((v.start, v.end), (d("2019-05-16"), d("2019-05-16")));
        let v = parse_reference("2018-01").expect("a month");
        assert_eq!((v.start, v.end), (d("2018-01-01"), d("2018-01-31")));
        let v = parse_reference("2019-06-28..2019-06-29").expect("a range");
        assert_eq!((v.start, v.end), (d("2019-06-28"), d("2019-06-29")));
        assert!(parse_reference("last year").is_err());
        assert!(parse_reference("2019-02-30").is_err());
    }

    #[test]
    fn impossible_dates_give_no_value() {
        let tags = tag(
            "on February 30, 2019 nothing happened",
            Some(d("2019-05-01")),
        );
        assert!(tags.iter().all(|t| t.value != "2019-02-30"));
    }
}
