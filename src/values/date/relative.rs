//! Expressions counted from the anchor: `yesterday`, `last week`, `two years ago`, `the
//! past year`, `in recent months`, and the words for the present, past and future.

use super::*;

/// Whether "early", "mid" or "late" stands before token `k` ("mid-" glued to it too).
fn after_edge(toks: &[Tok<'_>], k: usize) -> bool {
    let word = k
        .checked_sub(1 + usize::from(k > 0 && toks[k - 1].is_glued_hyphen()))
        .map(|w| toks[w].lower.as_ref());
    matches!(word, Some("early" | "mid" | "late"))
}

/// `today`, `yesterday`, `this week`, `last month`, `next year`, `the past year`.
pub(super) fn relative(c: &mut Cursor<'_, '_>) -> Option<Expr> {
    let t = c.peek()?.clone();
    // "afternoon yesterday", "morning on Thursday" after "early", "mid" or "late", which
    // `modified` reads as its edge ("mid-afternoon yesterday", "late morning"): a part of
    // the day, of the publication date unless a day follows
    if let Some(part) = part_of_day(&t.lower)
        && after_edge(c.toks, c.i)
    {
        c.i += 1;
        let offset = match c.peek().map(|t| t.lower.as_ref()) {
            Some("yesterday") => -1,
            Some("tomorrow") => 1,
            Some("today") => 0,
            // ("mid-afternoon on Thursday", "late morning March 5": of the day named after
            // it)
            _ => {
                return part_of_day_on(c, c.i, part)
                    .or_else(|| plain(Core::PartOfDay { offset: 0, part }));
            }
        };
        c.i += 1;
        return plain(Core::PartOfDay { offset, part });
    }
    // "the day before yesterday", "the day after tomorrow"; "the week before last", "the
    // year after next"
    if t.is("the")
        && let Some(unit) = c.peek_at(1).and_then(|u| match u.lower.as_ref() {
            "day" => Some(Unit::Day),
            "week" => Some(Unit::Week),
            "weekend" => Some(Unit::Weekend),
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
    // "overnight Tuesday", "overnight on Tuesday": that day's night
    if t.is("overnight")
        && let Some(e) = part_of_day_on(c, c.i + 1, "NI")
    {
        return Some(e);
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
        "overnight" if tonight(c) => Some(Core::PartOfDay {
            offset: 0,
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
        "upcoming",
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
        Some(w) => match w {
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
    let offset = if c.toks[c.i - 1].is("this") {
        past_or_coming(c).unwrap_or(offset)
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
    // "over the next decade", "within the coming decade", read in 2025: the ten years
    // from now, a length, not the 2030s (as "the next three years" is a length; "by the end
    // of the next decade", "early next decade", "early in the next decade" stay the decade
    // on the calendar)
    if unit == Unit::Decade
        && offset == 1
        && the
        && save > 0
        && matches!(
            c.toks[save - 1].lower.as_ref(),
            "over" | "within" | "during" | "throughout" | "for" | "in" | "across"
        )
        && !(save > 1
            && matches!(
                c.toks[save - 2].lower.as_ref(),
                "early" | "late" | "mid" | "later" | "earlier"
            ))
    {
        c.i += 1;
        return plain(Core::Duration {
            unit,
            amount: Some(1.0),
        });
    }
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
    // "will report full year 1986 net income", "for the whole year 1986": the year written
    // after it (it was the publication's year, and the year apart)
    if unit == Unit::Year
        && matches!(c.toks[c.i - 2].lower.as_ref(), "full" | "whole")
        && let Some(year) = c.peek().and_then(year_token)
    {
        c.i += 1;
        return plain(Core::Cal {
            year: Some(year),
            month: None,
            day: None,
        });
    }
    // "the coming weekend", "this coming weekend", "the upcoming weekend": the next one to
    // come, tomorrow's when read on a Friday (not the one after it, as "next weekend" is)
    if unit == Unit::Weekend
        && offset == 1
        && matches!(c.toks[c.i - 2].lower.as_ref(), "coming" | "upcoming")
    {
        return plain(Core::Ahead(unit));
    }
    // "in the past year and a half": a period, not last year
    if offset == -1 && and_a_half(c) {
        return plain(Core::Duration {
            unit,
            amount: Some(1.5),
        });
    }
    plain(Core::Relative { unit, offset })
}

pub(super) fn part_of_day(word: &str) -> Option<&'static str> {
    Some(match word {
        "morning" => "MO",
        "afternoon" => "AF",
        "evening" => "EV",
        "night" => "NI",
        _ => return None,
    })
}

/// An hour of a twelve-hour clock, in figures or words: "7", "eight".
pub(super) fn hour_of_twelve(t: &Tok<'_>) -> Option<u32> {
    t.num()
        .filter(|_| t.text.len() <= 2)
        .or_else(|| small_number(&t.lower).map(|n| n as u32))
        .filter(|h| (1..=12).contains(h))
}

/// A time zone written after a clock time.
pub(super) fn is_zone(word: &str) -> bool {
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
pub(super) fn parts_of_day(word: &str) -> Option<&'static str> {
    word.strip_suffix('s').and_then(part_of_day)
}

/// `two weeks ago`, `three years`, `a decade`, `the past two months`, `several years`.
pub(super) fn shifted_or_duration(c: &mut Cursor<'_, '_>) -> Option<Expr> {
    let save = c.i;
    // "will one day be" is some day to come (see `reference_word`), not a day's length
    if one_day_to_come(c) {
        return None;
    }
    let the = c.peek().is_some_and(|t| t.is("the"));
    let (past, ahead) = if c.eat("the") {
        // ("the trailing 12 months", a company's figures for the year to its last quarter)
        // ("the prior three years", "the preceding two months", "the following three weeks")
        match c.eat_any(&[
            "past",
            "last",
            "next",
            "previous",
            "first",
            "coming",
            "upcoming",
            "final",
            "trailing",
            "prior",
            "preceding",
            "following",
        ]) {
            Some("past" | "last" | "previous" | "final" | "trailing" | "prior" | "preceding") => {
                (true, false)
            }
            Some(_) => (false, true),
            None => (false, false),
        }
    } else {
        (false, false)
    };
    let t = c.peek()?.clone();
    // "half an hour", "half a century", "a half hour", "the next half hour", "a half-hour
    // show", "a quarter century", "a quarter of an hour": written in the next smaller unit
    // (not "the half year", a period)
    let article = usize::from(t.is("a") && !the);
    let part = c
        .peek_at(article)
        .and_then(|f| ["half", "quarter"].into_iter().find(|&w| f.is(w)));
    let smaller = |t: &Tok<'_>| match (part, t.lower.as_ref()) {
        (Some("half"), "century") => Some((Unit::Year, 50.0)),
        (Some("half"), "decade") => Some((Unit::Year, 5.0)),
        (Some("half"), "year") => Some((Unit::Month, 6.0)),
        (Some("half"), "day") => Some((Unit::Hour, 12.0)),
        (Some("half"), "hour") => Some((Unit::Minute, 30.0)),
        (Some("quarter"), "century") => Some((Unit::Year, 25.0)),
        (Some("quarter"), "hour") => Some((Unit::Minute, 15.0)),
        _ => None,
    };
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
    // "three quarters of an hour", "three-quarters of a century": three of the quarters
    // above (not "three quarters of the total")
    if !the && t.is("three") {
        let hyphen = usize::from(c.peek_at(1).is_some_and(|t| t.is_glued_hyphen()));
        let in_three_quarters = |t: &Tok<'_>| match t.lower.as_ref() {
            "century" => Some((Unit::Year, 75.0)),
            "year" => Some((Unit::Month, 9.0)),
            "hour" => Some((Unit::Minute, 45.0)),
            _ => None,
        };
        if c.peek_at(1 + hyphen).is_some_and(|t| t.is("quarters"))
            && c.peek_at(2 + hyphen).is_some_and(|t| t.is("of"))
            && c.peek_at(3 + hyphen)
                .is_some_and(|t| t.is("a") || t.is("an"))
            && let Some((unit, amount)) = c.peek_at(4 + hyphen).and_then(in_three_quarters)
        {
            c.i += 5 + hyphen;
            return plain(Core::Duration {
                unit,
                amount: Some(amount),
            });
        }
    }
    let half = if part.is_none() || (the && !past && !ahead) || part_of_count || ordinal {
        None
    } else if article == 0 && c.peek_at(1).is_some_and(|t| t.is("a") || t.is("an")) {
        c.peek_at(2)
            .filter(|_| !past && !ahead)
            .and_then(smaller)
            .map(|h| (h, 3))
    } else {
        let hyphen = c.peek_at(article + 1).is_some_and(|t| t.is_glued_hyphen());
        // "a quarter of a century", "a quarter of an hour"
        let of_a = article == 1
            && !hyphen
            && c.peek_at(2).is_some_and(|t| t.is("of"))
            && c.peek_at(3).is_some_and(|t| t.is("a") || t.is("an"));
        let at = article + 1 + usize::from(hyphen) + 2 * usize::from(of_a);
        c.peek_at(at).and_then(smaller).map(|h| (h, at + 1))
    };
    if let Some(((unit, amount), words)) = half {
        c.i += words;
        // "half a century ago"
        if eat_ago(c, save) {
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
    } else if t.is("half")
        && c.peek_at(1).is_some_and(|t| t.is("a"))
        && c.peek_at(2).is_some_and(|t| t.is("dozen"))
    {
        // "half a dozen years ago"
        c.i += 3;
        Some(6.0)
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
                .is_some_and(|t| t.text == "," && !t.spaced())
            && let Some(g) = c
                .peek_at(2 * groups + 1)
                .filter(|t| !t.spaced() && t.text.len() == 3)
                .and_then(Tok::num)
        {
            whole = whole * 1000 + g;
            groups += 1;
        }
        let unit_follows = || match c.peek_at(2 * groups) {
            Some(t) if t.is_glued_hyphen() => true,
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
                    && !dot.spaced()
                    && !frac.spaced()
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
            && c.peek().is_some_and(|t| t.is_glued_hyphen())
            && let Some(m) = unit_after(c, 1)
        {
            c.i += 2;
            Some(n + m)
        } else if tens && let Some(m) = unit_after(c, 0) {
            // "twenty four hours"
            c.i += 1;
            Some(n + m)
        } else if n < 10.0 && c.peek().is_some_and(|t| t.is("hundred") || t.is("dozen")) {
            // "a hundred years", "two hundred years", "a dozen years" (it read "hundred
            // years" alone, P100Y for two hundred)
            let scale = if c.peek().is_some_and(|t| t.is("hundred")) {
                100.0
            } else {
                12.0
            };
            c.i += 1;
            Some(n * scale)
        } else {
            Some(n)
        }
    } else if t.is("another")
        && !the
        && c.peek_at(1).is_some_and(|u| {
            unit_of(&u.lower).is_some() && !u.lower.ends_with('s') && !u.is("weekend")
        })
        && !named_after_copula(c.toks, c.i)
    {
        // "for at least another year", "could last another month": one more of the unit
        // (a count after it is read alone: "another two weeks" is "two weeks"; and a
        // period a copula names is no length: "1987 will be another year of strong
        // earnings growth", "was just another day for some")
        c.i += 1;
        Some(1.0)
    } else if !the && unit_of_the_wires_ago(c.toks, c.i) {
        // "versus 294,000 week ago and 317,000 a year ago", "up from year ago 540.9 mln":
        // the wire's "week ago", "year ago" without its article is one unit back
        Some(1.0)
    } else if (past || ahead) && t.is("fortnight") {
        // "the past fortnight": one, of two weeks
        Some(1.0)
    } else if matches!(t.lower.as_ref(), "several" | "few" | "some" | "many") {
        c.i += 1;
        as_many(c.toks, c.i - 1)
    } else {
        c.i = save;
        return None;
    };
    let mut amount = amount;
    // "2 1/2 years", "2-1/2 years" (the wire's way), "two and a half years"
    if let Some(n) = amount.as_mut() {
        let hyphen = c.peek().is_some_and(|t| t.is_glued_hyphen())
            && c.peek_at(1)
                .is_some_and(|t| !t.spaced() && t.num().is_some());
        let k = usize::from(hyphen);
        if let (Some(a), Some(slash), Some(b)) = (c.peek_at(k), c.peek_at(k + 1), c.peek_at(k + 2))
            && (a.spaced() || hyphen)
            && slash.text == "/"
            && !slash.spaced()
            && !b.spaced()
            && let (Some(a), Some(b)) = (a.num(), b.num())
            && a < b
        {
            *n += a as f64 / b as f64;
            c.i += k + 3;
        } else if and_a_half(c) {
            *n += 0.5;
        }
        // "two to three weeks", "five or six years": a range of counts, read at its lower
        // count ("at least", or "about" after "or": `tag_tokens` sets the mod)
        // (not "from nine to seven days", two lengths)
        if c.peek().is_some_and(|t| t.is("to") || t.is("or"))
            && c.peek_at(1).and_then(count_of).is_some_and(|m| m > *n)
            && c.peek_at(2).is_some_and(|u| unit_of(&u.lower).is_some())
        {
            c.i += 2;
        }
    }
    // ("a couple of days", "a few weeks" are no rate)
    let article = (t.is("a") || t.is("an"))
        && !c.toks[save..c.i]
            .iter()
            .any(|t| t.is("couple") || t.is("few"));
    let hyphen = c.eat_glued("-");
    // "the 24-hour strike": the article goes with the strike, the time is "24-hour"; so
    // in "the three month average", where a count above one before a unit in the singular
    // makes it a modifier
    let modifier = amount.is_some_and(|n| n > 1.0)
        && c.peek()
            .is_some_and(|u| unit_of(&u.lower).is_some() && !u.lower.ends_with('s'));
    if the && (hyphen || modifier) && !past && !ahead {
        c.i = save;
        return None;
    }
    // "20 more years", "an additional year", "a further month", "six consecutive months";
    // "the three prior years", "the two preceding months"
    if amount.is_some()
        && c.peek().is_some_and(|t| {
            matches!(
                t.lower.as_ref(),
                "more"
                    | "additional"
                    | "extra"
                    | "further"
                    | "consecutive"
                    | "straight"
                    | "successive"
            ) || (the
                && matches!(
                    t.lower.as_ref(),
                    "prior" | "previous" | "preceding" | "following" | "past" | "last" | "next"
                ))
        })
        && c.peek_at(1).is_some_and(|t| unit_of(&t.lower).is_some())
    {
        c.i += 1;
    }
    // "eight trading days", "ten business days"; "the next two fiscal years", "three
    // fiscal quarters" (a length of the company's years, as long as the calendar's): a
    // kind of the unit between the count and it
    if amount.is_some()
        && let (Some(kind), Some(u)) = (c.peek(), c.peek_at(1))
        && match kind.lower.as_ref() {
            "trading" | "business" | "working" | "calendar" => u.is("days"),
            "fiscal" => matches!(u.lower.as_ref(), "year" | "years" | "quarter" | "quarters"),
            _ => false,
        }
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
    // A count of quarters is a fraction when joined by a hyphen ("one-quarter of the
    // total", "three-quarters", not "a six-quarter delay"), before a measure ("a quarter
    // percentage point", "one quarter share", "two and three-quarter times"), of
    // something named ("one quarter of Uganda's crop") or the subject of a verb; "in some
    // quarters" are people
    let share = || {
        (hyphen && (ut.lower.ends_with('s') || matches!(amount, Some(1.0 | 3.0))))
            || c.peek_at(1).is_some_and(|t| {
                matches!(
                    t.lower.as_ref(),
                    "point" | "points" | "percentage" | "share" | "shares" | "times" | "full"
                )
            })
            || (c.peek_at(1).is_some_and(|t| t.is("of"))
                && c.peek_at(2)
                    .is_some_and(|t| t.is_capitalised() && month_of(&t.lower).is_none()))
            || (t.is("some") && save > 0 && c.toks[save - 1].is("in"))
            // ("about a quarter had been cleared to return to service": the subject of a
            // verb, a share of what was named before)
            || c.peek_at(1).is_some_and(|t| {
                matches!(t.lower.as_ref(), "had" | "were" | "are" | "have")
            })
    };
    if unit == Unit::Quarter && !past && !ahead && (of_something || share()) {
        return None;
    }
    c.i += 1;
    // "more than a quarter of the shares" is a share ("a quarter of a century" is read
    // with the halves, above)
    if article && unit == Unit::Quarter && c.peek().is_some_and(|t| t.is("of")) {
        return None;
    }
    // "Mr. Schwarz, 52 years old", "a 23-year-old man", "a 136-year-old institution": an
    // age, not a time, as TimeBank leaves them ("an 8-month-old truce" has lasted eight
    // months)
    let aged = c.peek().is_some_and(|t| t.is_glued_hyphen())
        && c.peek_at(1).is_some_and(|t| t.is("old") && !t.spaced());
    // (and "two years older than", "five years his junior": a difference of ages)
    let junior = || {
        c.peek_at(1)
            .is_some_and(|t| t.is("junior") || t.is("senior"))
    };
    if c.peek().is_some_and(|t| {
        matches!(t.lower.as_ref(), "old" | "older" | "younger")
            || (matches!(t.lower.as_ref(), "his" | "her" | "their") && junior())
    }) || (aged && unit == Unit::Year)
    {
        return None;
    }
    // (the age is the whole word: "8-month-old")
    if aged {
        c.i += 2;
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
    // "three hours and nine minutes", "two years and six months": one length, whose part
    // in the next smaller unit is a fraction of this one (PT3H9M, P2Y6M)
    if let Some(n) = amount.as_mut()
        && n.fract() == 0.0
        && !and_half
        && let Some((per, sub)) = unit.smaller()
        && c.peek().is_some_and(|t| t.is("and"))
        && let Some(m) = c
            .peek_at(1)
            .and_then(count_of)
            .filter(|m| m.fract() == 0.0 && (1.0..per).contains(m))
        && c.peek_at(2).is_some_and(|t| unit_of(&t.lower) == Some(sub))
    {
        *n += m / per;
        c.i += 3;
    }
    // "several years ago", "the past few months": the past, without a number to count back.
    if amount.is_none() && (eat_ago(c, save) || past) {
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
        if eat_ago(c, save) {
            let this = |u: &str| {
                c.peek().is_some_and(|t| t.is("this")) && c.peek_at(1).is_some_and(|t| t.is(u))
            };
            // ("ten years ago yesterday", "two years ago last week": so long before the
            // day or week named)
            let last_week = c.peek().is_some_and(|t| t.is("last"))
                && c.peek_at(1).is_some_and(|t| t.is("week"));
            let days = match c.peek().map(|t| t.lower.as_ref()) {
                Some("yesterday") => -1,
                Some("tomorrow") => 1,
                _ if last_week => -7,
                _ => 0,
            };
            let at = if c
                .peek()
                .is_some_and(|t| t.is("today") || t.is("yesterday") || t.is("tomorrow"))
            {
                Some((1, Unit::Day))
            } else if last_week || this("week") {
                Some((2, Unit::Week))
            } else if this("month") {
                Some((2, Unit::Month))
            } else {
                None
            };
            // ("a week ago today" is a day, as "a month ago today" is)
            let longer = matches!(unit, Unit::Year | Unit::Decade | Unit::Century)
                || (matches!(unit, Unit::Month | Unit::Week)
                    && at.is_some_and(|(_, u)| u == Unit::Day));
            // "Fifty years ago this summer", "75 years ago this May": that season or month
            // of the year so far back, and "a century ago this year" that year
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
                    // ("a century ago this year": the year so far back)
                    _ if t.is("year") => Some(Core::Relative {
                        unit: Unit::Year,
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
                    days,
                });
            }
            // "a week ago Wednesday", "two weeks ago Sunday": so long before the last one
            // ("50 years ago on Friday" too: the anniversary that falls on that day)
            let on = usize::from(c.peek().is_some_and(|t| t.is("on")));
            if let Some(day) = c
                .peek_at(on)
                .filter(|t| t.is_capitalised())
                .and_then(|t| weekday_of(&t.lower))
                .filter(|_| {
                    n.fract() == 0.0
                        && matches!(unit, Unit::Week | Unit::Day | Unit::Month | Unit::Year)
                })
            {
                c.i += on + 1;
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
        // "Three days before that", "two weeks after that": the date named last, as
        // "earlier" and "later" count from it
        let that = c.peek().is_some_and(|t| t.is("before") || t.is("after"))
            && c.peek_at(1).is_some_and(|t| t.is("that"))
            && c.peek_at(2).is_none_or(|t| t.kind == Kind::Punct);
        // "two days before closing the purchase" counts back from an event, not a date
        // (not before a conjunction: "from 80.0 mln dlrs a year before and orders were up")
        if !that
            && c.peek().is_some_and(|t| t.is("before"))
            && c.peek_at(1).is_some_and(|t| {
                t.kind == Kind::Word
                    && !matches!(t.lower.as_ref(), "and" | "or" | "but" | "while" | "whereas")
            })
        {
            return plain(Core::Duration { unit, amount });
        }
        // "Ten years on, the city has not recovered": the time since an event of the story
        // (which may follow: "A year on from the disaster", "Two years on since the quake")
        if c.peek().is_some_and(|t| t.is("on"))
            && c.peek_at(1).is_some_and(|t| {
                matches!(t.text, "," | "." | ";")
                    || ((t.is("from") || t.is("since"))
                        && c.peek_at(2).is_some_and(|d| determiner(&d.lower)))
            })
        {
            c.i += 1;
            return plain(Core::Duration { unit, amount });
        }
        let back = c.eat("earlier") || c.eat("before");
        if back || c.eat("later") || (that && c.eat("after")) {
            if that {
                c.eat("that");
            }
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
            let than = c.peek().is_some_and(|t| t.is("than"));
            // (not a count in a period that follows: "strengthened in three days earlier this
            // month")
            let period_after = c.peek().is_some_and(|t| {
                matches!(
                    t.lower.as_ref(),
                    "this" | "that" | "last" | "next" | "in" | "on"
                )
            });
            if unit == Unit::Day && !compared && !than && !period_after && n.fract() == 0.0 {
                return plain(Core::Later {
                    days: if back { -(n as i64) } else { n as i64 },
                });
            }
            if (matches!(unit, Unit::Day | Unit::Hour | Unit::Minute | Unit::Second) && !compared)
                || than
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
        // "a week from today", "a month from today", "two weeks from tomorrow": that day
        // so long ahead
        if n.fract() == 0.0
            && matches!(unit, Unit::Week | Unit::Month | Unit::Year)
            && let Some(days) = ["today", "tomorrow"].iter().position(|w| c.eat(w))
        {
            return plain(Core::Anniversary {
                unit,
                amount: n as i64,
                at: Unit::Day,
                days: days as i64,
            });
        }
        if c.eat("now") || c.eat("today") {
            return plain(Core::Shifted {
                unit,
                amount: n as i64,
                from_reference: false,
            });
        }
        // "a week from Tuesday", "two weeks from Friday", "two weeks from next Tuesday"
        // (not hours, a length that starts on the day: "will lie in state for 24 hours
        // from Monday afternoon")
        let next = usize::from(c.peek().is_some_and(|t| t.is("next") || t.is("this")));
        if let Some(day) = c
            .peek_at(next)
            .filter(|t| t.is_capitalised())
            .and_then(|t| weekday_of(&t.lower))
            .filter(|_| n.fract() == 0.0 && !unit.is_time())
        {
            c.i += next + 1;
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
        && c.peek_at(2).is_none_or(|t| !t.is_apostrophe())
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
    // ... or after a verb of taking, lasting or serving, a past verb, its object or a
    // quantifier: "will take a month", "lasted a week", "offered him a week to", "at least
    // a month", "barely a month after", "will serve an additional year", "sentenced to a
    // year in prison"
    // (not before the noun it describes, "ended a weekend meeting", "a quarter end", nor
    // a rate after a pronoun, "retire five pct of them a year")
    // ("a day ahead of a press event", as "a day before")
    let ahead_of = c.at_words(&["ahead", "of"]);
    let ends_phrase = ahead_of
        || c.peek().is_none_or(|t| {
            t.kind == Kind::Punct && t.text != "-"
                || PREPOSITIONS.contains(&t.lower.as_ref())
                || matches!(
                    t.lower.as_ref(),
                    "and"
                        | "or"
                        | "but"
                        | "because"
                        | "when"
                        | "before"
                        | "ago"
                        | "later"
                        | "earlier"
                )
        });
    let pronoun = |w: &str| matches!(w, "him" | "her" | "them" | "us" | "me");
    // ("A decade after the invasion, ...", "on April 14, a month after Chavez died": at the
    // head of a sentence or a phrase set off by a comma, before what it counts from)
    let opens = (save == 0 || ends_sentence(c.toks, save - 1) || c.toks[save - 1].text == ",")
        && (ahead_of || c.peek().is_some_and(|t| t.is("after") || t.is("before")));
    let measured = opens
        || in_the_making(c)
        || save > 0 && !hyphen && ends_phrase && {
            let w = c.toks[save - 1].lower.as_ref();
            (pronoun(w) && save > 1 && !PREPOSITIONS.contains(&c.toks[save - 2].lower.as_ref()))
                || looks_past(w)
                // ("It has been a year since the attack"; not "2012 has been a year in
                // which")
                || (w == "been" && c.peek().is_some_and(|t| t.is("since")))
                // ("for close to a decade", "up to a year"; not "close to a year high")
                || (w == "to"
                    && save > 1
                    && matches!(c.toks[save - 2].lower.as_ref(), "close" | "up" | "sentenced"))
                || matches!(
                    w,
                    "take"
                        | "takes"
                        | "taking"
                        // ("The move comes barely a month after", "comes a week before")
                        | "come"
                        | "comes"
                        | "last"
                        | "lasts"
                        | "spend"
                        | "spends"
                        | "serve"
                        | "serves"
                        | "serving"
                        | "stay"
                        | "stays"
                        | "remain"
                        | "remains"
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

/// "ago" after a length of time that starts at `count`, or "back" in its place at the end
/// of a clause: "a few years back", "two weeks back, he said" (not a delay, "set the
/// launch two years back", nor "dating two centuries back").
fn eat_ago(c: &mut Cursor<'_, '_>, count: usize) -> bool {
    if c.eat("ago") {
        return true;
    }
    // (the word first: this runs after every count of a unit)
    if !c.peek().is_some_and(|t| t.is("back")) {
        return false;
    }
    let ends = c.peek_at(1).is_none_or(|t| {
        matches!(t.text, "," | "." | ";" | "!" | "?" | ")" | ":")
            || matches!(t.lower.as_ref(), "when" | "and")
    });
    let moved = c.toks[..count].iter().rev().take(3).any(|t| {
        matches!(
            t.lower.as_ref(),
            "set" | "put" | "pushed" | "moved" | "pulled" | "turned" | "went" | "going" | "dating"
        )
    });
    let back = ends && !moved;
    c.i += usize::from(back);
    back
}

/// "one day" or "some day" after a modal: "Islam will one day be", "he hopes he may one
/// day follow", "may some day find themselves".
fn one_day_to_come(c: &Cursor<'_, '_>) -> bool {
    c.peek().is_some_and(|t| t.is("one") || t.is("some"))
        && c.peek_at(1).is_some_and(|t| t.is("day"))
        && c.i > 0
        && modal(&c.toks[c.i - 1].lower)
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

/// Whether "in the making" comes next: what the length before it measures is how long a
/// thing took to come about ("The crisis had been years in the making", "The film, a decade
/// in the making, opens").
fn in_the_making(c: &Cursor<'_, '_>) -> bool {
    c.at_words(&["in", "the", "making"])
}

/// `over the years`, `years ago`: a unit in the plural with no number is a vague duration
/// (or, with "ago", the past) where the words around it make it one.
pub(super) fn vague_duration(c: &mut Cursor<'_, '_>) -> Option<Expr> {
    // "66 million years ago", "13.8 billion years ago": the deep past, no year of the
    // calendar
    if c.peek().is_some_and(|t| t.kind == Kind::Num) {
        let decimal = c.peek_at(1).is_some_and(|t| t.text == "." && !t.spaced())
            && c.peek_at(2)
                .is_some_and(|t| t.kind == Kind::Num && !t.spaced());
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
    // (a unit of work or energy is no time: "47 billion kilowatt-hours of electrical
    // energy", "kilowatt hours", "man-hours", "10 man years of programming")
    let compound = c.i >= 2
        && c.toks[c.i - 1].is_glued_hyphen()
        && !c.peek().is_some_and(Tok::spaced)
        && c.toks[c.i - 2].kind == Kind::Word;
    if compound || before.is_some_and(|w| w.ends_with("watt") || w == "man" || w == "person") {
        c.i = start;
        return None;
    }
    c.i += 1;
    if the {
        // ("in the weeks since the election", "in the years following the war"; "in the
        // years to come", as "in the years ahead")
        let to_come = c.at_words(&["to", "come"]);
        c.i += 2 * usize::from(to_come);
        if to_come
            || c.eat("ahead")
            || matches!(before, Some("over" | "through"))
            || runs_from_event(c.toks, start, c.i)
        {
            return plain(Core::Duration { unit, amount: None });
        }
        c.i = start;
        return None;
    }
    if eat_ago(c, start) {
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
    // (past an adverb of how short: "It happened just days after the summit", "only weeks
    // before the election"; or a verb of coming in the present: "The decision comes days
    // after the vote")
    let opens = before.is_none_or(|w| {
        looks_past(w)
            || !w.starts_with(char::is_alphanumeric)
            || matches!(
                w,
                "just"
                    | "only"
                    | "mere"
                    | "merely"
                    | "barely"
                    | "scarcely"
                    | "comes"
                    | "come"
                    | "coming"
                    | "arrives"
                    | "arrive"
            )
    });
    if opens && c.peek().is_some_and(|t| t.is("after") || t.is("before")) {
        return plain(Core::Duration { unit, amount: None });
    }
    // "The election is weeks away", "a deal is just days away": how far off, as "three
    // years away" is
    if matches!(
        before,
        Some("is" | "are" | "was" | "were" | "be" | "just" | "only" | "still")
    ) && c.peek().is_some_and(|t| t.is("away"))
    {
        return plain(Core::Duration { unit, amount: None });
    }
    // "It could be months before a decision", "It has been years since the war", "It will
    // be weeks until the results are known": a wait
    if matches!(before, Some("be" | "been"))
        && c.peek()
            .is_some_and(|t| t.is("before") || t.is("since") || t.is("until"))
    {
        return plain(Core::Duration { unit, amount: None });
    }
    if in_the_making(c) {
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
                | "taken"
                | "taking"
                | "lasted"
                | "lasts"
                | "spent"
                | "waited"
        )
    );
    // "months of talks", but not "the days of the week" or "the early hours of Saturday",
    // nor the record of a meeting, "Minutes of the meeting will be released", "Minutes of
    // February's Federal Open Market Committee meeting", "Minutes of this week's meeting"
    let of = c.peek().is_some_and(|t| t.is("of"))
        && !matches!(
            before,
            Some("the" | "these" | "those" | "early" | "small" | "wee" | "final" | "last")
        )
        && !(unit == Unit::Minute
            && c.peek_at(1).is_some_and(|t| {
                determiner(&t.lower)
                    || t.is_capitalised()
                    || matches!(t.lower.as_ref(), "this" | "that" | "last" | "next")
            })
            && !matches!(
                before,
                Some("first" | "opening" | "closing" | "dying" | "few")
            ));
    // (the months of futures contracts are no length, "initial expiration months of April",
    // "back months of cattle futures", nor are the hours of a working day, "hours worked",
    // "hours of all persons increased", "decreasing hours of operation", "in after hours
    // trading", "the trading hours of the Midam's Treasury bond futures contract", "Chicago's
    // regular hours of trading")
    let contract_months = unit == Unit::Month
        && matches!(
            before,
            Some("expiration" | "back" | "delivery" | "contract" | "futures" | "crop" | "nearby")
        );
    let working_hours = unit == Unit::Hour
        && (c.peek().is_some_and(|t| t.is("worked"))
            || (of
                && c.peek_at(1).is_some_and(|t| {
                    matches!(
                        t.lower.as_ref(),
                        "operation" | "trading" | "business" | "employees" | "workers" | "all"
                    )
                }))
            || (before == Some("after")
                && c.peek().is_some_and(|t| t.is("trading") || t.is("session")))
            || matches!(
                before,
                Some("trading" | "business" | "office" | "working" | "banking" | "regular")
            ));
    if (introduced || of) && !contract_months && !working_hours {
        return plain(Core::Duration { unit, amount: None });
    }
    c.i = start;
    None
}

/// The count "as many" at token `many` stands for: the count or ordinal before "in" and
/// "as" in its clause ("the fourth nor'easter in as many weeks", "three storms in as many
/// days", "for the third time in as many months").
fn as_many(toks: &[Tok<'_>], many: usize) -> Option<f64> {
    if !(many >= 3
        && toks[many].is("many")
        && toks[many - 1].is("as")
        && matches!(toks[many - 2].lower.as_ref(), "in" | "within" | "over"))
    {
        return None;
    }
    before_in_clause(toks, many - 2, 8).find_map(|k| {
        let ordinal = crate::values::spoken::spelled_ordinal(toks, k)
            .filter(|&(_, next)| next < many)
            .map(|(n, _)| f64::from(n));
        ordinal.or_else(|| count_of(&toks[k])).filter(|&n| n >= 2.0)
    })
}

/// The count a token writes: "3", "three" (not "a").
pub(super) fn count_of(t: &Tok<'_>) -> Option<f64> {
    match t.kind {
        Kind::Num if t.text.len() <= 3 => t.num().map(f64::from),
        Kind::Word if !matches!(t.lower.as_ref(), "a" | "an") => small_number(&t.lower),
        _ => None,
    }
}

/// Eats "and a half", or "-and-a-half" glued to the count ("six-and-a-half years"), or
/// "and half" that ends the phrase ("the last year and half", "a year and half ago", not
/// "two years and half the staff").
fn and_a_half(c: &mut Cursor<'_, '_>) -> bool {
    let words = ["and", "a", "half"];
    let spaced = (0..3).all(|k| c.peek_at(k).is_some_and(|t| t.is(words[k])));
    let glued = (0..3).all(|k| {
        c.peek_at(2 * k).is_some_and(Tok::is_glued_hyphen)
            && c.peek_at(2 * k + 1)
                .is_some_and(|t| !t.spaced() && t.is(words[k]))
    });
    let bare = c.peek_at(0).is_some_and(|t| t.is("and"))
        && c.peek_at(1).is_some_and(|t| t.is("half"))
        && c.peek_at(2).is_none_or(|t| {
            (t.kind == Kind::Punct && t.text != "-")
                || (PREPOSITIONS.contains(&t.lower.as_ref()) && !t.is("of"))
                || matches!(t.lower.as_ref(), "ago" | "later" | "earlier")
        });
    let eaten = match (glued, spaced, bare) {
        (true, ..) => 6,
        (_, true, _) => 3,
        (.., true) => 2,
        _ => 0,
    };
    c.i += eaten;
    eaten > 0
}

/// `now`, `recently`, `the past`, `the future`, `currently`, `soon`, `formerly`.
pub(super) fn reference_word(c: &mut Cursor<'_, '_>) -> Option<Expr> {
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
    // "right now", "the then current chairman": the word before is part of it
    if c.peek_at(1).is_some_and(|n| n.is("now")) && c.eat("right") {
        c.i += 1;
        return plain(Core::Reference("PRESENT_REF"));
    }
    if c.peek_at(1).is_some_and(|n| n.is("current")) && c.eat("then") {
        c.i += 1;
        return plain(Core::Reference("PAST_REF"));
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
        (false, "now" | "currently" | "nowadays" | "presently" | "current") => "PRESENT_REF",
        // "The Netherlands is at present the biggest importer": "at" is the preposition
        // before it, as before "the present time" (not "at present levels", "at present
        // low prices")
        (false, "present")
            if save > 0
                && c.toks[save - 1].is("at")
                && !c.peek_at(1).is_some_and(|n| {
                    matches!(
                        n.lower.as_ref(),
                        "level" | "levels" | "price" | "prices" | "rate" | "rates" | "low" | "high"
                    )
                }) =>
        {
            "PRESENT_REF"
        }
        // ("as recently as March": the date after it is the time meant)
        (false, "recently")
            if save > 0
                && c.toks[save - 1].is("as")
                && c.peek_at(1).is_some_and(|t| t.is("as")) =>
        {
            c.i = save;
            return None;
        }
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
        (false, "one" | "some") if one_day_to_come(c) => {
            c.i += 2;
            return plain(Core::Reference("FUTURE_REF"));
        }
        (false, "someday") => "FUTURE_REF",
        // "just moments ago", "a short time ago", "some time ago", "a while ago": the past,
        // unmeasured
        (false, "moments") if c.peek_at(1).is_some_and(|t| t.is("ago")) => {
            c.i += 2;
            return plain(Core::Reference("PAST_REF"));
        }
        (false, "a") if c.at_words(&["a", "short", "time", "ago"]) => {
            c.i += 4;
            return plain(Core::Reference("PAST_REF"));
        }
        (false, "some" | "a")
            if c.at_words(&["some", "time", "ago"]) || c.at_words(&["a", "while", "ago"]) =>
        {
            c.i += 3;
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
        // future due to", "in the future very much depends"; and a compound's first word,
        // "the present-day needs", "the past-due loans")
        (true, "present" | "future" | "past")
            if c.peek_at(1).is_some_and(|n| n.is_glued_hyphen()) =>
        {
            c.i = save;
            return None;
        }
        (true, "present" | "future") if c.peek_at(1).is_some_and(noun_after_adjective) => {
            c.i = save;
            return None;
        }
        // ("to extend the short term agreement", "on the short term money market": an
        // adjective too; not "over the short term prices would plunge", nor after "in",
        // "over", "for", "during" or "within", where it is the time)
        (true, "near" | "short")
            if c.peek_at(1).is_some_and(|t| t.is("term"))
                && c.peek_at(2).is_some_and(noun_after_adjective)
                && !(save > 0
                    && matches!(
                        c.toks[save - 1].lower.as_ref(),
                        "in" | "over" | "for" | "during" | "within"
                    )) =>
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

/// Whether a word after "the present", "the future", "the short term" is the noun they
/// modify ("the present government", "the short term agreement"), not the clause going on
/// ("in the future due to", "in the future very much depends").
fn noun_after_adjective(n: &Tok<'_>) -> bool {
    n.is_lowercase_word()
        && !n.lower.ends_with('s')
        && !n.lower.ends_with("ly")
        && !PREPOSITIONS.contains(&n.lower.as_ref())
        && !modal(&n.lower)
        && !matches!(
            n.lower.as_ref(),
            "and"
                | "or"
                | "but"
                | "is"
                | "was"
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
                | "because"
                | "while"
                | "given"
        )
}

/// The TIMEX3 value of a day of the week that is no particular one, with its part of the
/// day: `XXXX-WXX-1`, `XXXX-WXX-2TNI`.
pub(super) fn weekday_value(day: Weekday, part: Option<&str>) -> String {
    let n = day.number_from_monday();
    match part {
        Some(part) => format!("XXXX-WXX-{n}T{part}"),
        None => format!("XXXX-WXX-{n}"),
    }
}

/// Whether the word at `k` follows a copula, an adverb or two between: "will be another
/// year of growth", "was just another day".
fn named_after_copula(toks: &[Tok<'_>], k: usize) -> bool {
    toks[..k]
        .iter()
        .rev()
        .take(3)
        .find(|t| {
            !matches!(
                t.lower.as_ref(),
                "just" | "simply" | "merely" | "yet" | "also"
            )
        })
        .is_some_and(|t| {
            matches!(
                t.lower.as_ref(),
                "is" | "was" | "be" | "been" | "being" | "are" | "were" | "s"
            )
        })
}

/// Whether the word at `k` is a unit in the singular written without its article before
/// "ago", as the wires compare figures: "294,000 week ago", "from year ago 540.9 mln"
/// (after a figure or a word of comparison; not "the same year ago period", nor a table's
/// "Week Ago" or "WEEK AGO" column).
fn unit_of_the_wires_ago(toks: &[Tok<'_>], k: usize) -> bool {
    toks[k].kind == Kind::Word
        && matches!(toks[k].lower.as_ref(), "day" | "week" | "month" | "year")
        && toks.get(k + 1).is_some_and(|t| t.text == "ago")
        && k.checked_sub(1).is_some_and(|p| {
            toks[p].kind == Kind::Num
                || matches!(
                    toks[p].lower.as_ref(),
                    "from" | "than" | "vs" | "versus" | "against" | "behind" | "over"
                )
        })
}

/// After "this": "this coming week" looks ahead (1), "this past weekend" back (-1).
pub(super) fn past_or_coming(c: &mut Cursor<'_, '_>) -> Option<i32> {
    if c.eat("past") {
        Some(-1)
    } else if c.eat("coming") {
        Some(1)
    } else {
        None
    }
}
