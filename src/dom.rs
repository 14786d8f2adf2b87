//! Everything the widget does to the page besides rendering: finding, focusing, scrolling into
//! view, the reduced-motion and viewport queries, and the one IntersectionObserver wrapper. Used
//! by the components' handlers, the hooks and mounting. None of it runs in server rendering (yew
//! runs no effects or listeners there), so none of it needs a `cfg`: web-sys compiles natively.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::js_sys::Array;
use web_sys::{Element, IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};
use yew::prelude::Event;

/// The event target itself or its nearest ancestor that matches `selector`.
pub fn closest(e: &Event, selector: &str) -> Option<Element> {
    e.target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|el| el.closest(selector).ok().flatten())
}

/// Moves the keyboard focus to the first element under `root` that matches `selector`, if any.
pub fn focus_first(root: &Element, selector: &str) {
    if let Some(el) = root
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// The element that has the keyboard focus.
pub fn focused() -> Option<Element> {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
}

/// The reader asks for reduced motion.
pub fn prefers_reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|m| m.matches())
}

/// The viewport's height in CSS px (0 if unknown).
pub fn viewport_height() -> f64 {
    web_sys::window()
        .and_then(|w| w.inner_height().ok())
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0)
}

/// Scrolls the page the least that puts everything from the top of `top` to the bottom of
/// `bottom` on screen (with a small margin); if that is taller than the screen, `top` goes to the
/// screen's top. Smoothly, unless the reader asks for reduced motion.
pub fn bring_into_sight(top: &Element, bottom: &Element) {
    const MARGIN: f64 = 8.0;
    let (from, to) = (
        top.get_bounding_client_rect().top() - MARGIN,
        bottom.get_bounding_client_rect().bottom() + MARGIN,
    );
    let height = viewport_height();
    let by = if from >= 0.0 && to <= height {
        return;
    } else if to - from > height || from < 0.0 {
        from
    } else {
        to - height
    };
    let Some(window) = web_sys::window() else {
        return;
    };
    let options = web_sys::ScrollToOptions::new();
    options.set_top(by);
    options.set_behavior(if prefers_reduced_motion() {
        web_sys::ScrollBehavior::Instant
    } else {
        web_sys::ScrollBehavior::Smooth
    });
    window.scroll_by_with_scroll_to_options(&options);
}

type SightCallback = Closure<dyn FnMut(Array, IntersectionObserver)>;

/// An IntersectionObserver that calls back once per element, when it first comes within
/// `margin` of the screen with at least `ratio` of it inside (then stops watching it). Disconnects when dropped; [`Sightings::keep`]
/// keeps it for the page's life.
pub struct Sightings {
    observer: IntersectionObserver,
    _callback: SightCallback,
}

impl Sightings {
    /// Watches `elements`; `None` if the browser has no IntersectionObserver.
    pub fn watch(
        elements: &[Element],
        margin: &str,
        ratio: f64,
        mut on_seen: impl FnMut(Element) + 'static,
    ) -> Option<Sightings> {
        let callback = SightCallback::new(move |entries: Array, observer: IntersectionObserver| {
            for entry in entries.iter() {
                let Ok(entry) = entry.dyn_into::<IntersectionObserverEntry>() else {
                    continue;
                };
                if entry.is_intersecting() && entry.intersection_ratio() >= ratio {
                    let target = entry.target();
                    observer.unobserve(&target);
                    on_seen(target);
                }
            }
        });
        let init = IntersectionObserverInit::new();
        init.set_root_margin(margin);
        init.set_threshold(&wasm_bindgen::JsValue::from_f64(ratio));
        let observer =
            IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &init)
                .ok()?;
        for el in elements {
            observer.observe(el);
        }
        Some(Sightings {
            observer,
            _callback: callback,
        })
    }

    /// Keeps watching for as long as the page lives (mounting's use: feature `csr`).
    #[cfg_attr(not(feature = "csr"), allow(dead_code))]
    pub fn keep(self) {
        std::mem::forget(self);
    }
}

impl Drop for Sightings {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}
