//! Resolution: turning an `Expr` into a TIMEX3 value and an interval against the anchor,
//! the verb's tense and the date the text named last.

use super::*;

pub(super) fn resolve(expr: &Expr, cx: &Resolve<'_>, span: Range<usize>) -> Option<Timex> {
    let (anchor, tense) = (cx.anchor, cx.tense);
    let relative = needs_anchor(&expr.core);
    let mk = |kind: TimexKind, value: String, date: Option<DateValue>| Timex {
        span: span.clone(),
        kind,
        value,
        modifier: None,
        date,
        relative,
        counted_from: None,
    };
    let unresolved = |value: &str| mk(TimexKind::Date, value.to_string(), None);
    let dated = |d: DateValue| Timex::dated(span.clone(), d, relative);
    // dated, with this one's modifier ("the end of the fourth quarter"), where resolution
    // is done before the modifier is read below
    let dated_as_said = |d: DateValue| {
        let mut t = dated(d);
        if let Some(m) = expr.modifier {
            apply_modifier(&mut t, m, anchor);
        }
        t
    };
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
        Core::RelMonth {
            month,
            day,
            rel,
            just_past,
        } => {
            let m = *month;
            let Some(a) = anchor else {
                return Some(unresolved(&format!("XXXX-{m:02}")));
            };
            // "last February" written in March is a year back: the month just gone is
            // "last month" (but "the week ended last March 5" written on March 15 is the
            // March 5 just gone, and "Reagan announced last March 27", written on April 17,
            // the March 27 just gone: a day of the month just gone is no month); so is
            // "next June" written in May a year ahead, the month to come being "next
            // month" ("arguments in the fall and a ruling by next June"; but "the fiscal
            // year ending next June 30" is the coming June 30); "this past March" written
            // in April is the March just gone
            let y = match rel {
                -1 if *just_past
                    && (m < a.month() || day.is_some_and(|d| m == a.month() && d < a.day())) =>
                {
                    a.year()
                }
                -1 if m + 1 < a.month() => a.year(),
                -1 if day
                    .is_some_and(|d| m + 1 == a.month() || (m == a.month() && d < a.day())) =>
                {
                    a.year()
                }
                -1 => a.year() - 1,
                0 => a.year(),
                _ if m > a.month() + 1 || (m > a.month() && day.is_some()) => a.year(),
                _ => a.year() + 1,
            };
            match day {
                Some(d) => dated(DateValue::day(ymd(y, m, *d)?)),
                None => dated(DateValue::month(y, m)?),
            }
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
        Core::ShortDecade(n) => {
            // (with no anchor, this century's first three decades, else the last's)
            let first = anchor.map_or(if *n < 30 { 2000 } else { 1900 }, |a| a.year() - 99);
            return resolve_as(Core::Decade(year_ending_in(*n, 100, first)));
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
            // "at year end" is "1989" with END in TIMEX3, over the closing day too ("had
            // 1,200 stores at year end vs 1,045 a year earlier"), but what looks ahead, "by
            // year's end", is the end of the year as "by the end of the year" is
            if *day {
                mk(TimexKind::Date, d.to_string(), Some(DateValue::day(d)))
            } else if ahead {
                let mut t = dated(unit_at(d, Unit::Year, 0)?);
                apply_modifier(&mut t, Mod::End, anchor);
                t
            } else {
                Timex {
                    modifier: Some(Modifier::End),
                    ..mk(
                        TimexKind::Date,
                        d.year().to_string(),
                        Some(DateValue::day(d)),
                    )
                }
            }
        }
        Core::RelQuarter { n, half, years } => {
            let letter = if *half { 'H' } else { 'Q' };
            let Some(a) = anchor else {
                return Some(unresolved(&format!("XXXX-{letter}{n}")));
            };
            // ("the fiscal first quarter" after the story's fiscal fourth: counted in its
            // fiscal year, as a quarter by its number alone is)
            // (and the story's own, "Perry Drug earned 13 cts a share in its first quarter
            // this year" after its fiscal first quarter, November to January)
            if !*half
                && *years == 0
                && let Some(moved) = counted_in_story_year(cx, *n, true)
            {
                return Some(dated_as_said(moved));
            }
            if !*half && let Some(moved) = counted_back_in_story_year(cx, *n, *years) {
                return Some(dated_as_said(moved));
            }
            // (with no quarter of the story's, in a story that names the month its fiscal
            // years end in, a quarter by its number alone, of those fiscal years: "Its fiscal
            // year ends June 30. In the fiscal third quarter, revenue rose", read in April
            // 2014, is January to March 2014; it was the calendar's July to September)
            if !*half && *years == 0 && cx.quarter().is_none() && cx.fiscal_end.is_some() {
                return resolve_as(Core::Quarter {
                    year: None,
                    q: *n,
                    years: 0,
                    by_months: false,
                });
            }
            // (and a half so counted after one the text gave days of its own: "first half
            // fiscal 1987, ended Feb 28 ... up from 16.6 mln in the prior year's first half"
            // is September 1985 to February 1986)
            if *half
                && *years != 0
                && let Some(moved) = from_half_told(cx, *n, *years)
            {
                return Some(dated_as_said(moved));
            }
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
            // months, the nearest; still to come, the next one of that number, unless it
            // is the quarter just over ("Margins will improve in the second quarter", read
            // in October, is next year's; "will take a charge in the third quarter" may be
            // the one just closed)
            let explicit = *year;
            let year = year.or_else(|| {
                anchor.map(|a| {
                    let current = quarter_of(a);
                    if *by_months {
                        // (told in the past, one begun: "Profit in the January-March quarter
                        // fell", read in November, is this year's, not the coming one)
                        let y = nearest_span(a, q * 3 - 2, q * 3);
                        let begun = ymd(y, q * 3 - 2, 1).is_some_and(|d| d <= a);
                        y - i32::from(matches!(tense, Tense::Past | Tense::Ended) && !begun)
                    } else if *q > current && tense != Tense::Future {
                        a.year() - 1
                    } else if *q < current && *q != quarter_before(a) && tense == Tense::Future {
                        a.year() + 1
                    } else {
                        a.year()
                    }
                })
            });
            if explicit.is_none()
                && !*by_months
                && let Some(moved) = counted_back_in_story_year(cx, *q, *years)
            {
                return Some(dated_as_said(moved));
            }
            // (and one of the story's number counted back from the story's, a calendar
            // quarter not yet over: "expects a net loss in the second quarter compared to a
            // loss in the year-ago second quarter", read in March 1987, is 1986-Q2, a year
            // before the coming one, not before the last one over)
            if explicit.is_none()
                && *years != 0
                && !*by_months
                && let Some(story) = cx.quarter()
                && anchor.is_some_and(|a| story.value.end >= a)
                && let Some((sy, n)) = quarter_named(&story.value)
                && n == *q
                && part_of_year(sy, *q, false).is_some_and(|p| p.start == story.value.start)
            {
                return Some(dated(part_of_year(sy + years, *q, false)?));
            }
            let year = year.map(|y| y + years);
            let Some(y) = year else {
                return Some(unresolved(&format!("XXXX-Q{q}")));
            };
            let d = part_of_year(y, *q, false)?;
            // a quarter of a year written, in a story whose quarters are fiscal and whose
            // fiscal year the text tells: that quarter of the fiscal year so named, as a
            // company names its fiscal years, for the year they end in ("1987 2nd quarter
            // and six mth net" after the "Second quarter" ended May 31, 1987, is March to
            // May 1987; "similar to 1987's second quarter's loss" after the third quarter
            // ended February 28 is September to November 1986), its value as written; not
            // where the years end in January to March, which companies name either way
            if let Some(written) = explicit
                && *years == 0
                && !*by_months
                && let Some(fy) = cx.story_year_named()
                && let Some(mut moved) = in_story_year(cx, *q, written + years - fy.end.year())
            {
                moved.timex = format!("{y:04}-Q{q}");
                return Some(dated_as_said(moved));
            }
            // the fiscal quarter the story reports, named again by its number alone:
            // "Tandem expects higher earnings in its second fiscal quarter ending March 31
            // ... Cohen estimated Tandem's second quarter net at 40 to 45 cts", read in
            // March 1987, is the quarter to March 31, not the calendar one of 1986, and
            // "the first quarter ended January 31 ... first quarter earnings" November to
            // January, not the calendar's of the same year
            // (a year named just before places it, or written in it a year back: "Last
            // year, Sand lost 243,064 dlrs in the second quarter" after its second quarter
            // ended January 31, 1987, is that quarter a year back, November 1985 to January
            // 1986, and so is "In 1986, Floating Point reported a third quarter loss" after
            // its third quarter ending July 31, 1987, May to July 1986)
            if let Some(story) = cx.quarter()
                && *years == 0
                && !*by_months
                && let Some(f) = fiscal_quarter_year(story, *q)
                && explicit.is_none_or(|_| f - y == 1)
            {
                let named = explicit
                    .or_else(|| {
                        cx.reference
                            .filter(|r| r.granularity == Granularity::Year && cx.recent())
                            .map(|r| r.start.year())
                    })
                    .filter(|&r| r < f && f - r <= 2);
                // (one whose middle the calendar numbers alike moves as the calendar's,
                // below)
                match named {
                    Some(r) => {
                        if let Some(moved) = fiscal_part_moved(story, 4 * (r - f), false) {
                            return Some(dated_as_said(moved));
                        }
                    }
                    None => return Some(dated_as_said(story.value.clone())),
                }
            }
            // ... and another quarter named by its number alone is counted in the story's
            // fiscal year, its days as many quarters on: "Net income in the fiscal first
            // quarter, which ended Sept. 30, rose ... it expects second-quarter revenue of
            // $24 billion" is October to December; "reporting results for the third quarter
            // ended February 22, said it expects the momentum to continue in the fourth
            // quarter" February 23 to May 22 (a number the story has not reached, told in
            // the past, is the last fiscal year's: "Earlier, Pillsbury reported fourth
            // quarter earnings" after its third quarter ended February 28, March to May of
            // the year before)
            if explicit.is_none()
                && *years == 0
                && !*by_months
                && let Some(moved) = counted_in_story_year(cx, *q, false)
            {
                return Some(dated_as_said(moved));
            }
            if explicit.is_none()
                && *years == 0
                && !*by_months
                && let Some(y) = cx.year_of_part_told(d.end)
            {
                return Some(dated(part_of_year(y, *q, false)?));
            }
            // in a story that names the month the company's fiscal year ends in, and no
            // quarter by its days, the quarter of that number of its fiscal years: "In its
            // last fiscal year ending October 31 ... its second quarter net rose", read
            // June 2, 1987, is February to April 1987 (it was April to June)
            // (and one counted back, "the prior fourth quarter" after "its fiscal year ended
            // May 31", read in June 2013, is March to May 2012: the one the calendar's
            // would be with no count, so many years back)
            let fiscal = match (cx.fiscal_end, anchor) {
                (Some(end), Some(a)) if explicit.is_none() && !*by_months => cx
                    .quarter()
                    .is_none()
                    .then(|| {
                        let uncounted = part_of_year(y - years, *q, false)?;
                        let part = fiscal_part(end, *q, 4, &uncounted, a)?;
                        // (still to come, not one over more than a quarter ago, which the
                        // calendar's just closed may stand for: "Its fiscal year ends June
                        // 30. It expects revenue to rise in the first quarter", read in April
                        // 2014, is July to September 2014, not 2013)
                        let gone = tense == Tense::Future
                            && close_moved(part.end, Unit::Month, 3).is_some_and(|e| e < a);
                        match years {
                            0 if gone => fiscal_part_moved(&part, 4, true),
                            0 => Some(part),
                            _ => fiscal_part_moved(&part, 4 * years, true),
                        }
                    })
                    .flatten(),
                _ => None,
            };
            dated(fiscal.unwrap_or(d))
        }
        Core::Half { year, h, years } => {
            if year.is_none()
                && *years != 0
                && let Some(moved) = from_half_told(cx, *h, *years)
            {
                return Some(dated_as_said(moved));
            }
            if year.is_none() && *years == 0 {
                if let Some(half) = fiscal_half(cx, *h) {
                    return Some(dated(half));
                }
                // (a half the text gave days of its own, or the other half of its year)
                if cx.quarter().is_none()
                    && let Some(half) = from_half_told(cx, *h, 0)
                {
                    return Some(dated(half));
                }
            }
            // (told in the past, a half not yet begun is last year's: "Revenue fell in the
            // second half", read in June; still to come, a half gone by is next year's: "The
            // deal is expected to close in the first half", read in October; counted back
            // from, "the year-earlier second half", the latest one begun, as for a quarter)
            let Some(y) = year.or_else(|| {
                anchor.map(|a| {
                    let current = if a.month() <= 6 { 1 } else { 2 };
                    let back = *years != 0 || matches!(tense, Tense::Past);
                    // (and one barely begun, most of it still to come: "losses on
                    // inventories in the first half", read in March after "the year")
                    let month_in = (a.month() - 1) % 6;
                    let under_way =
                        *h == current && *years == 0 && tense == Tense::Past && month_in < 3;
                    a.year() - i32::from(*h > current && back || under_way)
                        + i32::from(*h < current && tense == Tense::Future && *years == 0)
                        + years
                })
            }) else {
                return Some(unresolved(&format!("XXXX-H{h}")));
            };
            // (a half of a year written, in a story whose quarters are fiscal and whose
            // fiscal year the text tells, is that half of the fiscal year so named, as a
            // quarter is: "the 1985 second half" after the first quarter ended January 31,
            // in years to October, is May to October 1985), its value as written
            if year.is_some()
                && *years == 0
                && let Some(fy) = cx.story_year_named()
                && let Some(mut fiscal) = fiscal_part_in(fy.end.month(), *h, 2, y)
            {
                fiscal.timex = format!("{y:04}-H{h}");
                return Some(dated(fiscal));
            }
            let mut d = part_of_year(y, *h, true)?;
            if year.is_none()
                && *years == 0
                && let Some(y) = cx.year_of_part_told(d.end)
            {
                d = part_of_year(y, *h, true)?;
            }
            // (in a story that names the month the company's fiscal year ends in, and no
            // quarter, the half of that number of its fiscal years, as for a quarter:
            // "Hardie said a 42 pct jump in second-half net earnings", after "the year ended
            // March 31", read in June 1987, is October 1986 to March 1987)
            if let (Some(end), Some(a), None, None) = (cx.fiscal_end, anchor, year, cx.quarter())
                && *years == 0
                && let Some(fiscal) = fiscal_part(end, *h, 2, &d, a)
            {
                d = fiscal;
            }
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
            // "that Friday": on or after the last day named, else as "Friday" alone
            let that = *from_reference && *rel == Some(0);
            if that && let Some(from) = cx.day {
                let from = cx.count_from(from);
                let fwd = day.days_since(from.start.weekday());
                return Some(dated(DateValue::day(
                    from.start + Duration::days(fwd.into()),
                )));
            }
            let rel = &rel.filter(|_| !that);
            let named = cx
                .reference
                .filter(|_| *from_reference && !that)
                .map(|r| cx.count_from(r).start);
            let Some(a) = named.or(anchor) else {
                return Some(unresolved(&weekday_value(*day, None)));
            };
            let back = i64::from(a.weekday().days_since(*day));
            let date = match (rel, tense) {
                // ("two Fridays ago": a week before the last)
                (Some(r @ ..=-1), _) => {
                    a - Duration::days(if back == 0 { 7 } else { back } + 7 * i64::from(-r - 1))
                }
                // "this Sunday" is the coming one, unless the verb is past
                (Some(1), _) | (None | Some(0), Tense::Future) | (Some(0), Tense::Unmarked) => {
                    let fwd = (7 - back) % 7;
                    a + Duration::days(if fwd == 0 && *rel == Some(1) { 7 } else { fwd })
                }
                _ => weekday_on_or_before(a, *day),
            };
            dated(DateValue::day(date))
        }
        Core::DayOfMonth {
            day,
            months: Some(months),
        } => {
            let Some(a) = anchor else {
                return Some(unresolved(&format!("XXXX-XX-{day:02}")));
            };
            let month = shift(a.with_day(1)?, Unit::Month, i64::from(*months))?;
            dated(DateValue::day(month.with_day(*day)?))
        }
        Core::DayOfMonth { day, months: None } => {
            let named = cx
                .reference
                .filter(|r| r.granularity <= Granularity::Month)
                .map(|r| cx.count_from(r).start);
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
                return Some(unresolved(unit.unknown()));
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
                (Unit::Week, 0, _, tense) if week_ahead_on_sunday(a, tense) => 1,
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
                Some(r) if told && r.granularity < now.granularity && r.end < now.start => {
                    cx.count_from(r).start
                }
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
            // (told in the future, the next one from March: "The law takes effect in the
            // new year", read in June, is next year)
            let turn = if cx.tense == Tense::Future { 2 } else { 6 };
            dated(unit_at(a, Unit::Year, i64::from(a.month() > turn))?)
        }
        Core::Anniversary {
            unit,
            amount,
            at,
            days,
        } => {
            let Some(a) = anchor else {
                return Some(unresolved("XXXX"));
            };
            dated(unit_at(
                shift(a + Duration::days(*days), *unit, *amount)?,
                *at,
                0,
            )?)
        }
        Core::FromWeekday { day, unit, amount } => {
            let Some(a) = anchor else {
                return Some(unresolved("XXXX-XX-XX"));
            };
            // ("Kennedy was assassinated 50 years ago Friday", read on a Wednesday: the
            // anniversary falls on the coming Friday; years or months back count from the
            // weekday nearest the publication, weeks and days from the last one)
            let from_day = if *amount < 0 && matches!(unit, Unit::Month | Unit::Year) {
                let before = weekday_on_or_before(a, *day);
                let after = weekday_on_or_after(a, *day);
                if after - a < a - before {
                    after
                } else {
                    before
                }
            } else if *amount < 0 {
                weekday_on_or_before(a, *day)
            } else {
                weekday_on_or_after(a, *day)
            };
            dated(DateValue::day(shift(from_day, *unit, *amount)?))
        }
        Core::InThatYear { inner, years } => {
            let named = cx
                .reference
                .filter(|r| r.granularity <= Granularity::Year)
                .map(|r| cx.count_from(r).start.year() + years);
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
                .map(|r| cx.count_from(r).clone())
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
        Core::Beside {
            unit,
            weekday,
            offset,
            date,
            ..
        } => {
            let named = resolve(date, cx, span.clone())?.date?;
            let day = if *offset < 0 { named.start } else { named.end };
            // ("the Wednesday after Thanksgiving": the first one after the day, a week on
            // when the day is itself a Wednesday)
            if let Some(w) = *weekday {
                let d = if *offset < 0 {
                    weekday_on_or_before(day.pred_opt()?, w)
                } else {
                    weekday_after(day, w)
                };
                return Some(dated(DateValue::day(d)));
            }
            // (a weekend is the last one to end before the date, or the first to begin
            // after it: Thanksgiving's, on a Thursday, is the one right after it)
            dated(match unit {
                Unit::Weekend => weekend_near(day + Duration::days((*offset).into()), *offset < 0)?,
                _ => unit_at(day, *unit, (*offset).into())?,
            })
        }
        // ("at the same time last year" after "by October 1": that day a year back; after
        // a whole year, "by the year end", which holds no time of its own, the
        // publication's day a year back)
        Core::SameTime { unit, amount } => resolve_as(match cx.reference {
            Some(r) if !(*unit == Unit::Year && r.granularity >= Granularity::Year) => {
                Core::Shifted {
                    unit: *unit,
                    amount: *amount,
                    from_reference: true,
                }
            }
            _ => Core::Anniversary {
                unit: *unit,
                amount: *amount,
                at: Unit::Day,
                days: 0,
            },
        })?,
        Core::ThisDayIn(year) => match anchor {
            Some(a) => dated(DateValue::day(a.with_year(*year)?)),
            None => unresolved(&format!("{year}-XX-XX")),
        },
        Core::Shifted {
            unit,
            amount,
            from_reference,
        } => {
            // "car sales for the March 1-10 period rose to 849 from 809 a year earlier":
            // the days the text named as a period, so many years back ("a year ago" too, in
            // the sentence or the next)
            // (and where the text did not write both days, valued as the words are read
            // without them, those days their interval: after a length and the day that
            // closes it the day a year back, as TimeBank marks wsj_1006's "For the six
            // months ended Aug. 12 ... a year earlier" (1988-08-12, February 13 to August
            // 12); after "the first two months of the year", the year, as TimeBank marks
            // such a one)
            if *unit == Unit::Year
                && *amount < 0
                && (*from_reference || cx.recent())
                && let Some((p, written)) = cx.current_period()
            {
                let moved = p.days_moved(0, *amount)?;
                if written {
                    cx.count_from(p);
                    return Some(dated_as_said(moved));
                }
                let without = Resolve {
                    period: None,
                    counted_from: Default::default(),
                    ..*cx
                };
                let mut t = resolve(expr, &without, span)?;
                // (only when the words so read hold those days or close with them: not
                // "the weeks truck output at 80,168, up from 72,026 a year earlier" after
                // "the same 1986 period", the week a year back)
                // (nor a week of days of its own that closes with them)
                match t.date.as_mut().filter(|d| {
                    (d.end == moved.end && d.granularity != Granularity::Week)
                        || (d.start <= moved.start && moved.end <= d.end)
                }) {
                    Some(d) => {
                        (d.start, d.end) = (moved.start, moved.end);
                        cx.count_from(p);
                    }
                    None => cx.counted_from.set(without.counted_from.take()),
                }
                return Some(t);
            }
            // (an earlier quarter named in an earlier sentence is background, as it is for
            // "the year-ago quarter": "After a flat second quarter, ... Tax rates were lower
            // than a year ago" in a story of the third is the third a year back)
            if *unit == Unit::Year
                && *amount < 0
                && let Some(q) = cx.quarter_over_background(false)
            {
                let story = cx.with_reference(Some(q));
                let t = resolve(expr, &story, span);
                cx.counted_from.set(story.counted_from.take());
                return t;
            }
            // In a text about quarters, "a year ago" is the same quarter a year before
            // (but after a count of months the sentence reports, "For the nine months, ...
            // compared with ... a year earlier", the year before)
            let quarterly = cx
                .reference
                .is_some_and(|r| r.granularity == Granularity::Quarter)
                && !cx.months_told;
            // (weeks are not counted from a year: "a week earlier" after "in 1986" counts
            // from the publication date; nor years from a decade, "a year earlier" after
            // "in the early 2000s")
            let counts_from = |r: &DateValue| match unit {
                Unit::Week => r.granularity <= Granularity::Quarter,
                Unit::Decade | Unit::Century => true,
                _ => r.granularity < Granularity::Decade,
            };
            let base = match (from_reference, cx.reference) {
                // months are not counted from the middle of a year: from its end or start
                // when the text named that ("reduced from 15.6 billion three months earlier"
                // after "at end 1986"), else from the last day or month named ("Four months
                // later" after "On March 18 of last year ... in 1986", "A month later" after
                // "In March, the government said 1988 tax cuts would be expanded"), else from
                // the publication
                (true, Some(r)) if *unit == Unit::Month && r.granularity >= Granularity::Year => {
                    match r.modifier {
                        Some(Modifier::End) => {
                            Some((cx.count_from(r).end, Granularity::Month, true))
                        }
                        Some(Modifier::Start) => {
                            Some((cx.count_from(r).start, Granularity::Month, true))
                        }
                        _ => cx
                            .month
                            .map(|d| (cx.count_from(d).middle(), d.granularity, true)),
                    }
                    .or_else(|| anchor.map(|a| (a, Granularity::Day, false)))
                }
                (true, Some(r)) if counts_from(r) => {
                    let granularity = if cx.months_told && r.granularity == Granularity::Quarter {
                        Granularity::Year
                    } else {
                        r.granularity
                    };
                    Some((cx.count_from(r).middle(), granularity, true))
                }
                (false, Some(r)) if quarterly && *unit == Unit::Year => {
                    Some((cx.count_from(r).middle(), r.granularity, false))
                }
                // ("February car production declined to 358,661 from 398,823 a year ago":
                // the month the sentence measures, a year back; "in January from 33.8
                // billion a month ago", a month back; a month measured is over or under
                // way, not "September bond futures climbed from 87 a month ago")
                (false, Some(r))
                    if (*unit == Unit::Year || (*unit == Unit::Month && cx.baseline))
                        && *amount == -1
                        && r.granularity == Granularity::Month
                        && anchor.is_some_and(|a| r.start <= a)
                        && cx.recent() =>
                {
                    Some((cx.count_from(r).middle(), r.granularity, true))
                }
                _ => anchor.map(|a| (a, Granularity::Day, false)),
            };
            // Counted from a date the text named, the count keeps that date's precision;
            // with none named, from the publication date, it keeps its own.
            let Some((base, base_g, named)) = base else {
                return Some(unresolved(unit.unknown()));
            };
            // "A year later, he quit", "Two weeks later, Google cut ties" with no date named to
            // count from: the length between two events of the story, not so long after the
            // publication (which "earlier" may count back from: "Two years earlier, the plant
            // had closed")
            if *from_reference && *amount > 0 && !named {
                return resolve_as(Core::Duration {
                    unit: *unit,
                    amount: Some(*amount as f64),
                });
            }
            let unit_out = match (unit, base_g) {
                (Unit::Year, Granularity::Quarter) => Unit::Quarter,
                (Unit::Year, Granularity::Day) if named => Unit::Day,
                (Unit::Year, Granularity::Week) if named => Unit::Week,
                (Unit::Year, Granularity::Month) if named => Unit::Month,
                // ("a year earlier" after "the first half" is that half a year back)
                (Unit::Year, Granularity::Half) if named => Unit::Half,
                (Unit::Year, _) if quarterly => Unit::Quarter,
                // "six decades later" after "in 1950" is 2010, a year
                (Unit::Decade | Unit::Century, Granularity::Year) if named => Unit::Year,
                (u, _) => *u,
            };
            // (and so does a year with days of its own: "in the year starting April 1 from
            // 303,000 a year earlier" is April 1986 to March 1987)
            if *unit == Unit::Year
                && unit_out == Unit::Year
                && named
                && let Some(r) = cx.reference.filter(|r| own_year(r))
                && let Ok(years) = i32::try_from(*amount)
                && let Some(moved) = cx.count_from(r).years_moved(years)
            {
                return Some(dated(moved));
            }
            // (a fiscal quarter keeps its days, moved by whole years: "a fourth quarter
            // operating loss ... compared to profits of seven cts a share a year ago", after
            // a fourth quarter of May to July, is May to July a year back)
            if *unit == Unit::Year
                && let Some(r) = cx.reference
                && let Some(per_year) = match (unit_out, r.granularity) {
                    (Unit::Quarter, Granularity::Quarter) => Some(4),
                    (Unit::Half, Granularity::Half) => Some(2),
                    _ => None,
                }
                && let Ok(years) = i32::try_from(*amount)
                && let Some(moved) = fiscal_part_moved(cx.count_from(r), per_year * years, false)
            {
                return Some(dated(moved));
            }
            // (and a week of days of its own: "a week earlier", "a year earlier" after "the
            // week ended March 6" are those days moved)
            if named
                && unit_out == Unit::Week
                && let Some(r) = cx.reference
                && let Ok(n) = i32::try_from(*amount)
                && let Some(moved) = match unit {
                    Unit::Week => r.own_week_moved(n, 0),
                    Unit::Year => r.own_week_moved(0, n),
                    _ => None,
                }
            {
                cx.count_from(r);
                return Some(dated(moved));
            }
            let shifted = shift(base, *unit, *amount)?;
            dated(numbered_as(
                cx.reference.map(|r| &r.value),
                unit_at(shifted, unit_out, 0)?,
            ))
        }
        Core::NotePeriod { unit, years, over } => {
            let Some(a) = anchor else {
                return Some(unresolved("XXXX"));
            };
            let quarter = || match cx.quarter() {
                Some(q) => Some(cx.count_from(q).clone()),
                None => quarter_reported_by(a),
            };
            // (the fiscal year of the story's quarter, when the text tells it: "Current year
            // net includes" under "2nd qtr Jan 31", "Prior year net" under "Jan 31 end ...
            // Year")
            if *unit == Unit::Year
                && let Some(year) = cx.story_year()
            {
                return Some(dated(year.years_moved(*years)?));
            }
            // ("Prior qtr" under "Qtr ended Jan 31": November 1985 to January 1986, the
            // quarter's days a year back)
            if *unit == Unit::Quarter {
                let q = quarter()?;
                return Some(dated(match years {
                    0 => q,
                    _ => fiscal_part_moved(&q, 4 * years, false).or_else(|| {
                        unit_at(
                            shift(q.start, Unit::Year, i64::from(*years))?,
                            Unit::Quarter,
                            0,
                        )
                    })?,
                }));
            }
            let day = if *over { quarter()?.middle() } else { a };
            dated(unit_at(day, Unit::Year, i64::from(*years))?)
        }
        Core::Anaphor {
            unit,
            years,
            offset,
            in_year,
            same,
        } => {
            // "matures on the same date in 1992": the day named last, in that year (with
            // none named, the year)
            if *unit == Some(Unit::Day)
                && let Some(y) = in_year
            {
                return Some(dated(match cx.story_day() {
                    Some(d) => DateValue::day(cx.count_from(d).end.with_year(*y)?),
                    None => unit_at(ymd(*y, 1, 1)?, Unit::Year, 0)?,
                }));
            }
            // "the weekend" is the one next to the publication date: the last one, or the
            // coming one when the clause speaks of the future ("that weekend" is the one of
            // the day named last).
            if *unit == Some(Unit::Weekend)
                && *years == 0
                && *offset == 0
                && !(*same
                    && cx
                        .reference
                        .is_some_and(|r| r.granularity <= Granularity::Week))
                && let Some(a) = anchor
            {
                // ("Last year, the film opened on the same weekend": the weekend as many
                // weeks into a year named in its sentence)
                let years_back = cx
                    .reference
                    .filter(|r| *same && r.granularity == Granularity::Year && cx.recent())
                    .map(|r| i64::from(a.year() - r.start.year()))
                    .filter(|&n| n > 0);
                let a = years_back.map_or(a, |n| a - Duration::weeks(52 * n));
                return Some(dated(weekend_near(a, cx.tense != Tense::Future)?));
            }
            // "the year", "the prior year" in a story of a fiscal quarter, speaking of that
            // quarter or a date in its year (or of none): its fiscal year ("Same-store sales
            // declined 3.2 pct for the quarter and 2.2 pct for the year" after "the fourth
            // quarter ended January 31" is February 1986 to January 1987), or the one before
            if *unit == Some(Unit::Year)
                && in_year.is_none()
                && !*same
                && matches!((years, offset), (0, 0) | (-1, 0) | (0, -1))
                && let Some(year) = cx.story.and_then(|s| s.year_spoken_of(cx.reference))
            {
                return Some(dated_as_said(year.years_moved(years + offset)?));
            }
            // ... and "the year", "the same period last year", "the previous year" after a
            // year with days of its own are those days, or a year back ("fiscal 1986, ended
            // last March ... during the year" is April 1986 to March 1987; "the fiscal year
            // which began on April 1, 1986 ... the same period last year" April 1985 to March
            // 1986); told in no past after one over, the next, when it is under way ("in
            // fiscal 1986. Vista said sales for the year are expected to be comparable", with
            // years ending in September, read in March 1987, is October 1986 to September
            // 1987; not "that year", which points back at the one told)
            if matches!(unit, None | Some(Unit::Year))
                && in_year.is_none()
                && matches!(years + offset, -1 | 0)
                && let Some(r) = cx.reference.filter(|r| own_year(r))
                && let Some(a) = anchor
            {
                let r = cx.count_from(r);
                let ahead = years + offset == 0
                    && !matches!(cx.tense, Tense::Past | Tense::Ended)
                    && !cx.points_back()
                    && r.end < a;
                let moved = if ahead {
                    r.years_moved(1).filter(|n| n.start <= a && a <= n.end)
                } else {
                    r.years_moved(years + offset)
                };
                if let Some(moved) = moved {
                    return Some(dated_as_said(moved));
                }
            }
            // "the same period a year ago" after "the March 11-20 period", "the period"
            // after "the four weeks ended February 25": the days the text named as a period,
            // so many years back ("the prior period": as many days before)
            // (and in a year written, "the same period of 1986" after "year-to-date" read in
            // March 1987: those days in that year, counted by the year of their last)
            if unit.is_none()
                && matches!(offset, -1 | 0)
                && let Some((p, _)) = cx.current_period()
                && (in_year.is_none() || *offset == 0)
            {
                let years = match in_year {
                    Some(y) => y - p.value.end.year(),
                    None => *years,
                };
                let moved = cx.count_from(p).days_moved(*offset, i64::from(years))?;
                // ("the first week of the period")
                return Some(dated_as_said(moved));
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
            // ("later in the year", "the rest of the year")
            let later = matches!(expr.modifier, Some(Mod::Later));
            let reference = match (unit, cx.reference, cx.quarter()) {
                // "In the first two months of the year, inflation was 3.8 pct" read in
                // March 1987, after "1986" in an earlier sentence: the months just over
                (Some(Unit::Year), Some(r), _)
                    if *years == 0
                        && *offset == 0
                        && cx.months_so_far()
                        && !cx.recent()
                        && anchor.is_some_and(|a| r.end.year() < a.year()) =>
                {
                    None
                }
                // "will step down at the end of the year" after "mayor since 2009": what is
                // still to come is in no long-past year
                // (nor, as a deadline, in a year already over: "The state's economy will
                // begin to expand by the end of the year" after "in 1986", read in April 1987;
                // but "expects to report a loss for the year" after "sales for 1986"; nor is
                // what is still to come later in it, "Sales will rise later in the year",
                // "favorable comparisons for the balance of the year"; nor is one still to be
                // finished, "West Germany appeared likely to finish the year with the lowest
                // growth rate" after "the final three months of 1986", read in June 1987,
                // nor a share of one that lasts ahead, "will remain considerable for most
                // of the year")
                (Some(Unit::Year), Some(r), _)
                    if *years == 0
                        && *offset == 0
                        && cx.tense == Tense::Future
                        && (stale(r)
                            || ((cx.right_after("by")
                                || later
                                || finishes(cx)
                                || share_of(cx))
                                && over(r, Unit::Year))) =>
                {
                    None
                }
                // (nor, still to come, in a year to come named in an earlier sentence: "The
                // plea is expected to be approved early next year. The firm has said it will
                // stop managing outside money by the end of the year", read in December
                // 2013, is 2013's end)
                (Some(Unit::Year), Some(r), _)
                    if *years == 0
                        && *offset == 0
                        && cx.tense == Tense::Future
                        && !cx.recent()
                        && anchor.is_some_and(|a| r.start.year() > a.year()) =>
                {
                    None
                }
                // what is left of a period is left of one begun: not of one still to begin,
                // "the remainder of the week" after "a G-5 meeting next week", nor, unless a
                // verb in the past tells it, of a year already over, "if these loans remain on
                // non-accrual for the remainder of the year" after 1986
                (Some(u @ (Unit::Year | Unit::Month | Unit::Week)), Some(r), _)
                    if *years == 0
                        && *offset == 0
                        && cx.rest
                        && ((*u == Unit::Year && cx.tense == Tense::Unmarked && over(r, *u))
                            || anchor
                                .and_then(|a| unit_at(a, *u, 0))
                                .is_some_and(|now| r.start > now.end)) =>
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
                // "Growth in the first two months of the year was weak" after "returns in
                // 2014", read in March 2013: what is told in the past is in no period still
                // to begin, nor is what is counted back from a date still to come, unless
                // the clause looks ahead ("sales equaled the preceding week" after "the
                // 1987/88 season, which begins June 1" is the week before the week the story
                // named)
                (Some(u @ (Unit::Year | Unit::Month | Unit::Week)), Some(r), _)
                    if *years == 0
                        && (matches!(cx.tense, Tense::Past | Tense::Ended)
                            || (*offset < 0 && *u == Unit::Week && cx.tense != Tense::Future))
                        && *offset <= 0
                        && anchor.is_some_and(|a| r.start > a) =>
                {
                    match (u, offset) {
                        (Unit::Week, ..=-1) => {
                            cx.week.filter(|w| anchor.is_some_and(|a| w.start <= a))
                        }
                        _ => None,
                    }
                }
                // "the quarter" after a year: the quarter named before it
                (Some(Unit::Quarter), Some(r), Some(q)) if r.granularity >= Granularity::Year => {
                    Some(q)
                }
                // ... and, looking ahead, after a quarter over when the story's is not:
                // "expects its first-quarter results to reach all-time highs ... the 1986
                // fourth quarter ... income for the quarter will exceed" is the first
                (Some(Unit::Quarter), Some(r), Some(q))
                    if *years == 0
                        && *offset == 0
                        && cx.tense == Tense::Future
                        && anchor.is_some_and(|a| r.end < a && q.end >= a) =>
                {
                    Some(q)
                }
                // ... and after the day that closes it ("Period ended Jan 31 ... Per share
                // profits were 1.46 dlrs vs 71 cts in the quarter": November to January)
                (Some(Unit::Quarter), Some(r), Some(q))
                    if *years == 0
                        && *offset == 0
                        && r.granularity == Granularity::Day
                        && r.end == q.end =>
                {
                    Some(q)
                }
                // ... and after a month or a day outside that quarter told in an earlier
                // sentence ("first quarter net income dropped 61 pct ... its pullout from
                // the business in October 1986. ... outlays totaled 500 mln dlrs for the
                // quarter": 1987-Q1)
                // (not after the last day of a calendar quarter, which more likely closes
                // the period the story reports: "Sales in the nine months ended March 31
                // rose. In the quarter, ..." after a fiscal "third quarter")
                (Some(Unit::Quarter), Some(r), Some(q))
                    if *years == 0
                        && r.granularity < Granularity::Quarter
                        && (r.end < q.start || r.start > q.end)
                        && !cx.recent()
                        && !(r.granularity == Granularity::Day
                            && unit_at(r.end, Unit::Quarter, 0)
                                .is_some_and(|q| q.end == r.end)) =>
                {
                    Some(q)
                }
                // "the year-ago quarter", "the year-earlier results" compare with the
                // period the story reports: the date named last, unless it is a day in the
                // story's quarter ("the quarter ended Sept. 30"), a period still to come
                // ("the third quarter of 1990"; a month or a season too, "plans to expand
                // its grocery service next spring ... over the prior-year period") or a
                // day in the coming week, the report's
                // ("reports third-quarter results on Wednesday"), when the story's quarter
                // serves (not the last day of a quarter still to come, "second quarter,
                // ending December 31", which names that quarter); a date
                // that was stale is no period of the story at all
                (None | Some(Unit::Quarter), r, q) if *years == -1 => {
                    let q = q.filter(|q| !stale(q));
                    match (r, q) {
                        (Some(r), q) if stale(r) => q,
                        // an earlier quarter named in an earlier sentence ("After a flat
                        // second quarter, ...") is background: the story's quarter serves
                        // (and so is an earlier month for a quarter a year back, "changed
                        // to a calendar year in December. In the comparable year-ago
                        // quarter")
                        (Some(_), Some(q))
                            if cx
                                .quarter_over_background(*unit == Some(Unit::Quarter))
                                .is_some() =>
                        {
                            Some(q)
                        }
                        (Some(r), Some(q))
                            if (r.granularity < Granularity::Quarter
                                && q.start <= r.start
                                && r.end <= q.end)
                                || anchor.is_some_and(|a| {
                                    r.start > a
                                        && (r.granularity >= Granularity::Month
                                            || (r.granularity == Granularity::Day
                                                && r.start <= a + Duration::days(7)))
                                }) =>
                        {
                            Some(q)
                        }
                        // ("Prior year net includes tax credits in quarter" after "Current
                        // year": a quarter is not counted from the middle of a year, but
                        // from the story's quarter, else the last one over)
                        (Some(r), q)
                            if *unit == Some(Unit::Quarter)
                                && r.granularity > Granularity::Quarter =>
                        {
                            q
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
                // ("1985 operating profit includes gains in quarter" with no quarter named:
                // not the year's first, the last one over, moved to that year, below)
                (Some(Unit::Quarter), Some(r), None)
                    if in_year.is_some() && r.granularity >= Granularity::Year =>
                {
                    None
                }
                // "the period" in a story of a quarter, after a month or a day named in an
                // earlier sentence ("The company's previous guidance, issued in October,
                // called for flat sales. AWS grew 13% in the period"): the story's quarter
                (None, Some(r), Some(q))
                    if *years == 0
                        && *offset == 0
                        && !*same
                        && r.granularity < Granularity::Quarter
                        && !cx.recent() =>
                {
                    Some(q)
                }
                _ => cx.reference,
            };
            // "that day" after "in September" names no day; "the previous day" after
            // "last year's vote" counts from the last day the text named, and so is "the
            // same day" that day ("ruled on Wednesday ... in 1996 ... In a separate ruling
            // the same day"); "the previous week" after "Last year" counts from the last
            // week, else the last day (else from the publication)
            let reference = match (unit, reference) {
                // (and told in the past, a day of the story is no day still to come:
                // "figures released on the same day showed" after "will be cut from Sunday
                // 24 March"; see `Resolve::story_day`)
                // (but a period named last that the story's day opens or closes does not
                // hide that day: "began on Oct. 1. The fiscal year started that day")
                (Some(Unit::Day), Some(r)) => {
                    let day = cx.story_day()?;
                    let bounded = r.start == day.start || r.end == day.start;
                    if r.granularity != Granularity::Day && *offset == 0 && !*same && !bounded {
                        return None;
                    }
                    Some(day)
                }
                (Some(Unit::Week), Some(r))
                    if *offset != 0 && r.granularity > Granularity::Week =>
                {
                    cx.week.or(cx.day)
                }
                (_, r) => r,
            };
            // "the week" after "mid-2015" is no week of 2015 in particular, nor after "in
            // March" one of March: a week is found in a day or a week, a month in a date no
            // coarser than a quarter, a year in one no coarser than a year ("for much of the
            // year" after "the past decade")
            let coarsest = match unit {
                Some(Unit::Week) => Granularity::Week,
                Some(Unit::Half) => Granularity::Half,
                Some(Unit::Month) => Granularity::Quarter,
                Some(Unit::Year) => Granularity::Year,
                _ => Granularity::Vague,
            };
            // (and what the text tells of as over since its end is no period still to
            // come: "expects to report a second quarter loss ... its backlog has risen
            // since the end of its fiscal year", read in March, is last year's end)
            let reference = reference.filter(|r| {
                (*years != 0 || *offset != 0 || r.granularity <= coarsest)
                    && !(cx.end_told == Some(EndTold::Since) && anchor.is_some_and(|a| r.start > a))
            });
            // "the previous week" after "the week ended March 6": the seven days before
            // those days ("the same week last year", "the same week in 1986" those days a
            // year back; "the latest period" those days), named by the calendar's week
            // their last day is in
            if matches!(unit, None | Some(Unit::Week))
                && let Some(r) = reference
                && let Some(week) =
                    r.own_week_moved(*offset, in_year.map_or(*years, |y| y - r.end.year()))
            {
                return Some(dated_as_said(week));
            }
            let (base, base_g) = match (reference, anchor) {
                // "the year-ago week" after "the week ended Feb. 21" is the week holding
                // Feb. 21 a year back: a year is counted from the middle of the period
                (Some(r), _) if *years != 0 => {
                    (r.named_year().unwrap_or(r.middle()), r.granularity)
                }
                // (a quarter from its middle: a fiscal one may start late in a calendar
                // quarter, "the first quarter ending June 28")
                (Some(r), _) if r.granularity == Granularity::Quarter => {
                    (r.middle(), r.granularity)
                }
                // (and a year from the middle of a season: "the first two months of the
                // year" after "since the winter", read in March 2013, are 2013's, not those of
                // the year the winter began in)
                (Some(r), _)
                    if r.granularity == Granularity::Season && *unit == Some(Unit::Year) =>
                {
                    (r.middle(), r.granularity)
                }
                // ("Sales rose in 1986. Net rose in the quarter", read in March 1987, with
                // no quarter named: the quarter of that year nearest the publication, the
                // last one of a year over, the last one over of the publication's year (the
                // one under way before its first is over), the first one of a year to come;
                // still to come, none of a year over: "last year's 59 cts ... might earn 57
                // cts to 60 cts a share in the quarter")
                (Some(r), Some(a))
                    if *unit == Some(Unit::Quarter)
                        && *offset == 0
                        && r.granularity == Granularity::Year
                        && r.named_year().is_none() =>
                {
                    let last_over = quarter_reported_by(a)?.start;
                    let day = if r.end < a && cx.tense != Tense::Future {
                        r.end
                    } else if r.start > a {
                        r.start
                    } else if r.end >= a && last_over >= r.start {
                        last_over
                    } else {
                        a
                    };
                    (day, Granularity::Day)
                }
                (Some(r), _) => (r.named_year().unwrap_or(r.start), r.granularity),
                // ("Sales rose in the half" with no half, quarter or day named before: not
                // the half under way, a half a report speaks of is one its text names)
                (None, _) if *unit == Some(Unit::Half) => return None,
                // "the year-ago quarter", "the 1986 quarter" with no quarter named: the
                // story's quarter is the last one over, whose results are reported (not
                // when the clause looks ahead: "expects to beat the year-ago quarter");
                // and a note's "Prior year net includes ... in year" is the year before
                // the one that quarter is in (the year a fiscal one ends in names it)
                (None, Some(a))
                    if (*unit == Some(Unit::Quarter)
                        && (*years == -1 || in_year.is_some())
                        && *offset == 0
                        && cx.tense != Tense::Future)
                        || (*unit == Some(Unit::Year)
                            && *years == -1
                            && cx.tense == Tense::Ended) =>
                {
                    (quarter_reported_by(a)?.start, Granularity::Day)
                }
                // "year-ago levels" with no period named: last year
                (None, Some(a)) if *years == -1 => (a, Granularity::Year),
                // ("The year ended with a rally", read on Jan. 4: the period that ended is
                // over, the last one unless the publication is in its last days; a
                // quarter's results come out after it closes, so a note's quarter,
                // "in quarter" read on March 31, is the last one whatever the day)
                (None, Some(a))
                    if cx.tense == Tense::Ended
                        && *offset == 0
                        && matches!(
                            unit,
                            Some(Unit::Week | Unit::Month | Unit::Quarter | Unit::Year)
                        )
                        && (*unit == Some(Unit::Quarter)
                            || unit
                                .and_then(|u| unit_at(a, u, 0))
                                .is_some_and(|now| now.end > a + Duration::days(2))) =>
                {
                    let last = if cx.noted {
                        quarter_reported_by(a)?
                    } else {
                        unit_at(a, (*unit)?, -1)?
                    };
                    (last.start, Granularity::Day)
                }
                // ("Sales in the quarter rose 5 pct" with no quarter or date named before it,
                // told in the past before a quarter's last month: a quarter's results come
                // out after it closes, up to two months after, so the last one over)
                (None, Some(a))
                    if *unit == Some(Unit::Quarter)
                        && *offset == 0
                        && *years == 0
                        && in_year.is_none()
                        && cx.tense == Tense::Past
                        && unit_at(a, Unit::Month, 0)
                            .zip(unit_at(a, Unit::Quarter, 0))
                            .is_some_and(|(month, now)| month.end < now.end) =>
                {
                    (quarter_reported_by(a)?.start, Granularity::Day)
                }
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
                // "Sales rose sharply at the end of the year", "has risen since the end of
                // the year", read in March: told in the past, or since it, the end of a
                // month, quarter or year still in its first half is the last one's (see
                // `end_told`; not "by the end of the year")
                (None, Some(a))
                    if cx
                        .end_told
                        .is_some_and(|told| told == EndTold::Since || cx.tense == Tense::Past)
                        && *offset == 0
                        && matches!(unit, Some(Unit::Month | Unit::Quarter | Unit::Year))
                        && unit
                            .and_then(|u| unit_at(a, u, 0))
                            .is_some_and(|now| a < now.middle()) =>
                {
                    (unit_at(a, (*unit)?, -1)?.start, Granularity::Day)
                }
                // "the period", "the same period" with no date named before it is no period
                // the text gave
                // ("with an option to extend the period up to 10 years", "for the period
                // July 1/March 13", whose days are tagged on their own): not the
                // publication's day; nor is "the prior period" the day before it
                (None, Some(_)) if unit.is_none() && *years == 0 && in_year.is_none() => {
                    return None;
                }
                // ("Results may not be final until later in the week", in a Sunday paper,
                // as "this week")
                (None, Some(a))
                    if *unit == Some(Unit::Week)
                        && *offset == 0
                        && *years == 0
                        && week_ahead_on_sunday(a, cx.tense) =>
                {
                    (a.succ_opt()?, Granularity::Day)
                }
                (None, Some(a)) => (a, Granularity::Day),
                (None, None) => {
                    return Some(unresolved(unit.map_or("XXXX", Unit::unknown)));
                }
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
                // ("compared with year-earlier net income" after "For the nine months": the
                // year before, see `months_told`, not a quarter or the day the months end;
                // but "the same period last year" after "the first half" is that half)
                None if cx.months_told && base_g <= Granularity::Quarter => Unit::Year,
                None => match base_g {
                    Granularity::Day => Unit::Day,
                    Granularity::Week => Unit::Week,
                    Granularity::Month => Unit::Month,
                    // (a half is the same half: "the same period of 1985" after "the first
                    // half of 1986" is 1985-H1, "the previous period" the half before)
                    Granularity::Half => Unit::Half,
                    Granularity::Quarter | Granularity::Season => Unit::Quarter,
                    _ => Unit::Year,
                },
            };
            // "the period", "the same quarter" after a quarter is that quarter, its days and
            // its number as the text gave them ("the first quarter ending June 28": March 29
            // to June 28)
            if let Some(r) = reference.filter(|r| {
                r.granularity == Granularity::Quarter
                    && unit == Unit::Quarter
                    && (*years, *offset) == (0, 0)
                    && in_year.is_none()
            }) {
                return Some(dated(DateValue {
                    modifier: None,
                    ..cx.count_from(r).clone()
                }));
            }
            // ... and a quarter (half) counted from a fiscal one keeps its days as well,
            // moved on by as many months ("first-quarter net ... versus a loss in the
            // year-ago period" after "the second quarter ending August 31": March to May of
            // the year before; "the first half ended January 31 ... a year-earlier loss":
            // August 1985 to January 1986)
            let per_year = match unit {
                Unit::Quarter => 4,
                _ => 2,
            };
            // (and so does one of a year named, "4 mln dlrs in the 1986 quarter" after "the
            // second quarter ended May 31": March to May 1986)
            if let Some(r) = reference.filter(|r| {
                matches!(
                    (r.granularity, unit),
                    (Granularity::Quarter, Unit::Quarter) | (Granularity::Half, Unit::Half)
                )
            }) && let Some(years) = match in_year {
                Some(y) => period_index(r).map(|at| years + y - at.div_euclid(per_year)),
                None => Some(*years),
            } && let Some(moved) =
                fiscal_part_moved(cx.count_from(r), per_year * years + offset, false)
            {
                return Some(dated(moved));
            }
            let base = match in_year {
                Some(y) => base.with_year(*y)?,
                None => shift(base, Unit::Year, *years as i64)?,
            };
            if let Some(r) = reference {
                cx.count_from(r);
            }
            dated(numbered_as(
                reference.map(|r| &r.value),
                unit_at(base, unit, *offset as i64)?,
            ))
        }
        Core::Clock {
            hour,
            minute,
            second,
            day,
        } => {
            let date = match day {
                Some(d) => resolve(d, cx, span.clone())?.date.map(|d| d.start),
                // "The blaze broke out shortly after midnight": the midnight that opened
                // the day, which closed the one before
                None if *hour == 24 && matches!(tense, Tense::Past | Tense::Ended) => {
                    anchor.and_then(|a| a.pred_opt())
                }
                None => anchor,
            };
            // Midnight at the end of a day is "T24", as TimeML writes it.
            let clock = match (hour, second) {
                (24, _) => "24".to_string(),
                (_, Some(s)) => format!("{hour:02}:{minute:02}:{s:02}"),
                (_, None) => format!("{hour:02}:{minute:02}"),
            };
            let Some(date) = date else {
                return Some(Timex {
                    kind: TimexKind::Time,
                    ..unresolved(&format!("XXXX-XX-XXT{clock}"))
                });
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
            // "Fighting continued through the night", with no day named: a night a verb in
            // the past tells of (see `anaphor`) is the one just gone, the night of the day
            // before the publication's, as "last night" is
            let just_gone = *part == "NI"
                && matches!(
                    day.core,
                    Core::Anaphor {
                        unit: Some(Unit::Day),
                        offset: 0,
                        ..
                    }
                )
                && cx.story_day().is_none()
                && tense != Tense::Future
                && anchor == Some(d.start);
            let day = if just_gone {
                d.start.pred_opt()?
            } else {
                d.start
            };
            mk(
                TimexKind::Time,
                format!("{day}T{part}"),
                Some(DateValue::day(day)),
            )
        }
        // the length between two events, as TimeML marks it, and the day it lands on,
        // counted from the day the text named last, as "the next day" is (TimeML's anchored
        // duration: its end point, or its start point for "earlier"); after a coarser date
        // or none, no day ("fired in November 2023 ... reinstated five days later")
        Core::Later { days } => {
            let length = resolve_as(Core::Duration {
                unit: Unit::Day,
                amount: Some(days.abs() as f64),
            })?;
            let day = cx
                .reference_day()
                .map(|r| DateValue::day(cx.count_from(r).start + Duration::days(*days)));
            return Some(Timex {
                date: day,
                ..length
            });
        }
        Core::Elided { n, half, back } => {
            let period = |year: Option<i32>| {
                if *half {
                    Core::Half {
                        year,
                        h: *n,
                        years: 0,
                    }
                } else {
                    Core::Quarter {
                        year,
                        q: *n,
                        years: 0,
                        by_months: false,
                    }
                }
            };
            let (granularity, per_year) = if *half {
                (Granularity::Half, 2)
            } else {
                (Granularity::Quarter, 4)
            };
            // the named period's place, as the text numbered it ("1987-Q3")
            let Some((r, at)) = cx
                .reference
                .filter(|r| r.granularity == granularity)
                .and_then(|r| Some((r, period_index(r)?)))
            else {
                return resolve_as(period(None));
            };
            cx.count_from(r);
            // (of the years around the named one, the nearest, not the named period
            // itself; on a tie, before it or after it as the text measures)
            let year = at.div_euclid(per_year);
            let index = |y: i32| y * per_year + *n as i32 - 1;
            let y = (year - 1..=year + 1)
                .filter(|&y| index(y) != at)
                .min_by_key(|&y| {
                    let d = index(y) - at;
                    (d.abs(), if *back { d > 0 } else { d < 0 })
                })?;
            resolve_as(period(Some(y)))?
        }
        Core::StoryDay => match (cx.story_day(), anchor) {
            (Some(day), _) => dated(cx.count_from(day).clone()),
            (None, Some(a)) => dated(DateValue::day(a)),
            (None, None) => unresolved("XXXX-XX-XX"),
        },
        Core::BusinessDay { offset } => {
            let Some(mut day) = cx.story_day().map(|d| cx.count_from(d).start).or(anchor) else {
                return Some(unresolved("XXXX-XX-XX"));
            };
            let step = Duration::days(offset.signum().into());
            for _ in 0..offset.unsigned_abs() {
                day += step;
                while !business_day(day) {
                    day += step;
                }
            }
            dated(DateValue::day(day))
        }
        Core::Duration { unit, amount } => {
            // (decades counted in years: "two decades" is P20Y, "a decade and a half" P15Y)
            let count = match unit {
                Unit::Decade => amount.map(|n| n * 10.0),
                _ => *amount,
            };
            let n = match count {
                Some(n) if n.fract() == 0.0 => format!("{}", n as i64),
                Some(n) => format!("{n}"),
                None => "X".to_string(),
            };
            let (n, code) = match unit {
                Unit::Decade => (n, "Y"),
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
            // (a count of the smaller unit added in words is a whole one of it: "three hours
            // and nine minutes" is 3.15 hours, PT3H9M)
            let composite = match (amount, unit.smaller()) {
                (Some(a), Some((per, sub))) if a.fract() != 0.0 => {
                    let part = a.fract() * per;
                    ((part - part.round()).abs() < 1e-6).then(|| {
                        format!(
                            "{}{code}{}{}",
                            a.trunc() as i64,
                            part.round() as i64,
                            sub.code()
                        )
                    })
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
        Core::Holiday {
            holiday,
            year,
            years,
            rel,
            weekend,
        } => {
            let date = match (year, rel, anchor) {
                (Some(y), _, _) => holiday.date(*y)?,
                (None, _, Some(a)) if let Some(years) = years => holiday.date(a.year() + years)?,
                (None, rel, Some(a)) => {
                    let reach = holiday.years_apart();
                    let mut days =
                        (a.year() - reach..=a.year() + reach).flat_map(|y| holiday.dates(y));
                    // (how near a day is, for the nearest: the past first)
                    let near = |d: &NaiveDate| past_first((*d - a).num_days());
                    // "last Christmas" is the one before the publication date, "next Easter"
                    // the one after it; a verb in the past or future tense says the same
                    match (rel, tense) {
                        (Some(-1), _) => days.rev().find(|&d| d < a)?,
                        (Some(1), _) => days.find(|&d| d > a)?,
                        // ("this Inauguration Day" in a year with none: the nearest)
                        (Some(_), _) => holiday.date(a.year()).or_else(|| days.min_by_key(near))?,
                        (None, Tense::Past | Tense::Ended) => days.rev().find(|&d| d <= a)?,
                        // (a month under way is still to end: "until the end of Ramadan"
                        // read in its second week is this one; and so is the week of a
                        // feast, "will celebrate Easter Mass on Sunday, capping a Holy Week",
                        // read on Holy Saturday)
                        (None, Tense::Future) => days.find(|&d| {
                            let last = match expr.modifier {
                                Some(Mod::WeekOf { .. }) => {
                                    unit_at(d, Unit::Week, 0).map(|w| w.end)
                                }
                                _ => holiday.last_day(d),
                            };
                            last.is_some_and(|l| l >= a)
                        })?,
                        // (a feast of the moon's calendar moves eleven days a year, and
                        // Inauguration Day skips three: the nearest one, as a day of the year
                        // is without a tense)
                        (None, Tense::Unmarked) if !holiday.every_year() => {
                            days.min_by_key(near)?
                        }
                        (None, Tense::Unmarked) => {
                            let day = holiday.date(a.year())?;
                            holiday.date(infer_year(a, day.month(), Some(day.day()), tense))?
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
            if *weekend {
                // the Saturday nearest the day: Labor Day's weekend is the one before it,
                // Thanksgiving's the one after
                let saturday = match date.weekday().days_since(Weekday::Sat) {
                    back @ 0..=3 => date - Duration::days(i64::from(back)),
                    back => date + Duration::days(7 - i64::from(back)),
                };
                return Some(dated(unit_at(saturday, Unit::Weekend, 0)?));
            }
            // (a day of the Islamic calendar may be kept a day either side of Saudi
            // Arabia's, where the crescent is looked for or the month is computed)
            let kept =
                |first: NaiveDate, last: NaiveDate| Some((first.pred_opt()?, last.succ_opt()?));
            match holiday {
                Holiday::Hijri(..) => {
                    let mut day = DateValue::day(date);
                    (day.start, day.end) = kept(date, date)?;
                    dated(day)
                }
                Holiday::HijriMonth(_) => {
                    let (start, end) = kept(date, holiday.last_day(date)?)?;
                    // (named by the month of the calendar it mostly falls in)
                    let middle = date + Duration::days(14);
                    let mut month = DateValue::month(middle.year(), middle.month())?;
                    (month.start, month.end) = (start, end);
                    dated(month)
                }
                _ => dated(DateValue::day(date)),
            }
        }
    };
    if let Some(m) = expr.modifier {
        // "Later that year" after "May 16, 2019" is after that day, "Earlier that month"
        // before it, not around the publication; so is "later in the month" after "the
        // April 14 tender" (a shorter date the text named in the period: not "this year")
        // (a shorter date in a month or year, not at its very edge: "later in the year"
        // after "the second half" stays as it was, and so does "later in the week")
        let named = match (&expr.core, &out.date) {
            (Core::Anaphor { .. }, Some(d))
                if matches!(d.granularity, Granularity::Month | Granularity::Year) =>
            {
                cx.reference
                    .filter(|r| {
                        r.granularity < d.granularity && d.start <= r.start && r.end <= d.end
                    })
                    .map(|r| {
                        (
                            r,
                            if matches!(m, Mod::Earlier) {
                                r.start
                            } else {
                                r.end
                            },
                        )
                    })
                    .filter(|&(_, day)| day != d.start && day != d.end)
                    .map(|(r, day)| {
                        cx.count_from(r);
                        day
                    })
            }
            _ => None,
        };
        apply_modifier(&mut out, m, named.or(anchor));
    }
    Some(out)
}

/// Whether the expression is of a share of a period: "for most of the year", "much of the
/// year".
fn share_of(cx: &Resolve<'_>) -> bool {
    cx.right_after("of") && matches!(cx.word_back(2), Some("most" | "much" | "part" | "all"))
}

/// Whether the expression is the object of a verb of finishing: "to finish the year",
/// "will end the year".
fn finishes(cx: &Resolve<'_>) -> bool {
    cx.word_before().is_some_and(|w| {
        matches!(
            w,
            "finish" | "finishes" | "end" | "ends" | "close" | "closes" | "complete"
        )
    })
}

pub(super) fn needs_anchor(core: &Core) -> bool {
    match core {
        Core::Cal { year, .. } => year.is_none(),
        Core::Quarter { year, .. } | Core::Half { year, .. } | Core::Season { year, .. } => {
            year.is_none()
        }
        Core::Anaphor { .. }
        | Core::StoryDay
        | Core::BusinessDay { .. }
        | Core::Elided { .. }
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
        | Core::SameTime { .. }
        | Core::ThisDayIn(_)
        | Core::InThatYear { .. }
        | Core::NextNamed { .. }
        | Core::FromWeekday { .. }
        | Core::Ahead(_)
        | Core::StoryDecade(_)
        | Core::NewYear
        | Core::ShortYear(_)
        | Core::ShortDecade(_)
        | Core::NotePeriod { .. }
        | Core::ContractMonth { .. }
        | Core::PartOfDay { .. } => true,
        Core::Reference(_) => true,
        Core::Holiday { year, .. } => year.is_none(),
        Core::Beside { date, .. } => needs_anchor(&date.core),
        Core::Decade(_)
        | Core::Century(_)
        | Core::Later { .. }
        | Core::Duration { .. }
        | Core::Unmeasured
        | Core::Set(_)
        | Core::Unspecified(_) => false,
    }
}

/// A business, trading or working day: Monday to Friday, but New Year's Day and Christmas,
/// which close every market (other public holidays are not known).
fn business_day(x: NaiveDate) -> bool {
    x.weekday().num_days_from_monday() < 5 && !matches!((x.month(), x.day()), (1, 1) | (12, 25))
}

/// The weekend next to `a`: looking back, the last one; looking ahead, the coming one; on a
/// Saturday or Sunday, either way, the one under way.
fn weekend_near(a: NaiveDate, back: bool) -> Option<DateValue> {
    let from_saturday = i64::from(a.weekday().days_since(Weekday::Sat));
    let saturday = if back || from_saturday <= 1 {
        a - Duration::days(from_saturday)
    } else {
        a + Duration::days(7 - from_saturday)
    };
    unit_at(saturday, Unit::Weekend, 0)
}

pub(super) fn apply_modifier(t: &mut Timex, m: Mod, anchor: Option<NaiveDate>) {
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
            Mod::NthWeek(_) | Mod::WeekOf { .. } | Mod::NthDay { .. } | Mod::NthDecade(_) => None,
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
        Mod::NthWeek(_) | Mod::WeekOf { .. } => {
            let day = match m {
                Mod::NthWeek(n) => d.start + Duration::days(7 * (n as i64 - 1) + 3),
                _ => d.start,
            };
            let week = match m {
                Mod::WeekOf { weekend: true } => weekend_near(day, false),
                _ => unit_at(day, Unit::Week, 0),
            };
            if let Some(week) = week.filter(|_| day <= d.end) {
                *d = week;
                t.value = d.timex.clone();
            }
            return;
        }
        Mod::NthDecade(n) => {
            let first = d.start.year() + if n == 0 { 90 } else { (n as i32 - 1) * 10 };
            if let Some(decade) = ymd(first, 1, 1).and_then(|y| unit_at(y, Unit::Decade, 0)) {
                *d = decade;
                t.value = d.timex.clone();
            }
            return;
        }
        Mod::NthDay { n, day } => {
            let counts = |x: &NaiveDate| match day {
                DayOf::Weekday(w) => x.weekday() == w,
                DayOf::Weekend => x.weekday() == Weekday::Sat,
                DayOf::Business => business_day(*x),
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
pub(super) fn infer_year(a: NaiveDate, m: u32, d: Option<u32>, tense: Tense) -> i32 {
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
            .min_by_key(|&y| past_first(at(y)))
            .unwrap_or(a.year()),
    }
}

/// `period`, counted from the date the text `named`, numbered as that one is: a quarter
/// counted from one the text numbered by its fiscal year keeps the numbering, moved on by
/// as many quarters ("the fiscal-first quarter ended Sept. 30 ... a year ago" is 1988-Q1,
/// July to September 1988); any other period keeps the calendar's.
fn numbered_as(named: Option<&DateValue>, mut period: DateValue) -> DateValue {
    if let Some(label) = named.and_then(|named| fiscal_number(named, &period)) {
        period.timex = label;
    }
    period
}

/// The fiscal number of `period`, a calendar quarter, when `named` is a quarter the text
/// numbered otherwise than the calendar does (its "first quarter" ended Sept. 30).
fn fiscal_number(named: &DateValue, period: &DateValue) -> Option<String> {
    if named.granularity != Granularity::Quarter || period.granularity != Granularity::Quarter {
        return None;
    }
    if !numbered_otherwise(named) {
        return None;
    }
    let calendar = unit_at(named.middle(), Unit::Quarter, 0)?;
    let index = |d: NaiveDate| d.year() * 4 + d.month0() as i32 / 3;
    let n = period_index(named)? + index(period.middle()) - index(calendar.middle());
    Some(part_timex(n, 4))
}

/// The TIMEX3 value of the quarter (with `per_year` 4) or half (2) at `n` in the count of
/// them from year 0, as `period_index` counts: 1987 × 4 + 2 is `1987-Q3`.
fn part_timex(n: i32, per_year: i32) -> String {
    let code = if per_year == 2 { 'H' } else { 'Q' };
    format!(
        "{:04}-{code}{}",
        n.div_euclid(per_year),
        n.rem_euclid(per_year) + 1
    )
}

/// Whether the text numbered quarter `q` otherwise than the calendar does: a fiscal first
/// quarter ended Sept. 30, whose middle is in the calendar's third.
pub(super) fn numbered_otherwise(q: &DateValue) -> bool {
    unit_at(q.middle(), Unit::Quarter, 0).is_some_and(|calendar| calendar.timex != q.timex)
}

/// Quarter (with `per_year` 4) or half (2) `n` of the fiscal years that end with month
/// `end`, the one that stands to the publication `a` as `calendar`, the calendar's quarter
/// or half of that number the tense chose, does: when that one is over, the last begun
/// ("acquired at the start of the third quarter", with years ending in June, read in March
/// 1987, is January to March 1987); still to come, the one just over if it has that number
/// ("analysts estimated the group would report a third quarter net of 200 mln dlrs", with
/// years ending in May, read in March 1987, is December to February), else the first not
/// over; under way, the one under way, else the nearest. Named, as a company names it, in
/// the year of its last day.
pub(super) fn fiscal_part(
    end: u32,
    n: u32,
    per_year: i32,
    calendar: &DateValue,
    a: NaiveDate,
) -> Option<DateValue> {
    let months = 12 / per_year;
    let parts: Vec<DateValue> = (a.year() - 1..=a.year() + 1)
        .filter_map(|y| fiscal_part_in(end, n, per_year, y))
        .collect();
    let apart = |d: &DateValue| days_apart(a, d.start, d.end);
    if calendar.end < a {
        parts.iter().rfind(|d| d.start <= a)
    } else if calendar.start > a {
        let just_over = |d: &&DateValue| {
            d.end < a && shift(d.end, Unit::Month, i64::from(months)).is_some_and(|e| a <= e)
        };
        parts
            .iter()
            .find(just_over)
            .or_else(|| parts.iter().find(|d| d.end >= a))
    } else {
        parts.iter().min_by_key(|d| apart(d))
    }
    .cloned()
}

/// Part `n` of `per_year` (quarters or halves) of the fiscal year that ends with month
/// `end` of year `y`, named for the year of its last day.
pub(super) fn fiscal_part_in(end: u32, n: u32, per_year: i32, y: i32) -> Option<DateValue> {
    let months = 12 / per_year;
    // (its last month, counted in months from year 0)
    let last = y * 12 + end as i32 - 1 + months * (n as i32 - per_year);
    let (y, m) = (last.div_euclid(12), last.rem_euclid(12) as u32 + 1);
    let close = month_bounds(y, m)?.1;
    Some(DateValue::whole(
        part_timex(close.year() * per_year + n as i32 - 1, per_year),
        (opening_of(close, Unit::Month, months.into())?, close),
        if per_year == 2 {
            Granularity::Half
        } else {
            Granularity::Quarter
        },
    ))
}

/// How far day `a` lies from the days `start..=end`: none when it is among them.
pub(super) fn days_apart(a: NaiveDate, start: NaiveDate, end: NaiveDate) -> Duration {
    (start - a).max(a - end).max(Duration::zero())
}

/// A quarter or half the text numbered otherwise than the calendar does (a fiscal one),
/// moved on by `n` of them: its days as many months on ("the first quarter ended January
/// 31" a year back is November 1985 to January 1986) and its number as many on. By whole
/// years, also one the text gave days of its own, whatever its number ("the quarter ended
/// January 31", "the first half" of a fiscal year ended July 31), and by any count one
/// whose number the text `told` ("the fiscal fourth quarter ended Nov. 29", whose middle
/// is in the calendar's fourth). None for a calendar quarter or half, which `unit_at`
/// moves.
pub(super) fn fiscal_part_moved(p: &DateValue, n: i32, told: bool) -> Option<DateValue> {
    let (per_year, unit) = match p.granularity {
        Granularity::Quarter => (4, Unit::Quarter),
        Granularity::Half => (2, Unit::Half),
        _ => return None,
    };
    let at = period_index(p)? + n;
    let calendar = unit_at(p.middle(), unit, 0)?;
    let own_days = p.modifier.is_none() && own_days(p);
    if calendar.timex == p.timex && !(own_days && (told || n % per_year == 0)) {
        return None;
    }
    let months = i64::from(12 / per_year * n);
    Some(DateValue::whole(
        part_timex(at, per_year),
        (
            shift(p.start, Unit::Month, months)?,
            close_moved(p.end, Unit::Month, months)?,
        ),
        p.granularity,
    ))
}

/// The year and number of a quarter as the text numbered it: `1987-Q3` is (1987, 3).
pub(super) fn quarter_named(d: &DateValue) -> Option<(i32, u32)> {
    let at = period_index(d).filter(|_| d.granularity == Granularity::Quarter)?;
    Some((at.div_euclid(4), at.rem_euclid(4) as u32 + 1))
}

/// A quarter's or half's place in the count of them from year 0, as the text numbered it:
/// `1987-Q3` is 1987 × 4 + 2, `1987-H2` 1987 × 2 + 1.
pub(super) fn period_index(d: &DateValue) -> Option<i32> {
    let (per_year, code) = match d.granularity {
        Granularity::Quarter => (4, "-Q"),
        Granularity::Half => (2, "-H"),
        _ => return None,
    };
    let (year, n) = d.timex.split_once(code)?;
    let (year, n) = (year.parse::<i32>().ok()?, n.parse::<i32>().ok()?);
    (1..=per_year)
        .contains(&n)
        .then_some(year * per_year + n - 1)
}

/// The last `day` of the week on or before `a`: "Friday" told in the past.
pub(super) fn weekday_on_or_before(a: NaiveDate, day: Weekday) -> NaiveDate {
    a - Duration::days(a.weekday().days_since(day).into())
}

/// The first `day` of the week on or after `a`.
pub(super) fn weekday_on_or_after(a: NaiveDate, day: Weekday) -> NaiveDate {
    a + Duration::days(day.days_since(a.weekday()).into())
}

/// The first `day` of the week after `a`: "Monday" after a Sunday named before it.
pub(super) fn weekday_after(a: NaiveDate, day: Weekday) -> NaiveDate {
    weekday_on_or_after(a + Duration::days(1), day)
}

/// How far a day `days` from the publication is, for choosing the nearest: one ahead
/// counts twice, so that ties and near-ties go to the past (news reports what happened).
fn past_first(days: i64) -> i64 {
    if days > 0 {
        days.saturating_mul(2)
    } else {
        days.saturating_abs()
    }
}

/// Whether "this week", "the week" still to come, read on day `a`, is the one that starts
/// the next day: in a Sunday paper ("The Senate will vote this week"), not the ISO week the
/// Sunday closes.
fn week_ahead_on_sunday(a: NaiveDate, tense: Tense) -> bool {
    tense == Tense::Future && a.weekday() == Weekday::Sun
}

/// The last quarter whose results can be out on day `a`: the last one over a week before
/// it, since results come out a week or more after a quarter closes (a table's note read on
/// April 2, "gains of 96,000 dlrs for the qtr vs nil for 1985's 4th qtr", is of the quarter
/// to December).
pub(super) fn quarter_reported_by(a: NaiveDate) -> Option<DateValue> {
    unit_at(a.checked_sub_signed(Duration::days(7))?, Unit::Quarter, -1)
}

/// The whole unit that contains `anchor` shifted by `offset` units.
pub(super) fn unit_at(a: NaiveDate, unit: Unit, offset: i64) -> Option<DateValue> {
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
        Unit::Quarter | Unit::Half => {
            let per_year = if unit == Unit::Half { 2 } else { 4 };
            let total = a.year() as i64 * per_year + (a.month0() as i64 * per_year / 12) + offset;
            let (y, n) = (
                total.div_euclid(per_year) as i32,
                total.rem_euclid(per_year) as u32 + 1,
            );
            return part_of_year(y, n, unit == Unit::Half);
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
pub(super) fn shift(base: NaiveDate, unit: Unit, amount: i64) -> Option<NaiveDate> {
    match unit {
        Unit::Day => base.checked_add_signed(Duration::days(amount)),
        Unit::Week | Unit::Weekend => base.checked_add_signed(Duration::weeks(amount)),
        Unit::Month | Unit::Quarter | Unit::Half | Unit::Year | Unit::Decade | Unit::Century => {
            let months = amount
                * match unit {
                    Unit::Month => 1,
                    Unit::Quarter => 3,
                    Unit::Half => 6,
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

/// The last day of the period `n` units after (before, when negative) one that closes on
/// `last`, so that a month's last day stays one: January 31 three months on is April 30.
pub(super) fn close_moved(last: NaiveDate, unit: Unit, n: i64) -> Option<NaiveDate> {
    shift(last.succ_opt()?, unit, n)?.pred_opt()
}

/// The first day of the `n` units that close on `last`: the six months to November 30
/// open on June 1.
pub(super) fn opening_of(last: NaiveDate, unit: Unit, n: i64) -> Option<NaiveDate> {
    shift(last.succ_opt()?, unit, -n)
}

pub(super) fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// The number of the quarter `day` is in.
pub(super) fn quarter_of(day: NaiveDate) -> u32 {
    day.month0() / 3 + 1
}

/// The number of the quarter before the one `day` is in: the quarter just over.
pub(super) fn quarter_before(day: NaiveDate) -> u32 {
    (quarter_of(day) + 2) % 4 + 1
}

pub(super) fn month_bounds(y: i32, m: u32) -> Option<(NaiveDate, NaiveDate)> {
    let start = ymd(y, m, 1)?;
    let next = if m == 12 {
        ymd(y + 1, 1, 1)?
    } else {
        ymd(y, m + 1, 1)?
    };
    Some((start, next.pred_opt()?))
}

pub(super) fn year_bounds(y: i32) -> (NaiveDate, NaiveDate) {
    (
        ymd(y, 1, 1).unwrap_or(NaiveDate::MIN),
        ymd(y, 12, 31).unwrap_or(NaiveDate::MAX),
    )
}

/// Half `h` of the fiscal year of the story's quarter, when the text numbered that quarter
/// otherwise than the calendar does or gave it days other than a calendar quarter's,
/// counted from it as the quarters are: "2nd qtr Jan 31 end ... 1st half" is August 1986
/// to January 1987; told in the past, a half the story's quarter has not reached is last
/// fiscal year's. Named, as the quarter is, for its fiscal year. When the text gave the
/// quarter its days alone, a half told in no future is the one it closes ("Qtr ended Jan
/// 31 ... 1st half" is the same August to January: a table sets a quarter above the half
/// to its end), named in the year of its last day; one still to come is not placed.
pub(super) fn fiscal_half(cx: &Resolve<'_>, h: u32) -> Option<DateValue> {
    let story = cx.quarter().map(|q| &q.value).filter(|q| fiscal(q))?;
    let (y, n) = quarter_named(story)?;
    let h = h as i32;
    // (quarters from the story's last day to the half's)
    let quarters = if cx.quarter_numbered() {
        let ahead = 2 * h - n as i32;
        ahead - 4 * i32::from(ahead > 0 && matches!(cx.tense, Tense::Past | Tense::Ended))
    } else if cx.tense != Tense::Future {
        0
    } else {
        return None;
    };
    let last = close_moved(story.end, Unit::Month, 3 * i64::from(quarters))?;
    let first = opening_of(last, Unit::Month, 6)?;
    let year = if cx.quarter_numbered() {
        y + (n as i32 - 1 + quarters).div_euclid(4)
    } else {
        last.year()
    };
    Some(DateValue::whole(
        format!("{year:04}-H{h}"),
        (first, last),
        Granularity::Half,
    ))
}

/// Half `h` of the fiscal year, in a story that tells the month its fiscal years end in and
/// reports no quarter: of the one under way at the publication when `current` ("the second
/// half of the current financial year" after "fiscal 1987/88 ending March", read in October
/// 1987, is October 1987 to March 1988); else, told in no past, the nearest, as a half by
/// its number alone is read ("to carry out 80 pct of 1987/88 public works in the first
/// half of the fiscal year", read in March 1987, is April to September 1987).
pub(super) fn fiscal_half_of_year(cx: &Resolve<'_>, h: u32, current: bool) -> Option<DateValue> {
    let (end, a) = (cx.fiscal_end?, cx.anchor?);
    cx.quarter().is_none().then_some(())?;
    if current {
        return fiscal_part_in(end, h, 2, a.year() + i32::from(a.month() > end));
    }
    if matches!(cx.tense, Tense::Past | Tense::Ended) {
        return None;
    }
    fiscal_part(end, h, 2, &part_of_year(a.year(), h, true)?, a)
}

/// Whether quarter, half or year `d` has days other than the calendar's one of its kind
/// that it starts in: a fiscal one the text gave its days ("the quarter ended January 31",
/// "the year starting April 1").
pub(super) fn own_days(d: &DateValue) -> bool {
    let months = match d.granularity {
        Granularity::Quarter => 3,
        Granularity::Half => 6,
        Granularity::Year => 12,
        _ => return false,
    };
    let calendar = d.start.day() == 1
        && d.start.month0().is_multiple_of(months)
        && d.start
            .pred_opt()
            .and_then(|p| close_moved(p, Unit::Month, months.into()))
            == Some(d.end);
    !calendar
}

/// Whether `d` is a year whose days are not the calendar year's, named whole: a fiscal
/// year the text gave its days ("the year starting April 1").
fn own_year(d: &DateValue) -> bool {
    d.granularity == Granularity::Year && d.modifier.is_none() && own_days(d)
}

/// Whether the story's quarter `q`, named whole, is a fiscal one: numbered otherwise than
/// the calendar, or with days of its own.
pub(super) fn fiscal(q: &DateValue) -> bool {
    q.modifier.is_none() && (own_days(q) || numbered_otherwise(q))
}

/// Quarter `q`, named by its number alone, counted in the fiscal year of the story's
/// quarter when that is another, its days as many quarters on: "Net income in the fiscal
/// first quarter, which ended Sept. 30, rose ... it expects second-quarter revenue of $24
/// billion" is October to December; "reporting results for the third quarter ended
/// February 22, said it expects the momentum to continue in the fourth quarter" February
/// 23 to May 22. A number the story has not reached, told in the past, is the last fiscal
/// year's ("Earlier, Pillsbury reported fourth quarter earnings" after its third quarter
/// ended February 28, March to May of the year before), and the first after the fourth,
/// told in no past, the next one's ("Adobe's fiscal fourth quarter ended Nov. 29. Adobe
/// expects revenue in the fiscal first quarter to be $1 billion" is December 2013 to
/// February 2014). The story's own number (`own`) names the story's quarter itself, when
/// that is fiscal ("its first quarter this year" after its fiscal first quarter); else
/// none, as the caller reads it.
fn counted_in_story_year(cx: &Resolve<'_>, q: u32, own: bool) -> Option<DateValue> {
    let story = &cx.quarter()?.value;
    let (_, n) = quarter_named(story)?;
    if n == q {
        return (own && fiscal(story)).then(|| in_story_year(cx, q, 0))?;
    }
    let past = matches!(cx.tense, Tense::Past | Tense::Ended);
    let years = i32::from((q, n) == (1, 4) && !past) - i32::from(q > n && past);
    in_story_year(cx, q, years)
}

/// Quarter `q` of the story's fiscal year, counted `years` back (or on), when the story's
/// quarter is fiscal: "last year's third quarter", "the prior first quarter", "the year-ago
/// fourth quarter" after its second quarter ended November 30 is that quarter of its fiscal
/// years a year back, December 1985 to February 1986. None for no count.
fn counted_back_in_story_year(cx: &Resolve<'_>, q: u32, years: i32) -> Option<DateValue> {
    cx.quarter().filter(|s| years != 0 && fiscal(&s.value))?;
    in_story_year(cx, q, years)
}

/// Quarter `q` of the fiscal year of the story's quarter, moved `years` on: the story's
/// quarter moved by as many quarters as lie between them.
fn in_story_year(cx: &Resolve<'_>, q: u32, years: i32) -> Option<DateValue> {
    let story = &cx.quarter()?.value;
    let (_, n) = quarter_named(story)?;
    fiscal_part_moved(
        story,
        q as i32 - n as i32 + 4 * years,
        cx.quarter_numbered(),
    )
}

/// Half `h` counted from the half the text gave days of its own (`Resolve::half`), moved
/// `years` on: that half's days for its number again ("the first half year ending April
/// 30, 1987, as the company is expected to mark a loss in the first half" is November 1986
/// to April 1987 both times), the other half of its fiscal year for the other number ("the
/// second half of fiscal 1987 ended March 7 ... the first half" is March to August 1986),
/// and either counted back ("first half fiscal 1987, ended Feb 28 ... the prior year's
/// first half" is September 1985 to February 1986).
fn from_half_told(cx: &Resolve<'_>, h: u32, years: i32) -> Option<DateValue> {
    let told = cx.half?;
    let n = period_index(&told.value)?.rem_euclid(2) + 1;
    if (n, years) == (h as i32, 0) {
        return Some(cx.count_from(told).clone());
    }
    fiscal_part_moved(&told.value, h as i32 - n + 2 * years, true)
}

/// The year of the story's quarter when it is fiscal quarter `q`: one whose months are not
/// the calendar quarter its value names.
fn fiscal_quarter_year(story: &DateValue, q: u32) -> Option<i32> {
    let (y, n) = quarter_named(story)?;
    (n == q && part_of_year(y, q, false)?.start != story.start).then_some(y)
}
