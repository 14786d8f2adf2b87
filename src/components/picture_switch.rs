//! The post's picture, or the author's own machine.

use yew::prelude::*;

use crate::model::content::Author;
use crate::model::view::Msg;

#[derive(Properties, PartialEq)]
pub struct PictureSwitchProps {
    pub author: Author,
    pub value: bool,
    pub on_msg: Callback<Msg>,
}

#[component]
pub fn PictureSwitch(props: &PictureSwitchProps) -> Html {
    let a = &props.author;
    let buttons =
        [(false, &a.post, "post"), (true, &a.machine, "author")].map(|(v, label, slug)| {
            let onclick = props.on_msg.reform(move |_: MouseEvent| Msg::Author(v));
            html! {
                <button type="button" class="cvm-switch-option" data-picture={slug}
                    aria-pressed={(props.value == v).to_string()} {onclick}>{ label }</button>
            }
        });
    html! {
        <div class="cvm-option-row">
            <span class="cvm-option-label" aria-hidden="true">{ &a.switch }</span>
            <div class="cvm-switch cvm-picture" role="group" aria-label={a.switch.clone()}>
                { for buttons }
            </div>
        </div>
    }
}
