//! Helpers of the browser tests (tests/browser.rs): a page element that cleans up after itself,
//! mounting, finding, clicking, waiting.
#![allow(dead_code)]

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// An element a test put on the page: removed when the test lets go of it, so no test leaves
/// a widget behind for the next one.
pub struct Placed(pub Element);

impl Placed {
    pub fn new(el: Element) -> Placed {
        Placed(el)
    }
}

impl std::ops::Deref for Placed {
    type Target = Element;
    fn deref(&self) -> &Element {
        &self.0
    }
}

impl Drop for Placed {
    fn drop(&mut self) {
        self.0.remove();
    }
}

pub fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// The shipped stylesheets, so layout is tested as readers get it (`build.rs` joins them in the
/// order index.html links them).
pub const CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.css"));

pub fn ensure_styles() {
    let doc = document();
    if doc.get_element_by_id("cvm-test-css").is_none() {
        let style = doc.create_element("style").unwrap();
        style.set_id("cvm-test-css");
        style.set_text_content(Some(CSS));
        doc.head().unwrap().append_child(&style).unwrap();
    }
}

/// A fresh host element inside its own wrapper, attached to the body.
pub fn host(attrs: &[(&str, &str)]) -> Placed {
    ensure_styles();
    let doc = document();
    let wrap = doc.create_element("div").unwrap();
    let el = doc.create_element("div").unwrap();
    el.set_attribute("data-cvm", "").unwrap();
    for (k, v) in attrs {
        el.set_attribute(k, v).unwrap();
    }
    wrap.append_child(&el).unwrap();
    // At the top of the page, on screen: boxes far below the screen mount only when scrolled near
    // (tested in `a_box_far_below_the_screen_mounts_when_scrolled_near`).
    let body = doc.body().unwrap();
    body.insert_before(&wrap, body.first_child().as_ref())
        .unwrap();
    Placed(wrap)
}

pub fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.get(i).unwrap().dyn_into::<Element>().unwrap())
        .collect()
}

pub fn one(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
}

pub fn text(root: &Element, selector: &str) -> String {
    one(root, selector).text_content().unwrap_or_default()
}

pub fn step(root: &Element) -> String {
    one(root, ".cvm-diagram")
        .get_attribute("data-step")
        .unwrap()
}

/// Clicks `selector` and waits for the widget to draw it: the stacks in the click's task, the
/// panels' words in the task right after (show, then tell: widget.rs).
pub async fn click(root: &Element, selector: &str) {
    one(root, selector)
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
    yew::scheduler::flush().await;
    sleep(0).await;
}

pub async fn sleep(ms: u32) {
    gloo::timers::future::TimeoutFuture::new(ms).await;
    yew::scheduler::flush().await;
}

/// Mounts one widget on a clean URL hash (the tests share one page, and an entry left by one
/// test would be restored by the next widget with the same key).
pub async fn mount(attrs: &[(&str, &str)]) -> Placed {
    web_sys::window().unwrap().location().set_hash("").unwrap();
    mount_on_hash(attrs).await
}

pub async fn mount_on_hash(attrs: &[(&str, &str)]) -> Placed {
    let wrap = host(attrs);
    widget::mount_all();
    yew::scheduler::flush().await;
    wrap
}
