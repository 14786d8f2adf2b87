//! Finding mount elements and starting a widget in each.

use web_sys::Element;

use crate::components::{Widget, WidgetProps};
use crate::model::config::Config;
use crate::model::hash;

/// The attribute that marks a mount element.
pub const MOUNT_ATTR: &str = "data-cvm";
/// Set on an element once a widget lives in it, so a second `mount_all` leaves it alone.
const MOUNTED_ATTR: &str = "data-cvm-mounted";

fn prefers_reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|m| m.matches())
}

/// Mounts a widget into `el`, configured by its `data-*` attributes and its entry in the URL hash
/// (`index`: its place among the page's widgets, for the hash key when it has no id). Returns
/// false (and changes nothing) if a widget already lives there.
pub fn mount(el: Element, index: usize) -> bool {
    if el.has_attribute(MOUNTED_ATTR) {
        return false;
    }
    let page_lang = el
        .owner_document()
        .and_then(|d| d.document_element())
        .and_then(|html| html.get_attribute("lang"));
    let (config, warnings) =
        Config::from_attributes(|name| el.get_attribute(name), page_lang.as_deref());
    for w in warnings {
        gloo::console::warn!(w.to_string());
    }
    let _ = el.set_attribute(MOUNTED_ATTR, "");
    // Whatever the page put inside (a fallback, a "loading" note) gives way to the live widget.
    el.set_text_content(None);
    let key = hash::widget_key(el.get_attribute("id").as_deref(), index);
    let current = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    let (initial, hash_warnings) = hash::parse(&current, &key);
    for w in hash_warnings {
        gloo::console::warn!(w);
    }
    let props = WidgetProps {
        config,
        reduced_motion: prefers_reduced_motion(),
        is_static: false,
        initial,
        hash_key: Some(key),
    };
    yew::Renderer::<Widget>::with_root_and_props(el, props).render();
    true
}

/// Mounts a widget into every `[data-cvm]` element not yet mounted; returns how many it mounted.
/// Never touches `<body>` itself, so the page around the widgets stays the page's.
pub fn mount_all() -> usize {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return 0;
    };
    let Ok(nodes) = doc.query_selector_all(&format!("[{MOUNT_ATTR}]")) else {
        return 0;
    };
    let mut mounted = 0;
    for i in 0..nodes.length() {
        let el = nodes
            .get(i)
            .and_then(|n| wasm_bindgen::JsCast::dyn_into::<Element>(n).ok());
        if let Some(el) = el {
            mounted += usize::from(mount(el, i as usize));
        }
    }
    mounted
}
