//! Both stacks together, as the reader moves through them: every block has an id, a place in the
//! reading order and neighbours in four directions (arrow keys move the way the eye does).

use crate::stack::{HypervisorType, LayerKind, Stack, StackKind};

/// One block the reader sees: a shared layer (`app: None`) or one app's copy of a layer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct BlockId {
    pub stack: StackKind,
    pub kind: LayerKind,
    /// 0-based app number (its VM or container) for per-app blocks.
    pub app: Option<u8>,
}

impl BlockId {
    /// `vm.guest-os.2` (apps counted from 1), `container.host-os`.
    pub fn slug(self) -> String {
        match self.app {
            Some(g) => format!("{}.{}.{}", self.stack.slug(), self.kind.slug(), g + 1),
            None => format!("{}.{}", self.stack.slug(), self.kind.slug()),
        }
    }

    pub fn parse(key: &str) -> Option<BlockId> {
        let mut parts = key.split('.');
        let stack_slug = parts.next()?;
        let stack = StackKind::parse(stack_slug)?;
        let kind_slug = parts.next()?;
        let kind = LayerKind::parse(kind_slug)?;
        let app = match parts.next() {
            None => None,
            Some(n) => Some(n.parse::<u8>().ok()?.checked_sub(1)?),
        };
        parts
            .next()
            .is_none()
            .then_some(BlockId { stack, kind, app })
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dir {
    Up,
    Down,
    Left,
    Right,
}

/// How the two stacks stand on the screen: side by side, side by side with three apps to a row (a
/// phone), or the VM stack above the container stack (a widget too narrow even for that: 200 %
/// zoom on a phone). stack_diagram.css and stack.css decide; the arrow keys follow.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    SideBySide,
    Compact,
    Stacked,
}

impl Layout {
    /// How many apps stand in one row of a stack: [`APPS_PER_ROW`], or
    /// [`APPS_PER_ROW_COMPACT`] in a phone-wide widget.
    pub fn apps_per_row(self) -> u8 {
        match self {
            Layout::SideBySide => APPS_PER_ROW,
            Layout::Compact | Layout::Stacked => APPS_PER_ROW_COMPACT,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagram {
    pub vm: Stack,
    pub container: Stack,
}

impl Diagram {
    /// `apps` apps on each side: one VM per app, one container per app.
    pub fn new(apps: u8, hypervisor: HypervisorType) -> Diagram {
        Diagram {
            vm: Stack::new(StackKind::Vm, apps, hypervisor),
            container: Stack::new(StackKind::Container, apps, hypervisor),
        }
    }

    pub fn stacks(&self) -> [&Stack; 2] {
        [&self.vm, &self.container]
    }

    /// Every block in reading order: the VM stack bottom to top (shared layers, then app by
    /// app), then the container stack.
    pub fn blocks(&self) -> Vec<BlockId> {
        self.stacks()
            .into_iter()
            .flat_map(|s| {
                s.blocks().into_iter().map(move |(kind, app)| BlockId {
                    stack: s.kind,
                    kind,
                    app,
                })
            })
            .collect()
    }

    /// Whether the diagram has block `b` (without listing the blocks).
    pub fn contains(&self, b: BlockId) -> bool {
        let s = match b.stack {
            StackKind::Vm => &self.vm,
            StackKind::Container => &self.container,
        };
        match b.app {
            None => s.shared.contains(&b.kind),
            Some(g) => g < s.apps && s.per_app.contains(&b.kind),
        }
    }

    /// Columns a block covers and its height on screen. More apps than `per_row` wrap into rows
    /// of `per_row` (stack.css), the first apps on top: an app's blocks stand higher by a row's
    /// height for each row below it. Columns: the VM stack's first, then the container stack's.
    fn place(&self, b: BlockId, per_row: u8) -> (u8, u8, u8) {
        let stack = match b.stack {
            StackKind::Vm => &self.vm,
            StackKind::Container => &self.container,
        };
        let offset = match b.stack {
            StackKind::Vm => 0,
            StackKind::Container => offset_of_container(&self.vm, per_row),
        };
        let cols = stack.apps.clamp(1, per_row);
        match b.app {
            Some(g) => {
                let rows = stack.apps.div_ceil(cols);
                let row = g / cols;
                let col = offset + g % cols;
                (col, col, b.kind.step() + PER_APP_LAYERS * (rows - 1 - row))
            }
            None => (offset, offset + cols - 1, b.kind.step()),
        }
    }

    /// The block an arrow key moves to from `from` in `layout`, among the blocks `built` allows,
    /// if any. Side by side, left and right cross between the stacks. Stacked (the VM stack above
    /// the container stack), left and right stay in a stack, and up and down cross the gap: down
    /// from the VM hardware to the container stack's highest built block on the left, up from
    /// the container stack's top back to the VM hardware.
    pub fn neighbour_in(
        &self,
        from: BlockId,
        dir: Dir,
        layout: Layout,
        built: impl Fn(BlockId) -> bool,
    ) -> Option<BlockId> {
        let per_row = layout.apps_per_row();
        let next = self.neighbour(from, dir, per_row, &built);
        if layout != Layout::Stacked {
            return next;
        }
        match (dir, next) {
            (Dir::Left | Dir::Right, Some(b)) if b.stack != from.stack => None,
            (Dir::Down, None) if from.stack == StackKind::Vm => {
                let first = offset_of_container(&self.vm, per_row);
                self.blocks()
                    .into_iter()
                    .filter(|&b| b.stack == StackKind::Container && built(b))
                    .filter(|&b| self.place(b, per_row).0 == first)
                    .max_by_key(|&b| self.place(b, per_row).2)
            }
            (Dir::Up, None) if from.stack == StackKind::Container => self
                .blocks()
                .into_iter()
                .find(|&b| b.stack == StackKind::Vm && b.app.is_none() && built(b)),
            _ => next,
        }
    }

    /// The block an arrow key moves to from `from` (stacks side by side) among the built ones.
    fn neighbour(
        &self,
        from: BlockId,
        dir: Dir,
        per_row: u8,
        built: &impl Fn(BlockId) -> bool,
    ) -> Option<BlockId> {
        let (first, last, height) = self.place(from, per_row);
        let placed: Vec<(BlockId, (u8, u8, u8))> = self
            .blocks()
            .into_iter()
            .filter(|&b| built(b))
            .map(|b| (b, self.place(b, per_row)))
            .collect();
        let covering = |col: u8| {
            placed
                .iter()
                .filter(|&&(_, (f, l, _))| f <= col && col <= l)
                .map(|&(b, (_, _, h))| (b, h))
                .collect::<Vec<_>>()
        };
        match dir {
            Dir::Up => covering(first)
                .into_iter()
                .filter(|&(_, h)| h > height)
                .min_by_key(|&(_, h)| h)
                .map(|(b, _)| b),
            Dir::Down => covering(first)
                .into_iter()
                .filter(|&(_, h)| h < height)
                .max_by_key(|&(_, h)| h)
                .map(|(b, _)| b),
            Dir::Left | Dir::Right => {
                let col = if dir == Dir::Right {
                    last.checked_add(1)?
                } else {
                    first.checked_sub(1)?
                };
                covering(col)
                    .into_iter()
                    .min_by_key(|&(_, h)| (h.abs_diff(height), h))
                    .map(|(b, _)| b)
            }
        }
    }
}

/// The most apps side by side; more wrap into a second row, so blocks stay wide enough to read
/// and to tap.
pub const APPS_PER_ROW: u8 = 4;

/// The same in a phone-wide widget ([`Layout::Compact`]), where four columns of "게스트 OS" would
/// cut the word.
pub const APPS_PER_ROW_COMPACT: u8 = 3;

/// The height one row of apps adds, in build-up steps: an app's column holds the layers from the
/// guest OS up to the app.
const PER_APP_LAYERS: u8 = LayerKind::App.step() + 1 - LayerKind::GuestOs.step();

/// The first column of the container stack: the VM stack's columns come before it.
fn offset_of_container(vm: &Stack, per_row: u8) -> u8 {
    vm.apps.clamp(1, per_row)
}

/// Columns a stack's apps take on screen (the stack's `cvm-columns--<n>` class, stack.css).
pub fn columns(stack: &Stack) -> u8 {
    stack.apps.clamp(1, APPS_PER_ROW)
}

/// Every block the arrow keys reach from `from`, where `step` says where one key press goes
/// (`None`: nowhere). The tests' one search, for the diagram's neighbours and the view's moves.
#[cfg(test)]
pub(crate) fn reachable(
    from: BlockId,
    step: impl Fn(BlockId, Dir) -> Option<BlockId>,
) -> Vec<BlockId> {
    let mut seen = vec![from];
    let mut i = 0;
    while i < seen.len() {
        for dir in [Dir::Up, Dir::Down, Dir::Left, Dir::Right] {
            if let Some(to) = step(seen[i], dir) {
                if !seen.contains(&to) {
                    seen.push(to);
                }
            }
        }
        i += 1;
    }
    seen
}

#[cfg(test)]
mod tests {
    use super::*;
    use LayerKind::*;

    fn id(stack: StackKind, kind: LayerKind, app: Option<u8>) -> BlockId {
        BlockId { stack, kind, app }
    }
    const VM: StackKind = StackKind::Vm;
    const CT: StackKind = StackKind::Container;

    #[test]
    fn stacked_up_and_down_cross_between_the_stacks_left_and_right_do_not() {
        let d = Diagram::new(3, HypervisorType::Type2);
        let stacked = |from, dir| d.neighbour_in(from, dir, Layout::Stacked, |_| true);
        let vm_hw = id(VM, Hardware, None);
        let ct_app1 = id(CT, App, Some(0));
        // Side by side, down from the VM hardware goes nowhere and right goes to the containers.
        assert_eq!(
            d.neighbour_in(vm_hw, Dir::Down, Layout::SideBySide, |_| true),
            None
        );
        assert_eq!(
            d.neighbour_in(vm_hw, Dir::Right, Layout::SideBySide, |_| true),
            Some(id(CT, Hardware, None))
        );
        // Stacked (VMs above containers): down from the VM hardware is the container stack's
        // top left block, and up from there is back.
        assert_eq!(stacked(vm_hw, Dir::Down), Some(ct_app1));
        assert_eq!(stacked(ct_app1, Dir::Up), Some(vm_hw));
        assert_eq!(stacked(vm_hw, Dir::Right), None);
        assert_eq!(stacked(id(VM, App, Some(2)), Dir::Right), None);
        assert_eq!(
            stacked(id(CT, App, Some(1)), Dir::Left),
            Some(ct_app1),
            "within a stack as before"
        );
        // Every block is still reached from the VM hardware by the arrow keys alone.
        assert_eq!(reachable(vm_hw, stacked).len(), d.blocks().len());
    }

    #[test]
    fn block_slugs_round_trip_and_bad_ones_are_refused() {
        let d = Diagram::new(3, HypervisorType::Type2);
        for b in d.blocks() {
            assert_eq!(BlockId::parse(&b.slug()), Some(b), "{}", b.slug());
        }
        assert_eq!(id(VM, GuestOs, Some(1)).slug(), "vm.guest-os.2");
        for bad in [
            "",
            "vm",
            "vm.kernel",
            "pc.app.1",
            "vm.app.0",
            "vm.app.x",
            "vm.app.1.2",
            "vm..1",
        ] {
            assert_eq!(BlockId::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn up_and_down_follow_a_column() {
        let d = Diagram::new(3, HypervisorType::Type2);
        let up = |b| d.neighbour_in(b, Dir::Up, Layout::SideBySide, |_| true);
        assert_eq!(up(id(VM, Hardware, None)), Some(id(VM, HostOs, None)));
        assert_eq!(up(id(VM, Hypervisor, None)), Some(id(VM, GuestOs, Some(0))));
        assert_eq!(
            up(id(VM, GuestOs, Some(2))),
            Some(id(VM, BinsLibs, Some(2)))
        );
        assert_eq!(up(id(VM, App, Some(2))), None);
        assert_eq!(up(id(CT, Engine, None)), Some(id(CT, BinsLibs, Some(0))));
        let down = |b| d.neighbour_in(b, Dir::Down, Layout::SideBySide, |_| true);
        assert_eq!(down(id(CT, BinsLibs, Some(2))), Some(id(CT, Engine, None)));
        assert_eq!(down(id(VM, Hardware, None)), None);
    }

    #[test]
    fn left_and_right_cross_columns_and_stacks_at_the_nearest_level() {
        let d = Diagram::new(3, HypervisorType::Type2);
        let right = |b| d.neighbour_in(b, Dir::Right, Layout::SideBySide, |_| true);
        assert_eq!(right(id(VM, App, Some(0))), Some(id(VM, App, Some(1))));
        assert_eq!(right(id(VM, App, Some(2))), Some(id(CT, App, Some(0))));
        assert_eq!(right(id(VM, Hypervisor, None)), Some(id(CT, Engine, None)));
        // Containers have no guest OS: the nearest height, the lower on a tie.
        assert_eq!(right(id(VM, GuestOs, Some(2))), Some(id(CT, Engine, None)));
        assert_eq!(right(id(CT, App, Some(2))), None);
        let left = |b| d.neighbour_in(b, Dir::Left, Layout::SideBySide, |_| true);
        assert_eq!(left(id(CT, HostOs, None)), Some(id(VM, HostOs, None)));
        assert_eq!(left(id(VM, App, Some(0))), None);
    }

    #[test]
    fn compact_wraps_apps_in_rows_of_three_and_the_keys_follow() {
        let d = Diagram::new(5, HypervisorType::Type2);
        let go = |b, dir, layout| d.neighbour_in(b, dir, layout, |_| true);
        // (from, key, layout, lands on). Rows of four: app 5 stands below app 1 and beside the
        // wide stack's edge. Rows of three: app 4 is below app 1, and right of app 3 is the
        // container stack.
        let moves = [
            ((VM, App, 4), Dir::Up, Layout::SideBySide, (VM, GuestOs, 0)),
            ((VM, App, 3), Dir::Up, Layout::Compact, (VM, GuestOs, 0)),
            ((VM, App, 2), Dir::Right, Layout::Compact, (CT, App, 0)),
            ((VM, App, 2), Dir::Right, Layout::SideBySide, (VM, App, 3)),
        ];
        for ((s, k, n), dir, layout, (ws, wk, wn)) in moves {
            let to = go(id(s, k, Some(n)), dir, layout);
            assert_eq!(
                to,
                Some(id(ws, wk, Some(wn))),
                "{s:?} {k:?} {n} {dir:?} {layout:?}"
            );
        }
        for layout in [Layout::Compact, Layout::Stacked] {
            let seen = reachable(d.blocks()[0], |b, dir| go(b, dir, layout));
            assert_eq!(seen.len(), d.blocks().len(), "{layout:?}");
        }
    }

    #[test]
    fn contains_is_exactly_the_listed_blocks() {
        for apps in [1, 3, 8] {
            for hv in [HypervisorType::Type1, HypervisorType::Type2] {
                let d = Diagram::new(apps, hv);
                for stack in [VM, CT] {
                    for kind in LayerKind::ALL {
                        for app in [None, Some(0), Some(apps - 1), Some(apps), Some(7)] {
                            let b = id(stack, kind, app);
                            let listed = d.blocks().contains(&b);
                            assert_eq!(d.contains(b), listed, "{b:?} apps {apps} {hv:?}");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn every_block_is_reachable_with_arrows_from_the_hardware() {
        for apps in [1, 3, 8] {
            for hv in [HypervisorType::Type1, HypervisorType::Type2] {
                let d = Diagram::new(apps, hv);
                let seen = reachable(d.blocks()[0], |b, dir| {
                    let n = d.neighbour_in(b, dir, Layout::SideBySide, |_| true);
                    assert!(n.is_none_or(|n| d.contains(n)));
                    n
                });
                assert_eq!(seen.len(), d.blocks().len(), "apps {apps} {hv:?}");
            }
        }
    }
}
