//! The build-up as a state machine: which level of the stacks is shown, and whether it plays.
//!
//! Level 0 shows nothing; level `n` shows every layer whose [`LayerKind::level`] is `<= n`;
//! [`LAST_LEVEL`] shows the finished stacks. The component only renders the level it is given and
//! asks for a [`Action::Tick`] while [`Player::playing`] is true; CSS does the moving.
//!
//! [`LayerKind::level`]: crate::model::stack::LayerKind::level

use crate::model::stack::LayerKind;

/// The level at which both stacks are complete (apps on top).
pub const LAST_LEVEL: u8 = 6;

/// Milliseconds between two build-up steps while playing.
pub const STEP_MS: u32 = 1400;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Player {
    /// 0 (empty) ..= LAST_LEVEL (complete).
    pub level: u8,
    pub playing: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Start playing; from the finished state this starts over.
    Play,
    Pause,
    /// Start over from the hardware and play.
    Replay,
    /// The timer fired: show the next level; stop at the last.
    Tick,
}

impl Player {
    /// The state a widget starts in. With reduced motion, or with autoplay off, the reader first
    /// sees the finished stacks, paused; otherwise the build-up starts at once, from nothing.
    pub fn new(autoplay: bool, reduced_motion: bool) -> Player {
        if autoplay && !reduced_motion {
            Player {
                level: 0,
                playing: true,
            }
        } else {
            Player::finished()
        }
    }

    pub fn finished() -> Player {
        Player {
            level: LAST_LEVEL,
            playing: false,
        }
    }

    pub fn is_complete(self) -> bool {
        self.level >= LAST_LEVEL
    }

    /// Is a layer of this kind visible at the current level?
    pub fn shows(self, kind: LayerKind) -> bool {
        kind.level() <= self.level
    }

    pub fn apply(self, action: Action) -> Player {
        match action {
            Action::Play if self.is_complete() => Player {
                level: 1,
                playing: true,
            },
            Action::Play => Player {
                playing: true,
                ..self
            },
            Action::Pause => Player {
                playing: false,
                ..self
            },
            Action::Replay => Player {
                level: 1,
                playing: true,
            },
            Action::Tick if !self.playing => self,
            Action::Tick => {
                let level = (self.level + 1).min(LAST_LEVEL);
                Player {
                    level,
                    playing: level < LAST_LEVEL,
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::stack::{Stack, StackKind};

    fn run_to_end(mut p: Player) -> Vec<u8> {
        let mut seen = vec![p.level];
        for _ in 0..100 {
            if !p.playing {
                break;
            }
            p = p.apply(Action::Tick);
            seen.push(p.level);
        }
        seen
    }

    #[test]
    fn autoplay_visits_every_level_once_and_stops_complete() {
        let seen = run_to_end(Player::new(true, false));
        assert_eq!(seen, (0..=LAST_LEVEL).collect::<Vec<_>>());
        let end = Player {
            level: *seen.last().unwrap(),
            playing: false,
        };
        assert!(end.is_complete());
    }

    #[test]
    fn every_layer_of_both_stacks_appears_bottom_to_top() {
        for kind in StackKind::BOTH {
            let stack = Stack::new(kind, 3);
            let mut p = Player::new(true, false);
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
            let p = Player::new(autoplay, reduced);
            assert!(p.is_complete() && !p.playing, "{autoplay} {reduced}");
            assert!(LayerKind::ALL.iter().all(|&k| p.shows(k)));
        }
    }

    #[test]
    fn pause_stops_ticks_and_play_resumes() {
        let p = Player::new(true, false)
            .apply(Action::Tick)
            .apply(Action::Tick);
        assert_eq!(p.level, 2);
        let paused = p.apply(Action::Pause);
        assert_eq!(paused.apply(Action::Tick), paused);
        let resumed = paused.apply(Action::Play);
        assert!(resumed.playing);
        assert_eq!(resumed.apply(Action::Tick).level, 3);
    }

    #[test]
    fn replay_and_play_at_the_end_start_over() {
        let done = Player::finished();
        for action in [Action::Replay, Action::Play] {
            let p = done.apply(action);
            assert_eq!(
                p,
                Player {
                    level: 1,
                    playing: true
                }
            );
        }
    }
}
