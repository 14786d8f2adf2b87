//! The figure: the VM stack and the container stack, aligned at the hardware. Side by side when
//! there is room; one above the other on a phone.

use yew::prelude::*;

use crate::components::{class_list, ContentRef};

use crate::components::author_machine::{author_machine, AuthorMachineProps};
use crate::components::stack::{stack, StackProps};
use crate::model::view::{Msg, View};

pub struct StackDiagramProps {
    pub content: ContentRef,
    pub view: View,
    pub on_msg: Callback<Msg>,
}

pub fn stack_diagram(props: &StackDiagramProps) -> Html {
    let view = props.view;
    if view.author {
        return html! {
            <div class="cvm-diagram cvm-diagram--author" data-level={view.player.level.to_string()}
                data-apps={view.apps.to_string()}>
                { author_machine(&AuthorMachineProps { content: props.content }) }
            </div>
        };
    }
    let diagram = view.diagram();
    let stacks = diagram.stacks().map(|s| {
        html! {
            { stack(&StackProps { content: props.content, stack: s.clone(), view,
                on_msg: props.on_msg.clone() }) }
        }
    });
    let class = class_list("cvm-diagram", &[("cvm-diagram--many", view.apps > 4)]);
    html! {
        <div {class} data-level={view.player.level.to_string()} data-apps={view.apps.to_string()}>
            { for stacks }
        </div>
    }
}
