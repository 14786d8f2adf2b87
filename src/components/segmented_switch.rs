//! A row of buttons of which one is pressed: the language, the picture (with the hypervisor type).

use yew::prelude::*;

use crate::components::pressed;
use model::view::Msg;

/// One choice of a switch.
#[derive(Clone, PartialEq)]
pub struct Choice {
    pub label: &'static str,
    /// What picking it does.
    pub msg: Msg,
    /// `data-value` of its button (tests and styles find it by this).
    pub value: &'static str,
    pub pressed: bool,
    /// The language of the label, when it differs from the widget's (`한국어` in English).
    pub lang: Option<&'static str>,
}

pub struct SegmentedSwitchProps {
    /// Names the group for screen readers.
    pub label: &'static str,
    /// The switch's own class (`cvm-language`, `cvm-picture`).
    pub class: &'static str,
    pub choices: Vec<Choice>,
    pub on_msg: Callback<Msg>,
}

pub fn segmented_switch(props: &SegmentedSwitchProps) -> Html {
    let buttons = props.choices.iter().map(|c| {
        let msg = c.msg;
        let onclick = props.on_msg.reform(move |_: MouseEvent| msg);
        html! {
            <button type="button" class="cvm-switch-option" data-value={c.value} lang={c.lang}
                aria-pressed={pressed(c.pressed)} {onclick}>{ c.label }</button>
        }
    });
    html! {
        <div CLASS={format!("cvm-switch {}", props.class)} role="group" aria-label={props.label}>
            { for buttons }
        </div>
    }
}
