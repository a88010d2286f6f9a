//! Numbers as news writes them, in digits and in words: "130", "12,567", "2.33 k",
//! "twenty-one", "3 hundred and 21", "one and a half", "three quarters", "a dozen",
//! "naught point five", "2 million", "10 bln". A small token grammar, not a regex, so
//! that word numbers compose like digits do.

pub(crate) use super::tokens::{Kind, Tok, tokenize};

/// A number read at a token: its value, the token after it, how many decimals its
/// digits had, and whether it was written in words.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Number {
    pub value: f64,
    pub end: usize,
    pub decimals: usize,
    pub words: bool,
    /// Half the magnitude of the last digit written ("80 billion": 0.5e9), for the
    /// tolerance of a rounded figure; 0 for whole counts and numbers in words.
    pub half_unit: f64,
}

/// Reads a number (digits, words, or both) starting at token `i`.
pub(crate) fn number(toks: &[Tok<'_>], i: usize) -> Option<Number> {
    read(toks, i, Reach::Whole)
}

/// A number up to the next "and", "point" or ratio word: what the grammar looks ahead at
/// to decide whether to join what follows. It never looks ahead itself, so a long chain ("one
/// hundred and one hundred and ...") is read in linear time.
fn piece(toks: &[Tok<'_>], i: usize) -> Option<Number> {
    read(toks, i, Reach::Piece)
}

fn read(toks: &[Tok<'_>], i: usize, reach: Reach) -> Option<Number> {
    let mut p = P { toks, i, reach };
    let n = p.cardinal()?;
    Some(Number { end: p.i, ..n })
}

/// How much of what follows a reading may take in.
#[derive(Clone, Copy, PartialEq)]
enum Reach {
    Whole,
    /// A ratio's denominator: "one over one hundred and twenty five", but no ratio of its
    /// own ("two out of two out of two" would otherwise be read again at every "out of").
    Denominator,
    /// A lookahead: "and", "point" and ratios end it.
    Piece,
}

struct P<'t, 'a> {
    toks: &'t [Tok<'a>],
    i: usize,
    reach: Reach,
}

impl P<'_, '_> {
    fn peek(&self) -> Option<&Tok<'_>> {
        self.toks.get(self.i)
    }
    fn at(&self, k: usize) -> Option<&Tok<'_>> {
        self.toks.get(self.i + k)
    }
    fn word(&self) -> Option<&str> {
        self.peek()
            .filter(|t| t.kind == Kind::Word)
            .map(|t| t.lower.as_ref())
    }

    /// A whole number phrase: digits or words, scales, "and", fractions.
    fn cardinal(&mut self) -> Option<Number> {
        let start = self.i;
        let (mut total, mut current) = (0.0_f64, 0.0_f64);
        let mut decimals = 0;
        let mut words = false;
        let mut any = false;
        // The scale applied to a figure in digits ("2.33 k", "$80 billion").
        let mut digit_scale: Option<f64> = None;
        let mut last_scale = 1.0;
        // What the last scale word added ("three lakh": 300,000), for a scale stacked on it.
        let mut last_part = 0.0;
        // "a hundred", "a dozen", "a half", "an eighth"
        if matches!(self.word(), Some("a" | "an"))
            && self.at(1).is_some_and(|t| {
                matches!(
                    t.lower.as_ref(),
                    "hundred"
                        | "thousand"
                        | "million"
                        | "billion"
                        | "trillion"
                        | "dozen"
                        | "half"
                        | "quarter"
                ) || denominator(&t.lower).is_some()
            })
            || (matches!(self.word(), Some("a" | "an"))
                // "a twenty-first", but not "a twenty-first century"
                && compound_ordinal(self.toks, self.i + 1).is_some_and(|(_, end)| {
                    self.toks
                        .get(end)
                        .is_none_or(|t| t.lower != "century" && t.text != "-")
                }))
        {
            self.i += 1;
            current = 1.0;
            words = true;
            any = true;
            if let Some(d) = self.word().and_then(denominator) {
                // "a quarter", "a quarter million"
                self.i += 1;
                current = 1.0 / d;
            } else if let Some((d, end)) = compound_ordinal(self.toks, self.i) {
                // "a twenty-first"
                self.i = end;
                current = 1.0 / d;
            }
        }
        if !any && matches!(self.word(), Some("hundred" | "thousand")) {
            current = 1.0;
            any = true;
            words = true;
        }
        // "half a dozen"
        if !any
            && self.word() == Some("half")
            && self.at(1).is_some_and(|t| t.lower == "a")
            && self.at(2).is_some_and(|t| t.lower == "dozen")
        {
            self.i += 3;
            return Some(Number {
                value: 6.0,
                end: self.i,
                decimals: 0,
                words: true,
                half_unit: 0.0,
            });
        }
        while let Some(t) = self.peek().cloned() {
            let leading_point = t.text == "."
                && !any
                && self
                    .at(1)
                    .is_some_and(|n| n.kind == Kind::Num && !n.spaced());
            if t.kind == Kind::Num || leading_point {
                // Digits join a number only at its start, after a scale word ("2 million 300")
                // or after "and" that follows a round part ("3 hundred and 21").
                let joins = !any
                    || (current == 0.0 && total > 0.0)
                    || self.last_was_scale()
                    || (self.last_was_and() && current % 100.0 == 0.0);
                if !joins {
                    break;
                }
                let Some((v, d, end)) = digits(self.toks, self.i) else {
                    break;
                };
                self.i = end;
                current += v;
                decimals = d;
                any = true;
                digit_scale = Some(1.0);
                continue;
            }
            // "one-eighth", "five - eighths"
            if t.text == "-"
                && any
                && current != 0.0
                && current < 10.0
                && let Some(d) = self.at(1).and_then(|t| denominator(&t.lower))
            {
                self.i += 2;
                current /= d;
                words = true;
                continue;
            }
            // "⅔", "½"
            if !any && let Some(v) = vulgar(t.text) {
                self.i += 1;
                current = v;
                any = true;
                continue;
            }
            if t.kind != Kind::Word {
                break;
            }
            let w = t.lower.as_ref();
            // "one twenty-fifth": a compound ordinal after a numerator is its denominator
            if any
                && total + current != 0.0
                && !self.last_was_and()
                && let Some((d, end)) = compound_ordinal(self.toks, self.i)
            {
                self.i = end;
                current = (total + current) / d;
                total = 0.0;
                words = true;
                continue;
            }
            if w == "one"
                && !any
                && self.i > 0
                && PRONOUN_ONE.contains(&self.toks[self.i - 1].lower.as_ref())
            {
                break;
            }
            if let Some(v) = unit_word(w) {
                // "twenty one", "twenty-one": a unit after tens; otherwise a new number
                if any
                    && current % 100.0 != 0.0
                    && !(current % 10.0 == 0.0 && current % 100.0 >= 20.0 && v < 10.0)
                {
                    break;
                }
                self.i += 1;
                current += v;
                words = true;
                any = true;
                if self.peek().is_some_and(|t| t.text == "-")
                    && let Some(u) = self
                        .at(1)
                        .and_then(|t| unit_word(&t.lower))
                        .filter(|u| *u < 10.0 && v >= 20.0)
                {
                    self.i += 2;
                    current += u;
                }
                continue;
            }
            if (w == "hundred" || (w == "hundreds" && current != 0.0)) && any {
                self.i += 1;
                current = if current == 0.0 {
                    100.0
                } else {
                    current * 100.0
                };
                words = true;
                continue;
            }
            let letter = match t.text {
                "M" | "MM" | "mil" => Some(1e6),
                "G" | "B" | "b" | "bil" => Some(1e9),
                "T" => Some(1e12),
                "K" => Some(1e3),
                _ => None,
            };
            // "5G" is a network, not five billion: a glued G is not a scale.
            let network = t.text == "G" && !t.spaced();
            if let Some(s) =
                letter.filter(|_| any && digit_scale == Some(1.0) && current != 0.0 && !network)
            {
                self.i += 1;
                total += current * s;
                current = 0.0;
                last_scale = s;
                if let Some(d) = digit_scale.as_mut() {
                    *d *= s;
                }
                continue;
            }
            if let Some(s) = scale_word(w).filter(|_| any) {
                self.i += 1;
                // "three lakh crore", "a thousand million": a scale right after a smaller
                // one multiplies it
                if current == 0.0 && self.last_was_scale_at(self.i - 2) && s > last_scale {
                    total += last_part * (s - 1.0);
                    last_part *= s;
                    last_scale = s;
                    if let Some(d) = digit_scale.as_mut() {
                        *d *= s;
                    }
                    continue;
                }
                last_part = if current == 0.0 { s } else { current * s };
                total += last_part;
                current = 0.0;
                last_scale = s;
                if let Some(d) = digit_scale.as_mut() {
                    *d *= s;
                } else {
                    words = true;
                }
                continue;
            }
            if matches!(w, "dozen" | "dozens" | "dz" | "dzs" | "doz" | "dozs") && any {
                self.i += 1;
                // "three hundred and two dozen" is 324: the dozens are what follows "and"
                let units = current % 100.0;
                current = match (current, units) {
                    (0.0, _) => 12.0,
                    (_, 0.0) => current * 12.0,
                    _ => current - units + units * 12.0,
                };
                words = true;
                continue;
            }
            if w == "and" && any && self.reach != Reach::Piece {
                // "one hundred and three", "one and a half", "five billion and three quarters"
                let mut q = self.piece_after();
                if let Some(frac) = q.fraction() {
                    self.i = q.i;
                    // "one billion and a half million": a fraction of a smaller scale
                    if let Some(s) = self
                        .word()
                        .and_then(scale_word)
                        .filter(|s| current == 0.0 && *s < last_scale)
                    {
                        self.i += 1;
                        total += frac * s;
                    } else if current == 0.0 {
                        // "five billion and three quarters" is 5.75 billion
                        total += frac * last_scale
                    } else {
                        current += frac
                    }
                    words = true;
                    continue;
                }
                // "one hundred and three", "five billion and 300": "and" joins a round part
                // to a smaller number that follows; "20 and 30", "3 hundred and 2 hundred"
                // and "4 thousand 3 hundred and 0" are two numbers each.
                let round = (current != 0.0 || total > 0.0) && current % 100.0 == 0.0;
                let limit = if current != 0.0 { 100.0 } else { last_scale };
                let next_is_number = q.word().is_some_and(|w| unit_word(w).is_some())
                    || q.peek().is_some_and(|t| t.kind == Kind::Num);
                // "two hundred and two thousand": the scale multiplies the whole group
                let scaled_group = current != 0.0
                    && q.word().is_some_and(|w| unit_word(w).is_some())
                    && self
                        .toks
                        .get(first_piece_end(self.toks, q.i))
                        .is_some_and(|t| scale_word(&t.lower).is_some());
                if round
                    && next_is_number
                    && (scaled_group
                        || piece(self.toks, q.i).is_some_and(|n| n.value > 0.0 && n.value < limit))
                {
                    self.i += 1;
                    continue;
                }
                break;
            }
            if w == "point" && any && self.reach != Reach::Piece {
                let mut q = self.piece_after();
                let mut frac = String::new();
                while let Some(d) = q.word().and_then(digit_word) {
                    frac.push(char::from(b'0' + d));
                    q.i += 1;
                }
                // "point seventy-one", "point eleven": the decimals read as a number
                if frac.is_empty()
                    && let Some(n) = piece(self.toks, q.i)
                    && n.words
                    && n.value >= 10.0
                    && n.value < 100.0
                    && n.value.fract() == 0.0
                {
                    frac = (n.value as u32).to_string();
                    q.i = n.end;
                }
                if frac.is_empty() {
                    break;
                }
                self.i = q.i;
                current += format!("0.{frac}").parse::<f64>().unwrap_or(0.0);
                decimals = frac.len();
                continue;
            }
            // "two thirds", "three quarters", "a hundred thousand trillionths": a numerator
            // and its denominator; "two thirds of a million"
            if let Some(d) = denominator(w).filter(|_| any && total + current != 0.0) {
                self.i += 1;
                current = (total + current) / d;
                total = 0.0;
                words = true;
                if self.word() == Some("of")
                    && matches!(self.at(1).map(|t| t.lower.as_ref()), Some("a" | "an"))
                    && let Some(s) = self.at(2).and_then(|t| scale_word(&t.lower))
                {
                    self.i += 3;
                    current *= s;
                }
                continue;
            }
            // "1 over 3", "one out of three", "2 in 5": a ratio
            if any
                && self.reach == Reach::Whole
                && total + current != 0.0
                && (w == "over"
                    || (w == "out" && self.at(1).is_some_and(|t| t.lower == "of"))
                    // "one in five", "1 in 20": a proportion (only with one: "3 in 10
                    // minutes" is a time)
                    || (w == "in" && total + current == 1.0 && self.i == start + 1))
            {
                let k = if w == "out" { self.i + 2 } else { self.i + 1 };
                let numerator = total + current;
                // "$2000 over 3 years" is a period, "12 out of 10" two numbers
                // "ranked 1 in 2018": a year after "in" is when, not a denominator
                let year = |d: &Number| {
                    !d.words && d.value.fract() == 0.0 && (1000.0..2200.0).contains(&d.value)
                };
                let ratio = |d: &Number| {
                    d.value != 0.0
                        && (w == "over" || numerator <= d.value)
                        && !(w == "in" && year(d))
                        && (words || self.toks.get(d.end).is_none_or(|t| t.kind == Kind::Punct))
                };
                if let Some(den) = read(self.toks, k, Reach::Denominator).filter(ratio) {
                    self.i = den.end;
                    current = (total + current) / den.value;
                    total = 0.0;
                    words = true;
                    continue;
                }
            }
            if (w == "half" || w == "quarter") && !any {
                // "half million", "quarter million"
                let f = if w == "half" { 0.5 } else { 0.25 };
                if let Some(s) = self.at(1).and_then(|t| scale_word(&t.lower)) {
                    self.i += 2;
                    total += f * s;
                    words = true;
                    any = true;
                    continue;
                }
                // "more than half", "nearly half": half of whatever is counted
                let after_bound = self.i > 0
                    && matches!(
                        self.toks[self.i - 1].lower.as_ref(),
                        "than" | "about" | "nearly" | "almost" | "over" | "under"
                    );
                if w == "half" && after_bound {
                    self.i += 1;
                    current = 0.5;
                    any = true;
                    words = true;
                    continue;
                }
                break;
            }
            break;
        }
        if !any || self.i == start {
            return None;
        }
        // A lone "a" or "an" is not a number.
        let value = total + current;
        let half_unit = match digit_scale {
            Some(scale) if !words && (scale != 1.0 || decimals > 0) => {
                0.5 * 10f64.powi(-(decimals as i32)) * scale
            }
            _ => 0.0,
        };
        Some(Number {
            value,
            end: self.i,
            decimals,
            words,
            half_unit,
        })
    }

    /// "a half", "a third", "three quarters", "fifty-four hundredths" after "and": a proper
    /// fraction, the part of a mixed number ("two and fifty-four hundredths"); "one hundred
    /// and thirty fifths" is 130 fifths.
    fn fraction(&mut self) -> Option<f64> {
        let save = self.i;
        if self.word().is_some_and(|w| w != "a" && w != "an")
            && let Some(n) = piece(self.toks, self.i).filter(|n| n.words)
            && n.end > self.i + 1
            && denominator(&self.toks[n.end - 1].lower).is_some()
        {
            if n.value < 1.0 {
                self.i = n.end;
                return Some(n.value);
            }
            return None;
        }
        let numerator = match self.word() {
            Some("a" | "an") => {
                self.i += 1;
                1.0
            }
            Some(w) => match unit_word(w) {
                Some(v) => {
                    self.i += 1;
                    v
                }
                None => return None,
            },
            None => return None,
        };
        match self.word().and_then(denominator) {
            Some(d) => {
                self.i += 1;
                Some(numerator / d)
            }
            None => {
                self.i = save;
                None
            }
        }
    }

    /// A lookahead reader at the token after this one (see [`piece`]).
    fn piece_after(&self) -> P<'_, '_> {
        P {
            toks: self.toks,
            i: self.i + 1,
            reach: Reach::Piece,
        }
    }

    fn last_was_scale(&self) -> bool {
        self.i > 0 && scale_word(&self.toks[self.i - 1].lower).is_some()
    }

    fn last_was_scale_at(&self, k: usize) -> bool {
        self.toks
            .get(k)
            .is_some_and(|t| scale_word(&t.lower).is_some())
    }

    fn last_was_and(&self) -> bool {
        self.i > 0 && self.toks[self.i - 1].lower == "and"
    }
}

/// Digits at token `i`: "12,567", "2.33", "40 000", "1 234 567", ".25", "1/2", "1e10",
/// "1.3x10^6", "2.5^-1"; (value, decimals, next).
fn digits(toks: &[Tok<'_>], i: usize) -> Option<(f64, usize, usize)> {
    let glued = |k: usize, text: &str| toks.get(k).is_some_and(|t| t.text == text && !t.spaced());
    let num_glued = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.kind == Kind::Num && !t.spaced())
    };
    let first = toks.get(i)?;
    // ".25": a leading decimal point
    if first.text == "." {
        let frac = toks
            .get(i + 1)
            .filter(|t| t.kind == Kind::Num && !t.spaced())?;
        let prev_alnum = i > 0 && !first.spaced() && toks[i - 1].kind != Kind::Punct;
        if prev_alnum {
            return None;
        }
        let v: f64 = format!("0.{}", frac.text).parse().ok()?;
        return Some((v, frac.text.len(), i + 2));
    }
    if let Some(v) = vulgar(first.text) {
        return Some((v, 0, i + 1));
    }
    if first.kind != Kind::Num {
        return None;
    }
    let group = |k: usize, sep: &str, len: std::ops::RangeInclusive<usize>| {
        glued(k, sep)
            && toks
                .get(k + 1)
                .is_some_and(|g| g.kind == Kind::Num && !g.spaced() && len.contains(&g.text.len()))
    };
    // "192.168.1.2", "version 2.1.3": a chain of three or more dotted groups is so many
    // numbers, not a decimal
    let in_chain = i >= 2
        && glued(i - 1, ".")
        && toks[i - 1].start == toks[i - 2].end
        && toks[i - 2].kind == Kind::Num
        && !first.spaced();
    if in_chain || (group(i + 1, ".", 1..=3) && group(i + 3, ".", 1..=3)) {
        return Some((first.text.parse().ok()?, 0, i + 1));
    }
    let mut s = first.text.to_string();
    let mut j = i + 1;
    // "12,34,567.89": Indian grouping, pairs before the last three digits
    if first.text.len() <= 2 && group(j, ",", 2..=2) {
        let mut k = j;
        while group(k, ",", 2..=2) {
            k += 2;
        }
        if group(k, ",", 3..=3) {
            while j <= k {
                s.push_str(toks[j + 1].text);
                j += 2;
            }
        }
    }
    // "1.111,11": dots between thousands and a decimal comma
    if first.text.len() <= 3 && group(j, ".", 3..=3) {
        let mut k = j;
        while group(k, ".", 3..=3) {
            k += 2;
        }
        if group(k, ",", 1..=2) && !group(k + 2, ",", 1..=3) {
            while j < k {
                s.push_str(toks[j + 1].text);
                j += 2;
            }
            s.push('.');
            s.push_str(toks[k + 1].text);
            let value: f64 = s.parse().ok()?;
            return Some((value, toks[k + 1].text.len(), k + 2));
        }
    }
    // "5,00", "1,3": a decimal comma (a thousands comma is followed by three digits)
    let in_list = i >= 2 && glued(i - 1, ",") && toks[i - 2].kind == Kind::Num;
    if j == i + 1
        && first.text.len() <= 3
        && !in_list
        && group(j, ",", 1..=2)
        && !group(j + 2, ",", 1..=3)
        && !group(j + 2, ".", 1..=3)
    {
        s.push('.');
        s.push_str(toks[j + 1].text);
        let value: f64 = s.parse().ok()?;
        return Some((value, toks[j + 1].text.len(), j + 2));
    }
    // thousands: "12,567", "1,000,000" (groups of three)
    while glued(j, ",")
        && toks
            .get(j + 1)
            .is_some_and(|g| g.kind == Kind::Num && g.text.len() == 3 && !g.spaced())
    {
        s.push_str(toks[j + 1].text);
        j += 2;
    }
    // "40 000", "1 234 567": groups of three after a single space
    if j == i + 1 && first.text.len() <= 3 {
        while let Some(g) = toks.get(j)
            && g.kind == Kind::Num
            && g.text.len() == 3
            && g.gap == 1
        {
            s.push_str(g.text);
            j += 1;
        }
    }
    let mut decimals = 0;
    if glued(j, ".") && num_glued(j + 1) {
        s.push('.');
        s.push_str(toks[j + 1].text);
        decimals = toks[j + 1].text.len();
        j += 2;
    }
    let mut value: f64 = s.parse().ok()?;
    // "1e10", "1.3e6", "12.32e+14", "-12e-1"
    if toks.get(j).is_some_and(|t| !t.spaced() && t.lower == "e") {
        let (sign, k) = sign_at(toks, j + 1);
        if num_glued(k)
            && let Ok(e) = toks[k].text.parse::<i32>()
        {
            value *= 10f64.powi(sign * e);
            j = k + 1;
        }
    }
    // "1.3x10^6", "6.23x10^-4"
    if toks.get(j).is_some_and(|t| !t.spaced() && t.lower == "x")
        && toks
            .get(j + 1)
            .is_some_and(|t| t.text == "10" && !t.spaced())
        && glued(j + 2, "^")
    {
        let (sign, k) = sign_at(toks, j + 3);
        if num_glued(k)
            && let Ok(e) = toks[k].text.parse::<i32>()
        {
            value *= 10f64.powi(sign * e);
            j = k + 1;
        }
    }
    // "2.5^-1", "1.1^23"
    if glued(j, "^") {
        let (sign, k) = sign_at(toks, j + 1);
        if num_glued(k)
            && let Ok(e) = toks[k].text.parse::<i32>()
        {
            value = value.powi(sign * e);
            j = k + 1;
        }
    }
    // "1/2": a fraction of digits, not part of a date (5/17/2018)
    let before_slash = i > 0 && toks[i - 1].text == "/" && !first.spaced();
    if glued(j, "/")
        && num_glued(j + 1)
        && !glued(j + 2, "/")
        && !before_slash
        && let Ok(d) = toks[j + 1].text.parse::<f64>()
        && d != 0.0
    {
        value /= d;
        j += 2;
    }
    // "2 1/4", "1 4/5": a whole number and a fraction, a space or two apart (not a table's
    // columns, "73        600/700")
    if decimals == 0
        && toks
            .get(j)
            .is_some_and(|t| t.kind == Kind::Num && (1..=2).contains(&t.gap))
        && glued(j + 1, "/")
        && num_glued(j + 2)
        && !glued(j + 3, "/")
        && let (Ok(a), Ok(b)) = (toks[j].text.parse::<f64>(), toks[j + 2].text.parse::<f64>())
        && b != 0.0
        && a < b
    {
        value += a / b;
        j += 3;
    }
    if let Some(v) = toks
        .get(j)
        .filter(|t| !t.spaced())
        .and_then(|t| vulgar(t.text))
    {
        value += v;
        j += 1;
    }
    Some((value, decimals, j))
}

/// The token after a number's first word: "twenty-one", "twenty one", "two".
fn first_piece_end(toks: &[Tok<'_>], i: usize) -> usize {
    let Some(v) = toks.get(i).and_then(|t| unit_word(&t.lower)) else {
        return i + 1;
    };
    let unit_at = |k: usize| {
        toks.get(k)
            .and_then(|t| unit_word(&t.lower))
            .is_some_and(|u| u < 10.0)
    };
    let tens = v >= 20.0 && v % 10.0 == 0.0;
    if tens && toks.get(i + 1).is_some_and(|t| t.text == "-") && unit_at(i + 2) {
        i + 3
    } else if tens && unit_at(i + 1) {
        i + 2
    } else {
        i + 1
    }
}

/// The vulgar fraction characters: "½", "¾", "⅔".
fn vulgar(s: &str) -> Option<f64> {
    Some(match s {
        "½" => 0.5,
        "⅓" => 1.0 / 3.0,
        "⅔" => 2.0 / 3.0,
        "¼" => 0.25,
        "¾" => 0.75,
        "⅕" => 0.2,
        "⅙" => 1.0 / 6.0,
        "⅛" => 0.125,
        _ => return None,
    })
}

/// Signs before an exponent: "+", "-", "--" (as written in some test data); (sign, next).
fn sign_at(toks: &[Tok<'_>], mut k: usize) -> (i32, usize) {
    let mut sign = 1;
    while let Some(t) = toks
        .get(k)
        .filter(|t| !t.spaced() && (t.text == "-" || t.text == "+"))
    {
        if t.text == "-" {
            sign = -sign;
        }
        k += 1;
    }
    (sign, k)
}

/// Words after which "one" is a pronoun ("which one", "that one"), not a number.
const PRONOUN_ONE: &[&str] = &[
    "the", "this", "that", "which", "each", "every", "any", "no", "another", "one", "someone",
];

pub(crate) fn unit_word(w: &str) -> Option<f64> {
    Some(match w {
        "zero" | "naught" | "nought" | "nil" => 0.0,
        "one" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" => 12.0,
        "thirteen" => 13.0,
        "fourteen" => 14.0,
        "fifteen" => 15.0,
        "sixteen" => 16.0,
        "seventeen" => 17.0,
        "eighteen" => 18.0,
        "nineteen" => 19.0,
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" | "fourty" => 40.0,
        "fifty" => 50.0,
        "sixty" => 60.0,
        "seventy" => 70.0,
        "eighty" => 80.0,
        "ninety" => 90.0,
        _ => return None,
    })
}

fn digit_word(w: &str) -> Option<u8> {
    unit_word(w)
        .filter(|v| *v < 10.0)
        .map(|v| v as u8)
        .or(match w {
            "oh" | "o" => Some(0),
            _ => None,
        })
}

/// Scale words: "thousand", "million", "mln", "bn", "k", "lakh", "crore".
pub(crate) fn scale_word(w: &str) -> Option<f64> {
    Some(match w {
        "thousand" | "thousands" | "k" => 1e3,
        "lakh" | "lakhs" => 1e5,
        "million" | "millions" | "mln" | "mn" | "mio" => 1e6,
        "crore" | "crores" => 1e7,
        "billion" | "billions" | "bln" | "bn" => 1e9,
        "trillion" | "trillions" | "tln" => 1e12,
        _ => return None,
    })
}

/// "twenty-first", "twenty fifth", "hundred fifth" as a denominator: (value, next token).
fn compound_ordinal(toks: &[Tok<'_>], i: usize) -> Option<(f64, usize)> {
    // "one hundred fifth", "one hundred and twenty-first"
    if let Some(h) = toks
        .get(i)
        .and_then(|t| unit_word(&t.lower))
        .filter(|v| *v >= 1.0 && *v < 10.0)
        && toks.get(i + 1).is_some_and(|t| t.lower == "hundred")
    {
        let k = if toks.get(i + 2).is_some_and(|t| t.lower == "and") {
            i + 3
        } else {
            i + 2
        };
        let rest = compound_ordinal(toks, k).or_else(|| {
            let d = denominator(&toks.get(k)?.lower).filter(|d| *d < 100.0)?;
            Some((d, k + 1))
        })?;
        return Some((h * 100.0 + rest.0, rest.1));
    }
    let tens = toks
        .get(i)
        .and_then(|t| unit_word(&t.lower))
        .filter(|v| *v >= 20.0 && *v % 10.0 == 0.0)?;
    let mut k = i + 1;
    if toks.get(k).is_some_and(|t| t.text == "-") {
        k += 1;
    }
    let unit = match toks.get(k).map(|t| t.lower.as_ref())? {
        "first" | "firsts" => 1.0,
        "second" | "seconds" => 2.0,
        other => denominator(other).filter(|d| *d < 10.0)?,
    };
    Some((tens + unit, k + 1))
}

/// An ordinal in words below a hundred, as a day of the month is spoken: "first",
/// "eighth", "twenty-first", "thirty first". Gives the value and the token after it.
pub(crate) fn spelled_ordinal(toks: &[Tok<'_>], i: usize) -> Option<(u32, usize)> {
    let single = |w: &str| match w {
        "first" => Some(1.0),
        "second" => Some(2.0),
        // the plurals and "half"/"quarter" are fractions, not ordinals
        w if w.ends_with('s') || w == "half" || w == "quarter" => None,
        w => denominator(w).filter(|d| *d < 100.0),
    };
    if let Some(v) = single(&toks.get(i)?.lower) {
        return Some((v as u32, i + 1));
    }
    let (v, next) = compound_ordinal(toks, i)?;
    let last = &toks[next - 1].lower;
    (v < 100.0 && !last.ends_with('s')).then_some((v as u32, next))
}

/// Denominators of fractions: "half", "third(s)", "quarter(s)", "tenth(s)", "hundredth(s)".
fn denominator(w: &str) -> Option<f64> {
    Some(match w {
        "half" | "halves" => 2.0,
        "third" | "thirds" => 3.0,
        "quarter" | "quarters" | "fourth" | "fourths" => 4.0,
        "fifth" | "fifths" => 5.0,
        "sixth" | "sixths" => 6.0,
        "seventh" | "sevenths" => 7.0,
        "eighth" | "eighths" => 8.0,
        "ninth" | "ninths" => 9.0,
        "tenth" | "tenths" => 10.0,
        "eleventh" | "elevenths" => 11.0,
        "twelfth" | "twelfths" => 12.0,
        "thirteenth" | "thirteenths" => 13.0,
        "fourteenth" | "fourteenths" => 14.0,
        "fifteenth" | "fifteenths" => 15.0,
        "sixteenth" | "sixteenths" => 16.0,
        "seventeenth" | "seventeenths" => 17.0,
        "eighteenth" | "eighteenths" => 18.0,
        "nineteenth" | "nineteenths" => 19.0,
        "twentieth" | "twentieths" => 20.0,
        "thirtieth" | "thirtieths" => 30.0,
        "fortieth" | "fortieths" => 40.0,
        "fiftieth" | "fiftieths" => 50.0,
        "sixtieth" | "sixtieths" => 60.0,
        "seventieth" | "seventieths" => 70.0,
        "eightieth" | "eightieths" => 80.0,
        "ninetieth" | "ninetieths" => 90.0,
        "hundredth" | "hundredths" => 100.0,
        "thousandth" | "thousandths" => 1e3,
        "millionth" | "millionths" => 1e6,
        "billionth" | "billionths" => 1e9,
        "trillionth" | "trillionths" => 1e12,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Option<f64> {
        let toks = tokenize(text);
        number(&toks, 0)
            .filter(|n| n.end == toks.len())
            .map(|n| n.value)
    }

    fn reads_as(table: &[(&str, f64)]) {
        for &(text, want) in table {
            let got = read(text).unwrap_or_else(|| panic!("{text:?} is a number"));
            assert!(
                (got - want).abs() <= want.abs() * 1e-12,
                "{text:?}: {got} != {want}"
            );
        }
    }

    #[test]
    fn reads_numbers_in_words_and_digits() {
        let table = [
            ("twenty-one", 21.0),
            ("one hundred and three", 103.0),
            ("3 hundred and 21", 321.0),
            ("twenty-one trillion and three hundred", 21e12 + 300.0),
            ("a dozen", 12.0),
            ("three dozens", 36.0),
            ("one and a half", 1.5),
            ("two thirds", 2.0 / 3.0),
            ("a trillionth", 1e-12),
            ("half million", 5e5),
            ("quarter million", 2.5e5),
            ("five billion and three quarters", 5.75e9),
            ("naught point five", 0.5),
            ("12,567", 12567.0),
            ("40 000", 40000.0),
            ("40\u{202f}000", 40000.0),
            ("12\u{a0}500", 12500.0),
            ("1/2", 0.5),
            ("2 million", 2e6),
            ("seventy", 70.0),
        ];
        reads_as(&table);
    }

    #[test]
    fn composes_word_numbers_as_readers_do() {
        let table = [
            // "and" joins a smaller part, or a group a scale then multiplies
            ("two hundred and two thousand", 202_000.0),
            ("one hundred and thirty fifths", 26.0),
            // mixed numbers: a proper fraction after "and"
            ("two and fifty-four hundredths", 2.54),
            ("two hundred and fifty-four hundredths", 200.54),
            ("two hundred thirty two and a thirtieth", 232.0 + 1.0 / 30.0),
            ("a twenty-first", 1.0 / 21.0),
            ("one one hundred and fifth", 1.0 / 105.0),
            // a fraction of a smaller scale after "and"
            ("one billion and a half million", 1_000_500_000.0),
            ("one billion and three quarters million", 1_000_750_000.0),
            // stacked scales, as Indian English writes them
            ("three lakh crore", 3e12),
            ("two hundred point seventy-one", 200.71),
            ("nought point eleven", 0.11),
            ("three hundred and two dozens", 324.0),
            ("1 in twenty-one", 1.0 / 21.0),
            ("two out of five hundreds", 2.0 / 500.0),
            // digit grouping other than the English one
            ("12,34,567.89", 1_234_567.89),
            ("1.111,11", 1111.11),
            ("5,00", 5.0),
            ("1,3", 1.3),
        ];
        reads_as(&table);
    }

    #[test]
    fn keeps_apart_what_readers_keep_apart() {
        let all = |text: &str| {
            let toks = tokenize(text);
            let mut out = Vec::new();
            let mut i = 0;
            while i < toks.len() {
                match number(&toks, i) {
                    Some(n) => {
                        out.push(n.value);
                        i = n.end;
                    }
                    None => i += 1,
                }
            }
            out
        };
        assert_eq!(all("3 hundred and 2 hundred"), [300.0, 200.0]);
        assert_eq!(all("4 thousand 3 hundred and 0"), [4300.0, 0.0]);
        assert_eq!(all("between 20 and 30"), [20.0, 30.0]);
        assert_eq!(all("192.168.1.2"), [192.0, 168.0, 1.0, 2.0]);
        assert_eq!(all("nrs. 22,24,26,31"), [22.0, 24.0, 26.0, 31.0]);
        assert_eq!(all("1,300 and 12,567"), [1300.0, 12567.0]);
        // columns of a table, a run of spaces apart (reuters-12794's corn stocks)
        assert_eq!(all("1037      622   547"), [1037.0, 622.0, 547.0]);
        assert_eq!(all("73        600/700"), [73.0, 600.0 / 700.0]);
        // "3 in 10 minutes" is a time, not a proportion; "1 in 2018" a rank in a year
        assert_eq!(all("3 in 10"), [3.0, 10.0]);
        assert_eq!(all("ranked 1 in 2018."), [1.0, 2018.0]);
        // a century is not a fraction
        assert!(!all("a twenty-first century").contains(&(1.0 / 21.0)));
    }

    #[test]
    fn long_chains_are_read_without_rereading_them() {
        // Each "and" or "out of" once looked ahead by reading the rest of the chain, and
        // the rest again at its own: forty links took minutes. Now each link is read a
        // fixed number of times; a run that hangs here has brought that back.
        let chains = [
            vec!["one hundred"; 200].join(" and "),
            vec!["two"; 200].join(" out of "),
            vec!["seventy"; 200].join(" point "),
            vec!["two and fifty-four hundredths"; 100].join(" and "),
        ];
        let (send, done) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let counts: Vec<usize> = chains
                .iter()
                .map(|text| {
                    let toks = tokenize(text);
                    let mut i = 0;
                    let mut n = 0;
                    while i < toks.len() {
                        match number(&toks, i) {
                            Some(found) => {
                                n += 1;
                                i = found.end;
                            }
                            None => i += 1,
                        }
                    }
                    n
                })
                .collect();
            let _ = send.send(counts);
        });
        let counts = done
            .recv_timeout(std::time::Duration::from_secs(60))
            .expect("long chains are read in linear time");
        // "one hundred and one hundred": two numbers at every link
        assert_eq!(counts[0], 200);
        assert!(counts.iter().all(|&n| n > 0), "{counts:?}");
    }

    #[test]
    fn a_lone_article_is_not_a_number() {
        assert_eq!(read("a"), None);
        assert_eq!(read("and"), None);
    }
}
