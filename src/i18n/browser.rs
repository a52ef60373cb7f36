//! The browser's side of `intl`: its own `Intl` objects through js-sys.

use std::cell::OnceCell;

use super::intl::{DateStyle, Formats, ListStyle};

/// The category names `Intl` and CLDR use.
const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

fn category(name: &str) -> &'static str {
    CATEGORIES
        .iter()
        .find(|c| **c == name)
        .copied()
        .unwrap_or("other")
}

/// The browser's `Intl`, each formatter made once, when first needed.
pub struct Browser {
    locale: String,
    cardinal: OnceCell<js_sys::Intl::PluralRules>,
    ordinal: OnceCell<js_sys::Intl::PluralRules>,
    number: OnceCell<js_sys::Function>,
    percent: OnceCell<js_sys::Function>,
    dates: [OnceCell<js_sys::Function>; 4],
    date_time: OnceCell<js_sys::Function>,
    lists: [OnceCell<js_sys::Intl::ListFormat>; 3],
}

impl Browser {
    /// Formats for a BCP 47 locale such as `de-AT`.
    pub fn new(locale: &str) -> Browser {
        Browser {
            locale: locale.to_owned(),
            cardinal: OnceCell::new(),
            ordinal: OnceCell::new(),
            number: OnceCell::new(),
            percent: OnceCell::new(),
            dates: Default::default(),
            date_time: OnceCell::new(),
            lists: Default::default(),
        }
    }

    fn locales(&self) -> js_sys::Array {
        js_sys::Array::of1(&self.locale.as_str().into())
    }
}

/// An options object from its JSON text: one import for every option.
fn options(json: &str) -> js_sys::Object {
    use wasm_bindgen::JsCast;
    js_sys::JSON::parse(json)
        .ok()
        .and_then(|v| v.dyn_into().ok())
        .unwrap_or_default()
}

fn call(f: &js_sys::Function, value: &wasm_bindgen::JsValue) -> String {
    f.call1(&wasm_bindgen::JsValue::NULL, value)
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

impl Formats for Browser {
    fn plural(&self, n: f64, ordinal: bool) -> &'static str {
        let (cell, json) = match ordinal {
            true => (&self.ordinal, r#"{"type":"ordinal"}"#),
            false => (&self.cardinal, "{}"),
        };
        let rules =
            cell.get_or_init(|| js_sys::Intl::PluralRules::new(&self.locales(), &options(json)));
        category(&String::from(rules.select(n)))
    }

    fn number(&self, n: f64, percent: bool) -> String {
        // Whole numbers below a thousand are plain digits in every language
        // netstyle speaks, so the usual case needs no NumberFormat (whose
        // first use costs the browser its locale data). A language that
        // writes other digits must drop this.
        if !percent && n.fract() == 0.0 && n.abs() < 1000.0 {
            return (n as i64).to_string();
        }
        let (cell, json) = match percent {
            true => (
                &self.percent,
                r#"{"style":"percent","maximumFractionDigits":0}"#,
            ),
            false => (&self.number, "{}"),
        };
        let format = cell.get_or_init(|| {
            js_sys::Intl::NumberFormat::new(&self.locales(), &options(json)).format()
        });
        call(format, &n.into())
    }

    fn date(&self, days: i64, style: DateStyle) -> String {
        let (index, json) = match style {
            DateStyle::Full => (0, r#"{"dateStyle":"full","timeZone":"UTC"}"#),
            DateStyle::Long => (1, r#"{"dateStyle":"long","timeZone":"UTC"}"#),
            DateStyle::Medium => (2, r#"{"dateStyle":"medium","timeZone":"UTC"}"#),
            DateStyle::Short => (3, r#"{"dateStyle":"short","timeZone":"UTC"}"#),
        };
        let format = self.dates[index].get_or_init(|| {
            js_sys::Intl::DateTimeFormat::new(&self.locales(), &options(json)).format()
        });
        let moment = js_sys::Date::new(&((days as f64) * 86_400_000.0).into());
        call(format, &moment.into())
    }

    fn date_time(&self, ms: f64) -> String {
        let format = self.date_time.get_or_init(|| {
            let json = r#"{"dateStyle":"medium","timeStyle":"short"}"#;
            js_sys::Intl::DateTimeFormat::new(&self.locales(), &options(json)).format()
        });
        call(format, &js_sys::Date::new(&ms.into()).into())
    }

    fn list(&self, items: &[String], style: ListStyle) -> String {
        let (index, json) = match style {
            ListStyle::And => (0, r#"{"type":"conjunction"}"#),
            ListStyle::Or => (1, r#"{"type":"disjunction"}"#),
            ListStyle::Unit => (2, r#"{"type":"unit"}"#),
        };
        let format = self.lists[index]
            .get_or_init(|| js_sys::Intl::ListFormat::new(&self.locales(), &options(json)));
        let array: js_sys::Array = items
            .iter()
            .map(|s| wasm_bindgen::JsValue::from(s.as_str()))
            .collect();
        String::from(format.format(&array))
    }
}
