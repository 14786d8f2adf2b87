//! The sentence under the diagram saying what just appeared.
//!
//! Every step's sentence sits in the same grid cell and only the current one is visible, so the
//! box is as tall as the longest sentence at any width and never changes height between steps
//! (nothing below the widget moves). Screen readers get the current sentence from a polite live
//! region instead.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CaptionProps {
    /// Every step's sentence, in order.
    pub steps: Vec<String>,
    pub current: u8,
}

#[component]
pub fn Caption(props: &CaptionProps) -> Html {
    let current = usize::from(props.current).min(props.steps.len().saturating_sub(1));
    let text = props.steps.get(current).cloned().unwrap_or_default();
    let sentences = props.steps.iter().enumerate().map(|(i, s)| {
        let class = classes!(
            "cvm-caption-text",
            (i == current).then_some("cvm-caption-text--current")
        );
        html! { <p {class}>{ s }</p> }
    });
    html! {
        <div class="cvm-caption">
            <p class="cvm-visually-hidden" aria-live="polite">{ text }</p>
            <div class="cvm-caption-stack" aria-hidden="true">{ for sentences }</div>
        </div>
    }
}
