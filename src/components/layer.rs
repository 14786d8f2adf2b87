//! One block of a stack. Hidden blocks keep their space (the build-up never moves the page).

use yew::prelude::*;

use crate::model::stack::LayerKind;

#[derive(Properties, PartialEq)]
pub struct LayerProps {
    pub kind: LayerKind,
    pub label: String,
    /// Reached by the build-up yet?
    pub shown: bool,
}

#[component]
pub fn Layer(props: &LayerProps) -> Html {
    let class = classes!(
        "cvm-layer",
        format!("cvm-layer--{}", props.kind.slug()),
        props.shown.then_some("cvm-layer--shown")
    );
    html! {
        <li {class} data-kind={props.kind.slug()}>
            <span class="cvm-layer-label">{ &props.label }</span>
        </li>
    }
}
