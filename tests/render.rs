//! The components rendered natively to HTML (yew `ssr`): every layer of both stacks, the caption,
//! the controls and the five table rows are there; the static fallback is the finished widget.
#![cfg(not(target_arch = "wasm32"))]

use model::config::Config;
use model::lang::Lang;
use widget::baked;
use widget::components::WidgetProps;
use widget::ssr;

fn render(lang: Lang, autoplay: bool) -> String {
    let config = Config {
        lang,
        autoplay,
        ..Config::DEFAULT
    };
    ssr::render(WidgetProps::live(config, false, Default::default(), None))
}

fn count(html: &str, needle: &str) -> usize {
    html.matches(needle).count()
}

#[test]
fn renders_both_stacks_every_layer_and_the_table() {
    for lang in Lang::ALL {
        let html = render(lang, false);
        let c = baked::content(lang);
        assert!(html.contains(&format!("lang=\"{}\"", lang.slug())));
        // VM: 3 shared + 3 apps x 3; container: 3 shared + 3 apps x 2.
        assert_eq!(
            count(&html, "CLASS=\"cvm-layer "),
            12 + 9,
            "{}",
            lang.slug()
        );
        assert_eq!(
            count(&html, "cvm-layer--shown"),
            21,
            "autoplay off shows everything"
        );
        assert_eq!(count(&html, "data-kind=\"guest-os\""), 3);
        assert_eq!(count(&html, "data-kind=\"host-os\""), 2);
        assert_eq!(count(&html, "CLASS=\"cvm-table-row\""), 5);
        assert_eq!(count(&html, "class=\"cvm-column\""), 6);
        for row in c.table.rows.iter() {
            assert!(html.contains(&*row.vm) && html.contains(&*row.container));
        }
        assert!(html.contains(c.step(6)), "finished caption");
        assert!(html.contains("aria-live=\"polite\""));
    }
}

#[test]
fn autoplay_starts_from_nothing() {
    let html = render(Lang::Ko, true);
    assert_eq!(count(&html, "cvm-layer--shown"), 0);
    assert!(html.contains("cvm-caption-text cvm-caption-text--current\">두 방식이 하드웨어부터"));
}

#[test]
fn the_static_fallback_is_the_finished_widget_without_live_controls() {
    let html = ssr::render_static(Config {
        lang: Lang::En,
        ..Config::DEFAULT
    });
    assert!(html.contains("CLASS=\"cvm cvm--still cvm--static\""));
    assert_eq!(count(&html, "cvm-layer--shown"), 21);
    assert!(
        html.contains("Replay"),
        "controls keep their place (hidden by CSS)"
    );
    assert!(!html.contains("<script"));
}

#[test]
fn parts_render_only_what_they_name_and_explain_a_pick_without_the_diagram() {
    let only = |value: &str| {
        let (config, warnings) =
            Config::from_attributes(|n| (n == "data-parts").then(|| value.to_string()), None);
        assert!(warnings.is_empty(), "{warnings:?}");
        ssr::render_static(config)
    };
    let diagram = only("diagram");
    assert!(diagram.contains("cvm-diagram") && diagram.contains("cvm-player"));
    for absent in ["cvm-comparison", "cvm-advantages", "cvm-estimates"] {
        assert!(!diagram.contains(absent), "{absent} in parts=diagram");
    }
    let table = only("table");
    assert!(table.contains("cvm-comparison") && table.contains("cvm-title"));
    for absent in [
        "cvm-diagram",
        "cvm-player",
        "cvm-picture",
        "cvm-advantages-list",
        "cvm-estimates",
    ] {
        assert!(!table.contains(absent), "{absent} in parts=table");
    }
    // Without the diagram, the table has a caption of its own (idle until a row is picked).
    assert_eq!(
        count(&table, "cvm-caption cvm-caption--table cvm-caption--idle"),
        1
    );
    let both = only("table,advantages");
    assert_eq!(count(&both, "CLASS=\"cvm-caption "), 2);
    assert_eq!(
        count(
            &ssr::render_static(Config::DEFAULT),
            "CLASS=\"cvm-caption\""
        ),
        1
    );
}

#[test]
fn what_the_reader_picks_from_is_text_in_the_fallback_and_buttons_in_the_live_widget() {
    let fallback = ssr::render_static(Config::DEFAULT);
    let live = render(Lang::Ko, false);
    // Layers (21), rows (5), advantages (4): buttons only where the wasm answers them.
    let pickables = [
        ("CLASS=\"cvm-layer ", 21),
        ("class=\"cvm-row-button\"", 5),
        ("class=\"cvm-advantage-button\"", 4),
    ];
    for (class, n) in pickables {
        let text = format!("<span {class}");
        assert_eq!(count(&live, class), n, "live {class}");
        assert_eq!(count(&live, &text), 0, "live {class} is a button");
        assert_eq!(count(&fallback, &text), n, "fallback {class}");
        assert_eq!(count(&live, "<button "), count(&fallback, "<button ") + 30);
    }
    // Nothing in the fallback claims to be pressed or pressable.
    assert_eq!(
        count(&fallback, "aria-pressed"),
        count(&fallback, "cvm-switch-option")
    );
}
