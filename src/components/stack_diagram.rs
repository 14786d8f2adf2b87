//! The figure: the VM stack and the container stack, aligned at the hardware. Side by side when
//! there is room; one above the other on a phone.

use yew::prelude::*;

use crate::components::ContentRef;

use crate::components::author_machine::AuthorMachine;
use crate::components::stack::Stack;
use crate::model::view::{Msg, View};

#[derive(Properties, PartialEq)]
pub struct StackDiagramProps {
    pub content: ContentRef,
    pub view: View,
    pub on_msg: Callback<Msg>,
}

#[component]
pub fn StackDiagram(props: &StackDiagramProps) -> Html {
    let view = props.view;
    if view.author {
        return html! {
            <div class="cvm-diagram cvm-diagram--author" data-level={view.player.level.to_string()}
                data-apps={view.apps.to_string()}>
                <AuthorMachine content={props.content} />
            </div>
        };
    }
    let diagram = view.diagram();
    let stacks = diagram.stacks().map(|stack| {
        html! {
            <Stack content={props.content} stack={stack.clone()} {view}
                on_msg={props.on_msg.clone()} />
        }
    });
    let class = classes!(
        "cvm-diagram",
        (view.apps > 4).then_some("cvm-diagram--many")
    );
    html! {
        <div {class} data-level={view.player.level.to_string()} data-apps={view.apps.to_string()}>
            { for stacks }
        </div>
    }
}
