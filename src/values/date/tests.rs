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
        // (with no quarter named, the last one over: late October reports the third)
        (
            "profit fell from the year-ago quarter",
            "1989-10-27",
            "1988-Q3",
        ),
        ("the latest quarter", "1989-10-27", "1989-Q3"),
        ("this year's third quarter", "1989-10-27", "1989-Q3"),
        ("the 1988 second quarter", "1989-10-27", "1988-Q2"),
        ("since the 11th century", "1998-02-19", "10"),
        ("for a couple of years", "1998-01-08", "P2Y"),
        ("it rose in June last year", "1998-02-19", "1997-06"),
        ("the last half of 1989", "1989-10-27", "1989-H2"),
        // ("back" and "front" halves, as analysts speak of them)
        (
            "Sales should recover in the back half of the year.",
            "2024-10-23",
            "2024-H2",
        ),
        (
            "Profit rose in the front half of 2024.",
            "2024-10-23",
            "2024-H1",
        ),
        ("for the current fiscal year", "1989-10-27", "1989"),
        ("over the next three quarters", "1989-10-27", "P3Q"),
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
        // ... and without the hyphen, as a transcript may write it (SUTime's "nineteen
        // ninety six")
        (
            "Mr. Smith moved in nineteen ninety six",
            "2010-02-17",
            "1996",
        ),
        ("the year two thousand", "1998-02-27", "2000"),
        // ... and one written as a figure after "the year" (Reuters-21578 17429)
        (
            "should rise to total 200 mln tonnes annually by the year 2,000.",
            "1987-04-29",
            "2000",
        ),
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
        ("Some time ago, he spoke", "1998-02-13", "PAST_REF"),
        ("he left a while ago", "1998-02-13", "PAST_REF"),
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
    // "as recently as September" is September, with no PAST_REF beside it
    let text = "As recently as September, Labour was still ahead in opinion polls.";
    let tags = tag(text, Some(d("1987-03-15")));
    let found: Vec<_> = tags
        .iter()
        .map(|t| (&text[t.span.clone()], t.value.as_str()))
        .collect();
    assert_eq!(found, [("September", "1986-09")]);
}

#[test]
fn a_year_or_month_named_with_its_unit_is_tagged_whole() {
    // (Reuters-21578 10043, 1138, 1481, 21359, 4792; were the year or month alone)
    assert_spans(&[
        (
            "It extends the ethanol tax exemption through the year 2000.",
            "1987-03-26",
            "the year 2000",
            "2000",
        ),
        (
            "Its earnings per share for the year 1986 were 36 cts per share.",
            "1987-03-30",
            "the year 1986",
            "1986",
        ),
        (
            "It posted record trading volume for the month of February when 6,556,464 \
                 futures traded.",
            "1987-03-04",
            "the month of February",
            "1987-02",
        ),
        (
            "Loans rose in the month of\nSept 1986.",
            "1987-10-19",
            "the month of\nSept 1986",
            "1986-09",
        ),
        (
            "NOTE: net for qtr and yr 1986 and 1985 adjusted.",
            "1987-03-13",
            "yr 1986",
            "1986",
        ),
    ]);
    // (not the first of two years read together, nor across a table's rows)
    assert_spans(&[(
        "Exports in coffee year 1986/87, ending September, will fall.",
        "1987-04-07",
        "September",
        "1987-09",
    )]);
    assert_no_tag_holds(
        "Loss of 294.0 mln dlrs in prior year\n    1986 year excludes a loss.",
        "1987-03-05",
        "year\n",
    );
}

#[test]
fn no_expression_runs_across_a_tables_columns_or_rows() {
    // (three spaces or more, or a line break and an indent: Reuters-21578 10163, 14651,
    // 17709, 4123; "June one" was "June", read to the next row's "Record", and "May 2" and
    // "May ... Last year" ran across the layout)
    assert_spans(&[
        (
            "Qtly div 30 cts vs 30 cts prior\n    Pay June one\n    Record May eight",
            "1987-03-26",
            "June one",
            "1987-06-01",
        ),
        (
            "Qtly div 30 cts vs 30 cts prior\n    Pay June one\n    Record May eight",
            "1987-03-26",
            "May eight",
            "1987-05-08",
        ),
        (
            "Prices were -\n    May       2,560  (2,560)  volume 23 lots",
            "1987-04-07",
            "May",
            "1987-05",
        ),
        (
            "It wrote 1.1 mln dlrs of new business in May\n    Last year, the unit wrote less.",
            "1987-06-01",
            "Last year",
            "1986",
        ),
    ]);
    assert_no_tag_holds(
        "Shr 48.4 cents vs 40.6\n    Yr div 37 cents vs 15",
        "1987-03-12",
        "40.6",
    );
}

#[test]
fn decades_in_two_figures_or_words_follow_the_and_count_no_figures() {
    // "the 90's" (the style of the New York Times of the 1990s) and "the late seventies",
    // HeidelTime's test forms: a decade after "the", with its part, or paired with one
    assert_values(&[
        ("Sales boomed in the 90's.", "1999-06-01", "the 90's", "199"),
        (
            "He grew up in the mid-60s in Ohio.",
            "2013-03-22",
            "the mid-60s",
            "196",
        ),
        (
            "a hit in the late 70's",
            "1999-06-01",
            "the late 70's",
            "197",
        ),
        ("music of the 70s and 80s", "2013-03-22", "80s", "198"),
        // (the last such decade begun by the publication: the 1920s read in 1998, the
        // 2020s read in 2024)
        ("Jazz boomed in the '20s.", "1998-03-01", "the '20s", "192"),
        (
            "Prices soared in the '20s.",
            "2024-03-14",
            "the '20s",
            "202",
        ),
        (
            "He was a star in the '00s.",
            "2024-03-14",
            "the '00s",
            "200",
        ),
        ("from the 1960s to 80s", "2013-03-22", "80s", "198"),
        (
            "in the late seventies",
            "1999-06-01",
            "the late seventies",
            "197",
        ),
        (
            "since the mid-nineties",
            "1999-06-01",
            "the mid-nineties",
            "199",
        ),
    ]);
    // ... not figures in a range, where the sentence tells what they count, a state is in
    // them or no "the" comes first (Reuters-21578 11504, 13616, 16358, 372), nor an age
    assert_untagged(
        "1987-03-13",
        &[
            "Temperatures were in the 30s F early.",
            "Highs will warm into the 70s from central areas.",
            "They think a price in the low 50s would be appropriate.",
            "All were in the mid-90s.",
            "analysts estimated the company was worth in the mid 30s",
            "sold 70s and 80s",
            // (nor a figure too early for a year of the news that counts the word after it,
            // after a link that joins figures too: Reuters 2218, 18222, 14548)
            "supplying voice services to 1500 campus computer users",
            "offers from the secondhand market and 1400 hours in the case of offers",
            "choice 2-4 1050-1350 lb steers 64.50-69.00",
            // (nor a telephone number of four-digit groups, Reuters 1668)
            "callers reach an operator by dialing a single telephone number, 0430-0010, ATT said.",
            // (nor the 20s, the 1920s or the 2020s by when it was written)
            "Jazz boomed in the 20s.",
            "a man in his late seventies",
        ],
    );
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
            // a number before "AM" in capitals is radio's, and one after a score no clock
            "Infinity will own nine FM and four AM stations.",
            "The side won three in the afternoon session.",
            // "present" before a level or a price is an adjective
            "will stay at present levels",
            "Sales at present low prices will fall.",
            // the name of a day that is no day of the story (Super Bowl Sunday had no fixed
            // day before 2004; Super Tuesday is a holiday, below)
            "The march commemorates Bloody Sunday.",
            "Millions watched on Super Bowl Sunday.",
            "The Black Saturday fires in Victoria killed 173 people.",
        ],
    );
    // an abbreviated weekday with no period is one only set off by a comma before a date,
    // as a dateline writes it, or after "on", or before the day's figure
    // "the 22nd of May" holds its article, as "the 22nd" does (Reuters-21578 5167; and
    // "the fourth of March", below)
    assert_spans(&[
        (
            "I do not foresee any need for new measures before the 25th of June.",
            "1987-03-15",
            "the 25th of June",
            "1987-06-25",
        ),
        (
            "the 22nd of May 2019",
            "2020-05-25",
            "the 22nd of May 2019",
            "2019-05-22",
        ),
        // (the first of two days takes the month and year of the second: it was a day of
        // the publication's month)
        (
            "The fair runs between the 3rd and 5th of April.",
            "1987-03-10",
            "the 3rd",
            "1987-04-03",
        ),
        (
            "It runs from the 3rd to the 5th of April 1988.",
            "1987-03-10",
            "the 3rd",
            "1988-04-03",
        ),
    ]);
    assert_spans(&[
        (
            "Updated: 5:43 PM EDT, Thu May 16, 2019",
            "2019-05-20",
            "5:43 PM EDT, Thu May 16, 2019",
            "2019-05-16T17:43",
        ),
        (
            "Posted Thu, May 16",
            "2019-05-20",
            "Thu, May 16",
            "2019-05-16",
        ),
        (
            "The match is on Sat 9 March.",
            "2013-03-14",
            "Sat 9 March",
            "2013-03-09",
        ),
        (
            "Talks resume on Tue March 19.",
            "2013-03-14",
            "Tue March 19",
            "2013-03-19",
        ),
        // ("Thu", "Tue" and "Fri" are no other word: a dateline's, with no comma; it was
        // "Mar 21, 2013" alone)
        (
            "Thu Mar 21, 2013 5:01pm EDT",
            "2013-03-21",
            "Thu Mar 21, 2013",
            "2013-03-21",
        ),
        (
            "They Wed May 16 in Paris.",
            "2019-05-20",
            "May 16",
            "2019-05-16",
        ),
        (
            "The Sun 16 May edition sold out.",
            "2019-05-20",
            "16 May",
            "2019-05-16",
        ),
        (
            "The Sun May 16 edition sold out.",
            "2019-05-20",
            "May 16",
            "2019-05-16",
        ),
    ]);
    // ("Black Monday" with its year is the name too)
    let text = "It was the worst day since the Black Monday crash of 1987.";
    let tags = tag(text, Some(d("2020-03-16")));
    let spans: Vec<_> = tags.iter().map(|t| &text[t.span.clone()]).collect();
    assert_eq!(spans, ["1987"]);
    // ... and "expiration Friday", "triple witching Friday", the kind of day futures and
    // options expire on (reuters-16017, 4570, 6249: they were the Friday nearest)
    assert_untagged(
        "1987-04-09",
        &[
            "Settlement of the new contract will be based on the opening value of the index \
             on expiration Friday.",
            "The New York stock exchange said its rules for triple expiration Friday permit \
             entering orders.",
        ],
    );
    let text = "On the last triple witching Friday, December 19, the NYSE traded 85 mln shares.";
    let tags = tag(text, Some(d("1987-03-12")));
    let spans: Vec<_> = tags.iter().map(|t| &text[t.span.clone()]).collect();
    assert_eq!(spans, ["December 19"]);
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
fn an_unresolved_date_keeps_its_unit_in_its_value() {
    // (TIMEX3's placeholders: a weekday, a week, a month; were all "XXXX-XX-XX" or
    // "XXXX")
    for (text, value) in [
        ("The vote is on Monday.", "XXXX-WXX-1"),
        ("Talks broke down last week.", "XXXX-WXX"),
        ("Sales rose this weekend.", "XXXX-WXX-WE"),
        ("It reports next month.", "XXXX-XX"),
        ("Output fell two weeks ago.", "XXXX-WXX"),
        ("It will report in the next quarter.", "XXXX-QX"),
        ("He left yesterday.", "XXXX-XX-XX"),
        ("He left last year.", "XXXX"),
    ] {
        let tags = tag(text, None);
        assert_eq!(tags.len(), 1, "{text:?}: {tags:?}");
        assert_eq!(
            (tags[0].value.as_str(), &tags[0].date),
            (value, &None),
            "{text:?}"
        );
        assert!(tags[0].relative, "{text:?}");
    }
}

#[test]
fn a_month_written_in_lowercase_is_one_unless_the_word_is_another() {
    // (reuters-16052, a wire story written all in lowercase; "above the january figure"
    // is the figure compared with, so the month before is February's)
    let text = "chile's trade surplus narrowed to 102.2 mln dlrs in february, above the 18.2 \
                mln dlr surplus recorded in january 1987. Exports in february totalled 379.4 \
                mln dlrs, 17.2 pct above the january figure. Imports fell 9.2 pct from the \
                previous month.";
    assert_values_on(
        "1987-04-09",
        &[
            (text, "february", "1987-02"),
            (text, "january 1987", "1987-01"),
            (text, "previous month", "1987-01"),
        ],
    );
    // (but "may" and "march" are verbs, "august" an adjective, a short form any word)
    assert_untagged(
        "1987-04-09",
        &[
            "They march on the capital.",
            "It is an august institution.",
            "The dec was filed by the firm.",
            "the sunday paper",
            "He sat on the board; the sun rose on wed lands.",
            "They march 1000 soldiers to the border.",
        ],
    );
    // ... unless a word before it makes it a month or the day (reuters-12, 13061, 15686,
    // 15530): an edge of the month, "the month of", a preposition of time before a weekday
    // written out
    assert_spans(&[
        (
            "it typically reports first quarter results in late march, said",
            "1987-04-06",
            "late march",
            "1987-03",
        ),
        (
            "domestic car sales for the month of march rose four pct",
            "1987-04-06",
            "the month of march",
            "1987-03",
        ),
        (
            "a cold spell during mid-may has raised concern",
            "1987-06-10",
            "mid-may",
            "1987-05",
        ),
        (
            "The association is expected to release its estimates later today or on \
             friday.",
            "1987-04-06",
            "friday",
            "1987-04-10",
        ),
        // (a weekday written out, anywhere but after an article before a noun; and a
        // month before a year, or before a day past its abbreviation's stop: reuters-5352,
        // 3388, 6899, 4573)
        (
            "Releasing a letter sent friday to Supermarkets General, Dart said",
            "1987-03-16",
            "friday",
            "1987-03-13",
        ),
        (
            "Shaking loose earth from hills, the thursday night quake triggered landslides",
            "1987-03-09",
            "thursday night",
            "1987-03-05TNI",
        ),
        (
            "whose four-year presidential term ends in august 1988.",
            "1987-03-18",
            "august 1988",
            "1988-08",
        ),
        (
            "the 20.3 billion dlr debt rescheduling signed feb. 27 put an end to a process",
            "1987-03-12",
            "feb. 27",
            "1987-02-27",
        ),
        // (reuters-5137, 11528: a day after it)
        (
            "450 people died or were missing during the march 5 earthquake.",
            "1987-03-20",
            "march 5",
            "1987-03-05",
        ),
        (
            "reflect one-for-three reverse stock split effective march 5, 1986.",
            "1987-03-20",
            "march 5, 1986",
            "1986-03-05",
        ),
    ]);
    // (not a count after the verb)
    assert_untagged("1987-04-09", &["They march 5 miles a day."]);
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
    // ... nor after a name or an initialism, before a verb a modal takes (Reuters-21578
    // 5201: it was 1987-05); but before a noun it names the month's figure
    assert_untagged(
        "1987-03-16",
        &[
            "the definitions allowed in the U.S. And the U.K. May put German banks at a \
             competitive disadvantage, the sources said.",
            "He said Britain May face a fine.",
        ],
    );
    assert_values_on(
        "1987-03-16",
        &[
            ("U.S. May exports rose.", "May", "1986-05"),
            ("Chicago May wheat rose 2 cents.", "May", "1987-05"),
            // (a month before the verb of its closing price, reuters-14653 and
            // reuters-18409: they were 1986's; not a statistic's month)
            (
                "July futures closed at 12.70 dlrs. September closed at 12.35 dlrs, up 55, \
                 and December settled at 11.70 dlrs with no trades.",
                "December",
                "1987-12",
            ),
            (
                "Corn futures set contract highs, with December closing up the 10 cent a \
                 bushel limit at 2.11-3/4 dlrs.",
                "December",
                "1987-12",
            ),
            // (and one whose verb is left out after another's closing price, reuters-14404
            // and reuters-14799: they were 1986's; not a figure of a month gone)
            (
                "May settled at 5.04-1/2 dlrs after posting a 5-1/2 cent range, with November \
                 at 5.04-3/4.",
                "November",
                "1987-11",
            ),
            (
                "June eurodollar opened at 93.26 below Chicago's close of 93.29 and September \
                 at 93.18 below 93.21.",
                "September",
                "1987-09",
            ),
            (
                "The index rose to 104.1 in February against 100.9 in January and December at \
                 104.5.",
                "December",
                "1986-12",
            ),
            (
                "January non-farm payroll jobs grew by 319,000 and February was up 337,000 \
                 jobs.",
                "February",
                "1987-02",
            ),
        ],
    );
    // nor a company's name
    assert_untagged(
        "1987-04-13",
        &[
            "May Department Stores Co said it named Ronald Tanler as chairman.",
            "Associated Dry Goods was acquired by May Co.",
            "May Petroleum Inc will distribute the units.",
            // (reuters-11892: each was 1987-05)
            "following approval by May Energy unitholders.",
            "about 35 units for each 100 May Energy Partners units",
            // (nor an event's: they were months)
            "Fans filled out their brackets for March Madness.",
            "the anniversary of the October Revolution",
            // (nor a place's, with its Spanish particle: Reuters-21578 7345's "Mar" was
            // March)
            "Biosensor Corp said it signed an agreement with Del Mar Avionics, Irvine.",
            "The talks were held in Mar del Plata.",
            // (nor a march's, "March" before "on" and a place: it was March)
            "Crowds gathered for the anniversary of the March on Washington.",
        ],
    );
    // (but a month after a preposition is one, before "on" and a name too)
    assert_values(&[(
        "Stocks rallied in March on Wall Street.",
        "2013-08-14",
        "March",
        "2013-03",
    )]);
    // nor a person's: after a title, or beside another name before a verb of saying or a
    // possessive
    assert_untagged(
        "2013-07-01",
        &[
            "Gov. Jan Brewer ordered flags lowered to half-staff.",
            "SAS President Jan Carlzon announced the order.",
            "E.F. Hutton food analyst June Page said.",
            "Home Secretary Theresa May said the law would change.",
            "Lawmakers rejected the deal Prime Minister Theresa May struck with Brussels.",
            // (a surname of more names and particles, Reuters-21578)
            "Association secretary Jan de Vries said although the roasters were buying.",
            "Jan Kees van Bergen said the talks would go on.",
            // (more verbs of speaking, and a role written small before the name: they
            // were months)
            "April Ryan asked the question.",
            "White House correspondent April Ryan pressed him.",
            "The economist June Page warned of risks.",
            // (a first name after a verb of saying, the name closed by a comma:
            // reuters-11225, it was May 1987)
            "\"They're well supplied here,\" said Richard May, senior analyst at Barclays.",
            // (a first name, set off by a comma before a post or "who": reuters-17506,
            // 18034, they were May 1987)
            "Also, Bill May, chairman of ARGOSystems, and three other officers have granted \
             Boeing an option.",
            "Kenneth May, President of Holly Farms Poultry Industries, said.",
            "Britain's Theresa May, who faces a vote, spoke.",
        ],
    );
    // (not a place before a traded month and a relative clause)
    assert_values(&[(
        "New York May, which closed higher, rose.",
        "1987-03-31",
        "May",
        "1987-05",
    )]);
    // ... and a company's name that runs on is the name too, once the text has named it
    assert_untagged(
        "1987-03-31",
        &[
            "May Department Stores Co said it sold the unit. May said it expects to close \
           the deal. May added that the bank had agreed.",
        ],
    );
    // ... and the word alone once the text has named the person, but not in a time
    let text = "Lawmakers will vote on the deal that Prime Minister Theresa May struck in \
                November. The vote had been set for Dec. 11 but May postponed it. May survived \
                a confidence vote last month. Britain leaves the bloc in May. The May \
                elections will follow.";
    let tags = tag(text, Some(d("2019-01-09")));
    let months: Vec<_> = tags
        .iter()
        .filter(|t| text[t.span.clone()].starts_with("May"))
        .map(|t| (t.span.start, t.value.as_str()))
        .collect();
    let at = |phrase: &str| text.find(phrase).expect("the phrase is in the text");
    assert_eq!(
        months,
        [
            (at("May. The"), "2019-05"),
            (at("May elections"), "2019-05")
        ]
    );
    // ... but a month beside a capitalised word is a month
    assert_values_on(
        "2013-07-01",
        &[
            (
                "In March Ecuador said it would suspend payments.",
                "March",
                "2013-03",
            ),
            (
                "But January's sales were revised down.",
                "January",
                "2013-01",
            ),
            // (and one before its market's price is a futures contract, the next May)
            (
                "The New York May price was down 15.59 cents.",
                "May",
                "2014-05",
            ),
            (
                "Qtly div 35 cts vs 35 cts prior. Pay April One.",
                "April One",
                "2013-04-01",
            ),
        ],
    );
}

#[test]
fn a_short_month_in_capitals_among_lowercase_words_is_an_acronym() {
    // (Reuters-21578 8506, 11367, 10607: they were 1986-12, 1987-04 and 1986-09)
    assert_untagged(
        "1987-03-23",
        &[
            "earnings have soared, he said of DEC's line of VAX computers.",
            "the computing power of rival systems from IBM and DEC.",
            "Chrysler said the program offers the choice between its low APR financing of \
             3.7 pct and a rebate.",
            "the motor manufacturer Societe Europeenne de Propulsion (SEP) said the motor \
             had been dismantled.",
            "a special version of the APR-39A radar threat warning system.",
            // (named again: they were 1986-12)
            "he did not view IBM as a threat to DEC, nor DEC as a threat to IBM.",
        ],
    );
    // (near a month written as words, which alone is tagged: it was 1986-09)
    let text = "The Arianespace-SEP statement said that during a test on March 23, a fault \
                occurred.";
    let tags = tag(text, Some(d("1987-03-28")));
    let spans: Vec<_> = tags.iter().map(|t| &text[t.span.clone()]).collect();
    assert_eq!(spans, ["March 23"]);
    // but a month it is with a day or a year, beside another month, in a table of
    // contracts with its figures after it, or in a text written in capitals
    assert_values_on(
        "1987-03-23",
        &[
            (
                "the contract expires on DEC 15, the company said.",
                "DEC 15",
                "1987-12-15",
            ),
            (
                "the JAN-MAR period was weak, it said.",
                "JAN-MAR",
                "1987-Q1",
            ),
            ("PRICES FOR NOV WERE UNCHANGED", "NOV", "1986-11"),
        ],
    );
    let table = "JLY   936   5362   off   39\n AUG   213   1421   up   104";
    let tags = tag(table, Some(d("1987-04-07")));
    let spans: Vec<_> = tags.iter().map(|t| &table[t.span.clone()]).collect();
    assert_eq!(spans, ["AUG"]);
}

#[test]
fn the_wires_own_short_months_of_price_tables_are_months() {
    // (Reuters-21578 14189, 14671: "Jne 1988" was 1988 alone, its January 1987)
    assert_values_on(
        "1987-04-07",
        &[
            (
                "with May/Jne at 26.75, Oct/Dec at 27, Jan/Jne 1988 at 25 Marks.",
                "Jan",
                "1988-01",
            ),
            (
                "Oct/Dec at 27, Jan/Jne 1988 at 25 Marks.",
                "Jne 1988",
                "1988-06",
            ),
            ("Fob Paranagua     Jun/Jly     2/1 D", "Jly", "1987-07"),
            (
                "Palm expellers changed hands with Mch/Apl at 110 dlrs.",
                "Apl",
                "1987-04",
            ),
        ],
    );
    // (in capitals, a company: "APL" is American President Lines)
    assert_untagged(
        "1987-06-29",
        &["APL said it planned to buy the Fischbach shares from Pennsylvania Engineering."],
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
        (
            "The April 12 and 26 elections will be the first nationwide vote since July.",
            "1987-03-23",
            vec![
                ("April 12", "1987-04-12"),
                ("26", "1987-04-26"),
                ("July", "1986-07"),
            ],
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
        // a range of days takes the tense of its clause, from its first day
        (
            "The talks were held on 8-9 June.",
            "2013-03-22",
            vec![("8", "2012-06-08"), ("9 June", "2012-06-09")],
        ),
        (
            "The summit was held June 8-9.",
            "2013-03-22",
            vec![("June 8", "2012-06-08"), ("9", "2012-06-09")],
        ),
        (
            "The talks will be held on 8-9 June.",
            "2013-03-22",
            vec![("8", "2013-06-08"), ("9 June", "2013-06-09")],
        ),
        // ... and an en dash glued on both sides joins them as a hyphen does
        (
            "The summit was held June 8\u{2013}9.",
            "2013-03-22",
            vec![("June 8", "2012-06-08"), ("9", "2012-06-09")],
        ),
        // the days of a week or weekend named are in it
        (
            "The shop will open on the weekend of 30-31 March.",
            "2013-03-22",
            vec![("the weekend of 30-31 March", "2013-W13-WE")],
        ),
        (
            "Protests are planned for the weekend of April 19-21.",
            "2013-03-20",
            vec![("the weekend of April 19-21", "2013-W16-WE")],
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
        // each day of a list (the rest were untagged; reuters-8092)
        (
            "the unofficial strike calendar had been set for April 2, 7, 8, 21 and 22.",
            "1987-03-22",
            vec![
                ("April 2", "1987-04-02"),
                ("7", "1987-04-07"),
                ("8", "1987-04-08"),
                ("21", "1987-04-21"),
                ("22", "1987-04-22"),
            ],
        ),
        (
            "Hearings are set for April 5, 12, and 19.",
            "2013-03-21",
            vec![
                ("April 5", "2013-04-05"),
                ("12", "2013-04-12"),
                ("19", "2013-04-19"),
            ],
        ),
        // (and before a month that comes after its days)
        (
            "Hearings are on 5, 12 and 19 April.",
            "2013-03-21",
            vec![
                ("5", "2013-04-05"),
                ("12", "2013-04-12"),
                ("19 April", "2013-04-19"),
            ],
        ),
        (
            "Prices were 1,15 and 16 March.",
            "2013-03-21",
            vec![("16 March", "2013-03-16")],
        ),
        // (not counts, nor figures that do not follow one another)
        (
            "On April 5, 12 people and 19 police were hurt.",
            "2013-03-21",
            vec![("April 5", "2012-04-05")],
        ),
        (
            "On April 5, 12 and 19 people were hurt.",
            "2013-03-21",
            vec![("April 5", "2012-04-05")],
        ),
        (
            "On April 15, 12 and 19 were sold.",
            "2013-03-21",
            vec![("April 15", "2012-04-15")],
        ),
    ] {
        let got: Vec<(&str, String)> = tag(text, Some(d(published)))
            .into_iter()
            .map(|t| (&text[t.span], t.value))
            .collect();
        let want: Vec<(&str, String)> = want.into_iter().map(|(s, v)| (s, v.to_string())).collect();
        assert_eq!(got, want, "{text:?}");
    }
}

#[test]
fn a_date_bounding_one_side_is_open_on_the_other() {
    // (sentence, phrase tagged, value, mod, start, end; "" for an open end)
    let table = [
        (
            "The bonds mature on or after June 1, 2015.",
            "June 1, 2015",
            "2015-06-01",
            Modifier::OnOrAfter,
            "2015-06-01",
            "",
        ),
        (
            "Output is seen rising in 1994 or later.",
            "1994 or later",
            "1994",
            Modifier::OnOrAfter,
            "1994-01-01",
            "",
        ),
        (
            "The plan runs to 1990 and beyond.",
            "1990 and beyond",
            "1990",
            Modifier::OnOrAfter,
            "1990-01-01",
            "",
        ),
        (
            "Forms must be filed no later than June 30.",
            "June 30",
            "2013-06-30",
            Modifier::OnOrBefore,
            "",
            "2013-06-30",
        ),
        (
            "Those built in 1995 or earlier are exempt.",
            "1995 or earlier",
            "1995",
            Modifier::OnOrBefore,
            "",
            "1995-12-31",
        ),
        // "and later", and "after" or "before" as adverbs (Reuters-21578)
        (
            "It cuts tax credits by 35 pct in 1988 and later years.",
            "1988 and later",
            "1988",
            Modifier::OnOrAfter,
            "1988-01-01",
            "",
        ),
        (
            "Prices on new orders placed March 4 and after will be increased.",
            "March 4 and after",
            "2013-03-04",
            Modifier::OnOrAfter,
            "2013-03-04",
            "",
        ),
        (
            "Claims for 1986 and before were settled.",
            "1986 and before",
            "1986",
            Modifier::OnOrBefore,
            "",
            "1986-12-31",
        ),
    ];
    for (text, phrase, value, modifier, start, end) in table {
        let t = tag_spanning(text, "2013-03-20", phrase);
        assert_eq!(
            (t.value.as_str(), t.modifier),
            (value, Some(modifier)),
            "{text:?}"
        );
        let date = t.date.expect("a bound has an interval");
        let open = |s: &str, unbounded: NaiveDate| if s.is_empty() { unbounded } else { d(s) };
        assert_eq!(
            (date.start, date.end),
            (open(start, NaiveDate::MIN), open(end, NaiveDate::MAX)),
            "{text:?}"
        );
    }
    // "and later" goes on with a verb, "or later" with another date: no bound
    let t = tag_spanning("Sales rose in May and later fell.", "2013-03-20", "May");
    assert_eq!(t.modifier, None);
    let text = "The vote may come in May or later this year.";
    assert_eq!(tag_spanning(text, "2013-03-20", "May").modifier, None);
    let text = "callable at 106 until April 28, 1988 and thereafter at prices declining";
    let t = tag_spanning(text, "1987-03-20", "April 28, 1988");
    assert_eq!(t.modifier, None);
    // the report says which side is open
    let t = tag_spanning("Built in 1995 or earlier.", "2013-03-20", "1995 or earlier");
    assert_eq!(t.date.expect("dated").to_string(), "1995 or earlier");
}

#[test]
fn durations_carry_a_period_value() {
    for (text, value) in [
        ("Officials said a month-long strike followed.", "P1M"),
        ("He began a weeklong visit to China.", "P1W"),
        ("In the past year and a half, prices doubled.", "P1Y6M"),
        // ... and with no "a" (reuters-8746)
        (
            "the decline in the dollar's value over the last year and half.",
            "P1Y6M",
        ),
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
        // "as many" after "in" is the count or ordinal before it (Reuters-21578)
        (
            "It was the second such issue in as many weeks, analysts noted.",
            "P2W",
        ),
        (
            "He was hospitalized for the third time in as many months.",
            "P3M",
        ),
        ("Three storms in as many days hit the coast.", "P3D"),
        ("It rained for many days.", "PXD"),
        // a fortnight is two weeks
        ("Prices rose over the past fortnight.", "P2W"),
        // half of a unit, in the next smaller one
        ("The exchange closed half an hour early.", "PT30M"),
        // the last or next hour or minute has no name on the calendar: a length
        ("In the past hour, the airport reopened one runway.", "PT1H"),
        ("Within the next hour, the storm will hit.", "PT1H"),
        ("He spent the past hour and a half there.", "PT1H30M"),
        ("Its worst nosedive in more than half a century.", "P50Y"),
        // decades in years, a fraction too
        ("It took a decade and a half to finish.", "P15Y"),
        // "and a half" glued with hyphens too (Reuters-21578)
        ("He was jailed for six-and-a-half years.", "P6Y6M"),
        (
            "The pound added 6.3 cents over the past week-and-a-half.",
            "P1.5W",
        ),
    ] {
        let tags = tag(text, Some(d("2013-03-22")));
        assert_eq!(tags.len(), 1, "{text:?}: {tags:?}");
        assert_eq!(tags[0].value, value, "{text:?}");
        assert_eq!(tags[0].kind, TimexKind::Duration);
    }
    // (not "and half" before what it halves)
    let text = "It took two years and half the staff quit.";
    let tags = tag(text, Some(d("2019-01-01")));
    assert_eq!(
        (&text[tags[0].span.clone()], tags[0].value.as_str()),
        ("two years", "P2Y")
    );
    assert_eq!(
        tag_spanning(
            "He left a year and half ago.",
            "2013-03-15",
            "a year and half ago"
        )
        .value,
        "2011-09"
    );
    let tags = tag("the talks lasted three years", Some(d("2019-01-01")));
    assert_eq!(tags[0].value, "P3Y");
    assert_eq!(tags[0].kind, TimexKind::Duration);
    // a range of counts is one length, read at its lower count: at least that many after
    // "to" (wsj_0585: "two to three weeks" is P2W, EQUAL_OR_MORE), about that many after
    // "or" (not "from nine to seven days", two lengths); and "at least" before "the past"
    // and a count is part of it (wsj_1014; not "over", below)
    for (text, phrase, value, modifier) in [
        (
            "Prices have risen for at least the past 18 months.",
            "at least the past 18 months",
            "P18M",
            Some(Modifier::EqualOrMore),
        ),
        (
            "The mission is expected to stay two to three weeks.",
            "two to three weeks",
            "P2W",
            Some(Modifier::EqualOrMore),
        ),
        (
            "The certificates will carry maturities of five or six years.",
            "five or six years",
            "P5Y",
            Some(Modifier::Approx),
        ),
        (
            "The market will change over the next five to 10 years.",
            "the next five to 10 years",
            "P5Y",
            Some(Modifier::EqualOrMore),
        ),
        (
            "Sailings are being increased from nine to seven days.",
            "seven days",
            "P7D",
            None,
        ),
    ] {
        let hit = tag_spanning(text, "1987-03-26", phrase);
        assert_eq!(
            (hit.value.as_str(), hit.modifier),
            (value, modifier),
            "{text:?}"
        );
    }
    tag_spanning(
        "Prices rose over the past two years.",
        "1989-10-27",
        "the past two years",
    );
    // ("the trailing 12 months" too: it was "12 months" alone, Reuters-21578 6539)
    assert_lengths(&[(
        "Earnings were 80 cts for the trailing 12 months ended November 1986.",
        "1987-03-18",
        "the trailing 12 months",
        "P12M",
    )]);
    // ("or so" makes a length or a date approximate, TIMEX APPROX)
    for text in [
        "in the next two years or so",
        "It happened a week or so ago.",
    ] {
        let tags = tag(text, Some(d("1989-10-27")));
        assert_eq!(tags[0].modifier, Some(Modifier::Approx), "{text:?}");
    }
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
            "8-month-old",
            "P8M",
        ),
    ] {
        let tags = tag(text, Some(d("1987-03-31")));
        assert_eq!(tags.len(), 1, "{text:?}: {tags:?}");
        assert_eq!(&text[tags[0].span.clone()], phrase);
        assert_eq!(tags[0].value, value, "{text:?}");
        assert_eq!(tags[0].kind, TimexKind::Duration);
    }
    // (the figure before "week ago" is no count of weeks: see
    // `the_wires_unit_ago_without_its_article_is_one_unit_back`; nor before a table's
    // heading, which is one year alone)
    assert_eq!(
        tag_spanning("Revs 11.4 mln vs 8,871,000\n    Year", "1987-06-01", "Year").value,
        "P1Y"
    );
    assert_eq!(
        value_of("head versus 128,000 week ago", "1987-06-01", "week ago"),
        "1987-W22"
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

/// Asserts that no tag of `text` holds `word` (in any case): "the week of the election" is
/// no week, though "the election" may be something else.
fn assert_no_tag_holds(text: &str, published: &str, word: &str) {
    let tags = tag(text, Some(d(published)));
    assert!(
        tags.iter()
            .all(|t| !text[t.span.clone()].to_lowercase().contains(word)),
        "{word:?} in {text:?}: {tags:?}"
    );
}

/// Asserts that nothing in any of `texts` is tagged.
fn assert_untagged(published: &str, texts: &[&str]) {
    for text in texts {
        let tags = tag(text, Some(d(published)));
        assert!(tags.is_empty(), "{text:?}: {tags:?}");
    }
}

/// `assert_values` for sentences all read on one publication date.
fn assert_values_on(published: &str, table: &[(&str, &str, &str)]) {
    let table: Vec<_> = table
        .iter()
        .map(|&(text, phrase, value)| (text, published, phrase, value))
        .collect();
    assert_values(&table);
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

/// Asserts each row of (sentence, phrase, value, modifier), read on `published`: a tag
/// spans exactly the phrase and has the value and the modifier.
fn assert_modified(published: &str, table: &[(&str, &str, &str, Modifier)]) {
    for &(text, phrase, value, modifier) in table {
        let t = tag_spanning(text, published, phrase);
        assert_eq!(
            (t.value.as_str(), t.modifier),
            (value, Some(modifier)),
            "{phrase:?} in {text:?}"
        );
    }
}

/// Asserts each row of (sentence, publication date, phrase, value): a tag spans exactly
/// the phrase, a length of that value.
fn assert_lengths(table: &[(&str, &str, &str, &str)]) {
    for &(text, published, phrase, value) in table {
        let t = tag_spanning(text, published, phrase);
        assert_eq!(
            (t.kind, t.value.as_str()),
            (TimexKind::Duration, value),
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
fn will_reaches_its_date_past_compounds_and_adjectives_in_its_object() {
    // (reuters-17312: it was 1986-11)
    assert_values_on(
        "1987-04-27",
        &[
            (
                "South Korea will also reorganise the country's 3,600 trade agents to deliver \
                 better after-sales services for imported products and hold a trade show in \
                 November for U.S. Products.",
                "November",
                "1987-11",
            ),
            (
                "South Korea will also reorganise the country's 3,600 trade agents to deliver \
                 better after-sales services and hold a trade show in November.",
                "November",
                "1987-11",
            ),
            // (not past "after" that opens a clause, nor a verb in the past)
            (
                "South Korea will hold a trade show after the ministry reported losses in \
                 November.",
                "November",
                "1986-11",
            ),
        ],
    );
}

#[test]
fn a_month_named_with_its_market_is_a_contract() {
    // (reuters-1 and 4965: the months a price is set against were the last ones gone)
    assert_values_on(
        "1987-02-26",
        &[
            (
                "Liquor sales were limited with March/April selling at 2,325 dlrs, June/July \
                 at 2,375 dlrs and at 1.25 times New York July, Aug/Sept at 2,400 dlrs and \
                 at 1.25 times New York Sept and Oct/Dec at 1.25 times New York Dec.",
                "July, Aug",
                "1987-07",
            ),
            (
                "Aug/Sept went at 2.27 and 2.28 times New York Sept and Oct/Dec at 4,480 dlrs.",
                "Sept and",
                "1987-09",
            ),
            (
                "June/July went at 35 and 45 dlrs under New York july.",
                "july.",
                "1987-07",
            ),
        ],
    );
    assert_values_on(
        "1987-03-13",
        &[
            (
                "The week has seen good demand for Thai raws, particulary for October/December \
                 shipment, which has traded above twenty points premium to the October New York \
                 delivery, it said.",
                "October New",
                "1987-10",
            ),
            // (not a month a text set in a city tells of, nor a day)
            (
                "Talks held in London in October failed.",
                "October",
                "1986-10",
            ),
            (
                "The pact was signed in London October 3.",
                "October 3",
                "1986-10-03",
            ),
        ],
    );
}

#[test]
fn months_of_any_form_before_spread_are_its_legs() {
    // (reuters-14157: they were 1986-07 and 1986-12)
    const PIT: &str = "Staley bought July and the July/December spread traded at 7-1/2 cents, \
                       pit brokers said.";
    let values: Vec<String> = tag(PIT, Some(d("1987-04-07")))
        .into_iter()
        .map(|t| t.value)
        .collect();
    assert_eq!(values, ["1987-07", "1987-07", "1987-12"]);
    assert_spans(&[
        // (the far leg the first such month after the near one)
        (
            "The May/March spread widened.",
            "1987-04-07",
            "March",
            "1988-03",
        ),
    ]);
}

#[test]
fn unlikely_looks_ahead_as_likely_does() {
    // (reuters-926, 942 and 3401: they were the last Thursday and the last Tuesday)
    assert_values_on(
        "1987-03-03",
        &[
            (
                "The Bundesbank is unlikely to change its credit policies at its central bank \
                 council meeting on Thursday, as exchange rates have stabilized.",
                "Thursday",
                "1987-03-05",
            ),
            (
                "The Bundesbank is likely to change its credit policies at its central bank \
                 council meeting on Thursday.",
                "Thursday",
                "1987-03-05",
            ),
            // (not what was unlikely: "was unlikely to" is still the past's)
            (
                "Dealers said on Thursday that a cut was unlikely.",
                "Thursday",
                "1987-02-26",
            ),
        ],
    );
    assert_values_on(
        "1987-03-09",
        &[(
            "Grain analysts said the increase in Soviet grain imports is unlikely to affect \
             the market Tuesday.",
            "Tuesday",
            "1987-03-10",
        )],
    );
}

#[test]
fn a_subject_after_a_lists_dash_takes_the_tense_of_its_verb() {
    // (reuters-11083: it was 1986-Q2, the last second quarter over)
    assert_values_on(
        "1987-03-30",
        &[
            (
                "The economists said.\n    - Oil prices in the second quarter are likely to \
                 continue trading roughly at current levels.",
                "the second quarter",
                "1987-Q2",
            ),
            (
                "\u{2022} Sales in the second quarter will fall.",
                "the second quarter",
                "1987-Q2",
            ),
            // (and told in the past, the last one over)
            (
                "- Oil prices in the second quarter rose.",
                "the second quarter",
                "1986-Q2",
            ),
        ],
    );
}

#[test]
fn a_cause_after_because_of_takes_no_tense_from_its_clause() {
    // (reuters-12680: they were 1988-01 and 1988-02)
    const AMOCO: &str = "Morrow told the analysts that Amoco's first quarter refining and \
                         marketing results \"will look pretty poor,\" because of low margins \
                         in January and February.";
    assert_spans(&[
        (AMOCO, "1987-04-02", "January", "1987-01"),
        (AMOCO, "1987-04-02", "February", "1987-02"),
        // (not a weekday, which keeps the tense of its clause: the coming Friday)
        (
            "Flights will be cancelled because of the strike on Friday.",
            "2013-03-20",
            "Friday",
            "2013-03-22",
        ),
    ]);
}

#[test]
fn a_forecast_statistic_for_a_month_just_gone_is_of_that_month() {
    // (reuters-9603: it was 1988-02; its figures were not out on March 25)
    assert_values_on(
        "1987-03-25",
        &[
            (
                "\"We could see the trade deficit start down in February or March,\" Baldrige \
                 said.",
                "February",
                "1987-02",
            ),
            (
                "Industrial production is likely to turn positive in February.",
                "February",
                "1987-02",
            ),
            // (the statistic up to 24 words before: reuters-8671's was 1988-02)
            (
                "The officials told reporters industrial production, down 0.5 pct in January \
                 from December, is likely to turn positive in February and to rise thereafter.",
                "February",
                "1987-02",
            ),
            // (not what is not a statistic: "The plant will reopen in February" is next
            // year's)
            ("The plant will reopen in February.", "February", "1988-02"),
            // (nor a month over more than two months ago)
            ("Exports will rise in January.", "January", "1988-01"),
        ],
    );
}

#[test]
fn associated_names_a_link_not_a_time_gone() {
    // (reuters-9808: "associated" after its noun is an adjective, as "related" and "based"
    // are, so "plans to pay" dates April; it was 1986-04)
    assert_values_on(
        "1987-03-26",
        &[
            (
                "It said assuming Commission approval, it plans to pay the 65 dlr per share \
                 dividend associated with the plan in April, with the exact timing depending \
                 on the closing of the financing.",
                "April",
                "1987-04",
            ),
            // (an event in the past still dates its month)
            (
                "It said the company paid the dividend in April.",
                "April",
                "1986-04",
            ),
        ],
    );
}

#[test]
fn the_other_modals_look_ahead_as_will_does() {
    // "may", "might", "should", "must", "could" before a date in their clause make it the
    // coming one (it was the last one: only "will" and "would" looked ahead)
    assert_spans(&[
        (
            "The stock market could be jolted one way or another on Friday as the so-called \
             triple witching expiration raises the speculation.",
            "1987-03-19",
            "Friday",
            "1987-03-20",
        ),
        (
            "He said the Tokyo Exchange's 225-share index may fall 1,000 points on Tuesday.",
            "1987-10-19",
            "Tuesday",
            "1987-10-20",
        ),
        (
            "growth should return at a slow rate in the second or third quarter",
            "1987-04-01",
            "third quarter",
            "1987-Q3",
        ),
        (
            "he might be forced out of office before October 30, when he is supposed to step \
             down.",
            "1987-04-17",
            "October 30",
            "1987-10-30",
        ),
        // (a deadline's "not" denies nothing: reuters-3036 was 1986-09-30)
        (
            "To be eligible for the credit guarantees all sales must be registered before \
             export but not later than September 30.",
            "1987-03-09",
            "September 30",
            "1987-09-30",
        ),
    ]);
    // ... but not a length, a date that names something, one past a denial, a verb in the
    // past or a phrase of its own, nor "could" told in the past
    assert_spans(&[
        (
            "Officials said a colony of beetles can destroy a potato field in a day.",
            "1987-03-24",
            "a day",
            "P1D",
        ),
        (
            "We have achieved more than what we thought we could achieve in one year.",
            "1987-03-15",
            "one year",
            "P1Y",
        ),
        (
            "The company could not be reached for comment on Friday.",
            "2019-11-13",
            "Friday",
            "2019-11-08",
        ),
        (
            "The index could only manage a small gain on Friday.",
            "2023-11-15",
            "Friday",
            "2023-11-10",
        ),
        // ("could" after a verb in the past still looks ahead to a goal "by" a day: it was
        // the last Friday, reuters-10122)
        (
            "There was widespread confidence a result on the outstanding items could be \
             reached by Friday, when the council session is due to end, consumers said.",
            "1987-03-26",
            "Friday",
            "1987-03-27",
        ),
        (
            "The drop may be the result of conservative backlash since the January resignation \
             of the party chief.",
            "1987-04-02",
            "January",
            "1987-01",
        ),
        (
            "personal income should rise at least 0.5 pct after being flat in January.",
            "1987-03-06",
            "January",
            "1987-01",
        ),
        (
            "Balance sheet strength should continue with debt to total capital at 22 pct as of \
             July 31.",
            "1987-10-19",
            "July 31",
            "1987-07-31",
        ),
    ]);
    // a modal with "have" tells what did not happen, in the past; "will have" looks ahead
    assert_values_on(
        "2024-03-22",
        &[
            (
                "Without the deal, the plant would have closed on Wednesday.",
                "Wednesday",
                "2024-03-20",
            ),
            (
                "Without it, agencies would have begun shutting down at 12:01 a.m. Wednesday.",
                "12:01 a.m. Wednesday",
                "2024-03-20T00:01",
            ),
            (
                "By then the plant will have closed on Wednesday.",
                "Wednesday",
                "2024-03-27",
            ),
            // ... and so with a month, which no nearer one to come takes over
            (
                "Without the deal, the plant would have closed in June.",
                "June",
                "2023-06",
            ),
            ("The fire may have started in June.", "June", "2023-06"),
            ("The project will have finished in June.", "June", "2024-06"),
        ],
    );
}

#[test]
fn a_day_a_thing_starts_from_is_that_day_and_still_to_come() {
    // "beginning April 1" is from that day on: the day alone, no start of it (it was
    // "beginning April 1" with START); and with no verb in the past before it, the coming
    // one
    let table = [
        (
            "The Treasury is requesting 7.2 billion dlrs for the fiscal year beginning Oct. 1.",
            "1987-04-01",
            "Oct. 1",
            "1987-10-01",
        ),
        (
            "Workers have called a 72-hour strike starting on Monday to protest against the plan.",
            "1987-03-20",
            "Monday",
            "1987-03-23",
        ),
        (
            "Apple unveiled its iPhones on Tuesday, with pre-orders beginning Friday.",
            "2023-09-12",
            "Friday",
            "2023-09-15",
        ),
        (
            "The company said it is accepting reservations for nonstop service to Nassau \
             beginning November 15.",
            "1987-06-29",
            "November 15",
            "1987-11-15",
        ),
        // (a verb that decides the thing tells no past of it)
        (
            "President Uhuru Kenyatta declared three days of national mourning starting on \
             Wednesday.",
            "2013-09-24",
            "Wednesday",
            "2013-09-25",
        ),
        // told in the past, the day is the one before (and the comma of "96,000" ends no
        // clause)
        (
            "Subroto played a part in the pact to introduce a quota which limited exports to \
             96,000 tonnes in the year starting March 1.",
            "1987-04-06",
            "March 1",
            "1987-03-01",
        ),
        (
            "British Airways suspended flights to China starting Wednesday.",
            "2020-01-30",
            "Wednesday",
            "2020-01-29",
        ),
        (
            "Opec agreed in December to cut output and to return to fixed prices starting \
             February 1.",
            "1987-03-05",
            "February 1",
            "1987-02-01",
        ),
    ];
    assert_spans(&table);
    for (text, published, phrase, _) in table {
        assert_eq!(
            tag_spanning(text, published, phrase).modifier,
            None,
            "{text:?}"
        );
    }
    // "at the beginning of" is still the start of the period
    let t = tag_spanning(
        "Prices rose at the beginning of March.",
        "2023-09-12",
        "the beginning of March",
    );
    assert_eq!(
        (t.value.as_str(), t.modifier),
        ("2023-03", Some(Modifier::Start))
    );
}

#[test]
fn a_year_end_ahead_is_the_end_of_the_year_and_no_day_for_the_week() {
    // "by year's end" spans what "by the end of the year" does, and "the week" after it is
    // the publication's, not the one holding December 31
    let ahead = "The company expects to hire 2,000 people by year's end. Earlier in the week, \
                 the governor signed the bill.";
    let end = tag_spanning(ahead, "2012-11-28", "year's end");
    let same = tag_spanning(
        "The company expects to hire 2,000 people by the end of the year.",
        "2012-11-28",
        "the end of the year",
    );
    assert_eq!(
        (end.value.as_str(), end.modifier),
        ("2012", Some(Modifier::End))
    );
    assert_eq!(end.date, same.date);
    // ... and so do "by week's end" and "at month's end" (they were untagged)
    for (text, phrase, written_out, same_phrase, value) in [
        (
            "A decision is expected by week's end.",
            "week's end",
            "A decision is expected by the end of the week.",
            "the end of the week",
            "2012-W48",
        ),
        (
            "Stocks were low at month's end.",
            "month's end",
            "Stocks were low at the end of the month.",
            "the end of the month",
            "2012-11",
        ),
    ] {
        let end = tag_spanning(text, "2012-11-28", phrase);
        let same = tag_spanning(written_out, "2012-11-28", same_phrase);
        assert_eq!(
            (end.value.as_str(), end.modifier),
            (value, Some(Modifier::End)),
            "{text:?}"
        );
        assert_eq!(end.date, same.date, "{text:?}");
    }
    check(
        ahead,
        "2012-11-28",
        "2012-W48",
        ("2012-11-26", "2012-11-28"),
    );
    // a balance at year end is over the closing day, which "a year earlier" counts from
    check(
        "Company had 1,200 stores in operation at year end vs 1,045 a year earlier.",
        "1987-03-18",
        "1985-12-31",
        ("1985-12-31", "1985-12-31"),
    );
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
        // ... the final quarter alone, in the year its tense tells, and with the year
        // between (Reuters-21578: they were untagged, and the year alone)
        (
            "Imports decreased 700 mln dlrs in the final quarter, in contrast to an increase.",
            "1987-03-18",
            "the final quarter",
            "1986-Q4",
        ),
        (
            "A company spokesman said the listing is expected in the final quarter.",
            "1987-04-06",
            "the final quarter",
            "1987-Q4",
        ),
        // ... and "the last quarter of the year" (it was the last quarter over, 1987-Q1, and
        // the year apart)
        (
            "It forecast prices will edge higher during the year from a first quarter average \
             of 1.67 dlrs a lb up to 1.77 dlrs in the last quarter of the year.",
            "1987-04-08",
            "the last quarter of the year",
            "1987-Q4",
        ),
        (
            "Refining margins collapsed in the last quarter of the year.",
            "1987-03-05",
            "the last quarter of the year",
            "1986-Q4",
        ),
        (
            "Medar earlier said it lost 558,800 dlrs in its final 1986 quarter.",
            "1987-03-25",
            "final 1986 quarter",
            "1986-Q4",
        ),
        (
            "The CSO set the index at 112.9, against 109.8 in the final 1985 quarter.",
            "1987-03-20",
            "the final 1985 quarter",
            "1985-Q4",
        ),
        // ... and the year between the ordinal and the quarter or half
        (
            "Sales fell to 3.44 billion marks, 7.6 pct below the first 1986 quarter.",
            "1987-06-02",
            "the first 1986 quarter",
            "1986-Q1",
        ),
        (
            "Ultramar said that while its fourth 1986 quarter had improved, the year was \
                 poor.",
            "1987-03-11",
            "fourth 1986 quarter",
            "1986-Q4",
        ),
        (
            "Profit rose from the second 1985 half.",
            "1987-03-11",
            "the second 1985 half",
            "1985-H2",
        ),
        // the wires' abbreviations of the units, and ordinals in figures (reuters-10083,
        // -2806, -1364, -5437, -619; all were untagged, or the year alone)
        (
            "Note: net losses included extraordinary losses of 4,904,000 in 4th qtr vs \
                 232,000 year ago.",
            "1987-03-26",
            "4th qtr",
            "1986-Q4",
        ),
        (
            "Note: net losses included extraordinary losses of 4,904,000 in 4th qtr vs \
                 232,000 year ago.",
            "1987-03-26",
            "year ago",
            "1985-Q4",
        ),
        (
            "NOTE: Results restated for the 1st Qtr of 1986.",
            "1987-03-06",
            "the 1st Qtr of 1986",
            "1986-Q1",
        ),
        (
            "NOTE: 1986 4th qtr and yr amounts include acquisition of Acme.",
            "1987-03-06",
            "1986 4th qtr",
            "1986-Q4",
        ),
        (
            "Note: 1986 net excludes extraordinary gain of 577,000 dlrs or seven cts shr vs \
                 yr-ago gain of 71,000 dlrs.",
            "1987-03-03",
            "yr-ago",
            "1985",
        ),
        // ("year ago" before the figures it qualifies, without its hyphen: reuters-8935)
        (
            "Note: year ago net includes gain from tax carryforwards of 5,000 dlrs in \
             quarter and 9,000 dlrs in year.",
            "1987-03-24",
            "year ago",
            "1986",
        ),
        (
            "Year-ago six mths includes gain of 95,988 dlrs from refund.",
            "1987-03-16",
            "Year-ago six mths",
            "P6M",
        ),
        (
            "Revs 58.5 mln vs 56.4 mln\n    Nine mths\n    Shr 2.10 dlrs vs 1.73 dlrs",
            "1987-03-02",
            "Nine mths",
            "P9M",
        ),
        // (and so is the heading "Year" under a row of figures: 590 in Reuters-21578, were
        // untagged; not a year in a sentence, below)
        (
            "Revs 25.2 mln vs 19.5 mln\n    Year\n    Shr 1.53 dlrs vs 1.21 dlrs",
            "1987-03-02",
            "Year",
            "P1Y",
        ),
        (
            "Profit rose in the 2nd quarter of 1986 and fell in the 3rd.",
            "1987-03-02",
            "the 2nd quarter of 1986",
            "1986-Q2",
        ),
        // ... and before a week or day of a month, as the words are (were the month alone)
        (
            "Talks are set for the 3rd week of March.",
            "1987-03-02",
            "the 3rd week of March",
            "1987-W12",
        ),
        (
            "Shipments start in the 1st week of April.",
            "1987-03-02",
            "the 1st week of April",
            "1987-04",
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
    // "the full month", "the whole month" after a day or part of the month just over, among
    // the last few dates, is that month (reuters-1618, 926, 13216: they were the
    // publication's month); alone, or looking ahead, the publication's
    let gm = "General Motors Corp said car sales for February 21 through 28 were off 8.6 pct. \
              It said for the full month, car sales were off 20.7 pct.";
    let bank = "Banks held 52.0 billion marks on February 27 at the Bundesbank, averaging 51.0 \
                billion over the whole month.";
    let late = "Sales rose a more modest 6.2 pct for late March to 140,522 verses 132,298 \
                last year. But sales for the full month dropped 5.6 pct to 349,578.";
    assert_values(&[
        (gm, "1987-03-04", "the full month", "1987-02"),
        (bank, "1987-03-03", "the whole month", "1987-02"),
        (late, "1987-04-03", "the full month", "1987-03"),
        (
            "For the full month sales fell 5 pct.",
            "1987-04-03",
            "the full month",
            "1987-04",
        ),
        (
            "Sales fell on March 30. Sales will rise for the full month.",
            "1987-04-03",
            "the full month",
            "1987-04",
        ),
    ]);
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
        (
            "Costs will rise in the future because of the new tax.",
            "1987-03-20",
            "the future",
            "FUTURE_REF",
        ),
        // (Reuters-21578 1212: the time, after "over", though a plural noun follows)
        (
            "Analysts predicted that over the short term prices would undoubtedly plummet.",
            "1987-03-20",
            "the short term",
            "FUTURE_REF",
        ),
    ]);
    // "the present", "the future" and "the short term" before a noun are adjectives
    // (Reuters-21578 7378, 3052: "the short term" was FUTURE_REF)
    assert_untagged(
        "1987-03-20",
        &[
            "Thatcher is not prepared to abandon the present system.",
            "It is seeking an injunction to prevent the future sale of the connectors.",
            "AI is in discussions with the consortium to extend the short term agreement.",
            "He said gaining direct access to the short term international capital market \
             was a goal.",
            // (and so is a compound's first word: it was PRESENT_REF, reuters-19433)
            "The system will change tariff categories to meet the present-day needs of exporters.",
            "The bank sold the past-due loans.",
            // (a year heads no table in a sentence, nor after a word)
            "Revs rose 12 pct.\n    Year by year, sales grew.",
            "Sales rose.\n    Year",
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
fn a_century_in_a_name_of_capitals_is_no_date() {
    // (reuters-8235 and reuters-8280: "20th Century" was the 20th century)
    assert_untagged(
        "1987-03-23",
        &[
            "LaBonte, former president and chief operating officer of 20th Century Fox Film \
             Corp, founded a studio.",
            "21st Century Insurance raised its rates.",
        ],
    );
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
        // (and two joined before "centuries": "the 19th" was the 19th of the month)
        (
            "The city grew in the 19th and 20th centuries.",
            "2013-08-14",
            "the 19th",
            "18",
        ),
        (
            "The city grew in the 19th and 20th centuries.",
            "2013-08-14",
            "20th centuries",
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
        // (capitalised, at the end of its sentence)
        (
            "Europe changed in the 20th Century. The war ended.",
            "2013-03-20",
            "the 20th Century",
            "19",
        ),
        // a decade of a century by its ordinal (were "the last decade", 200, and the
        // century)
        (
            "It was the worst drought in the first decade of the 21st century.",
            "2013-03-20",
            "the first decade of the 21st century",
            "200",
        ),
        (
            "Growth slowed in the last decade of the 20th century.",
            "2013-03-20",
            "the last decade of the 20th century",
            "199",
        ),
        (
            "The line opened in the second decade of the twentieth century.",
            "2013-03-20",
            "the second decade of the twentieth century",
            "191",
        ),
        // ... and of the century the text speaks of, the publication's unless it named a
        // year before (were the century alone, or "the last decade" and the century)
        (
            "It was the worst drought of the first decade of the century.",
            "2013-03-20",
            "the first decade of the century",
            "200",
        ),
        (
            "He wrote in 1950 that in the last decade of the century computers would rule.",
            "2013-03-20",
            "the last decade of the century",
            "199",
        ),
        (
            "Growth will slow in the third decade of this century.",
            "2013-03-20",
            "the third decade of this century",
            "202",
        ),
        // a year in hundreds before "s" is its century, up to the 1900s
        (
            "The bridge was built in the 1800s.",
            "2013-03-20",
            "the 1800s",
            "18",
        ),
        (
            "Prices fell in the 1900's.",
            "2013-03-20",
            "the 1900's",
            "19",
        ),
        (
            "Sales boomed in the 2000s.",
            "2013-03-20",
            "the 2000s",
            "200",
        ),
        (
            "Sales boomed in the 1910s.",
            "2013-03-20",
            "the 1910s",
            "191",
        ),
    ]);
}

#[test]
fn a_note_that_keeps_the_article_of_its_periods_means_the_tables() {
    // (reuters-3946, 3900, 6073: they were the publication's quarter and year)
    let note = "Revs 72.4 mln vs 63.8 mln\n    NOTE: Excludes gain 3.41 dlrs a share versus \
                gain 41 cts in the quarter, and gain 5.68 dlrs a share versus gain 1.99 dlrs \
                in the year from discontinued and disposed operations.";
    assert_values_on(
        "1987-03-11",
        &[(note, "the quarter", "1986-Q4"), (note, "the year", "1986")],
    );
    // (a note with no year is one too; not a sentence outside a note)
    let told = "Sales 12.6 mln vs 7,145,000\n    NOTE: Net profit includes tax credits of \
                372,000 dlrs in the quarter and 643,000 dlrs in the nine months.";
    let outside = "Sales rose 5 pct in the quarter, the company said.";
    assert_values_on(
        "1987-03-19",
        &[
            (told, "the quarter", "1986-Q4"),
            (outside, "the quarter", "1987-Q1"),
        ],
    );
}

#[test]
fn a_notes_quarter_joined_to_a_year_over_is_its_last_quarter() {
    // (reuters-1080, 6787: they were the quarter the publication is in, 1987-Q1)
    let note = "The qtr and year 1985 includes a 6,000,000 provision for restructuring \
                costs.\n    The qtr and year 1986 includes charges of 1,200,000.";
    let tags = tag(note, Some(d("1987-03-03")));
    let quarters: Vec<_> = tags
        .iter()
        .filter(|t| &note[t.span.clone()] == "The qtr")
        .map(|t| t.value.as_str())
        .collect();
    assert_eq!(quarters, ["1985-Q4", "1986-Q4"]);
    assert_values_on(
        "1987-03-18",
        &[(
            "NOTE: for the qtr and yr 1986, loss reflects pretax loss of 45.0 mln.",
            "the qtr",
            "1986-Q4",
        )],
    );
}

#[test]
fn a_note_to_a_table_of_results_drops_the_article_of_its_periods() {
    // "in quarter", "for year": the quarter and year the table reports, over (Reuters-21578
    // 10097, 10089, 21215; were untagged)
    let note = "NOTE: Net excludes tax credits of 571,000 dlrs vs 496,000 dlrs in quarter and \
                1,347,000 dlrs vs 1,107,000 dlrs in year.";
    assert_spans(&[
        (note, "1987-03-26", "quarter", "1986-Q4"),
        (note, "1987-03-26", "year", "1986"),
        // (on the quarter's last day too: a quarter's results come out after it closes;
        // reuters-11713, 11714 were 1987-Q1)
        (note, "1987-03-31", "quarter", "1986-Q4"),
        // (not the quarter or year of a month an event was told in, in a sentence before:
        // reuters-20279, 8741 were 1986-Q3 and 1987-Q1, 1987)
        (
            "NOTE: Company went public in July 1986.\n    Net includes loan loss provisions \
             of 500,000 dlrs vs 105,000 dlrs in quarter and 1,100,000 dlrs vs 105,000 dlrs \
             in nine mths.",
            "1987-10-20",
            "quarter",
            "1987-Q3",
        ),
        (
            "NOTE: Company went public in February 1987.\n    Net includes pretax loan loss \
             recovery 41,000 dlrs vs provision 50,000 dlrs in quarter and provisions 135,000 \
             dlrs vs 50,000 dlrs in year.",
            "1987-03-24",
            "year",
            "1986",
        ),
        (
            "3rd qtr\n    Oper shr 27 cts vs 29 cts\n    NOTE: Net includes gains of 63,000 \
             vs 211,000 for qtr.",
            "1987-10-19",
            "qtr",
            "1987-Q3",
        ),
        // (in the year the note names, the quarter the table's heading closes: reuters-644,
        // reuters-21164, were 1986-Q4 and 1986-Q1)
        (
            "1985 operating profit includes gains of 1.8 mln dlrs, or 17 cts a share, in \
             quarter and 6.8 mln dlrs in year from sale of investments",
            "1987-03-02",
            "quarter",
            "1985-Q4",
        ),
        (
            "Periods ended September 30\n    Oper shr 24 cts vs six cts\n    First half\n    \
             NOTE: 1986 operating net excludes losses of 154,661 dlrs in quarter and 409,476 \
             dlrs in half.",
            "1987-10-19",
            "quarter",
            "1986-Q3",
        ),
    ]);
    // ... and "the quarter" after a year with no quarter named is the one of that year
    // nearest the publication: the last of a year over, the last one over of the
    // publication's year; still to come, none of a year over (reuters-1101, reuters-21034,
    // reuters-9378; each was the year's first quarter)
    assert_values(&[
        (
            "1986 net includes tax credits of 165,000 dlrs in quarter and 189,000 dlrs in \
             year.\n    Net includes pretax loan loss provisions of 1,439,000 dlrs vs 127,000 \
             dlrs in quarter and 1,701,000 dlrs vs 222,000 dlrs in year.",
            "1987-03-03",
            "quarter and 1,701,000",
            "1986-Q4",
        ),
        (
            "NOTE: 1987 per-share earnings include Daily News severance charges of 11 cts a \
             share in the quarter and 13 cts a share for the nine months",
            "1987-10-19",
            "the quarter",
            "1987-Q3",
        ),
        (
            "Arvin expects earnings flat with last year's 59 cts a share results. Arvin said \
             it might earn 57 cts to 60 cts a share in the quarter.",
            "1987-03-25",
            "the quarter",
            "1987-Q1",
        ),
    ]);
    // ... and after "Prior year", a year back: the last quarter over a year back, the year
    // before the one that quarter is in (reuters-1375, 21275, 15189; were the last quarter
    // over, or a quarter from the middle of the current year, and the last year over)
    let prior = "Note: Prior year net includes extraordinary loss of 298,000 dlrs in qtr and \
                 extraordinary profit of 718,000 dlrs in year.";
    let autumn = "Prior year net excludes losses from discontinued operations of 143,000 \
                  dlrs in quarter and 102,156 dlrs in year.";
    assert_spans(&[
        (prior, "1987-03-03", "qtr", "1985-Q4"),
        (prior, "1987-03-03", "year", "1985"),
        (autumn, "1987-10-19", "quarter", "1986-Q3"),
        (autumn, "1987-10-19", "year", "1986"),
        (
            "NOTE: Current year net both periods includes gain 9,500,000 dlrs from sale of \
             subsidiary.\n    Prior year net includes tax credits of 2,132,000 dlrs in \
             quarter and 3,039,000 dlrs in half.",
            "1987-04-08",
            "quarter",
            "1986-Q1",
        ),
        // (a quarter after "Prior year" is a year back, as after "year-ago", and the year
        // after it is that quarter's: reuters-3994, 16336)
        (
            "NOTE: Prior year 4th qtr and year oper net excludes 13.1 mln dlrs and 17.4 mln \
             dlrs, respectively.",
            "1987-03-11",
            "Prior year 4th qtr",
            "1985-Q4",
        ),
        (
            "NOTE: Prior year 4th qtr and year oper net excludes 13.1 mln dlrs and 17.4 mln \
             dlrs, respectively.",
            "1987-03-11",
            "year",
            "1985",
        ),
        (
            "Orders posted a very substantial gain over the prior year first quarter, NCR \
             said.",
            "1987-04-13",
            "the prior year first quarter",
            "1986-Q1",
        ),
        // (and its possessive: reuters-1732, 12681 and 16278 tagged the year alone,
        // and the quarter as this year's)
        (
            "It also reported fourth quarter net of 7.3 mln dlrs, up from 4.4 mln dlrs in \
             the previous year's fourth quarter.",
            "1987-03-04",
            "the previous year's fourth quarter",
            "1985-Q4",
        ),
        (
            "Qtr net includes extraordinary gain of 1.7 mln dlrs, vs extraordinary loss of \
             512,000 in the prior year's 4th qtr.",
            "1987-04-02",
            "the prior year's 4th qtr",
            "1985-Q4",
        ),
        (
            "Income from continuing operations was not immediately available for the prior \
             year's second quarter in which it reported a net loss of 14.9 mln dlrs.",
            "1987-04-13",
            "the prior year's second quarter",
            "1986-Q2",
        ),
    ]);
    // a note's "Current year", "Latest year" and "Prior year" date its figures: after a
    // heading "Year" or "12 mths", the year of the last quarter over (reuters-10008, 4205,
    // 9810; were 1987 and untagged), else the publication's, a year under way (reuters-6437,
    // 21430); the quarter after it is still the last one over (reuters-2309: was 1987-Q1,
    // counted from "Current year")
    let year_over = "Shr 1.20 dlrs vs 1.05 dlrs\n    Year\n    Shr profit 13 cts vs profit 56 cts\n    \
                     NOTE: Current year net includes charge of 1,060,848 dlrs.\n    Prior \
                     year net excludes tax credits.\n    Latest year net includes gains.";
    let under_way = "Shr 13 cts vs 22 cts\n    NOTE: Current year net includes charge.\n    \
                     Prior year net includes gain 6,556,000 dlrs from sale of shares.";
    let half = "Sales 21.3 mln vs 26.0 mln\n    NOTE: Current year net excludes tax credits \
                of 54,000 dlrs in quarter and 945,000 dlrs in year.";
    assert_spans(&[
        (year_over, "1987-03-26", "Current year", "1986"),
        (year_over, "1987-03-26", "Prior year", "1985"),
        (year_over, "1987-03-26", "Latest year", "1986"),
        (year_over, "1987-10-19", "Current year", "1987"),
        (under_way, "1987-03-18", "Current year", "1987"),
        (under_way, "1987-10-19", "Prior year", "1986"),
        (half, "1987-03-05", "quarter", "1986-Q4"),
        // ("Current qtr" is the last quarter over: reuters-10919, 15834, were the quarter
        // under way)
        (
            "Revs 5.2 mln vs 4.9 mln\n    NOTE: Current qtr and year figures exclude losses \
             from discontinued operations.",
            "1987-03-30",
            "Current qtr",
            "1986-Q4",
        ),
        (
            "Net 78.5 mln vs 64.6 mln\n    NOTE: Current qtr includes gain of seven cts/shr.",
            "1987-04-09",
            "Current qtr",
            "1987-Q1",
        ),
        // ("Prior qtr" is the year-ago one, whose figures the table sets beside the
        // quarter's: reuters-2750, 10919, were untagged)
        (
            "Oper net 41,000 vs 153,000\n    Year\n    Oper net 434,000 vs 1,103,000\n    \
             Note: Current qtr and year figures exclude loss.\n    Prior qtr and year \
             figures exclude losses.",
            "1987-03-06",
            "Prior qtr",
            "1985-Q4",
        ),
        (
            "Net 78.5 mln vs 64.6 mln\n    NOTE: Prior qtr figures include income.",
            "1987-10-19",
            "Prior qtr",
            "1986-Q3",
        ),
    ]);
    // ... not in a sentence of the story
    assert_untagged(
        "1987-03-26",
        &[
            "Sales rose 12 pct. Prior year earnings were restated.",
            // (nor a dividend's, whose "vs" is the quarter before)
            "Qtrly 25 cts vs 16 cts\n    NOTE: Prior qtr is a partial dividend.",
        ],
    );
    // ... and the wires drop it before the day that closes a week (reuters-21164 and Bank
    // of Canada's weekly figures, "in week ended March 18"; were untagged) or a year, a
    // length as "the year ended June 30" is
    assert_spans(&[
        (
            "M-1 fell 555 mln dlrs to 32.42 billion dlrs in week ended March 18, Bank of \
             Canada said.",
            "1987-03-27",
            "week",
            "1987-W12",
        ),
        (
            "Net rose 12 pct in year ended June 30, 1986.",
            "1987-03-27",
            "year",
            "P1Y",
        ),
        // (and after the quarter: reuters-11690, reuters-2919; not the year before nor
        // one ahead)
        (
            "NOTE: 1985 4th qtr and year oper net excludes a gain of 2,794,000 dlrs.",
            "1987-03-31",
            "year",
            "1985",
        ),
        (
            "Results include charges of five mln dlrs for 1986 qtr and year, compared with \
             charges a year earlier.",
            "1987-03-06",
            "year",
            "1986",
        ),
    ]);
    // ... and a table's heading, before the day that closes its period (reuters-7830,
    // reuters-5815; were the day alone)
    assert_spans(&[
        (
            "Qtr ended Jan 31\n    Shr 67 cts vs 69 cts\n    Note: figures include losses \
             in qtr of 309,000 dlrs, vs 253,000 dlrs a year earlier",
            "1987-03-20",
            "Qtr",
            "1986-Q4",
        ),
        (
            "Qtr ended Jan 31\n    Shr 67 cts vs 69 cts\n    Note: figures include losses \
             in qtr of 309,000 dlrs, vs 253,000 dlrs a year earlier",
            "1987-03-20",
            "a year earlier",
            "1985-Q4",
        ),
        (
            "Year ended December 31\n    Shr 1.12 dlrs vs 98 cts",
            "1987-03-20",
            "Year",
            "P1Y",
        ),
        // (and "to" the day: reuters-10688, 12 in all; was untagged)
        (
            "Year to December 31.\n    World group pre-tax profit 2.63 billion marks",
            "1987-03-27",
            "Year",
            "P1Y",
        ),
    ]);
    assert_no_tag_holds(
        "Prior qtr and year figures exclude losses.",
        "1987-03-30",
        "year",
    );
    assert_no_tag_holds(
        "It remains optimistic about the fourth quarter and year ahead.",
        "1987-10-20",
        "year",
    );
    // (not a count, nor a word of another phrase: "in year two", "in quarter-point steps")
    assert_untagged(
        "1987-03-26",
        &[
            "He is in year two of his term.",
            "Rates moved in quarter-point steps.",
        ],
    );
}

#[test]
fn a_quarter_a_year_back_with_no_quarter_named_is_the_last_one_over() {
    // the results a note speaks of are the last quarter's (Reuters-21578 20138, 3602; were
    // the publication's quarter, 1986-Q4 and 1986-Q1); ahead, the publication's
    assert_values(&[
        (
            "NOTE: Earnings include a loss of 3.0 mln dlrs, or one ct a share in the 1986 \
             quarter from early extinguishment of debt.",
            "1987-10-20",
            "the 1986 quarter",
            "1986-Q3",
        ),
        (
            "Earnings exclude a loss of 200,000 dlrs, or three cts a share in the 1986 \
             quarter.",
            "1987-03-11",
            "the 1986 quarter",
            "1986-Q4",
        ),
        (
            "The company expects earnings to exceed those of the 1986 quarter.",
            "1987-03-11",
            "the 1986 quarter",
            "1986-Q1",
        ),
        // (and so is the year-ago quarter, which was the publication's a year back)
        (
            "In the year-ago quarter, net fell.",
            "1987-03-11",
            "the year-ago quarter",
            "1985-Q4",
        ),
    ]);
}

#[test]
fn compares_periods_past_the_day_of_a_report() {
    // results a company gives in the present tense are due, and the year-ago quarter is
    // its quarter's, not the report day's
    let text = "The company reports third-quarter results after the bell on Wednesday. \
                Analysts expect earnings of $1.12 a share, up from 68 cents in the year-ago \
                quarter.";
    assert_values_on(
        "2024-11-18",
        &[
            (text, "Wednesday", "2024-11-20"),
            (text, "the year-ago quarter", "2023-Q3"),
            (
                "News reports on Wednesday said the talks had failed.",
                "Wednesday",
                "2024-11-13",
            ),
            // (but not after "did": the results were due then)
            (
                "The company didn't report results on Monday.",
                "Monday",
                "2024-11-18",
            ),
            (
                "The company did not report results on Wednesday.",
                "Wednesday",
                "2024-11-13",
            ),
            // (the second quarter, ending December 31, numbered as the text numbers it,
            // as TimeBank numbers a fiscal quarter: October to December 2023)
            (
                "Kennametal said second quarter, ending December 31, earnings should improve \
                     over the 3.5 mln dlrs earned in the year earlier quarter.",
                "the year earlier quarter",
                "2023-Q2",
            ),
        ],
    );
    // ("data showed on Friday" dates a report too)
    let text = "India's economy grew 4.5 percent in the July-September quarter, government \
                data showed on Friday. Growth was 5 percent in the previous quarter and 7 \
                percent a year earlier.";
    assert_values_on(
        "2019-11-29",
        &[
            (text, "the previous quarter", "2019-Q2"),
            (text, "a year earlier", "2018-Q3"),
        ],
    );
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
        // (and a week or month just over or under way that dates a report, right after its
        // verb or at the head of the sentence before it: they were 1989-Q4, the quarter of
        // the report; TimeBank wsj_0928)
        (
            "Sun reported sales of $538.5 million for the quarter ended Sept. 29. Earlier this \
             month, the company said it expected to break even for the quarter.",
            "1989-10-26",
            "the quarter",
            "1989-Q3",
        ),
        (
            "Sun reported a profit for the quarter ended Sept. 29. The company told analysts \
             last week it expected to break even for the quarter.",
            "1989-10-26",
            "the quarter",
            "1989-Q3",
        ),
        // (not a week or month further on, which dates what is reported: "in Paris last
        // month" is the meeting's month, and "that period" leans on it)
        (
            "Lawson said the meeting of six nations in Paris last month agreed not to publish \
             bands. He said the pound had weathered that period well.",
            "1987-03-30",
            "that period",
            "1987-02",
        ),
        (
            "It included the unit in its 1986 results announced earlier today. The company reported a loss of 2.5 mln dlrs for the year.",
            "1987-03-11",
            "the year",
            "1986",
        ),
        // ("the year of" an event set off after a year is that year: was the story's)
        (
            "It was the best result since 1990, the year of German reunification.",
            "2013-09-23",
            "the year",
            "1990",
        ),
        // ... but not for a date still to come named before it
        (
            "Russia will host the Winter Olympics from Feb. 7 to 23. Putin said on Saturday \
                 the venues would be ready by the end of the year.",
            "2013-10-26",
            "the end of the year",
            "2013",
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
    // "the period 1987-90" is named by its years (each tagged)
    let text =
        "the Bank can expect a new injection of about 25 billion dlrs for the period 1987-90.";
    let tags = tag(text, Some(d("1987-03-25")));
    assert_eq!(
        tags.iter()
            .map(|t| (&text[t.span.clone()], t.value.as_str()))
            .collect::<Vec<_>>(),
        [("1987", "1987"), ("90", "1990")]
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
        // (and so is the time a cleft in the past puts it at: they were 2014-SP, 2014-03)
        (
            "Scientists first reported signs of a change last December, but it was not until \
                 this spring that plasma readings confirmed it.",
            "2013-09-12",
            "this spring",
            "2013-SP",
        ),
        (
            "It wasn't until March that readings confirmed it.",
            "2013-09-12",
            "March",
            "2013-03",
        ),
        // (a gerund before the verb is its subject when it opens the sentence or follows its
        // article, not a participle before a noun in an object)
        (
            "Shelling continued until Friday.",
            "2013-06-05",
            "Friday",
            "2013-05-31",
        ),
        (
            "The fighting continued until Friday.",
            "2013-06-05",
            "Friday",
            "2013-05-31",
        ),
        // ("until after" as "until"; a verb in -ing in a clause of its own before "and"
        // is no object the verb in the past stands in, nor is an adverb between the verb
        // and its auxiliary; these were the coming Thursday, and the last October)
        (
            "Paul began speaking shortly before noon Wednesday and did not yield the floor \
                 until after 12:30 a.m. Thursday.",
            "2013-03-08",
            "12:30 a.m. Thursday",
            "2013-03-07T00:30",
        ),
        (
            "Speaking, Paul stayed until Thursday.",
            "2013-03-08",
            "Thursday",
            "2013-03-07",
        ),
        (
            "A large number of MOC buy orders were not placed until after 1530 EST on Dec \
                 19, which helped send the Dow up 21 points.",
            "1987-03-12",
            "1530 EST on Dec 19",
            "1986-12-19T15:30",
        ),
        (
            "Congress probably will not be officially notified of any final plan until \
                 October 1.",
            "1987-06-29",
            "October 1",
            "1987-10-01",
        ),
        // (a verb that puts things off, telling a move: reuters-3421; but "moved the vote
        // until" puts it off)
        (
            "after trading steadily throughout November and the first half of December, the \
                 dollar moved sharply lower until the end of January.",
            "1987-03-09",
            "the end of January",
            "1987-01",
        ),
        (
            "The board moved the vote until March 3.",
            "1987-04-09",
            "March 3",
            "1988-03-03",
        ),
        // a participle after "before" or "after", right before the date's preposition, is
        // in the past of the clause's verb (not of a plan)
        (
            "The outbreak peaked in mid-January before declining through February.",
            "2024-10-23",
            "February",
            "2024-02",
        ),
        (
            "Prices rose in January after falling in December.",
            "2024-10-23",
            "December",
            "2023-12",
        ),
        (
            "It arranged a commercial paper program for an unlimited amount with the \
                 issuance planned immediately after signing in mid-May, First Chicago Ltd said.",
            "1987-04-07",
            "mid-May",
            "1987-05",
        ),
        // (a state told with "was" or "were" and an adjective too; not in the present)
        (
            "The polls were open until 8 p.m. on Sunday.",
            "2024-10-23",
            "8 p.m. on Sunday",
            "2024-10-20T20:00",
        ),
        (
            "The polls are open until 8 p.m. on Sunday.",
            "2024-10-23",
            "8 p.m. on Sunday",
            "2024-10-27T20:00",
        ),
        // ... and what had gone on up to a day named at the head of the sentence
        (
            "Until Monday, the bank had refused to comment.",
            "2013-03-20",
            "Monday",
            "2013-03-18",
        ),
        (
            "Until Monday, the bank refuses to comment.",
            "2013-03-20",
            "Monday",
            "2013-03-25",
        ),
        // ... not a time given, a thing put off or shut, or a passive
        (
            "The judge gave lawyers until Friday to respond.",
            "2020-10-27",
            "Friday",
            "2020-10-30",
        ),
        // ... and "through" a weekday after a verb in the past looks ahead as "until" one
        // does, unless the verb went on up to it (it was the Sunday just gone)
        (
            "Gov. John Hickenlooper ordered flags lowered to half-staff through Sunday.",
            "2013-03-23",
            "Sunday",
            "2013-03-24",
        ),
        (
            "The festival ran through Sunday.",
            "2013-03-23",
            "Sunday",
            "2013-03-17",
        ),
        (
            "Sales rose 5 pct in the week through Friday.",
            "2013-03-23",
            "Friday",
            "2013-03-22",
        ),
        (
            "Through Friday, stock prices surged 19 pct.",
            "2013-03-23",
            "Friday",
            "2013-03-22",
        ),
        // ... but one given before the story's moment, in the past perfect, may be over
        (
            "The army had given Mursi until 4:30 p.m. on Wednesday to meet the demands.",
            "2013-07-04",
            "4:30 p.m. on Wednesday",
            "2013-07-03T16:30",
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
        // (past a relative clause set off by commas)
        (
            "The company, which reports earnings on Thursday, cut its forecast on Monday.",
            "2024-10-23",
            "Monday",
            "2024-10-21",
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
        // (and the period a contract is for is still to come or under way: it was the
        // second quarter of 1986, reuters-4174)
        (
            "Only one Japanese company has renewed its term contract for Iranian crude oil \
                 for the second quarter, the sources said.",
            "1987-03-12",
            "the second quarter",
            "1987-Q2",
        ),
        // (and a schedule's: reuters-491, 495, it was 1986-Q2)
        (
            "Ford Motor Co has increased its U.S. production schedule for the second quarter \
             by 52,000 cars and 32,000 trucks from previous plans.",
            "1987-03-02",
            "the second quarter",
            "1987-Q2",
        ),
        // (for delivery, the next such month, however far: cotton for December delivery,
        // read in June; "the January contract" may be one signed in January)
        (
            "Cotton for December delivery was 1.35 cents higher at 70.95 cents.",
            "1987-06-18",
            "December",
            "1987-12",
        ),
        (
            "Discounts in the October and December contracts reflect high farrowing intentions.",
            "1987-04-01",
            "December",
            "1987-12",
        ),
        // (and so is a month of new crop)
        (
            "Feed grains ranged from down 0.60 dlr in May wheat to up 0.30 in new December \
                 barley.",
            "1987-04-07",
            "December",
            "1987-12",
        ),
        (
            "Drexel Burnham was an aggressive buyer today in new crop December.",
            "1987-04-07",
            "December",
            "1987-12",
        ),
        // (and a new issue's first coupon: Reuters-21578 11108, it was 1986-10-14; not one
        // told in the past)
        (
            "The notes are due April 14, 1989, and are for settlement April 14 with the \
                 first interest payment being made Oct 14.",
            "1987-03-30",
            "Oct 14",
            "1987-10-14",
        ),
        (
            "The first coupon was paid on Oct 14 and the second in April.",
            "1987-03-30",
            "Oct 14",
            "1986-10-14",
        ),
        // (and what a plan or tender calls for in the present, across a list: Reuters-21578
        // 15751, it was 1986-09; not past a verb in the past)
        (
            "The tender calls for shipment of 6,100 tonnes in May, 12,200 tonnes each in \
                 June, July and August and 12,300 tonnes in September, they said.",
            "1987-04-09",
            "September",
            "1987-09",
        ),
        (
            "The new arrangement provides for borrowings of up to 10 mln dlrs and replaces \
                 a secured credit line which expired in September.",
            "1987-04-09",
            "September",
            "1986-09",
        ),
        (
            "The tender called for shipment of 12,300 tonnes in September.",
            "1987-04-09",
            "September",
            "1986-09",
        ),
        // (and days of months goods are sold for, in a list or span after "for" and before
        // the trade's noun, or after "for delivery between": reuters-10319, 6386, they
        // were 1986's)
        (
            "The committee awarded contracts for seven shipments totalling 340,000 tonnes of \
                 maize for delivery between September 1 and December 20.",
            "1987-03-27",
            "September 1",
            "1987-09-01",
        ),
        (
            "United Grain won two contracts, priced between 92.44 and 96.00 dlrs per tonne, \
                 for September 1-15 and November 5-20 delivery.",
            "1987-03-27",
            "November 5",
            "1987-11-05",
        ),
        (
            "Cargill took two shipments priced between 92.00 and 92.93 U.S. Dlrs per tonne c \
                 and f Taiwan for September 5-20/September 10-25 delivery.",
            "1987-03-18",
            "September 10",
            "1987-09-10",
        ),
        (
            "It bought 20,000 tonnes for March 20-30 delivery.",
            "1987-03-25",
            "March 20",
            "1987-03-20",
        ),
        // (and a tender's laydays, however long the list: reuters-14491, 15097, they were
        // 1986's; not past a verb in the past)
        (
            "Deliveries of hard red winter wheat will have laydays of June 20-30 for \
             5,000-7,000 tonnes, July 15-25 for 6,500-8,500 tonnes, and September 15-25 for \
             7,000-9,000 tonnes.",
            "1987-04-07",
            "September 15",
            "1987-09-15",
        ),
        (
            "The laydays of the cargo that loaded on September 15 were met.",
            "1987-04-07",
            "September 15",
            "1986-09-15",
        ),
        // (and the contract a cash price is quoted against: Reuters-21578 1185, 14520, they
        // were 1986-07, 1986-11; not a month a rise is measured from)
        (
            "Wheat for May shipment was offered at 17 over July, no comparison, no bid.",
            "1987-03-03",
            "July",
            "1987-07",
        ),
        (
            "NEW CROP, 10 UNDER NOV - UNC",
            "1987-04-07",
            "NOV",
            "1987-11",
        ),
        (
            "industrial output fell 0.5 pct in February after rising 0.6 pct in January \
                 over December.",
            "1987-03-03",
            "December",
            "1986-12",
        ),
        (
            "Under the January contract Aramco was to purchase 1.34 mln barrels.",
            "1987-06-01",
            "January",
            "1987-01",
        ),
        // ... and so is the month of a statistic
        (
            "The department reported January durable goods orders fell 7.5 pct and is \
                 scheduled to release February orders on Tuesday morning.",
            "1987-03-23",
            "February",
            "1987-02",
        ),
        // (after the country whose statistic it is too: Reuters-21578 15454, it was
        // 1988-02; not a grade's prices, "above May Brent prices")
        (
            "The market may also be wary of selling dollars before Tuesday's February U.S. \
                 Trade data.",
            "1987-04-09",
            "February",
            "1987-02",
        ),
        (
            "Dealers will watch the February West German trade figures.",
            "1987-04-09",
            "February",
            "1987-02",
        ),
        (
            "April Brent traded as high as 19.40 dlrs, or more than 1.00 dlr above May Brent \
                 prices.",
            "1987-04-07",
            "May",
            "1987-05",
        ),
        (
            "The Federal Statistics Office will today publish trade and current account \
                 figures for February.",
            "1987-03-26",
            "February",
            "1987-02",
        ),
        (
            "The government will release its December employment report on Friday, Feb. 1.",
            "2013-01-10",
            "December",
            "2012-12",
        ),
        (
            "Economists expect the March jobs report to show hiring slowed.",
            "2013-04-02",
            "March",
            "2013-03",
        ),
        // (which is over, unless the sentence looks ahead)
        (
            "The ministry's figures for September showed a 4 percent drop.",
            "2013-06-15",
            "September",
            "2012-09",
        ),
        // ... and what a phrase after "since" dates is over (not a month of a list)
        (
            "The samurai bond will be the first since an Asian Development Bank issue in \
                 February.",
            "1987-04-03",
            "February",
            "1987-02",
        ),
        // ("following" as "after" too, Reuters 19353; not past a clause of its own, 12089)
        (
            "Lloyds becomes the first U.K. clearing bank to withdraw from the gilt market \
                 following the Big Bang deregulation of the London Stock Exchange in October.",
            "1987-06-19",
            "October",
            "1986-10",
        ),
        (
            "The quota is set to go into effect in May, following public hearings which \
                 begin in Washington on April 13.",
            "1987-04-01",
            "April 13",
            "1987-04-13",
        ),
        (
            "Placements are not that negative, especially since the technical correction in \
                 June and August live cattle futures.",
            "1987-03-17",
            "June",
            "1987-06",
        ),
        (
            "The overall January deficit will be revised, but the February figure will be a \
                 final one, officials said.",
            "1987-04-13",
            "February",
            "1987-02",
        ),
        (
            "Hitachi Ltd's April output of 256K DRAM's will fall by 25.93 pct",
            "1987-03-31",
            "April",
            "1987-04",
        ),
        // a day after "the year ended" is over, whatever the verb
        (
            "It anticipates the fiscal year that began Feb 1, 1987, will be a significant \
                 improvement over the year ended January 31.",
            "1987-04-03",
            "January 31",
            "1987-01-31",
        ),
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
        // (and a pair joined by "and" or "or", or a list, to its last day: each was the
        // publication's year; days of one month too, whose last took the year alone)
        (
            "The hearings were held on March 3 and April 5, 2012.",
            "2013-08-14",
            "March 3",
            "2012-03-03",
        ),
        (
            "The hearings were held on March 3, April 5, and May 6, 2012.",
            "2013-08-14",
            "April 5",
            "2012-04-05",
        ),
        (
            "The board met on Oct. 1, 2 and 3, 2012.",
            "2013-08-14",
            "Oct. 1",
            "2012-10-01",
        ),
        (
            "The board met on Oct. 1, 2 and 3, 2012.",
            "2013-08-14",
            "3, 2012",
            "2012-10-03",
        ),
        // ... and two days with no year are placed together, the closing one the first
        // such day after the opening one
        (
            "The hurricane season runs from June 1 to Nov. 30.",
            "2013-03-22",
            "Nov. 30",
            "2013-11-30",
        ),
        (
            "The festival will run from Dec. 28 to Jan. 3.",
            "2013-03-22",
            "Jan. 3",
            "2014-01-03",
        ),
        // (a span run in the present is the one under way, when one is; "will run" looks
        // ahead: these were the next year's)
        (
            "The Atlantic hurricane season runs from June 1 to Nov. 30.",
            "2013-08-14",
            "June 1",
            "2013-06-01",
        ),
        (
            "The Atlantic hurricane season, which runs from June through November, has been \
                 quiet.",
            "2013-08-14",
            "June",
            "2013-06",
        ),
        (
            "The season will run from June 1 to Nov. 30.",
            "2013-08-14",
            "June 1",
            "2014-06-01",
        ),
        // (a span of months a verb in the past tells of, before it in its clause or after
        // it when it opens the sentence, has begun: it was the coming November, nearer than
        // the last; not a shipment's, nor a span that looks ahead)
        (
            "Commerce granted 113 licences between November and April.",
            "2025-09-10",
            "November",
            "2024-11",
        ),
        (
            "Between November and April, Commerce granted 113 licences.",
            "2025-09-10",
            "April",
            "2025-04",
        ),
        (
            "Traders sold cargoes for shipment between October and November.",
            "2025-09-10",
            "October",
            "2025-10",
        ),
        (
            "Commerce will grant licences between November and April.",
            "2025-09-10",
            "November",
            "2025-11",
        ),
        // (and so is one opened by a holiday or a day of a month, when its close is still
        // to come this year: it was next year's opening, 2014-W18-WE and 2014-05-26; and a
        // holiday that closes a span is the first after its opening: it was 2013-09-02
        // after "will run from Memorial Day", 2014-05-26)
        (
            "The season runs from the first weekend in May through Labor Day.",
            "2013-08-10",
            "the first weekend in May",
            "2013-W18-WE",
        ),
        (
            "The season runs from Memorial Day through Labor Day.",
            "2013-08-10",
            "Memorial Day",
            "2013-05-27",
        ),
        (
            "The season will run from Memorial Day through Labor Day.",
            "2013-08-10",
            "Labor Day",
            "2014-09-01",
        ),
        (
            "The exhibit ran from Nov. 15 to Feb. 2.",
            "2013-03-22",
            "Nov. 15",
            "2012-11-15",
        ),
        // (and so is a month or a day of one: reuters-562, 12183 and 3036 closed a year
        // before their opening)
        (
            "Producer delegates were meeting to examine a Colombian proposal to resume \
                 historical quotas from April 1 to September, with a promise to define new \
                 criteria.",
            "1987-03-02",
            "September",
            "1987-09",
        ),
        (
            "She said the Fed bought bills maturing from May through September 24 for \
                 regular delivery tomorrow.",
            "1987-04-01",
            "September 24",
            "1987-09-24",
        ),
        (
            "The department also announced an extension of the export period from September \
                 30, 1987, to December 31 for sales of vegetable protein meals.",
            "1987-03-09",
            "December 31",
            "1987-12-31",
        ),
        // (and a pair of -ing forms: reuters-1055's September 7 was 1986-09-07)
        (
            "Societe Generale said it is launching a five month certificate of deposit \
                 programme starting March 6 and ending September 7.",
            "1987-03-03",
            "September 7",
            "1987-09-07",
        ),
        // (and a month a glued slash joins to one counted from the publication:
        // reuters-11459's September was 1986-09)
        (
            "Trade estimates of the coming May/September temporao harvest in Brazil's main \
                 cocoa growing state of Bahia vary.",
            "1987-03-31",
            "September",
            "1987-09",
        ),
        (
            "Estimates of the next October/December crop vary.",
            "1987-03-31",
            "December",
            "1987-12",
        ),
        // (not a day after another sentence's: "through March 31. Holders converting
        // through March 17")
        (
            "The debentures convert to common stock through March 31. Holders converting \
                 through March 17 will be entitled to the dividend.",
            "1987-03-02",
            "March 17",
            "1987-03-17",
        ),
        (
            "to supply a total of 462,000 tonnes of maize for delivery between May 10 and \
                 October 10, a committee spokesman said.",
            "1987-03-18",
            "October 10",
            "1987-10-10",
        ),
        // (the one over by the publication, when the span crosses a new year and is told
        // in no tense)
        (
            "The new figures bring cumulative wheat exports for the period July 1-March 13 \
                 to 3.66 mln tonnes.",
            "1987-03-31",
            "July 1",
            "1986-07-01",
        ),
        (
            "The cumulative total of cattle slaughtered under the program from April 1 \
                 through March 13 is estimated at 1,032,300 head.",
            "1987-04-01",
            "April 1",
            "1986-04-01",
        ),
        // (and when it closed nearer the publication than its opening day alone would be,
        // ahead: it was 2014-01-01; not a span still to come that is nearer than the last)
        (
            "Exports from Jan. 1 to Nov. 20 totaled 5.2 million tonnes.",
            "2013-11-25",
            "Jan. 1",
            "2013-01-01",
        ),
        (
            "Tickets for the festival, from Jan. 10 to Jan. 20, are on sale.",
            "2013-12-20",
            "Jan. 10",
            "2014-01-10",
        ),
        // (a span right after a verb in the past is told in the past, but not a change of
        // dates, nor in a sentence that looks ahead)
        (
            "In 1986, a season that ran from April 3 to December 27, the seaway moved 37.6 \
                 mln metric tons.",
            "1987-03-20",
            "April 3",
            "1986-04-03",
        ),
        (
            "Sharon Steel Corp said it extended from March six to March 31 the expiration \
                 date for its debt exchange.",
            "1987-03-09",
            "March 31",
            "1987-03-31",
        ),
        (
            "It will redeem all four series at 39 dlrs a share, plus nine cts in dividends \
                 accrued from April one to April 15.",
            "1987-03-12",
            "April 15",
            "1987-04-15",
        ),
        // ... and so are two weekdays: the closing one a week on when the span is still to
        // come, else the opening one a week back
        (
            "The strike lasted from Tuesday to Thursday.",
            "2013-03-20",
            "Tuesday",
            "2013-03-12",
        ),
        (
            "The festival runs Friday through Monday.",
            "2013-03-20",
            "Monday",
            "2013-03-25",
        ),
        (
            "The talks will run from Monday to Wednesday.",
            "2013-03-20",
            "Wednesday",
            "2013-03-27",
        ),
        // (a part of a weekday too; and a span is shorter than a week, so an opening
        // weekday nothing told the tense of is the one before the closing day)
        (
            "The storm lasted from Thursday night to Saturday morning.",
            "2013-03-22",
            "Thursday night",
            "2013-03-14TNI",
        ),
        (
            "Rain is forecast from Tuesday night through Wednesday.",
            "2013-03-22",
            "Tuesday night",
            "2013-03-26TNI",
        ),
        (
            "Rain fell from Tuesday night through Wednesday.",
            "2013-03-22",
            "Tuesday night",
            "2013-03-19TNI",
        ),
        // (a clock on a weekday too, which keeps its time: it was the Monday gone by)
        (
            "A winter storm warning is in effect from 6 p.m. Monday until 6 a.m. Wednesday.",
            "2013-03-24",
            "6 p.m. Monday",
            "2013-03-25T18:00",
        ),
        // (a span opened in the past closes within its week, though "until" looks ahead:
        // it was the coming Saturday)
        (
            "He was hospitalized from Thursday until Saturday.",
            "2013-03-25",
            "Saturday",
            "2013-03-23",
        ),
        // (and a closing day of a week named holds the opening one in that week)
        (
            "He said he was working from Monday to Friday last week.",
            "1987-03-17",
            "Monday",
            "1987-03-09",
        ),
        (
            "The show runs from Tuesday through Thursday next week.",
            "1987-03-17",
            "Tuesday",
            "1987-03-24",
        ),
        // (not "to" with no "from": a date changed to another)
        (
            "it has changed the record date for the quarterly dividend it will pay on June \
                 26 to May 8 from May 29.",
            "1987-03-24",
            "May 8",
            "1987-05-08",
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
            "The city plans to open two new centres by the end of the month and a third in \
                 the spring.",
            "2019-11-08",
            "spring",
            "2020-SP",
        ),
        // (and one in an item of a list that opens with an article and holds no verb, past
        // six words: reuters-9616 and reuters-3508 were 1986's)
        (
            "It will buy back at par plus accrued interest the 16.35 pct issue in May and the \
                 16.20 pct bonds after August one.",
            "1987-03-25",
            "August one",
            "1987-08-01",
        ),
        (
            "The bond is in partly paid form with 30 pct due on April 15 and the remainder due \
                 for payment on July 15.",
            "1987-03-11",
            "July 15",
            "1987-07-15",
        ),
        // (not after a comma alone: "the May date" is the subject of a clause of its own)
        (
            "when it first announced the operation in early January, the May date is \
                 earlier than the market had expected.",
            "1987-03-05",
            "May",
            "1987-05",
        ),
        (
            "He visited Paris on April 2, Berlin on April 5 and London on December 10.",
            "1987-06-01",
            "December 10",
            "1986-12-10",
        ),
        // (and a participle in a clause opened by ", with" after it: the participle has no
        // tense of its own; August 6 was 1997's, the nearer, a past-first reading)
        (
            "it said two new flights would leave Bombay on Monday and Tuesday nights from \
                 March 30, with the third departing each Thursday from August 6.",
            "1998-02-13",
            "August 6",
            "1998-08-06",
        ),
        (
            "Prices jumped in October, with sales rising 4 pct in December.",
            "1987-11-25",
            "December",
            "1986-12",
        ),
        // (so does one after "before" or "after": "Friday" was last week's, past the
        // fifteen words that the clause's verb is looked for in)
        (
            "The storm is expected to dump up to a foot of snow by Thursday morning before \
                 moving out to sea Friday.",
            "2013-03-21",
            "Friday",
            "2013-03-22",
        ),
        // (but what came before a thing still to come may be over)
        (
            "the offer of 1.07 mln shares in BTP, which closes on Friday after opening on \
                 Monday.",
            "1987-04-07",
            "Monday",
            "1987-04-06",
        ),
        // (a first date with no year read ahead as the nearest takes the rest ahead too)
        (
            "The calls, to be made effective June 30 and September 30, affected respectively the 7-1/4 pct bonds.",
            "1987-03-20",
            "September 30",
            "1987-09-30",
        ),
        (
            "sugar for shipment in June, July and August at a rate of 12,000 tonnes a month",
            "1987-04-02",
            "August",
            "1987-08",
        ),
        // (and a list reads its months in order: a month already over, at most six months
        // after the one before it, is the next such month after it; Reuters-21578 3603 and
        // 10725 were 1986's; not a list that runs back, nor one into the past)
        (
            "PMI Fund Inc said its board declared monthly dividends of six cts for April, \
                 four cts for May, five cts for June, seven cts for July and six cts for \
                 August.",
            "1987-03-11",
            "August",
            "1987-08",
        ),
        (
            "Roeher said foreign investment would probably be held back until after the \
                 congressional polls in May and the local elections in August.",
            "1987-03-30",
            "August",
            "1987-08",
        ),
        (
            "Reserves totalled 91.06 billion crowns in January, against 93.07 billion in \
                 December, the central bank said.",
            "1987-03-24",
            "December",
            "1986-12",
        ),
        (
            "Sales rose in January and in February, and fell sharply in June.",
            "1987-03-24",
            "June",
            "1986-06",
        ),
        (
            "It said the dividend would be paid in August and February.",
            "1987-06-19",
            "February",
            "1988-02",
        ),
        (
            "Clark said an initial agreement must be reached by late September or early \
                 October.",
            "1987-03-20",
            "early October",
            "1987-10",
        ),
        // (a span's first date takes the tense of its clause: the word that runs it on to
        // the next names nothing)
        (
            "Strong Santa Ana winds are forecast to return from Monday night through \
                 Wednesday, the National Weather Service said on Saturday.",
            "2025-01-18",
            "Monday night",
            "2025-01-20TNI",
        ),
        (
            "Flowering is good, which should result in mature fruit from August through \
                 September.",
            "1987-03-12",
            "August",
            "1987-08",
        ),
        (
            "It expects to work its debt down to normal levels in three years through its \
                 restructuring.",
            "1987-04-13",
            "three years",
            "P3Y",
        ),
        // (the rest of today is still to come, and a place may stand after "and")
        (
            "Forecasters expect Idalia to weaken as it moves across Georgia later Wednesday \
                 and into the Carolinas on Thursday.",
            "2023-08-30",
            "Thursday",
            "2023-08-31",
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
            "Mourinho, who was sent off in the second half, is expected to leave.",
            "The referee booked him early in the second half.",
            "Brady threw for 300 yards in the third quarter alone.",
            "The Yankees led after the first inning but faded in the second half.",
            "Their pitcher tired in the second half of the game.",
            "He had 12 assists in the first half.",
            "Kobe Bryant had 12 turnovers in the third quarter.",
            "The Celtics led 28-20 after the first quarter.",
            "The Lakers outscored Denver 30-18 in the third quarter.",
            "The Lakers trailed by 10 in the first half before rallying.",
            "The Nets led by 12 points in the fourth quarter.",
        ],
    );
    // (a lead by a score or a margin, not a vote or a share)
    assert_values_on(
        "2021-11-22",
        &[
            (
                "The Senate voted 55-45 in the first quarter.",
                "the first quarter",
                "2021-Q1",
            ),
            (
                "Its shares trailed by 10 pct in the first half.",
                "the first half",
                "2021-H1",
            ),
        ],
    );
}

#[test]
fn a_half_before_the_noun_of_a_subject_takes_the_tense_of_its_verb() {
    // read in February, a second half that a verb in the past reports on is last year's
    // (as "Net income in the second half rose" already was); one still looked at ahead,
    // or not told, stays this year's
    assert_spans(&[
        (
            "Second-half net rose 12%.",
            "1990-02-10",
            "Second-half",
            "1989-H2",
        ),
        (
            "The company said second-half net income fell 12%.",
            "1990-02-10",
            "second-half",
            "1989-H2",
        ),
        (
            "Second-half earnings were 5 mln dlrs.",
            "1990-02-10",
            "Second-half",
            "1989-H2",
        ),
        (
            "Second-half sales are expected to rise.",
            "1990-02-10",
            "Second-half",
            "1990-H2",
        ),
        (
            "Second-half sales is seen falling.",
            "1990-02-10",
            "Second-half",
            "1990-H2",
        ),
        (
            "It gave no second-half results.",
            "1990-02-10",
            "second-half",
            "1990-H2",
        ),
    ]);
}

#[test]
fn another_unit_is_one_more_of_it() {
    // (Reuters 10695, 7499, 17023) "another year" is a length of one year, and a
    // quantifier before it its mod
    for (text, phrase, value, modifier) in [
        (
            "Recovery for the industry will be delayed for another year, he said.",
            "another year",
            "P1Y",
            None,
        ),
        (
            "The Fed is not going to shift gears for at least another month.",
            "at least another month",
            "P1M",
            Some(Modifier::EqualOrMore),
        ),
        (
            "The debate is expected to last at least another week.",
            "at least another week",
            "P1W",
            Some(Modifier::EqualOrMore),
        ),
    ] {
        let t = tag_spanning(text, "1987-04-01", phrase);
        assert_eq!(
            (t.kind, t.value.as_str(), t.modifier),
            (TimexKind::Duration, value, modifier),
            "{text:?}"
        );
    }
    // ... but a period a copula names is no length, and a count after "another" is read
    // alone
    assert_untagged(
        "1987-04-01",
        &[
            "It said it will be another year of strong earnings growth.",
            "The debacle was just another day for some.",
        ],
    );
    assert_spans(&[(
        "Talks will go on for another two weeks.",
        "1987-04-01",
        "two weeks",
        "P2W",
    )]);
}

#[test]
fn the_wires_unit_ago_without_its_article_is_one_unit_back() {
    // (Reuters 13768, 9924) the livestock and earnings wires drop the article: "week ago"
    // after a figure or a word of comparison is "a week ago"
    assert_spans(&[
        (
            "Hog slaughter at about 290,000 head versus 294,000 week ago and 317,000 a \
             year ago.",
            "1987-04-02",
            "week ago",
            "1987-W13",
        ),
        (
            "Net income rose to 561.8 mln dlrs from year ago 540.9 mln dlrs.",
            "1987-04-02",
            "year ago",
            "1986",
        ),
        (
            "Exports were five pct behind year ago levels.",
            "1987-04-02",
            "year ago",
            "1986",
        ),
    ]);
    check(
        "Stocks were 12,000 tonnes, up from 11,000 month ago.",
        "1987-04-02",
        "1987-03",
        ("1987-03-01", "1987-03-31"),
    );
    // ... but not a column of a table, nor after a word that makes it an adjective
    for table in [
        "WHEAT    CURRENT    WEEK    YEAR\n         WEEK     AGO    AGO",
        "Mpls      4/3/87  Week Ago  Year Ago  Deliverable",
    ] {
        assert_no_tag_holds(table, "1987-04-06", "ago");
    }
    assert_spans(&[(
        "Sales were six pct higher than the same year ago period.",
        "1987-04-02",
        "the same year ago period",
        "1986",
    )]);
}

#[test]
fn a_fiscal_year_end_is_no_closing_day_of_the_calendar() {
    // (reuters-2182, 2568) a company's fiscal year closes on a day of its own: "fiscal
    // year-end" is not December 31 (it was)
    for text in [
        "Company changed fiscal yearend to January 31 from October 31.",
        "Comparable periods reflect change in fiscal year-end to April from December.",
        "The company's fiscal year end falls in the spring.",
    ] {
        assert_no_tag_holds(text, "1987-03-05", "end");
    }
    assert_spans(&[(
        "Company changed fiscal yearend to January 31 from October 31.",
        "1987-03-05",
        "January 31",
        "1987-01-31",
    )]);
}

#[test]
fn fiscal_may_follow_the_ordinal_or_the_year_or_come_before_the_unit() {
    // (reuters-12626, 10173, 13380, 4223, 5944) "fiscal" after an ordinal, after a year,
    // or between a count and its unit, as it is before them (TimeBank numbers fiscal
    // periods as the calendar's: "the fiscal first quarter" is 1989-Q1)
    assert_spans(&[
        (
            "the loss incurred in the first fiscal quarter of 1987 has been recovered",
            "1987-03-20",
            "the first fiscal quarter of 1987",
            "1987-Q1",
        ),
        (
            "It expects to report a small loss for the second fiscal quarter against a \
             profit a year ago.",
            "1987-03-20",
            "the second fiscal quarter",
            "1987-Q2",
        ),
        (
            "It expects to report a small loss for the second fiscal quarter against a \
             profit a year ago.",
            "1987-03-20",
            "a year ago",
            "1986-Q2",
        ),
        (
            "Japan will import 7,515 tonnes of beef for the first half of the 1987 fiscal \
             year started on April 1.",
            "1987-03-20",
            "the first half of the 1987 fiscal year",
            "1987-H1",
        ),
        (
            "Sales for the 1986 fiscal year reached a record 23.8 billion dlrs.",
            "1987-03-10",
            "the 1986 fiscal year",
            "1986",
        ),
        // (and a calendar year named so to tell it from one)
        (
            "Sales in calendar 2013 will rise.",
            "2013-03-22",
            "calendar 2013",
            "2013",
        ),
        (
            "Taxes for calendar year 2012 were due.",
            "2013-03-22",
            "calendar year 2012",
            "2012",
        ),
        (
            "Sales for the 2012 calendar year fell.",
            "2013-03-22",
            "the 2012 calendar year",
            "2012",
        ),
        // (and Britain's "financial year" with its year after it: it was "year 2012" alone;
        // Reuters 5187, 18009)
        (
            "Borrowing for the financial year 2012-13 is forecast at 114bn.",
            "2013-03-21",
            "financial year 2012",
            "2012",
        ),
    ]);
    // (a quarter named by its last month takes its article, as "the fourth quarter" does:
    // it was the month and "quarter" alone; Reuters 220, 3414)
    assert_spans(&[(
        "Borrowing in the December quarter rose to 3.92 billion.",
        "1987-03-03",
        "the December quarter",
        "1986-Q4",
    )]);
    assert_lengths(&[(
        "He will ask for 500 mln dlrs in each of the next two fiscal years.",
        "1987-03-10",
        "the next two fiscal years",
        "P2Y",
    )]);
    // (the end of a span of years is not a fiscal year of its own)
    assert_no_tag_holds(
        "the budget surplus for the 1986/1987 fiscal year has been revised",
        "1987-03-20",
        "fiscal",
    );
}

#[test]
fn a_clock_written_to_the_second_keeps_it() {
    // "10:30:15 a.m." was "10:30" and ":15 a.m." left over; a clock to the second needs its
    // a.m., p.m. or zone (or a stamp's day before it)
    assert_spans(&[
        (
            "The blast came at 10:30:15 a.m. local time.",
            "2013-03-22",
            "10:30:15 a.m.",
            "2013-03-22T10:30:15",
        ),
        (
            "The quake struck at 14:32:05 GMT on Thursday.",
            "2013-03-22",
            "14:32:05 GMT on Thursday",
            "2013-03-21T14:32:05",
        ),
        (
            "Updated 5:43:12 PM EDT, Thu May 16, 2019",
            "2019-05-16",
            "5:43:12 PM EDT, Thu May 16, 2019",
            "2019-05-16T17:43:12",
        ),
    ]);
    let t = tag("at 10:30:15 a.m.", None);
    assert_eq!(
        (t[0].kind, t[0].value.as_str()),
        (TimexKind::Time, "XXXX-XX-XXT10:30:15")
    );
    // ... and with none it is a race's or a record's time, no clock (it was 02:03)
    assert_spans(&[(
        "She finished at 2:03:45 on Sunday.",
        "2013-03-22",
        "Sunday",
        "2013-03-17",
    )]);
    let text = "She finished at 2:03:45 on Sunday.";
    assert!(
        tag(text, Some(d("2013-03-22")))
            .iter()
            .all(|t| t.kind != TimexKind::Time),
        "{text:?}"
    );
}

#[test]
fn months_compared_a_year_back_are_a_length() {
    // (TimeBank wsj_0904) "the year-earlier nine months" is one length of nine months, the
    // period compared with a year back (it was "year-earlier" 1988-Q3 and "nine months")
    assert_lengths(&[
        (
            "Net fell 5% in the nine months, compared with the year-earlier nine months.",
            "1989-11-01",
            "the year-earlier nine months",
            "P9M",
        ),
        (
            "Sales rose 8% from year-ago six months.",
            "1989-11-01",
            "year-ago six months",
            "P6M",
        ),
    ]);
    // ... and so is "the year-earlier period" right after a length the story reports
    // (wsj_0760; Reuters 8090, 1423)
    assert_lengths(&[
        (
            "For the nine months, Norton had net of $81.2 million. In the year-earlier \
             period, the company had net of $77.2 million.",
            "1989-11-01",
            "the year-earlier period",
            "P9M",
        ),
        (
            "sales in the first two months declining to 103,368 from 132,105 units in the \
             year-earlier period.",
            "1987-03-18",
            "the year-earlier period",
            "P2M",
        ),
        // (and "the same period last year", "a year ago" after the noun: it was last year,
        // Reuters-21578 18496)
        (
            "The trade deficit in the first four months fell to 16.4 billion schillings from \
             17.5 billion in the same period last year.",
            "1987-06-18",
            "the same period last year",
            "P4M",
        ),
    ]);
    // ... but a period named after it, or after a quarter, stays a date a year back
    assert_spans(&[
        (
            "Net rose in the third quarter from the year-ago quarter.",
            "1989-11-01",
            "the year-ago quarter",
            "1988-Q3",
        ),
        (
            "In the third quarter, net rose. In the year-earlier period, net fell.",
            "1989-11-01",
            "the year-earlier period",
            "1988-Q3",
        ),
    ]);
    // "the period", "that period", "the same period" right after a length are that length
    // (Reuters-21578 17195, 16562, 5827; were the year named before, or untagged)
    assert_lengths(&[
        (
            "currency movements over the past two years, he said.\n    Over the period, the \
             yen has risen",
            "1987-04-24",
            "the period",
            "P2Y",
        ),
        (
            "Ariane expects to launch six satellites a year for the next three years, about \
             75 pct of launches during that period.",
            "1987-04-13",
            "that period",
            "P3Y",
        ),
        (
            "exports had been channelled along the line for the last three months.\n    \
             During that period no copper was moved.",
            "1987-03-16",
            "that period",
            "P3M",
        ),
    ]);
    // (not a period a length is part of)
    assert_no_tag_holds(
        "9.5 pct of average profits in the last two years of the period.",
        "1987-03-03",
        "period",
    );
}

#[test]
fn a_span_of_months_with_no_tense_is_the_one_nearest_as_a_whole() {
    // read in November, "from January to October" is the span just over, though January
    // alone would be the coming one; a span still ahead stays ahead
    assert_spans(&[
        (
            "China's exports from January to October rose 5 percent.",
            "1998-11-20",
            "January",
            "1998-01",
        ),
        (
            "China's exports from January to October rose 5 percent.",
            "1998-11-20",
            "October",
            "1998-10",
        ),
        (
            "From January to October, foreign trade totaled 270 billion dollars.",
            "1998-11-20",
            "January",
            "1998-01",
        ),
        (
            "The exhibition runs from January to March.",
            "1998-11-20",
            "March",
            "1999-03",
        ),
        (
            "Prices peak from December to February.",
            "1998-01-10",
            "December",
            "1997-12",
        ),
    ]);
}

#[test]
fn a_winter_may_name_both_its_years() {
    // the winter named for the year it begins in, the year after it part of the phrase
    for (text, phrase) in [
        (
            "The winter of 2011-12 was the warmest on record.",
            "The winter of 2011-12",
        ),
        ("Snowfall in winter 2011/12 was light.", "winter 2011/12"),
        (
            "It was cold in the winter of 2011-2012.",
            "the winter of 2011-2012",
        ),
    ] {
        let t = tag_spanning(text, "2021-03-15", phrase);
        assert_eq!(t.value, "2011-WI", "{text:?}");
    }
    // ... only the next year: "2011-13" is no winter's
    assert_spans(&[(
        "Output fell in the winter of 2011-13.",
        "2021-03-15",
        "the winter of 2011",
        "2011-WI",
    )]);
}

#[test]
fn the_edge_of_the_season_takes_the_season_with_its_article() {
    // "the end of the summer" is the edge of the season, as "the end of summer" is (it was
    // "the summer" alone, with no edge)
    assert_modified(
        "2013-04-10",
        &[
            (
                "The talks are expected to last until the end of the summer.",
                "the end of the summer",
                "2013-SU",
                Modifier::End,
            ),
            (
                "Fighting eased at the beginning of the winter, when the roads froze.",
                "the beginning of the winter",
                "2012-WI",
                Modifier::Start,
            ),
        ],
    );
    // ... not of a season that qualifies a noun: the edge is the driving season's
    assert_spans(&[(
        "Stocks fell before the start of the summer driving season.",
        "2013-04-10",
        "summer",
        "2013-SU",
    )]);
}

#[test]
fn a_half_before_a_month_is_that_half_of_the_month() {
    // trade reports write "the second half of April" without "the" and "of" (Reuters
    // 13501, 15129, 19614): one expression, the month's half, not the year's second half
    // and the month apart
    for (text, published, phrase, value, modifier, interval) in [
        (
            "Pakistan passed on its tender for 6,000 tonnes of RBD palm oil for second half \
             April shipment, dealers said.",
            "1987-04-07",
            "second half April",
            "1987-04",
            Modifier::End,
            ("1987-04-16", "1987-04-30"),
        ),
        (
            "Japan bought 4,000 tonnes of Canadian rapeseed for last half May/first half June \
             shipment, trade sources said.",
            "1987-04-08",
            "last half May",
            "1987-05",
            Modifier::End,
            ("1987-05-16", "1987-05-31"),
        ),
        (
            "Japan bought 4,000 tonnes of Canadian rapeseed for last half May/first half June \
             shipment, trade sources said.",
            "1987-04-08",
            "first half June",
            "1987-06",
            Modifier::Start,
            ("1987-06-01", "1987-06-15"),
        ),
        (
            "Madagascar will tender today for two 10,000-tonne cargoes of soft red winter \
             wheat for last-half July and first-half August shipments.",
            "1987-06-29",
            "last-half July",
            "1987-07",
            Modifier::End,
            ("1987-07-16", "1987-07-31"),
        ),
        (
            "The cargo was fixed for first-half March 1986 loading.",
            "1987-04-08",
            "first-half March 1986",
            "1986-03",
            Modifier::Start,
            ("1986-03-01", "1986-03-15"),
        ),
    ] {
        let t = tag_spanning(text, published, phrase);
        let date = t.date.as_ref().expect("a month's half has an interval");
        assert_eq!(
            (t.value.as_str(), t.modifier, date.start, date.end),
            (value, Some(modifier), d(interval.0), d(interval.1)),
            "{phrase:?} in {text:?}"
        );
    }
    // ... and a half before anything else stays the year's
    assert_spans(&[(
        "Sales rose in the first half and fell in the second half, the company said.",
        "1987-08-08",
        "the first half",
        "1987-H1",
    )]);
}

#[test]
fn reads_clocks_on_holidays_seconds_seasons_and_periods_to_a_month() {
    // a range of clocks: the opening one on the closing one's day, both read in the tense
    // of the whole (and "10:00" with no zone is a clock in a range, on five minutes, the
    // later one second)
    assert_spans(&[
        (
            "The event is 10:00-12:00 on Friday.",
            "2024-10-23",
            "10:00",
            "2024-10-25T10:00",
        ),
        (
            "The event is 10:00-12:00 on Friday.",
            "2024-10-23",
            "12:00 on Friday",
            "2024-10-25T12:00",
        ),
        (
            "The event is 10 a.m.-noon on Friday.",
            "2024-10-23",
            "10 a.m.",
            "2024-10-25T10:00",
        ),
        (
            "The event runs from 10:00 to 12:00 on Friday.",
            "2024-10-23",
            "10:00",
            "2024-10-25T10:00",
        ),
        // (and "between" one clock "and" another)
        (
            "The crime occurred between 2 a.m. and 4 a.m. on June 5, 2022.",
            "2024-10-23",
            "2 a.m.",
            "2022-06-05T02:00",
        ),
        (
            "The shooting happened between about 10 p.m. and 11 p.m. Friday.",
            "2024-10-23",
            "about 10 p.m.",
            "2024-10-18T22:00",
        ),
        (
            "The event is from 10:00 to 12:00 on Friday.",
            "2024-10-23",
            "12:00 on Friday",
            "2024-10-25T12:00",
        ),
        (
            "The exhibition is from Monday to Friday.",
            "2024-10-23",
            "Monday",
            "2024-10-28",
        ),
        (
            "Polls were open from 7 a.m. to 8 p.m. on Sunday.",
            "2024-10-23",
            "7 a.m.",
            "2024-10-20T07:00",
        ),
        (
            "Polls were open from 7 a.m. to 8 p.m. on Sunday.",
            "2024-10-23",
            "8 p.m. on Sunday",
            "2024-10-20T20:00",
        ),
        (
            "The evening session will run from 6:00 to 9:00 P.M. Chicago time, which is 8:00 to 11:00 A.M. in Tokyo.",
            "1987-04-09",
            "8:00",
            "1987-04-10T08:00",
        ),
    ]);
    assert_untagged(
        "2024-10-23",
        &["The score was 3:16 to 2:10.", "Read John 3:16."],
    );
    // the first clock of a range takes the second's afternoon when it reads no later
    assert_values_on(
        "1987-04-09",
        &[
            (
                "The CBOT evening session will run from 6:00 to 9:00 P.M. Chicago time.",
                "6:00",
                "1987-04-09T18:00",
            ),
            (
                "The shop is open from 10:00 to 2 p.m. on Friday.",
                "10:00",
                "1987-04-10T10:00",
            ),
        ],
    );
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
        // "fall" after "before" where the phrase ends is the season
        (
            "A decision is not expected before fall.",
            "1998-06-15",
            "fall",
            "1998-FA",
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
        // (looking ahead, the nearest: the year under way; it was 2024-06)
        (
            "The company said profit for the year to June would be flat.",
            "2025-03-14",
            "June",
            "2025-06",
        ),
        (
            "The company expects sales in the year to March to rise.",
            "1987-04-10",
            "March",
            "1987-03",
        ),
        // (the next such month, not the nearest, which was 2025-03 read in August; not past
        // a verb in the past, reuters-10267)
        (
            "Sony raised its forecast for the year to March.",
            "2025-08-07",
            "March",
            "2026-03",
        ),
        (
            "The company said profit for the year to June would be flat.",
            "2025-08-07",
            "June",
            "2026-06",
        ),
        (
            "It will issue bonds to help curb M-1b money supply, which rose 48.22 pct in the \
             year to end-February.",
            "1987-03-26",
            "end-February",
            "1987-02",
        ),
        // (and "through" after "the", as US papers write it; not a span still to run)
        (
            "Sales in the year through June rose.",
            "2013-03-21",
            "June",
            "2012-06",
        ),
        (
            "The program will run for six months through June.",
            "2013-03-21",
            "June",
            "2013-06",
        ),
        // ... and so is its end ("the end of June" was the coming one), but not the end of
        // a period still under way (reuters-9819)
        (
            "Output fell in the three months to the end of June.",
            "2024-03-14",
            "the end of June",
            "2023-06",
        ),
        (
            "Turnover will rise to about 2.6 billion dlrs in the current year to end \
             September, Kaske said.",
            "1987-03-26",
            "end September",
            "1987-09",
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
        // (and of the fiscal, financial or current year: reuters-6089, reuters-21497; were
        // the half and the year apart)
        (
            "Earnings should improve in the second half of the current fiscal year.",
            "1987-03-16",
            "the second half of the current fiscal year",
            "1987-H2",
        ),
        (
            "Profits rose in the first half of the financial year.",
            "1987-04-03",
            "the first half of the financial year",
            "1987-H1",
        ),
    ]);
    // a half of something else is no half of a year ("of trading", "of his term"; were
    // the year's first half), but a half measured by a figure is
    assert_untagged(
        "2013-03-21",
        &[
            "Shares fell in the first half of trading.",
            "He spent the first half of his term abroad.",
            "Prices rose close to a year high.",
        ],
    );
    assert_spans(&[(
        "It points to GNP growth in the first half of 2.5-3.0 pct.",
        "1987-04-03",
        "the first half",
        "1987-H1",
    )]);
    // ... and the week before it the one the story is on
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
fn early_mid_and_late_mark_the_edge_of_a_part_of_the_day() {
    // as "Early Thursday morning" already did; "early afternoon" had the part without its
    // edge
    assert_modified(
        "2023-11-08",
        &[
            (
                "By early afternoon, the index was up 1%.",
                "early afternoon",
                "2023-11-08TAF",
                Modifier::Start,
            ),
            (
                "In late afternoon trading, shares fell.",
                "late afternoon",
                "2023-11-08TAF",
                Modifier::End,
            ),
            (
                "The vote came mid-afternoon on Thursday.",
                "mid-afternoon on Thursday",
                "2023-11-02TAF",
                Modifier::Mid,
            ),
            (
                "Trading was halted late afternoon yesterday.",
                "late afternoon yesterday",
                "2023-11-07TAF",
                Modifier::End,
            ),
            (
                "Early Thursday morning, shares fell.",
                "Early Thursday morning",
                "2023-11-02TMO",
                Modifier::Start,
            ),
        ],
    );
}

#[test]
fn dawn_and_dusk_are_parts_of_the_day_they_fall_on() {
    // with its day ("dawn Friday", "dawn yesterday"), as "noon Friday" is; alone, the
    // day the story is on: the one named before it, or the publication's when the
    // sentence tells of it in the past
    assert_spans(&[
        (
            "Rebels attacked before dawn on Friday.",
            "2013-06-05",
            "dawn on Friday",
            "2013-05-31TMO",
        ),
        (
            "Troops moved in at dawn Friday.",
            "2013-06-05",
            "dawn Friday",
            "2013-05-31TMO",
        ),
        (
            "The curfew starts at dusk on Saturday.",
            "2013-06-05",
            "dusk on Saturday",
            "2013-06-08TEV",
        ),
        (
            "Fierce fighting has been raging since dawn today and all morning.",
            "1987-04-07",
            "dawn today",
            "1987-04-07TMO",
        ),
        (
            "Troops moved in Friday at dawn.",
            "2013-06-05",
            "dawn",
            "2013-05-31TMO",
        ),
        (
            "The IRNA agency said the offensive began before dawn northeast of the town.",
            "1987-04-09",
            "dawn",
            "1987-04-09TMO",
        ),
        (
            "At dawn, troops moved in.",
            "2013-06-05",
            "dawn",
            "2013-06-05TMO",
        ),
        (
            "Shelling went on until nightfall.",
            "2013-06-05",
            "nightfall",
            "2013-06-05TEV",
        ),
        // (at the head of its sentence, before a comma and a verb in the past: was untagged)
        (
            "By nightfall, the death toll had climbed to 56.",
            "2013-03-19",
            "nightfall",
            "2013-03-19TEV",
        ),
        // (a part of a day before its day is one TIME with it too)
        (
            "The plane landed mid-afternoon on Thursday.",
            "2013-03-22",
            "mid-afternoon on Thursday",
            "2013-03-21TAF",
        ),
        (
            "The storm hit overnight Tuesday.",
            "2013-03-22",
            "overnight Tuesday",
            "2013-03-19TNI",
        ),
        // (and lunchtime is midday, as TIMEX3 writes it)
        (
            "She was last seen at lunchtime on Sunday.",
            "2013-03-22",
            "lunchtime on Sunday",
            "2013-03-17TMI",
        ),
        (
            "The bomb went off at lunchtime.",
            "2013-03-22",
            "lunchtime",
            "2013-03-22TMI",
        ),
    ]);
    // (no day it falls on: any day, a name, a raid, an era)
    assert_untagged(
        "2013-06-05",
        &[
            "They fast from dawn until dusk.",
            "They worked from dawn to dusk.",
            "Troops will move in at dawn.",
            "The army said troops would attack at dawn.",
            "He lives at Sunset Boulevard.",
            "By the dawn of the railway age it had grown.",
            "Results are due by lunchtime.",
        ],
    );
    assert_values_on(
        "2013-06-05",
        &[(
            "Police launched a dawn raid on Friday.",
            "Friday",
            "2013-05-31",
        )],
    );
    assert_no_tag_holds(
        "Police launched a dawn raid on Friday.",
        "2013-06-05",
        "dawn",
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
        (
            "And in the year ended this past March, the deficit was 22.1 billion.",
            "1987-06-18",
            "the year",
            "P1Y",
        ),
        (
            "inflation was 21.66 pct for the year ending january 1987.",
            "1987-03-04",
            "the year",
            "P1Y",
        ),
        // (and after "that" or "which" with no comma, reuters-18455 and reuters-9537)
        (
            "For the fiscal year that ended last March 31, GNP growth slowed to 2.6 pct.",
            "1987-06-16",
            "the fiscal year",
            "P1Y",
        ),
        // (and "ends" after them, the verb of a year still under way: it was 2025, the
        // calendar's)
        (
            "The company expects revenue to rise in the fiscal year that ends in June.",
            "2025-11-20",
            "the fiscal year",
            "P1Y",
        ),
        (
            "Walmart raised its forecast for the fiscal year which ends Jan. 31.",
            "2025-11-20",
            "the fiscal year",
            "P1Y",
        ),
        // (but an edge of it is a date: the end of those twelve months, named by the year
        // it ends in, see `an_edge_of_a_year_a_day_closes_is_that_edge_of_its_twelve_months`)
        (
            "debt had soared to 68.3 billion dlrs by the end of the fiscal year which ended \
             last Sept. 30.",
            "1987-03-25",
            "the end of the fiscal year",
            "1986",
        ),
        // (not when no date follows the verb: "that" opens a clause of its own)
        (
            "Sales fell in the year that ended its dividend.",
            "1987-03-25",
            "the year",
            "1987",
        ),
        // (not when "ended" is the period's verb: the period, which is over, the last one
        // unless the publication is in its last days)
        (
            "The year ended with a rally in bank shares.",
            "2012-12-31",
            "The year",
            "2012",
        ),
        (
            "The quarter ended with a loss for the airline.",
            "2013-01-04",
            "The quarter",
            "2012-Q4",
        ),
        (
            "The year ended with a rally in bank shares.",
            "2013-03-22",
            "The year",
            "2012",
        ),
        (
            "The month ended with stocks at a record.",
            "2013-01-04",
            "The month",
            "2012-12",
        ),
        // (the week read on a Monday is the last one, on a Friday this one)
        (
            "The week ended with a rally in bank shares.",
            "2013-03-18",
            "The week",
            "2013-W11",
        ),
        (
            "The week ended with a rally in bank shares.",
            "2013-03-22",
            "The week",
            "2013-W12",
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
        (
            "Funaro will be explaining Brazil's actions to U.S. Treasury Secretary James \
                 Baker, Federal Reserve Board chairman Paul Volcker and International \
                 Monetary Fund managing director Michel Camdessus before travelling to \
                 Europe at the weekend.",
            "1987-02-26",
            "the weekend",
            "1987-W09-WE",
        ),
        // ... and "the weekend" before a noun, after a weekend still to come was named, is
        // that one (Reuters 12650; it was the weekend gone by)
        (
            "EC ministers meet in Belgium this weekend. He said he hoped for wide-ranging \
                 talks on the future of the EMS at the weekend meeting.",
            "1987-04-02",
            "the weekend",
            "1987-W14-WE",
        ),
        (
            "A rally is planned for this weekend. Police clashed with protesters over the \
                 weekend.",
            "1987-04-01",
            "the weekend",
            "1987-W13-WE",
        ),
        // counting back from an event is a duration
        (
            "the banks must wait at least 30 days before closing the purchase.",
            "1989-10-27",
            "30 days",
            "P30D",
        ),
        // (not before a conjunction: "a year before and" is the period compared with, as
        // "a year before." is; it was "a year", P1Y, reuters-617 and ten more)
        (
            "Pall Corp said sales for the second quarter ended January 31 were up 17.5 pct to \
                 94.0 mln dlrs from 80.0 mln dlrs a year before and orders were up 15.5 pct.",
            "1987-03-02",
            "a year before",
            "1986-Q2",
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
        // the wire writes the fraction after a hyphen; "1/2 years" alone was "2 years"
        (
            "the sale of 550 mln dlrs of 3-1/2 year notes",
            "1987-03-02",
            "3-1/2 year",
            "P3Y6M",
        ),
        (
            "on top of 11-1/2 years he was already serving",
            "2024-02-16",
            "11-1/2 years",
            "P11Y6M",
        ),
        (
            "talks that lasted 1-1/2 hours",
            "1987-03-02",
            "1-1/2 hours",
            "PT1H30M",
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
        // a count of the next smaller unit joined by "and" is part of the length (they
        // were two: reuters-6658 "four years and three months", 7598 "15 years and eight
        // months"), and a decimal fraction is written in that unit too (it was PT34.8H)
        (
            "The match lasted three hours and nine minutes.",
            "2013-07-08",
            "three hours and nine minutes",
            "PT3H9M",
        ),
        (
            "agreed to borrow 169.1 mln marks at a fixed annual 6.48 pct interest for 15 years \
                 and eight months",
            "1987-06-01",
            "15 years and eight months",
            "P15Y8M",
        ),
        (
            "The average work week fell to 34.8 hours in March.",
            "1987-04-03",
            "34.8 hours",
            "PT34H48M",
        ),
        (
            "The quake struck two years and five months ago.",
            "2013-07-08",
            "two years and five months ago",
            "2011-02",
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
        // a passive still to come (Reuters-21578), not one after a verb in the past
        (
            "The February trade figures to be reported Tuesday by the Commerce Department \
                 will be on a balance of payments basis.",
            "1987-04-13",
            "Tuesday",
            "1987-04-14",
        ),
        // (after "from" too: Reuters 20909)
        (
            "They said the envoy's trip, to be followed from tuesday by a visit to nicaragua, \
                 could be linked to a possible mediation.",
            "1987-10-19",
            "tuesday",
            "1987-10-20",
        ),
        (
            "The zone, to be opened on Thursday, will complement a major expansion of \
                 Bangkok airport.",
            "1987-03-27",
            "Thursday",
            "1987-04-02",
        ),
        (
            "Traders gave a muted response to plans for a tin futures market due to be \
                 launched in October.",
            "1987-06-01",
            "October",
            "1987-10",
        ),
        (
            "The figures appeared to be delayed on Tuesday.",
            "1987-04-13",
            "Tuesday",
            "1987-04-07",
        ),
        (
            "The accord was to be signed on Friday but talks collapsed.",
            "1987-04-13",
            "Friday",
            "1987-04-10",
        ),
        // the infinitive of a scheduled event, in a sentence with no verb in the past
        (
            "There are no plans for the ministers to meet on Friday.",
            "1987-03-18",
            "Friday",
            "1987-03-20",
        ),
        (
            "Hutton is paying 35 dlrs cash per share for 83 pct of Purolator's stock in a \
                 tender offer to begin Thursday.",
            "1987-03-02",
            "Thursday",
            "1987-03-05",
        ),
        (
            "He flew to Paris to meet Chirac on Friday.",
            "1987-03-18",
            "Friday",
            "1987-03-13",
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
        // (but "had been" and any other participle is the past, and so is a day a
        // figure stood at "as of", reuters-10537: they were the coming June's)
        (
            "Four months later, the USDA estimated that 9.67 mln acres had been planted as of June 1.",
            "1987-03-27",
            "June 1",
            "1986-06-01",
        ),
        (
            "About 1.2 mln acres had been sold in June.",
            "1987-03-27",
            "June",
            "1986-06",
        ),
        (
            "Stocks stood at 5.2 mln tonnes as of June 1.",
            "1987-03-27",
            "June 1",
            "1986-06-01",
        ),
        // (a participle before "as" is a verb, not a word before a noun: it was the coming
        // June 1)
        (
            "Acres were planted as of June 1.",
            "1987-03-27",
            "June 1",
            "1986-06-01",
        ),
        // "expecting", "forecasting", "predicting" look ahead as "expects" does: the year
        // of a forecast is the story's, not the one named before (reuters-4017: it was
        // 1985)
        (
            "Debt fell from a 1985 high of 8.6 billion dlrs. He is cautious, expecting the price to fluctuate between 16-18 dlrs a barrel for the year.",
            "1987-03-11",
            "the year",
            "1987",
        ),
        // midnight alone, told in the past, is the one that opened the day; "died" is a
        // verb in the past, and so is "started" before "shortly after"
        (
            "The blaze started shortly after midnight and burned for six hours.",
            "2013-03-18",
            "midnight",
            "2013-03-17T24",
        ),
        // ... also past a phrase before the adverb
        (
            "Ike's eye passed over the city shortly after midnight.",
            "2008-09-14",
            "midnight",
            "2008-09-13T24",
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
        // (with "local time" after it too: it was the publication's midnight)
        (
            "The ceasefire took effect at midnight local time.",
            "2013-03-22",
            "midnight",
            "2013-03-21T24",
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
        // ... and so it is after a month or a day outside that quarter told in an earlier
        // sentence (not the last day of a calendar quarter, which may close the period the
        // story reports, nor a month of the same sentence)
        (
            "Shell said first quarter net income dropped 61 pct. Margins fell after its \
                 pullout from the business in October 1986. Shell said outlays totaled 500 \
                 mln dlrs for the quarter.",
            "1987-04-24",
            "the quarter",
            "1987-Q1",
        ),
        (
            "Sales in the third quarter fell. Sales in the nine months ended March 31 rose \
                 12 pct. In the quarter, 2,240 homes were sold.",
            "1987-04-07",
            "the quarter,",
            "1987-Q1",
        ),
        (
            "Sales fell in October. For the quarter, sales were down.",
            "1987-04-24",
            "the quarter",
            "1986-Q4",
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
        // ... with its article too at the end of a phrase (it was "the year" alone)
        (
            "We hope they will be concluded by the year end, he said.",
            "1987-03-09",
            "the year end",
            "1987",
        ),
        (
            "aiming to increase numbers to 35 by the year-end, it said.",
            "1987-04-05",
            "the year-end",
            "1987-12-31",
        ),
        // ... but before a noun the article is the noun's, and "year-end" is read on its own
        // (it was "the year"; Reuters 2513, 4402)
        (
            "The supervisory board would meet on April 9 to approve the year-end results.",
            "1987-03-12",
            "year-end",
            "1986-12-31",
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
        // ... and after the first quarter, a figure the year end stood at, told with "was",
        // "were" or "had" (reuters-13136, reuters-12284: they were 1987's; not what was
        // expected of it)
        (
            "Total assets were nearly 1.1 mln dlrs at year end, down from 1.2 mln dlrs the \
                 prior year.",
            "1987-04-03",
            "year end",
            "1986",
        ),
        (
            "The number of employees the company had at year end were 820.",
            "1987-04-01",
            "year end",
            "1986",
        ),
        (
            "Assets were expected to be 1.1 mln dlrs at year end.",
            "1987-04-03",
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
        // (reuters-10414, 4312) "yearend", the wires' one word, as "year-end"
        (
            "a loan servicing portfolio well over 2.0 billion dlrs by yearend.",
            "1987-03-26",
            "yearend",
            "1987-12-31",
        ),
        (
            "Stockholders equity fell 25 pct since yearend to 465 mln dlrs.",
            "1987-03-26",
            "yearend",
            "1986-12-31",
        ),
        (
            "Loans rose to 1.2 billion dlrs at yearend 1986 from 980 mln.",
            "1987-03-26",
            "yearend 1986",
            "1986",
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
        // (after another modal too, reuters-4939; not what would have been, reuters-5879,
        // reuters-18397)
        (
            "An additional 500,000 tonnes of corn can be shipped from July-September, the \
                 grain association said.",
            "1987-03-13",
            "July",
            "1987-07",
        ),
        (
            "Agency officials said public spending would have risen 1.1 pct in Oct/Dec \
                 without the issue.",
            "1987-03-17",
            "Oct",
            "1986-10",
        ),
        (
            "The Ivory Coast mid-crop should have been covered by March/April rains.",
            "1987-06-15",
            "March",
            "1987-03",
        ),
        // ... and a month alone after "can", as after the other modals (reuters-15013)
        (
            "It is far too early yet to say what kind of output we can expect when it comes \
                 to harvest in September.",
            "1987-04-08",
            "September",
            "1987-09",
        ),
        // ... and a period of statistics told in the past the last one over (not a
        // shipment, which trade reports sell ahead)
        (
            "In the January-June period, exports grew 8 percent.",
            "1998-03-05",
            "June",
            "1997-06",
        ),
        // (and a span a hyphen joins after "in" or "during", its clause's verb in the past,
        // or a half so named: they were 2026's, nearest, the coming ones; not a passive of
        // the present, reuters-7151)
        (
            "Sales fell in January-March.",
            "2025-11-12",
            "January",
            "2025-01",
        ),
        (
            "Profit in January-June fell.",
            "2025-11-12",
            "June",
            "2025-06",
        ),
        (
            "Profit in the January-June half fell.",
            "2025-11-12",
            "January",
            "2025-01",
        ),
        (
            "Sales will rise in January-March.",
            "2025-11-12",
            "January",
            "2026-01",
        ),
        (
            "Data on wind damage is collected during November-June.",
            "1987-03-19",
            "November",
            "1986-11",
        ),
        // (a quarter named by its months, told in the past, one begun: it was 2026-Q1)
        (
            "Profit in the January-March quarter fell.",
            "2025-11-12",
            "the January-March quarter",
            "2025-Q1",
        ),
        (
            "Of the imports in the January/November period, those from Cuba were up to 3.81 \
                 mln tonnes.",
            "1987-03-24",
            "January",
            "1986-01",
        ),
        // ... and a total the span's figures sum to, whatever the tense, where nothing
        // looks ahead (reuters-8683: they were 1987's)
        (
            "The January/November export total of 289,232 compares with 165,859 tonnes.",
            "1987-03-24",
            "November",
            "1986-11",
        ),
        (
            "The January-November trade surplus was 5.2 billion dlrs.",
            "1987-03-24",
            "January",
            "1986-01",
        ),
        (
            "The January-November trade surplus will be 5.2 billion dlrs.",
            "1987-03-24",
            "November",
            "1987-11",
        ),
        (
            "Exports will grow in the January-June period.",
            "1998-03-05",
            "June",
            "1998-06",
        ),
        (
            "It sold two cargoes at 233 dlrs a tonne CIF for March/April shipment.",
            "1987-03-24",
            "April",
            "1987-04",
        ),
        // ... and one "for" a shipment is sold ahead, after a past verb too (Reuters-21578
        // 10701, 14702)
        (
            "Japanese feed makers actively bought U.S. Corn last week, C and F basis, for \
                 July/September shipment.",
            "1987-03-30",
            "July",
            "1987-07",
        ),
        // (and a delivery: Reuters-21578 14183's was 1986-11)
        (
            "Dutch soyoil traded at 65.50 guilders for May, rising to 71 for Nov/Jan \
                 deliveries ex-mill.",
            "1987-04-07",
            "Nov",
            "1987-11",
        ),
        (
            "There were indications that 50,000 tonnes traded for August shipment.",
            "1987-04-07",
            "August",
            "1987-08",
        ),
        // (not the months of a statistic: "January shipments fell")
        (
            "January shipments fell 5 pct.",
            "1987-03-30",
            "January",
            "1987-01",
        ),
        // (nor after a word of the kind of sale, "for various", nor the last month of a
        // span of three: reuters-9094's and reuters-14372's were 1986's)
        (
            "Taiwan will tender Thursday for 356,000 tonnes of U.S. corn for various Sept/Dec \
                 shipments via Gulf or Pacific Northwest ports.",
            "1987-03-24",
            "Sept",
            "1987-09",
        ),
        (
            "Syria tendering same day for 36,000 tonnes whites for June/July/Aug shipment.",
            "1987-04-07",
            "Aug",
            "1987-08",
        ),
        // (and the months of a list or a span before what is traded for delivery in them:
        // reuters-11914, reuters-6421 and reuters-13636 were 1986's and 1987's)
        (
            "Discounts in the October and December contracts take into consideration a six \
                 to seven pct increase.",
            "1987-04-01",
            "October",
            "1987-10",
        ),
        (
            "Contract terms for trade in coconut oil are to be changed from long tons to \
                 tonnes with effect from the Aug/Sep contract onwards.",
            "1987-03-18",
            "Aug",
            "1987-08",
        ),
        (
            "New crop trade included Jan/Mar deliveries at 113 stg.",
            "1987-04-07",
            "Mar",
            "1988-03",
        ),
        // (and every month of a list joined by commas before what is traded:
        // reuters-2793's January was 1987's)
        (
            "Initially, only January, March and May delivery months will be listed for \
                 trading.",
            "1987-03-06",
            "January",
            "1988-01",
        ),
        // (and a span of months a slash joins after "for", with no noun of a sale after
        // it: reuters-13650, reuters-14183, reuters-10701 and reuters-3737 were 1986's and
        // 1987's)
        (
            "Ghana was offering around 1,460 stg a tonne cif for Dec/Feb-Jan/Mar, dealers \
                 said.",
            "1987-04-07",
            "Dec",
            "1987-12",
        ),
        (
            "Ghana was offering around 1,460 stg a tonne cif for Dec/Feb-Jan/Mar, dealers \
                 said.",
            "1987-04-07",
            "Mar",
            "1988-03",
        ),
        (
            "Sunflowerseed oil sold at 346.50 dlrs for May/Jul and 357.50 for Aug/Oct call \
                 ex-tank Rotterdam.",
            "1987-04-07",
            "Aug",
            "1987-08",
        ),
        (
            "Supply from Argentina and South Africa for July/September is still uncertain.",
            "1987-03-30",
            "July",
            "1987-07",
        ),
        (
            "The purchase consisted of 340,000 tonnes of hard red winter wheat, with 210,000 \
                 tonnes of soft red winter for Aug/Sept, the exporters said.",
            "1987-03-11",
            "Sept",
            "1987-09",
        ),
        // (and a span a slash joins priced right after it, or after the verb of its sale
        // and its buyer: reuters-1, 13636, 14189 and 14408 were 1986's and 1987's)
        (
            "Liquor sales were limited with March/April selling at 2,325 dlrs, June/July at \
                 2,375 dlrs, Aug/Sept at 2,400 dlrs.",
            "1987-02-26",
            "Aug",
            "1987-08",
        ),
        (
            "Jan/Mar sold to Avonmouth at 111.75 stg per tonne.",
            "1987-04-07",
            "Jan",
            "1988-01",
        ),
        (
            "Some intra-market spreading was noted with players on both sides of \
                 July/December at 7-1/2 cents, they said.",
            "1987-04-07",
            "July",
            "1987-07",
        ),
        // (and a text that ends among the words of the sale is read to its end: this
        // stopped the tagger before the bound was checked)
        (
            "They sold Jan/Mar to Avonmouth",
            "1987-04-07",
            "Jan",
            "1987-01",
        ),
        // (not a statistic's: "exports" before it, the last span over)
        (
            "Exports in Jan/Feb at 1.2 mln tonnes were up.",
            "1987-04-07",
            "Jan",
            "1987-01",
        ),
        // (not a statistic's: reuters-9749's stay 1987's)
        (
            "The resulting trade surplus of 17.6 billion marks for January/February compares \
                 with a cumulative surplus of 14.1 billion marks.",
            "1987-03-26",
            "January",
            "1987-01",
        ),
        // (nor deliveries made, the subject of a statistic, a month alone or a span: they
        // were 1988's)
        (
            "Boeing said January deliveries were 80 aircraft.",
            "1987-04-20",
            "January",
            "1987-01",
        ),
        (
            "Boeing said January-March deliveries were 80 aircraft.",
            "1987-04-20",
            "March",
            "1987-03",
        ),
        // (but a contract's price is: reuters-14117)
        (
            "Cotton for May delivery was up 0.25 cent. December delivery was up 0.40 cent \
                 at 55.15 cents.",
            "1987-04-07",
            "December",
            "1987-12",
        ),
        // (but not after a word that is no kind of sale: "for its March shipments")
        (
            "The company reported a fall for its March shipments.",
            "1987-04-07",
            "March",
            "1987-03",
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
        // (of the day named after it: was the publication's, with the day apart)
        (
            "The plane landed mid-afternoon on Thursday.",
            "2013-03-22",
            "mid-afternoon on Thursday",
            "2013-03-21TAF",
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
        // a term served, stayed or sentenced to, and "a further" unit (Reuters 3404, 10373)
        (
            "Mays was ordered to serve an additional year for photographing the girl.",
            "2013-03-18",
            "an additional year",
            "P1Y",
        ),
        (
            "He was sentenced to a year in prison.",
            "2013-03-18",
            "a year",
            "P1Y",
        ),
        (
            "They will stay a week in Rome.",
            "2013-03-18",
            "a week",
            "P1W",
        ),
        (
            "The scheme will be partially extended for a further month, a spokesman said.",
            "1987-03-27",
            "a further month",
            "P1M",
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
            "Apple unveils its new phone on Tuesday.",
            "1998-02-13",
            "Tuesday",
            "1998-02-17",
        ),
        (
            "The ban applies from 1 August.",
            "1998-02-13",
            "1 August",
            "1998-08-01",
        ),
        (
            "The ban applied from 1 August.",
            "1998-02-13",
            "1 August",
            "1997-08-01",
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
        // (and so it is for "a year ago", "a year earlier": it was 1988-Q2, wsj_0292; but in
        // the sentence that names it, that quarter a year back)
        (
            "Kimberly-Clark posted a gain in third-quarter net income. After a flat second \
             quarter, it attributed the gain to improved results. Tax rates were lower than a \
             year ago.",
            "1989-11-01",
            "a year ago",
            "1988-Q3",
        ),
        (
            "Kimberly-Clark posted a gain in third-quarter net income. In the second quarter, \
             profit was flat from a year earlier.",
            "1989-11-01",
            "a year earlier",
            "1988-Q2",
        ),
        // (and so, for a quarter a year back, is an earlier month: wsj_0709, it was 1987-Q4,
        // the quarter of December 1988 a year back)
        (
            "Service Corp. said it expects to report net income of 15 cents a share for the \
             third quarter. The operator changed from a fiscal year to a calendar year in \
             December. In the comparable year-ago quarter, it had a loss.",
            "1989-10-27",
            "the comparable year-ago quarter",
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
        // ... and before the figure it dates (reuters-6383)
        (
            "February new car registrations totalled 190,175 compared with the year ago \
             figure of 195,849.",
            "1987-03-18",
            "year ago",
            "1986-02",
        ),
        // "the year before" at the end of a clause is the one before the period the text
        // speaks of; "the week of April 13" is that day's week
        (
            "Construction work fell to 1.37 billion marks in 1986 from 2.10 billion the year before.",
            "1987-03-11",
            "the year before",
            "1985",
        ),
        // (a figure before its magnitude is no year to count from: reuters-13689)
        (
            "1986 turnover rose 1160 billion lire and net profit will be more than 550 \
             billion lire compared with 503.7 billion the year before.",
            "1987-04-07",
            "the year before",
            "1985",
        ),
        (
            "M-1 rose in the week ended February 25; notes were up 76 mln dlrs from the week before.",
            "1987-03-06",
            "the week before",
            "1987-W08",
        ),
        // (and a quarter: it was "the quarter", the story's)
        (
            "Net income rose 5 pct in the fourth quarter. In the quarter before, it fell.",
            "2013-03-22",
            "the quarter before",
            "2012-Q3",
        ),
        (
            "The company expects to report first quarter results the week of April 13.",
            "1987-04-02",
            "the week of April 13",
            "1987-W16",
        ),
        // "the weekend of June 14", a Friday, is the weekend it opens; also before a range
        (
            "The festival takes place over the weekend of June 14.",
            "2013-03-20",
            "the weekend of June 14",
            "2013-W24-WE",
        ),
        (
            "Protests are planned for the weekend of April 19-21.",
            "2013-03-20",
            "the weekend of April 19",
            "2013-W16-WE",
        ),
        // ... and of a feast, as its edge is (were the week and the feast apart); not
        // "a late Easter", which falls late in the year
        (
            "Retailers expect record sales in the week of Thanksgiving.",
            "2013-11-20",
            "the week of Thanksgiving",
            "2013-W48",
        ),
        (
            "The ceasefire is due to hold until the end of Ramadan.",
            "2013-07-10",
            "the end of Ramadan",
            "2013-07",
        ),
        (
            "Sales were hurt by a late Easter.",
            "2013-05-02",
            "Easter",
            "2013-03-31",
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
        // ... spaced too, and with the year written after it (Reuters-21578 7294: it was
        // untagged; "by mid-year 1988" was this year's middle and 1988 apart)
        (
            "It said the new studies were anticipated to begin by mid year.",
            "1987-03-19",
            "mid year",
            "1987",
        ),
        (
            "The plant will reopen by mid-year 1988.",
            "1987-03-19",
            "mid-year 1988",
            "1988",
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
        // (one that opens on a day is the twelve months from it, named as "the year starting
        // April 1" is: April 1987 to March 1988; it was the calendar year 1988)
        (
            "It would sell its holding during the next financial year which starts on April 1.",
            "1987-03-18",
            "the next financial year",
            "1987",
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
        // (and its figures, which name no other day without a year: were untagged)
        (
            "Airport security has tightened since 9/11.",
            "2013-03-15",
            "9/11",
            "2001-09-11",
        ),
        (
            "the post-9/11 wars in Iraq and Afghanistan",
            "2013-03-15",
            "9/11",
            "2001-09-11",
        ),
        (
            "The permit expires 9/11/2013.",
            "2013-03-15",
            "9/11/2013",
            "2013-09-11",
        ),
        // ... and after a comma, closing its clause (Reuters-21578 20441 and 10771 tagged
        // the day and the year apart, the day in the publication's year); not before a
        // possessive, nor a clause that goes on
        (
            "He repeated the U.S. demand that Japan lift the quotas on beef and citrus after \
                 March 31, next year.",
            "1987-10-20",
            "March 31, next year",
            "1988-03-31",
        ),
        (
            "It centres on the key Maekawa report of April, last year.",
            "1987-03-30",
            "April, last year",
            "1986-04",
        ),
        (
            "Sales rose in March, last year's figures showed.",
            "1987-03-30",
            "March",
            "1987-03",
        ),
        (
            "In March, last year he was named chairman.",
            "1987-03-30",
            "March",
            "1987-03",
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
        // a season joined to one with its year is in that year; a winter before a later
        // season in the one before
        (
            "The plant will open in late summer or early fall of 2014.",
            "2013-06-18",
            "late summer",
            "2014-SU",
        ),
        (
            "She lived there in the spring and summer of 2009.",
            "2013-06-18",
            "spring",
            "2009-SP",
        ),
        (
            "It snowed heavily in the winter and spring of 2010.",
            "2013-06-18",
            "winter",
            "2009-WI",
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
        // (with "time" after its possessive too, as "in two weeks' time" is)
        (
            "The talks will resume in a week's time.",
            "2013-03-22",
            "a week",
            "2013-W13",
        ),
        (
            "The plant will be ready in a year's time.",
            "2013-03-22",
            "a year",
            "2014",
        ),
        (
            "The company said the program will be available in 60 days.",
            "1987-02-26",
            "60 days",
            "1987-04-27",
        ),
        // (under "could", "may", "might", "should" or "must" too, Reuters-21578: they were
        // lengths; not a past that was not, nor what "can" be done at any time)
        (
            "The study should be completed in nine months and will determine any clean-up.",
            "1987-04-07",
            "nine months",
            "1988-01",
        ),
        (
            "He thinks the downward move in stock prices could be over in a couple of weeks.",
            "1987-03-30",
            "a couple of weeks",
            "1987-W16",
        ),
        (
            "The plant could have been finished in two years.",
            "1987-03-30",
            "two years",
            "P2Y",
        ),
        (
            "The trip can be made in two days.",
            "1987-03-30",
            "two days",
            "P2D",
        ),
        (
            "Growth in 1987 will be its slowest in a decade.",
            "1987-04-29",
            "a decade",
            "P10Y",
        ),
        // ... and after an ordinal that counts, with no verb between
        (
            "Spain will hold its fourth general election in four years on Nov. 10.",
            "2019-09-18",
            "four years",
            "P4Y",
        ),
        (
            "It will be the country's second charter in two years.",
            "2013-12-28",
            "two years",
            "P2Y",
        ),
        (
            "The second phase will begin in two years.",
            "2019-09-18",
            "two years",
            "2021",
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
            "P1Q",
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
        // (and the first of two joined before the week: it was the Monday gone by)
        (
            "The talks will be held on Monday and Tuesday of next week.",
            "2013-08-14",
            "Monday",
            "2013-08-19",
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
        // ... and of last, this or next month, after "of", that month's
        (
            "The talks began Feb. 3. Payments resume on the first of next month.",
            "2013-03-22",
            "the first of next month",
            "2013-04-01",
        ),
        (
            "The law took effect on the 15th of last month.",
            "2013-03-22",
            "the 15th of last month",
            "2013-02-15",
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
        // ... or of the day next to it, an hour alone too, and the small hours of "last
        // night" on the publication's day (Reuters-21578 6652, 11863)
        (
            "It earlier reported strikes at 0650 GMT and at 1930 GMT last night.",
            "1987-03-18",
            "1930 GMT last night",
            "1987-03-17T19:30",
        ),
        (
            "The Western name was to have disappeared at midnight last night.",
            "1987-04-01",
            "midnight last night",
            "1987-03-31T24",
        ),
        (
            "The fire broke out around 9:30 last night.",
            "2023-06-14",
            "around 9:30 last night",
            "2023-06-13T21:30",
        ),
        (
            "He was arrested at 7 this morning.",
            "2023-06-14",
            "7 this morning",
            "2023-06-14T07:00",
        ),
        // (and an hour in words after a preposition of time, as a transcript writes it:
        // it was the part of the day alone)
        (
            "He was arrested at seven this morning.",
            "2023-06-14",
            "seven this morning",
            "2023-06-14T07:00",
        ),
        (
            "The polls close at eight tonight.",
            "2023-06-14",
            "eight tonight",
            "2023-06-14T20:00",
        ),
        (
            "He called at 9:30 yesterday morning.",
            "2023-06-14",
            "9:30 yesterday morning",
            "2023-06-13T09:30",
        ),
        (
            "The meeting is at 10 tomorrow morning.",
            "2023-06-14",
            "10 tomorrow morning",
            "2023-06-15T10:00",
        ),
        (
            "It happened at 2 a.m. last night.",
            "2023-06-14",
            "2 a.m. last night",
            "2023-06-14T02:00",
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
        // (and "lifts", "goes" among the scheduled verbs: it was the Friday before)
        (
            "The embargo lifts at 0001 GMT on Friday.",
            "2025-11-06",
            "0001 GMT on Friday",
            "2025-11-07T00:01",
        ),
        (
            "The phone goes on sale Friday.",
            "2025-11-06",
            "Friday",
            "2025-11-07",
        ),
        (
            "The strike enters its third week on Monday.",
            "2025-11-06",
            "Monday",
            "2025-11-10",
        ),
        // (not a noun as often as a verb: "the successful launch on Friday" is over)
        (
            "Speaking after the successful launch on Friday of a new satellite, the minister \
             said the network would grow.",
            "2025-11-06",
            "Friday",
            "2025-10-31",
        ),
        (
            "Contracts at both companies expire at midnight on September 14.",
            "1987-04-13",
            "midnight on September",
            "1987-09-14T24",
        ),
        // (not a weekday after a comma that opens a range of days; a list of days takes
        // the clock)
        (
            "Opening hours are 9am to 5pm, Monday to Friday.",
            "2024-10-23",
            "5pm",
            "2024-10-23T17:00",
        ),
        (
            "The vote is at 8 p.m. Monday and Tuesday.",
            "2024-10-23",
            "8 p.m. Monday",
            "2024-10-28T20:00",
        ),
        // a bare hour that opens a span of clock times takes the closing one's half of the
        // day (it was untagged), and the other half when it is later in the same one
        (
            "Polls are open between 7 and 10 p.m. on Tuesday.",
            "2024-10-23",
            "7",
            "2024-10-22T19:00",
        ),
        (
            "The office is open from 10 to 2 p.m.",
            "2024-10-23",
            "10",
            "2024-10-23T10:00",
        ),
        (
            "Showers are likely 2-4 p.m.",
            "2024-10-23",
            "2",
            "2024-10-23T14:00",
        ),
        (
            "The market is busy between 11 and 12 p.m.",
            "2024-10-23",
            "11",
            "2024-10-23T11:00",
        ),
        // (with its minutes too, and on the 24-hour clock before a zone)
        (
            "The branch is open between 9:30 and 11:30 a.m.",
            "2024-10-23",
            "9:30",
            "2024-10-23T09:30",
        ),
        (
            "The window runs between 10:00 and 12:00 GMT.",
            "2024-10-23",
            "10:00",
            "2024-10-23T10:00",
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
        // ... past a day of every week between, which holds no time of its own
        (
            "It flies to Bombay each Thursday from August 6.",
            "1998-02-13",
            "August 6",
            "1998-08-06",
        ),
        (
            "It flew each Thursday in August.",
            "1998-02-13",
            "August",
            "1997-08",
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
        // ... also when only a modal earlier in the sentence looks ahead (not "May")
        (
            "The GCC was formed in 1981. Plans could be a topic at the annual summit expected \
                 to be held in Saudi Arabia late in the year.",
            "1987-03-25",
            "late in the year",
            "1987",
        ),
        (
            "Exports peaked in 1971. Romero said he expected coconut product export prices to \
                 stay up for the rest of the year.",
            "1987-06-01",
            "the year",
            "1987",
        ),
        (
            "Banks bought bills on Thursday. Rates could ease later in the week.",
            "1987-03-30",
            "later in the week",
            "1987-W14",
        ),
        (
            "The deficit fell in April. The May deficit compares with a surplus in the \
                 corresponding month of 1986.",
            "1987-06-18",
            "the corresponding month of 1986",
            "1986-05",
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
        // (and with no article, "year to date", "year-to-date", which sets its figures
        // beside the story's period and so is no reference for what follows)
        (
            "Shares have risen 40% year to date.",
            "2024-02-01",
            "year to date",
            "2024",
        ),
        // (a year so far, not a length of a year)
        (
            "earnings were also reduced by a year-to-date revision",
            "1989-11-02",
            "year-to-date",
            "1989",
        ),
        // (and so are its abbreviations: "YTD", "QTD", "MTD"; were untagged)
        ("The fund is up 12% YTD.", "2024-06-12", "YTD", "2024"),
        (
            "QTD revenue rose. Sales for the month increased.",
            "2024-06-12",
            "the month",
            "2024-06",
        ),
        (
            "week to date estimates 17,300",
            "1987-04-07",
            "week to date",
            "1987-W15",
        ),
        (
            "February load factor rose to 60 pct and year-to-date revenue miles fell. \
             Available seat miles for the month increased to 1.50 billion.",
            "1987-03-09",
            "the month",
            "1987-02",
        ),
        // ... and "the year just ended", "the quarter just ended" the last whole one
        // before it (Reuters-21578 11272, 15081)
        (
            "In 1985 sales rose. Jewelmasters sales for the year just ended were about 52.5 mln dlrs.",
            "1987-03-31",
            "the year just ended",
            "1986",
        ),
        (
            "With very disappointing sales results during the quarter just ended, adjustments are appropriate.",
            "1987-04-08",
            "the quarter just ended",
            "1987-Q1",
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
        // ... but "of the year" is the story's year, as a quarter or half with no year
        // is: told in the past, the latest one begun; ahead, the coming one; in a habit,
        // every year's (Reuters-21578: the first two were 1987-H2, the third 1987-Q1)
        (
            "\"Much depends on properties,\" said Measor. \"And they did a lot better in the second half of the year.\"",
            "1987-03-24",
            "the second half of the year",
            "1986-H2",
        ),
        (
            "They said the airline's performance improved in the second half of the year.",
            "1987-03-17",
            "the second half of the year",
            "1986-H2",
        ),
        // (and "the year's" before the ordinal: it was "the year" and "second half" apart)
        (
            "They said the airline's performance improved in the year's second half.",
            "1987-03-17",
            "the year's second half",
            "1986-H2",
        ),
        (
            "Bankruptcies usually decline in the first quarter of the year due to fewer operating days.",
            "1987-03-12",
            "the first quarter of the year",
            "XXXX-Q1",
        ),
        (
            "The economy will show a gradual upturn in the second half of the year.",
            "1987-03-12",
            "the second half of the year",
            "1987-H2",
        ),
        (
            "Oil stocks were drawn down by 1.3 mln bpd during the first quarter of the year.",
            "1987-03-12",
            "the first quarter of the year",
            "1987-Q1",
        ),
        // ... unless a year was named before it in its sentence, past "but" too
        (
            "Sales were weak in 2011, but in the second half of the year they rose.",
            "2013-05-01",
            "the second half of the year",
            "2011-H2",
        ),
        (
            "Sales fell in 2011 and rose in the first quarter of the year.",
            "2013-05-01",
            "the first quarter of the year",
            "2011-Q1",
        ),
        // (past the day the story was told on, too)
        (
            "Sales fell 20 percent in 2011, the company said on Tuesday, citing weak demand \
                 in Europe in the second half of the year.",
            "2013-03-22",
            "the second half of the year",
            "2011-H2",
        ),
        (
            "In 2011, the company said on Tuesday, it made a first quarter loss.",
            "2013-03-22",
            "first quarter",
            "2011-Q1",
        ),
        // (a bare half past "but" is still the story's: "fell in 2011 but rose in the
        // first half" may be either year's)
        (
            "Sales fell in 2011 but rose in the first half.",
            "2013-05-01",
            "the first half",
            "2013-H1",
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
        // ... and so do "the Friday before", "the Monday after" that end their phrase
        (
            "The bill passed on March 12. The Friday before, talks collapsed.",
            "2013-03-20",
            "The Friday before",
            "2013-03-08",
        ),
        (
            "The bill passed on March 12. It was signed the Monday after.",
            "2013-03-20",
            "the Monday after",
            "2013-03-18",
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
        // ("subsequent" as "following": Reuters 5230)
        (
            "The plan was adopted in 1985 and took effect the subsequent January.",
            "1987-03-16",
            "the subsequent January",
            "1986-01",
        ),
        (
            "Sales fell in 1984 and rose in the subsequent year.",
            "1987-03-16",
            "the subsequent year",
            "1985",
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
        // ... and so after "the three months ended" a day of a quarter's last month; not
        // after one of another month, which closes no quarter with a name
        (
            "Net income was $9.5 billion in the three months ended March 30, compared with $11.6 billion a year earlier.",
            "2013-04-24",
            "a year earlier",
            "2012-Q1",
        ),
        (
            "Revenue rose in the three months ended March 30 from $39.2 billion in the same period last year.",
            "2013-04-24",
            "the same period last year",
            "2012-Q1",
        ),
        (
            "Sales rose in the three months ended August 31. It earlier reported net up from 4.18 billion a year earlier.",
            "1987-10-19",
            "a year earlier",
            "1986-08-31",
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
        // ... nor a year from a decade, nor "the year" from a year that names an event
        (
            "In the early 2000s, Beijing was preparing for the 2008 Olympics. Sales in the \
             first two months of the year doubled from a year earlier.",
            "2013-03-21",
            "a year earlier",
            "2012",
        ),
        (
            "In the early 2000s, Beijing was preparing for the 2008 Olympics. Sales in the \
             first two months of the year doubled from a year earlier.",
            "2013-03-21",
            "the year",
            "2013",
        ),
        (
            "Her father seized power in a 1961 coup. Inflation rose during the year.",
            "2013-03-21",
            "the year",
            "2013",
        ),
        // ... nor "the week" a figure told in the past is for, after a week still to come
        // (it was the BOJ's coming week); not a state, nor a period the words after define
        (
            "Stocks rose ahead of next week's Bank of Japan meeting. For the week, the \
             Nikkei gained 3.4 percent.",
            "2013-12-13",
            "the week",
            "2013-W50",
        ),
        (
            "Stocks rose ahead of next week's Bank of Japan meeting. The Nikkei gained 3.4 \
             percent for the week.",
            "2013-12-13",
            "the week",
            "2013-W50",
        ),
        (
            "Shipments are due next week. The count was 83 for the week, against 80.",
            "2013-12-13",
            "the week",
            "2013-W51",
        ),
        (
            "Sales rose 5 pct in 1986. Profit for the year was 3 mln dlrs.",
            "1987-03-21",
            "the year",
            "1986",
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
        // ... and so is a half (HeidelTime's "the year-earlier first half"): the latest
        // half of that number begun, a year back
        (
            "Net rose 12% from the year-earlier first half.",
            "1989-10-30",
            "the year-earlier first half",
            "1988-H1",
        ),
        (
            "Sales fell from $1.2 billion in the year-ago second half.",
            "1990-02-15",
            "the year-ago second half",
            "1988-H2",
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
        // (but one of the number of the story's quarter, when that one is not over, a year
        // back from it: reuters-5126, it was 1985-Q2, a year before the last one over)
        (
            "It expects a net loss in the second quarter compared to a loss in the year-ago \
             second quarter.",
            "1987-03-13",
            "the year-ago second quarter",
            "1986-Q2",
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
        // ("this year" and "next year" right after a quarter or a half name its year;
        // "last year" stays an expression of its own)
        (
            "OPEC estimated demand for its oil during third quarter this year would be \
                 around 16.6 mln bpd.",
            "1987-03-15",
            "third quarter this year",
            "1987-Q3",
        ),
        (
            "Sales will rise in the first half next year.",
            "1987-03-15",
            "the first half next year",
            "1988-H1",
        ),
        (
            "Revenue rose 60 pct from the 15 mln reported for the first quarter last year. \
                 Growth came across all product lines during the quarter.",
            "1987-04-14",
            "the quarter",
            "1987-Q1",
        ),
        (
            "The 1985 December quarter showed a 13 mln dlr deficit.",
            "1987-03-03",
            "The 1985 December quarter",
            "1985-Q4",
        ),
        // (a quantifier before a year's possessive is its amount's)
        (
            "The industry hopes 1987 turnover will stabilize around 1986's 140 billion marks.",
            "1987-04-03",
            "1986",
            "1986",
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
        // ... but "later" with none is the length between two events of the story, not so
        // long after the publication (reuters-10875, reuters-16844)
        (
            "A year later, he quit.",
            "1998-05-06",
            "A year later",
            "P1Y",
        ),
        (
            "Two weeks later, Google cut ties.",
            "1998-05-06",
            "Two weeks later",
            "P2W",
        ),
        (
            "the partnership will have the option starting six months later and ending in April 1992",
            "1987-04-17",
            "six months later",
            "P6M",
        ),
        (
            "He was hired in 2019. A year later, he quit.",
            "2024-10-23",
            "A year later",
            "2020",
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
        // (to the end of a month too: reuters-6406, was the year)
        (
            "Rents rose 5% in the year to the end of February.",
            "2024-03-14",
            "the year",
            "P1Y",
        ),
        (
            "Lex said the turnover for Sears Motor Group in the year to 31 December 1986 was 242 mln stg.",
            "1987-04-09",
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
        // ... and so does "the prior-year quarter", "the prior year period" (it was
        // untagged, and "the prior year" alone: Reuters-21578 17135, 2888)
        (
            "Shell Oil Co said first quarter net income dropped 61 pct over the prior-year \
             quarter on revenues that slipped four pct.",
            "1987-04-24",
            "the prior-year quarter",
            "1986-Q1",
        ),
        (
            "January broadcasting revenues rose 48.8 pct, but include the results of three \
             stations absent in the prior year period.",
            "1987-03-06",
            "the prior year period",
            "1986-01",
        ),
        // ... but a forecast for a quarter ending later compares with that quarter's
        // year-ago one (Reuters 1339), numbered as the text numbers it (January to March
        // 1986, Telxon's fourth)
        (
            "Telxon expects earnings for its fourth quarter ending March 31 to be 23 cts. For the year-ago quarter, the company earned 22 cts.",
            "1987-03-03",
            "the year-ago quarter",
            "1986-Q4",
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
        // ("lapses" schedules as "expires" does: was the last Dec. 31)
        (
            "The law lapses on Dec. 31.",
            "2013-03-21",
            "Dec. 31",
            "2013-12-31",
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
        // ... and so is one in the next sentence, in that part
        (
            "Typhoon Usagi slammed into southern China on Sunday evening. The storm made landfall near Shanwei at about 7 p.m. and weakened overnight.",
            "2013-09-23",
            "about 7 p.m.",
            "2013-09-22T19:00",
        ),
        // (past a length between, which names no day: it was the publication's)
        (
            "Two bombs exploded near the finish line on Monday afternoon, killing three. The \
                 blasts went off about 10 seconds apart at 2:50 p.m.",
            "2013-04-16",
            "2:50 p.m.",
            "2013-04-15T14:50",
        ),
        (
            "Typhoon Lekima slammed into eastern China early on Saturday morning, officials \
                 said on Sunday. The storm made landfall at 1:45 a.m. in Zhejiang province.",
            "2019-08-11",
            "1:45 a.m.",
            "2019-08-10T01:45",
        ),
        (
            "Crowds gathered at the checkpoints on Thursday evening, and by midnight the \
                 guards had opened the gates.",
            "2024-11-09",
            "midnight",
            "2024-11-07T24",
        ),
        (
            "Typhoon Usagi slammed into southern China on Sunday evening. The observatory lowered its warning signal at 6 a.m.",
            "2013-09-23",
            "6 a.m.",
            "2013-09-23T06:00",
        ),
        (
            "Stocks closed higher on Friday. Shares eased to 245.5p at 0838 GMT.",
            "1987-04-13",
            "0838 GMT",
            "1987-04-13T08:38",
        ),
        // (an exact clock an event told in the past gives with "a.m." or "p.m." or in
        // local time is as loose as an approximate one: it was the publication's day; not
        // a clock still to come)
        (
            "A jet crashed while landing on Saturday, killing two. The plane had left Seoul \
                 about 10 hours earlier. It crashed at 11:28 a.m. local time.",
            "2013-07-08",
            "11:28 a.m.",
            "2013-07-06T11:28",
        ),
        (
            "A jet crashed while landing on Saturday. Officials will brief reporters at 2 p.m.",
            "2013-07-08",
            "2 p.m.",
            "2013-07-08T14:00",
        ),
        // a clock further on in the sentence of a day is on that day, when nothing between
        // opens a clause of its own
        (
            "Polls on Sunday closed at 8 p.m.",
            "2024-10-23",
            "8 p.m.",
            "2024-10-20T20:00",
        ),
        (
            "On Sunday, polls closed at 8 p.m.",
            "2024-10-23",
            "8 p.m.",
            "2024-10-20T20:00",
        ),
        (
            "The meeting on Friday will start at 10 a.m.",
            "2024-10-23",
            "10 a.m.",
            "2024-10-25T10:00",
        ),
        (
            "The amount will be set at tender on Monday March 9 between 0800 and 0830 GMT.",
            "1987-03-06",
            "0830 GMT",
            "1987-03-09T08:30",
        ),
        // (past a comma before "with", which goes on with the same day: it was the
        // publication's)
        (
            "The Fed's two-day meeting ends on Wednesday, with a statement due at 2 p.m. EST \
             (1900 GMT).",
            "2013-12-13",
            "2 p.m. EST",
            "2013-12-18T14:00",
        ),
        (
            "Sellers were up to two dlrs above yesterday's midday levels.",
            "1987-04-03",
            "midday",
            "1987-04-02T12:00",
        ),
        // (not past a comma that closes the day's clause, nor from a day that names a thing
        // or one things began on, nor to a clock a day follows)
        (
            "Shares firmed to close at 273p from 241p on Friday, eased to 245.5p at 0838 GMT.",
            "1987-04-13",
            "0838 GMT",
            "1987-04-13T08:38",
        ),
        (
            "The index was below yesterday's close but above the 1100 GMT level.",
            "1987-03-26",
            "1100 GMT",
            "1987-03-26T11:00",
        ),
        (
            "The group has met since Monday and will tackle the issue again at 1600 hrs.",
            "1987-03-19",
            "1600 hrs",
            "1987-03-19T16:00",
        ),
        (
            "Dixons on Friday extended its offer until midnight (EST) March 24.",
            "1987-03-23",
            "midnight",
            "1987-03-24T24",
        ),
        (
            "Prices were at New York's close yesterday and the midday close in Tokyo today.",
            "1987-03-25",
            "midday",
            "1987-03-25T12:00",
        ),
        // an approximate clock told in the past is on the day the story opened with, gone
        // by in the last week, when no other day near it was named since
        (
            "A suicide bomber killed 52 people at the defence ministry on Thursday, the \
                 deadliest attack since May 2012. The attackers drove a car into the compound \
                 at about 9 a.m.",
            "2013-12-06",
            "about 9 a.m.",
            "2013-12-05T09:00",
        ),
        (
            "Nineteen firefighters were killed Sunday, the deadliest day since the Sept. 11 \
                 attacks. The crew were overrun when winds shifted about 4:30 p.m.",
            "2013-07-01",
            "about 4:30 p.m.",
            "2013-06-30T16:30",
        ),
        (
            "A dam burst in southeastern Brazil on Friday, killing at least 34 people. The \
                 dam collapsed shortly after noon local time.",
            "2019-01-28",
            "noon",
            "2019-01-25T12:00",
        ),
        // (past the day of a report, and from a part of a day when the clock is in it)
        (
            "Police arrested three men on Friday night after a shootout in the city centre, \
                 officials said on Saturday. The gunmen opened fire at about 10 p.m.",
            "2019-08-10",
            "about 10 p.m.",
            "2019-08-09T22:00",
        ),
        (
            "Three workers were killed in fighting at a zinc refinery last night, the company \
                 said. Two groups of workers began attacking each other at about 1000 local time.",
            "1987-03-03",
            "about 1000",
            "1987-03-03T10:00",
        ),
        (
            "The fire, sparked by lightning on Friday, grew on Sunday. Winds shifted about \
                 4:30 p.m.",
            "2013-07-01",
            "about 4:30 p.m.",
            "2013-07-01T16:30",
        ),
        (
            "BP shares fell in response to last night's news. By about 0840 GMT, BP shares \
                 were down to 802p.",
            "1987-03-19",
            "about 0840 GMT",
            "1987-03-19T08:40",
        ),
        // a clock told in the future is on the coming day the story opened with, past
        // the day of a report (it was the publication's day: reuters-18086, 18222, 8828)
        (
            "President Barack Obama will nominate Janet Yellen to head the Federal Reserve on \
                 Wednesday, a White House official said on Tuesday. Obama will make the \
                 announcement at 3 p.m. EDT (1900 GMT) at the White House.",
            "2013-10-08",
            "3 p.m. EDT",
            "2013-10-09T15:00",
        ),
        (
            "The Bundesbank is unlikely to change credit policies when its central bank \
                 council meets on Thursday, dealers said. The council will meet in \
                 Saarbruecken, and the meeting will be followed by a news conference at \
                 around 1030 GMT.",
            "1987-06-02",
            "around 1030 GMT",
            "1987-06-04T10:30",
        ),
        (
            "Markets closed higher on Friday. Trading will resume at 9:30 a.m.",
            "2013-10-08",
            "9:30 a.m.",
            "2013-10-08T09:30",
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
        // (without "of" too, as the wire writes it)
        (
            "The company said it recorded net income of 4,572,000 dlrs for its first quarter fiscal 1986, on revenues of 35.0 mln.",
            "1987-03-19",
            "first quarter fiscal 1986",
            "1986-Q1",
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
        // (and with its article: was untagged)
        (
            "He left at a quarter past nine.",
            "2013-03-27",
            "a quarter past nine",
            "2013-03-27T09:15",
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
        // ... and after "o'clock" (SUTime's "eleven o'clock in the evening")
        (
            "He got home at eleven o'clock in the evening.",
            "2010-06-14",
            "eleven o'clock in the evening",
            "2010-06-14T23:00",
        ),
        (
            "The shelling began at 2 o'clock at night.",
            "2010-06-14",
            "2 o'clock at night",
            "2010-06-14T02:00",
        ),
        // ... the hour in words too (SUTime's "eleven in the morning"; Reuters-21578 3561,
        // 15234), before its part of the day or a lowercase or dotted a.m. or p.m.
        (
            "It happened at eleven in the morning.",
            "1998-04-17",
            "eleven in the morning",
            "1998-04-17T11:00",
        ),
        (
            "no reports of snowfall during the six hours ending at one am est.",
            "1987-03-11",
            "one am est",
            "1987-03-11T01:00",
        ),
        (
            "the ministers would gather at about three p.m. local (1900 GMT)",
            "1987-04-08",
            "about three p.m.",
            "1987-04-08T15:00",
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
        // ... and day first in a text that wrote one day first, with no month first
        (
            "The index fell on 21/03/2013. The results, published on 12/03/2013, showed a \
                 rise.",
            "2013-03-22",
            "12/03/2013",
            "2013-03-12",
        ),
        (
            "The index fell on 03/21/2013. The results, published on 12/03/2013, showed a \
                 rise.",
            "2013-03-22",
            "12/03/2013",
            "2013-12-03",
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
        // an ISO 8601 timestamp is its day's clock, to the second when it has one (not an
        // hour past 23)
        (
            "Posted 2019-12-01T10:00:00Z by staff.",
            "2019-12-03",
            "2019-12-01T10:00:00Z",
            "2019-12-01T10:00:00",
        ),
        (
            "Updated 2019-12-01T23:59 local time.",
            "2019-12-03",
            "2019-12-01T23:59",
            "2019-12-01T23:59",
        ),
        (
            "Updated 2019-12-01T25:00.",
            "2019-12-03",
            "2019-12-01",
            "2019-12-01",
        ),
        // ... and so is a clock right after the year of a day written in full (not after
        // a year alone)
        (
            "Sun, Dec 1 2019 10:00",
            "2019-12-03",
            "10:00",
            "2019-12-01T10:00",
        ),
        (
            "Published: 16 May 2019, 14:30",
            "2019-05-20",
            "14:30",
            "2019-05-16T14:30",
        ),
        (
            "Published 12/01/2019 10:00",
            "2019-12-03",
            "10:00",
            "2019-12-01T10:00",
        ),
        // (and a day written as ISO 8601 does takes its clock after a space, to the second
        // too, as one glued by "T": it was the day and the clock apart)
        (
            "Posted 2013-03-21 14:05:33",
            "2013-03-22",
            "2013-03-21 14:05:33",
            "2013-03-21T14:05:33",
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
        // (an event, then its day: Reuters 19128)
        (
            "Lukman told reporters here ahead of his departure on Sunday for the conference.",
            "1987-06-19",
            "Sunday",
            "1987-06-21",
        ),
        (
            "Stocks rose ahead of the vote on Sunday.",
            "1987-06-19",
            "Sunday",
            "1987-06-21",
        ),
        // (the event may have nouns and a possessive before it: reuters-13489's, written
        // with one "an")
        (
            "General Motors rose 1/8 after news of production schedule announcements and \
                 ahead of an analysts' meeting on Thursday.",
            "1987-04-07",
            "Thursday",
            "1987-04-09",
        ),
        // (and a compound: it was the last Thursday; not "ahead of schedule", which names
        // no event)
        (
            "Shares in Royal Dutch Shell fell 1.2 percent ahead of its first-quarter results \
                 on Thursday.",
            "2013-04-24",
            "Thursday",
            "2013-04-25",
        ),
        // (and with no article: it was the last Wednesday; reuters-21023's "released
        // ahead of publication on Tuesday" was the last Tuesday too)
        (
            "The American Petroleum Institute will release its weekly inventory report later \
                 on Tuesday, a day ahead of government data on Wednesday.",
            "2013-08-20",
            "Wednesday",
            "2013-08-21",
        ),
        (
            "Geiger told Bild newspaper in an interview released ahead of publication on \
                 Tuesday that the lower dollar hurt exports.",
            "1987-10-19",
            "Tuesday",
            "1987-10-20",
        ),
        (
            "The project was completed ahead of schedule on Thursday.",
            "2013-04-24",
            "Thursday",
            "2013-04-18",
        ),
        (
            "It finished ahead of target on Monday.",
            "2013-08-20",
            "Monday",
            "2013-08-19",
        ),
        (
            "The index closed at 72.4, well ahead of Friday's final 71.8.",
            "1987-03-09",
            "Friday",
            "1987-03-06",
        ),
        // what is looked ahead (forward) to is still to come, past a long object and
        // after a verb in the past too (reuters-19483: the three days were the week before)
        (
            "In looking ahead to the U.S. Treasury mini-refunding auctions of 24.25 billion \
                 in T-notes on Tuesday, Wednesday and Thursday, Singer said the market will \
                 likely greet the results with little excitement.",
            "1987-06-19",
            "Thursday",
            "1987-06-25",
        ),
        (
            "Looking ahead to the auctions on Tuesday, traders were cautious.",
            "1987-06-19",
            "Tuesday",
            "1987-06-23",
        ),
        (
            "Traders looked ahead to Thursday's jobs report.",
            "2013-08-20",
            "Thursday",
            "2013-08-22",
        ),
        (
            "We look forward to the meeting on Monday.",
            "2013-08-20",
            "Monday",
            "2013-08-26",
        ),
        // (not past the clause: the data came out on the Monday just gone)
        (
            "Traders looked ahead to the data, which showed on Monday that sales rose.",
            "2013-08-20",
            "Monday",
            "2013-08-19",
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
        // (and "2400", the midnight that ends a day: was the day alone)
        (
            "The offer expired at 2400 EST yesterday.",
            "1987-03-25",
            "2400 EST yesterday",
            "1987-03-24T24",
        ),
        (
            "Emery said its offer is scheduled to expire at 2400 EST on April 28, unless \
                 extended.",
            "1987-03-31",
            "2400 EST on April 28",
            "1987-04-28T24",
        ),
        (
            "In 1200 the town was founded.",
            "1998-05-06",
            "1200",
            "1200",
        ),
        // ... or "local time", "local" before a bracket, "hrs", or "hours" after "at" (not
        // "1500 local farmers", nor the length "1500 hours of work")
        (
            "The 116-foot rocket lifted off at 1805 local time (2305 GMT).",
            "1987-02-26",
            "1805",
            "1987-02-26T18:05",
        ),
        (
            "The Tokyo Stock Exchange opens from 0900 local time (0000 GMT) to 1500 local \
             (0600 GMT).",
            "1987-10-19",
            "1500",
            "1987-10-19T15:00",
        ),
        // (or a place's "time": Reuters 567, 21013; not a holiday's, "1986 Christmas time")
        (
            "It reports on trades entered by 1000 London time.",
            "1987-03-05",
            "1000",
            "1987-03-05T10:00",
        ),
        (
            "Trading resumes at 1430 New York time.",
            "1987-03-05",
            "1430",
            "1987-03-05T14:30",
        ),
        (
            "Sales slowed around 1986 Christmas time.",
            "1987-03-05",
            "1986",
            "1986",
        ),
        (
            "The quake struck at 0940 hrs (0040 GMT) off Fukushima.",
            "1987-04-07",
            "0940 hrs",
            "1987-04-07T09:40",
        ),
        (
            "The tanker was hit at 1715 hours on March 21, Lloyds said.",
            "1987-03-23",
            "1715 hours on March 21",
            "1987-03-21T17:15",
        ),
        // (the first clock of a range or a choice takes its marks from the second)
        (
            "The wires had to be held open until about 2000 or 2100 EST on both days.",
            "1987-02-26",
            "about 2000",
            "1987-02-26T20:00",
        ),
        (
            "The session would run between 1700 and 2100 hrs central U.S. time.",
            "1987-03-19",
            "1700",
            "1987-03-19T17:00",
        ),
        (
            "Flights depart between 0100 and 0415 CST.",
            "1987-03-02",
            "0100",
            "1987-03-02T01:00",
        ),
        // (and what is set for a clock in "hours": Reuters 562, 628; it was the year 1900)
        (
            "A full council meeting was set for 1900 hours for a progress report.",
            "1987-03-02",
            "1900 hours",
            "1987-03-02T19:00",
        ),
        // (and a range of two with no mark, the first led by a zero, which no year is, on
        // the day of the clocks before it: Reuters 8828, "1415" was a year; not "0430-0010",
        // a telephone number)
        (
            "Trading hours will expand to between 0720 and 1515 local time from 0800 to 1415 \
                 currently.",
            "1987-03-24",
            "1415",
            "1987-03-24T14:15",
        ),
        (
            "Trading hours will expand to between 0720 and 1515 local time from 0800 to 1415 \
                 currently.",
            "1987-03-24",
            "0800",
            "1987-03-24T08:00",
        ),
        // ("hours" marks the second of a range of two clocks, a place may stand between
        // "local" and "time", and a local clock comes before its twin in another zone:
        // Reuters 10734, 3815, 20204)
        (
            "The PHLX will open a new session between 1900 and 2300 hours U.S. EST.",
            "1987-03-30",
            "1900",
            "1987-03-30T19:00",
        ),
        (
            "The PHLX will open a new session between 1900 and 2300 hours U.S. EST.",
            "1987-03-30",
            "2300 hours",
            "1987-03-30T23:00",
        ),
        (
            "The session is designed to begin the trading day from 1800 to 2100 local \
             Chicago time.",
            "1987-03-11",
            "1800",
            "1987-03-11T18:00",
        ),
        (
            "They were to extend trading by 30 minutes until 1500 (1400 GMT).",
            "1987-10-20",
            "1500",
            "1987-10-20T15:00",
        ),
        // (but not a year that is no clock: "between 1986 and 2000 hours of work")
        (
            "It took between 1986 and 2000 hours of work.",
            "1987-10-20",
            "1986",
            "1986",
        ),
        (
            "In 1500 local farmers rebelled.",
            "1998-05-06",
            "1500",
            "1500",
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
        // ... and the wait "be" or "been" tells before "before", "since" or "until", and
        // what "has taken" (Reuters-21578; they were untagged)
        (
            "It could be months before major assistance is provided for Ecuador.",
            "1987-03-12",
            "months",
            "PXM",
        ),
        (
            "It has been years since the two leaders last met.",
            "2013-03-22",
            "years",
            "PXY",
        ),
        ("The cleanup has taken weeks.", "2013-03-22", "weeks", "PXW"),
        // ... how far off after "be" and before "away", and the time between two events
        // after a verb of coming in the present (both were untagged)
        ("The election is weeks away.", "2013-03-22", "weeks", "PXW"),
        ("A deal is just days away.", "2013-03-22", "days", "PXD"),
        (
            "The decision comes days after the regulator said it would review the case.",
            "2013-03-22",
            "days",
            "PXD",
        ),
        // ... and how long a thing took to come about, before "in the making", with or
        // without its article (all three were untagged)
        (
            "Analysts said the crisis had been years in the making.",
            "2013-03-25",
            "years",
            "PXY",
        ),
        (
            "The deal, months in the making, collapsed.",
            "2013-03-25",
            "months",
            "PXM",
        ),
        (
            "The film, a decade in the making, opens Friday.",
            "2013-03-25",
            "a decade",
            "P10Y",
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
        // (and "to come" as "ahead": Reuters-21578's "in the years to come" was untagged)
        (
            "greatly benefit the group in the years to come.",
            "1987-03-20",
            "the years to come",
            "PXY",
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
        // ("the same day" reaches back past a year named since to the last day, as "the
        // previous day" does)
        (
            "The court ruled on Wednesday. The law was passed in 1996. In a separate ruling \
                 the same day, the justices cleared the way for marriages to resume.",
            "2013-06-26",
            "the same day",
            "2013-06-26",
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
        // ... past a coarser date named since
        (
            "Police said the suspect was arrested on Friday night. Officials had warned of \
                 the risk in the run-up to last year's vote. The rebels seized the town the \
                 previous day.",
            "2013-03-22",
            "the previous day",
            "2013-03-21",
        ),
        (
            "Bredero announced several hours after Tuesday's close it would postpone the \
                 publication of its 1986 figures, scheduled for the following day.",
            "1987-03-27",
            "the following day",
            "1987-03-25",
        ),
        // ... and moves the story on, for the next day counted and for "that evening"
        (
            "He arrived on Monday, March 4. The next day he met the king. The following day \
                 he left for Paris.",
            "2013-03-20",
            "The following day",
            "2013-03-06",
        ),
        (
            "The ship sank on April 14. Rescuers arrived the next day. That evening, 700 \
                 survivors had been counted.",
            "2013-11-15",
            "That evening",
            "2013-04-15TEV",
        ),
        // ... and "the previous week" to the last week named
        (
            "Corn sales gained 2,494,900 tonnes in the week ended February 26. Sales of 1.0 \
                 mln tonnes to the USSR were the first under the fourth year of the agreement, \
                 which began October 1. Wheat sales for the 1987/88 season were down by more \
                 than half from the previous week's combined sales.",
            "1987-03-05",
            "the previous week",
            "1987-W08",
        ),
        // (not counted back from a day still to come, unless the clause looks ahead)
        (
            "Corn sales gained 2,494,900 tonnes in the week ended February 26. Sales rose \
                 for the 1987/88 season, which begins June 1. Net sales of soybeans equaled \
                 the preceding week.",
            "1987-03-05",
            "the preceding week",
            "1987-W08",
        ),
        (
            "Offshore Data Services said utilization continued to show strong gains last \
                 week. Last year, a total of 479 rigs were working. In the Gulf of Mexico, the \
                 rate decreased slightly to 35.5 pct, from 35.6 pct the previous week.",
            "1987-04-09",
            "the previous week",
            "1987-W13",
        ),
        // a date that dates the figure a change is measured from is the story's only in
        // its sentence
        (
            "Sulphur production rose to 1.23 mln tonnes in 1986 from 998,707 tonnes in 1985. \
                 During the year the company began operating a sulphur granule plant.",
            "1987-06-19",
            "the year",
            "1986",
        ),
        // ... also a date right after the figure ("from 7.06 mln last year")
        (
            "Gasoline demand averaged 6.94 mln bpd, off 1.8 pct from 7.06 mln last year. In \
                 the first 113 days of the year, refinery runs were up 2.3 pct.",
            "1987-04-29",
            "the year",
            "1987",
        ),
        (
            "The surplus in January fell to 4.86 billion marks from 8.47 billion last year. \
                 The trade surplus in the month was down to 7.20 billion.",
            "1987-03-06",
            "the month",
            "1987-01",
        ),
        // ... also after a word for a figure, "from their record levels last year"
        // (Reuters-21578 19617: "the year" was 1986)
        (
            "West Germany's surpluses are expected to decline only slightly in 1987 from \
                 their record levels last year, economists said. Figures showed that in the \
                 first five months of the year the trade surplus grew 15.7 pct.",
            "1987-06-29",
            "the year",
            "1987",
        ),
        // ... also past a participle that tells of the figure ("the 25 cts earned in"),
        // after which "the quarter" is still the story's (Reuters-21578 6461: it was the
        // baseline's)
        (
            "Rhodes Inc said fourth quarter, ended February 28, earnings were eight cts a \
                 share, down from the 25 cts earned in the final quarter of fiscal 1986. The \
                 company said sales were soft in the quarter.",
            "1987-03-18",
            "the quarter",
            "1987-Q4",
        ),
        // (a quarter that qualifies a noun after "against" is no baseline: "the period" is
        // still the story's quarter, Reuters-21578 12517)
        (
            "Electromedics Inc said it expects to take a 150,000 dlr charge against first \
                 quarter results. The company said it expects positive comparisons for the \
                 period.",
            "1987-04-02",
            "the period",
            "1987-Q1",
        ),
        // "a year earlier" after a baseline counts from the period the figures are for
        (
            "Spot volume jumped to a record 22.63 billion dlrs a day in January from 16.18 \
                 billion in December and 8.27 billion a year earlier, the bank said.",
            "1987-03-17",
            "a year earlier",
            "1986-01",
        ),
        (
            "Borrowing in the December quarter rose to 3.92 billion from 1.79 in the \
                 September quarter and 611 mln a year earlier.",
            "1987-03-03",
            "a year earlier",
            "1985-Q4",
        ),
        // (and so does "the previous year": Reuters-21578 8449 was 1984)
        (
            "Parent company net banking earnings last year were also up at 13.9 billion \
                 francs compared with 13.57 billion in 1985 while operating costs totalled \
                 7.44 billion francs against 6.67 billion the previous year.",
            "1987-03-23",
            "the previous year",
            "1985",
        ),
        // ... and so does one after a quarter by its number right after "from" (Reuters-21578
        // 7583: it was the baseline's quarter a year back, 1985-Q3)
        (
            "On income-based GDP, the index in the fourth quarter rose by 0.7 pct from the \
                 third quarter and was up 3.8 pct on the year-ago quarter.",
            "1987-03-20",
            "the year-ago quarter",
            "1985-Q4",
        ),
        // ... and so does one after "after" and a figure
        (
            "Real GDP rose 1.1 pct in the fourth quarter of 1986, after rising 0.2 pct in the \
                 third quarter and falling 1.1 pct a year earlier.",
            "1987-03-19",
            "a year earlier",
            "1985-Q4",
        ),
        (
            "Swiss capital exports rose to 4.64 billion francs in January after 2.54 billion \
                 in December and a year earlier 3.64 billion.",
            "1987-03-03",
            "a year earlier",
            "1986-01",
        ),
        (
            "Coal costs were down 0.3 pct last month after rising 0.4 pct in January and \
                 were down 0.8 pct from a year ago.",
            "1987-03-13",
            "a year ago",
            "1986-02",
        ),
        // "a year ago" after a month the sentence measures is that month a year back
        (
            "Chrysler Corp said its U.S. car production in February totalled 110,552 units \
                 compared with 123,092 a year ago.",
            "1987-03-03",
            "a year ago",
            "1986-02",
        ),
        (
            "Sale of farm wheel tractors in February declined 26.7 pct to 4,123 units from \
                 5,627 units a year ago.",
            "1987-03-16",
            "a year ago",
            "1986-02",
        ),
        // ... and so after "the month" that names that month again in a later sentence
        // (reuters-1114; not after "the quarter", which names no month)
        (
            "Chrysler Corp said its U.S. car production in February totalled 110,552 units. \
                 The company said its U.S. truck production in the month totalled 21,177 \
                 compared with none a year ago.",
            "1987-03-03",
            "a year ago",
            "1986-02",
        ),
        (
            "Chrysler Corp said its U.S. car production in February totalled 110,552 units. \
                 Truck output totalled 21,177 compared with none a year ago.",
            "1987-03-03",
            "a year ago",
            "1986",
        ),
        // ... and "a month ago" that a figure is measured from, a month back
        (
            "Deposits of non-bank customers also increased in January to 34.9 billion from \
                 33.8 billion a month ago and 27.7 billion a year ago.",
            "1987-03-30",
            "a month ago",
            "1986-12",
        ),
        (
            "Deposits of non-bank customers also increased in January to 34.9 billion from \
                 33.8 billion a month ago and 27.7 billion a year ago.",
            "1987-03-30",
            "a year ago",
            "1986-01",
        ),
        (
            "March billings, or computer chip sales in the month, totaled 912.1 mln dlrs, up \
                 34.6 pct from a month ago, the association said.",
            "1987-04-09",
            "a month ago",
            "1987-02",
        ),
        (
            "Retail sales rose 1.1 percent in February from a month ago.",
            "2013-03-22",
            "a month ago",
            "2013-01",
        ),
        // (not after a month still to come, nor one that dates no figure)
        (
            "September bond futures climbed from the low of 87 a month ago to over 93 in \
                 mid-June, Duggan said.",
            "1987-06-19",
            "a month ago",
            "1987-05",
        ),
        (
            "Sales rose sharply in February, and a month ago the bank cut rates.",
            "2013-03-22",
            "a month ago",
            "2013-02",
        ),
        // (not a month named in a sentence before, nor "two years ago")
        (
            "Sales rose in February. The backlog was up 30 pct from a year ago.",
            "1987-03-16",
            "a year ago",
            "1986",
        ),
        (
            "Sales of tractors in February were below the level of two years ago.",
            "1987-03-16",
            "two years ago",
            "1985",
        ),
        // (not one that names the baseline's period, nor a chain back from the baseline)
        (
            "Exports totaled 243,191 ounces in December, vs November's 374,468 ounces and \
                 350,078 ounces in December a year earlier.",
            "1987-04-03",
            "a year earlier",
            "1985-12",
        ),
        (
            "Net income declined to 265.0 mln dlrs in March from 283.0 mln dlrs in the first \
                 quarter a year ago.",
            "1987-04-13",
            "a year ago",
            "1986-Q1",
        ),
        (
            "The deficit for 1987 is forecast at 2.2 billion dlrs compared with a forecast of \
                 2.45 billion for 1986 and 1.87 billion a year earlier.",
            "1987-04-13",
            "a year earlier",
            "1985",
        ),
        // ... but a comparison of its own ("from", "against") counts from the story's
        // period again (Reuters 13712, 4898, 10190)
        (
            "The exchange said March volume was 479.2 mln shares, up from 270.1 mln in March \
                 1986, and share value was 679.1 mln dlrs, up from 381.4 mln dlrs a year ago.",
            "1987-04-07",
            "a year ago",
            "1986-03",
        ),
        (
            "Deliveries were down in January at 362,000 tonnes from 489,000 in January 1986, \
                 but other countries received 210,000 tonnes, against 80,000 tonnes in the \
                 same month last year.",
            "1987-03-13",
            "the same month last year",
            "1986-01",
        ),
        (
            "Standard said 1986 prices dropped to 13.83 dlrs per barrel from 26.43 dlrs for oil \
                 in 1985 and to 1.49 dlrs per thousand cubic feet from 2.18 dlrs a year earlier.",
            "1987-03-26",
            "a year earlier",
            "1985",
        ),
        // ... and a period of last year's after "from" is a baseline too: the next
        // sentence's "a year ago" counts from the story's quarter (Reuters 17327)
        (
            "Income totaled 393 mln dlrs in the latest quarter, rising 55 pct from last \
                 year's first quarter. Income from petroleum dropped 64 pct from a year ago to \
                 55 mln dlrs in the latest quarter.",
            "1987-04-27",
            "a year ago",
            "1986-Q1",
        ),
        // ... also a year right after "from" past a figure (not a start: "from September")
        (
            "Sales rose to 16 billion marks in 1986. Steel sales fell three pct to 6.2 billion \
                 marks from 1985, it said. The steel market weakened over the year.",
            "1987-03-26",
            "the year",
            "1986",
        ),
        (
            "Cars were sold in 1985. Plants will make 240,000 cars a year from September.",
            "1987-03-26",
            "September",
            "1987-09",
        ),
        // (with no date named before it, the story's is the period a year after it)
        (
            "Net income rose to 5.1 mln dlrs from 4.2 mln dlrs in 1985. Revenues for the year \
                 rose 10 pct to 30.7 mln dlrs.",
            "1987-03-10",
            "the year",
            "1986",
        ),
        (
            "Net losses were 2 mln dlrs versus a gain of 15.5 mln in last year's first \
                 quarter. Provision for loan losses in the quarter was 35.3 mln dlrs.",
            "1987-04-13",
            "the quarter",
            "1987-Q1",
        ),
        (
            "Coffee accounted for 320 mln dlrs of exports, up from 212 mln in September 1986. \
                 The country's surplus averaged 800 mln dlrs in September, compared with 8.667 \
                 billion dlrs in a similar 1986 period. He expects it to fall in the remaining \
                 three months of the year.",
            "1987-10-20",
            "the year",
            "1987",
        ),
        // (and a figure set beside another "by" a day is compared as one "in" a month is:
        // Reuters 17393; not a deadline after "from", "rising from around 1.60 dlrs, forcing
        // a rate cut by Friday")
        (
            "Soviet farmers had sown spring crops on only 15.8 mln hectares by April 27, \
                 compared with 26.2 mln ha by April 21, 1986, Izvestia said. Grains were sown \
                 on 6.7 mln ha, compared with 13.1 mln at the same time last year.",
            "1987-04-29",
            "the same time last year",
            "1986-04-27",
        ),
        (
            "He saw sterling rising another two cents this week from around 1.60 dlrs, \
                 forcing a rate cut by Friday.",
            "1987-03-18",
            "Friday",
            "1987-03-20",
        ),
        // (the baseline's figure may be told at length, its share and all: Reuters 1502,
        // 10531)
        (
            "The company reported a loss for the fourth quarter ended January 3 of 31.9 mln \
                 dlrs, or 76 cts a share, compared with a loss of 3.3 mln dlrs, or 21 cts per \
                 share, in 1985's fourth quarter. For the year, however, it reported a profit.",
            "1987-03-04",
            "the year",
            "1986",
        ),
        (
            "Japan's February exports rose to 16.74 billion dlrs from 14.89 billion in \
                 February 1986 and from 14.65 billion in January, the Ministry said. Imports \
                 fell to 8.61 billion from 10.12 billion a year earlier.",
            "1987-03-27",
            "a year earlier",
            "1986-02",
        ),
        (
            "The number of cases rose from 69 in 1984 to 298 the following year.",
            "1987-03-05",
            "the following year",
            "1985",
        ),
        // (and a change made by a date from the level that holds now is still to come:
        // reuters-19499, it was 1987-01)
        (
            "It should boost spot prices and enable the group to raise its official reference \
                 price to 20 dlrs a barrel in January from the current 18 dlrs, Far East oil \
                 industry sources said.",
            "1987-06-29",
            "January",
            "1988-01",
        ),
        (
            "The bank is expected to cut rates in April from current levels.",
            "1987-06-29",
            "April",
            "1988-04",
        ),
        // (a figure's date after "in" or "at", told with no look ahead, is over:
        // reuters-10634, it was 1987-06; not a meeting's date, nor what will be)
        (
            "Reserves were 10.37 billion dlrs at end-September 1986, down from 10.47 billion \
                 at end-June and 12.59 billion at end-September 1985.",
            "1987-03-29",
            "end-June",
            "1986-06",
        ),
        (
            "The split needs approval of an increase in authorized shares to 100 mln from 20 \
                 mln at the April 22 annual meeting.",
            "1987-03-19",
            "April 22",
            "1987-04-22",
        ),
        (
            "Debt will rise to 1.1 billion dlrs from about 319.2 mln in June.",
            "1987-03-19",
            "June",
            "1987-06",
        ),
        // ("the next" after "in", "over", "within" or "during" in a sentence with no verb
        // in the past counts from the publication: the text named a length ahead, no year)
        (
            "It will make a difference in 10 to 15 years. \"These debts are not going to go away in the next year or two,\" he said.",
            "1987-03-24",
            "the next year",
            "1988",
        ),
        (
            "Cold temperatures over the next month could cause damage under these conditions.",
            "1987-03-03",
            "the next month",
            "1987-04",
        ),
        (
            "The firm opened in 1980. In the next year, it moved twice.",
            "1987-03-05",
            "the next year",
            "1981",
        ),
        // a full year counted in a life is the year written nearest it (reuters-9142,
        // 12460, 18872: they were 1987)
        (
            "XIB reported a group net profit of about 14 mln Hong Kong dlrs in 1986, the \
                 bank's first full year of operation.",
            "1987-03-25",
            "full year",
            "1986",
        ),
        (
            "The new site is expected to produce about 250,000 lbs of uranium in its first \
                 full year of production in 1988.",
            "1987-06-18",
            "full year",
            "1988",
        ),
        // "the full year" of a results story is the year of the quarter it reports
        (
            "The company said fourth-quarter profit rose 12 percent. For the full year, \
                 revenue rose 8 percent to $4.1 billion.",
            "2013-02-14",
            "the full year",
            "2012",
        ),
        (
            "Oshman's said same-store sales declined 3.2 pct for the fourth quarter. Full year \
                 results will be published in June.",
            "1987-03-17",
            "Full year",
            "1987",
        ),
        // ... nor is it still to come
        (
            "The share of firms expecting prices to rise will remain unchanged in the coming \
                 four months, up from 57 pct in February.",
            "1987-03-24",
            "February",
            "1987-02",
        ),
        // the base year of an index is no date of the story
        (
            "For the full year 1986 the index, base 1963, stood at 166, up four pct from the \
                 159 recorded the previous year.",
            "1987-03-09",
            "the previous year",
            "1985",
        ),
        // ... nor the base year of prices ("full-year", the adjective, is the story's year,
        // as "the year" is: reuters-11795, was untagged and counted from 1968)
        (
            "Turkey's Gross National Product grew an estimated 8.0 pct in 1986 at fixed 1968 \
                 prices. Reporting full-year data, it also said GDP rose 8.3 pct.",
            "1987-04-01",
            "full-year",
            "1986",
        ),
        (
            "Viner earlier reported a fourth quarter loss of 918,000 dlrs. Full-year earnings \
                 totaled 2.9 mln dlrs.",
            "1987-03-05",
            "Full-year",
            "1986",
        ),
        (
            "Bankers Trust estimated that full-year net income would be reduced by about 30 \
                 mln dlrs.",
            "1987-04-08",
            "full-year",
            "1987",
        ),
        // (a full year told in the past, in the months that report the calendar year, is
        // the last one over: were the publication's; not a forecast for it)
        (
            "Full-year revenue rose 8% to $4.1 billion.",
            "2024-02-14",
            "Full-year",
            "2023",
        ),
        // ("full year" and "whole year" before a year written out are that year, over the
        // whole phrase: were the publication's year, and the year apart; Reuters 3893, 983)
        (
            "The company said it would report full year 1986 net income of 2.00 dlrs.",
            "1987-03-11",
            "full year 1986",
            "1986",
        ),
        (
            "It expects losses of about 68 mln dlrs for the full year 1986.",
            "1987-03-03",
            "the full year 1986",
            "1986",
        ),
        (
            "For the full year, revenue rose 5%.",
            "2024-02-14",
            "the full year",
            "2023",
        ),
        (
            "Ford Canada said the earlier reported decline in full year net profit was mainly \
                 due to changeover costs.",
            "1987-03-03",
            "full year",
            "1986",
        ),
        (
            "The company raised its full-year guidance.",
            "2024-02-14",
            "full-year",
            "2024",
        ),
        (
            "Analysts said full-year profit could fall.",
            "2024-02-14",
            "full-year",
            "2024",
        ),
        (
            "Full-year revenue rose 8% to $4.1 billion.",
            "2024-10-14",
            "Full-year",
            "2024",
        ),
        // "since" before a possessive and a month looks back
        (
            "Finance ministers will gather for the first time since their February talks in \
                 Paris.",
            "1987-04-03",
            "February",
            "1987-02",
        ),
        // ... and so do "since" before a month's possessive and "since the" before a month
        // that names something, read after that month's next one would be nearer
        (
            "Prices have held since February's Louvre Accord.",
            "1987-10-20",
            "February",
            "1987-02",
        ),
        (
            "Prices have held since the February accord.",
            "1987-10-20",
            "February",
            "1987-02",
        ),
        // ... and "since the" before a season (reuters-6593, 6621: it was the autumn to
        // come)
        (
            "The institute said prospects had dimmed significantly since the autumn.",
            "1987-03-18",
            "the autumn",
            "1986-FA",
        ),
        (
            "Sales have been strong since the summer.",
            "1987-08-18",
            "the summer",
            "1987-SU",
        ),
        (
            "Shares have fallen since Monday's report.",
            "1987-10-21",
            "Monday",
            "1987-10-19",
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
            "P3Q",
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
            "The company was founded a quarter of a century ago.",
            "2013-03-14",
            "a quarter of a century ago",
            "1988",
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
        // (a coming weekend is the next to come, tomorrow's on a Friday, where "next
        // weekend" is the one after; it was W13 on a Friday and on a Monday alike)
        (
            "The ministers will meet this coming weekend.",
            "2013-03-22",
            "this coming weekend",
            "2013-W12-WE",
        ),
        (
            "The ministers will meet over the coming weekend.",
            "2013-03-18",
            "the coming weekend",
            "2013-W12-WE",
        ),
        (
            "The ministers will meet the upcoming weekend.",
            "2013-03-24",
            "the upcoming weekend",
            "2013-W13-WE",
        ),
        (
            "The ministers will meet next weekend.",
            "2013-03-22",
            "next weekend",
            "2013-W13-WE",
        ),
        // (and before a holiday's name, as before a weekday's)
        (
            "Pilgrims will gather in Rome this coming Easter.",
            "2013-03-22",
            "this coming Easter",
            "2013-03-31",
        ),
        (
            "Sales were weak this past Christmas.",
            "2013-03-22",
            "this past Christmas",
            "2012-12-25",
        ),
        // (July 4 by name has its weekend, as Independence Day has: it was the date alone,
        // or "July")
        (
            "Traffic will be heavy over the Fourth of July weekend.",
            "2013-06-20",
            "Fourth of July weekend",
            "2013-W27-WE",
        ),
        (
            "Traffic will be heavy over the July Fourth weekend.",
            "2013-06-20",
            "July Fourth weekend",
            "2013-W27-WE",
        ),
        (
            "Fireworks are planned for the Fourth of July.",
            "2013-06-20",
            "the Fourth of July",
            "2013-07-04",
        ),
        (
            "other than on this past Monday when we were informed that our offer would",
            "1987-03-16",
            "this past Monday",
            "1987-03-09",
        ),
        // ("past" after a word that is no article is a preposition, "beyond", and the date
        // alone is tagged: reuters-16389's "past June 30" was 1986-06-30)
        (
            "Bache's plans would be unaffected by any delay past June 30 in the \
             implementation of financial deregulation.",
            "1987-04-13",
            "June 30",
            "1987-06-30",
        ),
        (
            "The deadline may be extended past Sunday.",
            "2013-03-20",
            "Sunday",
            "2013-03-24",
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
        // ... and the present progressive
        (
            "He is arriving Friday.",
            "2013-03-20",
            "Friday",
            "2013-03-22",
        ),
        (
            "Officials are investigating Thursday's crash.",
            "2013-06-18",
            "Thursday",
            "2013-06-13",
        ),
        // ... and the past progressive of a plan a report puts it in (it was the last
        // Saturday); not without the report, nor what was under way
        (
            "The group said it was planning a protest for Saturday.",
            "2013-03-20",
            "Saturday",
            "2013-03-23",
        ),
        (
            "The group was planning a protest for Saturday, but police banned it.",
            "2013-03-20",
            "Saturday",
            "2013-03-16",
        ),
        (
            "Police said he was driving home on Saturday when the crash happened.",
            "2013-03-20",
            "Saturday",
            "2013-03-16",
        ),
        // a weekday set off after a day by ", a" is that day
        (
            "The derby is on April 8, a Monday night.",
            "2013-03-17",
            "Monday night",
            "2013-04-08TNI",
        ),
        (
            "The vote was held on March 3, a Sunday.",
            "2013-03-17",
            "Sunday",
            "2013-03-03",
        ),
        (
            "The team is flying to Paris on Monday, the club said.",
            "2013-03-20",
            "Monday",
            "2013-03-25",
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
            "they may some day find themselves the victim of a takeover",
            "1987-10-20",
            "some day",
            "FUTURE_REF",
        ),
        // "at present" is now, as "currently" (Reuters 10593, 9838)
        (
            "The Netherlands is at present the biggest importer of cocoa.",
            "1987-03-26",
            "present",
            "PRESENT_REF",
        ),
        (
            "\"At present fuel prices are stable,\" he said.",
            "1987-03-26",
            "present",
            "PRESENT_REF",
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
        // ... and "prior", "previous", "preceding", "following" after "the", before the
        // count or after it (it was untagged, or the count and unit alone; Reuters-21578
        // "the two previous months", "the preceding six months")
        (
            "The company was fined in each of the three prior years.",
            "2025-11-20",
            "the three prior years",
            "P3Y",
        ),
        (
            "The index rose 0.2 pct after falling in each of the two previous months.",
            "1987-03-02",
            "the two previous months",
            "P2M",
        ),
        (
            "Lending compared with an average of 2.6 billion stg a month over the preceding \
             six months.",
            "1987-03-16",
            "the preceding six months",
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
    // an adjective of time leaves the article to its noun, hyphenated or a count above one
    // before a unit in the singular (Reuters-21578); a count in the plural keeps it
    assert_spans(&[
        (
            "Unions called the 24-hour strike for Friday.",
            "1998-05-06",
            "24-hour",
            "PT24H",
        ),
        // ("-long" after a unit is a length too, not the unit of the story)
        (
            "The year-long investigation ended on Friday.",
            "2013-03-22",
            "year-long",
            "P1Y",
        ),
        (
            "They breached quotas within the year-long quota period.",
            "1987-03-02",
            "year-long",
            "P1Y",
        ),
        (
            "He said the three month average book-to-bill ratio was revised.",
            "1987-03-06",
            "three month",
            "P3M",
        ),
        (
            "The interest rate on the 5-1/2 year loan is the long term prime rate.",
            "1987-03-06",
            "5-1/2 year",
            "P5Y6M",
        ),
        (
            "Profit fell in the three months to December.",
            "1987-03-06",
            "the three months",
            "P3M",
        ),
        // ... and so does a quarter joined to its ordinal (wsj_0527, wsj_1003)
        (
            "Analysts expect the third-quarter results to be weak.",
            "1989-10-27",
            "third-quarter",
            "1989-Q3",
        ),
        (
            "The company posted the fiscal second-quarter loss.",
            "1989-10-27",
            "fiscal second-quarter",
            "1989-Q2",
        ),
        (
            "Profit rose in the third quarter.",
            "1989-10-27",
            "the third quarter",
            "1989-Q3",
        ),
        // a season takes its article ("the winter of nineteen ninety-four", CNN19980223),
        // unless a noun after it has it
        (
            "Completion of the factory is scheduled for the fall of 1988.",
            "1987-06-01",
            "the fall of 1988",
            "1988-FA",
        ),
        (
            "The seaway, set to reopen March 31 after the winter, faces another tough year.",
            "1987-03-20",
            "the winter",
            "1986-WI",
        ),
        // (and told in the past, a summer over: it was 1987-SU, one still to come)
        (
            "The summer months were hot.",
            "1987-03-20",
            "summer",
            "1986-SU",
        ),
        // a count in hundreds or dozens (APW19980213: it read "hundred years" alone, and
        // "two hundred years" as P100Y)
        (
            "The dispute has lasted almost a hundred years.",
            "1998-02-13",
            "almost a hundred years",
            "P100Y",
        ),
        (
            "The dispute has lasted two hundred years.",
            "1998-02-13",
            "two hundred years",
            "P200Y",
        ),
        (
            "The plant will be the first built in a dozen years.",
            "1987-06-01",
            "a dozen years",
            "P12Y",
        ),
        (
            "The company was founded half a dozen years ago.",
            "2013-03-19",
            "half a dozen years ago",
            "2007",
        ),
        // "or so" after an expression is part of it (wsj_0189, wsj_0610)
        (
            "Prices will rise over the next year or so.",
            "1989-10-27",
            "the next year or so",
            "1990",
        ),
        (
            "No exports are planned for the next 12 months or so.",
            "1987-04-03",
            "the next 12 months or so",
            "P12M",
        ),
        // "right now", "then current" are one expression each (wsj_0610, wsj_0924)
        (
            "He feels uneasy about buying any U.S. instruments right now.",
            "1987-10-19",
            "right now",
            "PRESENT_REF",
        ),
        (
            "a 20% premium over the then current price of the stock",
            "1989-10-26",
            "then current",
            "PAST_REF",
        ),
        // "this past" before a season, as before a weekday (wsj_0575)
        (
            "Sales fell this past spring.",
            "1989-10-27",
            "this past spring",
            "1989-SP",
        ),
        (
            "Sales fell this past winter.",
            "1989-06-27",
            "this past winter",
            "1988-WI",
        ),
        // a season that opens its sentence before a verb in the past or the perfect
        (
            "Spring arrived Wednesday, but it still felt like winter.",
            "2013-03-22",
            "Spring",
            "2013-SP",
        ),
        ("Summer was hot and dry.", "2013-03-22", "Summer", "2012-SU"),
        ("Summer has begun.", "2013-07-01", "Summer", "2013-SU"),
        // (reuters-1275) after "before" or "after" too
        (
            "its planned final discussion in Parliament, scheduled before summer.",
            "1987-03-03",
            "summer",
            "1987-SU",
        ),
    ]);
    // (not before a noun, nor a season in general, nor "Fall")
    assert_untagged(
        "2013-03-22",
        &[
            "Winter storms hit the region.",
            "Summer is the busiest season.",
            "Fall was steep.",
            "Afternoon terminal rally after fall which had been linked to lack of demand.",
        ],
    );
}

#[test]
fn a_range_of_weekdays_a_place_keeps_open_is_only_a_set_in_the_present() {
    // (the sets are in `counts_and_frequencies_after_every_are_sets`; these are days of a
    // week the sentence dates, a Wednesday's story)
    assert_values_on(
        "2024-02-14",
        &[
            (
                "The store will be open Monday through Friday next week.",
                "Monday",
                "2024-02-19",
            ),
            (
                "The museum was closed Monday through Wednesday.",
                "Monday",
                "2024-02-12",
            ),
            (
                "The festival runs Friday through Monday.",
                "Monday",
                "2024-02-19",
            ),
            // (after hours, too, when a modal or a verb in the past dates them)
            (
                "The curfew ran from 6 p.m. to 6 a.m. Saturday through Monday.",
                "Monday",
                "2024-02-12",
            ),
            (
                "A curfew will be in effect from 6 p.m. to 6 a.m. Saturday through Monday.",
                "Saturday",
                "2024-02-17",
            ),
            // (and not a range of other figures: "5 to 10 pct")
            (
                "Sales rose 5 to 10 pct, Monday to Friday.",
                "Friday",
                "2024-02-09",
            ),
        ],
    );
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
            "The council meets every second month.",
            "every second month",
            "P2M",
        ),
        (
            "Meetings are held every other Tuesday.",
            "every other Tuesday",
            "XXXX-WXX-2",
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
        // (a count left open, or a couple: were untagged, or "few years" a duration)
        (
            "The law is reviewed every few years.",
            "every few years",
            "PXY",
        ),
        (
            "They meet every couple of weeks.",
            "every couple of weeks",
            "P2W",
        ),
        // ("on weekends": every weekend, as "on Mondays" is every Monday; reuters-2957,
        // 3179; were untagged)
        (
            "Ecuador also banned the sale of petrol on weekends and holidays.",
            "weekends",
            "XXXX-WXX-WE",
        ),
        // a holiday's day of every year, or its month when its day moves (written here)
        (
            "The parade is held every St. Patrick's Day.",
            "every St. Patrick's Day",
            "XXXX-03-17",
        ),
        (
            "Each Thanksgiving the family meets.",
            "Each Thanksgiving",
            "XXXX-11",
        ),
        // a day or month listed right after one shares its "every" (written here)
        (
            "The market is open every Tuesday and Thursday.",
            "Thursday",
            "XXXX-WXX-4",
        ),
        (
            "He swims every Monday, Wednesday and Friday.",
            "Wednesday",
            "XXXX-WXX-3",
        ),
        (
            "Dividends are paid each June and December.",
            "December",
            "XXXX-12",
        ),
        (
            "Interest is payable every June 15 and December 15.",
            "December 15",
            "XXXX-12-15",
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
        (
            "The anniversary is marked every Nov. 9 with a ceremony.",
            "every Nov. 9",
            "XXXX-11-09",
        ),
        (
            "The stock is redeemable at 52.875 dlrs, declining on each March 15 to 50 dlrs.",
            "each March 15",
            "XXXX-03-15",
        ),
        // (a day of a month in any form the calendar reads: written here)
        (
            "The parade is held every Fourth of July.",
            "every Fourth of July",
            "XXXX-07-04",
        ),
        (
            "Each 25th of December, the village sings.",
            "Each 25th of December",
            "XXXX-12-25",
        ),
        (
            "The festival takes place every May.",
            "every May",
            "XXXX-05",
        ),
        // ... and the weekdays a place keeps open, told in the present (they were the
        // coming week's)
        (
            "The museum is open Tuesday through Sunday.",
            "Tuesday",
            "XXXX-WXX-2",
        ),
        (
            "The office is open Monday to Friday, 9 to 5.",
            "Friday",
            "XXXX-WXX-5",
        ),
        ("Stores open Monday through Friday.", "Monday", "XXXX-WXX-1"),
        // (past a span of clock times: the stop of "p.m." before a weekday ends no
        // sentence)
        (
            "The museum is open from 10 a.m. to 5 p.m. Tuesday through Sunday.",
            "Sunday",
            "XXXX-WXX-7",
        ),
        // (and the days of hours named right before them, past a comma, with no verb of
        // keeping open: they were the coming week's)
        (
            "Trading hours are 9 a.m. to 5 p.m., Monday to Friday.",
            "Monday",
            "XXXX-WXX-1",
        ),
        (
            "The market trades from 1800 to 2100 local Chicago time Monday through Thursday.",
            "Thursday",
            "XXXX-WXX-4",
        ),
        // ... and a day of every month
        (
            "Interest is paid on the 15th of each month, the trust said.",
            "the 15th of each month",
            "XXXX-XX-15",
        ),
        (
            "Rents are due on the first of every month.",
            "the first of every month",
            "XXXX-XX-01",
        ),
        // ... and a day of a month before "each year" or "of every year" (Reuters-21578),
        // the first of two such days too
        (
            "The bonds carry an 8.50 pct coupon, payable December 14 each year.",
            "December 14 each year",
            "XXXX-12-14",
        ),
        (
            "The notes are convertible to one share on May 1 and November 1 of each year.",
            "November 1 of each year",
            "XXXX-11-01",
        ),
        (
            "The notes are convertible to one share on May 1 and November 1 of each year.",
            "May 1",
            "XXXX-05-01",
        ),
        (
            "It opens on 26 April every year.",
            "26 April every year",
            "XXXX-04-26",
        ),
        // ... and a month alone (it was the coming June, and "each year" apart)
        (
            "The monsoon arrives in June each year.",
            "June each year",
            "XXXX-06",
        ),
        (
            "Dividends are paid in April and October of each year.",
            "April",
            "XXXX-04",
        ),
    ] {
        let hit = tag_spanning(text, "1987-03-26", phrase);
        assert_eq!(hit.value, value, "{text:?}");
        assert_eq!(hit.kind, TimexKind::Set, "{text:?}");
    }
    // (Easter moves between two months: its next day)
    assert_eq!(
        value_of("Every Easter they fast.", "1987-03-26", "Easter"),
        "1987-04-19"
    );
    // (not one past other words)
    assert_eq!(
        value_of(
            "Every Tuesday, Smith said, and on Thursday he will go.",
            "1987-03-26",
            "Thursday"
        ),
        "1987-03-26"
    );
    // (a day no year has is none: "each year" alone is the set)
    let tags = tag("He paid on Feb. 30 each year.", Some(d("1987-03-26")));
    assert_eq!(
        tags.iter().map(|t| t.value.as_str()).collect::<Vec<_>>(),
        ["P1Y"]
    );
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
fn a_quarter_a_few_words_after_a_year_in_its_clause_is_in_it() {
    // (Reuters-21578 sentences, read in 1987; the quarters were 1987's)
    assert_values(&[
        (
            "Falconbridge last year made a first quarter operating loss of 17.1 mln dlrs.",
            "1987-04-21",
            "first quarter",
            "1986-Q1",
        ),
        (
            "He also said Coopervision's stock fell in 1986 due to its second quarter loss.",
            "1987-04-13",
            "second quarter",
            "1986-Q2",
        ),
        (
            "its turnover fell nine pct in 1986 as a result of currency factors, weaker demand \
             in the second half and stiff price competition.",
            "1987-03-12",
            "the second half",
            "1986-H2",
        ),
        // (past a figure's baseline, the year before it)
        (
            "For all of 1986, productivity increased 0.7 pct from 1985, reflecting rises of \
             4.3 pct in the first quarter.",
            "1987-03-02",
            "the first quarter",
            "1986-Q1",
        ),
        // (not one still to come, nor past "and", nor after a year compared with)
        (
            "The trend from last year's setbacks will be reflected in first quarter results due \
             in August.",
            "1987-06-29",
            "first quarter",
            "1987-Q1",
        ),
        (
            "Sales increased about four pct last year and showed growth of about five pct in \
             the first quarter.",
            "1987-06-29",
            "the first quarter",
            "1987-Q1",
        ),
        (
            "It expects 1987 sales to be better than 1986 results, following improved \
             third-quarter performance.",
            "1987-10-19",
            "third-quarter",
            "1987-Q3",
        ),
        // ... and up to 25 words after it, past "and", when the year opens a note to a
        // table of results (reuters-1178, 4000: they were 1986's; the year after it too)
        (
            "NOTE: 1985 net includes extraordinary gain of 1.5 mln dlrs or 35 cts per share \
             in 4th qtr and 5.1 mln or 1.19 dlrs for the year.",
            "1987-03-03",
            "4th qtr",
            "1985-Q4",
        ),
        (
            "NOTE:1985 net includes loss of three cts or 49.1 mln dlrs in 4th qtr and loss of \
             13 cts or 258,720 dlrs in year from discontinued operations.",
            "1987-03-11",
            "year",
            "1985",
        ),
        // (not a year that opens no note)
        (
            "Sales in 1985 were weak, analysts said, and the company expects to lose money \
             again in the fourth quarter.",
            "1987-03-11",
            "the fourth quarter",
            "1987-Q4",
        ),
        // a month, or a day of one, too when the year opens the sentence (they were the
        // last March, 1987's)
        (
            "In 1985, sales fell in March and stayed flat for the rest of the year.",
            "1987-06-29",
            "March",
            "1985-03",
        ),
        (
            "During 1985 the plant closed on March 3.",
            "1987-06-29",
            "March 3",
            "1985-03-03",
        ),
        // (not the day of a report, nor after a year set in the clause, "the 1977 average
        // in February", nor after a split year, "In 1986/87 ending June 30")
        (
            "In 1985 the company lost money, it said in March.",
            "1987-06-29",
            "March",
            "1987-03",
        ),
        (
            "Production stood at 127.3 pct of the 1977 average in February.",
            "1987-03-17",
            "February",
            "1987-02",
        ),
        (
            "In 1986/87 ending June 30, exports rose.",
            "1987-03-17",
            "June 30",
            "1987-06-30",
        ),
        // a month still to come after "next year" in its sentence is next year's (it was
        // the June under way); not one a thing of next year's is tied to, nor one that
        // opens a year that "next" names, nor past "but"
        (
            "The court will hear arguments early next year, with a ruling expected by the end \
                 of June.",
            "2013-06-24",
            "the end of June",
            "2014-06",
        ),
        (
            "Next year, the court will rule in June.",
            "2013-06-24",
            "June",
            "2014-06",
        ),
        (
            "Next year's budget will be presented in October.",
            "2013-06-24",
            "October",
            "2013-10",
        ),
        (
            "It will sell its stake during the next financial year which starts on July 1.",
            "2013-06-24",
            "July 1",
            "2013-07-01",
        ),
        (
            "He may retire next year, but the vote will be held in October.",
            "2013-06-24",
            "October",
            "2013-10",
        ),
    ]);
}

#[test]
fn a_month_or_season_of_a_year_in_the_possessive_is_of_that_year() {
    // as "last year's first quarter" is: the year and the month were tagged apart, and the
    // month was the last March
    assert_spans(&[
        (
            "Last year's March was the warmest for 50 years.",
            "2013-03-22",
            "Last year's March",
            "2012-03",
        ),
        (
            "This year's February figures include sales from 65 stores.",
            "1987-03-04",
            "This year's February",
            "1987-02",
        ),
        (
            "2012's December was mild.",
            "2013-03-22",
            "2012's December",
            "2012-12",
        ),
        (
            "Crops were lost in last year's summer drought.",
            "2013-03-22",
            "last year's summer",
            "2012-SU",
        ),
        (
            "contracts for delivery after this year's fall harvest",
            "1987-04-13",
            "this year's fall",
            "1987-FA",
        ),
    ]);
    // (not "fall", a decline, nor a kind of crop: the year alone)
    for text in [
        "Last year's fall in oil prices hurt the company.",
        "Last year's winter wheat crop was small.",
    ] {
        assert_spans(&[(text, "1987-04-13", "Last year", "1986")]);
    }
}

#[test]
fn full_year_beside_a_year_written_out_is_left_to_the_year() {
    // (reuters-16336, 3269: the year is tagged itself)
    assert_no_tag_holds("NCR's 1986 full-year earnings rose.", "1987-04-13", "full");
    assert_no_tag_holds(
        "Lac expected a price of 450 dlrs an ounce in full-year 1987.",
        "1987-06-02",
        "full",
    );
}

#[test]
fn nine_eleven_in_a_name_or_a_fraction_is_no_date() {
    assert_untagged(
        "2013-03-15",
        &[
            "The 9/11 Commission report was released.",
            "The bond rose 5 9/11 points.",
        ],
    );
}

#[test]
fn a_holiday_and_the_day_it_falls_on_are_in_one_year() {
    // read in June 2024: Thanksgiving fell on Nov. 23 in 2023 and falls on Nov. 28 in
    // 2024; each was the other's year before (the holiday 2023's, the day 2023's or 2024's)
    assert_values_on(
        "2024-06-12",
        &[
            (
                "Thanksgiving Day (Nov. 28) is a holiday.",
                "Thanksgiving Day",
                "2024-11-28",
            ),
            (
                "Thanksgiving Day (Nov. 28) is a holiday.",
                "Nov. 28",
                "2024-11-28",
            ),
            (
                "Thanksgiving falls on Nov. 28 this year.",
                "Thanksgiving",
                "2024-11-28",
            ),
            (
                "Thanksgiving falls on Thursday, Nov. 28.",
                "Thanksgiving",
                "2024-11-28",
            ),
            (
                "Thanksgiving, Nov. 23, was quiet.",
                "Thanksgiving",
                "2023-11-23",
            ),
            ("Thanksgiving, Nov. 23, was quiet.", "Nov. 23", "2023-11-23"),
            (
                "Christmas, Dec. 25, 2022, was a Sunday.",
                "Christmas",
                "2022-12-25",
            ),
            // (and the year named in its clause: "Thanksgiving" was 2024's, the coming one)
            (
                "Thanksgiving comes early next year.",
                "Thanksgiving",
                "2025-11-27",
            ),
            ("Easter is late this year.", "Easter", "2024-03-31"),
            // (and a weekday it falls on: the year nearest the one told in which it is on
            // that day, which the weekday is; it was 2023's Christmas, a Monday, and any
            // Wednesday)
            ("Christmas falls on a Wednesday.", "Christmas", "2024-12-25"),
            ("Christmas falls on a Wednesday.", "Wednesday", "2024-12-25"),
            ("Christmas fell on a Sunday.", "Christmas", "2022-12-25"),
            // (none within a year of it: a Sunday of no week said)
            ("Christmas fell on a Saturday.", "Saturday", "XXXX-WXX-6"),
        ],
    );
    assert_values_on(
        "2023-01-10",
        &[("Easter fell on a Sunday.", "Sunday", "2022-04-17")],
    );
    // (a holiday that names its year gives it to the day or weekday it falls on: "Jan. 31"
    // was 2013's, "Nov. 26" 2012's, "Sunday" any Sunday)
    assert_values_on(
        "2013-03-21",
        &[
            ("Tet 2014 falls on Jan. 31.", "Jan. 31", "2014-01-31"),
            (
                "Thanksgiving 1987 (Nov. 26) was quiet.",
                "Nov. 26",
                "1987-11-26",
            ),
            ("Christmas 2011 fell on a Sunday.", "Sunday", "2011-12-25"),
        ],
    );
    // ("late" there is how the holiday falls, not the end of the year; but "late in
    // April" is a part of the month)
    assert_spans(&[
        (
            "Easter is late this year.",
            "2024-06-12",
            "this year",
            "2024",
        ),
        (
            "March sales may not increase at the same rate, since Easter falls late in April \
                 this year.",
            "1987-03-09",
            "late in April this year",
            "1987-04",
        ),
    ]);
    assert_eq!(
        tag_spanning("Easter is late this year.", "2024-06-12", "this year").modifier,
        None
    );
}

#[test]
fn holidays_are_their_day_in_the_year_the_sentence_means() {
    let table = [
        // holidays that follow the moon: the Chinese New Year (the Spring Festival, not a
        // spring) and the Hebrew calendar's
        (
            "bank issued more currency for bonus payments made to workers at the Lunar New Year, which fell on January 29 this year",
            "1987-03-25",
            "Lunar New Year",
            "1987-01-29",
        ),
        (
            "Millions travelled home for the Spring Festival holiday.",
            "2019-06-13",
            "Spring Festival",
            "2019-02-05",
        ),
        (
            "Factories will close for Lunar New Year.",
            "2019-06-13",
            "Lunar New Year",
            "2020-01-25",
        ),
        (
            "On Chinese New Year's Eve, families gather for a reunion dinner.",
            "2024-01-02",
            "Chinese New Year's Eve",
            "2024-02-09",
        ),
        (
            "The Lantern Festival marked the end of the celebrations.",
            "2019-06-13",
            "Lantern Festival",
            "2019-02-19",
        ),
        // (Vietnam's new year: was untagged)
        (
            "Prices rose ahead of the Tet holiday.",
            "2013-03-21",
            "Tet",
            "2013-02-10",
        ),
        (
            "Prices rose ahead of Passover.",
            "2020-05-01",
            "Passover",
            "2020-04-09",
        ),
        // the verb after "will" or "would" reaches past a long object (it was the
        // Thanksgiving before, nearer the Tuesday the story named)
        (
            "Reid said on Tuesday he would hold pro forma sessions during the Thanksgiving \
                 recess.",
            "2013-06-24",
            "Thanksgiving",
            "2013-11-28",
        ),
        (
            "He said on Tuesday the Senate would not hold pro forma sessions during the \
                 Christmas break.",
            "2013-06-24",
            "Christmas",
            "2013-12-25",
        ),
        // what a finite verb in the past tells of came after the date, which is over too;
        // not what was put off to it, a condition, a participle before a modal, a verb to
        // come or a clause the date opens
        (
            "Shares rose after Thanksgiving.",
            "2024-10-22",
            "Thanksgiving",
            "2023-11-23",
        ),
        (
            "He resigned following Dec. 1.",
            "2024-10-22",
            "Dec. 1",
            "2023-12-01",
        ),
        (
            "He died a day after Christmas.",
            "2024-10-22",
            "Christmas",
            "2023-12-25",
        ),
        (
            "The vote was delayed until after Christmas.",
            "2024-10-22",
            "Christmas",
            "2024-12-25",
        ),
        (
            "the Inland Revenue said that on loans made on or after April 1, the new measures would apply",
            "1987-03-17",
            "April 1",
            "1987-04-01",
        ),
        (
            "Swiss franc notes issued after May 1 must be provided with a prospectus.",
            "1987-04-09",
            "May 1",
            "1987-05-01",
        ),
        (
            "After April 15, it said it will make every effort to meet the deadline.",
            "1987-04-08",
            "April 15",
            "1987-04-15",
        ),
        (
            "The company will report after Dec. 1.",
            "2024-10-22",
            "Dec. 1",
            "2024-12-01",
        ),
        // ("ahead of" a holiday, after a verb in the past, may be over)
        (
            "Prices rose ahead of Christmas.",
            "2020-01-10",
            "Christmas",
            "2019-12-25",
        ),
        (
            "Shoppers are buying ahead of Christmas.",
            "2020-01-10",
            "Christmas",
            "2020-12-25",
        ),
        (
            "He was arrested on Yom Kippur last year.",
            "2019-06-13",
            "Yom Kippur last year",
            "2018-09-19",
        ),
        (
            "Rosh Hashanah, the Jewish New Year, begins at sundown on Sunday.",
            "2019-09-26",
            "Rosh Hashanah",
            "2019-09-30",
        ),
        (
            "Hanukkah starts on Dec. 22 this year.",
            "2019-06-13",
            "Hanukkah",
            "2019-12-23",
        ),
        // "this year", "last year", "next year" right after it name its year
        (
            "Christmas this year falls on a Wednesday.",
            "2013-03-05",
            "Christmas this year",
            "2013-12-25",
        ),
        (
            "Christmas of last year was quiet.",
            "2013-03-05",
            "Christmas of last year",
            "2012-12-25",
        ),
        (
            "Sales were helped by the later Easter this year.",
            "1987-04-09",
            "Easter this year",
            "1987-04-19",
        ),
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
        // (and a holiday's weekend is the one nearest it: Easter's holds it, Labor Day's
        // is before it, Thanksgiving's after; it takes its article, as "the weekend" does)
        (
            "Traffic was heavy over the Easter weekend.",
            "2013-03-20",
            "the Easter weekend",
            "2012-W14-WE",
        ),
        (
            "The shops will be busy over the Easter weekend.",
            "2013-03-20",
            "the Easter weekend",
            "2013-W13-WE",
        ),
        (
            "Retailers rang up $57.4 billion over the Thanksgiving weekend.",
            "2013-12-01",
            "the Thanksgiving weekend",
            "2013-W48-WE",
        ),
        (
            "Nine people died on the roads over the Labor Day holiday weekend.",
            "2013-09-04",
            "the Labor Day holiday weekend",
            "2013-W35-WE",
        ),
        (
            "Early voting begins a week after the Easter long weekend.",
            "2019-04-11",
            "the Easter long weekend",
            "2019-W16-WE",
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
        // "the eve of" a holiday is the day before it, in the holiday's tense
        (
            "Shoppers crowded the mall on the eve of Christmas.",
            "2013-03-21",
            "the eve of Christmas",
            "2012-12-24",
        ),
        (
            "Airports will be busiest on the eve of Thanksgiving.",
            "2013-03-21",
            "the eve of Thanksgiving",
            "2013-11-27",
        ),
        (
            "Rockets were fired on the eve of Passover, police said.",
            "2024-06-12",
            "the eve of Passover",
            "2024-04-22",
        ),
        // (one the present places in time is the coming one; were last year's)
        (
            "Thanksgiving is Nov. 28.",
            "2024-06-12",
            "Thanksgiving",
            "2024-11-28",
        ),
        (
            "Christmas is on a Wednesday this year.",
            "2024-06-12",
            "Christmas",
            "2024-12-25",
        ),
        (
            "Christmas comes early for retailers.",
            "2024-06-12",
            "Christmas",
            "2024-12-25",
        ),
        (
            "Christmas is over.",
            "2024-06-12",
            "Christmas",
            "2023-12-25",
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
            "Revellers packed Bourbon Street on Fat Tuesday.",
            "2013-02-14",
            "Fat Tuesday",
            "2013-02-12",
        ),
        (
            "Revellers packed the French Quarter for Mardi Gras.",
            "2013-02-14",
            "Mardi Gras",
            "2013-02-12",
        ),
        (
            "The queen laid a wreath on Remembrance Day.",
            "2013-03-22",
            "Remembrance Day",
            "2012-11-11",
        ),
        (
            "Fireworks lit up the sky on Bonfire Night.",
            "2013-03-22",
            "Bonfire Night",
            "2012-11-05",
        ),
        (
            "The company announced the change on April Fools' Day.",
            "2013-04-03",
            "April Fools' Day",
            "2013-04-01",
        ),
        (
            "Activists will rally on Earth Day.",
            "2013-03-22",
            "Earth Day",
            "2013-04-22",
        ),
        (
            "Celebrations marked Juneteenth in Galveston.",
            "2013-06-20",
            "Juneteenth",
            "2013-06-19",
        ),
        (
            "Veterans marched on Anzac Day.",
            "2013-04-26",
            "Anzac Day",
            "2013-04-25",
        ),
        (
            "The vigil begins on Holy Saturday.",
            "2013-03-22",
            "Holy Saturday",
            "2013-03-30",
        ),
        (
            "Pilgrims gathered for Maundy Thursday services.",
            "2013-04-04",
            "Maundy Thursday",
            "2013-03-28",
        ),
        // (and All Saints' Day, All Souls' Day, the Day of the Dead, Kwanzaa: they were
        // untagged)
        (
            "Families visit graves on All Saints' Day.",
            "2013-10-20",
            "All Saints' Day",
            "2013-11-01",
        ),
        (
            "Mexicans celebrated the Day of the Dead with parades.",
            "2013-11-05",
            "Day of the Dead",
            "2013-11-02",
        ),
        (
            "Kwanzaa begins the day after Christmas.",
            "2013-12-20",
            "Kwanzaa",
            "2013-12-26",
        ),
        // (and Canada's Victoria Day, the Monday before May 25: May 24 was a Friday in
        // 2013, a Saturday in 2014)
        (
            "Stores close on Victoria Day.",
            "2013-03-21",
            "Victoria Day",
            "2013-05-20",
        ),
        (
            "The park reopens after Victoria Day 2014.",
            "2013-03-21",
            "Victoria Day 2014",
            "2014-05-19",
        ),
        // (and Holy Week is the week of Holy Thursday: it was untagged)
        (
            "During Holy Week, which starts Sunday, he will wash the feet of prisoners.",
            "2013-03-19",
            "Holy Week",
            "2013-W13",
        ),
        (
            "Holy Week 2014 draws pilgrims.",
            "2013-03-19",
            "Holy Week 2014",
            "2014-W16",
        ),
        // (looking ahead from within the week, it is that week: it was next year's, as its
        // Thursday is over)
        (
            "Pope Francis will celebrate his first Easter Mass on Sunday, capping a Holy Week \
             in which he has broken with tradition.",
            "2013-03-30",
            "Holy Week",
            "2013-W13",
        ),
        // ... and "Christmas week", "Thanksgiving week" the week of the day (not Easter's,
        // which may be the week after)
        (
            "Sales rose in Thanksgiving week.",
            "2013-03-19",
            "Thanksgiving week",
            "2012-W47",
        ),
        (
            "Retailers were busy in Christmas week.",
            "2013-03-19",
            "Christmas week",
            "2012-W52",
        ),
        (
            "Churches were full in Easter week.",
            "2013-04-19",
            "Easter",
            "2013-03-31",
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
        // Whitsun and Ascension from Easter; the Orthodox Easter by the Julian calendar
        // and the Orthodox Christmas on Julian 25 December (both were untagged, or
        // "Christmas" alone on 25 December)
        (
            "Shops were shut on Whit Monday.",
            "2023-06-14",
            "Whit Monday",
            "2023-05-29",
        ),
        (
            "The pilgrimage ended at Pentecost.",
            "2023-06-14",
            "Pentecost",
            "2023-05-28",
        ),
        (
            "Banks were closed on Ascension Day.",
            "2023-06-14",
            "Ascension Day",
            "2023-05-18",
        ),
        (
            "Churches were full on Orthodox Easter.",
            "2024-05-20",
            "Orthodox Easter",
            "2024-05-05",
        ),
        (
            "Churches were full on Orthodox Easter.",
            "2023-04-20",
            "Orthodox Easter",
            "2023-04-16",
        ),
        (
            "Putin attended a service on Orthodox Christmas.",
            "2024-01-10",
            "Orthodox Christmas",
            "2024-01-07",
        ),
        // ... the Jewish feasts from Passover and Rosh Hashanah
        (
            "Crowds gathered for Purim.",
            "2024-04-02",
            "Purim",
            "2024-03-24",
        ),
        (
            "The festival of Shavuot fell on a Sunday.",
            "2024-06-20",
            "Shavuot",
            "2024-06-12",
        ),
        (
            "The attack came during Sukkot.",
            "2023-10-10",
            "Sukkot",
            "2023-09-30",
        ),
        // ... and days of remembrance and of shopping
        (
            "The king laid a wreath on Remembrance Sunday.",
            "2023-11-20",
            "Remembrance Sunday",
            "2023-11-12",
        ),
        (
            "Crowds marked VE Day in London.",
            "2020-05-10",
            "VE Day",
            "2020-05-08",
        ),
        (
            "Alibaba's sales on Singles Day rose.",
            "2023-11-20",
            "Singles Day",
            "2023-11-11",
        ),
        (
            "Revellers celebrated Hogmanay in Edinburgh.",
            "2024-01-02",
            "Hogmanay",
            "2023-12-31",
        ),
        // (Super Tuesday only in an election year, by the rule of its time: the nearest
        // one with no tense)
        (
            "Trump swept the states that voted on Super Tuesday.",
            "2024-03-14",
            "Super Tuesday",
            "2024-03-05",
        ),
        (
            "The race will be decided on Super Tuesday.",
            "2008-01-20",
            "Super Tuesday",
            "2008-02-05",
        ),
        (
            "Romney won six states on Super Tuesday.",
            "2012-03-08",
            "Super Tuesday",
            "2012-03-06",
        ),
        (
            "Dukakis won five states on Super Tuesday.",
            "1988-04-01",
            "Super Tuesday",
            "1988-03-08",
        ),
        (
            "Candidates are focused on Super Tuesday.",
            "2023-06-01",
            "Super Tuesday",
            "2024-03-05",
        ),
        (
            "One member predicted Congress now would be able to finish its work by \
                 Labor Day.",
            "1987-03-18",
            "Labor Day",
            "1987-09-07",
        ),
        // (spelt "Labour", the workers' day of May 1 most of the world keeps; reuters-14845)
        (
            "The union is adamant only employees who wish to work on Labour Day should notify \
                 management.",
            "1987-04-20",
            "Labour Day",
            "1987-05-01",
        ),
        (
            "Returns are due on Tax Day.",
            "2013-03-22",
            "Tax Day",
            "2013-04-15",
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
        // (they were untagged)
        (
            "The Boston Marathon was run on Patriots' Day.",
            "2013-04-16",
            "Patriots' Day",
            "2013-04-15",
        ),
        (
            "Veterans gathered on Pearl Harbor Day.",
            "2013-04-16",
            "Pearl Harbor Day",
            "2012-12-07",
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
    // a war, an agreement or a rising named for a holiday is no day of it (nor its
    // weekday: "Friday" was tagged alone once the holiday was not)
    for (text, years) in [
        (
            "Exports must grow at the rate achieved until the 1973 Yom Kippur War.",
            ["1973"],
        ),
        ("The Good Friday Agreement was signed in 1998.", ["1998"]),
        ("The Easter Rising of 1916 failed.", ["1916"]),
        ("The Tet Offensive began in 1968.", ["1968"]),
    ] {
        let tags = tag(text, Some(d("1987-06-29")));
        assert_eq!(
            tags.iter().map(|t| t.value.as_str()).collect::<Vec<_>>(),
            years,
            "{text}"
        );
    }
    // every word capitalised, and the lunar new year is not the first of January
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
fn a_unit_before_or_after_a_date_is_the_one_next_to_it() {
    // a weekday so set is the first one after (before) the date: it was the weekday
    // nearest the publication, 2025-11-19 and 2025-11-16
    assert_periods(&[
        (
            "The tree lighting is on the Wednesday after Thanksgiving.",
            "2025-11-20",
            "the Wednesday",
            ("2025-12-03", "2025-12-03", "2025-12-03"),
        ),
        (
            "The Sunday before Christmas is the busiest day.",
            "2025-11-20",
            "The Sunday",
            ("2025-12-21", "2025-12-21", "2025-12-21"),
        ),
        // (a week on when the date is that weekday itself)
        (
            "The next meeting is the Thursday after Thanksgiving.",
            "2025-11-20",
            "the Thursday",
            ("2025-12-04", "2025-12-04", "2025-12-04"),
        ),
    ]);
    // the unit is tagged on its own, as TimeBank tags "the day" of "the day before the
    // stock market plunge", and so is the date; both read in the tense of the whole
    assert_spans(&[
        (
            "Sales peak in the week before Christmas.",
            "2024-10-22",
            "the week",
            "2024-W51",
        ),
        (
            "Sales peak in the week before Christmas.",
            "2024-10-22",
            "Christmas",
            "2024-12-25",
        ),
        (
            "He died the day after Christmas.",
            "2024-10-22",
            "the day",
            "2023-12-26",
        ),
        (
            "He died the day after Christmas.",
            "2024-10-22",
            "Christmas",
            "2023-12-25",
        ),
        (
            "They met the day before Oct. 5.",
            "2024-10-22",
            "the day",
            "2024-10-04",
        ),
        (
            "Stores were busy the weekend before Christmas.",
            "2024-10-22",
            "the weekend",
            "2023-W51-WE",
        ),
        (
            "Stores were busy the weekend before Christmas.",
            "2024-10-22",
            "Christmas",
            "2023-12-25",
        ),
        (
            "Stores will be busy the weekend before Christmas.",
            "2024-10-22",
            "the weekend",
            "2024-W51-WE",
        ),
        (
            "Prices rose in the year after 2008.",
            "2024-10-22",
            "the year",
            "2009",
        ),
        (
            "The deal closed the week after March 3.",
            "2024-10-22",
            "the week",
            "2024-W10",
        ),
        // (not "the week before last", one expression, nor a unit before an event)
        (
            "The shares jumped the week before last.",
            "2024-10-22",
            "the week before last",
            "2024-W41",
        ),
        (
            "In the week after the vote, shares fell.",
            "2024-10-22",
            "the week",
            "P1W",
        ),
    ]);
    // a weekend after a Thursday is the one that follows it
    let weekend = tag_spanning(
        "The vote came the weekend after Thanksgiving.",
        "2024-10-22",
        "the weekend",
    );
    assert_eq!(weekend.value, "2023-W47-WE");
    let date = weekend.date.expect("a weekend has its days");
    assert_eq!((date.start, date.end), (d("2023-11-25"), d("2023-11-26")));
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
        // a difference of ages (HeidelTime's "about 200 years older")
        ("The tree is about 200 years older.", "200 years"),
        ("He is two years younger than his wife.", "two years"),
        ("She is five years his junior.", "five years"),
        (
            "it reached a final settlement of the year-old litigation",
            "the year",
        ),
        ("The decade-old law will be reviewed.", "The decade"),
        ("The month-old strike ended on Friday.", "The month"),
        // a compound of "quarter" that is no quarter of a year
        (
            "They lost in the quarter-finals last season.",
            "the quarter",
        ),
        ("The quarter-point cut was expected.", "The quarter"),
        ("they could leave as soon as the threats end", "soon"),
        ("he had been killed soon after being captured", "soon"),
        (
            "The plant closed in September. Workers left that day.",
            "that day",
        ),
        (
            "Oliver North was dismissed in 1986 on the same day that Poindexter resigned.",
            "the same day",
        ),
        // "the day" alone is any day (another year's day is that year's: see
        // `that_date_and_the_same_date_are_the_day_named_last`)
        ("He remembers the day the wall fell.", "the day"),
        (
            "It has paid interest since the day before the merger.",
            "the day",
        ),
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
        (
            "Exports boosted by the fall in the dollar should help GNP growth.",
            "fall",
        ),
        ("Stocks rose because of the fall of the dollar.", "fall"),
        ("It opened after the fall of the Berlin Wall.", "fall"),
        ("Output peaked just before fall-off set in.", "fall"),
        ("Bonds rallied after fall in yields.", "fall"),
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
        // (and the days after it, and a span a verb draws out: Reuters 11818, 12991, 2423,
        // 10582, 6290)
        (
            "Issues fell to 900 mln marks from 1.37 billion in the period March 1 to 15.",
            "the period",
        ),
        (
            "Final figures for the period to February 28 are expected to be published.",
            "the period",
        ),
        (
            "Central banks bought a massive 61.6 billion marks in the period up to July 1985.",
            "the period",
        ),
        (
            "The court granted the request to extend for 90 days the period for the shipping \
             companies to file a plan.",
            "the period",
        ),
        (
            "In June 1986, the company increased the shares to 200,000 and extended the period \
             to end September 1987.",
            "the period",
        ),
        ("Observers have seen it for a long time.", "a long time"),
        ("Turnout was 2013 votes higher than expected.", "2013"),
        // ... a figure before its magnitude or a unit of the wires' tables (Reuters-21578)
        (
            "1986 turnover rose 1160 billion lire to 7,300 billion lire.",
            "1160",
        ),
        ("Kawasaki Steel rose 200 to 1440 yen.", "1440"),
        ("stees - choice 2-4 1100-1400 lbs 66.00-67.00.", "1100"),
        // ... and a figure too early for a year of the news, not told as one: a vote, a
        // news agency's code, a clock of the wires (Reuters-21578)
        (
            "Members of UAW Local 594 voted 1314 to 25 to accept it.",
            "1314",
        ),
        (
            "the Bundesbank said. (NRCN 1022) TOKYO - The Bank of Japan will sell bills.",
            "1022",
        ),
        (
            "The council session started after the scheduled 1330 start was delayed.",
            "1330",
        ),
        // a unit of energy or work (reuters-9037, reuters-12272)
        (
            "U.S. power companies generated a net 47.47 billion kilowatt-hours of electrical \
                 energy.",
            "hours",
        ),
        (
            "It seeks to sell 70 terawatt hours of electricity.",
            "hours",
        ),
        ("The strike cost 5,000 man-hours of work.", "hours"),
        (
            "It will involve more than 10 man years of programming.",
            "years",
        ),
        // ... or the months of futures contracts, or the hours of a working day
        // (Reuters-21578)
        (
            "Bache had been participating in Chicago's regular hours of trading.",
            "hours",
        ),
        (
            "the trading hours of the Midam's Treasury bond futures contract will expand",
            "hours",
        ),
        (
            "with initial expiration months of April, July and October",
            "months",
        ),
        (
            "placements in February may weigh on back months of cattle futures.",
            "months",
        ),
        (
            "Economists stressed that gains in hours worked signal larger gains.",
            "hours",
        ),
        (
            "Output rose 1.9 pct while hours of all persons increased.",
            "hours",
        ),
        (
            "The dollar gained over two pfennigs in after hours trading in New York.",
            "hours",
        ),
        // ... or a meeting's record named by its month
        (
            "Minutes of February's Federal Open Market Committee meeting showed a split.",
            "Minutes",
        ),
        // ... or a model's number glued to its name (reuters-18679)
        (
            "It said a stepped-up investment in its IDB2000 electronic storage system will \
                 result in a loss.",
            "2000",
        ),
        // the record of a meeting
        (
            "Minutes of the meeting will be released in three weeks.",
            "Minutes",
        ),
        (
            "Minutes of this week's meeting will be published on 17 July.",
            "Minutes",
        ),
        // ... or a level (but "the levels of 1986" are that year's)
        (
            "Shares rose 22.5 pct since January 2 to current levels around 2050.",
            "2050",
        ),
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
        // "by a quarter" is a share
        (
            "banks raised their prime lending rates by a quarter point",
            "quarter",
        ),
        ("The years were good to him.", "years"),
        // a quarter that is a share (Reuters-21578)
        (
            "Only 33 rigs, about one-quarter of the total available, were drilling.",
            "quarter",
        ),
        (
            "Conditions seemed right for a quarter percentage point cut.",
            "quarter",
        ),
        (
            "Each depositary share represents one quarter share of a preference share.",
            "quarter",
        ),
        (
            "the highest weekly total since 1984 and two and three-quarter times the prior week's level",
            "quarter",
        ),
        (
            "These stocks were equivalent to one quarter of Uganda's expected crop.",
            "quarter",
        ),
        (
            "Its two main reservoirs are now only one-quarter full.",
            "quarter",
        ),
        (
            "Alaska Airlines grounded its 65 jets, and about a quarter had been cleared to \
                 return by Saturday morning.",
            "quarter",
        ),
        (
            "Of the 25 troubled debtors, about one quarter were Latin American countries.",
            "quarter",
        ),
        (
            "The revival created euphoria in some quarters about future growth prospects.",
            "quarters",
        ),
    ];
    for (text, phrase) in untagged {
        let at = text.find(phrase).expect("the phrase is in the text");
        let tags = tag(text, Some(d("1989-10-30")));
        assert!(
            !tags.iter().any(|t| t.span.contains(&at)),
            "{phrase:?} is not a time in {text:?}: {tags:?}"
        );
    }
    assert_spans(&[
        (
            "Downgrades will ease this year from the lofty levels of 1986.",
            "1987-03-06",
            "1986",
            "1986",
        ),
        (
            "The Dow was down 10 in the first minutes of the session.",
            "1987-04-07",
            "minutes",
            "PTXM",
        ),
        // (and after an adjective, as TimeBank tags "the heady days of swelling industry
        // sales", wsj_1014)
        (
            "Prices are not enough to spur a return to the heady days of 1981.",
            "1987-04-07",
            "days",
            "PXD",
        ),
        (
            "The Dow fell more than 10 points in the first minutes of trading this morning.",
            "1987-04-07",
            "minutes",
            "PTXM",
        ),
        (
            "The next 30 will be introduced gradually in the following years of the plan.",
            "1987-04-07",
            "years",
            "PXY",
        ),
        (
            "Kuwait shut its markets after weeks of fighting.",
            "1987-04-07",
            "weeks",
            "PXW",
        ),
    ]);
}

#[test]
fn the_whole_part_of_a_figure_after_a_month_is_no_day() {
    assert_spans(&[
        (
            "Order book at end December 2.28 billion vs 2.37 billion",
            "1987-03-26",
            "end December",
            "1986-12",
        ),
        (
            "Soybean prev 100.9, Feb 45.1, May 20.0, total 166.1",
            "1987-02-26",
            "May",
            "1987-05",
        ),
    ]);
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
        // ("tail" and "very" before the edge: "last year" was tagged alone)
        (
            "Toward the tail end of last year, sales slowed.",
            "the tail end of last year",
            "1997",
            Modifier::End,
        ),
        (
            "At the very beginning of 1998, prices rose.",
            "the very beginning of 1998",
            "1998",
            Modifier::Start,
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
            "Police raided the house in the predawn hours of Saturday.",
            "the predawn hours of Saturday",
            "1998-05-02",
            Modifier::Start,
        ),
        (
            "The singer died in the wee hours of Sunday.",
            "the wee hours of Sunday",
            "1998-05-03",
            Modifier::Start,
        ),
        (
            "Talks ended in the small hours of Thursday.",
            "the small hours of Thursday",
            "1998-04-30",
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
        // "the 1800s" is the century, "the 2000s" the decade
        (
            "The company was founded in the late 1800s.",
            "the late 1800s",
            "18",
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
        // (with its degree too: "a little" was left out, and "a little more than" read as
        // a comparison, with no mod)
        (
            "It lasted a little more than two hours.",
            "a little more than two hours",
            "PT2H",
            Modifier::MoreThan,
        ),
        (
            "The securities have a term of slightly less than five years.",
            "slightly less than five years",
            "P5Y",
            Modifier::LessThan,
        ),
        (
            "The agreement differs little from the one reached a little over a year ago.",
            "a little over a year ago",
            "1997",
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
        // ("close to", and after "to" an article's length: were untagged, and "close to"
        // left out of the span; not "close to a year high")
        (
            "He led the party for close to a decade.",
            "close to a decade",
            "P10Y",
            Modifier::Approx,
        ),
        (
            "They could be jailed for up to a year.",
            "up to a year",
            "P1Y",
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
        // "or more" ("or longer") and "or less" after a length bound it as "at least" and
        // "at most" before it do (the length was tagged alone: reuters-6053, 16381, 19775)
        (
            "loans reported as past due 90 days or more.",
            "90 days or more",
            "P90D",
            Modifier::EqualOrMore,
        ),
        (
            "up to one billion stg of long-dated stock having a maturity of 15 years or longer",
            "15 years or longer",
            "P15Y",
            Modifier::EqualOrMore,
        ),
        (
            "Most have maturities of 10 years or less and were issued before 1984.",
            "10 years or less",
            "P10Y",
            Modifier::EqualOrLess,
        ),
        (
            "Experts warned that the problem would not be solved for a decade or more.",
            "a decade or more",
            "P10Y",
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
        // (and before "on" and a part of a named day: the span was "the morning of April
        // 21", with no modifier)
        (
            "Kerry said the attack took place early on the morning of April 21.",
            "early on the morning of April 21",
            "1998-04-21TMO",
            Modifier::Start,
        ),
    ];
    assert_modified("1998-05-06", &table);
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
    // ... nor the day a record was set
    assert_values(&[
        (
            "The S&P 500 is within 1 percent of its all-time closing high of 1,565.15, set on \
                 Oct. 9, 2007. For the week, the Dow is up 2.2 percent.",
            "2013-03-14",
            "the week",
            "2013-W11",
        ),
        (
            "February volume rose 27 pct. Market value for the month was 469.5 mln dlrs, 8.5 \
                 pct ahead of the previous record for the month, set in 1980. Value for the \
                 month was up 29.4 pct.",
            "1987-03-06",
            "month was up",
            "1987-02",
        ),
        // (nor the date a series a superlative ranks in began, far after "since":
        // reuters-867)
        (
            "The January level was the worst since the Government started compiling \
                 unemployment statistics under its current system in 1953. Unemployment was \
                 up from 2.8 pct a year earlier.",
            "1987-03-03",
            "a year earlier",
            "1986-01",
        ),
        // (nor a date an aside tells in passing, a relative clause set off by commas:
        // reuters-1102, reuters-15263)
        (
            "Canada's gross domestic product rose 1.2 pct in December. GDP, which fell 0.2 \
                 pct in November, was 2.1 pct above the December, 1985 level. Output of \
                 goods producing industries rose 1.6 pct in the month.",
            "1987-03-03",
            "the month",
            "1986-12",
        ),
        // (but one the aside closes with another word than "in" is the story's: "BHP,
        // which confined comment to the third quarter, said ...", a year before that
        // quarter, 1986-Q3 as read in March)
        (
            "BHP, which confined comment to the third quarter, said petroleum net earnings \
                 dropped to 98.8 mln dlrs from 139.6 mln a year earlier.",
            "1987-03-26",
            "a year earlier",
            "1985-Q3",
        ),
        // (but a date in a clause joined after it is one the story moves to)
        (
            "Sales were the highest since 1980 and will rise again in 1988. Output rose the \
                 year before.",
            "1987-03-03",
            "the year before",
            "1987",
        ),
    ]);
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
    // ... but "the period ahead" is the future, no period of it
    assert_spans(&[(
        "The rate should support expectations of a narrowing in the trade deficit in the \
             period ahead.",
        "1987-04-07",
        "the period ahead",
        "FUTURE_REF",
    )]);
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
    // ... and so long before yesterday or last week (they were the count back and the
    // day or week apart)
    check(
        "Ten years ago yesterday, the war began.",
        "2013-03-21",
        "2003-03-20",
        ("2003-03-20", "2003-03-20"),
    );
    check(
        "He left the company two years ago last week.",
        "2013-03-21",
        "2011-W11",
        ("2011-03-14", "2011-03-20"),
    );
    // "back" in place of "ago" at the end of a clause (reuters-14749; were lengths), not
    // a delay
    assert_spans(&[
        (
            "Such a possibility was unthinkable a few years back when the state boomed.",
            "1987-04-07",
            "a few years back",
            "PAST_REF",
        ),
        (
            "He left the company two years back.",
            "2013-03-21",
            "two years back",
            "2011",
        ),
        (
            "The launch was set two years back.",
            "2013-03-21",
            "two years",
            "P2Y",
        ),
    ]);
    // (and weeks ago today: were the weeks back and today apart)
    check(
        "A week ago today, the bank reopened.",
        "2013-11-26",
        "2013-11-19",
        ("2013-11-19", "2013-11-19"),
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
            "The summer solstice fell.",
            "the spring equinox",
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
        // ... and so is one that runs up to it
        (
            "Polls narrowed in the month before the election.",
            "the month",
            "P1M",
        ),
        (
            "all mark denominated eurobonds have to be registered with the Bundesbank in the week preceding the two-week issue period",
            "the week",
            "P1W",
        ),
        (
            "Polls narrowed in the weeks before the election.",
            "the weeks",
            "PXW",
        ),
        // ... a decade, or units with no count, as well; "since" on its own counts from
        // the date named before
        (
            "Between 1990 and 1995 the population doubled. In the decade since, it has grown by half again.",
            "the decade",
            "P10Y",
        ),
        (
            "In the century since the war, the town has grown.",
            "the century",
            "P1C",
        ),
        (
            "Investors have fled in the weeks since the election.",
            "the weeks",
            "PXW",
        ),
        (
            "Prices doubled in the years following the war.",
            "the years",
            "PXY",
        ),
        // (and before "that followed", "which preceded": reuters-15450, it was untagged)
        (
            "In the weeks that followed, the dollar continued to fall against the yen.",
            "the weeks",
            "PXW",
        ),
        (
            "In the year since, the city has rebuilt.",
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
    assert_eq!(
        value_of(
            "Sales fell over the decade since 2000.",
            "2013-03-21",
            "the decade"
        ),
        "201"
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
        // (before "and", and up to ten words after the verb: both were untagged)
        (
            "He played 18 holes in the morning and nine more in the afternoon.",
            "2013-03-22",
            "the morning",
            "2013-03-22TMO",
        ),
        (
            "He played 18 holes in the morning and nine more in the afternoon.",
            "2013-03-22",
            "the afternoon",
            "2013-03-22TAF",
        ),
        (
            "The Bank of England said it provided the market with a further 442 mln stg \
                 assistance during the morning.",
            "1987-03-12",
            "the morning",
            "1987-03-12TMO",
        ),
        // (a night, with no day named, is the one just gone, as "last night" is: was the
        // publication's own, still to come)
        (
            "Fighting continued through the night.",
            "2013-03-21",
            "the night",
            "2013-03-20TNI",
        ),
        (
            "In the night, troops withdrew from the town.",
            "2013-03-21",
            "the night",
            "2013-03-20TNI",
        ),
        (
            "On Tuesday, fighting continued through the night.",
            "2013-03-21",
            "the night",
            "2013-03-19TNI",
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
    // ... and so is "the day" during or throughout which a verb in the past tells of what
    // went on, and a market's day that its figures moved on (they were untagged; Reuters
    // 12798, 20823, 14250)
    assert_values_on(
        "1987-04-07",
        &[
            (
                "Dealers said the market was depressed throughout the day.",
                "the day",
                "1987-04-07",
            ),
            (
                "The price-quote feed was cut off several times during the day.",
                "the day",
                "1987-04-07",
            ),
            ("Sterling was up 0.4 on the day.", "the day", "1987-04-07"),
            ("The dollar was steady on the day.", "the day", "1987-04-07"),
            // (after a coarser date, the publication's: it was untagged; Reuters 2725,
            // 3137, 16501)
            (
                "Manufacturing expanded in March for the first time in three months. Treasury yields were little changed on the day.",
                "the day",
                "1987-04-07",
            ),
            (
                "Since then, the pound has risen to 71.8 pct, up from 69.7 pct in February and up 0.4 on the day.",
                "the day",
                "1987-04-07",
            ),
            (
                "The yen closed higher on Friday. In 1986, rates in the money market eased during the day.",
                "the day",
                "1987-04-03",
            ),
            // (a verb in the past where the clause ends: Reuters-21578 6143's was untagged)
            (
                "Overall, they rose about two points on the day.",
                "the day",
                "1987-04-07",
            ),
            (
                "Platinum ended the day at 565.50/566.50 dlrs an ounce.",
                "the day",
                "1987-04-07",
            ),
            // (and most of it, or the rest: it was untagged, Reuters-21578 13686)
            (
                "The price held at that level for the rest of the morning.",
                "the morning",
                "1987-04-07TMO",
            ),
            (
                "Sterling traded at the 11-1/4 pct level for most of the morning.",
                "the morning",
                "1987-04-07TMO",
            ),
        ],
    );
    assert_untagged(
        "1987-04-07",
        &[
            "He works during the day.",
            "Its total assistance on the day was 346 mln stg.",
            "It was the best performance of the day.",
        ],
    );
    // "overnight" is the night just gone, or the one before the story's day
    for (text, published, value) in [
        (
            "Clashes erupted again overnight.",
            "2013-03-20",
            "2013-03-19TNI",
        ),
        // (after a verb whose past is its present too)
        ("The storm hit overnight.", "2013-03-20", "2013-03-19TNI"),
        // (before "to" too: was untagged)
        (
            "Rescuers worked overnight to free survivors.",
            "2013-03-20",
            "2013-03-19TNI",
        ),
        // (past an object and its measure: was untagged)
        (
            "The storm dumped up to 10 inches of snow overnight, and more is expected.",
            "2013-03-18",
            "2013-03-17TNI",
        ),
        // (right before the verb, or opening its sentence: were untagged; Reuters 6897)
        (
            "Temperatures overnight dropped to minus 10 Celsius in parts of Scotland.",
            "2013-03-23",
            "2013-03-22TNI",
        ),
        (
            "Taiwan overnight bought 450,000 tonnes of U.S. number two corn.",
            "1987-03-18",
            "1987-03-17TNI",
        ),
        // (and as the text's last word, with no stop after it: a headline's, which
        // panicked reading past the end)
        ("Temperatures fell overnight", "2013-03-22", "2013-03-21TNI"),
        // (and with a day after it, that day's night: was the day alone)
        (
            "The storm hit overnight Tuesday.",
            "2013-03-22",
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
        // (and the coming night after "will" or a forecast in the passive)
        ("Rain is expected overnight.", "2024-10-23", "2024-10-23TNI"),
        (
            "Temperatures will drop overnight into Thursday.",
            "2024-10-23",
            "2024-10-23TNI",
        ),
        // (and after a forecast's participle right before it: was untagged)
        (
            "The Met Office has issued an amber warning for snow, with up to 20cm expected \
                 overnight.",
            "2013-03-22",
            "2013-03-22TNI",
        ),
        // (past a short complement too: was untagged)
        (
            "Temperatures will drop into the 20s overnight, forecasters said.",
            "2013-03-21",
            "2013-03-21TNI",
        ),
    ] {
        assert_eq!(value_of(text, published, "overnight"), value, "{text:?}");
    }
    assert_eq!(
        value_of(
            "Overnight, temperatures dropped to minus 10.",
            "2013-03-23",
            "Overnight"
        ),
        "2013-03-22TNI"
    );
    assert_untagged(
        "1987-04-07",
        &[
            "The deficit cannot be cut overnight.",
            "The Bank of Spain raised overnight call money rates by 1/4 to 14 pct",
            "They reported offshore offers of overnight at 10.",
            "He would consider it if the London and New York exchanges are closed overnight.",
            "Change will not happen overnight.",
            "Prices could double overnight.",
            "He said the market in Tokyo could rise overnight.",
            "He said banks were unable to raise the money overnight.",
            "Most clearing functions will be carried out overnight.",
            "Most clearing functions at the bank will be carried out overnight.",
            "Overnight, rates will rise.",
            "The Fed drained reserves by arranging overnight matched sale-purchase agreements.",
        ],
    );
    // a part of a day before a noun is part of the day named after the noun in the clause
    assert_values_on(
        "2024-12-04",
        &[
            (
                "Yoon declared martial law in a late-night televised address on Tuesday.",
                "late-night",
                "2024-12-03TNI",
            ),
            (
                "Police arrested him in an early-morning raid on Thursday.",
                "early-morning",
                "2024-11-28TMO",
            ),
            (
                "Bids close mid-morning local time on Monday.",
                "mid-morning",
                "2024-12-09TMO",
            ),
            (
                "Lawmakers met in a late-night session.",
                "late-night",
                "2024-12-04TNI",
            ),
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
    // ... and so many years ago this year, that year
    check(
        "The treaty, signed a century ago this year, ended the war.",
        "2019-11-09",
        "1919",
        ("1919-01-01", "1919-12-31"),
    );
    // (a lowercase "may" after "this" is a verb, from Reuters-21578)
    for text in [
        "the demand for OPEC oil has been rising and this may have prompted excesses",
        "It happened ten years ago this may be wrong.",
        "many believe that some of the remaining 26 may opt to bow out",
        "a licensing agreement whereby each may practice the other's technology",
    ] {
        assert_no_tag_holds(text, "1987-02-26", "may");
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
    // (but a year to June is named for the year it ends in: it was the year to June 1987)
    check(
        "Revenue rose 12 pct in fiscal 1986 ending June 30.",
        "1987-03-25",
        "1986",
        ("1985-07-01", "1986-06-30"),
    );
    // ... and the day that closes a period before the story's is over (Reuters-21578: it
    // was the coming June 30)
    assert_values_on(
        "1987-03-25",
        &[
            (
                "Caremark Inc said it is changing its fiscal year-end to a calendar year from \
                 the previous fiscal year ending June 30.",
                "June 30",
                "1986-06-30",
            ),
            (
                "The company expects a profit for the year ending June 30.",
                "June 30",
                "1987-06-30",
            ),
        ],
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
    // ... or with the month alone: the last one begun
    check(
        "Unemployment rose to 4.2% in the quarter to September.",
        "2023-11-17",
        "2023-Q3",
        ("2023-07-01", "2023-09-30"),
    );
    check(
        "In the quarter to March, exports fell.",
        "2023-11-17",
        "2023-Q1",
        ("2023-01-01", "2023-03-31"),
    );
    // ("through" as "to": the American way of writing it)
    check(
        "Sales in the quarter through December rose 4%.",
        "2013-03-20",
        "2012-Q4",
        ("2012-10-01", "2012-12-31"),
    );
    // (the seven days Friday closes, in the calendar's week that holds it)
    check(
        "Jobless claims in the week through Friday rose.",
        "2013-03-20",
        "2013-W11",
        ("2013-03-09", "2013-03-15"),
    );
    // ... and a week by its first day
    assert_values(&[(
        "MCAs for cereals will be unchanged for the week starting March 23, officials said.",
        "1987-03-18",
        "the week",
        "1987-W13",
    )]);
    // (not a fiscal year, which its year names)
    assert_values(&[(
        "Corporate earnings in fiscal 1987 ending March fell short of an expected 20 pct increase",
        "1987-04-07",
        "March",
        "1987-03",
    )]);

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
    // (set off by a comma after a day, it is that day: a fiscal year's first day is no
    // calendar's; it was 2013-01-01)
    assert_eq!(
        value_of(
            "The shutdown began Oct. 1, the first day of the fiscal year.",
            "2013-10-17",
            "the first day of the fiscal year"
        ),
        "2013-10-01"
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
    // (a day still to come, in no sentence that looks ahead, closes the last such quarter
    // gone by, as wsj_0709 marks it: it was 1989-Q2)
    check(
        "the second quarter ended Oct. 31",
        "1989-10-27",
        "1988-Q2",
        ("1988-08-01", "1988-10-31"),
    );
    check(
        "expects a loss for the second quarter ended Oct. 31",
        "1989-10-27",
        "1989-Q2",
        ("1989-08-01", "1989-10-31"),
    );
    // (a fourth quarter that closes in the first week of January is the year's just gone,
    // by a year of 52 or 53 weeks; Reuters 1502)
    check(
        "Earlier, the company reported a loss for the fourth quarter ended January 3.",
        "1987-03-04",
        "1986-Q4",
        ("1986-10-04", "1987-01-03"),
    );
    check(
        "Microsoft reported results for its fiscal third quarter, which ended March 31.",
        "2013-04-24",
        "2013-Q3",
        ("2013-01-01", "2013-03-31"),
    );
    // (and with "that" or "which" and no comma: it was the calendar quarter)
    check(
        "Profit rose in the quarter that ended in February.",
        "2013-03-21",
        "2013-Q1",
        ("2012-12-01", "2013-02-28"),
    );
    // (after a comma too; a month after "ended" closes a fiscal year, which then counts by
    // its name: Japan's fiscal 1986 ran to March 1987, the US fiscal 1987 to February)
    check(
        "Tandy said sales for the third quarter, ended March 31, totaled 776.0 mln dlrs.",
        "1987-04-03",
        "1987-Q3",
        ("1987-01-01", "1987-03-31"),
    );
    check(
        "Refiners suffered shortages in fiscal 1986, ended last March.",
        "1987-06-19",
        "1986",
        ("1986-04-01", "1987-03-31"),
    );
    let text = "Refiners suffered shortages in fiscal 1986, ended last March. Domestic \
                gasoline demand during the year was up 2.5 pct from the previous year.";
    let echlin = "Echlin reported first half fiscal 1987, ended Feb 28, earnings of 23.2 mln \
                  dlrs, up from 16.6 mln in the prior year.";
    assert_values_on(
        "1987-06-19",
        &[
            (text, "the year", "1986"),
            (text, "the previous year", "1985"),
            (echlin, "the prior year", "1986"),
            (
                "Corporate earnings in fiscal 1987 ending March fell short of forecasts.",
                "March",
                "1987-03",
            ),
        ],
    );
    // (its last day read as it is alone: read in February, the March 31 gone by)
    check(
        "Revenue in the first quarter ended March 31 rose 5%.",
        "2024-02-01",
        "2023-Q1",
        ("2023-01-01", "2023-03-31"),
    );
    // "the period" after a quarter named in its sentence is that quarter (Reuters 4098,
    // 11979), numbered as the text numbers it (they were the calendar's numbers, 1986-Q4
    // and 1987-Q1, over the same days)
    let t = tag_spanning(
        "Earlier, the company reported third quarter pre-tax profit for the period ended \
         December 31 of 506 mln stg.",
        "1987-03-12",
        "the period",
    );
    assert_eq!(t.value, "1986-Q3");
    let t = tag_spanning(
        "Linear Films Inc said its fourth quarter earnings for the period ended March 31, \
         will be lower.",
        "1987-04-01",
        "the period",
    );
    let date = t.date.expect("an interval");
    assert_eq!(
        (t.value.as_str(), date.start, date.end),
        ("1987-Q4", d("1987-01-01"), d("1987-03-31"))
    );
    // ... and so is the quarter itself, which the period's day closes (they were the
    // calendar's 1986-Q4 and 1986-Q3, October to December and July to September 1986)
    let t = tag_spanning(
        "Linear Films Inc said its fourth quarter earnings for the period ended March 31, \
         will be lower.",
        "1987-04-01",
        "fourth quarter",
    );
    let date = t.date.expect("an interval");
    assert_eq!(
        (t.value.as_str(), date.start, date.end),
        ("1987-Q4", d("1987-01-01"), d("1987-03-31"))
    );
    let t = tag_spanning(
        "Earlier, the company reported third quarter pre-tax profit for the period ended \
         December 31 of 506 mln stg.",
        "1987-03-12",
        "third quarter",
    );
    let date = t.date.expect("an interval");
    assert_eq!(
        (t.value.as_str(), date.start, date.end),
        ("1986-Q3", d("1986-10-01"), d("1986-12-31"))
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
    // a quarter "ending" a day over for more than a month is still that quarter: the
    // rule that reads "the year ending March 31" ahead is for days after a period noun
    check(
        "It reported a loss for the quarter ending March 31.",
        "1987-05-20",
        "1987-Q1",
        ("1987-01-01", "1987-03-31"),
    );
    // ... and one whose results are still expected, when the day is at most a quarter
    // ago (else the one still to come)
    check(
        "It expects a loss for the quarter ending March 31.",
        "1987-05-20",
        "1987-Q1",
        ("1987-01-01", "1987-03-31"),
    );
    check(
        "It expects a loss for the quarter ending March 31.",
        "1987-10-20",
        "1988-Q1",
        ("1988-01-01", "1988-03-31"),
    );
    // results still to come are of the quarter just over: a fourth quarter read in
    // January (Reuters-21578 1391, 4886); not a quarter that names no results, nor one
    // read later in the year
    for (text, published, phrase, value) in [
        (
            "Zenith Laboratories Inc said the company will report a fourth quarter loss.",
            "1987-03-03",
            "fourth quarter",
            "1986-Q4",
        ),
        (
            "It will release results for the fourth quarter next week.",
            "2013-01-02",
            "the fourth quarter",
            "2012-Q4",
        ),
        (
            "Growth will slow in the fourth quarter.",
            "2013-01-02",
            "the fourth quarter",
            "2013-Q4",
        ),
        (
            "The company will report fourth-quarter results in January.",
            "2013-07-05",
            "fourth-quarter",
            "2013-Q4",
        ),
        // (in a sentence that looks ahead, a quarter neither the publication's nor the one
        // just over is the coming one; not one that "ended" on a day, nor in a sentence
        // that tells what was)
        (
            "Ashland Oil Inc said it expects to report a loss from operations in the \
                 second quarter.",
            "1987-03-16",
            "the second quarter",
            "1987-Q2",
        ),
        (
            "Levy predicts GNP will grow at a scant 1.5 pct rate in the first quarter of \
                 1987, accelerate during the second quarter and show a brisk 4.5 pct rate.",
            "1987-03-24",
            "the second quarter",
            "1987-Q2",
        ),
        // (the modal reaches 40 tokens on, to the third verb it governs)
        (
            "Levy predicts GNP will grow at a scant 1.5 pct rate in the first quarter of \
                 1987, accelerate during the second quarter and show a brisk 4.5 pct annual \
                 rate in the third quarter.",
            "1987-03-24",
            "the third quarter",
            "1987-Q3",
        ),
        (
            "The company said it expects to report a loss for the fourth quarter.",
            "1987-03-16",
            "the fourth quarter",
            "1986-Q4",
        ),
        // (a figure compared with another after the quarter is no subject whose verb is
        // "compared": reuters-11418 and reuters-5126, they were 1986-Q2)
        (
            "Arvin forecast about 85 cts a share net in the second quarter compared with 68 \
                 cts in last year's period.",
            "1987-03-31",
            "the second quarter",
            "1987-Q2",
        ),
        (
            "Micron Technology Inc said it expects to record a net loss of about 11 mln dlrs \
                 in the second quarter compared to a loss of 9.7 mln dlrs in the first quarter.",
            "1987-03-13",
            "the second quarter",
            "1987-Q2",
        ),
        // ("anticipates" as "expects": reuters-10096, it was 1986-Q4; and not the period
        // of results still to come)
        (
            "PDA said it anticipates resuming shipments in the fourth quarter.",
            "1987-03-26",
            "the fourth quarter",
            "1987-Q4",
        ),
        (
            "The company said it anticipates reporting a loss for the fourth quarter.",
            "1987-03-16",
            "the fourth quarter",
            "1986-Q4",
        ),
        // (and "anticipated" in the passive as "expected", near the date or far from it:
        // reuters-18084, it was 1986-Q4)
        (
            "A substantial contribution is anticipated in the fourth quarter.",
            "1987-06-02",
            "the fourth quarter",
            "1987-Q4",
        ),
        (
            "Davis said a substantial contribution is anticipated from the company's \
                 publishing operations in the third and fourth quarter.",
            "1987-06-02",
            "fourth quarter",
            "1987-Q4",
        ),
        (
            "Revco D.S. Inc said it expects a loss of 14 mln dlrs for the fourth quarter \
                 ended May 30.",
            "1987-06-29",
            "the fourth quarter",
            "1987-Q4",
        ),
        (
            "The company said it now expects third quarter sales to approximate the second \
                 quarter's 21.1 mln dlrs.",
            "1987-03-13",
            "the second quarter",
            "1986-Q2",
        ),
        (
            "Net income in the second quarter rose 12 pct.",
            "1987-03-16",
            "the second quarter",
            "1986-Q2",
        ),
    ] {
        assert_eq!(value_of(text, published, phrase), value, "{text}");
    }
}

#[test]
fn a_period_ending_where_the_text_ends_is_read_without_its_date() {
    // "ended" is the last token: nothing follows to read a date from. (Told as over early in
    // a quarter, it is the last one over; "to" tells nothing.)
    for (text, value) in [
        ("Profit for the quarter ended", "1989-Q3"),
        ("Profit for the quarter to", "1989-Q4"),
    ] {
        let tags = tag(text, Some(d("1989-11-01")));
        let values: Vec<&str> = tags.iter().map(|t| t.value.as_str()).collect();
        assert_eq!(values, [value], "{text:?}");
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
        // ... with no comma too, when the subject follows (a month still to come read
        // alone)
        (
            "In May it said it did not have product releases from that customer.",
            "1987-03-23",
            "May",
            "1986-05",
        ),
        (
            "In June the company went public.",
            "2013-03-22",
            "June",
            "2012-06",
        ),
        ("In June he resigned.", "2013-03-22", "June", "2012-06"),
        // ... and when the subject is a plain noun, or the date opens a clause after "but"
        (
            "In the second half sales rose.",
            "2013-05-01",
            "the second half",
            "2012-H2",
        ),
        (
            "In June consumer prices will rise.",
            "2013-03-22",
            "June",
            "2013-06",
        ),
        (
            "Sales were weak, but in the second half they rose.",
            "2013-05-01",
            "the second half",
            "2012-H2",
        ),
        // ... a verb in the past after its subject, a noun after an article, near the date
        (
            "The central bank raised rates in June and again in July.",
            "2013-03-22",
            "June",
            "2012-06",
        ),
        (
            "The company cut prices in May.",
            "2013-03-22",
            "May",
            "2012-05",
        ),
        // ... and not a participle joined to one after "be" (Reuters 19128, 20955)
        (
            "He declined to say if the current ceiling should be maintained or raised to \
                 16.6 mln bpd for the third quarter and 18.3 mln for the fourth.",
            "1987-06-19",
            "the third quarter",
            "1987-Q3",
        ),
        (
            "the draft has to be debated and voted on by deputies in November.",
            "1987-10-19",
            "November",
            "1987-11",
        ),
        // a month a thing runs from, in a sentence with no verb in the past, is to come
        // (Reuters 4470, 4259); not one told in the past, nor a figure's baseline
        (
            "black pod rot, which flourishes if conditions turn cold and humid, and which is \
                 more likely from late July on.",
            "1987-03-12",
            "late July",
            "1987-07",
        ),
        (
            "From October 1, no direct trade would be allowed in either direction.",
            "1987-03-12",
            "October 1",
            "1987-10-01",
        ),
        (
            "Oil prices have come down from the middle of October.",
            "1998-02-23",
            "the middle of October",
            "1997-10",
        ),
        (
            "INSEE, which from January changed its base year to 1980 from 1970, said.",
            "1987-03-23",
            "January",
            "1987-01",
        ),
        // the stops of "U.S." end no sentence before a name it qualifies, so the clause
        // reaches past it (Reuters 3675, 832, 17930)
        (
            "NYNEX will file its comments with the U.S. District Court on Friday, he said.",
            "1987-03-11",
            "Friday",
            "1987-03-13",
        ),
        (
            "General Motors Corp said its February U.S. car production declined to 358,661 \
                 from 398,823 a year ago.",
            "1987-03-02",
            "a year ago",
            "1986-02",
        ),
        (
            "Foreign exchange borrowings by local and foreign banks reached almost 12 billion \
                 U.S. Dlrs by the end of April, according to official statistics.",
            "1987-06-02",
            "the end of April",
            "1987-04",
        ),
        // (but a word that opens sentences after it opens one: "sold to the U.S. The deal")
        (
            "The plant was sold to the U.S. The deal will close on Friday.",
            "1987-03-11",
            "Friday",
            "1987-03-13",
        ),
        // ... and of the clause before a comma, when the date closes the sentence
        (
            "The Fed raised rates twice, in March and in June.",
            "2013-03-22",
            "June",
            "2012-06",
        ),
        (
            "He has been arrested three times, in May, July and October.",
            "2013-03-22",
            "May",
            "2012-05",
        ),
        (
            "He was arrested three times, in May, July and October.",
            "2013-03-22",
            "July",
            "2012-07",
        ),
        // (not a date the clause goes on from: "in May, it will open")
        (
            "The shop was closed, in May it will open again.",
            "2013-03-22",
            "May",
            "2013-05",
        ),
        // (nor a word of the date's own: "effective April 1")
        (
            "Genex Corp said Gary Frashier was elected its president, effective April 1.",
            "1987-03-19",
            "April 1",
            "1987-04-01",
        ),
        (
            "Imark Industries Inc said its directors approved payment of an annual dividend \
                 of 25 cts on May 21, record May seven.",
            "1987-04-21",
            "May 21",
            "1987-05-21",
        ),
        // ... or a quotation
        (
            "\"In June, we opened three stores,\" he said.",
            "2013-03-22",
            "June",
            "2012-06",
        ),
        (
            "\"On Tuesday I shall be going to Washington for meetings,\" Lawson said.",
            "1987-04-02",
            "Tuesday",
            "1987-04-07",
        ),
        // ... and after a phrase that opens the sentence
        (
            "In a speech in July, the governor announced the plan.",
            "2013-03-22",
            "July",
            "2012-07",
        ),
        (
            "At a meeting in June, the board will vote on the plan.",
            "2013-03-22",
            "June",
            "2013-06",
        ),
        (
            "In April the firm will list its shares.",
            "2013-03-22",
            "April",
            "2013-04",
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
        // (fourteen words back, a figure's point and the digits after it none of them, and
        // "to" before a capital a preposition: Reuters 6406, it was the coming June)
        (
            "Government figures show GDP grew at an annual 1.8 pct in the quarter to September \
                 and 3.4 pct in the June quarter.",
            "1987-03-18",
            "the June quarter",
            "1986-Q2",
        ),
        (
            "GDP grew 1.8 pct to September and 3.4 pct in June.",
            "1987-03-18",
            "June",
            "1986-06",
        ),
        // (but not past the participle of the day of forecasting: "forecast in December" is
        // under no forecast before it)
        (
            "It revised its fiscal 1987 real gross domestic product (GDP) forecast to a fall of \
                 0.5 pct against the one pct drop forecast in December.",
            "1987-03-18",
            "December",
            "1986-12",
        ),
        // (and past the points of an initialism in a name: it was the coming September)
        (
            "Murray, who lost last year's final to Roger Federer, won his first grand slam at \
                 the U.S. Open in September.",
            "2013-07-08",
            "September",
            "2012-09",
        ),
        // (and past a count of times: it was the coming May)
        (
            "Carbon dioxide levels passed 400 parts per million for the first time in May.",
            "2013-03-08",
            "May",
            "2012-05",
        ),
        (
            "The index rose for the third straight month in May.",
            "2013-03-08",
            "May",
            "2012-05",
        ),
        // (the noun "plan" after an article or a compound is part of the object)
        (
            "The State Council announced a 10-point plan in June.",
            "2013-03-15",
            "June",
            "2012-06",
        ),
        (
            "The State Council announced the plan in June.",
            "2013-03-15",
            "June",
            "2012-06",
        ),
        // (a compound in -ing is no verb: "bond-buying")
        (
            "The ECB last cut rates in March 2016 and ended its previous bond-buying scheme in December.",
            "2019-09-12",
            "December",
            "2018-12",
        ),
        (
            "Police arrested three men and a woman in connection with the attack in February.",
            "2013-11-08",
            "February",
            "2013-02",
        ),
        // (after an adverb a word in -ed is a verb, not an adjective: "raised rates";
        // and what "had" done is past, unless it was only planned)
        (
            "The central bank last raised rates in September.",
            "2013-06-15",
            "September",
            "2012-09",
        ),
        // (and after "which": it was the coming January)
        (
            "The Bank of Japan, which raised rates in January to their highest in 17 years, \
             next meets on Dec. 18-19.",
            "2025-11-21",
            "January",
            "2025-01",
        ),
        (
            "Police said the suspect had fled the country in September.",
            "2013-06-15",
            "September",
            "2012-09",
        ),
        // (a figure with its thousands comma, or a quantity, is an object too)
        (
            "Last year, Typhoon Bopha killed more than 1,000 people in December.",
            "2013-11-10",
            "December",
            "2012-12",
        ),
        (
            "The typhoon killed many people in the Philippines in December.",
            "2013-11-10",
            "December",
            "2012-12",
        ),
        // (a verb in the past nearer the month governs it, not a forecast word further
        // back; but not a participle, nor what a condition supposes)
        (
            "The gain is slightly higher than the expected gain the company predicted in \
                 February.",
            "1987-03-20",
            "February",
            "1987-02",
        ),
        // (the time around a date reads as the date: "in the run-up to", "in the weeks
        // before", "in the days after")
        (
            "Sales rose in the run-up to Christmas.",
            "2013-11-20",
            "Christmas",
            "2012-12-25",
        ),
        // (but the run-up under way, when the holiday is at most a month ahead: it was
        // 2012-12-25)
        (
            "British retail sales fell in November as shoppers held back in the run-up to \
             Christmas.",
            "2013-12-19",
            "Christmas",
            "2013-12-25",
        ),
        (
            "Sales rose sharply in the days after Thanksgiving.",
            "2013-11-20",
            "Thanksgiving",
            "2012-11-22",
        ),
        // (and a text that opens with the count, with no word before it, is read: it
        // overflowed a subtraction, which stops a debug build)
        (
            "Days before Christmas",
            "2013-03-01",
            "Christmas",
            "2012-12-25",
        ),
        // (a date in the object of a forecast is to come; the day of forecasting is not)
        (
            "The agency forecast growth of 2 percent in the fourth quarter.",
            "2013-06-15",
            "the fourth quarter",
            "2013-Q4",
        ),
        (
            "Analysts predicted a sharp rise in fourth quarter net to around 300 mln dlrs.",
            "1987-03-26",
            "fourth quarter",
            "1987-Q4",
        ),
        // (not the noun before what it is for: it was the coming Tuesday)
        (
            "The IMF cut its global growth forecast for 2013 on Tuesday.",
            "2013-04-17",
            "Tuesday",
            "2013-04-16",
        ),
        (
            "The IMF cut its forecast for 2013 on Tuesday.",
            "2013-04-17",
            "Tuesday",
            "2013-04-16",
        ),
        // (and of a signal, the date nearest the publication either way: the move still to
        // come, or the signal just given)
        (
            "The ECB cut rates in September and signalled another move in December.",
            "2024-10-23",
            "December",
            "2024-12",
        ),
        (
            "The Fed signalled fewer cuts in December.",
            "2025-01-15",
            "December",
            "2024-12",
        ),
        (
            "The Fed had telegraphed a half-point increase in May.",
            "2022-04-20",
            "May",
            "2022-05",
        ),
        (
            "The GDP forecast was cut to a fall of 0.5 pct against the one pct drop \
                 forecast in December.",
            "1987-03-18",
            "December",
            "1986-12",
        ),
        (
            "Market forecasts centre on a 0.4-0.5 pct monthly rise in February.",
            "1987-03-19",
            "February",
            "1987-02",
        ),
        (
            "The company's plans were terminated in January by the federal agency.",
            "1987-04-09",
            "January",
            "1987-01",
        ),
        (
            "The agreement is expected to be formally adopted in April.",
            "1987-03-17",
            "April",
            "1987-04",
        ),
        (
            "If banks were short of liquidity until the bills matured in April, rates could \
                 soar.",
            "1987-05-26",
            "April",
            "1988-04",
        ),
        // (a pronoun is an object, and after a name or a pronoun the word is its subject's
        // verb, not an adjective of the noun after it; short forms in -ed are past too)
        (
            "The SEC charged him in November.",
            "2013-09-19",
            "November",
            "2012-11",
        ),
        (
            "The SEC filed civil charges against the firm in November.",
            "2013-09-19",
            "November",
            "2012-11",
        ),
        (
            "They sued the bank in November.",
            "2013-09-19",
            "November",
            "2012-11",
        ),
        (
            "Shops reduced prices in November.",
            "2013-09-19",
            "November",
            "2012-11",
        ),
        (
            "Reduced prices in November would help sales.",
            "2013-09-19",
            "November",
            "2013-11",
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
        // ... and takes a day after it, which in the current month may be this year's
        (
            "Hungary devalued the forint by a similar amount last September 23.",
            "1987-03-11",
            "last September 23",
            "1986-09-23",
        ),
        (
            "the index reached 68.72 points in the week ended last March 5, down from the \
                 previous week's 69.50.",
            "1987-03-15",
            "last March 5",
            "1987-03-05",
        ),
        // ... and so may one in the month just gone (reuters-18849: the same article says
        // "But on May 1, President Kenneth Kaunda abolished"; it was 1986-05-01)
        (
            "But Zambia's decision to abandon last May 1 a tough International Monetary Fund \
             economic recovery program has introduced uncertainty.",
            "1987-06-18",
            "last May 1",
            "1987-05-01",
        ),
        (
            "Reagan announced last March 27 he would impose the tariffs.",
            "1987-04-17",
            "last March 27",
            "1987-03-27",
        ),
        (
            "set aside only some 200 mln dlrs to service debts in the fiscal year ending next \
                 June 30.",
            "1987-03-18",
            "next June 30",
            "1987-06-30",
        ),
        // ... and "next <month>" for the month to come is a year ahead ("next month" is that)
        (
            "The court set up arguments in the fall and a ruling likely by next June.",
            "2024-05-21",
            "next June",
            "2025-06",
        ),
        (
            "\"Next May is the earliest possible date for opening our membership,\" Takeuchi \
                 said.",
            "1987-04-08",
            "Next May",
            "1988-05",
        ),
        (
            "The league hopes to hold the draft next August.",
            "2024-05-21",
            "next August",
            "2024-08",
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
    // "last" before a month and "week" after "the" is the week's ordinal: the month is
    // this year's March (it was "last March", 1986-03, reuters-12875)
    assert_spans(&[(
        "Net holdings fell to 2.2 billion marks in the last March week from 4.4 billion the week before.",
        "1987-04-03",
        "March",
        "1987-03",
    )]);
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
        // (in a sentence that looks ahead only: told of as over, or heading a table, it is
        // the last one gone by; Reuters-21578 8869, 9562 were 1987-03-31)
        (
            "For the fiscal year ended March 31, Medical reported revenues of 14.8 mln dlrs.",
            "1987-03-24",
            "March 31",
            "1986-03-31",
        ),
        (
            "Nine mths ended Dec 31\n    Shr profit two cts vs loss four cts\n    Year ended \
             March 31\n    Shr loss 28 cts vs profit 19 cts",
            "1987-03-25",
            "March 31",
            "1986-03-31",
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
        // (but a form that is only ever the simple past is the clause's verb, after
        // "since" too: Reuters-21578 3138 was 1987-04-30)
        (
            "Over 240 mln bushels have been allocated in redemptions since the program \
                 began April 30, the agency said.",
            "1987-03-09",
            "April 30",
            "1986-04-30",
        ),
        // (and so is a verb right after the subject of a clause "since" or "until" opens:
        // Reuters-21578 12971, 17248 were 1987-07-01 and 1987-07-07)
        (
            "A total of 2.10 mln tonnes of intervention wheat has been sold for export or to \
             the home market since the season started July 1, leaving an unsold balance.",
            "1987-04-03",
            "July 1",
            "1986-07-01",
        ),
        (
            "The central banks bought 29.9 billion marks after the April 6, 1986 realignment \
             until the selling petered out on July 7.",
            "1987-04-27",
            "July 7",
            "1986-07-07",
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
        (
            "Chrysler Overseas Capital Corp said it authorized redemption on April 17 of its \
                 debentures",
            "1987-03-05",
            "April 17",
            "1987-04-17",
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
        // ... or a week or month back
        (
            "Prices were higher this day last week.",
            "2013-03-21",
            "this day last week",
            "2013-03-14",
        ),
        (
            "This time a month ago, the banks were open.",
            "2013-03-21",
            "This time a month ago",
            "2013-02-21",
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
        // ... with none named, the publication's day a year back, as "this time last year"
        // is (was the year)
        (
            "Chang said reserves totalled about 69 billion U.S. Dlrs, compared with about 42 \
             billion at the same time last year.",
            "1987-10-20",
            "the same time last year",
            "1986-10-20",
        ),
        // (and after a whole year, which holds no time of its own: it was 1986)
        (
            "Reserves are likely to soar to 72 billion dlrs by the year end, officials said. \
             They totalled 69 billion, compared with 42 billion at the same time last year.",
            "1987-10-20",
            "the same time last year",
            "1986-10-20",
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
fn the_months_of_a_futures_spread_are_contracts_the_far_one_after_the_near() {
    // (reuters-14008, reuters-14246, read on 1987-04-07: each month was the nearest such
    // one, "Sep/Nov  2" took its price for Nov's day, and "Mar8" was March 8)
    const SPREADS: &str = "CBT SOYBEAN SPREADS\n MONTHS   LAST          DIFFERENCE\n \
        Jul/May  3-1/4   over 3-1/2   over\n Sep/Nov  2      under  2-1/4  under\n \
        Dec/Mar8 no quote      no quote\n Mar/May8 no quote      no quote\n";
    assert_spans(&[
        (SPREADS, "1987-04-07", "Jul", "1987-07"),
        (SPREADS, "1987-04-07", "May", "1988-05"),
        (SPREADS, "1987-04-07", "Sep", "1987-09"),
        (SPREADS, "1987-04-07", "Nov", "1987-11"),
        (SPREADS, "1987-04-07", "Dec", "1987-12"),
        (SPREADS, "1987-04-07", "Mar8", "1988-03"),
        // (a near month is still traded, never the month just over: reuters-14246's was
        // 1987-03)
        (SPREADS, "1987-04-07", "Mar", "1988-03"),
        // (not a month of five letters and another in a shipment's span: reuters-13179)
        (
            "Jordan will tender Monday for wheats for various April/Nov shipments under the \
             EEP.",
            "1987-04-03",
            "Nov",
            "1987-11",
        ),
    ]);
}

#[test]
fn the_months_of_a_table_of_futures_prices_are_contracts() {
    // (reuters-13553 and reuters-13394, read on 1987-04-07: the months from August on were
    // 1986's, and March was the month just over)
    const PRICES: &str = "Apr    149.00 149.00 149.25 149.50 147.75   987\n \
        Jul    146.50 146.50 146.75 147.00 146.50    64\n \
        Aug       --- 147.00 148.00    ---    ---   ---\n \
        Nov       --- 145.00    ---    ---    ---   ---\n TOTAL SALES   2229\n";
    const SETTLES: &str = " Sep      ---    ---     ---    15985\n \
        Dec      ---    ---     ---    15885\n Mar      ---    ---     ---    15784\n";
    const VOLUMES: &str = "VOL    OPEN   CHANGE\n MAY  2515  15541   off  885\n \
        AUG   213   1421   up   104\n JAN     0    248   unch\n";
    assert_spans(&[
        (PRICES, "1987-04-07", "Apr", "1987-04"),
        (PRICES, "1987-04-07", "Jul", "1987-07"),
        (PRICES, "1987-04-07", "Aug", "1987-08"),
        (PRICES, "1987-04-07", "Nov", "1987-11"),
        (SETTLES, "1987-04-07", "Sep", "1987-09"),
        (SETTLES, "1987-04-07", "Mar", "1988-03"),
        (VOLUMES, "1987-04-07", "AUG", "1987-08"),
        (VOLUMES, "1987-04-07", "JAN", "1988-01"),
        // (not a month alone before a figure in a sentence)
        (
            "Sales in Aug  were 5 pct higher, and in Jan 1,200 units were sold.",
            "1987-04-07",
            "Aug",
            "1986-08",
        ),
    ]);
}

#[test]
fn a_month_quoted_at_a_price_in_a_story_of_futures_is_a_contract() {
    // (reuters-14797, reuters-14813, reuters-12760 and reuters-14454: the Septembers and
    // the August were 1986's, and March the month just over)
    assert_spans(&[
        (
            "June 90 day bank bill futures rose to 85.23 from yesterday's 85.16 close. \
             September rose to 85.32 from 85.25.",
            "1987-04-07",
            "September",
            "1987-09",
        ),
        (
            "Yen bond futures prices hit record highs. It closed at 110.68 yesterday. \
             September was 110.10, below the earlier record of 110.15.",
            "1987-04-07",
            "September",
            "1987-09",
        ),
        (
            "Raw sugar futures had a quiet opening. Aug was trading at 157.60 dlrs from \
             157.40 asked yesterday.",
            "1987-04-03",
            "Aug",
            "1987-08",
        ),
        (
            "Pork belly futures traded on both sides of previous levels. July paced nearbys \
             lower while March led next year contracts higher.",
            "1987-04-07",
            "March",
            "1988-03",
        ),
        // (not a statistic's figure, nor a month in a story that names no futures)
        (
            "Futures trading was thin. February was 6.75 pct above January.",
            "1987-04-07",
            "February",
            "1987-02",
        ),
        (
            "The index rose in March. February was 110.25, up from 109.80.",
            "1987-04-07",
            "February",
            "1987-02",
        ),
        // (a length glued to its number after a month is no day: "June 10" was
        // 1987-06-10 in reuters-14797, "April 15" 1987-04-15 in reuters-13847)
        (
            "June 10-year bond futures, the only month to trade, were higher at 86.92.",
            "1987-04-07",
            "June",
            "1987-06",
        ),
        (
            "June 10-year bond futures, the only month to trade, were higher at 86.92.",
            "1987-04-07",
            "10-year",
            "P10Y",
        ),
        (
            "April 15-day forward Brent crude traded as high as 18.80 dlrs.",
            "1987-04-07",
            "April",
            "1987-04",
        ),
        (
            "The bond matures on June 10.",
            "1987-04-07",
            "June 10",
            "1987-06-10",
        ),
    ]);
}

#[test]
fn what_is_prepared_for_is_still_to_come() {
    // (reuters-5186, read on Sunday 1987-03-15, reuters-9015 and reuters-8173: they were
    // the Monday and Thursday gone and 1986-09)
    assert_values(&[
        (
            "He was cautiously optimistic an accord would be reached, as he prepared for the \
             third week of talks starting Monday.",
            "1987-03-15",
            "Monday",
            "1987-03-16",
        ),
        (
            "Bywater's remarks came as the White House Economic Policy Council prepared for a \
             Thursday meeting to decide what sanctions to impose.",
            "1987-03-24",
            "Thursday",
            "1987-03-26",
        ),
        (
            "Updated forecasts will serve as the basis for the 1988 budget, which the \
             government is now preparing for presentation in September.",
            "1987-03-23",
            "September",
            "1987-09",
        ),
        // (not past a verb in the past that dates what was prepared for)
        (
            "The troops prepared for an attack that came on Thursday.",
            "1987-03-24",
            "Thursday",
            "1987-03-19",
        ),
        (
            "He prepared for the talks, which ended Thursday.",
            "1987-03-24",
            "Thursday",
            "1987-03-19",
        ),
    ]);
}

#[test]
fn the_day_a_change_takes_effect_is_ahead_when_the_change_is_to_come() {
    // (reuters-19937, read on Monday 1987-06-29, and reuters-5445, read on Monday
    // 1987-03-16: they were the Wednesday and the Tuesday gone)
    assert_values(&[
        (
            "The company said it will cut rates for calls within Ontario, Quebec and parts of \
             the Northwest Territories by an average of between two and three pct and by an \
             average eight pct for other parts of Canada, effective Wednesday.",
            "1987-06-29",
            "Wednesday",
            "1987-07-01",
        ),
        (
            "Members of the union voted Sunday to go on strike against Iowa Beef Processors \
             Inc Dakota City, Nebraska, plant, effective Tuesday.",
            "1987-03-16",
            "Tuesday",
            "1987-03-17",
        ),
        // (a change made takes effect on the day gone, and "to" before a number is no
        // infinitive)
        (
            "Hongkong and Shanghai Banking Corp raised its prime rate one-half point to 6.5 \
             pct, effective Tuesday, the Association of Banks said.",
            "1987-04-03",
            "Tuesday",
            "1987-03-31",
        ),
        (
            "Exxon increased the price it charges barge customers to holders of contracts, \
             effective Saturday.",
            "1987-03-09",
            "Saturday",
            "1987-03-07",
        ),
    ]);
}

#[test]
fn a_schedule_far_from_its_day_and_a_count_from_a_weekday_look_ahead() {
    // (sentence, publication date, phrase, value): Reuters-21578 sentences, and news
    // of the kind a fact-checker reads in late November
    let opec_in_december = "OPEC agreed in December to maintain official oil prices at 18 dlrs \
                            a barrel and raise the group's production ceiling to 16.6 mln \
                            barrels per day in the third quarter and to 18.3 mln barrels in \
                            the fourth quarter.";
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
        // (its subject before a relative clause set off by commas)
        (
            "Merkel, who won a third term in September, meets Hollande at the chancellery on \
                 Friday.",
            "2013-02-20",
            "Friday",
            "2013-02-22",
        ),
        (
            "Canada also switches to daylight time on Sunday.",
            "1987-04-03",
            "Sunday",
            "1987-04-05",
        ),
        (
            "Park, who was elected in December, takes office on Monday.",
            "2013-02-20",
            "Monday",
            "2013-02-25",
        ),
        // (or after "and", when the clause before it has a verb of its own: the subject
        // is the same; it was the Sunday before, read on a Friday)
        (
            "The team has won six straight and hosts Dallas this Sunday.",
            "2024-11-29",
            "this Sunday",
            "2024-12-01",
        ),
        (
            "The senator is retiring and heads to Iowa on Monday.",
            "2024-11-29",
            "Monday",
            "2024-12-02",
        ),
        // (an infinitive in a sentence with no verb in the past: a headline's, or a plan's)
        (
            "Trump to meet Xi on Thursday",
            "2024-10-23",
            "Thursday",
            "2024-10-24",
        ),
        // (or after "is due to", whatever verb comes before, reuters-287; a word glued
        // from figures and hyphens counts once, and the comma of a figure breaks no
        // clause)
        (
            "Mazda, owned 24 pct by Ford, is due to begin production of the 2,000-cc-engine \
             cars at the Michigan plant in September at an annual rate of 240,000.",
            "1987-03-02",
            "September",
            "1987-09",
        ),
        (
            "Mazda is to begin production of the 2,000-cc-engine cars at the plant on Monday.",
            "1987-03-04",
            "Monday",
            "1987-03-09",
        ),
        // (and past a relative clause set off by commas in the infinitive's object,
        // reuters-3266: it was 1986-07; not a relative clause that is not closed before the
        // date)
        (
            "The company said it plans to complete the sales, which are subject to various \
             regulatory approvals, by the end of July.",
            "1987-03-09",
            "the end of July",
            "1987-07",
        ),
        (
            "It plans to sell the unit, which it bought in July.",
            "1987-03-09",
            "July",
            "1986-07",
        ),
        (
            "Boeing workers to vote on new offer Monday",
            "2024-10-23",
            "Monday",
            "2024-10-28",
        ),
        (
            "U.S.-Jpanese relations as Japanese Prime Minister Yasuhiro Nakasone prepares to visit Washington at the end of the month for talks with Reagan.",
            "1987-04-13",
            "the end of the month",
            "1987-04",
        ),
        (
            "The Commission is willing to convene another Wage Case in October to establish if another wage increase is warranted.",
            "1987-03-09",
            "October",
            "1987-10",
        ),
        (
            "The new mayor, who took office on Monday, said he would cut taxes.",
            "2013-02-20",
            "Monday",
            "2013-02-18",
        ),
        (
            "Trump flew to Busan to meet Xi on Thursday.",
            "2024-10-23",
            "Thursday",
            "2024-10-17",
        ),
        (
            "King Fahd of Saudi Arabia begins a four-day state visit on Tuesday",
            "1987-03-22",
            "Tuesday",
            "1987-03-24",
        ),
        (
            "EU leaders agreed to give Croatia a warm welcome when it becomes the bloc's \
                 28th member on Monday.",
            "2013-06-28",
            "Monday",
            "2013-07-01",
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
            "The package funds the government through Sept. 30, the end of the fiscal year.",
            "2024-03-22",
            "Sept. 30",
            "2024-09-30",
        ),
        // (the clause a relative pronoun opens: it was 2012-09-30, "approved" read as its
        // verb; and "keeps" carries its object there too)
        (
            "The House approved a stopgap spending bill on Thursday that keeps the government \
                 running through Sept. 30.",
            "2013-03-22",
            "Sept. 30",
            "2013-09-30",
        ),
        (
            "The House approved a bill that funds the government through Sept. 30.",
            "2013-03-22",
            "Sept. 30",
            "2013-09-30",
        ),
        // (and the infinitive of a purpose, whatever the verb before it: both were the
        // last September)
        (
            "The Senate on Thursday passed a bill to keep the government running through the \
                 end of September, averting a shutdown.",
            "2013-03-21",
            "the end of September",
            "2013-09",
        ),
        (
            "The Senate passed a bill to fund the government through Sept. 30.",
            "2013-03-21",
            "Sept. 30",
            "2013-09-30",
        ),
        (
            "Sales rose 5 pct to 10 mln dlrs in the year through March.",
            "2013-04-21",
            "March",
            "2013-03",
        ),
        (
            "Performance followed little change in the fund's sales picture this year through \
                 August.",
            "1989-10-30",
            "August",
            "1989-08",
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
        // (the stops of "p.m." end no clause)
        (
            "A curfew will be in effect from 6 p.m. to 6 a.m. through Saturday.",
            "2017-09-20",
            "Saturday",
            "2017-09-23",
        ),
        // ... but a plan for a weekday told in the past may have come and gone
        // ... unless it was put off to a weekday still to come: then it is the last such
        // weekday before that one (both were the one gone by)
        (
            "Banks, which had been due to reopen Thursday, will stay shut until next Tuesday.",
            "2013-03-20",
            "Thursday",
            "2013-03-21",
        ),
        (
            "The talks, originally set for Thursday, were moved to Friday.",
            "2013-03-20",
            "Thursday",
            "2013-03-21",
        ),
        (
            "The vote, initially scheduled for Monday, was postponed to Thursday.",
            "2013-03-20",
            "Monday",
            "2013-03-18",
        ),
        (
            "Banks had been due to reopen on Tuesday but the date was pushed back.",
            "2013-03-20",
            "Tuesday",
            "2013-03-19",
        ),
        (
            "The talks began on Friday and were scheduled to end on Saturday.",
            "2020-07-21",
            "Saturday",
            "2020-07-18",
        ),
        (
            "It was expected to resume service Saturday but rising waters closed the line.",
            "1987-06-15",
            "Saturday",
            "1987-06-13",
        ),
        (
            "The purchase was expected to be completed by September 30.",
            "1987-03-31",
            "September 30",
            "1987-09-30",
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
        // (not a span named: a noun, or a copula; a fiscal calendar is any year's)
        (
            "The company changed its fiscal year end from Aug 31 to Dec 31.",
            "1987-03-18",
            "Aug 31",
            "XXXX-08-31",
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
        // (and a count of weekdays "ago": "Fridays" was every Friday, a set)
        (
            "The rally was two Fridays ago.",
            "2013-08-14",
            "two Fridays ago",
            "2013-08-02",
        ),
        (
            "He resigned three Mondays ago.",
            "2013-08-14",
            "three Mondays ago",
            "2013-07-29",
        ),
        // ("next" or "this" before the weekday: "two weeks" and "next Tuesday" apart)
        (
            "The vote is two weeks from next Tuesday.",
            "2013-03-22",
            "two weeks from next Tuesday",
            "2013-04-09",
        ),
        (
            "The vote is a week from this Friday.",
            "2013-03-20",
            "a week from this Friday",
            "2013-03-29",
        ),
        // (not a length that starts on the day)
        (
            "Her coffin will lie at rest for 24 hours from Monday afternoon.",
            "2022-09-10",
            "Monday afternoon",
            "2022-09-12TAF",
        ),
        // ... and from today, the day so long ahead (from now, the unit)
        (
            "The results will be announced a week from today.",
            "2013-03-20",
            "a week from today",
            "2013-03-27",
        ),
        (
            "The talks will resume two weeks from tomorrow.",
            "2013-06-18",
            "two weeks from tomorrow",
            "2013-07-03",
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
            "the Monday after next",
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
        // (past an adverb, which names nothing the date could qualify: it was 1987-05; and
        // Reuters-21578 19099 was 1987-01)
        ("Profits in May also fell.", "1987-04-01", "May", "1986-05"),
        (
            "The company said a tendering shareholder may elect to receive payment for his \
                 shares in January rather than immediately for tax purposes.",
            "1987-06-19",
            "January",
            "1988-01",
        ),
        (
            "The June quarterly dividend will be paid.",
            "1987-04-01",
            "June",
            "1987-06",
        ),
        (
            "The Commerce Department on Monday will set final dumping duties on frozen \
                 Atlantic salmon.",
            "1987-03-05",
            "Monday",
            "1987-03-09",
        ),
        // ... a weekday bare after its noun too (reuters-8040), and "is expected to"
        // (reuters-4005's figures, written here with one subject)
        (
            "American Express Co's board of directors Monday will discuss the company's \
                 arrangement to sell 13 pct of Shearson Lehman.",
            "1987-03-20",
            "Monday",
            "1987-03-23",
        ),
        (
            "The producer price index Friday is expected to show an increase of 0.3 pct.",
            "1987-03-11",
            "Friday",
            "1987-03-13",
        ),
        (
            "The jobs report Friday showed an increase.",
            "1987-03-11",
            "Friday",
            "1987-03-06",
        ),
        // ... or a scheduled verb in the present, and past a possessive
        (
            "Voting on Sunday ends at 8 p.m.",
            "2024-10-23",
            "Sunday",
            "2024-10-27",
        ),
        (
            "Lawson's budget speech to Parliament on Tuesday starts at 1530 GMT.",
            "1987-03-13",
            "Tuesday",
            "1987-03-17",
        ),
        (
            "Lawson's budget speech to Parliament on Tuesday starts at 1530 GMT.",
            "1987-03-13",
            "1530 GMT",
            "1987-03-17T15:30",
        ),
        // ... a subject with no article, or one after a clause and a comma, and the
        // other modals (Reuters-21578)
        (
            "If that is the case, GNP in the second quarter could ease back to a one to \
                 two pct growth rate.",
            "1987-03-13",
            "the second quarter",
            "1987-Q2",
        ),
        (
            "Brazil in February stopped interest payments on about 68 billion dlrs.",
            "1987-10-19",
            "February",
            "1987-02",
        ),
        // (and one after a comma and a conjunction: it was the Thursday just gone)
        (
            "Data on Tuesday showed housing starts surged in November, while a separate \
                 report on Thursday is expected to show existing home sales slipped.",
            "2013-12-18",
            "Thursday",
            "2013-12-19",
        ),
        (
            "Prices fell, but the talks on Friday will decide.",
            "2013-12-18",
            "Friday",
            "2013-12-20",
        ),
        (
            "Prices rose, and the meeting in April produced no deal.",
            "2013-12-18",
            "April",
            "2013-04",
        ),
        // (and "for" ties it as "in" does, before a span that begins past "the": they
        // were last year's; not a report's month, which it follows: Reuters 8098)
        (
            "Revenue for the third quarter will rise.",
            "2013-03-21",
            "the third quarter",
            "2013-Q3",
        ),
        (
            "Revenue in the September quarter will rise.",
            "2013-03-21",
            "September quarter",
            "2013-Q3",
        ),
        (
            "Revenue for September will rise.",
            "2013-03-21",
            "September",
            "2013-09",
        ),
        // (and "is likely to", "are forecast to" as "is expected to"; "sees" a coming
        // period as "expects": they were last year's)
        (
            "Growth in the third quarter is likely to slow.",
            "2013-03-21",
            "the third quarter",
            "2013-Q3",
        ),
        (
            "Earnings in the third quarter are forecast to fall.",
            "2013-03-21",
            "the third quarter",
            "2013-Q3",
        ),
        (
            "It sees a loss in the third quarter.",
            "2013-03-21",
            "the third quarter",
            "2013-Q3",
        ),
        (
            "Growth in the fourth quarter is seen to have slowed.",
            "2013-03-21",
            "the fourth quarter",
            "2012-Q4",
        ),
        (
            "Friday's consumer price report for February is expected to show an increase.",
            "1987-03-22",
            "February",
            "1987-02",
        ),
        // (not a month of delivery, whose trading the verb tells, nor "would have"; and
        // "could be" may estimate a period over, see the first week of October below)
        (
            "Coffee for delivery in May ended at 99.28 cents a pound.",
            "1987-04-01",
            "May",
            "1987-05",
        ),
        (
            "Sales in December would have risen without the strike.",
            "1987-03-13",
            "December",
            "1986-12",
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
        // what "would" come after a date gone by named in the sentence is the first such
        // month after it
        (
            "Hollande had said in February that the withdrawal would begin in March.",
            "2013-09-17",
            "March",
            "2013-03",
        ),
        (
            "The company said in January it would close the plant in November.",
            "2013-09-17",
            "November",
            "2013-11",
        ),
        (
            "Hollande said in February. The withdrawal would begin in March.",
            "2013-09-17",
            "March",
            "2014-03",
        ),
        // ... and a quarter or a half the first to end after it (reuters-5643 was 1987-Q4),
        // and what was agreed then, in its infinitive (reuters-19285 was 1986-Q3 and Q4)
        (
            "Last October, Schlumberger announced the sale of the Fairchild stake and said it \
             would take a 200 mln dlrs charge in the fourth quarter from the sale.",
            "1987-03-16",
            "the fourth quarter",
            "1986-Q4",
        ),
        (
            opec_in_december,
            "1987-06-19",
            "the third quarter",
            "1987-Q3",
        ),
        (
            opec_in_december,
            "1987-06-19",
            "the fourth quarter",
            "1987-Q4",
        ),
        (
            "The board voted in November to close the plant in the third quarter.",
            "1987-06-19",
            "the third quarter",
            "1987-Q3",
        ),
        // (not the results reported for a quarter gone, nor what was agreed to the deal)
        (
            "Mellon said on Thursday that it would be posting a first quarter loss.",
            "1987-04-03",
            "first quarter",
            "1987-Q1",
        ),
        (
            "The company agreed in December to the terms of the third quarter accord.",
            "1987-06-19",
            "third quarter",
            "1986-Q3",
        ),
        // ... and a weekday after the day it was said on, gone by (both were the coming
        // one, read from the publication)
        (
            "Officials said Sunday the vote would take place Tuesday.",
            "2013-03-20",
            "Tuesday",
            "2013-03-19",
        ),
        (
            "On Sunday, officials said the vote would be held Monday.",
            "2013-03-20",
            "Monday",
            "2013-03-18",
        ),
        // (a part of it too: was the coming Monday's night)
        (
            "Officials said Sunday the vote would be held Monday night.",
            "2013-03-20",
            "Monday night",
            "2013-03-18TNI",
        ),
        (
            "The ECB said Tuesday it would cut off funding on Monday unless a deal is reached.",
            "2013-03-20",
            "Monday",
            "2013-03-25",
        ),
        // (said in a week gone by, the first such weekday after its Wednesday: it was the
        // coming one, over a week after anything said then)
        (
            "He said last week that he would decide by Tuesday.",
            "2013-03-22",
            "Tuesday",
            "2013-03-19",
        ),
        (
            "Officials said last week the vote would be held Sunday.",
            "2013-03-22",
            "Sunday",
            "2013-03-17",
        ),
        (
            "He said this week that he would decide by Tuesday.",
            "2013-03-22",
            "Tuesday",
            "2013-03-26",
        ),
        // (not after a day that is not the one it was said on, nor with "will")
        (
            "The vote was held on March 1. He said he would resign Friday.",
            "2013-03-20",
            "Friday",
            "2013-03-22",
        ),
        (
            "Officials said Sunday the vote will take place Monday.",
            "2013-03-20",
            "Monday",
            "2013-03-25",
        ),
        // a month in a clause opened by ", when" after a year is in that year
        (
            "It is the first shutdown since 1996, when a 21-day standoff ended in early January.",
            "2013-10-01",
            "early January",
            "1996-01",
        ),
        (
            "Prices peaked in 2008, when oil hit $147 in July. They fell in March.",
            "2013-10-01",
            "March",
            "2013-03",
        ),
        (
            "Prices peaked in 2008, when oil hit $147 in July. They fell in March.",
            "2013-10-01",
            "July",
            "2008-07",
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
        // (a month or a year too: was the year alone and the weekday apart)
        (
            "He was elected a year ago Thursday.",
            "2013-03-22",
            "a year ago Thursday",
            "2012-03-21",
        ),
        // (counted, for a month or a year, from the weekday nearest the publication: the
        // anniversary may be still to come, "Kennedy was assassinated 50 years ago on
        // Friday", read on Wednesday 2013-11-20; it was the Friday before, and "on Friday"
        // was a day apart; "a month ago Sunday", read on a Friday, was 2013-02-17)
        (
            "She died a month ago Sunday.",
            "2013-03-22",
            "a month ago Sunday",
            "2013-02-24",
        ),
        (
            "Kennedy was assassinated 50 years ago on Friday.",
            "2013-11-20",
            "50 years ago on Friday",
            "1963-11-22",
        ),
        (
            "Kennedy was assassinated 50 years ago on Friday.",
            "2013-11-24",
            "50 years ago on Friday",
            "1963-11-22",
        ),
        (
            "He arrived two weeks ago on Sunday.",
            "2013-11-20",
            "two weeks ago on Sunday",
            "2013-11-03",
        ),
    ];
    assert_values(&table);
}

#[test]
fn a_year_starting_on_a_day_is_named_by_it() {
    assert_values(&[
        // the twelve months from the day, named for the year they start in (Reuters-21578
        // 8633, 10080, 9181) ...
        (
            "Profits rose in 1986. Muna said in the fiscal year starting April 1, budgeted \
             government spending will fall in real terms.",
            "1987-03-24",
            "the fiscal year",
            "1987",
        ),
        (
            "The U.K. government said it would dispose of the holding sometime in the year \
             beginning April one.",
            "1987-03-26",
            "the year",
            "1987",
        ),
        // ... or for the year they end in, when that is in its second half: the American
        // federal year, from October (11998, 3551)
        (
            "The Treasury is requesting 7.2 billion dlrs for the fiscal year beginning Oct. 1.",
            "1987-04-01",
            "the fiscal year",
            "1988",
        ),
        (
            "even if they pass President Reagan's budget proposals for the fiscal year \
             starting this October, they would miss the target",
            "1987-03-11",
            "the fiscal year",
            "1988",
        ),
        // (and "a year earlier" after it is the year before, not its first day less a year:
        // 9726)
        (
            "It plans to increase output to 380,000 units in the year starting April 1 from \
             303,000 a year earlier.",
            "1987-03-26",
            "a year earlier",
            "1986",
        ),
    ]);
    // the day it starts on keeps its own year
    assert_values(&[(
        "The Treasury is requesting 7.2 billion dlrs for the fiscal year beginning Oct. 1.",
        "1987-04-01",
        "Oct. 1",
        "1987-10-01",
    )]);
}

#[test]
fn a_year_counted_from_a_split_year_is_the_split_year_moved() {
    // both years of the split, moved, named for the second as a split year's parts are
    // (Reuters-21578 18482, 18425, 246; they were the calendar year before the first)
    assert_periods(&[
        (
            "Corn use in feed output in 1986/87 rose to 11.71 mln tonnes from 11.02 mln a \
             year earlier due to low import prices.",
            "1987-06-18",
            "a year earlier",
            ("1986", "1985-01-01", "1986-12-31"),
        ),
        (
            "Exports in 1987/88 are forecast to jump to 335,000 from 271,000 a year earlier.",
            "1987-03-26",
            "a year earlier",
            ("1987", "1986-01-01", "1987-12-31"),
        ),
        (
            "The forecast compares with a record shortfall of 14.40 billion dlrs in 1985/86, \
             a level nearly double the 7.29 billion deficit recorded only two years earlier \
             in 1983/84.",
            "1987-06-02",
            "two years earlier",
            ("1984", "1983-01-01", "1984-12-31"),
        ),
        (
            "The government did not publish a 1986/87 budget. He said that during that year \
             the government limited spending to one-twelfth of the previous fiscal year's \
             allocations.",
            "1987-03-02",
            "the previous fiscal year",
            ("1986", "1985-01-01", "1986-12-31"),
        ),
    ]);
    // "the same period in 1986/87" is the period the text named before, moved into that
    // split year (Reuters-21578 13380, 2066, 8654; they were the period unmoved)
    assert_periods(&[
        (
            "Japan's beef import quota in 1987/88 was set at 93,000 tonnes against 85,000 for \
             the same period in 1986/87.",
            "1987-04-07",
            "the same period",
            ("1987", "1986-01-01", "1987-12-31"),
        ),
        (
            "The load factor was 66.6 pct in 1986/87 compared with 67.2 pct in the same \
             period in 1985/86.",
            "1987-03-05",
            "the same period",
            ("1986", "1985-01-01", "1986-12-31"),
        ),
        (
            "Incoming orders totalled 2.50 billion marks in February compared with 2.04 \
             billion for the same period in 1985/86.",
            "1987-03-19",
            "the same period",
            ("1986-02", "1986-02-01", "1986-02-28"),
        ),
    ]);
    // (a range of more years is no split year: counted from its first, as it was)
    assert_periods(&[(
        "Output rose in 1974-76 from a year earlier.",
        "1987-06-02",
        "a year earlier",
        ("1973", "1973-01-01", "1973-12-31"),
    )]);
}

#[test]
fn a_part_by_its_number_before_last_year_is_last_years() {
    // "the first quarter last year" is last year's first quarter, "the second fiscal quarter
    // last year" the last fiscal year's (Reuters-21578 10197, 2357; they were this year's)
    const TANDEM: &str = "Tandem expects higher earnings in its second fiscal quarter ending \
                          March 31. In the second fiscal quarter last year, Tandem earned \
                          9,950,000 dlrs. Treybig declined to offer projections for the \
                          quarter.";
    assert_periods(&[
        (
            "Burr-Brown Corp said its first quarter 1987 results will show profits \
             significantly below the 1,058,000 dlrs earned in the first quarter last year.",
            "1987-03-26",
            "the first quarter",
            ("1986-Q1", "1986-01-01", "1986-03-31"),
        ),
        (
            TANDEM,
            "1987-03-05",
            "the second fiscal quarter",
            ("1986-Q2", "1986-01-01", "1986-03-31"),
        ),
        // (and "the quarter" after it is still the story's)
        (
            TANDEM,
            "1987-03-05",
            "the quarter",
            ("1987-Q2", "1987-01-01", "1987-03-31"),
        ),
        // (told first and measured from, what later words lean on is the part a year on;
        // told first as a date of its own, the part itself)
        (
            "Revenue rose 60 pct from the 15 mln reported for the first quarter last year. \
             Growth came across all product lines during the quarter.",
            "1987-04-14",
            "the quarter",
            ("1987-Q1", "1987-01-01", "1987-03-31"),
        ),
        (
            "Swiss industrial output rose nine pct in the fourth quarter last year. Incoming \
             orders gained four pct in the quarter.",
            "1987-03-10",
            "the quarter",
            ("1986-Q4", "1986-10-01", "1986-12-31"),
        ),
    ]);
}

#[test]
fn a_past_sentence_after_an_outlook_counts_from_the_reported_quarter() {
    // a quarter after the story's, told in a sentence that looks ahead, is no reference for
    // a later sentence that does not: "the year-earlier quarter", "a year earlier" and "the
    // quarter" there are the reported quarter's (they were the outlook's)
    let nvidia = "Nvidia reported revenue of $26 billion for the first quarter of fiscal 2025, \
                  which ended April 28. For the second quarter, the company expects revenue \
                  of $28 billion. Data center revenue rose 427% from the year-earlier quarter, \
                  and net income rose in the quarter.";
    let walmart = "Walmart said first-quarter sales rose 6%. It expects second-quarter earnings \
                   of 65 cents a share. Online sales rose 22% from a year earlier.";
    assert_periods(&[
        (
            nvidia,
            "2024-05-23",
            "the year-earlier quarter",
            ("2024-Q1", "2023-01-29", "2023-04-28"),
        ),
        (
            nvidia,
            "2024-05-23",
            "the quarter",
            ("2025-Q1", "2024-01-29", "2024-04-28"),
        ),
        (
            walmart,
            "2024-05-16",
            "a year earlier",
            ("2023-Q1", "2023-01-01", "2023-03-31"),
        ),
    ]);
    // (and when the date before the outlook is the day of the report, the reported quarter:
    // it was 2024-10-22, that day a year back)
    assert_periods(&[(
        "Tesla reported third-quarter revenue of $28.1 billion on Wednesday, up 12% from a \
         year earlier. For the fourth quarter, the company forecast revenue of $26 billion. \
         In the year-ago period, revenue was $25 billion.",
        "2025-10-22",
        "the year-ago period",
        ("2024-Q3", "2024-07-01", "2024-09-30"),
    )]);
    // (but the outlook's own sentence counts from it)
    assert_periods(&[(
        "Walmart said first-quarter sales rose 6%. It expects second-quarter earnings of 65 \
         cents a share, up from 60 cents in the year-ago quarter.",
        "2024-05-16",
        "the year-ago quarter",
        ("2023-Q2", "2023-04-01", "2023-06-30"),
    )]);
}

#[test]
fn a_period_so_far_runs_to_the_publication() {
    assert_periods(&[
        // (TimeBank wsj_0520, Reuters-21578 13616 and 14010: they were the whole period)
        (
            "But the company has had weak results so far this year, with earnings declining.",
            "1989-10-30",
            "this year",
            ("1989", "1989-01-01", "1989-10-30"),
        ),
        (
            "Shares have risen 20% year to date.",
            "2024-05-15",
            "year to date",
            ("2024", "2024-01-01", "2024-05-15"),
        ),
        (
            "YTD returns were 12%.",
            "2024-05-15",
            "YTD",
            ("2024", "2024-01-01", "2024-05-15"),
        ),
        (
            "Sales this year so far rose.",
            "2024-05-15",
            "this year",
            ("2024", "2024-01-01", "2024-05-15"),
        ),
        // ("so far in" a period: Reuters-21578 16079's "so far in 1987")
        (
            "Thailand exported 1.29 mln tonnes of rice so far in 1987.",
            "1987-04-09",
            "1987",
            ("1987", "1987-01-01", "1987-04-09"),
        ),
        (
            "So far in the second quarter, sales rose.",
            "2024-05-15",
            "the second quarter",
            ("2024-Q2", "2024-04-01", "2024-05-15"),
        ),
        (
            "Cool and wet weather has also prevailed in Texas so far this month.",
            "1987-04-07",
            "this month",
            ("1987-04", "1987-04-01", "1987-04-07"),
        ),
        (
            "There were 37,900 head sold for the week to date.",
            "1987-04-07",
            "the week",
            ("1987-W15", "1987-04-06", "1987-04-07"),
        ),
        // the year to the end of the month named before (Reuters-21578 1876)
        (
            "Truck sales in the U.S. totaled 8,558 in February, down from 9,693 a year \
             earlier. Year to date U.S. truck sales totaled 16,917.",
            "1987-03-05",
            "Year to date",
            ("1987", "1987-01-01", "1987-02-28"),
        ),
    ]);
    // (not a period told without "so far")
    assert_periods(&[
        (
            "Sales rose this year.",
            "2024-05-15",
            "this year",
            ("2024", "2024-01-01", "2024-12-31"),
        ),
        (
            "The board will decide on the plan this week.",
            "2024-05-15",
            "this week",
            ("2024-W20", "2024-05-13", "2024-05-19"),
        ),
    ]);
}

#[test]
fn a_fiscal_year_started_on_a_day_is_the_twelve_months_from_it() {
    assert_periods(&[
        // the participle without "which" (Reuters-21578 311, 17075; they were the calendar
        // year)
        (
            "Output is limited to around 31,500 tonnes in the year started March 1.",
            "1987-03-02",
            "the year",
            ("1987", "1987-03-01", "1988-02-29"),
        ),
        (
            "The plan calls for a supplementary budget for the current fiscal year started \
             April 1.",
            "1987-04-24",
            "the current fiscal year",
            ("1987", "1987-04-01", "1988-03-31"),
        ),
        // the next one, from its first day (6869, 8069; they were the calendar year 1988)
        (
            "The government said it would sell off its remaining shareholding during the next \
             financial year which starts on April 1.",
            "1987-03-18",
            "the next financial year",
            ("1987", "1987-04-01", "1988-03-31"),
        ),
        (
            "The deficit is projected to fall to 2.64 billion dlrs in the coming financial \
             year which starts on April 1.",
            "1987-03-21",
            "the coming financial year",
            ("1987", "1987-04-01", "1988-03-31"),
        ),
        // a half of it is that half of the twelve months, named for the year of its last
        // day (13323, 13380; they were the calendar's first half)
        (
            "It also urged the government to concentrate in the first half of the current \
             fiscal year which began on April 1 a record proportion of the year's spending.",
            "1987-04-07",
            "the first half of the current fiscal year",
            ("1987-H1", "1987-04-01", "1987-09-30"),
        ),
        (
            "It will import 7,515 tonnes of beef for the first half of the 1987 fiscal year \
             started on April 1 under the tender system.",
            "1987-04-07",
            "the first half of the 1987 fiscal year",
            ("1987-H1", "1987-04-01", "1987-09-30"),
        ),
        (
            "The company expects a profit in the second half of the fiscal year beginning \
             April 1.",
            "1987-03-18",
            "the second half of the fiscal year",
            ("1988-H2", "1987-10-01", "1988-03-31"),
        ),
        // (read before its first day, the current one is the one the day closes)
        (
            "It will concentrate spending in the first half of the current fiscal year, \
             which began on April 1.",
            "1987-03-18",
            "the first half of the current fiscal year",
            ("1986-H1", "1986-04-01", "1986-09-30"),
        ),
    ]);
    // (a next one closed by a day is left the calendar's: which March 31 closes it is unsure)
    assert_periods(&[(
        "The year started well, and the next financial year ending March 31 will be better.",
        "1987-03-18",
        "the next financial year",
        ("1988", "1988-01-01", "1988-12-31"),
    )]);
}

#[test]
fn the_period_of_a_story_of_a_quarter_is_its_quarter() {
    assert_values(&[
        // looking ahead, after a quarter over when the story's is not (it was the quarter
        // over; Reuters-21578 10826, 3243)
        (
            "Walbro Corp said it expects its first-quarter results to reach all-time highs. \
             The previous high was for the 1986 fourth quarter. Walbro estimated income for \
             the quarter will exceed first-quarter 1986 income.",
            "1987-03-30",
            "the quarter",
            "1987-Q1",
        ),
        // after a day or a month named in an earlier sentence (Reuters-21578 9328, 17331,
        // 18588)
        (
            "Utilicorp said it expects to report 1987 first quarter earnings of about 12 mln \
             dlrs. First quarter 1987 results include one month contribution of West Virginia \
             Power, which became a division on March 1, 1987, Green said. Higher earnings for \
             the period reflected reduced operating costs.",
            "1987-03-25",
            "the period",
            "1987-Q1",
        ),
        (
            "Brunswick Corp said its first-quarter sales and profits hit records. The charge \
             was for two boatmakers acquired in December, a spokesman told Reuters. Earlier it \
             said net profits for the period were 34.7 mln.",
            "1987-04-27",
            "the period",
            "1987-Q1",
        ),
        (
            "First Boston said it will report a loss for the second quarter due to steep \
             losses in the bond market during April. Salomon acknowledged that the quarter \
             was difficult but said the company will report a profit for the period.",
            "1987-06-18",
            "the period",
            "1987-Q2",
        ),
        (
            "Apple reported revenue of $119.6 billion for the December quarter. The company's \
             previous guidance, issued in October, called for flat sales. Services grew 11% \
             in the period.",
            "2024-02-01",
            "the period",
            "2023-Q4",
        ),
        // ... and "the latest period" set off after a date is that date's (Reuters-21578
        // 18616 and five like it), where alone it is the last quarter
        (
            "The number of people receiving benefits totaled 2,359,000 in the week ended May \
             30, the latest period for which that figure was available.",
            "1987-06-18",
            "the latest period",
            "1987-W22",
        ),
        (
            "Earnings for the latest period rose.",
            "1987-06-18",
            "the latest period",
            "1987-Q1",
        ),
        // (and after a quarter the story reports, that quarter: TimeBank's wsj_0189)
        (
            "Ralston Purina reported a 47% decline in fourth-quarter earnings. Sales in the \
             latest period were $1.76 billion.",
            "1989-11-02",
            "the latest period",
            "1989-Q4",
        ),
        // (but a month named in the same sentence is the period)
        (
            "Apple reported revenue for the December quarter. Sales rose in January, and \
             prices fell in the period.",
            "2024-02-01",
            "the period",
            "2024-01",
        ),
    ]);
}

#[test]
fn a_figure_compared_at_a_date_keeps_the_story_s_period() {
    assert_values(&[
        // "from 730,100 at end-March 1986" sets a figure beside the story's month, as "in"
        // does (Reuters-21578 15045, 15103, 880)
        (
            "Dutch unemployment rose in the month to end-March to a total 693,000 from \
             690,600 at end-February, but was well down from 730,100 at end-March 1986. The \
             figure for male jobless rose by 2,000 in the month to 436,500 compared with \
             470,700 a year earlier.",
            "1987-04-08",
            "a year earlier",
            "1986-03",
        ),
        (
            "Reserves for credit losses at the end of March totaled 953 mln dlrs compared \
             with 910 mln at end-1986 and 815 mln a year earlier.",
            "1987-04-08",
            "a year earlier",
            "1986-03",
        ),
        (
            "Deposits rose to 7.205 billion dlrs at end December compared with 4.723 billion \
             at end September and 3.255 billion one year earlier.",
            "1987-03-03",
            "one year earlier",
            "1985-12",
        ),
        // (and a year in a name after capitals is no period of the story)
        (
            "Profits rose to 319.09 billion rupiah in 1986. Profits of BNI 1946, the largest \
             of the seven, rose to 63.28 billion rupiah. Deposits for the year rose.",
            "1987-03-24",
            "the year",
            "1986",
        ),
    ]);
}

#[test]
fn months_are_counted_from_a_day_or_month_not_the_middle_of_a_year() {
    assert_values(&[
        // from the last day named (Reuters-21578 10537)
        (
            "On March 18 of last year, the USDA reported that cotton farmers in 1986 intended \
             to plant 9.71 mln acres. Four months later, the USDA estimated that 9.67 mln \
             acres had been planted.",
            "1987-03-27",
            "Four months later",
            "1986-07",
        ),
        // from the end of a year the text named (12477)
        (
            "included seven billion francs of direct state debt at end 1986, reduced from 15.6 \
             billion three months earlier, the ministry said.",
            "1987-04-02",
            "three months earlier",
            "1986-09",
        ),
        // from the last month named, past a year in the object (18731)
        (
            "In March, the government said 1988 tax cuts would be expanded by 5.2 billion \
             marks. A month later, economics minister Martin Bangemann countered a call.",
            "1987-06-18",
            "A month later",
            "1987-04",
        ),
        (
            "Figures published on Wednesday showed the economy flatlined in the final three \
             months of 2019. A month earlier, the IMF had cut its forecast for the year.",
            "2020-02-20",
            "A month earlier",
            "2020-01",
        ),
        // (and a period that ended is in no period still to begin, as one told in the past)
        (
            "The clocks go forward on the last Sunday in March. The FTSE 100 ended the week \
             2% lower.",
            "2020-02-20",
            "the week",
            "2020-W07",
        ),
    ]);
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
        assert_no_tag_holds(text, "2013-03-14", "week of");
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
    // ... after a coarser date too: the last day named, else the publication's
    // (reuters-15857, reuters-8679)
    for (text, phrase, value) in [
        (
            "Salomon denied first quarter losses. The share price had been off more than one \
             dlr earlier in the day.",
            "earlier in the day",
            "1987-04-09",
        ),
        (
            "Thatcher left Bonn yesterday ahead of her visit to Moscow next week. She had \
             flown from Normandy earlier in the day.",
            "earlier in the day",
            "1987-04-08",
        ),
        // ... but not a day still to come when the day of the story is told in the past
        (
            "The deficit would fall this fiscal year, which ends Sept. 30. Later in the day, \
             the House Budget Committee chairman, Rep. Paul Ryan, spoke to reporters.",
            "Later in the day",
            "1987-04-09",
        ),
        (
            "The summit opens on May 4. Later in the day, leaders dine at the palace.",
            "Later in the day",
            "1987-05-04",
        ),
        // (and "the same day" told in the past, after a day still to come, is the last day
        // named before it: it was the day to come)
        (
            "He delivered his Budget on Wednesday 8 April. Beer duty will be cut from Sunday 12 \
             April, and the rise due in September has been scrapped. Unemployment fell in the \
             three months to January, figures released on the same day showed.",
            "the same day",
            "1987-04-08",
        ),
    ] {
        assert_eq!(
            tag_spanning(text, "1987-04-09", phrase).value,
            value,
            "{text}"
        );
    }
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
        // (the ordinal in figures too: SUTime's "3rd wednesday in november")
        (
            "The vote is on the 3rd Wednesday in November.",
            "2009-08-12",
            "the 3rd Wednesday in November",
            "2009-11-18",
            ("2009-11-18", "2009-11-18"),
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
    // (any ordinal, in words or figures: AP900815-0044's "today is the eighth day of
    // ``Desert Shield''")
    for (text, span) in [
        (
            "In Saudi Arabia, today is the eighth day of ``Desert Shield,'' the operation.",
            "the eighth day",
        ),
        ("It is the 100th day of the strike.", "the 100th day"),
        (
            "It's the twenty-first day of the siege.",
            "the twenty-first day",
        ),
    ] {
        let t = tag_spanning(text, "1990-08-15", span);
        assert_eq!(t.value, "1990-08-15", "{text}");
    }
    assert_untagged(
        "1990-08-15",
        &[
            "He spent the eighth day of his visit in Kyoto.",
            "It is the third week of the strike.",
        ],
    );
    // ... and of every month, once a month
    let text = "The council meets on the first Tuesday of every month.";
    let t = tag_spanning(text, "2013-03-22", "the first Tuesday of every month");
    assert_eq!((t.kind, t.value.as_str()), (TimexKind::Set, "P1M"));
    assert!(t.date.is_none());
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
        // ... "a quarter century" and "a quarter of an hour" too, and a count of quarters
        // keeps its unit, as TimeBank writes "the past two quarters" (P2Q)
        (
            "the first decline in overall income for U.S. banks in a quarter century",
            "a quarter century",
            "P25Y",
        ),
        (
            "The talks lasted a quarter of an hour.",
            "a quarter of an hour",
            "PT15M",
        ),
        // (and three of them: "three quarters of an hour" was an hour)
        (
            "The talks lasted three quarters of an hour.",
            "three quarters of an hour",
            "PT45M",
        ),
        (
            "It was ruled for three-quarters of a century by one party.",
            "three-quarters of a century",
            "P75Y",
        ),
        (
            "He would seek the seat if the company falls six quarters behind in its dividend.",
            "six quarters",
            "P6Q",
        ),
        (
            "A six-quarter dividend delay would open two board seats.",
            "six-quarter",
            "P6Q",
        ),
        (
            "Margins have narrowed over the past two quarters.",
            "the past two quarters",
            "P2Q",
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
        // ... or after "been" before "since", "come" before what it counts from
        ("It has been a year since the attack.", "a year", "P1Y"),
        ("It's been a month since the storm.", "a month", "P1M"),
        (
            "The results come a week after rival AMD cut its forecast.",
            "a week",
            "P1W",
        ),
        ("The move comes a month after the merger.", "a month", "P1M"),
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
        // ("ahead of" as "before": was untagged)
        (
            "Yahoo's board approved the deal on Sunday, a day ahead of a press event in New \
                 York.",
            "a day",
            "P1D",
        ),
        (
            "The vote comes a week ahead of the summit.",
            "a week",
            "P1W",
        ),
        (
            "Ten years on, the city has still not recovered from the flood.",
            "Ten years on",
            "P10Y",
        ),
        // (and with the event after it: were "A year" alone, or untagged)
        (
            "A year on from the disaster, the town is still rebuilding.",
            "A year on",
            "P1Y",
        ),
        (
            "Ten years on from the invasion, Iraq remains divided.",
            "Ten years on",
            "P10Y",
        ),
        (
            "Rolf Selowsky resigned days after the scandal broke in March.",
            "days",
            "PXD",
        ),
        // (past an adverb of how short: Reuters 17256, 19760)
        (
            "Nakasone leaves on his visit on Wednesday, only weeks after President Reagan \
                 imposed punitive tariffs.",
            "weeks",
            "PXW",
        ),
        (
            "It bought 48 pct of the shares in a move made only minutes after it dropped its \
                 tender offer.",
            "minutes",
            "PTXM",
        ),
        (
            "The two sides would meet just days before the April 17 deadline.",
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
        ("It has been a year in which prices fell.", "a year"),
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
        // (nor is a year still to be finished: it was 1986)
        (
            "GNP fell compared with the final three months of 1986. West Germany is likely \
             to finish the year with the lowest growth rate.",
            "1987-06-18",
            "the year",
            "1987",
        ),
        (
            "Sales rose 5 pct in 1986. The dollar is expected to end the year at 1.80 marks.",
            "1987-06-18",
            "the year",
            "1987",
        ),
        // (nor is a share of a year that lasts ahead: Reuters-21578 16201, it was 1986)
        (
            "Growth was 2.4 pct in 1986. He said, \"The braking effects produced by external \
                 factors will remain considerable for most of the year.\"",
            "1987-04-13",
            "the year",
            "1987",
        ),
        (
            "Sales rose 5 pct in 1986. The company expects to report a loss for the year.",
            "1987-02-18",
            "the year",
            "1986",
        ),
        // (nor, still to come, in a year to come named in an earlier sentence; in its
        // own, "sees 1988 earnings of 3.35 dlrs, up from three dlrs for the year", it is)
        (
            "The plea is expected to be approved by a judge early next year. The firm has \
             said it will stop managing outside money by the end of the year.",
            "2013-12-17",
            "the end of the year",
            "2013",
        ),
        (
            "He sees improved demand in 1988 and 1989. Palermo says all of this will push \
             the bullion price to 475 dlrs an ounce by the end of the year.",
            "1987-04-07",
            "the end of the year",
            "1987",
        ),
        (
            "Analyst David Sutliff sees 1988 earnings of 3.35 dlrs a share, up from an \
             earlier forecast of three dlrs for the year.",
            "1987-03-16",
            "the year",
            "1988",
        ),
        // a year back from the story's quarter, not from a season still to come
        (
            "Amazon posted a profit for the third quarter. It plans to expand its grocery \
             delivery service to more cities next spring. AWS grew sales by 60 percent over \
             the prior-year period.",
            "2013-10-24",
            "the prior-year period",
            "2012-Q3",
        ),
        // a period set beside a date between commas is that date, either way round
        // (reuters-6657: was 1986, the latest year over; reuters-4091's "January, the
        // latest month for which data were available" was 1987-02)
        (
            "In 1985, the latest year for which full figures are available, Central and \
             South American nations produced 28 mln tonnes.",
            "1987-03-18",
            "the latest year",
            "1985",
        ),
        (
            "He made the appointments the same day, Jan. 4, 2012, after the Senate left.",
            "2013-06-24",
            "the same day",
            "2012-01-04",
        ),
        // a year that names an event is what "that year", "that summer" point back to,
        // though "the year" after it is the story's
        (
            "He won his first grand slam at the 2012 U.S. Open and took Olympic gold in \
             London that summer.",
            "2013-09-23",
            "that summer",
            "2012-SU",
        ),
        (
            "He won the 2012 U.S. Open. He took gold that year.",
            "2013-09-23",
            "that year",
            "2012",
        ),
        (
            "Beijing was preparing for the 2008 Olympics. Sales in the first two months of \
             the year doubled.",
            "2013-03-22",
            "the year",
            "2013",
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
        (
            "The Iranian push, reported in the American press this weekend, was not a major \
                 offensive, Redman said.",
            "1987-03-16",
            "this weekend",
            "1987-W11-WE",
        ),
        // "this week" still to come, in a Sunday paper, is the week that starts tomorrow
        // (Reuters 13270: the G-7 met in Washington on April 8, 1987)
        (
            "reafffirm the currency pact they struck in Paris when they meet this week in \
                 Washington, political sources said.",
            "1987-04-05",
            "this week",
            "1987-W15",
        ),
        (
            "Reagan, who will hold talks with Japanese Prime Minister Yasuhiro Nakasone here \
                 this week, said",
            "1987-04-26",
            "this week",
            "1987-W18",
        ),
        // (and told in no tense, with no verb in the past in its sentence: Reuters-21578
        // 8098, 13261, they were the week the Sunday closes)
        (
            "This week's economic calendar begins on Tuesday with February durable goods \
                 orders.",
            "1987-03-22",
            "This week",
            "1987-W13",
        ),
        (
            "This week's U.S. economic data are expected to have little impact.",
            "1987-04-05",
            "This week",
            "1987-W15",
        ),
        // (and "later in the week" still to come, with no date named: it was the Sunday
        // alone, the end of the week it closes)
        (
            "Results may not be final until later in the week, officials warned.",
            "2025-11-02",
            "later in the week",
            "2025-W45",
        ),
        (
            "Earlier in the week, the index fell.",
            "2025-11-02",
            "Earlier in the week",
            "2025-W44",
        ),
        // (told in the past, the week the Sunday closes; read on a Saturday, its own week)
        (
            "The Senate voted this week.",
            "2013-03-24",
            "this week",
            "2013-W12",
        ),
        (
            "The price of quicksilver hovered around 200 dlrs this week.",
            "1987-04-05",
            "this week",
            "1987-W14",
        ),
        (
            "Prices rose earlier this week.",
            "1987-04-05",
            "earlier this week",
            "1987-W14",
        ),
        (
            "The Senate will vote this week.",
            "2013-03-23",
            "this week",
            "2013-W12",
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
        // and what is told in the past is in no period still to begin
        (
            "The festival returns for its 50th year in 2014. Growth in the first two months \
                 of the year was weak.",
            "2013-03-25",
            "the year",
            "2013",
        ),
        (
            "OPEC meets on March 20. Oil rose during the week on reports that OPEC nations \
                 were maintaining production quotas.",
            "1987-03-06",
            "the week",
            "1987-W10",
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
        // ... and "the quarter" told in the past, with no date named before it, before a
        // quarter's last month: results come out after a quarter closes (reuters-16619: it
        // was 1987-Q2, the one just begun); in its last month, or ahead, the one under way
        (
            "Net investment gains for the qtr were 2.2 mln dlrs.",
            "1987-04-13",
            "the qtr",
            "1987-Q1",
        ),
        // (and before its last month: results come out up to two months after a quarter
        // closes; it was 1987-Q2, not over)
        (
            "Net investment gains for the qtr were 2.2 mln dlrs.",
            "1987-05-27",
            "the qtr",
            "1987-Q1",
        ),
        (
            "Sales in the quarter rose 5 pct.",
            "2025-11-20",
            "the quarter",
            "2025-Q3",
        ),
        (
            "Net investment gains for the qtr were 2.2 mln dlrs.",
            "1987-06-10",
            "the qtr",
            "1987-Q2",
        ),
        (
            "Sales for the quarter will rise.",
            "1987-04-13",
            "the quarter",
            "1987-Q2",
        ),
        // (and, so told, is the quarter the story reports, which later words count from: it
        // was 2024, a year before the publication)
        (
            "The bank earned $4.6 billion in the quarter, up from $4.1 billion a year earlier.",
            "2025-04-15",
            "a year earlier",
            "2024-Q1",
        ),
        (
            "The bank earned $4.6 billion in the quarter. Revenue in the year-ago quarter was \
             lower.",
            "2025-04-15",
            "the year-ago quarter",
            "2024-Q1",
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
        // "that decade" is the one of the date named, whatever the tense (was untagged)
        (
            "The war began in 2003. By the end of that decade, troops had left.",
            "2013-03-21",
            "the end of that decade",
            "200",
        ),
        (
            "He was born in 1925. That decade saw great change.",
            "2013-03-21",
            "That decade",
            "192",
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
        // ... and so is a deadline named by its weekday, "a Monday deadline", set in the
        // past or not (not one missed or passed)
        (
            "Cyprus faces a Monday deadline to raise the money.",
            "2013-03-20",
            "Monday",
            "2013-03-25",
        ),
        (
            "The ECB set a Monday deadline for the deal.",
            "2013-03-20",
            "Monday",
            "2013-03-25",
        ),
        (
            "Talks missed a Friday deadline.",
            "2013-03-20",
            "Friday",
            "2013-03-15",
        ),
        (
            "The EU had imposed a Monday deadline, which passed without a deal.",
            "2013-03-20",
            "Monday",
            "2013-03-18",
        ),
        // ... and any day named as a deadline or a target (Reuters-21578 14713, 4259, 718:
        // they were last October's)
        (
            "There's a lot of work to be done in the next six months, but we have set \
                 October 1 as a target date for an agreement to be reached.",
            "1987-04-07",
            "October 1",
            "1987-10-01",
        ),
        (
            "Sweden gave firms an October deadline to cut trading links.",
            "1987-03-12",
            "October",
            "1987-10",
        ),
        (
            "The trade talks, with a deadline of October for an agreement, are the biggest issue.",
            "1987-03-02",
            "October",
            "1987-10",
        ),
        (
            "Talks missed the October 1 deadline.",
            "1987-04-07",
            "October 1",
            "1986-10-01",
        ),
        // (and one that draws near, whatever was told before it: Reuters-21578 15369, it
        // was 1986-09)
        (
            "The government has completed its reform, yet its popularity has risen as the \
                 September deadline for the election draws closer, a recent poll shows.",
            "1987-04-08",
            "September",
            "1987-09",
        ),
        // (and the date of an event named by its month: it was the November gone)
        (
            "A federal judge on Wednesday set a November trial date for the bombing suspect.",
            "2014-02-12",
            "November",
            "2014-11",
        ),
        // (and the day an event was set for: Reuters-21578 7263, it was 1986-07-28; not one
        // set before and given up)
        (
            "The commission has set a hearing on the rate issue for July 28.",
            "1987-03-19",
            "July 28",
            "1987-07-28",
        ),
        (
            "The judge set a trial date of Jan. 9.",
            "2013-03-27",
            "Jan. 9",
            "2014-01-09",
        ),
        (
            "The court scheduled a hearing on the motion for July 28.",
            "1987-03-19",
            "July 28",
            "1987-07-28",
        ),
        (
            "Instinet said it had previously scheduled the meeting for February 21.",
            "1987-03-27",
            "February 21",
            "1987-02-21",
        ),
        // a day that names an event no one schedules, an attack or a quake, names one that
        // happened (it was the coming April 15, read with the present perfect)
        (
            "Tsarnaev has pleaded not guilty to 30 federal charges in the April 15 attack.",
            "2014-02-12",
            "April 15",
            "2013-04-15",
        ),
        (
            "The city will mark the anniversary of the April 15 attack.",
            "2014-02-12",
            "April 15",
            "2013-04-15",
        ),
        // (and so does a month or day that names an accord, past its names: it was
        // 1988-02, reuters-20868)
        (
            "Baker, Stoltenberg and Poehl agreed to pursue the policies accepted under the \
                 February Louvre accord, a finance ministry spokesman in Bonn said.",
            "1987-10-19",
            "February",
            "1987-02",
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
        // (past a word that qualifies the event's noun: they were the last Sunday and
        // Thursday)
        (
            "Voters go to the polls in Sunday's presidential election.",
            "2013-03-01",
            "Sunday",
            "2013-03-03",
        ),
        (
            "The bank is expected to hold rates at Thursday's policy meeting.",
            "2013-03-01",
            "Thursday",
            "2013-03-07",
        ),
        (
            "Results of Sunday's presidential election were announced.",
            "2013-03-01",
            "Sunday",
            "2013-02-24",
        ),
        // (past up to three such words; not the result of the event, which is in:
        // reuters-16168 stays the Sunday gone)
        (
            "Analysts expect a rate cut at Thursday's monetary policy meeting.",
            "2013-03-20",
            "Thursday",
            "2013-03-21",
        ),
        (
            "The ruling Liberal Democratic Party's (LDP) setback in Sunday's nationwide local \
             elections may force the government to water down its controversial plan.",
            "1987-04-13",
            "Sunday",
            "1987-04-12",
        ),
        // (and an accord past the words that name it: reuters-13419 was 1988-02-22)
        (
            "Finance ministers will meet tomorrow to review their February 22 Paris currency \
             stabilisation pact.",
            "1987-04-07",
            "February 22",
            "1987-02-22",
        ),
        (
            "The plan was discussed at Monday's meeting.",
            "2013-11-13",
            "Monday",
            "2013-11-11",
        ),
        (
            "Baker will urge Tokyo and Bonn to meet commitments to speed economic growth at \
                 Wednesday's meetings of leading industrial nations.",
            "1987-04-06",
            "Wednesday",
            "1987-04-08",
        ),
        (
            "Banks are expected to bid heavily at Thursday's auction of three-month bills.",
            "1987-04-06",
            "Thursday",
            "1987-04-09",
        ),
        (
            "Dealers bought heavily at Thursday's auction of three-month bills.",
            "1987-04-06",
            "Thursday",
            "1987-04-02",
        ),
        // (and a day named between "the" and the event)
        (
            "Trump faces three other criminal cases, but none is likely to go to trial \
                 before the Nov. 5 election.",
            "2024-05-31",
            "Nov. 5",
            "2024-11-05",
        ),
        // (or between a possessive and the event; "unexpected" is no verb in the past)
        (
            "The trade believes the ICO is unlikely to tackle the re-introduction of quotas \
                 before its September meeting and until then the market will not see any \
                 unexpected sharp moves.",
            "1987-04-02",
            "September",
            "1987-09",
        ),
        // (and the first of a series a change starts with, in a sentence with no verb in
        // the past; Reuters 17113)
        (
            "The company said it plans to increase the quarterly cash dividend on the \
                 post-split shares by seven pct to 30 cts beginning with the October one \
                 payment.",
            "1987-04-24",
            "October one",
            "1987-10-01",
        ),
        (
            "The company raised the dividend beginning with the October payment.",
            "1987-04-24",
            "October",
            "1986-10",
        ),
        (
            "The ICO is likely to tackle quotas at its September meeting.",
            "1987-04-02",
            "September",
            "1987-09",
        ),
        (
            "The Fed raised rates at its September meeting.",
            "1987-04-02",
            "September",
            "1986-09",
        ),
        // ... a recess too
        (
            "The bill must pass before the July 4 recess.",
            "2013-10-22",
            "July 4",
            "2014-07-04",
        ),
        (
            "The measure must pass before the August recess.",
            "2013-10-22",
            "August",
            "2014-08",
        ),
        (
            "Lawmakers left for the August recess.",
            "2013-10-22",
            "August",
            "2013-08",
        ),
        (
            "The companies must raise 1,005.2 billion won by the December deadline, the \
                 officials said.",
            "1987-06-02",
            "December",
            "1987-12",
        ),
        (
            "Sony Corp. completed its tender offer for Columbia Pictures Entertainment Inc., \
                 with shareholders tendering 99.3% of all shares by the Tuesday deadline.",
            "1989-11-02",
            "Tuesday",
            "1989-10-31",
        ),
        // (and one that opens the sentence, its verb looking ahead)
        (
            "Friday's talks are expected to focus on trade.",
            "2013-06-18",
            "Friday",
            "2013-06-21",
        ),
        // (and a guess at what is still to be counted: reuters-19145, read on a Friday,
        // was the Saturday gone)
        (
            "Chicago Mercantile Exchange floor traders are guesstimating today's hog \
             slaughter at about 265,000 to 270,000 head. Saturday's hog slaughter is \
             guesstimated at about 30,000 to 45,000 head.",
            "1987-06-19",
            "Saturday",
            "1987-06-20",
        ),
        (
            "\"Friday's talks will focus on trade,\" he said.",
            "2013-06-18",
            "Friday",
            "2013-06-21",
        ),
        (
            "Friday's employment statistics in particular will be closely watched.",
            "1987-03-31",
            "Friday",
            "1987-04-03",
        ),
        (
            "Monday's raids killed 12 people.",
            "2013-06-18",
            "Monday",
            "2013-06-17",
        ),
        // (and a month that names the event of the sentence it heads, its verb in the past:
        // they were 2025-11 and 2025-12, the nearest; not one still looked to, nor what is
        // traded, reuters-200)
        (
            "The November election was won by the opposition.",
            "2025-09-10",
            "November",
            "2024-11",
        ),
        (
            "The December rate cut surprised no one.",
            "2025-09-10",
            "December",
            "2024-12",
        ),
        (
            "The September meeting was expected to be brief.",
            "2025-09-10",
            "September",
            "2025-09",
        ),
        // (a subject past a preposition, or after a report)
        (
            "Turnout in the November election was low.",
            "2025-09-10",
            "November",
            "2024-11",
        ),
        (
            "He said the November election was rigged.",
            "2025-09-10",
            "November",
            "2024-11",
        ),
        (
            "Officials said the December meeting would be brief.",
            "2025-09-10",
            "December",
            "2025-12",
        ),
        // (and one a verb in the past comes after, or won, lost or attended: they were 2025's;
        // not one hoped for or put off)
        (
            "Markets rallied after the December rate cut.",
            "2025-09-10",
            "December",
            "2024-12",
        ),
        (
            "The party won the November election.",
            "2025-09-10",
            "November",
            "2024-11",
        ),
        (
            "The party hopes to win the November election.",
            "2025-09-10",
            "November",
            "2025-11",
        ),
        (
            "The party postponed the November election.",
            "2025-09-10",
            "November",
            "2025-11",
        ),
        // (a season too, with any noun: it was 2025-SU; but not past a comma, reuters-10668)
        (
            "The summer heat wave killed hundreds.",
            "2025-03-10",
            "summer",
            "2024-SU",
        ),
        (
            "The airline will add two aircraft to its fleet in June and lease two jets by the \
             beginning of the summer tourist season, it said.",
            "1987-03-29",
            "summer",
            "1987-SU",
        ),
        (
            "The May crush ended today just over 17 cents.",
            "1987-02-26",
            "May",
            "1987-05",
        ),
        // (a contest or a rite, in a sentence that looks ahead)
        (
            "Nadal will face Djokovic in Sunday's final.",
            "2013-11-20",
            "Sunday",
            "2013-11-24",
        ),
        (
            "Federer faces Nadal in Sunday's final.",
            "2013-05-14",
            "Sunday",
            "2013-05-19",
        ),
        // (a deadline with no preposition too, in a sentence with no verb in the past)
        (
            "Cyprus faces Monday's deadline to raise 5.8 billion euros.",
            "2013-03-22",
            "Monday",
            "2013-03-25",
        ),
        (
            "Investors are watching Sunday's deadline closely.",
            "2013-03-22",
            "Sunday",
            "2013-03-24",
        ),
        (
            "Lawmakers missed Tuesday's deadline.",
            "2013-03-22",
            "Tuesday",
            "2013-03-19",
        ),
        // (a deadline the clause says is on the day, past the words between: it was last
        // Friday)
        (
            "The deadline for bids is the close of business on Friday.",
            "2013-03-21",
            "Friday",
            "2013-03-22",
        ),
        (
            "The deadline was the close of business on Friday.",
            "2013-03-21",
            "Friday",
            "2013-03-15",
        ),
        (
            "The deadline is past, officials said Friday.",
            "2013-03-21",
            "Friday",
            "2013-03-15",
        ),
        // (past a relative clause set off by commas)
        (
            "Federer, who won the title in 2003, faces Nadal in Sunday's final.",
            "2013-06-18",
            "Sunday",
            "2013-06-23",
        ),
        (
            "Federer, who won the title in 2003, beat Nadal in Sunday's final.",
            "2013-06-18",
            "Sunday",
            "2013-06-16",
        ),
        // (and an event a verb right after "will" takes as its object)
        (
            "Investors will be watching Wednesday's Fed statement closely.",
            "2013-10-14",
            "Wednesday",
            "2013-10-16",
        ),
        (
            "Investors will be watching Friday's jobs report.",
            "2013-04-17",
            "Friday",
            "2013-04-19",
        ),
        (
            "The company will restate Monday's figures.",
            "2013-10-15",
            "Monday",
            "2013-10-14",
        ),
        // (and one that is awaited, not one waited for in the past)
        (
            "Investors are waiting for Friday's jobs report.",
            "2013-03-20",
            "Friday",
            "2013-03-22",
        ),
        (
            "Markets await Thursday's decision.",
            "2013-03-20",
            "Thursday",
            "2013-03-21",
        ),
        // (or expected, or prepared for: reuters-19483 was the Tuesday gone)
        (
            "The median trade expectations for Tuesday's U.S. Consumer Price Index and \
                 Durable Goods reports are up 0.4 pct and down 1.0 pct.",
            "1987-06-19",
            "Tuesday",
            "1987-06-23",
        ),
        (
            "Economists expect Friday's report to show 180,000 jobs were added.",
            "2013-11-13",
            "Friday",
            "2013-11-15",
        ),
        (
            "Investors are positioning for Tuesday's Fed announcement.",
            "2013-11-13",
            "Tuesday",
            "2013-11-19",
        ),
        (
            "Economists had expected Friday's report to show a gain.",
            "2013-11-13",
            "Friday",
            "2013-11-08",
        ),
        // (and a deadline in a condition told in the present: reuters-17771 and
        // reuters-21004 were the days gone; in the past only under a "would" of what is
        // still to be done, reuters-5125 and reuters-5123, which were the Monday gone too)
        (
            "Texaco sources said that if the pipeline service is restored by Friday there \
                 would be little problem in restoring oil.",
            "1987-06-01",
            "Friday",
            "1987-06-05",
        ),
        (
            "However, \"if we don't have local agreements settled by Thursday, there will \
                 be a strike,\" he said.",
            "1987-10-19",
            "Thursday",
            "1987-10-22",
        ),
        (
            "It advised the Saudis the company would negotiate elsewhere unless they changed \
                 their mind by Monday.",
            "1987-03-13",
            "Monday",
            "1987-03-16",
        ),
        (
            "Petrobras said the Saudis had been advised that if they did not change their \
                 mind by Monday, Petrobras would negotiate the purchase of oil with other \
                 producers.",
            "1987-03-13",
            "Monday",
            "1987-03-16",
        ),
        (
            "Metzenbaum said that if the data was not sent by Monday he would sue.",
            "1987-03-11",
            "Monday",
            "1987-03-16",
        ),
        // (not "would have", nor the past perfect, nor a condition with no "would")
        (
            "He said he would have resigned if the dispute was not settled by Monday.",
            "1987-03-11",
            "Monday",
            "1987-03-09",
        ),
        (
            "He said he would sue if the data had not been sent by Monday.",
            "1987-03-11",
            "Monday",
            "1987-03-09",
        ),
        (
            "Metzenbaum said that if the data was not sent by Monday, he sued.",
            "1987-03-11",
            "Monday",
            "1987-03-09",
        ),
        // (and a weekday right before "will", whatever verb comes before: reuters-12871,
        // reuters-9674 and reuters-2390 were the days gone; not after a verb in the past
        // or its participle, nor "since")
        (
            "Nynex Corp said its Nynex Business Centers on Monday will start marketing \
                 International Business Machine Corp's new line of personal computers.",
            "1987-04-03",
            "Monday",
            "1987-04-06",
        ),
        (
            "The minister said the conference has no set agenda but one entire session \
                 Friday will be devoted to proposals for a tax on imported oil.",
            "1987-03-25",
            "Friday",
            "1987-03-27",
        ),
        (
            "Dealers said figures released on Monday will show a rise.",
            "1987-04-03",
            "Monday",
            "1987-03-30",
        ),
        (
            "A working group which has been meeting since Monday will tackle the buffer \
                 stock rules.",
            "1987-03-19",
            "Monday",
            "1987-03-16",
        ),
        // (and of a report or figures in a clause under "will", "may" or "might":
        // reuters-15454 and reuters-10537 were the Tuesdays gone; not "may have", nor
        // past a verb in the past)
        (
            "The sources said the market may also be wary of selling dollars for yen \
                 before Tuesday's February U.S. Trade data.",
            "1987-04-09",
            "Tuesday",
            "1987-04-14",
        ),
        (
            "Some cotton specialists said their expectations for increased acreage might \
                 not be verified in Tuesday's planting intentions report.",
            "1987-03-27",
            "Tuesday",
            "1987-03-31",
        ),
        (
            "Dealers said the market may have been wary before Tuesday's trade data.",
            "1987-04-09",
            "Tuesday",
            "1987-04-07",
        ),
        (
            "The spokesman could give no reason for Thursday's float figures.",
            "1987-02-27",
            "Thursday",
            "1987-02-26",
        ),
        // (and the day of figures forecast to show something: reuters-4005 and
        // reuters-3762 were the days gone)
        (
            "Industrial production and the producer price index Friday both are expected \
             to show increases of about 0.5 pct, she added.",
            "1987-03-11",
            "Friday",
            "1987-03-13",
        ),
        (
            "Although market expectations are for February U.S. retail sales Thursday and \
             industrial production Friday to show healthy gains, figures within \
             expectations would be positive for the market.",
            "1987-03-11",
            "Thursday",
            "1987-03-12",
        ),
        (
            "Figures for February, out on Monday, are expected to show a further increase.",
            "1987-03-11",
            "Monday",
            "1987-03-16",
        ),
        (
            "Friday's consumer price report for February is expected to show an increase of \
             about 0.4 pct.",
            "1987-03-22",
            "Friday",
            "1987-03-27",
        ),
        (
            "Friday's consumer price report for February showed an increase of about 0.4 pct.",
            "1987-03-22",
            "Friday",
            "1987-03-20",
        ),
        (
            "Figures for February, out on Monday, were expected to show a further increase.",
            "1987-03-11",
            "Monday",
            "1987-03-09",
        ),
        (
            "Figures released on Monday showed that exports rose, and are likely to show a \
             further gain in March.",
            "1987-03-11",
            "Monday",
            "1987-03-09",
        ),
        // (and an event named by its month or day, past the names before it: it was the
        // last September, reuters-11866)
        (
            "Most countries are now prepared to wait for the ICO's annual September council \
                 session to restart negotiations.",
            "1987-04-01",
            "September",
            "1987-09",
        ),
        (
            "Investors waited for Friday's jobs report.",
            "2013-03-20",
            "Friday",
            "2013-03-15",
        ),
        (
            "Investors had to wait for Friday's jobs report.",
            "2013-03-20",
            "Friday",
            "2013-03-15",
        ),
        (
            "Investors were awaiting Thursday's decision.",
            "2013-03-20",
            "Thursday",
            "2013-03-14",
        ),
        // (a verb in the past elsewhere in the sentence does not count)
        (
            "After stocks fell, investors wait for Thursday's decision.",
            "2013-03-20",
            "Thursday",
            "2013-03-21",
        ),
        // a condition told in the present looks ahead to a weekday
        (
            "If the vote fails Thursday, the government could fall.",
            "2013-03-20",
            "Thursday",
            "2013-03-21",
        ),
        (
            "The union will strike on Friday unless talks resume on Monday.",
            "2013-03-20",
            "Monday",
            "2013-03-25",
        ),
        (
            "If the vote failed Thursday, nobody said so.",
            "2013-03-20",
            "Thursday",
            "2013-03-14",
        ),
        // ... and so does a time told in the present, after "when" (Reuters-21578 18087,
        // 18415), but not one told in the past
        (
            "Museveni is likely to have a meeting with Moi when he pays a two-day visit to \
             Nairobi to attend U.N ceremonies on Friday and Saturday, they added.",
            "1987-06-02",
            "Saturday",
            "1987-06-06",
        ),
        (
            "When the Chicago Mercantile Exchange re-introduces gold futures trading here \
             Tuesday, it will go toe-to-toe with New York.",
            "1987-06-15",
            "Tuesday",
            "1987-06-16",
        ),
        (
            "He was asleep when the phone rang on Sunday.",
            "1987-06-02",
            "Sunday",
            "1987-05-31",
        ),
        // (and a verb whose past is its bare form, after "it" and before its object, a
        // name too: it was the coming Friday)
        (
            "The storm, which packed winds of 235 km per hour when it hit Samar island early \
             on Friday, weakened overnight.",
            "2013-11-09",
            "early on Friday",
            "2013-11-08",
        ),
        (
            "The storm packed winds when it hit the island on Friday.",
            "2013-11-09",
            "Friday",
            "2013-11-08",
        ),
        // (what a report says is under way from a weekday is its plan: Reuters-21578 5999)
        (
            "Spain's citrus management committee said it was suspending lemon exports from \
             Thursday in view of the likelihood of new restrictions.",
            "1987-03-17",
            "Thursday",
            "1987-03-19",
        ),
        (
            "Police said he was driving home from Saturday's game.",
            "1987-03-17",
            "Saturday",
            "1987-03-14",
        ),
        (
            "Even if you look at January and February together, this is still a strong gain.",
            "1987-03-06",
            "January",
            "1987-01",
        ),
        (
            "Nadal beat Djokovic in Sunday's final.",
            "2013-11-20",
            "Sunday",
            "2013-11-17",
        ),
        // a forecast in the passive, of the present, is of what is to come
        (
            "Snow is forecast overnight into Thursday morning.",
            "2024-10-23",
            "Thursday morning",
            "2024-10-24TMO",
        ),
        (
            "Storms are forecast Sunday.",
            "2024-10-23",
            "Sunday",
            "2024-10-27",
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
        // ... and a pledge, a promise or a vow, past a verb in the past (reuters-402,
        // -232; were the last September)
        (
            "The group examined a proposal to resume quotas April 1, with a pledge to meet \
             again in September to discuss how quotas are shared.",
            "1987-03-02",
            "September",
            "1987-09",
        ),
        (
            "They agreed on shares, with a promise to try to negotiate basic quotas before \
             September 30, delegates said.",
            "1987-03-01",
            "September 30",
            "1987-09-30",
        ),
        // (an undertaking or a commitment too, past one adjective; and the object the verb
        // puts after the date is no noun the date names: reuters-42's was 1986-09-30)
        (
            "Producing countries will present a proposal for reintroducing export quotas for \
             12 months from April 1 with a firm undertaking to try to negotiate up to \
             September 30 any future quota distribution on a new basis, ICO delegates said.",
            "1987-02-26",
            "September 30",
            "1987-09-30",
        ),
        (
            "They agreed to negotiate up to September 30 a new basis.",
            "1987-02-26",
            "September 30",
            "1987-09-30",
        ),
        // (not a promise made to someone: "a promise to the nation")
        (
            "He made a promise to the nation in May.",
            "2013-03-21",
            "May",
            "2012-05",
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
        // (and "in" a month, a name in the event too: reuters-14029 and reuters-19559 were
        // the year before)
        (
            "The State Department does not forsee a meeting with Brazil prior to the next \
             International Coffee Organization session in September.",
            "1987-04-07",
            "September",
            "1987-09",
        ),
        (
            "Asked if the issue of differentials would be raised at the next OPEC meeting to \
             be held in Vienna on December 9, Ali said he would raise it.",
            "1987-06-29",
            "December 9",
            "1987-12-09",
        ),
        // what is hoped for or aimed at is still to come, whatever the verb: reuters-12011
        // and reuters-9450 were the year, and the week, before
        (
            "The delegate said prospects for a quota accord in October also looked bleak.",
            "1987-04-01",
            "October",
            "1987-10",
        ),
        (
            "Brazil's refusal effectively torpedoed talks here last month aimed at restoring \
             quotas before October, the delegates noted.",
            "1987-04-01",
            "October",
            "1987-10",
        ),
        (
            "Many producers are more interested in working towards reimposing quotas from \
             October 1, based on a new system.",
            "1987-04-01",
            "October 1",
            "1987-10-01",
        ),
        (
            "Delegates remained confident about prospects for reaching agreement by Friday.",
            "1987-03-25",
            "Friday",
            "1987-03-27",
        ),
        // (not past a verb in the past between)
        (
            "Prospects for the accord that was signed in October looked bleak.",
            "1987-04-01",
            "October",
            "1986-10",
        ),
        // (the subject too, told in the present, past a possessive; not told in the past)
        (
            "England's next match is against Greece at Wembley on Thursday.",
            "2024-10-23",
            "Thursday",
            "2024-10-24",
        ),
        (
            "Their next game is at home on Saturday.",
            "2024-10-23",
            "Saturday",
            "2024-10-26",
        ),
        (
            "The next round of talks takes place in Geneva on Monday.",
            "2024-10-23",
            "Monday",
            "2024-10-28",
        ),
        (
            "The next match was played on Thursday.",
            "2024-10-23",
            "Thursday",
            "2024-10-17",
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
        // ... and so is what is payable (reuters-9371, 15413: they were 1986's)
        (
            "Both are payable July 27 to holders of record July One.",
            "1987-03-25",
            "July 27",
            "1987-07-27",
        ),
        (
            "Lazo said the 20 pct stock dividend, payable on October 15, would also apply to \
             stockholders on record as of September 15.",
            "1987-04-09",
            "October 15",
            "1987-10-15",
        ),
        (
            "The dividend was payable in October.",
            "1987-04-09",
            "October",
            "1986-10",
        ),
        // (but what was called off or put off was still ahead: it was the September
        // before)
        (
            "The fuel duty rise due in September was scrapped.",
            "2013-03-21",
            "September",
            "2013-09",
        ),
        (
            "The planned fuel duty rise due in September has been scrapped.",
            "2013-03-21",
            "September",
            "2013-09",
        ),
        // (nor one in a clause of its own after ", with", and a month listed after it takes
        // the same tense)
        (
            "The program was agreed, with payments due in January and April.",
            "2013-10-15",
            "January",
            "2014-01",
        ),
        (
            "The program was agreed, with payments due in January and April.",
            "2013-10-15",
            "April",
            "2014-04",
        ),
        // (a clock after "due at" too: it was the last Wednesday)
        (
            "The Federal Reserve's two-day meeting begins Tuesday, with a policy statement \
                 due at 2 p.m. Eastern time Wednesday.",
            "2013-03-18",
            "2 p.m. Eastern time Wednesday",
            "2013-03-20T14:00",
        ),
        (
            "The statement was due at 2 p.m. Wednesday but came late.",
            "2013-03-18",
            "2 p.m. Wednesday",
            "2013-03-13T14:00",
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
        // a period that is ending closes on the next such day, unless the last one is at
        // most a quarter ago, "last" names it, or "a" makes it a kind of year
        (
            "The company now expects an operating profit of 80 billion yen for the year \
                 ending March 31, down from 170 billion yen.",
            "2013-10-31",
            "March 31",
            "2014-03-31",
        ),
        (
            "Schutz said domestic sales were expected to fall to 9,000 in the year ending \
                 July 31 from 11,340 in 1985/86.",
            "1987-03-27",
            "July 31",
            "1987-07-31",
        ),
        (
            "Union reported shareholders equity of nearly 190 mln dlrs for the period ending \
                 March 31.",
            "1987-06-18",
            "March 31",
            "1987-03-31",
        ),
        (
            "In its last fiscal year ending October 31, the company earned 228.7 mln dlrs.",
            "1987-06-02",
            "October 31",
            "1986-10-31",
        ),
        // (a kind of year, "from a year ending July 31", is not the one still ending, with
        // or without a comma)
        (
            "It is changing its fiscal year to a calendar year from a year ending July 31.",
            "1987-03-18",
            "July 31",
            "1986-07-31",
        ),
        (
            "It is changing its fiscal year to a calendar year from a year, ending July 31.",
            "1987-03-18",
            "July 31",
            "1986-07-31",
        ),
        // (with a comma before "ending", reuters-6089)
        (
            "he said \"We expect to regain our earnings momentum in the second half of the \
                 current fiscal year, ending October 31.\"",
            "1987-03-17",
            "October 31",
            "1987-10-31",
        ),
        (
            "Net for its last fiscal year, ending October 31, was 228.7 mln dlrs.",
            "1987-06-02",
            "October 31",
            "1986-10-31",
        ),
        // (and a month "in" which the period ends, when the sentence looks ahead or the
        // period is the current one: they were last January and October; not a
        // statistic's month, Reuters-21578 2994)
        (
            "Wal-Mart now expects earnings of $5.10 to $5.20 per share for the fiscal year \
                 ending in January.",
            "2013-08-15",
            "January",
            "2014-01",
        ),
        (
            "He raised his earnings estimates to 80 cts a share for the current fiscal year \
                 ending in October.",
            "1987-03-20",
            "October",
            "1987-10",
        ),
        (
            "The December increase brought year-on-year growth to 10.0 pct for the year \
                 ending in December.",
            "1987-03-09",
            "December",
            "1986-12",
        ),
        // (and so does one after "ended" when what the period closes is still to be told)
        (
            "Revenues for the year ended August 31 will be about 1.2 billion dlrs, including \
                 GSX Corp.",
            "1987-03-18",
            "August 31",
            "1987-08-31",
        ),
        (
            "Profit for the year ended August 31 is expected to be about 20 mln dlrs.",
            "1987-03-18",
            "August 31",
            "1987-08-31",
        ),
        (
            "Nimocks estimates earnings for the second quarter ended February 28 could be 35 \
                 cts.",
            "1987-03-18",
            "February 28",
            "1987-02-28",
        ),
        (
            "Revenues for the year ended August 31 were 1.2 billion dlrs.",
            "1987-03-18",
            "August 31",
            "1986-08-31",
        ),
        (
            "Tofutti said it is changing its fiscal year to a calendar year from a year ending \
                 July 31.",
            "1987-03-16",
            "July 31",
            "1986-07-31",
        ),
        // ... and one of a split year in the year it runs to
        (
            "Philippine sugar production in the 1987/88 crop year ending August has been set \
                 at 1.6 mln tonnes.",
            "1987-03-27",
            "August",
            "1988-08",
        ),
        (
            "The 2012-13 season ends in May.",
            "2012-09-20",
            "May",
            "2013-05",
        ),
        // (one it starts in, in the year it runs from)
        (
            "The 2024/25 season starts in August.",
            "2024-10-23",
            "August",
            "2024-08",
        ),
        (
            "Sugar exports in the 1986/87 season, which began in October, fell sharply.",
            "1987-06-15",
            "October",
            "1986-10",
        ),
        (
            "Industrial cover is confidential but official figures show that in fiscal 1985/86 \
                 ended March 31, Japan did about half a billion dlrs of business.",
            "1987-03-26",
            "March 31",
            "1986-03-31",
        ),
        (
            "Exports in coffee year 1986/87, ending September, are forecast to total about \
                 8,000 tonnes.",
            "1987-04-05",
            "September",
            "1987-09",
        ),
        (
            "Bond Media's net profit is forecast at 41 mln dlrs in 1987/88 ending June 30.",
            "1987-04-13",
            "June 30",
            "1988-06-30",
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
        // ... written as one word too
        (
            "General Electric Co reported a bigger-than-expected fourth-quarter profit on Wednesday.",
            "2020-01-29",
            "fourth-quarter",
            "2019-Q4",
        ),
        // "the weekend" is the coming one when the nearest verb before it is a modal or a
        // forecast, not when a verb in the past stands nearer
        (
            "Weather forecasts say winds may ease during the weekend.",
            "1987-03-20",
            "the weekend",
            "1987-W12-WE",
        ),
        // (or a verb of intent before "to", past the participle of "to have" and its
        // object: it was the last weekend)
        (
            "Mayor Glenn Lewis said the city would begin removing debris next week and hoped \
                 to have power restored by the weekend.",
            "2013-05-22",
            "the weekend",
            "2013-W21-WE",
        ),
        (
            "The city hopes to have power restored by the weekend.",
            "2013-05-22",
            "the weekend",
            "2013-W21-WE",
        ),
        // ... and so is "the long weekend", "the holiday weekend" (they were untagged)
        (
            "Traffic will be heavy over the holiday weekend.",
            "2024-03-14",
            "the holiday weekend",
            "2024-W11-WE",
        ),
        (
            "Shoppers flocked to stores over the long weekend.",
            "2024-03-14",
            "the long weekend",
            "2024-W10-WE",
        ),
        (
            "The House is expected to vote on the measure as early as Thursday, with the \
             Senate following over the weekend.",
            "2023-11-09",
            "the weekend",
            "2023-W45-WE",
        ),
        (
            "Disaster could strike when the snow starts to melt, a scientist was quoted as \
             saying at the weekend.",
            "1987-03-16",
            "the weekend",
            "1987-W11-WE",
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
        // (and so is a call on someone to act: it was the coming April)
        (
            "The Justice Department had asked the court to hear the case in April.",
            "2013-06-24",
            "April",
            "2013-04",
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
        // (and the passive under "would", past the phrases after its participle:
        // reuters-566 and reuters-9559 were the days gone)
        (
            "A Benetton spokeswoman said details of the accord would be outlined at a news \
             conference on Thursday in Milan.",
            "1987-03-02",
            "Thursday",
            "1987-03-05",
        ),
        (
            "Delegates remained confident a buffer stock accord would be agreed to by Friday \
             when the council session ends.",
            "1987-03-25",
            "Friday",
            "1987-03-27",
        ),
        // (and a weekday in the object of "expects", past the six words read for the day:
        // reuters-2777 and reuters-969 were the days gone)
        (
            "Pat Henderson, spokesperson for the MGE, said the exchange expects contract \
             approval at CFTC's Tuesday meeting.",
            "1987-03-06",
            "Tuesday",
            "1987-03-10",
        ),
        (
            "Schoufour said he did not expect to hear from him before Wednesday at the \
             earliest.",
            "1987-03-03",
            "Wednesday",
            "1987-03-04",
        ),
        (
            "The exchange expects the contract that was approved on Tuesday to trade soon.",
            "1987-03-06",
            "Tuesday",
            "1987-03-03",
        ),
        (
            "GenCorp has said a statement would be made on or before the company's annual \
             meeting on Tuesday.",
            "1987-03-30",
            "Tuesday",
            "1987-03-31",
        ),
        // (and what is set out for an event on a weekday, in a sentence with no verb in
        // the past: reuters-8098 was the week gone)
        (
            "The \"mini-refunding,\" which will raise 9.27 billion dlrs in new cash, \
             comprises 10 billion dlrs of two-year notes for auction on Tuesday, 7.75 \
             billion dlrs of four-year notes on Wednesday.",
            "1987-03-22",
            "Tuesday",
            "1987-03-24",
        ),
        (
            "Lawmakers gather for a hearing on Tuesday.",
            "1987-03-22",
            "Tuesday",
            "1987-03-24",
        ),
        (
            "The bill came up for a vote on Tuesday.",
            "1987-03-22",
            "Tuesday",
            "1987-03-17",
        ),
        // (and "is expected to" before a weekday past a long complement: reuters-8077 and
        // reuters-9013 were the days gone; not a month a statistic is for)
        (
            "The U.S. Strategy for dealing with the debt crisis is expected to be repeated by \
             Treasury Secretary James Baker in a speech to the bank's annual meeting on \
             Monday.",
            "1987-03-22",
            "Monday",
            "1987-03-23",
        ),
        (
            "The farm credit system is expected to present its own proposals for government \
             aid to a Senate Agriculture subcommittee hearing on Thursday.",
            "1987-03-24",
            "Thursday",
            "1987-03-26",
        ),
        (
            "Vehicle exports are expected to show a seven pct year-on-year drop in February \
             when figures are announced on March 27.",
            "1987-03-23",
            "February",
            "1987-02",
        ),
        // (and "will" past a long complement with a figure's comma in it, or "would" past
        // the words read for the day on the day of a scheduled event: reuters-6249,
        // reuters-11234 and reuters-14184 were the days gone; not into a relative clause
        // told in the past)
        (
            "The NYSE in cooperation with the Securities and Exchange commission will \
             publicize imbalances of 10,000 or more shares in the 50 stocks beginning at \
             1530 EST Friday.",
            "1987-03-17",
            "1530 EST Friday",
            "1987-03-20T15:30",
        ),
        // (and past the commas that set off a noun phrase with no verb: reuters-5607 was
        // the Tuesday gone; not past ", the company said")
        (
            "Hilton Hotels chairman and president Barron Hilton will introduce the hotel \
             chain's newest product, the Hilton Suites, at a press conference Tuesday at the \
             Waldorf Astoria, the company said.",
            "1987-03-16",
            "Tuesday",
            "1987-03-17",
        ),
        (
            "The president will meet Helmut Kohl, the West German chancellor, at the White \
             House on Thursday.",
            "1987-03-16",
            "Thursday",
            "1987-03-19",
        ),
        (
            "He will close the plant, the company said on Friday.",
            "1987-03-16",
            "Friday",
            "1987-03-13",
        ),
        (
            "Dealers said the Bundesbank would be very unlikely to make any changes to \
             monetary policy at its council meeting on Thursday.",
            "1987-03-31",
            "Thursday",
            "1987-04-02",
        ),
        (
            "Monday, Ford closed 2-5/8 points higher as rumors circulated that the company \
             would announce a higher dividend and a three-for-two stock split at its \
             Thursday board meeting.",
            "1987-04-07",
            "Thursday",
            "1987-04-09",
        ),
        // (and past a participle set off by commas, right before the day's place:
        // reuters-5168 was the Monday gone)
        (
            "The official told Reuters that Ivorian Agriculture Minister Denis Bra Kanon \
                 would attend the opening of the talks, convened by the International Cocoa \
                 Organization (ICCO), in London on Monday.",
            "1987-03-15",
            "Monday",
            "1987-03-16",
        ),
        // (and after its possessive, past "after" that governs the day: reuters-17618 was
        // the Thursday gone; not "would have")
        (
            "It was unlikely the government would announce its decision on Heidrun \
                 operatorship until after Thursday's cabinet meeting.",
            "1987-06-01",
            "Thursday",
            "1987-06-04",
        ),
        (
            "Prices would have risen after Thursday's meeting.",
            "1987-06-01",
            "Thursday",
            "1987-05-28",
        ),
        (
            "Sun Co announced that it would make a 50 cts a barrel increase late Friday \
             bringing WTI to 19.00 dlrs a barrel.",
            "1987-10-19",
            "late Friday",
            "1987-10-16",
        ),
        (
            "The company will replace the directors who resigned in protest on Friday.",
            "1987-03-17",
            "Friday",
            "1987-03-13",
        ),
        // (nor past the participle of a noun right before "in" or "on" and the date, which
        // dates the noun: reuters-4326 was next year's January; not "after")
        (
            "The Finance Ministry said it will allow companies to claim exemption from a wage \
             freeze imposed in January because of exchange rate fluctuations.",
            "1987-03-12",
            "January",
            "1987-01",
        ),
        // (past the "to" the participle strands: reuters-19285 was next December)
        (
            "\"OPEC will probably not do anything it hasn't already agreed to in December \
             because oil prices are firm,\" said John Hill.",
            "1987-06-19",
            "December",
            "1986-12",
        ),
        (
            "The new shares will rank for dividends declared after October 31.",
            "1987-04-08",
            "October 31",
            "1987-10-31",
        ),
        (
            "The company will be sold in January.",
            "1987-03-12",
            "January",
            "1988-01",
        ),
        // (and "to have" as a verb, not the perfect)
        (
            "The report is expected to have little effect on futures at the exchange Monday.",
            "1987-03-20",
            "Monday",
            "1987-03-23",
        ),
        (
            "The report is expected to have shown little effect on futures at the exchange \
             Monday.",
            "1987-03-20",
            "Monday",
            "1987-03-16",
        ),
        // (not what it is for, which may be over)
        (
            "There was some concern that stock index futures would be blamed for the stock \
             market's nosedive on Monday.",
            "1987-10-20",
            "Monday",
            "1987-10-19",
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
        // (past a report set off by commas after a deadline: reuters-8569's was 1986, the
        // year named before)
        (
            "The company lost 500 mln dlrs last year. By the end of the year, he said, 90 pct \
             of the company's subscribers will be carried on its lines.",
            "1987-03-23",
            "the end of the year",
            "1987",
        ),
        (
            "On Friday, he heads to Jordan, and then on Saturday he returns home.",
            "2013-03-20",
            "Saturday",
            "2013-03-23",
        ),
        // (a verb in the plural after a subject in the plural too, past a participle in
        // the past after it: it was the Tuesday just gone)
        (
            "On Tuesday, the justices take up California's Proposition 8, passed by voters in \
             November 2008.",
            "2013-03-25",
            "Tuesday",
            "2013-03-26",
        ),
        (
            "On Monday, they meet in Brussels.",
            "2013-03-20",
            "Monday",
            "2013-03-25",
        ),
        (
            "The Supreme Court hears arguments on Tuesday.",
            "2013-03-25",
            "Tuesday",
            "2013-03-26",
        ),
        // (and so does a clock with its day: it was last year's)
        (
            "At 11:59 p.m. on Dec. 31, the law lapses unless Congress acts.",
            "2013-03-20",
            "11:59 p.m. on Dec. 31",
            "2013-12-31T23:59",
        ),
        (
            "\"We are free to do it, so maybe on Monday we will issue the first, just to see how the market reacts.\"",
            "1987-03-20",
            "Monday",
            "1987-03-23",
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
        // ... "comes out", and the passive of the present before a day
        (
            "The unemployment report for December comes out Friday.",
            "2013-01-02",
            "Friday",
            "2013-01-04",
        ),
        (
            "The figures are released Friday and are expected to show a rise.",
            "2013-01-02",
            "Friday",
            "2013-01-04",
        ),
        (
            "The report is published on Monday.",
            "2013-01-02",
            "Monday",
            "2013-01-07",
        ),
        // (and at a clock on the day: it was last Thursday)
        (
            "The data is released at 8:30 a.m. on Thursday.",
            "2025-10-15",
            "8:30 a.m. on Thursday",
            "2025-10-16T08:30",
        ),
        (
            "The data was released at 8:30 a.m. on Thursday.",
            "2025-10-15",
            "8:30 a.m. on Thursday",
            "2025-10-09T08:30",
        ),
        (
            "The figures were released Friday.",
            "2013-01-02",
            "Friday",
            "2012-12-28",
        ),
        (
            "Schlang said the company's profits are concentrated in the fourth quarter.",
            "1987-02-26",
            "the fourth quarter",
            "1986-Q4",
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
        // ... but a participle that tells of a noun after a preposition is no verb of the
        // clause under a modal (Reuters-21578 18531: it was 1986-11-30)
        (
            "an additional sum would be paid on December 15, on all cane harvested by November 30, he said.",
            "1987-06-18",
            "November 30",
            "1987-11-30",
        ),
        (
            "Farmers were paid for all cane harvested by November 30.",
            "1987-06-18",
            "November 30",
            "1986-11-30",
        ),
        // "is expected to", "are due to" reach the whole clause, but not a relative
        // clause in it nor a month that names something
        (
            "The storm is expected to arrive late Sunday and last into Monday.",
            "2013-03-20",
            "Monday",
            "2013-03-25",
        ),
        // (so do "is forecast to", "is slated to", "is projected to", "is predicted to")
        (
            "Temperatures are forecast to reach 45 degrees Celsius (113 Fahrenheit) on Saturday.",
            "2019-11-13",
            "Saturday",
            "2019-11-16",
        ),
        // (past an adverb of degree too: reuters-19497's was 1986-Q4)
        (
            "Prices are most likely to rise in the fourth quarter on European and U.S. \
             Stockbuilding for winter, they added.",
            "1987-06-29",
            "the fourth quarter",
            "1987-Q4",
        ),
        (
            "the Chicago Board of Trade is slated to hold a press briefing on Tuesday in New York",
            "1987-10-19",
            "Tuesday",
            "1987-10-20",
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
        // ... and so does one told after it in the sentence, joined by "and"
        (
            "Markets will be closed on Thursday for Thanksgiving and close early on Friday.",
            "2013-11-22",
            "Friday",
            "2013-11-29",
        ),
        (
            "The company will report results on Thursday and hold a call on Friday.",
            "2013-11-20",
            "Friday",
            "2013-11-22",
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
        // (what must come before one is ahead of it: was the May gone by)
        (
            "The European Parliament wants a deal before elections in May.",
            "2013-12-19",
            "May",
            "2014-05",
        ),
        // (past the participle of what is wished done)
        (
            "The European Parliament wants it approved before elections in May.",
            "2013-12-19",
            "May",
            "2014-05",
        ),
        (
            "The party wanted the law passed before elections in May.",
            "2013-12-19",
            "May",
            "2013-05",
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
            "The tour kicks off in Dublin on Feb. 3 and ends in London six weeks later.",
            "2023-04-17",
            "Feb. 3",
            "2024-02-03",
        ),
        (
            "The summit wraps up in Paris on Friday.",
            "2023-04-17",
            "Friday",
            "2023-04-21",
        ),
        (
            "The anniversary falls on Saturday, exactly 75 years after the landings.",
            "2019-06-13",
            "Saturday",
            "2019-06-15",
        ),
        // ("reopens", "visits", "holds" are scheduled too, but not as nouns after an
        // article or a possessive)
        (
            "The museum, which reopens on Saturday, was damaged in a fire.",
            "2023-11-15",
            "Saturday",
            "2023-11-18",
        ),
        (
            "the full committee which holds its first drafting meeting Thursday.",
            "1987-03-13",
            "Thursday",
            "1987-03-19",
        ),
        (
            "The former mayor appears in court on Monday.",
            "2023-11-15",
            "Monday",
            "2023-11-20",
        ),
        (
            "The trial gets under way on Monday.",
            "2023-11-15",
            "Monday",
            "2023-11-20",
        ),
        (
            "The trial got under way on Monday.",
            "2023-11-15",
            "Monday",
            "2023-11-13",
        ),
        (
            "His visit on Monday angered Beijing.",
            "2023-11-15",
            "Monday",
            "2023-11-13",
        ),
        // (and one after the words that follow an article after a preposition, when a
        // verb in the past stands before it: was 2014-06; not a subject after a word that
        // may open a clause, "before the current accord expires in October", Reuters 3155)
        (
            "Rudd ousted Julia Gillard in a party-room vote in June, three years after she \
                 had toppled him.",
            "2013-09-08",
            "June",
            "2013-06",
        ),
        (
            "it had to be the last before the current accord expires in October.",
            "1987-03-09",
            "October",
            "1987-10",
        ),
        (
            "Investors in the company meet on Monday.",
            "2013-09-08",
            "Monday",
            "2013-09-09",
        ),
        // (and after "to": "close" in "to a record close" is a noun, it was the coming
        // Thursday)
        (
            "U.S. stocks fell Monday, snapping a rally that had pushed the Dow Jones \
                 Industrial Average to a record close on Thursday.",
            "2013-03-18",
            "Thursday",
            "2013-03-14",
        ),
        // (and after "record": "hit a record close" is no close to come, it was the
        // coming Monday)
        (
            "The Dow hit a record close on Monday, its 45th of the year.",
            "2013-12-18",
            "Monday",
            "2013-12-16",
        ),
        (
            "The offer was rejected by the rank and file in a vote Saturday.",
            "1987-06-01",
            "Saturday",
            "1987-05-30",
        ),
        // (and after a figure: "a 52-48 vote" is a noun)
        (
            "The measure passed on a 52-48 vote late Thursday.",
            "2013-03-20",
            "late Thursday",
            "2013-03-14",
        ),
        // (but not after a year, the verb's subject: it was 2012-10-01)
        (
            "The budget for fiscal 2014 begins Oct. 1.",
            "2013-03-21",
            "Oct. 1",
            "2013-10-01",
        ),
        (
            "Fiscal 2014 starts in October.",
            "2013-03-21",
            "October",
            "2013-10",
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
        // (and what is called for, then its day; a call on someone to act; a plan and
        // its object)
        (
            "Organisers have called for more marches on Thursday.",
            "2013-06-18",
            "Thursday",
            "2013-06-20",
        ),
        // (past the six words read for the day: both were the Monday gone by)
        (
            "Opposition leaders have called for a general strike on Monday.",
            "2013-12-01",
            "Monday",
            "2013-12-02",
        ),
        (
            "The union has called for a nationwide general strike on Monday.",
            "2013-12-01",
            "Monday",
            "2013-12-02",
        ),
        // ("after" a weekday too: was the Friday gone by)
        (
            "The opposition has called for protests after Friday prayers.",
            "2013-07-04",
            "Friday",
            "2013-07-05",
        ),
        (
            "The opposition has urged supporters to rally on Saturday.",
            "2013-06-18",
            "Saturday",
            "2013-06-22",
        ),
        // (and "plans for" someone to act, planned or not: it was the Friday gone)
        (
            "Officials said there are no plans for the president to visit the plant on \
                 Friday.",
            "2013-03-20",
            "Friday",
            "2013-03-22",
        ),
        // (however long the infinitive runs on to the day, as after "will": Reuters 190)
        (
            "Bankers said there are no plans for Brazilian finance minister Dilson Funaro to \
                 meet commercial bankers during his trip to Washington on Friday and Saturday.",
            "1987-02-26",
            "Saturday",
            "1987-02-28",
        ),
        (
            "The company plans to present the restructuring plan to the full board of the \
                 parent company and its lenders at a meeting in New York on Monday.",
            "1987-03-19",
            "Monday",
            "1987-03-23",
        ),
        (
            "Boeing expects the 737 MAX to return to service early in the fourth quarter.",
            "2019-07-17",
            "early in the fourth quarter",
            "2019-Q4",
        ),
        // (an object of up to six words: reuters-17003 was the Wednesday gone)
        (
            "The Energy Information Administration said it also expects its weekly oil \
             statistic report to be released as usual, on Wednesday night at about 1700 EDT.",
            "1987-04-21",
            "Wednesday night",
            "1987-04-22TNI",
        ),
        (
            "The ministry has urged producers to slash output of the chips by 11 pct in the \
             second quarter.",
            "1987-03-31",
            "the second quarter",
            "1987-Q2",
        ),
        (
            "Asked by Reuters to clarify his statement on Monday, the minister declined.",
            "1987-04-08",
            "Monday",
            "1987-04-06",
        ),
        (
            "Activists plan more protests on Friday.",
            "2013-06-18",
            "Friday",
            "2013-06-21",
        ),
        // (its object may hold figures and commas, and a weekday may follow it bare:
        // reuters-16612's was 1987-04-07)
        (
            "Canada plans a three part, one billion dlr issue Tuesday, which will be dated \
             and delivered May 1, the finance department said.",
            "1987-04-13",
            "Tuesday",
            "1987-04-14",
        ),
        (
            "Canada plans a 1.5 billion dlr bond issue on Tuesday.",
            "1987-04-13",
            "Tuesday",
            "1987-04-14",
        ),
        (
            "Unions plan another day of protests on Friday.",
            "2013-06-18",
            "Friday",
            "2013-06-21",
        ),
        (
            "Protesters want the bill withdrawn by Friday.",
            "2013-06-18",
            "Friday",
            "2013-06-21",
        ),
        (
            "Protesters wanted the bill withdrawn by Friday.",
            "2013-06-18",
            "Friday",
            "2013-06-14",
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
        (
            "The deadline was extended to midnight Friday.",
            "2019-06-13",
            "midnight Friday",
            "2019-06-14T24",
        ),
        (
            "The launch was pushed back to Saturday because of high winds.",
            "2019-06-13",
            "Saturday",
            "2019-06-15",
        ),
        // (a month too, after "pushed back", "slipped to" or a deadline extended: it was
        // last year's)
        (
            "The launch was pushed back to August.",
            "2013-03-21",
            "August",
            "2013-08",
        ),
        // (and brought forward, before its object too: reuters-9069, it was 1986-Q3)
        (
            "By bringing forward to the third quarter some imports, the quota would effectively be eased by about 250,000 tons.",
            "1987-03-24",
            "the third quarter",
            "1987-Q3",
        ),
        (
            "Huckaby said by simply bringing forward to the third quarter of the year sugar imports scheduled for later we could get away.",
            "1987-03-24",
            "the third quarter of the year",
            "1987-Q3",
        ),
        (
            "The launch, initially planned for June, slipped to August.",
            "2013-03-21",
            "August",
            "2013-08",
        ),
        (
            "The deadline was extended to August.",
            "2013-03-21",
            "August",
            "2013-08",
        ),
        // (a scheduled verb past "before" and a length: it was last year's)
        (
            "Early voting starts 45 days before Election Day.",
            "2024-06-12",
            "Election Day",
            "2024-11-05",
        ),
        // (a length in words too: it was last year's)
        (
            "Early voting begins two weeks before Election Day.",
            "2024-06-12",
            "Election Day",
            "2024-11-05",
        ),
        (
            "Registration closes a month before Election Day.",
            "2024-06-12",
            "Election Day",
            "2024-11-05",
        ),
        (
            "Sales rose 45 days before Christmas.",
            "2024-06-12",
            "Christmas",
            "2023-12-25",
        ),
        // (a plan given up, "originally scheduled for", may have had its day: it was the
        // coming Tuesday)
        (
            "The vote, originally scheduled for Tuesday, was delayed until next week.",
            "2013-03-21",
            "Tuesday",
            "2013-03-19",
        ),
        // (not a thing pushed to a day it reached, nor a figure that slipped to a level in
        // a month)
        (
            "Sales slipped to 40,000 in August.",
            "2013-03-21",
            "August",
            "2012-08",
        ),
        (
            "Stocks pushed higher on Monday.",
            "2019-06-13",
            "Monday",
            "2019-06-10",
        ),
        // a weekday on a schedule whose last day is in the coming week
        (
            "The Treasury will auction notes on Monday, followed by 10-year notes Tuesday and bonds on Wednesday.",
            "2013-03-15",
            "Wednesday",
            "2013-03-20",
        ),
        // (what follows comes after the day the schedule last named, into the next
        // sentence too: reuters-6821 was the publication's Wednesday and the next day)
        (
            "The financing will begin with the monthly auction on Tuesday, March 24 of 10 \
                 billion dlrs of two-year notes. That will be followed on Wednesday and \
                 Thursday by respective quarterly sales of four-year notes.",
            "1987-03-18",
            "Wednesday",
            "1987-03-25",
        ),
        (
            "It will auction notes on Tuesday, March 24, followed by bonds on Thursday.",
            "1987-03-18",
            "Thursday",
            "1987-03-26",
        ),
        (
            "Many expect the Fed to add reserves with effect next Thursday by offering to \
                 buy Treasury bills on Wednesday.",
            "1987-03-26",
            "Wednesday",
            "1987-04-01",
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
        // (a length carries the schedule on within its sentence only: "late Friday" was
        // the coming one, after "through Thursday" and "the 10-year note")
        (
            "The banks will remain closed through Thursday, officials said. Treasury prices \
                 rose, pushing the yield on the benchmark 10-year note down to 1.96% from \
                 1.99% late Friday.",
            "2013-03-18",
            "late Friday",
            "2013-03-15",
        ),
        // (not past a verb in the past, nor from a day further off)
        (
            "He will fly to Paris on Monday after talks broke down on Sunday.",
            "2013-03-15",
            "Sunday",
            "2013-03-10",
        ),
        // (and what an "after" clause in -ing tells came before the coming day its
        // sentence named: with no weekend between the publication and that day, the last
        // one; it was the coming weekend)
        (
            "Cyprus's parliament is expected to vote on Tuesday on the bailout terms after \
                 postponing the vote twice over the weekend.",
            "2013-03-18",
            "the weekend",
            "2013-W11-WE",
        ),
        (
            "Cyprus's parliament is expected to vote on Tuesday on the bailout terms after \
                 debating them over the weekend.",
            "2013-03-15",
            "the weekend",
            "2013-W11-WE",
        ),
        // (a modal inside a relative clause set off by commas is that clause's when a verb
        // in the past follows it; a participle set off by a comma that holds the date is
        // no future's; but a modal before the aside reaches past it)
        (
            "The president, who will travel to Asia next month, signed the bill on Tuesday.",
            "2024-10-23",
            "Tuesday",
            "2024-10-22",
        ),
        (
            "The bank will pay the dividend, declared on Monday, on Nov. 15.",
            "2024-10-23",
            "Monday",
            "2024-10-21",
        ),
        (
            "The bank will pay the dividend, declared on Monday, on Nov. 15.",
            "2024-10-23",
            "Nov. 15",
            "2024-11-15",
        ),
        // (and a date after such a participle is neither listed after its date nor set off
        // at the end of the participle's clause)
        (
            "Employees will receive the bonus, announced on Tuesday, in December.",
            "2024-10-23",
            "December",
            "2024-12",
        ),
        (
            "Kenneth will replace Douglas, who is also chairman, on October one, Douglas' 65th birthday.",
            "1987-06-01",
            "October one",
            "1987-10-01",
        ),
        (
            "they expect to complete the merger, which will create a bank with 80 billion dlrs of assets, by the end of the second quarter.",
            "1987-03-25",
            "the end of the second quarter",
            "1987-Q2",
        ),
        (
            "Perry said Schwartz, who will also serve on the board, replaced Donald Fox, who resigned January 12.",
            "1987-06-02",
            "January 12",
            "1987-01-12",
        ),
        // (nor past another day and a participle right before this one's preposition; a
        // passive there is still the future's)
        (
            "The court will rule on Friday on an appeal filed on Monday.",
            "2024-10-23",
            "Monday",
            "2024-10-21",
        ),
        (
            "the new interest rate will be retroactive to April 1, provided the accord is approved before October 1.",
            "1987-04-01",
            "October 1",
            "1987-10-01",
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
        // (past an object "get" makes a participle of, Reuters-21578: it was 1986-Q4)
        (
            "Silas said Phillips hopes to get the Point Arguello, Calif., field started up by the fourth quarter.",
            "1987-03-12",
            "the fourth quarter",
            "1987-Q4",
        ),
        // (but a gerund's object is no "get" of that kind: the verb after it tells the past)
        (
            "Getting the bugs out of the new system made it hard to meet demand well into the summer.",
            "1989-10-26",
            "the summer",
            "1989-SU",
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
        // (and "for" the year, reuters-7047)
        (
            "The February surplus compared with a deficit of 1,578 billion lire in the same \
                 month for 1986.",
            "1987-03-19",
            "the same month for 1986",
            "1986-02",
        ),
        // a day names no period: the year alone
        (
            "The toll rose on Friday, against 87 in the same period of 2012.",
            "2013-03-20",
            "the same period of 2012",
            "2012",
        ),
        // (but a length and the day that closes it are a period, its days in that year)
        (
            "Total sales for the four weeks ended February 28 rose 11.3 pct to 416 mln, \
                 from 374 mln in the comparable 1986 period.",
            "1987-03-05",
            "the comparable 1986 period",
            "1986-02-01..1986-02-28",
        ),
        // a range of months that makes a half, a quarter or a year is that period
        (
            "Exports increased about 30 pct in July-December 1986, while imports rose by only \
                 six pct during the period.",
            "1987-04-01",
            "the period",
            "1986-H2",
        ),
        (
            "Argentine meat exports during Jan/Dec 1986 totalled 220,911 tonnes, against \
                 223,204 tonnes shipped in the same 1985 period.",
            "1987-03-11",
            "the same 1985 period",
            "1985",
        ),
        (
            "Thailand exported 1.23 mln tonnes in January/March, down from 1.29 mln a year \
                 ago.",
            "1987-04-27",
            "a year ago",
            "1986-Q1",
        ),
        (
            "Soviet industrial production from January to March grew by 2.5 per cent \
                 compared with the same period last year.",
            "1987-04-24",
            "the same period last year",
            "1986-Q1",
        ),
        // (and a range that makes none is its months: January to November)
        (
            "Shipments in January/November 1986 totalled 1,693,951 tonnes, against \
                 1,469,208 tonnes in the same 1985 period.",
            "1987-04-01",
            "the same 1985 period",
            "1985-01-01..1985-11-30",
        ),
        // a half is the same half, not the quarter it opens with
        (
            "It had a profit of 120 mln dlrs for the first half of 1986, well below 260 mln \
                 dlrs for the same 1985 period.",
            "1987-03-24",
            "the same 1985 period",
            "1985-H1",
        ),
        (
            "The average yen/dollar rate rose to 158 yen in the first half from 207 a year \
                 earlier.",
            "1987-06-19",
            "a year earlier",
            "1986-H1",
        ),
        (
            "Kenya's economy grew in the second half of 1986. Exports rose during the \
                 period.",
            "1987-04-01",
            "the period",
            "1986-H2",
        ),
        (
            "Kenya's economy grew in the second half of 1986. In the previous period, \
                 exports fell.",
            "1987-04-01",
            "the previous period",
            "1986-H1",
        ),
        // (but "the quarter" after a half is still a quarter, in the half's year: a first
        // half told in the past in March is last year's)
        (
            "Net rose 4 pct in the first half. Dividends were five mln dlrs in the quarter.",
            "1987-03-02",
            "the quarter",
            "1986-Q1",
        ),
    ];
    assert_spans(&table);
    // a split year is no year of its own: "the same period of 1985/86" is not 1985 (and,
    // with no period named before it, no period at all), its years are tagged alone
    let text = "Turnover fell six pct from 1.83 billion in the same period of 1985/86.";
    assert_eq!(tag_spanning(text, "1987-03-19", "1985").value, "1985");
    assert_no_tag_holds(text, "1987-03-19", "period");
}

#[test]
fn months_after_the_publication_month_take_their_year_from_the_clause() {
    // Reuters-21578 runs from February to October 1987, so "in December" told in the past
    // is last December under any reading there; these sentences, read in mid-June, are
    // where the tense decides. (sentence, phrase, value)
    let told = [
        (
            "Sales during the holiday season in November were the weakest since 2008.",
            "November",
            "2012-11",
        ),
        (
            "The government's decision in November to raise taxes angered voters.",
            "November",
            "2012-11",
        ),
        (
            "Exports in October were up 5 percent.",
            "October",
            "2012-10",
        ),
        (
            "September was the wettest month on record.",
            "September",
            "2012-09",
        ),
        (
            "\"September was the wettest month on record,\" he said.",
            "September",
            "2012-09",
        ),
        (
            "December was also a strong month for exports.",
            "December",
            "2012-12",
        ),
        (
            "Since October, the currency has lost a fifth of its value.",
            "October",
            "2012-10",
        ),
        (
            "The company has been in talks with lenders since October.",
            "October",
            "2012-10",
        ),
        (
            "The bank's chief, who took over in October, said growth was slowing.",
            "October",
            "2012-10",
        ),
        ("That was before the October crash.", "October", "2012-10"),
        (
            "The vote in November was a rebuke to the president.",
            "November",
            "2012-11",
        ),
        (
            "The last shutdown, in July, lasted three days.",
            "July",
            "2012-07",
        ),
        (
            "Voters in November rejected the plan.",
            "November",
            "2012-11",
        ),
        (
            "After the November election, the party lost its majority.",
            "November",
            "2012-11",
        ),
        (
            "The plan, unveiled in October, calls for cuts.",
            "October",
            "2012-10",
        ),
        (
            "Her October visit to China drew protests.",
            "October",
            "2012-10",
        ),
        (
            "He won the title in November, beating the champion.",
            "November",
            "2012-11",
        ),
        (
            "Demand slumped in October and November.",
            "October",
            "2012-10",
        ),
        (
            "They married in October, two months after meeting.",
            "October",
            "2012-10",
        ),
        (
            "Rain in November flooded the valley.",
            "November",
            "2012-11",
        ),
        (
            "An October report by the agency found errors.",
            "October",
            "2012-10",
        ),
        (
            "Fighting broke out again in late November, killing dozens.",
            "late November",
            "2012-11",
        ),
        (
            "The factory was closed from October until December.",
            "October",
            "2012-10",
        ),
        (
            "By November, the rebels had taken the city.",
            "November",
            "2012-11",
        ),
        (
            "The country's GDP grew 2 percent in the three months to September.",
            "September",
            "2012-09",
        ),
        (
            "The firm posted a profit in the quarter ended Sept. 30.",
            "the quarter",
            "2012-Q3",
        ),
        (
            "Car sales rose in October for the first time in a year.",
            "October",
            "2012-10",
        ),
        (
            "Last October, the company cut its forecast.",
            "Last October",
            "2012-10",
        ),
    ];
    // ... and plans, schedules and forecasts of months still to come
    let ahead = [
        (
            "The company plans to list its shares in October.",
            "October",
            "2013-10",
        ),
        ("Elections are due in October.", "October", "2013-10"),
        ("The talks resume in September.", "September", "2013-09"),
        ("A decision is expected in October.", "October", "2013-10"),
        ("The new law takes effect in October.", "October", "2013-10"),
        (
            "Parliament is set to vote on the bill in September.",
            "September",
            "2013-09",
        ),
        (
            "The government hopes to finish the project by November.",
            "November",
            "2013-11",
        ),
        (
            "The central bank meets again in September.",
            "September",
            "2013-09",
        ),
        (
            "The deadline for bids is October 15.",
            "October 15",
            "2013-10-15",
        ),
        (
            "Negotiators aim to reach a deal before the September summit.",
            "September",
            "2013-09",
        ),
        (
            "He is running for re-election in November.",
            "November",
            "2013-11",
        ),
        (
            "Construction is to begin in September.",
            "September",
            "2013-09",
        ),
        (
            "The tournament runs from September to November.",
            "September",
            "2013-09",
        ),
        ("Production should resume in October.", "October", "2013-10"),
        ("Voters go to the polls in November.", "November", "2013-11"),
        (
            "The company said it would cut 500 jobs by October.",
            "October",
            "2013-10",
        ),
        ("The bonds mature in September.", "September", "2013-09"),
        (
            "The festival will take place from August 5 to 10.",
            "August 5",
            "2013-08-05",
        ),
        (
            "The merger is subject to shareholder approval at a meeting in September.",
            "September",
            "2013-09",
        ),
        (
            "The ship is due to arrive in October.",
            "October",
            "2013-10",
        ),
        (
            "The next review of the policy comes in September.",
            "September",
            "2013-09",
        ),
        (
            "The agency forecast growth of 2 percent in the fourth quarter.",
            "the fourth quarter",
            "2013-Q4",
        ),
        // a month naming the subject's noun, before "will"
        (
            "The December elections will be close.",
            "December",
            "2013-12",
        ),
        (
            "The January restart will be on a single-shift basis.",
            "January",
            "2014-01",
        ),
    ];
    assert_values_on("2013-06-15", &told);
    assert_values_on("2013-06-15", &ahead);
    // ... and a month's that names an event, when the verb is in the past (read in March,
    // the coming April is the nearer; not a traded month's)
    assert_values_on(
        "2013-03-20",
        &[
            (
                "The April auto show drew record crowds.",
                "April",
                "2012-04",
            ),
            ("The April election was close.", "April", "2012-04"),
            ("The May crush ended today.", "May", "2013-05"),
        ],
    );
    // a holiday naming the subject's noun takes a past verb too (read in October, the
    // coming one is the nearer)
    assert_values_on(
        "2013-10-22",
        &[
            ("The Christmas rush was strong.", "Christmas", "2012-12-25"),
            (
                "The Thanksgiving weekend saw record sales.",
                "The Thanksgiving weekend",
                "2012-W47-WE",
            ),
            (
                "The Thanksgiving weekend will see record sales.",
                "The Thanksgiving weekend",
                "2013-W48-WE",
            ),
            // (and so does one in a phrase after the subject's noun)
            (
                "Sales during the Christmas season rose 3 percent.",
                "Christmas",
                "2012-12-25",
            ),
            (
                "Spending over Thanksgiving weekend fell.",
                "Thanksgiving weekend",
                "2012-W47-WE",
            ),
            (
                "Sales during the Christmas season will rise.",
                "Christmas",
                "2013-12-25",
            ),
            // (and before a verb that looks ahead with no "will": each was the last one)
            (
                "Travel over the Memorial Day weekend is expected to hit a record.",
                "the Memorial Day weekend",
                "2014-W21-WE",
            ),
            ("Spending over Easter could fall.", "Easter", "2014-04-20"),
            // (or in a phrase that opens the sentence, past the noun it names)
            (
                "In the Christmas season, sales rose.",
                "Christmas",
                "2012-12-25",
            ),
            (
                "During the Christmas shopping season, sales will rise.",
                "Christmas",
                "2013-12-25",
            ),
            // (or one that opens the sentence with no article, or as a possessive, and a
            // month as a possessive)
            (
                "Black Friday sales rose 3 percent, retailers said.",
                "Black Friday",
                "2012-11-23",
            ),
            ("Halloween candy sales fell.", "Halloween", "2012-10-31"),
            ("Christmas sales will rise.", "Christmas", "2013-12-25"),
            (
                "Thanksgiving's travel rush broke records.",
                "Thanksgiving",
                "2012-11-22",
            ),
            ("December's sales were weak.", "December", "2012-12"),
            (
                "Thanksgiving travel is expected to break records.",
                "Thanksgiving",
                "2013-11-28",
            ),
            // (not a traded month's price)
            ("December's high was $1,950.", "December", "2013-12"),
        ],
    );
}

#[test]
fn quarters_halves_seasons_and_holidays_take_their_year_from_the_clause() {
    // As the month battery: read in mid-June, where the tense decides between last year's
    // and this year's (a quarter, half or season not yet begun, a holiday still ahead).
    assert_values_on(
        "2013-06-15",
        &[
            (
                "Profit fell in the fourth quarter.",
                "the fourth quarter",
                "2012-Q4",
            ),
            (
                "The company expects growth to resume in the fourth quarter.",
                "the fourth quarter",
                "2013-Q4",
            ),
            (
                "Sales in the third quarter were the weakest in a decade.",
                "the third quarter",
                "2012-Q3",
            ),
            (
                "The third quarter will be difficult, the chief executive said.",
                "The third quarter",
                "2013-Q3",
            ),
            (
                "Results for the first quarter will be released in July.",
                "the first quarter",
                "2013-Q1",
            ),
            (
                "The merger is expected to close in the fourth quarter.",
                "the fourth quarter",
                "2013-Q4",
            ),
            (
                "Fourth-quarter earnings rose 10 percent.",
                "Fourth-quarter",
                "2012-Q4",
            ),
            (
                "In the second half, revenue will recover.",
                "the second half",
                "2013-H2",
            ),
            (
                "Revenue fell in the second half.",
                "the second half",
                "2012-H2",
            ),
            // (a part of this year not yet over, told in the past after a date of an
            // earlier year in its sentence, is that year's: reuters-19494, reuters-4353;
            // not one already over, nor after a date of this year)
            (
                "Earnings from trading in 2012 had been a little higher than partial \
                 operating profits, but had performed better in the first half.",
                "the first half",
                "2012-H1",
            ),
            (
                "The 2012 loss includes a write-down of 15.1 mln dlrs taken in the second \
                 quarter.",
                "the second quarter",
                "2012-Q2",
            ),
            (
                "The 2012 loss includes a write-down of 15.1 mln dlrs taken in the first \
                 quarter.",
                "the first quarter",
                "2013-Q1",
            ),
            (
                "Earnings in March 2013 were higher, but had performed better in the first \
                 half.",
                "the first half",
                "2013-H1",
            ),
            (
                "Retailers are counting on a strong holiday season this winter.",
                "this winter",
                "2013-WI",
            ),
            (
                "Heavy snow last winter cut output.",
                "last winter",
                "2012-WI",
            ),
            ("The drought hit crops in the autumn.", "autumn", "2012-FA"),
            (
                "The new line will go on sale in the autumn.",
                "autumn",
                "2013-FA",
            ),
            (
                "The team will be back in training by the spring.",
                "spring",
                "2014-SP",
            ),
            ("Exports rose in the spring.", "spring", "2013-SP"),
            ("The plant closed in the fall.", "fall", "2012-FA"),
            (
                "Sales over Christmas were disappointing.",
                "Christmas",
                "2012-12-25",
            ),
            (
                "The shops will open late before Christmas.",
                "Christmas",
                "2013-12-25",
            ),
            (
                "Turnout at the Thanksgiving parade was a record.",
                "Thanksgiving",
                "2012-11-22",
            ),
            (
                "The parade will be held on Thanksgiving.",
                "Thanksgiving",
                "2013-11-28",
            ),
            (
                "The festival was cancelled at Easter.",
                "Easter",
                "2013-03-31",
            ),
            ("Prices rose over the winter.", "winter", "2012-WI"),
            (
                "If the economy did not improve over the summer, rates would rise.",
                "summer",
                "2013-SU",
            ),
        ],
    );
}

#[test]
fn weekdays_take_the_coming_or_the_last_one_from_the_clause() {
    // Read on Tuesday 2013-06-18: the coming Thursday is the 20th, the last one the 13th.
    // (sentence, phrase, value)
    let table = [
        (
            "The prime minister flies to Washington on Thursday for talks with the president.",
            "Thursday",
            "2013-06-20",
        ),
        (
            "Thousands are expected to attend the funeral on Saturday.",
            "Saturday",
            "2013-06-22",
        ),
        (
            "The rebels said they would lay down their arms by Sunday.",
            "Sunday",
            "2013-06-23",
        ),
        (
            "Polls open at 7 a.m. on Sunday.",
            "7 a.m. on Sunday",
            "2013-06-23T07:00",
        ),
        (
            "The court will rule on the appeal on Thursday.",
            "Thursday",
            "2013-06-20",
        ),
        // (a clause a report opens with "that" takes "would" after the day as looking
        // ahead: reuters-5487; not "said on Tuesday it would")
        (
            "The company announced that on Thursday it would end a lockout.",
            "Thursday",
            "2013-06-20",
        ),
        (
            "The company said on Thursday it would end a lockout.",
            "Thursday",
            "2013-06-13",
        ),
        // (a change that takes effect on the day, told in the present)
        (
            "The union said the strike is effective Thursday.",
            "Thursday",
            "2013-06-20",
        ),
        // (quotation marks and a compound's hyphens do not push the verb out of reach:
        // reuters-8024)
        (
            "He expects a \"follow-through\" Thursday to the advance which lifted the Dow.",
            "Thursday",
            "2013-06-20",
        ),
        (
            "The two leaders spoke by telephone on Thursday.",
            "Thursday",
            "2013-06-13",
        ),
        (
            "Officials plan to announce the results on Friday.",
            "Friday",
            "2013-06-21",
        ),
        (
            "Ministers meet in Brussels on Monday to discuss the crisis.",
            "Monday",
            "2013-06-24",
        ),
        (
            "A memorial service is planned for Saturday.",
            "Saturday",
            "2013-06-22",
        ),
        (
            "The company will report earnings after the market closes on Thursday.",
            "Thursday",
            "2013-06-20",
        ),
        (
            "Lawmakers return to Washington on Monday after a two-week recess.",
            "Monday",
            "2013-06-24",
        ),
        ("He is due in court on Friday.", "Friday", "2013-06-21"),
        (
            "Friday's talks are expected to focus on trade.",
            "Friday",
            "2013-06-21",
        ),
        (
            "She leaves office on Friday after eight years.",
            "Friday",
            "2013-06-21",
        ),
        (
            "The mission is scheduled to launch on Saturday.",
            "Saturday",
            "2013-06-22",
        ),
        (
            "The storm is forecast to reach the coast by Friday.",
            "Friday",
            "2013-06-21",
        ),
        (
            "The union has threatened to strike from Thursday.",
            "Thursday",
            "2013-06-20",
        ),
        (
            "The president said on Thursday he would visit the region.",
            "Thursday",
            "2013-06-13",
        ),
        (
            "The new rules come into force on Saturday.",
            "Saturday",
            "2013-06-22",
        ),
        (
            "Results are expected on Thursday.",
            "Thursday",
            "2013-06-20",
        ),
        (
            "The film opens in theaters on Friday.",
            "Friday",
            "2013-06-21",
        ),
        (
            "The bill goes to the Senate on Thursday.",
            "Thursday",
            "2013-06-20",
        ),
        (
            "Negotiations will continue through Saturday.",
            "Saturday",
            "2013-06-22",
        ),
        (
            "The minister, who arrives in Tokyo on Thursday, met reporters.",
            "Thursday",
            "2013-06-20",
        ),
        (
            "Protesters who gathered on Thursday were dispersed by police.",
            "Thursday",
            "2013-06-13",
        ),
        (
            "Talks that began on Monday ended without agreement.",
            "Monday",
            "2013-06-17",
        ),
        (
            "The meeting on Thursday will decide the matter.",
            "Thursday",
            "2013-06-20",
        ),
        (
            "The attack on Thursday was the third this month.",
            "Thursday",
            "2013-06-13",
        ),
        (
            "The company's shares, which began trading on Thursday, rose 20 percent.",
            "Thursday",
            "2013-06-13",
        ),
        (
            "The victim's family will hold a vigil on Saturday.",
            "Saturday",
            "2013-06-22",
        ),
        ("His trial opens on Monday.", "Monday", "2013-06-24"),
        (
            "The ceasefire takes effect at midnight on Friday.",
            "midnight on Friday",
            "2013-06-21T24",
        ),
        (
            "The ceasefire took effect at midnight on Friday.",
            "midnight on Friday",
            "2013-06-14T24",
        ),
        (
            "Officials are investigating Thursday's crash.",
            "Thursday",
            "2013-06-13",
        ),
        (
            "The U.N. Security Council holds an emergency session on Thursday.",
            "Thursday",
            "2013-06-20",
        ),
        (
            "The storm made landfall on Thursday, and is expected to weaken by Saturday.",
            "Thursday",
            "2013-06-13",
        ),
        (
            "The storm made landfall on Thursday, and is expected to weaken by Saturday.",
            "Saturday",
            "2013-06-22",
        ),
        (
            "Parliament approved the budget on Thursday and will vote on taxes on Monday.",
            "Thursday",
            "2013-06-13",
        ),
        (
            "Parliament approved the budget on Thursday and will vote on taxes on Monday.",
            "Monday",
            "2013-06-24",
        ),
        (
            "Trading resumes on Monday after the holiday.",
            "Monday",
            "2013-06-24",
        ),
        // ("'ll" is "will", in a quotation too: it was the last Monday)
        (
            "\"We'll be back at it first thing Monday morning,\" said Sen. Trent Lott.",
            "Monday morning",
            "2013-06-24TMO",
        ),
        (
            "Markets were closed on Monday for a holiday.",
            "Monday",
            "2013-06-17",
        ),
        (
            "The jury began deliberating on Thursday and will resume on Monday.",
            "Thursday",
            "2013-06-13",
        ),
        (
            "The jury began deliberating on Thursday and will resume on Monday.",
            "Monday",
            "2013-06-24",
        ),
    ];
    assert_values_on("2013-06-18", &table);
}

#[test]
fn a_span_of_months_across_a_split_year_takes_both_years() {
    // (reuters-319 and 18781: the opening month was a year early, or the closing month a
    // year early, and the second year of the split went untagged)
    const ISSUES: &str = "New equity and debenture issues rose to an officially estimated \
                          50.70 billion rupees in April/January 1986/87 from an estimated \
                          36.95 billion in all 1985/86.";
    const PALM: &str = "He told the 8th Antwerp Oils and Fats Contact Days that in the next \
                        Oct/Sept 1987/88 season, palm oil use will rise to 8.25 mln tonnes.";
    const ACROSS: &str = "Output in Dec-Feb 1986/87 fell.";
    // (a span within one calendar year keeps the year written: which half of the split it
    // falls in depends on the month the split year opens with, which it does not say)
    const WITHIN: &str = "Output in January/March 1986/87 fell.";
    assert_spans(&[
        (ISSUES, "1987-03-02", "April", "1986-04"),
        (ISSUES, "1987-03-02", "January 1986/87", "1987-01"),
        (PALM, "1987-06-18", "the next Oct", "1987-10"),
        (PALM, "1987-06-18", "Sept 1987/88", "1988-09"),
        (ACROSS, "1987-03-02", "Dec", "1986-12"),
        (ACROSS, "1987-03-02", "Feb 1986/87", "1987-02"),
        (WITHIN, "1987-03-02", "January", "1986-01"),
        (WITHIN, "1987-03-02", "March 1986", "1986-03"),
    ]);
}

#[test]
fn a_year_that_runs_on_tags_the_year_it_runs_to() {
    // "1986/87" is two years, each tagged, as "1974-1976" is (the wire's crop and fiscal
    // years; "87 year" was a length of 87 years)
    assert_spans(&[
        (
            "Sales are estimated at 6.13 mln bags against the 1986/87 crop.",
            "1987-03-02",
            "87",
            "1987",
        ),
        ("In 1974-76, prices rose.", "2013-03-22", "76", "1976"),
        (
            "He retired after the 1999-00 season.",
            "2013-03-22",
            "00",
            "2000",
        ),
        (
            "He retired after the 1999-00 season.",
            "2013-03-22",
            "1999",
            "1999",
        ),
    ]);
    // (no length of 87 years; not past nine years, nor a figure that goes on)
    let values = |text| -> Vec<String> {
        tag(text, Some(d("1987-03-02")))
            .into_iter()
            .map(|t| t.value)
            .collect()
    };
    assert_eq!(values("the 1986/87 year"), ["1986", "1987"]);
    assert_eq!(values("in fiscal 1987/88"), ["1987", "1988"]);
    // (and after any expression that writes the year last: Reuters-21578 15472, 19947,
    // 13269, whose second year was untagged)
    assert_eq!(values("stocks at the end of 1986/87"), ["1986", "1987"]);
    assert_eq!(
        values("effective from the fiscal year 1987/88"),
        ["1987", "1988"]
    );
    assert_eq!(values("exports in coffee year 1986/87"), ["1986", "1987"]);
    assert_eq!(values("the 1987\u{2013}88 season"), ["1987", "1988"]);
    assert_eq!(values("a figure of 1986-87.5"), ["1986"]);
    assert_eq!(values("a plan for 1960-75"), ["1960"]);
    // (a second year written whole after a slash: Reuters-21578's "the 1987/1988 EC marketing
    // year" and "the 1980/1985 average" tagged the first year alone; not a bond's maturities
    // nineteen years apart)
    assert_eq!(
        values("for the 1987/1988 EC marketing year."),
        ["1987", "1988"]
    );
    assert_eq!(values("the 1980/1985 average was"), ["1980", "1985"]);
    assert_eq!(values("a 6.25 pct issue due 1988/2007."), ["1988"]);
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
fn a_weekday_named_again_in_no_tense_is_the_day_it_stood_for() {
    // (the second was the last such weekday; Reuters 8040)
    for (text, published, weekday, values) in [
        (
            "The Supreme Court will hear arguments Tuesday and Wednesday. Wednesday's case \
             concerns the 1996 Defense of Marriage Act.",
            "2013-03-25",
            "Wednesday",
            ["2013-03-27", "2013-03-27"],
        ),
        (
            "American Express Co's board of directors Monday will discuss the arrangement. \
             Monday's board meeting is a regular monthly meeting.",
            "1987-03-20",
            "Monday",
            ["1987-03-23", "1987-03-23"],
        ),
        // ... not in a sentence with a verb in the past, which may tell of another week
        (
            "Producer price data will be out Friday. A Friday rumor had put the number far \
             higher.",
            "1987-04-05",
            "Friday",
            ["1987-04-10", "1987-04-03"],
        ),
    ] {
        let found: Vec<String> = tag(text, Some(d(published)))
            .into_iter()
            .filter(|t| &text[t.span.clone()] == weekday)
            .map(|t| t.value)
            .collect();
        assert_eq!(found, values, "{text:?}");
    }
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
    // (so is "falls on a Sunday this year": "this" opens no noun)
    let t = tag_spanning(
        "The holiday falls on a Sunday this year.",
        "2013-10-14",
        "Sunday",
    );
    assert_eq!((t.value.as_str(), t.date), ("XXXX-WXX-7", None));
    // ... and so is "a" weekday after "is", "was", "be" (not "a Monday deadline")
    for (text, phrase, value) in [
        ("It was a Tuesday in June.", "Tuesday", "XXXX-WXX-2"),
        // (and after "for": it was the Sunday just gone)
        (
            "The electoral council set the vote for a Sunday, as is customary.",
            "Sunday",
            "XXXX-WXX-7",
        ),
        (
            "The first of next month is a Monday.",
            "Monday",
            "XXXX-WXX-1",
        ),
        // (a day still to come, as a deadline named by its weekday is)
        ("The deadline is a Monday deadline.", "Monday", "2013-03-25"),
    ] {
        assert_eq!(value_of(text, "2013-03-22", phrase), value, "{text}");
    }
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
        // (a calendar year glued to "CY" is the year, a model's number is none)
        ("CY2019 sales grew.", "2019-10-10", "2019", "2019"),
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
        // a quarter or half with a fiscal year on either side is one period, the quarter of
        // that year (reuters-11049's "fiscal 1987 third quarter" was the calendar 1986-Q3
        // beside a year of its own)
        (
            "Margins improved in Q3 FY25.",
            "2024-10-23",
            "Q3 FY25",
            "2025-Q3",
        ),
        (
            "Margins improved in FY2025 Q3.",
            "2024-10-23",
            "FY2025 Q3",
            "2025-Q3",
        ),
        (
            "Margins improved in 3Q FY25.",
            "2024-10-23",
            "3Q FY25",
            "2025-Q3",
        ),
        (
            "Margins improved in Q3 of FY25.",
            "2024-10-23",
            "Q3 of FY25",
            "2025-Q3",
        ),
        // (and "of" last, this or next year, as "the fourth quarter of last year": they
        // were the code and the year apart)
        (
            "Margins were thinner in Q4 of last year.",
            "2013-03-22",
            "Q4 of last year",
            "2012-Q4",
        ),
        (
            "It expects to break even in Q1 next year.",
            "2013-03-22",
            "Q1 next year",
            "2014-Q1",
        ),
        (
            "Margins improved in Q3 fiscal 2025.",
            "2024-10-23",
            "Q3 fiscal 2025",
            "2025-Q3",
        ),
        (
            "Margins improved in fiscal 2025 Q3.",
            "2024-10-23",
            "fiscal 2025 Q3",
            "2025-Q3",
        ),
        (
            "Its H1 FY25 sales fell.",
            "2024-10-23",
            "H1 FY25",
            "2025-H1",
        ),
        (
            "Its FY25 H1 sales fell.",
            "2024-10-23",
            "FY25 H1",
            "2025-H1",
        ),
        (
            "Metromail reported fiscal 1987 third quarter earnings of 2.4 mln dlrs.",
            "1987-03-30",
            "fiscal 1987 third quarter",
            "1987-Q3",
        ),
        (
            "It had a loss in fiscal 1986's second quarter.",
            "1987-03-09",
            "fiscal 1986's second quarter",
            "1986-Q2",
        ),
        (
            "Margins improved in the FY25 third quarter.",
            "2024-10-23",
            "the FY25 third quarter",
            "2025-Q3",
        ),
        (
            "Margins improved in the third quarter of FY25.",
            "2024-10-23",
            "the third quarter of FY25",
            "2025-Q3",
        ),
        (
            "Sales fell in the first half of fiscal year 2025.",
            "2024-10-23",
            "the first half of fiscal year 2025",
            "2025-H1",
        ),
        // (an owner between "of" and the year: they were the quarter and the year apart,
        // the quarter last year's)
        (
            "The deal is expected to close in the second quarter of Dell's fiscal 2014.",
            "2013-03-20",
            "the second quarter of Dell's fiscal 2014",
            "2014-Q2",
        ),
        (
            "Earnings will improve in the fourth quarter of our fiscal 1987.",
            "1987-03-20",
            "the fourth quarter of our fiscal 1987",
            "1987-Q4",
        ),
        (
            "The plant will be completed by the second quarter of its current fiscal year.",
            "1987-03-20",
            "the second quarter of its current fiscal year",
            "1987-Q2",
        ),
        (
            "Sales rose in the third quarter of the company's fiscal year 2014.",
            "2013-03-20",
            "the third quarter of the company's fiscal year 2014",
            "2014-Q3",
        ),
        // ("fiscal" before a code is part of it; with no year, the quarter of the fiscal
        // year under way, as "its fiscal third quarter" is)
        (
            "Margins improved in fiscal Q3 2025.",
            "2024-10-23",
            "fiscal Q3 2025",
            "2025-Q3",
        ),
        (
            "Margins improved in fiscal Q3.",
            "2024-03-23",
            "fiscal Q3",
            "2024-Q3",
        ),
        (
            "It expects growth in fiscal year 2026.",
            "2024-10-23",
            "fiscal year 2026",
            "2026",
        ),
        (
            "It expects growth in FY 2026.",
            "2024-10-23",
            "FY 2026",
            "2026",
        ),
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
        // ... and so is a clock before the place it is kept in and a day (it was the
        // publication's day; Reuters-21578 12335)
        (
            "American Airlines and Citibank scheduled a press conference at 1030 EST in New \
             York tomorrow to announce a deal.",
            "1987-04-01",
            "1030 EST",
            "1987-04-02T10:30",
        ),
        (
            "He will speak at noon at the White House on Thursday.",
            "2013-03-22",
            "noon",
            "2013-03-28T12:00",
        ),
        // ... and a clock before the deadline it tells and the deadline's day
        // (reuters-12041, reuters-10456: they were the publication's day)
        (
            "Foreign banks had accepted to extend Brazil's credit lines before the midnight \
             deadline of March 31 for payment.",
            "1987-04-01",
            "midnight",
            "1987-03-31T24",
        ),
        (
            "The two sides seemed closer to an agreement when the union's noon deadline \
             yesterday was reached.",
            "1987-03-27",
            "noon",
            "1987-03-26T12:00",
        ),
        // a twin with a weekday of its own is on the day next to the first clock's
        (
            "The president will address the nation tonight at 9 p.m. EDT (0100 GMT Thursday).",
            "2013-04-17",
            "0100 GMT Thursday",
            "2013-04-18T01:00",
        ),
        (
            "Polls close at 8 p.m. (0100 GMT Wednesday) on Tuesday.",
            "2013-04-17",
            "0100 GMT Wednesday",
            "2013-04-24T01:00",
        ),
        // (when the first clock has a day; else the twin names the day, and the verb
        // dates it)
        (
            "The quake struck at 05:46 local time (2046 GMT Thursday).",
            "2013-03-20",
            "2046 GMT Thursday",
            "2013-03-14T20:46",
        ),
        // (the verb before the first clock, which the twin in no tense of its own is read
        // from: a schedule in the present looks ahead)
        (
            "The polls close at 8 p.m. local time (0100 GMT Sunday).",
            "2013-03-15",
            "0100 GMT Sunday",
            "2013-03-17T01:00",
        ),
        (
            "The polls close at 8 p.m. local time (0100 GMT Sunday).",
            "2013-03-15",
            "8 p.m.",
            "2013-03-16T20:00",
        ),
        // (and the first clock is on the day the zones' offset puts it, from 10 hours
        // behind to 14 ahead)
        (
            "The quake struck at 05:46 local time (2046 GMT Thursday).",
            "2013-03-20",
            "05:46",
            "2013-03-15T05:46",
        ),
        (
            "The polls closed at 10 p.m. EDT (0200 GMT Thursday).",
            "2013-03-22",
            "10 p.m. EDT",
            "2013-03-20T22:00",
        ),
        // (and a twin that names no day is on the first clock's day, so shifted: were the
        // publication's day; reuters-19995, reuters-990)
        (
            "The deadline passed at midnight on Monday (2200 GMT).",
            "2013-03-22",
            "2200 GMT",
            "2013-03-18T22:00",
        ),
        (
            "The rally began at 11 p.m. Sunday (0400 GMT).",
            "2013-03-22",
            "0400 GMT",
            "2013-03-18T04:00",
        ),
        (
            "The talks began at 1400 local time (1200 GMT Tuesday).",
            "2013-03-22",
            "1400",
            "2013-03-19T14:00",
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
    // (nor one after a year alone, which is no stamp)
    let tags = tag(
        "In 2019 3:16 was the verse most read.",
        Some(d("2019-12-03")),
    );
    assert_eq!(
        tags.iter().map(|t| t.value.as_str()).collect::<Vec<_>>(),
        ["2019"]
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
        // ... or period
        (
            "Ford plans to build 485,000 cars in the April-June period, compared with \
                 497,000 a year ago.",
            "1987-03-02",
            "the April-June period",
            "1987-Q2",
            ("1987-04-01", "1987-06-30"),
        ),
        (
            "Output fell in the April-June period of 2012.",
            "2013-04-04",
            "the April-June period of 2012",
            "2012-Q2",
            ("2012-04-01", "2012-06-30"),
        ),
        (
            "Output fell in the July-September quarter of 2012.",
            "2013-03-20",
            "the July-September quarter of 2012",
            "2012-Q3",
            ("2012-07-01", "2012-09-30"),
        ),
        // (joined by "-to-" too: it was "June" alone)
        (
            "Figures due on 25 July are expected to show growth of 0.6% in the April-to-June \
                 period.",
            "2013-07-11",
            "the April-to-June period",
            "2013-Q2",
            ("2013-04-01", "2013-06-30"),
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
    let table: [Row<'_>; 31] = [
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
                ("88", "1988"),
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
            "The flu season is expected to peak between December and February.",
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
        // (told in the future, the next year from March; in the past, this year to June)
        (
            "The law will take effect in the new year.",
            "2024-06-12",
            &[("the new year", "2025")],
        ),
        (
            "Sales slumped in the new year.",
            "2024-06-12",
            &[("the new year", "2024")],
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
            "He was arrested on March 4, 2012, and released that Friday.",
            "2013-03-21",
            &[
                ("March 4, 2012", "2012-03-04"),
                ("that Friday", "2012-03-09"),
            ],
        ),
        (
            "The meeting is on Tuesday. That Thursday, the board will vote.",
            "2013-03-21",
            &[("Tuesday", "2013-03-26"), ("That Thursday", "2013-03-28")],
        ),
        // ("that weekend" is the one of the day or week named last, else the publication's)
        (
            "Protests began on June 3. That weekend, tens of thousands marched.",
            "2024-10-23",
            &[("June 3", "2024-06-03"), ("That weekend", "2024-W23-WE")],
        ),
        (
            "Protests began in June. That weekend, tens of thousands marched.",
            "2024-10-23",
            &[("June", "2024-06"), ("That weekend", "2024-W42-WE")],
        ),
        // ("the same weekend" as "that weekend"; after a year named in its sentence, the
        // weekend as many weeks into that year: it was the publication's)
        (
            "Protests began on June 3. The same weekend, tens of thousands marched.",
            "2024-10-23",
            &[
                ("June 3", "2024-06-03"),
                ("The same weekend", "2024-W23-WE"),
            ],
        ),
        (
            "The sequel topped the box office over the weekend. Last year, \"The Dark Knight \
             Rises\" opened on the same weekend.",
            "2013-07-14",
            &[
                ("the weekend", "2013-W28-WE"),
                ("Last year", "2012"),
                ("the same weekend", "2012-W28-WE"),
            ],
        ),
        // (with no day named, or the conjunction, the weekday alone)
        (
            "He was arrested in May and released that Friday.",
            "2013-03-21",
            &[("May", "2012-05"), ("that Friday", "2013-03-15")],
        ),
        (
            "He said that Friday was a holiday.",
            "2013-03-21",
            &[("Friday", "2013-03-15")],
        ),
        (
            "The incident took place the weekend before last, not the weekend after next.",
            "2013-03-21",
            &[
                ("the weekend before last", "2013-W10-WE"),
                ("the weekend after next", "2013-W14-WE"),
            ],
        ),
        // ("the week" before a date is the one before it)
        (
            "It was the week before last Friday.",
            "2013-03-22",
            &[("the week", "2013-W10"), ("last Friday", "2013-03-15")],
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
            "the fourth of March",
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
        // wire copy spells days below ten
        (
            "The dividend is payable April three to holders of record March 20.",
            "1987-03-13",
            "April three",
            "1987-04-03",
        ),
        (
            "Cyacq's amended offer expires midnight New York time on April three, 1987, unless extended.",
            "1987-03-31",
            "midnight New York time on April three, 1987",
            "1987-04-03T24",
        ),
        (
            "production, paralysed since March six by an earthquake the night before.",
            "1987-03-13",
            "the night before",
            "1987-03-05TNI",
        ),
        (
            "storage rose by 628,000 barrels in the week ended April three to 106.96 mln barrels",
            "1987-04-08",
            "April three",
            "1987-04-03",
        ),
        // (capitalised, as the wire writes it too, before any word)
        (
            "Zayre Corp said sales for the five weeks ended April Four were up 12.7 pct.",
            "1987-04-09",
            "April Four",
            "1987-04-04",
        ),
        // (and after "ended" or "ending", before any word: it was April, reuters-15506)
        (
            "Mercantile Stores Co Inc said sales for the five weeks ended April four were up 0.5 pct.",
            "1987-04-09",
            "April four",
            "1987-04-04",
        ),
        // (and before a year: it was the month and the year apart, reuters-19346, 6689)
        (
            "The stock is exchangeable into convertible debentures due February one 2007 and \
             is convertible into shares.",
            "1987-06-19",
            "February one 2007",
            "2007-02-01",
        ),
        (
            "The deal is expected to be completed by July one 1988, the date on which it takes effect.",
            "1987-03-18",
            "July one 1988",
            "1988-07-01",
        ),
        (
            "Drexel said during the first nine weeks of 1987 ended March six it managed 57 transactions.",
            "1987-03-13",
            "March six",
            "1987-03-06",
        ),
        (
            "The company said trading in both issues will be suspended by the Amex at the close on May One but is expected to start elsewhere.",
            "1987-04-09",
            "May One",
            "1987-05-01",
        ),
        (
            "Dividends declared today are payable April Three, May Six, June Four, July Three and August Six",
            "1987-03-04",
            "July Three",
            "1987-07-03",
        ),
        // (and before a word that no number counts, after a month no period word holds:
        // each was the month: reuters-120, 12000, 11147, 17873, 12370, 13266)
        (
            "debentures due March one and cancellable mandatory stock purchase contracts",
            "1987-02-26",
            "March one",
            "1987-03-01",
        ),
        (
            "Borden Inc said it called for redemption on May one its outstanding 605,000 dlrs of debentures.",
            "1987-04-01",
            "May one",
            "1987-05-01",
        ),
        (
            "A.H. Belo Corp said it will submit to its shareholders at its May six annual meeting a proposal.",
            "1987-03-30",
            "May six",
            "1987-05-06",
        ),
        (
            "the debentures to convert into common by the June eight record date for the company's special dividend",
            "1987-06-01",
            "June eight",
            "1987-06-08",
        ),
        // (after "a" or "an" as after "the": reuters-16320's was the month)
        (
            "failed to pull together financing by an April one deadline.",
            "1987-04-13",
            "April one",
            "1987-04-01",
        ),
        (
            "He left the firm on November six last year to take over as president of UPI.",
            "1987-04-01",
            "November six last year",
            "1986-11-06",
        ),
        (
            "Oil stocks in Western Europe were 147.4 mln tonnes, down from the 154 mln tonnes on January one but still equivalent to 94 days",
            "1987-04-05",
            "January one",
            "1987-01-01",
        ),
        (
            "Company stocks on land in the OECD rose to 326 mln tonnes on April one this year compared with 316 mln tonnes in 1986",
            "1987-04-05",
            "April one this year",
            "1987-04-01",
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
    // nor is a count after a month: "In April three people died"
    for (text, month) in [
        ("In April three people died in the floods.", "April"),
        ("Sales in May two times higher than a year earlier", "May"),
        ("The index rose in March one point to 120.", "March"),
        // (nor before a plural or a compound, nor "one" before a word that it may count)
        ("By April two banks had failed.", "April"),
        (
            "The board approved on March two-for-one split terms.",
            "March",
        ),
        ("Since June four companies have left the market.", "June"),
        ("By June one analyst had cut his forecast.", "June"),
        ("By May three people had been arrested.", "May"),
    ] {
        let tags = tag(text, Some(d("1987-06-05")));
        let spans: Vec<&str> = tags.iter().map(|t| &text[t.span.clone()]).collect();
        assert!(spans.contains(&month), "{text:?}: {spans:?}");
    }
}

#[test]
fn a_day_of_the_month_is_no_part_of_a_figure() {
    // the whole part of a decimal, or the thousands of a figure glued to its comma, are no
    // day: the month stands alone (they were "late April 7", 1987-04-07, reuters-12214, and
    // "September 3", 1986-09-03, in reuters-14651's table of prices)
    assert_spans(&[
        (
            "It plans to offer in late April 7,500,000 shares of closed-end fund.",
            "1987-04-01",
            "late April",
            "1987-04",
        ),
        (
            "Order book at end December 2.3 billion marks.",
            "1987-04-07",
            "end December",
            "1986-12",
        ),
        (
            "July      3,248  (3,248)  volume nil     September 3,865  (3,772)  volume 23 lots",
            "1987-04-07",
            "September",
            "1986-09",
        ),
        // (a year glued to its comma is no thousands)
        (
            "On May 16,2019 the U.S.",
            "2019-06-01",
            "May 16,2019",
            "2019-05-16",
        ),
    ]);
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
    "abandoned",
    "above",
    "accident",
    "accord",
    "accords",
    "account",
    "accounts",
    "across",
    "actor",
    "actress",
    "ad",
    "added",
    "adha",
    "adjourned",
    "advance",
    "advanced",
    "aedt",
    "aest",
    "again",
    "against",
    "age",
    "aged",
    "ages",
    "agreed",
    "agreement",
    "ahead",
    "aim",
    "aimed",
    "aiming",
    "aims",
    "al",
    "all",
    "allow",
    "alone",
    "already",
    "also",
    "although",
    "always",
    "am",
    "amended",
    "amid",
    "among",
    "analyst",
    "analysts",
    "announced",
    "announcement",
    "annually",
    "another",
    "anticipate",
    "anticipated",
    "anticipates",
    "anticipating",
    "any",
    "approaches",
    "appropriations",
    "approved",
    "approximately",
    "argentina",
    "argentine",
    "argued",
    "arose",
    "around",
    "arrival",
    "arrivals",
    "asked",
    "asks",
    "assassination",
    "assault",
    "assets",
    "assists",
    "at",
    "ate",
    "attack",
    "attacks",
    "attended",
    "auction",
    "available",
    "average",
    "await",
    "awaiting",
    "awaits",
    "away",
    "awst",
    "axed",
    "back",
    "balance",
    "ballot",
    "banking",
    "banned",
    "barely",
    "barley",
    "barred",
    "base",
    "be",
    "beat",
    "became",
    "because",
    "been",
    "began",
    "behind",
    "being",
    "below",
    "best",
    "between",
    "beyond",
    "bid",
    "billion",
    "blast",
    "bloody",
    "blue",
    "bombing",
    "bombings",
    "book",
    "both",
    "bowl",
    "box",
    "boycotted",
    "brazil",
    "brazilian",
    "break",
    "bring",
    "bringing",
    "brings",
    "broadcast",
    "broke",
    "brought",
    "bst",
    "budget",
    "budgeted",
    "build",
    "but",
    "buzzer",
    "calender",
    "call",
    "calling",
    "calls",
    "came",
    "campaign",
    "can",
    "canceled",
    "cancelled",
    "cannot",
    "card",
    "cards",
    "carol",
    "carols",
    "cattle",
    "ceiling",
    "central",
    "cents",
    "cereal",
    "cereals",
    "ceremony",
    "cest",
    "cet",
    "chairman",
    "chairwoman",
    "chance",
    "chancellor",
    "chances",
    "change",
    "changed",
    "changes",
    "changing",
    "cheered",
    "chicago",
    "chief",
    "children",
    "chile",
    "chilean",
    "chinese",
    "choose",
    "chose",
    "circa",
    "cited",
    "clashes",
    "climbed",
    "clock",
    "close",
    "closed",
    "closes",
    "closing",
    "co",
    "collapse",
    "colombia",
    "colombian",
    "columnist",
    "come",
    "comes",
    "commencing",
    "commitment",
    "compared",
    "complete",
    "completed",
    "conference",
    "congress",
    "consecutive",
    "considering",
    "consumer",
    "contract",
    "contracts",
    "convention",
    "corp",
    "correspondent",
    "cost",
    "could",
    "council",
    "coup",
    "coupon",
    "cover",
    "covers",
    "crash",
    "crisis",
    "crop",
    "crops",
    "ct",
    "cts",
    "customarily",
    "cut",
    "cuts",
    "cy",
    "da",
    "daily",
    "dame",
    "data",
    "date",
    "dated",
    "dating",
    "daylight",
    "de",
    "dead",
    "deadline",
    "debate",
    "decide",
    "decided",
    "decision",
    "declared",
    "decline",
    "declined",
    "defeat",
    "deferred",
    "deficit",
    "degrees",
    "del",
    "delayed",
    "deliveries",
    "delivery",
    "demanded",
    "den",
    "department",
    "dept",
    "der",
    "designated",
    "despite",
    "di",
    "did",
    "didn",
    "director",
    "disaster",
    "distant",
    "dividend",
    "dlr",
    "dlrs",
    "do",
    "does",
    "doesn",
    "don",
    "dormancy",
    "down",
    "downward",
    "dozen",
    "draws",
    "drew",
    "dropped",
    "drove",
    "du",
    "due",
    "dunk",
    "dying",
    "early",
    "earnings",
    "earthquake",
    "eased",
    "easier",
    "eastern",
    "economist",
    "ed",
    "edged",
    "editor",
    "eet",
    "effect",
    "effective",
    "egg",
    "eggs",
    "el",
    "elections",
    "employment",
    "end",
    "ended",
    "ending",
    "ends",
    "energy",
    "equaliser",
    "equalizer",
    "equinox",
    "estimate",
    "estimated",
    "estimates",
    "euros",
    "eve",
    "even",
    "excludes",
    "existing",
    "expansion",
    "expect",
    "expectations",
    "expected",
    "expecting",
    "expects",
    "expiration",
    "expired",
    "expiring",
    "expiry",
    "explained",
    "explosion",
    "exports",
    "express",
    "extend",
    "extended",
    "extends",
    "eyed",
    "fair",
    "falls",
    "family",
    "far",
    "fawkes",
    "fed",
    "fell",
    "festival",
    "fewer",
    "fighting",
    "figure",
    "figures",
    "film",
    "final",
    "finances",
    "financial",
    "finish",
    "finished",
    "finishes",
    "finishing",
    "firmed",
    "firmer",
    "fitr",
    "fixed",
    "flew",
    "flies",
    "floods",
    "fly",
    "follow",
    "followed",
    "fool",
    "fools",
    "force",
    "forecast",
    "forecasting",
    "forecasts",
    "forgot",
    "formally",
    "fortnight",
    "fortnights",
    "forward",
    "founder",
    "francs",
    "front",
    "froze",
    "full",
    "fumble",
    "fumbled",
    "fund",
    "funds",
    "funeral",
    "further",
    "futures",
    "gained",
    "gains",
    "game",
    "games",
    "gave",
    "generally",
    "get",
    "gets",
    "go",
    "goal",
    "goalkeeper",
    "goals",
    "god",
    "goes",
    "going",
    "governor",
    "grain",
    "grains",
    "granted",
    "gras",
    "grew",
    "ground",
    "guesstimated",
    "guidance",
    "halftime",
    "halted",
    "halves",
    "hardly",
    "has",
    "hashana",
    "hashanah",
    "have",
    "he",
    "head",
    "heads",
    "hearing",
    "hearings",
    "heat",
    "held",
    "help",
    "her",
    "herald",
    "herself",
    "hid",
    "high",
    "higher",
    "highly",
    "highs",
    "hijack",
    "hike",
    "hikes",
    "him",
    "himself",
    "his",
    "hit",
    "hkt",
    "holdings",
    "holiday",
    "holidays",
    "home",
    "homer",
    "homered",
    "hope",
    "hoped",
    "hopes",
    "house",
    "housing",
    "however",
    "hrs",
    "hurt",
    "i",
    "if",
    "immediate",
    "immediately",
    "imports",
    "imposed",
    "inc",
    "includes",
    "income",
    "increase",
    "increased",
    "increases",
    "independent",
    "index",
    "india",
    "indian",
    "industrial",
    "industries",
    "inflation",
    "ing",
    "initially",
    "inning",
    "innings",
    "insisted",
    "instead",
    "intend",
    "intends",
    "interception",
    "interest",
    "into",
    "invasion",
    "iranian",
    "island",
    "issued",
    "ist",
    "it",
    "its",
    "itself",
    "jewish",
    "job",
    "jobless",
    "jointly",
    "jr",
    "jst",
    "judge",
    "jumped",
    "junior",
    "just",
    "justice",
    "keep",
    "keeps",
    "kick",
    "kickoff",
    "kicks",
    "kill",
    "king",
    "kippur",
    "knew",
    "kst",
    "lady",
    "lapsed",
    "lasted",
    "lasting",
    "lasts",
    "launch",
    "laydays",
    "layup",
    "lead",
    "leading",
    "least",
    "lengthen",
    "less",
    "level",
    "levels",
    "liabilities",
    "licence",
    "licences",
    "license",
    "licenses",
    "lied",
    "like",
    "likelihood",
    "likely",
    "little",
    "ll",
    "loading",
    "local",
    "london",
    "long",
    "longer",
    "look",
    "looms",
    "lose",
    "loss",
    "losses",
    "lost",
    "low",
    "lower",
    "lowered",
    "lows",
    "ltd",
    "lunar",
    "luther",
    "ly",
    "madness",
    "mail",
    "make",
    "making",
    "man",
    "manic",
    "marketing",
    "marks",
    "massacre",
    "match",
    "maybe",
    "mayor",
    "mdt",
    "me",
    "meanwhile",
    "media",
    "meeting",
    "meetings",
    "men",
    "ment",
    "mere",
    "merely",
    "mexican",
    "mexico",
    "midfielder",
    "might",
    "millennium",
    "million",
    "minister",
    "mirror",
    "missed",
    "mln",
    "monthly",
    "moratorium",
    "mountain",
    "moved",
    "moving",
    "msk",
    "mst",
    "mt",
    "much",
    "must",
    "named",
    "nationwide",
    "nearby",
    "nears",
    "need",
    "needs",
    "net",
    "never",
    "news",
    "night",
    "no",
    "normally",
    "not",
    "note",
    "noted",
    "number",
    "numbers",
    "nzdt",
    "nzst",
    "o",
    "oats",
    "observer",
    "off",
    "offensive",
    "offer",
    "offered",
    "office",
    "officially",
    "officials",
    "often",
    "older",
    "olympics",
    "only",
    "opened",
    "opening",
    "oper",
    "operating",
    "operation",
    "options",
    "or",
    "ordered",
    "orders",
    "organising",
    "organizing",
    "originally",
    "other",
    "our",
    "out",
    "outlook",
    "output",
    "outscored",
    "over",
    "overtook",
    "owed",
    "paced",
    "pacific",
    "pact",
    "pandemic",
    "paralympics",
    "part",
    "partners",
    "passed",
    "pasture",
    "pastures",
    "patrick",
    "pay",
    "payable",
    "payrolls",
    "pc",
    "pct",
    "peak",
    "penalty",
    "pentagon",
    "per",
    "percentage",
    "perhaps",
    "periods",
    "persian",
    "person",
    "peru",
    "peruvian",
    "petroleum",
    "philippine",
    "philippines",
    "picked",
    "pitcher",
    "place",
    "plan",
    "planned",
    "planning",
    "planting",
    "plantings",
    "pledge",
    "pledged",
    "pledges",
    "plunged",
    "plus",
    "point",
    "poised",
    "police",
    "poll",
    "polls",
    "positioning",
    "possibility",
    "post",
    "posted",
    "postponed",
    "posts",
    "pounds",
    "precede",
    "preceded",
    "predawn",
    "predicted",
    "predicting",
    "predictions",
    "predicts",
    "prepar",
    "prepare",
    "prepared",
    "prepares",
    "preparing",
    "president",
    "press",
    "pretax",
    "prev",
    "price",
    "priced",
    "prices",
    "producer",
    "production",
    "professor",
    "profit",
    "profits",
    "projected",
    "projection",
    "projections",
    "projects",
    "prolong",
    "promise",
    "promised",
    "promises",
    "prompt",
    "propose",
    "proposed",
    "proposes",
    "prospect",
    "prospects",
    "prove",
    "provided",
    "provides",
    "providing",
    "pt",
    "pts",
    "published",
    "pulled",
    "pushed",
    "put",
    "quake",
    "quarterback",
    "quarterly",
    "quit",
    "quite",
    "quota",
    "quotas",
    "quote",
    "race",
    "raid",
    "raids",
    "raised",
    "rallied",
    "ran",
    "rapeseed",
    "rate",
    "rates",
    "rather",
    "rating",
    "ratings",
    "reach",
    "reached",
    "readings",
    "rebounds",
    "recess",
    "record",
    "recorded",
    "reduced",
    "referee",
    "referendum",
    "regular",
    "release",
    "released",
    "releases",
    "remain",
    "remainder",
    "remained",
    "remains",
    "replied",
    "report",
    "reported",
    "reporter",
    "reports",
    "rescheduled",
    "reset",
    "resolved",
    "resources",
    "rest",
    "restated",
    "results",
    "retail",
    "returned",
    "returning",
    "revenue",
    "revenues",
    "revised",
    "revolution",
    "revs",
    "right",
    "rise",
    "rising",
    "rode",
    "rose",
    "roughly",
    "round",
    "rout",
    "runoff",
    "rush",
    "rye",
    "saints",
    "sale",
    "sales",
    "sank",
    "saw",
    "say",
    "says",
    "scarcely",
    "schedule",
    "scheduled",
    "schedules",
    "score",
    "scored",
    "scores",
    "scrapped",
    "season",
    "secretary",
    "see",
    "seedings",
    "seek",
    "seeks",
    "sees",
    "selling",
    "semifinal",
    "senator",
    "senior",
    "sentenced",
    "sentencing",
    "separately",
    "serve",
    "serves",
    "serving",
    "session",
    "sessions",
    "set",
    "setback",
    "settled",
    "settlement",
    "settling",
    "sgt",
    "share",
    "shares",
    "she",
    "shed",
    "shelling",
    "shelved",
    "shifted",
    "shipment",
    "shipments",
    "shook",
    "shooting",
    "shootings",
    "shopping",
    "shorten",
    "shorter",
    "shortly",
    "should",
    "show",
    "showed",
    "showing",
    "shown",
    "shr",
    "shut",
    "shutdown",
    "sideways",
    "signaled",
    "signalled",
    "similar",
    "simply",
    "singer",
    "sion",
    "sir",
    "sister",
    "slated",
    "slightly",
    "slipped",
    "small",
    "snowstorm",
    "so",
    "soared",
    "sold",
    "solstice",
    "sooner",
    "souls",
    "sowing",
    "sowings",
    "speech",
    "spend",
    "spending",
    "spends",
    "spoke",
    "spokesman",
    "spokeswoman",
    "sport",
    "spot",
    "spread",
    "spreads",
    "ss",
    "staff",
    "stages",
    "standard",
    "star",
    "started",
    "starting",
    "statement",
    "statistics",
    "stay",
    "stayed",
    "stays",
    "steady",
    "stg",
    "still",
    "stock",
    "stole",
    "stores",
    "storm",
    "straight",
    "stretches",
    "strike",
    "striker",
    "substitute",
    "success",
    "successive",
    "sued",
    "summit",
    "super",
    "surged",
    "surplus",
    "suspended",
    "swam",
    "swept",
    "switched",
    "t",
    "tail",
    "take",
    "takes",
    "taking",
    "talks",
    "target",
    "targeted",
    "targets",
    "targetted",
    "tax",
    "telegraph",
    "telegraphed",
    "television",
    "temperature",
    "temperatures",
    "tender",
    "terminal",
    "terms",
    "terror",
    "their",
    "them",
    "themselves",
    "then",
    "there",
    "they",
    "those",
    "though",
    "threatened",
    "threw",
    "through",
    "throughout",
    "thru",
    "thus",
    "tied",
    "till",
    "time",
    "times",
    "tion",
    "tip",
    "tips",
    "too",
    "took",
    "total",
    "totals",
    "touchdown",
    "touchdowns",
    "touched",
    "toward",
    "towards",
    "trade",
    "traded",
    "traditionally",
    "trailed",
    "trailing",
    "treaty",
    "tree",
    "trees",
    "tremor",
    "trial",
    "tribune",
    "trip",
    "triumph",
    "try",
    "tsunami",
    "tumbled",
    "turn",
    "turned",
    "turnovers",
    "tv",
    "tweeted",
    "typically",
    "ul",
    "unavailable",
    "unch",
    "unchanged",
    "under",
    "undertaking",
    "undertook",
    "unemployment",
    "unless",
    "unlikely",
    "unq",
    "until",
    "up",
    "uprising",
    "upward",
    "urged",
    "urges",
    "us",
    "used",
    "usually",
    "valid",
    "value",
    "valued",
    "van",
    "various",
    "versus",
    "very",
    "victory",
    "vied",
    "vietnamese",
    "visit",
    "von",
    "voted",
    "voting",
    "vow",
    "vowed",
    "vows",
    "vs",
    "wage",
    "wait",
    "waited",
    "waiting",
    "waits",
    "want",
    "wanted",
    "wants",
    "war",
    "warned",
    "watt",
    "way",
    "weaker",
    "wee",
    "weekly",
    "welcomed",
    "well",
    "went",
    "wheat",
    "wheats",
    "when",
    "where",
    "whereas",
    "which",
    "while",
    "white",
    "who",
    "whole",
    "whom",
    "whose",
    "wicket",
    "wickets",
    "win",
    "witching",
    "with",
    "withdrew",
    "without",
    "women",
    "won",
    "worked",
    "worldwide",
    "worst",
    "worth",
    "would",
    "wound",
    "wrap",
    "wraps",
    "writes",
    "wrote",
    "yards",
    "yearly",
    "yen",
    "yet",
    "yield",
    "yields",
    "york",
    "you",
    "younger",
];

#[test]
fn every_word_of_the_grammar_may_start_an_expression() {
    // Every module of the tagger but this one, read from the source tree.
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/values/date");
    let mut grammar = String::new();
    for entry in std::fs::read_dir(dir).expect("the date module's sources") {
        let path = entry.expect("a directory entry").path();
        if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("tests.rs") {
            grammar += &std::fs::read_to_string(&path).expect("a source file");
        }
    }
    let mut sorted = GRAMMAR_WORDS.to_vec();
    sorted.sort_unstable();
    assert_eq!(sorted, GRAMMAR_WORDS, "GRAMMAR_WORDS is kept sorted");
    assert!(HOLIDAY_STARTS.is_sorted(), "HOLIDAY_STARTS is kept sorted");
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
    // nor a set of them ("each February 29" is one)
    assert_untagged(
        "2024-03-13",
        &["It happens every Feb. 30 and every April 31."],
    );
    assert_eq!(
        value_of(
            "It happens each February 29.",
            "2024-03-13",
            "each February 29"
        ),
        "XXXX-02-29"
    );
    // a year the calendar does not read after "the year" is no year of the story, nor is
    // a larger figure
    assert_untagged(
        "2013-03-22",
        &[
            "The story is set in the year 99999.",
            "The fund reached the year 2,000,000 mark.",
        ],
    );
    // (but a figure of five digits or more with a thousands comma is the year's amount,
    // and "the year" before it the story's: it was untagged)
    assert_eq!(
        value_of(
            "Net includes losses for the year 309,000 dlrs vs 1,559,000 dlrs.",
            "1987-03-20",
            "the year"
        ),
        "1987"
    );
}

#[test]
fn a_year_long_before_the_news_is_one_told_as_a_year() {
    // (written here) after a word of time, or as a span of years
    assert_values_on(
        "2013-03-22",
        &[
            ("Columbus sailed in 1492.", "1492", "1492"),
            (
                "The Magna Carta of 1215 was sealed at Runnymede.",
                "1215",
                "1215",
            ),
            ("Leonardo da Vinci (1452-1519) painted it.", "1452", "1452"),
            ("Leonardo da Vinci (1452-1519) painted it.", "1519", "1519"),
            ("Between 1455 and 1485, England was at war.", "1485", "1485"),
        ],
    );
    // (Reuters-21578) a figure of that size alone is not
    assert_untagged(
        "1987-10-20",
        &[
            "At one point about 1700 lawsuits had been filed.",
            "Declines led advances 1121 to 504.",
        ],
    );
    // ... nor one too late for a year of the news: an index, a code of the wires, a figure
    // of a table (Reuters 14001, 13322, 14477)
    assert_untagged(
        "1987-04-07",
        &[
            "The overall index also hit a new high of 2188 versus 2179.",
            "economists said. (NYFQ 2146) Credit markets lost some gains.",
            "Mpls Deliverable    2187      2235       982",
            "The index stood at a record of 1757.",
        ],
    );
    // ... nor the level a change of a figure reached (Reuters 20714, 20899, 20703), though a
    // span of years or a date a span moved to is a year
    for text in [
        "The Dow fell 508 points to 1738.",
        "The Dow Jones Industrial Average fell a record 508 Monday to 1738.",
        "The index rose 12 points to 1850.",
    ] {
        assert_no_tag_holds(text, "1987-10-20", "18");
        assert_no_tag_holds(text, "1987-10-20", "17");
    }
    assert_values_on(
        "1987-10-20",
        &[
            ("Output rose 5 pct from 1985 to 1986.", "1986", "1986"),
            (
                "The deadline was pushed back two years to 2030.",
                "2030",
                "2030",
            ),
            ("Exports rose 5 pct to 1985 levels.", "1985", "1985"),
        ],
    );
    // ... nor after a month or a season of a table (Reuters 19518, 14444), though a month
    // written out takes one: "October 1492"
    assert_spans(&[
        (
            "Aug 12414  Oct 13929  Dec 1403  Mar 2901  May 482",
            "1987-06-29",
            "Dec",
            "1986-12",
        ),
        (
            "Columbus landed in October 1492.",
            "1987-06-29",
            "October 1492",
            "1492-10",
        ),
    ]);
    assert_untagged("1987-04-07", &["HARD RED WINTER         1639    1635   54"]);
    // ... unless it is told as a year: "by 2100", "the year 2150"
    assert_values_on(
        "2023-01-01",
        &[
            ("Sea levels could rise a metre by 2100.", "2100", "2100"),
            ("The year 2150 is far off.", "2150", "2150"),
        ],
    );
}

#[test]
fn a_show_named_by_its_night_is_no_night() {
    assert_untagged(
        "2013-03-22",
        &[
            "She appeared on Saturday Night Live.",
            "The game is on Monday Night Football.",
            // (a newspaper named by its day: Reuters-21578's British polls)
            "A poll conducted for The Sunday Times showed the Conservatives ahead.",
            "It was published in the Sunday Telegraph.",
            "Sunday Express journalists went on strike.",
            // (a paper or programme named "Today": Reuters-21578's Gannett stories, TimeBank's
            // VOA broadcast)
            "Gannett Co's USA Today said it carried 957 paid pages.",
            "The story, which appeared in USA Today, added speculation.",
            "A Marplan poll in the Today newspaper had the Conservatives ahead.",
            "This is VOA Today.",
            "He told NBC's Today show that the talks had failed.",
            "She was a guest on The Tonight Show.",
            // (a word of the present or future in capitals that begins a name: Reuters 8071
            // had "the Future" as FUTURE_REF)
            "Rostenkowski told Reuters before addressing the Future Industry Association.",
            "The Future Fund said it sold the shares.",
            "He spoke at the Now Festival.",
            // ("Soon" written after a name's word: Reuters-21578 16776 had FUTURE_REF)
            "Teck Soon Co Ltd, a major Thai rubber exporter, formed a venture, Teck Soon \
             general manager Chit Surivitchpan said.",
        ],
    );
    // (but "Soon" that begins a sentence is soon)
    assert_eq!(
        value_of("Prices rose. Soon, the market fell.", "2013-03-22", "Soon"),
        "FUTURE_REF"
    );
    // (but "Now" that begins a sentence is now)
    assert_eq!(
        value_of("Now Britain faces a choice.", "2013-03-22", "Now"),
        "PRESENT_REF"
    );
    // (but a day that begins a sentence, or is written small after a name, is the day)
    assert_eq!(
        value_of(
            "He left. Today, USAir rejected the bid.",
            "2013-03-22",
            "Today"
        ),
        "2013-03-22"
    );
    assert_eq!(
        value_of("Citicorp today said it would sue.", "2013-03-22", "today"),
        "2013-03-22"
    );
    // (but a day before a name that is no paper is one)
    assert_eq!(
        value_of("Trump said Sunday Biden was wrong.", "2013-03-22", "Sunday"),
        "2013-03-17"
    );
    // (but a night written in capitals before a place is one)
    assert_eq!(
        value_of(
            "The fight is set for Saturday Night in Las Vegas.",
            "2013-03-22",
            "Saturday Night"
        ),
        "2013-03-23TNI"
    );
}

#[test]
fn dates_before_christ_are_left_untagged_not_dated_in_our_era() {
    assert_untagged(
        "2013-03-22",
        &[
            "The ruins date to the 5th century BC.",
            "The temple was built in 1500 B.C. and fell.",
            "a settlement of the 3rd century BCE",
        ],
    );
    // (but a name after a year is no era: "BC Hydro", "B.C. Place")
    assert_eq!(
        value_of("In 2012 BC Hydro raised rates.", "2013-03-22", "2012"),
        "2012"
    );
    assert_eq!(
        value_of("In 1986 B.C. Place opened.", "2013-03-22", "1986"),
        "1986"
    );
}

#[test]
fn the_edge_of_a_days_or_years_thing_is_not_the_edge_of_the_date() {
    // the end of a session that belongs to a day is no end of the day
    assert_spans(&[
        (
            "The index closed at 1,205.3 points at the end of Monday's trading session.",
            "1998-03-12",
            "Monday",
            "1998-03-09",
        ),
        (
            "He will retire by the end of this year's season.",
            "1998-03-12",
            "this year",
            "1998",
        ),
        // (but the end of the day itself is)
        (
            "Shares rose at the end of the week.",
            "1998-03-12",
            "the end of the week",
            "1998-W11",
        ),
    ]);
}

#[test]
fn a_date_counted_back_by_a_qualified_number_covers_what_the_qualifier_allows() {
    // about: a tenth of the count either way, in whole units; the value stays
    check(
        "The company was founded about 20 years ago.",
        "2024-10-23",
        "2004",
        ("2002-01-01", "2006-12-31"),
    );
    check(
        "The ice age ended some 11,700 years ago.",
        "2024-10-23",
        "-9676",
        ("-10846-01-01", "-8506-12-31"),
    );
    check(
        "It happened 15 years or so ago.",
        "2024-10-23",
        "2009",
        ("2007-01-01", "2011-12-31"),
    );
    check(
        "The firm was founded circa 150 years ago.",
        "2024-10-23",
        "1874",
        ("1859-01-01", "1889-12-31"),
    );
    // (a small count has no tenth to give)
    check(
        "He left around two years ago.",
        "2024-10-23",
        "2022",
        ("2022-01-01", "2022-12-31"),
    );
    // less than: everything since, to the publication
    check(
        "It opened less than two years ago.",
        "2024-10-23",
        "2022",
        ("2022-01-01", "2024-10-23"),
    );
    // more than, at least: all that came before
    for text in [
        "It was founded more than 20 years ago.",
        "It was founded at least 20 years ago.",
    ] {
        let tags = tag(text, Some(d("2024-10-23")));
        let date = tags[0].date.as_ref().expect("a date");
        assert_eq!(
            (tags[0].value.as_str(), date.start, date.end),
            ("2004", NaiveDate::MIN, d("2004-12-31")),
            "{text:?}"
        );
    }
    // ("circa 1900" is 1900, APPROX, the one year)
    let t = tag_spanning(
        "The house dates from circa 1900.",
        "2024-10-23",
        "circa 1900",
    );
    assert_eq!(
        (t.value.as_str(), t.modifier),
        ("1900", Some(Modifier::Approx))
    );
    // so "founded about 20 years ago" agrees with "founded in 2003", and "more than 20
    // years ago" with "in 1998", but not with "in 2010"
    let date = |text: &str| {
        tag(text, Some(d("2024-10-23")))[0]
            .date
            .clone()
            .expect("a date")
    };
    assert!(date("founded about 20 years ago").overlaps(&date("founded in 2003")));
    assert!(date("founded more than 20 years ago").overlaps(&date("founded in 1998")));
    assert!(!date("founded more than 20 years ago").overlaps(&date("founded in 2010")));
    assert!(!date("founded 20 years ago").overlaps(&date("founded in 2003")));
    // (the report shows whole years as years)
    assert_eq!(date("founded about 20 years ago").to_string(), "2002..2006");
    assert_eq!(
        date("founded less than two years ago").to_string(),
        "2022-01-01..2024-10-23"
    );
    assert_eq!(
        date("founded more than 20 years ago").to_string(),
        "2004 or earlier"
    );
}

#[test]
fn a_year_back_from_a_count_of_months_reported_is_the_year_before() {
    // in a story of a quarter, "a year earlier" is that quarter a year back, but after a
    // count of months the sentence reports (longer than a quarter) it is the year before
    let story = "America West's third-quarter profit rose 11%.";
    assert_values_on(
        "1989-10-26",
        &[
            (
                &format!(
                    "{story} For the nine months, America West posted earnings of $18.9 \
                     million, compared with a loss of $9.7 million a year earlier."
                ),
                "a year earlier",
                "1988",
            ),
            (
                &format!(
                    "{story} Revenue from other accounts was 45% of the total in the latest \
                     nine months, compared with 40% a year ago."
                ),
                "a year ago",
                "1988",
            ),
            // (and so is "year-earlier", "the year-ago period")
            (
                &format!(
                    "{story} For the nine months, the company reported a net loss of \
                     $608,413, compared with year-earlier net income of $967,809."
                ),
                "year-earlier",
                "1988",
            ),
            (
                &format!("{story} Sales rose to $5 million from $4 million a year earlier."),
                "a year earlier",
                "1988-Q3",
            ),
            (
                &format!(
                    "{story} For the three months, sales rose to $5 million from $4 million \
                     a year earlier."
                ),
                "a year earlier",
                "1988-Q3",
            ),
            // (and after "for the year" in its sentence, the year back: Reuters-21578 7830
            // and 8939, each the quarter before; "a year earlier" as a year is counted from
            // the publication, as TimeBank counts it)
            (
                &format!(
                    "{story} Losses were 309,000 dlrs in the quarter, vs 253,000 dlrs a year \
                     earlier, and for the year of 309,000 dlrs vs 1,559,000 dlrs a year ago."
                ),
                "a year ago",
                "1988",
            ),
            (
                &format!(
                    "{story} For the month, car sales increased to 5,495 from 4,827 and for \
                     the year they rose to 19,264 from 17,673 a year earlier."
                ),
                "a year earlier",
                "1988",
            ),
        ],
    );
    // (not after a year that closes a longer phrase: "the first nine weeks of its fiscal
    // year" is no year of figures)
    assert_eq!(
        value_of(
            "Sales for the four weeks ended April 4 rose. Sales for the first nine weeks of \
             its fiscal year were up 2.9 pct from a year before.",
            "1987-04-09",
            "a year before"
        ),
        "1986-04-04"
    );
    // (but after "the first half", "the same period last year" is that half)
    assert_eq!(
        value_of(
            "In the first half of this year, the GDP grew by 7.8 percent over the same \
             period last year.",
            "2013-08-22",
            "the same period last year"
        ),
        "2012-H1"
    );
    // (but when the day that closes the months is given, the period is those months a
    // year back: see `the_period_after_days_written_as_one_is_those_days`)
    assert_eq!(
        value_of(
            "In the nine months ended Dec 31, the company earned 1.9 mln dlrs against a loss \
             of 16.5 mln dlrs in the year-ago period.",
            "1987-03-02",
            "the year-ago period"
        ),
        "1985-04-01..1985-12-31"
    );
}

#[test]
fn last_years_quarter_is_the_storys_quarter_a_year_back() {
    assert_spans(&[
        (
            "Third-quarter sales fell. U.K. sales for last year's quarter were about $3 \
             million.",
            "1989-11-01",
            "last year's quarter",
            "1988-Q3",
        ),
        (
            "Third-quarter sales fell 5% from last year's comparable quarter.",
            "1989-11-01",
            "last year's comparable quarter",
            "1988-Q3",
        ),
        // (not a period, which may be any span the text named, nor what else last year had)
        (
            "It sold 51,411 cars in the February 21-28 period, up from 39,754 last year's \
             period.",
            "1987-03-04",
            "last year",
            "1986",
        ),
        (
            "Third-quarter sales fell. Last year's results were hurt by charges.",
            "1989-11-01",
            "Last year",
            "1988",
        ),
    ]);
}

#[test]
fn a_quarter_still_to_come_is_the_next_of_its_number() {
    assert_values_on(
        "2024-10-23",
        &[
            (
                "The company expects margins to improve in the second quarter.",
                "the second quarter",
                "2025-Q2",
            ),
            (
                "The deal is expected to close by the end of the second quarter.",
                "the second quarter",
                "2025-Q2",
            ),
            (
                "Sales could rebound in the first quarter.",
                "the first quarter",
                "2025-Q1",
            ),
            // (and so is a half; told in the past, the last one; the quarter just over
            // stays, and so does what a forecast is set against, after "than")
            (
                "The deal is expected to close in the first half.",
                "the first half",
                "2025-H1",
            ),
            ("Sales fell in the first half.", "the first half", "2024-H1"),
            (
                "It expects a loss in the second half, but the shortfall would be lower \
                 than in the first half.",
                "the first half",
                "2024-H1",
            ),
            (
                "Sales in the fourth quarter will be higher than in the second quarter.",
                "the second quarter",
                "2024-Q2",
            ),
            (
                "Revenue fell in the second quarter.",
                "the second quarter",
                "2024-Q2",
            ),
            (
                "The company will take a charge in the third quarter.",
                "the third quarter",
                "2024-Q3",
            ),
        ],
    );
    // (but "no earlier than" bounds what is ahead)
    assert_eq!(
        value_of(
            "The budget will probably be compiled no earlier than August but before November.",
            "1987-04-07",
            "August"
        ),
        "1987-08"
    );
    // a quarter or half that names what is planned or estimated for it, whatever the verb:
    // reuters-10916, reuters-19509 and reuters-19559 were the year before
    assert_values(&[
        (
            "General Motors Corp has cut 100,000 cars from its second quarter production \
             schedule, according to Automotive News.",
            "1987-03-30",
            "second quarter",
            "1987-Q2",
        ),
        (
            "Analysts today lowered their second quarter earnings estimate for the company.",
            "1987-03-30",
            "second quarter",
            "1987-Q2",
        ),
        (
            "In December, OPEC set a provisional fourth quarter level of 18.3 mln bpd.",
            "1987-06-29",
            "fourth quarter",
            "1987-Q4",
        ),
        // (not what the quarter names otherwise)
        (
            "The company cut fourth quarter production.",
            "1987-03-30",
            "fourth quarter",
            "1986-Q4",
        ),
    ]);
}

#[test]
fn a_speakers_today_and_tomorrow_count_from_the_day_they_spoke() {
    // read on Wednesday 23 October 2024
    assert_values_on(
        "2024-10-23",
        &[
            (
                "\"We will decide tomorrow,\" he said on Thursday.",
                "tomorrow",
                "2024-10-18",
            ),
            (
                "\"I saw him yesterday. He is fine,\" Smith told reporters Monday.",
                "yesterday",
                "2024-10-20",
            ),
            (
                "He said Thursday: \"We met on Monday and will meet again tonight.\"",
                "Monday",
                "2024-10-14",
            ),
            (
                "He said Thursday: \"We met on Monday and will meet again tonight.\"",
                "tonight",
                "2024-10-17TNI",
            ),
            (
                "“Sales fell last week,” she said Friday.",
                "last week",
                "2024-W41",
            ),
            (
                "\"The vote is two days from now,\" the minister said yesterday.",
                "two days from now",
                "2024-10-24",
            ),
            (
                "\"The vote is in two days,\" the minister said yesterday.",
                "two days",
                "2024-10-24",
            ),
            // a speaker who spoke on the day of publication, or on no day the text names,
            // speaks of the publication's days
            (
                "\"We will decide tomorrow,\" he said on Wednesday.",
                "tomorrow",
                "2024-10-24",
            ),
            (
                "\"We will decide tomorrow,\" he said.",
                "tomorrow",
                "2024-10-24",
            ),
            // (nor is the day of another event the day of speaking, nor one past the
            // sentence)
            (
                "\"Tomorrow is another day,\" the coach said after Saturday's loss.",
                "Tomorrow",
                "2024-10-24",
            ),
            (
                "\"We rest tomorrow,\" he said as Saturday's game ended.",
                "tomorrow",
                "2024-10-24",
            ),
            (
                "\"We rest tomorrow,\" he said, looking ahead to Saturday.",
                "tomorrow",
                "2024-10-24",
            ),
            (
                "\"We will decide tomorrow,\" he said. The talks began on Thursday.",
                "tomorrow",
                "2024-10-24",
            ),
            // (and what is not quoted is the writer's)
            (
                "He said on Thursday that the vote would be held tomorrow.",
                "tomorrow",
                "2024-10-24",
            ),
        ],
    );
    let friday = tag_spanning(
        "\"We will decide tomorrow,\" he said on Thursday.",
        "2024-10-23",
        "tomorrow",
    )
    .date
    .expect("a day");
    assert_eq!(
        (friday.start, friday.end),
        (d("2024-10-18"), d("2024-10-18"))
    );
}

#[test]
fn the_feasts_of_the_islamic_calendar_are_the_days_saudi_arabia_keeps_give_or_take_one() {
    assert_values_on(
        "2024-10-23",
        &[
            (
                "Muslims celebrated Eid al-Fitr with prayers.",
                "Eid al-Fitr",
                "2024-04-10",
            ),
            ("Shops shut for Eid ul-Adha.", "Eid ul-Adha", "2024-06-16"),
            (
                "Eid-al-Adha will be marked next summer.",
                "Eid-al-Adha",
                "2025-06-06",
            ),
            (
                "The ceasefire must hold until Ramadan.",
                "Ramadan",
                "2025-03",
            ),
            ("Last Ramadan, prices rose.", "Last Ramadan", "2024-03"),
            (
                "The Islamic New Year fell in July.",
                "Islamic New Year",
                "2024-07-07",
            ),
            // (a year named is that year's; 2030 has two Ramadans, the first in January)
            ("Ramadan 2030 begins in January.", "Ramadan 2030", "2030-01"),
        ],
    );
    assert_values_on(
        "1987-03-18",
        &[(
            "traders may import palm oil to avert a possible shortage of cooking oil during \
             the Moslem fasting month of Ramadan in May",
            "Ramadan",
            "1987-05",
        )],
    );
    // a month under way is the one still to end, read in its first week
    assert_values_on(
        "2024-03-14",
        &[
            (
                "Talks will go on until the end of Ramadan.",
                "the end of Ramadan",
                "2024-03",
            ),
            ("Prices will rise during Ramadan.", "Ramadan", "2024-03"),
            ("Next Ramadan prices will rise.", "Next Ramadan", "2025-03"),
        ],
    );
    // a day either side, where the crescent is looked for or the month computed; Ramadan
    // 2024 ran from 11 March to 9 April in Saudi Arabia
    let interval = |text: &str, phrase: &str| {
        let date = tag_spanning(text, "2024-10-23", phrase)
            .date
            .expect("a date");
        (date.start, date.end)
    };
    assert_eq!(
        interval(
            "Muslims celebrated Eid al-Fitr with prayers.",
            "Eid al-Fitr"
        ),
        (d("2024-04-09"), d("2024-04-11"))
    );
    assert_eq!(
        interval("Sales of dates rose during Ramadan.", "Ramadan"),
        (d("2024-03-10"), d("2024-04-10"))
    );
    // a name is no month
    assert_untagged(
        "2024-10-23",
        &[
            "Iraqi Vice President Taha Yassin Ramadan spoke to reporters.",
            "Ramadan Shallah leads the group.",
        ],
    );
}

#[test]
fn inauguration_day_and_super_bowl_sunday_are_their_days() {
    assert_values_on(
        "2024-10-23",
        &[
            (
                "Trump will be sworn in on Inauguration Day.",
                "Inauguration Day",
                "2025-01-20",
            ),
            // (every four years: the last one, the nearest, or the one of this term)
            (
                "Protests were held on Inauguration Day.",
                "Inauguration Day",
                "2021-01-20",
            ),
            (
                "On Inauguration Day crowds gather.",
                "Inauguration Day",
                "2025-01-20",
            ),
            (
                "This Inauguration Day will be cold.",
                "This Inauguration Day",
                "2025-01-20",
            ),
            (
                "Inauguration Day 1933 was cold.",
                "Inauguration Day 1933",
                "1933-03-04",
            ),
            (
                "Ads aired on Super Bowl Sunday.",
                "Super Bowl Sunday",
                "2024-02-11",
            ),
            (
                "Ads will air on Super Bowl Sunday.",
                "Super Bowl Sunday",
                "2025-02-09",
            ),
            (
                "Ads aired on Super Bowl Sunday 2010.",
                "Super Bowl Sunday 2010",
                "2010-02-07",
            ),
        ],
    );
    // no day for a year with no inauguration, or a final before the Sunday was fixed
    assert_untagged(
        "2024-10-23",
        &[
            "Inauguration Day 2022 was cold.",
            "Super Bowl Sunday 1995 was cold.",
        ],
    );
}

#[test]
fn a_participle_like_its_present_after_was_or_were_is_the_past() {
    assert_values_on(
        "1998-11-12",
        &[
            (
                "Markets were shut on Christmas Day.",
                "Christmas Day",
                "1997-12-25",
            ),
            ("The rate was cut in December.", "December", "1997-12"),
            (
                "The port was hit by a strike in December.",
                "December",
                "1997-12",
            ),
            // (and "was set for" still schedules)
            ("The meeting was set for December.", "December", "1998-12"),
        ],
    );
}

#[test]
fn the_same_period_of_last_year_is_a_year_back() {
    assert_spans(&[
        (
            "Hyundai exported 49,822 cars in the first two months of 1987, up from 37,272 in \
             the same period of last year.",
            "1987-03-04",
            "the same period of last year",
            // (the first two months of 1986, the period the months name: it was 1986)
            "1986-01-01..1986-02-28",
        ),
        (
            "Insolvencies totalled 1,522 in January, 1.4 pct down on the same month of last \
             year.",
            "1987-03-19",
            "the same month of last year",
            "1986-01",
        ),
        (
            "Output in the first three quarters rose 7.2 percent over the same period of last \
             year.",
            "1998-11-10",
            "the same period of last year",
            "1997",
        ),
    ]);
}

#[test]
fn a_quarter_counted_from_a_fiscal_one_keeps_its_number_and_days() {
    assert_values(&[
        (
            "Dominion Textile posted net income of C$4.7 million for the fiscal-first quarter \
             ended Sept. 30. The company had a net loss of C$2.3 million a year ago.",
            "1989-10-26",
            "a year ago",
            "1988-Q1",
        ),
        (
            "Mars Graphic Services said it expects sales for the second quarter ending August \
             31 to exceed year ago sales. In the year-ago quarter the company earned 191,000 \
             dlrs.",
            "1987-06-19",
            "the year-ago quarter",
            "1986-Q2",
        ),
        // (the quarter before is counted from the middle of one that starts late in a
        // calendar quarter)
        (
            "Quantum expects a loss for the first quarter ending June 28. Revenue was flat \
             from the prior quarter.",
            "1987-06-19",
            "the prior quarter",
            "1986-Q4",
        ),
        // (a calendar quarter keeps the calendar's numbers)
        (
            "Net income for the third quarter ended Sept. 30 rose. A year ago, it lost money.",
            "1989-10-26",
            "A year ago",
            "1988-Q3",
        ),
    ]);
    // "the period" after a fiscal quarter is that quarter, its days as the text gave them
    let text = "Quantum Corp said it will take a charge, causing a loss for the first quarter \
                ending June 28. The company said it expects higher revenues for the period.";
    let period = tag_spanning(text, "1987-06-19", "the period");
    assert_eq!(period.value, "1987-Q1");
    let days = period.date.expect("a quarter");
    assert_eq!((days.start, days.end), (d("1987-03-29"), d("1987-06-28")));
}

#[test]
fn the_edge_of_an_analysts_period_code_is_that_part_of_it() {
    assert_spans(&[
        (
            "The company expects to finish by the end of Q2.",
            "2024-10-23",
            "the end of Q2",
            "2025-Q2",
        ),
        (
            "Hiring slowed at the start of FY2025.",
            "2024-10-23",
            "the start of FY2025",
            "2025",
        ),
        (
            "Margins peaked in the middle of 3Q19.",
            "2024-10-23",
            "the middle of 3Q19",
            "2019-Q3",
        ),
    ]);
    let end = tag_spanning(
        "The company expects to finish by the end of Q2.",
        "2024-10-23",
        "the end of Q2",
    );
    assert_eq!(end.modifier, Some(Modifier::End));
}

#[test]
fn a_part_of_a_holiday_is_that_part_of_its_day() {
    assert_spans(&[
        (
            "Results will be announced on Election Night.",
            "2024-10-23",
            "Election Night",
            "2024-11-05TNI",
        ),
        (
            "Gifts were opened on Christmas morning.",
            "2024-10-23",
            "Christmas morning",
            "2023-12-25TMO",
        ),
        (
            "The fire started on Thanksgiving night.",
            "2024-10-23",
            "Thanksgiving night",
            "2023-11-23TNI",
        ),
    ]);
    // (a holiday's weekend takes no part of a day, and "election night" in lowercase is
    // no holiday)
    assert_untagged("2024-10-23", &["They held election night parties."]);
}

#[test]
fn the_day_next_to_an_event_set_off_after_a_day_is_that_day() {
    assert_spans(&[
        (
            "Eight trading days after Oct. 12, the day before the stock market plunge, the \
             Nasdaq Composite had fallen 4.3%.",
            "1989-10-30",
            "the day",
            "1989-10-12",
        ),
        (
            "The plant has been closed since Dec. 14, the day after a contract expired.",
            "1987-03-12",
            "the day",
            "1986-12-14",
        ),
    ]);
    // (not after a figure that is no day, nor with no event: "the day before" alone is
    // the day before the publication's)
    assert_untagged("1989-10-30", &["Sales rose 12, the day before the vote."]);
    assert_values_on(
        "1989-10-30",
        &[(
            "Sales rose 12, the day before.",
            "the day before",
            "1989-10-29",
        )],
    );
}

#[test]
fn each_ordinal_of_coordinated_quarters_or_halves_is_a_period_of_its_own() {
    assert_spans(&[
        (
            "OPEC maintained its ceiling for both the third and fourth quarters of 1987.",
            "1987-06-29",
            "third",
            "1987-Q3",
        ),
        (
            "OPEC maintained its ceiling for both the third and fourth quarters of 1987.",
            "1987-06-29",
            "fourth quarters of 1987",
            "1987-Q4",
        ),
        (
            "Growth should pick up in the third and fourth quarters of next year.",
            "1987-06-19",
            "third",
            "1988-Q3",
        ),
        (
            "Profit fell in the first and second halves of 1988.",
            "1989-11-02",
            "second halves of 1988",
            "1988-H2",
        ),
        // (with no year, the second follows the first: it was 1986-Q3, the third quarter
        // nearest April 1987 read alone, reuters-13053)
        (
            "\"This sets the stage for more sluggish growth in the second and third quarters.\"",
            "1987-04-03",
            "second",
            "1987-Q2",
        ),
        (
            "\"This sets the stage for more sluggish growth in the second and third quarters.\"",
            "1987-04-03",
            "third quarters",
            "1987-Q3",
        ),
        (
            "Sales fell in the third and fourth quarters.",
            "1987-04-03",
            "fourth quarters",
            "1986-Q4",
        ),
    ]);
    // (not a game's halves, nor a plural with no ordinal joined before it)
    assert_untagged(
        "1989-11-02",
        &[
            "He scored in the first and second halves.",
            "Results for the fourth quarters were mixed.",
        ],
    );
}

#[test]
fn a_date_told_of_a_habit_is_any_years() {
    assert_values_on(
        "1989-11-02",
        &[
            (
                "80% of its auction business is usually conducted in the second and fourth \
                 quarters.",
                "fourth quarters",
                "XXXX-Q4",
            ),
            ("Sales usually peak in April.", "April", "XXXX-04"),
            (
                "The dividend is normally paid on May 1.",
                "May 1",
                "XXXX-05-01",
            ),
            (
                "Soviet and U.S. officials normally meet in the summer.",
                "the summer",
                "XXXX-SU",
            ),
            // (not the manner of a verb, nor "generally expected", nor a year written; the
            // profit that could be strong is the next first quarter's, read in November)
            (
                "Business is proceeding normally and the first-quarter profit could be strong.",
                "first-quarter",
                "1990-Q1",
            ),
            (
                "The decision is generally expected in April.",
                "April",
                "1990-04",
            ),
            ("Sales usually peak in April 1990.", "April 1990", "1990-04"),
            // (and one joined to it by "and" in its sentence goes on with the habit: the
            // spring was the coming one; not past a verb in the past, nor a sentence on)
            (
                "The pollution usually worsens in winter, when heating demand rises, and \
                 improves in the spring.",
                "the spring",
                "XXXX-SP",
            ),
            (
                "It is usually held in April and again in October.",
                "October",
                "XXXX-10",
            ),
            (
                "Sales usually peak in December, and rose in October.",
                "October",
                "1989-10",
            ),
            (
                "Prices usually rise in spring and fall. They fell in summer.",
                "summer",
                "1989-SU",
            ),
        ],
    );
    // a company's fiscal calendar told in general is any year's too (Reuters-21578 9563,
    // 2390 and others: they were the story's year), but not one fiscal year's last day
    assert_values_on(
        "1987-03-25",
        &[
            (
                "Medar Inc said it changed the end of its fiscal year to December 31 from \
                 March 31.",
                "March 31",
                "XXXX-03-31",
            ),
            (
                "Franklin Resources is a financial services company. Its fiscal year ends \
                 September 30.",
                "September 30",
                "XXXX-09-30",
            ),
            (
                "The company changed fiscal year to end February 28 from March 31.",
                "February 28",
                "XXXX-02-28",
            ),
            (
                "The current fiscal year ends March 31.",
                "March 31",
                "1987-03-31",
            ),
            (
                "Profit fell in the fiscal year ending March 31, 1986.",
                "March 31, 1986",
                "1986-03-31",
            ),
        ],
    );
    assert!(
        tag_spanning("Sales usually peak in April.", "1989-11-02", "April")
            .date
            .is_none(),
        "any year's April has no interval"
    );
}

#[test]
fn days_later_land_on_a_day_counted_from_the_day_named_last() {
    // the length between two events, as TimeML marks it, and the day it lands on, counted
    // from the day the text named last (TimeML's anchored duration), as "the next day" is
    let table = [
        (
            "Regulators met on Oct. 3. Two days later, they approved the merger.",
            "Two days later",
            "P2D",
            Some("2024-10-05"),
        ),
        (
            "Talks collapsed on Monday. A day earlier, the ministers had met.",
            "A day earlier",
            "P1D",
            Some("2024-10-20"),
        ),
        (
            "He arrived in Paris on June 5, 2010, and left nine days later.",
            "nine days later",
            "P9D",
            Some("2010-06-14"),
        ),
        // ("before that", "after that" as "earlier", "later")
        (
            "It approved the licence on Oct. 2. Three days before that, it had rejected another.",
            "Three days before that",
            "P3D",
            Some("2024-09-29"),
        ),
        // (no day named, or a coarser date: the length alone)
        ("Two days later, he died.", "Two days later", "P2D", None),
        (
            "The board fired him in November 2023. He was reinstated five days later.",
            "five days later",
            "P5D",
            None,
        ),
        // (nor a count in a period that follows: reuters-18490)
        (
            "Talks collapsed on Monday. The won strengthened in three days earlier this month.",
            "three days earlier",
            "P3D",
            None,
        ),
    ];
    for (text, phrase, value, day) in table {
        let t = tag_spanning(text, "2024-10-23", phrase);
        assert_eq!(
            (t.kind, t.value.as_str()),
            (TimexKind::Duration, value),
            "{text}"
        );
        let landed = t.date.map(|d| {
            assert_eq!(d.start, d.end, "{text}");
            d.start
        });
        assert_eq!(landed, day.map(d), "{text}");
    }
    // ... and weeks, months and years "after that" as "later" (not "before that meeting",
    // an event)
    let text = "The law was passed in 2010. It came into force two years after that.";
    assert_eq!(
        tag_spanning(text, "2024-10-23", "two years after that").value,
        "2012"
    );
    // weeks, months and years later move the story on, as "the next day" does: what comes
    // after counts from them (it counted from the date before, "the following year" 2010)
    let text = "Smith was arrested in 2009. Two years later, he was convicted. He was released \
                the following year.";
    assert_eq!(
        tag_spanning(text, "2013-03-21", "the following year").value,
        "2012"
    );
    // (not a year earlier, which compares)
    let text = "Sales rose in 1986. A year earlier they fell. In the following year, they rose.";
    assert_eq!(
        tag_spanning(text, "1987-03-21", "the following year").value,
        "1987"
    );
    let text = "The talks began on Oct. 2. He left two days before that meeting.";
    let t = tag_spanning(text, "2024-10-23", "two days");
    assert_eq!((t.value.as_str(), t.date), ("P2D", None));
    // what comes after counts from the day named, not from the day landed on, as after
    // "the next day" ("The day before" is Oct. 2)
    let text = "Regulators met on Oct. 3. Two days later, they approved it. The day before, \
                they had met again.";
    assert_eq!(
        tag_spanning(text, "2024-10-23", "The day before").value,
        "2024-10-02"
    );
}

#[test]
fn later_and_earlier_in_a_period_run_from_the_date_named_in_it() {
    let table = [
        (
            "It was added on May 16, 2019. Later that year, it was fined.",
            "2024-03-12",
            "Later that year",
            ("2019-05-16", "2019-12-31"),
        ),
        (
            "It was added on May 16, 2019. Earlier that year, it was fined.",
            "2024-03-12",
            "Earlier that year",
            ("2019-01-01", "2019-05-16"),
        ),
        (
            "It was sold in February. Later that year it closed.",
            "2024-03-12",
            "Later that year",
            ("2024-02-29", "2024-12-31"),
        ),
        // (reuters-12638)
        (
            "Wheat will be sold at the April 14 tender and a further 30,000 tonnes later in the month.",
            "1987-04-02",
            "later in the month",
            ("1987-04-14", "1987-04-30"),
        ),
        // from the publication when the text named no shorter date in the period, or one
        // at its edge
        (
            "A decision is expected later this year.",
            "2024-03-12",
            "later this year",
            ("2024-03-12", "2024-12-31"),
        ),
        (
            "Sales rose in 2019. Later that year, it was fined.",
            "2024-03-12",
            "Later that year",
            ("2019-01-01", "2019-12-31"),
        ),
        (
            "Output will rise in the second quarter. Bonds are less favoured later in the year.",
            "1987-03-30",
            "later in the year",
            ("1987-06-30", "1987-12-31"),
        ),
        (
            "Output will rise in the second half. Bonds are less favoured later in the year.",
            "1987-03-30",
            "later in the year",
            ("1987-03-30", "1987-12-31"),
        ),
        // "the rest of" the present unit, as "later" in it (was "the year" alone, all of it)
        (
            "Prices will be frozen for the rest of the year.",
            "2013-03-22",
            "the rest of the year",
            ("2013-03-22", "2013-12-31"),
        ),
        (
            "The market will stay shut for the rest of this week.",
            "2013-03-20",
            "the rest of this week",
            ("2013-03-20", "2013-03-24"),
        ),
        // ... and "the remainder of", "the balance of" (they were "the year" alone)
        (
            "Earnings should consistently increase throughout the remainder of the year.",
            "1987-04-09",
            "the remainder of the year",
            ("1987-04-09", "1987-12-31"),
        ),
        (
            "Aggregates could grow slowly during the balance of the year.",
            "1987-04-08",
            "the balance of the year",
            ("1987-04-08", "1987-12-31"),
        ),
        // what is still to come later in a year, or left of it, is not in a year over
        // (they were 1986, the year named before)
        (
            "Sales were 20.7 mln dlrs in 1986. Sales will rise later in the year.",
            "1987-06-29",
            "later in the year",
            ("1987-06-29", "1987-12-31"),
        ),
        (
            "Sales were 20.7 mln dlrs in 1986. We look forward to favorable comparisons for \
                 the balance of the year.",
            "1987-06-29",
            "the balance of the year",
            ("1987-06-29", "1987-12-31"),
        ),
        (
            "Loans were put on non-accrual status in 1986. The bank said that if these loans \
                 remain on non-accrual for the remainder of the year, net income for 1987 would \
                 be reduced.",
            "1987-04-13",
            "the remainder of the year",
            ("1987-04-13", "1987-12-31"),
        ),
        // ... nor of one still to begin (Reuters-21578 11734's was next week)
        (
            "Nervousness over a G-5 meeting next week could make for choppy price activity \
                 the remainder of the week.",
            "1987-03-31",
            "the remainder of the week",
            ("1987-03-31", "1987-04-05"),
        ),
        (
            "The plant opens in 1988. Output will be flat for the rest of the year.",
            "1987-03-31",
            "the rest of the year",
            ("1987-03-31", "1987-12-31"),
        ),
        // ... unless told in the past
        (
            "In 1986 sales rose in March and stayed flat for the rest of the year.",
            "1987-06-29",
            "the rest of the year",
            ("1986-03-31", "1986-12-31"),
        ),
        (
            "In 1986 sales rose. Later in the year, they fell.",
            "1987-06-29",
            "Later in the year",
            ("1986-01-01", "1986-12-31"),
        ),
    ];
    for (text, published, phrase, (start, end)) in table {
        let date = tag_spanning(text, published, phrase).date.expect(text);
        assert_eq!((date.start, date.end), (d(start), d(end)), "{text}");
    }
}

#[test]
fn the_edge_of_a_period_counted_from_the_date_named_reads_it_as_alone() {
    // "the end of the following month" is the end of the month after the date named last,
    // as "the following month" alone is (it was the month after the publication's)
    let text = "It received 300 applications by Sept. 30. By the end of the following \
                month, it had approved 80.";
    let t = tag_spanning(text, "2024-10-23", "the end of the following month");
    assert_eq!(
        (t.value.as_str(), t.modifier),
        ("2024-10", Some(Modifier::End))
    );
    let text = "It received 300 applications by Sept. 30. In the following month, it \
                approved 80.";
    assert_eq!(
        tag_spanning(text, "2024-10-23", "the following month").value,
        "2024-10"
    );
}

#[test]
fn a_quarter_of_a_fiscal_year_with_its_closing_day_is_the_three_months_to_it() {
    // named by its fiscal year, its days the three months to the day it closed on, which is
    // in that year or the one before (reuters-11049, reuters-15801, reuters-3243)
    let table = [
        (
            "It posted a loss for its fiscal 1987 third quarter ended January 31.",
            "fiscal 1987 third quarter",
            "1987-Q3",
            ("1986-11-01", "1987-01-31"),
        ),
        (
            "It posted a loss for the third quarter of fiscal 1987, ended January 31.",
            "the third quarter of fiscal 1987",
            "1987-Q3",
            ("1986-11-01", "1987-01-31"),
        ),
        (
            "Minntech said it expects a loss for its fiscal 1988 first quarter ending June 30.",
            "fiscal 1988 first quarter",
            "1988-Q1",
            ("1987-04-01", "1987-06-30"),
        ),
        (
            "It posted a loss for its fiscal 1985 third quarter ended January 31.",
            "fiscal 1985 third quarter",
            "1985-Q3",
            ("1984-11-01", "1985-01-31"),
        ),
        (
            "It posted a loss for its fiscal 1985 third quarter ended January 31.",
            "January 31",
            "1985-01-31",
            ("1985-01-31", "1985-01-31"),
        ),
        // ("a year earlier" counts back from it: reuters-6214)
        (
            "Hilton expects earnings for first quarter fiscal 1987 to March 31 to be about 90 \
             cts compared with 70 cts a year earlier.",
            "a year earlier",
            "1986-Q1",
            ("1986-01-01", "1986-03-31"),
        ),
    ];
    for (text, phrase, value, (start, end)) in table {
        let t = tag_spanning(text, "1987-04-09", phrase);
        let date = t.date.expect(text);
        assert_eq!(
            (t.value.as_str(), date.start, date.end),
            (value, d(start), d(end)),
            "{phrase} in {text}"
        );
    }
}

#[test]
fn a_period_named_by_its_year_closes_on_a_day_of_that_year() {
    // the notes under the wires' results tables name the year-ago column's period by its
    // year: its closing day is in that year, not the last one over (reuters-6522,
    // reuters-11569, reuters-4777, reuters-6653)
    assert_spans(&[
        (
            "    NOTE: 1985 period ended December 28\n    1985 earnings restated",
            "1987-03-18",
            "December 28",
            "1985-12-28",
        ),
        (
            "    1986 ended Dec 31 and 1985 ended Nov 30. In 1986, company changed fiscal year end.",
            "1987-03-31",
            "Nov 30",
            "1985-11-30",
        ),
        (
            "    NOTE: 1986 period ended February 23\n    Prior year amounts restated",
            "1987-03-13",
            "February 23",
            "1986-02-23",
        ),
        (
            "Net profit in the 1985 quarter ended December 28 was 3 mln dlrs.",
            "1987-03-10",
            "December 28",
            "1985-12-28",
        ),
        // (the quarter is the one to that day)
        (
            "Net profit in the 1986 quarter ended September 30 was 3 mln dlrs.",
            "1987-03-10",
            "the 1986 quarter",
            "1986-Q3",
        ),
        (
            "Third quarter net for the 1986 period ended Sept 30 was 3 mln dlrs.",
            "1987-03-10",
            "the 1986 period",
            "1986-Q3",
        ),
        // (the year stays the one named when the day writes the next: a retailer's year)
        (
            "    NOTE: 1985 period ended Feb 1, 1986\n    Share data restated",
            "1987-03-18",
            "1985",
            "1985",
        ),
        // (not a year that closes a longer phrase, whose day is read alone)
        (
            "during the first nine weeks of 1987 ended March 6 it managed 57 deals.",
            "1987-03-13",
            "March 6",
            "1987-03-06",
        ),
    ]);
    // ... unlike a year with no period closing ("in 1985 and on December 28")
    assert_values_on(
        "1987-03-18",
        &[(
            "It was founded in 1985 and on December 28 it listed.",
            "December 28",
            "1986-12-28",
        )],
    );
}

#[test]
fn a_results_tables_heading_names_the_quarter_of_its_notes() {
    // "Qtr ended Dec 31" above the figures: "in qtr" in a note is that quarter, as is the
    // note's "the quarter" after a year (reuters-5741, reuters-19787)
    assert_values(&[
        (
            "Qtr ended Dec 31\n    Oper shr loss two cts vs loss 92 cts\n    Nine mths\n    \
             Note: oper data does not include 1986 gains of 30,000 dlrs in\nqtr and 110,000 \
             dlrs in nine mths.",
            "1987-03-16",
            "qtr",
            "1986-Q4",
        ),
        (
            "Period ended May 31\n    Oper shr 31 cts vs 29 cts\n    NOTE: 1986 period ended \
             June One\n    NOTE: Earnings exclude a gain of 162,000 dlrs in the quarter.",
            "1987-06-29",
            "the quarter",
            "1987-Q2",
        ),
    ]);
    // (value, first day, last day): and so does a heading of the closing day alone, the
    // period's noun dropped, and a note's quarter right after such a day is the quarter it
    // closes (reuters-7061, reuters-5354, reuters-12874: they were 1987-Q1, January to
    // March)
    assert_periods(&[
        (
            "ended Jan 31\n    Shr loss 1.58 dlrs vs profit 58 cts\n    Year\n    Shr loss \
             1.27 dlrs vs profit 92 cts\n    NOTES: Per share profits from operations were \
             1.46 dlrs vs 71 cts\nin the quarter and 2.44 dlrs vs 1.05 dlrs in year.",
            "1987-03-19",
            "the quarter",
            ("1986-Q4", "1986-11-01", "1987-01-31"),
        ),
        (
            "Ended Jan three\n    Shr profit five cts vs NA\n    Year\n    Shr profit 12 cts \
             vs loss 74 cts\n    NOTE: Loss per share not given for quarter.",
            "1987-03-16",
            "quarter",
            ("1986-Q4", "1986-10-04", "1987-01-03"),
        ),
        (
            "Period ended Jan 31\n    Shr 20 cts vs 18 cts\n    NOTE: Earnings exclude a gain \
             of 1,383,000 dlrs in the quarter.",
            "1987-04-03",
            "the quarter",
            ("1986-Q4", "1986-11-01", "1987-01-31"),
        ),
    ]);
}

#[test]
fn a_business_day_before_or_after_skips_the_weekend() {
    // counted from the day the text named last, else the publication (reuters-11059,
    // reuters-14675); the next one moves the story on, as "the next day" does
    assert_spans(&[
        (
            "Treasury balances at the Federal Reserve fell on March 27 to 2.424 billion dlrs \
             from 2.508 billion dlrs on the previous business day, the Treasury said.",
            "1987-03-30",
            "the previous business day",
            "1987-03-26",
        ),
        (
            "Treasury balances at the Federal Reserve rose on March 30 to 3.576 billion dlrs \
             from 3.254 billion dlrs on the previous business day.",
            "1987-03-31",
            "the previous business day",
            "1987-03-27",
        ),
        (
            "The service has set these unit values, effective through the next business day.",
            "1987-04-10",
            "the next business day",
            "1987-04-13",
        ),
        (
            "Stocks fell on Thursday, March 12. The next trading day they rebounded, and the \
             following trading day they fell again.",
            "2026-03-16",
            "the following trading day",
            "2026-03-16",
        ),
        (
            "Shares closed at a record the prior trading day.",
            "2026-03-16",
            "the prior trading day",
            "2026-03-13",
        ),
        // (no market opens on Christmas, as the first business day of a month counts)
        (
            "The exchange closed early and reopens the next business day.",
            "2013-12-24",
            "the next business day",
            "2013-12-26",
        ),
    ]);
}

#[test]
fn a_date_counted_from_one_the_text_named_says_which() {
    // (sentence, publication date, phrase, the text it was counted from: none when it was
    // the publication)
    let table = [
        (
            "Huawei was added to the list on May 15, 2019. The following day, Google \
             suspended its licence.",
            "2019-10-10",
            "The following day",
            Some("May 15, 2019"),
        ),
        (
            "Huawei was added to the list on May 14, 2019. Three days later, Google \
             suspended its licence.",
            "2019-10-10",
            "Three days later",
            Some("May 14, 2019"),
        ),
        (
            "Net profit rose 12 pct in the first quarter. A year earlier it had fallen.",
            "1987-04-20",
            "A year earlier",
            Some("the first quarter"),
        ),
        (
            "Last month, Theodore Cross offered to acquire the publisher. Late in the \
             month, it agreed to a merger.",
            "1987-04-02",
            "Late in the month",
            Some("Last month"),
        ),
        (
            "The plant was sold on May 16, 2019. Later that year it closed.",
            "2020-03-12",
            "Later that year",
            Some("May 16, 2019"),
        ),
        (
            "Unemployment fell to 7.1 pct in October 1985. It rose in June of that year.",
            "1987-06-01",
            "June of that year",
            Some("October 1985"),
        ),
        (
            "Huawei was blacklisted last year.",
            "2019-09-05",
            "last year",
            None,
        ),
        (
            "Huawei was added to the list on May 15, 2019. Google said yesterday it would \
             comply.",
            "2019-10-10",
            "yesterday",
            None,
        ),
        (
            "Huawei was added to the list on May 15, 2019. Google cut ties on May 20.",
            "2019-10-10",
            "May 20",
            None,
        ),
    ];
    for (text, published, phrase, from) in table {
        let t = tag_spanning(text, published, phrase);
        assert_eq!(
            t.counted_from.map(|at| &text[at]),
            from,
            "{phrase:?} in {text:?} published {published}"
        );
    }
}

#[test]
fn year_end_before_a_month_names_no_day_of_its_own() {
    // (the month a fiscal year ends in: it was December 31, Reuters-21578 13319, 12732)
    let budget = "Dealers said speculation that the Government's year-end March budget \
                  deficit will be lower than expected lifted the currency.";
    assert_no_tag_holds(budget, "1987-04-07", "year");
    assert_spans(&[
        (budget, "1987-04-07", "March", "1987-03"),
        (
            "Call rates traded as high as 65 pct this week because of business year-end \
             March 31 balance date book squaring.",
            "1987-04-03",
            "March 31",
            "1987-03-31",
        ),
        // (but before a noun, the closing day of the year)
        (
            "The company's year-end results will be out in March.",
            "1987-04-07",
            "year-end",
            "1987-12-31",
        ),
    ]);
    // ... nor after the day that closes it (reuters-3439, reuters-6376: they were
    // December 31, 1986, and the end of 1986)
    let closing = [
        (
            "Rates have been resisting a fall on growing demand for funds ahead of the March \
             31 financial year-end, they said.",
            "1987-03-09",
            "March 31",
            "1987-03-31",
        ),
        (
            "Its accounts will be changed to run from April 1 from the current October 31 \
             year end.",
            "1987-03-18",
            "current October 31",
            "1987-10-31",
        ),
    ];
    for (text, published, _, _) in closing {
        assert_no_tag_holds(text, published, "year");
    }
    assert_spans(&closing);
}

#[test]
fn a_day_whose_figure_a_change_is_measured_from_is_not_the_storys() {
    // (a possessive right after "from", "than", "above", "below", "versus", "vs" or
    // "against": it was what later expressions counted from, Reuters-21578 12798, 14250,
    // 2765, 19851)
    assert_values(&[
        (
            "Volume shrank to 47.6 billion won from yesterday's 93.3 billion. Dealers said the \
             market was depressed throughout the day on widespread heavy selling.",
            "1987-04-03",
            "the day",
            "1987-04-03",
        ),
        (
            "Zinc was quoted at 454.50 stg, down two stg from yesterday afternoon's kerb close. \
             The price held at that level for the rest of the morning.",
            "1987-04-07",
            "the morning",
            "1987-04-07TMO",
        ),
        (
            "Eurodollar turnover during February was 140,417 lots, against January's 100,941 \
             and the year ago figure of 81,648.",
            "1987-03-06",
            "year ago",
            "1986-02",
        ),
        (
            "It expects its second quarter earnings to be lower than last year's income of \
             seven cts per share, but its revenue for the period should increase by 20 pct \
             over the 2.7 mln dlrs reported a year ago.",
            "1987-06-29",
            "the period",
            "1987-Q2",
        ),
    ]);
    // ... and so is one that dates such a figure as "level" or "figure" does (Reuters-21578
    // 839: "the same period" was 1986-01, "the previous January" 1985-01)
    let money = "At the end of January, broad money stood at 175,866 mln dlrs from \
                 December's 174,668 mln dlrs and a January 1986 level of 159,453 mln. In the \
                 same period, borrowings rose to 70,389 mln dlrs from December's 70,237 mln \
                 and the previous January's 64,299 mln.";
    assert_values(&[
        (money, "1987-03-02", "same period", "1987-01"),
        (money, "1987-03-02", "the previous January", "1986-01"),
    ]);
    // (the day itself is still tagged)
    assert_spans(&[(
        "Volume shrank to 47.6 billion won from yesterday's 93.3 billion.",
        "1987-04-03",
        "yesterday",
        "1987-04-02",
    )]);
}

#[test]
fn a_prior_period_without_its_article_is_read_as_with_it() {
    // (the notes to a results table and a dividend's line drop "the": Reuters-21578 423,
    // 1428, 9271, 11711; they were untagged)
    assert_spans(&[
        (
            "Qtly div 35 cts vs 35 cts in prior qtr\n    Payable April one",
            "1987-03-02",
            "prior qtr",
            "1986-Q4",
        ),
        (
            "Mthly div 7.3 cts vs 7.5 cts in prior month\n    Payable April six",
            "1987-03-25",
            "prior month",
            "1987-02",
        ),
        (
            "Note: 1986 year excludes extraordinary loss of 79.1 mln dlrs versus loss 221.5 mln \
             dlrs in prior year",
            "1987-03-04",
            "prior year",
            "1985",
        ),
        (
            "Operating income fell to a 1986 loss of 1.71 billion dlrs from prior year \
             earnings of 737.0 mln dlrs.",
            "1987-03-31",
            "prior year",
            "1985",
        ),
        (
            "The 30 cts dividend represents a 15 pct increase over previous quarter.",
            "1987-03-12",
            "previous quarter",
            "1986-Q4",
        ),
    ]);
    // (not a prior period with no period named before it, with or without the article: it
    // was the day before the publication)
    assert_untagged(
        "1987-03-02",
        &[
            "Semi-annual div from income of 7.3 cts vs 1.0 cent in prior period",
            "Semi-annual div from income of 7.3 cts vs 1.0 cent in the prior period",
        ],
    );
    // (nor "prior" as an adverb, "prior to", or a verb's object)
    assert_untagged(
        "1987-03-02",
        &[
            "The shares were sold prior to the merger.",
            "It repeated prior year mistakes.",
        ],
    );
}

#[test]
fn the_year_of_the_months_just_over_is_the_publications() {
    // (a statistic for the year so far, after last year's in an earlier sentence: it was
    // the year named before, Reuters-21578 4093, 11773, 20026)
    let taiwan = "Taiwan's trade surplus with the U.S. hit 13.6 billion dlrs last year against \
                  10.2 billion in 1985. The surplus widened in the first two months of the year \
                  to 2.35 billion dlrs from 1.87 billion in the same period last year.";
    assert_values(&[
        (taiwan, "1987-03-12", "the year", "1987"),
        // (and what is counted back from it is counted from it: it was 1985, then 1986,
        // and is now the two months of 1986)
        (
            taiwan,
            "1987-03-12",
            "the same period last year",
            "1986-01-01..1986-02-28",
        ),
        (
            "The bank must expect 1987 operating profit to be lower than in 1986. In the \
             first two months of the year, partial operating profit declined.",
            "1987-04-01",
            "the year",
            "1987",
        ),
        (
            "Orders in September were above those in September last year. Car production \
             rose in the first nine months of the year to 3.25 mln.",
            "1987-10-20",
            "the year",
            "1987",
        ),
        // (not months still to run, nor long over: the year named before)
        (
            "It reported 1986 earnings of 6.6 mln dlrs. For the first nine months of the \
             year, it had earned 6.8 mln dlrs.",
            "1987-03-13",
            "the year",
            "1986",
        ),
        (
            "It reported 1986 earnings of 6.6 mln dlrs. For the first two months of the year, \
             it had earned 1.8 mln dlrs.",
            "1987-07-13",
            "the year",
            "1986",
        ),
        // (nor after a year named in its own sentence)
        (
            "Sales in 1986 were weak, and in the first two months of the year they fell.",
            "1987-03-13",
            "the year",
            "1986",
        ),
        // (a winter is in the year of its middle: it was the year it began in, 2012)
        (
            "Sales of air purifiers have soared since the winter, and one retailer said it \
             sold more in the first two months of the year than in all of 2012.",
            "2013-03-13",
            "the year",
            "2013",
        ),
        (
            "In the winter of 2011-12, sales fell. For the year, they rose.",
            "2013-03-13",
            "the year",
            "2012",
        ),
    ]);
}

#[test]
fn a_fiscal_quarter_named_again_by_its_number_is_the_same_quarter() {
    // (value, first day, last day of the second mention)
    let table = [
        (
            "Tandem Computers Inc said it expects higher earnings in its second fiscal quarter \
             ending March 31. Analyst Frederic Cohen estimated Tandem's second quarter net at \
             40 to 45 cts per share.",
            "1987-03-05",
            "second quarter net",
            ("1987-Q2", "1987-01-01", "1987-03-31"),
        ),
        (
            "Linear Films Inc said it sees lower earnings in the fourth quarter ending March \
             31. It also said sale volume of stretch film in the fourth quarter was lower than \
             anticipated.",
            "1987-03-31",
            "in the fourth quarter was",
            ("1987-Q4", "1987-01-01", "1987-03-31"),
        ),
        (
            "Rockwell reported net earnings in its first quarter ended December 31 of 149.4 \
             mln dlrs. Beall said first quarter sales for the Allen-Bradley unit were flat.",
            "1987-03-03",
            "said first quarter",
            ("1986-Q1", "1986-10-01", "1986-12-31"),
        ),
        // (a calendar quarter named first leaves the next one of its number to the tense)
        (
            "GNP grew 1.1 pct in the fourth quarter of 1986. It will grow faster in the fourth \
             quarter.",
            "1987-03-24",
            "faster in the fourth",
            ("1987-Q4", "1987-10-01", "1987-12-31"),
        ),
        // (and a quarter counted back from it is that fiscal quarter a year back: it was
        // the calendar's third quarter of 1986, July to September, reuters-15226)
        (
            "Showboat will take a charge against results for the third quarter ended March \
             31. Showboat earned 1,753,000 dlrs in last year's third quarter.",
            "1987-04-08",
            "last year's third quarter",
            ("1986-Q3", "1986-01-01", "1986-03-31"),
        ),
    ];
    assert_periods(&table);
}

/// A phrase's expected tag: (text, publication, phrase, (value, first day, last day)).
type PeriodRow<'a> = (&'a str, &'a str, &'a str, (&'a str, &'a str, &'a str));

#[test]
fn a_quarter_before_its_noun_and_last_year_is_last_years() {
    // a quarter or a half by its number alone, or a month, before the noun it dates and
    // "last year", is last year's (Reuters 5956, 13180, 15270, 18301, 18499: they were this
    // year's)
    assert_values(&[
        (
            "Lukens had first quarter sales last year of 92.9 mln dlrs.",
            "1987-03-17",
            "first quarter",
            "1986-Q1",
        ),
        (
            "It said its first quarter earnings will be similar to its fourth quarter earnings \
             last year.",
            "1987-04-03",
            "fourth quarter",
            "1986-Q4",
        ),
        (
            "The company reported second quarter net income last year of 76.6 mln dlrs.",
            "1987-06-02",
            "second quarter",
            "1986-Q2",
        ),
        (
            "Commodity operations returned to profit after a second half loss last year.",
            "1987-06-18",
            "second half",
            "1986-H2",
        ),
        // (and a month: Reuters 4115, 15430, 284)
        (
            "The December surplus originally was reported at 964 mln dlrs. The January \
             surplus last year was 1.19 billion dlrs.",
            "1987-03-12",
            "January",
            "1986-01",
        ),
        // (not past a verb or a preposition: the quarter is compared with last year's)
        (
            "Performance in the first quarter showed improvement over last year.",
            "1987-04-24",
            "the first quarter",
            "1987-Q1",
        ),
    ]);
}

#[test]
fn a_quarter_in_a_clause_that_looks_ahead_is_not_one_long_over() {
    // a quarter by its number alone, in a clause whose verb is a modal or a forecast, is
    // the next of that number when the last one ended over a quarter ago (Reuters 17189,
    // 19559, 17478, 19588: they were 1986's)
    assert_values(&[
        (
            "AM International Inc said its third quarter net income may not exceed the \
             breakeven level.",
            "1987-04-24",
            "third quarter",
            "1987-Q3",
        ),
        (
            "However, the company said its fourth quarter operating profits are expected to \
             be the largest of this year.",
            "1987-04-24",
            "fourth quarter",
            "1987-Q4",
        ),
        (
            "Ali told a news conference that OPEC third quarter output will be between 17.5 \
             and 17.7 mln bpd.",
            "1987-06-29",
            "third quarter",
            "1987-Q3",
        ),
        (
            "He said OPEC had to look very carefully at what level of production in the third \
             quarter would effectively sustain the 18 dlrs price.",
            "1987-06-01",
            "the third quarter",
            "1987-Q3",
        ),
        // (not the one just over, whose results are still to come, nor past a year over the
        // text wrote before, nor a figure's in a possessive)
        (
            "The company said its fourth quarter net income will be about 2 mln dlrs.",
            "1987-02-10",
            "fourth quarter",
            "1986-Q4",
        ),
        (
            "Net income for 1986 was hurt by bad debts. He said it is possible second quarter \
             results will be restated.",
            "1987-03-19",
            "second quarter",
            "1986-Q2",
        ),
        (
            "Convex said third quarter earnings will be less than the second quarter's 12 \
             cents a share.",
            "1987-10-19",
            "the second quarter",
            "1987-Q2",
        ),
    ]);
}

#[test]
fn a_quarter_by_its_number_is_the_one_the_story_closes_on_a_day_later() {
    // a quarter named by its number alone before the story first closes one of that number
    // on a day is that quarter (Reuters 3890, 1193, 16369: they were the calendar's)
    assert_periods(&[
        (
            "H.J. Heinz Co said net income for the third quarter rose 18.2 pct. For the third \
             quarter ended January 31, Heinz earned 74.7 mln dlrs.",
            "1987-03-11",
            "the third quarter rose",
            ("1987-Q3", "1986-11-01", "1987-01-31"),
        ),
        (
            "Genetics Institute Inc, earlier reporting an increased first quarter net loss, \
             said it expects higher losses. Genetics earlier said first quarter ended February \
             28 losses rose.",
            "1987-04-13",
            "first quarter net",
            ("1987-Q1", "1986-12-01", "1987-02-28"),
        ),
        // (not when the day writes its year, a quarter of another year)
        (
            "The company expects to record a pretax gain in the first quarter. For the first \
             quarter ended March 31, 1986, it earned 2 mln dlrs.",
            "1987-03-27",
            "the first quarter.",
            ("1987-Q1", "1987-01-01", "1987-03-31"),
        ),
    ]);
}

/// Asserts the value and the interval of the tag at (or holding) each phrase.
fn assert_periods(table: &[PeriodRow<'_>]) {
    for &(text, published, around, (value, first, last)) in table {
        let at = text.find(around).expect("phrase in text");
        let tags = tag(text, Some(d(published)));
        // (the tag that is the phrase, or a longer one around it)
        let t = tags
            .iter()
            .find(|t| t.span == (at..at + around.len()))
            .or_else(|| {
                tags.iter().find(|t| {
                    t.span.start <= at + around.len() && at < t.span.end && t.span.len() > 4
                })
            })
            .unwrap_or_else(|| panic!("nothing tagged at {around:?} in {text:?}"));
        let date = t.date.as_ref().expect("an interval");
        assert_eq!(
            (t.value.as_str(), date.start, date.end),
            (value, d(first), d(last)),
            "{around:?} in {text:?} published {published}"
        );
    }
}

#[test]
fn a_quarter_named_after_the_day_that_closes_it_runs_to_that_day() {
    // (reuters-14994, reuters-19809, reuters-20689: each was the calendar quarter of its
    // number)
    assert_periods(&[
        (
            "It expects to establish reserves totaling about 11 mln dlrs in the March 31 \
             second quarter.",
            "1987-04-08",
            "second quarter",
            ("1987-Q2", "1987-01-01", "1987-03-31"),
        ),
        (
            "Crown Crafts Inc said it expects to report record sales and earnings for the \
             June 28 first quarter.",
            "1987-06-29",
            "first quarter",
            ("1987-Q1", "1987-03-29", "1987-06-28"),
        ),
        (
            "As of the Sept 30 first quarter, the company had 79.8 mln shares outstanding.",
            "1987-10-20",
            "first quarter",
            ("1987-Q1", "1987-07-01", "1987-09-30"),
        ),
        // (as "the second quarter ended March 31" does)
        (
            "Profit rose in the second quarter ended March 31.",
            "1987-04-08",
            "the second quarter",
            ("1987-Q2", "1987-01-01", "1987-03-31"),
        ),
        // (not across a table's gap into a heading of its own: reuters-2221)
        (
            "Final dividend is payable May 28 to holders of record April 10     Fourth \
             quarter U.S. dollar figures for group translated from sterling.",
            "1987-03-05",
            "Fourth",
            ("1986-Q4", "1986-10-01", "1986-12-31"),
        ),
    ]);
}

#[test]
fn another_quarter_named_by_its_number_counts_in_the_storys_fiscal_year() {
    const AM: &str = "AM International Inc, reporting an operating loss for the January 31 \
                      second quarter, said prospects remain good. Earlier AM reported a \
                      fourth quarter operating loss of two cts a share compared to profits \
                      of seven cts a share a year ago.";
    // (value, first day, last day): each was the calendar quarter of its number
    assert_periods(&[
        (
            "Net income in the fiscal first quarter, which ended Sept. 30, rose. It expects \
             second-quarter revenue of $23.75 billion to $24.45 billion.",
            "2013-10-24",
            "second-quarter",
            ("2013-Q2", "2013-10-01", "2013-12-31"),
        ),
        // (reuters-4810: its days as many quarters on as the story's)
        (
            "General Mills Inc, reporting stronger results for the third quarter ended \
             February 22, said it expects the momentum to continue in the fourth quarter.",
            "1987-03-13",
            "the fourth quarter",
            ("1987-Q4", "1987-02-23", "1987-05-22"),
        ),
        // (reuters-18: a number below the story's, still to come, is in its fiscal year)
        (
            "Dean Foods Co expects earnings for the fourth quarter ending May 30 to exceed \
             those of the same year-ago period. He repeated an earlier projection that \
             third-quarter earnings will probably be off slightly.",
            "1987-02-26",
            "third-quarter",
            ("1987-Q3", "1986-12-01", "1987-02-27"),
        ),
        // (reuters-18650: and so told in the past)
        (
            "It reported a loss for its second fiscal quarter ended May 2, 1987, after \
             showing a profit for its first quarter, which included the Christmas selling \
             season.",
            "1987-06-18",
            "first quarter",
            ("1987-Q1", "1986-11-03", "1987-02-02"),
        ),
        // (and a quarter counted from a fiscal one keeps its days, moved a year back:
        // reuters-19633 and reuters-1152; they were the calendar quarters holding the
        // middle of the year before)
        (
            "The company will likely produce a loss for the second quarter ending August 31. \
             Earlier it posted first-quarter net of 139,000 versus a loss in the year-ago \
             period of 799,000.",
            "1987-06-29",
            "the year-ago period",
            ("1986-Q1", "1986-03-01", "1986-05-31"),
        ),
        (
            "Its loan loss provision for the first quarter ended January 31 rose to 223 mln \
             dlrs from 187 mln dlrs in the year-ago quarter.",
            "1987-03-03",
            "the year-ago quarter",
            ("1986-Q1", "1985-11-01", "1986-01-31"),
        ),
        // (a number the story has not reached, told in the past, is the last fiscal
        // year's)
        (
            "It reported lower earnings for the third quarter ended February 28. It had \
             reported a fourth quarter loss last spring, in the fourth quarter.",
            "1987-03-19",
            "in the fourth quarter",
            ("1986-Q4", "1986-03-01", "1986-05-31"),
        ),
        // (and so is one whose results a verb in the past reported right before it, and a
        // year before it is the same months a year back: reuters-56; they were 1987-Q4,
        // May to July 1987, and the calendar's April to June 1986)
        (
            AM,
            "1987-02-26",
            "fourth quarter",
            ("1986-Q4", "1986-05-01", "1986-07-31"),
        ),
        (
            AM,
            "1987-02-26",
            "a year ago",
            ("1985-Q4", "1985-05-01", "1985-07-31"),
        ),
        // (not results still to come)
        (
            "The company reported a loss for the second quarter ended January 31. It expects \
             fourth quarter earnings to rise.",
            "1987-03-10",
            "fourth quarter",
            ("1987-Q4", "1987-05-01", "1987-07-31"),
        ),
    ]);
}

#[test]
fn a_year_before_a_fiscal_quarter_is_the_same_months_a_year_back() {
    // (value, first day, last day): each was the calendar quarter holding the middle of
    // the fiscal one a year back (reuters-617, reuters-6699), and a calendar quarter stays
    // one
    assert_periods(&[
        (
            "Pall Corp said sales for the second quarter ended January 31 were up 17.5 pct to \
             94.0 mln dlrs from 80.0 mln dlrs a year before.",
            "1987-03-02",
            "a year before",
            ("1986-Q2", "1985-11-01", "1986-01-31"),
        ),
        (
            "May Department Stores Co, reporting record results for the fourth quarter ended \
             January 31, said it is encouraged. The company reported fourth quarter earnings \
             of 213 mln dlrs, up from 195 mln dlrs a year earlier.",
            "1987-03-18",
            "a year earlier",
            ("1986-Q4", "1985-11-01", "1986-01-31"),
        ),
        (
            "Net income rose in the fourth quarter from 2.1 mln dlrs a year ago.",
            "1987-02-26",
            "a year ago",
            ("1985-Q4", "1985-10-01", "1985-12-31"),
        ),
    ]);
}

#[test]
fn the_fiscal_year_under_way_closes_on_the_day_named_after_it() {
    assert_values_on(
        "2013-10-24",
        &[(
            "Sales rose in the first quarter. For the full fiscal year ending in June, \
             analysts expect revenue of $80 billion.",
            "June",
            "2014-06",
        )],
    );
    // (value, first day, last day): each was the calendar year, and the month after it
    // took the year of a quarter named before
    assert_periods(&[
        (
            "Sales rose in the first quarter. For the full fiscal year ending in June, \
             analysts expect revenue of $80 billion.",
            "2013-10-24",
            "the full fiscal year",
            ("2014", "2013-07-01", "2014-06-30"),
        ),
        // (named for the year it starts in when it ends in a first quarter, as Japan's)
        (
            "MHI expects profits to drop 40 pct in the current fiscal year ending March 31, \
             from 1985/86's record 50.14 billion.",
            "1987-03-12",
            "the current fiscal year",
            ("1986", "1986-04-01", "1987-03-31"),
        ),
        (
            "The agency expects a deficit in the current fiscal year, which ends Sept. 30.",
            "2013-10-24",
            "the current fiscal year",
            ("2014", "2013-10-01", "2014-09-30"),
        ),
        // (a full year told as over is the last one)
        (
            "Sales fell 4 pct for the full fiscal year ended in June.",
            "2013-10-24",
            "the full fiscal year",
            ("2013", "2012-07-01", "2013-06-30"),
        ),
        // (a year written after the day is the day's: reuters-15281)
        (
            "Day said the sale could enable Day to accelerate its earnings for its current \
             fiscal year ending October 31, 1987.",
            "1987-04-08",
            "current fiscal year",
            ("1987", "1986-11-01", "1987-10-31"),
        ),
        // (a fiscal year written with its number, from the day it starts on:
        // reuters-20202 and reuters-889; they were the calendar years)
        (
            "The White House budget office predicted the government would spend 1.066 \
             trillion during fiscal 1988, which began Oct. 1.",
            "1987-10-20",
            "fiscal 1988",
            ("1988", "1987-10-01", "1988-09-30"),
        ),
        (
            "The government had set aside money to help 300,000 people find jobs in fiscal \
             1987 beginning in April.",
            "1987-03-03",
            "fiscal 1987",
            ("1987", "1987-04-01", "1988-03-31"),
        ),
        (
            "For fiscal 2014, which began last month, analysts expect revenue to grow 5 \
             percent.",
            "2013-10-28",
            "fiscal 2014",
            ("2014", "2013-09-01", "2014-08-31"),
        ),
        // ("on" before the day: reuters-15352 and reuters-7176, each the calendar year)
        (
            "The budget plan would lower an estimated 171 billion dlr deficit for the year \
             beginning on October one to about 133 billion dlrs.",
            "1987-04-08",
            "the year",
            ("1988", "1987-10-01", "1988-09-30"),
        ),
        (
            "Iran's budget for the fiscal year starting on Saturday forecasts revenue of \
             50.3 billion dlrs.",
            "1987-03-19",
            "the fiscal year",
            ("1987", "1987-03-21", "1988-03-20"),
        ),
        // (a year that starts on a day is named as one that ends: the World Bank's from
        // July 1987 is its fiscal 1988, reuters-18862)
        (
            "Brazil was asking for two billion dlrs for the financial year starting in July.",
            "1987-06-18",
            "the financial year",
            ("1988", "1987-07-01", "1988-06-30"),
        ),
        // (a part of the year up to a day does not close it: reuters-15555)
        (
            "For the nine weeks of its current fiscal year through April 4, sales were \
             965.8 mln dlrs.",
            "1987-04-09",
            "April 4",
            ("1987-04-04", "1987-04-04", "1987-04-04"),
        ),
    ]);
}

#[test]
fn the_quarter_closed_after_a_fiscal_quarter_named_by_its_number_is_that_quarter() {
    // (value, first day, last day): "the quarter" was the calendar quarter of its last
    // day, 1987-Q2, and the period a year back from it 1986-Q2
    let story = "National Semiconductor, which earlier reported a profitable fiscal fourth \
                 quarter, said it expects improved results. The company reported a profit of \
                 8.1 mln dlrs in the quarter ended May 31, after a loss of 7.1 mln dlrs in the \
                 year ago period. The company said that during the fourth quarter its groups \
                 had higher sales than in the year-earlier quarter.";
    assert_periods(&[
        (
            story,
            "1987-06-18",
            "the quarter ended",
            ("1987-Q4", "1987-03-01", "1987-05-31"),
        ),
        (
            story,
            "1987-06-18",
            "the year ago period",
            ("1986-Q4", "1986-03-01", "1986-05-31"),
        ),
        // (and from then on the story's quarter is that one, and so is its number named
        // again alone (reuters-19030): they were the calendar's 1986-Q4 and 1985-Q4)
        (
            story,
            "1987-06-18",
            "the fourth quarter its",
            ("1987-Q4", "1987-03-01", "1987-05-31"),
        ),
        (
            story,
            "1987-06-18",
            "the year-earlier quarter",
            ("1986-Q4", "1986-03-01", "1986-05-31"),
        ),
        // (not a quarter over longer ago than the last one)
        (
            "Apple reported fiscal fourth-quarter revenue of $37.5 billion. It sold 9 \
             million iPads in the quarter ended June 29.",
            "2013-10-28",
            "the quarter ended",
            ("2013-Q2", "2013-03-30", "2013-06-29"),
        ),
    ]);
    // ... and after one named by its number alone, when the calendar's quarter of that
    // number was over before the closing day (reuters-8799: they were 1987-Q1, the
    // calendar's 1986-Q1 and 1986-Q4, and "the quarter" after them 1986-Q3)
    let story = "National Semiconductor Corp said improved results helped reduce losses in \
                 the third quarter and nine months. In the quarter ended March 8, the group \
                 had a sales increase compared to the year-ago quarter. But results softened \
                 from the prior quarter. Sales grew 23.5 pct in the quarter.";
    assert_periods(&[
        (
            story,
            "1987-03-24",
            "the quarter ended",
            ("1987-Q3", "1986-12-09", "1987-03-08"),
        ),
        (
            story,
            "1987-03-24",
            "the year-ago quarter",
            ("1986-Q3", "1985-12-09", "1986-03-08"),
        ),
        (
            story,
            "1987-03-24",
            "the prior quarter",
            ("1987-Q2", "1986-09-09", "1986-12-08"),
        ),
        (
            story,
            "1987-03-24",
            "the quarter.",
            ("1987-Q3", "1986-12-09", "1987-03-08"),
        ),
        // (and the first naming is that quarter too, once the text told its days: it was
        // the calendar's 1986-Q3)
        (
            story,
            "1987-03-24",
            "the third quarter",
            ("1987-Q3", "1986-12-09", "1987-03-08"),
        ),
        // (and a quarter counted from the first naming moves with it: reuters-726, it was
        // the calendar's 1985-Q2)
        (
            "Pall Corp said sales in the second quarter rose about 17 pct to 94 mln dlrs from \
             80 mln dlrs a year ago. Orders in the quarter ended Jan 31 rose about 15 pct.",
            "1987-03-02",
            "a year ago",
            ("1986-Q2", "1985-11-01", "1986-01-31"),
        ),
        // (not a quarter a year back: "record fourth quarter earnings" is not the one
        // closed in 1986, but the fourth of the fiscal years it tells, the one under way;
        // it was the calendar's, October to December 1986)
        (
            "North American Holding Corp said it expects to have record fourth quarter \
             earnings. For the fourth quarter ended March 30, 1986 the company reported net \
             income of 631,720 dlrs.",
            "1987-03-12",
            "fourth quarter earnings",
            ("1987-Q4", "1987-01-01", "1987-03-31"),
        ),
    ]);
}

#[test]
fn the_storys_fiscal_quarter_a_year_back_keeps_its_days() {
    // (value, first day, last day): each was the calendar quarter of its number
    assert_periods(&[
        (
            "Sand reported a profit for the second quarter ended January 31. Last year, Sand \
             lost 243,064 dlrs on revenues of 7,012,195 dlrs in the second quarter.",
            "1987-03-12",
            "in the second quarter.",
            ("1986-Q2", "1985-11-01", "1986-01-31"),
        ),
        // (reuters-18350 and reuters-3884: a year written before or in it)
        (
            "It expects a charge in its third quarter ending July 31. In 1986, Floating \
             Point reported a third quarter loss of two mln dlrs.",
            "1987-06-02",
            "a third quarter loss",
            ("1986-Q3", "1986-05-01", "1986-07-31"),
        ),
        (
            "The company reported fiscal third quarter ended December 31 net income of 2.3 \
             mln dlrs, up from fiscal 1985 third quarter results of 563,000 dlrs.",
            "1987-03-11",
            "fiscal 1985 third quarter",
            ("1985-Q3", "1985-10-01", "1985-12-31"),
        ),
    ]);
}

#[test]
fn an_ordinal_after_a_named_quarter_is_a_quarter_of_its_own() {
    assert_spans(&[
        // (measured from: the nearest one before the quarter named)
        (
            "The GDP deflator rose 1.2 pct in the fourth quarter from the third, to give a \
             2.4 pct rise over 1985.",
            "1987-03-20",
            "the third",
            "1986-Q3",
        ),
        (
            "The economy is picking up, after contracting by one pct in the first quarter \
             from the fourth, he added.",
            "1987-06-02",
            "the fourth",
            "1986-Q4",
        ),
        (
            "Sales rose 3 pct in the first half of 1988 from the second.",
            "1989-03-02",
            "the second",
            "1987-H2",
        ),
        // (what follows: the nearest one after it)
        (
            "Inventories could contribute to GNP in the first quarter, but they may result \
             in weaker growth in the second, he said.",
            "1987-03-17",
            "the second",
            "1987-Q2",
        ),
        (
            "Growth slowed to 4.6% in the third quarter of 2012 from 4.7% in the second.",
            "2013-03-20",
            "the second",
            "2012-Q2",
        ),
    ]);
    // (not with a noun after it, nor a game's half, nor with no period named before)
    assert_untagged(
        "2013-03-20",
        &[
            "He scored in the first half and again in the second.",
            "Two bids were made, and the board chose the second.",
        ],
    );
    assert_values(&[(
        "First quarter results brought two surprises, the first in sales.",
        "2013-03-20",
        "First quarter",
        "2013-Q1",
    )]);
    let text = "First quarter results brought two surprises, the first in sales.";
    assert_eq!(tag(text, Some(d("2013-03-20"))).len(), 1);
}

#[test]
fn the_period_with_no_date_named_before_it_is_untagged() {
    for (text, published) in [
        (
            "United States Lines will lease five vessels for 15 months with an option to \
             extend the period up to 10 years, the company said.",
            "1987-03-03",
        ),
        (
            "Exports of French soft wheat for the period July 1, 1986, to March 1, 1987, \
             fell 27.6 pct.",
            "1987-03-30",
        ),
        (
            "An International Monetary Fund team is due here over the same period, a World \
             Bank official said.",
            "1987-03-03",
        ),
    ] {
        assert_no_tag_holds(text, published, "period");
    }
    // (after a date named, it is that date's period, and "the comparable 1986 period"
    // names its year)
    assert_values(&[
        (
            "Sales in the first quarter rose. Net income for the period was $2 million.",
            "2013-03-20",
            "the period",
            "2013-Q1",
        ),
        (
            "Net income rose 12 pct from the comparable 1986 period.",
            "1987-03-20",
            "the comparable 1986 period",
            "1986",
        ),
    ]);
}

#[test]
fn a_possessive_in_the_articles_place_names_the_storys_period() {
    // "its fiscal year", "its most recent year": the story's period, as "the fiscal year"
    // is, tagged without "its" as TimeBank tags "its fourth quarter" (they were untagged,
    // or "recent" alone was the past)
    assert_spans(&[
        (
            "It said sales for the first four months of its fiscal year were up 17.0 pct.",
            "1987-03-09",
            "fiscal year",
            "1987",
        ),
        (
            "B and W had sales of about eight mln dlrs in its most recent year.",
            "1987-03-30",
            "most recent year",
            "1986",
        ),
        (
            "It produced 281,000 ounces of gold in its most recent fiscal year.",
            "1987-06-01",
            "most recent fiscal year",
            "1986",
        ),
        (
            "Earnings rose in its latest quarter.",
            "1989-11-02",
            "latest quarter",
            "1989-Q3",
        ),
        (
            "Lewis-Westco had sales of more than 45 mln dlrs for its fiscal year ended June 30.",
            "1987-04-13",
            "fiscal year",
            "P1Y",
        ),
    ]);
    // not the company's calendar, which is no period of the story, nor a possessive before
    // a plain unit
    assert_untagged(
        "1987-03-16",
        &[
            "Tofutti Brands Inc said it is changing its fiscal year to a calendar year.",
            "Medar Inc said it changed the end of its fiscal year.",
            "Valhi said it changed its fiscal year-end.",
            "Aequitron expects the deal to close before its fiscal year-end.",
            "It expects a loss for its year.",
        ],
    );
}

#[test]
fn a_date_takes_the_tense_of_the_verb_past_a_noun_set_beside_it() {
    // "Sales in February, the first month of its fiscal year, were up": the verb past the
    // noun set beside the date tells its tense (February was the coming one, read in
    // November, as no verb was found)
    assert_values_on(
        "1989-11-02",
        &[
            (
                "Sales in February, the first month of its fiscal year, were up 30.4 pct.",
                "February",
                "1989-02",
            ),
            (
                "Sales in February, a slow month, will be up.",
                "February",
                "1990-02",
            ),
            (
                "Profit in March, its best month, was up, and sales rose.",
                "March",
                "1989-03",
            ),
        ],
    );
}

#[test]
fn a_break_one_comes_back_from_is_the_nearest_or_over() {
    // a break one comes back from in the present or the future is the nearest one (it was
    // next year's), and one "returned from" is over (it was the nearest)
    assert_values_on(
        "1998-02-20",
        &[
            (
                "Congress returns from its Presidents Day recess next week.",
                "Presidents Day",
                "1998-02-16",
            ),
            (
                "Congress will come back from its Presidents Day recess on Monday.",
                "Presidents Day",
                "1998-02-16",
            ),
            ("He returned from Easter vacation.", "Easter", "1997-03-30"),
            (
                "He came back from the Easter holiday.",
                "Easter",
                "1997-03-30",
            ),
            (
                "Congress will return from its Easter recess.",
                "Easter",
                "1998-04-12",
            ),
        ],
    );
}

#[test]
fn this_weekday_told_in_the_past_is_the_one_gone_by() {
    // read on Thursday 2013-03-21: "this Tuesday" in a sentence told in the past is this
    // week's (it was the coming one), and still the coming one when nothing tells the past
    // or something looks ahead (Reuters 2172: "By this Friday, sources estimated a further
    // 233,600 tonnes will have been loaded")
    assert_values_on(
        "2013-03-21",
        &[
            (
                "The bill was passed this Tuesday.",
                "this Tuesday",
                "2013-03-19",
            ),
            (
                "This Monday, the pope met the Argentine president.",
                "This Monday",
                "2013-03-18",
            ),
            ("The vote is this Tuesday.", "this Tuesday", "2013-03-26"),
            (
                "By this Friday, sources estimated a further 233,600 tonnes will have been \
                 loaded.",
                "this Friday",
                "2013-03-22",
            ),
        ],
    );
    // ("this past" before a month too, as before a weekday: "this" was left out)
    // (the most recent such month, even the month just gone, which "last" skips: "last
    // February", read in March, is a year back; "this past February" was too)
    assert_spans(&[
        (
            "Prices peaked this past January.",
            "2013-03-21",
            "this past January",
            "2013-01",
        ),
        (
            "Prices peaked this past February.",
            "2013-03-21",
            "this past February",
            "2013-02",
        ),
        (
            "Prices peaked last February.",
            "2013-03-21",
            "last February",
            "2012-02",
        ),
        (
            "Prices peaked this past April.",
            "2013-03-21",
            "this past April",
            "2012-04",
        ),
    ]);
    // (Reuters 1535, read on a Wednesday: the day before)
    assert_values_on(
        "1987-03-04",
        &[(
            "Over 550 tonnes were offered at this Tuesday's auction.",
            "this Tuesday",
            "1987-03-03",
        )],
    );
}

#[test]
fn runs_of_the_grammars_words_tag_within_their_text() {
    // Random runs of the grammar's words, of the words it reads around an expression, and
    // of figures and stops, each a text of its own: what the grammar reads before or after
    // a word stops at the text's first and last tokens (a text that ended in "overnight"
    // read past its end), and every tag it makes lies inside the text, with a value.
    let vocab: Vec<&str> = GRAMMAR_WORDS
        .iter()
        .chain(CONTEXT_WORDS)
        .chain(SCHEDULED)
        .copied()
        .chain([
            "1987", "2013", "12", "31", "1,000", "309,000", ",", ".", "(", ")", "-", "/", "'s",
            "3:30", "p.m.", "EST", "Del",
            // (spans glued by a slash or a hyphen, which a run of spaced words never makes)
            "Jan/Mar", "Dec-Feb", "1986/87",
        ])
        .collect();
    // (the same runs every time)
    let mut next = crate::values::seeded(0x9E37_79B9_7F4A_7C15);
    let anchors = [d("2013-03-22"), d("1987-02-28"), d("2024-12-31")];
    let mut tagged = 0;
    for _ in 0..20_000 {
        let len = 1 + next(12);
        let mut text = (0..len)
            .map(|_| vocab[next(vocab.len())])
            .collect::<Vec<_>>()
            .join(" ");
        if next(2) == 0
            && let Some(first) = text.get(..1).map(str::to_uppercase)
        {
            text.replace_range(..1, &first);
        }
        for t in tag(&text, Some(anchors[next(anchors.len())])) {
            assert!(
                t.span.start < t.span.end && t.span.end <= text.len(),
                "{text:?}: {t:?}"
            );
            assert!(!t.value.is_empty(), "{text:?}: {t:?}");
            tagged += 1;
        }
    }
    // (the runs are no empty test: about one in four holds a tag)
    assert!(tagged > 3_000, "{tagged} tags in 20,000 runs");
}

#[test]
fn the_period_after_days_written_as_one_is_those_days() {
    // "the period", "the same period a year ago" after two days that open and close a
    // period, or a length and the day that closes it, are those days (so many years back):
    // they were the one day named last (Reuters-21578 17438, 8601, 8939, 1629, 2040, 8474,
    // 10246), or, after a count of weeks, that length (6893, 1325)
    assert_spans(&[
        (
            "Japanese share prices rose 30 pct between November 1 and March 31. Key bond \
             yields fell to around four pct from five pct in the same period.",
            "1987-06-01",
            "the same period",
            "1986-11-01..1987-03-31",
        ),
        (
            "From the close of trading on March 17 until yesterday's close, the share price \
             rose 140 yen. In the same period Mitsubishi Metal rose 95 yen.",
            "1987-03-24",
            "the same period",
            "1987-03-17..1987-03-23",
        ),
        (
            "Nissan said its domestic car sales for the March 11-20 period rose 10.7 pct to \
             3,358 from 3,033 in the same year-ago period.",
            "1987-03-24",
            "the same year-ago period",
            "1986-03-11..1986-03-20",
        ),
        (
            "American Motors said U.S. car sales for the February 21 to 28 period dropped 65 \
             pct to 926 cars from 2,672 cars in the same period a year ago.",
            "1987-03-04",
            "the same period a year ago",
            "1986-02-21..1986-02-28",
        ),
        (
            "Comparable store sales in the four-week period ended February 25 rose 8.2 pct. \
             K Mart said consolidated sales in the period were 1.46 billion dlrs.",
            "1987-03-05",
            "the period",
            "1987-01-29..1987-02-25",
        ),
        (
            "Oil demand rose 2.3 pct in the four weeks ended March 13 to 16.49 mln bpd from \
             16.11 mln in the same period a year ago.",
            "1987-03-18",
            "the same period a year ago",
            "1986-02-14..1986-03-13",
        ),
        (
            "Power production in the 52 weeks ended Feb 28 was 2,554.41 billion kilowatt \
             hours, up 2.2 pct from the year-ago period.",
            "1987-03-03",
            "the year-ago period",
            "1985-03-02..1986-02-28",
        ),
        // (and after "the period" before the days, and from the first day of a month
        // that opens them: Reuters-21578 12991, 228)
        (
            "Total passenger car sales for the period March 21 to 31 were 140,522 compared \
             to 132,298 in the year-ago period.",
            "1987-04-03",
            "the year-ago period",
            "1986-03-21..1986-03-31",
        ),
        (
            "Thailand exported 689,038 tonnes of rice between the beginning of January and \
             February 24, up from 556,874 tonnes during the same period last year.",
            "1987-02-26",
            "the same period last year",
            "1986-01-01..1986-02-24",
        ),
        // (months back to the first of a month, when the day closes its own)
        (
            "The loss amounted to 1,946.32 mln dlrs for the two months ended November 30, \
             1986 compared to 1,201.6 mln in the same period a year ago.",
            "1987-03-23",
            "the same period a year ago",
            "1985-10-01..1985-11-30",
        ),
        // (a range "from" opens may run past a year: reuters-18167, 17316, they were the
        // last month)
        (
            "He served as chairman from September 1974 until January 1977. He had that \
             seared into his memory during that period.",
            "1987-06-02",
            "that period",
            "1974-09-01..1977-01-31",
        ),
        (
            "From September 1985 to September 1986 the central bank lost 144 billion dlrs. \
             Local banks lost 12.6 billion dlrs during the period.",
            "1987-04-27",
            "the period",
            "1985-09-01..1986-09-30",
        ),
        // (and so may a range of years: reuters-18421, 3022, 19828, they were the last
        // year)
        (
            "High-tech jobs fell by 250,000 between 1977 and 1982. American employment in \
             high-tech industries increased by 634,000 during the same period.",
            "1987-06-15",
            "the same period",
            "1977-01-01..1982-12-31",
        ),
        // (and a length of months a month closes: those months, to its end; they were
        // the month, a year back: reuters-9135, 5848, 21562)
        (
            "The deficit for the eight months to the end of February was 15.3 mln dlrs, as \
             against 1.057 billion dlrs in the same period a year ago.",
            "1987-03-25",
            "the same period a year ago",
            "1985-07-01..1986-02-28",
        ),
        (
            "The trade deficit widened to 542 mln dlrs in the eight months to end-August from \
             159 mln dlrs in the same 1986 period.",
            "1987-10-19",
            "the same 1986 period",
            "1986-01-01..1986-08-31",
        ),
        (
            "Output in the three months to January fell 0.7 pct from the previous three \
             months, while manufacturing output rose 0.5 pct in the same period.",
            "1987-03-17",
            "the same period",
            "1986-11-01..1987-01-31",
        ),
        // ("the previous period": as many days before)
        (
            "Net free reserves averaged 603 mln dlrs in the two-week statement period that \
             ended on Wednesday versus 749 mln dlrs in the previous period.",
            "1987-03-26",
            "the previous period",
            "1987-02-26..1987-03-11",
        ),
        (
            "Exports from Jan. 1 to Nov. 20 totaled 5.2 million tonnes, compared with 4.8 \
             million tonnes in the same period last year.",
            "2013-11-25",
            "the same period last year",
            "2012-01-01..2012-11-20",
        ),
        // (one of a split year written after it is those days moved into it: it was
        // 1987-02-28, the closing day; not a year so far, whose first day is not given; nor
        // after three months that make a quarter, which is that quarter)
        (
            "Sugar exports between October 1 and February 28 rose to 449,253 tonnes from \
             435,727 in the same period of 1985/86.",
            "1987-03-24",
            "the same period",
            "1985-10-01..1986-02-28",
        ),
        (
            "Money supply grew 209.24 billion rupees in the fiscal year to March 13, compared \
             to a growth of 155.38 billion in the same period the year before.",
            "1987-04-02",
            "the same period",
            "1987-03-13",
        ),
        (
            "Revenue rose in the three months ended March 30 from $39.2 billion in the same \
             period last year.",
            "2013-04-24",
            "the same period last year",
            "2012-Q1",
        ),
    ]);
    // the first months, weeks or days of a year are such a period too (Reuters-21578
    // 4093, 17427: they were 1986 and 1986-04-17), but not of a fiscal or a split year
    assert_spans(&[
        (
            "The surplus widened in the first two months of the year to 2.35 billion dlrs from \
             1.87 billion in the same period last year.",
            "1987-03-12",
            "the same period last year",
            "1986-01-01..1986-02-28",
        ),
        (
            "In the first 113 days of the year, refinery runs were up 2.3 pct to 12.36 mln \
             bpd from 12.09 mln in the year-ago period.",
            "1987-04-29",
            "the year-ago period",
            "1986-01-01..1986-04-23",
        ),
        (
            "In the first 10 months of the year, exports rose 7.8 percent from the same period \
             last year.",
            "2013-11-14",
            "the same period last year",
            "2012-01-01..2012-10-31",
        ),
        // (a year back from the split, 1985/86 over both its years: it was 1985)
        (
            "Turnover rose to 21.2 billion marks in the first five months of 1986/87, about 19 \
             pct above the same year-ago period.",
            "1987-03-26",
            "the same year-ago period",
            "1986",
        ),
    ]);
    // "a year earlier", "a year ago" after two days written as a period are those days a
    // year back (Reuters-21578 4852, 5039: they were the opening day a year back, and 1986);
    // after a length and the day that closes it, the day a year back, as TimeBank marks
    // wsj_1006's
    assert_spans(&[
        (
            "Volkswagen of America said its U.S. car sales for the March 1-10 period rose 4.9 \
             pct to 849 from 809 a year earlier.",
            "1987-03-13",
            "a year earlier",
            "1986-03-01..1986-03-10",
        ),
        (
            "GM said its sales of domestic-built cars in the March 1-10 period declined to \
             97,487 from 104,952 a year ago.",
            "1987-03-13",
            "a year ago",
            "1986-03-01..1986-03-10",
        ),
        (
            "For the six months ended Aug. 12, Provigo posted net income of C$6.5 million, \
             compared with C$18.1 million a year earlier.",
            "1989-10-26",
            "a year earlier",
            "1988-08-12",
        ),
    ]);
    // (nor after a length named since, the period the text speaks of next, whose days are
    // not given)
    assert_ne!(
        value_of(
            "Sales for the five weeks ended April 4 rose. Sales for the first nine weeks of \
             its fiscal year were up from the same period a year ago.",
            "1987-04-09",
            "the same period a year ago"
        ),
        "1986-03-01..1986-04-04"
    );
    // a part of the period is that part of its days (it was the day that closed it)
    let t = tag_spanning(
        "It was the second half of the two-week statement period that ended Wednesday. Net \
         borrowings averaged 425 mln dlrs in the first week of the period.",
        "1987-04-09",
        "the first week of the period",
    );
    let days = t.date.expect("a period of days is dated");
    assert_eq!(
        (days.start, days.end, t.modifier),
        (d("1987-03-26"), d("1987-04-01"), Some(Modifier::Start))
    );
    // and it is no day to count from: "the next day" after it is the day after the last day
    // named (1987-03-13), not after the period's first
    assert_spans(&[(
        "Oil demand rose in the four weeks ended March 13. Demand in the period was 16.49 mln \
         bpd. Prices fell the next day.",
        "1987-03-18",
        "the next day",
        "1987-03-14",
    )]);
}

#[test]
fn a_quarter_by_its_number_alone_is_one_of_the_fiscal_years_the_story_names() {
    // In a story that names the month the company's fiscal year ends in, a quarter by its
    // number alone is that quarter of its fiscal years (its value named in the year of its
    // last day); they were the calendar's quarters (Reuters-21578 18084, 8866, 9736, 21332)
    assert_periods(&[
        (
            "In its last fiscal year ending October 31, the company earned 228.7 mln dlrs. \
             Earlier the company said its second quarter net rose to 86 cts a share from 73 \
             cts a year ago.",
            "1987-06-02",
            "second quarter",
            ("1987-Q2", "1987-02-01", "1987-04-30"),
        ),
        (
            "In its last fiscal year ending October 31, the company earned 228.7 mln dlrs. \
             Earlier the company said its second quarter net rose to 86 cts a share from 73 \
             cts a year ago.",
            "1987-06-02",
            "a year ago",
            ("1986-Q2", "1986-02-01", "1986-04-30"),
        ),
        // (over, the last begun; still to come, the first not over, with its modifier)
        (
            "For the year ended June 28, Flowers earned 29.5 mln dlrs. Five plants acquired \
             at the start of the third quarter hurt results. It is seeking to bring them to \
             profitability by the end of the fourth quarter.",
            "1987-03-24",
            "the start of the third quarter",
            ("1987-Q3", "1987-01-01", "1987-01-30"),
        ),
        (
            "For the year ended June 28, Flowers earned 29.5 mln dlrs. Five plants acquired \
             at the start of the third quarter hurt results. It is seeking to bring them to \
             profitability by the end of the fourth quarter.",
            "1987-03-24",
            "the end of the fourth quarter",
            ("1987-Q4", "1987-06-01", "1987-06-30"),
        ),
        // (still to come, the one just over when it has that number: results to report)
        (
            "In the full year ended May 31 1986 the group earned a record 988.2 mln dlrs. The \
             analysts estimated that the group would report a third quarter net of 200 mln \
             dlrs.",
            "1987-03-26",
            "third quarter",
            ("1987-Q3", "1986-12-01", "1987-02-28"),
        ),
        (
            "Wang expects revenues for the year ending June 30, 1988, to increase 12 pct. \
             Earlier Wang said first quarter revenues increased 16 pct.",
            "1987-10-19",
            "first quarter",
            ("1987-Q1", "1987-07-01", "1987-09-30"),
        ),
        // (not a quarter the text calls the calendar's, nor in a story of a change of
        // fiscal year, nor when the year ends in December)
        (
            "In the year ended June 30, the company earned 5 mln dlrs. It will report \
             calendar first quarter results in April.",
            "1987-03-16",
            "first quarter",
            ("1987-Q1", "1987-01-01", "1987-03-31"),
        ),
        (
            "Cenergy Corp reported fourth quarter net income of 790,000 dlrs. Following the \
             company's fiscal year ended March 31, 1985, it changed to a calender year end.",
            "1987-02-26",
            "fourth quarter",
            ("1986-Q4", "1986-10-01", "1986-12-31"),
        ),
        (
            "For the year ended December 31, the bank earned 5 mln dlrs. Fourth quarter net \
             rose 12 pct.",
            "1987-03-16",
            "Fourth quarter",
            ("1986-Q4", "1986-10-01", "1986-12-31"),
        ),
    ]);
}

#[test]
fn a_fiscal_year_by_its_number_is_twelve_months_of_the_fiscal_years_the_story_names() {
    // "fiscal 1987" in a story that names the month the company's fiscal year ends in is
    // the twelve months that end in that month of 1987 (they were the calendar year:
    // Reuters-21578 6215, 15213; TimeBank wsj_0135)
    assert_periods(&[
        (
            "Heinz's fiscal year ends April 30. Weight Watchers will generate revenue in \
             fiscal 1987 of approximately 940 mln dlrs.",
            "1987-03-17",
            "fiscal 1987",
            ("1987", "1986-05-01", "1987-04-30"),
        ),
        (
            "Elco Industries Inc. said it expects net income in the year ending June 30, \
             1990, to fall. It expects sales slightly above fiscal 1989 sales of $155 million.",
            "1989-11-02",
            "fiscal 1989",
            ("1989", "1988-07-01", "1989-06-30"),
        ),
        // (not years that end in January or March, which some name for the year they
        // begin in: "the fiscal 1987 budget" of Japan runs from April 1987; nor a split year)
        (
            "Japan's fiscal year ends March 31. Tokyo promised measures after the fiscal 1987 \
             budget was passed.",
            "1987-03-16",
            "fiscal 1987",
            ("1987", "1987-01-01", "1987-12-31"),
        ),
        (
            "Its fiscal year ends June 30. Pakistan produced 540 mln kilos of yarn in fiscal \
             1985/86.",
            "1987-03-02",
            "fiscal 1985",
            ("1985", "1985-01-01", "1985-12-31"),
        ),
    ]);
}

#[test]
fn a_date_between_a_report_and_its_that_is_the_day_of_the_report() {
    // "announced Feb. 3 that it would": the day of the report, gone by, whatever the report
    // looks ahead to (it was the coming February, the "would" reaching it); the wires'
    // "said on April 10 it will redeem", with no "that", names the redemption's day
    assert_values(&[
        (
            "The company announced Feb. 3 that it would sell the unit.",
            "1987-10-13",
            "Feb. 3",
            "1987-02-03",
        ),
        (
            "The minister said on March 30 that rates will rise.",
            "2013-11-20",
            "March 30",
            "2013-03-30",
        ),
        (
            "Transco Energy Co said on April 10 it will redeem all 707,905 outstanding shares.",
            "1987-03-11",
            "April 10",
            "1987-04-10",
        ),
    ]);
}

#[test]
fn a_tables_heading_closes_its_quarter_and_the_half_below_it() {
    // (reuters-6672, reuters-14970, reuters-5415: the quarters were the calendar's of their
    // numbers and the halves January to June)
    let after_second_quarter = "2nd qtr Jan 31 end\n    Shr loss three cts vs loss nine cts\n    \
                                1st half\n    Shr profit four cts vs loss 14 cts";
    let to_march = "2nd qtr March 31\n    Shr 57 cts vs not given\n    1st half\n    \
                    Shr 1.15 dlrs vs not given";
    let unnumbered = "Jan 31 end\n    Shr 31 cts vs 44 cts\n    1st half\n    Shr 63 cts vs 71 cts";
    assert_periods(&[
        (
            after_second_quarter,
            "1987-03-18",
            "2nd qtr",
            ("1987-Q2", "1986-11-01", "1987-01-31"),
        ),
        (
            after_second_quarter,
            "1987-03-18",
            "1st half",
            ("1987-H1", "1986-08-01", "1987-01-31"),
        ),
        (
            to_march,
            "1987-04-08",
            "2nd qtr",
            ("1987-Q2", "1987-01-01", "1987-03-31"),
        ),
        (
            to_march,
            "1987-04-08",
            "1st half",
            ("1987-H1", "1986-10-01", "1987-03-31"),
        ),
        (
            unnumbered,
            "1987-03-16",
            "1st half",
            ("1987-H1", "1986-08-01", "1987-01-31"),
        ),
        // (a day alone on the first line, above a row of figures: reuters-8708)
        (
            "March Eight\n    Shr loss 31 cts vs loss 47 cts\n    Nine mths\n    Shr loss 44 \
             cts\n    NOTE: Prior year net includes extraordinary credits of 1,100,000 dlrs in \
             quarter.",
            "1987-03-24",
            "quarter.",
            ("1986-Q1", "1985-12-09", "1986-03-08"),
        ),
        // (and a note's "Prior qtr" keeps the quarter's days a year back: reuters-5416)
        (
            "Qtr ended Jan 31\n    Shr loss 22 cts vs profit one ct\n    Note: Prior qtr \
             figures include gain of 1.1 mln dlrs.",
            "1987-03-16",
            "Prior qtr",
            ("1985-Q4", "1985-11-01", "1986-01-31"),
        ),
        // the heading's day alone is the quarter its notes speak of, and a year back keeps
        // its days (reuters-12562, reuters-17965: were the calendar's quarters)
        (
            "Jan 31 end\n    Year\n    NOTE: Net excludes extraordinary tax charge 156,000 \
             dlrs vs credit 2,257,000 dlrs in quarter and credits in year.",
            "1987-04-02",
            "quarter",
            ("1986-Q4", "1986-11-01", "1987-01-31"),
        ),
        (
            "April 30 end\n    Oper shr 20 cts vs 19 cts\n    NOTE: Prior year net excludes \
             losses from discontinued operations of 32.9 mln dlrs in quarter and 35.7 mln dlrs \
             in half.",
            "1987-06-02",
            "quarter",
            ("1986-Q1", "1986-02-01", "1986-04-30"),
        ),
    ]);
}

#[test]
fn a_half_is_counted_in_the_fiscal_year_of_the_storys_quarter() {
    // (reuters-617, reuters-4810, reuters-8311: were the calendar's halves)
    let after_january = "Sales in the second quarter ended January 31 rose 17.5 pct. For the \
                         first half, sales were up 16.0 pct from a year before.";
    let general_mills = "General Mills said net rose in its third quarter ended February 22. \
                         Non-operating gains included six cts a share in the first half. Sales \
                         fell in the second half.";
    assert_periods(&[
        (
            after_january,
            "1987-03-02",
            "the first half",
            ("1987-H1", "1986-08-01", "1987-01-31"),
        ),
        // (a year back keeps its days)
        (
            after_january,
            "1987-03-02",
            "a year before",
            ("1986-H1", "1985-08-01", "1986-01-31"),
        ),
        // (told in the past, a half before the story's quarter, and one it has not
        // reached, last fiscal year's)
        (
            general_mills,
            "1987-03-13",
            "the first half",
            ("1987-H1", "1986-05-23", "1986-11-22"),
        ),
        (
            general_mills,
            "1987-03-13",
            "the second half",
            ("1986-H2", "1985-11-23", "1986-05-22"),
        ),
        // (still to come, after the first quarter: the fiscal year's second half)
        (
            "Tonka Corp said it expects results for its fiscal first quarter to end April \
             four, to decline. Second half sales are expected to be stronger.",
            "1987-03-23",
            "Second half",
            ("1987-H2", "1987-07-05", "1988-01-04"),
        ),
        // (the days the quarter closes on alone: the half told in no future closes there)
        (
            "Net rose in the quarter ended Jan 31. For the first half, net rose 10 pct.",
            "1987-03-02",
            "the first half",
            ("1987-H1", "1986-08-01", "1987-01-31"),
        ),
        // not a half still to come after a quarter given by its days alone, whose number
        // the text did not tell
        (
            "Net rose in the quarter ended Jan 31. The company expects sales to rise in the \
             second half.",
            "1987-03-02",
            "the second half",
            ("1987-H2", "1987-07-01", "1987-12-31"),
        ),
        // nor after a calendar quarter
        (
            "Net rose in the second quarter ended June 30. First half net rose 10 pct.",
            "1987-07-20",
            "First half",
            ("1987-H1", "1987-01-01", "1987-06-30"),
        ),
    ]);
}

#[test]
fn the_year_of_a_story_of_a_fiscal_quarter_is_its_fiscal_year() {
    // (reuters-56, reuters-6113, reuters-2203; TimeBank's wsj_0136: they were the calendar
    // years)
    assert_periods(&[
        (
            "AM International Inc, reporting an operating loss for the January 31 second \
             quarter, said prospects for the balance of the fiscal year remain good.",
            "1987-02-26",
            "the fiscal year",
            ("1987", "1986-08-01", "1987-07-31"),
        ),
        (
            "Oshman's said same-store sales declined 3.2 pct for the fourth quarter ended \
             January 31 and 2.2 pct for the year.",
            "1987-03-17",
            "the year",
            ("1986", "1986-02-01", "1987-01-31"),
        ),
        (
            "Commerce Bank said net income for the first quarter ended January 31 rose to \
             96.5 mln dlrs from 87.0 mln dlrs in the prior year.",
            "1987-03-05",
            "the prior year",
            ("1986", "1985-11-01", "1986-10-31"),
        ),
        // not a year the text named since
        (
            "Net rose in the fourth quarter ended January 31. In 1985, the year's sales fell.",
            "1987-03-17",
            "the year",
            ("1985", "1985-01-01", "1985-12-31"),
        ),
        // nor after a quarter given by its days alone, whose place in its year is not told
        (
            "Net rose in the quarter ended Jan 31. Sales for the year rose.",
            "1987-03-17",
            "the year",
            ("1986", "1986-01-01", "1986-12-31"),
        ),
        // nor after a calendar quarter
        (
            "Net rose in the fourth quarter. Sales for the year rose.",
            "1987-03-17",
            "the year",
            ("1986", "1986-01-01", "1986-12-31"),
        ),
    ]);
    // a table's notes, under a heading that closes the quarter and figures for the year
    // (reuters-6047: the calendar years)
    let table = "Jan 31 end\n    Shr 1.40 dlrs vs 1.10 dlrs\n    Year\n    Shr 6.23 dlrs vs \
                 5.88 dlrs\n    NOTE: Latest year net excludes 14.3 mln dlr charge.\n    \
                 Investment tax credits three mln dlrs vs 8,900,000 dlrs in quarter and \
                 4,900,000 dlrs vs 16.4 mln dlrs in year.\n    Prior year net includes gain \
                 6,600,000 dlrs on sale of Boston Store division.";
    assert_periods(&[
        (
            table,
            "1987-03-17",
            "Latest year",
            ("1986", "1986-02-01", "1987-01-31"),
        ),
        (
            table,
            "1987-03-17",
            "Prior year",
            ("1985", "1985-02-01", "1986-01-31"),
        ),
    ]);
    // (and above figures for nine months, the third quarter: reuters-4803)
    assert_periods(&[(
        "Jan 31 end\n    Shr six cts vs eight cts\n    Nine mths\n    Shr 12 cts vs eight \
         cts\n    NOTE: Prior year net both periods includes 91,000 dlrs gain.",
        "1987-03-13",
        "Prior year",
        ("1986", "1985-05-01", "1986-04-30"),
    )]);
    let year = tag_spanning(table, "1987-03-17", "year");
    let days = year.date.as_ref().map(|d| (d.start, d.end));
    assert_eq!(
        (year.value.as_str(), days),
        ("1986", Some((d("1986-02-01"), d("1987-01-31"))))
    );
}

#[test]
fn the_current_fiscal_year_runs_to_the_month_the_story_names() {
    // (reuters-18084, reuters-17895, reuters-5249, TimeBank's wsj_0135: they were the
    // calendar years; TimeBank's gold for wsj_0135 is 1989, the calendar's, against the
    // text's "slightly above fiscal 1989 sales")
    let gulf = "Gulf and Western Inc chairman Martin Davis said the company will report \
                record results for the current fiscal year. In its last fiscal year ending \
                October 31, the company earned 228.7 mln dlrs.";
    assert_periods(&[
        (
            gulf,
            "1987-06-02",
            "the current fiscal year",
            ("1987", "1986-11-01", "1987-10-31"),
        ),
        (
            gulf,
            "1987-06-02",
            "last fiscal year",
            ("1986", "1985-11-01", "1986-10-31"),
        ),
        // (a year that ends in the first quarter is named for the year it begins in)
        (
            "Sales for the fiscal year ended March 31 rose. Another 1.95 mln are expected to \
             be sold in the current fiscal year.",
            "1987-06-02",
            "the current fiscal year",
            ("1987", "1987-04-01", "1988-03-31"),
        ),
        (
            "Sales for the fiscal year ending March 31 will rise. Banks must realize losses in \
             the current fiscal year.",
            "1987-03-16",
            "the current fiscal year",
            ("1986", "1986-04-01", "1987-03-31"),
        ),
        (
            "Elco expects net for the fiscal year ending June 30, 1990, to fall. It expects to \
             post sales in the current fiscal year that are slightly above fiscal 1989 sales.",
            "1989-11-02",
            "the current fiscal year",
            ("1990", "1989-07-01", "1990-06-30"),
        ),
        // (by the story's fiscal quarter too: reuters-4160)
        (
            "Sand's second quarter ended January 31. Sand hopes to break even in the current \
             fiscal year.",
            "1987-03-12",
            "the current fiscal year",
            ("1987", "1986-08-01", "1987-07-31"),
        ),
        // "the prior fiscal year": the one before the fiscal year of the date named last
        // (reuters-17641, reuters-1902: they were the calendar years)
        (
            "Stritch said the company expects net income for the fiscal year ended April 30 \
             of about 360,000 dlrs. In the prior fiscal year, the company reported a loss.",
            "1987-06-01",
            "the prior fiscal year",
            ("1986", "1985-05-01", "1986-04-30"),
        ),
        (
            "Income from ship repairing almost doubled in the year ended June 1986 compared \
             with the previous financial year.",
            "1987-03-04",
            "the previous financial year",
            ("1985", "1984-07-01", "1985-06-30"),
        ),
        // "last fiscal year" closed by its day (reuters-21129, reuters-7879: they were the
        // calendar's 1986)
        (
            "PMS reported over 70 mln dlrs in revenues in its last fiscal year, which ended \
             May 1987.",
            "1987-10-19",
            "last fiscal year",
            ("1987", "1986-06-01", "1987-05-31"),
        ),
        (
            "Allied-Lyons' results for the fiscal year just ended March seven would include \
             three months of profits.",
            "1987-03-20",
            "the fiscal year just ended",
            ("1986", "1986-03-08", "1987-03-07"),
        ),
        // not with no month told
        (
            "Earnings for the current fiscal year will rise.",
            "1987-03-20",
            "the current fiscal year",
            ("1987", "1987-01-01", "1987-12-31"),
        ),
    ]);
}

#[test]
fn a_year_with_days_of_its_own_keeps_them_counted_from() {
    // (reuters-9726, reuters-13004, reuters-19083, reuters-12870: they were the calendar
    // years)
    let kawasaki = "Kawasaki will increase output to 380,000 units in the year starting April \
                    1 from 303,000 a year earlier, a company spokesman said.";
    let refiners = "Refiners suffered shortages in fiscal 1986, ended last March. Domestic \
                    gasoline demand during the year was up 2.5 pct from the previous year.";
    assert_periods(&[
        (
            kawasaki,
            "1987-03-26",
            "a year earlier",
            ("1986", "1986-04-01", "1987-03-31"),
        ),
        (
            "The deficit in the first 10 months of the fiscal year which began on April 1, \
             1986, fell to 22.36 billion dlrs from 25.74 billion dlrs in the same period last \
             year.",
            "1987-04-03",
            "the same period last year",
            ("1985", "1985-04-01", "1986-03-31"),
        ),
        (
            refiners,
            "1987-06-19",
            "the year",
            ("1986", "1986-04-01", "1987-03-31"),
        ),
        (
            refiners,
            "1987-06-19",
            "the previous year",
            ("1985", "1985-04-01", "1986-03-31"),
        ),
        // a year opened by a day after "that" or "which", and the current one too
        (
            "It anticipates the fiscal year that began Feb 1, 1987, will be better.",
            "1987-04-03",
            "the fiscal year",
            ("1987", "1987-02-01", "1988-01-31"),
        ),
        (
            "Sales in the current fiscal year which began on April 1 rose.",
            "1987-06-20",
            "the current fiscal year",
            ("1987", "1987-04-01", "1988-03-31"),
        ),
        // "the year" told in no past after one over: the next, under way
        (
            "The company's fiscal year ends September 30. The company earned 30.2 mln dlrs in \
             fiscal 1986. Vista said sales for the year are expected to be comparable.",
            "1987-03-18",
            "the year",
            ("1987", "1986-10-01", "1987-09-30"),
        ),
    ]);
}

#[test]
fn a_half_runs_to_the_day_that_closes_it_or_its_fiscal_year() {
    // (reuters-3574, reuters-14903, reuters-9736, reuters-5563, reuters-18551: they were
    // the calendar's halves)
    let magnetic = "The company today reported a profit for the first half ended January 31 \
                    of 105,013 dlrs, compared with a year-earlier loss.";
    let hardie = "Hardie's fiscal year ended March 31. Hardie said a 42 pct jump in \
                  second-half net earnings to 29.66 mln dlrs from 20.92 mln a year earlier was \
                  pleasing.";
    assert_periods(&[
        (
            "St. Joe Gold said it would start gold production in the second half of the year \
             ending October 31, 1988.",
            "1987-03-11",
            "the second half of the year",
            ("1988-H2", "1988-05-01", "1988-10-31"),
        ),
        (
            "It expects to be profitable in the first half of the fiscal year ending September \
             30, 1987.",
            "1987-04-03",
            "the first half of the fiscal year",
            ("1987-H1", "1986-10-01", "1987-03-31"),
        ),
        (
            "Isuzu will pay no dividend for the first half year ending April 30, 1987.",
            "1987-04-08",
            "the first half",
            ("1987-H1", "1986-11-01", "1987-04-30"),
        ),
        // (and that half's number named again alone is that half)
        (
            "Isuzu will pay no dividend for the first half year ending April 30, 1987, as it \
             is expected to mark a loss in the first half.",
            "1987-04-08",
            "loss in the first half",
            ("1987-H1", "1986-11-01", "1987-04-30"),
        ),
        (
            "BHP's earnings in the first half ended November 30 amounted to 397.0 mln dlrs.",
            "1987-03-26",
            "the first half",
            ("1986-H1", "1986-06-01", "1986-11-30"),
        ),
        (
            magnetic,
            "1987-03-16",
            "the first half",
            ("1987-H1", "1986-08-01", "1987-01-31"),
        ),
        (
            magnetic,
            "1987-03-16",
            "year-earlier",
            ("1986-H1", "1985-08-01", "1986-01-31"),
        ),
        // a half by its number alone in a story that names the month its fiscal year ends
        // in
        (
            hardie,
            "1987-06-18",
            "second-half",
            ("1987-H2", "1986-10-01", "1987-03-31"),
        ),
        (
            hardie,
            "1987-06-18",
            "a year earlier",
            ("1986-H2", "1985-10-01", "1986-03-31"),
        ),
    ]);
}

#[test]
fn a_quarter_by_its_number_is_counted_in_the_fiscal_year_of_the_storys_quarter() {
    // (reuters-4160, reuters-18016: they were the calendar's quarters; the Adobe row of
    // fixtures/dates/modern-news.tsv, which was the first quarter over)
    let sand = "Sand's second quarter ended January 31. In the first fiscal quarter this year, \
                the company lost money. And Sand plans to market a laser printer in the fourth \
                fiscal quarter.";
    let adobe = "Adobe's fiscal fourth quarter ended Nov. 29. Adobe expects revenue in the \
                 fiscal first quarter to be $1 billion.";
    let kennametal = "Kennametal Inc said second quarter,\nending December 31, earnings should \
                      show significant improvement over the 3.5 mln dlrs earned in the year \
                      earlier quarter. The positive trend will continue through its fiscal \
                      1988. It reported an increase in first quarter profits.";
    assert_periods(&[
        (
            sand,
            "1987-03-12",
            "the first fiscal quarter this year",
            ("1987-Q1", "1986-08-01", "1986-10-31"),
        ),
        (
            sand,
            "1987-03-12",
            "the fourth fiscal quarter",
            ("1987-Q4", "1987-05-01", "1987-07-31"),
        ),
        // (a number the text told moves by its days, even when the quarter's middle is in
        // the calendar's quarter of that number)
        (
            "Q-Med said its second quarter, ended May 31, revenues rose. They were 40 pct \
             above those reported for the first quarter.",
            "1987-06-02",
            "the first quarter",
            ("1987-Q1", "1986-12-01", "1987-02-28"),
        ),
        // (a quarter set off by a comma before "ending" and its day: reuters-21223)
        (
            kennametal,
            "1987-10-19",
            "second quarter",
            ("1987-Q2", "1987-10-01", "1987-12-31"),
        ),
        (
            kennametal,
            "1987-10-19",
            "the year earlier quarter",
            ("1986-Q2", "1986-10-01", "1986-12-31"),
        ),
        // ("fiscal 1988" is the twelve months its fiscal quarters tell)
        (
            kennametal,
            "1987-10-19",
            "fiscal 1988",
            ("1988", "1987-07-01", "1988-06-30"),
        ),
        (
            kennametal,
            "1987-10-19",
            "first quarter",
            ("1987-Q1", "1987-07-01", "1987-09-30"),
        ),
        // (the first after the fourth, told in no past, is the next fiscal year's)
        (
            adobe,
            "2013-12-12",
            "the fiscal first quarter",
            ("2014-Q1", "2013-11-30", "2014-02-27"),
        ),
        // (told in the past, this fiscal year's)
        (
            "Adobe's fiscal fourth quarter ended Nov. 29. Revenue in the fiscal first quarter \
             was $1 billion.",
            "2013-12-12",
            "the fiscal first quarter",
            ("2013-Q1", "2012-11-30", "2013-02-27"),
        ),
    ]);
}

#[test]
fn a_quarter_or_half_of_a_split_year_is_that_part_of_its_fiscal_year() {
    // (reuters-21497, 14903, 10398, 14900: each was the calendar part of the split's first
    // year, "the second half of fiscal 1987" (July to December 1987), its "88" tagged apart)
    const INDIA: &str = "The move is part of the bank's policy for the second half of fiscal \
                         1987/88 ending March and is aimed at curbing excess liquidity.";
    const OCTOBER: &str = "The company has paid no dividend since the year ended October 31, \
                           1983. It had a current profit in the first half of 1985/86.";
    const PORSCHE: &str = "Sales were expected to fall in the year ending July 31. Domestic \
                           sales in the 1986/87 first half fell to 3,267.";
    const MONIER: &str = "Its annual report for 1985/86 ended June 30 was out. It reported \
                          first-half 1986/87 net fell to 15.02 mln dlrs.";
    const YEAR: &str = "The company's year ends July 31. Earnings in first half year 1986/87 \
                        were satisfactory.";
    assert_periods(&[
        (
            INDIA,
            "1987-10-19",
            "the second half",
            ("1988-H2", "1987-10-01", "1988-03-31"),
        ),
        (
            OCTOBER,
            "1987-04-08",
            "the first half",
            ("1986-H1", "1985-11-01", "1986-04-30"),
        ),
        (
            PORSCHE,
            "1987-03-27",
            "first half",
            ("1987-H1", "1986-08-01", "1987-01-31"),
        ),
        (
            MONIER,
            "1987-04-08",
            "first-half",
            ("1986-H1", "1986-07-01", "1986-12-31"),
        ),
        (
            YEAR,
            "1987-03-19",
            "first half",
            ("1987-H1", "1986-08-01", "1987-01-31"),
        ),
    ]);
    // one tag with the split, which is tagged again only before the part
    assert_spans(&[
        (
            INDIA,
            "1987-10-19",
            "the second half of fiscal 1987/88",
            "1988-H2",
        ),
        (
            OCTOBER,
            "1987-04-08",
            "the first half of 1985/86",
            "1986-H1",
        ),
        (MONIER, "1987-04-08", "first-half 1986/87", "1986-H1"),
        (YEAR, "1987-03-19", "first half year 1986/87", "1987-H1"),
        (PORSCHE, "1987-03-27", "87", "1987"),
        // (the month after "ending" is in the year the split runs to)
        (INDIA, "1987-10-19", "March", "1988-03"),
    ]);
    // with no month the year ends with, the part's days are not known: only the years
    // are tagged (reuters-4631, 9760)
    for text in [
        "Imports were 83,000 tonnes in the second half of 1986/87.",
        "Siemens reported that first quarter 1986/87 group net profit fell.",
        "Porsche said earnings in first half year 1986/87 were satisfactory.",
    ] {
        assert_no_tag_holds(text, "1987-03-26", "half");
        assert_no_tag_holds(text, "1987-03-26", "quarter");
        assert_eq!(tag_spanning(text, "1987-03-26", "87").value, "1987");
    }
}

#[test]
fn a_split_year_closed_by_a_month_tells_the_stories_fiscal_year() {
    // (reuters-10292: BHP's quarters were the calendar's)
    const BHP: &str = "BHP expects a strong full year result, helped by credits in the fourth \
                       quarter, but net will fall short of the record earned in 1985/86 ended \
                       May 31. Third quarter net fell to 206.0 mln dlrs from 238.6 mln a year \
                       earlier.";
    // (reuters-227: "this financial year" was 1987, January to December)
    const AUSTRALIA: &str = "Output will rise in 1986/87, ending June 30. Domestic demand \
                             could fall slightly this financial year.";
    assert_periods(&[
        (
            BHP,
            "1987-03-27",
            "the fourth",
            ("1987-Q4", "1987-03-01", "1987-05-31"),
        ),
        (
            BHP,
            "1987-03-27",
            "Third quarter",
            ("1987-Q3", "1986-12-01", "1987-02-28"),
        ),
        (
            AUSTRALIA,
            "1987-02-26",
            "this financial year",
            ("1987", "1986-07-01", "1987-06-30"),
        ),
    ]);
}

#[test]
fn a_year_to_a_day_tells_the_stories_fiscal_year() {
    // (reuters-9760, 6406: the years alone were tagged, the part's months not known)
    const SIEMENS: &str = "Turnover should rise in the current year to September 30. Siemens \
                           reported that first quarter 1986/87 group net profit fell.";
    const NZ: &str = "Rates should decline in the fiscal year to the end of March 1988. Growth \
                      is not expected to continue in the second half of 1986/87.";
    assert_periods(&[
        (
            SIEMENS,
            "1987-03-26",
            "first quarter",
            ("1986-Q1", "1986-10-01", "1986-12-31"),
        ),
        (
            NZ,
            "1987-03-18",
            "the second half",
            ("1987-H2", "1986-10-01", "1987-03-31"),
        ),
    ]);
    // (not a statistic's twelve months to a month: "Inflation was 4 pct in the year to
    // February" names no fiscal year)
    let text = "Inflation was 4 pct in the year to February. Output fell in the second \
                half of 1986/87.";
    assert_no_tag_holds(text, "1987-03-18", "half");
}

#[test]
fn the_storys_fiscal_quarter_named_again_keeps_its_days_in_the_same_year() {
    // (reuters-1152, 4766: each was the calendar quarter, the calendar naming the same
    // year; "a year ago" after it was the calendar quarter a year back)
    const BANK: &str = "The bank's loan loss provision for the first quarter ended January 31 \
                        rose. In reporting lower first quarter earnings, the chairman said \
                        profit fell to 114.1 mln dlrs from 140.4 mln dlrs a year ago.";
    const AHEAD: &str = "The company said it now expects third quarter, ending March 31, sales \
                         to approximate the second quarter's and third quarter earnings to be \
                         less.";
    assert_periods(&[
        (
            BANK,
            "1987-03-03",
            "lower first quarter",
            ("1987-Q1", "1986-11-01", "1987-01-31"),
        ),
        (
            BANK,
            "1987-03-03",
            "a year ago",
            ("1986-Q1", "1985-11-01", "1986-01-31"),
        ),
        (
            AHEAD,
            "1987-03-13",
            "and third quarter",
            ("1987-Q3", "1987-01-01", "1987-03-31"),
        ),
    ]);
}

#[test]
fn a_quarter_or_half_of_a_fiscal_year_named_is_that_part_of_its_months() {
    // (reuters-5482, 2203, 15511: each was the calendar's part of the year written)
    const CONSUL: &str = "The company will report an improved third quarter ended February 28. \
                          It needs the exchange to report a profit in the first quarter of \
                          fiscal 1988.";
    const BANK: &str = "The bank reported higher net income for the first quarter ended \
                        January 31. Return on assets declined two cts from fiscal 1986 fourth \
                        quarter.";
    const HALF: &str = "Its fiscal year ends June 30. For the first half of fiscal 1987, it \
                        reported a profit.";
    assert_periods(&[
        (
            CONSUL,
            "1987-03-16",
            "the first quarter of",
            ("1988-Q1", "1987-06-01", "1987-08-31"),
        ),
        (
            BANK,
            "1987-03-05",
            "fourth quarter",
            ("1986-Q4", "1986-08-01", "1986-10-31"),
        ),
        (
            HALF,
            "1987-04-09",
            "the first half",
            ("1987-H1", "1986-07-01", "1986-12-31"),
        ),
    ]);
}

#[test]
fn a_fiscal_year_closed_by_a_month_tells_the_stories_fiscal_year() {
    // (reuters-16369, 1208: each was the calendar's)
    const GENETICS: &str = "It expects to incur losses in fiscal 1987 that are somewhat higher. \
                            It had a loss of 4,504,000 dlrs for fiscal 1986 ended November 30.";
    const ANACOMP: &str = "Anacomp's earnings for fiscal 1987 ending September 31 could be \
                           doubled. Most of the benefit will be in the fourth qtr.";
    assert_periods(&[
        (
            GENETICS,
            "1987-04-13",
            "fiscal 1987",
            ("1987", "1986-12-01", "1987-11-30"),
        ),
        (
            ANACOMP,
            "1987-03-03",
            "the fourth qtr",
            ("1987-Q4", "1987-07-01", "1987-09-30"),
        ),
    ]);
}

#[test]
fn a_quarter_named_just_before_the_storys_fiscal_quarter_is_one_of_its_years() {
    // (reuters-3865, 10440: each was the calendar quarter)
    const SOFTWARE: &str = "Software AG said it expects to report earnings for its third \
                            quarter substantially weaker. For the second quarter ended November \
                            30, Software AG earned 2,089,000 dlrs.";
    const TOKHEIM: &str = "Tokheim said shipments will begin in the second quarter. Earlier, \
                           the company reported first quarter, ended February 28, earnings of \
                           1.5 mln dlrs.";
    // (not one many sentences before, which may be another company's)
    const FAR: &str = "U.S. banks may act after the end of their first quarter tomorrow. They \
                       met. They talked. They left. Canadian banks' third quarter ends July 31.";
    assert_periods(&[
        (
            SOFTWARE,
            "1987-03-11",
            "third",
            ("1987-Q3", "1986-12-01", "1987-02-28"),
        ),
        (
            TOKHEIM,
            "1987-03-27",
            "the second quarter",
            ("1987-Q2", "1987-03-01", "1987-05-31"),
        ),
        // (the calendar's quarter, its end: the edge a possessive owns is one expression)
        (
            FAR,
            "1987-03-30",
            "the end of their first quarter",
            ("1987-Q1", "1987-03-02", "1987-03-31"),
        ),
    ]);
}

#[test]
fn last_years_quarter_after_the_storys_fiscal_one_is_of_its_fiscal_years() {
    // (reuters-3865, 10440, 17552: each was the calendar quarter of last year)
    const SOFTWARE: &str = "Software AG said it expects to report earnings for its third \
                            quarter substantially weaker. For the second quarter ended November \
                            30, Software AG earned 2,089,000 dlrs. In last year's third quarter, \
                            Software AG earned 1,598,000 dlrs.";
    const TOKHEIM: &str = "The company reported first quarter, ended February 28, earnings of \
                           1.5 mln dlrs, up from 783,000 dlrs in last year's first quarter.";
    const TENDER: &str = "It expects to take a charge against results for the second quarter \
                          ending July 31. In last year's second quarter, the company took a \
                          charge.";
    assert_periods(&[
        (
            SOFTWARE,
            "1987-03-11",
            "last year's third quarter",
            ("1986-Q3", "1985-12-01", "1986-02-28"),
        ),
        (
            TOKHEIM,
            "1987-03-27",
            "last year's first quarter",
            ("1986-Q1", "1985-12-01", "1986-02-28"),
        ),
        (
            TENDER,
            "1987-06-01",
            "last year's second quarter",
            ("1986-Q2", "1986-05-01", "1986-07-31"),
        ),
    ]);
}

#[test]
fn the_prior_quarter_of_a_number_is_the_one_a_year_back() {
    // (reuters-10440, 5092, 2544, 21057: "prior" and "previous" were left out, the quarter
    // was the story's own, or the calendar's; and "Full-year" after it took its year)
    const TOKHEIM: &str = "The company reported first quarter, ended February 28, earnings of \
                           1.5 mln dlrs. Sales rose to 40.0 mln dlrs, from 28.7 mln dlrs in \
                           the prior first quarter.";
    const VARITY: &str = "Varity expects a loss for the fourth quarter ended January 31. It had \
                          a 3.3 mln dlr net profit for the previous fourth quarter.";
    const VINER: &str = "Viner reported a fourth quarter loss of 918,000 dlrs. It earned 585,000 \
                         dlrs in the previous fourth quarter. Full-year earnings totaled 2.9 mln \
                         dlrs.";
    const COUNTRYWIDE: &str = "Countrywide said it expects fiscal third quarter earnings of 20 \
                               cents. It posted 31 cents in the previous third quarter ended \
                               November 30 last year.";
    assert_periods(&[
        (
            TOKHEIM,
            "1987-03-27",
            "the prior first quarter",
            ("1986-Q1", "1985-12-01", "1986-02-28"),
        ),
        (
            VARITY,
            "1987-03-13",
            "the previous fourth quarter",
            ("1986-Q4", "1985-11-01", "1986-01-31"),
        ),
        (
            VINER,
            "1987-03-05",
            "the previous fourth quarter",
            ("1985-Q4", "1985-10-01", "1985-12-31"),
        ),
        (
            VINER,
            "1987-03-05",
            "Full-year",
            ("1986", "1986-01-01", "1986-12-31"),
        ),
        (
            COUNTRYWIDE,
            "1987-10-19",
            "the previous third quarter",
            ("1986-Q3", "1986-09-01", "1986-11-30"),
        ),
        (
            COUNTRYWIDE,
            "1987-10-19",
            "fiscal third quarter",
            ("1987-Q3", "1987-09-01", "1987-11-30"),
        ),
    ]);
    // ("Prior year 4th qtr and year" share the count: the year is the prior one too)
    let text = "NOTE: Prior year 4th qtr and year oper net excludes 13.1 mln dlrs.";
    assert_eq!(tag_spanning(text, "1987-03-11", "year").value, "1985");
}

#[test]
fn the_other_half_of_a_half_told_is_the_other_of_its_fiscal_year() {
    // (reuters-7918, 12201: the fiscal half under way, March to August 1987, and the
    // calendar's first half of 1987)
    const ALLIED: &str = "Allied-Lyons will report growth in the second half of fiscal 1987 \
                          ended March 7. He declined to say whether it would exceed the 20.7 pct \
                          rise reported in the first half.";
    const NISSAN: &str = "Nissan said it expects that it was profitable in the second half ended \
                          yesterday after a first half operating loss of 17 billion yen.";
    assert_periods(&[
        (
            ALLIED,
            "1987-03-20",
            "the first half",
            ("1987-H1", "1986-03-01", "1986-08-31"),
        ),
        (
            NISSAN,
            "1987-04-01",
            "first half",
            ("1987-H1", "1986-04-01", "1986-09-30"),
        ),
    ]);
}

#[test]
fn a_part_of_a_fiscal_year_is_that_part_of_its_months() {
    // (reuters-21057, 8959: each was that part of the calendar year, September to December
    // 1987 and January to April 1988)
    const COUNTRYWIDE: &str = "Countrywide said it expects fiscal third quarter earnings of 20 \
                               cents. It posted 31 cents in the previous third quarter ended \
                               November 30 last year. It should have a portfolio of 11 billion \
                               dlrs by the end of the current fiscal year.";
    const HYDROCAL: &str = "Its fiscal year ends September 30. Production will begin early in \
                            fiscal 1988.";
    assert_periods(&[
        (
            COUNTRYWIDE,
            "1987-10-19",
            "the end of the current fiscal year",
            ("1987", "1987-10-31", "1988-02-29"),
        ),
        (
            HYDROCAL,
            "1987-03-24",
            "early in fiscal 1988",
            ("1988", "1987-10-01", "1988-01-30"),
        ),
    ]);
    assert_eq!(
        tag_spanning(HYDROCAL, "1987-03-24", "early in fiscal 1988").modifier,
        Some(Modifier::Start)
    );
}

#[test]
fn a_quarter_of_a_year_written_in_a_fiscal_story_is_of_that_fiscal_year() {
    // (reuters-18875, 5482, 5725: each was the calendar quarter of the year written)
    const BANK: &str = "Second quarter ended May 31. NOTE: 1987 2nd quarter and six mth net \
                        excludes 2,288,000 dlrs.";
    const CONSUL: &str = "The company will report an improved third quarter ended February 28. \
                          He said current third quarter results would be similar to 1987's \
                          second quarter's loss.";
    // (not where the years end in January to March, which companies name either way)
    const RETAIL: &str = "For the first quarter ended May 2, sales rose. NOTE: 2nd qtr 1987 \
                          includes a gain.";
    assert_periods(&[
        (
            BANK,
            "1987-06-18",
            "1987 2nd quarter",
            ("1987-Q2", "1987-03-01", "1987-05-31"),
        ),
        (
            CONSUL,
            "1987-03-16",
            "1987's second quarter",
            ("1987-Q2", "1986-09-01", "1986-11-30"),
        ),
        (
            RETAIL,
            "1987-06-18",
            "2nd qtr 1987",
            ("1987-Q2", "1987-04-01", "1987-06-30"),
        ),
    ]);
}

#[test]
fn the_quarter_of_a_year_named_after_a_fiscal_one_keeps_its_days() {
    // (reuters-19928: it was the calendar's second quarter of 1986)
    const HARTMARX: &str = "The company reported earnings for the second quarter ended May 31 of \
                            8,265,000 dlrs, compared to earnings of 2,255,000 dlrs in the 1986 \
                            quarter.";
    assert_periods(&[(
        HARTMARX,
        "1987-06-29",
        "the 1986 quarter",
        ("1986-Q2", "1986-03-01", "1986-05-31"),
    )]);
}

#[test]
fn a_part_of_a_fiscal_year_closed_by_a_month_tells_the_year_end() {
    // (reuters-7902: the two closing months disagreed, so no fiscal year end was read and
    // every part was the calendar's; "August" was 1986's)
    const ECHLIN: &str = "Echlin said it expects further earnings increases for the second \
                          half of fiscal 1987 ending in August. Earlier, Echlin reported first \
                          half fiscal 1987, ended Feb 28, earnings of 23.2 mln dlrs, up from \
                          16.6 mln in the prior year's first half. Also, Echlin said it had \
                          second quarter net income of 11.8 mln dlrs.";
    assert_periods(&[
        (
            ECHLIN,
            "1987-03-20",
            "the second half of fiscal",
            ("1987-H2", "1987-03-01", "1987-08-31"),
        ),
        (
            ECHLIN,
            "1987-03-20",
            "first half fiscal 1987",
            ("1987-H1", "1986-09-01", "1987-02-28"),
        ),
        (
            ECHLIN,
            "1987-03-20",
            "the prior year's first half",
            ("1986-H1", "1985-09-01", "1986-02-28"),
        ),
        (
            ECHLIN,
            "1987-03-20",
            "second quarter net",
            ("1987-Q2", "1986-12-01", "1987-02-28"),
        ),
    ]);
    assert_eq!(
        tag_spanning(ECHLIN, "1987-03-20", "August").value,
        "1987-08"
    );
}

#[test]
fn a_fiscal_year_closed_in_a_relative_clause_tells_the_year_end() {
    // (the first half was the calendar's, January to June 2014)
    const FEDEX: &str = "FedEx expects earnings in fiscal 2014, which ends May 31, 2014, to \
                         grow. Profit in the first half of fiscal 2014 will be flat.";
    // (and "fiscal year 2026 ends", the year after "fiscal year": its first quarter was the
    // calendar's, January to March 2026)
    const MICROSOFT: &str = "Microsoft's fiscal year 2026 ends June 30. Revenue in the first \
                             quarter of fiscal 2026 rose 18%.";
    assert_periods(&[
        (
            FEDEX,
            "2013-06-19",
            "the first half of fiscal 2014",
            ("2014-H1", "2013-06-01", "2013-11-30"),
        ),
        (
            MICROSOFT,
            "2025-11-13",
            "the first quarter of fiscal 2026",
            ("2026-Q1", "2025-07-01", "2025-09-30"),
        ),
    ]);
}

#[test]
fn a_quarter_counted_back_in_a_fiscal_story_is_a_fiscal_one() {
    // (the prior fourth quarter was the calendar's of 2011; the first half of the fiscal
    // year the calendar's of 2013; reuters-3994's second and third "Prior year 4th qtr"
    // were counted back from the first, which had become the story's quarter)
    const NIKE: &str = "Nike's fiscal year ended May 31. Revenue in the prior fourth quarter \
                        was $6.5 billion.";
    const HALF: &str = "Nike's second quarter ended Nov. 30. Revenue for the first half of the \
                        fiscal year rose 8 percent.";
    const RETAIL: &str = "NOTE: Prior year 4th qtr and year oper net excludes 13.1 mln dlrs. \
                          Prior year 4th qtr and year oper net also excludes 19.2 mln dlrs. \
                          Prior year 4th qtr and year ended January 25, 1986.";
    assert_periods(&[
        (
            NIKE,
            "2013-06-27",
            "the prior fourth quarter",
            ("2012-Q4", "2012-03-01", "2012-05-31"),
        ),
        (
            HALF,
            "2013-12-19",
            "the first half of the fiscal year",
            ("2013-H1", "2013-06-01", "2013-11-30"),
        ),
    ]);
    let tags = tag(RETAIL, Some(d("1987-03-11")));
    let quarters: Vec<_> = tags
        .iter()
        .filter(|t| &RETAIL[t.span.clone()] == "Prior year 4th qtr")
        .map(|t| t.date.as_ref().map(|d| (d.start, d.end)))
        .collect();
    assert_eq!(
        quarters,
        vec![Some((d("1985-11-01"), d("1986-01-31"))); 3],
        "each names the same quarter"
    );
}

#[test]
fn the_full_year_in_a_fiscal_story_is_its_fiscal_year() {
    // (reuters-2357, 19919: the calendar's 1987, and the next fiscal year; the tense no
    // longer decides)
    const SALESFORCE: &str = "Its fiscal third quarter ended Oct. 31. Revenue for the full year \
                              ending Jan. 31 will top $4 billion.";
    const TANDEM: &str = "Tandem expects higher earnings in its second fiscal quarter ending \
                          March 31. For the full year, he said he expects the computer maker to \
                          earn about 3 dlrs a share.";
    const RESULTS: &str = "The company reported results for the fourth quarter ended May 30. It \
                           expects sales in the full fiscal year, ending May 30, of around 2.7 \
                           billion dlrs.";
    assert_periods(&[
        (
            SALESFORCE,
            "2013-11-21",
            "the full year",
            ("2013", "2013-02-01", "2014-01-31"),
        ),
        (
            TANDEM,
            "1987-03-05",
            "the full year",
            ("1987", "1986-10-01", "1987-09-30"),
        ),
        (
            RESULTS,
            "1987-06-29",
            "the full fiscal year",
            ("1987", "1986-05-31", "1987-05-30"),
        ),
    ]);
    assert_eq!(
        tag_spanning(SALESFORCE, "2013-11-21", "Jan. 31").value,
        "2014-01-31"
    );
}

#[test]
fn a_fiscal_year_set_off_by_a_comma_before_ending_closes_on_its_day() {
    // (reuters-3758, 5636, 17839: each was the calendar's year)
    const MITCHELL: &str = "It plans to hold its capital spending in fiscal 1988, ending \
                            January 31, to 96 mln dlrs.";
    const USDA: &str = "The commodities will be supplied in the current fiscal year, ending \
                        September 30, and sales will be by private U.S. traders.";
    const RETAILER: &str = "In fiscal 1986, ending last January, its revenues rose to 87.9 mln \
                            dlrs from 21.3 mln dlrs the previous year.";
    const BRITISH: &str = "Sales in fiscal 1987, ending last March, rose.";
    assert_periods(&[
        (
            MITCHELL,
            "1987-03-11",
            "fiscal 1988",
            ("1988", "1987-02-01", "1988-01-31"),
        ),
        (
            USDA,
            "1987-03-16",
            "the current fiscal year",
            ("1987", "1986-10-01", "1987-09-30"),
        ),
        (
            RETAILER,
            "1987-06-01",
            "fiscal 1986",
            ("1986", "1986-02-01", "1987-01-31"),
        ),
        (
            RETAILER,
            "1987-06-01",
            "the previous year",
            ("1985", "1985-02-01", "1986-01-31"),
        ),
        // (the month placed by "last" closes the year even after "ending", where "fiscal
        // 1987 ending March" is left the calendar's: its year is unsure)
        (
            BRITISH,
            "1987-06-01",
            "fiscal 1987",
            ("1987", "1986-04-01", "1987-03-31"),
        ),
    ]);
}

#[test]
fn a_year_by_its_number_and_year_closed_by_a_day_is_the_twelve_months_to_it() {
    // (reuters-19527, 10023, 18849: each was the calendar's year)
    const BHP: &str = "BHP Steel's net profit fell to 200.02 mln dlrs in the 1987 year ended \
                       May 31, 1987, from 253.87 mln the year before.";
    const TABLE: &str = "NOTE: 1985 year ended December 28, 1985.";
    const ZCCM: &str = "Copper production for the 1987 financial year ended March 31 improved \
                        slightly.";
    // (a year that ends in January to March, its day not written, may be named for either
    // year: the calendar's stays)
    const RETAILER: &str = "Sales rose in the 1985 year ended Feb 1.";
    assert_periods(&[
        (
            BHP,
            "1987-06-29",
            "1987",
            ("1987", "1986-06-01", "1987-05-31"),
        ),
        (
            BHP,
            "1987-06-29",
            "the year before",
            ("1986", "1985-06-01", "1986-05-31"),
        ),
        (
            TABLE,
            "1987-03-26",
            "1985",
            ("1985", "1984-12-29", "1985-12-28"),
        ),
        (
            ZCCM,
            "1987-06-18",
            "the 1987 financial year",
            ("1987", "1986-04-01", "1987-03-31"),
        ),
        (
            RETAILER,
            "1987-03-26",
            "1985",
            ("1985", "1985-01-01", "1985-12-31"),
        ),
    ]);
}

#[test]
fn that_year_after_a_fiscal_year_over_is_that_year_whatever_the_tense() {
    // (reuters-16119: the verb "paid" stands too far back for the tense to be read, and
    // "that year" was the fiscal year under way; "the year" still may be)
    const ANZ: &str = "It expects to maintain the payout at about the level of its last full \
                       year ended September 30. The group paid 31 cents a share and 133.1 mln \
                       dlrs in all for that year.";
    assert_periods(&[
        (
            ANZ,
            "1987-04-13",
            "full year",
            ("1986", "1985-10-01", "1986-09-30"),
        ),
        (
            ANZ,
            "1987-04-13",
            "that year",
            ("1986", "1985-10-01", "1986-09-30"),
        ),
    ]);
}

#[test]
fn a_month_after_a_part_named_after_its_split_year_closes_the_part() {
    // (the month closed the year: "the 1986/87 first half ending January 31" was February
    // to July 1986, and its day January 1986)
    const FIRST: &str = "Domestic sales in the 1986/87 first half ending January 31 fell.";
    const SECOND: &str = "Domestic sales in the 1986/87 second half ending July 31 fell.";
    // (before the split, the month still closes the year)
    const OF: &str = "Exports in the second half of fiscal 1987/88 ending March will rise.";
    assert_periods(&[
        (
            FIRST,
            "1987-03-30",
            "first half",
            ("1987-H1", "1986-08-01", "1987-01-31"),
        ),
        (
            FIRST,
            "1987-03-30",
            "January 31",
            ("1987-01-31", "1987-01-31", "1987-01-31"),
        ),
        (
            SECOND,
            "1987-03-30",
            "second half",
            ("1987-H2", "1987-02-01", "1987-07-31"),
        ),
        (
            OF,
            "1987-03-30",
            "the second half of fiscal 1987/88",
            ("1988-H2", "1987-10-01", "1988-03-31"),
        ),
    ]);
}

#[test]
fn the_current_fiscal_year_set_off_before_its_day_tells_the_stories_fiscal_year() {
    // (reuters-6089: every period was the calendar's)
    const PERRY: &str = "Perry Drug Stores Inc, which two weeks ago reported sharply lower \
                         first quarter earnings, plans to slow its expansion. He said \"We \
                         expect to regain our earnings momentum in the second half of the \
                         current fiscal year, ending October 31.\" Perry Drug earned 13 cts a \
                         share in its first quarter this year. It made 11 cts a share in last \
                         year's second half, down from 51 cts in the 1985 second half.";
    assert_periods(&[
        (
            PERRY,
            "1987-03-17",
            "first quarter earnings",
            ("1987-Q1", "1986-11-01", "1987-01-31"),
        ),
        (
            PERRY,
            "1987-03-17",
            "the second half of the current fiscal year",
            ("1987-H2", "1987-05-01", "1987-10-31"),
        ),
        // (the story's quarter named again with "this year")
        (
            PERRY,
            "1987-03-17",
            "first quarter this year",
            ("1987-Q1", "1986-11-01", "1987-01-31"),
        ),
        (
            PERRY,
            "1987-03-17",
            "last year's second half",
            ("1986-H2", "1986-05-01", "1986-10-31"),
        ),
        // (a half of a year written: that half of the fiscal year so named)
        (
            PERRY,
            "1987-03-17",
            "the 1985 second half",
            ("1985-H2", "1985-05-01", "1985-10-31"),
        ),
    ]);
}

#[test]
fn a_half_of_the_current_fiscal_year_is_that_half_of_the_year_under_way() {
    // (reuters-21497: it was the calendar's second half)
    const RBI: &str = "The move is part of the bank's policy for the second half of fiscal \
                       1987/88 ending March. Malhotra said the rate of monetary expansion \
                       must be kept under control in the second half of the current \
                       financial year.";
    // ("the fiscal year" alone, told in no past, the nearest: it was the calendar's half)
    const JAPAN: &str = "Its fiscal year ends March 31. The package is expected to include a \
                         plan to carry out 80 pct of total public works in the first half of \
                         the fiscal year.";
    assert_periods(&[
        (
            RBI,
            "1987-10-19",
            "the second half of the current financial year",
            ("1988-H2", "1987-10-01", "1988-03-31"),
        ),
        (
            JAPAN,
            "1987-03-18",
            "the first half of the fiscal year",
            ("1987-H1", "1987-04-01", "1987-09-30"),
        ),
    ]);
}

#[test]
fn a_half_named_before_the_first_part_closed_on_a_day_is_that_half_of_its_fiscal_year() {
    // (reuters-19928, 5563: each was the calendar's second half)
    const HARTMARX: &str = "Hartmarx Corp expects record earnings in the second half of fiscal \
                            1987, Chairman John Meinert said. The company reported earnings \
                            for the second quarter ended May 31 of 8,265,000 dlrs.";
    const MAGNETIC: &str = "Magnetic Technologies Corp said it expects the second half to show \
                            continued growth. The company today reported a profit for the \
                            first half ended January 31 of 105,013 dlrs.";
    // (a year written without "fiscal" is the calendar's)
    const CALENDAR: &str = "It expects sales to rise in the first half of 1987. The company \
                            reported a profit for the first quarter ended January 31.";
    assert_periods(&[
        (
            HARTMARX,
            "1987-06-29",
            "the second half of fiscal 1987",
            ("1987-H2", "1987-06-01", "1987-11-30"),
        ),
        (
            MAGNETIC,
            "1987-03-16",
            "the second half",
            ("1987-H2", "1987-02-01", "1987-07-31"),
        ),
        (
            MAGNETIC,
            "1987-03-16",
            "the first half",
            ("1987-H1", "1986-08-01", "1987-01-31"),
        ),
        (
            CALENDAR,
            "1987-03-16",
            "the first half of 1987",
            ("1987-H1", "1987-01-01", "1987-06-30"),
        ),
    ]);
}

#[test]
fn a_half_told_in_the_past_in_its_first_three_months_is_last_years() {
    // (reuters-3490, 8633: each was this year's, barely begun; near its end it stays,
    // "Adam Opel AG had a first half profit after three years of losses", read in June)
    const SHELL: &str = "Overall the year had not been a good one, with downstream operations \
                         also affected in the first half by large losses on inventories.";
    const OPEL: &str = "Adam Opel AG had a first half profit after three years of losses, the \
                        trade paper said.";
    assert_periods(&[
        (
            SHELL,
            "1987-03-11",
            "the first half",
            ("1986-H1", "1986-01-01", "1986-06-30"),
        ),
        (
            OPEL,
            "1987-06-29",
            "first half",
            ("1987-H1", "1987-01-01", "1987-06-30"),
        ),
    ]);
}

#[test]
fn a_month_after_since_before_a_participle_began_in_the_past() {
    // (reuters-8606: "intended" made the month one still to come)
    assert_values(&[
        (
            "Indonesia has announced a series of measures since May intended to stimulate \
             exports.",
            "1987-03-24",
            "May",
            "1986-05",
        ),
        (
            "It has announced measures since May.",
            "1987-03-24",
            "May",
            "1986-05",
        ),
        // (nor does another date right after it: they were 2025-10)
        (
            "Mortgage rates hit their lowest level since October this week.",
            "2025-08-07",
            "October",
            "2024-10",
        ),
        (
            "Rates fell to their lowest since October last week.",
            "2025-08-07",
            "October",
            "2024-10",
        ),
    ]);
}

#[test]
fn a_fiscal_quarter_by_its_number_in_a_story_that_names_its_year_end() {
    const PAST: &str = "Microsoft's fiscal year ends June 30. In the fiscal third quarter, \
                        revenue rose 17%.";
    // (still to come, the next one, not the one over nine months ago: it was July to
    // September 2013)
    const AHEAD: &str = "Microsoft's fiscal year ends June 30. It expects revenue to rise in \
                         the first quarter.";
    // (reuters-1679: it was the calendar's third quarter)
    const ASBESTEC: &str = "The transaction is expected to be completed early in the third \
                            quarter of its fiscal year ending September 30, 1987.";
    assert_periods(&[
        (
            PAST,
            "2014-04-25",
            "the fiscal third quarter",
            ("2014-Q3", "2014-01-01", "2014-03-31"),
        ),
        (
            AHEAD,
            "2014-04-25",
            "the first quarter",
            ("2014-Q1", "2014-07-01", "2014-09-30"),
        ),
        (
            ASBESTEC,
            "1987-03-04",
            "early in the third quarter of its fiscal year",
            ("1987-Q3", "1987-04-01", "1987-04-30"),
        ),
    ]);
}

#[test]
fn the_same_period_after_a_range_of_months_is_those_months() {
    // (reuters-18798, 8136, 8654: each was the last month alone)
    const ECUADOR: &str = "The central bank said that between January and May Ecuador sold \
                           16.1 mln barrels, compared with 32 mln in the same period last year.";
    const VW: &str = "Its share rose to 29 pct in January and February from 26 pct in the \
                      year-ago period.";
    const SUGAR: &str = "Human sugar consumption in October-February rose to 817,856 tonnes \
                         from 799,128 in the year-ago period.";
    // (two months apart, joined by "and", are no range)
    const APART: &str = "Sales in January and May rose from the same period last year.";
    assert_periods(&[
        (
            ECUADOR,
            "1987-06-18",
            "the same period last year",
            ("1986-01-01..1986-05-31", "1986-01-01", "1986-05-31"),
        ),
        (
            VW,
            "1987-03-23",
            "the year-ago period",
            ("1986-01-01..1986-02-28", "1986-01-01", "1986-02-28"),
        ),
        (
            SUGAR,
            "1987-03-24",
            "the year-ago period",
            ("1985-10-01..1986-02-28", "1985-10-01", "1986-02-28"),
        ),
        (
            APART,
            "1987-06-18",
            "the same period last year",
            ("1986-05", "1986-05-01", "1986-05-31"),
        ),
    ]);
}

#[test]
fn a_week_a_day_closes_or_opens_spans_its_seven_days_and_what_counts_from_it_too() {
    // (reuters-6301, 7070, 13159, 4381-like: each spanned the calendar's week, Monday to
    // Sunday, and what counted from it the calendar's week before the one its first day
    // fell in)
    const API: &str = "Distillate stocks fell by 7.35 mln barrels in the week ended March 6 \
                       from a revised 120.09 mln the previous week.";
    const START: &str = "Output in the week beginning March 4 was up.";
    const YEAR_AGO: &str = "Output in the week ended March 7 rose from the same week last year.";
    const GRAIN: &str = "The Board issued figures for shipments in the week to April 1, with \
                         comparisons for the previous week and the same week in 1986.";
    const EARLIER: &str = "Stocks fell by 7.35 mln barrels in the week ended March 6 from \
                           120.09 mln a week earlier and 100 mln a year earlier.";
    // (a part of a week keeps the calendar's: "the same period" after "the middle of last
    // week" is that week)
    const MIDDLE: &str = "Rains in the middle of last week reached 27 millimetres. There was \
                          no rainfall in the same period in La Pampa.";
    const CLAIMS: &str = "Benefits totaled 3,014,400 in the week ended Feb 14, the latest period \
                          for which that figure was available. That was up from 2,997,800 the \
                          previous week.";
    assert_periods(&[
        (
            API,
            "1987-03-12",
            "the week",
            ("1987-W10", "1987-02-28", "1987-03-06"),
        ),
        (
            API,
            "1987-03-12",
            "the previous week",
            ("1987-W09", "1987-02-21", "1987-02-27"),
        ),
        (
            EARLIER,
            "1987-03-12",
            "a week earlier",
            ("1987-W09", "1987-02-21", "1987-02-27"),
        ),
        (
            EARLIER,
            "1987-03-12",
            "a year earlier",
            ("1986-W10", "1986-02-28", "1986-03-06"),
        ),
        (
            MIDDLE,
            "1987-04-08",
            "the same period",
            ("1987-W14", "1987-03-30", "1987-04-05"),
        ),
        (
            START,
            "1987-03-12",
            "the week",
            ("1987-W10", "1987-03-04", "1987-03-10"),
        ),
        (
            YEAR_AGO,
            "1987-03-12",
            "the same week last year",
            ("1986-W10", "1986-03-01", "1986-03-07"),
        ),
        (
            GRAIN,
            "1987-04-03",
            "the same week in 1986",
            ("1986-W14", "1986-03-26", "1986-04-01"),
        ),
        (
            GRAIN,
            "1987-04-03",
            "the previous week",
            ("1987-W13", "1987-03-19", "1987-03-25"),
        ),
        (
            CLAIMS,
            "1987-02-26",
            "the latest period",
            ("1987-W07", "1987-02-08", "1987-02-14"),
        ),
        (
            CLAIMS,
            "1987-02-26",
            "the previous week",
            ("1987-W06", "1987-02-01", "1987-02-07"),
        ),
    ]);
}

#[test]
fn an_edge_of_a_year_a_day_closes_is_that_edge_of_its_twelve_months() {
    // (reuters-9537, 12400: each was P1Y, a length, with END)
    const DEBT: &str = "U.S. debt had soared to 68.3 billion dlrs by the end of the fiscal year \
                        that ended last Sept. 30.";
    const SANWA: &str = "Operations will contribute 40 pct of profits by the end of the fiscal \
                         year ending March, 1990.";
    assert_periods(&[
        (
            DEBT,
            "1987-03-25",
            "the end of the fiscal year",
            ("1986", "1986-06-01", "1986-09-30"),
        ),
        (
            SANWA,
            "1987-04-02",
            "the end of the fiscal year",
            ("1989", "1989-11-30", "1990-03-31"),
        ),
    ]);
    let debt = tag_spanning(DEBT, "1987-03-25", "the end of the fiscal year");
    assert_eq!(debt.kind, TimexKind::Date);
    assert_eq!(debt.date.and_then(|d| d.modifier), Some(Modifier::End));
    // (the year alone stays a length, as TimeBank marks it)
    assert_eq!(
        value_of(
            "Profits rose in the fiscal year ending March 31, 1987.",
            "1987-04-02",
            "the fiscal year"
        ),
        "P1Y"
    );
}

#[test]
fn an_edge_of_a_period_a_possessive_owns_is_one_expression() {
    // (reuters-10945, 16844: the period alone, with no edge)
    assert_periods(&[
        (
            "It would cut 5% of staff by the end of its fiscal year.",
            "2024-03-15",
            "the end of its fiscal year",
            ("2024", "2024-09-01", "2024-12-31"),
        ),
        (
            "USA Today carried 957 paid advertising pages through the end of its first quarter.",
            "1987-03-30",
            "the end of its first quarter",
            ("1987-Q1", "1987-03-02", "1987-03-31"),
        ),
        (
            "Danners restated its net worth as of February 1, 1986, the last day of its prior \
             fiscal year, to 15.5 mln dlrs.",
            "1987-04-17",
            "the last day of its prior fiscal year",
            ("1986-02-01", "1986-02-01", "1986-02-01"),
        ),
    ]);
    let edge = tag_spanning(
        "It would cut 5% of staff by the end of its fiscal year.",
        "2024-03-15",
        "the end of its fiscal year",
    );
    assert_eq!(edge.date.and_then(|d| d.modifier), Some(Modifier::End));
    // (not a possessive before a period no edge reads: "the end of its year")
    assert_untagged("2024-03-15", &["It paid by the end of its year."]);
}

#[test]
fn an_end_told_in_the_past_while_the_period_is_young_is_the_last_ones() {
    // (each was the end still to come, 1987 from September to December)
    assert_periods(&[
        (
            "Demand weakened sharply at the end of the year, the company said.",
            "1987-03-16",
            "the end of the year",
            ("1986", "1986-09-01", "1986-12-31"),
        ),
        (
            "Sales rose in the last week of the year.",
            "1987-03-16",
            "the last week of the year",
            ("1986", "1986-12-25", "1986-12-31"),
        ),
        // (and since it, whatever the tense)
        (
            "Its backlog has risen 35 pct since the end of the year.",
            "1987-03-16",
            "the end of the year",
            ("1986", "1986-09-01", "1986-12-31"),
        ),
        // (past a period still to come the story named: reuters-5500, it was 1987's end)
        (
            "It expects to report a second quarter loss. Its backlog has risen 35 pct since \
             the end of its fiscal year.",
            "1987-03-16",
            "the end of its fiscal year",
            ("1986", "1986-09-01", "1986-12-31"),
        ),
        // (not looking ahead, nor after another word: "by", "through")
        (
            "Sales will rise at the end of the year.",
            "1987-03-16",
            "the end of the year",
            ("1987", "1987-09-01", "1987-12-31"),
        ),
        (
            "The officials said they expect the EC to allow plants to ship meat through the \
             end of the year.",
            "1987-04-13",
            "the end of the year",
            ("1987", "1987-09-01", "1987-12-31"),
        ),
        // (nor once the period is past its middle: the end under way)
        (
            "Sales rose toward the end of the quarter.",
            "1987-03-16",
            "the end of the quarter",
            ("1987-Q1", "1987-03-02", "1987-03-31"),
        ),
    ]);
}

#[test]
fn that_date_and_the_same_date_are_the_day_named_last() {
    // (reuters-8023, 17286, 11677, 1987: each was untagged)
    assert_periods(&[
        (
            "The dividend distribution will be made March 30 to holders of record on that date.",
            "1987-03-20",
            "that date",
            ("1987-03-30", "1987-03-30", "1987-03-30"),
        ),
        (
            "The company, given until October 16 to find a buyer, has promised that there will \
             be no job losses before that date.",
            "1987-04-22",
            "that date",
            ("1987-10-16", "1987-10-16", "1987-10-16"),
        ),
        (
            "Alan Himber agreed to buy 400,000 dlrs of equity securities by April 30, and \
             agreed to an option to purchase another one mln dlrs by the same date.",
            "1987-03-24",
            "the same date",
            ("1987-04-30", "1987-04-30", "1987-04-30"),
        ),
        // (and so after a period that day opens or closes, named in between: they were
        // untagged, and reuters-408's quarter was the calendar's, July to September)
        (
            "The shutdown began on Oct. 1. The fiscal year started that day.",
            "2025-11-13",
            "that day",
            ("2025-10-01", "2025-10-01", "2025-10-01"),
        ),
        (
            "Its revenues totaled nearly 200 mln dlrs in the year ended November 30 and for \
             the quarter ended on that date it earned 1.3 mln dlrs.",
            "1987-03-02",
            "that date",
            ("1986-11-30", "1986-11-30", "1986-11-30"),
        ),
        (
            "Its revenues totaled nearly 200 mln dlrs in the year ended November 30 and for \
             the quarter ended on that date it earned 1.3 mln dlrs.",
            "1987-03-02",
            "the quarter",
            ("1986-Q4", "1986-09-01", "1986-11-30"),
        ),
    ]);
    // (on or before it, the days up to it)
    let before = tag_spanning(
        "Payments are deferred to June one, 1987. It is subject to repayment of the debt on or \
         before that date at a discount.",
        "1987-04-01",
        "that date",
    );
    assert_eq!(before.value, "1987-06-01");
    // (in a year written after it, that day in that year; with none named, the year)
    assert_periods(&[
        (
            "Payment date is July 16, the bond pays interest on that date annually, and \
             matures on that date in 1995.",
            "1987-06-19",
            "that date in 1995",
            ("1995-07-16", "1995-07-16", "1995-07-16"),
        ),
        (
            "Long term debt as of December 31, 1986 was put at 7.9 billion dlrs, down 15 pct \
             from 9.3 billion dlrs on the same day in 1985.",
            "1987-03-20",
            "the same day in 1985",
            ("1985-12-31", "1985-12-31", "1985-12-31"),
        ),
        (
            "He was sworn in on that day in 1992.",
            "1987-03-20",
            "that day in 1992",
            ("1992", "1992-01-01", "1992-12-31"),
        ),
    ]);
    // (not "the same date" after a month, which names no day: "to be fully paid by May 2015
    // ... by the same date", reuters-5748)
    assert_no_tag_holds(
        "Class J-three bonds are to be fully paid by May 2015 and class J-four bonds are to \
         be fully paid by the same date.",
        "1987-03-17",
        "same date",
    );
}

#[test]
fn a_similar_or_like_period_a_year_back_is_the_same_period() {
    // (reuters-17186, 8903, 15773: "last year", the year or "a year ago" alone)
    const CHILE: &str = "The January-March trade surplus totalled 526 mln dlrs, well below a \
                         similar period last year, which reached 2.46 billion dlrs.";
    const COFFEE: &str = "Coffee export revenue dropped to 233.6 mln dlrs for the first two \
                          months of the year against 330.9 mln dlrs in the similar period of \
                          1986.";
    const STORES: &str = "Sales for the five weeks ended April 4 fell eight pct. Federated said \
                          it now has 65 stores in operation compared with 59 during the like \
                          period a year ago.";
    assert_periods(&[
        (
            CHILE,
            "1987-04-24",
            "a similar period last year",
            ("1986-Q1", "1986-01-01", "1986-03-31"),
        ),
        (
            COFFEE,
            "1987-03-24",
            "the similar period of 1986",
            ("1986-01-01..1986-02-28", "1986-01-01", "1986-02-28"),
        ),
        (
            STORES,
            "1987-04-09",
            "the like period a year ago",
            ("1986-03-01..1986-04-04", "1986-03-01", "1986-04-04"),
        ),
    ]);
    // (with "a" and no year back, a length: "two billion dlrs in new loans over a similar
    // period")
    assert_no_tag_holds(
        "Brazil paid 24 billion dlrs in the last two years while receiving two billion dlrs \
         in new loans over a similar period.",
        "1987-03-13",
        "similar",
    );
}

#[test]
fn the_same_period_of_a_year_after_a_period_or_the_year_so_far_is_those_days_then() {
    // (reuters-21096, 15279, 1583, 4893: each was the year, or the month named last)
    const ITALY: &str = "For the first nine months of 1987, the balance of payments showed a \
                         deficit of 1,921 billion lire against a 1,725 billion deficit in the \
                         same 1986 period.";
    const AMERICA_WEST: &str = "Its March load factor fell to 58.7 pct from 69.8 pct a year \
                                earlier and its year-to-date load factor dropped to 56.6 pct \
                                from 60.4 pct during the same period of 1986.";
    const PIEDMONT: &str = "Its February load factor fell to 52.6 pct from 57 pct a year \
                            earlier and its year-to-date load factor was down to 52.2 pct from \
                            54.8 pct during the same period last year.";
    const FEED: &str = "Feed compounds produced in Britain in the five weeks ended January 31 \
                        totalled 973,400 tonnes, against 966,200 tonnes produced in the same \
                        1986 period.";
    assert_periods(&[
        (
            ITALY,
            "1987-10-19",
            "the same 1986 period",
            ("1986-01-01..1986-09-30", "1986-01-01", "1986-09-30"),
        ),
        (
            AMERICA_WEST,
            "1987-04-08",
            "the same period of 1986",
            ("1986-01-01..1986-03-31", "1986-01-01", "1986-03-31"),
        ),
        (
            PIEDMONT,
            "1987-03-04",
            "the same period last year",
            ("1986-01-01..1986-02-28", "1986-01-01", "1986-02-28"),
        ),
        // (a month on, "a year earlier" after the month stays that month)
        (
            PIEDMONT,
            "1987-03-04",
            "a year earlier",
            ("1986-02", "1986-02-01", "1986-02-28"),
        ),
        (
            FEED,
            "1987-03-05",
            "the same 1986 period",
            ("1985-12-28..1986-01-31", "1985-12-28", "1986-01-31"),
        ),
    ]);
}

#[test]
fn the_year_to_date_whose_tag_leaves_its_words_out_is_the_year_so_far() {
    // (reuters-2300, 4973: the first was the year, the second the year to March 1)
    const MIDWAY: &str = "February traffic rose 12 pct. Traffic for the year-to-date advanced \
                          17.7 pct to 332.9 mln from 282.8 mln in the comparable period a year \
                          ago.";
    const AMC: &str = "American Motors said its U.S. sales for the March 1-10 period dropped 57 \
                       pct. Domestic sales for the calendar year-to-date fell 61 pct to 5,682 \
                       cars from 14,641 cars in the comparable period of 1986.";
    // (spaced, the tag "the year" is the reference; the month named before it closes the
    // year so far)
    const SPACED: &str = "February sales rose. Sales for the year to date rose from the same \
                          period last year.";
    assert_periods(&[
        (
            MIDWAY,
            "1987-03-05",
            "the comparable period a year ago",
            ("1986-01-01..1986-02-28", "1986-01-01", "1986-02-28"),
        ),
        (
            SPACED,
            "1987-03-05",
            "the same period last year",
            ("1986-01-01..1986-02-28", "1986-01-01", "1986-02-28"),
        ),
        (
            AMC,
            "1987-03-13",
            "the comparable period of 1986",
            ("1986-01-01..1986-03-10", "1986-01-01", "1986-03-10"),
        ),
    ]);
}

#[test]
fn a_half_told_by_a_when_clause_or_a_verb_after_its_subject_is_over() {
    // (reuters-10272, read 1987-03-26: each half was 1987's, and "the year" with them)
    const BP: &str = "BP Australia reported a net loss for 1986. The unit attributed the \
                      deficit to stock losses arising from the drop in crude prices in the \
                      first half, when it made a 119.93 mln dlr loss. It said government \
                      compensation, together with improved crude prices in the second half, \
                      enabled the group's oil business to make a modest pre-tax profit.";
    // (a day in a subject is left to its own clause)
    const CALLS: &str = "The calls, to be made effective June 30 and September 30, affected \
                         two bonds.";
    assert_periods(&[
        (
            BP,
            "1987-03-26",
            "the first half",
            ("1986-H1", "1986-01-01", "1986-06-30"),
        ),
        (
            BP,
            "1987-03-26",
            "the second half",
            ("1986-H2", "1986-07-01", "1986-12-31"),
        ),
        (
            CALLS,
            "1987-03-20",
            "September 30",
            ("1987-09-30", "1987-09-30", "1987-09-30"),
        ),
    ]);
}

#[test]
fn a_year_counted_back_from_the_year_ended_on_a_day_is_the_twelve_months_before() {
    // (reuters-10649, 10663, 3466, 15919: each was the calendar year before the day's, or
    // the day a year back; a year that ends on December 31 is the calendar's)
    const HOMES: &str = "American Homes Inc said it expects revenues for the year ending \
                         March 31, 1987 to be approximately 145 mln dlrs. It said it recorded \
                         30 mln dlrs in revenues for the year prior.";
    const NIPPON: &str = "Nippon Oil predicted net profit of about nine billion yen in the \
                          year ending March 31, down 10.4 pct from a year earlier. Current \
                          profit for the year was estimated at 17 billion yen.";
    assert_periods(&[
        (
            "Loans fell to 756.9 mln dinars in the year ended September 4, 1986, from \
             1,001.4 mln the previous year.",
            "1987-03-29",
            "the previous year",
            ("1985", "1984-09-05", "1985-09-04"),
        ),
        (
            "Iran's non-oil exports were worth 750 mln dlrs in the year ended March 20, a \
             35 pct increase from the previous year.",
            "1987-03-29",
            "the previous year",
            ("1985", "1985-03-21", "1986-03-20"),
        ),
        (
            NIPPON,
            "1987-03-11",
            "a year earlier",
            ("1985", "1985-04-01", "1986-03-31"),
        ),
        (
            NIPPON,
            "1987-03-11",
            "the year was",
            ("1986", "1986-04-01", "1987-03-31"),
        ),
        (
            HOMES,
            "1987-04-09",
            "the year prior",
            ("1985", "1985-04-01", "1986-03-31"),
        ),
        (
            "Isuzu forecast a net loss of 15 billion yen in the year ending October 31, 1987 \
             against a 3.98 billion loss a year earlier.",
            "1987-06-19",
            "a year earlier",
            ("1986", "1985-11-01", "1986-10-31"),
        ),
        (
            "It reported a loss for the year ended December 31, compared to a loss of \
             553,000 dlrs in the prior year.",
            "1987-03-20",
            "the prior year",
            ("1985", "1985-01-01", "1985-12-31"),
        ),
        // (but "prior to" an event is no year back)
        (
            "Sales rose in the year prior to the merger.",
            "1987-03-20",
            "the year",
            ("1987", "1987-01-01", "1987-12-31"),
        ),
    ]);
}

#[test]
fn a_year_back_from_a_period_whose_days_were_not_both_written_keeps_its_value_and_those_days() {
    // (the value as the words are read without the days, TimeBank's; the interval those
    // days a year back: reuters-15784, 2426, 4047, 17555, each the day or the whole year)
    const FOOD_LION: &str = "Food Lion Inc said sales for the four weeks ended May 23 were \
                             up 21.9 pct to 222.6 mln dlrs from 182.6 mln dlrs a year earlier. \
                             The company said sales for the year to date were up 23.4 pct to \
                             1.06 billion dlrs from 858.8 mln dlrs a year before.";
    const WARDS: &str = "U.S. carmakers are expected to build 160,111 cars for the week ending \
                         April 11. Year to date, it estimated domestic car output at 2,334,528, \
                         down from 2,442,221 in the same 1986 period. It projected the weeks \
                         truck output at 80,168, up from 72,026 a year earlier.";
    assert_periods(&[
        (
            "For the six months ended Aug. 12, Provigo posted net income of C$6.5 million, \
             compared with C$18.1 million a year earlier.",
            "1989-10-26",
            "a year earlier",
            ("1988-08-12", "1988-02-13", "1988-08-12"),
        ),
        (
            "Mars Stores Inc said sales for the five weeks ended April 4 were off 22.3 pct to \
             8,242,525 dlrs from 10.6 mln dlrs a year earlier.",
            "1987-04-09",
            "a year earlier",
            ("1986-04-04", "1986-03-01", "1986-04-04"),
        ),
        (
            FOOD_LION,
            "1987-06-01",
            "a year earlier",
            ("1986-05-23", "1986-04-26", "1986-05-23"),
        ),
        (
            FOOD_LION,
            "1987-06-01",
            "a year before",
            ("1986", "1986-01-01", "1986-05-23"),
        ),
        (
            "The load factor during February was 54.9 pct. In the first two months of the \
             year the load factor totaled 51.5 pct, down from 54.0 pct a year ago.",
            "1987-03-05",
            "a year ago",
            ("1986", "1986-01-01", "1986-02-28"),
        ),
        // (not where the words read without the days name another period: the week, its
        // own seven days a year back, though it closes with them)
        (
            WARDS,
            "1987-04-09",
            "a year earlier",
            ("1986-W15", "1986-04-05", "1986-04-11"),
        ),
    ]);
}

#[test]
fn a_full_year_closed_by_a_day_is_the_twelve_months_to_it() {
    // (reuters-9736, 7673: each was the publication's calendar year; with no story quarter
    // a full year still to come closes on the next such day)
    assert_periods(&[
        (
            "In the full year ended May 31 1986 the group earned a record 988.2 mln dlrs.",
            "1987-03-26",
            "the full year",
            ("1986", "1985-06-01", "1986-05-31"),
        ),
        (
            "Revenues for the full year ended December 31, 1986 were 5.5 mln dlrs.",
            "1987-03-20",
            "the full year",
            ("1986", "1986-01-01", "1986-12-31"),
        ),
        (
            "Revenue for the full year ending Jan. 31 will top 4 billion dollars.",
            "2013-11-20",
            "the full year",
            ("2013", "2013-02-01", "2014-01-31"),
        ),
    ]);
}

#[test]
fn a_length_counted_back_from_a_period_of_days_leaves_the_period_the_text_speaks_of() {
    // (reuters-5256: it was the length, P3M; a length named after the days still ends
    // their reach, and "the period" right after one is that length)
    const SALES: &str = "In the three months from December to February, the level of sales \
                         was little changed over the previous three months but was nearly six \
                         pct higher than the same year ago period.";
    assert_periods(&[(
        SALES,
        "1987-03-16",
        "the same year ago period",
        ("1985-12-01..1986-02-28", "1985-12-01", "1986-02-28"),
    )]);
    assert_lengths(&[
        (SALES, "1987-03-16", "the previous three months", "P3M"),
        (
            "Ariane expects to launch six satellites a year for the next three years, about \
             75 pct of launches during that period.",
            "1987-04-13",
            "that period",
            "P3Y",
        ),
    ]);
}

#[test]
fn a_split_year_in_a_story_that_tells_its_fiscal_year_end_is_the_twelve_months_to_it() {
    // (reuters-17460, 9760, 4098: each was both calendar years, or both moved a year)
    const TOSHIBA: &str = "Toshiba Corp expects to report a group net profit of 38 billion \
                           yen for the year ending March 31, 1988. Toshiba said earlier that \
                           1986/87 group net profit fell 42.5 pct from a year earlier to 34.18 \
                           billion yen.";
    const SIEMENS: &str = "Siemens expects profits to rise in the current financial year \
                           ending September 30. Kaske said investments were expected to remain \
                           around six billion marks in 1986/87 after a 50 pct increase the \
                           previous year.";
    assert_periods(&[
        (
            TOSHIBA,
            "1987-06-01",
            "a year earlier",
            ("1985", "1985-04-01", "1986-03-31"),
        ),
        (
            SIEMENS,
            "1987-03-26",
            "the previous year",
            ("1986", "1985-10-01", "1986-09-30"),
        ),
        // (no month told: both its years, as before)
        (
            "Corn use in feed output in 1986/87 rose to 11.71 mln tonnes from 11.02 mln a \
             year earlier.",
            "1987-06-18",
            "a year earlier",
            ("1986", "1985-01-01", "1986-12-31"),
        ),
    ]);
}

#[test]
fn a_date_in_an_opening_condition_told_in_the_present_before_a_will_is_still_to_come() {
    // (reuters-7937, 10512: each was the quarter of the year named before, 1986)
    assert_periods(&[
        (
            "Inflows totalled a billion dlrs in fourth-quarter 1986. Once the first tranche \
             of its new six billion dlr loan is drawn down in the second quarter, Mexico will \
             still only have enough reserves to pay for imports.",
            "1987-03-20",
            "the second quarter",
            ("1987-Q2", "1987-04-01", "1987-06-30"),
        ),
        (
            "In the first quarter of 1986, Marine Midland reported a loss. If debt \
             restructuring talks are not completed by the end of the third quarter, the \
             company estimated Brazil's action would reduce its net income for the year.",
            "1987-03-27",
            "the year",
            ("1987", "1987-01-01", "1987-12-31"),
        ),
        // (not a clause told in the past)
        (
            "When the company reported results in January, it said it would cut jobs.",
            "2024-05-15",
            "January",
            ("2024-01", "2024-01-01", "2024-01-31"),
        ),
    ]);
}

#[test]
fn the_year_from_a_day_is_the_twelve_months_from_it() {
    // (reuters-10315, 18924, 4642: each was the calendar year, and its day stays as it was)
    const KAWASAKI: &str = "Kawasaki Steel Corp said its parent company's capital spending in \
                            the year from April 1 will fall to 75 billion yen.";
    assert_periods(&[
        (
            KAWASAKI,
            "1987-03-27",
            "the year",
            ("1987", "1987-04-01", "1988-03-31"),
        ),
        (
            KAWASAKI,
            "1987-03-27",
            "April 1",
            ("1987-04-01", "1987-04-01", "1987-04-01"),
        ),
        (
            "Hofer was elected second vice-chairman for the consumers for the year from July 1.",
            "1987-06-18",
            "the year",
            ("1988", "1987-07-01", "1988-06-30"),
        ),
        // (not a change of the days of its fiscal year)
        (
            "The company changed the fiscal year from March 31 to December 31.",
            "1987-03-27",
            "the fiscal year",
            ("1987", "1987-01-01", "1987-12-31"),
        ),
    ]);
}

#[test]
fn a_contract_quoted_after_its_place_among_the_months_traded_is_still_to_come() {
    // (reuters-14289, 13610, 13493, 13525: each was August 1986)
    const SUGAR: &str = "Raw sugar futures rallied from session lows. ";
    let texts = [
        format!("{SUGAR}Near Aug was finally quoted at 154.60/154.80 dlrs (bid-asked)."),
        format!("{SUGAR}Near Aug terminal was finally quoted at 154.40/154.60 dlrs."),
        format!("{SUGAR}Near Aug was trading at 154 dlrs after 70 minutes."),
        format!("{SUGAR}August was at a morning low of 1,168 francs."),
    ];
    let rows: Vec<PeriodRow<'_>> = texts
        .iter()
        .map(|t| {
            (
                t.as_str(),
                "1987-04-07",
                "Aug",
                ("1987-08", "1987-08-01", "1987-08-31"),
            )
        })
        .collect();
    assert_periods(&rows);
    // (not a statistic's month)
    assert_periods(&[(
        "Raw sugar futures rallied. Sugar exports in February were 154 mln dlrs.",
        "1987-04-07",
        "February",
        ("1987-02", "1987-02-01", "1987-02-28"),
    )]);
}

#[test]
fn the_past_year_month_or_week_is_valued_as_the_one_before_and_spans_the_time_to_the_publication() {
    // (reuters-20714, 2139: each spanned the calendar year 1986; TimeBank's VOA19980303
    // "the past year" is 1997)
    assert_periods(&[
        (
            "The Dow fell a record 508 Monday to 1738, erasing the entire gain of the past \
             year.",
            "1987-10-20",
            "the past year",
            ("1986", "1986-10-21", "1987-10-20"),
        ),
        (
            "Money supply has grown very strongly in the last year.",
            "1987-03-20",
            "the last year",
            ("1986", "1986-03-21", "1987-03-20"),
        ),
        // (and a month or a week so: the month, the seven days up to the publication)
        (
            "Interest rates have declined by approximately 50 basis points over the last \
             month.",
            "1987-06-19",
            "the last month",
            ("1987-05", "1987-05-20", "1987-06-19"),
        ),
        (
            "No measurable precipitation was reported across the province in the past week.",
            "1987-04-28",
            "the past week",
            ("1987-W17", "1987-04-22", "1987-04-28"),
        ),
        (
            "Sales rose in the last week of March.",
            "1987-10-20",
            "the last week of March",
            ("1987-03", "1987-03-25", "1987-03-31"),
        ),
        (
            "In the last week before the election, polls narrowed.",
            "2024-11-10",
            "the last week",
            ("2024-W44", "2024-10-28", "2024-11-03"),
        ),
        // (not the final year of something, nor a year set beside one written)
        (
            "The U.S. might not pay its contribution in the last year of the current pact.",
            "1987-10-20",
            "the last year",
            ("1986", "1986-01-01", "1986-12-31"),
        ),
        (
            "The European operations had sales of 186 mln dlrs in 1985, the last year for \
             which figures are available.",
            "1987-03-06",
            "the last year",
            ("1986", "1986-01-01", "1986-12-31"),
        ),
    ]);
}

#[test]
fn a_year_counted_back_in_the_sentence_of_a_year_so_far_spans_the_same_days_a_year_back() {
    // (reuters-1627, 8872, 9702: each spanned the whole year 1986)
    assert_periods(&[
        (
            "GM said February car sales fell 17.8 pct. Year-to-date car sales fell one pct to \
             25,534 units from 25,851 units the previous year.",
            "1987-03-04",
            "the previous year",
            ("1986", "1986-01-01", "1986-02-28"),
        ),
        (
            "Electric output so far this year was 458.51 billion kilowatt hours, up 2.2 pct \
             from 448.79 billion last year, the EEI said.",
            "1987-03-04",
            "last year",
            ("1986", "1986-01-01", "1986-03-04"),
        ),
        (
            "Thailand exported 1.29 mln tonnes of rice so far in 1987, down from 1.39 mln \
             tonnes a year ago.",
            "1987-04-09",
            "a year ago",
            ("1986", "1986-01-01", "1986-04-09"),
        ),
        // (not past the sentence, nor a fiscal year so far)
        (
            "Year-to-date car sales fell one pct. Sales rose last year.",
            "1987-03-04",
            "last year",
            ("1986", "1986-01-01", "1986-12-31"),
        ),
        (
            "For the fiscal year to date, the budget was in deficit by 93.92 billion dlrs, \
             compared with 106.2 billion dlrs in the previous fiscal year.",
            "1987-03-20",
            "the previous fiscal year",
            ("1986", "1986-01-01", "1986-12-31"),
        ),
    ]);
}

#[test]
fn the_period_under_way_right_after_a_verb_in_the_past_runs_to_the_publication() {
    // (reuters-6124, 8829, 16120: each ran to the period's end)
    assert_periods(&[
        (
            "The Commerce Department said this week that the economy grew.",
            "1987-06-19",
            "this week",
            ("1987-W25", "1987-06-15", "1987-06-19"),
        ),
        (
            "VW said this month that it had found irregularities.",
            "1987-03-20",
            "this month",
            ("1987-03", "1987-03-01", "1987-03-20"),
        ),
        // (not what a verb of planning looks ahead to, nor a period the verb does not date)
        (
            "It will help reduce the budget deficit, targetted this year at 418 billion francs.",
            "1987-03-11",
            "this year",
            ("1987", "1987-01-01", "1987-12-31"),
        ),
        (
            "Inflation fell to 5.5 pct, against a government target of five pct for this year.",
            "1987-03-05",
            "this year",
            ("1987", "1987-01-01", "1987-12-31"),
        ),
    ]);
}

#[test]
fn a_length_the_text_does_not_name_as_a_period_leaves_the_period_it_speaks_of() {
    // (reuters-19392, 2050: they were the whole year, and the day)
    assert_periods(&[
        (
            "Domestic car sales during the first five months of this year slipped to their \
             lowest level for a decade, 241,632 units compared with 382,182 units during the \
             same period last year.",
            "1987-06-19",
            "the same period last year",
            ("1986-01-01..1986-05-31", "1986-01-01", "1986-05-31"),
        ),
        (
            "Sales for the four weeks ended February 28 were 31.7 mln dlrs, up 13 pct from \
             28.0 mln dlrs in the comperable four week period a year earlier.",
            "1987-03-05",
            "a year earlier",
            ("1986-02-28", "1986-02-01", "1986-02-28"),
        ),
        // (a length named as a period still ends the reach of the days before it)
        (
            "Sales for the five weeks ended April 4 rose. Sales for the first nine weeks of \
             its fiscal year were up from 1.87 billion dlrs a year before.",
            "1987-04-09",
            "a year before",
            ("1986-04-04", "1986-04-04", "1986-04-04"),
        ),
    ]);
}

#[test]
fn a_condition_after_a_date_leaves_it_the_modal_s() {
    // ("provided" opened no clause: February was read as a noun's, the nearest, 1987-02)
    assert_periods(&[
        (
            "The companies can ship meat through February provided they submit a plan.",
            "1987-04-13",
            "February",
            ("1988-02", "1988-02-01", "1988-02-29"),
        ),
        (
            "Exporters may keep their licences until June providing the quota is not filled.",
            "2025-09-10",
            "June",
            ("2026-06", "2026-06-01", "2026-06-30"),
        ),
    ]);
}

#[test]
fn the_half_a_day_closes_is_that_half_and_named_again_the_story_s() {
    // (reuters-4621, 4049, 6334, 17961: "the half" was untagged, and "a year earlier" the
    // day a year back)
    assert_periods(&[
        (
            "Adsteam's net earnings rose to 75.05 mln dlrs in the half ended December 31 from \
             55.68 mln a year earlier.",
            "1987-03-12",
            "the half",
            ("1986-H2", "1986-07-01", "1986-12-31"),
        ),
        (
            "Adsteam's net earnings rose to 75.05 mln dlrs in the half ended December 31 from \
             55.68 mln a year earlier.",
            "1987-03-12",
            "a year earlier",
            ("1985-H2", "1985-07-01", "1985-12-31"),
        ),
        // (a fiscal half: the six months to its last day, named as the calendar's half it
        // closes in)
        (
            "MHI's exports-to-sales ratio fell to 25.9 pct in the half-year ended last September.",
            "1987-03-12",
            "the half-year",
            ("1986-H2", "1986-04-01", "1986-09-30"),
        ),
        (
            "It reported pretax profit of 10.57 mln ringgit in the half year to June 30, 1986.",
            "1987-03-18",
            "the half year",
            ("1986-H1", "1986-01-01", "1986-06-30"),
        ),
        // (named again, the half of the day, quarter or half named before)
        (
            "It will add 58 mln dlrs to its reserve in the second quarter, causing a loss for \
             the quarter and a loss of two mln dlrs for the half.",
            "1987-06-02",
            "the half",
            ("1987-H1", "1987-01-01", "1987-06-30"),
        ),
        (
            "Net rose in the half ended December 31 from the previous half.",
            "1987-03-27",
            "the previous half",
            ("1986-H1", "1986-01-01", "1986-06-30"),
        ),
        (
            "Net rose in the half ended December 31 from 5.47 mln in the same half last year.",
            "1987-03-27",
            "the same half last year",
            ("1985-H2", "1985-07-01", "1985-12-31"),
        ),
    ]);
    // (no half named before, and no half at all)
    assert_untagged(
        "1987-03-27",
        &[
            "Sales rose in the half.",
            "He said that half of the rise was seasonal.",
            "It paid for the half interest in Champlin.",
            "It followed the half-point cut.",
            "The half yearly report said exports rose.",
        ],
    );
}

#[test]
fn this_quarter_s_results_told_as_out_are_the_story_s_quarter_over() {
    // (TimeBank's wsj_0344; it was 1989-Q4, whose results were not out)
    assert_periods(&[
        (
            "Price Stern Sloan reported a net loss of $8.1 million for the third quarter ended \
             Sept. 30. This quarter's loss includes pretax charges of $4.9 million.",
            "1989-11-01",
            "This quarter",
            ("1989-Q3", "1989-07-01", "1989-09-30"),
        ),
        (
            "Alphabet reported first-quarter revenue of $90 billion. This quarter's results \
             included a gain of $8 billion.",
            "2025-04-24",
            "This quarter",
            ("2025-Q1", "2025-01-01", "2025-03-31"),
        ),
        // (not looking ahead, before it or after it, nor with no quarter reported)
        (
            "Alphabet reported first-quarter revenue of $90 billion. This quarter's revenue \
             will top $95 billion, it said.",
            "2025-04-24",
            "This quarter",
            ("2025-Q2", "2025-04-01", "2025-06-30"),
        ),
        (
            "It reported a net loss for the third quarter. It expects this quarter's loss to \
             narrow.",
            "1989-11-01",
            "this quarter",
            ("1989-Q4", "1989-10-01", "1989-12-31"),
        ),
        (
            "This quarter's loss includes pretax charges of $4.9 million.",
            "1989-11-01",
            "This quarter",
            ("1989-Q4", "1989-10-01", "1989-12-31"),
        ),
    ]);
}

#[test]
fn a_day_of_the_story_right_after_its_verb_in_the_past_is_no_day_to_come() {
    // (it was next Wednesday, the day named last)
    assert_periods(&[(
        "A judge on Tuesday blocked the plan. She scheduled a hearing for next Wednesday. The \
         administration appealed the same day.",
        "2025-04-09",
        "the same day",
        ("2025-04-08", "2025-04-08", "2025-04-08"),
    )]);
}

#[test]
fn a_quarter_whose_results_come_out_on_a_day_is_over_before_it() {
    // (a quarter is over some days before its results come out: the calendar's second
    // quarter, April to June, cannot be reported on May 1; it was 2025-Q2, April to June)
    assert_periods(&[
        (
            "Apple will report fiscal second-quarter results on May 1.",
            "2025-03-25",
            "fiscal second-quarter",
            ("2025-Q2", "2025-01-01", "2025-03-31"),
        ),
        (
            "Microsoft will report fiscal third-quarter earnings on April 30.",
            "2025-03-25",
            "fiscal third-quarter",
            ("2025-Q3", "2025-01-01", "2025-03-31"),
        ),
        // (the results before the quarter, or the day a few words on: they were April to
        // June)
        (
            "Apple will report results for its fiscal second quarter on May 1.",
            "2025-03-25",
            "fiscal second quarter",
            ("2025-Q2", "2025-01-01", "2025-03-31"),
        ),
        (
            "Apple's fiscal second-quarter results are due after the bell on Thursday, May 1.",
            "2025-03-25",
            "fiscal second-quarter",
            ("2025-Q2", "2025-01-01", "2025-03-31"),
        ),
        // (with no "on", as the wires write it: they were April to June)
        (
            "Apple's fiscal second-quarter results will be released May 1.",
            "2025-03-25",
            "fiscal second-quarter",
            ("2025-Q2", "2025-01-01", "2025-03-31"),
        ),
        (
            "Apple will report fiscal second-quarter results May 1.",
            "2025-03-25",
            "fiscal second-quarter",
            ("2025-Q2", "2025-01-01", "2025-03-31"),
        ),
        (
            "Apple's fiscal second-quarter results are due Thursday, May 1.",
            "2025-03-25",
            "fiscal second-quarter",
            ("2025-Q2", "2025-01-01", "2025-03-31"),
        ),
        // (a month the results are told in is no day they come out on)
        (
            "Apple's second-quarter results in May were strong.",
            "2025-03-25",
            "second-quarter",
            ("2025-Q2", "2025-04-01", "2025-06-30"),
        ),
        // (to the last month's end a week or more before the day)
        (
            "Oracle reports third-quarter results on March 11.",
            "2025-03-05",
            "third-quarter",
            ("2025-Q3", "2024-12-01", "2025-02-28"),
        ),
        (
            "Apple will report fiscal first-quarter results on Jan. 30.",
            "2025-01-10",
            "fiscal first-quarter",
            ("2024-Q1", "2024-10-01", "2024-12-31"),
        ),
        // (the calendar's quarter when it can be the one reported)
        (
            "IBM will report first-quarter results on April 23.",
            "2025-03-25",
            "first-quarter",
            ("2025-Q1", "2025-01-01", "2025-03-31"),
        ),
        (
            "Apple reported fourth-quarter results on Jan. 30.",
            "2025-03-25",
            "fourth-quarter",
            ("2024-Q4", "2024-10-01", "2024-12-31"),
        ),
    ]);
}

#[test]
fn a_figure_told_with_two_words_of_unit_dates_a_baseline() {
    assert_periods(&[
        // "40.7 mln dlrs last year" is a figure's baseline as "40.7 mln last year" is: the
        // next sentence's "the previous year" counts from the story's quarter, not from the
        // baseline (Reuters-21578 20225: it was 1985)
        (
            "For the third quarter, Sears posted earnings of 409.0 mln dlrs. Sears said \
             income in the quarter totaled 90.6 mln dlrs compared with 40.7 mln dlrs last \
             year. It said the group's quarterly income of 170.4 mln dlrs compared with \
             170.0 mln dlrs the previous year.",
            "1987-10-20",
            "the previous year",
            ("1986", "1986-01-01", "1986-12-31"),
        ),
        // (and after "a 0.2 pct rise last December", a year earlier than January: Reuters
        // 5848, it was December 1985)
        (
            "Output fell a provisional 2.3 pct in January after a 0.2 pct rise last \
             December. The index fell to 103.9 from 106.3, and compared with 102.3 a year \
             earlier.",
            "1987-03-17",
            "a year earlier",
            ("1986-01", "1986-01-01", "1986-01-31"),
        ),
        // (a year earlier right after the baseline, with no figure of its own between, is
        // the baseline's year back: Reuters 1079)
        (
            "Output increased by around two pct last year, compared with 3.3 pct growth \
             recorded in 1985 against a year earlier.",
            "1987-03-03",
            "a year earlier",
            ("1984", "1984-01-01", "1984-12-31"),
        ),
        // (the year's first weeks after a baseline of last year's month: Reuters 2724)
        (
            "Food Lion said its sales totaled 207.5 mln dlrs last month, up 26.0 pct from the \
             164.7 mln dlrs reported for February 1986. The company said sales for the first \
             eight weeks of the year were up 26.1 pct.",
            "1987-03-06",
            "the year",
            ("1987", "1987-01-01", "1987-12-31"),
        ),
    ]);
}

#[test]
fn a_quarter_whose_results_are_out_closed_a_week_or_more_before() {
    let note = "NOTE: Net excludes discontinued operations gain 20,000 dlrs vs loss 1,291,000 \
                dlrs in quarter and gain 60,000 dlrs vs loss 1,590,000 dlrs in year.";
    assert_periods(&[
        // a note's quarter read in a quarter's first week is the one before the last over:
        // results come out a week or more after a quarter closes (Reuters-21578 12166, 12110,
        // 12715 were 1987-Q1)
        (
            note,
            "1987-04-01",
            "in quarter",
            ("1986-Q4", "1986-10-01", "1986-12-31"),
        ),
        // (from the quarter's eighth day, the last one over)
        (
            note,
            "1987-04-08",
            "in quarter",
            ("1987-Q1", "1987-01-01", "1987-03-31"),
        ),
        // (so too one told in the past, whose baseline a year back is the fourth quarter:
        // reuters-12681)
        (
            "NOTE: Realized investment gains for the qtr were 96,000 dlrs vs nil for 1985's \
             4th qtr.",
            "1987-04-02",
            "the qtr",
            ("1986-Q4", "1986-10-01", "1986-12-31"),
        ),
        // (and a note's quarter of a year named, its last: reuters-11884 was 1985-Q1)
        (
            "NOTE: 1985 net includes tax credits of 7,336,000 dlrs in quarter and 10.2 mln \
             dlrs in year.",
            "1987-04-01",
            "in quarter",
            ("1985-Q4", "1985-10-01", "1985-12-31"),
        ),
        // (and a note's "Current year" under a table's "Year", the year of that quarter:
        // reuters-12266 was 1987)
        (
            "Shr 2.02 dlrs vs 1.94 dlrs\n    Net 14.7 mln vs 13.9 mln\n    Year\n    Shr \
             2.83 dlrs vs 3.36 dlrs\n    Net 20.7 mln vs 24.1 mln\n    NOTE: Current year \
             includes loss equal to 12 cts/shr from takeover defense.",
            "1987-04-01",
            "Current year",
            ("1986", "1986-01-01", "1986-12-31"),
        ),
    ]);
}

#[test]
fn the_next_decade_over_which_a_thing_runs_is_ten_years() {
    // "over the next decade", read in 2025: the ten years from now, not the 2030s
    // (Reuters-21578: 8 articles were the 1990s, read in 1987)
    assert_lengths(&[
        (
            "The company plans to invest $10 billion over the next decade.",
            "2025-11-20",
            "the next decade",
            "P10Y",
        ),
        (
            "Within the next decade, demand will double.",
            "2025-11-20",
            "the next decade",
            "P10Y",
        ),
        (
            "Tappmeyer expects producing companies to provide the main financing for \
             offshore drilling in the coming decade.",
            "1987-04-08",
            "the coming decade",
            "P10Y",
        ),
    ]);
    // (a part of it, or its end, is the decade on the calendar)
    assert_periods(&[
        (
            "It is confident this will happen early in the next decade.",
            "1987-03-10",
            "early in the next decade",
            ("199", "1990-01-01", "1993-05-01"),
        ),
        (
            "Demand will double by the end of the next decade.",
            "2025-11-20",
            "the end of the next decade",
            ("203", "2036-09-01", "2039-12-31"),
        ),
    ]);
}

#[test]
fn the_old_day_of_a_change_opens_no_span() {
    // "extended from Dec. 1 to Jan. 15": the deadline moved, two days each read alone, not
    // a span told in the past (both were a year back, December 2024 to January 2025)
    let cases = [
        (
            "The deadline was extended from Dec. 1 to Jan. 15.",
            "Dec. 1",
            ("2025-12-01", "2025-12-01", "2025-12-01"),
        ),
        (
            "The deadline was extended from Dec. 1 to Jan. 15.",
            "Jan. 15",
            ("2026-01-15", "2026-01-15", "2026-01-15"),
        ),
        // (a particle between: it was 2024-12-01, as "came back from" a day is)
        (
            "The vote was pushed back from Dec. 1 to Jan. 15.",
            "Dec. 1",
            ("2025-12-01", "2025-12-01", "2025-12-01"),
        ),
    ];
    let rows: Vec<PeriodRow<'_>> = cases
        .iter()
        .map(|&(text, phrase, want)| (text, "2025-11-24", phrase, want))
        .collect();
    assert_periods(&rows);
    // (a span that ran is still one: the last one over)
    assert_periods(&[(
        "Talks ran from Dec. 1 to Jan. 15.",
        "2025-11-24",
        "Dec. 1",
        ("2024-12-01", "2024-12-01", "2024-12-01"),
    )]);
}

#[test]
fn the_fiscal_year_alone_is_the_one_of_the_day_named_last() {
    // in a story that tells the month its fiscal years end in, "the fiscal year" is the one
    // of the day named last, or the one under way (Reuters-21578 8866, 18493 and 21225 were
    // the calendar's)
    assert_periods(&[
        (
            "For the year ended June 28, Flowers earned 29.5 mln dlrs. It said the plants are \
             expected to be contributing to profit by the end of the fiscal year.",
            "1987-03-24",
            "the end of the fiscal year",
            ("1987", "1987-02-27", "1987-06-28"),
        ),
        (
            "Crude output fell in fiscal 1986/87 ending June 30. The decline reflected a sharp \
             dip early in the fiscal year, when oil prices were low.",
            "1987-05-10",
            "early in the fiscal year",
            ("1987", "1986-07-01", "1986-10-30"),
        ),
    ]);
}

#[test]
fn a_fiscal_year_of_congress_runs_from_october() {
    // the U.S. federal government's fiscal year runs from October to September: named in a
    // sentence with Congress, the Pentagon, the White House, Gramm-Rudman, appropriations or
    // a shutdown, and no other month told (Reuters-21578: 11 articles were the calendar's)
    assert_periods(&[
        (
            "Congress failed to pass a spending bill for fiscal 2026 before the start of the \
             fiscal year.",
            "2025-11-01",
            "fiscal 2026",
            ("2026", "2025-10-01", "2026-09-30"),
        ),
        (
            "The White House said the federal budget deficit for fiscal 1988 will total 163 \
             billion dlrs if Congress and the administration fail to agree.",
            "1987-04-08",
            "fiscal 1988",
            ("1988", "1987-10-01", "1988-09-30"),
        ),
        (
            "Miller told the House Appropriations Committee the administration has serious \
             objections to a supplemental spending bill for the current fiscal year.",
            "1987-03-31",
            "the current fiscal year",
            ("1987", "1986-10-01", "1987-09-30"),
        ),
        // (and "the fiscal year" alone, the one of the day named last: it was the calendar's
        // 2025)
        (
            "The shutdown began on Oct. 1, when Congress failed to pass a spending bill \
             before the start of the fiscal year.",
            "2025-11-01",
            "the start of the fiscal year",
            ("2026", "2025-10-01", "2026-01-30"),
        ),
        // (a month the text tells wins: "beginning April 1")
        (
            "The federal government's expenditures will rise in the fiscal year beginning \
             April 1 to 110.14 billion dlrs, Congress was told.",
            "1987-03-02",
            "the fiscal year",
            ("1987", "1987-04-01", "1988-03-31"),
        ),
        // (nor where a Congress may be another country's)
        (
            "Brazil's Congress approved the budget for fiscal 2026.",
            "2025-11-01",
            "fiscal 2026",
            ("2026", "2026-01-01", "2026-12-31"),
        ),
    ]);
}

#[test]
fn a_figure_up_or_down_from_a_month_closing_its_clause_is_gone_by() {
    // "up from $3 billion in March", read in November: the figure measured from is one
    // gone by (it was the coming March, nearer by the count that favours the past twice)
    assert_periods(&[
        (
            "Sales rose to $4 billion, up from $3 billion in March.",
            "2025-11-20",
            "March",
            ("2025-03", "2025-03-01", "2025-03-31"),
        ),
        // (not in a sentence that looks ahead)
        (
            "Inflation is expected to rise to 5 pct in December, up from 4 pct in November.",
            "2025-10-20",
            "November",
            ("2025-11", "2025-11-01", "2025-11-30"),
        ),
    ]);
}

#[test]
fn a_word_in_ing_before_its_noun_is_in_a_verbs_object() {
    // "was valued in a funding round in March": the word in -ing after an article (and an
    // adjective) is the noun's, not a verb of its own, so the verb in the past before it
    // dates the month (it was the coming March)
    assert_periods(&[
        (
            "It was valued at $3 billion in its last funding round in March.",
            "2025-11-20",
            "March",
            ("2025-03", "2025-03-01", "2025-03-31"),
        ),
        (
            "The company raised $2 billion in a funding round in March.",
            "2025-11-20",
            "March",
            ("2025-03", "2025-03-01", "2025-03-31"),
        ),
        // (and a figure in euros, pounds or yen, as in dollars: it was 2026-03)
        (
            "The company was valued at €3 billion in March.",
            "2025-11-20",
            "March",
            ("2025-03", "2025-03-01", "2025-03-31"),
        ),
        (
            "The company was valued at £3 billion in March.",
            "2025-11-20",
            "March",
            ("2025-03", "2025-03-01", "2025-03-31"),
        ),
        // (a verb in -ing is still one: "is holding a meeting in March" looks ahead)
        (
            "The company is holding a meeting in March.",
            "2025-11-20",
            "March",
            ("2026-03", "2026-03-01", "2026-03-31"),
        ),
    ]);
}

#[test]
fn a_copula_in_the_past_on_a_day_tells_a_state_gone_by() {
    // "The meeting was on March 3", read in November: a state on a day in the past (it was
    // the coming March 3, the copula being taken for one that names a day)
    assert_periods(&[
        (
            "The meeting was on March 3.",
            "2025-11-20",
            "March 3",
            ("2025-03-03", "2025-03-03", "2025-03-03"),
        ),
        (
            "The price was €15 on March 3.",
            "2025-11-20",
            "March 3",
            ("2025-03-03", "2025-03-03", "2025-03-03"),
        ),
    ]);
    // (and a day the copula names, with no preposition: it was the coming March 3)
    assert_periods(&[(
        "The vote was March 3.",
        "2025-11-20",
        "March 3",
        ("2025-03-03", "2025-03-03", "2025-03-03"),
    )]);
    // (a copula before a word that names a day still names it: the nearest)
    assert_periods(&[(
        "The dividend was payable on Dec. 15.",
        "2025-11-20",
        "Dec. 15",
        ("2025-12-15", "2025-12-15", "2025-12-15"),
    )]);
    // a sign of money before a figure glued to it makes an amount, not a year
    for text in [
        "He paid a €2000 fine.",
        "He paid a £2000 fine.",
        "He paid a $2000 fine.",
    ] {
        assert!(tag(text, Some(d("2025-11-20"))).is_empty(), "{text:?}");
    }
}

#[test]
fn an_expectation_in_the_past_perfect_was_of_a_quarter_over() {
    // "Analysts had expected earnings of $1.20 a share for the quarter", read 2025-11-20:
    // the quarter whose results are out (it was the quarter under way, 2025-Q4)
    assert_periods(&[
        (
            "Analysts had expected earnings of $1.20 a share for the quarter.",
            "2025-11-20",
            "the quarter",
            ("2025-Q3", "2025-07-01", "2025-09-30"),
        ),
        // (not a plan, "had expected to close", nor an expectation still held)
        (
            "The company had expected to close the deal in the quarter.",
            "2025-11-20",
            "the quarter",
            ("2025-Q4", "2025-10-01", "2025-12-31"),
        ),
        (
            "Analysts expect earnings of $1.20 a share for the quarter.",
            "2025-11-20",
            "the quarter",
            ("2025-Q4", "2025-10-01", "2025-12-31"),
        ),
    ]);
}
