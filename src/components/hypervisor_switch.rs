//! Type 1 (on the hardware, as Docker draws it) or type 2 (on a host OS, as the post draws it).

use yew::prelude::*;

use crate::model::content::Ui;
use crate::model::stack::HypervisorType;
use crate::model::view::Msg;

#[derive(Properties, PartialEq)]
pub struct HypervisorSwitchProps {
    pub ui: Ui,
    pub value: HypervisorType,
    pub on_msg: Callback<Msg>,
}

#[component]
pub fn HypervisorSwitch(props: &HypervisorSwitchProps) -> Html {
    let options = [
        (HypervisorType::Type2, &props.ui.type2, "2"),
        (HypervisorType::Type1, &props.ui.type1, "1"),
    ];
    let buttons = options.map(|(h, label, slug)| {
        let onclick = props.on_msg.reform(move |_: MouseEvent| Msg::Hypervisor(h));
        html! {
            <button type="button" class="cvm-switch-option" data-hv={slug}
                aria-pressed={(props.value == h).to_string()} {onclick}>{ label }</button>
        }
    });
    html! {
        <div class="cvm-option-row">
            <span class="cvm-option-label" aria-hidden="true">{ &props.ui.hypervisor }</span>
            <div class="cvm-switch cvm-hypervisor" role="group" aria-label={props.ui.hypervisor.clone()}>
                { for buttons }
            </div>
        </div>
    }
}
