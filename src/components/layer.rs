//! One block of a stack: a button that explains itself when picked. Hidden blocks (not reached by
//! the build-up yet) keep their place, so the build-up never moves the page.
//!
//! Keyboard: the diagram has one tab stop; arrow keys move it from block to block the way the eye
//! moves (up and down a column, across columns and stacks), Enter / Space pick, Escape clears.

use yew::prelude::*;

use crate::components::{as_text, class_list, layer_label, on_pick, pressed};
use model::diagram::{BlockId, Dir};
use model::highlight::{lit, Pick};
use model::view::Msg;

pub struct LayerProps {
    pub id: BlockId,
    pub label: AttrValue,
    /// Reached by the build-up yet?
    pub shown: bool,
    pub pick: Option<Pick>,
    /// Holds the diagram's one tab stop.
    pub tab_stop: bool,
    /// On the pick's show: its step (0 = app 1), and whether the marker rests here at the end.
    pub hop: Option<(u8, bool)>,
    /// The show wrote another name on it (`label`): the name fades in, no marker covers it.
    pub named: bool,
    pub is_static: bool,
    pub on_msg: Callback<Msg>,
}

/// The show's classes: its marker reaches a block one hop after the one before (styles/layer.css).
const HOPS: [&str; 6] = [
    " cvm-hop--0",
    " cvm-hop--1",
    " cvm-hop--2",
    " cvm-hop--3",
    " cvm-hop--4",
    " cvm-hop--5",
];

/// A show's classes on a block: a name it wrote (no marker covers it), or the marker's step and
/// whether it rests there (styles/layer.css).
pub fn show_classes(class: &mut String, hop: Option<(u8, bool)>, named: bool) {
    if named {
        class.push_str(" cvm-layer--named");
    } else if let Some((at, end)) = hop {
        class.push_str(HOPS[usize::from(at).min(HOPS.len() - 1)]);
        if end {
            class.push_str(" cvm-hop--end");
        }
    }
}

fn dir(key: &str) -> Option<Dir> {
    Some(match key {
        "ArrowUp" => Dir::Up,
        "ArrowDown" => Dir::Down,
        "ArrowLeft" => Dir::Left,
        "ArrowRight" => Dir::Right,
        _ => return None,
    })
}

pub fn layer(props: &LayerProps) -> Html {
    let id = props.id;
    let picked = props.pick == Some(Pick::Layer(id));
    // A block the pick's show reaches or names is lit too: the eye follows the marker.
    let is_lit = lit(props.pick, id) || props.hop.is_some() || props.named;
    let mut class = class_list(
        format!("cvm-layer cvm-layer--{}", id.kind.slug()),
        &[
            ("cvm-layer--shown", props.shown),
            ("cvm-layer--picked", picked),
            ("cvm-layer--lit", is_lit),
        ],
    );
    show_classes(&mut class, props.hop, props.named);
    if as_text(props.is_static) {
        return html! {
            <li class="cvm-block">
                <span CLASS={class} data-kind={id.kind.slug()} data-block={id.slug()}>{ layer_label(&props.label) }</span>
            </li>
        };
    }
    let onclick = on_pick(&props.on_msg, Pick::Layer(id));
    let onkeydown = {
        let on_msg = props.on_msg.clone();
        Callback::from(move |e: KeyboardEvent| {
            if let Some(d) = dir(&e.key()) {
                e.prevent_default();
                on_msg.emit(Msg::Move(id, d, crate::dom::layout(&e)));
                focus_tab_stop(&e);
            }
        })
    };
    html! {
        // Blocks the build-up has not reached are out of sight, and out of the screen reader's way.
        <li class="cvm-block" aria-hidden={(!props.shown).then_some("true")}>
            <button type="button" CLASS={class} data-kind={id.kind.slug()} data-block={id.slug()}
                aria-pressed={pressed(picked)} disabled={!props.shown}
                // The <wbr> after a slash would put a space into the computed name.
                aria-label={props.label.contains('/').then(|| props.label.clone())}
                tabindex={if props.tab_stop { "0" } else { "-1" }} {onclick} {onkeydown}>
                { layer_label(&props.label) }
            </button>
        </li>
    }
}

/// After an arrow key, the re-rendered diagram has a new tab stop: move the keyboard focus to it.
fn focus_tab_stop(e: &KeyboardEvent) {
    let Some(diagram) = crate::dom::closest(e, ".cvm-diagram") else {
        return;
    };
    // The tab stop moves in the next render (queued by the emit before this); focus it then.
    yew::platform::spawn_local(async move {
        crate::dom::focus_first(&diagram, "button.cvm-layer[tabindex='0']");
    });
}
