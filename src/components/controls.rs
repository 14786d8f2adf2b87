//! Play / pause, replay and the step counter.

use yew::prelude::*;

use crate::model::content::Ui;
use crate::model::timeline::{Action, Player, LAST_LEVEL};

#[derive(Properties, PartialEq)]
pub struct ControlsProps {
    pub ui: Ui,
    pub player: Player,
    pub on_action: Callback<Action>,
}

#[component]
pub fn Controls(props: &ControlsProps) -> Html {
    let ControlsProps {
        ui,
        player,
        on_action,
    } = props;
    let (toggle_label, toggle_action, toggle_class) = if player.playing {
        (&ui.pause, Action::Pause, "cvm-button--pause")
    } else {
        (&ui.play, Action::Play, "cvm-button--play")
    };
    let toggle = on_action.reform(move |_: MouseEvent| toggle_action);
    let replay = on_action.reform(|_: MouseEvent| Action::Replay);
    html! {
        <div class="cvm-controls" role="group" aria-label={ui.controls.clone()}>
            <button type="button" class={classes!("cvm-button", toggle_class)} onclick={toggle}>
                <span class="cvm-button-icon" aria-hidden="true"></span>
                { toggle_label }
            </button>
            <button type="button" class="cvm-button cvm-button--replay" onclick={replay}>
                <span class="cvm-button-icon" aria-hidden="true"></span>
                { &ui.replay }
            </button>
            <span class="cvm-step">{ format!("{} {} / {}", ui.step, player.level, LAST_LEVEL) }</span>
        </div>
    }
}
