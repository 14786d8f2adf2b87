//! The build-up's clock: while the player plays, `tick` once `STEP_MS` after each change of the
//! player (the tick itself changes it, so the steps follow one another); paused, nothing.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use model::player::{Player, STEP_MS};

#[hook]
pub fn use_player_clock(player: Player, tick: impl Fn() + 'static) {
    use_effect_with(player, move |p| {
        let timer = p.playing.then(|| Timeout::new(STEP_MS, tick));
        // A pause, a seek or the widget going cancels the pending tick.
        move || drop(timer)
    });
}
