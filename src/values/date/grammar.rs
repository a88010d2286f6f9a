//! The grammar: what an expression says before it is resolved (a `Core` and its
//! modifier), the word tables it reads, and the cursor every parser walks the tokens with.

use super::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Unit {
    Day,
    Week,
    Weekend,
    Month,
    Quarter,
    /// Half a year, H1 or H2: a period a text names ("the first half"), never a length it
    /// counts.
    Half,
    Year,
    Decade,
    Century,
    Hour,
    Minute,
    Second,
}

impl Unit {
    pub(super) fn code(self) -> &'static str {
        match self {
            Unit::Day => "D",
            Unit::Week | Unit::Weekend => "W",
            Unit::Month => "M",
            Unit::Quarter => "Q",
            // (halves are named, never counted: no length is written in them, and TIMEX3
            // has no letter for one)
            Unit::Half => "M",
            Unit::Year => "Y",
            // TimeBank's letters for the units ISO 8601 lacks: E decade, C century
            Unit::Decade => "E",
            Unit::Century => "C",
            Unit::Hour => "H",
            Unit::Minute => "M",
            Unit::Second => "S",
        }
    }
    /// The TIMEX3 value of one such unit when there is nothing to say which: `XXXX-WXX`
    /// for "last week" read with no publication date, `XXXX-XX` for "next month".
    pub(super) fn unknown(self) -> &'static str {
        match self {
            Unit::Day | Unit::Hour | Unit::Minute | Unit::Second => "XXXX-XX-XX",
            Unit::Week => "XXXX-WXX",
            Unit::Weekend => "XXXX-WXX-WE",
            Unit::Month => "XXXX-XX",
            Unit::Quarter => "XXXX-QX",
            Unit::Half => "XXXX-HX",
            Unit::Year => "XXXX",
            Unit::Decade => "XXX",
            Unit::Century => "XX",
        }
    }
    pub(super) fn is_time(self) -> bool {
        matches!(self, Unit::Hour | Unit::Minute | Unit::Second)
    }
    /// The next smaller unit a length in this one writes its fraction in, and how many of
    /// it make one: a year's months, an hour's minutes, a minute's seconds (P2Y6M, PT1M30S).
    pub(super) fn smaller(self) -> Option<(f64, Unit)> {
        match self {
            Unit::Year => Some((12.0, Unit::Month)),
            Unit::Hour => Some((60.0, Unit::Minute)),
            Unit::Minute => Some((60.0, Unit::Second)),
            _ => None,
        }
    }
    /// How many years the unit is, for the units of a year or more.
    pub(super) fn years(self) -> Option<i32> {
        match self {
            Unit::Year => Some(1),
            Unit::Decade => Some(10),
            Unit::Century => Some(100),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Season {
    Spring,
    Summer,
    Fall,
    Winter,
}

impl Season {
    /// The TIMEX3 code: `SP`, `SU`, `FA`, `WI`.
    pub(super) fn code(self) -> &'static str {
        match self {
            Season::Spring => "SP",
            Season::Summer => "SU",
            Season::Fall => "FA",
            Season::Winter => "WI",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub(super) enum Core {
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
    /// `last July` (the most recent one before the anchor), `this September`, `next May`,
    /// `last March 5`; `this past March` (`just_past`: the most recent, even the month
    /// just gone).
    RelMonth {
        month: u32,
        day: Option<u32>,
        rel: i32,
        just_past: bool,
    },
    Decade(i32),
    /// `the '90s`, `the 90's`: the last decade ending in those two figures that began by the
    /// anchor's year ("the '20s" read in 1998 is the 1920s, read in 2024 the 2020s).
    ShortDecade(u32),
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
        /// `the first of next month`: of the publication's month so shifted.
        months: Option<i32>,
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
        /// "the year-earlier first half": so many years before the one named.
        years: i32,
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
        /// one, rather than from the publication date; with `rel` 0, "that Friday", the first
        /// such day on or after the last day the text named.
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
    /// `two days later`, `a day earlier`: so many days after or before the day the text
    /// named last (as `the next day` is counted); with no day named, the length between two
    /// events of the story.
    Later {
        days: i64,
    },
    /// `earlier in the day`, `later in the day`: the day the text named last, else the
    /// publication's.
    StoryDay,
    /// `the previous business day`, `the next trading day`: the business day (as
    /// [`DayOf::Business`] counts them) so many before or after the day the text named
    /// last, else the publication's.
    BusinessDay {
        offset: i32,
    },
    /// `the third` after `in the fourth quarter from`: the quarter (half) of that number
    /// nearest the one the text named last, before it when a change is measured from it
    /// (`back`), else after it.
    Elided {
        n: u32,
        half: bool,
        back: bool,
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
    /// publication so many units back; `a week from tomorrow`: of the day `days` after it.
    Anniversary {
        unit: Unit,
        amount: i64,
        at: Unit,
        days: i64,
    },
    /// `the same time last year`: the date the text named last, so many units back (as
    /// `a year earlier` counts); with none named, the publication's day, as `this time last
    /// year` is.
    SameTime {
        unit: Unit,
        amount: i64,
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
        /// moved to `in_year`; "the same day": the day named last, though a longer period
        /// was named after it; "that weekend": the weekend of the day named last, not the
        /// publication's.
        same: bool,
    },
    /// "Current year", "Prior year", "Current qtr" opening a note to a table of results:
    /// the quarter the story reports (else the last one over), or `years` before the year
    /// of its figures: when the table reports a year `over`, that quarter's year, else the
    /// anchor's.
    NotePeriod {
        unit: Unit,
        years: i32,
        over: bool,
    },
    /// `the week before Christmas`, `the day after Oct. 5`, `the year after 2008`: the unit
    /// before (after) the date at tokens `at..to`, which is tagged on its own and read in
    /// its own clause's tense; `the Wednesday after Thanksgiving`: the first such `weekday`
    /// after (before) it.
    Beside {
        unit: Unit,
        weekday: Option<Weekday>,
        offset: i32,
        date: Box<Expr>,
        at: usize,
        to: usize,
    },
    /// `10 p.m. Wednesday`, `noon`, `5 p.m. EST Nov. 9`, `10:30:15 a.m.`.
    Clock {
        hour: u32,
        minute: u32,
        second: Option<u32>,
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
        /// `Christmas last year`: of the publication's year shifted so many years
        years: Option<i32>,
        /// `last` (-1), `this` (0) or `next` (1) before the name
        rel: Option<i32>,
        /// `the Thanksgiving weekend`, `over the Labor Day holiday weekend`: the weekend
        /// nearest the day
        weekend: bool,
    },
}

/// The holidays news dates things by: fixed, the American ones whose day moves, Easter's,
/// and those that follow the moon.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Holiday {
    /// a fixed day of a month
    Fixed(u32, u32),
    /// the `n`th given weekday of a month; `n` = 5 is the last
    Nth(u32, Weekday, u8),
    /// Election Day: the Tuesday after the first Monday of November
    Election,
    /// Inauguration Day: 20 January of the year after a presidential election (4 March
    /// before 1937)
    Inauguration,
    /// Victoria Day, Canada's: the Monday before 25 May
    Victoria,
    /// Super Tuesday, when most states hold their presidential primaries: the first
    /// Tuesday of March in an election year since 2000 (5 February in 2008), the second
    /// from 1988 to 1996
    SuperTuesday,
    /// Super Bowl Sunday: the second Sunday of February since 2022, the first from 2004
    /// (earlier finals moved between late January and early February: no day)
    SuperBowl,
    /// days from Easter Sunday: Good Friday is -2
    Easter(i64),
    /// days from the Easter of the Orthodox churches, reckoned by the Julian calendar
    OrthodoxEaster(i64),
    /// days from Thanksgiving: Black Friday is 1, Cyber Monday 4
    Thanksgiving(i64),
    /// days from the Chinese New Year: its eve is -1, the Lantern Festival 14
    LunarNewYear(i64),
    /// days from Passover's first day
    Passover(i64),
    /// days from Rosh Hashanah: Yom Kippur is 9
    RoshHashanah(i64),
    /// Hanukkah's first day
    Hanukkah,
    /// a day of a month of the Islamic calendar (month 1 is Muharram): Eid al-Fitr is 1
    /// Shawwal (10, 1)
    Hijri(u32, u32),
    /// a whole month of the Islamic calendar: Ramadan (9)
    HijriMonth(u32),
}

impl Holiday {
    /// The day before: "the eve of Christmas" is Christmas Eve, "the eve of Thanksgiving"
    /// its Wednesday. None for a holiday no day is reckoned from here.
    pub(super) fn eve(self) -> Option<Holiday> {
        Some(match self {
            // (the eve of New Year's Day is the last day of the year before)
            Holiday::Fixed(1, 1) => Holiday::Fixed(12, 31),
            Holiday::Fixed(m, d) => {
                let eve = ymd(2000, m, d)?.pred_opt()?;
                Holiday::Fixed(eve.month(), eve.day())
            }
            Holiday::Nth(11, Weekday::Thu, 4) => Holiday::Thanksgiving(-1),
            Holiday::Easter(days) => Holiday::Easter(days - 1),
            Holiday::OrthodoxEaster(days) => Holiday::OrthodoxEaster(days - 1),
            Holiday::Thanksgiving(days) => Holiday::Thanksgiving(days - 1),
            Holiday::LunarNewYear(days) => Holiday::LunarNewYear(days - 1),
            Holiday::Passover(days) => Holiday::Passover(days - 1),
            Holiday::RoshHashanah(days) => Holiday::RoshHashanah(days - 1),
            Holiday::Hijri(m, d) if d > 1 => Holiday::Hijri(m, d - 1),
            _ => return None,
        })
    }

    pub(super) fn date(self, year: i32) -> Option<NaiveDate> {
        match self {
            Holiday::Fixed(m, d) => ymd(year, m, d),
            Holiday::Nth(m, day, 5) => NaiveDate::from_weekday_of_month_opt(year, m, day, 5)
                .or_else(|| NaiveDate::from_weekday_of_month_opt(year, m, day, 4)),
            Holiday::Nth(m, day, n) => NaiveDate::from_weekday_of_month_opt(year, m, day, n),
            Holiday::Election => NaiveDate::from_weekday_of_month_opt(year, 11, Weekday::Mon, 1)
                .map(|d| d + Duration::days(1)),
            Holiday::Inauguration if year.rem_euclid(4) == 1 => {
                if year >= 1937 {
                    ymd(year, 1, 20)
                } else {
                    ymd(year, 3, 4)
                }
            }
            Holiday::Inauguration => None,
            Holiday::Victoria => Some(weekday_on_or_before(ymd(year, 5, 24)?, Weekday::Mon)),
            Holiday::SuperTuesday if year.rem_euclid(4) == 0 => match year {
                2008 => ymd(2008, 2, 5),
                2000.. => NaiveDate::from_weekday_of_month_opt(year, 3, Weekday::Tue, 1),
                1988.. => NaiveDate::from_weekday_of_month_opt(year, 3, Weekday::Tue, 2),
                _ => None,
            },
            Holiday::SuperTuesday => None,
            Holiday::SuperBowl => match year {
                2022.. => NaiveDate::from_weekday_of_month_opt(year, 2, Weekday::Sun, 2),
                2004.. => NaiveDate::from_weekday_of_month_opt(year, 2, Weekday::Sun, 1),
                _ => None,
            },
            Holiday::Easter(days) => easter_sunday(year).map(|d| d + Duration::days(days)),
            Holiday::OrthodoxEaster(days) => {
                julian_easter_sunday(year).map(|d| d + Duration::days(days))
            }
            Holiday::Thanksgiving(days) => {
                NaiveDate::from_weekday_of_month_opt(year, 11, Weekday::Thu, 4)
                    .map(|d| d + Duration::days(days))
            }
            Holiday::LunarNewYear(days) => {
                feasts::chinese_new_year(year).map(|d| d + Duration::days(days))
            }
            Holiday::Passover(days) => feasts::passover(year).map(|d| d + Duration::days(days)),
            Holiday::RoshHashanah(days) => {
                feasts::rosh_hashanah(year).map(|d| d + Duration::days(days))
            }
            Holiday::Hanukkah => feasts::hanukkah(year),
            Holiday::Hijri(..) | Holiday::HijriMonth(_) => self.dates(year).first().copied(),
        }
    }

    /// Whether it falls once in every Gregorian year: not a feast of the Islamic calendar,
    /// nor Inauguration Day or Super Tuesday.
    pub(super) fn every_year(self) -> bool {
        !matches!(
            self,
            Holiday::Hijri(..)
                | Holiday::HijriMonth(_)
                | Holiday::Inauguration
                | Holiday::SuperTuesday
        )
    }

    /// How many years may lie between one of its days and the next: four for Inauguration
    /// Day and Super Tuesday, else one.
    pub(super) fn years_apart(self) -> i32 {
        match self {
            Holiday::Inauguration | Holiday::SuperTuesday => 4,
            _ => 1,
        }
    }

    /// The last day of the one that begins on `first`: the month's last day for a month of
    /// the Islamic calendar, else `first`.
    pub(super) fn last_day(self, first: NaiveDate) -> Option<NaiveDate> {
        match self {
            Holiday::HijriMonth(_) => feasts::hijri_month_end(first),
            _ => Some(first),
        }
    }

    /// Its days in a Gregorian year, in order: one, or for a feast of the Islamic calendar,
    /// whose year is eleven days short, none or two now and then.
    pub(super) fn dates(self, year: i32) -> Vec<NaiveDate> {
        match self {
            Holiday::Hijri(m, d) => feasts::hijri_days(year, m, d),
            Holiday::HijriMonth(m) => feasts::hijri_days(year, m, 1),
            _ => self.date(year).into_iter().collect(),
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

/// Easter Sunday of the Julian calendar, which the Orthodox churches keep, as a Gregorian
/// day: Meeus's Julian algorithm ("Astronomical Algorithms", ch. 8), then the calendars'
/// difference in March of that year (13 days from 1900 to 2099).
fn julian_easter_sunday(year: i32) -> Option<NaiveDate> {
    let (a, b, c) = (year.rem_euclid(4), year.rem_euclid(7), year.rem_euclid(19));
    let d = (19 * c + 15) % 30;
    let e = (2 * a + 4 * b - d + 34) % 7;
    let month = (d + e + 114) / 31;
    let day = (d + e + 114) % 31 + 1;
    let apart = year.div_euclid(100) - year.div_euclid(400) - 2;
    ymd(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
        .map(|d| d + Duration::days(i64::from(apart)))
}

#[derive(Debug, Clone, PartialEq)]
pub(super) struct Expr {
    pub(super) core: Core,
    pub(super) modifier: Option<Mod>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Mod {
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
    /// "the first decade of the 21st century" (200), "the last decade of the century": the
    /// `n`th decade of a century, the last when `n` is 0.
    NthDecade(u32),
    /// "the week of April 8": the ISO week of that day; "the weekend of June 14" (a Friday,
    /// Saturday or Sunday): the weekend it opens or is in.
    WeekOf {
        weekend: bool,
    },
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
pub(super) enum Part {
    Start,
    Mid,
    End,
}

impl Part {
    pub(super) fn of(m: Mod) -> Option<Part> {
        match m {
            Mod::Start => Some(Part::Start),
            Mod::Mid => Some(Part::Mid),
            Mod::End => Some(Part::End),
            _ => None,
        }
    }

    pub(super) fn modifier(self) -> Mod {
        match self {
            Part::Start => Mod::Start,
            Part::Mid => Mod::Mid,
            Part::End => Mod::End,
        }
    }
}

/// The kind of day `Mod::NthDay` counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum DayOf {
    Weekday(Weekday),
    Weekend,
    /// A business, trading or working day: Monday to Friday but New Year's Day and
    /// Christmas (other public holidays are not known).
    Business,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Tense {
    /// A verb in the past tense governs the expression: "changed ... in December".
    Past,
    /// A period named by the day it ended, "the year ended March 28": in the past, or up to
    /// a month ahead in a report written before the period closed.
    Ended,
    /// Nothing says: most news reports what happened, but not all of it.
    Unmarked,
    Future,
}

pub(super) fn month_of(word: &str) -> Option<u32> {
    // (the first letter first: this runs at most tokens, and few words start as a month)
    if !word
        .as_bytes()
        .first()
        .is_some_and(|b| matches!(b, b'a' | b'd' | b'f' | b'j' | b'm' | b'n' | b'o' | b's'))
    {
        return None;
    }
    Some(match word {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" | "mch" => 3,
        "april" | "apr" | "apl" => 4,
        "may" => 5,
        "june" | "jun" | "jne" => 6,
        "july" | "jul" | "jly" => 7,
        "august" | "aug" => 8,
        "september" | "sept" | "sep" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    })
}

/// The month a token names: written with a capital, or in lowercase a full name that is
/// no other word, as wire stories written all in lowercase have it ("recorded in january
/// 1987"); not "may" or "march", the verbs ("this may be wrong", "each may practice"),
/// "august", the adjective, nor a short form, which may be any word ("dec", "jan").
pub(super) fn month_named(t: &Tok<'_>) -> Option<u32> {
    month_of(&t.lower).filter(|_| {
        // (the wire's own short forms of price tables, "Apl/Jne", "Jly", "Mch", only so:
        // "APL" is a company)
        if matches!(t.lower.as_ref(), "apl" | "jne" | "jly" | "mch") {
            return matches!(t.text, "Apl" | "Jne" | "Jly" | "Mch");
        }
        t.is_capitalised()
            || matches!(
                t.text,
                "january"
                    | "february"
                    | "april"
                    | "june"
                    | "july"
                    | "september"
                    | "october"
                    | "november"
                    | "december"
            )
    })
}

/// Whether "overnight" at the cursor is the night just gone: right after a verb in the past
/// or its object, before a full stop or a preposition ("Clashes erupted again overnight",
/// "bought 8,000 tonnes of rapeseed overnight for May shipment"), right before that verb or
/// opening its sentence ("Temperatures overnight dropped", "Overnight, rebels attacked"), or
/// before what happened in it ("the overnight attack", "overnight losses in New York"); not
/// the speed of "cannot be done overnight", nor the tenor of "overnight call money rates",
/// "offers of overnight".
pub(super) fn last_night(c: &Cursor<'_, '_>) -> bool {
    let at = c.i;
    // (opening a sentence told in the past: "Overnight, temperatures dropped to minus 10")
    if opens_sentence_told_in_past(c.toks, at, at + 1, 6) {
        return true;
    }
    if at == 0 {
        return false;
    }
    // (past an object with its measure: "dumped up to 10 inches of snow overnight")
    let before = || before_in_clause(c.toks, at, 8);
    let denied = |k: usize| {
        let w = c.toks[k].lower.as_ref();
        (denies(w) && !(w == "to" && k > 0 && c.toks[k - 1].is("up")))
            || matches!(w, "can" | "cannot")
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
    // (a verb in the past, "The storm hit overnight" too; not the passive of "if the
    // exchanges are closed overnight")
    let told = |k: usize| {
        (past_verb(c.toks, k) || same_form_past(c.toks, k))
            && !(k > 0 && matches!(c.toks[k - 1].lower.as_ref(), "is" | "are"))
    };
    let prev = &c.toks[at - 1];
    let adverb = prev.kind == Kind::Word
        && !PREPOSITIONS.contains(&prev.lower.as_ref())
        && !determiner(&prev.lower)
        && !matches!(prev.lower.as_ref(), "another" | "and" | "or")
        && next.is_none_or(|t| {
            (t.kind == Kind::Punct && t.text != "-" && t.text != "/")
                || PREPOSITIONS.contains(&t.lower.as_ref())
        })
        && before().take(7).any(told);
    // (between a subject and its verb in the past: "Temperatures overnight dropped to minus
    // 10", "Rebels overnight attacked a base"; not "the overnight rate", nor a participle
    // before a noun, "by arranging overnight matched sale-purchase agreements")
    let before_verb = prev.kind == Kind::Word
        && !PREPOSITIONS.contains(&prev.lower.as_ref())
        && !determiner(&prev.lower)
        && !ing_form(&prev.lower)
        && next.is_some()
        && past_verb(c.toks, at + 1);
    happened || adverb || before_verb
}

/// Whether "overnight" at the cursor is the coming night: after "will" or a forecast in
/// the passive (or its participle right before it), at the end of its clause ("Rain is
/// expected overnight", "with up to 20cm expected overnight", "Temperatures will
/// drop overnight into Thursday"); not the speed of "Change will not happen overnight",
/// "Prices could double overnight", nor a routine in the passive, "Most clearing functions
/// will be carried out overnight".
pub(super) fn tonight(c: &Cursor<'_, '_>) -> bool {
    let at = c.i;
    // (past a short complement: "Temperatures will drop into the 20s overnight")
    let before = || before_in_clause(c.toks, at, 8);
    // (and a forecast's participle right before it: "an amber warning, with up to 20cm
    // expected overnight"; not "As expected overnight, the dollar fell")
    let ahead = |k: usize| {
        c.toks[k].is("will")
            || forecast_in_passive(c.toks, k)
            || (k + 1 == at
                && matches!(c.toks[k].lower.as_ref(), "expected" | "forecast")
                && !(k > 0 && c.toks[k - 1].is("as")))
    };
    let ends = c.peek_at(1).is_none_or(|t| {
        (t.kind == Kind::Punct && t.text != "-" && t.text != "/")
            || matches!(t.lower.as_ref(), "into" | "in" | "on" | "across" | "and")
    });
    let stops = |k: usize| matches!(c.toks[k].lower.as_ref(), "not" | "never" | "t" | "be");
    ends && before().any(ahead) && !before().any(stops)
}

/// Eats the full stop after an abbreviated month ("Sept."), never the one that ends a
/// sentence after a whole name ("in July.").
pub(super) fn eat_abbreviation_dot(c: &mut Cursor<'_, '_>, month: &str) {
    if month.len() <= 4 && !matches!(month, "may" | "june" | "july") {
        c.eat_glued(".");
    }
}

/// Whether `t` is a capitalised word that names no day or month: a word of a name, such as
/// New York, the White House, or Washington in the March on Washington.
pub(super) fn name_word(t: &Tok<'_>) -> bool {
    t.kind == Kind::Word
        && t.is_capitalised()
        && weekday_of(&t.lower).is_none()
        && month_of(&t.lower).is_none()
}

/// Whether `t` joins two dates named alike, the noun they share after the second: "the
/// 19th and 20th centuries", "Monday and Tuesday of next week", "from summer to fall",
/// "between the 3rd and 5th of April".
pub(super) fn pairs(t: &Tok<'_>) -> bool {
    matches!(t.lower.as_ref(), "and" | "or" | "to" | "through")
}

pub(super) fn weekday_of(word: &str) -> Option<Weekday> {
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
pub(super) fn weekdays_of(word: &str) -> Option<Weekday> {
    word.strip_suffix('s')
        .filter(|w| w.ends_with("day"))
        .and_then(weekday_of)
}

pub(super) fn unit_of(word: &str) -> Option<Unit> {
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

/// The unit of "the week before Christmas", "the day after Oct. 5": a day, week,
/// weekend, month or year, in the singular.
pub(super) fn unit_next_to_date(word: &str) -> Option<Unit> {
    unit_of(word)
        .filter(|u| {
            matches!(
                u,
                Unit::Day | Unit::Week | Unit::Weekend | Unit::Month | Unit::Year
            )
        })
        .filter(|_| !word.ends_with('s'))
}

/// A month or a season with its year still to find: what "that", "the following" or "the
/// previous" can name.
pub(super) fn named_in_year(t: &Tok<'_>) -> Option<Core> {
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

pub(super) fn season_of(word: &str) -> Option<Season> {
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
        _ => crate::values::spoken::unit_word(word),
    }
}

pub(super) fn ordinal_of(word: &str) -> Option<u32> {
    Some(match word {
        "first" => 1,
        "second" => 2,
        "third" => 3,
        "fourth" => 4,
        _ => return None,
    })
}

/// The ordinal "first" to "fourth" at `k`, in words or in figures ("4th qtr"): its
/// number and how many tokens it takes.
#[inline]
pub(super) fn small_ordinal(toks: &[Tok<'_>], k: usize) -> Option<(u32, usize)> {
    let t = toks.get(k)?;
    if let Some(n) = ordinal_of(&t.lower) {
        return Some((n, 1));
    }
    if t.kind != Kind::Num || t.text.len() != 1 {
        return None;
    }
    let suffix = toks.get(k + 1).filter(|s| !s.spaced())?;
    let n = match (t.text, suffix.lower.as_ref()) {
        ("1", "st") => 1,
        ("2", "nd") => 2,
        ("3", "rd") => 3,
        ("4", "th") => 4,
        _ => return None,
    };
    Some((n, 2))
}

pub(super) struct Cursor<'t, 'a> {
    pub(super) toks: &'t [Tok<'a>],
    pub(super) i: usize,
}

impl<'a> Cursor<'_, 'a> {
    pub(super) fn peek(&self) -> Option<&Tok<'a>> {
        self.toks.get(self.i)
    }
    pub(super) fn peek_at(&self, k: usize) -> Option<&Tok<'a>> {
        self.toks.get(self.i + k)
    }
    pub(super) fn eat(&mut self, word: &str) -> bool {
        if self.peek().is_some_and(|t| t.is(word)) {
            self.i += 1;
            true
        } else {
            false
        }
    }
    /// Whether `'s` (or `’s`) stands `k` tokens past the cursor: "2012's", "last year's".
    pub(super) fn possessive_at(&self, k: usize) -> bool {
        self.peek_at(k).is_some_and(Tok::is_apostrophe)
            && self.peek_at(k + 1).is_some_and(|t| t.is("s"))
    }
    /// Eats `'s` (or `’s`, or a bare `'`) glued to the previous token: `Year's`,
    /// `Presidents'`. Whether there was one.
    pub(super) fn eat_possessive(&mut self) -> bool {
        let apostrophe = self.eat_glued("'") || self.eat_glued("’");
        if apostrophe {
            self.eat_glued("s");
        }
        apostrophe
    }
    /// Eats a `-` or `.` that is glued to the previous token.
    pub(super) fn eat_glued(&mut self, punct: &str) -> bool {
        if self.peek().is_some_and(|t| t.text == punct && !t.spaced()) {
            self.i += 1;
            true
        } else {
            false
        }
    }
    /// Whether these words come next, from the cursor on.
    pub(super) fn at_words(&self, words: &[&str]) -> bool {
        words
            .iter()
            .enumerate()
            .all(|(k, w)| self.peek_at(k).is_some_and(|t| t.is(w)))
    }
    /// Eats "fiscal", or the British "financial" before "year": "the current financial
    /// year" is a company's or a government's year as "the current fiscal year" is; and
    /// "calendar" there ("this calendar year").
    pub(super) fn eat_fiscal(&mut self) -> bool {
        self.eat("fiscal")
            || (self.peek_at(1).is_some_and(|t| t.is("year"))
                && (self.eat("financial") || self.eat("calendar")))
    }
    /// Eats the next token when it is one of `words`, and returns the word it matched (no
    /// copy: this runs at most tokens, from `relative`).
    #[inline]
    pub(super) fn eat_any<'w>(&mut self, words: &[&'w str]) -> Option<&'w str> {
        let t = self.peek()?;
        let w = *words.iter().find(|&&w| w == t.lower.as_ref())?;
        self.i += 1;
        Some(w)
    }
}

/// Every word the grammar compares a token with. An expression can only start at a number,
/// an apostrophe ("'80s") or a word the grammar knows: the parsers are tried only there
/// (trying all of them at every token was most of the cost of tagging). A test keeps this
/// list a superset of the words in this file.
pub(super) const GRAMMAR_WORDS: &[&str] = &[
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
    "another",
    "apl",
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
    "dawn",
    "day",
    "daybreak",
    "daylong",
    "days",
    "dec",
    "decade",
    "decades",
    "december",
    "during",
    "dusk",
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
    "final",
    "financial",
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
    "harbor",
    "hour",
    "hours",
    "hundred",
    "in",
    "is",
    "jan",
    "january",
    "jly",
    "jne",
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
    "lunchtime",
    "m",
    "many",
    "mar",
    "march",
    "may",
    "mch",
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
    "mtd",
    "nd",
    "near",
    "nearly",
    "next",
    "ni",
    "night",
    "nightfall",
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
    "qtd",
    "quarter",
    "quarterly",
    "quarters",
    "rd",
    "recent",
    "recently",
    "right",
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
    "subsequent",
    "summer",
    "sun",
    "sunday",
    "sunrise",
    "sunset",
    "tenth",
    "term",
    "th",
    "than",
    "that",
    "the",
    "then",
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
    "yearend",
    "yearlong",
    "years",
    "yesterday",
    "ytd",
];

/// A list of words looked up by hash, built on first use: for the lists asked at every
/// word ([`GRAMMAR_WORDS`], the first words of holidays, the scheduled verbs), where a scan
/// or a binary search showed in the profile.
pub(super) struct WordSet {
    words: &'static [&'static str],
    set: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>>,
}

impl WordSet {
    pub(super) const fn new(words: &'static [&'static str]) -> Self {
        WordSet {
            words,
            set: std::sync::OnceLock::new(),
        }
    }

    #[inline]
    pub(super) fn contains(&self, word: &str) -> bool {
        self.set
            .get_or_init(|| self.words.iter().copied().collect())
            .contains(word)
    }
}

/// A sign of money written before its figure: "$", "€", "£", "¥" (a year or a day glued
/// after one is an amount: "a €2000 fine").
pub(super) fn currency_sign(text: &str) -> bool {
    matches!(text, "$" | "€" | "£" | "¥")
}

/// A number of one or two figures, as a day of a month is written.
pub(super) fn day_figure(t: &Tok<'_>) -> bool {
    t.kind == Kind::Num && t.text.len() <= 2
}

/// Whether a dash glued at `k` joins a day glued after it: the "-9" of "June 8-9".
pub(super) fn dash_day(toks: &[Tok<'_>], k: usize) -> bool {
    toks.get(k).is_some_and(Tok::is_glued_hyphen)
        && toks
            .get(k + 1)
            .is_some_and(|t| !t.spaced() && day_figure(t))
}

/// Where the ordinal at `k` ends, for the day or week of an event: "first" to "fourth",
/// any other in words ("eighth", "twenty-first"), in figures ("8th", "100th"), or "last",
/// "final", "opening", "closing".
fn ordinal_end(toks: &[Tok<'_>], k: usize) -> Option<usize> {
    let t = toks.get(k)?;
    if ordinal_of(&t.lower).is_some()
        || matches!(t.lower.as_ref(), "last" | "final" | "opening" | "closing")
    {
        return Some(k + 1);
    }
    if t.kind == Kind::Num {
        let suffix = toks.get(k + 1)?;
        return (!suffix.spaced() && matches!(suffix.lower.as_ref(), "st" | "nd" | "rd" | "th"))
            .then_some(k + 2);
    }
    crate::values::spoken::spelled_ordinal(toks, k).map(|(_, next)| next)
}

/// Whether an expression may start at `t` (see [`GRAMMAR_WORDS`]).
pub(super) fn may_start(t: &Tok<'_>) -> bool {
    match t.kind {
        Kind::Num => true,
        Kind::Punct => t.is_apostrophe(),
        Kind::Word => {
            let w = t.lower.as_ref();
            // (a binary search over the list was a sixth of all tagging time)
            static GRAMMAR: WordSet = WordSet::new(GRAMMAR_WORDS);
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

pub(super) fn parse_at(toks: &[Tok<'_>], i: usize) -> Option<(usize, Expr)> {
    if !may_start(toks.get(i)?) {
        return None;
    }
    // the last digits of "3,935,969" or "9.75" are no count of years
    if toks[i].kind == Kind::Num
        && i >= 2
        && matches!(toks[i - 1].text, "," | ".")
        && !toks[i - 1].spaced()
        && !toks[i].spaced()
        && toks[i - 2].kind == Kind::Num
    {
        return None;
    }
    // "<DEC>": a company's code, as the wire writes it
    if i > 0 && toks[i - 1].text == "<" && !toks[i].spaced() {
        return None;
    }
    // No expression runs across a table's columns or rows, or into the next paragraph:
    // "vs 40.6\n    Yr div 37 cents", "period ended December 28\n    1985 earnings"
    // (looked for in the next ten tokens, as far as an expression and the words its
    // parsers read after it reach: a longer window cost more than 1% of all tagging and
    // changed no tag of Reuters-21578)
    let toks = match (i + 1..toks.len().min(i + 11)).find(|&k| toks[k].after_layout()) {
        Some(layout) => &toks[..layout],
        None => toks,
    };
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
    // (any ordinal: "the eighth day of", "the 100th day of", "the twenty-first day of")
    // (the rarest word first: this runs at every word that may start an expression)
    let unit_at = |k: usize| toks.get(k).is_some_and(|t| t.is("day") || t.is("week"));
    let event_day = (unit_at(the + 2) || unit_at(the + 3) || unit_at(the + 4))
        .then(|| ordinal_end(toks, the + 1))
        .flatten()
        .filter(|&unit| {
            unit_at(unit)
                && toks[the].is("the")
                && toks.get(unit + 1).is_some_and(|t| {
                    t.is("of")
                        || (t.is("for")
                            && toks[unit].is("day")
                            && toks.get(unit + 2).is_some_and(|n| !n.is("the")))
                })
                && best.as_ref().is_none_or(|(end, _)| *end <= unit + 1)
        });
    if let Some(unit) = event_day {
        // (it is, today is, it's; not "Friday is the last day for filing")
        let present = (the > 1
            && toks[the - 1].is("is")
            && matches!(toks[the - 2].lower.as_ref(), "it" | "today" | "this"))
            || (the > 2 && toks[the - 1].is("s") && toks[the - 3].is("it"));
        if !(present && the == i && toks[unit].is("day")) {
            return None;
        }
        let today = Core::Relative {
            unit: Unit::Day,
            offset: 0,
        };
        return plain(today).map(|e| (unit + 1, e));
    }
    // "the quarter-to-quarter comparison", "year-over-year growth": a compound word (but
    // "the year-to-date" is this year so far)
    let end = best.as_ref()?.0;
    let glued = |k: usize, words: &[&str]| {
        toks.get(k)
            .is_some_and(|t| !t.spaced() && words.contains(&t.lower.as_ref()))
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
    with_its_unit,
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
