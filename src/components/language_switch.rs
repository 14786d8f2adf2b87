//! 한국어 / English, in the widget's corner.

use yew::prelude::*;

use crate::model::config::Lang;
use crate::model::view::Msg;

#[derive(Properties, PartialEq)]
pub struct LanguageSwitchProps {
    pub lang: Lang,
    pub label: String,
    pub on_msg: Callback<Msg>,
}

fn name(lang: Lang) -> &'static str {
    match lang {
        Lang::Ko => "한국어",
        Lang::En => "English",
    }
}

#[component]
pub fn LanguageSwitch(props: &LanguageSwitchProps) -> Html {
    let buttons = Lang::ALL.map(|l| {
        let onclick = props.on_msg.reform(move |_: MouseEvent| Msg::Lang(l));
        html! {
            <button type="button" class="cvm-switch-option" lang={l.code()}
                aria-pressed={(props.lang == l).to_string()} {onclick}>{ name(l) }</button>
        }
    });
    html! {
        <div class="cvm-switch cvm-language" role="group" aria-label={props.label.clone()}>
            { for buttons }
        </div>
    }
}
