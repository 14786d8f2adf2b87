//! The figure: the VM stack and the container stack, aligned at the hardware. Side by side when
//! there is room; one above the other on a phone.

use yew::prelude::*;

use crate::components::ContentRef;

use crate::components::nested_picture::{nested_picture, NestedPictureProps};
use crate::components::stack::{stack, StackProps};
use model::view::{Msg, View};

pub struct StackDiagramProps {
    pub content: ContentRef,
    pub view: View,
    pub is_static: bool,
    pub on_msg: Callback<Msg>,
}

pub fn stack_diagram(props: &StackDiagramProps) -> Html {
    let view = props.view;
    if view.picture.is_nested() {
        return html! {
            <div class="cvm-diagram cvm-diagram--nested" data-step={view.player.step.to_string()}
                data-apps={view.apps.to_string()}>
                { nested_picture(&NestedPictureProps { content: props.content, view }) }
            </div>
        };
    }
    let diagram = view.diagram();
    let stacks = diagram.stacks().map(|s| {
        html! {
            { stack(&StackProps { content: props.content, stack: s.clone(), view,
                is_static: props.is_static, on_msg: props.on_msg.clone() }) }
        }
    });
    // The same `class` spelling in both branches: yew patches the one element from either, and a
    // `CLASS` set with a `class` removed would leave it without any.
    html! {
        <div class="cvm-diagram" data-step={view.player.step.to_string()} data-apps={view.apps.to_string()}>
            { for stacks }
        </div>
    }
}
