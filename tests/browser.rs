//! The widget in a real browser (headless Chromium via wasm-bindgen-test): it mounts into
//! `[data-cvm]` elements, renders both stacks and the table, and its controls drive the build-up.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// The shipped stylesheets, so layout is tested as readers get it.
const CSS: &[&str] = &[
    include_str!("../styles/widget.css"),
    include_str!("../styles/stack_diagram.css"),
    include_str!("../styles/stack.css"),
    include_str!("../styles/layer.css"),
    include_str!("../styles/caption.css"),
    include_str!("../styles/controls.css"),
    include_str!("../styles/comparison_table.css"),
    include_str!("../styles/advantages.css"),
];

fn ensure_styles() {
    let doc = document();
    if doc.get_element_by_id("cvm-test-css").is_none() {
        let style = doc.create_element("style").unwrap();
        style.set_id("cvm-test-css");
        style.set_text_content(Some(&CSS.concat()));
        doc.head().unwrap().append_child(&style).unwrap();
    }
}

/// A fresh host element inside its own wrapper, attached to the body.
fn host(attrs: &[(&str, &str)]) -> Element {
    ensure_styles();
    let doc = document();
    let wrap = doc.create_element("div").unwrap();
    let el = doc.create_element("div").unwrap();
    el.set_attribute("data-cvm", "").unwrap();
    for (k, v) in attrs {
        el.set_attribute(k, v).unwrap();
    }
    wrap.append_child(&el).unwrap();
    doc.body().unwrap().append_child(&wrap).unwrap();
    wrap
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.get(i).unwrap().dyn_into::<Element>().unwrap())
        .collect()
}

fn one(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
}

fn text(root: &Element, selector: &str) -> String {
    one(root, selector).text_content().unwrap_or_default()
}

fn level(root: &Element) -> String {
    one(root, ".cvm-diagram")
        .get_attribute("data-level")
        .unwrap()
}

async fn click(root: &Element, selector: &str) {
    one(root, selector)
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
    yew::scheduler::flush().await;
}

async fn mount(attrs: &[(&str, &str)]) -> Element {
    let wrap = host(attrs);
    container_vs_vm::mount_all();
    yew::scheduler::flush().await;
    wrap
}

#[wasm_bindgen_test]
async fn mounts_into_the_data_cvm_element_not_the_body() {
    let wrap = mount(&[("data-autoplay", "false")]).await;
    let el = one(&wrap, "[data-cvm]");
    assert_eq!(
        all(&el, ":scope > section.cvm").len(),
        1,
        "widget inside its element"
    );
    assert!(el.has_attribute("data-cvm-mounted"));
    let body = document().body().unwrap();
    assert_eq!(
        all(&body, ":scope > section.cvm").len(),
        0,
        "nothing mounted on <body>"
    );
    // Mounting again leaves it alone.
    container_vs_vm::mount_all();
    yew::scheduler::flush().await;
    assert_eq!(all(&el, "section.cvm").len(), 1);
    wrap.remove();
}

#[wasm_bindgen_test]
async fn renders_every_layer_of_both_stacks_and_five_rows() {
    let wrap = mount(&[("data-autoplay", "false")]).await;
    let vm = one(&wrap, ".cvm-stack--vm");
    let ct = one(&wrap, ".cvm-stack--container");
    let kinds = |stack: &Element| {
        all(stack, ".cvm-layer")
            .iter()
            .map(|l| l.get_attribute("data-kind").unwrap())
            .collect::<Vec<_>>()
    };
    // Bottom to top: shared layers, then each guest's layers.
    let guest_vm = ["guest-os", "bins-libs", "app"];
    let mut want_vm = vec!["hardware", "host-os", "hypervisor"];
    (0..3).for_each(|_| want_vm.extend(guest_vm));
    assert_eq!(kinds(&vm), want_vm);
    let mut want_ct = vec!["hardware", "host-os", "engine"];
    (0..3).for_each(|_| want_ct.extend(["bins-libs", "app"]));
    assert_eq!(kinds(&ct), want_ct);
    // Finished: every block shown, with its Korean label.
    assert_eq!(all(&wrap, ".cvm-layer--shown").len(), 21);
    assert_eq!(text(&vm, ".cvm-layer--hypervisor"), "하이퍼바이저");
    assert_eq!(text(&ct, ".cvm-layer--engine"), "컨테이너 엔진 (Docker)");
    // Drawn bottom to top: the hardware is below the apps on screen.
    let top = |sel: &str| one(&vm, sel).get_bounding_client_rect().top();
    assert!(top(".cvm-layer--hardware") > top(".cvm-layer--hypervisor"));
    assert!(top(".cvm-layer--hypervisor") > top(".cvm-layer--app"));
    // The table.
    assert_eq!(all(&wrap, "table.cvm-table tbody tr").len(), 5);
    assert_eq!(all(&wrap, "table.cvm-table th[scope=row]").len(), 5);
    assert_eq!(all(&wrap, "table.cvm-table thead th[scope=col]").len(), 2);
    assert!(text(&wrap, "table.cvm-table caption").contains("정리"));
    assert_eq!(
        text(&wrap, "tbody tr:first-child td.cvm-table-vm"),
        "하드웨어 수준의 가상화"
    );
    wrap.remove();
}

#[wasm_bindgen_test]
async fn data_lang_en_gives_english() {
    let wrap = mount(&[("data-lang", "en"), ("data-autoplay", "false")]).await;
    assert_eq!(
        one(&wrap, "section.cvm").get_attribute("lang").as_deref(),
        Some("en")
    );
    assert_eq!(
        text(&wrap, ".cvm-stack--vm .cvm-layer--hypervisor"),
        "Hypervisor"
    );
    assert_eq!(text(&wrap, ".cvm-button--replay"), "Replay");
    wrap.remove();
}

#[wasm_bindgen_test]
async fn a_bad_lang_falls_back_to_korean() {
    let wrap = mount(&[("data-lang", "klingon"), ("data-autoplay", "nope")]).await;
    assert_eq!(
        one(&wrap, "section.cvm").get_attribute("lang").as_deref(),
        Some("ko")
    );
    // Bad autoplay value → the default (autoplay on): starts from nothing, playing.
    assert_eq!(level(&wrap), "0");
    assert!(one(&wrap, ".cvm-button--pause")
        .text_content()
        .unwrap()
        .contains("일시정지"));
    wrap.remove();
}

#[wasm_bindgen_test]
async fn play_pause_and_replay_change_the_step() {
    let wrap = mount(&[("data-autoplay", "false")]).await;
    assert_eq!(level(&wrap), "6");
    assert_eq!(text(&wrap, ".cvm-step"), "단계 6 / 6");

    let height = |sel: &str| one(&wrap, sel).get_bounding_client_rect().height();
    let (widget_h, caption_h) = (height("section.cvm"), height(".cvm-caption"));

    click(&wrap, ".cvm-button--replay").await;
    assert_eq!(level(&wrap), "1", "replay starts over from the hardware");
    assert_eq!(
        height(".cvm-caption"),
        caption_h,
        "a shorter caption keeps the box"
    );
    assert_eq!(
        height("section.cvm"),
        widget_h,
        "the build-up never changes the widget's height ({widget_h}, {:?})",
        [
            "section.cvm",
            ".cvm-diagram",
            ".cvm-controls",
            ".cvm-table-wrap",
            ".cvm-advantages",
            ".cvm-caption"
        ]
        .map(height)
    );
    assert_eq!(all(&wrap, ".cvm-caption-text--current").len(), 1);
    assert_eq!(
        all(&wrap, ".cvm-layer--shown").len(),
        2,
        "one hardware block per stack"
    );
    assert!(text(&wrap, ".cvm-caption [aria-live]").starts_with("하드웨어"));

    click(&wrap, ".cvm-button--pause").await;
    assert!(one(&wrap, ".cvm-controls button")
        .class_list()
        .contains("cvm-button--play"));
    // Paused: the timer does not advance the step.
    gloo::timers::future::TimeoutFuture::new(1800).await;
    yew::scheduler::flush().await;
    assert_eq!(level(&wrap), "1");

    click(&wrap, ".cvm-button--play").await;
    gloo::timers::future::TimeoutFuture::new(1600).await;
    yew::scheduler::flush().await;
    assert_eq!(level(&wrap), "2", "playing: the next layer appears");
    assert!(text(&wrap, ".cvm-caption [aria-live]").starts_with("호스트 OS"));
    wrap.remove();
}

#[wasm_bindgen_test]
async fn two_widgets_on_one_page_are_independent() {
    let a = host(&[("data-autoplay", "false")]);
    let b = host(&[("data-autoplay", "false"), ("data-lang", "en")]);
    assert_eq!(container_vs_vm::mount_all(), 2);
    yew::scheduler::flush().await;
    click(&a, ".cvm-button--replay").await;
    assert_eq!(level(&a), "1");
    assert_eq!(level(&b), "6", "the other widget did not move");
    assert_eq!(
        one(&b, "section.cvm").get_attribute("lang").as_deref(),
        Some("en")
    );
    a.remove();
    b.remove();
}
