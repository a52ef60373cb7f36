//! The host's stand-in for `Intl`, for the build's prerender and the host
//! tests: plural categories from CLDR through `icu_plurals` (the same rules
//! the browsers use); numbers, percentages and lists with the separators and
//! words of the four languages; dates through `icu_datetime` (CLDR's
//! patterns, as browsers use them). Nothing it writes reaches a person
//! except the prerendered welcome screen, which has only whole numbers.

use fixed_decimal::Decimal;
use icu_datetime::fieldsets::{YMD, YMDE};
use icu_datetime::input::Date as IcuDate;
use icu_datetime::DateTimeFormatterPreferences;
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_locale_core::Locale;
use icu_plurals::{PluralCategory, PluralOperands, PluralRules};

use super::intl::{DateStyle, Formats, ListStyle};
use crate::domain::journal::Date;

/// Formats for one locale on the host.
pub struct Host {
    language: String,
    locale: Locale,
    cardinal: Option<PluralRules>,
    ordinal: Option<PluralRules>,
}

impl Host {
    /// Formats for a BCP 47 locale such as `de-AT`.
    pub fn new(locale: &str) -> Host {
        let parsed = Locale::try_from_str(locale).unwrap_or(Locale::UNKNOWN);
        let prefs = (&parsed).into();
        Host {
            language: parsed.id.language.as_str().to_owned(),
            locale: parsed.clone(),
            cardinal: PluralRules::try_new_cardinal(prefs).ok(),
            ordinal: PluralRules::try_new_ordinal(prefs).ok(),
        }
    }

    /// Decimal mark, group mark and whether four-digit numbers are grouped.
    fn marks(&self) -> (char, char, bool) {
        match self.language.as_str() {
            "de" => (',', '.', true),
            "es" => (',', '.', false),
            "fr" => (',', '\u{202f}', true),
            _ => ('.', ',', true),
        }
    }
}

fn name(category: PluralCategory) -> &'static str {
    match category {
        PluralCategory::Zero => "zero",
        PluralCategory::One => "one",
        PluralCategory::Two => "two",
        PluralCategory::Few => "few",
        PluralCategory::Many => "many",
        PluralCategory::Other => "other",
    }
}

impl Formats for Host {
    fn plural(&self, n: f64, ordinal: bool) -> &'static str {
        let rules = if ordinal {
            &self.ordinal
        } else {
            &self.cardinal
        };
        let operands = Decimal::try_from_str(&n.to_string())
            .ok()
            .map(|d| PluralOperands::from(&d));
        match (rules, operands) {
            (Some(rules), Some(operands)) => name(rules.category_for(operands)),
            _ => "other",
        }
    }

    fn number(&self, n: f64, percent: bool) -> String {
        let (decimal, group, four) = self.marks();
        let value = if percent {
            (n * 100.0).round()
        } else {
            (n * 1000.0).round() / 1000.0
        };
        let text = value.abs().to_string();
        let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
        let mut out = String::new();
        if value < 0.0 {
            out.push('-');
        }
        let grouped = whole.len() > 4 || (four && whole.len() == 4);
        for (i, c) in whole.chars().enumerate() {
            if grouped && i > 0 && (whole.len() - i) % 3 == 0 {
                out.push(group);
            }
            out.push(c);
        }
        if !fraction.is_empty() {
            out.push(decimal);
            out.push_str(fraction);
        }
        match (percent, self.language.as_str()) {
            (false, _) => {}
            (true, "en") => out.push('%'),
            (true, "fr") => out.push_str("\u{202f}%"),
            (true, _) => out.push_str("\u{a0}%"),
        }
        out
    }

    fn date(&self, days: i64, style: DateStyle) -> String {
        let Some(day) = Date::from_days_since_epoch(days) else {
            return String::new();
        };
        let text = day.to_string();
        let number = |range: std::ops::Range<usize>| text[range].parse::<u8>().unwrap_or(1);
        let year: i32 = text[..4].parse().unwrap_or(1970);
        let Ok(date) = IcuDate::try_new_gregorian(year, number(5..7), number(8..10)) else {
            return text;
        };
        let prefs: DateTimeFormatterPreferences = (&self.locale).into();
        let formatted = match style {
            DateStyle::Full => FixedCalendarDateTimeFormatter::try_new(prefs, YMDE::long())
                .map(|f| f.format(&date).to_string()),
            DateStyle::Long => FixedCalendarDateTimeFormatter::try_new(prefs, YMD::long())
                .map(|f| f.format(&date).to_string()),
            DateStyle::Medium => FixedCalendarDateTimeFormatter::try_new(prefs, YMD::medium())
                .map(|f| f.format(&date).to_string()),
            DateStyle::Short => FixedCalendarDateTimeFormatter::try_new(prefs, YMD::short())
                .map(|f| f.format(&date).to_string()),
        };
        formatted.unwrap_or(text)
    }

    fn date_time(&self, ms: f64) -> String {
        let days = (ms / 86_400_000.0).floor() as i64;
        let minutes = ((ms / 60_000.0).floor() as i64).rem_euclid(24 * 60);
        let date = self.date(days, DateStyle::Medium);
        format!("{date} {:02}:{:02} UTC", minutes / 60, minutes % 60)
    }

    fn list(&self, items: &[String], style: ListStyle) -> String {
        let word = match (self.language.as_str(), style) {
            (_, ListStyle::Unit) => ",",
            ("de", ListStyle::And) => " und",
            ("de", ListStyle::Or) => " oder",
            ("es", ListStyle::And) => " y",
            ("es", ListStyle::Or) => " o",
            ("fr", ListStyle::And) => " et",
            ("fr", ListStyle::Or) => " ou",
            (_, ListStyle::And) => " and",
            (_, ListStyle::Or) => " or",
        };
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [rest @ .., last] => format!("{}{word} {last}", rest.join(", ")),
        }
    }
}
