//! The figure: the VM stack and the container stack side by side, aligned at the hardware.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::stack::Stack;
use crate::model::content::Content;
use crate::model::stack::{self, StackKind, DEFAULT_GUESTS};

#[derive(Properties, PartialEq)]
pub struct StackDiagramProps {
    pub content: Rc<Content>,
    /// Build-up level: layers above it are not shown yet.
    pub level: u8,
}

#[component]
pub fn StackDiagram(props: &StackDiagramProps) -> Html {
    let stacks = StackKind::BOTH.map(|kind| {
        html! {
            <Stack content={Rc::clone(&props.content)} stack={stack::Stack::new(kind, DEFAULT_GUESTS)}
                level={props.level} />
        }
    });
    html! {
        <div class="cvm-diagram" data-level={props.level.to_string()}>
            { for stacks }
        </div>
    }
}
