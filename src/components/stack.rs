//! One stack: its name, the shared layers at the bottom and one outlined column per guest above.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::layer::Layer;
use crate::model::content::Content;
use crate::model::stack::{self, LayerKind, StackKind};

#[derive(Properties, PartialEq)]
pub struct StackProps {
    pub content: Rc<Content>,
    pub stack: stack::Stack,
    pub level: u8,
}

#[component]
pub fn Stack(props: &StackProps) -> Html {
    let StackProps {
        content,
        stack,
        level,
    } = props;
    let ui = &content.ui;
    let (name, unit) = match stack.kind {
        StackKind::Vm => (&ui.vm, &ui.vm_unit),
        StackKind::Container => (&ui.container, &ui.container_unit),
    };
    let layer = |kind: LayerKind, guest: Option<u8>| {
        let (label, _) = content.layer(kind);
        // Apps are told apart by number; the other per-guest layers are copies of one another.
        let label = match guest {
            Some(g) if kind == LayerKind::App => format!("{label} {}", g + 1),
            _ => label.to_string(),
        };
        html! { <Layer {kind} {label} shown={kind.level() <= *level} /> }
    };
    let shared = stack.shared.iter().map(|&k| layer(k, None));
    let guests = (0..stack.guests).map(|g| {
        let label = format!("{unit} {}", g + 1);
        html! {
            <li class="cvm-guest">
                <ul class="cvm-layers" aria-label={label}>
                    { for stack.per_guest.iter().map(|&k| layer(k, Some(g))) }
                </ul>
            </li>
        }
    });
    html! {
        <div class={classes!("cvm-stack", format!("cvm-stack--{}", stack.kind.slug()))}
            role="group" aria-label={name.clone()}>
            <h4 class="cvm-stack-name">{ name }</h4>
            <div class="cvm-stack-body">
                <ul class="cvm-layers cvm-shared">{ for shared }</ul>
                <ul class="cvm-guests">{ for guests }</ul>
            </div>
        </div>
    }
}
