//! Holidays that follow the moon: the Chinese (lunar) New Year, the feasts of the Hebrew
//! calendar and those of the Islamic one. Each is computed, not looked up, for the Gregorian
//! years 1900 to 2100; outside them a holiday has no day (and so no value), rather than a
//! wrong one.

use chrono::{Datelike, Duration, NaiveDate};

use super::ymd;

/// The years the rules below are right for: the Chinese calendar's rule for its new year
/// and Gauss's rule for Passover both hold over these, and news dates nothing outside them
/// by these feasts.
const YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;

/// The Chinese New Year of a Gregorian year: the day, in China's time (UTC+8), of the new
/// moon that falls between 21 January and 20 February. When two do (a new moon on 21 or 22
/// January and the next on 20 February), the eleventh month, the one the winter solstice
/// falls in, decides: when it began with the new moon before the first of the two (on the
/// solstice's day or before it: 1920, 1985), the year begins two months on, with the second.
pub(super) fn chinese_new_year(year: i32) -> Option<NaiveDate> {
    if !YEARS.contains(&year) {
        return None;
    }
    let first = ymd(year, 1, 21)?;
    let last = ymd(year, 2, 20)?;
    // the lunation counted from the new moon of 6 January 2000, a little before 21 January
    let k = ((f64::from(year) - 2000.0) * 12.3685).floor();
    let n = (0..3)
        .find(|&n| new_moon_in_china(k + f64::from(n)).is_some_and(|d| d >= first && d <= last))?;
    let moon = |n: i32| new_moon_in_china(k + f64::from(n));
    let (new_year, next) = (moon(n)?, moon(n + 1)?);
    if next <= last && moon(n - 1)? <= december_solstice_in_china(year - 1)? {
        return Some(next);
    }
    Some(new_year)
}

/// The day in China (UTC+8) of the December solstice of a year, by its mean instant and
/// the periodic terms that bring it to within a minute (Meeus, "Astronomical Algorithms",
/// ch. 27).
fn december_solstice_in_china(year: i32) -> Option<NaiveDate> {
    let y = (f64::from(year) - 2000.0) / 1000.0;
    let mean = 2_451_900.059_52 + 365_242.740_49 * y - 0.062_23 * y * y - 0.008_23 * y * y * y
        + 0.000_32 * y * y * y * y;
    let t = (mean - 2_451_545.0) / 36_525.0;
    let w = (35_999.373 * t - 2.47).to_radians();
    let speed = 1.0 + 0.0334 * w.cos() + 0.0007 * (2.0 * w).cos();
    const TERMS: [(f64, f64, f64); 24] = [
        (485.0, 324.96, 1_934.136),
        (203.0, 337.23, 32_964.467),
        (199.0, 342.08, 20.186),
        (182.0, 27.85, 445_267.112),
        (156.0, 73.14, 45_036.886),
        (136.0, 171.52, 22_518.443),
        (77.0, 222.54, 65_928.934),
        (74.0, 296.72, 3_034.906),
        (70.0, 243.58, 9_037.513),
        (58.0, 119.81, 33_718.147),
        (52.0, 297.17, 150.678),
        (50.0, 21.02, 2_281.226),
        (45.0, 247.54, 29_929.562),
        (44.0, 325.15, 31_555.956),
        (29.0, 60.93, 4_443.417),
        (18.0, 155.12, 67_555.328),
        (17.0, 288.79, 4_562.452),
        (16.0, 198.04, 62_894.029),
        (14.0, 199.76, 31_436.921),
        (12.0, 95.39, 14_577.848),
        (12.0, 287.11, 31_931.756),
        (12.0, 320.81, 34_777.259),
        (9.0, 227.73, 1_222.114),
        (8.0, 15.45, 16_859.074),
    ];
    let sum: f64 = TERMS
        .iter()
        .map(|&(a, b, c)| a * (b + c * t).to_radians().cos())
        .sum();
    day_in_china(mean + 0.000_01 * sum / speed)
}

/// The day in China (UTC+8) of a Julian day (its difference from universal time, about a
/// minute in these years, is left out).
fn day_in_china(julian_day: f64) -> Option<NaiveDate> {
    // Julian day 2451544.5 is midnight at the start of 1 January 2000 (UTC)
    let days = (julian_day - 2_451_544.5 + 8.0 / 24.0).floor();
    ymd(2000, 1, 1)?.checked_add_signed(Duration::days(days as i64))
}

/// The day in China (UTC+8) of new moon number `k` (0 is that of 6 January 2000).
fn new_moon_in_china(k: f64) -> Option<NaiveDate> {
    day_in_china(new_moon(k).0)
}

/// The Julian day of new moon number `k` (0 is that of 6 January 2000), by the mean new
/// moon and its largest periodic terms (Meeus, "Astronomical Algorithms", ch. 49): right to
/// a minute or two, which moves the day only when the moon is new within minutes of
/// midnight. With it, the Moon's argument of latitude then, in radians.
fn new_moon(k: f64) -> (f64, f64) {
    let t = k / 1236.85;
    let (t2, t3, t4) = (t * t, t * t * t, t * t * t * t);
    let jde = 2_451_550.097_66 + 29.530_588_861 * k + 0.000_154_37 * t2 - 0.000_000_150 * t3
        + 0.000_000_000_73 * t4;
    let e = 1.0 - 0.002_516 * t - 0.000_007_4 * t2;
    // the Sun's mean anomaly, the Moon's, the Moon's argument of latitude, and the
    // longitude of its ascending node, in radians
    let sun = (2.5534 + 29.105_356_70 * k - 0.000_001_4 * t2 - 0.000_000_11 * t3).to_radians();
    let moon = (201.5643 + 385.816_935_28 * k + 0.010_758_2 * t2 + 0.000_012_38 * t3
        - 0.000_000_058 * t4)
        .to_radians();
    let lat = (160.7108 + 390.670_502_84 * k - 0.001_611_8 * t2 - 0.000_002_27 * t3
        + 0.000_000_011 * t4)
        .to_radians();
    let node = (124.7746 - 1.563_755_88 * k + 0.002_067_2 * t2 + 0.000_002_15 * t3).to_radians();
    let sin = f64::sin;
    let correction = -0.407_20 * sin(moon)
        + 0.172_41 * e * sin(sun)
        + 0.016_08 * sin(2.0 * moon)
        + 0.010_39 * sin(2.0 * lat)
        + 0.007_39 * e * sin(moon - sun)
        - 0.005_14 * e * sin(moon + sun)
        + 0.002_08 * e * e * sin(2.0 * sun)
        - 0.001_11 * sin(moon - 2.0 * lat)
        - 0.000_57 * sin(moon + 2.0 * lat)
        + 0.000_56 * e * sin(2.0 * moon + sun)
        - 0.000_42 * sin(3.0 * moon)
        + 0.000_42 * e * sin(sun + 2.0 * lat)
        + 0.000_38 * e * sin(sun - 2.0 * lat)
        - 0.000_24 * e * sin(2.0 * moon - sun)
        - 0.000_17 * sin(node)
        - 0.000_07 * sin(moon + 2.0 * sun)
        + 0.000_04 * sin(2.0 * moon - 2.0 * lat)
        + 0.000_04 * sin(3.0 * sun)
        + 0.000_03 * sin(moon + sun - 2.0 * lat)
        + 0.000_03 * sin(2.0 * moon + 2.0 * lat)
        - 0.000_03 * sin(moon + sun + 2.0 * lat)
        + 0.000_03 * sin(moon - sun + 2.0 * lat)
        - 0.000_02 * sin(moon - sun - 2.0 * lat)
        - 0.000_02 * sin(3.0 * moon + sun)
        + 0.000_02 * sin(4.0 * moon);
    (jde + correction, lat)
}

/// The month of the Islamic calendar that new moon `k` begins, 1 (Muharram) to 12 (Dhu
/// al-Hijjah): the calendar has twelve moons a year and no other, and the new moon of 6
/// January 2000 began Shawwal, the tenth.
fn hijri_month_of(k: i64) -> u32 {
    (k + 9).rem_euclid(12) as u32 + 1
}

/// The first day of the Islamic month new moon `k` begins, as Saudi Arabia's Umm al-Qura
/// calendar reckons it and its announcements keep it: the day after the new moon when the
/// moon is new before sunset in Mecca and sets after the sun that evening; else the day
/// after that. (Countries that wait to see the crescent may begin a day later.)
fn hijri_month_start(k: i64) -> Option<NaiveDate> {
    let (new, latitude_argument) = new_moon(k as f64);
    // midnight (UTC) at the start of the day in Mecca (UTC+3) the moon is new
    let midnight = (new + 0.5 + 3.0 / 24.0).floor() - 0.5;
    let (sunset, setting) = sunset_in_mecca(midnight)?;
    let sets_after_sun = sunset > new && {
        // the Moon draws ahead of the Sun by 12.19 degrees a day, 5.13 degrees at most
        // off the ecliptic
        let sun = sun_longitude(sunset);
        let moon = sun + 12.19 * (sunset - new);
        let moon_latitude = 5.128 * latitude_argument.sin();
        let (sun_ra, _) = equatorial(sun, 0.0);
        let (moon_ra, moon_dec) = equatorial(moon, moon_latitude);
        let hour_angle = (setting + sun_ra - moon_ra).to_radians();
        let (lat, dec) = (MECCA.0.to_radians(), moon_dec.to_radians());
        let altitude = (lat.sin() * dec.sin() + lat.cos() * dec.cos() * hour_angle.cos())
            .asin()
            .to_degrees();
        // (a degree up at sunset, so that it sets some minutes after the Sun: Saudi Arabia
        // did not begin Ramadan on 16 May 2018, when the Moon stood under half a degree up
        // and set a minute or two after the Sun)
        altitude > 1.0
    };
    let days = (midnight - 2_451_544.5) as i64 + if sets_after_sun { 1 } else { 2 };
    ymd(2000, 1, 1)?.checked_add_signed(Duration::days(days))
}

/// Mecca's latitude and longitude, in degrees north and east.
const MECCA: (f64, f64) = (21.42, 39.83);

/// The Sun's apparent longitude at a Julian day, in degrees (Meeus, ch. 25, to a hundredth
/// of a degree).
fn sun_longitude(jd: f64) -> f64 {
    let t = (jd - 2_451_545.0) / 36_525.0;
    let mean = 280.466_46 + 36_000.769_83 * t;
    let anomaly = (357.529_11 + 35_999.050_29 * t).to_radians();
    mean + (1.914_602 - 0.004_817 * t) * anomaly.sin()
        + 0.019_993 * (2.0 * anomaly).sin()
        + 0.000_289 * (3.0 * anomaly).sin()
}

/// Right ascension and declination, in degrees, of ecliptic longitude and latitude.
fn equatorial(longitude: f64, latitude: f64) -> (f64, f64) {
    let (l, b, e) = (
        longitude.to_radians(),
        latitude.to_radians(),
        23.4393_f64.to_radians(),
    );
    let ra = (l.sin() * e.cos() - b.tan() * e.sin()).atan2(l.cos());
    let dec = (b.sin() * e.cos() + b.cos() * e.sin() * l.sin()).asin();
    (ra.to_degrees(), dec.to_degrees())
}

/// The Sun's hour angle in Mecca when it sets on the day of a Julian day, in degrees (its centre
/// 0.833 degrees below the horizon, for refraction and its radius).
fn sun_hour_angle_at_sunset(jd: f64) -> Option<f64> {
    let (_, dec) = equatorial(sun_longitude(jd), 0.0);
    let (lat, dec) = (MECCA.0.to_radians(), dec.to_radians());
    let cos = ((-0.833_f64).to_radians().sin() - lat.sin() * dec.sin()) / (lat.cos() * dec.cos());
    (cos.abs() <= 1.0).then(|| cos.acos().to_degrees())
}

/// The Julian day the Sun sets in Mecca on the day that starts (UTC) at `midnight`, and
/// its hour angle then: the local sidereal time is the Sun's right ascension and that hour
/// angle.
fn sunset_in_mecca(midnight: f64) -> Option<(f64, f64)> {
    // (the Sun's place at about sunset, 15:00 UTC, is near enough)
    let near = midnight + 0.625;
    let (ra, _) = equatorial(sun_longitude(near), 0.0);
    let setting = sun_hour_angle_at_sunset(near)?;
    let sidereal = 280.460_618_37 + 360.985_647_366_29 * (midnight - 2_451_545.0) + MECCA.1;
    let sunset = midnight + (setting + ra - sidereal).rem_euclid(360.0) / 360.985_647_366_29;
    Some((sunset, setting))
}

/// The days in a Gregorian year that are day `day` of Islamic month `month`: one, or two
/// when the lunar year of 354 days fits twice (Ramadan began on 5 January 2030 and on 26
/// December).
pub(super) fn hijri_days(year: i32, month: u32, day: u32) -> Vec<NaiveDate> {
    if !YEARS.contains(&year) {
        return Vec::new();
    }
    let first = ((f64::from(year) - 2000.0) * 12.3685).floor() as i64 - 1;
    (first..first + 15)
        .filter(|&k| hijri_month_of(k) == month)
        .filter_map(|k| {
            hijri_month_start(k)?.checked_add_signed(Duration::days(i64::from(day) - 1))
        })
        .filter(|d| d.year() == year)
        .collect()
}

/// The last day of the Islamic month that begins on `first`: the day before the next one
/// begins.
pub(super) fn hijri_month_end(first: NaiveDate) -> Option<NaiveDate> {
    let since = (first - ymd(2000, 1, 6)?).num_days() as f64;
    let k = (since / 29.530_588_861).round() as i64;
    let next = (k..k + 2)
        .filter_map(hijri_month_start)
        .find(|&d| d > first)?;
    next.pred_opt()
}

/// The first day of Passover (15 Nisan) in a Gregorian year, by Gauss's rule.
pub(super) fn passover(year: i32) -> Option<NaiveDate> {
    if !YEARS.contains(&year) {
        return None;
    }
    let a = (12 * year + 12).rem_euclid(19);
    let b = year.rem_euclid(4);
    let m = 20.095_587_7 + 1.554_241_8 * f64::from(a) + 0.25 * f64::from(b)
        - 0.003_177_794 * f64::from(year);
    let (mut day, fraction) = (m.floor() as i64, m.fract());
    let c = (day + 3 * i64::from(year) + 5 * i64::from(b) + 1).rem_euclid(7);
    if matches!(c, 2 | 4 | 6) {
        day += 1;
    } else if c == 1 && a > 6 && fraction >= 0.632_870_37 {
        day += 2;
    } else if c == 0 && a > 11 && fraction >= 0.897_723_76 {
        day += 1;
    }
    // the rule gives a day of March in the Julian calendar
    let julian_gap = i64::from(year / 100 - year / 400 - 2);
    ymd(year, 3, 1)?.checked_add_signed(Duration::days(day - 1 + julian_gap))
}

/// Rosh Hashanah (1 Tishri) in a Gregorian year: 163 days after Passover, always.
pub(super) fn rosh_hashanah(year: i32) -> Option<NaiveDate> {
    passover(year)?.checked_add_signed(Duration::days(163))
}

/// The first day of Hanukkah (25 Kislev) in a Gregorian year: Tishri's 30 days, Heshvan's
/// 29 or 30 (30 in a full year of 355 or 385 days) and 24 more after Rosh Hashanah.
pub(super) fn hanukkah(year: i32) -> Option<NaiveDate> {
    let new_year = rosh_hashanah(year)?;
    let length = (rosh_hashanah(year + 1)? - new_year).num_days();
    let heshvan = if matches!(length, 355 | 385) { 30 } else { 29 };
    new_year.checked_add_signed(Duration::days(30 + heshvan + 24))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn days(f: impl Fn(i32) -> Option<NaiveDate>, years: &[(i32, &str)]) {
        for &(year, day) in years {
            let expected: NaiveDate = day.parse().expect("ISO day");
            assert_eq!(f(year), Some(expected), "in {year}");
        }
    }

    #[test]
    fn the_chinese_new_year_is_the_new_moon_in_china_after_20_january() {
        days(
            chinese_new_year,
            &[
                (1909, "1909-01-22"),
                (1920, "1920-02-20"),
                (1966, "1966-01-21"),
                (1985, "1985-02-20"),
                (1987, "1987-01-29"),
                (1998, "1998-01-28"),
                (2000, "2000-02-05"),
                (2012, "2012-01-23"),
                (2015, "2015-02-19"),
                (2018, "2018-02-16"),
                (2019, "2019-02-05"),
                (2020, "2020-01-25"),
                (2021, "2021-02-12"),
                (2022, "2022-02-01"),
                (2023, "2023-01-22"),
                (2024, "2024-02-10"),
                (2025, "2025-01-29"),
                (2026, "2026-02-17"),
                (2034, "2034-02-19"),
            ],
        );
        assert_eq!(chinese_new_year(1899), None);
        assert_eq!(chinese_new_year(2101), None);
    }

    /// The days Saudi Arabia kept, from its announcements: the first of Ramadan, Eid
    /// al-Fitr (1 Shawwal) and Eid al-Adha (10 Dhu al-Hijjah).
    #[test]
    fn the_islamic_months_begin_the_day_after_a_new_moon_old_enough_to_set_after_the_sun() {
        let on = |month, day| move |year| hijri_days(year, month, day).first().copied();
        days(
            on(9, 1),
            &[
                (2016, "2016-06-06"),
                (2017, "2017-05-27"),
                (2018, "2018-05-17"),
                (2019, "2019-05-06"),
                (2020, "2020-04-24"),
                (2021, "2021-04-13"),
                (2022, "2022-04-02"),
                (2023, "2023-03-23"),
                (2024, "2024-03-11"),
                (2025, "2025-03-01"),
            ],
        );
        days(
            on(10, 1),
            &[
                (2000, "2000-01-08"),
                (2017, "2017-06-25"),
                (2018, "2018-06-15"),
                (2019, "2019-06-04"),
                (2020, "2020-05-24"),
                (2021, "2021-05-13"),
                (2022, "2022-05-02"),
                (2023, "2023-04-21"),
                (2024, "2024-04-10"),
                (2025, "2025-03-30"),
            ],
        );
        days(
            on(12, 10),
            &[
                (2017, "2017-09-01"),
                (2018, "2018-08-21"),
                (2019, "2019-08-11"),
                (2020, "2020-07-31"),
                (2021, "2021-07-20"),
                (2022, "2022-07-09"),
                (2023, "2023-06-28"),
                (2024, "2024-06-16"),
                (2025, "2025-06-06"),
            ],
        );
        // twice in 2030
        assert_eq!(hijri_days(2030, 9, 1).len(), 2);
        assert_eq!(hijri_days(2101, 9, 1), Vec::new());
        // Ramadan 2024 ran to 9 April
        assert_eq!(
            hijri_month_end("2024-03-11".parse().expect("ISO day")),
            "2024-04-09".parse().ok()
        );
    }

    #[test]
    fn the_hebrew_feasts_follow_passover() {
        days(
            passover,
            &[
                (1990, "1990-04-10"),
                (2019, "2019-04-20"),
                (2020, "2020-04-09"),
                (2024, "2024-04-23"),
            ],
        );
        days(
            rosh_hashanah,
            &[
                (2019, "2019-09-30"),
                (2020, "2020-09-19"),
                (2023, "2023-09-16"),
            ],
        );
        days(
            hanukkah,
            &[
                (2019, "2019-12-23"),
                (2020, "2020-12-11"),
                (2023, "2023-12-08"),
            ],
        );
    }
}
