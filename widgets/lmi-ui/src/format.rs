//! Numbers through the browser's `Intl.NumberFormat`: locale data stays in the browser, not the wasm.

use std::cell::RefCell;
use std::collections::HashMap;

use js_sys::{Array, Intl, Object, Reflect};
use lmi_content::{Figure, Unit};
use wasm_bindgen::{JsCast, JsValue};

thread_local! {
    static INTL: RefCell<HashMap<String, JsValue>> = RefCell::new(HashMap::new());
}

/// The `Intl` object `make` builds, made once per `key` (language and options): constructing one costs
/// far more than using it (about 1 ms each on a slow laptop, and a card formats dozens of numbers).
pub(crate) fn intl_cached<T: JsCast>(key: String, make: impl FnOnce() -> T) -> T {
    let found = INTL.with(|cache| cache.borrow().get(&key).cloned());
    let value = found.unwrap_or_else(|| {
        let made: JsValue = make().into();
        INTL.with(|cache| cache.borrow_mut().insert(key, made.clone()));
        made
    });
    value.unchecked_into()
}

/// Options are strings (`Intl` reads "1" as 1), so the cache key is built without calling into JavaScript.
fn number_format(lang: &str, options: &[(&str, &str)]) -> Intl::NumberFormat {
    let key = options.iter().fold(format!("NumberFormat {lang}"), |key, (k, v)| format!("{key} {k}={v}"));
    intl_cached(key, || {
        let opts = Object::new();
        for (k, v) in options {
            let _ = Reflect::set(&opts, &JsValue::from_str(k), &JsValue::from_str(v));
        }
        Intl::NumberFormat::new(&Array::of1(&JsValue::from_str(lang)), &opts)
    })
}

fn run(nf: &Intl::NumberFormat, value: f64) -> String {
    nf.format().call1(&JsValue::NULL, &JsValue::from_f64(value)).ok().and_then(|v| v.as_string()).unwrap_or_default()
}

/// A plain number with at most `max_fraction` decimals, grouped for `lang`.
pub fn format_number(lang: &str, value: f64, max_fraction: u8) -> String {
    run(&number_format(lang, &[("maximumFractionDigits", &max_fraction.to_string())]), value)
}

/// A figure's value with its unit: "$63,190 per year", "2.2%", "+60.1%", "1,234,500 people".
pub fn format_figure_value(ui: crate::Ui, figure: &Figure) -> String {
    format_value(ui, figure.value, figure.unit, figure.currency.as_deref())
}

pub fn format_value(ui: crate::Ui, value: f64, unit: Unit, currency: Option<&str>) -> String {
    let lang = ui.0.tag();
    let pct = |v: f64, sign: &str| {
        run(
            &number_format(lang, &[("style", "percent"), ("maximumFractionDigits", "1"), ("signDisplay", sign)]),
            v / 100.0,
        )
    };
    // Whole units for monthly and yearly pay; an hourly figure keeps its cents (€14.86, not €15).
    let cents = if unit == Unit::CurrencyPerHour { "2" } else { "0" };
    let money = |v: f64| {
        run(
            &number_format(
                lang,
                &[
                    ("style", "currency"),
                    ("currency", currency.unwrap_or("USD")),
                    ("minimumFractionDigits", cents),
                    ("maximumFractionDigits", cents),
                ],
            ),
            v,
        )
    };
    match unit {
        Unit::Percent => pct(value, "auto"),
        Unit::PercentChange => pct(value, "exceptZero"),
        // Intl has no such unit: the number in a phrase with the language's plural form.
        Unit::PercentagePoints => {
            let points = format_number(lang, value, 1);
            ui.plural(crate::PluralMsg::UnitPoints, value, &[("points", &points)])
        }
        Unit::CurrencyPerHour => ui.f(crate::Msg::UnitPerHour, &[("amount", &money(value))]),
        Unit::CurrencyPerMonth => ui.f(crate::Msg::UnitPerMonth, &[("amount", &money(value))]),
        Unit::CurrencyPerYear => ui.f(crate::Msg::UnitPerYear, &[("amount", &money(value))]),
        Unit::People => ui.plural(crate::PluralMsg::UnitPeople, value, &[]),
        Unit::OpeningsPerYear => ui.plural(crate::PluralMsg::UnitOpenings, value, &[]),
        Unit::Years => ui.plural(crate::PluralMsg::UnitYears, value, &[]),
        Unit::Ratio => format_number(lang, value, 2),
    }
}

/// A region code in words for `lang` through `Intl.DisplayNames` ("US" → "United States").
pub fn region_name(lang: &str, code: &str) -> String {
    if code == "EU27" {
        return "EU27".to_owned();
    }
    let country = code.split('-').next().unwrap_or(code);
    // `Intl.DisplayNames` (not in js-sys), built once per language; undefined where the browser lacks it.
    let make = || -> Option<JsValue> {
        let intl = Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
        let ctor: js_sys::Function = Reflect::get(&intl, &"DisplayNames".into()).ok()?.dyn_into().ok()?;
        let opts = Object::new();
        Reflect::set(&opts, &"type".into(), &"region".into()).ok()?;
        Reflect::construct(&ctor, &Array::of2(&Array::of1(&lang.into()), &opts)).ok()
    };
    let display = || -> Option<String> {
        let dn = intl_cached(format!("DisplayNames {lang} region"), || make().unwrap_or(JsValue::UNDEFINED));
        if dn.is_undefined() {
            return None;
        }
        let of: js_sys::Function = Reflect::get(&dn, &"of".into()).ok()?.into();
        of.call1(&dn, &country.into()).ok()?.as_string()
    };
    display().unwrap_or_else(|| code.to_owned())
}
