//! The build-up player: step back, play / pause, step forward, replay, and a scrubber whose value
//! text names the step.

use yew::prelude::*;

use crate::components::ContentRef;

use model::content::Content;
use model::player::{Action, Player, LAST_STEP};
use model::stack::LayerKind;
use model::view::Msg;

pub struct PlayerProps {
    pub content: ContentRef,
    pub player: Player,
    pub on_msg: Callback<Msg>,
}

/// `단계 3 / 6: 하이퍼바이저 / 컨테이너 엔진 (Docker)`: the step and the layers it adds; and its head
/// alone (`단계 3 / 6`), the step the player shows.
fn step_name(c: &Content, step: u8) -> (String, String) {
    let layers: Vec<&str> = LayerKind::ALL
        .iter()
        .filter(|k| k.step() == step)
        .map(|&k| c.layer_label(k))
        .collect();
    let head = format!("{} {step} / {LAST_STEP}", c.ui.step);
    let name = if layers.is_empty() {
        head.clone()
    } else {
        format!("{head}: {}", layers.join(" / "))
    };
    (name, head)
}

/// [`LAST_STEP`] as the scrubber's `max`, written out (no number formatting).
const LAST_STEP_TEXT: &str = "6";

/// One player button: its icon (drawn by CSS from the class) and its label, its accessible name
/// always (the same words the reader sees, WCAG 2.5.3), shown as text on a wide widget
/// (`cvm-button-text`; a phone shows the icons only) unless `icon_only`, where it is the tooltip.
fn button(
    class: &'static str,
    label: &'static str,
    icon_only: bool,
    onclick: Callback<MouseEvent>,
) -> Html {
    html! {
        <button type="button" CLASS={class} aria-label={label} title={icon_only.then_some(label)} {onclick}>
            <span class="cvm-button-icon" aria-hidden="true"></span>
            if !icon_only { <span class="cvm-button-text">{ label }</span> }
        </button>
    }
}

pub fn player(props: &PlayerProps) -> Html {
    let PlayerProps {
        content,
        player,
        on_msg,
    } = props;
    let ui = &content.0.ui;
    let act = |a: Action| on_msg.reform(move |_: MouseEvent| Msg::Player(a));
    let (toggle_label, toggle_action, toggle_class) = if player.playing {
        (
            &ui.pause,
            Action::Pause,
            "cvm-button cvm-button--toggle cvm-button--pause",
        )
    } else {
        (
            &ui.play,
            Action::Play,
            "cvm-button cvm-button--toggle cvm-button--play",
        )
    };
    let oninput = on_msg.reform(|e: InputEvent| {
        Msg::Player(Action::Seek(
            crate::dom::slider_value(&e).unwrap_or(LAST_STEP),
        ))
    });
    let (name, head) = step_name(content, player.step);
    html! {
        <div class="cvm-player" role="group" aria-label={ui.player.to_cow()}>
            <div class="cvm-player-buttons">
                { button("cvm-button cvm-button--icon cvm-button--back", &ui.step_back, true, act(Action::StepBack)) }
                { button(toggle_class, toggle_label, false, act(toggle_action)) }
                { button("cvm-button cvm-button--icon cvm-button--forward", &ui.step_forward, true, act(Action::StepForward)) }
                { button("cvm-button cvm-button--replay", &ui.replay, false, act(Action::Replay)) }
            </div>
            <label class="cvm-scrubber">
                <span class="cvm-visually-hidden">{ &*ui.scrubber }</span>
                <input type="range" class="cvm-scrubber-input" min="0" max={LAST_STEP_TEXT} step="1"
                    value={player.step.to_string()} aria-valuetext={name} {oninput} />
            </label>
            <span class="cvm-step" aria-hidden="true">{ head }</span>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_scrubber_ends_at_the_last_step() {
        assert_eq!(LAST_STEP_TEXT, LAST_STEP.to_string());
    }
}
