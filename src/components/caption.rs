//! The panel under the diagram: what just appeared while the stacks build up, or what the picked
//! layer, row or advantage means.
//!
//! Every text it can show sits in the same grid cell and only the current one is visible, so the
//! panel is as tall as the longest text at any width and never changes height (nothing below the
//! widget moves). Screen readers get the current text from a polite live region instead.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::content::Content;
use crate::model::highlight::Focus;
use crate::model::stack::LayerKind;
use crate::model::timeline::LAST_LEVEL;
use crate::model::view::{Msg, View};

#[derive(Properties, PartialEq)]
pub struct CaptionProps {
    pub content: Rc<Content>,
    pub view: View,
    pub on_msg: Callback<Msg>,
}

/// Every (title, text) the panel can show, and the index of the current one.
fn texts(c: &Content, view: &View) -> (Vec<(String, String)>, usize) {
    let mut all: Vec<(String, String)> =
        c.steps.iter().map(|s| (String::new(), s.clone())).collect();
    let finished = usize::from(LAST_LEVEL);
    all[finished].1 = format!("{} {}", c.steps[finished], c.ui.hint);
    let layers = all.len();
    all.extend(c.layers.iter().map(|l| (l.label.clone(), l.detail.clone())));
    let rows = all.len();
    all.extend(
        c.table
            .rows
            .iter()
            .map(|r| (r.topic.clone(), r.explain.clone())),
    );
    let advantages = all.len();
    all.extend(
        c.advantages
            .items
            .iter()
            .map(|a| (a.title.clone(), a.why.clone())),
    );
    let current = match view.focus {
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

#[component]
pub fn Caption(props: &CaptionProps) -> Html {
    let (all, current) = texts(&props.content, &props.view);
    let (title, text) = all[current].clone();
    let live = if title.is_empty() {
        text
    } else {
        format!("{title}: {text}")
    };
    let items = all.iter().enumerate().map(|(i, (title, text))| {
        let class = classes!(
            "cvm-caption-text",
            (i == current).then_some("cvm-caption-text--current")
        );
        html! {
            <p {class}>
                if !title.is_empty() { <strong class="cvm-caption-title">{ title }</strong>{ " " } }
                { text }
            </p>
        }
    });
    let clear = props.on_msg.reform(|_: MouseEvent| Msg::Clear);
    let clear_class = classes!(
        "cvm-button",
        "cvm-caption-clear",
        props
            .view
            .focus
            .is_none()
            .then_some("cvm-caption-clear--idle")
    );
    html! {
        <div class="cvm-caption">
            <p class="cvm-visually-hidden" aria-live="polite">{ live }</p>
            <div class="cvm-caption-stack" aria-hidden="true">{ for items }</div>
            <button type="button" class={clear_class} onclick={clear}
                disabled={props.view.focus.is_none()}>
                { &props.content.ui.clear }
            </button>
        </div>
    }
}
