//! Quotations: a speaker's "today", "tomorrow" and "on Friday" count from the day they
//! spoke, which the attribution names ("\"We vote tomorrow,\" she said Thursday"), not from
//! the day the story was published.

use super::*;

/// How far a quotation is looked for on either side of an expression: a few sentences.
const REACH: usize = 120;

/// The day a quotation holding token `i` was spoken, when its attribution names it and it
/// is not the anchor: "said Thursday", "told reporters on Monday", "said yesterday", after
/// the quotation closes or before it opens, in the same sentence. A verb in the past says
/// the day is the last such one on or before the anchor. With the day, where the
/// attribution names it.
pub(super) fn speech_day(
    tokens: &[Tok<'_>],
    i: usize,
    anchor: NaiveDate,
) -> Option<(NaiveDate, Range<usize>)> {
    // the nearest mark on each side: one that opens before, one that closes after
    let (open, Mark::Open) = first_mark(tokens, (i.saturating_sub(REACH)..i).rev())? else {
        return None;
    };
    let (close, Mark::Close) = first_mark(tokens, i + 1..tokens.len().min(i + REACH))? else {
        return None;
    };
    // `" ... ," she said Thursday.` or `She said Thursday: " ...`
    let after = (close + 1..tokens.len().min(close + 16))
        .take_while(|&k| quote_mark(tokens, k).is_none() && !ends_sentence(tokens, k));
    // (past the colon or comma that leads into it)
    let lead = match open.checked_sub(1) {
        Some(k) if matches!(tokens[k].text, ":" | ",") => k,
        _ => open,
    };
    let from = (lead.saturating_sub(16)..lead)
        .rev()
        .take_while(|&k| quote_mark(tokens, k).is_none() && !ends_sentence(tokens, k))
        .last()
        .unwrap_or(lead);
    let (day, k) = attributed_day(tokens, after).or_else(|| attributed_day(tokens, from..lead))?;
    let day = match day {
        Spoken::Yesterday => anchor - Duration::days(1),
        Spoken::On(weekday) => weekday_on_or_before(anchor, weekday),
    };
    (day != anchor).then(|| (day, tokens[k].start..tokens[k].end))
}

/// Whether an expression counts from the day it is read on: those are the ones a speaker's
/// day moves ("tomorrow", "last week", "two days ago", "in two days", "on Friday").
pub(super) fn deictic(core: &Core) -> bool {
    match core {
        Core::DayPart { day, .. } => deictic(&day.core),
        Core::Relative { .. }
        | Core::PartOfDay { .. }
        | Core::WeekdayOfWeek { .. }
        | Core::InTime { .. }
        | Core::Shifted {
            from_reference: false,
            ..
        }
        | Core::Weekday {
            from_reference: false,
            ..
        } => true,
        _ => false,
    }
}

enum Spoken {
    Yesterday,
    On(Weekday),
}

/// The day a verb of speaking in the past names after it, among tokens `ks` in order, and
/// its token: "said Thursday", "said on Thursday", "told reporters Monday", "added
/// yesterday".
fn attributed_day(
    tokens: &[Tok<'_>],
    mut ks: impl Iterator<Item = usize>,
) -> Option<(Spoken, usize)> {
    ks.by_ref().find(|&k| speaks(&tokens[k].lower))?;
    ks.take(6)
        // (not the day of another event: "said after Saturday's loss")
        .filter(|&k| {
            (tokens[k - 1].is("on") || !PREPOSITIONS.contains(&tokens[k - 1].lower.as_ref()))
                && tokens.get(k + 1).is_none_or(|n| !n.is_apostrophe())
        })
        .find_map(|k| match tokens[k].lower.as_ref() {
            "yesterday" => Some((Spoken::Yesterday, k)),
            w => weekday_of(w)
                .filter(|_| tokens[k].is_capitalised())
                .map(|day| (Spoken::On(day), k)),
        })
}

pub(super) fn speaks(word: &str) -> bool {
    reports(word)
        || matches!(
            word,
            "added"
                | "wrote"
                | "warned"
                | "explained"
                | "insisted"
                | "declared"
                | "asked"
                | "noted"
        )
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    Open,
    Close,
}

/// The first quotation mark among tokens `ks`, and which it is.
fn first_mark(tokens: &[Tok<'_>], mut ks: impl Iterator<Item = usize>) -> Option<(usize, Mark)> {
    ks.find_map(|k| quote_mark(tokens, k).map(|mark| (k, mark)))
}

/// Whether token `k` opens or closes a quotation: a curly mark says which; a straight one
/// opens when the word after it is glued to it and closes when it is glued to the one before.
fn quote_mark(tokens: &[Tok<'_>], k: usize) -> Option<Mark> {
    let t = &tokens[k];
    match t.text {
        "“" => Some(Mark::Open),
        "”" => Some(Mark::Close),
        "\"" if k > 0 && !t.spaced() => Some(Mark::Close),
        "\"" if tokens.get(k + 1).is_some_and(|n| !n.spaced()) => Some(Mark::Open),
        _ => None,
    }
}
