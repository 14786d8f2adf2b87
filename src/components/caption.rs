//! The sentence under the diagram saying what just appeared; a polite live region.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CaptionProps {
    pub text: String,
}

#[component]
pub fn Caption(props: &CaptionProps) -> Html {
    html! {
        <p class="cvm-caption" aria-live="polite">{ &props.text }</p>
    }
}
