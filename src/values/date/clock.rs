//! Times of day: `10 p.m. Wednesday`, `noon Thursday`, `5 p.m. EST Nov. 9`, `0900 GMT`.

use super::*;

/// `10 p.m. Wednesday`, `noon Thursday`, `5 p.m. EST Nov. 9`, `Wednesday at 10 a.m.`.
pub(super) fn clock(c: &mut Cursor<'_, '_>) -> Option<Expr> {
    // (dawn and dusk are read here, where every time of day is tried)
    if let Some(part) = twilight_part(c.peek()?.text) {
        return twilight(c, part);
    }
    // a preposition of time before it: "at 9:15", "until 2 in the morning" (a bare "3:16"
    // is a verse or a score)
    let timed = c.i > 0
        && matches!(
            c.toks[c.i - 1].lower.as_ref(),
            "at" | "by" | "until" | "till" | "from" | "before" | "after" | "around" | "about"
        );
    // ("at a quarter to five": the article is part of the clock)
    if timed && c.peek()?.is("a") && c.peek_at(1).is_some_and(|q| q.is("quarter")) {
        c.i += 1;
    }
    let t = c.peek()?.clone();
    let begin = c.i;
    // (whether "a.m." or "p.m." said which half of the day: then no part of it does)
    let mut meridiem_given = false;
    // ("10:30:15 a.m.": the seconds of a clock written to them)
    let mut second = None;
    let (hour, minute) = if t.is("noon") || t.is("midday") {
        c.i += 1;
        (12, 0)
    } else if t.is("midnight") {
        c.i += 1;
        (24, 0)
    } else if let Some(h) = hour_of_twelve(&t)
        && c.peek_at(1).is_some_and(|o| o.is("o"))
        && c.peek_at(2).is_some_and(|q| q.is_apostrophe())
        && c.peek_at(3).is_some_and(|w| w.is("clock"))
    {
        // "7 o'clock", "eight o'clock this morning"; "eight o'clock in the evening", "two
        // o'clock at night": the part of the day after it is the meridiem
        c.i += 4;
        match part_said_after(c) {
            Some((words, p)) => {
                c.i += words;
                (spoken_hour(p, h), 0)
            }
            None => (h, 0),
        }
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
    } else if let Some(hhmm) = four_digit_clock(&t)
        && let Some(hrs) = wire_clock_marks(c.toks, c.i)
            .or_else(|| {
                // ("between 1700 and 2100 hrs", "from 1115 to 1330 local time", "until about
                // 2000 or 2100 EST": the first clock of a range or a choice takes its marks from
                // the second)
                (c.peek_at(1)
                    .is_some_and(|j| matches!(j.lower.as_ref(), "to" | "and" | "or" | "-"))
                    && c.peek_at(2).is_some_and(|b| four_digit_clock(b).is_some())
                    && wire_clock_marks(c.toks, c.i + 2).is_some())
                .then_some(0)
            })
            // ("from 0800 to 1415 currently": a range of two clocks, one led by a zero, which
            // no year is)
            .or_else(|| zero_led_range(c.toks, c.i).then_some(0))
    {
        // "at 0800 GMT", "1430 EST", "1000 hrs EDT", "at 1500 local time", "to 1500 local
        // (0600 GMT)", "1130 hrs", "at 1500 hours": wire-service clock times, always with
        // their zone, "hrs", or "hours" after "at" (a bare "1200" is a year, "took 1500
        // hours" a length, "in 1500 local farmers" a year)
        c.i += 1 + hrs;
        (hhmm / 100, hhmm % 100)
    } else {
        // ("at eleven in the morning", "eleven a.m.", "at seven this morning": an hour in
        // words, only before what makes it a clock)
        let spelled = || {
            if t.kind != Kind::Word {
                return None;
            }
            let next = |k: usize, w: &str| c.peek_at(k).is_some_and(|t| t.is(w));
            let after = Cursor {
                toks: c.toks,
                i: c.i + 1,
            };
            let clock = match c.peek_at(1)?.lower.as_ref() {
                // (in lowercase: "four AM stations" are radio's)
                "am" | "pm" => c.peek_at(1).is_some_and(|t| t.text == t.lower),
                "a" | "p" => next(3, "m"),
                "in" => timed && next(2, "the"),
                "at" => timed && next(2, "night"),
                _ => timed && part_of_day_after(&after).is_some(),
            };
            clock.then(|| hour_of_twelve(&t)).flatten()
        };
        let h = t
            .num()
            .filter(|h| *h <= 23 && t.text.len() <= 2)
            .or_else(spelled)?;
        c.i += 1;
        let mut minute = None;
        // "14.30 GMT", "5.30pm", British style, only with its zone in capitals or a.m. or
        // p.m. ("14.30" alone is a number, "0.25 ct" a price)
        let dotted = c.peek().is_some_and(|t| t.text == "." && !t.spaced())
            && c.peek_at(1)
                .is_some_and(|t| !t.spaced() && t.kind == Kind::Num && t.text.len() == 2)
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
                    .filter(|t| !t.spaced() && t.text.len() == 2)?
                    .num()
                    .filter(|m| *m < 60)?,
            );
            c.i += 1;
            if c.peek().is_some_and(|t| t.text == ":" && !t.spaced())
                && let Some(s) = c
                    .peek_at(1)
                    .filter(|t| !t.spaced() && t.text.len() == 2)
                    .and_then(Tok::num)
                    .filter(|s| *s < 60)
            {
                c.i += 2;
                second = Some(s);
            }
        }
        // "at 14:30 GMT", "by 9:15": a clock without a.m. or p.m. needs its zone or a
        // preposition of time
        let meridiem = c
            .peek()
            .is_some_and(|t| matches!(t.lower.as_ref(), "am" | "pm" | "a" | "p"));
        // "2 in the morning", "8 in the evening", "11 at night": the part of the day is
        // the meridiem ("12 at night" is midnight)
        let part = part_said_after(c);
        // (after a preposition of time: "won 3 in the afternoon" is a score)
        let spoken = part
            .filter(|_| timed && !meridiem && (1..=12).contains(&h))
            .map(|(words, p)| {
                c.i += words;
                (spoken_hour(p, h), minute.unwrap_or(0))
            });
        if let Some(clock) = spoken {
            clock
        } else if !meridiem {
            let zone = c.peek().is_some_and(|z| is_zone(&z.lower));
            // ("at 7 this morning", "at 8 tonight": an hour alone, with the part of a day
            // after it)
            let m = minute.or_else(|| (timed && part_of_day_after(c).is_some()).then_some(0))?;
            // ("Sun, Dec 1 2019 10:00", "16 May 2019, 14:30", "12/01/2019 10:00": a
            // stamp's clock, right after the year of a day written in full)
            let stamped = begin
                .checked_sub(1 + usize::from(begin > 0 && c.toks[begin - 1].text == ","))
                .filter(|&k| k >= 2 && c.toks[k].kind == Kind::Num && c.toks[k].text.len() == 4)
                .is_some_and(|k| {
                    let (a, b) = (&c.toks[k - 1], &c.toks[k - 2]);
                    a.kind == Kind::Num
                        || month_of(&a.lower).is_some()
                        || (a.text == "," && b.kind == Kind::Num)
                        || (matches!(a.text, "/" | "-" | ".") && !a.spaced() && b.kind == Kind::Num)
                });
            // (a day written as ISO 8601 does takes its clock itself, "2013-03-21 14:05:33":
            // see `iso_clock`)
            // ("10:00-12:00", "from 10:00 to 12:00": a range of clocks on the quarter
            // hour or five minutes, either of them, the later one second; not a race's
            // times, "3:16 to 2:10")
            let joint = |k: usize| c.toks.get(k).is_some_and(joins_clocks);
            let here = minute.filter(|m| m % 5 == 0).map(|m| h * 60 + m);
            let ranged = here.is_some_and(|here| {
                (joint(c.i) && minutes_of_day(c.toks, c.i + 1).is_some_and(|then| then > here))
                    || (begin >= 4
                        && joint(begin - 1)
                        && minutes_of_day(c.toks, begin - 4).is_some_and(|then| then < here))
            });
            // (a time to the second with no a.m., p.m. or zone is a race's or a record's:
            // "finished at 2:03:45")
            if !(zone || timed || stamped || ranged) || (second.is_some() && !(zone || stamped)) {
                return None;
            }
            // ("from 6:00 to 9:00 P.M.": the first clock of a range takes the second's
            // afternoon when it reads no later; "from 10 to 2 p.m." stays the morning)
            match evening_clock(c.toks, c.i + 1).filter(|&end| joint(c.i) && h < 12 && h <= end) {
                Some(_) => (h + 12, m),
                None => (h, m),
            }
        } else {
            let minute = minute.unwrap_or(0);
            meridiem_given = true;
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
    // "6:30 tonight", "eight o'clock this morning", "9:30 last night", "10 tomorrow
    // morning": on the publication date or the day next to it, in that part of it (a
    // clock of twelve hours in the evening or afternoon is after noon)
    if let Some((words, offset, part)) = part_of_day_after(c) {
        c.i += words;
        let hour = if meridiem_given {
            hour
        } else {
            hour_in_part(hour, Some(part))
        };
        // ("2 a.m. last night" is in the small hours of the publication's day)
        let offset = if part == "NI" && offset == -1 && hour < 6 {
            0
        } else {
            offset
        };
        return plain(Core::Clock {
            hour,
            minute,
            second,
            day: Some(Box::new(Expr {
                core: Core::Relative {
                    unit: Unit::Day,
                    offset,
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
    let day = day_after(c.toks, c.i);
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
    plain(Core::Clock {
        hour,
        minute,
        second,
        day,
    })
}

/// Dawn or dusk, a part of a day the sun tells: "at dawn on Friday", "before dawn Friday",
/// "at dusk yesterday" (and "at lunchtime on Sunday"); alone, the day the text is on, when
/// the sentence tells of it in the past ("troops moved in at dawn") or names it before
/// ("Friday at dawn"). Only after a preposition of time: not "the dawn of a new era", "a
/// dawn raid", "Sunset Boulevard", nor "from dawn to dusk", which is any day.
fn twilight(c: &mut Cursor<'_, '_>, part: &'static str) -> Option<Expr> {
    let start = c.i;
    let before = |k: usize| start.checked_sub(k).map(|k| c.toks[k].lower.as_ref());
    let preposition = matches!(
        before(1),
        Some(
            "at" | "before"
                | "after"
                | "by"
                | "until"
                | "till"
                | "around"
                | "near"
                | "toward"
                | "towards"
                | "since"
        )
    );
    let span_of_days = matches!(before(1), Some("until" | "till"))
        && matches!(before(2), Some("dawn" | "daybreak" | "sunrise"));
    if !preposition || span_of_days {
        return None;
    }
    if let Some(e) = part_of_day_on(c, start + 1, part) {
        return Some(e);
    }
    let day_before = start >= 2 && {
        let t = &c.toks[start - 2];
        weekday_of(&t.lower).is_some()
            || matches!(t.lower.as_ref(), "today" | "yesterday" | "tomorrow")
            || (t.kind == Kind::Num && t.text.len() <= 2)
    };
    let told_past = match tense_near(c.toks, start, start + 1) {
        Tense::Past => true,
        Tense::Future => false,
        // ("the offensive began before dawn", "shelling went on until nightfall"; and at
        // the head of its sentence before a comma, "By nightfall, the toll had climbed")
        _ => {
            before_in_clause(c.toks, start - 1, 6).any(|k| past_verb(c.toks, k))
                || opens_sentence_told_in_past(c.toks, start - 1, start + 1, 8)
        }
    };
    if !(day_before || told_past) {
        return None;
    }
    c.i += 1;
    plain(Core::DayPart {
        day: Box::new(Expr {
            core: Core::day_of_story(0),
            modifier: None,
        }),
        part,
    })
}

/// The part of the day a word for the sun's rising or setting names, in lowercase ("Sunset
/// Boulevard" is a name): the morning for dawn, the evening for dusk; and midday for
/// lunchtime.
fn twilight_part(word: &str) -> Option<&'static str> {
    match word {
        "dawn" | "daybreak" | "sunrise" => Some("MO"),
        "dusk" | "nightfall" | "sunset" => Some("EV"),
        "lunchtime" => Some("MI"),
        _ => None,
    }
}

/// The part `part` of the day named at `at`, after "on" or not: "dawn on Friday",
/// "mid-afternoon Thursday", "overnight Tuesday"; the cursor goes past the day.
pub(super) fn part_of_day_on(
    c: &mut Cursor<'_, '_>,
    at: usize,
    part: &'static str,
) -> Option<Expr> {
    let on = usize::from(c.toks.get(at).is_some_and(|t| t.is("on")));
    let (end, day, None) = day_after(c.toks, at + on)? else {
        return None;
    };
    c.i = end;
    plain(Core::DayPart {
        day: Box::new(day),
        part,
    })
}

/// The day named at `at`, after a time of day: its end, the day, and the part of it the
/// day says ("10:30 Saturday night"). A weekday, a day of the calendar or a feast, "today"
/// or "yesterday" (not a weekday that opens a range of days: "9am to 5pm, Monday to
/// Friday").
pub(super) fn day_after(
    toks: &[Tok<'_>],
    at: usize,
) -> Option<(usize, Expr, Option<&'static str>)> {
    [calendar, relative, holiday].into_iter().find_map(|p| {
        let mut probe = Cursor { toks, i: at };
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
        let opens_days = matches!(e.core, Core::Weekday { .. })
            && toks
                .get(probe.i)
                .is_some_and(|t| matches!(t.lower.as_ref(), "to" | "through" | "-"))
            && toks
                .get(probe.i + 1)
                .is_some_and(|t| weekday_of(&t.lower).is_some());
        (day_like && !opens_days).then_some((probe.i, e, part))
    })
}

/// The part of a day next to the publication's that follows a clock: "tonight", "this
/// morning", "last night" (or "last evening"), "yesterday afternoon", "tomorrow morning".
/// How many words it takes, the day's offset from the publication's, and the part.
fn part_of_day_after(c: &Cursor<'_, '_>) -> Option<(usize, i32, &'static str)> {
    let first = c.peek()?;
    if first.is("tonight") {
        return Some((1, 0, "NI"));
    }
    let part = c.peek_at(1).and_then(|t| part_of_day(&t.lower))?;
    let offset = match first.lower.as_ref() {
        "this" => 0,
        "last" if matches!(part, "NI" | "EV") => -1,
        "yesterday" => -1,
        "tomorrow" => 1,
        _ => return None,
    };
    Some((2, offset, part))
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

/// `0800`, `2359`, and `2400`, the midnight that ends a day ("expired at 2400 EST
/// yesterday"): four digits that can be read as a clock.
fn four_digit_clock(t: &Tok<'_>) -> Option<u32> {
    t.num()
        .filter(|&hhmm| t.text.len() == 4 && ((hhmm % 100 < 60 && hhmm / 100 < 24) || hhmm == 2400))
}

/// Whether the four digits at token `i` open or close a range of two four-digit clocks,
/// the first led by a zero: "from 0800 to 1415", "between 0930 and 1600".
fn zero_led_range(toks: &[Tok<'_>], i: usize) -> bool {
    // (spaced: "0430-0010" is a telephone number)
    let joins = |k: usize| {
        toks.get(k).is_some_and(|j| {
            matches!(j.lower.as_ref(), "to" | "and" | "-")
                && j.spaced()
                && toks.get(k + 1).is_some_and(Tok::spaced)
        })
    };
    let clock = |k: usize| toks.get(k).and_then(four_digit_clock).is_some();
    let zero_led = |k: usize| clock(k) && toks[k].text.starts_with('0');
    (zero_led(i) && joins(i + 1) && clock(i + 2))
        || (i >= 2 && clock(i) && joins(i - 1) && zero_led(i - 2))
}

/// Whether the four digits at token `i` are marked as a wire-service clock by what follows
/// them: a zone ("0800 GMT", "1000 hrs EDT"), "local time" or "local" before a bracket,
/// "hrs", or "hours" after "at", "by", "until", "till", "before", "after" or what is set
/// "for" it. Returns how many tokens of "hrs" or "hours" belong to the clock.
fn wire_clock_marks(toks: &[Tok<'_>], i: usize) -> Option<usize> {
    let at = |k: usize| toks.get(i + k);
    let hrs = usize::from(at(1).is_some_and(|h| h.is("hrs") || h.is("hours")));
    // ("from 1800 to 2100 local Chicago time": a place may come between)
    let local_time = || {
        at(2 + hrs).is_none_or(|t| t.is("time") || t.kind == Kind::Punct)
            || (at(2 + hrs).is_some_and(|t| t.kind == Kind::Word && t.is_capitalised())
                && at(3 + hrs).is_some_and(|t| t.is("time")))
    };
    // ("between 1900 and 2300 hours": the second clock of a range of two)
    let closes_range = || {
        i > 1
            && matches!(toks[i - 1].lower.as_ref(), "and" | "to")
            && four_digit_clock(&toks[i - 2]).is_some()
    };
    // ("by 1000 London time", "at 1430 New York time": a place's clock; not a season or
    // a holiday's, "1986 Christmas time")
    let place_time = || {
        (1..=2).any(|n| {
            (1..=n).all(|j| at(j + hrs).is_some_and(|t| t.kind == Kind::Word && t.is_capitalised()))
                && at(n + 1 + hrs).is_some_and(|t| t.is("time"))
        }) && parse_at(toks, i + 1 + hrs).is_none()
    };
    let marked = at(1 + hrs).is_some_and(|z| is_zone(&z.lower))
        || (at(1 + hrs).is_some_and(|z| z.is("local")) && local_time())
        || place_time()
        || (hrs == 1
            && (at(1).is_some_and(|h| h.is("hrs"))
                || closes_range()
                || (i > 0
                    && matches!(
                        toks[i - 1].lower.as_ref(),
                        "at" | "by" | "until" | "till" | "before" | "after"
                    ))
                // ("A full council meeting was set for 1900 hours": what is set for a
                // clock; not a length, "worked for 1500 hours")
                || (i > 1
                    && toks[i - 1].is("for")
                    && matches!(
                        toks[i - 2].lower.as_ref(),
                        "set" | "scheduled" | "planned" | "due" | "called" | "slated" | "fixed"
                    ))))
        // ("until 1500 (1400 GMT)": a local clock before its twin in another zone)
        || (hrs == 0
            && at(1).is_some_and(|b| b.text == "(")
            && at(2).is_some_and(|t| four_digit_clock(t).is_some())
            && at(3).is_some_and(|z| is_zone(&z.lower)));
    marked.then_some(hrs)
}

/// The minutes into the day of a clock written "10:00" from token `k`, on five minutes.
fn minutes_of_day(toks: &[Tok<'_>], k: usize) -> Option<u32> {
    let hour = toks.get(k).filter(|t| t.text.len() <= 2)?.num()?;
    toks.get(k + 1).filter(|t| t.text == ":" && !t.spaced())?;
    let minute = toks
        .get(k + 2)
        .filter(|t| !t.spaced() && t.text.len() == 2)?
        .num()?;
    (hour <= 23 && minute < 60 && minute % 5 == 0).then_some(hour * 60 + minute)
}

/// The hour of a clock written with "p.m." from token `k`: 9 for "9:00 P.M.", "9 pm".
fn evening_clock(toks: &[Tok<'_>], k: usize) -> Option<u32> {
    let hour = toks.get(k).filter(|t| t.text.len() <= 2)?.num()?;
    let mut at = k + 1;
    if toks.get(at).is_some_and(|t| t.text == ":" && !t.spaced()) {
        at += 2;
    }
    let pm = match toks.get(at).map(|t| t.lower.as_ref()) {
        Some("pm") => true,
        Some("p") => toks.get(at + 2).is_some_and(|t| t.is("m")),
        _ => false,
    };
    (pm && (1..=12).contains(&hour)).then_some(hour % 12)
}

/// Whether `t` joins two clocks into a range: "10:00-12:00", "from 10 a.m. to noon".
pub(super) fn joins_clocks(t: &Tok<'_>) -> bool {
    matches!(t.lower.as_ref(), "-" | "–" | "to" | "until" | "till")
}

/// Whether the token at `joint` joins the clock that opens at `open` to the next into a
/// range: as [`joins_clocks`], or "and" after "between" ("between 2 a.m. and 4 a.m.").
pub(super) fn joins_clock_range(toks: &[Tok<'_>], open: usize, joint: usize) -> bool {
    toks.get(joint).is_some_and(|t| {
        joins_clocks(t) || (t.is("and") && open > 0 && toks[open - 1].is("between"))
    })
}

/// The part of the day said at the cursor after an hour, and its length in words: "in the
/// morning" (afternoon, evening), "at night".
fn part_said_after(c: &Cursor<'_, '_>) -> Option<(usize, &'static str)> {
    let at = |k: usize, w: &str| c.peek_at(k).is_some_and(|t| t.is(w));
    if at(0, "in") && at(1, "the") {
        c.peek_at(2)
            .and_then(|t| part_of_day(&t.lower))
            .filter(|p| matches!(*p, "MO" | "AF" | "EV"))
            .map(|p| (3, p))
    } else if at(0, "at") && at(1, "night") {
        Some((2, "NI"))
    } else {
        None
    }
}

/// The hour of the day `h` (1 to 12) names in the part of the day `part` ("MO", "AF", "EV",
/// "NI"): "2 in the morning" is 2, "8 in the evening" 20, "12 at night" midnight, "2 at
/// night" the small hours.
fn spoken_hour(part: &str, h: u32) -> u32 {
    match (part, h) {
        ("MO", 12) => 0,
        ("MO", h) | ("AF", h @ 12) | ("NI", h @ 1..=4) => h,
        ("NI", 12) => 24,
        (_, h) => h + 12,
    }
}
