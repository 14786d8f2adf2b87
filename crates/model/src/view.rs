//! Everything one widget shows, as one value with one transition function: the build-up player,
//! what is picked, the keyboard cursor, the number of apps, the hypervisor type and the language.
//! The root component keeps a `View` in `use_reducer` and renders from it.

use crate::diagram::{BlockId, Diagram, Dir, Layout};
use crate::hash::Permalink;
use crate::highlight::Pick;
use crate::lang::Lang;
use crate::picture::Picture;
use crate::player::{Action, Player};
use crate::show::Show;
use crate::stack::{HypervisorType, Stack, MAX_APPS, MIN_APPS};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct View {
    // First what the permalink keeps, in its order; then the keyboard's cursor, which it does not.
    pub pick: Option<Pick>,
    pub player: Player,
    pub apps: u8,
    pub hypervisor: HypervisorType,
    pub lang: Lang,
    /// The post's picture, or one of the nested ones.
    pub picture: Picture,
    /// The layer that takes the diagram's one tab stop (arrow keys move it).
    pub cursor: Option<BlockId>,
    /// How many times the reader replayed the pick's show: the view redraws what it moves.
    pub replays: u8,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Msg {
    Player(Action),
    /// Pick a layer, row or advantage; picking the picked one again clears it.
    Pick(Pick),
    Clear,
    /// Arrow key from a layer, in the layout the stacks have on screen.
    Move(BlockId, Dir, Layout),
    Apps(u8),
    Hypervisor(HypervisorType),
    Lang(Lang),
    /// Draw this picture.
    Picture(Picture),
}

impl View {
    /// The view a widget starts with: the defaults are [`Permalink::default`]'s, the one place
    /// they are written.
    pub fn new(lang: Lang, player: Player) -> View {
        let start = Permalink::default();
        View {
            player,
            pick: start.pick,
            cursor: None,
            replays: 0,
            apps: start.apps,
            hypervisor: start.hypervisor,
            lang: start.lang.unwrap_or(lang),
            picture: start.picture,
        }
    }

    /// A view restored from the URL hash over the configured start.
    pub fn restored(self, state: &Permalink) -> View {
        let mut v = View {
            apps: state.apps,
            hypervisor: state.hypervisor,
            lang: state.lang.unwrap_or(self.lang),
            picture: state.picture,
            ..self
        };
        if let Some(step) = state.step {
            v.player = Player::at(step);
        }
        if let Some(f) = state.pick {
            v = v.apply(Msg::Pick(f));
        }
        v
    }

    /// What goes into the URL hash. The step is kept only when the reader stopped mid-way.
    pub fn permalink(&self) -> Permalink {
        let p = self.player;
        Permalink {
            pick: self.pick,
            step: (!p.playing && !p.armed && !p.is_complete()).then_some(p.step),
            apps: self.apps,
            hypervisor: self.hypervisor,
            lang: Some(self.lang),
            picture: self.picture,
        }
    }

    pub fn diagram(&self) -> Diagram {
        Diagram::new(self.apps, self.hypervisor)
    }

    /// Whether the blocks a pick does not light step back: always in the post's picture; in a
    /// nested one only when the pick's show marks blocks there (its bars alone leave the picture
    /// as it is).
    pub fn dims(&self) -> bool {
        let marks = |s: Stack| Show::of(self.pick).is_some_and(|show| !show.reach(&s).is_empty());
        self.pick.is_some() && Stack::nested(self.picture).is_none_or(marks)
    }

    /// Whether block `b` is drawn now: in this diagram, and reached by the build-up. The one
    /// answer for the layer buttons (enabled or not), the tab stop and the arrow keys.
    pub fn draws(&self, b: BlockId) -> bool {
        self.diagram().contains(b) && self.player.shows(b.kind)
    }

    /// The block holding the diagram's tab stop: the cursor, else the picked layer, else the
    /// first block. Never a block the build-up has not reached (a disabled button takes no focus,
    /// and the diagram would drop out of the Tab order).
    pub fn tab_stop(&self) -> BlockId {
        let d = self.diagram();
        let picked = match self.pick {
            Some(Pick::Layer(b)) => Some(b),
            _ => None,
        };
        [self.cursor, picked]
            .into_iter()
            .flatten()
            .find(|&b| self.draws(b))
            .unwrap_or(d.blocks()[0])
    }

    pub fn apply(self, msg: Msg) -> View {
        match msg {
            // Replay with a show on replays the show.
            Msg::Player(Action::Replay) if Show::of(self.pick).is_some() => View {
                replays: self.replays.wrapping_add(1),
                ..self
            },
            // A pick belongs to the finished picture: playing, stepping or replaying lets it go, so
            // the caption follows the build-up again.
            Msg::Player(action) => {
                let player = self.player.apply(action);
                let finished = player.is_complete() && !player.playing;
                View {
                    player,
                    pick: self.pick.filter(|_| finished),
                    ..self
                }
            }
            Msg::Pick(f) if self.pick == Some(f) => View { pick: None, ..self },
            Msg::Pick(f) => {
                if let Pick::Layer(b) = f {
                    if !self.diagram().contains(b) {
                        return self;
                    }
                }
                let cursor = match f {
                    Pick::Layer(b) => Some(b),
                    _ => self.cursor,
                };
                // A pick shows on the finished picture; a layer is the post's picture's (a nested
                // picture has no layer buttons), a row or an advantage shows in the nested one too.
                let picture = match f {
                    Pick::Layer(_) => Picture::Post,
                    _ => self.picture,
                };
                View {
                    pick: Some(f),
                    cursor,
                    player: Player::finished(),
                    picture,
                    ..self
                }
            }
            Msg::Clear => View { pick: None, ..self },
            // Arrow keys move only among the blocks the build-up has reached.
            Msg::Move(from, dir, layout) => {
                match self
                    .diagram()
                    .neighbour_in(from, dir, layout, |b| self.draws(b))
                {
                    Some(to) => View {
                        cursor: Some(to),
                        ..self
                    },
                    None => View {
                        cursor: Some(from),
                        ..self
                    },
                }
            }
            Msg::Apps(n) => {
                let v = View {
                    apps: n.clamp(MIN_APPS, MAX_APPS),
                    ..self
                };
                v.forget_missing_blocks()
            }
            // A hypervisor type is a choice of the post's picture (only it has one): from a nested
            // picture, which is whole and has no pick, it draws the post's, finished.
            Msg::Hypervisor(h) => View {
                hypervisor: h,
                picture: Picture::Post,
                ..self
            }
            .forget_missing_blocks(),
            Msg::Lang(lang) => View { lang, ..self },
            // A nested picture does not build up; back from it, the post's picture is whole.
            Msg::Picture(picture) => View {
                picture,
                pick: None,
                player: Player::finished(),
                ..self
            },
        }
    }

    fn forget_missing_blocks(mut self) -> View {
        let d = self.diagram();
        if let Some(Pick::Layer(b)) = self.pick {
            if !d.contains(b) {
                self.pick = None;
            }
        }
        if self.cursor.is_some_and(|b| !d.contains(b)) {
            self.cursor = None;
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::highlight::RowKey;
    use crate::player::Motion;
    use crate::stack::LayerKind;
    use crate::stack::{HypervisorType, MAX_APPS, MIN_APPS};

    fn block(key: &str) -> BlockId {
        BlockId::parse(key).unwrap()
    }

    #[test]
    fn arrows_reach_every_built_block_at_every_step_count_and_layout() {
        use crate::diagram::Layout;
        for layout in [Layout::SideBySide, Layout::Compact, Layout::Stacked] {
            for hv in [HypervisorType::Type1, HypervisorType::Type2] {
                for apps in MIN_APPS..=MAX_APPS {
                    for step in 1..=6 {
                        let mut v = View::new(Lang::Ko, Player::at(step));
                        v.apps = apps;
                        v.hypervisor = hv;
                        let built: Vec<BlockId> = v
                            .diagram()
                            .blocks()
                            .into_iter()
                            .filter(|&b| v.draws(b))
                            .collect();
                        let mut seen = crate::diagram::reachable(v.tab_stop(), |b, dir| {
                            Some(v.apply(Msg::Move(b, dir, layout)).tab_stop())
                        });
                        seen.sort_by_key(|b| b.slug());
                        let mut want = built.clone();
                        want.sort_by_key(|b| b.slug());
                        assert_eq!(seen, want, "{layout:?} {hv:?} apps {apps} step {step}");
                    }
                }
            }
        }
    }

    #[test]
    fn eight_apps_wrap_into_two_rows_and_the_arrows_follow() {
        use crate::diagram::Layout;
        let mut v = View::new(Lang::Ko, Player::finished());
        v.apps = 8;
        use Dir::{Down, Right, Up};
        use Layout::{Compact, SideBySide, Stacked};
        // (from, key, layout, lands on)
        let moves = [
            // VMs 1–4 on top, 5–8 below them, right above the hypervisor.
            ("vm.hypervisor", Up, SideBySide, "vm.guest-os.5"),
            ("vm.app.5", Up, SideBySide, "vm.guest-os.1"),
            ("vm.guest-os.1", Down, SideBySide, "vm.app.5"),
            ("vm.app.4", Right, SideBySide, "container.app.1"),
            // Stacked (a widget too narrow for two stacks) has three apps to a row, as a phone
            // has.
            ("vm.app.3", Right, Stacked, "vm.app.3"),
            ("container.app.5", Up, Stacked, "container.bins-libs.2"),
            ("vm.app.4", Up, Compact, "vm.guest-os.1"),
            ("container.app.1", Up, Stacked, "vm.hardware"),
        ];
        for (from, dir, layout, want) in moves {
            let to = v.apply(Msg::Move(block(from), dir, layout)).tab_stop();
            assert_eq!(to.slug(), want, "{from} {dir:?} {layout:?}");
        }
    }

    #[test]
    fn a_hypervisor_type_is_the_posts_picture_with_it() {
        for nested in [Picture::Wsl2, Picture::CloudVm] {
            let v = View::new(Lang::Ko, Player::at(2))
                .apply(Msg::Picture(nested))
                .apply(Msg::Hypervisor(HypervisorType::Type1));
            assert_eq!(v.picture, Picture::Post);
            assert_eq!(v.hypervisor, HypervisorType::Type1);
            assert!(v.player.is_complete() && v.pick.is_none());
        }
        // On the post's picture it changes the hypervisor only: the build-up goes on.
        let v = View::new(Lang::Ko, Player::at(2)).apply(Msg::Hypervisor(HypervisorType::Type1));
        assert_eq!((v.picture, v.player.step), (Picture::Post, 2));
    }

    #[test]
    fn a_pick_shows_the_posts_picture_and_a_nested_picture_is_whole() {
        for nested in [Picture::Wsl2, Picture::CloudVm] {
            let v = View::new(Lang::Ko, Player::at(2)).apply(Msg::Picture(nested));
            assert!(v.picture == nested && v.player.is_complete() && v.pick.is_none());
            let picked = v.apply(Msg::Pick(Pick::Row(RowKey::Isolation)));
            assert_eq!(picked.picture, nested, "a row shows in the nested picture");
            assert_eq!(picked.pick, Some(Pick::Row(RowKey::Isolation)));
            let layer = picked.apply(Msg::Pick(Pick::Layer(block("vm.app.1"))));
            assert_eq!(
                layer.picture,
                Picture::Post,
                "a layer is the post's picture's"
            );
        }
    }

    #[test]
    fn a_pick_dims_the_rest_unless_it_marks_nothing_in_a_nested_picture() {
        let v = View::new(Lang::Ko, Player::finished());
        assert!(!v.dims());
        let resources = Msg::Pick(Pick::Row(RowKey::Resources));
        assert!(v.apply(resources).dims());
        let nested = v.apply(Msg::Picture(Picture::Wsl2));
        assert!(
            !nested.apply(resources).dims(),
            "bars only: the picture stays as it is"
        );
        assert!(nested.apply(Msg::Pick(Pick::Row(RowKey::Isolation))).dims());
    }

    #[test]
    fn replaying_a_show_replays_it_and_keeps_the_pick() {
        let picked =
            View::new(Lang::Ko, Player::finished()).apply(Msg::Pick(Pick::Row(RowKey::Isolation)));
        let again = picked.apply(Msg::Player(Action::Replay));
        assert_eq!(again.pick, picked.pick);
        assert_eq!(again.player, picked.player, "the build-up is not replayed");
        assert_eq!(again.replays, picked.replays + 1);
        assert_eq!(again.permalink(), picked.permalink());
        // A layer has no show: replay replays the build-up.
        let layer = picked.apply(Msg::Pick(Pick::Layer(block("vm.app.1"))));
        let replayed = layer.apply(Msg::Player(Action::Replay));
        assert_eq!((replayed.pick, replayed.replays), (None, layer.replays));
        assert!(replayed.player.playing);
    }

    #[test]
    fn playing_stepping_or_replaying_a_layer_lets_the_pick_go() {
        let picked =
            View::new(Lang::Ko, Player::finished()).apply(Msg::Pick(Pick::Row(RowKey::Isolation)));
        let layer = picked.apply(Msg::Pick(Pick::Layer(block("vm.app.1"))));
        assert_eq!(layer.apply(Msg::Player(Action::Replay)).pick, None);
        for action in [Action::StepBack, Action::Play] {
            assert_eq!(picked.apply(Msg::Player(action)).pick, None, "{action:?}");
        }
        // Nothing moves at the end: the pick stays.
        assert!(picked
            .apply(Msg::Player(Action::StepForward))
            .pick
            .is_some());
        assert!(picked.apply(Msg::Player(Action::Pause)).pick.is_some());
    }

    #[test]
    fn the_tab_stop_and_the_arrow_keys_stay_on_blocks_already_built() {
        // Step 3 of 6: hardware, host OS and hypervisor / engine are up; apps are not.
        let v = View::new(Lang::Ko, Player::at(3));
        let hypervisor = block("vm.hypervisor");
        let up = v.apply(Msg::Move(hypervisor, Dir::Up, Layout::SideBySide));
        assert_eq!(
            up.cursor,
            Some(hypervisor),
            "no move onto a guest OS not built yet"
        );
        assert_eq!(up.tab_stop(), hypervisor);
        // A cursor left on a block that stepping back hides gives the tab stop back to the first
        // block.
        let on_app = View {
            cursor: Some(block("vm.app.3")),
            ..View::new(Lang::Ko, Player::finished())
        };
        assert_eq!(on_app.tab_stop(), block("vm.app.3"));
        let back = on_app.apply(Msg::Player(Action::StepBack));
        assert!(back.player.shows(LayerKind::Hardware));
        assert_eq!(back.tab_stop(), on_app.diagram().blocks()[0]);
        let mut v = View::new(Lang::Ko, Player::finished());
        v.player = Player::at(2);
        assert!(v.player.shows(v.tab_stop().kind));
    }

    #[test]
    fn picking_finishes_the_picture_and_picking_again_clears() {
        let v = View::new(Lang::Ko, Player::new(Motion::AUTOPLAY));
        let f = Pick::Row(RowKey::Isolation);
        let picked = v.apply(Msg::Pick(f));
        assert_eq!(picked.pick, Some(f));
        assert!(picked.player.is_complete() && !picked.player.playing);
        assert_eq!(picked.apply(Msg::Pick(f)).pick, None);
        assert_eq!(picked.apply(Msg::Clear).pick, None);
    }

    #[test]
    fn fewer_apps_forget_a_block_that_is_gone() {
        let v = View::new(Lang::Ko, Player::finished())
            .apply(Msg::Apps(8))
            .apply(Msg::Pick(Pick::Layer(block("vm.app.8"))));
        assert_eq!(v.pick, Some(Pick::Layer(block("vm.app.8"))));
        let v = v.apply(Msg::Apps(2));
        assert_eq!((v.pick, v.cursor), (None, None));
        assert_eq!(v.apply(Msg::Apps(0)).apps, 1);
        assert_eq!(v.apply(Msg::Apps(50)).apps, 8);
    }

    #[test]
    fn type_1_has_no_vm_host_os_to_keep() {
        let v = View::new(Lang::Ko, Player::finished())
            .apply(Msg::Pick(Pick::Layer(block("vm.host-os"))));
        let v = v.apply(Msg::Hypervisor(HypervisorType::Type1));
        assert_eq!(v.pick, None);
        assert!(!v.diagram().contains(block("vm.host-os")));
    }

    #[test]
    fn arrows_move_the_tab_stop() {
        let v = View::new(Lang::En, Player::finished());
        assert_eq!(v.tab_stop(), block("vm.hardware"));
        let v = v.apply(Msg::Move(v.tab_stop(), Dir::Up, Layout::SideBySide));
        assert_eq!(v.tab_stop(), block("vm.host-os"));
        let v = v
            .apply(Msg::Move(v.tab_stop(), Dir::Down, Layout::SideBySide))
            .apply(Msg::Move(
                block("vm.hardware"),
                Dir::Down,
                Layout::SideBySide,
            ));
        assert_eq!(v.tab_stop(), block("vm.hardware"), "stays at the edge");
        assert_eq!(v.tab_stop().kind, LayerKind::Hardware);
    }

    #[test]
    fn the_hash_state_round_trips_through_the_view() {
        let v = View::new(Lang::Ko, Player::finished())
            .apply(Msg::Apps(5))
            .apply(Msg::Hypervisor(HypervisorType::Type1))
            .apply(Msg::Pick(Pick::Layer(block("container.app.4"))))
            .apply(Msg::Player(Action::Seek(6)))
            .apply(Msg::Lang(Lang::En))
            .apply(Msg::Picture(Picture::CloudVm));
        let restored = View::new(Lang::Ko, Player::new(Motion::AUTOPLAY)).restored(&v.permalink());
        assert_eq!(restored.permalink(), v.permalink());
        assert_eq!(restored.pick, v.pick);
        let mid = View::new(Lang::Ko, Player::finished()).apply(Msg::Player(Action::Seek(3)));
        assert_eq!(mid.permalink().step, Some(3));
        assert_eq!(
            View::new(Lang::Ko, Player::new(Motion::AUTOPLAY))
                .restored(&mid.permalink())
                .player
                .step,
            3
        );
    }
}
