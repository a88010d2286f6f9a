//! Holidays, sets (`every Monday`, `twice a year`), centuries, decades, quarters and
//! halves, futures codes and fiscal periods.

use super::*;

/// The first words of holiday names, sorted; they start an expression only when
/// capitalised.
pub(super) const HOLIDAY_STARTS: &[&str] = &[
    "all",
    "anzac",
    "april",
    "armistice",
    "ascension",
    "ash",
    "ashura",
    "australia",
    "bastille",
    "black",
    "bonfire",
    "boxing",
    "canada",
    "chanukah",
    "chinese",
    "christmas",
    "columbus",
    "cyber",
    "day",
    "earth",
    "easter",
    "eid",
    "election",
    "fat",
    "father",
    "flag",
    "fourth",
    "good",
    "groundhog",
    "guy",
    "halloween",
    "hanukah",
    "hanukkah",
    "hogmanay",
    "holy",
    "inauguration",
    "independence",
    "islamic",
    "jewish",
    "july",
    "juneteenth",
    "kwanzaa",
    "labor",
    "labour",
    "lantern",
    "lunar",
    "mardi",
    "martin",
    "maundy",
    "may",
    "memorial",
    "mother",
    "new",
    "orthodox",
    "palm",
    "pancake",
    "passover",
    "patriots",
    "pearl",
    "pentecost",
    "presidents",
    "purim",
    "ramadan",
    "ramazan",
    "remembrance",
    "rosh",
    "shavuot",
    "shrove",
    "singles",
    "spring",
    "st",
    "sukkot",
    "super",
    "tax",
    "tet",
    "thanksgiving",
    "valentine",
    "ve",
    "veterans",
    "victoria",
    "whit",
    "whitsun",
    "yom",
];

pub(super) fn holiday_may_start(t: &Tok<'_>) -> bool {
    // (this runs at every capitalised word: a scan of the list was over 1% of all tagging
    // time)
    static STARTS: WordSet = WordSet::new(HOLIDAY_STARTS);
    t.is_capitalised() && STARTS.contains(&t.lower)
}

/// `Christmas Day`, `New Year's Eve`, `Thanksgiving`, `Good Friday`, `Labor Day 2012`, `last
/// Christmas`: a holiday is its day, in the year the tense and the publication date make it
/// or the year written after it.
pub(super) fn holiday(c: &mut Cursor<'_, '_>) -> Option<Expr> {
    let start = c.i;
    // "the eve of Christmas", "on the eve of Thanksgiving": the day before
    if c.at_words(&["the", "eve", "of"]) {
        c.i += 3;
        if let Some(mut e) = holiday(c)
            && let Core::Holiday { holiday, .. } = &mut e.core
            && let Some(eve) = holiday.eve()
        {
            *holiday = eve;
            return Some(e);
        }
        c.i = start;
        return None;
    }
    let mut rel = this_last_next(&c.peek()?.lower);
    if rel.is_some() {
        c.i += 1;
    }
    // "this coming Easter", "this past Christmas", as "this coming Sunday"
    if rel == Some(0)
        && let Some(r) = past_or_coming(c)
    {
        rel = Some(r);
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
                    "chinese"
                        | "lunar"
                        | "jewish"
                        | "persian"
                        | "iranian"
                        | "vietnamese"
                        | "islamic"
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
        // ("Chinese New Year's Eve", "the Lunar New Year holiday", "Spring Festival", "the
        // Lantern Festival")
        "chinese" | "lunar" if word(c, "new") && word(c, "year") => {
            c.eat_possessive();
            if word(c, "eve") {
                Some(Holiday::LunarNewYear(-1))
            } else {
                word(c, "day");
                Some(Holiday::LunarNewYear(0))
            }
        }
        "spring" if word(c, "festival") => Some(Holiday::LunarNewYear(0)),
        // (Vietnam's new year, read as China's: Vietnam reckons it seven hours ahead of UTC
        // to China's eight, so the two differ in the rare year the moon is new in that
        // hour, or their months are numbered apart, as in 1985)
        "tet" if c.toks[c.i - 1].text == "Tet" => Some(Holiday::LunarNewYear(0)),
        "lantern" if word(c, "festival") => Some(Holiday::LunarNewYear(14)),
        "passover" => Some(Holiday::Passover(0)),
        // (Purim is 14 Adar, a month before Passover; Shavuot 6 Sivan, fifty days after)
        "purim" => Some(Holiday::Passover(-30)),
        "shavuot" => Some(Holiday::Passover(50)),
        "sukkot" => Some(Holiday::RoshHashanah(14)),
        "rosh" if word(c, "hashanah") || word(c, "hashana") => Some(Holiday::RoshHashanah(0)),
        "jewish" if word(c, "new") && word(c, "year") => Some(Holiday::RoshHashanah(0)),
        "yom" if word(c, "kippur") => Some(Holiday::RoshHashanah(9)),
        "hanukkah" | "hanukah" | "chanukah" => Some(Holiday::Hanukkah),
        // "Eid al-Fitr", "Eid ul-Adha", "Eid-al-Fitr"
        "eid" => {
            c.eat_glued("-");
            if c.peek()
                .is_some_and(|t| matches!(t.lower.as_ref(), "al" | "ul" | "el"))
            {
                c.i += 1;
                c.eat_glued("-");
            }
            let feast = match c.peek().map(|t| t.lower.as_ref()) {
                Some("fitr") => Some(Holiday::Hijri(10, 1)),
                Some("adha") => Some(Holiday::Hijri(12, 10)),
                _ => None,
            };
            c.i += usize::from(feast.is_some());
            feast
        }
        // (not a name: "Vice President Taha Yassin Ramadan", "Ramadan Shallah")
        "ramadan" | "ramazan" if !in_name(c.toks, c.i - 1) => Some(Holiday::HijriMonth(9)),
        "islamic" if word(c, "new") && word(c, "year") => Some(Holiday::Hijri(1, 1)),
        "ashura" => Some(Holiday::Hijri(1, 10)),
        "boxing" if word(c, "day") => fixed(12, 26),
        "halloween" => fixed(10, 31),
        "independence" if word(c, "day") => fixed(7, 4),
        // ("the Fourth of July", "July Fourth" are dates too; as a holiday they may have
        // its weekend: "the Fourth of July weekend")
        "fourth"
            if c.at_words(&["of", "july"]) && c.peek_at(1).is_some_and(Tok::is_capitalised) =>
        {
            c.i += 2;
            fixed(7, 4)
        }
        "july" if word(c, "fourth") => fixed(7, 4),
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
        // ("All Saints' Day", "All Souls' Day", "the Day of the Dead", Kwanzaa's first day)
        "all" if word(c, "saints") => {
            c.eat_possessive();
            word(c, "day").then_some(Holiday::Fixed(11, 1))
        }
        "all" if word(c, "souls") => {
            c.eat_possessive();
            word(c, "day").then_some(Holiday::Fixed(11, 2))
        }
        "day" if c.at_words(&["of", "the", "dead"]) && c.toks[c.i + 2].is_capitalised() => {
            c.i += 3;
            fixed(11, 2)
        }
        "kwanzaa" => fixed(12, 26),
        "victoria" if word(c, "day") => Some(Holiday::Victoria),
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
        // (spelt so, the workers' day most of the world keeps on May 1; America's Labor
        // Day is its own)
        "labour" if word(c, "day") => fixed(5, 1),
        "tax" if word(c, "day") => fixed(4, 15),
        "columbus" if word(c, "day") => Some(Holiday::Nth(10, Weekday::Mon, 2)),
        "presidents" => {
            c.eat_possessive();
            word(c, "day").then_some(Holiday::Nth(2, Weekday::Mon, 3))
        }
        // (Massachusetts' and Maine's, the day of the Boston Marathon)
        "patriots" => {
            c.eat_possessive();
            word(c, "day").then_some(Holiday::Nth(4, Weekday::Mon, 3))
        }
        "pearl" if word(c, "harbor") && word(c, "day") => fixed(12, 7),
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
        // (its night is read below)
        "election"
            if c.peek()
                .is_some_and(|t| t.is("night") && t.is_capitalised()) =>
        {
            Some(Holiday::Election)
        }
        "inauguration" if word(c, "day") => Some(Holiday::Inauguration),
        "super" if word(c, "bowl") && word(c, "sunday") => Some(Holiday::SuperBowl),
        "super" if word(c, "tuesday") => Some(Holiday::SuperTuesday),
        "easter" if word(c, "monday") => Some(Holiday::Easter(1)),
        "easter" => {
            word(c, "sunday");
            Some(Holiday::Easter(0))
        }
        "good" if word(c, "friday") => Some(Holiday::Easter(-2)),
        // ("Orthodox Christmas" is Julian 25 December: 7 January from 1900 to 2099)
        "orthodox" if word(c, "easter") => {
            word(c, "sunday");
            Some(Holiday::OrthodoxEaster(0))
        }
        "orthodox" if word(c, "christmas") => {
            word(c, "day");
            fixed(1, 7)
        }
        "whit" if word(c, "monday") => Some(Holiday::Easter(50)),
        "whit" if word(c, "sunday") => Some(Holiday::Easter(49)),
        "whitsun" | "pentecost" => {
            word(c, "sunday");
            Some(Holiday::Easter(49))
        }
        "ascension" if word(c, "day") => Some(Holiday::Easter(39)),
        "black" if word(c, "friday") => Some(Holiday::Thanksgiving(1)),
        "cyber" if word(c, "monday") => Some(Holiday::Thanksgiving(4)),
        "may" if word(c, "day") => fixed(5, 1),
        "ash" if word(c, "wednesday") => Some(Holiday::Easter(-46)),
        "palm" if word(c, "sunday") => Some(Holiday::Easter(-7)),
        "maundy" | "holy" if word(c, "thursday") => Some(Holiday::Easter(-3)),
        "holy" if word(c, "saturday") => Some(Holiday::Easter(-1)),
        // ("Holy Week": the week of Holy Thursday, read below)
        "holy" if word(c, "week") => Some(Holiday::Easter(-3)),
        "fat" if word(c, "tuesday") => Some(Holiday::Easter(-47)),
        "shrove" if word(c, "tuesday") => Some(Holiday::Easter(-47)),
        "pancake" if word(c, "day") => Some(Holiday::Easter(-47)),
        "mardi" if word(c, "gras") => Some(Holiday::Easter(-47)),
        "remembrance" | "armistice" if word(c, "day") => fixed(11, 11),
        "remembrance" if word(c, "sunday") => Some(Holiday::Nth(11, Weekday::Sun, 2)),
        "hogmanay" => fixed(12, 31),
        "ve" if word(c, "day") => fixed(5, 8),
        "singles" => {
            c.eat_possessive();
            word(c, "day").then_some(Holiday::Fixed(11, 11))
        }
        "guy" if word(c, "fawkes") && (word(c, "night") || word(c, "day")) => fixed(11, 5),
        "bonfire" if word(c, "night") => fixed(11, 5),
        "earth" if word(c, "day") => fixed(4, 22),
        "flag" if word(c, "day") => fixed(6, 14),
        "juneteenth" => fixed(6, 19),
        "canada" if word(c, "day") => fixed(7, 1),
        "australia" if word(c, "day") => fixed(1, 26),
        "anzac" if word(c, "day") => fixed(4, 25),
        // ("April Fools' Day", "April Fool's Day")
        "april" if word(c, "fools") || word(c, "fool") => {
            c.eat_possessive();
            word(c, "day").then_some(Holiday::Fixed(4, 1))
        }
        _ => None,
    };
    // "Christmas trees", "Easter eggs" are things, not days, and "the 1973 Yom Kippur War",
    // "the Good Friday Agreement", "the Easter Rising", "the Tet Offensive" events of their
    // own
    let thing = c.peek().is_some_and(|t| {
        matches!(
            t.lower.as_ref(),
            "tree"
                | "trees"
                | "card"
                | "cards"
                | "carol"
                | "carols"
                | "egg"
                | "eggs"
                | "island"
                | "war"
        ) || (t.is_capitalised()
            && matches!(
                t.lower.as_ref(),
                "agreement" | "accord" | "accords" | "rising" | "uprising" | "offensive"
            ))
    });
    let (Some(holiday), false) = (found, thing) else {
        c.i = start;
        return None;
    };
    // ("Christmas week", "Thanksgiving week": the week the day is in; not a Sunday's,
    // "Easter week", which may be the week after)
    let named_week = c.toks[c.i - 1].is("week");
    let week_after = !named_week
        && !matches!(
            holiday,
            Holiday::Easter(_) | Holiday::OrthodoxEaster(_) | Holiday::SuperBowl
        )
        && c.peek().is_some_and(|t| t.is("week"))
        && c.peek_at(1).is_none_or(|n| !n.is_glued_hyphen());
    c.i += usize::from(week_after);
    let week_of = named_week || week_after;
    let year = match c.peek().and_then(year_token) {
        Some(y) if rel.is_none() => {
            c.i += 1;
            Some(y)
        }
        _ => None,
    };
    // "Christmas this year", "Easter of last year": the publication's year so shifted
    let years = if year.is_none() && rel.is_none() {
        year_offset_after(c)
    } else {
        None
    };
    let weekend = match (c.peek(), c.peek_at(1)) {
        (Some(w), _) if w.is("weekend") => {
            c.i += 1;
            true
        }
        // ("the Labor Day holiday weekend", "the Easter long weekend")
        (Some(h), Some(w)) if (h.is("holiday") || h.is("long")) && w.is("weekend") => {
            c.i += 2;
            true
        }
        _ => false,
    };
    let day = Expr {
        core: Core::Holiday {
            holiday,
            year,
            years,
            rel,
            weekend,
        },
        modifier: week_of.then_some(Mod::WeekOf { weekend: false }),
    };
    // "Christmas morning", "Thanksgiving night", "Election Night": that part of the day
    if !weekend && let Some(part) = c.peek().and_then(|t| part_of_day(&t.lower)) {
        c.i += 1;
        return plain(Core::DayPart {
            day: Box::new(day),
            part,
        });
    }
    Some(day)
}

/// Whether the word at `k` is part of a name of capitals: one after a capitalised word
/// that does not open sentences ("Taha Yassin Ramadan"), or before a capitalised word
/// ("Ramadan Shallah").
fn in_name(toks: &[Tok<'_>], k: usize) -> bool {
    let capital = |t: &Tok<'_>| t.kind == Kind::Word && t.is_capitalised();
    let opens = |w: &str| PREPOSITIONS.contains(&w) || determiner(w) || this_last_next(w).is_some();
    (k > 0 && capital(&toks[k - 1]) && !opens(&toks[k - 1].lower))
        || toks.get(k + 1).is_some_and(capital)
}

/// `December 14 each year`, `November 1 of every year`: that day of every year, as "every
/// Nov. 9" is; the first of two days the words after the second serve too ("on May 1 and
/// November 1 of each year"); and so for a month with no day, `June each year`. Read after
/// `calendar` has read a month with no year (`m`, and its day `d` if any) that ends at
/// token `end`: the set and where it ends.
pub(super) fn yearly_day(
    toks: &[Tok<'_>],
    end: usize,
    m: u32,
    d: Option<u32>,
) -> Option<(usize, Expr)> {
    // "(,) (of) each|every year" from token `k`: where it ends
    let each_year = |k: usize| {
        let k = k + usize::from(toks.get(k).is_some_and(|t| t.text == ","));
        let k = k + usize::from(toks.get(k).is_some_and(|t| t.is("of")));
        (toks.get(k).is_some_and(|t| t.is("each") || t.is("every"))
            && toks.get(k + 1).is_some_and(|t| t.is("year")))
        .then_some(k + 2)
    };
    let end = match each_year(end) {
        Some(after) => after,
        // (the first of two: tagged alone, the second takes the words)
        None if toks.get(end).is_some_and(|t| t.is("and")) => {
            let mut second = Cursor { toks, i: end + 1 };
            match calendar_date(&mut second)?.core {
                Core::Cal {
                    year: None,
                    day: other,
                    ..
                } if other.is_some() == d.is_some() && each_year(second.i).is_some() => end,
                _ => return None,
            }
        }
        None => return None,
    };
    match d {
        Some(d) => Some((end, every_year_on(m, d)?)),
        None => Some((end, plain(Core::Set(format!("XXXX-{m:02}")))?)),
    }
}

/// Day `d` of month `m` of every year, `XXXX-11-09`; none for a day no year has ("every
/// Feb. 30").
pub(super) fn every_year_on(m: u32, d: u32) -> Option<Expr> {
    ymd(2000, m, d)?;
    plain(Core::Set(format!("XXXX-{m:02}-{d:02}")))
}

/// `every week`, `each year`, `every July`, `each spring`, `every 10 years`, `twice a
/// year`. ("annually", "quarterly" are left alone: mostly adjectives in news, "a quarterly
/// dividend", and TimeBank leaves the adverbs, "doubling its profits annually", untagged.)
pub(super) fn set(c: &mut Cursor<'_, '_>) -> Option<Expr> {
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
    // "every Nov. 9", "every March 17", "every Fourth of July", "each 25th of December":
    // that day of every year
    if let Some((
        end,
        Expr {
            core:
                Core::Cal {
                    year: None,
                    month: Some(m),
                    day: Some(d),
                },
            modifier: None,
        },
    )) = parse_at(c.toks, c.i)
    {
        // (no day of any year is "every Feb. 30": left untagged)
        let set = every_year_on(m, d)?;
        c.i = end;
        return Some(set);
    }
    if let Some(m) = month_named(&u) {
        c.i += 1;
        return plain(Core::Set(format!("XXXX-{m:02}")));
    }
    // "every St. Patrick's Day", "each Thanksgiving": a holiday's day of every year, or
    // its month when its day moves (not Easter's, which moves between two)
    let at = c.i;
    if let Some(Expr {
        core:
            Core::Holiday {
                holiday,
                year: None,
                years: None,
                rel: None,
                weekend: false,
            },
        modifier: None,
    }) = holiday(c)
    {
        match holiday {
            Holiday::Fixed(m, d) => return every_year_on(m, d),
            Holiday::Nth(m, ..) => return plain(Core::Set(format!("XXXX-{m:02}"))),
            Holiday::Victoria => return plain(Core::Set("XXXX-05".to_string())),
            Holiday::Election | Holiday::Thanksgiving(_) => {
                return plain(Core::Set("XXXX-11".to_string()));
            }
            Holiday::SuperBowl => return plain(Core::Set("XXXX-02".to_string())),
            Holiday::Easter(_)
            | Holiday::OrthodoxEaster(_)
            | Holiday::LunarNewYear(_)
            | Holiday::Passover(_)
            | Holiday::RoshHashanah(_)
            | Holiday::Hanukkah
            | Holiday::Hijri(..)
            | Holiday::HijriMonth(_)
            | Holiday::Inauguration
            | Holiday::SuperTuesday => {}
        }
    }
    c.i = at;
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
    // "every other Tuesday": that day, every second week (TIMEX3 writes the day alone)
    if matches!(u.lower.as_ref(), "other" | "second" | "third")
        && let Some(day) = c.peek_at(1).and_then(|t| weekday_of(&t.lower))
    {
        c.i += 2;
        return plain(Core::Set(weekday_value(day, None)));
    }
    // "every 10 years", "every two weeks", "every other month", "every second month"; and
    // "every few years", "every several months", a count left open, X ("every couple of
    // weeks" is two, as "a couple of weeks" is)
    let count = if u.is("other") || u.is("second") || u.is("couple") {
        Some("2".to_string())
    } else if u.is("third") {
        Some("3".to_string())
    } else if u.is("few") || u.is("several") {
        Some("X".to_string())
    } else if u.kind == Kind::Num && u.text.len() <= 3 {
        u.num().map(|n| n.to_string())
    } else {
        small_number(&u.lower)
            .filter(|n| *n > 1.0 && n.fract() == 0.0)
            .map(|n| (n as i64).to_string())
    };
    if let Some(n) = count {
        let of = usize::from(c.peek_at(1).is_some_and(|w| w.is("of")));
        let unit = c.peek_at(1 + of).and_then(|w| unit_of(&w.lower))?;
        c.i += 2 + of;
        let time = if unit.is_time() { "T" } else { "" };
        return plain(Core::Set(format!("P{time}{n}{}", unit.code())));
    }
    let unit = unit_of(&u.lower)?;
    c.i += 1;
    plain(Core::Set(frequency(unit)))
}

/// A count of units as a whole number of the unit below when it has a fraction: "a year
/// and a half ago" is eighteen months back, not one year.
pub(super) fn whole_count(unit: Unit, n: f64) -> (Unit, i64) {
    if n.fract() == 0.0 {
        return (unit, n as i64);
    }
    let (per, below) = match unit {
        Unit::Decade => (10.0, Unit::Year),
        Unit::Century => (100.0, Unit::Year),
        Unit::Day => (24.0, Unit::Hour),
        _ => match unit.smaller() {
            Some(smaller) => smaller,
            None => return (unit, n as i64),
        },
    };
    (below, (n * per).round() as i64)
}

/// The TIMEX3 value of "every <unit>": `P1W`, `PT1H`.
pub(super) fn frequency(unit: Unit) -> String {
    let time = if unit.is_time() { "T" } else { "" };
    format!("P{time}1{}", unit.code())
}

/// `the 20th century`, `the eleventh century`: TIMEX3 writes the century's first two digits.
pub(super) fn century(c: &mut Cursor<'_, '_>) -> Option<Expr> {
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
            let (n, next) = crate::values::spoken::spelled_ordinal(c.toks, c.i)?;
            c.i = next;
            n
        }
    };
    // ("the 19th and 20th centuries": the first of a pair, whose noun is the second's)
    let paired = c.peek().is_some_and(pairs)
        && c.peek_at(1).is_some_and(|t| t.kind == Kind::Num)
        && c.peek_at(2)
            .is_some_and(|t| matches!(t.lower.as_ref(), "st" | "nd" | "rd" | "th"))
        && c.peek_at(3).is_some_and(|t| t.is("centuries"));
    c.eat_glued("-");
    let noun = c.i;
    if !(1..=30).contains(&n) || !(paired || c.eat("century") || c.eat("centuries")) {
        return None;
    }
    // (not a name of capitals: "20th Century Fox Film Corp", "21st Century Insurance")
    if c.toks[noun].is_capitalised()
        && c.peek()
            .is_some_and(|t| t.kind == Kind::Word && t.is_capitalised())
    {
        return None;
    }
    plain(Core::Century(n as i32 - 1))
}

/// `the 1990s`, `the '90s`, `the 1990's`, `the nineties`, `the 90's`.
pub(super) fn decade(c: &mut Cursor<'_, '_>) -> Option<Expr> {
    c.eat("the");
    let start = c.i;
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
    if let Some(y) = spelled.filter(|_| after_the(c.toks, start)) {
        c.i += 1;
        return plain(Core::Decade(y));
    }
    // "the 90's", "the mid-60s" (the New York Times' style): two figures are a decade only
    // after "the" and where no temperature, price or score is told ("Highs will warm into
    // the 70s", "a price in the low 50s", "All were in the mid-90s Friday")
    if t.kind == Kind::Num
        && t.text.len() == 2
        // (from the 30s: "the 20s" may be the 1920s or the 2020s, by when it was written)
        && let Some(n) = t.num().filter(|n| n % 10 == 0 && *n >= 30)
    {
        let apostrophe = c
            .peek_at(1)
            .is_some_and(|a| !a.spaced() && a.is_apostrophe());
        let s = 1 + usize::from(apostrophe);
        // ("the 70s and 80s", "the 1960s to 80s": the second of a pair too)
        let paired = start >= 4
            && matches!(c.toks[start - 1].lower.as_ref(), "and" | "or" | "to")
            && c.toks[start - 2].is("s")
            && !c.toks[start - 2].spaced()
            && {
                let first = start - 3 - usize::from(c.toks[start - 3].is_apostrophe());
                c.toks[first].kind == Kind::Num
                    && (after_the(c.toks, first)
                        || (first > 0
                            && c.toks[first - 1].is_apostrophe()
                            && after_the(c.toks, first - 1)))
            };
        if c.peek_at(s).is_some_and(|t| !t.spaced() && t.is("s"))
            && (after_the(c.toks, start) || paired)
            && !figures_around(c.toks, start, start + s + 1)
        {
            c.i += s + 1;
            return plain(Core::ShortDecade(n));
        }
        return None;
    }
    if let Some(y) = year_token(&t).filter(|y| y % 10 == 0) {
        c.i += 1;
        c.eat_glued("'");
        c.eat_glued("’");
        c.peek().filter(|t| !t.spaced() && t.is("s"))?;
        c.i += 1;
        // "the 1800s", "the early 1900s" are centuries ("the 2000s" is the decade)
        if y % 100 == 0 && y < 2000 {
            return plain(Core::Century(y / 100));
        }
        return plain(Core::Decade(y));
    }
    if t.is_apostrophe() {
        let n = c
            .peek_at(1)
            .filter(|t| !t.spaced() && t.text.len() == 2)?
            .num()?;
        if c.peek_at(2).is_some_and(|t| !t.spaced() && t.is("s")) {
            c.i += 3;
            return plain(Core::ShortDecade(n));
        }
        // "He graduated in '98", "since '09": a year, after a preposition (not a quote)
        let after_preposition = c.i > 0
            && t.spaced()
            && matches!(
                c.toks[c.i - 1].lower.as_ref(),
                "in" | "since" | "of" | "by" | "until" | "from" | "to" | "through" | "and"
            );
        let alone = c
            .peek_at(2)
            .is_none_or(|t| t.kind == Kind::Punct || t.kind == Kind::Word && t.spaced());
        if after_preposition && alone {
            c.i += 2;
            return plain(Core::ShortYear(n));
        }
    }
    None
}

/// Whether the decade at token `at` follows "the", or "the" and a part of it: "the
/// seventies", "the late seventies", "the mid-nineties" (not "in his seventies", an age).
fn after_the(toks: &[Tok<'_>], at: usize) -> bool {
    let mut k = at;
    if k > 0 && toks[k - 1].is_glued_hyphen() {
        k -= 1;
    }
    if k > 0 && matches!(toks[k - 1].lower.as_ref(), "early" | "mid" | "late") {
        k -= 1;
    }
    k > 0 && toks[k - 1].is("the")
}

/// Whether "the 90s" from `start` to `end` is a range of figures: a temperature, a price,
/// a score or an age told in its sentence, a unit after it, or a state ("were in the
/// mid-90s").
fn figures_around(toks: &[Tok<'_>], start: usize, end: usize) -> bool {
    let the = (0..start).rev().take(6).find(|&k| toks[k].is("the"));
    let state = the.is_some_and(|k| {
        k >= 2
            && toks[k - 1].is("in")
            && matches!(
                toks[k - 2].lower.as_ref(),
                "is" | "are"
                    | "was"
                    | "were"
                    | "be"
                    | "been"
                    | "stay"
                    | "stayed"
                    | "remain"
                    | "remained"
                    | "stood"
            )
    });
    state
        || toks.get(end).is_some_and(|t| {
            matches!(t.text, "F" | "C" | "%")
                || matches!(t.lower.as_ref(), "degrees" | "percent" | "pct")
        })
        || before_in_sentence(toks, start, 30)
            .chain(after_in_sentence(toks, end, 20))
            .any(|k| {
                matches!(
                    toks[k].lower.as_ref(),
                    "temperature"
                        | "temperatures"
                        | "degrees"
                        | "high"
                        | "highs"
                        | "low"
                        | "lows"
                        | "readings"
                        | "heat"
                        | "price"
                        | "prices"
                        | "priced"
                        | "trading"
                        | "traded"
                        | "bid"
                        | "offered"
                        | "yield"
                        | "yields"
                        | "shares"
                        | "stock"
                        | "cents"
                        | "percent"
                        | "pct"
                        | "score"
                        | "scores"
                        | "scored"
                        | "shot"
                        | "rating"
                        | "ratings"
                        | "poll"
                        | "polls"
                        | "age"
                        | "aged"
                        | "ages"
                        | "worth"
                        | "valued"
                        | "value"
                        | "dlrs"
                        | "dollars"
                        | "euros"
                        | "pounds"
                        | "yen"
                        | "$"
                )
            })
}

/// `prior year`, `prior-year`, `previous year` before the number of a quarter or half, as
/// `year-ago` is: "the prior year fourth quarter", a note's "Prior year 4th qtr".
fn prior_year(c: &mut Cursor<'_, '_>) -> bool {
    // (the rare word first, as this runs wherever a quarter may start)
    if !c
        .peek()
        .is_some_and(|t| matches!(t.lower.as_ref(), "prior" | "previous" | "preceding"))
    {
        return false;
    }
    // (or its possessive: "the prior year's second quarter"; or "the prior first quarter",
    // "the previous fourth quarter", the last one of that number before the one the story
    // reports)
    let Some(after) = prior_year_at(c.toks, c.i)
        .map(|k| k + 2 * usize::from(c.possessive_at(k - c.i)))
        .or_else(|| (c.i > 0 && c.toks[c.i - 1].is("the")).then_some(c.i + 1))
        .filter(|&after| small_ordinal(c.toks, after).is_some())
    else {
        return false;
    };
    c.i = after;
    true
}

/// `the first quarter`, `third-quarter`, `the second half of 1998`, `Q3`.
pub(super) fn quarter(c: &mut Cursor<'_, '_>) -> Option<Expr> {
    let start = c.i;
    let the = c.eat("the");
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
            years: 0,
        });
    }
    // "the October-December quarter", "the July/September quarter 1987", "the current
    // April-June quarter", "the January-March period", "the April-to-June period": a
    // calendar quarter by its months
    let k = usize::from(c.peek().is_some_and(|t| t.is("current")));
    let glued = |t: &Tok<'_>| matches!(t.text, "-" | "/") && !t.spaced();
    // (the joint: a hyphen or a slash, or "-to-")
    let joint = match (c.peek_at(k + 1), c.peek_at(k + 2), c.peek_at(k + 3)) {
        (Some(h), Some(to), Some(h2)) if glued(h) && to.is("to") && glued(h2) => 3,
        (Some(h), ..) if glued(h) => 1,
        _ => 0,
    };
    if joint > 0
        && let Some(first) = c
            .peek_at(k)
            .filter(|t| t.is_capitalised())
            .and_then(|t| month_of(&t.lower))
        && let Some(last) = c.peek_at(k + joint + 1).and_then(|t| month_of(&t.lower))
        && first % 3 == 1
        && last == first + 2
        && c.peek_at(k + joint + 2)
            .is_some_and(|t| t.is("quarter") || t.is("period"))
    {
        c.i += k + joint + 3;
        return plain(Core::Quarter {
            year: year_after(c),
            q: first / 3 + 1,
            years: 0,
            by_months: true,
        });
    }
    let mut year_before = None;
    let mut rel_before = None;
    // ("the fiscal 2025 third quarter", "FY25 first half")
    let year_first = c
        .peek()
        .and_then(year_token)
        .inspect(|_| c.i += 1)
        .or_else(|| fiscal_year(c));
    if let Some(y) = year_first {
        // "2013's first quarter"
        if c.possessive_at(0) {
            c.i += 2;
        }
        year_before = Some(y);
        // "The 1985 December quarter": the quarter to the end of that month of the year
        // (`named_quarter_end` takes "quarter")
        if let Some(m) = c.peek().and_then(month_named)
            && c.peek_at(1).is_some_and(|t| t.is("quarter"))
        {
            c.i += 1;
            return plain(Core::Cal {
                year: Some(y),
                month: Some(m),
                day: None,
            });
        }
    } else if c.peek().and_then(|t| this_last_next(&t.lower)).is_some()
        // ("last year's first quarter"; the rare word first, as this runs at every word)
        && let Some((_, r)) = possessive_year(c)
    {
        rel_before = Some(r);
    } else if the && c.peek().is_some_and(|t| t.is("year")) && c.possessive_at(1) {
        // "the year's first quarter", read as "the first quarter of the year"
        c.i += 3;
    }
    // "the year-ago third quarter": the year before the quarter of that number last ended
    let years =
        -i32::from(year_before.is_none() && rel_before.is_none() && (year_ago(c) || prior_year(c)));
    let fiscal = c.eat("fiscal");
    // ("the final quarter of 2012", "the last quarter of 2012"; "the last quarter" alone is
    // the latest one)
    // ("the final quarter of this year", "of next year", "the last quarter of the year",
    // whose year the tense tells, as a numbered quarter's below)
    let of_year = |k: usize| {
        c.peek_at(k).is_some_and(|t| t.is("of"))
            && (c.peek_at(k + 1).and_then(year_token).is_some()
                || (c
                    .peek_at(k + 1)
                    .is_some_and(|t| this_last_next(&t.lower).is_some() || t.is("the"))
                    && c.peek_at(k + 2).is_some_and(|t| t.is("year"))))
    };
    // ("last-half May/first-half June shipment": hyphenated as "first-half" is)
    let half_at = |k: usize| {
        c.peek_at(k).is_some_and(|t| t.is("half"))
            || (c.peek_at(k).is_some_and(Tok::is_glued_hyphen)
                && c.peek_at(k + 1)
                    .is_some_and(|t| t.is("half") && !t.spaced()))
    };
    let (n, words) = match c.peek()?.lower.as_ref() {
        "last" | "latter" | "back" if half_at(1) => (2, 1),
        // ("the front half of the year", "the back half of 2023")
        "front" if c.peek_at(1).is_some_and(|t| t.is("half")) => (1, 1),
        // (and "the 1985 final quarter", "last year's final quarter"; "the final quarter"
        // alone is the fourth, "Imports decreased 700 mln dlrs in the final quarter", in the
        // year its tense tells, as "the fourth quarter" is)
        // ("its final 1986 quarter": the year between)
        "final" | "last"
            if (c.peek_at(1).is_some_and(|t| t.is("quarter"))
                && (of_year(2)
                    || year_before.is_some()
                    || rel_before.is_some()
                    || c.peek().is_some_and(|t| t.is("final"))))
                || (year_before.is_none()
                    && c.peek_at(1).and_then(year_token).is_some()
                    && c.peek_at(2).is_some_and(|t| t.is("quarter"))) =>
        {
            (4, 1)
        }
        "final" if c.peek_at(1).is_some_and(|t| t.is("half")) && of_year(2) => (2, 1),
        // (in figures too: "4th qtr net", "the 1st half")
        _ => small_ordinal(c.toks, c.i)?,
    };
    c.i += words;
    // "the first fiscal quarter of 1987", "the second fiscal quarter": "fiscal" after the
    // ordinal, as before it
    let fiscal = if !fiscal
        && c.peek().is_some_and(|t| t.is("fiscal"))
        && c.peek_at(1)
            .is_some_and(|t| matches!(t.lower.as_ref(), "quarter" | "half" | "quarters" | "halves"))
    {
        c.i += 1;
        true
    } else {
        fiscal
    };
    // "rose 1.2 pct in the fourth quarter from the third", "growth in the first quarter
    // ... weaker growth in the second, he said": "the" and an ordinal after a preposition,
    // with no noun after it, is a quarter (a half) when the sentence named one before it
    if the
        && year_before.is_none()
        && rel_before.is_none()
        && years == 0
        && !fiscal
        && start > 0
        && matches!(
            c.toks[start - 1].lower.as_ref(),
            "in" | "from" | "over" | "with" | "against" | "versus" | "than"
        )
        && c.peek()
            .is_none_or(|t| matches!(t.text, "," | "." | ";" | ":" | ")"))
        && let Some(half) = before_in_sentence(c.toks, start, 40).find_map(|k| {
            match c.toks[k].lower.as_ref() {
                "quarter" | "quarters" => Some(false),
                "half" | "halves" => Some(true),
                _ => None,
            }
        })
        && n <= if half { 2 } else { 4 }
        // (not a game's: "He scored in the first half and again in the second")
        && !tells_of_a_game(c.toks, start)
    {
        return plain(Core::Elided {
            n,
            half,
            back: !c.toks[start - 1].is("in"),
        });
    }
    // "the third-quarter results", "the fiscal second-quarter loss": the article goes with
    // the noun, the time is "third-quarter" (as with "the 24-hour strike")
    if c.eat_glued("-") && the && year_before.is_none() && rel_before.is_none() {
        return None;
    }
    // "the first 1986 quarter", "the fourth 1985 half": the year between
    if year_before.is_none()
        && let Some(y) = c.peek().and_then(year_token)
        && c.peek_at(1)
            .is_some_and(|t| t.is("quarter") || t.is("half"))
    {
        c.i += 1;
        year_before = Some(y);
    }
    // "the third and fourth quarters", "the first and second halves of 1988": each ordinal
    // is a period of its own, the first one word (as TimeBank tags "second" and "fourth
    // quarters") in the year written after the plural
    let joined = |k: usize| {
        matches!(c.toks[k].lower.as_ref(), "and" | "or" | ",")
            && c.toks
                .get(k + 1)
                .is_some_and(|t| ordinal_of(&t.lower).is_some())
    };
    let plural_at = |k: usize| {
        c.toks
            .get(k)
            .is_some_and(|t| t.is("quarters") || t.is("halves"))
    };
    let ordinal_end = c.i;
    let first_of_two = year_before.is_none()
        && rel_before.is_none()
        && years == 0
        && c.i < c.toks.len()
        && joined(c.i)
        && plural_at(c.i + 2);
    if first_of_two {
        if the {
            return None;
        }
        c.i += 2;
    }
    let second_of_two = !first_of_two
        && c.i >= 3
        && ordinal_of(&c.toks[c.i - 3].lower).is_some()
        && joined(c.i - 2);
    let unit = match c.eat_any(&["quarter", "half", "quarters", "halves"])? {
        "quarter" => "quarter",
        "half" => "half",
        "quarters" if first_of_two || second_of_two => "quarter",
        "halves" if first_of_two || second_of_two => "half",
        _ => return None,
    };
    if first_of_two && n > if unit == "half" { 2 } else { 4 } {
        return None;
    }
    // "He scored twice in the first half", "trailed by 10 points in the fourth quarter":
    // the periods of a game
    if year_before.is_none() && rel_before.is_none() && tells_of_a_game(c.toks, c.i) {
        return None;
    }
    // "for second half April shipment", "last half May/first half June": a half of the
    // month named right after it, as trade reports write "the second half of April"
    if unit == "half"
        && n <= 2
        && year_before.is_none()
        && rel_before.is_none()
        && years == 0
        && !fiscal
        && let Some(month) = c.peek().and_then(month_named)
    {
        c.i += 1;
        return Some(Expr {
            core: Core::Cal {
                year: year_after(c),
                month: Some(month),
                day: None,
            },
            modifier: Some(if n == 1 {
                Mod::FirstHalf
            } else {
                Mod::SecondHalf
            }),
        });
    }
    // "the second half of 1998", "the first quarter, 1987", "first-quarter 1987 profits"
    let year = {
        let save = c.i;
        // "the first quarter, 1987"; "the first half of fiscal 2014", "its first quarter
        // fiscal 1986", "the third quarter of FY25"
        let comma = !c.eat("of") && c.eat(",");
        // ("the second quarter of Dell's fiscal 2014", "of its fiscal 2014": the owner's)
        if c.i > save {
            c.i += owner_at(c, 0);
        }
        let year = if comma { None } else { fiscal_year(c) }.or_else(|| {
            let y = c.peek().and_then(year_token);
            c.i += usize::from(y.is_some());
            y
        });
        if year.is_none() {
            c.i = save;
        }
        year
    };
    // "the first half of next year", "the fourth quarter of this year", "during third
    // quarter this year" (not "the first quarter last year", which stays two expressions:
    // the quarter a later "the quarter" means is still the story's, not last year's)
    let mut rel = rel_before;
    let of = usize::from(c.peek().is_some_and(|t| t.is("of")));
    // ("the third quarter of Apple's fiscal year", "of its fiscal year": the owner's in
    // the place of "the", and read as "of the fiscal year" is)
    let owner = if of == 1 { owner_at(c, 1) } else { 0 };
    let det = owner.max(1);
    // ("the first half of the fiscal year", "of the current financial year")
    let kind = (0..2)
        .take_while(|&k| {
            c.peek_at(of + det + k).is_some_and(|t| {
                matches!(
                    t.lower.as_ref(),
                    "fiscal" | "financial" | "calendar" | "current"
                )
            })
        })
        .count();
    // ("the second half of the year" is the story's year as "the second half" is: the
    // latest one told in the past, "They did a lot better in the second half of the year",
    // read in March, is last year's; the fiscal or current year is the one under way)
    let year_after_of = year.is_none() && c.peek_at(of + det + kind).is_some_and(|t| t.is("year"));
    let which = if owner > 0 {
        Some("the")
    } else {
        c.peek_at(of).map(|t| t.lower.as_ref())
    };
    let of_the_year =
        year_after_of && of == 1 && kind == 0 && rel.is_none() && !fiscal && which == Some("the");
    if year_after_of {
        let r = match which {
            Some("this") => Some(0),
            _ if of_the_year => None,
            Some("the") if of == 1 => Some(0),
            Some("last") if of == 1 => Some(-1),
            Some("next") => Some(1),
            _ => None,
        };
        if r.is_some() || of_the_year {
            c.i += of + det + 1 + kind;
            rel = r;
        }
    }
    let year = year.or(year_before);
    // "the second half of a two-week statement period", "the first half of the match",
    // "the first half of trading", "the first half of his term": a part of something else
    // (not "the first half of the year", "of the fiscal year", "of calendar 2013")
    if year.is_none() && rel.is_none() && c.peek().is_some_and(|t| t.is("of")) {
        let what = c.peek_at(1).map(|t| t.lower.as_ref());
        let of_a_period = c.peek_at(2).is_some_and(|t| {
            matches!(
                t.lower.as_ref(),
                "year" | "fiscal" | "financial" | "calendar" | "current"
            )
        });
        // (a quarter keeps its "of": "the sale in the fourth quarter of an investment")
        // (a figure after "of" is the half's: "GNP growth in the first half of 2.5 pct")
        let figure = c.peek_at(1).is_some_and(|t| t.kind == Kind::Num);
        let of_a_year = (what == Some("the") && of_a_period)
            || matches!(what, Some("fiscal" | "financial" | "calendar"));
        if unit == "half" && !of_a_year && !figure {
            return None;
        }
    }
    // "its fiscal third quarter" read in March is the one of the fiscal year under way,
    // named for the publication's year (not last year's calendar third quarter)
    if fiscal && year.is_none() && years == 0 && unit == "quarter" {
        rel = rel.or(Some(0));
    }
    let core = if let Some(years) = rel
        && (unit == "quarter" || n <= 2)
    {
        Core::RelQuarter {
            n,
            half: unit == "half",
            years,
        }
    } else if unit == "quarter" {
        Core::Quarter {
            year,
            q: n,
            years,
            by_months: false,
        }
    } else if n <= 2 {
        Core::Half { year, h: n, years }
    } else {
        return None;
    };
    // (the first of two ends at its ordinal, having read the year after the plural)
    if first_of_two {
        c.i = ordinal_end;
    }
    plain(core)
}

/// How many tokens the owner of a period at `k` past the cursor takes: one for "its
/// fiscal year", three for "Dell's fiscal 2014", four for "the company's fiscal year"; none
/// when there is no owner.
fn owner_at(c: &Cursor<'_, '_>, k: usize) -> usize {
    let owns = |j: usize| c.possessive_at(j) && c.peek_at(j + 1).is_some_and(|t| !t.spaced());
    match c.peek_at(k) {
        Some(t) if matches!(t.lower.as_ref(), "its" | "their" | "our" | "his" | "her") => 1,
        Some(t) if t.kind == Kind::Word && t.is_capitalised() && owns(k + 1) => 3,
        Some(t)
            if t.is("the")
                && c.peek_at(k + 1).is_some_and(|w| w.kind == Kind::Word)
                && owns(k + 2) =>
        {
            4
        }
        _ => 0,
    }
}

/// Whether the token is a month's three-letter short form, as futures tables write months:
/// "Jul", "MAY".
fn short_month(t: &Tok<'_>) -> bool {
    t.text.len() == 3 && month_of(&t.lower).is_some()
}

/// Whether token `k` opens a futures code, a month of three capitals glued to one digit:
/// "MAY7", "MAR8".
pub(super) fn futures_code(toks: &[Tok<'_>], k: usize) -> bool {
    let month = &toks[k];
    // (in capitals, or as the far month of a spread: "Dec/Mar8")
    short_month(month)
        && (month.text.chars().all(|ch| ch.is_ascii_uppercase())
            || spread_leg(toks, k) == Some(SpreadLeg::Far))
        && toks
            .get(k + 1)
            .is_some_and(|n| !n.spaced() && n.kind == Kind::Num && n.text.len() == 1)
}

/// Which month of a futures spread the month's short form at `k` is: "Jul/May  3-1/4
/// over", "Sep/Nov  2  under", "Jul/Aug  even", "Dec/Mar8 no quote" (two short forms joined
/// by a slash, then a figure set off as a column or a quote's word within six tokens), and
/// two months of any form so joined before "spread": "the July/December spread".
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum SpreadLeg {
    Near,
    Far,
}

pub(super) fn spread_leg(toks: &[Tok<'_>], k: usize) -> Option<SpreadLeg> {
    let slash = |j: usize| toks.get(j).is_some_and(|t| t.text == "/" && !t.spaced());
    // (any form of the month before the word "spread": "the July/December spread traded at
    // 7-1/2 cents")
    let named = |j: usize| {
        toks.get(j)
            .is_some_and(|t| t.is_capitalised() && month_of(&t.lower).is_some())
    };
    let spread = |far: usize| {
        toks.get(far + 1)
            .is_some_and(|t| matches!(t.lower.as_ref(), "spread" | "spreads"))
    };
    if slash(k + 1) && spread(k + 2) && named(k) && named(k + 2) && !toks[k + 2].spaced() {
        return Some(SpreadLeg::Near);
    }
    if k >= 2 && slash(k - 1) && spread(k) && named(k) && named(k - 2) && !toks[k].spaced() {
        return Some(SpreadLeg::Far);
    }
    let short = |j: usize| toks.get(j).is_some_and(short_month);
    if !short(k) {
        return None;
    }
    let (leg, far) = if slash(k + 1) && short(k + 2) && !toks[k + 2].spaced() {
        (SpreadLeg::Near, k + 2)
    } else if k >= 2 && slash(k - 1) && short(k - 2) && !toks[k].spaced() {
        (SpreadLeg::Far, k)
    } else {
        return None;
    };
    // (or a figure set off as a table's column is, two spaces or more: the tagger may read
    // a table's columns apart)
    let after = toks.get(far + 1..)?;
    // (a price, not a year: "Oct/Dec   Jan/Dec   1986   1985" heads a table of years)
    (after
        .first()
        .is_some_and(|t| t.kind == Kind::Num && t.gap >= 2 && t.text.len() <= 3)
        || after
            .iter()
            .take(6)
            .any(|t| matches!(t.lower.as_ref(), "over" | "under" | "even" | "quote")))
    .then_some(leg)
}

/// Whether the month at `k` is a futures contract named with its market: right after the
/// market, "at 1.25 times New York July", "13 points premium to New York July", or right
/// before it and what is traded, "a premium to the October New York delivery" (not a city
/// a text was written in, "in London May", and not a day of a month).
pub(super) fn market_month(toks: &[Tok<'_>], k: usize) -> bool {
    let market = |j: usize| -> Option<usize> {
        match toks.get(j)?.text {
            "London" | "Chicago" => Some(1),
            "New" if toks.get(j + 1)?.text == "York" => Some(2),
            _ => None,
        }
    };
    let before = [1, 2].into_iter().find_map(|n| {
        let at = k.checked_sub(n)?;
        (market(at) == Some(n)).then_some(at)
    });
    let named = before.is_some_and(|at| {
        at.checked_sub(1)
            .is_some_and(|p| !matches!(toks[p].lower.as_ref(), "in" | "at" | "from"))
    }) || (before.is_none()
        && market(k + 1).is_some_and(|n| {
            toks.get(k + 1 + n).is_some_and(|t| {
                matches!(
                    t.lower.as_ref(),
                    "delivery" | "futures" | "contract" | "price" | "prices"
                )
            })
        }));
    // (the market's name first: it is rarer than a month)
    named
        && toks.get(k + 1).is_none_or(|t| t.kind != Kind::Num)
        && month_of(&toks[k].lower).is_some()
}

/// Whether the month's short form at `k` labels a row of a futures price table: a table's
/// cell (a line's first, or after a column's gap) before a price, a dash or "unch" set off
/// as the next column, with another such row within 30 tokens: " Aug       --- 146.50",
/// " MAY  2515  15541   off  885".
pub(super) fn price_row(toks: &[Tok<'_>], k: usize) -> bool {
    let label = |j: usize| {
        toks.get(j)
            .is_some_and(|t| short_month(t) && (j == 0 || t.gap >= 2))
            && toks.get(j + 1).is_some_and(|p| {
                p.gap >= 2
                    && (p.kind == Kind::Num
                        || p.text == "-"
                        || matches!(p.lower.as_ref(), "unch" | "unq"))
            })
    };
    label(k) && (k.saturating_sub(30)..k + 31).any(|j| j != k && label(j))
}

/// Whether the sentence around token `at` tells of a game being played: "scored",
/// "halftime", "touchdown", "was sent off", "the referee" (not "goal", which business news
/// sets too), or a lead by a score, "led 28-20" (not "voted 55-45").
fn tells_of_a_game(toks: &[Tok<'_>], at: usize) -> bool {
    // a score: two figures under 200 joined by a hyphen, "28-20"
    let figure = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.kind == Kind::Num && t.num().is_some_and(|n| n < 200))
    };
    let score = |k: usize| {
        figure(k)
            && toks
                .get(k + 1)
                .is_some_and(|t| t.text == "-" && !t.spaced())
            && figure(k + 2)
            && !toks[k + 2].spaced()
    };
    before_in_sentence(toks, at, 25)
        .chain(after_in_sentence(toks, at, 25))
        .any(|k| match toks[k].lower.as_ref() {
            // (or by a margin: "trailed by 10 points", "led by 10 at halftime"; not a share,
            // "led by 5 pct")
            "led" | "trailed" | "leading" | "trailing" | "outscored" => {
                (k + 1..toks.len().min(k + 4)).any(score)
                    || (toks.get(k + 1).is_some_and(|t| t.is("by"))
                        && figure(k + 2)
                        && toks.get(k + 3).is_none_or(|t| {
                            matches!(
                                t.lower.as_ref(),
                                "points" | "runs" | "goals" | "in" | "at" | "after" | "," | "."
                            )
                        }))
            }
            "sent" => toks.get(k + 1).is_some_and(|t| t.is("off")),
            w => matches!(
                w,
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
                    | "referee"
                    | "striker"
                    | "midfielder"
                    | "goalkeeper"
                    | "substitute"
                    | "yards"
                    | "inning"
                    | "pitcher"
                    | "assists"
                    | "turnovers"
                    | "fumble"
                    | "fumbled"
                    | "interception"
                    | "buzzer"
                    | "layup"
                    | "dunk"
                    | "homer"
                    | "homered"
                    | "wicket"
                    | "wickets"
            ),
        })
}

/// "FY19", "1Q13": a year of two digits in a code is this century's below 50.
fn code_year(v: u32) -> i32 {
    if v < 50 {
        2000 + v as i32
    } else {
        1900 + v as i32
    }
}

/// A fiscal year as business news names it: `FY2019`, `FY19`, `FY 2019`, `fiscal 2019`,
/// `fiscal year 2019`, `the 2019 fiscal year` (and a calendar year named so to tell it from
/// one: `calendar 2019`, `calendar year 2019`, `the 2019 calendar year`). Leaves the cursor
/// where it was when there is none.
pub(super) fn fiscal_year(c: &mut Cursor<'_, '_>) -> Option<i32> {
    let save = c.i;
    let the = usize::from(c.peek().is_some_and(|t| t.is("the")));
    let year = if c.peek()?.text == "FY" {
        let n = c
            .peek_at(1)
            .filter(|n| n.kind == Kind::Num && (!n.spaced() || n.text.len() == 4))?;
        // "FY19" and not "FY19b"
        if c.peek_at(2)
            .is_some_and(|a| !a.spaced() && a.kind != Kind::Punct)
        {
            return None;
        }
        let year = match n.text.len() {
            4 => year_token(n)?,
            2 => code_year(n.num()?),
            _ => return None,
        };
        c.i += 2;
        Some(year)
    } else if c.eat("fiscal")
        || c.eat("calendar")
        // ("the financial year 2013-14", Britain's: with its year after it)
        || (c.peek_at(1).is_some_and(|t| t.is("year"))
            && c.peek_at(2).and_then(year_token).is_some()
            && c.eat("financial"))
    {
        c.eat("year");
        let year = c.peek().and_then(year_token);
        c.i += 1;
        year
    } else if let Some(y) = c.peek_at(the).and_then(year_token)
        && c.peek_at(the + 1)
            .is_some_and(|t| t.is("fiscal") || t.is("financial") || t.is("calendar"))
        && c.peek_at(the + 2).is_some_and(|t| t.is("year"))
        && !(the == 0
            && c.i > 0
            && matches!(c.toks[c.i - 1].text, "/" | "-")
            && c.peek().is_some_and(|t| !t.spaced()))
    {
        // "the 1987 fiscal year", "the 1987 financial year", "the first half of the 1987
        // fiscal year" (not the end of a span of years, "the 1986/1987 fiscal year", where
        // each year is tagged)
        c.i += the + 3;
        Some(y)
    } else {
        None
    };
    if year.is_none() {
        c.i = save;
    }
    year
}

/// The codes of business news: `Q3 2019`, `Q4`, `H1 2019`, `FY2019`, `FY19`, `FY 2019`,
/// and a quarter or half with a fiscal year on either side: `Q3 FY25`, `FY2025 Q3`, `fiscal
/// 2025 H1`, `3Q FY25` (its interval is the calendar quarter of that number, as for "the
/// third quarter of fiscal 2025": the company's calendar is not known).
pub(super) fn period_code(c: &mut Cursor<'_, '_>) -> Option<Expr> {
    // "FY2025 Q3", "fiscal 2025 H1": the quarter or half of that fiscal year (a fiscal
    // year alone is that year); "fiscal Q3 2025", "its fiscal 3Q": the code, and one with
    // no year the quarter of the fiscal year under way, as "its fiscal third quarter" is
    // (see `quarter`)
    let fiscal = fiscal_year(c)
        .map(Some)
        .or_else(|| c.eat("fiscal").then_some(None));
    if let Some(fiscal) = fiscal {
        let save = c.i;
        let core = match (period_code(c).map(|e| e.core), fiscal) {
            (Some(Core::Quarter { year: None, q, .. }), Some(year)) => Core::Quarter {
                year: Some(year),
                q,
                years: 0,
                by_months: false,
            },
            (Some(Core::Half { year: None, h, .. }), Some(year)) => Core::Half {
                year: Some(year),
                h,
                years: 0,
            },
            (Some(Core::Quarter { year: None, q, .. }), None) => Core::RelQuarter {
                n: q,
                half: false,
                years: 0,
            },
            (Some(core @ (Core::Quarter { .. } | Core::Half { .. })), None) => core,
            (_, Some(year)) => {
                c.i = save;
                Core::Cal {
                    year: Some(year),
                    month: None,
                    day: None,
                }
            }
            (_, None) => return None,
        };
        return plain(core);
    }
    let t = c.peek()?.clone();
    // "1Q13", "2Q 2013", "in 2Q", "1H19", "2H 2020": the quarter or half first, as
    // analysts write it
    if t.kind == Kind::Num
        && t.text.len() == 1
        && let Some(half) = c
            .peek_at(1)
            .filter(|l| !l.spaced())
            .and_then(|l| match l.text {
                "Q" => Some(false),
                "H" => Some(true),
                _ => None,
            })
        && let Some(q) = t
            .num()
            .filter(|q| (1..=if half { 2 } else { 4 }).contains(q))
    {
        let glued = c.peek_at(2).filter(|n| !n.spaced());
        if glued.is_some_and(|n| n.kind == Kind::Word) {
            return None;
        }
        let year = match glued.filter(|n| n.kind == Kind::Num) {
            Some(n) if n.text.len() == 2 => Some(code_year(n.num()?)),
            Some(n) if n.text.len() == 4 => Some(year_token(n)?),
            Some(_) => return None,
            None => None,
        };
        c.i += 2 + usize::from(year.is_some());
        let year = year.or_else(|| {
            let y = c.peek().and_then(year_token);
            c.i += usize::from(y.is_some());
            y.or_else(|| fiscal_year(c))
        });
        if half {
            return plain(Core::Half {
                year,
                h: q,
                years: 0,
            });
        }
        return plain(Core::Quarter {
            year,
            q,
            years: 0,
            by_months: false,
        });
    }
    let letter = match t.text {
        "Q" | "H" => t.text,
        _ => return None,
    };
    let n = c
        .peek_at(1)
        .filter(|n| n.kind == Kind::Num && !n.spaced())?;
    let value = n.num()?;
    let after = c.peek_at(2);
    // "Q3" and not "Q35" or "Q3b"
    if after.is_some_and(|a| !a.spaced() && a.kind != Kind::Punct) {
        return None;
    }
    let limit = if letter == "Q" { 4 } else { 2 };
    if !(1..=limit).contains(&value) || n.text.len() != 1 {
        return None;
    }
    c.i += 2;
    // "Q3 2019", "Q3 of 2019", "Q3'19", "Q3 FY2019", "Q3 of FY19", "Q3 fiscal 2019"
    let year = year_after(c).or_else(|| {
        let save = c.i;
        c.eat("of");
        let y = fiscal_year(c);
        if y.is_none() {
            c.i = save;
        }
        y
    });
    // "Q4 of last year", "Q1 next year", as "the fourth quarter of last year" (but "Q4 last
    // year" stays two, as "the fourth quarter last year" does)
    let (save, of) = (c.i, c.peek().is_some_and(|t| t.is("of")));
    if year.is_none()
        && let Some(years) = year_offset_after(c)
    {
        if of || years >= 0 {
            return plain(Core::RelQuarter {
                n: value,
                half: letter == "H",
                years,
            });
        }
        c.i = save;
    }
    if letter == "Q" {
        plain(Core::Quarter {
            year,
            q: value,
            years: 0,
            by_months: false,
        })
    } else {
        plain(Core::Half {
            year,
            h: value,
            years: 0,
        })
    }
}

/// Eats "year end", "year's end", "year-end" or "yearend", and says whether it names the
/// closing day (the hyphen, or one word) rather than the end of the year.
pub(super) fn year_end(c: &mut Cursor<'_, '_>) -> Option<bool> {
    // ("by yearend", the wires' one word)
    if c.eat("yearend") {
        return Some(true);
    }
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
