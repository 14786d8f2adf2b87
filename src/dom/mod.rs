//! Everything the widget does to the page besides rendering: finding, focusing, scrolling a pick
//! into sight, reading how the stacks stand, the reduced-motion and viewport queries, the
//! once-per-page guard, and the one IntersectionObserver wrapper. Used by the components'
//! handlers, the hooks and mounting. None of it runs in server rendering (yew
//! runs no effects or listeners there), so none of it needs a `cfg`: web-sys compiles natively.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::js_sys::Array;
use web_sys::{Element, IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};
use yew::prelude::{Event, InputEvent, TargetCast};

use model::diagram::{Layout, APPS_PER_ROW_COMPACT};

mod hash;
#[cfg(feature = "csr")]
pub mod mount;
#[cfg(feature = "csr")]
mod page_scheme;

pub use hash::write_hash;

/// The event target itself or its nearest ancestor that matches `selector`.
pub fn closest(e: &Event, selector: &str) -> Option<Element> {
    e.target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|el| el.closest(selector).ok().flatten())
}

/// The whole number a slider (`<input type="range">`) holds after an input event.
pub fn slider_value(e: &InputEvent) -> Option<u8> {
    e.target_dyn_into::<web_sys::HtmlInputElement>()
        .and_then(|i| i.value().parse().ok())
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

/// How the stacks stand on screen now (CSS decides: side by side with four apps to a row, or three
/// in a phone-wide widget, or one above the other in a very narrow one), read from the diagram
/// that holds the event's target. At a key press the layout is up to date.
pub fn layout(e: &Event) -> Layout {
    let Some(diagram) = closest(e, ".cvm-diagram") else {
        return Layout::SideBySide;
    };
    let rect = |el: Option<Element>| el.map(|s| s.get_bounding_client_rect());
    let one = |sel: &str| rect(diagram.query_selector(sel).ok().flatten());
    if let (Some(vm), Some(ct)) = (one(".cvm-stack--vm"), one(".cvm-stack--container")) {
        if ct.top() >= vm.bottom() - 1.0 {
            return Layout::Stacked;
        }
    }
    // Three to a row: the fourth VM stands below the first.
    let columns = diagram
        .query_selector_all(".cvm-stack--vm .cvm-column")
        .ok();
    let column = |i| {
        rect(
            columns
                .as_ref()
                .and_then(|c| c.item(i))
                .and_then(|n| n.dyn_into().ok()),
        )
    };
    match (column(0), column(u32::from(APPS_PER_ROW_COMPACT))) {
        (Some(first), Some(next)) if next.top() > first.top() + 1.0 => Layout::Compact,
        _ => Layout::SideBySide,
    }
}

/// True the first time it is called with `flag`, false ever after: the guard of what is done once
/// per page (the failure guards, following the page's scheme, stopping).
#[cfg(feature = "csr")]
pub fn once(flag: &std::sync::atomic::AtomicBool) -> bool {
    !flag.swap(true, std::sync::atomic::Ordering::Relaxed)
}

/// Clearing the pick disables "clear selection" (and hides it). If that button has the keyboard
/// focus, the focus would fall to the page: it goes to the diagram's tab stop (or, in the
/// author's picture, which has no layer buttons, to the picked row or advantage) instead.
pub fn refocus_before_clear(e: &Event) {
    let (Some(root), Some(active)) = (closest(e, "section.cvm"), focused()) else {
        return;
    };
    if !active.class_list().contains("cvm-caption-clear") {
        return;
    }
    focus_first(
        &root,
        ".cvm-diagram button.cvm-layer[tabindex='0']:enabled, [aria-pressed='true'].cvm-row-button, [aria-pressed='true'].cvm-advantage-button",
    );
}

/// After a pick (a layer, a row or an advantage), the reader sees what it lights and what it
/// says: both stacks and the caption's short answer, on one screen. A row or an advantage is
/// picked far below the diagram on a phone, a layer's answer may be under the screen's edge: the
/// page scrolls just enough (smoothly, unless the reader asks for reduced motion). The caller
/// calls it when picking, not when letting go. A widget without the diagram brings the panel
/// that explains the pick.
pub fn reveal_pick(e: &Event) {
    let Some(root) = closest(e, "section.cvm") else {
        return;
    };
    // After yew has drawn the pick (its render runs in a microtask after this click).
    gloo::timers::callback::Timeout::new(0, move || reveal(root)).forget();
}

fn reveal(root: web_sys::Element) {
    let find = |sel: &str| root.query_selector(sel).ok().flatten();
    // The panel that explains the pick (a widget without the diagram has one per part).
    let Some(short) = find(".cvm-caption:not(.cvm-caption--idle) .cvm-caption-short") else {
        return;
    };
    let top = find(".cvm-diagram").unwrap_or_else(|| short.clone());
    bring_into_sight(&top, &short);
}

/// Calls `on_seen` once, when the stacks first come on screen whole: the diagram's bottom edge
/// (the hardware, where the build-up starts) above the bottom of the viewport. The viewport is
/// stretched far upwards (root margin), so the diagram's ratio inside it reaches 1 exactly then,
/// however tall it is (0.97: a few pixels short, as a browser's own scrolling may leave it). A box
/// without the diagram watches the whole box.
pub fn watch_stacks(
    root: Option<web_sys::Node>,
    on_seen: impl Fn() + 'static,
) -> Option<Sightings> {
    let root = root?.dyn_into::<Element>().ok()?;
    let diagram = root.query_selector(".cvm-diagram").ok().flatten();
    Sightings::watch(
        &[diagram.unwrap_or(root)],
        "100000px 0px 0px 0px",
        0.97,
        move |_| on_seen(),
    )
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
