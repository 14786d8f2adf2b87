//! Bad input never panics: arbitrary strings for every attribute and for the URL hash (proptest),
//! and content text is always text — markup in any content string is escaped, never markup.
#![cfg(not(target_arch = "wasm32"))]

use model::config::Config;
use model::content::Text;
use model::hash;
use model::lang::Lang;
use proptest::prelude::*;
use widget::baked;
use widget::components::comparison_table::comparison_table;
use widget::components::ContentRef;
use widget::components::PickProps;

proptest! {
    #[test]
    fn any_attribute_values_give_a_config_and_named_warnings(
        lang in any::<Option<String>>(),
        autoplay in any::<Option<String>>(),
        page in any::<Option<String>>(),
    ) {
        let (config, warnings) = Config::from_attributes(
            |name| match name {
                "data-lang" => lang.clone(),
                "data-autoplay" => autoplay.clone(),
                _ => None,
            },
            page.as_deref(),
        );
        prop_assert!(Lang::ALL.contains(&config.lang));
        prop_assert!(warnings.len() <= 2);
        for w in &warnings {
            let text = w.to_string();
            prop_assert!(text.starts_with("container-vs-vm: data-"));
            prop_assert!(text.chars().count() < 200, "message stays short: {}", text);
        }
        if lang.as_deref().is_some_and(|l| Lang::parse(l).is_none()) {
            prop_assert!(warnings.iter().any(|w| w.attribute == "data-lang"));
        }
    }

    #[test]
    fn any_hash_parses_without_panicking_and_round_trips_what_it_kept(
        raw in ".{0,300}",
        key in "[a-z0-9-]{1,12}",
    ) {
        let (state, warnings) = hash::parse(&raw, &key);
        for w in &warnings {
            prop_assert!(w.chars().count() < 140);
        }
        let written = hash::write(&raw, &key, &state);
        prop_assert_eq!(hash::parse(&written, &key).0, state);
    }

    #[test]
    fn garbage_fields_in_a_widget_entry_are_ignored(fields in prop::collection::vec("[a-z]{1,6}:[ -~]{0,20}", 0..8)) {
        let raw = format!("#w={}", fields.join(";"));
        let (state, _) = hash::parse(&raw, "w");
        prop_assert!((1..=8).contains(&state.apps));
    }
}

#[derive(yew::Properties, PartialEq)]
struct TableProps {
    content: ContentRef,
}

/// The comparison table alone, as a component the server renderer can render.
#[yew::component]
fn Table(props: &TableProps) -> yew::Html {
    comparison_table(&PickProps {
        content: props.content,
        pick: None,
        is_static: false,
        on_msg: Default::default(),
    })
}

#[test]
fn markup_in_content_is_rendered_as_text() {
    let mut content = baked::content(Lang::Ko).clone();
    let table = &mut content.table;
    table.caption = Text::baked("<script>window.pwned = 1</script>");
    table.rows.to_mut()[0].vm = Text::baked("<img src=x onerror=\"window.pwned=1\">");
    table.rows.to_mut()[1].topic = Text::baked("\"><b>bold</b>");
    // The parts take the content by address ('static): leak this one test copy.
    let props = TableProps {
        content: ContentRef(Box::leak(Box::new(content))),
    };
    let html = futures::executor::block_on(
        yew::LocalServerRenderer::<Table>::with_props(props)
            .hydratable(false)
            .render(),
    );
    assert!(!html.contains("<script>"), "{html}");
    assert!(!html.contains("<img"), "{html}");
    assert!(!html.contains("<b>"), "{html}");
    assert!(html.contains("&lt;script&gt;window.pwned = 1&lt;/script&gt;"));
    assert!(html.contains("&lt;img src=x onerror="));
}
