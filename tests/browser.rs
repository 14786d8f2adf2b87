//! The widget in a real browser (headless Chromium via wasm-bindgen-test): it mounts into
//! `[data-cvm]` elements, renders both stacks and the table, and its controls drive the build-up.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

mod common;
use common::*;

#[wasm_bindgen_test]
async fn mounts_into_the_data_cvm_element_not_the_body() {
    let wrap = mount(&[("data-autoplay", "false")]).await;
    let el = one(&wrap, "[data-cvm]");
    assert_eq!(
        all(&el, ":scope > .cvm-live > section.cvm").len(),
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
    widget::mount_all();
    yew::scheduler::flush().await;
    assert_eq!(all(&el, "section.cvm").len(), 1);
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
    // Bottom to top: shared layers, then each app's layers.
    let per_app_vm = ["guest-os", "bins-libs", "app"];
    let mut want_vm = vec!["hardware", "host-os", "hypervisor"];
    (0..3).for_each(|_| want_vm.extend(per_app_vm));
    assert_eq!(kinds(&vm), want_vm);
    let mut want_ct = vec!["hardware", "host-os", "engine"];
    (0..3).for_each(|_| want_ct.extend(["bins-libs", "app"]));
    assert_eq!(kinds(&ct), want_ct);
    // Finished: every block shown, with its Korean label.
    assert_eq!(all(&wrap, ".cvm-layer--shown").len(), 21);
    assert_eq!(text(&vm, ".cvm-layer--hypervisor"), "하이퍼바이저");
    assert_eq!(text(&ct, ".cvm-layer--engine"), "컨테이너 엔진(Docker)");
    // Drawn bottom to top: the hardware is below the apps on screen.
    let top = |sel: &str| one(&vm, sel).get_bounding_client_rect().top();
    assert!(top(".cvm-layer--hardware") > top(".cvm-layer--hypervisor"));
    assert!(top(".cvm-layer--hypervisor") > top(".cvm-layer--app"));
    // The table.
    assert_eq!(
        all(&wrap, "table.cvm-table tbody tr.cvm-table-row").len(),
        5
    );
    assert_eq!(all(&wrap, "tr.cvm-table-row th[scope=row]").len(), 5);
    assert_eq!(
        all(&wrap, "table.cvm-comparison thead th[scope=col]").len(),
        2
    );
    assert!(text(&wrap, "table.cvm-comparison caption").contains("정리"));
    assert_eq!(
        text(&wrap, "tbody tr:first-child td.cvm-table-vm"),
        "하드웨어 수준의 가상화"
    );
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
}

#[wasm_bindgen_test]
async fn a_bad_lang_falls_back_to_korean_and_autoplay_waits_to_be_seen() {
    // Just below the fold: near enough to mount, not yet seen, so autoplay (the default for a bad
    // value) must wait.
    web_sys::window().unwrap().location().set_hash("").unwrap();
    let wrap = host(&[("data-lang", "klingon"), ("data-autoplay", "nope")]);
    let spacer = Placed::new(document().create_element("div").unwrap());
    let fold = web_sys::window()
        .unwrap()
        .inner_height()
        .unwrap()
        .as_f64()
        .unwrap();
    spacer
        .set_attribute("style", &format!("height: {}px", fold + 200.0))
        .unwrap();
    document()
        .body()
        .unwrap()
        .insert_before(&spacer, Some(&wrap))
        .unwrap();
    assert_eq!(widget::mount_all(), 1);
    yew::scheduler::flush().await;
    let lang = one(&wrap, "section.cvm").get_attribute("lang");
    assert_eq!(lang.as_deref(), Some("ko"));
    sleep(300).await;
    assert_eq!(step(&wrap), "0", "not seen yet: nothing built");
    assert_eq!(all(&wrap, ".cvm-button--play").len(), 1, "not playing");
    // The stacks' bottom edge (the hardware, where the build-up starts) comes on screen.
    one(&wrap, ".cvm-diagram").scroll_into_view_with_bool(false);
    sleep(300).await;
    assert_eq!(all(&wrap, ".cvm-button--pause").len(), 1, "seen: it plays");
}

#[wasm_bindgen_test]
async fn play_pause_and_replay_change_the_step() {
    let wrap = mount(&[("data-autoplay", "false")]).await;
    assert_eq!(step(&wrap), "6");
    assert_eq!(text(&wrap, ".cvm-step"), "단계 6 / 6");

    let height = |sel: &str| one(&wrap, sel).get_bounding_client_rect().height();
    let (widget_h, caption_h) = (height("section.cvm"), height(".cvm-caption"));

    click(&wrap, ".cvm-button--replay").await;
    assert_eq!(step(&wrap), "1", "replay starts over from the hardware");
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
            ".cvm-player",
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
    assert!(one(&wrap, ".cvm-button--toggle")
        .class_list()
        .contains("cvm-button--play"));
    // Paused: the timer does not advance the step.
    sleep(1800).await;
    assert_eq!(step(&wrap), "1");

    click(&wrap, ".cvm-button--play").await;
    sleep(1600).await;
    assert_eq!(step(&wrap), "2", "playing: the next layer appears");
    assert!(text(&wrap, ".cvm-caption [aria-live]").starts_with("호스트 OS"));
}

#[wasm_bindgen_test]
async fn a_box_far_below_the_screen_mounts_when_scrolled_near() {
    web_sys::window().unwrap().location().set_hash("").unwrap();
    let near = host(&[("data-autoplay", "false")]);
    let far = host(&[("data-autoplay", "false"), ("data-lang", "en")]);
    // `near` at the top of the page, then a 5000 px spacer, then `far`.
    let doc = document();
    let body = doc.body().unwrap();
    body.insert_before(&near, body.first_child().as_ref())
        .unwrap();
    let spacer = Placed::new(doc.create_element("div").unwrap());
    spacer.set_attribute("style", "height: 5000px").unwrap();
    body.insert_before(&spacer, near.next_sibling().as_ref())
        .unwrap();
    body.insert_before(&far, spacer.next_sibling().as_ref())
        .unwrap();
    web_sys::window().unwrap().scroll_to_with_x_and_y(0.0, 0.0);

    assert_eq!(widget::mount_all(), 1, "only the box on screen mounts now");
    yew::scheduler::flush().await;
    assert_eq!(all(&near, ".cvm-live section.cvm").len(), 1);
    sleep(100).await;
    assert_eq!(
        all(&far, ".cvm-live section.cvm").len(),
        0,
        "the far box waits"
    );
    assert!(!one(&far, "[data-cvm]").has_attribute("data-cvm-mounted"));

    far.scroll_into_view();
    sleep(200).await;
    assert_eq!(
        all(&far, ".cvm-live section.cvm").len(),
        1,
        "mounted once near"
    );
    assert_eq!(
        one(&far, "section.cvm").get_attribute("lang").as_deref(),
        Some("en")
    );
    web_sys::window().unwrap().scroll_to_with_x_and_y(0.0, 0.0);
}

/// The Jekyll loader's `data-cvm-near` hint is trusted over the box's position; any other value is
/// ignored and the box is measured.
#[wasm_bindgen_test]
async fn the_loaders_near_hint_decides_what_mounts_now() {
    web_sys::window().unwrap().location().set_hash("").unwrap();
    let doc = document();
    let body = doc.body().unwrap();
    let spacer = Placed::new(doc.create_element("div").unwrap());
    spacer.set_attribute("style", "height: 5000px").unwrap();
    body.insert_before(&spacer, body.first_child().as_ref())
        .unwrap();
    // All three far below the screen; the first is said to be near.
    let hinted = host(&[("data-autoplay", "false"), ("data-cvm-near", "true")]);
    let garbage = host(&[("data-autoplay", "false"), ("data-cvm-near", "maybe")]);
    let plain = host(&[("data-autoplay", "false")]);
    for b in [&hinted, &garbage, &plain] {
        body.insert_before(b, spacer.next_sibling().as_ref())
            .unwrap();
    }
    // And one on screen said to be far: it waits for the observer, which sees it at once.
    let on_screen = host(&[("data-autoplay", "false"), ("data-cvm-near", "false")]);
    web_sys::window().unwrap().scroll_to_with_x_and_y(0.0, 0.0);

    assert_eq!(widget::mount_all(), 1, "only the hinted box now");
    yew::scheduler::flush().await;
    assert_eq!(all(&hinted, ".cvm-live section.cvm").len(), 1);
    assert!(!one(&on_screen, "[data-cvm]").has_attribute("data-cvm-mounted"));
    sleep(200).await;
    assert_eq!(
        all(&on_screen, ".cvm-live section.cvm").len(),
        1,
        "the observer mounted it"
    );
    assert_eq!(
        all(&garbage, ".cvm-live section.cvm").len(),
        0,
        "measured: far"
    );
    assert_eq!(
        all(&plain, ".cvm-live section.cvm").len(),
        0,
        "measured: far"
    );
}

#[wasm_bindgen_test]
async fn two_widgets_on_one_page_are_independent() {
    web_sys::window().unwrap().location().set_hash("").unwrap();
    let a = host(&[("data-autoplay", "false")]);
    let b = host(&[("data-autoplay", "false"), ("data-lang", "en")]);
    assert_eq!(widget::mount_all(), 2);
    yew::scheduler::flush().await;
    click(&a, ".cvm-button--replay").await;
    assert_eq!(step(&a), "1");
    assert_eq!(step(&b), "6", "the other widget did not move");
    assert_eq!(
        one(&b, "section.cvm").get_attribute("lang").as_deref(),
        Some("en")
    );
}

// ---- The explorable explanation -------------------------------------------------------------

use model::diagram::{BlockId, Diagram};
use model::highlight::{lit, Pick};
use model::lang::Lang;
use model::show::Show;
use model::stack::HypervisorType;
use widget::baked;

fn caption(root: &Element) -> String {
    text(root, ".cvm-caption [aria-live]")
}

async fn set_range(root: &Element, selector: &str, value: u8) {
    let input = one(root, selector)
        .dyn_into::<web_sys::HtmlInputElement>()
        .unwrap();
    input.set_value(&value.to_string());
    input
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    yew::scheduler::flush().await;
}

fn lit_blocks(root: &Element) -> Vec<String> {
    all(root, ".cvm-layer--lit")
        .iter()
        .map(|b| b.get_attribute("data-block").unwrap())
        .collect()
}

#[wasm_bindgen_test]
async fn selecting_each_layer_shows_its_own_text() {
    let wrap = mount(&[("data-autoplay", "false")]).await;
    let content = baked::content(Lang::Ko);
    for block in Diagram::new(3, HypervisorType::Type2).blocks() {
        let sel = format!("button[data-block='{}']", block.slug());
        click(&wrap, &sel).await;
        let layer = content
            .layers
            .iter()
            .find(|l| l.kind == block.kind)
            .unwrap();
        // The live region says the short answer; the rest (the widget's longer text, then the
        // post's sentence marked as the post's) waits under a closed "more".
        let expected = format!("{}: {}", layer.label, layer.short);
        assert_eq!(caption(&wrap), expected, "{}", block.slug());
        let more = one(&wrap, ".cvm-caption details.cvm-more");
        assert!(
            !more.has_attribute("open"),
            "{}: more starts closed",
            block.slug()
        );
        assert!(more.text_content().unwrap().contains(&*layer.more));
        if let Some(q) = &layer.quote {
            assert_eq!(text(&more, "blockquote"), **q);
        }
        assert_eq!(
            one(&wrap, &sel).get_attribute("aria-pressed").as_deref(),
            Some("true")
        );
        assert_eq!(
            all(&wrap, ".cvm-layer[aria-pressed='true']").len(),
            1,
            "only one picked"
        );
        assert!(one(&wrap, &sel).class_list().contains("cvm-layer--picked"));
    }
    // Picking the picked one again clears it; the caption goes back to the build-up.
    click(&wrap, "button[data-block='container.app.3']").await;
    assert_eq!(all(&wrap, ".cvm-layer[aria-pressed='true']").len(), 0);
    assert!(caption(&wrap).starts_with("앱까지"));
}

#[wasm_bindgen_test]
async fn each_row_and_advantage_lights_its_own_layers() {
    let wrap = mount(&[("data-autoplay", "false")]).await;
    let content = baked::content(Lang::Ko);
    let diagram = Diagram::new(3, HypervisorType::Type2);
    let mut seen = Vec::new();
    for row in content.table.rows.iter() {
        click(&wrap, &format!("tr[data-row='{}'] button", row.key.slug())).await;
        // What the row lights, and what its show reaches (lit too: the eye follows the marker).
        let pick = Some(Pick::Row(row.key));
        let reached: Vec<BlockId> = Show::of(pick)
            .map(|s| {
                diagram
                    .stacks()
                    .into_iter()
                    .flat_map(|st| s.reach(st))
                    .map(|(_, b)| b)
                    .collect()
            })
            .unwrap_or_default();
        let expected: Vec<String> = diagram
            .blocks()
            .into_iter()
            .filter(|&b| lit(pick, b) || reached.contains(&b))
            .map(BlockId::slug)
            .collect();
        assert_eq!(lit_blocks(&wrap), expected, "{:?}", row.key);
        assert_eq!(
            caption(&wrap),
            format!("{}: {}", row.topic, row.short),
            "{:?}",
            row.key
        );
        assert!(text(&wrap, ".cvm-caption details.cvm-more").contains(&*row.more));
        assert!(!seen.contains(&(expected.clone(), row.short.clone())));
        seen.push((expected, row.short.clone()));
    }
    // The row's own (who virtualizes) and its show's path (who answers app 1's system call).
    click(&wrap, "tr[data-row='virtualization'] button").await;
    assert_eq!(
        lit_blocks(&wrap),
        [
            "vm.hypervisor",
            "vm.guest-os.1",
            "vm.bins-libs.1",
            "vm.app.1",
            "container.host-os",
            "container.engine",
            "container.bins-libs.1",
            "container.app.1"
        ]
    );
    click(&wrap, "tr[data-row='isolation'] button").await;
    assert_eq!(
        all(&wrap, ".cvm-stack--bounded").len(),
        2,
        "both stacks show their boundaries"
    );
    assert!(caption(&wrap).contains("경계"));
    // Lit where the flaw reaches: VM 1's kernel, not VM 2's or 3's; the shared kernel and every
    // container on it.
    assert_eq!(
        lit_blocks(&wrap),
        [
            "vm.guest-os.1",
            "vm.app.1",
            "container.host-os",
            "container.app.1",
            "container.app.2",
            "container.app.3"
        ]
    );
    click(&wrap, "li[data-advantage='fast-setup'] button").await;
    assert!(lit_blocks(&wrap)
        .iter()
        .all(|b| b.starts_with("container.")));
    assert_eq!(
        lit_blocks(&wrap).len(),
        6,
        "every container's bins/libs and app"
    );
    click(&wrap, ".cvm-caption-clear").await;
    assert!(lit_blocks(&wrap).is_empty());
}

#[wasm_bindgen_test]
async fn scrubber_step_buttons_and_play_move_the_step() {
    let wrap = mount(&[("data-autoplay", "false")]).await;
    set_range(&wrap, ".cvm-scrubber-input", 3).await;
    assert_eq!(step(&wrap), "3");
    let scrub = one(&wrap, ".cvm-scrubber-input");
    assert_eq!(
        scrub.get_attribute("aria-valuetext").as_deref(),
        Some("단계 3 / 6: 하이퍼바이저 / 컨테이너 엔진(Docker)")
    );
    click(&wrap, ".cvm-button--back").await;
    assert_eq!(step(&wrap), "2");
    click(&wrap, ".cvm-button--forward").await;
    click(&wrap, ".cvm-button--forward").await;
    assert_eq!(step(&wrap), "4");
    click(&wrap, ".cvm-button--play").await;
    sleep(1600).await;
    assert_eq!(step(&wrap), "5");
}

#[wasm_bindgen_test]
async fn the_app_count_adds_guest_os_layers_on_the_vm_side_only() {
    let wrap = mount(&[("data-autoplay", "false")]).await;
    let count = |sel: &str| all(&wrap, sel).len();
    assert_eq!(count(".cvm-stack--vm [data-kind='guest-os']"), 3);
    set_range(&wrap, ".cvm-estimates-input", 7).await;
    assert_eq!(count(".cvm-stack--vm [data-kind='guest-os']"), 7);
    assert_eq!(count(".cvm-stack--container [data-kind='guest-os']"), 0);
    assert_eq!(count(".cvm-stack--container [data-kind='app']"), 7);
    assert_eq!(count(".cvm-stack--container [data-kind='bins-libs']"), 7);
    assert_eq!(
        count(".cvm-stack--vm [data-kind='host-os']"),
        1,
        "shared layers stay one"
    );
    assert_eq!(text(&wrap, ".cvm-estimates-count"), "7");
    // 7 × 1000 MB for VMs (the memory each is given, the app inside it), 7 × (10 + 50) MB for
    // containers (shim, app): figures in content/ko.toml. The bars: memory first, a part per VM.
    assert_eq!(text(&wrap, ".cvm-estimates .cvm-bar--vm"), "VM ≈ 7.0 GB");
    assert_eq!(
        text(&wrap, ".cvm-estimates .cvm-bar--container"),
        "컨테이너 ≈ 420 MB"
    );
    assert_eq!(count(".cvm-estimates .cvm-bar--vm:first-of-type rect"), 7);
    // Disk: the containers' one shared base image (its group) and a layer per app.
    assert_eq!(count(".cvm-estimates .cvm-bar--container g rect"), 1);
    assert_eq!(
        count(".cvm-estimates .cvm-bar--container:nth-of-type(4) rect"),
        8
    );
    set_range(&wrap, ".cvm-estimates-input", 1).await;
    assert_eq!(count(".cvm-stack--vm .cvm-column"), 1);
}

#[wasm_bindgen_test]
async fn the_hypervisor_type_moves_the_hypervisor_onto_the_hardware() {
    let wrap = mount(&[("data-autoplay", "false")]).await;
    click(&wrap, ".cvm-picture button[data-value='type-1']").await;
    assert_eq!(all(&wrap, ".cvm-stack--vm [data-kind='host-os']").len(), 0);
    assert_eq!(
        all(&wrap, ".cvm-stack--container [data-kind='host-os']").len(),
        1
    );
    click(&wrap, ".cvm-picture button[data-value='post']").await;
    assert_eq!(all(&wrap, ".cvm-stack--vm [data-kind='host-os']").len(), 1);
}

#[wasm_bindgen_test]
async fn the_language_switch_swaps_all_text() {
    let wrap = mount(&[("data-autoplay", "false")]).await;
    click(&wrap, ".cvm-language button[lang='en']").await;
    let section = one(&wrap, "section.cvm");
    assert_eq!(section.get_attribute("lang").as_deref(), Some("en"));
    let hangul = |s: &str| s.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c));
    // Everything but the switch's own "한국어" is English now.
    let mut leftovers = Vec::new();
    for el in all(&section, "*") {
        if el.closest(".cvm-language").unwrap().is_some() || el.children().length() > 0 {
            continue;
        }
        let t = el.text_content().unwrap_or_default();
        if hangul(&t) {
            leftovers.push(t);
        }
    }
    assert_eq!(leftovers, Vec::<String>::new());
    assert_eq!(text(&wrap, ".cvm-title"), "Container VS Virtual Machine");
    click(&wrap, ".cvm-language button[lang='ko']").await;
    assert_eq!(text(&wrap, ".cvm-title"), "컨테이너 VS 가상머신");
}

#[wasm_bindgen_test]
async fn the_view_round_trips_through_the_url_hash() {
    let location = web_sys::window().unwrap().location();
    location
        .set_hash("cvm-hash=pick:row:isolation;apps:5;hv:1&other=1")
        .unwrap();
    let wrap = mount_on_hash(&[("data-autoplay", "false"), ("id", "cvm-hash")]).await;
    assert_eq!(all(&wrap, ".cvm-stack--vm .cvm-column").len(), 5);
    assert_eq!(all(&wrap, ".cvm-stack--bounded").len(), 2, "row restored");
    assert_eq!(
        all(&wrap, ".cvm-stack--vm [data-kind='host-os']").len(),
        0,
        "type 1 restored"
    );
    click(&wrap, "button[data-block='container.app.2']").await;
    sleep(50).await;
    let hash = location.hash().unwrap();
    assert!(
        hash.contains("cvm-hash=pick:layer:container.app.2;apps:5;hv:1;lang:ko"),
        "{hash}"
    );
    assert!(hash.contains("other=1"), "other entries kept: {hash}");
    location.set_hash("").unwrap();
    // A second widget with the hash written by the first restores the same view.
    let copy = hash
        .trim_start_matches('#')
        .replace("cvm-hash=", "cvm-hash2=");
    location.set_hash(&copy).unwrap();
    let wrap2 = mount_on_hash(&[("data-autoplay", "false"), ("id", "cvm-hash2")]).await;
    assert_eq!(
        one(&wrap2, "button[data-block='container.app.2']")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
    location.set_hash("").unwrap();
}

#[wasm_bindgen_test]
async fn arrow_keys_move_the_single_tab_stop_and_escape_clears() {
    let wrap = mount(&[("data-autoplay", "false")]).await;
    let stops = || all(&wrap, ".cvm-layer[tabindex='0']");
    assert_eq!(stops().len(), 1, "one tab stop in the diagram");
    assert_eq!(
        stops()[0].get_attribute("data-block").as_deref(),
        Some("vm.hardware")
    );
    let key = |k: &str| {
        let init = web_sys::KeyboardEventInit::new();
        init.set_key(k);
        init.set_bubbles(true);
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap()
    };
    for k in ["ArrowUp", "ArrowUp", "ArrowRight"] {
        stops()[0].dispatch_event(&key(k)).unwrap();
        yew::scheduler::flush().await;
    }
    assert_eq!(
        stops()[0].get_attribute("data-block").as_deref(),
        Some("container.engine")
    );
    click(&wrap, ".cvm-layer[tabindex='0']").await;
    assert_eq!(all(&wrap, ".cvm-layer[aria-pressed='true']").len(), 1);
    stops()[0].dispatch_event(&key("Escape")).unwrap();
    yew::scheduler::flush().await;
    assert_eq!(all(&wrap, ".cvm-layer[aria-pressed='true']").len(), 0);
}

#[wasm_bindgen_test]
async fn the_wsl2_picture_draws_windows_in_the_root_partition_beside_the_wsl2_vm() {
    let wrap = mount(&[("data-autoplay", "false"), ("id", "cvm-wsl2")]).await;
    click(&wrap, "button[data-value='wsl2']").await;
    let figure = one(&wrap, ".cvm-nested--wsl2");
    // Hyper-V directly on the hardware, no host OS below it.
    let shared: Vec<String> = all(&figure, ".cvm-shared > .cvm-layer")
        .iter()
        .map(|l| l.text_content().unwrap())
        .collect();
    assert_eq!(shared, ["하드웨어", "Hyper-V(타입 1)"]);
    // Windows is the root partition (the host OS's colour, not a guest OS), beside the utility
    // VM; the Docker engine and its containers are inside the utility VM only.
    assert_eq!(
        text(&figure, "[data-part='root'] [data-kind='host-os']"),
        "Windows(루트 파티션)"
    );
    assert_eq!(
        all(&figure, "[data-part='root'] [data-kind='guest-os']").len(),
        0
    );
    assert_eq!(
        all(&figure, "[data-part='root'] [data-kind='engine']").len(),
        0
    );
    let vm = one(&figure, "[data-part='vm']");
    assert_eq!(
        text(&vm, ":scope > ul > [data-kind='guest-os']"),
        "WSL2 유틸리티 VM(리눅스 커널)"
    );
    assert_eq!(text(&vm, "[data-kind='engine']"), "Docker 엔진");
    assert_eq!(all(&vm, ".cvm-nested-containers .cvm-column").len(), 2);
    assert_eq!(
        all(&wrap, ".cvm-stack--vm").len(),
        0,
        "replaces the two stacks"
    );
    // Its short answer says it is an example, not the author's set-up.
    assert!(text(&wrap, ".cvm-caption [aria-live]").contains("글쓴이의 구성은 아니다"));
    sleep(50).await;
    let hash = web_sys::window().unwrap().location().hash().unwrap();
    assert!(
        hash.contains("cvm-wsl2=") && hash.contains("picture:wsl2"),
        "{hash}"
    );
    click(&wrap, "button[data-value='post']").await;
    assert_eq!(all(&wrap, ".cvm-stack--vm").len(), 1);
    // The same element, patched: it keeps its class (and so its layout).
    assert_eq!(all(&wrap, ".cvm-part--diagram > div.cvm-diagram").len(), 1);
    web_sys::window().unwrap().location().set_hash("").unwrap();
}

#[wasm_bindgen_test]
async fn the_cloud_vm_picture_runs_the_containers_inside_one_vm() {
    let wrap = mount(&[("data-autoplay", "false"), ("id", "cvm-cloud")]).await;
    click(&wrap, "button[data-value='cloud-vm']").await;
    let figure = one(&wrap, ".cvm-nested--cloud-vm");
    let shared: Vec<String> = all(&figure, ".cvm-shared > .cvm-layer")
        .iter()
        .map(|l| l.text_content().unwrap())
        .collect();
    assert_eq!(shared, ["클라우드 사업자의 하드웨어", "하이퍼바이저"]);
    let vm = one(&figure, "[data-part='vm']");
    assert_eq!(
        text(&vm, ":scope > ul > [data-kind='guest-os']"),
        "Ubuntu VM(게스트 OS)"
    );
    assert_eq!(text(&vm, "[data-kind='engine']"), "Docker 엔진");
    assert_eq!(all(&vm, ".cvm-nested-containers .cvm-column").len(), 2);
    assert_eq!(all(&figure, "[data-part]").len(), 1, "one VM");
    // The caption says VMs and containers are used together.
    assert!(text(&wrap, ".cvm-caption [aria-live]").contains("함께 쓰인다"));
    // No player: the picture does not build up.
    assert!(one(&wrap, "section.cvm")
        .class_list()
        .contains("cvm--nested"));
    sleep(50).await;
    let hash = web_sys::window().unwrap().location().hash().unwrap();
    assert!(hash.contains("picture:cloud-vm"), "{hash}");
    web_sys::window().unwrap().location().set_hash("").unwrap();
}
