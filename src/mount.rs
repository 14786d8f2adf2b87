//! Finding mount elements and starting a widget in each.

use web_sys::Element;

use crate::components::{Widget, WidgetProps};
use crate::model::config::Config;

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

/// Mounts a widget into `el`, configured by its `data-*` attributes. Returns false (and changes
/// nothing) if a widget already lives there.
pub fn mount(el: Element) -> bool {
    if el.has_attribute(MOUNTED_ATTR) {
        return false;
    }
    let (config, warnings) = Config::from_attributes(|name| el.get_attribute(name));
    for w in warnings {
        gloo::console::warn!(w.to_string());
    }
    let _ = el.set_attribute(MOUNTED_ATTR, "");
    // Whatever the page put inside (a fallback, a "loading" note) gives way to the live widget.
    el.set_text_content(None);
    let props = WidgetProps {
        config,
        reduced_motion: prefers_reduced_motion(),
        is_static: false,
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
            mounted += usize::from(mount(el));
        }
    }
    mounted
}
