//! Whether the sentence around an expression looks back or ahead: its verbs, modals and
//! the words of plans and schedules, which decide which `Wednesday` or `May 1` is meant.

use super::*;

/// Verbs of scheduled events in the present tense, which in news speak of what is to come.
pub(super) const SCHEDULED: &[&str] = &[
    "air",
    "airs",
    "appear",
    "appears",
    "applies",
    "apply",
    "arrive",
    "arrives",
    "become",
    "becomes",
    "begin",
    "begins",
    "close",
    "closes",
    "conclude",
    "concludes",
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
    "enter",
    "enters",
    "expire",
    "expires",
    "face",
    "faces",
    "flies",
    "fly",
    "goes",
    "heads",
    "hear",
    "hears",
    "hold",
    "holds",
    "host",
    "hosts",
    "kicks",
    "land",
    "lands",
    "lapse",
    "lapses",
    "launches",
    "leave",
    "leaves",
    "lift",
    "lifts",
    "meet",
    "meets",
    "open",
    "opens",
    "play",
    "plays",
    "premiere",
    "premieres",
    "publish",
    "publishes",
    "reconvene",
    "reconvenes",
    "reopen",
    "reopens",
    "resume",
    "resumes",
    "return",
    "returns",
    "run",
    "runs",
    "sail",
    "sails",
    "sit",
    "sits",
    "speak",
    "speaks",
    "start",
    "starts",
    "switch",
    "switches",
    "take",
    "takes",
    "testifies",
    "testify",
    "travel",
    "travels",
    "unveil",
    "unveils",
    "visit",
    "visits",
    "vote",
    "votes",
    "wrap",
    "wraps",
];

/// The first word from token `from` on, past up to three names, that may name an event:
/// the election of "Sunday's election", the game of "Tuesday's Champions League game";
/// past up to three words that qualify an event's noun too, the election of "Sunday's
/// presidential election", the meeting of "Thursday's monetary policy meeting".
fn event_after<'t, 'a>(toks: &'t [Tok<'a>], from: usize) -> Option<&'t Tok<'a>> {
    let rest = toks.get(from..)?;
    let at = rest.iter().take(4).position(|t| !t.is_capitalised())?;
    let qualifies = |t: &Tok<'_>| {
        t.is_lowercase_word()
            && !determiner(&t.lower)
            && !modal(&t.lower)
            && !PREPOSITIONS.contains(&t.lower.as_ref())
            && !event_noun(&t.lower)
    };
    // (the cheap test first: most words after a date are no run of lowercase words)
    for j in at..at + 3 {
        match rest.get(j + 1) {
            Some(next) if next.is_lowercase_word() && qualifies(&rest[j]) => {
                if event_noun(&next.lower) {
                    return Some(next);
                }
            }
            _ => break,
        }
    }
    Some(&rest[at])
}

/// A noun that names an event a day or month may be the day of: "election", "final",
/// "report", "session", "accord".
fn event_noun(word: &str) -> bool {
    scheduled_event(word)
        || contest_or_rite(word)
        || matches!(
            word,
            "statement"
                | "report"
                | "decision"
                | "announcement"
                | "speech"
                | "session"
                | "sessions"
                | "council"
                | "accord"
                | "accords"
                | "pact"
                | "treaty"
        )
}

/// Whether the day named at `start..end`, after the preposition at `prep` and before
/// `event`, is the day of an event waited for: "must pass before Friday's deadline", "go to
/// the polls in Sunday's election", "before the Nov. 5 election", in a sentence with no verb
/// in the past (a report, "officials said", does not count).
fn waited_for(
    toks: &[Tok<'_>],
    prep: usize,
    start: usize,
    end: usize,
    event: Option<&Tok<'_>>,
) -> bool {
    // (not the result of one, which is in: "The ruling party's setback in Sunday's
    // nationwide local elections may force the government to", "his victory in Sunday's
    // runoff")
    let result = prep > 0
        && matches!(
            toks[prep - 1].lower.as_ref(),
            "setback"
                | "defeat"
                | "victory"
                | "win"
                | "loss"
                | "losses"
                | "gains"
                | "rout"
                | "triumph"
                | "success"
                | "showing"
        );
    !result
        && matches!(
            toks[prep].lower.as_ref(),
            "before" | "until" | "by" | "in" | "for" | "at"
        )
        && event.is_some_and(|t| {
            scheduled_event(&t.lower)
                || (contest_or_rite(&t.lower)
                    && before_in_sentence(toks, start, 15).any(|k| {
                        // (a contest or a rite only in a sentence that looks ahead: "Nadal
                        // beat Djokovic in Sunday's final" may be either tense; "Federer faces
                        // Nadal in Sunday's final" is ahead)
                        let w = toks[k].lower.as_ref();
                        matches!(w, "will" | "shall" | "ll")
                            || (goes_ahead(w) && w.ends_with('s') && toks[k].is_lowercase_word())
                    }))
        })
        && !past_around(toks, start, end)
}

/// Whether `word` is one of the [`SCHEDULED`] verbs (by hash: `goes_ahead` asks for up to
/// 14 words before every expression, and a scan of the list was 2.5% of all tagging time).
fn is_scheduled(word: &str) -> bool {
    static VERBS: WordSet = WordSet::new(SCHEDULED);
    VERBS.contains(word)
}

/// Whether the token at `k` may start a holiday, and not the month of "38 cents over May"
/// ("May Day" is one).
fn holiday_at(toks: &[Tok<'_>], k: usize) -> bool {
    holiday_may_start(&toks[k])
        && (month_of(&toks[k].lower).is_none() || toks.get(k + 1).is_some_and(|t| t.is("day")))
}

/// Whether the expression from `start` to `end` names a weekday.
fn names_weekday(toks: &[Tok<'_>], start: usize, end: usize) -> bool {
    toks[start..end]
        .iter()
        .any(|t| weekday_of(&t.lower).is_some())
}

/// Whether a verb in the past stands in the sentence of the expression from `start` to
/// `end`, before it or up to 15 words after (past a relative clause set off by commas:
/// "Federer, who won the title in 2003, faces Nadal in Sunday's final").
pub(super) fn past_around(toks: &[Tok<'_>], start: usize, end: usize) -> bool {
    before_in_sentence(toks, start, usize::MAX)
        .filter(|&k| !in_relative_aside(toks, k, start))
        .chain(after_in_sentence(toks, end, 15))
        .any(|k| tells_past(toks, k))
}

/// Whether token `k` opens what is hoped for or aimed at: "prospects for", "the possibility
/// of", "chances of", "aimed at" or "towards" before a verb in "-ing".
fn prospect(toks: &[Tok<'_>], k: usize) -> bool {
    let next = |n: usize| toks.get(k + n).map(|t| t.lower.as_ref());
    match toks[k].lower.as_ref() {
        "prospects" | "prospect" | "possibility" | "chance" | "chances" | "likelihood" => {
            matches!(next(1), Some("for" | "of"))
        }
        "aimed" | "aiming" => next(1) == Some("at") && next(2).is_some_and(ing_form),
        "towards" | "toward" => next(1).is_some_and(ing_form),
        _ => false,
    }
}

/// A noun for what is planned, set or estimated for a period: "the second quarter production
/// schedule", "second quarter earnings estimates", "a fourth quarter level".
fn planned_for(word: &str) -> bool {
    matches!(
        word,
        "schedule"
            | "schedules"
            | "estimate"
            | "estimates"
            | "forecast"
            | "forecasts"
            | "target"
            | "targets"
            | "budget"
            | "quota"
            | "quotas"
            | "ceiling"
            | "level"
            | "projection"
            | "projections"
            | "guidance"
    )
}

/// An event set for a day, waited for: "before Friday's deadline", "in Sunday's election".
fn scheduled_event(word: &str) -> bool {
    matches!(
        word,
        "deadline"
            | "vote"
            | "election"
            | "elections"
            | "meeting"
            | "meetings"
            | "summit"
            | "talks"
            | "hearing"
            | "conference"
            | "auction"
            | "tender"
            | "recess"
    )
}

/// A contest or a rite, which a sentence may tell of before or after it: "in Sunday's
/// final", "at Tuesday's funeral".
fn contest_or_rite(word: &str) -> bool {
    matches!(
        word,
        "debate"
            | "final"
            | "semifinal"
            | "game"
            | "match"
            | "race"
            | "ceremony"
            | "funeral"
            | "launch"
    )
}

/// A word for a statistic, whose month is the one it measures: "February orders", "the
/// February figure", "figures for February".
pub(super) fn names_statistic(word: &str) -> bool {
    matches!(
        word,
        "figure"
            | "figures"
            | "data"
            | "statistics"
            | "number"
            | "numbers"
            | "orders"
            | "output"
            | "production"
            | "sales"
            | "trade"
            | "deficit"
            | "surplus"
            | "index"
            | "inflation"
            | "unemployment"
            | "jobless"
            | "employment"
            | "jobs"
            | "spending"
            | "income"
            | "prices"
            | "payrolls"
            | "imports"
            | "exports"
            | "consumer"
            | "producer"
            | "retail"
            | "industrial"
            | "housing"
            | "budget"
    )
}

/// Whether a word for a statistic follows at `end`, or after the country or people whose
/// it is: "February orders", "Tuesday's February U.S. Trade data", "the February West
/// German trade figures".
fn statistic_after(toks: &[Tok<'_>], end: usize) -> bool {
    // (not a grade's prices, "above May Brent prices", nor past the sentence's end, "in the
    // May. The trade was")
    let name = |k: usize| {
        (toks[k].kind == Kind::Word && toks[k].is_capitalised()) || initial_stop(toks, k)
    };
    (end..toks.len().min(end + 6))
        .find(|&k| names_statistic(&toks[k].lower) || !name(k))
        .is_some_and(|k| names_statistic(&toks[k].lower) && (k == end || !toks[k].is("prices")))
}

/// Whether the token at `k` is a point of an initialism ("U.S.") that ends no sentence.
fn initial_stop(toks: &[Tok<'_>], k: usize) -> bool {
    initial_point(toks, k) && !ends_sentence(toks, k)
}

/// Whether `t`, right after a date, is an adverb, which names nothing the date could
/// qualify: "in January rather than immediately", "in May also fell", "in June largely
/// reflected" (not the adjectives of "the June quarterly dividend").
fn adverb_after_date(t: &Tok<'_>) -> bool {
    t.is_lowercase_word()
        && ((adverb_in_ly(&t.lower)
            && !matches!(
                t.lower.as_ref(),
                "daily" | "weekly" | "monthly" | "quarterly" | "yearly" | "early"
            ))
            || matches!(
                t.lower.as_ref(),
                "rather" | "also" | "again" | "too" | "instead" | "alone" | "already" | "still"
            ))
}

/// Whether the clause around an expression speaks of the future ("will meet on Friday")
/// or of the past ("changed its fiscal year in December").
pub(super) fn tense_near(toks: &[Tok<'_>], start: usize, end: usize) -> Tense {
    let weekday = names_weekday(toks, start, end);
    // either month of a futures spread is a contract's, the next such month (the far one
    // is then moved past the near one: see `tag_tokens`): "Jul/May  3-1/4 over"; and so is
    // the month of a row of a table of futures prices, " Aug       --- 146.50", and a month
    // named with its market, "at 1.25 times New York July"
    if end == start + 1
        && (spread_leg(toks, start).is_some()
            || price_row(toks, start)
            || market_month(toks, start))
    {
        return Tense::Future;
    }
    // "Earlier AM reported a fourth quarter operating loss", "Pillsbury reported fourth
    // quarter earnings": the period of results a company reported is one gone by
    if reported_results_of(toks, start, end) {
        return Tense::Past;
    }
    // "The company announced Feb. 3 that it would sell the unit": a date between a verb of
    // reporting and the "that" of what it reports is the day of the report, gone by,
    // whatever the report looks ahead to (not "said on April 10 it will redeem", which
    // the wires write for the day of the redemption)
    let on = usize::from(start > 0 && toks[start - 1].is("on"));
    if start > on
        && reports(&toks[start - 1 - on].lower)
        && toks.get(end).is_some_and(|t| t.is("that"))
    {
        return Tense::Past;
    }
    // "as he prepared for the third week of talks starting Monday", "the Council prepared
    // for a Thursday meeting", "which the government is now preparing for presentation in
    // September": what is prepared for, a few words on in its clause with no verb in the
    // past between, is still to come
    // (the cheap test first: few dates have a form of "prepare" so near)
    if toks[start.saturating_sub(10)..start]
        .iter()
        .any(|t| t.lower.starts_with("prepar"))
        && let Some(k) = before_in_clause(toks, start, 10).find(|&k| prepares_for(toks, k))
        && !(k + 1..start).any(|j| past_verb(toks, j))
    {
        return Tense::Future;
    }
    // "Total assets were nearly 1.1 mln dlrs at year end", "the number of employees the
    // company had at year end", "gold reserves were 165.7 mln dlrs at the end of May": the
    // end of a period a figure told with "was", "were" or "had" stood at is one gone by
    // (not what was to come, "will be", "were expected to be ... at year end")
    if start > 0
        && toks[start - 1].is("at")
        && toks[start..end]
            .iter()
            .any(|t| matches!(t.lower.as_ref(), "end" | "yearend" | "year-end"))
        && before_in_clause(toks, start - 1, 12)
            .take_while(|&k| !looks_ahead_at(toks, k))
            .any(|k| matches!(toks[k].lower.as_ref(), "was" | "were" | "had"))
    {
        return Tense::Past;
    }
    // the periods of a note to a table of results, which drops their article, are over
    if period_of_note(toks, start, end) {
        return Tense::Ended;
    }
    // "Once the first tranche is drawn down in the second quarter, Mexico will still only
    // have enough reserves", "If talks are not completed by the end of the third quarter,
    // the company estimated Brazil's action would reduce its net income": a date in a
    // clause that opens its sentence with "if", "once", "when", "until" or "unless", told in
    // the present, is still to come when the clause after its comma looks ahead with "will"
    // or "would" (not "would have")
    if opening_condition_ahead(toks, start, end) {
        return Tense::Future;
    }
    // "if the pipeline service is restored by Friday there would be little problem", "if we
    // don't have local agreements settled by Thursday, there will be a strike": a deadline
    // in a condition told in the present is still to come (not in the past, "if the dispute
    // was not settled by Monday", which may be over)
    // ("It advised the Saudis the company would negotiate oil purchases elsewhere unless
    // they changed their mind by Monday": and so is one told in the past under a "would"
    // of what is still to be done, the future of a report; not "would have", nor the past
    // perfect, "if it had not been settled by Monday")
    if weekday
        && start > 0
        && toks[start - 1].is("by")
        && let Some(k) = before_in_sentence(toks, start - 1, 14)
            .find(|&k| toks[k].is("if") || toks[k].is("unless"))
    {
        let condition = &toks[k + 1..start - 1];
        let told = |words: &[&str]| condition.iter().any(|t| words.contains(&t.lower.as_ref()));
        let present = told(&[
            "is", "are", "am", "do", "does", "don", "doesn", "has", "have", "can",
        ]);
        let past = told(&["was", "were", "had", "did", "didn"]);
        let would_ahead = || {
            !told(&["had"])
                && before_in_sentence(toks, k, 14)
                    .chain(after_in_sentence(toks, end, 14))
                    .any(|j| toks[j].is("would") && toks.get(j + 1).is_none_or(|n| !n.is("have")))
        };
        if (present && !past) || would_ahead() {
            return Tense::Future;
        }
    }
    // "said it will cut rates ... for other parts of Canada, effective Wednesday", "voted
    // Sunday to go on strike against the plant, effective Tuesday": the day a change set
    // off by a comma takes effect is ahead when the change is still to be made, under
    // "will" or "would" or in an infinitive, however long its object (not a change made,
    // "raised their prime rate one-half point to 6.5 pct, effective Tuesday")
    if weekday
        && start >= 2
        && toks[start - 1].is("effective")
        && toks[start - 2].text == ","
        && before_in_sentence(toks, start - 2, 40)
            .find(|&k| {
                let w = toks[k].lower.as_ref();
                matches!(w, "will" | "would" | "shall" | "to") || past_verb(toks, k)
            })
            .is_some_and(|k| {
                !toks[k].is("to")
                    || toks.get(k + 1).is_some_and(|t| {
                        t.is_lowercase_word() && !t.lower.ends_with('s') && !determiner(&t.lower)
                    })
            })
    {
        return Tense::Future;
    }
    // "enable the group to raise its official reference price to 20 dlrs a barrel in
    // January from the current 18 dlrs", "to cut rates in April from current levels": a
    // change from the level that holds now is still to be made by the date
    // (the cheap test first)
    let level_now = |t: &Tok<'_>| matches!(t.lower.as_ref(), "current" | "present" | "existing");
    let near_level = toks
        .get(end..toks.len().min(end + 8))
        .is_some_and(|after| after.iter().any(level_now));
    if near_level
        && after_in_sentence(toks, end, 6)
            .take_while(|&k| toks[k].text != ",")
            .any(|k| {
                let level = k + 1 + usize::from(toks.get(k + 1).is_some_and(|t| t.is("the")));
                toks[k].is("from") && toks.get(level).is_some_and(level_now)
            })
    {
        return Tense::Future;
    }
    // "first quarter results will look pretty poor, because of low margins in January and
    // February": a cause the clause gives is its own time, the one nearest the publication
    // (a noun phrase after "because of", with no verb between; not a weekday, which with no
    // tense is the last one: "Flights will be cancelled because of the strike on Friday")
    // (the cheap test first: few dates have "because" so near)
    if !weekday
        && toks[start.saturating_sub(8)..start]
            .iter()
            .any(|t| t.is("because"))
        && let Some(k) = before_in_clause(toks, start, 8).find(|&k| toks[k].is("because"))
        && toks.get(k + 1).is_some_and(|t| t.is("of"))
        && !(k + 2..start).any(|j| past_verb(toks, j) || clause_word(toks, j))
    {
        return Tense::Unmarked;
    }
    // "Reserves fell to 10.37 billion dlrs in September 1986 from 10.47 billion in June",
    // "down from 10.47 billion at end-June": the day of the figure a change was measured
    // from, told in a sentence that does not look ahead, is over (not "will rise to 1.1
    // billion dlrs from about 319.2 mln in June", nor a date that names a noun after it,
    // "from 20 mln at the April 22 annual meeting", "from down 0.60 dlr in May wheat")
    if from_figure(toks, start)
        && toks
            .get(end)
            .is_none_or(|t| !t.is_lowercase_word() || t.is("and") || t.is("or"))
        && !before_in_sentence(toks, start, 40).any(|k| {
            let w = toks[k].lower.as_ref();
            modal(w) || intends(w) || forecasts(w) || bound_to_come(w) || w.starts_with("expect")
        })
    {
        return Tense::Past;
    }
    // "Nynex Corp said its Nynex Business Centers on Monday will start marketing",
    // "Commerce's ruling on Monday will reset the duties", "one entire session Friday will
    // be devoted to": a weekday right before "will" is the day of what will be, whatever
    // verb comes before (not after a verb in the past or its participle, "Figures released
    // on Monday will show", nor "since Monday")
    if weekday && toks.get(end).is_some_and(|t| t.is("will") || t.is("shall")) {
        let on = start - usize::from(start > 0 && toks[start - 1].is("on"));
        if on > 0
            && !past_verb(toks, on - 1)
            && !matches!(toks[on - 1].lower.as_ref(), "since" | "until" | "after")
        {
            return Tense::Future;
        }
    }
    // the day that closes a period: after "end", the one nearest the publication, whatever
    // "end" schedules ("in the quarter end December 31", "Period end Jan 31"); after
    // "ends" at the head of a table of results, a period that is over ("Qtr ends April 30 /
    // Shr 32 cts vs 20 cts"); "ending" follows its clause ("will produce over three mln
    // bags in the year ending September 30"; `tag_tokens` reads an unmarked one ahead when
    // the last such day is over a quarter ago, see `period_ending_before`)
    // (the rare word first: this runs for every expression)
    if start >= 2
        && (toks[start - 1].is("end") || toks[start - 1].is("ends"))
        && matches!(
            toks[start - 2].lower.as_ref(),
            "quarter" | "year" | "period" | "half" | "months" | "weeks"
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
    // "Congress returns from its Presidents Day recess next week": a break one comes back
    // from in the present or the future is the one nearest (it was next year's, after a
    // verb in the present that schedules), and one that "returned from" is over (it was
    // the nearest)
    let from = start - usize::from(start > 0 && determiner(&toks[start - 1].lower));
    if from >= 2 && toks[from - 1].is("from") {
        match toks[from - 2].lower.as_ref() {
            "return" | "returns" | "returning" => return Tense::Unmarked,
            "returned" => return Tense::Past,
            // (not a date put off from, "pushed back from Dec. 1", which reads as alone)
            "back" if from > 2 && changes_dates(&toks[from - 3].lower) => {}
            "back" if from > 2 && looks_past(&toks[from - 3].lower) => return Tense::Past,
            "back" => return Tense::Unmarked,
            _ => {}
        }
    }
    // "the subsidy for the current season whites campaign for licences to end-Aug", "the
    // Commission granted licences to end August": the day a licence runs to is still to come
    // when it is granted, whatever the tense of the granting
    if start >= 2
        && (toks[start - 1].is("to") || toks[start - 1].is("until"))
        && matches!(
            toks[start - 2].lower.as_ref(),
            "licence" | "licences" | "license" | "licenses"
        )
    {
        return Tense::Future;
    }
    // "in the year to March", "Sales in the three months to December fell": a month that
    // closes a period of a statistic is over, as is a day after "ended", whatever the
    // clause's verb ("will be an improvement over the year ended January 31")
    // (and its end: "in the year to the end of June", "the quarter to end-June")
    let month_end = || {
        let words = &toks[start + usize::from(toks[start].is("the"))..end];
        words.len() <= 3
            && words.first().is_some_and(|t| t.is("end"))
            && words.last().is_some_and(|t| month_of(&t.lower).is_some())
    };
    // (and "the year through June", "the 12 months through March", as US papers write it;
    // not a span still to run, "for six months through June")
    let through_the = start >= 2
        && toks[start - 1].is("through")
        && (start.saturating_sub(4)..start - 2).any(|k| toks[k].is("the"));
    if start >= 2
        && (((toks[start - 1].is("to") || through_the)
            && ((end == start + 1 && month_of(&toks[start].lower).is_some()) || month_end()))
            || toks[start - 1].is("ended"))
        && matches!(
            toks[start - 2].lower.as_ref(),
            "year" | "months" | "quarter" | "weeks" | "period"
        )
        // (not a period under way: "in the current year to end September")
        && !(start >= 3
            && matches!(
                toks[start - 3].lower.as_ref(),
                "current" | "this" | "coming" | "next"
            ))
    {
        // (a day still to come closes a period "ended" only in a sentence that looks
        // ahead, "expects to take a charge against earnings for the second quarter ended
        // March 31"; told of as over, "For the fiscal year ended March 31, Medical reported
        // revenues", or heading a table, it is the last one gone by)
        // (and a month "to" or "through" that closes a period a sentence looks ahead for is
        // the next such month, the year under way: "said profit for the year to June would
        // be flat", read in March; "raised its forecast for the year to March", read in
        // August, March next year; not past a verb in the past, "money supply, which rose
        // in the year to end-February", after "will issue")
        let ahead = || {
            nearest_verb_looks_ahead(toks, start)
                || after_in_sentence(toks, end, 20)
                    .take_while(|&k| !past_verb(toks, k))
                    .any(|k| looks_ahead_at(toks, k))
        };
        return if !toks[start - 1].is("ended") {
            if ahead() { Tense::Future } else { Tense::Ended }
        } else if looks_ahead_around(toks, start, end) {
            Tense::Ended
        } else {
            Tense::Past
        };
    }
    // "the January/March quarter", "the October/December quarter": a span of months is
    // the one nearest the anchor, whatever the verb
    let glued = |slash: usize, month: usize| {
        toks.get(slash)
            .is_some_and(|t| t.text == "/" && !t.spaced())
            && toks
                .get(month)
                .is_some_and(|t| month_of(&t.lower).is_some())
    };
    // (not the last of a span sold ahead: "for June/July/Aug shipment")
    if (glued(end, end + 1) || (start > 1 && glued(start - 1, start - 2)))
        && !sold_ahead(toks, start, end)
    {
        return Tense::Unmarked;
    }
    // "rose in the June contract", "bought March futures": a month that names what is
    // traded for delivery in it is the one nearest the anchor, whatever the verb
    // (so does a month that names the period of a statistic: "is scheduled to release
    // February orders", "the February figure will be a final one", read in March or April,
    // are this year's February)
    // ("will today publish trade and current account figures for February": after the
    // statistic and "for" too)
    let months_only = || {
        toks[start..end]
            .iter()
            .all(|t| month_of(&t.lower).is_some())
    };
    // (a statistic is for a month that is over unless the sentence looks ahead, before or
    // after it: "The ministry's figures for September showed a drop", read in June, are
    // last September's)
    // ("bought corn for September shipment": what trade reports sell for a month ahead,
    // and a contract quoted by its month: see `quoted_contract`)
    // (asked only of months: the cheap test first)
    let traded_month =
        months_only() && (sold_ahead(toks, start, end) || quoted_contract(toks, start, end));
    if (traded_month
        || statistic_after(toks, end)
        || (start >= 2 && toks[start - 1].is("for") && names_statistic(&toks[start - 2].lower)))
        && months_only()
    {
        // (a month for delivery is the next such month, but "the January contract" may be
        // one signed in January: "Under the January contract Aramco was to purchase")
        return if traded_month && toks.get(end).is_none_or(|t| !t.is("contract")) {
            Tense::Future
        } else if traded_month || looks_ahead_around(toks, start, end) {
            Tense::Unmarked
        } else {
            Tense::Past
        };
    }
    // "for September 1-15 and November 5-20 delivery", "for delivery between September 1
    // and December 20": days of months goods are sold for are the next such days, whatever
    // the verb
    if end == start + 2
        && toks[start + 1].kind == Kind::Num
        && month_of(&toks[start].lower).is_some()
        && days_sold_ahead(toks, start, end)
    {
        return Tense::Future;
    }
    // "has renewed its term contract for Iranian crude oil for the second quarter": the
    // period a contract is for is still to come or under way, whatever the verb; and so is
    // a schedule's, "Ford Motor Co has increased its U.S. production schedule for the
    // second quarter"
    let period = || {
        toks[start..end]
            .iter()
            .any(|t| matches!(t.lower.as_ref(), "quarter" | "half") || month_of(&t.lower).is_some())
    };
    if start > 0
        && toks[start - 1].is("for")
        && period()
        && before_in_clause(toks, start - 1, 8).any(|k| {
            matches!(
                toks[k].lower.as_ref(),
                "contract" | "contracts" | "schedule" | "schedules"
            )
        })
    {
        return Tense::Future;
    }
    // "The tender calls for shipment of 6,100 tonnes in May ... and 12,300 tonnes in
    // September", "the plan provides for a vote on Tuesday": what a plan or a tender calls
    // for in the present is still to come, across the commas of a list (not past a verb in
    // the past, a report or a relative clause: "provides for borrowings and replaces a
    // credit line which expired in February"; nor "called for")
    // (the cheap search first: few sentences have either word)
    let calls_for = |k: usize| {
        matches!(toks[k].lower.as_ref(), "calls" | "provides")
            && toks.get(k + 1).is_some_and(|t| t.is("for"))
    };
    if (months_only() || weekday)
        && (start.saturating_sub(40)..start).any(calls_for)
        && before_in_sentence(toks, start, 40)
            .take_while(|&k| {
                !past_verb(toks, k)
                    && !reports(&toks[k].lower)
                    && !matches!(toks[k].lower.as_ref(), "which" | "that" | "who" | "when")
            })
            .any(calls_for)
    {
        return Tense::Future;
    }
    // "are for settlement April 14 with the first interest payment being made Oct 14",
    // "with the first coupon paid on April 6": a new issue's first coupon is still to come
    // (not "the first coupon was paid on April 6")
    // (the cheap search first: this runs for every expression)
    let first_coupon = |k: usize| {
        toks[k].is("first")
            && toks
                .get(k + 1)
                .is_some_and(|t| t.is("interest") || t.is("coupon"))
    };
    if (start.saturating_sub(8)..start).any(first_coupon)
        && before_in_clause(toks, start, 8)
            .take_while(|&k| !matches!(toks[k].lower.as_ref(), "was" | "were" | "had"))
            .any(first_coupon)
    {
        return Tense::Future;
    }
    // "up 0.30 in new December barley", "a buyer in new crop December": a month of new
    // crop is one still to come; so is the contract a cash price is quoted against: "was
    // offered at 17 over July", "NEW CROP, 10 UNDER NOV - UNC" (a figure with no unit right
    // before "over", not "in January over December", "a premium of 2 pct over June's")
    let new = |k: usize| toks[k].text == "new";
    let basis = start > 1
        && matches!(toks[start - 1].lower.as_ref(), "over" | "under")
        && toks[start - 2].kind == Kind::Num;
    if start > 0
        && (basis || new(start - 1) || (start > 1 && new(start - 2) && toks[start - 1].is("crop")))
        && months_only()
    {
        return Tense::Future;
    }
    // "OPEC agreed this weekend in Vienna", "The talks this weekend failed", "reported in
    // the American press this weekend": a verb in the past right after "this weekend", or
    // before it in its clause
    if end == start + 2
        && toks[start].is("this")
        && toks[start + 1].is("weekend")
        && (before_in_clause(toks, start, 6).any(|k| tells_past(toks, k))
            || (end < toks.len() && tells_past(toks, end)))
    {
        return Tense::Past;
    }
    // "ahead of Friday's vote", "in advance of Monday's meeting": still to come
    let word_before = |k: usize, w: &str| start >= k && toks[start - k].is(w);
    // (not a lead: "well ahead of Friday's final 71.8")
    // (and "ahead of the vote on Sunday", "ahead of his departure on Sunday", "ahead of
    // an analysts' meeting on Thursday", "ahead of its first-quarter results on Thursday",
    // "ahead of government data on Wednesday": the event, then its day; not "ahead of
    // schedule on Thursday", which names none)
    let event_words = (1..=7).filter(|_| word_before(1, "on")).find(|&n| {
        start > n + 2
            && toks[start - n - 2].is("of")
            && (determiner(&toks[start - 1 - n].lower)
                || (toks[start - 1 - n].is_lowercase_word()
                    && !measured_against(&toks[start - 1 - n].lower)))
            && toks[start - n..start - 1]
                .iter()
                .all(|t| t.is_lowercase_word() || t.is_apostrophe() || t.is_glued_hyphen())
    });
    let of = event_words.map_or(1, |n| n + 2);
    // (a day or the end of a week is still to come even after a verb in the past, "Stocks
    // rose ahead of Friday's jobs report", "Dealers moved to square positions ahead of the
    // weekend"; a holiday or a month may be over, "Prices rose ahead of Christmas" read in
    // January)
    if word_before(of, "of")
        && (word_before(of + 1, "ahead") || word_before(of + 1, "advance"))
        && !(word_before(of + 2, "well") || word_before(of + 2, "far"))
        && (weekday
            || toks[start..end].iter().any(|t| t.is("weekend"))
            || !before_in_clause(toks, start - of - 1, 10).any(|k| tells_past(toks, k)))
    {
        return Tense::Future;
    }
    // "Traders looked ahead to Friday's jobs report", "In looking ahead to the auctions of
    // 24.25 billion in T-notes on Tuesday", "We look forward to the meeting on Monday": what
    // is looked to is a day still to come, whatever the tense of the looking
    if weekday
        && before_in_clause(toks, start, 24).any(|k| {
            k > 0
                && (toks[k].is("ahead") || toks[k].is("forward"))
                && toks.get(k + 1).is_some_and(|t| t.is("to"))
                && toks[k - 1].lower.starts_with("look")
        })
    {
        return Tense::Future;
    }
    // "with pre-orders beginning Friday", "for the fiscal year beginning Oct. 1", "a strike
    // starting on Monday": the day a thing starts from is still to come, unless a verb in
    // the past in its clause tells of it ("limited their exports in the year starting March
    // 1"; but "unveiled its iPhones on Tuesday, with pre-orders beginning Friday")
    // (a verb that decides or announces the thing tells of no past for it: "declared three
    // days of national mourning starting on Wednesday"; but "agreed in December to return
    // to fixed prices starting February 1" dated the decision, and what it started may be
    // over)
    let opens = |k: usize| start >= k && starts_from(&toks[start - k].lower);
    if (opens(1) || (opens(2) && matches!(toks[start - 1].lower.as_ref(), "on" | "in" | "from")))
        && !before_in_clause(toks, start, usize::MAX).any(|k| {
            tells_past(toks, k)
                && !(decides(&toks[k].lower)
                    && toks[k + 1..start]
                        .iter()
                        .all(|t| month_of(&t.lower).is_none() && weekday_of(&t.lower).is_none()))
        })
    {
        return Tense::Future;
    }
    // "He is arriving Friday", "The team is flying to Paris on Monday": the present
    // progressive arranges what is still to come (not what it does to an event named by
    // its day: "Officials are investigating Thursday's crash")
    // (and so does the past one of a plan a report puts it in, a few words after the
    // report: "The group said it was planning a protest for Saturday"; not "The group was
    // planning a protest for Saturday, but police banned it", nor what was under way,
    // "Police said he was driving home on Saturday")
    let reported_progressive = |k: usize| {
        matches!(
            toks[k].lower.as_ref(),
            "planning" | "preparing" | "organising" | "organizing" | "considering"
        ) && matches!(toks[k - 1].lower.as_ref(), "was" | "were")
            && (k.saturating_sub(5)..k - 1)
                .rev()
                .take_while(|&j| !ends_sentence(toks, j))
                .any(|j| reports(&toks[j].lower))
    };
    if weekday
        && !toks.get(end).is_some_and(|t| t.is_apostrophe())
        && let Some(k) = before_in_clause(toks, start, 6).find(|&k| ing_form(&toks[k].lower))
        && k > 0
        && (matches!(toks[k - 1].lower.as_ref(), "is" | "are" | "am") || reported_progressive(k))
    {
        return Tense::Future;
    }
    // "The deadline is the close of business on Friday", "The deadline for bids is 5 p.m.
    // Friday": a deadline is still to come while the clause says it is (not "The deadline
    // was Friday", nor "the deadline is past")
    // (nor a kind of day: "The deadline is a Monday deadline")
    if weekday
        && start > 0
        && !toks[start - 1].is("a")
        && let Some(k) = before_in_clause(toks, start, 10)
            .find(|&k| matches!(toks[k].lower.as_ref(), "is" | "are"))
        && k > 0
        && before_in_clause(toks, k, 6).any(|j| toks[j].lower.starts_with("deadline"))
        && !toks[k + 1..start]
            .iter()
            .any(|t| matches!(t.lower.as_ref(), "past" | "passed" | "over"))
    {
        return Tense::Future;
    }
    // "Cyprus faces a Monday deadline", "The ECB set a Monday deadline": a deadline named
    // by its weekday is still to come, as "Monday's deadline" is, and so is one the story
    // tells was set or given (not "Talks missed a Friday deadline", "The Monday deadline
    // passed", "had set a Monday deadline, which expired")
    let set_before = || {
        before_in_clause(toks, start, 6).any(|k| {
            matches!(
                toks[k].lower.as_ref(),
                "set" | "gave" | "given" | "imposed" | "issued" | "fixed" | "extended"
            )
        })
    };
    let lapsed = || {
        after_in_sentence(toks, end, 10).any(|k| {
            matches!(
                toks[k].lower.as_ref(),
                "passed" | "expired" | "lapsed" | "missed" | "past"
            )
        })
    };
    // ... and so is any day named as a deadline or a target: "we have set October 1 as a
    // target date", "a deadline of October 1", "the October 1 deadline" (not "Talks missed
    // the October 1 deadline", nor one that lapsed)
    let goal = |k: usize| {
        toks.get(k)
            .is_some_and(|t| matches!(t.lower.as_ref(), "deadline" | "target"))
    };
    let named_as = toks.get(end).is_some_and(|t| t.is("as"))
        && toks.get(end + 1).is_some_and(|t| determiner(&t.lower))
        && goal(end + 2);
    let of_goal = start >= 2
        && toks[start - 1].is("of")
        && (goal(start - 2) || (toks[start - 2].is("date") && goal(start - 3)));
    // (and the date of an event named by its month or day: "set a November trial date")
    let event_date = toks.get(end).is_some_and(Tok::is_lowercase_word)
        && toks.get(end + 1).is_some_and(|t| t.is("date"));
    // (and one that draws near, whatever was told before it: "its popularity has risen as
    // the September deadline for the election draws closer")
    let nears = || {
        after_in_sentence(toks, end, 8).any(|k| {
            matches!(
                toks[k].lower.as_ref(),
                "draws" | "looms" | "approaches" | "nears"
            )
        })
    };
    // (and the day an event was set for, however that was told: "The commission has set a
    // hearing on the rate issue for July 28", "The judge set a trial date of Jan. 9";
    // not one set before and given up, "had scheduled a meeting for May 21")
    let set_for = start > 0
        && matches!(toks[start - 1].lower.as_ref(), "for" | "of" | "on")
        && before_in_clause(toks, start - 1, 10).any(|k| {
            matches!(
                toks[k].lower.as_ref(),
                "set" | "scheduled" | "rescheduled" | "fixed" | "called"
            ) && !(k > 0
                && matches!(
                    toks[k - 1].lower.as_ref(),
                    "had" | "previously" | "originally" | "initially"
                ))
                && toks.get(k + 1).is_some_and(|t| determiner(&t.lower))
                && (k + 2..start - 1).take(4).any(|j| {
                    scheduled_event(&toks[j].lower)
                        || matches!(toks[j].lower.as_ref(), "trial" | "date" | "sentencing")
                })
        });
    if (named_as || of_goal || goal(end) || event_date || set_for)
        && !lapsed()
        && (named_as || !past_around(toks, start, end) || set_before() || nears())
    {
        return Tense::Future;
    }
    // "the April 15 attack", "the March five quake": a day that names an event no one
    // schedules names one that happened, and so does a month or day that names an accord
    // (past its names: "the policies accepted under the February Louvre accord")
    let named = event_after(toks, end);
    if toks.get(end).is_some_and(|t| befell(&t.lower))
        || named
            .is_some_and(|t| matches!(t.lower.as_ref(), "accord" | "accords" | "pact" | "treaty"))
    {
        return Tense::Past;
    }
    // "most countries now prepared to wait for the ICO's annual September council
    // session": an event named by its month or day in what is waited for is still to come
    let event_named = named.is_some_and(|t| event_noun(&t.lower));
    let awaited = event_named
        && before_in_clause(toks, start, 8)
            .take_while(|&k| !past_verb(toks, k) && !modal(&toks[k].lower))
            .any(|k| {
                matches!(toks[k].lower.as_ref(), "await" | "awaits" | "awaiting")
                    || (toks[k].is("for")
                        && k > 0
                        && matches!(toks[k - 1].lower.as_ref(), "wait" | "waits" | "waiting"))
            });
    if awaited {
        return Tense::Future;
    }
    // "Monday's raids", "January's suspension": a name for something, not the time of the
    // verb (but "in a week's time" is the time of the verb, as "in two weeks' time" is)
    let after = toks.get(end);
    if after.is_some_and(|t| t.is_apostrophe())
        && toks.get(end + 1).is_some_and(|t| t.is("s"))
        && !toks.get(end + 2).is_some_and(|t| t.is("time"))
    {
        // ... but "must pass before Friday's deadline", "go to the polls in Sunday's
        // election", "will face Djokovic in Sunday's final": an event in a sentence with no
        // verb in the past is still to come (a report, "officials said", does not count)
        // (past the names before it: "for Tuesday's Champions League game")
        let event = event_after(toks, end + 2);
        // (a deadline with no preposition too: "Cyprus faces Monday's deadline", "Monday's
        // deadline looms"; not "Lawmakers missed Friday's deadline")
        let waited_for = (start > 0 && waited_for(toks, start - 1, start, end, event))
            || (event.is_some_and(|t| t.is("deadline")) && !past_around(toks, start, end));
        // ... and one a verb right after "will" takes as its object: "Investors will be
        // watching Wednesday's Fed statement", "will attend Sunday's ceremony" (an event,
        // not "will restate Monday's figures")
        let willed = start >= 2
            && toks[start - 1].is_lowercase_word()
            && (toks[start - 2].is("will")
                || (start >= 3 && toks[start - 2].is("be") && toks[start - 3].is("will")))
            && event.is_some_and(|t| event_noun(&t.lower));
        // ... and so is one that opens the sentence, its verb looking ahead: "Friday's talks
        // are expected to focus on trade", "Sunday's vote will decide" (not "Monday's
        // raids killed 12")
        let heads = heads_sentence(toks, start);
        let verb = || after_in_sentence(toks, end + 2, 5).find(|&k| tells_time(toks, k));
        let ahead = || {
            verb().is_some_and(|k| {
                looks_ahead_at(toks, k)
                    || (!past_verb(toks, k)
                        && toks.get(k + 1).is_some_and(|n| bound_to_come(&n.lower)))
            })
        };
        // ... and one that is awaited: "Investors are waiting for Friday's jobs report",
        // "Markets await Thursday's decision" (not "waited", nor a verb told in the past:
        // "Investors had to wait for Friday's jobs report", "were awaiting")
        // (and one expected, or prepared for: "Expectations for Tuesday's CPI figures are
        // low", "Economists expect Friday's report to show", "Investors are positioning for
        // Tuesday's Fed announcement")
        let waits = if start >= 2
            && toks[start - 1].is("for")
            && matches!(
                toks[start - 2].lower.as_ref(),
                "wait"
                    | "waits"
                    | "waiting"
                    | "expectations"
                    | "forecasts"
                    | "predictions"
                    | "positioning"
                    | "preparing"
            ) {
            Some(start - 2)
        } else {
            (start >= 1
                && matches!(
                    toks[start - 1].lower.as_ref(),
                    "await" | "awaits" | "awaiting" | "expect" | "expects" | "expecting"
                ))
            .then(|| start - 1)
        };
        let awaited = waits.is_some_and(|k| {
            !toks[k.saturating_sub(2)..k]
                .iter()
                .any(|t| matches!(t.lower.as_ref(), "was" | "were" | "had" | "did"))
        });
        // ... and a holiday's or a month's that opens the sentence is over when the verb
        // is in the past: "Thanksgiving's travel rush broke records", "December's sales
        // rose", read in October (a weekday's is over anyway; not a traded month's price,
        // "May's high was its opening price")
        let priced = || {
            toks.get(end + 2).is_some_and(|t| {
                traded(&t.lower)
                    || matches!(
                        t.lower.as_ref(),
                        "high" | "low" | "close" | "settlement" | "price"
                    )
            })
        };
        let told_past = || {
            (holiday_at(toks, start) || (month_named(&toks[start]).is_some() && !priced()))
                && verb().is_some_and(|k| past_verb(toks, k))
        };
        // ... and what one names after "since" is over: "Prices have held since
        // February's Louvre Accord", read in October
        let since = start >= 1 && toks[start - 1].is("since");
        // ... and the day of figures forecast to show something: "Friday's consumer price
        // report for February is expected to show an increase"
        let to_show = || weekday && figures_to_show(toks, start, end + 2);
        // ... and of a report or figures in a clause under "will", "may" or "might": "may
        // also be wary of selling dollars before Tuesday's February U.S. Trade data",
        // "expectations might not be verified in Tuesday's planting intentions report" (not
        // "may have", nor past a verb in the past or a report's: "could give no reason for
        // Thursday's float", "would not comment on Friday's figures"; nor the object of the
        // verb, which names figures out, "will restate Monday's figures")
        let mooted = || {
            weekday
                && start > 0
                && PREPOSITIONS.contains(&toks[start - 1].lower.as_ref())
                && (end + 2..toks.len().min(end + 10))
                    .take_while(|&k| toks[k].kind == Kind::Word || initial_stop(toks, k))
                    .any(|k| toks[k].is("report") || names_statistic(&toks[k].lower))
                && before_in_clause(toks, start, 16)
                    .take_while(|&k| !past_verb(toks, k) && !reports(&toks[k].lower))
                    .any(|k| {
                        matches!(toks[k].lower.as_ref(), "will" | "may" | "might" | "shall")
                            && !toks.get(k + 1).is_some_and(|t| t.is("have"))
                    })
        };
        return if waited_for
            || willed
            || awaited
            || (heads && ahead())
            || to_show()
            || mooted()
            || (weekday && would_on_event(toks, start, end))
        {
            Tense::Future
        } else if since || (heads && told_past()) {
            Tense::Past
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
            // (or "The year ended with a rally", which opens its sentence)
            // (nor a comparison, more often set after a figure than a verb: "forecast about
            // 85 cts a share net in the second quarter compared with 68 cts")
            && !t.is("compared")
            && (!t.is("ended")
                || (!dated_end(toks, end) && heads_sentence(toks, start)))
            && toks.get(end + 1).is_none_or(|n| !n.is("by"))
    });
    if subject_of_past
        && toks[start].is("the")
        && toks[start + 1..end]
            .iter()
            .all(|t| t.kind == Kind::Word && !t.is_capitalised())
    {
        // ("The year ended with a rally": a period that ended is over)
        return if after.is_some_and(|t| t.is("ended")) {
            Tense::Ended
        } else {
            Tense::Past
        };
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
    // (nor is the word that runs a span on to another date: "from Monday through
    // Wednesday", "Monday night into Tuesday"; but "in three years through its
    // restructuring")
    let runs_on = |t: &Tok<'_>| {
        matches!(t.lower.as_ref(), "through" | "till" | "into" | "throughout")
            && parse_at(toks, end + 1).is_some()
    };
    // (nor is "local time" after a clock: "took effect at midnight local time")
    let local_time = |t: &Tok<'_>| t.is("local") && toks.get(end + 1).is_some_and(|n| n.is("time"));
    // (nor another date right after it: "lowest since October last week")
    let dated_after = |t: &Tok<'_>| {
        matches!(t.lower.as_ref(), "last" | "this" | "next") && parse_at(toks, end).is_some()
    };
    // (nor an adverb: "may elect to receive payment for his shares in January rather than
    // immediately", "in October also looked bleak")
    // (nor the object a verb puts after the date: "to negotiate up to September 30 any
    // future quota distribution", "will pay on May 1 a dividend")
    let attributive = after.is_some_and(|t| {
        t.is_lowercase_word()
            && !determiner(&t.lower)
            && !matches!(t.lower.as_ref(), "any" | "all" | "some" | "each" | "every")
            && part_of_day(&t.lower).is_none()
            && !local_time(t)
            && !dated_after(t)
            && !goes_on_with_clause(&t.lower)
            && !participle(t)
            && !runs_on(t)
            && !adverb_after_date(t)
    });
    // ... and so is a day named before the event after an article or a possessive: "none is
    // likely to go to trial before the Nov. 5 election", "is unlikely to tackle quotas
    // before its September meeting"
    if attributive
        && start >= 2
        && determiner(&toks[start - 1].lower)
        && waited_for(toks, start - 2, start, end, event_after(toks, end))
    {
        return Tense::Future;
    }
    // ... and so is the first of a series a change starts with, in a sentence with no verb in
    // the past: "plans to increase the quarterly dividend beginning with the October one
    // payment", "effective with the May billing statement"
    if attributive
        && start >= 3
        && determiner(&toks[start - 1].lower)
        && toks[start - 2].is("with")
        && (starts_from(&toks[start - 3].lower) || toks[start - 3].is("effective"))
        && !past_around(toks, start, end)
    {
        return Tense::Future;
    }
    if attributive && event_told_past(toks, start, end) {
        return Tense::Past;
    }
    // "prospects for a quota accord in October also looked bleak", "the possibility of
    // reimposing quotas before October", "talks aimed at restoring quotas before October",
    // "working towards reimposing quotas from October 1": what is hoped for or aimed at is
    // still to come, whatever the verb (no verb in the past between; a date that names
    // something too, "prospects for an October accord")
    // (the cheap test first: this runs for every expression, and few have such a word
    // before them)
    if (start.saturating_sub(10)..start).any(|k| prospect(toks, k))
        && let Some(k) = before_in_clause(toks, start, 10).find(|&k| prospect(toks, k))
        && !(k + 1..start).any(|j| past_verb(toks, j) && !toks[j].is("aimed"))
    {
        return Tense::Future;
    }
    // "General Motors Corp has cut 100,000 cars from its second quarter production
    // schedule", "lowered their second quarter earnings estimate", "OPEC set a provisional
    // fourth quarter level": a quarter or half that names what is planned or estimated for
    // it is read as still to come, whatever the verb
    if attributive
        && (toks[end - 1].is("quarter") || toks[end - 1].is("half"))
        && toks[end..toks.len().min(end + 3)]
            .iter()
            .take_while(|t| t.is_lowercase_word())
            .any(|t| planned_for(&t.lower))
    {
        return Tense::Future;
    }
    // "has been negotiating since June", "shut since Monday", "for the first time since
    // their February talks": what began in the past (not the conjunction, "since Easter
    // falls late in April", nor "since the start of the year", which is the year the clause
    // speaks of)
    // (and what a month names after "since the": "since the October crash"; and a season,
    // "prospects had dimmed significantly since the autumn")
    let since = |k: usize| start >= k && toks[start - k].is("since");
    let a_month = month_of(&toks[start].lower).is_some();
    let a_season = end == start + 1 && season_of(&toks[start].lower).is_some();
    // (a participle in "-ed" after the date names no noun by it: "has announced a series of
    // measures since May intended to stimulate exports")
    let ed_after = after.is_some_and(|t| t.lower.len() > 4 && t.lower.ends_with("ed"));
    if (since(1) && (!attributive || ed_after) && !toks[start].is("the"))
        || (since(2)
            && (matches!(
                toks[start - 1].lower.as_ref(),
                "their" | "its" | "his" | "her" | "our" | "last"
            ) || (toks[start - 1].is("the") && ((attributive && a_month) || a_season))))
    {
        return Tense::Past;
    }
    // "the vote was postponed until Monday", "It has now been delayed again, to Tuesday":
    // put off to a day still to come
    if (word_before(1, "to") || word_before(1, "until"))
        && (2..=5).any(|k| {
            start >= k
                && (puts_off(toks, start - k)
                    // (a deadline extended or a launch pushed back to a weekday, not a
                    // quota year "extended three months to December 31" that is over)
                    || (matches!(toks[start - k].lower.as_ref(), "extended" | "pushed")
                        && (weekday
                            // (or a deadline or an offer extended: "The deadline was
                            // extended to August")
                            || before_in_sentence(toks, start - k, 6).any(|j| {
                                matches!(
                                    toks[j].lower.as_ref(),
                                    "deadline" | "offer" | "expiration" | "moratorium"
                                )
                            })))
                    // (and whatever was pushed or set back: "The launch was pushed back to
                    // August"; or brought forward: "by bringing forward to the third quarter
                    // some imports")
                    || (start > k
                        && matches!(
                            (toks[start - k - 1].lower.as_ref(), toks[start - k].lower.as_ref()),
                            ("pushed" | "set" | "put", "back")
                                | (
                                    "brought" | "bringing" | "bring" | "brings" | "moved"
                                        | "moving",
                                    "forward"
                                )
                        )))
        })
        // (an object the date comes before is no noun it names: "bringing forward to the
        // third quarter some imports", "to the third quarter of the year sugar imports")
        && (!attributive
            || toks[end - 1].is("year")
            || after.is_some_and(|t| {
                determiner(&t.lower) || matches!(t.lower.as_ref(), "some" | "all" | "more")
            }))
    {
        return Tense::Future;
    }
    // "Funding lasts through September", "the cuts, which total $85 billion through the end
    // of September", "The package funds the government through Sept. 30": what lasts in
    // the present up to a date goes on to a coming one (not "sales rose in the year through
    // March")
    // (the clause a relative pronoun opens, when one does: "The House approved a bill on
    // Thursday that keeps the government running through Sept. 30")
    if word_before(1, "through") && !attributive {
        let clause = || {
            before_in_clause(toks, start - 1, 10)
                .take_while(|&k| !matches!(toks[k].lower.as_ref(), "that" | "which" | "who"))
        };
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
        // (a verb that carries its object there, "funds the government", "covers the
        // costs"; not the noun, "the fund's sales this year through August")
        let carries = |k: usize| {
            matches!(
                toks[k].lower.as_ref(),
                "funds" | "fund" | "finances" | "covers" | "cover" | "keeps" | "keep"
            ) && toks.get(k + 1).is_some_and(|n| determiner(&n.lower))
        };
        // (in the clause's first `n` words back)
        let goes_on = |n: usize| {
            clause().take(n).any(|k| lasts(k) || carries(k))
                && !clause().take(n).any(|k| past_verb(toks, k) && !passive(k))
        };
        // (and the infinitive of a purpose, whatever the verb before it: "The Senate passed
        // a bill to keep the government running through the end of September")
        let purpose = clause().position(|k| toks[k].is("to")).is_some_and(goes_on);
        if purpose || goes_on(usize::MAX) {
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
        // (not the participle of what is wished done: "wants it approved before elections in
        // May", "wants the law passed")
        let wished = |k: usize| {
            (1..=3).any(|n| {
                k > n
                    && matches!(
                        toks[k - n - 1].lower.as_ref(),
                        "wants" | "want" | "needs" | "need"
                    )
                    && toks[k - n..k]
                        .iter()
                        .all(|t| t.is_lowercase_word() && !looks_past(&t.lower))
            })
        };
        let before = before_in_sentence(toks, start - 2, usize::MAX)
            .any(|k| past_verb(toks, k) && !wished(k));
        // (past a comma too, "At a conference on February 23, members discussed"; but a
        // report is no date: "Merkel faces the elections in September, aides said")
        let after = after_in_sentence(toks, end, 15).any(|k| tells_past(toks, k));
        // (nor what the clause counts from: "in turmoil after the elections in September";
        // what must come before one is ahead of it, "wants it approved before elections in
        // May")
        let counted_from = (start.saturating_sub(6)..start - 2)
            .any(|k| matches!(toks[k].lower.as_ref(), "after" | "since" | "following"));
        if !before && !after && !counted_from {
            return Tense::Future;
        }
    }
    // (six words: quotation marks, brackets and the hyphens of a compound do not count,
    // "He expects a 'follow-through' Monday")
    let mut words = 0;
    let window: Vec<&Tok<'_>> = (0..start)
        .rev()
        .take_while(|&k| {
            let free = matches!(toks[k].text, "\"" | "“" | "”" | "(" | ")")
                || toks[k].is_glued_hyphen()
                || (toks[k].is_apostrophe()
                    && (toks[k].spaced() || toks.get(k + 1).is_none_or(Tok::spaced)));
            words += usize::from(!free);
            words <= 6
        })
        .take_while(|&k| !breaks_clause(toks, k))
        .map(|k| &toks[k])
        .collect();
    // "at its next monthly tender on Thursday", "the next round of talks on Monday": an
    // event named as the next one is still to come
    // (its subject too, told in the present: "Their next game is at home on Saturday",
    // "England's next match is against Greece on Thursday"; not a unit, "the next day")
    let named_next = |k: usize| {
        toks[k].is("next")
            && k > 0
            && (determiner(&toks[k - 1].lower) || after_possessive(toks, k))
            // (a name too, "the next International Coffee Organization session"; not a day,
            // "the next Monday")
            && toks.get(k + 1).is_some_and(|n| {
                n.kind == Kind::Word
                    && unit_of(&n.lower).is_none()
                    && weekday_of(&n.lower).is_none()
                    && month_of(&n.lower).is_none()
            })
    };
    // (a month too: "prior to the next International Coffee Organization session in
    // September")
    if (word_before(1, "on") || word_before(1, "in"))
        && before_in_clause(toks, start - 1, 10)
            .take_while(|&k| !past_verb(toks, k))
            .any(named_next)
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
    // "will be the first since an Asian Development Bank issue in February": what a
    // phrase after "since" dates is over (not a clause, "since it will meet in May", nor a
    // month of a list, "since the technical correction in June and August live cattle")
    if (word_before(1, "in") || word_before(1, "on"))
        && toks
            .get(end)
            .is_none_or(|t| !matches!(t.lower.as_ref(), "and" | "or" | "/" | "-"))
        // (the cheap search first: few phrases have "since")
        // (and "following" as "after": "the first to withdraw from the gilt market
        // following the Big Bang deregulation of the London Stock Exchange in October"; not
        // "the following year")
        && before_in_clause(toks, start - 1, 12).any(|k| counts_from(toks, k))
        && before_in_clause(toks, start - 1, 12)
            .find(|&k| {
                let w = toks[k].lower.as_ref();
                counts_from(toks, k)
                    || modal(w)
                    || past_verb(toks, k)
                    || matches!(
                        w,
                        "is" | "are" | "it" | "they" | "we" | "which" | "that" | "who" | "when"
                    )
            })
            .is_some_and(|k| counts_from(toks, k))
    {
        return Tense::Past;
    }
    // "had been scheduled to expire Friday", "had planned to vote on Monday" are over, but
    // need not be in the past (nor need a plan given up: "previously set for", "The vote,
    // originally scheduled for Tuesday, was delayed")
    // (but "had" as the verb itself, "the company had at year end 820 employees", is the
    // past, and so is what was done: "the suspect had fled the country in September")
    // (the window runs back from the date: `window[k - 1]` is the word after `window[k]`)
    // (a passive of a plan only: "had been scheduled", "had been due"; "Acres had been
    // planted as of June 1" is the past)
    let planned = |t: &Tok<'_>| {
        intends(&t.lower)
            || matches!(
                t.lower.as_ref(),
                "planned" | "scheduled" | "expected" | "set" | "due" | "slated" | "likely"
            )
    };
    let perfect = |k: usize| {
        k > 0
            && (planned(window[k - 1])
                || (window[k - 1].is("been") && k > 1 && planned(window[k - 2])))
    };
    if window.iter().enumerate().any(|(k, t)| {
        (t.is("had") && perfect(k))
            || matches!(t.lower.as_ref(), "previously" | "originally" | "initially")
    }) {
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
        // (nor is a participle right before "by" that tells of a noun after a preposition
        // a verb, under a modal: "would be paid on December 15, on all cane harvested by
        // November 30")
        let of_a_noun = |k: usize| {
            k + 2 == start
                && k >= 2
                && toks[k - 1].is_lowercase_word()
                && (PREPOSITIONS.contains(&toks[k - 2].lower.as_ref())
                    || (k >= 3
                        && (determiner(&toks[k - 2].lower)
                            || matches!(toks[k - 2].lower.as_ref(), "all" | "any" | "some"))
                        && PREPOSITIONS.contains(&toks[k - 3].lower.as_ref())))
                && before_in_sentence(toks, k, 30).any(|j| modal(&toks[j].lower))
        };
        if !opens
            && !clause().any(|k| past_verb(toks, k) && !intends(&toks[k].lower) && !of_a_noun(k))
        {
            return Tense::Future;
        }
    }
    // "The outbreak peaked in mid-January before declining through February": a
    // participle after "before" or "after", right before the date's preposition, tells of
    // the time of the clause's verb in the past (not of a plan or a wish, "the issuance
    // planned immediately after signing in mid-May")
    let verb_of_clause = |k: usize| {
        let w = toks[k].lower.as_ref();
        past_verb(toks, k) || modal(w) || matches!(w, "is" | "are") || decides(w) || intends(w)
    };
    // (the rarest word first: this runs for every expression)
    if start >= 3
        && matches!(toks[start - 3].lower.as_ref(), "before" | "after")
        && ing_form(&toks[start - 2].lower)
        && PREPOSITIONS.contains(&toks[start - 1].lower.as_ref())
        && before_in_clause(toks, start - 3, 10)
            .find(|&k| verb_of_clause(k))
            .is_some_and(|k| {
                let w = toks[k].lower.as_ref();
                past_verb(toks, k) && !decides(w) && !intends(w)
            })
    {
        return Tense::Past;
    }
    // "The state counted mail ballots until late Wednesday night", "few made commitments
    // until December": what went on up to a day, told in the past, is over
    // ("Paul did not yield the floor until after 12:30 a.m. Thursday": "until after" as
    // "until")
    let until_at = (1..=2).filter_map(|n| start.checked_sub(n)).find(|&k| {
        (toks[k].is("until") || toks[k].is("till")) && (k + 1 == start || toks[k + 1].is("after"))
    });
    let until = until_at.is_some_and(|k| k + 1 == start);
    let lasted_until = until_at
        .is_some_and(|k| !toks.get(end).is_some_and(|t| t.is("to")) && went_on_until(toks, k));
    // ... and so is what had gone on up to a day named at the head of the sentence:
    // "Until Monday, the bank had refused to comment"
    let had_until = until
        && (start == 1 || ends_sentence(toks, start - 2))
        && toks.get(end).is_some_and(|t| t.text == ",")
        && after_in_sentence(toks, end + 1, 6)
            .any(|k| toks[k].is("had") && toks.get(k + 1).is_some_and(|v| looks_past(&v.lower)));
    // ... and the time a cleft in the past puts it at: "It was not until this spring that
    // plasma readings confirmed it", "It wasn't until March that"
    let cleft = until_at
        .and_then(|k| auxiliary_of(toks, k))
        .is_some_and(|aux| toks[aux].is("was") && aux > 0 && toks[aux - 1].is("it"));
    if lasted_until || had_until || cleft {
        return Tense::Past;
    }
    // "Hickenlooper ordered flags lowered to half-staff through Sunday": "through" a weekday
    // looks ahead as "until" one does, unless what went on up to it is told in the past
    // ("The festival ran through Sunday"; not the close of a range, "from Thursday through
    // Saturday", read with its opening day, nor of a period, "in the week through Friday",
    // nor a day that opens the sentence, "Through Friday, stock prices surged")
    if word_before(1, "through")
        && weekday
        && start >= 2
        && weekday_of(&toks[start - 2].lower).is_none()
        && unit_of(&toks[start - 2].lower).is_none()
        && !toks[start - 2].is("period")
        && before_in_clause(toks, start - 1, 10).any(|k| past_verb(toks, k))
        && !went_on_until(toks, start - 1)
    {
        return Tense::Future;
    }
    // "The army had given Mursi until 4:30 p.m. on Wednesday to meet the demands": a time
    // given before the story's moment may be over; the nearest such day
    if until
        && (2..=6).any(|k| {
            start > k
                && matches!(toks[start - k].lower.as_ref(), "given" | "granted")
                && toks[start - k - 1].is("had")
        })
    {
        return Tense::Unmarked;
    }
    let ahead = 'ahead: {
        for (k, t) in window.iter().enumerate() {
            // "is to resume trading Tuesday", "set to resume Monday", "the vote is set for
            // Sunday"
            if t.is("to")
                && window
                    .get(k + 1)
                    .is_some_and(|b| b.is("is") || b.is("are") || b.is("set"))
            {
                break 'ahead Some(k);
            }
            // "the trade figures to be reported Tuesday", "The figures, to be released on
            // Friday, will show", "the envoy's trip, to be followed from Tuesday by a visit to
            // Nicaragua": a passive still to come (not after a verb in the past,
            // "appeared to be delayed on Tuesday", nor "was to be signed on Friday")
            if t.is("to")
                && k >= 2
                && window[k - 1].is("be")
                && looks_past(&window[k - 2].lower)
                && (k == 2
                    || (k == 3
                        && matches!(window[0].lower.as_ref(), "on" | "in" | "by" | "at" | "from")))
                && window
                    .get(k + 1)
                    .is_none_or(|v| !looks_past(&v.lower) && !v.is("was") && !v.is("were"))
            {
                break 'ahead Some(k);
            }
            // ("snow is forecast for Thursday night": what a forecast is for is still to come;
            // so is what is called for a day, "unions called a general strike for Thursday", "a
            // vote was called for Sunday")
            // ("Organisers have called for more marches on Thursday": what is called for,
            // then its day; the present perfect takes no day of its own, while "She called
            // for calm on Friday" did so on Friday; "after" too, "has called for protests
            // after Friday prayers")
            let called_then_on = k > 0
                && (window[0].is("on") || window[0].is("after"))
                && window[1..k]
                    .iter()
                    .all(|t| t.is_lowercase_word() && !looks_past(&t.lower))
                // (the verb and its auxiliary may stand past the six words: "have called
                // for a general strike on Monday"; `window` holds the tokens before the
                // date in turn)
                && start
                    .checked_sub(k + 2)
                    .is_some_and(|c| toks[c].is("called"))
                && start
                    .checked_sub(k + 3)
                    .is_some_and(|h| toks[h].is("have") || toks[h].is("has"));
            // (what is set or forecast for the date, not for another one between: "The IMF
            // cut its global growth forecast for 2013 on Tuesday")
            let for_this = || {
                !window[..k]
                    .iter()
                    .any(|b| b.kind == Kind::Num || month_of(&b.lower).is_some())
            };
            if t.is("for")
                && (window
                    .get(k + 1)
                    .is_some_and(|b| (b.is("set") || b.is("forecast")) && for_this())
                    || called_then_on
                    || (k == 0 && called_for(&window[k + 1..])))
            {
                break 'ahead Some(k);
            }
            // "the results are due Friday", "the jobs report, due out at 8:30 a.m. Friday" (not
            // "was due to expire Friday")
            // ("the jobs report due Friday": right before the date, unless "was due")
            // ("A planned increase in fuel duty, due in September, will be scrapped": right
            // before its preposition too)
            // (not what a verb in the past tells of, "The notes due in May were repaid",
            // "missed the first of these for 71.25 mln due on September 29", nor the term of
            // "a note due in 10 years"; but what was called off or put off was still ahead,
            // "The fuel duty rise due in September has been scrapped")
            let next_to_date = || {
                k == 0
                    || (k == 1
                        && matches!(window[0].lower.as_ref(), "in" | "on" | "by" | "at")
                        // (a clock too: "with a statement due at 2 p.m. Wednesday")
                        && ((toks[start].kind == Kind::Word
                            && small_number(&toks[start].lower).is_none())
                            || window[0].is("at"))
                        // (nor past ", with", which opens a clause of its own: "The program
                        // was agreed, with payments due in January")
                        && !before_in_sentence(toks, start, 12)
                            .take_while(|&j| {
                                !(j > 0 && toks[j].is("with") && toks[j - 1].text == ",")
                            })
                            .chain(after_in_sentence(toks, end, 15).take_while(|&j| {
                                // (up to a verb in the present: "Figures due on Friday are
                                // expected to show that the economy shrank")
                                !matches!(
                                    toks[j].lower.as_ref(),
                                    "is" | "are" | "will" | "may" | "could" | "should" | "must"
                                )
                            }))
                            .any(|j| {
                                tells_past(toks, j)
                                    && !(j > 0 && determiner(&toks[j - 1].lower))
                                    && !calls_off(toks, j)
                            }))
            };
            // ("the strike is effective Tuesday": a change that takes effect on the day, told
            // in the present)
            if t.is("effective")
                && k == 0
                && window.get(1).is_some_and(|b| {
                    matches!(b.lower.as_ref(), "is" | "are" | "becomes" | "become")
                })
                && !attributive
            {
                break 'ahead Some(k);
            }
            // (and what is payable on a day, a dividend's payment: "Both are payable July
            // 27 to holders of record July One", "the 20 pct stock dividend, payable on
            // October 15, would also apply")
            if (t.is("due") || t.is("payable"))
                && (window.get(k + 1).is_some_and(|b| b.is("is") || b.is("are"))
                    || (k > 0 && window[k - 1].is("out"))
                    || (next_to_date()
                        && !window
                            .get(k + 1)
                            .is_some_and(|b| b.is("was") || b.is("were"))))
                && !attributive
            {
                break 'ahead Some(k);
            }
            // "officials said the talks would resume Tuesday": the future of the report (but
            // "would release April consumer credit figures" names figures, not a time)
            if t.is("would") && k > 0 && k <= 2 && !attributive {
                break 'ahead Some(k);
            }
            // (a comparison is no forecast: "Sales rose more than expected in October")
            if t.is("expected") && compared(toks, start - 1 - k) {
                continue;
            }
            // (nor a plan for a weekday told in the past, which may have come and gone:
            // "The talks began on Friday and were scheduled to end on Saturday"; a month's
            // stays ahead, "was expected to be completed by September 30")
            if matches!(t.lower.as_ref(), "expected" | "scheduled" | "planned")
                && weekday_of(&toks[start].lower).is_some()
                && window
                    .get(k + 1)
                    .is_some_and(|b| b.is("was") || b.is("were"))
            {
                break 'ahead None;
            }
            if matches!(
                t.lower.as_ref(),
                "will"
                    | "shall"
                    | "expects"
                    | "anticipates"
                    | "expected"
                    | "plans"
                    | "planned"
                    | "scheduled"
                    | "upcoming"
                    | "until"
            ) {
                break 'ahead Some(k);
            }
            // "Snow is forecast overnight into Thursday morning"
            if forecast_in_passive(toks, start - 1 - k) {
                break 'ahead Some(k);
            }
        }
        None
    };
    // (a verb in the past nearer the date than the word of plans governs it: "than the
    // expected gain the company predicted in February"; not a participle, "is expected to be
    // formally adopted on Friday", nor what a condition supposes, "If banks were short until
    // the bills matured on Tuesday")
    let governs = |j: usize| {
        tells_past(toks, start - 1 - j)
            && window[j + 1..]
                .iter()
                .find(|t| !adverb_in_ly(&t.lower))
                .is_some_and(|before| {
                    !matches!(
                        before.lower.as_ref(),
                        "to" | "be" | "been" | "being" | "is" | "are" | "will"
                    ) && !determiner(&before.lower)
                })
            && !before_in_sentence(toks, start, 20).any(|j| toks[j].is("if"))
    };
    if let Some(k) = ahead
        && !(1..k).any(governs)
    {
        return Tense::Future;
    }
    // "two-year notes for auction on Tuesday", "Lawmakers gather for a hearing on
    // Tuesday": what is set out for an event on a weekday, in a sentence with no verb in
    // the past, is still to come
    if word_before(1, "on") && start >= 3 && weekday && {
        let noun = start - 2;
        let open = noun - usize::from(determiner(&toks[noun - 1].lower));
        open > 0
            && toks[open - 1].is("for")
            && scheduled_event(&toks[noun].lower)
            && !past_around(toks, start, end)
    } {
        return Tense::Future;
    }
    // "the exchange expects contract approval at CFTC's Tuesday meeting": a weekday in the
    // object of "expects" in the present, past the six words read for the day (no verb, no
    // comma, nor a word that opens a clause between)
    let expect_at = |k: usize| matches!(toks[k].lower.as_ref(), "expects" | "expect");
    if weekday
        && (start.saturating_sub(12)..start).any(expect_at)
        && before_in_clause(toks, start, 12)
            .take_while(|&k| {
                !past_verb(toks, k)
                    && !matches!(
                        toks[k].lower.as_ref(),
                        "that" | "which" | "who" | "when" | "after" | "since" | "is" | "are"
                    )
            })
            .any(|k| {
                expect_at(k)
                    && toks[k].is_lowercase_word()
                    && !(k > 0 && matches!(toks[k - 1].lower.as_ref(), "did" | "had" | "to"))
            })
    {
        return Tense::Future;
    }
    // "details of the accord would be outlined at a news conference on Thursday", "a
    // buffer stock accord would be agreed to by Friday": the passive under "would" looks
    // ahead, past the phrases after its participle (no verb, nor a comma, between; nor
    // what it is for or of, which may be over: "would be blamed for the stock market's
    // nosedive on Monday"; but "a statement would be made on or before the company's
    // annual meeting on Tuesday")
    if !attributive
        && weekday
        && (start.saturating_sub(14)..start).any(|k| toks[k].is("would"))
        && before_in_clause(toks, start, 14)
            .take_while(|&k| {
                (!past_verb(toks, k) || (k > 0 && toks[k - 1].is("be")))
                    && !matches!(toks[k].lower.as_ref(), "for" | "of")
            })
            .any(|k| {
                k >= 2
                    && toks[k - 1].is("be")
                    && toks[k - 2].is("would")
                    && looks_past(&toks[k].lower)
            })
    {
        return Tense::Future;
    }
    // A scheduled event in the present tense is ahead: "Netanyahu and Arafat meet
    // separately Monday", "the law takes effect Friday", "the season starts in August" (but
    // not "did not meet Monday").
    // (past an adverb: "meet separately Monday", "the film opens nationwide on Friday",
    // "the festival runs from Friday through Sunday"; and past "before" and a length:
    // "Early voting starts 45 days before Election Day")
    let counted_before = window.first().is_some_and(|t| t.is("before"));
    let mut before = window.iter().skip_while(|t| {
        matches!(
            t.lower.as_ref(),
            "on" | "in" | "at" | "from" | "through" | "again" | "nationwide" | "worldwide"
        ) || (adverb_in_ly(&t.lower) && t.kind == Kind::Word && !t.is_capitalised())
            || (counted_before
                && (t.is("before")
                    || t.is("a")
                    || t.kind == Kind::Num
                    || small_number(&t.lower).is_some()
                    || unit_of(&t.lower).is_some()))
    });
    if let Some(verb) = before.next() {
        let nearer = before.clone();
        let prior = before.next();
        // (the word before that: "gets" of "gets under way", "goes" of "goes into effect")
        let third = before.next();
        // "the vote is on Thursday", "the deadline is Friday"
        let copula = (verb.is("is") || verb.is("are")) && !window[0].is("than");
        // ("the match kicks off at 8 p.m. Wednesday", "the trip wraps up on Saturday", "the
        // trial gets under way on Monday", "Park takes office on Monday")
        let kicks_off = (verb.is("off")
            && prior
                .is_some_and(|p| matches!(p.lower.as_ref(), "kicks" | "kick" | "tips" | "tip")))
            || (verb.is("out") && prior.is_some_and(|p| p.is("comes") || p.is("come")))
            || (verb.is("up") && prior.is_some_and(|p| p.is("wraps") || p.is("wrap")))
            || (verb.is("way")
                && prior.is_some_and(|p| p.is("under"))
                && third.is_some_and(|g| g.is("gets") || g.is("get")));
        // ("the figures are released Friday", "the report is published on Monday", "the
        // vote is held Sunday": the passive of the present, a schedule too, of a weekday;
        // not a state, "profits are concentrated in the fourth quarter", nor a custom, "the
        // festival is held on the last weekend of July"; and at a clock on the weekday, "the
        // data is released at 8:30 a.m. on Thursday")
        let passive = (window[0].is("on") || window[0].is("at") || std::ptr::eq(window[0], *verb))
            && weekday
            && prior.is_some_and(|p| p.is("is") || p.is("are"))
            && (matches!(verb.lower.as_ref(), "held" | "shown" | "broadcast" | "sold")
                || (looks_past(&verb.lower) && verb.lower.ends_with("ed")));
        // ("The anniversary falls on Saturday"; not a day of a month, "The Lunar New Year
        // falls on Feb. 5", which may be this year's)
        let falls = verb.is("falls") && window[0].is("on") && weekday;
        let scheduled = is_scheduled(&verb.lower)
            || kicks_off
            || passive
            || falls
            || copula
            // (and "takes full effect", "take immediate effect")
            || (verb.is("effect")
                && prior.is_some_and(|p| p.is("full") || p.is("immediate"))
                && third.is_some_and(|g| g.is("takes") || g.is("take")))
            || ((verb.is("effect") || verb.is("force") || verb.is("place") || verb.is("office"))
                && prior.is_some_and(|p| {
                    (!verb.is("force") && (p.is("takes") || p.is("take")))
                        || (p.is("into")
                            && third.is_some_and(|g| {
                                matches!(g.lower.as_ref(), "goes" | "go" | "comes" | "come")
                            }))
                }));
        // ("There are no plans for the ministers to meet on Friday": an infinitive, in a
        // sentence with no verb in the past, is still to come)
        let infinitive = prior.is_some_and(|p| p.is("to"))
            && !before_in_sentence(toks, start, 25).any(|k| past_verb(toks, k));
        // (nor the adjective after a copula in the past: "Polls were open from 7 a.m.")
        let denied = (prior.is_some_and(|p| denies(&p.lower)) && !infinitive)
            || prior.is_some_and(|p| p.is("was") || p.is("were"));
        // "housing starts in February rose 13 pct": a noun; so is a capitalised one, at the
        // head of a sentence or in a name ("Starts in January were revised", "at the
        // Australian Open on Monday")
        // (so is one after an article or a possessive: "His visit on Monday angered
        // Beijing", "the vote on Thursday was close"; and one right after a figure, "passed
        // on a 52-48 vote Thursday"; but not after a year, its subject: "Fiscal 2014 begins
        // Oct. 1"; and one after "record", "The Dow hit a record close on Monday")
        let noun = ((verb.is("starts") || verb.is("start"))
            && prior.is_some_and(|p| matches!(p.lower.as_ref(), "housing" | "home" | "family")))
            || prior.is_some_and(|p| p.is("record"))
            || verb.is_capitalised()
            || (!copula
                && prior.is_some_and(|p| {
                    determiner(&p.lower) || (p.kind == Kind::Num && year_token(p).is_none())
                }));
        // (and so is one after the words that follow an article after a preposition, when a
        // verb in the past before it is the sentence's: "ousted Julia Gillard in a
        // party-room vote in June"; not "Investors in the company meet on Monday"; asked
        // last, of a scheduled verb only)
        let phrase_noun = || {
            in_noun_phrase(nearer.copied())
                && before_in_sentence(toks, start, 20).any(|k| past_verb(toks, k))
        };
        // ("is from fourth quarter to fourth quarter", "changed its fiscal year end from
        // Aug 31": a span named, not a schedule; but "The exhibition is from Monday to
        // Friday", "The event is from 10:00 to 12:00 on Friday" are the days it is held)
        let span =
            window[0].is("from") && ((copula && !weekday) || verb.is("end") || verb.is("ends"));
        if scheduled && !denied && !noun && !span && !phrase_noun() {
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
        // (a verb of two words too: "the tour kicks off in Dublin on Feb. 3")
        let phrasal = words.get(k + 1).is_some_and(|p| {
            let verb = words.get(k + 2).map(|v| v.lower.as_ref());
            (p.is("off") && matches!(verb, Some("kicks" | "kick" | "tips" | "tip")))
                || (p.is("up") && matches!(verb, Some("wraps" | "wrap")))
        });
        linked
            && (words.get(k + 1).is_some_and(|verb| goes_ahead(&verb.lower)) || phrasal)
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
    let far = words_before(toks, start, 14)
        .take_while(|&k| !breaks_clause(toks, k))
        .find(|&k| {
            // (a word only: most tokens are not, and the set is asked by hash)
            if k == 0 || toks[k].kind != Kind::Word || !goes_ahead(toks[k].text) {
                return false;
            }
            // a relative pronoun, a name, or a noun after "the" at the head of the sentence
            // ("The program expires at the end of the year on Sept. 30"); not a name of
            // something, "Federal Open Market Committee", nor a noun, "Housing starts in
            // September were down", "In open market transactions"
            // (past a relative clause set off by commas: "Park, who was elected in
            // December, takes office on Monday")
            let k = aside_before(toks, k - 1).unwrap_or(k);
            if k == 0 {
                return false;
            }
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
            // (or an infinitive in a sentence with no verb in the past: the headline's
            // "Trump to meet Xi on Thursday", "plans for the ministers to meet in Paris on
            // Friday")
            // (or after "is due to", "are expected to", whatever verb comes before: "Mazda,
            // owned 24 pct by Ford, is due to begin production of the 2,000-cc-engine cars
            // at the Michigan plant in September")
            let bound = k >= 3
                && bound_to_come(&toks[k - 2].lower)
                && (toks[k - 3].is("is") || toks[k - 3].is("are"));
            let infinitive = subject.is("to")
                && (bound || !before_in_sentence(toks, k - 1, 25).any(|j| past_verb(toks, j)));
            // (or "and" after a clause with a verb of its own, the subject the same: "The
            // team is unbeaten and hosts Dallas on Sunday"; not nouns joined, "guests and
            // hosts")
            let coordinated = subject.is("and")
                && before_in_sentence(toks, k - 1, 10).any(|j| {
                    past_verb(toks, j)
                        || matches!(toks[j].lower.as_ref(), "is" | "are" | "has" | "have")
                });
            subject_pronoun(&subject.lower)
                || matches!(subject.lower.as_ref(), "who" | "which" | "that")
                || infinitive
                || coordinated
                || (!noun && (headed || named))
        });
    // (another date between holds the verb's time, but not a day of every week: "flies
    // each Thursday from August 6")
    if let Some(k) = far
        && !attributive
        && !(k + 1..start).any(|j| {
            let every = toks[j - 1].is("each") || toks[j - 1].is("every");
            past_verb(toks, j)
                || (!every
                    && (weekday_of(&toks[j].lower).is_some() || month_of(&toks[j].lower).is_some()))
        })
    {
        return Tense::Future;
    }
    // (a modal inside a relative clause set off by commas that closes before the date is
    // that clause's when a verb in the past follows it: "The president, who will travel
    // to Asia next month, signed the bill on Tuesday"; but "expect to complete the merger,
    // which will create a bank, by the end of the second quarter")
    // (looked for only when a word of the scan would look ahead: the cheap test first)
    // (and found once, though the scan may ask at "will" and again at "would")
    let aside = std::cell::OnceCell::new();
    let in_aside = |k: usize| {
        aside
            .get_or_init(|| {
                before_in_sentence(toks, start, 15)
                    .filter(|&c| toks[c].text == ",")
                    .find_map(|c| aside_before(toks, c).map(|open| (open, c)))
                    .filter(|&(_, close)| (close + 1..start).any(|j| past_verb(toks, j)))
            })
            .is_some_and(|(open, close)| open < k && k < close)
    };
    // (the participle right before the date's prepositions, not a passive: the verb of "an
    // appeal filed on Monday"; asked only past another day)
    let dating_participle = || {
        let words = (0..start)
            .rev()
            .find(|&j| !PREPOSITIONS.contains(&toks[j].lower.as_ref()))
            .unwrap_or(0);
        (words..start).rev().find(|&j| {
            j > 0
                && past_verb(toks, j)
                && !matches!(
                    toks[j - 1].lower.as_ref(),
                    "is" | "are" | "be" | "been" | "being"
                )
        })
    };
    // "will" further back in the clause: "Col. Collins will be named commander of the
    // shuttle for a mission in December"; and the reported future, "predicted Congress
    // would be able to finish its work by September" (not "would have")
    // (a reporting verb between dates the report: "banks will stay shut until Tuesday,
    // officials said on Thursday")
    // (nor past a clause of its own in the past: "will fly to Paris on Monday after talks
    // broke down on Sunday"; nor past another day and a verb in the past, not a passive,
    // right before this one's preposition: "will rule on Friday on an appeal filed on
    // Monday", but "will be retroactive to April 1, provided the accord is approved before
    // October 1")
    let mut would = None;
    // (nor past the participle of a noun right before "in" or "on" and the date, which
    // dates the noun: "will allow companies to claim exemption from a wage freeze imposed
    // in January"; not after another preposition, "will rank for dividends declared after
    // October 31", nor the passive, "will be sold in January"; past the "to" it strands
    // too, "will not do anything it hasn't already agreed to in December")
    let stranded = usize::from(start >= 4 && toks[start - 2].is("to"));
    let participle = start.saturating_sub(2 + stranded);
    let dated_noun = (participle >= 1
        && (toks[start - 1].is("in") || toks[start - 1].is("on"))
        && past_verb(toks, participle)
        && toks[participle - 1].is_lowercase_word()
        && {
            let w = toks[participle - 1].lower.as_ref();
            !determiner(w)
                && !modal(w)
                && !PREPOSITIONS.contains(&w)
                && !matches!(
                    w,
                    "to" | "have"
                        | "has"
                        | "had"
                        | "not"
                        | "and"
                        | "or"
                        | "is"
                        | "are"
                        | "be"
                        | "been"
                        | "being"
                )
                && !adverb_in_ly(w)
        })
    .then_some(participle);
    // (the date closes a deadline: "not later than September 30")
    let deadline = start >= 3 && toks[start - 2].is("later") && toks[start - 1].is("than");
    for k in before_in_sentence(toks, start, 15)
        .take_while(|&k| !reports(&toks[k].lower))
        .take_while(|&k| {
            let w = toks[k].lower.as_ref();
            // (a relative clause too, its verb in the past right after: "will replace the
            // directors who resigned on Friday"; not "which is harvested from June")
            let clause = (matches!(w, "after" | "since" | "when" | "because" | "while")
                && (k + 1..start).any(|j| past_verb(toks, j)))
                || (matches!(w, "who" | "which") && k + 1 < start && past_verb(toks, k + 1));
            let other_day = toks[k].is_capitalised()
                && (weekday_of(w).is_some() || month_of(w).is_some())
                && dating_participle().is_some_and(|j| j > k);
            // (nor into a participle set off by a comma that holds the date: "will pay the
            // dividend, declared on Monday, on Nov. 15"; not a condition, "provided the
            // accord is approved before October 1")
            let participle =
                opens_participle(toks, k) && !(k + 1..start).any(|j| toks[j].text == ",");
            !(clause || other_day || participle || dated_noun.is_some_and(|j| j > k))
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
        let intent = intends_now_at(toks, k) || plural;
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
        // ("The opposition has urged supporters to rally on Saturday": a call on someone
        // to act, in the past too; not the passive, "Asked by Reuters to clarify his
        // statement on Monday")
        // (nor the past perfect, as with a wish: "The Justice Department had asked the
        // court to hear the case in April")
        // ("there are no plans for Brazilian finance minister Dilson Funaro to meet
        // commercial bankers during his trip to Washington on Friday": the noun, before
        // "for" and who is to act)
        let raises = matches!(toks[k].lower.as_ref(), "expects" | "wants")
            || (matches!(toks[k].lower.as_ref(), "plans" | "plan")
                && toks.get(k + 1).is_some_and(|t| t.is("for")))
            || (matches!(toks[k].lower.as_ref(), "urged" | "urges" | "asked" | "asks")
                && !toks.get(k + 1).is_some_and(|t| t.is("by"))
                && !(k > 0 && toks[k - 1].is("had")))
            || (plural && matches!(toks[k].lower.as_ref(), "expect" | "want"));
        // (an object of up to six words: "expects its weekly oil statistic report to be
        // released as usual, on Wednesday night")
        let to = || {
            (k + 1..start.min(k + if raises { 8 } else { 6 }))
                .find(|&j| toks[j].is("to"))
                .filter(|&j| {
                    j == k + 1
                        // ("expects the 737 MAX to return to service")
                        || (raises
                            && toks[k + 1..j].iter().all(|t| {
                                t.kind == Kind::Num || (t.kind == Kind::Word && !looks_past(&t.lower))
                            }))
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
        // ("The talks ended with a pledge to meet again in September": a promise, still
        // ahead when it was made; not the noun "plans", read in the tense of its clause)
        // ("with a firm undertaking to try to negotiate up to September 30": past one
        // adjective too)
        let pledge = matches!(
            toks[k].lower.as_ref(),
            "pledge"
                | "pledges"
                | "promise"
                | "promises"
                | "vow"
                | "vows"
                | "undertaking"
                | "commitment"
        ) && k > 0
            && (determiner(&toks[k - 1].lower)
                || toks[k - 1].is("s")
                || (k > 1
                    && determiner(&toks[k - 2].lower)
                    && toks[k - 1].is_lowercase_word()
                    && !looks_past(&toks[k - 1].lower)));
        let planned = (intent
            || raises
            || is_to
            || pledge
            // ("the energy centre, due to start operations in November", "Temperatures are
            // forecast to reach 45 degrees on Saturday")
            || (matches!(
                toks[k].lower.as_ref(),
                "expected"
                    | "scheduled"
                    | "due"
                    | "set"
                    | "likely"
                    | "unlikely"
                    | "forecast"
                    | "predicted"
                    | "projected"
                    | "slated"
            ) && k > 0
                && {
                    // (past an adverb of degree: "Prices are most likely to rise in the
                    // fourth quarter")
                    let be = k - 1
                        - usize::from(
                            k > 1
                                && matches!(
                                    toks[k - 1].lower.as_ref(),
                                    "most" | "very" | "highly" | "more" | "also" | "still" | "now"
                                ),
                        );
                    toks[be].is("is") || toks[be].is("are") || toks[be].text == ","
                }))
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
                // ("have" as the perfect only: "is expected to have little, if any, effect on
                // livestock and meat futures at the Chicago Mercantile Exchange Monday")
                let perfect = |j: usize| {
                    toks[j].is("have") && toks.get(j + 1).is_some_and(|v| looks_past(&v.lower))
                };
                // (past a relative clause set off by commas: "plans to complete the sales,
                // which are subject to various regulatory approvals, by the end of July")
                infinitive
                    && !results
                    && !(to + 1..start).any(|j| {
                        (perfect(j)
                            || matches!(
                                toks[j].lower.as_ref(),
                                "which" | "that" | "who" | "when" | "than"
                            )
                            || past_verb(toks, j)
                            || (toks[j].is_capitalised() && month_of(&toks[j].lower).is_some()))
                            && !in_relative_aside(toks, j, start)
                    })
            });
        // ("Rain may fall on Saturday", "the bank could cut rates on Thursday": the other
        // modals too, but not for a length, "can destroy a field in a day", nor a date that
        // names something, "may be the result of the January resignation"; not when they
        // look back, "may have", "could not be reached on Friday", "could only manage a
        // gain on Friday", "what we thought we could achieve", nor past a verb in the past,
        // a denial or a phrase of its own between: "should rise after being flat in
        // January", "at 22 pct as of July 31")
        let modal_ahead = modal(&toks[k].lower)
            && !matches!(toks[k].lower.as_ref(), "will" | "would")
            && toks[k].is_lowercase_word()
            && !attributive
            && toks[start].kind != Kind::Num
            && small_number(&toks[start].lower).is_none()
            && !matches!(toks[start].lower.as_ref(), "a" | "an")
            && !word_before(1, "of")
            && toks.get(k + 1).is_some_and(|n| {
                n.lower != "have"
                    && !(toks[k].is("could")
                        && matches!(n.lower.as_ref(), "only" | "barely" | "hardly" | "scarcely"))
            })
            // (but the "not" and "than" of a deadline deny nothing: "must be registered
            // before export but not later than September 30")
            && !(k + 1..start).any(|j| {
                past_verb(toks, j)
                    || (!(deadline && j + 3 >= start)
                        && matches!(
                            toks[j].lower.as_ref(),
                            "not" | "no" | "never" | "after" | "since" | "than" | "ago"
                        ))
            })
            // (a past ability after a verb in the past, "said he could not see them on
            // Friday"; not a goal by a day, "There was confidence a result could be reached
            // by Friday")
            && !(toks[k].is("could")
                && !(word_before(1, "by") || word_before(1, "before"))
                && before_in_clause(toks, k, 10).any(|j| tells_past(toks, j)));
        // ("Activists plan more protests on Friday", "Unions plan another day of protests
        // on Tuesday": a plan and its object, then the day)
        // (its object may hold figures and the commas between its words, and a weekday may
        // follow it bare: "Canada plans a three part, one billion dlr issue Tuesday")
        let plans_object =
            intent && matches!(toks[k].lower.as_ref(), "plan" | "plans") && !attributive && {
                let bare = weekday
                    && end == start + 1
                    && toks[start - 1].is_lowercase_word()
                    && !PREPOSITIONS.contains(&toks[start - 1].lower.as_ref());
                let object_end = start - usize::from(!bare);
                (bare || word_before(1, "on") || word_before(1, "for"))
                    && (2..=10).contains(&(start - k))
                    && (k + 1..object_end).all(|j| {
                        let t = &toks[j];
                        (t.is_lowercase_word() && !looks_past(&t.lower) && !t.is("to"))
                            || t.kind == Kind::Num
                            || t.text == ","
                            // (the point of "1.5 billion")
                            || (t.text == "." && toks[j + 1].kind == Kind::Num && !t.spaced())
                    })
            };
        // ("Protesters want the bill withdrawn by Friday": a wish, its object and what is
        // to be done to it)
        let wants_done = (toks[k].is("wants") || (plural && toks[k].is("want")))
            && !attributive
            && (word_before(1, "by") || word_before(1, "before") || word_before(1, "on"))
            && (3..=6).contains(&(start - k))
            && looks_past(&toks[start - 2].lower)
            && toks[k + 1..start - 2]
                .iter()
                .all(|t| t.kind == Kind::Word && !looks_past(&t.lower));
        if (toks[k].is("will") || modal_ahead || planned || plans_object || wants_done)
            && !in_aside(k)
        {
            return Tense::Future;
        }
        if would.is_none() && toks[k].is("would") && !in_aside(k) {
            would = Some(k);
        }
    }
    // ... and "will" past a long complement, if one clause runs on to the expression with
    // no verb in the past, report, other date or phrase of its own ("since", "after",
    // "due to", "the rate set by") in it: "will present the plan to the
    // working group of finance officials from the euro zone countries at 1130 hrs GMT
    // Tuesday"
    // (the cheap search first: most clauses have no "will")
    // (the stops of "p.m." break no clause: "will be in effect from 6 p.m. to 6 a.m.
    // through Saturday")
    let will = (0..start)
        .rev()
        .take(30)
        // (the comma of a figure breaks none either: "will publicize imbalances of 10,000 or
        // more shares in the 50 stocks beginning at 1530 EST Friday"; nor the commas that set
        // off a name: "will introduce the hotel chain's newest product, the Hilton Suites, at
        // a press conference Tuesday")
        .take_while(|&k| {
            !breaks_clause(toks, k)
                || (toks[k].text == "." && !ends_sentence(toks, k))
                || sets_off_name(toks, k)
        })
        // (or, before a weekday, "is expected to", "are scheduled to": "Strategy is expected
        // to be repeated by Treasury Secretary James Baker in a speech to the bank's annual
        // meeting on Monday"; not a month a statistic is for, "Vehicle exports are expected
        // to show a seven pct year-on-year drop in February")
        // (or the infinitive of a plan: "there are no plans for Brazilian finance minister
        // Dilson Funaro to meet commercial bankers during his trip to Washington on Friday")
        .find(|&k| {
            toks[k].is("will")
                || (toks[k].is("to") && plan_infinitive(toks, k))
                || (weekday
                    && toks[k].is("to")
                    && k >= 2
                    && matches!(
                        toks[k - 1].lower.as_ref(),
                        "expected" | "scheduled" | "slated"
                    )
                    && (toks[k - 2].is("is") || toks[k - 2].is("are")))
        });
    let will = will.is_some_and(|w| {
        (w + 1..start).all(|k| {
            let t = &toks[k];
            // (a word that opens a clause, not the first of a compound: "to deliver better
            // after-sales services")
            let compound = toks.get(k + 1).is_some_and(|n| n.is_glued_hyphen());
            !(reports(&t.lower)
                || past_verb(toks, k)
                || weekday_of(&t.lower).is_some()
                || month_of(&t.lower).is_some()
                || !compound
                    && matches!(
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
    // ("and then on Saturday he returns home", "so maybe on Monday we will issue the first";
    // a clock and its day, "At 11:59 p.m. on Dec. 31, the law lapses"; and a clause a
    // report opens with "that", where "would" looks ahead too: "The company announced that
    // on Tuesday it would end a lockout")
    let reported = window.iter().position(|t| t.is("that"));
    if window[..reported.unwrap_or(window.len())].iter().all(|t| {
        matches!(
            t.lower.as_ref(),
            "by" | "on"
                | "at"
                | "until"
                | "from"
                | "before"
                | "and"
                | "then"
                | "but"
                | "so"
                | "maybe"
                | "perhaps"
        )
    }) {
        // (past a report set off by commas after a deadline: "By the end of the year, he
        // said, 90 pct of its subscribers will be carried")
        let from = window
            .iter()
            .any(|t| t.is("by"))
            .then(|| {
                let said = (end + 1..toks.len().min(end + 5)).find(|&k| reports(&toks[k].lower))?;
                (toks[end].text == "," && toks.get(said + 1).is_some_and(|t| t.text == ","))
                    .then_some(said + 2)
            })
            .flatten()
            .unwrap_or(end);
        let clause = || {
            (from..toks.len().min(from + 10))
                .skip_while(|&k| toks[k].text == ",")
                .take_while(|&k| !ends_sentence(toks, k) && !reports(&toks[k].lower))
        };
        // ("By Thursday, temperatures should return to normal")
        let ahead = clause().any(|k| {
            matches!(
                toks[k].lower.as_ref(),
                "will" | "shall" | "must" | "ll" | "should"
            ) || (reported.is_some() && toks[k].is("would"))
        });
        // "On Friday, he heads to Jordan", "on Saturday the president returns home": a
        // scheduled event in the present tense, its subject a few words at most
        // ("February housing starts were up": a noun)
        // (a verb in the plural after a subject in the plural too: "On Tuesday, the justices
        // take up Proposition 8", "On Monday, they meet")
        let plural_subject = |k: usize| {
            k > 1
                && (matches!(toks[k - 1].lower.as_ref(), "they" | "we")
                    || (toks[k - 1].is_lowercase_word()
                        && toks[k - 1].lower.ends_with('s')
                        && determiner(&toks[k - 2].lower)))
        };
        let scheduled = clause().take(4).any(|k| {
            let w = toks[k].lower.as_ref();
            goes_ahead(w)
                && (w.ends_with('s') || plural_subject(k))
                && !(k > 0 && matches!(toks[k - 1].lower.as_ref(), "housing" | "home" | "family"))
        }) && !clause().take(6).any(|k| past_verb(toks, k));
        if ahead || scheduled {
            return Tense::Future;
        }
    }
    // "September was the wettest month on record": a month alone that opens its sentence,
    // before "was" or "were" and a noun phrase, is over (not a traded month, "May was up
    // 12.5 cents")
    if end == start + 1
        && month_named(&toks[start]).is_some()
        && heads_sentence(toks, start)
        && toks.get(end).is_some_and(|t| t.is("was") || t.is("were"))
        && toks
            .get(end + 1)
            .is_some_and(|t| matches!(t.lower.as_ref(), "the" | "a" | "an" | "another" | "also"))
    {
        return Tense::Past;
    }
    // ... and so is a season that opens it before a verb in the past: "Summer was hot and
    // dry", "Winter came late"
    if end == start + 1
        && season_of(&toks[start].lower).is_some()
        && heads_sentence(toks, start)
        && end < toks.len()
        && past_verb(toks, end)
    {
        return Tense::Past;
    }
    // a date in a subject that opens the sentence takes the tense of the verb right after
    // it: "The German elections in September will decide her fate", "The meeting in April
    // produced no deal" (the verb is no noun the date names, whatever `attributive` says)
    // (or after the comma that closes an aside: "The last shutdown, in January, lasted
    // three days")
    let aside =
        start > 1 && toks[start - 2].text == "," && toks.get(end).is_some_and(|t| t.text == ",");
    // (or after a noun set beside the date: "Sales in February, the first month of its
    // fiscal year, were up")
    let apposition = (!aside
        && toks.get(end).is_some_and(|t| t.text == ",")
        && toks.get(end + 1).is_some_and(|t| determiner(&t.lower)))
    .then(|| {
        (end + 2..toks.len().min(end + 12))
            .take_while(|&k| {
                toks[k].text == ","
                    || (toks[k].kind != Kind::Punct
                        && !past_verb(toks, k)
                        && !modal(&toks[k].lower)
                        && !matches!(
                            toks[k].lower.as_ref(),
                            "is" | "are"
                                | "has"
                                | "have"
                                | "which"
                                | "who"
                                | "that"
                                | "when"
                                | "where"
                                | "and"
                                | "but"
                                | "or"
                        ))
            })
            .find(|&k| toks[k].text == ",")
    })
    .flatten();
    let verb_at = apposition.map_or(end + usize::from(aside), |comma| comma + 1);
    // (past an adverb: "Profits in May also fell")
    let verb_at = verb_at + usize::from(toks.get(verb_at).is_some_and(adverb_after_date));
    let verb_after = toks.get(verb_at).and_then(|t| {
        // (the other modals too, "GNP in the second quarter could ease back", but not
        // what did not happen, "would have", nor an estimate of a state, which may be
        // of a period over: "OPEC production in the first week of October could be above
        // 18.5 mln bpd")
        if t.is("will")
            || t.is("shall")
            || (modal(&t.lower)
                && t.is_lowercase_word()
                && !t.is("can")
                && !toks
                    .get(verb_at + 1)
                    .is_some_and(|n| n.is("have") || n.is("be")))
        {
            Some(Tense::Future)
        } else if t.is_lowercase_word() && t.lower.ends_with('s') && is_scheduled(&t.lower) {
            // (and a scheduled verb in the present: "Voting on Sunday ends at 8 p.m.")
            Some(Tense::Future)
        } else if (t.is("is") || t.is("are"))
            && toks
                .get(verb_at + 1)
                .is_some_and(|n| bound_to_come(&n.lower))
            && toks.get(verb_at + 2).is_some_and(|n| n.is("to"))
            && !toks.get(verb_at + 3).is_some_and(|n| n.is("have"))
        {
            // (and what is expected of it: "The producer price index on Friday is expected
            // to show an increase"; not "is expected to have risen")
            Some(Tense::Future)
        } else {
            past_verb(toks, verb_at).then_some(Tense::Past)
        }
    });
    // ... and so does a month that names the subject's noun, when the verb looks ahead:
    // "The May elections will be close", "The July restart will be on a single shift" (a
    // noun or two, then the verb; a traded month's "The May crush ended today" is today's),
    // and a holiday's either way: "The Christmas rush was strong" is over, and so is one
    // in a phrase after the subject's noun, "Sales during the Christmas season rose",
    // "Spending over Thanksgiving weekend fell"
    let holiday = holiday_at(toks, start);
    let the = start - usize::from(start > 0 && toks[start - 1].is("the"));
    let in_phrase = holiday
        && the >= 2
        && matches!(
            toks[the - 1].lower.as_ref(),
            "during" | "over" | "around" | "at" | "for" | "in"
        )
        && (1..=2).any(|n| {
            let head = (the - 1).checked_sub(n);
            head.is_some_and(|h| {
                (h == 0 || ends_sentence(toks, h - 1))
                    && toks[h].is_capitalised()
                    && toks[h..the - 1]
                        .iter()
                        .all(|t| t.kind == Kind::Word && !looks_past(&t.lower))
            })
        });
    if (month_named(&toks[start]).is_some() || holiday)
        && ((start > 0
            && matches!(toks[start - 1].text, "The" | "Its" | "Their")
            && (start == 1 || ends_sentence(toks, start - 2)))
            || in_phrase
            || (holiday && heads_sentence(toks, start)))
        && let Some(k) = (end..toks.len().min(end + 3)).find(|&k| {
            toks[k].kind != Kind::Word
                || !toks[k].text.starts_with(char::is_lowercase)
                || past_verb(toks, k)
                || modal(&toks[k].lower)
                || matches!(
                    toks[k].lower.as_ref(),
                    "will" | "shall" | "is" | "are" | "was" | "were" | "has" | "have"
                )
        })
        && (k > end || holiday)
    {
        // (and a holiday's before a verb that looks ahead as `verb_after` reads it: "Travel
        // over Memorial Day is expected to hit a record", "Spending over Easter could fall")
        if toks[k].is("will")
            || toks[k].is("shall")
            || (holiday && k == verb_at && verb_after == Some(Tense::Future))
        {
            return Tense::Future;
        }
        if holiday && (past_verb(toks, k) || toks[k].is("was") || toks[k].is("were")) {
            return Tense::Past;
        }
        // (and a month's, when the noun right before the verb in the past names an event:
        // "The April auto show drew record crowds", "The November election gave Obama a
        // second term"; not a traded month's, "The May crush ended today")
        if !holiday && k > end && past_verb(toks, k) && !reports(&toks[k].lower) && {
            let noun = toks[k - 1].lower.as_ref();
            event_noun(noun) || befell(noun) || matches!(noun, "show" | "fair" | "festival")
        } {
            return Tense::Past;
        }
    }
    // ... and one the present places in time is the coming one: "Thanksgiving is Nov. 28",
    // "Christmas is on a Wednesday this year", "Christmas comes early for retailers" (not
    // what it is, "Cyber Monday is now the busiest online shopping day", nor "Christmas is
    // over"; "falls on" a day of a month may name this year's, see above)
    if holiday
        && heads_sentence(toks, the)
        && toks.get(end).is_some_and(|t| {
            t.is("comes")
                || (t.is("is")
                    && toks.get(end + 1).is_some_and(|n| {
                        month_of(&n.lower).is_some()
                            || matches!(
                                n.lower.as_ref(),
                                "on" | "in" | "next" | "coming" | "near" | "early" | "late"
                            )
                    }))
        })
    {
        return Tense::Future;
    }
    // (a weekday may follow its noun bare: "The report Friday will show an increase")
    let bare_weekday = end == start + 1 && weekday_of(&toks[start].lower).is_some();
    // (the preposition that ties the date to the subject's noun: "Sales in May", "Revenue
    // for the third quarter", "Revenue in the September quarter", whose span begins past
    // "the"; not a report's month, which it follows: "Friday's consumer price report for
    // February is expected to show")
    let tie = |k: usize| {
        word_before(k, "in")
            || word_before(k, "on")
            || (word_before(k, "for")
                && !(start > k
                    && matches!(
                        toks[start - k - 1].lower.as_ref(),
                        "report" | "reports" | "figure" | "figures" | "data" | "statistics"
                    )))
    };
    let linked = if tie(1) {
        1
    } else if word_before(1, "the") && tie(2) {
        2
    } else {
        0
    };
    if let Some(tense) = verb_after
        && (linked > 0 || bare_weekday)
        // (nor the month of a delivery, whose trading the verb tells: "Coffee for delivery
        // in May ended at 99.28 cents")
        && !(start > 2 && traded(&toks[start - 2].lower))
        // (nor a participle that has its own time: "A cargo of Duri loading in July was
        // traded", "the year ending on June 30 was", but "The meeting in April")
        && !(start > 2
            && toks[start - 2].lower.ends_with("ing")
            && !determiner(&toks[start - 3].lower))
        && (0..start)
            .rev()
            .take(8)
            // (the clause after a comma that closes a clause before it opens too: "If that
            // is the case, GNP in the second quarter could ease back")
            .find(|&k| {
                k == 0
                    || ends_sentence(toks, k - 1)
                    || (!aside && k + 1 < start && toks[k - 1].text == ",")
            })
            .is_some_and(|first| {
                // (past a conjunction after the comma: "Data on Tuesday showed starts surged,
                // while a separate report on Thursday is expected to show")
                let joined = first > 0
                    && toks[first - 1].text == ","
                    && matches!(toks[first].lower.as_ref(), "while" | "and" | "but" | "whereas")
                    && first + 1 + linked < start;
                // (past the dash or bullet of a list's item: "- Oil prices in the second
                // quarter are likely to continue")
                let dash = matches!(toks[first].text, "-" | "*" | "\u{2022}")
                    && first + 1 + linked < start;
                let first = first + usize::from(joined || dash);
                // (or a name or a noun with no article: "GNP in the second quarter could
                // ease back", "Sales in May will fall")
                let opener = &toks[first];
                (matches!(
                    opener.text,
                    "The" | "A" | "An" | "Its" | "Their" | "His" | "Her"
                ) || (joined && determiner(&opener.lower))
                    || (opener.kind == Kind::Word
                    && opener.is_capitalised()
                    && !PREPOSITIONS.contains(&opener.lower.as_ref())
                    && !matches!(
                        opener.lower.as_ref(),
                        "but" | "and" | "or" | "if" | "when" | "while" | "as" | "so" | "then"
                    )))
                    && toks[first..start - linked - usize::from(aside)]
                    .iter()
                    .enumerate()
                    .all(|(n, t)| {
                        // (a possessive too: "Lawson's budget speech on Tuesday starts")
                        (t.kind == Kind::Word || t.is_apostrophe())
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
    // "The company reports third-quarter results after the bell on Wednesday", "Nvidia
    // reports earnings on Wednesday": results a company gives in the present tense are due
    // (not the noun, "news reports on Wednesday said", nor past a verb in the past, nor
    // after "did", "did not report results on Monday")
    if !attributive
        && before_in_clause(toks, start, 10).any(|k| {
            matches!(
                toks[k].lower.as_ref(),
                "reports" | "report" | "releases" | "release" | "posts" | "post"
            ) && toks[k].is_lowercase_word()
                && k > 0
                && !determiner(&toks[k - 1].lower)
                && !matches!(
                    toks[k - 1].lower.as_ref(),
                    "news" | "media" | "press" | "to" | "did"
                )
                && !auxiliary_of(toks, k).is_some_and(|a| toks[a].is("did"))
                && toks[k + 1..start]
                    .iter()
                    .take(4)
                    .any(|t| t.is("results") || t.is("earnings"))
                && !(k + 1..start).any(|j| past_verb(toks, j))
        })
    {
        return Tense::Future;
    }
    // "said it was suspending lemon exports from Thursday": what a report says is under way
    // from a weekday is its plan, still to come (not "was driving home on Saturday")
    // (nor the first day of a span, "was working from Monday to Friday last week")
    if start >= 1
        && toks[start - 1].is("from")
        && weekday
        && toks.get(end).is_none_or(|t| {
            !matches!(
                t.lower.as_ref(),
                "to" | "through" | "until" | "till" | "-" | "and"
            )
        })
        && let Some(k) = clause_before(toks, start - 1).find(|&k| {
            ing_form(&toks[k].lower)
                && k > 0
                && matches!(toks[k - 1].lower.as_ref(), "was" | "were")
        })
        && before_in_sentence(toks, k, 6).any(|j| reports(&toks[j].lower))
    {
        return Tense::Future;
    }
    // "If the vote fails Thursday, the government could fall", "unless talks resume on
    // Monday": a condition told in the present looks ahead to a weekday (not "If the vote
    // failed Thursday", nor a month or a quarter, which may be a period looked back on:
    // "if all Opec members stick by the cartel's December pricing agreement", "Even if you
    // look at January and February together"), and so does a time told in the present,
    // "when he pays a two-day visit to Nairobi to attend U.N ceremonies on Friday"
    // (a clause ends at "when", so the time is the word that opens the clause, looked for
    // a little further back)
    let when = || {
        (0..start)
            .rev()
            .take(20)
            .find(|&k| ends_clause(toks, k))
            .filter(|&k| toks[k].is("when"))
    };
    if !attributive
        && weekday
        && let Some(at) = clause_before(toks, start)
            .find(|&k| toks[k].is("if") || toks[k].is("unless"))
            .or_else(when)
        && (at + 1..start).any(|k| toks[k].is_lowercase_word())
        // ("when it hit Samar island early on Friday": a verb whose past is its bare form,
        // after a subject that takes "-s" in the present)
        && !(at + 1..start).any(|k| {
            past_verb(toks, k)
                || same_form_past(toks, k)
                || matches!(toks[k].lower.as_ref(), "was" | "were" | "had" | "did")
        })
    {
        return Tense::Future;
    }
    // "Second-half net rose 12 pct", "the company said second-half profit fell": a half
    // joined to the noun of a subject by a hyphen is over when the verb a noun or two
    // after it is in the past (a quarter is the latest of its number anyway; "Second-half
    // sales are expected to rise" stays unmarked)
    // (the noun right after it, then up to two more words before the verb)
    if attributive
        && end >= start + 3
        && toks[end - 1].is("half")
        && toks[end - 2].is_glued_hyphen()
        && toks[end].is_lowercase_word()
        && let Some(k) = (end + 1..toks.len().min(end + 4)).find(|&k| {
            !(toks[k].is_lowercase_word()
                && !looks_past(&toks[k].lower)
                && !modal(&toks[k].lower)
                && !matches!(toks[k].lower.as_ref(), "is" | "are" | "has" | "have"))
        })
        && past_verb(toks, k)
    {
        return Tense::Past;
    }
    match verb_tense(toks, start, end, attributive) {
        // "Industrial production and the producer price index Friday both are expected to
        // show increases", "Figures for February, out on Monday, are expected to show a
        // further increase": the day of figures forecast to show something is still to come
        Tense::Unmarked if weekday && figures_to_show(toks, start, end) => Tense::Future,
        // "would be very unlikely to make any changes to monetary policy at its council
        // meeting on Thursday": a weekday under "would" past the words read for the day,
        // when it is the day of a scheduled event
        Tense::Unmarked if weekday && would_on_event(toks, start, end) => Tense::Future,
        // "stock losses arising from the drop in crude prices in the first half, when it
        // made a 119.93 mln dlr loss": a clause of "when" set off after the date, its verb
        // in the past, tells it when no verb before it did, and so does the verb in the past
        // a subject that ends with the date comes to after its comma
        Tense::Unmarked if when_told_past(toks, end) => Tense::Past,
        tense => tense,
    }
}

/// Whether ", when" after the date at `end` opens a clause whose verb, among its first
/// three words after "when", is in the past: "in the first half, when it made a loss"; or
/// a verb in the past right after the comma ends the subject the date stood in:
/// "improved crude prices in the second half, enabled the group's oil business to make a
/// profit", when the date is a half or a quarter (not a verb of reporting, "said the
/// analyst").
fn when_told_past(toks: &[Tok<'_>], end: usize) -> bool {
    if toks.get(end).is_none_or(|t| t.text != ",") {
        return false;
    }
    if toks.get(end + 1).is_some_and(|t| t.is("when")) {
        return (end + 2..toks.len().min(end + 5))
            .take_while(|&k| toks[k].kind == Kind::Word)
            .any(|k| past_verb(toks, k));
    }
    // (a half or a quarter: a day or a month in a subject is mostly that of a clause of its
    // own, "the calls, to be made effective June 30 and September 30, affected")
    matches!(toks[end - 1].lower.as_ref(), "half" | "quarter")
        && toks
            .get(end + 1)
            .is_some_and(|t| t.is_lowercase_word() && !reports(&t.lower))
        && past_verb(toks, end + 1)
}

/// Whether "would" stands in the clause before token `start`, at most 20 words back, with
/// no verb in the past, report or word that opens a clause between, when the day is that of
/// a scheduled event: "would be very unlikely to make any changes to monetary policy at its
/// council meeting on Thursday", "would announce a higher dividend at its Thursday board
/// meeting" (not "would make a 50 cts a barrel increase late Friday", which may date the
/// announcement).
fn would_on_event(toks: &[Tok<'_>], start: usize, end: usize) -> bool {
    // (after the day's possessive too, past the words that name the event: "until after
    // Thursday's cabinet meeting")
    let after = if toks.get(end).is_some_and(|t| t.is_apostrophe()) {
        end + 2
    } else {
        end
    };
    // (and past a participle set off by commas that holds no date, right before the
    // day's place: "would attend the opening of the talks, convened by the International
    // Cocoa Organization (ICCO), in London on Monday")
    let aside = || {
        (start.saturating_sub(5)..start)
            .rev()
            .take_while(|&k| toks[k].kind == Kind::Word || toks[k].text == ",")
            .find(|&k| toks[k].text == ",")
            .and_then(|close| {
                (close.saturating_sub(14)..close)
                    .rev()
                    .take_while(|&k| !ends_sentence(toks, k) && parse_at(toks, k).is_none())
                    .find(|&k| toks[k].text == ",")
            })
            .filter(|&open| {
                open > 0 && opens_participle(toks, open) && scheduled_event(&toks[open - 1].lower)
            })
    };
    // (where the clause the day is in reads back from)
    let from =
        if (start >= 2 && toks[start - 1].is("on") && scheduled_event(&toks[start - 2].lower))
            || toks[after.min(toks.len())..toks.len().min(after + 2)]
                .iter()
                .any(|t| scheduled_event(&t.lower))
        {
            start
        } else if let Some(open) = aside() {
            open
        } else {
            return false;
        };
    before_in_clause(toks, from, 20)
        .take_while(|&k| {
            let w = toks[k].lower.as_ref();
            // ("after" that opens a clause, not the preposition before the day)
            let opens = matches!(
                w,
                "that" | "which" | "who" | "when" | "since" | "because" | "if"
            ) || (w == "after" && k + 1 < start);
            !(past_verb(toks, k) || reports(w) || opens)
        })
        .any(|k| toks[k].is("would"))
}

/// Whether "to show" follows the expression that ends at `end` within ten words of its
/// sentence, with no verb told in the past before it: "the producer price index Friday
/// both are expected to show", "retail sales Thursday and industrial production Friday to
/// show healthy gains" (not "was expected to show", nor "Figures released Friday showed",
/// nor after a verb in the past other than a report's: "had expected Friday's report to
/// show").
fn figures_to_show(toks: &[Tok<'_>], start: usize, end: usize) -> bool {
    // (the cheap test first: few sentences have "to show")
    let near = end..toks.len().min(end + 10);
    near.clone()
        .any(|k| toks[k].is("show") && toks[k - 1].is("to"))
        && !before_in_clause(toks, start, 6).any(|k| past_verb(toks, k) && !reports(&toks[k].lower))
        && after_in_sentence(toks, end, 10)
            .take_while(|&k| {
                !matches!(
                    toks[k].lower.as_ref(),
                    "was" | "were" | "had" | "did" | "showed" | "shown"
                )
            })
            .any(|k| toks[k].is("show") && toks[k - 1].is("to"))
}

/// The day named after a clock and its twin in another zone in parentheses, for either of
/// them, or after a clock and the place it is kept in, with where it starts and ends: "at
/// 12:01 a.m. (0501 GMT) on Wednesday", "10 a.m. (1400 GMT) Friday", "a press conference at
/// 1030 EST in New York tomorrow", "at noon at the White House on Thursday", or after the
/// deadline a clock tells: "before the midnight deadline of March 31".
pub(super) fn day_after_aside(toks: &[Tok<'_>], end: usize) -> Option<(usize, usize, Expr)> {
    // ("at 2 p.m. local time (1800 GMT) on Wednesday")
    let local = toks.get(end).is_some_and(|t| t.is("local"))
        && toks.get(end + 1).is_some_and(|t| t.is("time"));
    let mut k = end + 2 * usize::from(local);
    // (a place: "in" or "at", maybe "the", and one to four names)
    let place_end = |from: usize| {
        let first = from + usize::from(toks.get(from).is_some_and(|t| t.is("the")));
        let names = toks[first.min(toks.len())..]
            .iter()
            .take(4)
            .take_while(|t| name_word(t))
            .count();
        (names > 0).then_some(first + names)
    };
    match toks.get(k)?.text {
        "(" => k = (k + 1..toks.len().min(k + 8)).find(|&j| toks[j].text == ")")? + 1,
        ")" if k > 2 && toks[..k].iter().rev().take(6).any(|t| t.text == "(") => k += 1,
        "in" | "at" => k = place_end(k + 1)?,
        // ("before the midnight deadline of March 31", "at the noon deadline yesterday":
        // the deadline the clock tells, then its day)
        "deadline" => k += 1 + usize::from(toks.get(k + 1).is_some_and(|t| t.is("of"))),
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
pub(super) fn goes_on_with_clause(word: &str) -> bool {
    modal(word)
        || matches!(
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
            // (a condition: "can ship meat through February provided they submit a plan")
            | "provided"
            | "providing"
            // (a verb after the date: "the report due Friday may be delayed")
            | "is"
            | "are"
            | "was"
            | "were"
            | "has"
            | "have"
            | "had"
        )
}

/// Whether the date at `start` follows "in" or "at" right after a figure that "from" opens:
/// "from 10.47 billion in June", "from about 319.2 mln dlrs at end-June" (a figure and at
/// most four words of its unit or size, no verb among them).
fn from_figure(toks: &[Tok<'_>], start: usize) -> bool {
    let at = start - usize::from(start > 0 && toks[start - 1].is("the"));
    if at < 3 || !matches!(toks[at - 1].lower.as_ref(), "in" | "at") {
        return false;
    }
    // (the cheap search first: few dates have "from" so near)
    let Some(from) = (at.saturating_sub(7)..at - 1)
        .rev()
        .find(|&k| toks[k].is("from"))
    else {
        return false;
    };
    let figure = from + 1..at - 1;
    (1..=5).contains(&figure.len())
        && figure.clone().any(|k| toks[k].kind == Kind::Num)
        && figure.into_iter().all(|k| {
            let t = &toks[k];
            t.kind == Kind::Num
                || inside_figure(toks, k)
                || (t.is_lowercase_word()
                    && !PREPOSITIONS.contains(&t.lower.as_ref())
                    && !past_verb(toks, k)
                    && !modal(&t.lower))
        })
}

/// Whether the month at `start..end` names a futures contract by the price it trades at:
/// a month that opens its clause before the verb of a closing price ("September closed at
/// 12.35 dlrs, up 55, and December settled at 11.70 dlrs", "with December closing up the 10
/// cent a bushel limit"; not a statistic's "February was up 337,000 jobs"); one whose verb
/// the clause leaves out after another's closing price ("May settled at 5.04-1/2 dlrs ...,
/// with November at 5.04-3/4", "June eurodollar opened at 93.26 ... and September at
/// 93.18"); and one that opens its clause before a move to a price in a story of futures
/// ("September rose to 85.32 from 85.25", "Aug was trading at 157.60 dlrs", "March led
/// next year contracts higher"; not a statistic's "February was 6.7 pct"). Such a contract
/// is still traded: never a month over.
pub(super) fn quoted_contract(toks: &[Tok<'_>], start: usize, end: usize) -> bool {
    // (the contract's place among the months traded may come first: "Near Aug was finally
    // quoted at 154.60", "Spot May dropped 0.27 cent")
    let lead = match start.checked_sub(1).map(|k| toks[k].lower.as_ref()) {
        Some("near" | "nearby" | "spot" | "distant" | "deferred") => start - 1,
        _ => start,
    };
    let opens_clause = |more: &[&str]| {
        lead == 0
            || ends_sentence(toks, lead - 1)
            || matches!(toks[lead - 1].lower.as_ref(), "and" | "with" | ",")
            || more.contains(&toks[lead - 1].lower.as_ref())
    };
    let elided_price = || {
        start > 0
            && matches!(toks[start - 1].lower.as_ref(), "and" | "with" | "while")
            && toks.get(end).is_some_and(|t| t.is("at"))
            && toks.get(end + 1).is_some_and(|t| t.kind == Kind::Num)
            && before_in_sentence(toks, start, 30).any(|k| closes_price(toks, k))
    };
    (closes_price(toks, end) && opens_clause(&[]))
        || elided_price()
        || (opens_clause(&["while", "but"]) && quotes_price(toks, start, end))
}

/// Whether the words from `end` on, after a month, tell a futures contract's move to a
/// price: a verb of a market's move, then within its clause a figure with a decimal point
/// and no unit of a statistic after it ("rose to 85.32 from 85.25", "was slightly higher at
/// 1,741.0"), or "led" or "paced" ("March led next year contracts higher"); only in a story
/// that has named futures or contracts before.
fn quotes_price(toks: &[Tok<'_>], start: usize, end: usize) -> bool {
    // (the word for the contract may come between: "Near Aug terminal was finally quoted")
    let end = end
        + usize::from(toks.get(end).is_some_and(|t| {
            matches!(
                t.lower.as_ref(),
                "terminal" | "futures" | "contract" | "delivery"
            )
        }));
    let Some(verb) = toks.get(end) else {
        return false;
    };
    let leads = matches!(verb.lower.as_ref(), "led" | "paced");
    let moves = leads
        || matches!(
            verb.lower.as_ref(),
            "was"
                | "were"
                | "rose"
                | "fell"
                | "eased"
                | "firmed"
                | "gained"
                | "lost"
                | "dropped"
                | "slipped"
                | "climbed"
                | "edged"
                | "traded"
        );
    let price = || {
        let Some(at) = (end + 1..toks.len().min(end + 7))
            .take_while(|&k| toks[k].is_lowercase_word() || toks[k].kind == Kind::Num)
            .find(|&k| toks[k].kind == Kind::Num)
        else {
            return false;
        };
        let mut last = at;
        let mut point = false;
        while inside_figure(toks, last + 1) {
            point |= toks[last + 1].text == ".";
            last += 2;
        }
        // (or a whole figure in a currency: "was trading at 154 dlrs")
        (point || currency_word(toks, last + 1).is_some())
            && toks.get(last + 1).is_none_or(|t| {
                !matches!(
                    t.lower.as_ref(),
                    "pct" | "percent" | "pc" | "mln" | "billion" | "points" | "pts"
                )
            })
    };
    moves
        && (leads || price())
        && toks[..start]
            .iter()
            .any(|t| matches!(t.lower.as_ref(), "futures" | "contract" | "contracts"))
}

/// Whether the words from `k` on tell a contract's closing price: "closed at 12.35 dlrs",
/// "settled 0.72 cent firmer", "closing up the 10 cent a bushel limit", "ended at 109.40".
fn closes_price(toks: &[Tok<'_>], k: usize) -> bool {
    toks.get(k).is_some_and(|t| {
        matches!(
            t.lower.as_ref(),
            "closed"
                | "settled"
                | "ended"
                | "finished"
                | "opened"
                | "closing"
                | "settling"
                | "ending"
                | "finishing"
        )
    }) && toks.get(k + 1).is_some_and(|t| {
        t.kind == Kind::Num
            || matches!(
                t.lower.as_ref(),
                "at" | "up"
                    | "down"
                    | "unchanged"
                    | "firmer"
                    | "weaker"
                    | "higher"
                    | "lower"
                    | "steady"
            )
    })
}

/// Punctuation that ends a clause: a comma, a colon, a full stop (not the comma or point
/// inside a figure, "10,000").
fn breaks_clause(toks: &[Tok<'_>], k: usize) -> bool {
    let t = &toks[k];
    t.kind == Kind::Punct
        && matches!(t.text, "." | ";" | "," | ":" | "?" | "!")
        && !inside_figure(toks, k)
}

/// Whether the comma at `k` opens or closes a noun phrase set off by commas, up to six
/// words that open with a name or an article and hold no verb: ", the Hilton Suites,",
/// ", China's president,", ", the French capital," (not ", the company said,").
fn sets_off_name(toks: &[Tok<'_>], k: usize) -> bool {
    // (the cheap tests first: this is asked at every comma a search for "will" meets)
    let between = |a: usize, b: usize| {
        b - a <= 7
            && toks[a + 1..b]
                .first()
                .is_some_and(|t| t.is_capitalised() || t.is("the") || t.is("a"))
            && toks[a + 1..b]
                .iter()
                .all(|t| (t.kind == Kind::Word && !t.is("and") && !t.is("or")) || t.is_apostrophe())
            && (a + 1..b).all(|j| !clause_word(toks, j) && !reports(&toks[j].lower))
    };
    let comma = |j: &usize| toks[*j].text == ",";
    toks[k].text == ","
        && ((k.saturating_sub(7)..k.saturating_sub(1))
            .rev()
            .find(comma)
            .is_some_and(|j| between(j, k))
            || (k + 2..toks.len().min(k + 8))
                .find(comma)
                .is_some_and(|j| between(k, j)))
}

/// Whether the word at `k` is a verb or opens a clause of its own: a verb in the past, a
/// modal, a form of "be" or "have", "who", "which" or "that". A noun phrase set off by
/// commas, or an item of a list, holds none.
pub(super) fn clause_word(toks: &[Tok<'_>], k: usize) -> bool {
    let w = toks[k].lower.as_ref();
    modal(w)
        || matches!(
            w,
            "is" | "are"
                | "was"
                | "were"
                | "be"
                | "been"
                | "has"
                | "have"
                | "had"
                | "who"
                | "which"
                | "that"
        )
        || past_verb(toks, k)
}

/// Whether the period at `start..end` names the results a verb in the past reported,
/// right before it: "reported a fourth quarter operating loss", "posted first-half
/// earnings" (not "expects fourth quarter earnings").
fn reported_results_of(toks: &[Tok<'_>], start: usize, end: usize) -> bool {
    let noun = match toks.get(end) {
        Some(t) if matches!(t.lower.as_ref(), "operating" | "net" | "pretax") => end + 1,
        _ => end,
    };
    let verb = match start.checked_sub(1) {
        Some(k) if determiner(&toks[k].lower) => k.checked_sub(1),
        k => k,
    };
    toks.get(noun).is_some_and(|t| results_noun(&t.lower))
        && verb.is_some_and(|k| {
            matches!(
                toks[k].lower.as_ref(),
                "reported" | "posted" | "recorded" | "had" | "showed"
            )
        })
}

/// A noun of a company's results for a period: "earnings", "loss", "sales".
pub(super) fn results_noun(word: &str) -> bool {
    matches!(
        word,
        "results"
            | "earnings"
            | "profit"
            | "profits"
            | "loss"
            | "losses"
            | "revenue"
            | "revenues"
            | "sales"
            | "figures"
            | "numbers"
    )
}

/// An article or possessive, before a noun: "the", "its".
pub(super) fn determiner(word: &str) -> bool {
    matches!(
        word,
        "the" | "a" | "an" | "its" | "his" | "her" | "their" | "our"
    )
}

/// Whether the token at `k` follows a possessive "'s": "the company's latest quarter",
/// "England's next match".
pub(super) fn after_possessive(toks: &[Tok<'_>], k: usize) -> bool {
    k > 1 && toks[k - 1].is("s") && toks[k - 2].is_apostrophe()
}

/// Whether the word at `k` opens a phrase of what something counts from: "since", or
/// "following" as a preposition (not "the following year").
fn counts_from(toks: &[Tok<'_>], k: usize) -> bool {
    toks[k].is("since") || (toks[k].is("following") && !(k > 0 && determiner(&toks[k - 1].lower)))
}

/// The auxiliary that the word at `k` follows with a "not" between: "did" in "did not
/// report", and in "didn't report", which `tokenize` reads as "did" "'" "not".
fn auxiliary_of(toks: &[Tok<'_>], k: usize) -> Option<usize> {
    let not = k.checked_sub(1).filter(|&n| toks[n].is("not"))?;
    let aux = not.checked_sub(1)?;
    if toks[aux].is_apostrophe() {
        aux.checked_sub(1)
    } else {
        Some(aux)
    }
}

/// A pronoun that may be the subject of a verb: "he", "they".
pub(super) fn subject_pronoun(word: &str) -> bool {
    matches!(word, "i" | "we" | "you" | "he" | "she" | "it" | "they")
}

/// A verb of an event still to come when in the present tense: a scheduled one ("opens",
/// "meet"), or one of going ("heads to the polls").
fn goes_ahead(word: &str) -> bool {
    is_scheduled(word) || matches!(word, "head" | "heads" | "fly" | "flies" | "go" | "goes")
}

/// What a trade report sells a month's goods for: "for May shipment", "for June loading",
/// "for Nov/Jan deliveries".
pub(super) fn shipped(word: &str) -> bool {
    matches!(
        word,
        "shipment" | "shipments" | "loading" | "arrival" | "arrivals" | "delivery" | "deliveries"
    )
}

/// What is traded for delivery in a month: "the June contract", "March futures".
fn traded(word: &str) -> bool {
    matches!(
        word,
        "contract" | "contracts" | "futures" | "delivery" | "deliveries" | "options"
    )
}

/// Whether the months at `start..end`, alone or with the others of their list or span,
/// name what is traded for delivery in them or what a trade report sells goods for, ahead
/// of the report: "the June contract", "the October and December contracts", "the Aug/Sep
/// contract", "for May shipment", "for various Sept/Dec shipments", "for June/July/Aug
/// shipment" (each month of the list); goods shipped after "for" and at most one word of
/// the kind of sale; a span a slash joins right after "for", the period of shipment alone
/// ("cif for Dec/Feb-Jan/Mar"); and a span a slash joins with its price right after it, or
/// after the verb of its sale and its buyer ("Aug/Sept at 2,400 dlrs", "Jan/Mar sold to
/// Avonmouth at 111.75 stg"). A span may also be joined by a glued hyphen.
pub(super) fn sold_ahead(toks: &[Tok<'_>], start: usize, end: usize) -> bool {
    let month = |k: usize| toks.get(k).is_some_and(|t| month_of(&t.lower).is_some());
    // (a comma joins a list too: "only January, March and May delivery months")
    let joint = |k: usize| {
        toks.get(k).is_some_and(|t| {
            (matches!(t.text, "/" | "-") && !t.spaced())
                || t.is("and")
                || t.is("or")
                || (t.text == "," && month(k + 1))
        })
    };
    // (the cheap test first: most dates have neither a joint nor a trade's noun after them)
    if !(toks
        .get(end)
        .is_some_and(|t| joint(end) || traded(&t.lower) || shipped(&t.lower))
        || (start > 0 && joint(start - 1))
        || joint(start + 1))
    {
        return false;
    }
    let mut last = end;
    while joint(last) && month(last + 1) {
        last += 2;
    }
    let mut first = start;
    while first >= 2 && joint(first - 1) && month(first - 2) {
        first -= 2;
    }
    let Some(noun) = toks.get(last) else {
        return false;
    };
    // (not deliveries made, the subject of a statistic: "January deliveries were 80
    // aircraft", "January-March deliveries rose"; but a contract's price, "December
    // delivery was up 0.40 cent")
    let made = || {
        noun.is("deliveries")
            && toks.get(last + 1).is_some_and(|v| {
                matches!(v.lower.as_ref(), "was" | "were" | "is" | "are")
                    || past_verb(toks, last + 1)
            })
    };
    let after_for = |k: usize| k > 0 && toks[k - 1].is("for");
    // ("was offering around 1,460 stg a tonne cif for Dec/Feb-Jan/Mar", "357.50 for Aug/Oct
    // call", "Supply from Argentina for July/September is still uncertain": a span of
    // months a slash joins after "for", with no year after it, is a period of shipment,
    // as trade reports write it; not a statistic's, "The resulting trade surplus of 17.6
    // billion marks for January/February")
    // (a span a slash joins, not the statistic's of a noun in the eight words before `at`)
    let slashed = (first..last).any(|k| toks[k].text == "/");
    let statistic_before =
        |at: usize| before_in_clause(toks, at, 8).any(|k| names_statistic(&toks[k].lower));
    let shipment_span =
        || slashed && after_for(first) && noun.kind != Kind::Num && !statistic_before(first - 1);
    // ("Aug/Sept at 2,400 dlrs", "Jan/Mar sold to Avonmouth at 111.75 stg", "spreading
    // May/July at 0.20 dlr premium": a span a slash joins, priced right after it or after
    // the verb of its sale and its buyer, is a period of shipment or a contract's, as trade
    // reports quote them; not a statistic's, "exports in Jan/Feb at 1.2 mln tonnes")
    let priced_span = || {
        let sale = |t: &Tok<'_>| {
            t.is_capitalised()
                || matches!(
                    t.lower.as_ref(),
                    "sold" | "selling" | "going" | "went" | "traded" | "trading" | "to"
                )
        };
        // (the text may end among the words of the sale: "sold Jan/Mar to Avonmouth")
        let at = (last..last + 4).find(|&k| toks.get(k).is_none_or(|t| t.is("at") || !sale(t)));
        slashed
            && at.is_some_and(|k| {
                toks.get(k).is_some_and(|t| t.is("at"))
                    && toks.get(k + 1).is_some_and(|t| t.kind == Kind::Num)
            })
            && !statistic_before(first)
    };
    (traded(&noun.lower) && !made())
        || shipment_span()
        || priced_span()
        || (shipped(&noun.lower)
            && (after_for(first)
                || (first > 1
                    && matches!(
                        toks[first - 1].lower.as_ref(),
                        "the" | "various" | "nearby" | "forward" | "prompt"
                    )
                    && after_for(first - 1))))
}

/// Whether the day of a month at `start..end` is one goods are sold for: in a list or span
/// of days of months right after "for" and right before the trade's noun ("for September
/// 1-15 and November 5-20 delivery", "for September 5-20/September 10-25 delivery"), or
/// after "for", the noun and "between" or "from" ("for delivery between September 1 and
/// December 20").
fn days_sold_ahead(toks: &[Tok<'_>], start: usize, end: usize) -> bool {
    // (and the days a ship may load in, a tender's laydays, however long the list: "will
    // have laydays of June 20-30 for 5,000-7,000 tonnes, July 15-25 for 6,500-8,500 tonnes,
    // and September 15-25 for 7,000-9,000 tonnes"; not past a verb in the past)
    if let Some(laydays) = before_in_sentence(toks, start, 40).find(|&k| toks[k].is("laydays"))
        && !(laydays + 1..start).any(|k| past_verb(toks, k))
    {
        return true;
    }
    if start >= 3
        && matches!(toks[start - 1].lower.as_ref(), "between" | "from")
        && shipped(&toks[start - 2].lower)
        && toks[start - 3].is("for")
    {
        return true;
    }
    let listed = |t: &Tok<'_>| {
        t.kind == Kind::Num
            || matches!(t.text, "-" | "/" | ",")
            || t.is("and")
            || month_of(&t.lower).is_some()
    };
    let first = (start.saturating_sub(12)..start)
        .rev()
        .take_while(|&k| listed(&toks[k]))
        .last()
        .unwrap_or(start);
    let last = (end..toks.len().min(end + 12))
        .take_while(|&k| listed(&toks[k]))
        .last()
        .map_or(end, |k| k + 1);
    first > 0 && toks[first - 1].is("for") && toks.get(last).is_some_and(|t| shipped(&t.lower))
}

/// A verb in the past of wanting or promising, whose object is still ahead of it: "hoped
/// for a vote by Tuesday".
pub(super) fn intends(word: &str) -> bool {
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

/// A verb of intent in the present, whose object or infinitive is still to come: "plans",
/// "intends", "aims", "hopes", "wants", "proposes".
fn intends_now(word: &str) -> bool {
    matches!(
        word,
        "plans" | "intends" | "aims" | "hopes" | "wants" | "proposes"
    )
}

/// Whether token `k` is a verb of intent in the present, not the noun: "The company plans
/// to", "it intends to" (not "announced plans to", "the peace plan", "no new plans").
fn intends_now_at(toks: &[Tok<'_>], k: usize) -> bool {
    intends_now(&toks[k].lower)
        && k > 0
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
}

/// Whether the "to" at `to` opens the infinitive of a plan, right after the verb or past
/// the noun, "for" and who is to act: "it plans to meet", "there are no plans for Brazilian
/// finance minister Dilson Funaro to meet".
fn plan_infinitive(toks: &[Tok<'_>], to: usize) -> bool {
    let verb = toks
        .get(to + 1)
        .is_some_and(|v| v.is_lowercase_word() && !determiner(&v.lower));
    verb && ((to > 0 && intends_now_at(toks, to - 1))
        || (to.saturating_sub(8)..to).rev().any(|j| {
            matches!(toks[j].lower.as_ref(), "plans" | "plan")
                && toks[j + 1].is("for")
                && toks[j + 2..to]
                    .iter()
                    .all(|t| t.kind == Kind::Word && !looks_past(&t.lower))
        }))
}

/// Whether the word at `k` ("expected", "forecast") is a comparison rather than a forecast:
/// "than expected", "as expected", "bigger-than-expected".
pub(super) fn compared(toks: &[Tok<'_>], k: usize) -> bool {
    let hyphen = k > 1 && toks[k - 1].is_glued_hyphen() && !toks[k].spaced();
    let before = k.checked_sub(1 + usize::from(hyphen));
    before.is_some_and(|b| matches!(toks[b].lower.as_ref(), "than" | "as"))
}

/// Whether token `k` is a verb whose past is its bare form ("hit", "cut", "set") and is
/// the past here: after a subject in the singular that takes "-s" in the present and
/// before its object: "The stock hit an all-time high", "It cut its forecast", "Apple cut
/// prices" (not a noun, "the rate cut in March", nor "Prices hit a record", either tense);
/// or after "was" or "were", a participle in the passive.
pub(super) fn same_form_past(toks: &[Tok<'_>], k: usize) -> bool {
    let w = toks[k].lower.as_ref();
    if k == 0
        || !matches!(
            w,
            "hit" | "cut" | "set" | "put" | "shut" | "cost" | "beat" | "spread" | "quit" | "hurt"
        )
    {
        return false;
    }
    // (a participle after "was" or "were", in the passive: "Markets were shut on Christmas
    // Day", "The rate was cut in December")
    if matches!(toks[k - 1].lower.as_ref(), "was" | "were") {
        return true;
    }
    // (past a relative clause set off by commas: "The company, which reports on
    // Thursday, cut its forecast")
    let subject = &toks[aside_before(toks, k - 1)
        .filter(|&open| open > 0)
        .map_or(k - 1, |open| open - 1)];
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
    // (a name too after a pronoun: "when it hit Samar island")
    let pronoun = matches!(s, "he" | "she" | "it");
    let object = toks.get(k + 1).is_some_and(|n| {
        n.kind == Kind::Num
            || determiner(&n.lower)
            || (pronoun && n.kind == Kind::Word && n.is_capitalised())
            || (n.is_lowercase_word()
                && !PREPOSITIONS.contains(&n.lower.as_ref())
                && !matches!(n.lower.as_ref(), "back" | "off" | "out" | "up" | "down"))
    });
    singular && object
}

/// A verb in the past that decides or announces what is still to come: "declared",
/// "ordered", "scheduled".
fn decides(word: &str) -> bool {
    reports(word)
        || matches!(
            word,
            "declared"
                | "ordered"
                | "called"
                | "scheduled"
                | "decided"
                | "resolved"
                | "approved"
                | "agreed"
                | "proposed"
                | "planned"
                | "voted"
                | "set"
        )
}

/// A verb of reporting in the past, which dates the report rather than what it reports.
pub(super) fn reports(word: &str) -> bool {
    matches!(word, "said" | "told" | "announced")
}

/// Whether the month or season at `start..end`, after "the" and before the noun it names,
/// names an event told as over: the event of a subject whose verb is in the past ("The
/// December rate cut surprised no one", "Turnout in the November election was low", "He
/// said the November election was rigged", "The summer heat wave killed hundreds"), one a
/// verb in the past comes after ("Markets rallied after the December rate cut"), or one a
/// verb in the past won, lost or attended ("The party won the November election").
/// An event is a meeting, vote, election or the like, or a rate cut or hike, for a month;
/// any noun for a season. Not one still looked to ("The September meeting was expected to
/// be brief", "The party hopes to win the November election"), nor what is traded ("The
/// May crush ended today just over 17 cents").
fn event_told_past(toks: &[Tok<'_>], start: usize, end: usize) -> bool {
    if end != start + 1 || start == 0 || !toks[start - 1].is("the") {
        return false;
    }
    let rate_move = || {
        toks[end].is("rate")
            && toks.get(end + 1).is_some_and(|t| {
                matches!(
                    t.lower.as_ref(),
                    "cut" | "cuts" | "hike" | "hikes" | "increase" | "increases" | "rise"
                )
            })
    };
    let event = (month_named(&toks[start]).is_some()
        && (rate_move() || event_after(toks, end).is_some_and(|t| event_noun(&t.lower))))
        || season_of(&toks[start].lower).is_some();
    if !event {
        return false;
    }
    let the = start - 1;
    // (a verb of the clause, or "has" or "have" of a perfect)
    let verb = |j: usize| tells_time(toks, j) || toks[j].is("has") || toks[j].is("have");
    // (after "after", the nearest verb before in the past, not one of intent: "hopes to
    // win")
    let after_it = the >= 1
        && matches!(toks[the - 1].lower.as_ref(), "after" | "following")
        && before_in_clause(toks, the, 12)
            .find(|&j| verb(j) || toks[j].is("to"))
            .is_some_and(|j| past_verb(toks, j));
    let ended_by = the >= 1
        && matches!(
            toks[the - 1].lower.as_ref(),
            "won" | "lost" | "swept" | "cheered" | "welcomed" | "boycotted" | "attended"
        );
    if after_it || ended_by {
        return true;
    }
    // (the subject of its clause, or of one a report opens)
    let subject = the == 0
        || matches!(toks[the - 1].lower.as_ref(), "that" | "said" | "says")
        || !before_in_clause(toks, the, 20).any(verb);
    // (its verb in the clause: not a report after a comma, "..., it said")
    subject
        && after_in_sentence(toks, end, 6)
            .take_while(|&k| toks[k].text != ",")
            .find(|&k| tells_time(toks, k))
            .is_some_and(|k| {
                past_verb(toks, k)
                    && !toks
                        .get(k + 1)
                        .is_some_and(|n| bound_to_come(&n.lower) || n.is("to"))
            })
}

/// Whether `expr`, named at tokens `first..end`, is the day of a report: a weekday, "today"
/// or "yesterday" with no preposition but "on" before it ("said net assets as of February
/// 28 were", "its backlog as of tomorrow" name the figures' day), and the first verb before
/// it in the sentence says so ("said on Tuesday", "reported third-quarter revenue of $69.1
/// billion on Tuesday", "grew 4.5 percent in the July-September quarter, data showed on
/// Friday"; not "said profit rose on Tuesday"); or a week or month just over or under way
/// right after such a verb or its object, or heading the sentence before it ("said last
/// week", "Earlier this month, the company said").
pub(super) fn day_of_report(tokens: &[Tok<'_>], first: usize, end: usize, expr: &Expr) -> bool {
    let weekday = matches!(
        expr.core,
        Core::Weekday { .. }
            | Core::Relative {
                unit: Unit::Day,
                offset: ..=0,
            }
    );
    // (and a week or month just over or under way: "said last week", "said earlier this
    // month", or at the head of the sentence before the report, "Earlier this month, the
    // company said it expected to break even for the quarter")
    let recent = matches!(
        expr.core,
        Core::Relative {
            unit: Unit::Week | Unit::Month,
            offset: -1..=0,
        }
    ) && matches!(expr.modifier, None | Some(Mod::Earlier));
    let told_after = || {
        heads_sentence(tokens, first)
            && tokens.get(end).is_some_and(|t| t.text == ",")
            && after_in_sentence(tokens, end + 1, 8)
                .find(|&k| past_verb(tokens, k))
                .is_some_and(|k| reports(&tokens[k].lower))
    };
    (weekday || recent)
        && first
            .checked_sub(1)
            .is_none_or(|k| tokens[k].is("on") || !PREPOSITIONS.contains(&tokens[k].lower.as_ref()))
        && (before_in_clause(tokens, first, 16)
            .find(|&k| past_verb(tokens, k) || tokens[k].is("that"))
            // (a week or month right after it, or after its object: "told reporters last
            // week"; not "said the meeting in Paris last month agreed")
            .is_some_and(|k| {
                (reports(&tokens[k].lower) || tokens[k].is("reported") || tokens[k].is("showed"))
                    && (weekday || k + 2 >= first)
            })
            || (recent && told_after()))
}

/// Whether a modal or a verb of forecasting stands in the 40 tokens before token `i` in
/// its sentence: "could be a topic at the summit expected to be held late in the year", "he
/// expected prices to stay up for the rest of the year", "will grow at a 1.5 pct rate in
/// the first quarter, accelerate during the second quarter and show a brisk 4.5 pct rate in
/// the third quarter" (not the month of "The May deficit", nor "more than expected").
pub(super) fn sentence_looks_ahead(toks: &[Tok<'_>], i: usize) -> bool {
    before_in_sentence(toks, i, 40).any(|k| looks_ahead_at(toks, k))
}

/// Whether a modal or a verb of forecasting stands in the sentence of the expression from
/// `start` to `end`, before it or up to 20 words after.
pub(super) fn looks_ahead_around(toks: &[Tok<'_>], start: usize, end: usize) -> bool {
    sentence_looks_ahead(toks, start)
        || after_in_sentence(toks, end, 20).any(|k| looks_ahead_at(toks, k))
}

/// Whether, of the modals, verbs of forecasting and verbs in the past before token `i` in
/// its sentence, the nearest is a modal or a forecast: "winds may ease during the weekend",
/// "business may be concluded over the weekend" (not "was quoted as saying at the weekend"
/// after "will", nor "as newspaper reports suggested over the weekend").
pub(super) fn nearest_verb_looks_ahead(toks: &[Tok<'_>], i: usize) -> bool {
    before_in_sentence(toks, i, 40)
        .find(|&k| looks_ahead_at(toks, k) || past_verb(toks, k))
        .is_some_and(|k| looks_ahead_at(toks, k))
}

/// A modal or a verb of forecasting at token `k` (not the comparison "more than expected"),
/// or one of intent before "to" ("hoped to", "plans to").
fn looks_ahead_at(toks: &[Tok<'_>], k: usize) -> bool {
    let w = toks[k].lower.as_ref();
    let intent = (intends(w)
        || intends_now(w)
        || matches!(w, "hope" | "plan" | "planned" | "aim" | "intend"))
        && toks.get(k + 1).is_some_and(|t| t.is("to"));
    toks[k].is_lowercase_word()
        && (modal(w)
            || intent
            || (matches!(
                w,
                "expect"
                    | "expects"
                    | "expected"
                    | "expecting"
                    | "forecast"
                    | "forecasts"
                    | "forecasting"
                    | "predicted"
                    | "predicts"
                    | "predicting"
                    | "anticipate"
                    | "anticipates"
                    | "anticipated"
                    | "anticipating"
            ) && !compared(toks, k)))
}

/// Whether the clause of a period named before its noun, from `start` to `end`, looks
/// ahead: the nearest verb before it (a report aside) is a modal, a forecast or what is
/// hoped for ("Prospects for the second quarter were favourable"), or the noun it names
/// is the subject of a modal or a forecast in the passive right after it ("its third
/// quarter net income may not exceed", "its fourth quarter operating profits are expected
/// to be").
pub(super) fn clause_looks_ahead(toks: &[Tok<'_>], start: usize, end: usize) -> bool {
    // (a forecast as a verb, not the noun: "The forecast is from fourth quarter to fourth
    // quarter"; and not what a figure is set against, "will be higher than in the second
    // quarter")
    let ahead = |k: usize| {
        (looks_ahead_at(toks, k) && !(k > 0 && determiner(&toks[k - 1].lower))) || prospect(toks, k)
    };
    let against = toks[start.saturating_sub(3)..start]
        .iter()
        .any(|t| t.is("than"));
    let before = before_in_sentence(toks, start, 20)
        .filter(|&k| !reports(&toks[k].lower))
        .find(|&k| ahead(k) || past_verb(toks, k))
        .is_some_and(ahead);
    // (up to three words of the noun or a pronoun between)
    let verb = (end..toks.len().min(end + 4)).find(|&k| {
        let t = &toks[k];
        !t.is_lowercase_word()
            || clause_word(toks, k)
            || matches!(t.lower.as_ref(), "and" | "or" | "but")
    });
    !against
        && (before
            || verb.is_some_and(|k| {
                modal(&toks[k].lower)
                    || (toks[k].is("is") || toks[k].is("are")) && forecast_in_passive(toks, k + 1)
            }))
}

/// Whether token `k` is a forecast in the passive of the present: "Snow is forecast",
/// "Rain is expected", "Sales are projected", "a contribution is anticipated".
pub(super) fn forecast_in_passive(toks: &[Tok<'_>], k: usize) -> bool {
    matches!(
        toks[k].lower.as_ref(),
        "expected" | "forecast" | "predicted" | "projected" | "anticipated"
    ) && k > 0
        && (toks[k - 1].is("is") || toks[k - 1].is("are"))
}

/// A verb of forecasting, whose object is still to come: "forecast growth of 2 percent in
/// the fourth quarter", "predicted a sharp rise in fourth quarter net".
/// ("forecasts" and "projects" are most often nouns: "Market forecasts centre on a rise in
/// February")
fn forecasts(word: &str) -> bool {
    matches!(word, "forecast" | "predicted" | "predicts" | "projected")
}

/// A verb of signalling a move, whose object may be to come or may date the signal: "The
/// ECB signalled another move in December", read in October, is the coming December; "The
/// Fed signalled a rate rise in December", read in January, the one just gone. (To flag as
/// often tells of what was found: the auditor flagged irregularities in March.)
fn signals(word: &str) -> bool {
    matches!(word, "signalled" | "signaled" | "telegraphed")
}

/// A word that names the day a thing starts from: "the fiscal year beginning Oct. 1", "a
/// strike starting on Monday", "the week commencing 25 March".
pub(super) fn starts_from(word: &str) -> bool {
    matches!(word, "beginning" | "starting" | "commencing")
}

/// A word that names the day a period opens on, as `starts_from` does or as a verb after
/// "which": "fiscal 2014, which began last month".
pub(super) fn begins_on(word: &str) -> bool {
    starts_from(word) || matches!(word, "began" | "begins" | "started" | "starts")
}

/// A word that names the day a period closes on: "the quarter ended Sept. 30", "the year
/// ending June 30", "Qtr ends April 30".
pub(super) fn closes_on(word: &str) -> bool {
    matches!(word, "ended" | "ending" | "ends")
}

/// Whether token `k` is a form of "prepare" before "for": "prepared for a Thursday
/// meeting".
fn prepares_for(toks: &[Tok<'_>], k: usize) -> bool {
    matches!(
        toks[k].lower.as_ref(),
        "prepare" | "prepares" | "prepared" | "preparing"
    ) && toks.get(k + 1).is_some_and(|t| t.is("for"))
}

/// A modal verb: "will", "would", "shall", "should", "can", "could", "may", "might", "must".
pub(super) fn modal(word: &str) -> bool {
    matches!(
        word,
        "will" | "would" | "shall" | "should" | "can" | "could" | "may" | "might" | "must"
    )
}

/// Whether a verb in the simple present that a span runs by ("runs", "lasts") stands
/// before `start` in its clause, under no modal and no "to": "The hurricane season runs
/// from June 1 to Nov. 30" is the span under way, when one is, not the next (not "will run
/// from June", "is expected to last until").
pub(super) fn runs_now(toks: &[Tok<'_>], start: usize) -> bool {
    before_in_clause(toks, start, 6)
        .find(|&k| {
            matches!(
                toks[k].lower.as_ref(),
                "runs" | "run" | "lasts" | "last" | "stretches" | "extends"
            )
        })
        .is_some_and(|k| {
            k > 0 && {
                let w = toks[k - 1].lower.as_ref();
                !modal(w) && w != "to" && !determiner(w) && toks[k - 1].kind == Kind::Word
            }
        })
}

/// A word after "is" or "are" that binds what follows to come: "is expected to", "are
/// due to", "is likely to", "are forecast to", "is set to"; and a guess at what is still to
/// be counted, "Saturday's hog slaughter is guesstimated at about 30,000 head".
pub(super) fn bound_to_come(word: &str) -> bool {
    matches!(
        word,
        "expected"
            | "guesstimated"
            | "anticipated"
            | "due"
            | "likely"
            | "unlikely"
            | "forecast"
            | "projected"
            | "predicted"
            | "seen"
            | "set"
            | "poised"
            | "scheduled"
    )
}

/// An adverb of habit: what it tells happens in any year ("Sales usually peak in April").
pub(super) fn habitual(word: &str) -> bool {
    matches!(
        word,
        "usually" | "normally" | "typically" | "traditionally" | "customarily" | "often"
    )
}

/// A word before a verb that takes its future away: "did not meet Monday", "to meet".
pub(super) fn denies(word: &str) -> bool {
    matches!(
        word,
        "did" | "not" | "never" | "t" | "to" | "would" | "could" | "might" | "should"
    )
}

/// Whether token `k` is a verb in the past: "climbed", "had", "was" (not the participle of
/// a passive still to come, "to be completed by August").
pub(super) fn past_verb(toks: &[Tok<'_>], k: usize) -> bool {
    let w = toks[k].lower.as_ref();
    // ("must raise 1,005.2 billion won by the December deadline": Korea's currency)
    let currency = w == "won"
        && k > 0
        && (toks[k - 1].kind == Kind::Num
            || crate::values::spoken::scale_word(&toks[k - 1].lower).is_some());
    // (nor a participle after "be", or joined to one that is: "should be maintained or
    // raised for the third quarter")
    let after_be = |k: usize| k > 0 && (toks[k - 1].is("be") || toks[k - 1].is("to"));
    let participle = after_be(k) || (joined_participle(toks, k) && after_be(k - 2));
    // (nor one "get" makes of its object: "hopes to get the field started up by the fourth
    // quarter"; not a verb joined after it, "tried to get a loan and borrowed", nor the
    // sentence's verb after a gerund's object, "getting the bugs out made it difficult")
    let got = || {
        (k.saturating_sub(10)..k)
            .rev()
            .take_while(|&j| {
                !ends_sentence(toks, j)
                    && !matches!(toks[j].lower.as_ref(), "and" | "or" | "but" | "then")
            })
            .any(|j| toks[j].is("get") || toks[j].is("gets"))
    };
    // (nor the participle of "to have" and its object: "hoped to have power restored")
    let had_done =
        k >= 3 && toks[k - 1].is_lowercase_word() && toks[k - 2].is("have") && toks[k - 3].is("to");
    // (nor an adjective between a preposition and its noun: "services for imported
    // products")
    let adjective = || {
        k > 0
            && PREPOSITIONS.contains(&toks[k - 1].lower.as_ref())
            && toks.get(k + 1).is_some_and(|n| {
                n.is_lowercase_word()
                    && !PREPOSITIONS.contains(&n.lower.as_ref())
                    && !determiner(&n.lower)
            })
    };
    matches!(w, "was" | "were" | "had" | "did")
        || (looks_past(w) && !currency && !participle && !had_done && !got() && !adjective())
}

/// Whether the participle at `k` follows a modal and "have" that tell a past that was, or
/// may have been: "would have closed", "may have started" (not "will have closed", still to
/// come).
fn modal_perfect(toks: &[Tok<'_>], k: usize) -> bool {
    k > 1
        && toks[k - 1].is("have")
        && matches!(
            toks[k - 2].lower.as_ref(),
            "would" | "could" | "might" | "should" | "must" | "may"
        )
}

/// Whether the word at `k` follows a participle it is joined to by "and" or "or": "raised"
/// in "maintained or raised".
fn joined_participle(toks: &[Tok<'_>], k: usize) -> bool {
    k > 2 && (toks[k - 1].is("or") || toks[k - 1].is("and")) && looks_past(&toks[k - 2].lower)
}

/// The article of "the week before" (day, weekend, month, year; before or after) right
/// before the date at `i`: "Christmas" of "the weekend before Christmas" takes the tense
/// the whole is read in.
pub(super) fn unit_beside(toks: &[Tok<'_>], i: usize) -> Option<usize> {
    (i >= 3
        && matches!(toks[i - 1].lower.as_ref(), "before" | "after")
        && unit_next_to_date(&toks[i - 2].lower).is_some()
        && toks[i - 3].is("the"))
    .then(|| i - 3)
}

/// The tense of "the week before Christmas", with its date at `at..to` and its unit's
/// article at `the`: the date's own, else the past when a verb in the past tells of the
/// unit ("Stores were busy the weekend before Christmas", read in October, was the last
/// one).
pub(super) fn beside_tense(toks: &[Tok<'_>], the: usize, at: usize, to: usize) -> Tense {
    match tense_near(toks, at, to) {
        Tense::Unmarked
            if before_in_clause(toks, the, 3).any(|k| tells_past(toks, k))
                && !before_in_sentence(toks, the, 12).any(|k| modal(&toks[k].lower)) =>
        {
            Tense::Past
        }
        tense => tense,
    }
}

/// Whether token `k` is a verb in the past that tells what happened, not what was said:
/// `discussed`, not `said` (a report dates the report, not its content).
pub(super) fn tells_past(toks: &[Tok<'_>], k: usize) -> bool {
    past_verb(toks, k) && !reports(&toks[k].lower)
}

/// Whether token `k` is a verb that tells the time of its clause: a modal or a verb of
/// forecasting (see `looks_ahead_at`), "is" or "are", or a verb in the past.
fn tells_time(toks: &[Tok<'_>], k: usize) -> bool {
    looks_ahead_at(toks, k) || toks[k].is("is") || toks[k].is("are") || past_verb(toks, k)
}

/// A verb in the past tense, or a participle: `fell`, `announced`, `sued` (not `expected`,
/// `based`, `need`).
pub(super) fn looks_past(word: &str) -> bool {
    IRREGULAR_PAST.binary_search(&word).is_ok()
        || (word.len() >= 5 && word.ends_with("ed") && !NOT_PAST.contains(&word))
        || matches!(
            word,
            "sued" | "owed" | "tied" | "lied" | "vied" | "axed" | "eyed" | "used" | "aged"
        )
}

/// The comma that opens the relative clause the token at `k` is in, when one opens before
/// it in its sentence: the first comma of "Federer, who won the title in 2003, faces".
fn relative_opened(toks: &[Tok<'_>], k: usize) -> Option<usize> {
    (0..k)
        .rev()
        .take_while(|&j| !ends_sentence(toks, j))
        .find(|&j| toks[j].text == ",")
        .filter(|&open| {
            toks.get(open + 1)
                .is_some_and(|t| matches!(t.lower.as_ref(), "who" | "which" | "whose"))
        })
}

/// Whether the token at `k` is in a relative clause set off by commas that closes before
/// `end`.
fn in_relative_aside(toks: &[Tok<'_>], k: usize, end: usize) -> bool {
    relative_opened(toks, k).is_some() && toks[k + 1..end].iter().any(|t| t.text == ",")
}

/// Where the relative clause closed by the comma at `close` opens: the token after its
/// subject ("Park, who was elected in December, takes": the first comma).
fn aside_before(toks: &[Tok<'_>], close: usize) -> Option<usize> {
    (toks[close].text == ",")
        .then(|| relative_opened(toks, close))
        .flatten()
}

/// Whether token `k` ends a sentence or clause: a full stop (not the one in "9.5"), a
/// semicolon, colon, question or exclamation mark.
pub(super) fn ends_sentence(toks: &[Tok<'_>], k: usize) -> bool {
    let t = &toks[k];
    t.kind == Kind::Punct
        && match t.text {
            // (not the stop of "St. Petersburg", "Mr. Bush", nor one before a lowercase
            // word, "the U.S. will", or a comma, "Columbia Pictures Entertainment Inc., with")
            "." => {
                let title = k > 0 && !t.spaced() && TITLES.contains(&toks[k - 1].lower.as_ref());
                let goes_on = toks
                    .get(k + 1)
                    .is_some_and(|n| n.is_lowercase_word() || n.text == ",");
                // (nor the stop of an initialism before a name it qualifies, "U.S. Treasury
                // Secretary James Baker", unless a word that opens sentences follows: "sold
                // to the U.S. The deal")
                let initialism = initial_point(toks, k)
                    && k >= 2
                    && toks[k - 2].text == "."
                    && !toks[k - 1].spaced()
                    && toks.get(k + 1).is_some_and(|n| {
                        n.kind == Kind::Word && n.is_capitalised() && !opens_sentences(&n.lower)
                    });
                // (nor the stop of "a.m." or "p.m." before the day it is on: "from 10 a.m.
                // to 5 p.m. Tuesday through Sunday")
                let clock_day = || {
                    k >= 3
                        && !t.spaced()
                        && toks[k - 1].is("m")
                        && (toks[k - 3].is("a") || toks[k - 3].is("p"))
                        && toks[k - 2].text == "."
                        && toks.get(k + 1).is_some_and(|n| {
                            n.is_capitalised()
                                && (weekday_of(&n.lower).is_some() || month_of(&n.lower).is_some())
                        })
                };
                // (nor one a letter or figure is glued to: "U.S.", "1.5")
                !title
                    && !goes_on
                    && !initialism
                    && toks
                        .get(k + 1)
                        .is_none_or(|n| n.spaced() || n.kind == Kind::Punct)
                    && !clock_day()
            }
            ";" | ":" | "?" | "!" => true,
            _ => false,
        }
}

/// Whether token `k` is a point glued to a capital letter alone: one of the points of an
/// initialism, "U.S.", "U.N.".
fn initial_point(toks: &[Tok<'_>], k: usize) -> bool {
    k > 0
        && toks[k].text == "."
        && !toks[k].spaced()
        && toks[k - 1].text.len() == 1
        && toks[k - 1].is_capitalised()
}

/// A word that opens sentences as often as it does anything: a determiner, a pronoun, a
/// preposition or a conjunction ("The", "He", "In", "But").
fn opens_sentences(word: &str) -> bool {
    determiner(word)
        || subject_pronoun(word)
        || PREPOSITIONS.contains(&word)
        || matches!(
            word,
            "but"
                | "and"
                | "or"
                | "so"
                | "yet"
                | "this"
                | "that"
                | "these"
                | "those"
                | "there"
                | "some"
                | "many"
                | "most"
                | "all"
                | "both"
                | "no"
                | "one"
                | "if"
                | "as"
                | "when"
                | "while"
                | "however"
                | "meanwhile"
                | "also"
                | "earlier"
                | "later"
                | "last"
                | "analysts"
                | "officials"
        )
}

/// Whether the date at `start..end` is in a clause that opens its sentence with a condition
/// or a time to come ("If", "Once", "When", "Until", "Unless"), told in the present with no
/// verb in the past, whose main clause, after the comma that closes it, says "will" or
/// "would" (see `tense_near`).
fn opening_condition_ahead(toks: &[Tok<'_>], start: usize, end: usize) -> bool {
    // (the cheap test first: back to the nearest such word, with no comma between, then
    // whether it heads the sentence)
    let Some(k) = (start.saturating_sub(20)..start)
        .rev()
        .take_while(|&j| toks[j].text != ",")
        .find(|&j| {
            matches!(
                toks[j].lower.as_ref(),
                "if" | "once" | "when" | "until" | "unless"
            )
        })
    else {
        return false;
    };
    if !heads_sentence(toks, k) || (k + 1..start).any(|j| ends_sentence(toks, j)) {
        return false;
    }
    let Some(comma) = after_in_sentence(toks, end, 14).find(|&j| toks[j].text == ",") else {
        return false;
    };
    let clause = k + 1..comma;
    let present = clause.clone().any(|j| {
        matches!(
            toks[j].lower.as_ref(),
            "is" | "are" | "has" | "have" | "do" | "does"
        )
    });
    // (a participle after the present, "is drawn", "are not completed", tells no past)
    let past = |j: usize| {
        past_verb(toks, j)
            && !(j > 0
                && matches!(
                    toks[j - 1].lower.as_ref(),
                    "is" | "are" | "be" | "been" | "being" | "not" | "has" | "have"
                ))
    };
    present
        && !clause.clone().any(past)
        && after_in_sentence(toks, comma, 12).any(|j| {
            (toks[j].is("will") || toks[j].is("would"))
                && toks.get(j + 1).is_none_or(|n| !n.is("have"))
        })
}

/// Whether the token at `k` opens a sentence, or a quotation that does.
pub(super) fn heads_sentence(toks: &[Tok<'_>], k: usize) -> bool {
    let opens = |k: usize| k == 0 || ends_sentence(toks, k - 1);
    opens(k) || (k > 0 && matches!(toks[k - 1].text, "\"" | "“") && opens(k - 1))
}

/// Whether the comma at `comma` opens a participle set off by it: the first comma of "the
/// bonus, announced on Tuesday, in December" (not a condition's, "provided").
fn opens_participle(toks: &[Tok<'_>], comma: usize) -> bool {
    toks.get(comma).is_some_and(|t| t.text == ",")
        && toks.get(comma + 1).is_some_and(|p| {
            p.is_lowercase_word()
                && looks_past(&p.lower)
                && !matches!(p.lower.as_ref(), "provided" | "given" | "granted")
        })
}

/// Whether the comma at `comma` closes a participle set off by commas: the second comma of
/// "the bonus, announced on Tuesday, in December".
pub(super) fn closes_participle(toks: &[Tok<'_>], comma: usize) -> bool {
    toks.get(comma).is_some_and(|t| t.text == ",")
        && (0..comma)
            .rev()
            .take(8)
            .take_while(|&k| !ends_sentence(toks, k))
            .find(|&k| toks[k].text == ",")
            .is_some_and(|open| opens_participle(toks, open))
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

/// Whether the word at `k` is a verb in the past that calls something off or puts it off,
/// or the auxiliary of one: "scrapped", "was cancelled", "has been shelved", "postponed".
fn calls_off(toks: &[Tok<'_>], k: usize) -> bool {
    let k = k + usize::from(matches!(toks[k].lower.as_ref(), "was" | "were" | "been"));
    toks.get(k).is_some_and(|t| {
        matches!(
            t.lower.as_ref(),
            "scrapped" | "cancelled" | "canceled" | "abandoned" | "shelved" | "axed" | "dropped"
        ) || puts_off(toks, k)
    })
}

/// Whether the word at `k` is a verb in the past that puts something off to a later day:
/// "postponed", "delayed", "moved the vote" (not a move told, "the dollar moved sharply
/// lower until the end of January", "Prices slipped further").
fn puts_off(toks: &[Tok<'_>], k: usize) -> bool {
    let moved = || {
        toks.get(k + 1).is_some_and(|t| {
            matches!(
                t.lower.as_ref(),
                "lower" | "higher" | "down" | "downward" | "upward" | "sideways" | "further"
            ) || adverb_in_ly(&t.lower)
        })
    };
    matches!(
        toks[k].lower.as_ref(),
        "delayed" | "postponed" | "deferred" | "rescheduled" | "adjourned" | "moved" | "slipped"
    ) && !moved()
}

/// Whether the expression at `first` is in a clause of a participle that opens no more
/// than a few words after `after`, where an expression in the clause before ended: after
/// ", with" ("would leave Bombay from March 30, with the third departing each Thursday
/// from August 6", "Oil rose on Monday, with Brent climbing to $80 on Tuesday"), or
/// "before", "after" or "while" right before the participle ("is expected to dump a foot
/// of snow by Thursday morning before moving out to sea Friday"). The participle has no
/// tense of its own: it takes the clause's before, `tense` (but what came before a thing
/// still to come may be over: "closes on Friday after opening on Monday").
pub(super) fn participle_clause(
    toks: &[Tok<'_>],
    after: usize,
    first: usize,
    tense: Tense,
) -> bool {
    let Some(opener) = (after..first.min(after + 4)).find(|&k| {
        (toks[k].is("with") && k > 0 && toks[k - 1].text == ",")
            || (matches!(toks[k].lower.as_ref(), "before" | "after" | "while")
                && !(toks[k].is("after") && tense == Tense::Future)
                && toks.get(k + 1).is_some_and(|t| ing_form(&t.lower)))
    }) else {
        return false;
    };
    let clause = opener + 1..first;
    clause.len() <= 10
        && !(after..opener).any(|k| ends_sentence(toks, k) || past_verb(toks, k))
        && clause.clone().any(|k| ing_form(&toks[k].lower))
        && !clause.clone().any(|k| {
            let w = toks[k].lower.as_ref();
            ends_sentence(toks, k)
                || past_verb(toks, k)
                || modal(w)
                || matches!(
                    w,
                    "is" | "are" | "was" | "were" | "," | "which" | "that" | "who"
                )
        })
}

/// Whether the words before a verb (nearest first) make it the noun of a phrase after a
/// preposition: one to three lowercase words or compounds, an article, a preposition that
/// opens no clause ("in a party-room vote", "at the annual meeting", "to a record close").
fn in_noun_phrase<'t>(before: impl Iterator<Item = &'t Tok<'t>>) -> bool {
    let mut before = before.peekable();
    let mut words = 0;
    while words < 4
        && before
            .next_if(|t| {
                t.is_glued_hyphen()
                    || (t.is_lowercase_word()
                        && !determiner(&t.lower)
                        && !PREPOSITIONS.contains(&t.lower.as_ref()))
            })
            .is_some()
    {
        words += 1;
    }
    // (not a word that may open a clause: "the last before the current accord expires in
    // October")
    words > 0
        && before.next().is_some_and(|a| determiner(&a.lower))
        && before.next().is_some_and(|p| {
            matches!(
                p.lower.as_ref(),
                "in" | "at" | "during" | "of" | "with" | "for" | "on" | "from" | "to" | "into"
            )
        })
}

/// A word after "ahead of" that measures progress rather than naming an event: "ahead of
/// schedule", "ahead of expectations".
fn measured_against(word: &str) -> bool {
    matches!(
        word,
        "schedule"
            | "expectations"
            | "estimates"
            | "forecasts"
            | "forecast"
            | "target"
            | "time"
            | "plan"
    )
}

/// An event that befalls and is never scheduled: an attack, a quake, a crash.
fn befell(word: &str) -> bool {
    matches!(
        word,
        "attack"
            | "attacks"
            | "bombing"
            | "bombings"
            | "blast"
            | "explosion"
            | "crash"
            | "quake"
            | "earthquake"
            | "tremor"
            | "tsunami"
            | "massacre"
            | "shooting"
            | "shootings"
            | "assassination"
            | "coup"
            | "collapse"
            | "disaster"
            | "accident"
    )
}

/// Whether "to" at `to` closes "the run-up", "the lead-up" or "the build-up" before it.
pub(super) fn run_up_to(toks: &[Tok<'_>], to: usize) -> bool {
    to >= 3
        && toks[to].is("to")
        && toks[to - 2].text == "-"
        && matches!(toks[to - 3].lower.as_ref(), "run" | "lead" | "build")
}

/// A word of more than four letters in -ly: an adverb, such as officially or sharply.
pub(super) fn adverb_in_ly(word: &str) -> bool {
    word.len() > 4 && word.ends_with("ly")
}

/// A word of more than four letters in -ing: a participle or a gerund.
pub(super) fn ing_form(word: &str) -> bool {
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
    // ("The polls were open until 8 p.m. on Sunday": a state told in the past with "was"
    // or "were" and an adjective)
    if until >= 2
        && matches!(
            toks[until - 1].lower.as_ref(),
            "open" | "available" | "unavailable" | "valid"
        )
        && (toks[until - 2].is("was") || toks[until - 2].is("were"))
    {
        return true;
    }
    for k in (0..until).rev().take(5) {
        let t = &toks[k];
        let w = t.lower.as_ref();
        if ends_sentence(toks, k)
            || t.text == ","
            || ing_form(w)
            || modal(w)
            || matches!(
                w,
                "to" | "has" | "have" | "had" | "is" | "are" | "was" | "were" | "be" | "been"
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
        // (past an adverb: "will not be officially notified of any final plan until")
        let auxiliary = (0..k)
            .rev()
            .find(|&j| !(toks[j].is_lowercase_word() && adverb_in_ly(&toks[j].lower)))
            .is_some_and(|j| {
                let b = &toks[j];
                denies(&b.lower)
                    || matches!(
                        b.lower.as_ref(),
                        "was" | "were" | "is" | "are" | "been" | "be" | "has" | "have" | "had"
                    )
            });
        // (a gerund that opens the sentence or follows its article is the verb's subject:
        // "Shelling continued until", "The fighting continued until")
        let gerund_subject = before.is_some_and(|b| ing_form(&b.lower))
            && (k == 1 || determiner(&toks[k - 2].lower) || ends_sentence(toks, k - 2));
        // (an adjective in an object: "after extending its contested bid for Hillards
        // until"; not a verb of a clause of its own, "Paul began speaking and did not
        // yield the floor until")
        let in_object = before_in_clause(toks, k, 6)
            .take_while(|&j| !toks[j].is("and"))
            .any(|j| {
                let w = toks[j].lower.as_ref();
                w == "to" || (ing_form(w) && !(gerund_subject && j == k - 1))
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
            determiner(&b.lower)
                || PREPOSITIONS.contains(&b.lower.as_ref())
                || (ing_form(&b.lower) && !gerund_subject)
        });
        return (denied_past || !auxiliary)
            && !in_object
            && !after_its_noun
            && !adjective
            && !intends(w)
            && !puts_off(toks, k)
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
    (0..at)
        .rev()
        .take(12)
        .take_while(move |&k| !ends_clause(toks, k))
}

/// Whether the token at `k` closes the clause that follows it, looking back: the end of a
/// sentence, a comma (not the one in "800,000"), a report ("said") or a relative word
/// ("that", "which", "when", "who").
fn ends_clause(toks: &[Tok<'_>], k: usize) -> bool {
    let t = &toks[k];
    let comma = t.text == "," && toks.get(k + 1).is_none_or(|n| n.spaced());
    ends_sentence(toks, k)
        || comma
        || reports(&t.lower)
        || matches!(t.lower.as_ref(), "that" | "which" | "when" | "who")
}

/// The positions of the tokens before `at`, nearest first, over at most `n` written words:
/// the tokens of one word, glued with no space between, count once ("the 2,000-cc-engine
/// cars" is three words).
fn words_before(toks: &[Tok<'_>], at: usize, n: usize) -> std::iter::Rev<Range<usize>> {
    let (mut first, mut words) = (at, 0);
    while first > 0 && words < n {
        first -= 1;
        words += usize::from(first == 0 || toks[first].spaced());
    }
    (first..at).rev()
}

/// The positions of the tokens of `at`'s sentence before it, nearest first, at most `n`.
pub(super) fn before_in_sentence<'t>(
    toks: &'t [Tok<'_>],
    at: usize,
    n: usize,
) -> impl Iterator<Item = usize> + 't {
    (0..at)
        .rev()
        .take(n)
        .take_while(move |&k| !ends_sentence(toks, k))
}

/// The positions of the tokens of the clause before `at`, nearest first, at most `n`: up to
/// the start of the sentence or a comma (not the one in "96,000").
pub(super) fn before_in_clause<'t>(
    toks: &'t [Tok<'_>],
    at: usize,
    n: usize,
) -> impl Iterator<Item = usize> + 't {
    before_in_sentence(toks, at, n).take_while(move |&k| {
        toks[k].text != "," || toks.get(k + 1).is_some_and(|next| !next.spaced())
    })
}

/// Whether the clause from `open` to token `after` opens its sentence and is set off by a
/// comma before a verb in the past, at most `n` tokens on: "In the evening, troops
/// withdrew", "Later in the day, the House Budget Committee chairman, Rep. Paul Ryan,
/// spoke".
pub(super) fn opens_sentence_told_in_past(
    toks: &[Tok<'_>],
    open: usize,
    after: usize,
    n: usize,
) -> bool {
    (open == 0 || ends_sentence(toks, open - 1))
        && toks.get(after).is_some_and(|t| t.text == ",")
        && after_in_sentence(toks, after + 1, n).any(|k| past_verb(toks, k))
}

/// The positions of the tokens of the sentence from `from` on, at most `n`.
pub(super) fn after_in_sentence<'t>(
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
pub(super) const TITLES: &[&str] = &[
    "adm", "capt", "col", "dr", "ft", "gen", "gov", "lt", "mr", "mrs", "ms", "mt", "prof", "rep",
    "rev", "sen", "sgt", "st",
];

/// Irregular verbs of news in the simple past, and their participles, sorted for a binary
/// search. Forms the same as the present ("cut", "set") are left out, and so are those that
/// are nouns as often ("ground", "wound", "fed" as in "the Fed").
pub(super) const IRREGULAR_PAST: &[&str] = &[
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
pub(super) const NOT_PAST: &[&str] = &[
    "anticipated",
    "associated",
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
    "unexpected",
    "united",
    "unprecedented",
];

/// Whether a past verb governs "in <month>": "changed ... in December", "In January, the
/// company brought in", "the fiscal year ended Jan. 31", "bought RJR in February". Only
/// then is a month without a year read as the last one: trading reports name the coming
/// months in the past tense ("sales were made for March/April", "sold May").
fn verb_tense(toks: &[Tok<'_>], start: usize, end: usize, attributive: bool) -> Tense {
    // (a holiday, not the month of "38 cents over May"; "May Day" is one)
    let holiday = holiday_at(toks, start);
    // ... and a season right after a verb in the past and "over the" ("Prices rose over
    // the winter"; not a condition or a comparison, "did not improve over the summer"):
    // what "over" may date
    let over = holiday
        || (season_of(&toks[start].lower).is_some()
            && start > 2
            && toks[start - 1].is("the")
            && toks[start - 2].is("over")
            && past_verb(toks, start - 3)
            && !toks[..start - 3]
                .iter()
                .rev()
                .take(4)
                .any(|t| denies(&t.lower) || t.is("if")));
    // "sold in the summer", "was heavy over the Easter weekend": the article is no word of
    // the verb's
    let start = if start > 1
        && toks[start - 1].is("the")
        && (matches!(
            toks[start - 2].lower.as_ref(),
            "in" | "during" | "on" | "at" | "throughout"
        ) || (toks[start - 2].is("over") && over))
    {
        start - 1
    } else {
        start
    };
    // "rose in the run-up to Christmas", "fell in the weeks before Christmas", "in the
    // days after Thanksgiving": the time around a date reads as the date itself
    let around = |k: usize| -> Option<usize> {
        let link = toks.get(k)?;
        let head = if link.is("to") && k >= 4 {
            run_up_to(toks, k).then_some(k - 3)?
        } else if (link.is("before") || link.is("after")) && k >= 1 {
            matches!(
                toks[k - 1].lower.as_ref(),
                "days" | "weeks" | "months" | "hours"
            )
            .then_some(k - 1)?
        } else {
            return None;
        };
        (head >= 2 && toks[head - 1].is("the")).then(|| head - 1)
    };
    let start = start
        .checked_sub(1)
        .and_then(around)
        .filter(|&the| {
            the > 0
                && matches!(
                    toks[the - 1].lower.as_ref(),
                    "in" | "during" | "over" | "throughout"
                )
        })
        .unwrap_or(start);
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
    // (but a day that opens a range of days is the range: "was held June 8-9")
    let day_range = day_figure(&toks[end - 1])
        && toks
            .get(end + 1)
            .is_some_and(|t| !t.spaced() && day_figure(t));
    let listed = toks.get(end).is_some_and(|t| {
        (matches!(t.text, "/" | "-") && !day_range)
            || ((t.is("or") || t.is("and"))
                && t.spaced()
                && toks
                    .get(end + 1)
                    .is_none_or(|n| n.kind == Kind::Num || parse_at(toks, end + 1).is_some()))
    });
    // a day at or on which something happened, or a date right after its verb: "was
    // arrested on Dec. 3", "met at Christmas", "filed for bankruptcy Dec. 15" (see
    // `finite` below; not a month, "bought March soymeal", nor past a conjunction, "noted
    // that Easter sales will fall")
    // (and a day of the story so: "The administration appealed the same day", "He resigned
    // that day")
    let story_day = toks[end - 1].is("day") && (toks[start].is("the") || toks[start].is("that"));
    // (a day a copula in the past names is one gone by: "The vote was March 3", "The
    // election was Nov. 4"; not the day of a word after it, "was payable April 15")
    let copula_day = matches!(before, "was" | "were")
        && toks[start..end].iter().any(|t| t.kind == Kind::Num)
        && month_of(&toks[start].lower).is_some()
        && toks
            .get(end)
            .is_none_or(|t| matches!(t.text, "." | "," | ";"));
    if copula_day {
        return Tense::Past;
    }
    let bare = toks[start - 1].is_lowercase_word()
        && (toks[start..end].iter().any(|t| t.kind == Kind::Num) || story_day)
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
    // ("had been planted as of June 1": the day a figure stood at, as "on" it)
    let as_of = before == "of" && start >= 2 && toks[start - 2].is("as");
    // (the last word before the preposition, or before "as of")
    let ahead_of_prep = start - 1 - usize::from(as_of);
    let on_day = before == "on" || before == "at" || bare || clocked || as_of;
    // ("fell during January", "rose between June and August": as "in"; not "from", which
    // more often opens what is still to come, "from July 1 it will own")
    // ("over Easter", but not "if the economy did not improve over the summer", nor a
    // comparison, "a premium over the August through October months")
    // (and "from" that opens a span right after a verb in the past: "The season ran from
    // April 3 to December 27"; not a change of dates, "extended from March 6 to March 31",
    // nor in a sentence that looks ahead, "will redeem them plus dividends accrued from
    // April 1 to April 15")
    let span_from = before == "from" && start >= 2 && opens_span(toks, start, end) && {
        let verb = &toks[start - 2];
        verb.is_lowercase_word()
            && looks_past(&verb.lower)
            && !before_in_sentence(toks, start - 2, 25)
                .any(|k| matches!(toks[k].lower.as_ref(), "will" | "would" | "shall"))
    };
    // ("Sales slumped after Easter", "He resigned following Dec. 1": what a finite verb
    // in the past tells of came after the date, so the date is over too; not what was put
    // off to it, "The vote was delayed until after Christmas", nor a condition, "on loans
    // made on or after April 1")
    let followed = matches!(before, "after" | "following")
        && !(start >= 2
            && (matches!(
                toks[start - 2].lower.as_ref(),
                "until" | "till" | "to" | "into" | "or"
            ) || determiner(&toks[start - 2].lower)));
    let within = matches!(before, "in" | "during" | "between" | "throughout")
        || (before == "over" && over)
        || followed
        || span_from;
    if !(within || on_day) || listed {
        return if runs_from_ahead(toks, start, end, attributive) {
            Tense::Future
        } else {
            Tense::Unmarked
        };
    }
    let tense_of = |k: usize| -> Option<Tense> {
        let t = &toks[k];
        if !t.is_lowercase_word() {
            return None;
        }
        let w = t.lower.as_ref();
        if w == "expected" && compared(toks, k) {
            return None;
        }
        match w {
            "will" | "shall" | "ll" | "would" | "expects" | "expect" | "expected" | "planned"
            | "intends" | "scheduled" | "sees" | "see" => {
                return Some(Tense::Future);
            }
            // "The agency forecast growth of 2 percent in the fourth quarter": a date in
            // the object of a forecast (not the day of forecasting, "the one pct drop
            // forecast in December", "projected in January", nor the noun, "the forecast",
            // or before what it is for or of, "The IMF cut its global growth forecast for
            // 2013 on Tuesday")
            w if forecasts(w)
                && k + 2 < start
                && !(k > 0 && determiner(&toks[k - 1].lower))
                && !toks
                    .get(k + 1)
                    .is_some_and(|n| matches!(n.lower.as_ref(), "for" | "of" | "on")) =>
            {
                return Some(Tense::Future);
            }
            // (the day of forecasting sets no time of its own and ends the search: "against
            // the one pct drop forecast in December" is not under an earlier forecast)
            // (not the noun, "cut its forecast on Monday")
            w if forecasts(w)
                && k + 2 == start
                && toks[k + 1].is("in")
                && !(k > 0 && determiner(&toks[k - 1].lower)) =>
            {
                return Some(Tense::Unmarked);
            }
            // (a signal's object: the date nearest the publication, either way)
            w if signals(w) && k + 2 < start => return Some(Tense::Unmarked),
            "had" | "did" => return Some(Tense::Past),
            // an infinitive has no time of its own ("a pledge to meet again in
            // September"); "to" before a number, a determiner or a capital is a
            // preposition ("grew 1.8 pct in the quarter to September and 3.4 pct in the June
            // quarter")
            "to" => {
                let next = toks.get(k + 1)?;
                let preposition = next.kind == Kind::Num
                    || !next.is_lowercase_word()
                    || matches!(next.lower.as_ref(), "a" | "an" | "the" | "its" | "their");
                return (!preposition).then_some(Tense::Unmarked);
            }
            // the reporting verb dates the report, not what it reports ("said it is
            // launching in May"), unless next to it ("said in January")
            "said" | "told" | "says" | "say" if k + 2 < start => {
                return Some(Tense::Unmarked);
            }
            // habits: "usually made in April"
            w if habitual(w) || matches!(w, "generally" | "always") => {
                return Some(Tense::Unmarked);
            }
            _ => {}
        }
        let same_form = same_form_past(toks, k);
        let past = looks_past(w) || same_form;
        // "a wholly-owned subsidiary", "unleaded gasoline": adjectives
        let compound = k > 0 && toks[k - 1].text == "-" && !t.spaced();
        // (a count is an object, not a noun the word describes: "arrested three men"; nor
        // is a pronoun, "charged him"; and after a name or a pronoun the word is the verb
        // of its subject: "The SEC filed charges", "they raised prices")
        // (nor after an adverb, which goes with a verb: "The central bank last raised
        // rates in September", "also cut prices"; not "the first published results")
        let subject = k > 0 && {
            let s = &toks[k - 1];
            let adverb = matches!(
                s.lower.as_ref(),
                "last" | "also" | "then" | "already" | "first" | "again" | "just" | "once"
            ) || adverb_in_ly(&s.lower);
            s.kind == Kind::Word
                && (s.text.starts_with(|c: char| c.is_ascii_uppercase())
                    || subject_pronoun(&s.lower)
                    // (and a relative pronoun: "The bank, which raised rates in January")
                    || s.is("who")
                    || s.is("which")
                    || (adverb && k > 1 && !determiner(&toks[k - 2].lower))
                    // (or a noun after an article, with an adjective between or none: "The
                    // central bank raised rates in June", "the company cut prices in May";
                    // not "the raised bed", whose word after the article is the one in -ed;
                    // only near the date, not "its directors approved payment of an annual
                    // dividend of 25 cts on May 21")
                    || (!adverb
                        && k.abs_diff(start) <= 4
                        && !determiner(&s.lower)
                        && s.is_lowercase_word()
                        && !PREPOSITIONS.contains(&s.lower.as_ref())
                        && (2..=3).any(|n| {
                            k >= n
                                && determiner(&toks[k - n].lower)
                                && toks[k - n + 1..k].iter().all(|t| {
                                    t.is_lowercase_word()
                                        && !looks_past(&t.lower)
                                        && !PREPOSITIONS.contains(&t.lower.as_ref())
                                })
                        })))
        };
        let before_noun = !subject
            && toks.get(k + 1).is_some_and(|n| {
                n.is_lowercase_word()
                    && crate::values::spoken::unit_word(&n.lower).is_none()
                    && !determiner(&n.lower)
                    && !matches!(
                        n.lower.as_ref(),
                        "him"
                            | "them"
                            | "it"
                            | "us"
                            | "me"
                            | "himself"
                            | "herself"
                            | "itself"
                            | "themselves"
                            | "that"
                            | "in"
                            | "on"
                            | "at"
                            | "as"
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
                            // (a quantity is the object: "killed many people")
                            | "many"
                            | "more"
                            | "most"
                            | "several"
                            | "some"
                            | "all"
                            | "few"
                            | "nearly"
                            | "almost"
                            | "around"
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
        // "Without the deal, the plant would have closed on Wednesday": what did not happen
        // was to happen then, in the past ("will have closed by Friday" is still to come)
        if modal_perfect(toks, k) {
            return Some(Tense::Past);
        }
        // (past a participle it is joined to: "has to be debated and voted on in November")
        let reach = if joined_participle(toks, k) { 4 } else { 2 };
        let before = toks[..k].iter().rev().take(reach).map(|t| t.lower.as_ref());
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
    // (an adverb before the preposition is no word of the verb's phrase: "passed over the
    // city shortly after midnight")
    let mut top = if bare { start } else { ahead_of_prep };
    while top > 0
        && matches!(
            toks[top - 1].lower.as_ref(),
            "shortly" | "just" | "soon" | "right" | "immediately" | "only"
        )
    {
        top -= 1;
    }
    let back = before_in_clause(toks, top, 4).find_map(|k| tense_of(k).map(|t| (k, t)));
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
        if event_on || !(within || before == "on" || as_of || at_point) || verb_follows(toks, end) {
            return None;
        }
        // (14 words: a figure's point or comma and the digits after it are none of them,
        // "grew 1.8 pct in the quarter to September and 3.4 pct in the June quarter")
        let words = before_in_clause(toks, ahead_of_prep, 24).scan(0, |words, k| {
            let within_figure = inside_figure(toks, k) || (k > 0 && inside_figure(toks, k - 1));
            *words += usize::from(!within_figure);
            (*words <= 14).then_some(k)
        });
        for k in words {
            if let Some(t) = tense_of(k) {
                return (t == Tense::Past || (t == Tense::Future && forecasts(&toks[k].lower)))
                    .then_some((k, t));
            }
            // (and the verb after "will" or "would", past a long object: "would not hold
            // pro forma sessions during the Thanksgiving recess")
            let modal_at = |j: usize| toks[j].is("will") || toks[j].is("would");
            if toks[k].is_lowercase_word()
                && k > 0
                && (modal_at(k - 1) || auxiliary_of(toks, k).is_some_and(modal_at))
            {
                return Some((k, Tense::Future));
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
    // a past verb under a modal of what may come is not the past: "would only break when
    // the rains fell in late May" (not under "should", "must": "should respect pledges
    // made in the February Louvre accord")
    // (but "would have closed in June", "may have started in June" is a past that was, or
    // may have been)
    let back = back.map(|(k, t)| {
        let under_modal = !modal_perfect(toks, k)
            && before_in_sentence(toks, k, 12)
                .any(|j| matches!(toks[j].lower.as_ref(), "will" | "would" | "could" | "may"));
        if t == Tense::Past
            && (under_modal
                || (((on_day && !at_point) || followed)
                    && (attributive || !finite(toks, k, start, end))))
        {
            Tense::Unmarked
        } else {
            t
        }
    });
    // (only a verb before tells what came after a date: "After April 15, it said it will
    // make every effort")
    if followed {
        return back.unwrap_or(Tense::Unmarked);
    }
    // "In January, American Medical brought in a new chief": the verb of the main clause
    // (with no comma too, when its subject follows: "In June it went public", "In June
    // the company went public", "On Monday Smith resigned")
    // (or a phrase that opens it: "In a speech in July, the governor announced the plan")
    // (a quotation may open it: "\"In June, we opened three stores,\" he said")
    // (and one that opens a clause after "but": "Sales were weak, but in the second half
    // they rose")
    let fronted = || {
        (1..=7).any(|n| {
            start >= n
                && (heads_sentence(toks, start - n)
                    || (start > n && matches!(toks[start - n - 1].lower.as_ref(), "but" | "yet")))
                && (n == 1
                    || PREPOSITIONS.contains(&toks[start - n].lower.as_ref())
                        && toks[start - n + 1..start - 1]
                            .iter()
                            .enumerate()
                            .all(|(j, t)| {
                                t.kind == Kind::Word
                                    && !past_verb(toks, start - n + 1 + j)
                                    && !modal(&t.lower)
                                    && !matches!(t.lower.as_ref(), "is" | "are" | "was" | "were")
                            }))
        })
    };
    // (asked only when no verb before the date told its tense)
    // (past the noun a holiday names: "In the Christmas season, sales rose")
    let end = if holiday {
        end + toks[end.min(toks.len())..]
            .iter()
            .take(2)
            .take_while(|t| {
                matches!(
                    t.lower.as_ref(),
                    "season" | "holiday" | "holidays" | "period" | "shopping" | "break" | "rush"
                )
            })
            .count()
    } else {
        end
    };
    let ahead = || {
        toks.get(end)
            .filter(|t| {
                (t.text == ","
                    || (t.kind == Kind::Word
                        && (t.is_capitalised()
                            || determiner(&t.lower)
                            || subject_pronoun(&t.lower)
                            || subject_noun(toks, end))))
                    && fronted()
            })
            .and_then(|t| {
                (end + usize::from(t.text == ",")..toks.len())
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
    // "The Fed raised rates twice, in March and in June", "He was arrested three times, in
    // May, July and October": a date set off at the end of its sentence tells when the
    // clause before the comma happened
    let trailing = || {
        // (not one that closes a participle set off by commas, which tells of its noun:
        // "will receive the bonus, announced on Tuesday, in December")
        let comma = start.checked_sub(2).filter(|&k| {
            toks[k].text == ","
                && matches!(before, "in" | "on" | "during")
                && !closes_participle(toks, k)
        })?;
        // (only dates and the words that list them to the end of the sentence)
        let lists = |t: &Tok<'_>| {
            matches!(t.text, "," | "and" | "or" | "in" | "on")
                || t.kind == Kind::Num
                || month_of(&t.lower).is_some()
        };
        let rest = (end..toks.len()).find(|&k| !lists(&toks[k]))?;
        if !ends_sentence(toks, rest) {
            return None;
        }
        before_in_clause(toks, comma, 8)
            .find_map(tense_of)
            .filter(|&t| t == Tense::Past)
    };
    back.or_else(ahead)
        .or_else(trailing)
        .unwrap_or(Tense::Unmarked)
}

/// Whether the word at `k` is a noun in the subject of the verb after it, in a clause a
/// date opens with no comma: "sales" in "In the second half sales rose" (the subject's
/// head or a word before it, up to the verb two words on at most; not a preposition, nor
/// a verb).
fn subject_noun(toks: &[Tok<'_>], k: usize) -> bool {
    let noun = |j: usize| {
        toks.get(j).is_some_and(|t| {
            t.is_lowercase_word()
                && !PREPOSITIONS.contains(&t.lower.as_ref())
                && !goes_on_with_clause(&t.lower)
                && !modal(&t.lower)
                && !looks_past(&t.lower)
                && !ing_form(&t.lower)
                && !matches!(
                    t.lower.as_ref(),
                    "is" | "are" | "was" | "were" | "and" | "or"
                )
        })
    };
    noun(k)
        && (1..=2).any(|n| {
            (k + 1..k + n).all(noun)
                && toks.get(k + n).is_some_and(|v| {
                    v.is_lowercase_word() && (looks_past(&v.lower) || modal(&v.lower))
                })
        })
}

/// Whether the month from `start` to `end`, after "from", is one a thing runs from that is
/// still to come: "Black pod rot is more likely from late July on", in a sentence with no
/// verb in the past (not one a span opens, read with its closing date, nor one in a sentence
/// with a figure, whose baseline it may be, "rose to 5 pct from July"; nor one that names
/// something, "from November Three acquisition").
fn runs_from_ahead(toks: &[Tok<'_>], start: usize, end: usize, attributive: bool) -> bool {
    start > 0
        && toks[start - 1].is("from")
        && toks[start..end]
            .iter()
            .any(|t| t.is_capitalised() && month_of(&t.lower).is_some())
        && !attributive
        && !toks
            .get(end)
            .is_some_and(|t| t.kind == Kind::Word && t.is_capitalised())
        && !opens_span(toks, start, end)
        && !before_in_sentence(toks, start, 25)
            .chain(after_in_sentence(toks, end, 15))
            .any(|k| {
                // (the present perfect too: "Oil prices have come down from the middle of
                // October")
                past_verb(toks, k)
                    || toks[k].is("has")
                    || toks[k].is("have")
                    || toks[k].kind == Kind::Num
                    || reports(&toks[k].lower)
            })
}

/// Whether "ended" or "ending" at `k` names the day or month a period ends on, rather than
/// being the verb of its subject: "the year ended March 31", "ending in June", "ended this
/// past March", "ending january 1987" (not "The year ended with a rally").
pub(super) fn dated_end(toks: &[Tok<'_>], k: usize) -> bool {
    let on = toks.get(k + 1).is_some_and(|t| t.is("on") || t.is("in"));
    toks.get(k + 1).is_some_and(|t| {
        month_of(&t.lower).is_some() || matches!(t.lower.as_ref(), "this" | "last")
    }) || parse_at(toks, k + 1 + usize::from(on)).is_some()
}

/// A verb that moves a date or changes an amount: what follows "from" is the old value, not
/// the start of a span ("extended from March 6 to March 31", "cut from 10 pct").
pub(super) fn changes_dates(word: &str) -> bool {
    matches!(
        word,
        "changed"
            | "extended"
            | "moved"
            | "postponed"
            | "delayed"
            | "shifted"
            | "advanced"
            | "rescheduled"
            | "pushed"
            | "brought"
            | "put"
            | "set"
            | "reset"
            | "cut"
            | "raised"
            | "lowered"
            | "increased"
            | "reduced"
            | "revised"
            | "amended"
            | "switched"
    )
}

/// Whether a token may stand in a verb's object or a phrase after it: a noun, a name, a
/// number, a determiner or preposition (not a verb of its own, a modal, a word that opens
/// a clause, "plans", "will", "that", "when", nor "for", which opens a purpose: "approved
/// three bonds for issue in April").
fn in_object(toks: &[Tok<'_>], k: usize) -> bool {
    let t = &toks[k];
    match t.kind {
        Kind::Num => true,
        // (the point or comma inside a figure, "32.6 billion crowns", "1,000 people"; and
        // the points of an initialism in a name, "at the U.S. Open")
        Kind::Punct if matches!(t.text, "." | ",") => {
            inside_figure(toks, k) || (initial_point(toks, k) && !ends_sentence(toks, k))
        }
        Kind::Punct => matches!(t.text, "-" | "'" | "’" | "%" | "&") || currency_sign(t.text),
        // ("killed more than 1,000 people": a quantity)
        _ if t.is("than") => {
            k > 0 && matches!(toks[k - 1].lower.as_ref(), "more" | "less" | "fewer")
        }
        // ("rose for the first time in May", "fell for the third straight month in June": a
        // count of times, no purpose)
        _ if t.is("for") => {
            toks.get(k + 1).is_some_and(|n| n.is("the"))
                && toks
                    .get(k + 2)
                    .is_some_and(|n| ordinal_of(&n.lower).is_some())
        }
        // ("announced a five-point plan in June": the noun, after an article or a
        // compound, not the verb of "plans to")
        _ if matches!(t.lower.as_ref(), "plan" | "plans")
            && toks.get(k + 1).is_none_or(|n| !n.is("to"))
            && k >= 2
            && (determiner(&toks[k - 1].lower) || toks[k - 2].is_glued_hyphen()) =>
        {
            true
        }
        _ => {
            // ("ended its bond-buying scheme in December": a compound)
            let compound = !t.spaced() && k > 0 && toks[k - 1].text == "-";
            // ("was valued in a funding round in March", "in its last funding round": a word
            // in -ing after a determiner, or one and an adjective, before its noun)
            let word = |j: usize| {
                toks[j].is_lowercase_word() && !PREPOSITIONS.contains(&toks[j].lower.as_ref())
            };
            let before_its_noun = (k > 0 && determiner(&toks[k - 1].lower)
                || k > 1 && determiner(&toks[k - 2].lower) && word(k - 1))
                && k + 1 < toks.len()
                && word(k + 1);
            // (a verb in -ing opens a clause of its own)
            let own_verb = t.lower.ends_with("ing") && !compound && !before_its_noun;
            t.is_capitalised()
                || !(own_verb
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
pub(super) const PREPOSITIONS: &[&str] = &[
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
pub(super) fn finite(toks: &[Tok<'_>], k: usize, day: usize, end: usize) -> bool {
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
        && before_in_clause(toks, k - 1, 12)
            .find(|&j| looks_past(&toks[j].lower))
            .is_some_and(|j| {
                j > 0
                    && !matches!(
                        toks[j - 1].lower.as_ref(),
                        "be" | "been" | "being" | "have" | "to"
                    )
            });
    // (a form that is only ever the simple past is no participle after a preposition: "since
    // the program began April 30"; nor is a verb right after the subject of a clause that
    // "since", "after", "before" or "until" opens, "since the season started July 1")
    let opens_clause = |j: usize| {
        matches!(
            toks[j].lower.as_ref(),
            "since" | "after" | "before" | "until"
        ) && (2..=4).contains(&(k - j))
            && (subject_pronoun(&toks[j + 1].lower) || determiner(&toks[j + 1].lower))
            && toks[j + 2..k].iter().all(|t| t.is_lowercase_word())
    };
    let in_phrase = !joined
        && !simple_past_only(&toks[k].lower)
        && before_in_clause(toks, k, 8)
            .take_while(|&j| !opens_clause(j))
            .any(|j| {
                let w = toks[j].lower.as_ref();
                PREPOSITIONS.contains(&w) || modal(w)
            });
    // (an object that names an event holds the day: "authorized the redemption on April
    // 20", "authorized redemption on April 17", not "Police raided the offices on July 3")
    let object = (toks[k + 1..day].iter().any(|t| determiner(&t.lower)) || k + 3 == day)
        && day >= 2
        && toks[k + 1..day - 1]
            .last()
            .is_some_and(|n| names_event(&n.lower));
    // (nor a verb that names a day rather than happening on it, "has fixed April 24 as
    // the date", nor a copula before a word that names one, "the dividend was payable April
    // 15", "the vote was set for March 3"; but "The meeting was on March 3", "The price was
    // $15 on March 3" tell a state on a day gone by)
    let copula_names_day = matches!(toks[k].lower.as_ref(), "was" | "were")
        && toks[k + 1..day].iter().any(|t| {
            matches!(
                t.lower.as_ref(),
                "payable"
                    | "due"
                    | "effective"
                    | "scheduled"
                    | "set"
                    | "slated"
                    | "expected"
                    | "planned"
                    | "to"
                    | "until"
                    | "till"
                    | "by"
                    | "as"
                    | "from"
                    | "dated"
                    | "the"
                    | "a"
            )
        });
    let names_day = copula_names_day
        || matches!(
            toks[k].lower.as_ref(),
            "fixed" | "set" | "cited" | "named" | "chose" | "picked" | "targeted" | "designated"
        );
    // (nor a participle after the subject, when the clause's verb follows the day: "Shares
    // registered on May 6 will receive the dividend")
    !reports(&toks[k].lower)
        && !names_day
        && !object
        && !verb_follows(toks, end)
        && (auxiliary || !in_phrase)
}

/// Whether `word` is a verb's simple past and never its participle: "began" (not "begun"),
/// "rose", "fell", "took".
fn simple_past_only(word: &str) -> bool {
    matches!(
        word,
        "began"
            | "rose"
            | "fell"
            | "took"
            | "gave"
            | "came"
            | "went"
            | "saw"
            | "wrote"
            | "broke"
            | "chose"
            | "drove"
            | "flew"
            | "grew"
            | "knew"
            | "ran"
            | "spoke"
            | "stole"
            | "threw"
            | "became"
            | "arose"
            | "ate"
            | "forgot"
            | "froze"
            | "hid"
            | "rode"
            | "sank"
            | "shook"
            | "swam"
            | "drew"
            | "withdrew"
            | "overtook"
            | "undertook"
    )
}

/// Whether a modal or "is", "are", "was" follows the date that ends at `end`: the date is
/// then in the subject of that verb, not a time of a verb before it ("Shares registered on
/// May 6 will receive", "its promised package in April must be").
fn verb_follows(toks: &[Tok<'_>], end: usize) -> bool {
    toks.get(end)
        .is_some_and(|t| modal(&t.lower) || matches!(t.lower.as_ref(), "is" | "are" | "was"))
}

/// Whether a date, its tokens from `at` to before `after`, is the day or month something
/// was agreed or decided, with the infinitive of what was to be done right after it:
/// "OPEC agreed in December to raise its ceiling", "The board voted last month to close
/// the plant".
pub(super) fn decided_then(toks: &[Tok<'_>], at: usize, after: usize) -> bool {
    let verb = at
        .checked_sub(1 + usize::from(at > 0 && matches!(toks[at - 1].lower.as_ref(), "in" | "on")))
        .map(|k| toks[k].lower.as_ref());
    verb.is_some_and(|w| intends(w) || (decides(w) && !reports(w)))
        && toks.get(after).is_some_and(|t| t.is("to"))
        && toks.get(after + 1).is_some_and(|v| {
            v.is_lowercase_word()
                && !determiner(&v.lower)
                && !PREPOSITIONS.contains(&v.lower.as_ref())
        })
}
