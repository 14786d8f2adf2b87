//! Finding mount elements and starting a widget in each, without ever losing the static fallback.
//!
//! The page's own content of a mount element (the Jekyll include's pre-rendered widget) is hidden,
//! not removed, and the live widget renders into a new `div.cvm-live` beside it in the same frame
//! (the first render runs in a microtask, before the next paint). If the wasm panics or traps
//! later, [`install_failure_guards`] logs it, hides the live widgets and shows the fallbacks again.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::js_sys::Array;
use web_sys::{Element, IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};

use crate::components::{Widget, WidgetProps};
use model::config::Config;
use model::hash;
use model::highlight::Pick;

/// Set on an element once a widget lives in it, so a second `mount_all` leaves it alone.
const MOUNTED_ATTR: &str = "data-cvm-mounted";
/// The mount elements (`data-cvm` marks one) and the mounted ones, as selectors, written out (a
/// `format!` costs code at each call).
const MOUNT_SELECTOR: &str = "[data-cvm]";
const MOUNTED_SELECTOR: &str = "[data-cvm-mounted]";
/// Set by the Jekyll loader on a box whose fallback the reader tapped: the pick (`row:performance`).
const TAP_ATTR: &str = "data-cvm-tap";
/// Set on every mount element after a panic: the fallback is back, the live widget gone.
const FAILED_ATTR: &str = "data-cvm-failed";

fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

/// The page's elements that match `selector`, in document order.
pub(super) fn elements(selector: &str) -> Vec<Element> {
    // Through `Element`'s binding of the same DOM method (`querySelectorAll`), which the
    // widget already imports: one glue function fewer.
    list(document().and_then(|d| {
        d.unchecked_ref::<Element>()
            .query_selector_all(selector)
            .ok()
    }))
}

fn elements_in(root: &Element, selector: &str) -> Vec<Element> {
    list(root.query_selector_all(selector).ok())
}

fn list(nodes: Option<web_sys::NodeList>) -> Vec<Element> {
    let Some(nodes) = nodes else {
        return Vec::new();
    };
    (0..nodes.length())
        .filter_map(|i| nodes.get(i)?.dyn_into::<Element>().ok())
        .collect()
}

/// After a panic: every live widget goes, every fallback comes back, as text: the items the
/// Jekyll loader made tappable for the wasm are buttons no more. Never panics itself.
fn restore_fallbacks() {
    for el in elements(MOUNTED_SELECTOR) {
        let children = el.children();
        for i in 0..children.length() {
            if let Some(child) = children.item(i) {
                if child.class_list().contains("cvm-live") {
                    let _ = child.set_attribute("hidden", "");
                } else {
                    let _ = child.remove_attribute("hidden");
                }
            }
        }
    }
    for el in elements(MOUNT_SELECTOR) {
        let _ = el.set_attribute(FAILED_ATTR, "");
        let _ = el.remove_attribute("data-cvm-armed");
        for item in elements_in(&el, ".cvm--static [role='button']") {
            let _ = item.remove_attribute("role");
            let _ = item.remove_attribute("tabindex");
        }
    }
}

/// The widget stops: one console line naming why, and every fallback back. Only the first call
/// does anything (in a debug build a panic's hook and the trap after it both arrive here).
fn stop(why: &dyn std::fmt::Display) {
    static STOPPED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    if !super::once(&STOPPED) {
        return;
    }
    gloo::console::error!(format!(
        "container-vs-vm stopped ({why}); showing the static version."
    ));
    restore_fallbacks();
}

/// Puts the static fallbacks back when the wasm fails, instead of a frozen or half-drawn widget,
/// with one line in the console. Installed once per page, however often `mount_all` runs.
///
/// - A panic, in a build with a panic hook (the debug build): the hook logs the panic's message
///   and restores; the trap that follows finds the widget stopped already.
/// - A wasm trap (`WebAssembly.RuntimeError`): the release wasm aborts at once on a panic, so no
///   hook runs; the trap reaches the page as an uncaught error (from an event listener, a timer)
///   or an unhandled rejection (from a future), and the listeners below restore. They run in the
///   same wasm instance after the trap and touch only the page (attributes, one console line).
pub fn install_failure_guards() {
    static INSTALLED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    if !super::once(&INSTALLED) || std::thread::panicking() {
        return;
    }
    yew::set_custom_panic_hook(Box::new(|info| stop(info)));
    let Some(window) = web_sys::window() else {
        return;
    };
    for kind in ["error", "unhandledrejection"] {
        gloo::events::EventListener::new(&window, kind, |event| {
            let error = match event.dyn_ref::<web_sys::ErrorEvent>() {
                Some(e) => e.error(),
                None => event
                    .dyn_ref::<web_sys::PromiseRejectionEvent>()
                    .map(|e| e.reason())
                    .unwrap_or_default(),
            };
            if !error.is_instance_of::<web_sys::js_sys::WebAssembly::RuntimeError>() {
                return;
            }
            // Ours to report: the browser's own "Uncaught RuntimeError" would be a second line.
            event.prevent_default();
            stop(&String::from(
                web_sys::js_sys::Error::from(error).to_string(),
            ));
        })
        .forget();
    }
}

/// Mounts a widget into `el`, configured by its `data-*` attributes and its entry in the URL hash
/// (`index`: its place among the page's widgets, for the hash key when it has no id). Returns
/// false (and changes nothing) if a widget already lives there.
pub fn mount(el: Element, index: usize) -> bool {
    if el.has_attribute(MOUNTED_ATTR) {
        gloo::console::warn!(format!(
            "container-vs-vm: element {} is already mounted; leaving it alone",
            el.get_attribute("id")
                .map_or(format!("#{}", index + 1), |id| format!("#{id}"))
        ));
        return false;
    }
    let Some(doc) = el.owner_document() else {
        return false;
    };
    let page_lang = doc
        .document_element()
        .and_then(|html| html.get_attribute("lang"));
    let (config, warnings) =
        Config::from_attributes(|name| el.get_attribute(name), page_lang.as_deref());
    for w in warnings {
        gloo::console::warn!(w.to_string());
    }
    let key = hash::widget_key(el.get_attribute("id").as_deref(), index);
    let current = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    let (mut asked, hash_warnings) = hash::parse(&current, &key);
    // A tap on the fallback before the wasm came (jekyll/loader.js) is the reader's latest word.
    let tapped = el.get_attribute(TAP_ATTR).and_then(|t| Pick::parse(&t));
    let _ = el.remove_attribute(TAP_ATTR);
    if tapped.is_some() {
        asked.pick = tapped;
    }
    // The fallback is about to be hidden: a keyboard reader in it keeps their place.
    let had_focus = super::focused().is_some_and(|f| el.contains(Some(&f)));
    let (initial, hidden_warnings) = hash::shown(asked, config.parts, &key);
    for w in hash_warnings.into_iter().chain(hidden_warnings) {
        gloo::console::warn!(w);
    }
    let Ok(live) = doc.create_element("div") else {
        return false;
    };
    let _ = live.set_attribute("class", "cvm-live");
    // Whatever the page put inside (the static fallback) steps aside but stays, for a panic.
    let children = el.children();
    for i in 0..children.length() {
        if let Some(child) = children.item(i) {
            let _ = child.set_attribute("hidden", "");
        }
    }
    let _ = el.set_attribute(MOUNTED_ATTR, "");
    // Light or dark as the page is, before the live widget is drawn (no flash of the other one).
    super::page_scheme::apply(&el, config.scheme);
    if el.append_child(&live).is_err() {
        restore_fallbacks();
        return false;
    }
    let props = WidgetProps {
        debug_panic: cfg!(debug_assertions) && el.has_attribute("data-cvm-debug-panic"),
        ..WidgetProps::live(config, super::prefers_reduced_motion(), initial, Some(key))
    };
    yew::Renderer::<Widget>::with_root_and_props(live.clone(), props).render();
    if tapped.is_some() {
        super::after_render(live, had_focus);
    }
    true
}

/// How near the screen (CSS px) a box must be for its widget to be built; the Jekyll loader starts
/// fetching the wasm at the same distance.
const NEAR_PX: f64 = 600.0;
/// [`NEAR_PX`] as an IntersectionObserver margin (written out: formatting a float would pull
/// float printing into the wasm).
const NEAR_MARGIN: &str = "600px 0px";

/// Set on each box by the Jekyll loader from its own IntersectionObserver (same margin):
/// `"true"` or `"false"`. Trusting it saves asking for the box's position, which would make the
/// browser lay the page out before the widget is even built. Any other value is ignored.
const NEAR_HINT_ATTR: &str = "data-cvm-near";

fn is_near(el: &Element) -> bool {
    match el.get_attribute(NEAR_HINT_ATTR).as_deref() {
        Some("true") => return true,
        Some("false") => return false,
        _ => {}
    }
    let r = el.get_bounding_client_rect();
    let (top, bottom) = super::screen();
    r.bottom() >= top - NEAR_PX && r.top() <= bottom + NEAR_PX
}

/// Mounts a widget into every `[data-cvm]` element not yet mounted: now if it is near the screen,
/// otherwise when the reader scrolls near it (until then its static fallback shows). Returns how
/// many it mounted now. Never touches `<body>` itself, so the page around the widgets stays the
/// page's.
pub fn mount_all() -> usize {
    install_failure_guards();
    super::page_scheme::follow();
    let found = elements(MOUNT_SELECTOR);
    let mut mounted = 0;
    let mut later = Vec::new();
    for (i, el) in found.into_iter().enumerate() {
        if el.has_attribute(MOUNTED_ATTR) {
            continue;
        }
        if is_near(&el) {
            mounted += usize::from(mount(el, i));
        } else {
            later.push((el, i));
        }
    }
    if !later.is_empty() {
        mount_when_near(later);
    }
    mounted
}

/// Mounts each box when it comes within [`NEAR_PX`] of the screen: a widget far down the post
/// costs nothing until the reader gets there. Without IntersectionObserver, mounts them all now.
/// (Near the layout viewport is near enough to start building: the build-up itself waits for the
/// reader's screen, `dom::watch_stacks`.)
fn mount_when_near(boxes: Vec<(Element, usize)>) {
    let waiting = boxes.clone();
    let callback = Closure::<dyn FnMut(Array, IntersectionObserver)>::new(
        move |entries: Array, observer: IntersectionObserver| {
            for entry in entries.iter() {
                // An observer calls back with its entries only (no instanceof check needed).
                let entry = entry.unchecked_into::<IntersectionObserverEntry>();
                let el = entry.target();
                if !entry.is_intersecting() {
                    continue;
                }
                observer.unobserve(&el);
                if let Some(&(_, index)) = waiting.iter().find(|(b, _)| *b == el) {
                    mount(el, index);
                }
            }
        },
    );
    let init = IntersectionObserverInit::new();
    init.set_root_margin(NEAR_MARGIN);
    match IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &init) {
        Ok(observer) => {
            for (el, _) in &boxes {
                observer.observe(el);
            }
            // It calls back for as long as the page lives.
            callback.forget();
        }
        Err(_) => {
            for (el, index) in boxes {
                mount(el, index);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_selectors_name_the_attributes() {
        assert_eq!(MOUNTED_SELECTOR, format!("[{MOUNTED_ATTR}]"));
        assert_eq!(
            super::super::page_scheme::SCHEME_SELECTOR,
            format!("[{}]", super::super::page_scheme::SCHEME_ATTR)
        );
    }
}
