//! Finding mount elements and starting a widget in each, without ever losing the static fallback.
//!
//! The page's own content of a mount element (the Jekyll include's pre-rendered widget) is hidden,
//! not removed, and the live widget renders into a new `div.cvm-live` beside it in the same frame
//! (the first render runs in a microtask, before the next paint). If the wasm panics later, the
//! panic hook logs it, removes the live widgets and shows the fallbacks again.

use wasm_bindgen::JsCast;
use web_sys::Element;

use crate::components::{Widget, WidgetProps};
use crate::model::config::Config;
use crate::model::hash;

/// The attribute that marks a mount element.
pub const MOUNT_ATTR: &str = "data-cvm";
/// Set on an element once a widget lives in it, so a second `mount_all` leaves it alone.
const MOUNTED_ATTR: &str = "data-cvm-mounted";
/// Set on every mount element after a panic: the fallback is back, the live widget gone.
const FAILED_ATTR: &str = "data-cvm-failed";

fn prefers_reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|m| m.matches())
}

fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

fn elements(selector: &str) -> Vec<Element> {
    let Some(nodes) = document().and_then(|d| d.query_selector_all(selector).ok()) else {
        return Vec::new();
    };
    (0..nodes.length())
        .filter_map(|i| nodes.get(i)?.dyn_into::<Element>().ok())
        .collect()
}

/// After a panic: every live widget goes, every fallback comes back. Never panics itself.
fn restore_fallbacks() {
    for el in elements(&format!("[{MOUNTED_ATTR}]")) {
        let _ = el.set_attribute(FAILED_ATTR, "");
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
}

/// Logs a panic and puts the static fallbacks back (instead of a frozen or half-drawn widget).
/// Installed once per page, however often `mount_all` runs.
pub fn install_panic_hook() {
    use std::sync::atomic::{AtomicBool, Ordering};
    static INSTALLED: AtomicBool = AtomicBool::new(false);
    if INSTALLED.swap(true, Ordering::Relaxed) || std::thread::panicking() {
        return;
    }
    yew::set_custom_panic_hook(Box::new(|info| {
        gloo::console::error!(format!(
            "container-vs-vm stopped ({info}); showing the static version."
        ));
        restore_fallbacks();
    }));
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
    let (initial, hash_warnings) = hash::parse(&current, &key);
    for w in hash_warnings {
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
    if el.append_child(&live).is_err() {
        restore_fallbacks();
        return false;
    }
    let props = WidgetProps {
        config,
        reduced_motion: prefers_reduced_motion(),
        is_static: false,
        initial,
        hash_key: Some(key),
        debug_panic: cfg!(debug_assertions) && el.has_attribute("data-cvm-debug-panic"),
    };
    yew::Renderer::<Widget>::with_root_and_props(live, props).render();
    true
}

/// Mounts a widget into every `[data-cvm]` element not yet mounted; returns how many it mounted.
/// Never touches `<body>` itself, so the page around the widgets stays the page's.
pub fn mount_all() -> usize {
    install_panic_hook();
    let found = elements(&format!("[{MOUNT_ATTR}]"));
    let mut mounted = 0;
    for (i, el) in found.into_iter().enumerate() {
        if !el.has_attribute(MOUNTED_ATTR) {
            mounted += usize::from(mount(el, i));
        }
    }
    mounted
}
