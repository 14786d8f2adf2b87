//! The browser side of [`model::scheme`]: reads what the page says about its colours,
//! writes the scheme the widget takes into its box's `data-cvm-scheme` (the stylesheet sets
//! `color-scheme` from it), before the live widget's first paint, and follows the page when it
//! changes its theme at run time (Type-on-Strap's toggle sets `data-theme`; the reader's system
//! may switch to dark at sunset).

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::Element;

use model::scheme::{self, Page, Scheme};

/// The scheme the widget in a box takes, for the stylesheet.
pub const SCHEME_ATTR: &str = "data-cvm-scheme";
/// `[data-cvm-scheme]`, written out (a `format!` costs code).
pub(crate) const SCHEME_SELECTOR: &str = "[data-cvm-scheme]";
/// The author's choice on the box: `light`, `dark` or `auto`.
const FORCED_ATTR: &str = "data-scheme";

fn system_dark(window: &web_sys::Window) -> bool {
    window
        .match_media("(prefers-color-scheme: dark)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
}

fn computed(window: &web_sys::Window, el: &Element, property: &str) -> String {
    window
        .get_computed_style(el)
        .ok()
        .flatten()
        .and_then(|s| s.get_property_value(property).ok())
        .unwrap_or_default()
}

/// The scheme for the widget in `el` (its box), with `forced` from its `data-scheme`.
pub fn resolve(el: &Element, forced: Option<Scheme>) -> Scheme {
    let Some(window) = web_sys::window() else {
        return Scheme::Light;
    };
    if forced.is_some() {
        return scheme::resolve(forced, &Page::default());
    }
    let root = el.owner_document().and_then(|d| d.document_element());
    let data_theme = root.as_ref().and_then(|r| r.get_attribute("data-theme"));
    let mut color_scheme = root
        .as_ref()
        .map(|r| computed(&window, r, "color-scheme"))
        .unwrap_or_default();
    // `normal`: the page's `<meta name="color-scheme">`, if it has one, says what it supports.
    if color_scheme.trim() == "normal" || color_scheme.is_empty() {
        if let Some(meta) = el
            .owner_document()
            // (`Element`'s binding of `querySelector`, the one the widget imports anyway.)
            .and_then(|d| {
                d.unchecked_ref::<Element>()
                    .query_selector("meta[name='color-scheme']")
                    .ok()
                    .flatten()
            })
        {
            color_scheme = meta.get_attribute("content").unwrap_or_default();
        }
    }
    // The box itself, then each ancestor up to <html>.
    let mut backgrounds = Vec::new();
    let mut at = Some(el.clone());
    while let Some(e) = at {
        backgrounds.push(computed(&window, &e, "background-color"));
        at = e.parent_element();
    }
    let backgrounds: Vec<&str> = backgrounds.iter().map(String::as_str).collect();
    scheme::resolve(
        forced,
        &Page {
            data_theme: data_theme.as_deref(),
            backgrounds: &backgrounds,
            color_scheme: &color_scheme,
            system_dark: system_dark(&window),
        },
    )
}

/// Sets the box's scheme now (before its live widget is drawn).
pub fn apply(el: &Element, forced: Option<Scheme>) {
    let _ = el.set_attribute(SCHEME_ATTR, resolve(el, forced).slug());
}

/// Every box that has a scheme, again (its `data-scheme` read anew; a bad one was named at mount).
fn reapply_all() {
    for el in super::mount::elements(SCHEME_SELECTOR) {
        let forced = el
            .get_attribute(FORCED_ATTR)
            .and_then(|v| Scheme::parse(&v))
            .flatten();
        let now = resolve(&el, forced).slug();
        if el.get_attribute(SCHEME_ATTR).as_deref() != Some(now) {
            let _ = el.set_attribute(SCHEME_ATTR, now);
        }
    }
}

/// Follows the page from now on: a change of `<html>`'s or `<body>`'s `data-theme`, `class` or
/// `style` (a theme toggle, a skin switch), or of the system's colour scheme. Installed once per
/// page; the observers live as long as the page.
pub fn follow() {
    static FOLLOWING: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    if !super::once(&FOLLOWING) {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    let changed = Closure::<dyn FnMut()>::new(reapply_all);
    let callback: &web_sys::js_sys::Function = changed.as_ref().unchecked_ref();
    if let Ok(observer) = web_sys::MutationObserver::new(callback) {
        let init = web_sys::MutationObserverInit::new();
        init.set_attributes(true);
        let names =
            web_sys::js_sys::Array::of3(&"data-theme".into(), &"class".into(), &"style".into());
        init.set_attribute_filter(&names);
        let doc = window.document();
        for el in [
            doc.as_ref().and_then(|d| d.document_element()),
            doc.as_ref().and_then(|d| d.body()).map(Into::into),
        ]
        .into_iter()
        .flatten()
        {
            let _ = observer.observe_with_options(&el, &init);
        }
    }
    if let Ok(Some(query)) = window.match_media("(prefers-color-scheme: dark)") {
        let _ = query.add_event_listener_with_callback("change", callback);
    }
    changed.forget();
}
