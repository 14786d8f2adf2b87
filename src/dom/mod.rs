//! Everything the widget does to the page besides rendering: finding, focusing, scrolling a pick
//! into sight, reading how the stacks stand, the reduced-motion and viewport queries, the
//! once-per-page guard, and what the reader's screen is. Used by the components'
//! handlers, the root's effects and mounting. None of it runs in server rendering (yew
//! runs no effects or listeners there), so none of it needs a `cfg`: web-sys compiles natively.

use wasm_bindgen::JsCast;
use web_sys::Element;
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

/// The reader's screen, its top and bottom edges in the coordinates of `getBoundingClientRect`:
/// the visual viewport, what the phone shows. On a page wider than the phone (a long code line)
/// the layout viewport (`innerHeight`) is taller than the screen, twice as tall at 360 px; where
/// the browser has no `visualViewport`, it is the screen.
pub fn screen() -> (f64, f64) {
    let Some(window) = web_sys::window() else {
        return (0.0, 0.0);
    };
    if let Some(v) = window.visual_viewport() {
        return (v.offset_top(), v.offset_top() + v.height());
    }
    let height = window
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    (0.0, height)
}

/// Scrolls the page the least that puts everything from the top of `top` to the bottom of
/// `bottom` on the reader's screen; if that is taller than the screen, or `top` is above it, `top`
/// goes to the screen's top. The browser's own `scrollIntoView` does the scrolling, so the visual
/// viewport follows too, and each element's `scroll-margin` (styles) leaves a little room.
/// Smoothly, unless the reader asks for reduced motion.
pub fn bring_into_sight(top: &Element, bottom: &Element) {
    const MARGIN: f64 = 8.0;
    let (from, to) = (
        top.get_bounding_client_rect().top() - MARGIN,
        bottom.get_bounding_client_rect().bottom() + MARGIN,
    );
    let (screen_top, screen_bottom) = screen();
    if from >= screen_top && to <= screen_bottom {
        return;
    }
    let (el, block) = if to - from > screen_bottom - screen_top || from < screen_top {
        (top, web_sys::ScrollLogicalPosition::Start)
    } else {
        (bottom, web_sys::ScrollLogicalPosition::End)
    };
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(block);
    options.set_behavior(if prefers_reduced_motion() {
        web_sys::ScrollBehavior::Instant
    } else {
        web_sys::ScrollBehavior::Smooth
    });
    el.scroll_into_view_with_scroll_into_view_options(&options);
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

/// Once a widget mounted into `live` has drawn itself: brings the pick made on the fallback into
/// sight (`reveal`, as a tap on the live widget does), and gives the keyboard focus, which was in
/// the fallback now hidden, to the picked item.
#[cfg(feature = "csr")]
pub fn after_render(live: Element, focus: bool) {
    gloo::timers::callback::Timeout::new(0, move || {
        let Some(root) = live.query_selector("section.cvm").ok().flatten() else {
            return;
        };
        if focus {
            focus_first(&root, PICKED);
        }
        reveal(root);
    })
    .forget();
}

/// The picked layer, row or advantage.
const PICKED: &str = "button.cvm-layer[aria-pressed='true'], [aria-pressed='true'].cvm-row-button, [aria-pressed='true'].cvm-advantage-button";

/// After a pick (a layer, a row or an advantage), the reader sees what it lights and what it
/// says: both stacks and the caption's short answer, on one screen. A row or an advantage is
/// picked far below the diagram on a phone, a layer's answer may be under the screen's edge: the
/// page scrolls just enough (smoothly, unless the reader asks for reduced motion). The widget
/// calls it once its panel tells a new pick (not when the reader lets go). A widget without the
/// diagram brings the panel that explains the pick.
pub fn reveal(root: web_sys::Element) {
    let find = |sel: &str| root.query_selector(sel).ok().flatten();
    // The panel that explains the pick (a widget without the diagram has one per part).
    let Some(short) = find(".cvm-caption:not(.cvm-caption--idle) .cvm-caption-short") else {
        return;
    };
    let top = find(".cvm-diagram").unwrap_or_else(|| short.clone());
    bring_into_sight(&top, &short);
}

/// Calls `on_seen` once, when the stacks' hardware (where the build-up starts) is first on the
/// reader's screen ([`screen`]): not while it is below the screen or above it, so a reader who
/// scrolled past before the widget mounted, or a link that lands below it, finds the build-up
/// waiting. Checked now, at every scroll of the page and every scroll or resize of the visual viewport
/// (an IntersectionObserver sees the layout viewport, which on a wide page is twice the screen).
/// Nothing for a box without the diagram (nothing to build up). The listeners stay for the page's
/// life, as the widget does (mounting never removes one), and do nothing once it is seen.
pub fn watch_stacks(root: Option<web_sys::Node>, on_seen: impl Fn() + 'static) {
    let Some(root) = root.and_then(|r| r.dyn_into::<Element>().ok()) else {
        return;
    };
    let (Some(window), Ok(Some(_))) = (web_sys::window(), root.query_selector(".cvm-diagram"))
    else {
        return;
    };
    let seen = std::cell::Cell::new(false);
    let check = move || {
        if !seen.get() && hardware_on_screen(&root) {
            seen.set(true);
            on_seen();
        }
    };
    check();
    let closure = wasm_bindgen::closure::Closure::<dyn Fn()>::new(check);
    let check = closure.as_ref().unchecked_ref();
    let _ = window.add_event_listener_with_callback("scroll", check);
    if let Some(v) = window.visual_viewport() {
        let _ = v.add_event_listener_with_callback("scroll", check);
        let _ = v.add_event_listener_with_callback("resize", check);
    }
    closure.forget();
}

/// The stacks' hardware (the first stack's, where the stacks stand one above the other) lies
/// whole on the reader's screen. Hidden blocks keep their place, so it has one before the
/// build-up.
fn hardware_on_screen(root: &Element) -> bool {
    let (top, bottom) = screen();
    root.query_selector(".cvm-diagram .cvm-layer--hardware")
        .ok()
        .flatten()
        .map(|el| el.get_bounding_client_rect())
        .is_some_and(|r| r.height() > 0.0 && r.top() >= top - 1.0 && r.bottom() <= bottom + 1.0)
}
