//! Named and numbered days, months and years: `May 16, 2019`, `16/5/2019`, `the 16th`,
//! `fiscal 1998`, `nineteen ninety-six`, with their modifiers (`early`, `mid`, `late`).

use super::*;
use crate::values::spoken::{scale_word, spelled_ordinal, unit_word};

/// `this day in 2003`, `this date in 1999`: the publication's day in that year; `this time
/// last year`, `this time a year ago`, `this day last week`: the publication's day a year
/// (week, month) back (`next year`, a year ahead); `the same time last year`: the date the
/// text named last, a year back.
pub(super) fn this_day(c: &mut Cursor<'_, '_>) -> Option<Expr> {
    let same = c.at_words(&["the", "same", "time"]);
    if same {
        c.i += 2;
    } else if !c.eat("this") {
        return None;
    }
    let what = c.eat_any(&["day", "date", "time"])?;
    if what != "time" && c.eat("in") {
        let year = c.peek().and_then(year_token)?;
        c.i += 1;
        return plain(Core::ThisDayIn(year));
    }
    // ("this day last week", "this time a month ago")
    let unit = |t: Option<&Tok<'_>>| match t.map(|t| t.lower.as_ref()) {
        Some("week") => Some(Unit::Week),
        Some("month") => Some(Unit::Month),
        Some("year") => Some(Unit::Year),
        _ => None,
    };
    let (amount, unit) = match (c.peek(), unit(c.peek_at(1)), c.peek_at(2)) {
        (Some(a), Some(u), Some(ago)) if a.is("a") && ago.is("ago") => {
            c.i += 1;
            (-1, u)
        }
        (Some(w), Some(u), _) => match this_last_next(&w.lower)? {
            0 => return None,
            n => (i64::from(n), u),
        },
        _ => return None,
    };
    c.i += 2;
    if same {
        return plain(Core::SameTime { unit, amount });
    }
    plain(Core::Anniversary {
        unit,
        amount,
        at: Unit::Day,
        days: 0,
    })
}

/// `the 29th`, `on the 19th`: a day of the month the text speaks of (not "the 19th
/// century", "the 10th anniversary", "the 29th of March", which the calendar reads).
pub(super) fn day_of_the_month(c: &mut Cursor<'_, '_>) -> Option<Expr> {
    let start = c.i;
    // "the first of next month", "the 15th of this month": a day of a month counted from
    // the publication's; "the 15th of each month", "the first of every month": that day of
    // every month
    // (the words after the day first: "the" is too common to read an ordinal after each)
    let which = |t: &Tok<'_>| match t.lower.as_ref() {
        "each" | "every" => Some(None),
        w => this_last_next(w).map(Some),
    };
    let of_month = c.peek().is_some_and(|t| t.is("the"))
        && (c.i + 2..c.i + 6).any(|k| {
            c.toks.get(k).is_some_and(|t| t.is("of"))
                && c.toks.get(k + 1).is_some_and(|t| which(t).is_some())
                && c.toks.get(k + 2).is_some_and(|t| t.is("month"))
        });
    let spelled = |c: &mut Cursor<'_, '_>| c.eat("the").then(|| spelled_day(c)).flatten();
    if of_month
        && let Some(day) = the_nth(c).or_else(|| spelled(c))
        && c.eat("of")
        && let Some(months) = c.peek().and_then(which)
        && c.peek_at(1).is_some_and(|t| t.is("month"))
    {
        c.i += 2;
        return match months {
            Some(months) => plain(Core::DayOfMonth {
                day,
                months: Some(months),
            }),
            None => plain(Core::Set(format!("XXXX-XX-{day:02}"))),
        };
    }
    c.i = start;
    let day = the_nth(c)?;
    // "between the 3rd and 5th of April": the month (and year) of the day it runs to,
    // which is tagged on its own after it
    if c.peek()
        .is_some_and(|joint| pairs(joint) || joint.text == "-")
    {
        let mut ahead = Cursor {
            toks: c.toks,
            i: c.i + 1,
        };
        ahead.eat("the");
        if nth(&mut ahead).is_some()
            && ahead.eat("of")
            && let Some(month) = ahead.peek().and_then(month_named)
        {
            ahead.i += 1;
            return plain(Core::Cal {
                year: year_after(&mut ahead),
                month: Some(month),
                day: Some(day),
            });
        }
    }
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
    plain(Core::DayOfMonth { day, months: None })
}

/// `the 29th`: the day, with the cursor after it.
fn the_nth(c: &mut Cursor<'_, '_>) -> Option<u32> {
    let start = c.i;
    let day = c.eat("the").then(|| nth(c)).flatten();
    if day.is_none() {
        c.i = start;
    }
    day
}

/// `29th`: a day of a month in figures with its suffix, with the cursor after it.
fn nth(c: &mut Cursor<'_, '_>) -> Option<u32> {
    let t = c.peek()?;
    let day = t
        .num()
        .filter(|d| t.kind == Kind::Num && t.text.len() <= 2 && (1..=31).contains(d))?;
    c.peek_at(1)
        .filter(|s| !s.spaced() && matches!(s.lower.as_ref(), "st" | "nd" | "rd" | "th"))?;
    c.i += 2;
    Some(day)
}

/// `a month-long strike`, `a weeklong visit`: a period of one unit.
pub(super) fn lasting_a_unit(c: &mut Cursor<'_, '_>) -> Option<Expr> {
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
            if !(c.eat_glued("-") && c.peek().is_some_and(|t| t.is("long") && !t.spaced())) {
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

pub(super) fn plain(core: Core) -> Option<Expr> {
    Some(Expr {
        core,
        modifier: None,
    })
}

/// `early May`, `mid-May`, `late last year`, `the end of 1990`, `earlier this year`.
pub(super) fn modified(c: &mut Cursor<'_, '_>) -> Option<Expr> {
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
    // ("late-2018", "early-2021", as "mid-2020"; "beginning April 1" is from that day on,
    // no start of it: only "the beginning of", see `edge_of`)
    let mut edge = false;
    let mut modifier = if c.eat("early") {
        c.eat_glued("-");
        Mod::Start
    } else if c.eat("mid") || c.eat("middle") {
        c.eat_glued("-");
        Mod::Mid
    } else if c.eat("late") {
        c.eat_glued("-");
        Mod::End
    } else if c.peek().is_some_and(|t| t.is("end"))
        && c.peek_at(1).is_some_and(|t| t.is_glued_hyphen())
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
        // (not the verb of "the year to end July 31, 1987"; but "at end December 2.28
        // billion")
        && c.peek_at(2)
            .is_none_or(|t| t.kind != Kind::Num || !t.spaced() || decimal_at(c.toks, c.i + 2))
    {
        // "stood at end August", "by end 1987" (wire style, unhyphenated)
        c.i += 1;
        Mod::End
    } else if c.eat("earlier") {
        Mod::Earlier
    } else if c.eat("later") {
        Mod::Later
    } else if c.eat("the") {
        edge = true;
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
    // "earlier in 2018", "early in the year", "late on Thursday", "early on the morning of
    // Aug. 21" (not "early on, he", nor the adverb of "can be redeemed early on April 10,
    // 1991", nor the verb of "beginning on April 3")
    if !c.eat("in")
        && matches!(c.toks[c.i - 1].lower.as_ref(), "early" | "late")
        && c.peek().is_some_and(|t| t.is("on"))
        && (c
            .peek_at(1)
            .is_some_and(|t| t.is_capitalised() && weekday_of(&t.lower).is_some())
            || (c.peek_at(1).is_some_and(|t| t.is("the"))
                && c.peek_at(2)
                    .is_some_and(|t| part_of_day(&t.lower).is_some())
                && c.peek_at(3).is_some_and(|t| t.is("of"))))
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
    // ("the first Tuesday of every month")
    let set: fn(&mut Cursor<'_, '_>) -> Option<Expr> = if matches!(modifier, Mod::NthDay { .. }) {
        super::periods::set
    } else {
        |_| None
    };
    // ("by the end of its fiscal year": a possessive in the article's place, which the
    // anaphor reads after it)
    if c.peek().is_some_and(|t| t.is("its") || t.is("their")) {
        c.i += 1;
    }
    // ("by the end of Q2", "at the start of FY2025", "the end of 1H19", "the week of
    // Thanksgiving", "by the end of Ramadan")
    // (the anaphor first, as in `parse_at`: "the end of the following month" is the month
    // after the date named last, not after the publication)
    for parser in [
        anaphor,
        calendar,
        relative,
        quarter,
        period_code,
        decade,
        century,
        super::periods::holiday,
        set,
    ] {
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
    // ("by the end of the summer": the season's own article)
    if inner.is_none()
        && c.peek().is_some_and(|t| t.is("the"))
        && c.peek_at(1).is_some_and(|t| season_of(&t.lower).is_some())
        && season_owns_article(c.peek_at(2))
    {
        let mut probe = Cursor {
            toks: c.toks,
            i: c.i + 1,
        };
        inner = calendar(&mut probe).map(|e| (probe.i, e));
    }
    let (end, e) = inner?;
    // ("at the end of Monday's session", "by the end of this year's season": the edge is
    // the thing's, and the date only the day or year it belongs to)
    if edge
        && c.toks
            .get(end)
            .is_some_and(|t| !t.spaced() && t.is_apostrophe())
    {
        return None;
    }
    // "the last half of the '80s", "the second half of March": a half of a decade, century
    // or month is its start or end (a half of a year is H1 or H2, see `quarter`)
    let halves = matches!(modifier, Mod::FirstHalf | Mod::SecondHalf);
    // ("the first half of the decade": the publication's)
    let whole = matches!(
        e.core,
        Core::Decade(_)
            | Core::ShortDecade(_)
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
            // ("earlier in the day": the day the story speaks of, the publication's when it
            // named none, even after a coarser date, "reported third-quarter profit ...
            // Earlier in the day")
            if matches!(e.core, Core::Anaphor { .. }) {
                return plain(Core::StoryDay);
            }
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
            Mod::WeekOf { .. },
            Core::Cal { day: Some(_), .. }
            | Core::DayOfWeekday { .. }
            | Core::Holiday { .. }
            | Core::MonthOfYear { day: Some(_), .. },
        ) => {}
        // ... and its nth weekday ("the first trading day of 1988")
        (
            Mod::NthWeek(_) | Mod::NthDay { .. },
            Core::Cal { day: None, .. }
            | Core::RelMonth { day: None, .. }
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
        // "the first Tuesday of every month": once a month, a set as "every month" is
        (Mod::NthDay { .. }, Core::Set(_)) => {
            c.i = end;
            return Some(e);
        }
        (Mod::WeekOf { .. } | Mod::NthWeek(_) | Mod::NthDay { .. }, _) => return None,
        // a decade of a century
        (
            Mod::NthDecade(_),
            Core::Century(_)
            | Core::Relative {
                unit: Unit::Century,
                ..
            }
            | Core::StoryDecade(Unit::Century),
        ) => {}
        (Mod::NthDecade(_), _) => return None,
        // the turn of a century or decade
        (Mod::Turn { .. }, Core::Century(_) | Core::Decade(_) | Core::ShortDecade(_)) => {}
        (
            Mod::Turn { .. },
            Core::Relative {
                unit: Unit::Century | Unit::Decade,
                offset: 0,
            }
            | Core::StoryDecade(_),
        ) => modifier = Mod::Turn { nearest: true },
        (Mod::Turn { .. }, _) => return None,
        // a feast's edge with its article ("by the end of Ramadan"), not "a late Easter",
        // which falls late in the year
        (_, Core::Holiday { .. }) if !edge => {
            return None;
        }
        _ => {}
    }
    // "the weekend of June 8-9", "the week of March 25-29": the days of one week, read by
    // the first
    c.i = if matches!(modifier, Mod::WeekOf { .. }) && dash_day(c.toks, end) {
        end + 2
    } else {
        end
    };
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
    // ("by mid year", spaced as wire copy may have it)
    let glued = (c.eat("mid") && (c.eat_glued("-") || c.peek().is_some_and(|t| t.spaced())))
        || (c.eat("middle") && c.eat_glued("-"));
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
            t.is_lowercase_word()
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
    // ("by mid-year 1988": the middle of the year written after it)
    if unit == Unit::Year
        && let Some(year) = edge_of_year_written(c, Mod::Mid)
    {
        return Some(year);
    }
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
pub(super) fn edge_of(c: &mut Cursor<'_, '_>) -> Option<Mod> {
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
    // ("the 3rd Wednesday in November", "the 2nd week of April": the ordinal in figures
    // too, `skip` its suffix)
    let (nth, skip) = match c.peek()?.lower.as_ref() {
        "last" | "final" => (Some(0), 0),
        _ => small_ordinal(c.toks, c.i).map_or((None, 0), |(n, words)| (Some(n), words - 1)),
    };
    if let Some(n) = nth {
        let next = c.peek_at(1 + skip)?;
        let day = if let Some(w) = weekday_of(&next.lower).filter(|_| next.is_capitalised()) {
            Some((DayOf::Weekday(w), 2 + skip))
        } else if next.is("weekend") {
            Some((DayOf::Weekend, 2 + skip))
        } else if matches!(next.lower.as_ref(), "business" | "trading" | "working")
            && c.peek_at(2 + skip).is_some_and(|t| t.is("day"))
        {
            Some((DayOf::Business, 3 + skip))
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
    // "the week of April 8", "the weekend of June 14"; "the second week of March"
    if let Some(weekend) = c
        .peek()
        .and_then(|t| (t.is("week") || t.is("weekend")).then(|| t.is("weekend")))
        && c.peek_at(1).is_some_and(|t| t.is("of"))
    {
        c.i += 2;
        // ("the weekend of 30-31 March": the days of one weekend, read by the last; see
        // `modified` for "the weekend of June 8-9")
        if c.peek().is_some_and(day_figure)
            && dash_day(c.toks, c.i + 1)
            && c.peek_at(3).is_some_and(|t| month_of(&t.lower).is_some())
        {
            c.i += 2;
        }
        return Some(Mod::WeekOf { weekend });
    }
    // ("the third week in April", "the first week in July": "in" before a month, not "the
    // first week in office")
    let of_period = |c: &Cursor<'_, '_>| {
        c.peek_at(2 + skip).is_some_and(|t| t.is("of"))
            || (c.peek_at(2 + skip).is_some_and(|t| t.is("in"))
                && c.peek_at(3 + skip)
                    .is_some_and(|m| m.is_capitalised() && month_of(&m.lower).is_some()))
    };
    if let Some(n) = nth.filter(|&n| n > 1)
        && c.peek_at(1 + skip).is_some_and(|t| t.is("week"))
        && of_period(c)
    {
        c.i += 3 + skip;
        return Some(Mod::NthWeek(n));
    }
    if let Some(n) = nth.filter(|&n| n <= 10)
        && c.peek_at(1 + skip).is_some_and(|t| t.is("decade"))
        && c.peek_at(2 + skip).is_some_and(|t| t.is("of"))
    {
        c.i += 3 + skip;
        return Some(Mod::NthDecade(n));
    }
    // "the first week of April", "the last week of the year": its first or last seven
    // days; "the last day of February": that day
    if let Some(week) = c
        .peek_at(1 + skip)
        .and_then(|t| (t.is("week") || t.is("day")).then(|| t.is("week")))
        && of_period(c)
    {
        // ("first" and "1st" are `nth` 1)
        let first = match c.peek()?.lower.as_ref() {
            _ if nth == Some(1) => true,
            "opening" => true,
            "last" | "final" | "closing" => false,
            _ => return None,
        };
        c.i += 3 + skip;
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
    // "the rest of the year", "for the rest of this week": from the publication (or the
    // date the text named in it) to the unit's end, as "later this year" is (only of the
    // present unit, not "the rest of 2012"); "the remainder of the week", "the balance of
    // the year" too
    if c.peek()
        .is_some_and(|t| matches!(t.lower.as_ref(), "rest" | "remainder" | "balance"))
        && c.peek_at(1).is_some_and(|t| t.is("of"))
        && c.peek_at(2).is_some_and(|t| t.is("the") || t.is("this"))
        && c.peek_at(3).is_some_and(|t| {
            matches!(
                t.lower.as_ref(),
                "week" | "month" | "quarter" | "year" | "decade"
            )
        })
    {
        c.i += 2;
        return Some(Mod::Later);
    }
    // "the wee hours of Sunday", "the small hours of Thursday", "the predawn hours of
    // Saturday": the early hours
    if c.peek()
        .is_some_and(|t| matches!(t.lower.as_ref(), "wee" | "small" | "predawn"))
        && c.peek_at(1).is_some_and(|t| t.is("hours"))
        && c.peek_at(2).is_some_and(|t| t.is("of"))
    {
        c.i += 3;
        return Some(Mod::Start);
    }
    // "the tail end of last year", "the very end of March", "the very beginning of 2013"
    let edge_word = c.peek_at(1).map(|t| t.lower.as_ref());
    let emphasis = match c.peek().map(|t| t.lower.as_ref()) {
        Some("tail") => edge_word == Some("end"),
        Some("very") => matches!(edge_word, Some("end" | "beginning" | "start")),
        _ => false,
    };
    if emphasis && c.peek_at(2).is_some_and(|t| t.is("of")) {
        c.i += 1;
    }
    let m = match c.eat_any(&["end", "beginning", "start", "middle", "close", "turn"])? {
        "end" | "close" => Mod::End,
        "middle" => Mod::Mid,
        "turn" => Mod::Turn { nearest: false },
        _ => Mod::Start,
    };
    c.eat("of").then_some(m)
}

/// Whether the article before a season is the season's own, by the token after the
/// season: none, a mark or a figure, or a preposition ("in the summer.", "the winter of
/// 1994", "by the end of the summer, when"), not a noun the season qualifies ("the summer
/// months", "the summer driving season").
pub(super) fn season_owns_article(next: Option<&Tok<'_>>) -> bool {
    next.is_none_or(|n| n.kind != Kind::Word || PREPOSITIONS.contains(&n.lower.as_ref()))
}

/// Whether the season `t` with `n` after it names a kind of crop or a contest rather than a
/// time: "winter wheat", "the spring plantings", "the Winter Olympics" (but "the Autumn
/// Statement" is made in the autumn).
fn kind_of_season(t: &Tok<'_>, n: &Tok<'_>) -> bool {
    // ("the winter Olympics", whatever the case of the season; and the day that opens the
    // season, "The summer solstice falls on 21 June")
    matches!(
        n.lower.as_ref(),
        "olympics" | "paralympics" | "solstice" | "equinox"
    ) || (n.is("games") && (t.is_capitalised() || n.is_capitalised()))
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
}

/// Month names, weekdays, seasons and years: `May 16, 2019`, `16 May 2019`, `May 2019`,
/// `May`, `Wednesday`, `last July`, `this summer`, `2017`, `fiscal 1998`; and a day of a
/// month that recurs each year, `December 14 each year`, and a month, `June each year`.
pub(super) fn calendar(c: &mut Cursor<'_, '_>) -> Option<Expr> {
    let expr = calendar_date(c)?;
    // ("payable December 14 each year": a day of every year; "The monsoon arrives in June
    // each year": a month of every year)
    if let Core::Cal {
        year: None,
        month: Some(m),
        day: d,
    } = expr.core
        && expr.modifier.is_none()
        && let Some((end, set)) = yearly_day(c.toks, c.i, m, d)
    {
        c.i = end;
        return Some(set);
    }
    Some(expr)
}

/// A year in the possessive at the cursor, eaten: "2012's" (its year) or "last year's",
/// "this year's", "next year's" (no year, and its offset from the publication's); nothing
/// eaten when there is none.
#[inline]
pub(super) fn possessive_year(c: &mut Cursor<'_, '_>) -> Option<(Option<i32>, i32)> {
    // (the word after first: this runs at every word)
    let next = c.peek_at(1)?;
    if !(next.is_apostrophe() || next.is("year")) {
        return None;
    }
    let t = c.peek()?;
    let (owner, words) = if c.possessive_at(1) {
        ((Some(year_token(t)?), 0), 1)
    } else if c.possessive_at(2) && next.is("year") {
        ((None, this_last_next(&t.lower)?), 2)
    } else {
        return None;
    };
    c.i += words + 2;
    Some(owner)
}

/// The dates of [`calendar`].
pub(super) fn calendar_date(c: &mut Cursor<'_, '_>) -> Option<Expr> {
    let start = c.i;
    // "last year's March", "next year's summer", "2012's December": a month or a season of
    // that year, as "last year's first quarter" is a quarter of it
    if let Some((year, offset)) = possessive_year(c)
        && let Some(t) = c.peek().cloned()
    {
        if let Some(month) = month_named(&t) {
            c.i += 1;
            eat_abbreviation_dot(c, &t.lower);
            return plain(match year {
                Some(y) => Core::Cal {
                    year: Some(y),
                    month: Some(month),
                    day: None,
                },
                None => Core::MonthOfYear {
                    month,
                    day: None,
                    offset,
                },
            });
        }
        // ("fall" is also a decline, "last year's fall in oil prices": the season only
        // before a noun it names the time of, "this year's fall harvest")
        let next = c.peek_at(1);
        if let Some(season) = season_of(&t.lower)
            && !next.is_some_and(|n| kind_of_season(&t, n))
            && (!t.is("fall")
                || next.is_some_and(|n| n.is_lowercase_word() && !goes_on_with_clause(&n.lower)))
        {
            c.i += 1;
            return plain(Core::Season {
                year,
                season,
                rel: None,
                years: offset,
            });
        }
        c.i = start;
    }
    // this/last/next + month|weekday|season
    // ("past" only after an article or opening its phrase, "the past spring": not a
    // preposition, "any delay past June 30", "extended past Sunday")
    let past_after =
        |k: usize| k == 0 || !c.toks[k - 1].is_lowercase_word() || determiner(&c.toks[k - 1].lower);
    let mut rel = match c.peek().map(|t| t.lower.as_ref()) {
        Some("last" | "previous") => Some(-1),
        Some("past") if past_after(c.i) => Some(-1),
        Some("this" | "current") => Some(0),
        Some("next" | "coming") => Some(1),
        _ => None,
    };
    if rel.is_some() {
        c.i += 1;
        // "this coming Sunday", "this past Sunday", "this past spring", "this past January"
        let mut just_past = false;
        if rel == Some(0) && c.eat("coming") {
            rel = Some(1);
        } else if rel == Some(0)
            && c.peek().is_some_and(|t| t.is("past"))
            && c.peek_at(1).is_some_and(|t| {
                weekday_of(&t.lower).is_some()
                    || season_of(&t.lower).is_some()
                    || month_named(t).is_some()
            })
        {
            c.i += 1;
            rel = Some(-1);
            just_past = true;
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
        // (not in "the last March week", the last week of that March: the month alone
        // is tagged)
        let week_of_month = rel == Some(-1)
            && start > 0
            && c.toks[start - 1].is("the")
            && c.peek_at(1).is_some_and(|w| w.is("week") || w.is("weeks"));
        if let Some(month) = month_named(&t).filter(|_| !week_of_month) {
            c.i += 1;
            eat_abbreviation_dot(c, &t.lower);
            return plain(Core::RelMonth {
                month,
                day: day_of_month(c),
                rel: rel.unwrap_or(0),
                just_past,
            });
        }
        c.i = start;
        return None;
    }
    let t = c.peek()?.clone();
    // "two Fridays ago": that weekday, counted back from the last one
    // (the count read last: this is tried at every token)
    if c.peek_at(2).is_some_and(|a| a.is("ago"))
        && let Some(day) = c.peek_at(1).and_then(|p| weekdays_of(&p.lower))
        && let Some(n) = count_of(&t).filter(|n| n.fract() == 0.0 && (2.0..=9.0).contains(n))
    {
        c.i += 3;
        return plain(Core::Weekday {
            day,
            rel: Some(-(n as i32)),
            from_reference: false,
        });
    }
    // "on Mondays", "Tuesday nights": every such day, a set.
    if let Some(day) = weekdays_of(&t.lower) {
        c.i += 1;
        return plain(Core::Set(weekday_value(day, None)));
    }
    // ... and "on weekends", "at weekends": every weekend (not a count, "two weekends")
    if t.is("weekends")
        && start
            .checked_sub(1)
            .is_some_and(|p| matches!(c.toks[p].lower.as_ref(), "on" | "at" | "during"))
    {
        c.i += 1;
        return plain(Core::Set("XXXX-WXX-WE".to_string()));
    }
    if let Some(day) = weekday_of(&t.lower) {
        // (in lowercase, a name written out: "later today or on friday", "sent friday to",
        // "the thursday night quake", as a wire story written all in lowercase has it; not
        // "sat", "sun", "wed", nor a name after an article, "the sunday paper")
        let abbreviated = !t.lower.ends_with("day");
        let named = start
            .checked_sub(1)
            .is_some_and(|p| determiner(&c.toks[p].lower))
            && c.peek_at(1).is_none_or(|n| part_of_day(&n.lower).is_none());
        if t.text.chars().next().is_some_and(char::is_lowercase) && (abbreviated || named) {
            return None;
        }
        // "Super Tuesday", "Bloody Sunday", "Super Bowl Sunday", "the 2009 Black Saturday
        // fires": the name of a day that is no day of the story (a name before a weekday
        // is most often its subject, "President Reagan Friday announced", so only these;
        // "Black Monday" was the story's day when the wire named it, but not with its year
        // after it, "the Black Monday crash of 1987")
        let year_after = || {
            c.toks[start + 1..]
                .iter()
                .take(4)
                .any(|t| year_token(t).is_some())
        };
        // (nor "Good Friday" where the holiday's parse found an event's name, "the Good
        // Friday Agreement")
        // ("on expiration Friday", "the next expiration Friday", "triple witching Friday":
        // the kind of day futures and options expire on, named so in any quarter, not one of
        // the story)
        if start > 0
            && (matches!(
                c.toks[start - 1].text,
                "Super" | "Bloody" | "Bowl" | "Blue" | "Manic" | "Good"
            ) || (c.toks[start - 1].text == "Black" && (day != Weekday::Mon || year_after()))
                || matches!(
                    c.toks[start - 1].lower.as_ref(),
                    "expiration" | "expiry" | "witching"
                ))
        {
            return None;
        }
        c.i += 1;
        // "Sun" is a newspaper and "Wed" a verb; an abbreviation needs its period, or a
        // comma before or after it and a date written after it, as a dateline writes it
        // ("Updated 5:43 PM EDT, Thu May 16, 2019", "Sun, Dec 1"; not "They Wed May 16"),
        // or "on" before it or the day's figure after it ("on Sat March 9", "Sat 9 March";
        // not "The Sun 12 March edition"); "Thu", "Tue" and "Fri" are no other word, and a
        // dateline may open with one ("Thu Mar 21, 2013 5:01pm EDT")
        if abbreviated && !c.eat_glued(".") {
            let after_article = start > 0 && determiner(&c.toks[start - 1].lower);
            let set_off = (start > 0 && matches!(c.toks[start - 1].text, "," | "on"))
                || matches!(
                    c.toks[start].lower.as_ref(),
                    "thu" | "thurs" | "tue" | "tues" | "fri"
                )
                || c.peek()
                    .is_some_and(|t| t.text == "," || (t.kind == Kind::Num && !after_article));
            return explicit_date_after(c, day).filter(|_| set_off);
        }
        if let Some(part) = c.peek().and_then(|t| parts_of_day(&t.lower)) {
            c.i += 1;
            return plain(Core::Set(weekday_value(day, Some(part))));
        }
        // "was born on a Sunday", "sales on a Friday afternoon, I'm happy", "It was a
        // Tuesday in June", "The first of next month is a Monday", "set the vote for a
        // Sunday": no particular one (but "on a Monday conference call" was a day of the
        // story)
        if c.i >= 3
            && c.toks[c.i - 2].is("a")
            && matches!(
                c.toks[c.i - 3].lower.as_ref(),
                "on" | "is" | "was" | "be" | "for"
            )
        {
            let part = c
                .peek()
                .and_then(|t| part_of_day(&t.lower))
                .inspect(|_| c.i += 1);
            // ("falls on a Sunday this year": "this" opens no noun)
            let noun = c.peek().is_some_and(|t| {
                t.kind == Kind::Word
                    && !goes_on_with_clause(&t.lower)
                    && !matches!(t.lower.as_ref(), "the" | "this" | "that" | "next" | "last")
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
        // "Tuesday of last week", "Thursday next week"; and the first of two weekdays the
        // week after the second names, "on Monday and Tuesday of next week" (not eaten)
        let paired = if c.peek().is_some_and(pairs)
            && c.peek_at(1).is_some_and(|t| weekday_of(&t.lower).is_some())
        {
            2
        } else {
            0
        };
        let of = usize::from(c.peek_at(paired).is_some_and(|t| t.is("of")));
        if let Some(weeks) = c
            .peek_at(paired + of)
            .and_then(|t| this_last_next(&t.lower))
            && c.peek_at(paired + of + 1).is_some_and(|t| t.is("week"))
        {
            if paired == 0 {
                c.i += of + 2;
            }
            return plain(Core::WeekdayOfWeek { day, weeks });
        }
        // British forms, at the end of a phrase: "on Monday next", "Tuesday last" (the next
        // or last one); "Monday week" (a week after the coming one); "the Monday after
        // next", "the Friday before last"
        let closes = |k: usize| {
            c.peek_at(k).is_none_or(|t| {
                (t.kind == Kind::Punct && t.text != "-" && !t.is_apostrophe())
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
        // "not expected before fall.": the season where the phrase ends; not a drop in a
        // headline's words, "Bonds rally after fall in yields"
        let fall_ends_phrase = c
            .peek_at(1)
            .is_none_or(|v| (v.kind == Kind::Punct && !v.is("-")) || v.is("and") || v.is("or"));
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
            ) || (matches!(c.toks[k].lower.as_ref(), "before" | "after")
                && (!t.is("fall") || fall_ends_phrase))
        };
        // ("Spring arrived Wednesday", "Summer has begun": a season that opens its sentence
        // before a verb in the past or the perfect; not "Winter storms hit the region", nor
        // a season in general, "Summer is the busiest season", nor "Fall", a decline too)
        let subject = t.is_capitalised()
            && !t.is("fall")
            && heads_sentence(c.toks, c.i)
            && c.peek_at(1).is_some_and(|v| {
                v.is_lowercase_word()
                    && (matches!(v.lower.as_ref(), "has" | "had" | "was")
                        || (looks_past(&v.lower) && !v.lower.ends_with("ing")))
            });
        let determined = (c.i > 0 && determines(c.i - 1)) || subject;
        // "in the spring and summer", "from summer to fall", "last spring and summer": the
        // second of two seasons, when the first is one (not "the northern hemisphere spring
        // and summer", "favourable winter and spring weather")
        let paired = c.i >= 3
            && pairs(&c.toks[c.i - 1])
            && season_of(&c.toks[c.i - 2].lower).is_some()
            && determines(c.i - 3);
        let rel = if paired {
            this_last_next(&c.toks[c.i - 3].lower)
        } else {
            None
        };
        c.i += 1;
        let year = year_after(c);
        // "the winter of 2011-12", "winter 1986/87": a winter runs into the year after the
        // one it is named for, and a text may write both
        if let Some(y) = year
            && season_of(&t.lower) == Some(Season::Winter)
            && c.peek()
                .is_some_and(|j| matches!(j.text, "-" | "/") && !j.spaced())
            && c.peek_at(1).is_some_and(|n| {
                !n.spaced()
                    && n.kind == Kind::Num
                    && n.num()
                        .and_then(|v| i32::try_from(v).ok())
                        .is_some_and(|v| {
                            (n.text.len() == 2 && v == (y + 1).rem_euclid(100))
                                || (n.text.len() == 4 && v == y + 1)
                        })
            })
        {
            c.i += 2;
        }
        if year.is_none() && !determined && !paired {
            return None;
        }
        // "winter wheat", "the spring plantings", "the Winter Olympics": a kind of crop or
        // a contest, not a time (but "the Autumn Statement" is made in the autumn)
        if year.is_none() && c.peek().is_some_and(|n| kind_of_season(&t, n)) {
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
            && (!after_preposition(the - 1)
                || c.peek().is_some_and(|t| t.is("of"))
                // ("boosted by the fall in the dollar": a drop in something, not "in the
                // fall in 1987")
                || (c.peek().is_some_and(|t| t.is("in")) && parse_at(c.toks, c.i + 1).is_none()))
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
    if let Some(month) = month_of(&t.lower) {
        // (not "may", "march" or "august" in lowercase, see `month_named`, unless a word
        // before it makes it a month: "in late may", "mid-march", "to end-march", "for the
        // month of march", as a wire story written all in lowercase has them)
        let before = |k: usize| c.i.checked_sub(k).map(|p| c.toks[p].lower.as_ref());
        let edged = |w: Option<&str>| matches!(w, Some("early" | "late" | "mid" | "end"));
        // (or a day after it: "effective march 5, 1986", "the march 5 earthquake", "signed
        // feb. 27"; not a count, "march 5 miles")
        let dot = usize::from(
            t.lower.len() <= 4 && c.peek_at(1).is_some_and(|n| n.text == "." && !n.spaced()),
        );
        let day_after = || {
            c.peek_at(1 + dot).is_some_and(|n| {
                n.kind == Kind::Num
                    && n.text.len() <= 2
                    && n.num().is_some_and(|d| (1..=31).contains(&d))
            }) && c
                .peek_at(2 + dot)
                .is_none_or(|n| !counted_noun(n) && unit_of(&n.lower).is_none() && n.text != "%")
        };
        // (or a year: "ends in august 1988", "between august 1984 and september 1986"; not
        // the verb before a figure, "may 1,000 people")
        let year_next = || {
            c.peek_at(1)
                .and_then(year_token)
                .is_some_and(|y| (1800..=2100).contains(&y))
                && c.peek_at(2)
                    .is_none_or(|n| !counted_noun(n) && unit_of(&n.lower).is_none())
        };
        let told = || {
            edged(before(1))
                || (before(1) == Some("-") && edged(before(2)))
                || (before(1) == Some("of") && matches!(before(2), Some("month" | "week")))
                || day_after()
                || year_next()
        };
        if month_named(&t).is_none() && !told() {
            return None;
        }
        // "May I ask?", "May we never forget": the modal opening a sentence (but "In May it
        // said"); "the U.S. May be able to": the modal after a full stop that was not one
        let opens = c.i == 0
            || ends_sentence(c.toks, c.i - 1)
            || matches!(c.toks[c.i - 1].text, "\"" | "“" | "`" | "'");
        // ("the U.K. May put German banks at a disadvantage", "Britain May face a fine": the
        // modal after a name, before a verb a modal takes, with no preposition or article
        // before it that would make it a month)
        let after_name = c.i > 0 && {
            let b = &c.toks[c.i - 1];
            (b.text == "." && !b.spaced() && c.i > 1 && c.toks[c.i - 2].text.len() == 1)
                || (b.kind == Kind::Word && b.is_capitalised() && !opens)
        };
        if t.is("may")
            && c.peek_at(1).is_some_and(|n| {
                n.is("be")
                    || (opens && (subject_pronoun(&n.lower) || n.is("god") || n.is("not")))
                    || (after_name && n.is_lowercase_word() && modal_verb(&n.lower))
            })
        {
            return None;
        }
        // "May Co", "May Department Stores", "May Petroleum Inc", "approval yesterday by May
        // Energy unitholders": a company's name; "March Madness", "the October Revolution":
        // an event's
        if c.peek_at(1).is_some_and(|n| {
            matches!(
                n.text,
                "Co" | "Corp"
                    | "Inc"
                    | "Ltd"
                    | "Department"
                    | "Dept"
                    | "Stores"
                    | "Petroleum"
                    | "Energy"
                    | "Partners"
                    | "Resources"
                    | "Industries"
                    | "Holdings"
                    | "Madness"
                    | "Revolution"
            )
        }) {
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
        // "May 16", "May 16th", "March eighth", "May the fifth", "April three" (not the
        // second month of a futures spread, whose figure is its price: "Jul/May  3-1/4
        // over")
        let day = if spread_leg(c.toks, c.i - 1) == Some(SpreadLeg::Far) {
            None
        } else {
            day_of_month(c)
                .or_else(|| {
                    let save = c.i;
                    c.eat("the");
                    let spoken = spelled_day(c);
                    if spoken.is_none() {
                        c.i = save;
                    }
                    spoken
                })
                .or_else(|| wire_day(c))
        };
        let year = year_after(c);
        // ("Del Mar Avionics", "Mar del Plata": a place's name, with its Spanish particle;
        // and "the March on Washington", an event's, as "March Madness" is; not "in March on
        // Wall Street")
        let place = (start > 0 && c.toks[start - 1].text == "Del")
            || c.toks.get(start + 1).is_some_and(|t| t.text == "del")
            || (c.toks[start].text == "March"
                && !joined_to_time(c.toks, start)
                && c.toks.get(start + 1).is_some_and(|t| t.is("on"))
                && c.toks.get(start + 2).is_some_and(name_word));
        if day.is_none()
            && year.is_none()
            && (place || first_or_last_name(c.toks, start) || acronym_in_capitals(c.toks, start))
        {
            c.i = start;
            return None;
        }
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
            .is_some_and(|n| !n.spaced() && n.kind == Kind::Num)
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
        // (nor a model's number glued to its name, "the IDB2000 storage system", but for a
        // calendar year, "CY2019")
        let prev_glued = c.i > 0
            && !t.spaced()
            && (matches!(c.toks[c.i - 1].text, "," | "." | "/")
                || currency_sign(c.toks[c.i - 1].text)
                || (c.toks[c.i - 1].kind == Kind::Word && !c.toks[c.i - 1].is("cy"))
                || (c.toks[c.i - 1].text == "-" && !prev_word && !prev_year));
        let next = c.peek_at(1);
        let next_glued = next.is_some_and(|n| {
            !n.spaced()
                && matches!(n.text, "," | "." | "%")
                && c.peek_at(2)
                    .is_some_and(|m| m.kind == Kind::Num && !m.spaced())
        });
        // "2013 votes", "1990 employees", "around 2050 points": a count of things
        // (and a price after a futures contract, "MAY7 1920")
        // (and a level, "to current levels around 2050", "the index at 1920"; not "the
        // levels of 1986")
        let level = |w: &str| matches!(w, "level" | "levels" | "index");
        let leveled = (c.i > 0 && level(&c.toks[c.i - 1].lower))
            || (c.i > 1
                && level(&c.toks[c.i - 2].lower)
                && matches!(
                    c.toks[c.i - 1].lower.as_ref(),
                    "around" | "at" | "near" | "about" | "above" | "below"
                ));
        // (the first of a range of them too: "choice 2-4 1100-1400 lbs")
        let counts = |k: usize| c.peek_at(k).is_some_and(counted_noun);
        let ranged = next.is_some_and(|n| n.text == "-" && !n.spaced())
            && c.peek_at(2)
                .is_some_and(|n| n.kind == Kind::Num && !n.spaced());
        let counted = counts(1)
            || (ranged && counts(3))
            || (c.i > 1 && futures_code(c.toks, c.i - 2))
            || leveled
            || level_reached(c.toks, c.i);
        if prev_glued
            || next_glued
            || counted
            || next.is_some_and(|n| !n.spaced() && n.text == "%")
            || (!(1800..2100).contains(&y)
                && (!told_as_year(c.toks, c.i) || counted_after_weak_link(c.toks, c.i)))
        {
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

/// Whether the figure at `k` is the level a change of a figure reached: "The Dow fell 508
/// points to 1738", "fell a record 508 Monday to 1738", "up almost 115 points to 1854" (not
/// a date a span moved to, "pushed back two years to 2030", nor a span of years, "rose 5 pct
/// from 1985 to 1986", nor a year's level, "rose 5 pct to 1990 levels").
fn level_reached(toks: &[Tok<'_>], k: usize) -> bool {
    let Some(to) = k.checked_sub(1).filter(|&p| toks[p].is("to")) else {
        return false;
    };
    let moves = |w: &str| {
        matches!(
            w,
            "rose"
                | "fell"
                | "dropped"
                | "gained"
                | "lost"
                | "climbed"
                | "slipped"
                | "declined"
                | "jumped"
                | "added"
                | "shed"
                | "eased"
                | "plunged"
                | "tumbled"
                | "soared"
                | "rallied"
                | "slid"
                | "sank"
                | "surged"
                | "up"
                | "down"
                | "off"
        )
    };
    (to.saturating_sub(6)..to).any(|f| {
        toks[f].kind == Kind::Num
            && year_token(&toks[f]).is_none()
            && (f.saturating_sub(3)..f).any(|m| moves(&toks[m].lower))
            && toks[f + 1..to].iter().all(|t| {
                t.kind == Kind::Word
                    && unit_of(&t.lower).is_none()
                    && !PREPOSITIONS.contains(&t.lower.as_ref())
            })
    }) && !toks
        .get(k + 1)
        .is_some_and(|t| t.is("level") || t.is("levels"))
}

/// Whether the figure at `k`, too early or too late for a year of the news, is told as
/// one: after a word of time, "in 1492", "since 1066", "the year 1215", "by 2100",
/// "between 1455 and 1485", or opening a span, "(1452-1519)". A figure of that size alone
/// is a count, a code or a clock of the wires: "voted 1314 to 25", "(NRDJ 1135)", "the
/// scheduled 1330 start", "Section 1110", "choice 2-4 1100-1400 lb", "(NYFQ 2146)", "a new
/// high of 2188 versus 2179".
fn told_as_year(toks: &[Tok<'_>], k: usize) -> bool {
    let span_follows = toks
        .get(k + 1)
        .is_some_and(|t| t.text == "-" && !t.spaced())
        && toks.get(k + 2).and_then(year_token).is_some();
    // (not the figure of a level: "a new high of 2188", "a total of 1250")
    let level_of = |p: usize| {
        toks[p].is("of")
            && p > 0
            && matches!(
                toks[p - 1].lower.as_ref(),
                "high"
                    | "low"
                    | "peak"
                    | "record"
                    | "total"
                    | "level"
                    | "average"
                    | "close"
                    | "figure"
            )
    };
    k.checked_sub(1).is_some_and(|p| {
        !level_of(p)
            && matches!(
                toks[p].lower.as_ref(),
                "in" | "since"
                | "from"
                | "until"
                | "till"
                | "by"
                | "before"
                | "after"
                | "of"
                | "to"
                | "through"
                | "during"
                | "between"
                | "and"
                | "or"
                | "circa"
                | "year"
                | "ad"
        ) || (toks[p].text == "(" && span_follows)
            // (the end of a span: "1452-1519")
            || (toks[p].text == "-" && p > 0 && year_token(&toks[p - 1]).is_some())
    })
}

/// Whether the figure at `k`, outside the years news names bare, counts what a word in
/// lowercase after it names, after a link that may join figures as well as years ("to",
/// "and", "or", "after", "before", a hyphen): "to 1500 campus computer users", "and 1400
/// hours", "1050-1350 lb steers" (not "In 1500 local farmers rebelled", "In 1200 the town").
fn counted_after_weak_link(toks: &[Tok<'_>], k: usize) -> bool {
    k > 0
        && matches!(
            toks[k - 1].lower.as_ref(),
            "to" | "and" | "or" | "after" | "before" | "-"
        )
        && toks
            .get(k + 1)
            .is_some_and(|n| n.is_lowercase_word() && !determiner(&n.lower))
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

/// Whether token `k` is the whole part of a decimal figure: "2" in "2.28 billion".
pub(super) fn decimal_at(toks: &[Tok<'_>], k: usize) -> bool {
    toks.get(k + 1).is_some_and(|p| p.text == ".") && inside_figure(toks, k + 1)
}

/// Whether the figure at token `k` goes on to its thousands: a comma glued between it and
/// three digits, "309,000", "3,865" (not a year glued to a day, "May 16,2019").
pub(super) fn thousands_at(toks: &[Tok<'_>], k: usize) -> bool {
    inside_figure(toks, k + 1) && toks[k + 1].text == "," && toks[k + 2].text.len() == 3
}

/// Whether the mark at token `k` is a point or a comma inside a figure, glued to digits on
/// both sides: "32.6", "1,000".
pub(super) fn inside_figure(toks: &[Tok<'_>], k: usize) -> bool {
    toks.get(k)
        .is_some_and(|t| matches!(t.text, "." | ",") && !t.spaced())
        && k > 0
        && toks[k - 1].kind == Kind::Num
        && toks
            .get(k + 1)
            .is_some_and(|n| n.kind == Kind::Num && !n.spaced())
}

/// A day of the month in digits: "16", "16th".
fn day_of_month(c: &mut Cursor<'_, '_>) -> Option<u32> {
    let t = c.peek()?;
    let d = t
        .num()
        .filter(|d| (1..=31).contains(d) && t.text.len() <= 2)?;
    // (not the whole part of a figure: "Order book at end December 2.3 billion", nor its
    // thousands in a table of prices, "September 3,865 (3,772)"; "May 16,2019" writes a
    // year)
    if decimal_at(c.toks, c.i) || thousands_at(c.toks, c.i) {
        return None;
    }
    // (nor a length glued to its unit: "the June 10-year bond futures", "April 15-day
    // forward Brent", a contract or an issue named by its month)
    if c.toks.get(c.i + 1).is_some_and(|t| t.is_glued_hyphen())
        && c.toks
            .get(c.i + 2)
            .is_some_and(|t| unit_of(&t.lower).is_some())
    {
        return None;
    }
    c.i += 1;
    c.eat_any(&["st", "nd", "rd", "th"]);
    Some(d)
}

/// A day of the month in words, as broadcasts spell it: "eighth", "twenty-first". Not an
/// ordinal of something else: "May second-quarter results", "March first time buyers".
fn spelled_day(c: &mut Cursor<'_, '_>) -> Option<u32> {
    let (d, next) = spelled_ordinal(c.toks, c.i)?;
    let after = c.toks.get(next);
    let of_something = after.is_some_and(|t| {
        t.is_glued_hyphen()
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

/// A day of the month below ten in words, as wire copy writes it: "payable April three to
/// holders", "the quarter ended March five". Only before a stop, a comma or a word that
/// goes on to another date or clause, so that "In April three people died" counts people;
/// capitalised, as the wire writes it too, anywhere ("the five weeks ended April Four were
/// up 12.7 pct").
fn wire_day(c: &mut Cursor<'_, '_>) -> Option<u32> {
    let word = c.peek()?;
    let d = unit_word(&word.lower).filter(|n| (1.0..=9.0).contains(n))? as u32;
    let capitalised = word.is_capitalised();
    // (and after "ended" or "ending" before the month, which closes a period on a day:
    // "sales for the five weeks ended April four were up")
    let month = (c.i - 1).saturating_sub(usize::from(c.toks[c.i - 1].text == "."));
    let closes = month > 0 && matches!(c.toks[month - 1].lower.as_ref(), "ended" | "ending");
    let ends = capitalised
        || closes
        || c.peek_at(1).is_none_or(|t| {
            matches!(t.text, "." | "," | ";" | ":" | ")")
                || matches!(
                    t.lower.as_ref(),
                    "to" | "through"
                        | "until"
                        | "unless"
                        | "from"
                        | "at"
                        | "by"
                        | "when"
                        | "after"
                        | "before"
                )
                || (t.is("and") || t.is("or"))
                    && c.peek_at(2).is_some_and(|n| month_of(&n.lower).is_some())
                // ("debentures due February one 2007")
                || year_token(t).is_some_and(|y| (1800..2100).contains(&y))
        })
        || counts_nothing(c.toks, month, c.i, d);
    if !ends {
        return None;
    }
    c.i += 1;
    Some(d)
}

/// Whether the number word at `k`, after the month at `month`, counts nothing, so that it
/// is the day, in wire copy that writes days in words: "redemption on May four all its
/// shares", "at the May six meeting", "by the June eight record date", "make its July one
/// interest payment", "by an April one deadline". Not after a month that a period word
/// holds ("In April three people died", "during May two banks failed"), not before a
/// compound or a plural ("by April two banks had failed", "the March two-for-one split"),
/// and "one" only before a word that no count goes on to, or after an article ("By June
/// one analyst said").
fn counts_nothing(toks: &[Tok<'_>], month: usize, k: usize, day: u32) -> bool {
    let Some(before) = month.checked_sub(1).map(|p| &toks[p]) else {
        return false;
    };
    let held = matches!(
        before.lower.as_ref(),
        "in" | "during" | "throughout" | "of" | "for" | "early" | "late" | "mid"
    );
    let Some(next) = toks.get(k + 1) else {
        return false;
    };
    if held || before.kind != Kind::Word || next.kind != Kind::Word {
        return false;
    }
    let article = matches!(
        before.lower.as_ref(),
        "the" | "a" | "an" | "its" | "their" | "his" | "her"
    );
    let word = next.lower.as_ref();
    let closed = matches!(
        word,
        "and"
            | "or"
            | "but"
            | "the"
            | "its"
            | "a"
            | "an"
            | "will"
            | "would"
            | "with"
            | "as"
            | "all"
            | "instead"
            | "last"
            | "this"
            | "next"
            | "under"
            | "put"
            | "if"
    );
    let plural = (word.len() > 3
        && word.ends_with('s')
        && !matches!(word, "this" | "thus" | "plus" | "unless" | "versus"))
        || matches!(
            word,
            "people" | "men" | "women" | "children" | "police" | "cattle" | "staff"
        );
    closed || (day > 1 || article) && !plural && unit_of(word).is_none()
}

/// The offset "last", "this" or "next" gives a period: -1, 0, 1.
pub(super) fn this_last_next(word: &str) -> Option<i32> {
    match word {
        "last" => Some(-1),
        "this" => Some(0),
        "next" => Some(1),
        _ => None,
    }
}

/// "last year", "this year", "next year" after a month: the year it is in, relative to the
/// anchor's.
pub(super) fn year_offset_after(c: &mut Cursor<'_, '_>) -> Option<i32> {
    // "April of last year"; "after March 31, next year." set off by a comma when the year
    // closes its clause (not "in March, last year's figures showed", nor "In March, last
    // year he was named")
    let comma = c.peek().is_some_and(|t| t.text == ",");
    let of = usize::from(comma || c.peek().is_some_and(|t| t.is("of")));
    let word = &c.peek_at(of)?.lower;
    let offset = this_last_next(word).or((word == "previous").then_some(-1))?;
    if !c.peek_at(of + 1).is_some_and(|t| t.is("year"))
        || (comma
            && c.peek_at(of + 2).is_some_and(|t| {
                t.kind != Kind::Punct || t.is_apostrophe() || matches!(t.text, "-" | "/")
            }))
    {
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
        (1, "following" | "next" | "subsequent") => 1,
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
pub(super) fn year_after(c: &mut Cursor<'_, '_>) -> Option<i32> {
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
    // (a figure too early or too late for a year of the news only after a name written
    // out in full, "October 1492", or after "of": "Dec 1403  Mar 2901", "HARD RED WINTER
    // 1639    1635" are the months and rows of the wires' tables)
    let short_form =
        |w: &str| w.len() <= 4 && month_of(w).is_some() && !matches!(w, "may" | "june" | "july");
    let written_out = |t: &Tok<'_>| {
        t.is("of")
            || t.text == ","
            || (t.text.starts_with(|ch: char| ch.is_ascii_uppercase())
                && t.text[1..].chars().all(|ch| ch.is_ascii_lowercase())
                && !short_form(&t.lower))
    };
    if let Some(y) = c.peek().and_then(year_token)
        && ((1800..2100).contains(&y)
            || c.i.checked_sub(1).is_some_and(|p| written_out(&c.toks[p])))
    {
        c.i += 1;
        return Some(y);
    }
    if c.peek().is_some_and(|t| t.is_apostrophe())
        && let Some(n) = c
            .peek_at(1)
            .filter(|t| t.text.len() == 2 && !t.spaced())
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

/// The year written at the cursor, read with the edge of the year just before it: "at year
/// end 1986", "by mid-year 1988".
pub(super) fn edge_of_year_written(c: &mut Cursor<'_, '_>, edge: Mod) -> Option<Expr> {
    let y = c.peek().and_then(year_token)?;
    c.i += 1;
    Some(Expr {
        core: Core::Cal {
            year: Some(y),
            month: None,
            day: None,
        },
        modifier: Some(edge),
    })
}

pub(super) fn year_token(t: &Tok<'_>) -> Option<i32> {
    if t.kind == Kind::Num && t.text.len() == 4 {
        let y: i32 = t.text.parse().ok()?;
        (1000..=2199).contains(&y).then_some(y)
    } else {
        None
    }
}

/// Whether the month name at `k` is part of a person's name: after a title ("Gov. Jan
/// Brewer", "Reporter April Ryan", "Prime Minister Theresa May"), or next to another name
/// with a verb of saying or a possessive after the two ("Theresa May said", "Jan Egeland's
/// office"). A name-like word alone beside a month is not enough: "New York May price",
/// "Pay April One", "March Illinois River" are months. Once the text has named the person,
/// the word alone is the name too ("May postponed the vote", "May's government"), unless
/// a preposition or "early", "last" and the like make it a time ("in May").
fn first_or_last_name(toks: &[Tok<'_>], k: usize) -> bool {
    let before = |j: usize| (j > 0).then(|| toks[j - 1].lower.as_ref());
    // (nor "But January's sales", "In March Ecuador said", "the year to end-September
    // Rogers' income")
    let person = |j: usize| {
        !(joined_to_time(toks, j)
            || matches!(before(j), Some("but" | "so" | "yet" | "then" | "also")))
            && named_person(toks, j)
    };
    // (the word alone before a verb or a possessive, not after an article: "the May
    // elections"; a month that is also a first name or a surname; the person named in the
    // 2,000 words before, an article's length, so that a long text costs no more per word)
    person(k)
        || (matches!(toks[k].text, "April" | "May" | "June" | "August")
            && !(joined_to_time(toks, k) || before(k).is_some_and(determiner))
            && toks
                .get(k + 1)
                .is_some_and(|t| t.is_lowercase_word() || t.is_apostrophe())
            && (k.saturating_sub(2000)..k).any(|j| toks[j].text == toks[k].text && person(j)))
}

/// Whether the short month at `k`, in capitals among words that are not, is an acronym:
/// "Digital Equipment Corp (DEC)", "low APR financing", "Societe Europeenne de Propulsion
/// (SEP)"; not a month of a table of contracts, with its figures after it or other months
/// near it in capitals ("JLY 936 5362 off 39 AUG 213 1421 up 104", "the JAN-MAR period"),
/// nor a month of a text in capitals ("5 UNDER NOV - UNC"). The acronym named again, or a
/// month written as words are near it, leaves it one ("a threat to DEC, nor DEC as a
/// threat to IBM", "The Arianespace-SEP statement said that during a test on March 23").
fn acronym_in_capitals(toks: &[Tok<'_>], k: usize) -> bool {
    let t = &toks[k];
    let from = k.saturating_sub(8);
    let near = &toks[from..toks.len().min(k + 9)];
    (3..=4).contains(&t.text.len())
        && t.text.bytes().all(|b| b.is_ascii_uppercase())
        && !matches!(t.text, "MAY" | "JUNE" | "JULY")
        && toks.get(k + 1).is_some_and(|n| n.kind != Kind::Num)
        && near.iter().any(|n| {
            n.kind == Kind::Word
                && n.text.len() >= 3
                && n.text.bytes().any(|b| b.is_ascii_lowercase())
        })
        && !near.iter().any(|n| {
            n.text != t.text
                && n.text.bytes().all(|b| b.is_ascii_uppercase())
                && month_named(n).is_some()
        })
}

/// Whether the word before `k` makes it a time ("in May", "early May", "April and May").
fn joined_to_time(toks: &[Tok<'_>], k: usize) -> bool {
    k > 0
        && (PREPOSITIONS.contains(&toks[k - 1].lower.as_ref())
            || matches!(
                toks[k - 1].lower.as_ref(),
                "-" | "and" | "or" | "early" | "late" | "mid" | "last" | "next" | "this"
            ))
}

/// The signals of [`first_or_last_name`] at the word `k` itself.
fn named_person(toks: &[Tok<'_>], k: usize) -> bool {
    let titled = |j: usize| {
        let t = &toks[j];
        matches!(
            t.text,
            "Gov"
                | "Sen"
                | "Rep"
                | "Mr"
                | "Mrs"
                | "Ms"
                | "Dr"
                | "Prof"
                | "Gen"
                | "Lt"
                | "President"
                | "Minister"
                | "Secretary"
                | "Chancellor"
                | "Judge"
                | "Justice"
                | "Mayor"
                | "Governor"
                | "Senator"
                | "Reporter"
                | "Actress"
                | "Actor"
                | "Singer"
                | "Rev"
                | "Sister"
                | "Lady"
                | "Sir"
                | "Dame"
                // (a role before a name, written small: "White House correspondent April
                // Ryan", "analyst June Page")
                | "correspondent"
                | "reporter"
                | "analyst"
                | "economist"
                | "spokeswoman"
                | "spokesman"
                | "columnist"
        )
    };
    let title_at = |j: usize| {
        titled(j) || (j > 0 && toks[j].text == "." && !toks[j].spaced() && titled(j - 1))
    };
    let name = |t: &Tok<'_>| {
        name_word(t)
            && t.text.chars().nth(1).is_some_and(char::is_lowercase)
            && !PREPOSITIONS.contains(&t.lower.as_ref())
            && !determiner(&t.lower)
    };
    let speaks = |j: usize| {
        toks.get(j).is_some_and(|t| {
            matches!(
                t.lower.as_ref(),
                "said"
                    | "says"
                    | "told"
                    | "wrote"
                    | "writes"
                    | "added"
                    | "asked"
                    | "asks"
                    | "argued"
                    | "noted"
                    | "warned"
                    | "explained"
                    | "replied"
                    | "insisted"
                    | "tweeted"
            ) || t.is_apostrophe()
        })
    };
    let opens = k == 0 || ends_sentence(toks, k - 1);
    // the title, or a title and a first name
    let title = k > 0 && (title_at(k - 1) || (k > 1 && name(&toks[k - 1]) && title_at(k - 2)));
    // (a surname may run on in more names and the particles of one: "Jan de Vries said",
    // "Jan Kees van Bergen said")
    let mut after = k + 1;
    while toks.get(after).is_some_and(|t| {
        t.spaced()
            && (name(t)
                || (matches!(
                    t.text,
                    "de" | "van" | "von" | "der" | "den" | "da" | "di" | "du"
                ) && toks.get(after + 1).is_some_and(name)))
    }) {
        after += 1;
    }
    // (or after a first name a verb of saying comes before, the name closed by a comma or
    // a stop: "said Richard May, senior analyst at Barclays")
    let said_before = k >= 2
        && name(&toks[k - 1])
        && speaks(k - 2)
        && !toks[k - 2].is_apostrophe()
        && toks
            .get(after)
            .is_none_or(|t| t.text == "," || t.text == ".");
    // (or after a first name, set off by a comma before the post the person holds or
    // "who": "Also, Bill May, chairman of ARGOSystems", "Kenneth May, President of Holly
    // Farms", "Theresa May, who")
    let post = || {
        toks.get(after).is_some_and(|t| t.text == ",")
            && toks.get(after + 1).is_some_and(|t| {
                matches!(
                    t.lower.as_ref(),
                    "who"
                        | "chairman"
                        | "chairwoman"
                        | "president"
                        | "chief"
                        | "director"
                        | "head"
                        | "founder"
                        | "spokesman"
                        | "spokeswoman"
                        | "secretary"
                        | "minister"
                        | "governor"
                        | "professor"
                        | "editor"
                        | "analyst"
                        | "economist"
                )
            })
    };
    title
        || (!opens && name(&toks[k - 1]) && (speaks(k + 1) || post()))
        || (after > k + 1 && speaks(after))
        || said_before
}

/// Whether a figure before `t` counts it: "2013 votes", "1990 employees", "200 billion".
fn counted_noun(t: &Tok<'_>) -> bool {
    COUNTED.contains(&t.lower.as_ref()) || scale_word(&t.lower).is_some()
}

/// Things a number before them counts: "2013 votes", "1750 tonnes" are no years; nor is a
/// figure before a unit of the wires' tables: "rose 200 to 1440 yen", "choice 3 near 1225
/// lbs" (nor before its magnitude, "rose 1160 billion lire", which `scale_word` knows).
pub(super) const COUNTED: &[&str] = &[
    "pct",
    "percent",
    "yen",
    "lire",
    "lbs",
    "lb",
    "hours",
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
pub(super) fn numeric_date(c: &mut Cursor<'_, '_>) -> Option<Expr> {
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
        .filter(|t| !t.spaced() && matches!(t.text, "-" | "/" | "."))?
        .text;
    let glued = |k: usize| c.peek_at(k).filter(|t| !t.spaced());
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
    let b = c.peek_at(2).filter(|t| !t.spaced())?.num()?;
    let has_third = c.peek_at(3).is_some_and(|t| !t.spaced() && t.text == sep)
        && c.peek_at(4)
            .is_some_and(|t| !t.spaced() && t.kind == Kind::Num);
    // "2019-05-16", "2013/03/14": the year first
    if a.text.len() == 4 {
        let y = year_token(&a)?;
        if sep == "-" && (!(1..=12).contains(&b) || c.peek_at(2)?.text.len() != 2) {
            return None;
        }
        if has_third {
            let d = c.peek_at(4)?.num()?;
            let day = whole_day(c, y, b, d)?;
            return match iso_clock(c) {
                Some((hour, minute, second)) => plain(Core::Clock {
                    hour,
                    minute,
                    second,
                    day: Some(Box::new(day)),
                }),
                None => Some(day),
            };
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
    // "since 9/11", "post-9/11": the attacks the day names, in 2001 (a day and month with
    // a slash and no year are no date otherwise; not a fraction, "5 9/11", nor in a name,
    // "the 9/11 Commission")
    let fraction = c.i > 0 && c.toks[c.i - 1].kind == Kind::Num;
    let named = c
        .peek_at(3)
        .is_some_and(|t| t.kind == Kind::Word && t.is_capitalised());
    if sep == "/"
        && a.text == "9"
        && c.peek_at(2).is_some_and(|t| t.text == "11")
        && !has_third
        && !fraction
        && !named
        && glued(3).is_none_or(|t| t.kind == Kind::Punct && t.text != "/")
    {
        c.i += 3;
        return plain(Core::Cal {
            year: Some(2001),
            month: Some(9),
            day: Some(11),
        });
    }
    None
}

/// The clock of an ISO 8601 timestamp after its day, glued by "T" or after a space:
/// "T10:00" of "2019-12-01T10:00:00Z", "14:05:33" of "2013-03-21 14:05:33", and its seconds
/// (the zone is read past, as a clock's zone is).
fn iso_clock(c: &mut Cursor<'_, '_>) -> Option<(u32, u32, Option<u32>)> {
    let toks = &c.toks[c.i..];
    let glued = |k: usize| toks.get(k).filter(|t| !t.spaced());
    let is = |k: usize, s: &str| glued(k).is_some_and(|t| t.text == s);
    // (where the hour is: after the "T", or first, after the space)
    let at = if is(0, "T") {
        1
    } else if toks
        .first()
        .is_some_and(|t| t.spaced() && t.kind == Kind::Num)
    {
        0
    } else {
        return None;
    };
    let two = |k: usize| {
        toks.get(k)
            .filter(|t| k == at || !t.spaced())
            .filter(|t| t.text.len() == 2)
            .and_then(|t| t.num())
    };
    if !is(at + 1, ":") {
        return None;
    }
    let (hour, minute) = (
        two(at).filter(|&h| h < 24)?,
        two(at + 2).filter(|&m| m < 60)?,
    );
    let second = two(at + 4).filter(|&s| is(at + 3, ":") && s < 60);
    let seconds = if second.is_some() { 2 } else { 0 };
    let zone = usize::from(is(at + 3 + seconds, "Z"));
    c.i += at + 3 + seconds + zone;
    Some((hour, minute, second))
}

/// "the year 2000", "the year two thousand", "the month of February": a year or month
/// with the word for its unit before it, tagged whole.
pub(super) fn with_its_unit(c: &mut Cursor<'_, '_>) -> Option<Expr> {
    c.eat("the");
    let year = match c.peek()?.lower.as_ref() {
        "year" => true,
        "month" if c.peek_at(1).is_some_and(|t| t.is("of")) => false,
        _ => return None,
    };
    c.i += if year { 1 } else { 2 };
    // "by the year 2,000": a year written as a figure, as the number reader reads it
    // ("2,000", not "2,000,000" or "2,000.5")
    if year
        && c.peek().is_some_and(|t| t.kind == Kind::Num)
        && c.peek().and_then(year_token).is_none()
    {
        let n = crate::values::spoken::number(c.toks, c.i)
            .filter(|n| !n.words && n.decimals == 0 && (1000.0..3000.0).contains(&n.value))?;
        c.i = n.end;
        return plain(Core::Cal {
            year: Some(n.value as i32),
            month: None,
            day: None,
        });
    }
    // (`parse_at` keeps it to its row: "in prior year\n    1986 year excludes"; a year
    // that runs on, "coffee year 1986/87", has its second year tagged by `tag_tokens`)
    let (end, expr) = parse_at(c.toks, c.i)?;
    let fits = expr.modifier.is_none()
        && match expr.core {
            Core::Cal {
                year: Some(_),
                month: None,
                day: None,
            } => year,
            Core::Cal {
                month: Some(_),
                day: None,
                ..
            } => !year,
            _ => false,
        };
    c.i = end;
    fits.then_some(expr)
}

/// `nineteen ninety-six`, `two thousand` (and after its unit, "the year two thousand", by
/// [`with_its_unit`]).
pub(super) fn spelled_year(c: &mut Cursor<'_, '_>) -> Option<Expr> {
    let start = c.i;
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
    // ("nineteen ninety-six", and in a transcript "nineteen ninety six")
    let save = c.i;
    let hyphen = c.eat_glued("-");
    if (hyphen || tens % 10.0 == 0.0)
        && let Some(n) = c
            .peek()
            .and_then(|t| small_number(&t.lower))
            .filter(|n| (1.0..10.0).contains(n))
    {
        c.i += 1;
        year += n as i32;
    } else {
        c.i = save;
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

/// A verb, or an adverb before one, that often follows the modal "may": "have", "not",
/// "face", "put" (not a noun a month names, "the May decline").
fn modal_verb(word: &str) -> bool {
    matches!(
        word,
        "have"
            | "not"
            | "also"
            | "still"
            | "well"
            | "soon"
            | "need"
            | "face"
            | "put"
            | "take"
            | "become"
            | "lose"
            | "help"
            | "want"
            | "seek"
            | "prove"
            | "reach"
            | "remain"
            | "continue"
            | "get"
            | "make"
            | "see"
            | "force"
            | "lead"
            | "allow"
            | "try"
            | "decide"
            | "choose"
    )
}
