//! Calls `on_seen` once, when the element first comes on screen: its top above the lower quarter
//! of the viewport (IntersectionObserver). A ratio threshold would never fire for a widget taller
//! than the phone's screen.

use yew::prelude::*;

#[hook]
pub fn use_in_view(node: NodeRef, on_seen: impl Fn() + 'static) {
    use_effect_with(node, move |node| {
        #[cfg(target_arch = "wasm32")]
        let observer = browser::observe(node, on_seen);
        #[cfg(not(target_arch = "wasm32"))]
        let _ = (node, on_seen);
        move || {
            #[cfg(target_arch = "wasm32")]
            if let Some((o, _callback)) = observer {
                o.disconnect();
            }
        }
    })
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::js_sys::Array;
    use web_sys::{IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};
    use yew::NodeRef;

    pub type Observer = (
        IntersectionObserver,
        Closure<dyn FnMut(Array, IntersectionObserver)>,
    );

    /// Calls `on_seen` once: the observer disconnects itself then.
    pub fn observe(node: &NodeRef, on_seen: impl Fn() + 'static) -> Option<Observer> {
        let el = node.cast::<web_sys::Element>()?;
        let callback = Closure::<dyn FnMut(Array, IntersectionObserver)>::new(
            move |entries: Array, observer: IntersectionObserver| {
                let seen = entries.iter().any(|e| {
                    e.dyn_into::<IntersectionObserverEntry>()
                        .is_ok_and(|e| e.is_intersecting())
                });
                if seen {
                    observer.disconnect();
                    on_seen();
                }
            },
        );
        let init = IntersectionObserverInit::new();
        init.set_threshold(&JsValue::from_f64(0.0));
        init.set_root_margin("0px 0px -25% 0px");
        let observer =
            IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &init)
                .ok()?;
        observer.observe(&el);
        Some((observer, callback))
    }
}
