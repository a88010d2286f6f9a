//! Expressions that count from the date the text named last: `the quarter`, `that
//! year`, `the following summer`, `a year earlier`.

use super::*;

/// `the quarter`, `the latest quarter`, `that year`, `the following month`, `the
/// year-ago period`, `the previous Friday`: resolved against the last date the text named.
pub(super) fn anaphor(c: &mut Cursor<'_, '_>) -> Option<Expr> {
    let start = c.i;
    // "Reporting full-year data" after "grew 8.0 pct in 1986", "the full-year earnings":
    // the year the story speaks of, as "the year" is (not beside a year written out,
    // "1986 full-year earnings", "for full-year 1987", which is tagged itself)
    let full = start + usize::from(c.peek().is_some_and(|t| t.is("the")));
    if c.toks.get(full).is_some_and(|t| t.is("full"))
        && c.toks.get(full + 1).is_some_and(Tok::is_glued_hyphen)
        && c.toks
            .get(full + 2)
            .is_some_and(|t| !t.spaced() && t.is("year"))
        && !beside_year(c.toks, start, full + 3)
    {
        c.i = full + 3;
        return plain(Core::Anaphor {
            unit: Some(Unit::Year),
            years: 0,
            offset: 0,
            in_year: None,
            same: false,
        });
    }
    // "Shares have risen 40% year to date", "year-to-date gains": the publication's year
    // (month, quarter, week) so far, as "the year to date" is
    if let Some(unit) = c
        .peek()
        .and_then(|t| unit_of(&t.lower))
        .filter(|u| matches!(u, Unit::Week | Unit::Month | Unit::Quarter | Unit::Year))
    {
        let glued = |k: usize, w: &str| c.peek_at(k).is_some_and(|t| !t.spaced() && t.is(w));
        let spaced = c.peek_at(1).is_some_and(|t| t.spaced() && t.is("to"))
            && c.peek_at(2).is_some_and(|t| t.spaced() && t.is("date"));
        let hyphened = glued(1, "-") && glued(2, "to") && glued(3, "-") && glued(4, "date");
        if spaced || hyphened {
            c.i += if spaced { 3 } else { 5 };
            return plain(Core::Relative { unit, offset: 0 });
        }
        if article_dropped(c.toks, start) {
            c.i += 1;
            // ("NOTE: 1986 operating net excludes losses ... in quarter": the note's year;
            // "in year ended June 30" is the year to that day)
            // (a heading's "Year to December 31" too)
            let closed = c.peek().is_some_and(|t| closes_on(&t.lower) || t.is("to"));
            // (a length, as "the year ended June 30" is, below)
            if closed && unit == Unit::Year && dated_end(c.toks, c.i) {
                return plain(Core::Duration {
                    unit,
                    amount: Some(1.0),
                });
            }
            let in_year = if closed {
                None
            } else {
                before_in_sentence(c.toks, start, 40)
                    .find_map(|k| year_token(&c.toks[k]).filter(|_| c.toks[k].gap > 0))
            };
            // ("NOTE: Prior year net includes losses ... in quarter": the note's period a
            // year back; not after "Prior year 4th qtr and", which counts the year back)
            let prior_year = !closed
                && in_year.is_none()
                && before_in_sentence(c.toks, start, 40).any(|k| {
                    prior_year_at(c.toks, k)
                        .is_some_and(|after| small_ordinal(c.toks, after).is_none())
                });
            return plain(Core::Anaphor {
                unit: Some(unit),
                years: -i32::from(prior_year),
                offset: 0,
                in_year,
                same: false,
            });
        }
    }
    // "Revs 25.2 mln vs 19.5 mln / Year / Shr 1.53 dlrs vs 1.21 dlrs": a table's heading
    // over the figures for a year is the length they cover, as "Nine mths" is
    // (a capital first: this runs at most tokens)
    let capital = c.peek().is_some_and(Tok::is_capitalised);
    if capital && heads_year(c.toks, start) {
        c.i += 1;
        return plain(Core::Duration {
            unit: Unit::Year,
            amount: Some(1.0),
        });
    }
    // "NOTE: Current year net includes ...", "Latest year net excludes", "Prior year figures
    // restated", "Current qtr figures exclude": a note to a table of results names the
    // figures by their period, the note's (as "in year" is) or a year before it (not the
    // publication's: a report of the year over, read in March 1987, is of 1986)
    if capital && let Some((after, period)) = note_period(c.toks, start) {
        c.i = after;
        return plain(period);
    }
    // "YTD sales", "up 5% QTD": the abbreviations of the year (quarter, month) to date
    if let Some(unit) = c.peek().and_then(|t| to_date(&t.lower)) {
        c.i += 1;
        return plain(Core::Relative { unit, offset: 0 });
    }
    if year_ago(c) {
        if let Some(length) = months_a_year_back(c) {
            return Some(length);
        }
        return plain(Core::Anaphor {
            unit: None,
            years: -1,
            offset: 0,
            in_year: None,
            same: false,
        });
    }
    // "U.K. sales for last year's quarter", "from last year's comparable quarter": the
    // story's quarter a year back, as "the year-ago quarter" is (not "last year's period",
    // which may be any span the text named: "in the February 21-28 period, up from 39,754
    // last year's period" stays last year)
    if c.peek().is_some_and(|t| t.is("last") || t.is("previous"))
        && c.peek_at(1).is_some_and(|t| t.is("year"))
    {
        let save = c.i;
        c.i += 2;
        if c.eat_possessive() {
            let _ = c.eat_any(&["comparable", "corresponding", "same"]);
            if c.eat("quarter") {
                return plain(Core::Anaphor {
                    unit: Some(Unit::Quarter),
                    years: -1,
                    offset: 0,
                    in_year: None,
                    same: false,
                });
            }
        }
        c.i = save;
    }
    // "year-end", "year end", "year's end": the last day of the anchor's year (a fiscal
    // one closes on a day of its own: "changed its fiscal year-end to January 31")
    // (the word before read only at "year" or "yearend", as this runs at most tokens)
    let after_fiscal = || start.checked_sub(1).is_some_and(|k| c.toks[k].is("fiscal"));
    // (and with its article at the end of a phrase, "by the year end, he said", "by the
    // year-end"; not the article of a noun after it, "the year-end results")
    let the = c.peek().is_some_and(|t| t.is("the")) && year_end_closes_phrase(c.toks, start + 1);
    if the {
        c.i += 1;
    }
    if c.peek().is_some_and(|t| t.is("year") || t.is("yearend"))
        && (the || !after_fiscal())
        && let Some(day) = year_end(c)
    {
        // ("the Government's year-end March budget deficit": the month a fiscal year ends
        // in, tagged on its own)
        if c.peek()
            .is_some_and(|t| t.is_capitalised() && month_of(&t.lower).is_some())
        {
            c.i = start;
            return None;
        }
        // ("ahead of the March 31 financial year-end", "from the current October 31 year
        // end": the day before it is the year's end, tagged on its own)
        let k = start
            - usize::from(
                start > 0 && {
                    let before = c.toks[start - 1].lower.as_ref();
                    matches!(before, "financial" | "fiscal" | "business")
                },
            );
        if k >= 2
            && c.toks[k - 1].kind == Kind::Num
            && c.toks[k - 2].is_capitalised()
            && month_of(&c.toks[k - 2].lower).is_some()
        {
            c.i = start;
            return None;
        }
        // "at year end 1986"
        if let Some(year) = edge_of_year_written(c, Mod::End) {
            return Some(year);
        }
        let before = start.checked_sub(1).map(|k| c.toks[k].lower.as_ref());
        let since = before == Some("since");
        let ahead = matches!(before, Some("by" | "before" | "until" | "till"));
        return plain(Core::YearEnd { since, day, ahead });
    }
    // "by week's end", "at month's end": the end of the story's week or month, as "by the
    // end of the week" is
    if let Some(unit) = c.peek().and_then(|t| match t.lower.as_ref() {
        "week" => Some(Unit::Week),
        "month" => Some(Unit::Month),
        _ => None,
    }) && start
        .checked_sub(1)
        .is_none_or(|k| !determiner(&c.toks[k].lower))
    {
        let save = c.i;
        c.i += 1;
        if c.eat_possessive() && c.eat("end") {
            return Some(Expr {
                core: Core::Anaphor {
                    unit: Some(unit),
                    years: 0,
                    offset: 0,
                    in_year: None,
                    same: false,
                },
                modifier: Some(Mod::End),
            });
        }
        c.i = save;
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
                || (n.is_lowercase_word()
                    && !goes_on_with_clause(&n.lower)
                    && !determiner(&n.lower)
                    && !subject_pronoun(&n.lower))
        })
    {
        let inner = named_in_year(t)?;
        c.i += 1;
        return plain(Core::InThatYear {
            inner: Box::new(inner),
            years: 0,
        });
    }
    // "arrested on March 4 and released that Friday": the first such day from the last day
    // the text named (a weekday that ends its clause, not the conjunction of "said that
    // Friday's vote")
    if that
        && let Some(day) = c
            .peek()
            .filter(|t| t.is_capitalised())
            .and_then(|t| weekday_of(&t.lower))
        && c.peek_at(1).is_none_or(|n| {
            matches!(n.text, "," | "." | ";") || matches!(n.lower.as_ref(), "and" | "when")
        })
    {
        c.i += 1;
        return plain(Core::Weekday {
            day,
            rel: Some(0),
            from_reference: true,
        });
    }
    // "its fiscal year", "the company's latest quarter": a possessive in the article's
    // place, left out of the span as TimeBank leaves "its" out of "its fourth quarter"
    // (only before a word that makes the period the story's: not "its year", "their day";
    // nor the company's calendar, "changed its fiscal year to end in June", "its fiscal
    // year-end", which is no period of the story)
    let possessed = !that
        && start > 0
        && (matches!(c.toks[start - 1].lower.as_ref(), "its" | "their")
            || after_possessive(c.toks, start))
        && c.peek().is_some_and(|t| {
            matches!(
                t.lower.as_ref(),
                "fiscal" | "financial" | "latest" | "most" | "previous" | "prior" | "preceding"
            )
        })
        && !(start.saturating_sub(5)..start).any(|k| {
            matches!(
                c.toks[k].lower.as_ref(),
                "change" | "changes" | "changed" | "changing"
            )
        })
        && !(start..c.toks.len().min(start + 4)).any(|k| {
            c.toks[k].is("year")
                && c.toks
                    .get(k + 1)
                    .is_some_and(|n| n.is("end") || n.is_glued_hyphen())
        });
    // "a loss of 294.0 mln dlrs in prior year", "up from prior year earnings": the notes to
    // a table of results drop the article
    let bare_prior = !that
        && start > 0
        && matches!(
            c.toks[start - 1].lower.as_ref(),
            "in" | "from" | "versus" | "vs" | "over" | "than"
        )
        && c.peek().is_some_and(|t| t.is("prior") || t.is("previous"))
        && c.peek_at(1).is_some_and(|t| {
            matches!(
                t.lower.as_ref(),
                "year" | "quarter" | "period" | "month" | "week"
            )
        });
    // "a similar period last year", "a comparable quarter a year earlier": with "a", the
    // period the text speaks of only when a year back or in a year named follows (checked
    // after the unit: "over a similar period" is a length)
    // (the article first: this runs at every "the", "a" and "that")
    let indefinite = !that
        && c.peek().is_some_and(|t| t.is("a"))
        && c.peek_at(1).is_some_and(|t| matching(&t.lower))
        && c.eat("a");
    if !indefinite && !that && !possessed && !bare_prior && !c.eat("the") {
        return None;
    }
    let mut offset = 0;
    let mut years = 0;
    let mut latest = false;
    let mut same = false;
    // "the prior-year period", "the previous year quarter": a year back, as "the year-ago
    // quarter" is
    if let Some(after) = prior_year_at(c.toks, c.i).filter(|&after| {
        !that
            && c.toks.get(after).is_some_and(|t| {
                matches!(
                    t.lower.as_ref(),
                    "quarter" | "period" | "month" | "week" | "half"
                )
            })
    }) {
        c.i = after;
        years = -1;
    }
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
        Some(w) if matching(w) => c.i += 1,
        Some("following" | "next" | "subsequent") if !that => {
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
    // "over the long weekend", "the holiday weekend": the weekend the story speaks of
    if c.peek().is_some_and(|t| t.is("long") || t.is("holiday"))
        && c.peek_at(1).is_some_and(|t| t.is("weekend"))
    {
        c.i += 1;
    }
    if year_ago(c) {
        if let Some(length) = months_a_year_back(c) {
            return Some(length);
        }
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
    // "the previous Friday"; "The Friday before, talks collapsed", "the Monday after."
    // (not "the Friday before the vote", which counts from an event)
    if let Some(day) = c.peek().and_then(|t| weekday_of(&t.lower)) {
        // "the Wednesday after Thanksgiving", "the Sunday before Christmas": the first such
        // day after (before) the date that follows, which is tagged too
        if let Some(date) = beside_date(c, c.i + 1)
            && !that
            && offset == 0
            && years == 0
            && !same
        {
            let (side, at, to, date) = date;
            c.i += 1;
            return plain(Core::Beside {
                unit: Unit::Day,
                weekday: Some(day),
                offset: side,
                date: Box::new(date),
                at,
                to,
            });
        }
        let after_day = c
            .peek_at(1)
            .and_then(|t| match t.lower.as_ref() {
                "before" => Some(-1),
                "after" => Some(1),
                _ => None,
            })
            .filter(|_| {
                !that
                    && offset == 0
                    && years == 0
                    && !same
                    && c.peek_at(2)
                        .is_none_or(|t| t.kind == Kind::Punct && !t.is_apostrophe())
            });
        if let Some(rel) = (offset != 0).then_some(offset).or(after_day) {
            c.i += 1 + usize::from(after_day.is_some());
            return plain(Core::Weekday {
                day,
                rel: Some(rel),
                from_reference: true,
            });
        }
    }
    // "the previous business day", "the next trading day"
    if offset != 0
        && c.peek()
            .is_some_and(|t| matches!(t.lower.as_ref(), "business" | "trading" | "working"))
        && c.peek_at(1).is_some_and(|t| t.is("day"))
    {
        c.i += 2;
        return plain(Core::BusinessDay { offset });
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
    // "the week before Christmas", "the day after Oct. 5", "the year after 2008": the one
    // next to the date that follows, which is tagged too (as TimeBank tags "the day" of
    // "the day before the stock market plunge" with that day)
    if !that
        && offset == 0
        && years == 0
        && !same
        && !latest
        && let Some(unit) = unit_next_to_date(&t.lower)
        && let Some((side, at, to, date)) = beside_date(c, c.i + 1)
    {
        c.i += 1;
        return plain(Core::Beside {
            unit,
            weekday: None,
            offset: side,
            date: Box::new(date),
            at,
            to,
        });
    }
    // "Oct. 12, the day before the stock market plunge": set off after a day, the day
    // next to an event is that day (as TimeBank tags it; not "rose 12, the day before")
    if !that
        && offset == 0
        && years == 0
        && !same
        && t.is("day")
        && c.peek_at(1)
            .is_some_and(|w| w.is("before") || w.is("after"))
        && start >= 2
        && c.toks[start - 1].text == ","
        && (start.saturating_sub(6)..start - 1).any(|k| {
            parse_at(c.toks, k).is_some_and(|(end, e)| {
                end == start - 1 && matches!(e.core, Core::Cal { day: Some(_), .. })
            })
        })
    {
        c.i += 1;
        return same_day(None);
    }
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
            (n.kind == Kind::Punct && !n.is_apostrophe())
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
    // "a narrowing in the trade deficit in the period ahead": the future, no period of it
    if !that
        && offset == 0
        && years == 0
        && t.is("period")
        && c.peek_at(1).is_some_and(|t| t.is("ahead"))
    {
        c.i += 2;
        return plain(Core::Reference("FUTURE_REF"));
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
    // ("that morning in 1992" is another year's: not anaphora)
    let in_another_year = c.peek_at(1).is_some_and(|t| t.is("in") || t.is("of"))
        && c.peek_at(2).and_then(year_token).is_some();
    let named_day = (that || offset != 0 || same) && !in_another_year;
    // "matures on the same date in 1992", "from 9.3 billion dlrs on the same day in 1985":
    // the day named last, in that year
    if (that || same)
        && offset == 0
        && years == 0
        && (t.is("day") || t.is("date"))
        && in_another_year
    {
        let year = c.peek_at(2).and_then(year_token);
        c.i += 3;
        return same_day(year);
    }
    // "troops withdrew during the night", "protests went on throughout the day": a part of
    // the day the story is on, or that day, after a preposition of time when a verb in the
    // past tells of it (not "works in the morning", nor "in the morning session")
    // (or a share of it: "traded at that level for most of the morning")
    let share_of = start > 1
        && c.toks[start - 1].is("of")
        && matches!(
            c.toks[start - 2].lower.as_ref(),
            "most" | "much" | "all" | "rest" | "part" | "remainder"
        );
    let told_within = |prepositions: &[&str]| {
        start > 0
            && (prepositions.contains(&c.toks[start - 1].lower.as_ref()) || share_of)
            // (or a conjunction: "played 18 holes in the morning and nine more in the
            // afternoon")
            && c.peek_at(1).is_none_or(|n| {
                (n.kind == Kind::Punct && n.text != "-")
                    || PREPOSITIONS.contains(&n.lower.as_ref())
                    || matches!(n.lower.as_ref(), "and" | "but" | "or")
            })
            && (before_in_sentence(c.toks, start - 1, if share_of { 12 } else { 10 })
                .any(|k| past_verb(c.toks, k))
                // ("In the evening, troops withdrew": opening the sentence, the verb after it)
                || opens_sentence_told_in_past(c.toks, start - 1, c.i + 1, 6))
    };
    if years == 0
        && in_year.is_none()
        && let Some(part) = part_of_day(&t.lower)
    {
        // (how many words it takes, and the day of the story it is in)
        let found = if named_day {
            Some((1, offset))
        } else if that {
            None
        // "Dealers placed heavy buy orders in the morning"
        } else if told_within(&["in", "by", "during", "through", "throughout", "until"]) {
            Some((1, 0))
        // "The night before, he had fled", "the morning after": that part of the day before
        // (after) the one the text named last (not "the night before the election")
        } else {
            c.peek_at(1)
                .and_then(|w| match w.lower.as_ref() {
                    "before" => Some(-1),
                    "after" => Some(1),
                    _ => None,
                })
                .filter(|_| {
                    c.peek_at(2).is_none_or(|n| {
                        n.kind == Kind::Punct && matches!(n.text, "," | "." | ";" | ":" | ")")
                    })
                })
                .map(|offset| (2, offset))
        };
        if let Some((words, offset)) = found {
            c.i += words;
            return plain(Core::DayPart {
                day: Box::new(Expr {
                    core: Core::day_of_story(offset),
                    modifier: None,
                }),
                part,
            });
        }
    }
    if !named_day && t.is("day") && years == 0 && in_year.is_none() {
        let next = c.peek_at(1).map(|t| t.lower.as_ref());
        let after_next = c.peek_at(2).map(|t| t.lower.as_ref());
        let clause_ends = matches!(
            after_next,
            None | Some("," | "." | ";" | ":" | ")" | "-" | "and" | "but" | "when")
        );
        let before = |k: usize| start.checked_sub(k).map(|k| c.toks[k].lower.as_ref());
        // (and the day a market's figures moved on: "Sterling was up 0.4 on the day",
        // "Cocoa ended the day at 1,314 stg")
        // (or told in the past where the clause ends: "The index rose 12 points on the
        // day")
        let market_day = (before(1) == Some("on")
            && start >= 2
            && (c.toks[start - 2].kind == Kind::Num
                || matches!(
                    before(2),
                    Some("unchanged" | "steady" | "higher" | "lower" | "firmer" | "easier")
                )
                || before_in_clause(c.toks, start - 1, 10).any(|k| past_verb(c.toks, k)))
            && c.peek_at(1).is_none_or(|n| {
                matches!(n.text, "," | "." | ";" | ":" | ")") || n.is("and") || n.is("but")
            }))
            || (matches!(
                before(1),
                Some("ended" | "ending" | "closed" | "closing" | "finished" | "finishing")
            ) && c.peek_at(1).is_some_and(|n| n.is("at") || n.is("with")));
        match next {
            Some("before") if clause_ends => offset = -1,
            Some("after") if clause_ends => offset = 1,
            _ if before(1) == Some("in") && matches!(before(2), Some("later" | "earlier")) => {}
            // (the day the story is on, the publication's after a coarser date: "Treasury
            // yields were little changed on the day" after "expanded in March")
            _ if market_day || told_within(&["during", "throughout"]) => {
                c.i += 1;
                return plain(Core::StoryDay);
            }
            _ => {
                c.i = start;
                return None;
            }
        }
        c.i += 1 + usize::from(offset != 0);
        return plain(Core::day_of_story(offset));
    }
    // "the Year of the Woman", ABC's "This Week": a name; "the decade-old law", "the
    // month-old strike": an age; "the quarter-finals", "the quarter-point cut": no quarter
    // of a year (but "the quarter-end")
    let glued = c
        .peek_at(1)
        .filter(|n| n.is_glued_hyphen())
        .and_then(|_| c.peek_at(2))
        .filter(|n| !n.spaced())
        .map(|n| n.lower.as_ref());
    // ("the year-long investigation" is a length, as "the week-long visit" is)
    let aged = glued == Some("old") || glued == Some("long");
    // (nor "the year-end results", where the article goes with the noun and "year-end" is
    // read on its own)
    let compound = (t.is("quarter")
        && glued.is_some_and(|w| !matches!(w, "end" | "ended" | "ending")))
        || (t.is("year") && glued == Some("end"))
        || (t.is("half") && glued.is_some_and(|w| w != "year"));
    if aged || compound || (t.is_capitalised() && c.i > 0 && !c.toks[c.i - 1].is_capitalised()) {
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
            let unit = unit_of(&t.lower)?;
            // "in the decade since the war": a length, as "in the year since" is
            if runs_from_event(c.toks, start, c.i) {
                return plain(Core::Duration {
                    unit,
                    amount: Some(1.0),
                });
            }
            return plain(Core::StoryDecade(unit));
        }
        // "By the end of that decade" after "in 2003": the decade of the date named
        "decade" | "century" if that && offset == 0 && years == 0 && !t.is_capitalised() => {
            unit_of(&t.lower)
        }
        // ("on that date", "matures on the same date": the day named last, as "that day" is)
        "day" | "date" if named_day => Some(Unit::Day),
        // "in the half ended December 31", "the half-year to June 30": the half a day closes
        // (see `ends_on`), and alone, "earned 57.38 mln dlrs in the half", the half the
        // story named; with its "year" (not "the half yearly report", "the half interest")
        "half" if !that && in_year.is_none() => {
            // (the tokens of its "year": "half year" one, "half-year" two)
            let year_words = if c.peek_at(1).is_some_and(|n| n.is("year")) {
                1
            } else if glued == Some("year") {
                2
            } else {
                0
            };
            let after = c.peek_at(1 + year_words);
            // (and "the same half", "the previous half", "the half a year earlier", "the
            // half last year", which a day or a year back may follow)
            let told_as_period = same
                || offset != 0
                || years != 0
                || (after.is_some_and(|n| n.is("a") || n.is("last"))
                    && c.peek_at(2 + year_words).is_some_and(|n| n.is("year")));
            // (the phrase ends: a stop, a comma, a preposition but "of", a conjunction, or
            // the verb that closes the half on its day)
            let ends = |n: &Tok<'_>| {
                (n.kind == Kind::Punct && !n.is_apostrophe() && n.text != "-")
                    || (PREPOSITIONS.contains(&n.lower.as_ref()) && !n.is("of"))
                    || matches!(
                        n.lower.as_ref(),
                        "ended" | "ending" | "and" | "but" | "compared"
                    )
            };
            if !told_as_period && after.is_some_and(|n| !ends(n)) {
                c.i = start;
                return None;
            }
            c.i += year_words;
            Some(Unit::Half)
        }
        // (not "the period from 2000 to 2010", "the period before the vote": a period
        // the words after it define; but "a loss for the period of about $175 million" is
        // the story's, and "the same period of 1986" is still the same period)
        // (nor a span a verb draws out or cuts, "extend for 90 days the period for the
        // shipping companies to file", "extended the period to end September 1987")
        "period"
            if c.i > start + 1 || !(defined_by_what_follows(c) || stretched(c.toks, start)) =>
        {
            None
        }
        _ => {
            c.i = start;
            return None;
        }
    };
    c.i += 1;
    if indefinite
        && year_back_words(c) == 0
        && !(c.peek().is_some_and(|t| t.is("of") || t.is("in"))
            && c.peek_at(1).and_then(year_token).is_some())
    {
        c.i = start;
        return None;
    }
    // "for the year ended March 31", "the year to March 31", "the year through February": a
    // company's reporting year, or a statistic's, a period of a year. (TimeBank annotates
    // "the quarter ended Sept. 30" as the quarter itself, which `ends_on` works out from the
    // date that follows.)
    // (not the verb of "The year ended with a rally")
    // (and "that" or "which" before the verb, with no comma: "the fiscal year that ended
    // last Sept." is "the fiscal year ended last Sept.", and "the fiscal year that ends in
    // June" the one ending in June)
    let relative = usize::from(c.peek().is_some_and(|t| t.is("that") || t.is("which")));
    let ends = (c
        .peek_at(relative)
        .is_some_and(|t| t.is("ended") || t.is("ending") || (relative == 1 && t.is("ends")))
        && dated_end(c.toks, c.i + relative))
        || (c.peek().is_some_and(|t| t.is("to") || t.is("through"))
            && (c
                .peek_at(1)
                .is_some_and(|t| month_of(&t.lower).is_some() || t.is("end"))
                // ("the year to the end of June")
                || (c.peek_at(1).is_some_and(|t| t.is("the"))
                    && c.peek_at(2).is_some_and(|t| t.is("end"))
                    && c.peek_at(3).is_some_and(|t| t.is("of")))
                // (the day first too: "the year to 30 June")
                || (c.peek_at(1).is_some_and(|t| t.kind == Kind::Num)
                    && c.peek_at(2).is_some_and(|t| month_of(&t.lower).is_some()))));
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
    // "are not going to go away in the next year or two": "the next" year (week, month,
    // quarter) after "in", "over", "within" or "during", in a sentence with no verb in the
    // past, counts from the publication, not from a date the text named ("It will make a
    // difference in 10 to 15 years"); "The next year, it moved" is the story's
    if let Some(unit @ (Unit::Week | Unit::Month | Unit::Quarter | Unit::Year)) = unit
        && offset == 1
        && c.toks[start + 1].is("next")
        && start > 0
        && matches!(
            c.toks[start - 1].lower.as_ref(),
            "in" | "over" | "within" | "during"
        )
        && !past_around(c.toks, start, c.i)
    {
        return plain(Core::Relative { unit, offset: 1 });
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
        && runs_from_event(c.toks, start, c.i)
    {
        return plain(Core::Duration {
            unit,
            amount: Some(1.0),
        });
    }
    // "the year two thousand", "the year 1990" are calendar years, not anaphora (see
    // `with_its_unit`; and "the year 99999" is none the calendar reads; but a figure
    // written with a thousands comma past 9,999 is the year's amount, "for the year
    // 309,000 dlrs vs 1,559,000 dlrs")
    let thousands = c.peek().is_some_and(|t| t.text.len() >= 2) && thousands_at(c.toks, c.i);
    if unit == Some(Unit::Year)
        && !thousands
        && c.peek()
            .is_some_and(|t| t.kind == Kind::Num || small_number(&t.lower).is_some())
    {
        c.i = start;
        return None;
    }
    // (set off by a comma after what it names again)
    let set_off = start >= 2 && c.toks[start - 1].text == ",";
    // "in the year to date", "the quarter so far": the publication's, however many dates
    // the story named before; "net income for the year just ended", "the quarter just
    // completed": the last whole one before the publication; "since 1990, the year of
    // German reunification": set off after a year, the year an event names is that year
    if let Some(unit) =
        unit.filter(|u| matches!(u, Unit::Week | Unit::Month | Unit::Quarter | Unit::Year))
        && !that
        && offset == 0
        && years == 0
        && !latest
        && !same
        && in_year.is_none()
    {
        if c.at_words(&["to", "date"]) || c.at_words(&["so", "far"]) {
            return plain(Core::Relative { unit, offset: 0 });
        }
        if c.peek().is_some_and(|t| t.is("just"))
            && c.peek_at(1)
                .is_some_and(|t| matches!(t.lower.as_ref(), "ended" | "completed" | "finished"))
        {
            c.i += 2;
            return plain(Core::Relative { unit, offset: -1 });
        }
        if unit == Unit::Year
            && set_off
            && c.peek().is_some_and(|t| t.is("of"))
            && let Some(y) = year_token(&c.toks[start - 2])
        {
            return plain(Core::Cal {
                year: Some(y),
                month: None,
                day: None,
            });
        }
    }
    // ("in the week ended May 30, the latest period for which that figure was available":
    // set off after a date, the period is that date's, as "the period" is)
    let apposed = unit.is_none()
        && set_off
        && (c.toks[start - 2].kind == Kind::Num || month_of(&c.toks[start - 2].lower).is_some());
    if latest && years == 0 && !apposed {
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
    // "a rise over the week before", "503.7 billion the year before", "fell in the quarter
    // before", "revenues for the year prior": the one before the period the text speaks of
    // (not "the week before the vote", "the year prior to the merger")
    let clause_ends = |k: usize| {
        c.peek_at(k).is_none_or(|t| {
            t.kind == Kind::Punct && !matches!(t.text, "-" | "/" | "'" | "’")
                || matches!(t.lower.as_ref(), "and" | "but" | "when")
        })
    };
    if unit.is_some_and(|u| matches!(u, Unit::Week | Unit::Month | Unit::Quarter | Unit::Year))
        && years == 0
        && offset == 0
        && !that
        && !same
        && in_year.is_none()
        && clause_ends(1)
    {
        if c.eat("before") || c.eat("prior") {
            offset = -1;
        } else if c.eat("after") {
            offset = 1;
        }
    }
    // "the same period of 2012", "the corresponding quarter in 1986", "the comparable
    // period for 1985": the period the text speaks of, in that year
    let mut same_in_year = false;
    if in_year.is_none()
        && years == 0
        && offset == 0
        && matching(&c.toks[start + 1].lower)
        && c.peek().is_some_and(|t| t.is("of") || t.is("in") || t.is("for"))
        && let Some(y) = c.peek_at(1).and_then(year_token)
        // (not a split year, "the same period of 1985/86")
        && c.peek_at(2)
            .is_none_or(|t| t.spaced() || !matches!(t.text, "/" | "-"))
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
            || c.peek().is_some_and(|t| t.is_glued_hyphen()))
    {
        c.i = start;
        return None;
    }
    plain(Core::Anaphor {
        unit,
        years,
        offset,
        in_year,
        // ("the same day", not "the same day that Poindexter resigned", which says which;
        // nor "the same date", which is the date named last only when that is a day: not
        // "to be fully paid by May 2015 ... by the same date")
        same: same_in_year
            || (same
                && unit == Some(Unit::Day)
                && !t.is("date")
                && !c
                    .peek()
                    .is_some_and(|t| matches!(t.lower.as_ref(), "that" | "as" | "when")))
            || ((that || same) && unit == Some(Unit::Weekend)),
    })
}

/// The months from the month tagged before `d` to the end of `d` (at token `first`), when
/// the text writes them as a range ("between January and May", "from October to
/// February", "October-February") or names two months in a row ("in January and
/// February", "October and November"): the period "the same period last year" is after it
/// (not two months apart, "in January and May"; a range that makes a half, a quarter or a
/// year names that, see `months_spanned`); and the years of a range of years "from" or
/// "between" opens ("between 1977 and 1982"), or of months that runs past a year.
fn span_of_range(
    toks: &[Tok<'_>],
    first: usize,
    prev: Option<&Timex>,
    d: &DateValue,
) -> Option<DateValue> {
    let p = prev?;
    let from = p.date.as_ref().filter(|o| {
        o.granularity == d.granularity
            && matches!(o.granularity, Granularity::Month | Granularity::Year)
    })?;
    // (the tag before ends right before the one token between them: no search for it)
    if first < 2 || toks[first - 2].end != p.span.end {
        return None;
    }
    let k = first - 1;
    let months = (d.start.year() - from.start.year()) * 12 + d.start.month() as i32
        - from.start.month() as i32;
    let opens = token_at(toks, p.span.start);
    let joint = &toks[k];
    // (a range the text opens, "from", "between", may run past a year: "from September
    // 1974 until January 1977 ... during that period")
    let opened = opens_range(toks, opens, joint);
    let ranged =
        opened || (joint.text == "/" && !joint.spaced()) || (joint.is("and") && months == 1);
    let months_ranged = d.granularity == Granularity::Month && ranged && (1..12).contains(&months);
    (months_ranged || (opened && months >= 12)).then(|| DateValue::days(from.start, d.end))
}

/// Whether the words after "the period" say which period: "from 2000 to 2010", "of
/// military rule", "before the vote" (not "of 14.7 mln dlrs", "from 190 a year earlier").
fn defined_by_what_follows(c: &Cursor<'_, '_>) -> bool {
    let Some(word) = c.peek_at(1) else {
        return false;
    };
    let amount = c.peek_at(2).is_some_and(|t| {
        (t.kind == Kind::Num && year_token(t).is_none())
            || currency_sign(t.text)
            || qualifier_at(c.toks, c.i + 2).is_some()
    });
    let names_date = |t: &Tok<'_>| {
        year_token(t).is_some() || (t.is_capitalised() && month_of(&t.lower).is_some())
    };
    // ("the period 1987-90": the years name it; and so do a month and its day, "in the
    // period March 1 to 15", "for the period June 22 to July 22")
    if names_date(word) {
        return true;
    }
    // ("the period to February 28", "the period through March", "the period up to June
    // 30, 1986": the day or month that closes it)
    let closing = match word.lower.as_ref() {
        "to" | "through" => Some(2),
        "up" if c.peek_at(2).is_some_and(|t| t.is("to")) => Some(3),
        _ => None,
    };
    if closing.is_some_and(|k| c.peek_at(k).is_some_and(names_date)) {
        return true;
    }
    match word.lower.as_ref() {
        "from" | "of" => !amount,
        "between" | "when" | "in" | "since" | "before" | "after" | "during" | "until" | "that"
        | "which" => true,
        _ => false,
    }
}

/// Whether a verb that draws a span out or cuts it stands in the five words before `start`:
/// "extend for 90 days the period", "extended the period to 14 years".
fn stretched(toks: &[Tok<'_>], start: usize) -> bool {
    toks[start.saturating_sub(5)..start].iter().any(|t| {
        let w = t.lower.as_ref();
        ["extend", "shorten", "lengthen", "prolong"]
            .iter()
            .any(|v| {
                w.strip_prefix(v)
                    .is_some_and(|rest| matches!(rest, "" | "s" | "ed" | "ing"))
            })
    })
}

/// The day the story named last ("the same day"), in `in_year` when another year is
/// written after it ("the same day in 1985").
fn same_day(in_year: Option<i32>) -> Option<Expr> {
    plain(Core::Anaphor {
        unit: Some(Unit::Day),
        years: 0,
        offset: 0,
        in_year,
        same: true,
    })
}

/// Whether "the same" (or "comparable", "corresponding", "similar", "like") stands for
/// `word` before a period: the period the text speaks of, again.
pub(super) fn matching(word: &str) -> bool {
    matches!(
        word,
        "same" | "comparable" | "corresponding" | "similar" | "like"
    )
}

/// Eats "a year ago", "a year earlier", "last year" or "of last year" after a period ("the
/// same period of last year", as Xinhua writes it).
fn a_year_back(c: &mut Cursor<'_, '_>) -> bool {
    let words = year_back_words(c);
    c.i += words;
    words > 0
}

/// How many tokens "a year ago", "a year earlier", "last year" or "of last year" take at
/// the cursor (0 for none).
fn year_back_words(c: &Cursor<'_, '_>) -> usize {
    let at = |k: usize, w: &str| c.peek_at(k).is_some_and(|t| t.is(w));
    let of = usize::from(at(0, "of"));
    if of == 0 && at(0, "a") && at(1, "year") && (at(2, "ago") || at(2, "earlier")) {
        3
    } else if at(of, "last") && at(of + 1, "year") {
        of + 2
    } else {
        0
    }
}

/// `prior year`, `prior-year`, `previous year` at token `k`: where the words after "year"
/// begin.
pub(super) fn prior_year_at(toks: &[Tok<'_>], k: usize) -> Option<usize> {
    // (the word first: this runs wherever a quarter may start)
    if !toks
        .get(k)
        .is_some_and(|t| matches!(t.lower.as_ref(), "prior" | "previous"))
    {
        return None;
    }
    let year = k + 1 + usize::from(toks.get(k + 1).is_some_and(Tok::is_glued_hyphen));
    toks.get(year)
        .is_some_and(|t| t.is("year"))
        .then_some(year + 1)
}

/// Whether a year is written right beside tokens `first..end`, before or after them:
/// "1986 full-year earnings", "full-year 1987" name their year themselves.
pub(super) fn beside_year(toks: &[Tok<'_>], first: usize, end: usize) -> bool {
    let year = |k: usize| toks.get(k).is_some_and(|t| year_token(t).is_some());
    (first > 0 && year(first - 1)) || year(end)
}

/// The unit of "YTD", "QTD", "MTD": the year (quarter, month) to date.
pub(super) fn to_date(word: &str) -> Option<Unit> {
    match word {
        "ytd" => Some(Unit::Year),
        "qtd" => Some(Unit::Quarter),
        "mtd" => Some(Unit::Month),
        _ => None,
    }
}

/// Whether "Year" at `k` heads the rows of a table of results under a row of figures: on a
/// line of its own, after a figure or its unit.
fn heads_year(toks: &[Tok<'_>], k: usize) -> bool {
    // (the word first: this runs at most tokens)
    toks.get(k)
        .is_some_and(|t| matches!(t.text, "Year" | "YEAR"))
        && k > 0
        && own_line(toks, k, k)
        && (toks[k - 1].kind == Kind::Num
            || matches!(
                toks[k - 1].lower.as_ref(),
                "mln" | "billion" | "dlrs" | "cts" | "pct" | "nil" | "given"
            ))
}

/// The months whose figures a table of results heads at token `j`, the heading's last
/// word, on a line of its own: "Year" (see [`heads_year`]) and "12 mths" 12, "Nine mths"
/// 9, "Six mths" and "1st half" 6.
pub(super) fn heading_months(toks: &[Tok<'_>], j: usize) -> Option<u32> {
    if heads_year(toks, j) {
        return Some(12);
    }
    if j == 0 || !own_line(toks, j - 1, j) {
        return None;
    }
    let count = toks[j - 1].lower.as_ref();
    match toks[j].lower.as_ref() {
        "mths" | "months" => match count {
            "12" | "twelve" => Some(12),
            "9" | "nine" => Some(9),
            "6" | "six" => Some(6),
            _ => None,
        },
        "half" => matches!(count, "1st" | "first").then_some(6),
        _ => None,
    }
}

/// "Current year", "Latest year", "Prior year" or "Current qtr" at `k`, opening a note to a
/// table of results ("NOTE: Current year net both periods includes", "Prior year figures
/// restated", "Current qtr and year figures exclude"): where its words end, and the period.
fn note_period(toks: &[Tok<'_>], k: usize) -> Option<(usize, Core)> {
    // (the word first: this runs at most tokens)
    // ("Prior qtr" is the year-ago one, the figures the table sets beside the quarter's,
    // "Current qtr and year figures exclude ... Prior qtr and year figures exclude"; not
    // the quarter before, which a dividend's "vs" is, "Qtrly 25 cts vs 16 cts ... Prior qtr
    // is for two months operation": no figures follow)
    let quarter = toks.get(k + 1).is_some_and(|t| t.is("quarter"));
    let (unit, years, after) = match toks.get(k)?.text {
        "Current" | "Latest" => match toks.get(k + 1).map(|t| t.lower.as_ref()) {
            Some("year") => (Unit::Year, 0, k + 2),
            Some("quarter") => (Unit::Quarter, 0, k + 2),
            _ => return None,
        },
        "Prior" | "Previous" if quarter => (Unit::Quarter, -1, k + 2),
        "Prior" | "Previous" => (Unit::Year, -1, prior_year_at(toks, k)?),
        _ => return None,
    };
    let opens = k == 0 || toks[k].after_layout() || after_note_mark(toks, k);
    let figures = toks.get(after).is_some_and(|t| {
        matches!(
            t.lower.as_ref(),
            "net"
                | "oper"
                | "operating"
                | "figures"
                | "results"
                | "earnings"
                | "both"
                | "and"
                | "per"
                | "includes"
                | "excludes"
                | "restated"
        )
    });
    if !(opens && figures) {
        return None;
    }
    // (a heading "Year" or "12 mths" over the table's figures for the year: the report is
    // of a year over, not of a quarter of one under way)
    // (looked for in the table above the note, a few hundred tokens at most)
    let over = (k.saturating_sub(300)..k).any(|j| heading_months(toks, j) == Some(12));
    Some((after, Core::NotePeriod { unit, years, over }))
}

/// "before" or "after" at token `k` and the date right after it, as "the week before
/// Christmas" and "the Wednesday after Thanksgiving" name it: the side (-1 before, 1
/// after), where the date's tokens start and end, and the date.
fn beside_date(c: &Cursor<'_, '_>, k: usize) -> Option<(i32, usize, usize, Expr)> {
    let side = match c.toks.get(k)?.lower.as_ref() {
        "before" => -1,
        "after" => 1,
        _ => return None,
    };
    let (to, date) = parse_at(c.toks, k + 1)?;
    matches!(
        date.core,
        Core::Cal { .. }
            | Core::Holiday { .. }
            | Core::Weekday { .. }
            | Core::RelMonth { .. }
            | Core::MonthOfYear { .. }
            | Core::DayOfWeekday { .. }
            | Core::WeekdayOfWeek { .. }
    )
    .then_some((side, k + 1, to, date))
}

/// Whether tokens `first..=last` stand on a line of their own, a table's heading (or before
/// the end of what the parser was given, which stops at the next line).
fn own_line(toks: &[Tok<'_>], first: usize, last: usize) -> bool {
    toks[first].after_layout() && toks.get(last + 1).is_none_or(Tok::after_layout)
}

/// `year-ago`, `year-earlier`, `a year earlier` used as an adjective; unhyphenated before
/// the period it qualifies ("the year ago quarter", "the year earlier month") or the
/// figure it dates ("compared with the year ago figure of 195,849", "from year ago
/// levels").
pub(super) fn year_ago(c: &mut Cursor<'_, '_>) -> bool {
    let save = c.i;
    if c.eat("year") {
        let hyphen = c.eat_glued("-");
        if (c.eat("ago") || c.eat("earlier"))
            && (hyphen
                || c.peek().is_some_and(|t| {
                    matches!(
                        t.lower.as_ref(),
                        "quarter"
                            | "period"
                            | "month"
                            | "week"
                            | "half"
                            | "fiscal"
                            | "figure"
                            | "figures"
                            | "level"
                            | "levels"
                            | "total"
                            | "totals"
                            | "results"
                            | "net"
                            | "sales"
                            | "revenues"
                            | "earnings"
                            | "profit"
                    ) || ordinal_of(&t.lower).is_some()
                }))
        {
            return true;
        }
    }
    c.i = save;
    false
}

/// Whether "the" at `the` and its unit, ending before `after`, are a length that runs from an
/// event of the story: after "in", "during", "over", "for" or "throughout", before "since",
/// "after" or "following" and an event ("in the week since the quake", "during the month
/// after the vote", "in the weeks following the election"), or before "since" on its own
/// ("In the decade since, it has grown"). Not a clause or a figure after the word:
/// "throughout the year after 11.7 pct in 1986", "later in the year since both inflation
/// and interest rates rise".
pub(super) fn runs_from_event(toks: &[Tok<'_>], the: usize, after: usize) -> bool {
    let word = |k: usize| toks.get(k).map(|t| t.lower.as_ref());
    the > 0
        && matches!(
            toks[the - 1].lower.as_ref(),
            "in" | "during" | "over" | "for" | "throughout"
        )
        && match word(after) {
            Some("since") => {
                word(after + 1).is_some_and(|w| determiner(w) || matches!(w, "," | "." | ";"))
            }
            Some("after" | "following" | "before" | "preceding") => {
                word(after + 1).is_some_and(determiner)
            }
            // ("In the months that followed, thousands fled west", "in the weeks which
            // preceded the vote")
            Some("that" | "which") => matches!(
                word(after + 1),
                Some("followed" | "preceded" | "follow" | "precede")
            ),
            _ => false,
        }
}

/// "the year-earlier nine months", "the year-ago six months": the length the story
/// compares with, a year back, is a length of time, as TimeBank tags it (wsj_0904:
/// `P9M`), and one expression with its "year-earlier".
fn months_a_year_back(c: &mut Cursor<'_, '_>) -> Option<Expr> {
    let amount = c.peek().and_then(count_of)?;
    let unit = c
        .peek_at(1)
        .filter(|t| matches!(t.lower.as_ref(), "months" | "weeks"))
        .and_then(|t| unit_of(&t.lower))?;
    c.i += 2;
    plain(Core::Duration {
        unit,
        amount: Some(amount),
    })
}

/// "or two cts a share, in quarter and 6.0 mln dlrs in year": a note to a table of
/// results drops the article of "the quarter", "the year" at `k` (whose periods are over);
/// the note may end its row ("in year\n    1986 year operating loss"), and the year may
/// follow the quarter ("1986 4th qtr and year net includes"). So do the wires before the
/// day that closes a period: "rose in week ended February 25".
pub(super) fn article_dropped(toks: &[Tok<'_>], k: usize) -> bool {
    if k >= 2
        && toks[k].is("year")
        && toks[k - 1].is("and")
        && toks[k - 2].is("quarter")
        // (not "Prior qtr and year figures", the year before, nor "the year ahead")
        && !(k >= 3 && matches!(toks[k - 3].lower.as_ref(), "prior" | "prev" | "previous"))
        && toks.get(k + 1).is_none_or(|n| {
            !n.is_glued_hyphen()
                && !matches!(
                    n.lower.as_ref(),
                    "earlier" | "ago" | "end" | "prior" | "ahead" | "before"
                )
        })
    {
        return true;
    }
    // (a table's heading: "Qtr ended Jan 31", "Year ended March 31", "Year to December 31")
    if k == 0 && matches!(toks[0].lower.as_ref(), "quarter" | "year") {
        return toks.get(1).is_some_and(|n| {
            closes_on(&n.lower)
                || (n.is("to") && toks.get(2).is_some_and(|m| month_of(&m.lower).is_some()))
        });
    }
    k > 0
        && matches!(toks[k - 1].lower.as_ref(), "in" | "for")
        && match toks[k].lower.as_ref() {
            "quarter" | "year" => note_period_closes(toks, k),
            "week" => toks.get(k + 1).is_some_and(|n| closes_on(&n.lower)),
            _ => false,
        }
}

/// Whether `start..end` is a period of a note to a table of results, one that drops its
/// article ("in quarter and", see [`article_dropped`]) or keeps it ("in the quarter, and",
/// see [`noted_period`]): a period over, the table's.
pub(super) fn period_of_note(toks: &[Tok<'_>], start: usize, end: usize) -> bool {
    (end == start + 1 && article_dropped(toks, start)) || noted_period(toks, start, end)
}

/// Whether the quarter or year of a note at `k` closes its phrase: "in quarter and",
/// "in year.", "for year ended".
fn note_period_closes(toks: &[Tok<'_>], k: usize) -> bool {
    toks.get(k + 1).is_none_or(|n| {
        n.after_layout()
            || closes_on(&n.lower)
            || matches!(
                n.lower.as_ref(),
                "," | "." | ";" | "and" | "from" | "vs" | "versus"
            )
    })
}

/// "NOTE: Excludes gain 3.41 dlrs a share versus gain 41 cts in the quarter, and gain 5.68
/// dlrs in the year": a note to a table of results that keeps the article of "the quarter",
/// "the year" at `the..the + 2` (after "in" or "for", closing its phrase as a dropped one
/// does) means the periods the table reports, over, as "in quarter" does, when nothing
/// before it in the note names a year or a year back ("NOTE: Prior year excludes ...",
/// "Note: Year-ago net includes").
pub(super) fn noted_period(toks: &[Tok<'_>], the: usize, end: usize) -> bool {
    if !(end == the + 2
        && the > 0
        && matches!(toks[the - 1].lower.as_ref(), "in" | "for")
        && toks[the].is("the")
        && matches!(toks[the + 1].lower.as_ref(), "quarter" | "year")
        && note_period_closes(toks, the + 1))
    {
        return false;
    }
    // (the colon after "NOTE" ends a sentence: the note's words start right after it)
    let mut first = the;
    for k in before_in_sentence(toks, the, 40) {
        if year_token(&toks[k]).is_some()
            || matches!(
                toks[k].lower.as_ref(),
                "prior" | "previous" | "prev" | "ago" | "earlier"
            )
        {
            return false;
        }
        first = k;
    }
    after_note_mark(toks, first)
}

/// Whether the token at `k` is the first of a note to a table of results, right after
/// "NOTE:" ("Note:", "NOTE :").
pub(super) fn after_note_mark(toks: &[Tok<'_>], k: usize) -> bool {
    k >= 2 && toks[k - 1].text == ":" && toks[k - 2].is("note")
}

/// Whether a year end at token `at` ("year end", "year-end", "yearend") closes its phrase:
/// a mark or a preposition after it, not a noun it names ("the year-end results").
fn year_end_closes_phrase(toks: &[Tok<'_>], at: usize) -> bool {
    let mut c = Cursor { toks, i: at };
    year_end(&mut c).is_some()
        && c.peek()
            .is_none_or(|t| t.kind == Kind::Punct || PREPOSITIONS.contains(&t.lower.as_ref()))
}

/// The days from one day to another that the day `d` at tokens `first..end` closes or
/// opens, when the text writes them as a period: "between November 1 and March 31", "from
/// March 17 until yesterday" (`prev`, the tag before, the opening day), "the March 11-20
/// period", "the period March 21 to 31" (the closing day a bare number after `d`), "the
/// four-week period ended February 25", "the two months ended November 30" (`prev` a length
/// `d` closes); an opening month opens it at its first day ("between the beginning of
/// January and February 24"). "The same period a year ago" after one is those days (see
/// `Core::Anaphor`), not the one day named last. With whether both its days were written
/// (not a length).
pub(super) fn period_of_days(
    toks: &[Tok<'_>],
    first: usize,
    end: usize,
    prev: Option<&Timex>,
    d: &DateValue,
) -> Option<(DateValue, bool)> {
    // (a range of years, "between 1977 and 1982")
    if d.granularity == Granularity::Year {
        return span_of_range(toks, first, prev, d).map(|years| (years, false));
    }
    // (else a month or a single day, or no period: the cheap test first, this runs for
    // every date named)
    let day = d.granularity == Granularity::Day && d.start == d.end;
    if !day && d.granularity != Granularity::Month {
        return None;
    }
    // (the tag before, and the token after it, when it ends on a token's end)
    let before = || {
        prev.and_then(|p| {
            let k = token_at(toks, p.span.end);
            (k > 0 && toks[k - 1].end == p.span.end).then_some((p, k))
        })
    };
    // (a length the date closes: "the two months ended November 30", "the 13 weeks to
    // March 1", "the three months to June"; its count and unit, and the word that closes
    // it)
    let closed_length = |before: Option<(&Timex, usize)>| {
        let (p, k) = before?;
        if p.kind != TimexKind::Duration || p.modifier.is_some() {
            return None;
        }
        let close = (k..first).find(|&j| closes_on(&toks[j].lower) || toks[j].is("to"))?;
        let closes = close - k <= 4
            && toks[k..close]
                .iter()
                .all(|t| t.is_lowercase_word() && !closes_on(&t.lower))
            && first - close <= 2
            && (close + 1 == first || toks[close + 1].is("on"));
        if !closes {
            return None;
        }
        let (n, unit) = length_of(&p.value)?;
        Some((n.parse::<u32>().ok()?, unit, close))
    };
    if d.granularity == Granularity::Month {
        // "the three months to June", "the six months to March 1986": those months, to the
        // end of the month named (whole: "the eight months to end-August" from January)
        // (the cheap test first: few months follow a length)
        if prev.is_some_and(|p| p.kind == TimexKind::Duration)
            && let Some((n @ 2.., Unit::Month, _)) = closed_length(before())
        {
            let opening = shift(d.end.with_day(1)?, Unit::Month, 1 - i64::from(n))?;
            return Some((DateValue::days(opening, d.end), false));
        }
        return span_of_range(toks, first, prev, d).map(|days| (days, false));
    }
    let span = |start: NaiveDate| (start < d.start).then(|| DateValue::days(start, d.start));
    let before = before();
    // (a month opens it at its first day: "between the beginning of January and February
    // 24")
    if let Some((p, k)) = before
        && let Some(o) = p.date.as_ref()
        && (o.granularity == Granularity::Day && o.start == o.end
            || o.granularity == Granularity::Month)
        && k + 1 == first
        && opens_range(toks, token_at(toks, p.span.start), &toks[k])
    {
        return span(o.start).map(|days| (days, true));
    }
    // "the four-week period ended February 25", "the two months ended November 30, 1986",
    // "the two-week statement period that ended on Wednesday", "the 13 weeks to March 1"
    if let Some((n, unit, close)) = closed_length(before) {
        // (not a year so far: "the fiscal year to March 13" began on the first of a
        // month the text does not give)
        let month_closed =
            month_bounds(d.start.year(), d.start.month()).is_some_and(|(_, last)| last == d.start);
        if unit == Unit::Year && toks[close].is("to") && !month_closed {
            return None;
        }
        let days = |n: u32| d.start.checked_sub_signed(Duration::days(i64::from(n) - 1));
        // (whole months back to the first of a month when the day closes its own)
        let months = |n: u32| {
            if month_closed {
                shift(d.start.with_day(1)?, Unit::Month, 1 - i64::from(n))
            } else {
                shift(d.start, Unit::Month, -i64::from(n))?.succ_opt()
            }
        };
        let start = match unit {
            Unit::Day => days(n),
            Unit::Week => days(7 * n),
            Unit::Month => months(n),
            Unit::Year => months(12 * n),
            _ => None,
        }?;
        return span(start).map(|days| (days, false));
    }
    // "the March 11-20 period", "February 21 to 28": a bare day of the same month after it
    let joint = toks.get(end)?;
    let close = toks.get(end + 1)?;
    let n: u32 = close.text.parse().ok()?;
    // ("the March 11 to 20 period", "the period March 21 to 31")
    let period_named = toks.get(end + 2).is_some_and(|t| t.is("period"))
        || (first > 0 && toks[first - 1].is("period"));
    if (opens_span(toks, first, end) || (period_named && (joint.is("to") || joint.is("through"))))
        && close.kind == Kind::Num
        && n > d.start.day()
        && toks
            .get(end + 2)
            .is_none_or(|t| month_of(&t.lower).is_none() && !t.is_glued_hyphen())
    {
        return Some((DateValue::days(d.start, d.start.with_day(n)?), true));
    }
    None
}
