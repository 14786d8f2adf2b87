//! What a pick shows moving on the stacks (its *show*): from app 1, step by step, the blocks a
//! request or a flaw reaches on each side, the blocks of one step together. The view numbers the
//! blocks (their step), CSS moves a marker onto them one step after another at the same pace on
//! both sides, and the caption writes the same path in words. Described once here for every pick
//! that has one.

use crate::diagram::BlockId;
use crate::highlight::{AdvantageKey, Pick, RowKey};
use crate::stack::{LayerKind, Stack, StackKind};

use LayerKind::*;

/// What a show follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Journey {
    /// An I/O request from app 1 down to the hardware (performance).
    Io,
    /// A system call from app 1 to the kernel that answers it (virtualization).
    SystemCall,
    /// A kernel flaw set off from app 1, and what it reaches (isolation).
    KernelBug,
}

impl Journey {
    /// The pick's show, if it has one.
    pub fn of(pick: Option<Pick>) -> Option<Journey> {
        Some(match pick? {
            Pick::Row(RowKey::Performance) | Pick::Advantage(AdvantageKey::Performance) => {
                Journey::Io
            }
            Pick::Row(RowKey::Virtualization) => Journey::SystemCall,
            Pick::Row(RowKey::Isolation) => Journey::KernelBug,
            _ => return None,
        })
    }

    /// The layers the journey may reach from app 1, in order; a stack reaches those it has. A
    /// system call ends at the first kernel: a VM's guest OS, the container's host OS. A kernel
    /// flaw reaches the kernel app 1 runs on, and from a shared kernel every app on it.
    fn kinds(self, stack: StackKind) -> &'static [LayerKind] {
        match (self, stack) {
            (Journey::Io, _) => &[App, BinsLibs, GuestOs, Hypervisor, HostOs, Hardware],
            (Journey::SystemCall, StackKind::Vm) => &[App, BinsLibs, GuestOs],
            (Journey::SystemCall, StackKind::Container) => &[App, BinsLibs, HostOs],
            (Journey::KernelBug, StackKind::Vm) => &[App, GuestOs],
            (Journey::KernelBug, StackKind::Container) => &[App, HostOs, App],
        }
    }

    /// Whether every block reached keeps its marker at the end (what a flaw reached stays hit),
    /// or only the last step's (where a request is answered).
    pub fn marks_all(self) -> bool {
        self == Journey::KernelBug
    }

    /// The blocks the journey reaches in stack `s`, each with its step (0 = app 1), in order:
    /// app 1's own blocks, then the shared layers under them; after a shared layer, an app layer
    /// means every other app (the blocks of one step are reached together). The engine is on no
    /// path: a container's system calls and I/O go straight to the host kernel.
    pub fn reach(self, s: &Stack) -> Vec<(u8, BlockId)> {
        let stack = s.kind;
        let (mut out, mut step, mut shared) = (Vec::new(), 0, false);
        for &kind in self.kinds(stack) {
            let apps = if s.shared.contains(&kind) {
                shared = true;
                out.push((
                    step,
                    BlockId {
                        stack,
                        kind,
                        app: None,
                    },
                ));
                step += 1;
                continue;
            } else if !s.per_app.contains(&kind) {
                continue;
            } else if shared {
                1..s.apps
            } else {
                0..1
            };
            if !apps.is_empty() {
                out.extend(apps.map(|a| {
                    (
                        step,
                        BlockId {
                            stack,
                            kind,
                            app: Some(a),
                        },
                    )
                }));
                step += 1;
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagram::Diagram;
    use crate::stack::HypervisorType;

    fn stack(d: &Diagram, s: StackKind) -> &Stack {
        match s {
            StackKind::Vm => &d.vm,
            StackKind::Container => &d.container,
        }
    }

    /// Each step's blocks, space-separated.
    fn slugs(j: Journey, h: HypervisorType, s: StackKind) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for (step, b) in j.reach(stack(&Diagram::new(3, h), s)) {
            match out.get_mut(usize::from(step)) {
                Some(last) => *last = format!("{last} {}", b.slug()),
                None => out.push(b.slug()),
            }
        }
        out
    }

    #[test]
    fn an_io_request_crosses_the_guest_os_and_the_hypervisor_only_in_a_vm() {
        use HypervisorType::*;
        assert_eq!(
            slugs(Journey::Io, Type2, StackKind::Vm),
            [
                "vm.app.1",
                "vm.bins-libs.1",
                "vm.guest-os.1",
                "vm.hypervisor",
                "vm.host-os",
                "vm.hardware"
            ]
        );
        // Type 1: the hypervisor stands on the hardware, with no host OS under it.
        assert_eq!(
            slugs(Journey::Io, Type1, StackKind::Vm),
            [
                "vm.app.1",
                "vm.bins-libs.1",
                "vm.guest-os.1",
                "vm.hypervisor",
                "vm.hardware"
            ]
        );
        for h in [Type1, Type2] {
            let container = slugs(Journey::Io, h, StackKind::Container);
            assert_eq!(
                container,
                [
                    "container.app.1",
                    "container.bins-libs.1",
                    "container.host-os",
                    "container.hardware"
                ]
            );
            assert!(
                !container.iter().any(|b| b.contains("engine")),
                "the engine is not on the path"
            );
            // Same pace per layer: the container's request arrives first.
            assert!(container.len() < slugs(Journey::Io, h, StackKind::Vm).len());
        }
    }

    #[test]
    fn a_system_call_is_answered_by_the_guest_kernel_in_a_vm_and_by_the_host_kernel_in_a_container()
    {
        for h in [HypervisorType::Type1, HypervisorType::Type2] {
            let vm = slugs(Journey::SystemCall, h, StackKind::Vm);
            assert_eq!(vm.last().map(String::as_str), Some("vm.guest-os.1"));
            let container = slugs(Journey::SystemCall, h, StackKind::Container);
            assert_eq!(
                container.last().map(String::as_str),
                Some("container.host-os")
            );
        }
    }

    #[test]
    fn a_kernel_flaw_stays_in_its_vm_but_reaches_every_container_through_the_shared_kernel() {
        for h in [HypervisorType::Type1, HypervisorType::Type2] {
            assert_eq!(
                slugs(Journey::KernelBug, h, StackKind::Vm),
                ["vm.app.1", "vm.guest-os.1"]
            );
            assert_eq!(
                slugs(Journey::KernelBug, h, StackKind::Container),
                [
                    "container.app.1",
                    "container.host-os",
                    "container.app.2 container.app.3"
                ]
            );
        }
        // With one app there is no other container to reach.
        let one = Diagram::new(1, HypervisorType::Type2);
        assert_eq!(Journey::KernelBug.reach(&one.container).len(), 2);
        assert!(Journey::KernelBug.marks_all() && !Journey::Io.marks_all());
    }

    #[test]
    fn every_journey_leaves_from_app_1_and_reaches_only_blocks_the_diagram_has() {
        for apps in 1..=8 {
            for h in [HypervisorType::Type1, HypervisorType::Type2] {
                let d = Diagram::new(apps, h);
                for s in StackKind::BOTH {
                    for j in [Journey::Io, Journey::SystemCall, Journey::KernelBug] {
                        let reach = j.reach(stack(&d, s));
                        let app1 = BlockId::parse(&format!("{}.app.1", s.slug())).unwrap();
                        assert_eq!(reach[0], (0, app1));
                        assert!(reach.iter().all(|&(_, b)| d.contains(b)));
                        // Steps in order, none skipped.
                        assert!(reach
                            .windows(2)
                            .all(|w| w[1].0 == w[0].0 || w[1].0 == w[0].0 + 1));
                        assert!(
                            reach.iter().all(|&(step, _)| step < 6),
                            "six steps at most (styles/layer.css)"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn the_picks_with_a_show() {
        let of = |p| Journey::of(Some(p));
        assert_eq!(of(Pick::Row(RowKey::Performance)), Some(Journey::Io));
        assert_eq!(
            of(Pick::Advantage(AdvantageKey::Performance)),
            Some(Journey::Io)
        );
        assert_eq!(
            of(Pick::Row(RowKey::Virtualization)),
            Some(Journey::SystemCall)
        );
        assert_eq!(of(Pick::Row(RowKey::Isolation)), Some(Journey::KernelBug));
        assert_eq!(of(Pick::Row(RowKey::Resources)), None);
        assert_eq!(Journey::of(None), None);
    }
}
