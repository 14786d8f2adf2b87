//! The build-up as a state machine: which step of the stacks is shown, and whether it plays.
//!
//! Step 0 shows nothing; step `n` shows every layer whose [`LayerKind::step`] is `<= n`;
//! [`LAST_STEP`] shows the finished stacks. The component only renders the step it is given and
//! asks for a [`Action::Tick`] while [`Player::playing`] is true; CSS does the moving.
//!
//! [`LayerKind::step`]: crate::stack::LayerKind::step

use crate::stack::LayerKind;

/// The step at which both stacks are complete (apps on top).
pub const LAST_STEP: u8 = 6;

/// Milliseconds between two build-up steps while playing.
pub const STEP_MS: u32 = 1400;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Player {
    /// 0 (empty) ..= LAST_STEP (complete).
    pub step: u8,
    pub playing: bool,
    /// Autoplay is wanted but waits until the widget is on screen ([`Action::InView`]).
    pub armed: bool,
}

/// What decides how a widget starts: the box's autoplay (`data-autoplay`, and only with the
/// diagram shown) and the reader's reduced-motion setting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Motion {
    pub autoplay: bool,
    pub reduced: bool,
}

impl Motion {
    /// Autoplay on, no reduced motion: the build-up plays once it is seen.
    pub const AUTOPLAY: Motion = Motion {
        autoplay: true,
        reduced: false,
    };
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Start playing; from the finished state this starts over.
    Play,
    Pause,
    /// Start over from the hardware and play.
    Replay,
    /// The timer fired: show the next step; stop at the last.
    Tick,
    /// One step back / forward, paused.
    StepBack,
    StepForward,
    /// Jump to a step (the scrubber), paused.
    Seek(u8),
    /// The widget came on screen: an armed autoplay starts now.
    InView,
}

impl Player {
    /// The state a widget starts in. With autoplay, the stacks are empty and wait to be seen; with
    /// reduced motion, or autoplay off, the reader first sees the finished stacks, paused.
    pub fn new(motion: Motion) -> Player {
        if motion.autoplay && !motion.reduced {
            Player {
                step: 0,
                playing: false,
                armed: true,
            }
        } else {
            Player::finished()
        }
    }

    pub fn finished() -> Player {
        Player::at(LAST_STEP)
    }

    /// Paused at a step (clamped).
    pub fn at(step: u8) -> Player {
        Player {
            step: step.min(LAST_STEP),
            playing: false,
            armed: false,
        }
    }

    pub fn is_complete(self) -> bool {
        self.step >= LAST_STEP
    }

    /// Is a layer of this kind visible at the current step?
    pub fn shows(self, kind: LayerKind) -> bool {
        kind.step() <= self.step
    }

    fn playing_from(step: u8) -> Player {
        Player {
            step,
            playing: true,
            armed: false,
        }
    }

    pub fn apply(self, action: Action) -> Player {
        match action {
            Action::Play if self.is_complete() => Player::playing_from(1),
            Action::Play => Player::playing_from(self.step),
            Action::Pause => Player::at(self.step),
            Action::Replay => Player::playing_from(1),
            Action::Tick if !self.playing => self,
            Action::Tick => {
                let step = (self.step + 1).min(LAST_STEP);
                Player {
                    step,
                    playing: step < LAST_STEP,
                    armed: false,
                }
            }
            Action::StepBack => Player::at(self.step.saturating_sub(1)),
            Action::StepForward => Player::at(self.step + 1),
            Action::Seek(step) => Player::at(step),
            Action::InView if self.armed => Player::playing_from(self.step),
            Action::InView => self,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stack::{Stack, StackKind};

    fn started() -> Player {
        Player::new(Motion::AUTOPLAY).apply(Action::InView)
    }

    fn run_to_end(mut p: Player) -> Vec<u8> {
        let mut seen = vec![p.step];
        for _ in 0..100 {
            if !p.playing {
                break;
            }
            p = p.apply(Action::Tick);
            seen.push(p.step);
        }
        seen
    }

    #[test]
    fn autoplay_waits_to_be_seen_then_visits_every_level_once_and_stops() {
        let waiting = Player::new(Motion::AUTOPLAY);
        assert!(!waiting.playing && waiting.armed && waiting.step == 0);
        assert_eq!(
            waiting.apply(Action::Tick),
            waiting,
            "no ticking before it is seen"
        );
        let seen = run_to_end(started());
        assert_eq!(seen, (0..=LAST_STEP).collect::<Vec<_>>());
        let end = Player::at(*seen.last().unwrap());
        assert!(end.is_complete());
        // Seen again later: nothing restarts, it never loops.
        assert_eq!(end.apply(Action::InView), end);
    }

    #[test]
    fn every_layer_of_both_stacks_appears_bottom_to_top() {
        for kind in StackKind::ALL {
            let stack = Stack::new(kind, 3, Default::default());
            let mut p = started();
            let mut order = Vec::new();
            while p.playing {
                let before = p;
                p = p.apply(Action::Tick);
                for k in stack.kinds() {
                    if p.shows(k) && !before.shows(k) {
                        order.push(k);
                    }
                }
            }
            let expected: Vec<LayerKind> = stack.kinds().collect();
            assert_eq!(order, expected, "{kind:?}");
        }
    }

    #[test]
    fn reduced_motion_or_no_autoplay_starts_complete_and_paused() {
        for (autoplay, reduced) in [(true, true), (false, false), (false, true)] {
            let p = Player::new(Motion { autoplay, reduced });
            assert!(
                p.is_complete() && !p.playing && !p.armed,
                "{autoplay} {reduced}"
            );
            assert!(LayerKind::ALL.iter().all(|&k| p.shows(k)));
            assert_eq!(p.apply(Action::InView), p, "never starts by itself");
        }
    }

    #[test]
    fn pause_stops_ticks_and_play_resumes() {
        let p = started().apply(Action::Tick).apply(Action::Tick);
        assert_eq!(p.step, 2);
        let paused = p.apply(Action::Pause);
        assert_eq!(paused.apply(Action::Tick), paused);
        let resumed = paused.apply(Action::Play);
        assert!(resumed.playing);
        assert_eq!(resumed.apply(Action::Tick).step, 3);
    }

    #[test]
    fn replay_and_play_at_the_end_start_over() {
        for action in [Action::Replay, Action::Play] {
            let p = Player::finished().apply(action);
            assert_eq!((p.step, p.playing), (1, true));
        }
    }

    #[test]
    fn stepping_and_seeking_pause_and_stay_in_range() {
        let p = started().apply(Action::Tick);
        assert_eq!(p.apply(Action::StepForward), Player::at(2));
        assert_eq!(p.apply(Action::StepBack), Player::at(0));
        assert_eq!(Player::at(0).apply(Action::StepBack), Player::at(0));
        assert_eq!(
            Player::finished().apply(Action::StepForward),
            Player::finished()
        );
        assert_eq!(p.apply(Action::Seek(4)), Player::at(4));
        assert_eq!(p.apply(Action::Seek(200)), Player::finished());
    }
}
