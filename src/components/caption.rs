//! The panel under the diagram: what just appeared while the stacks build up, or what the picked
//! layer, row or advantage means.
//!
//! Every text it can show sits in the same grid cell and only the current one is visible, so the
//! panel is as tall as the longest text at any width and never changes height (nothing below the
//! widget moves). Screen readers get the current text from a polite live region instead.

use yew::prelude::*;

use crate::components::{class_list, ContentRef};

use crate::model::content::Content;
use crate::model::highlight::Focus;
use crate::model::stack::LayerKind;
use crate::model::timeline::LAST_LEVEL;
use crate::model::view::{Msg, View};

pub struct CaptionProps {
    pub content: ContentRef,
    pub view: View,
    pub on_msg: Callback<Msg>,
}

/// Every (title, text) the panel can show, and the index of the current one. The finished
/// build-up (`LAST_LEVEL`) is followed by the hint; the last text explains the author's picture.
fn texts(c: &'static Content, view: &View) -> (Vec<(&'static str, &'static str)>, usize) {
    let mut all: Vec<(&'static str, &'static str)> = c.steps.iter().map(|s| ("", &**s)).collect();
    let layers = all.len();
    all.extend(c.layers.iter().map(|l| (&*l.label, &*l.detail)));
    let rows = all.len();
    all.extend(c.table.rows.iter().map(|r| (&*r.topic, &*r.explain)));
    let advantages = all.len();
    all.extend(c.advantages.items.iter().map(|a| (&*a.title, &*a.why)));
    all.push(("", &*c.author.caption));
    let current = match view.focus {
        None if view.author => all.len() - 1,
        None => usize::from(view.player.level.min(LAST_LEVEL)),
        Some(Focus::Layer(b)) => {
            layers
                + LayerKind::ALL
                    .iter()
                    .position(|&k| k == b.kind)
                    .unwrap_or(0)
        }
        Some(Focus::Row(r)) => rows + c.table.rows.iter().position(|x| x.key == r).unwrap_or(0),
        Some(Focus::Advantage(a)) => {
            advantages
                + c.advantages
                    .items
                    .iter()
                    .position(|x| x.key == a)
                    .unwrap_or(0)
        }
    };
    let current = current.min(all.len() - 1);
    (all, current)
}

pub fn caption(props: &CaptionProps) -> Html {
    let c = props.content.0;
    let (all, current) = texts(c, &props.view);
    let finished = usize::from(LAST_LEVEL);
    let hint = |i: usize| if i == finished { &*c.ui.hint } else { "" };
    let (title, text) = all[current];
    let live = match (title, hint(current)) {
        ("", "") => text.to_string(),
        ("", hint) => format!("{text} {hint}"),
        (title, _) => format!("{title}: {text}"),
    };
    let items = all.iter().enumerate().map(|(i, (title, text))| {
        let class = class_list(
            "cvm-caption-text",
            &[
                ("cvm-caption-text--current", i == current),
                ("cvm-caption-text--finished", i == finished),
            ],
        );
        html! {
            <p {class}>
                if !title.is_empty() { <strong class="cvm-caption-title">{ title }</strong>{ " " } }
                { text }
                if i == finished { { " " }{ hint(i) } }
            </p>
        }
    });
    let clear = props.on_msg.reform(|_e: MouseEvent| {
        #[cfg(target_arch = "wasm32")]
        crate::components::refocus_before_clear(&_e);
        Msg::Clear
    });
    let clear_class = class_list(
        "cvm-button cvm-caption-clear",
        &[("cvm-caption-clear--idle", props.view.focus.is_none())],
    );
    html! {
        <div class="cvm-caption">
            <p class="cvm-visually-hidden" aria-live="polite">{ live }</p>
            <div class="cvm-caption-stack" aria-hidden="true">{ for items }</div>
            <button type="button" class={clear_class} onclick={clear}
                disabled={props.view.focus.is_none()}>
                { &*c.ui.clear }
            </button>
        </div>
    }
}
