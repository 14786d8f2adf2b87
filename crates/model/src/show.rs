//! What a pick shows moving (its *show*), described once here for every row and advantage:
//! - a marker along a path on the stacks (an I/O request, a system call, a kernel flaw, an image):
//!   step by step, the blocks it reaches on each side, the blocks of one step together. The view
//!   numbers the blocks (their step), CSS moves the marker onto them one step after another at the
//!   same pace on both sides, and the caption writes the same path in words;
//! - other names on the blocks (the workloads: different systems above, one kernel below);
//! - bars drawn to one scale from the estimates' figures (resources, the start race).

use crate::diagram::BlockId;
use crate::highlight::{AdvantageKey, Pick, RowKey};
use crate::stack::{LayerKind, Stack, StackKind};

use LayerKind::*;

/// What a pick shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Show {
    /// An I/O request from app 1 down to the hardware (performance).
    Io,
    /// A system call from app 1 to the kernel that answers it (virtualization).
    SystemCall,
    /// A kernel flaw set off from app 1, and what it reaches (isolation).
    KernelBug,
    /// Each VM's guest OS a different system, each container's bins/libs a different userland,
    /// all on one host kernel (workloads).
    Workloads,
    /// Memory and disk as bars, to one scale (resources).
    Resources,
    /// Booting a VM against starting a container, on one time scale (fast setup).
    StartRace,
    /// One image, pulled by the engine, becomes every container's bins/libs and app (management).
    Image,
    /// The same image on several servers, the same containers on each (scalability).
    Scale,
}

impl Show {
    /// The pick's show, if it has one: every row and advantage has; a layer has none.
    pub fn of(pick: Option<Pick>) -> Option<Show> {
        Some(match pick? {
            Pick::Row(RowKey::Performance) | Pick::Advantage(AdvantageKey::Performance) => Show::Io,
            Pick::Row(RowKey::Virtualization) => Show::SystemCall,
            Pick::Row(RowKey::Isolation) => Show::KernelBug,
            Pick::Row(RowKey::Workloads) => Show::Workloads,
            Pick::Row(RowKey::Resources) => Show::Resources,
            Pick::Advantage(AdvantageKey::FastSetup) => Show::StartRace,
            Pick::Advantage(AdvantageKey::Management) => Show::Image,
            Pick::Advantage(AdvantageKey::Scalability) => Show::Scale,
            Pick::Layer(_) => return None,
        })
    }

    /// The layers the marker may reach in stack `s`, in order; a stack reaches those it has. From
    /// app 1 (or, for [`Show::every_app`], from every app at once). A system call ends at the
    /// first kernel: a VM's guest OS, the containers' host OS, or, in a nested picture, the guest
    /// OS of the VM the containers run in. A kernel flaw reaches the kernel app 1 runs on, and
    /// from a shared kernel every app on it. An I/O request leaves a VM through the hypervisor
    /// (with WSL2, Windows in the root partition drives the devices). An image is taken in by the
    /// engine and becomes the containers' bins/libs and apps; a VM has no image to share. Bars
    /// have no marker.
    fn kinds(self, s: &Stack) -> &'static [LayerKind] {
        // In a nested picture the containers' kernel is their VM's guest OS.
        let nested = s.shared.contains(&GuestOs);
        match (self, s.kind) {
            (Show::Io, _) => &[App, BinsLibs, GuestOs, Hypervisor, HostOs, Hardware],
            (Show::SystemCall, StackKind::Vm) => &[App, BinsLibs, GuestOs],
            (Show::SystemCall, _) if nested => &[App, BinsLibs, GuestOs],
            (Show::SystemCall, _) => &[App, BinsLibs, HostOs],
            (Show::KernelBug, StackKind::Vm) => &[App, GuestOs],
            (Show::KernelBug, _) if nested => &[App, GuestOs, App],
            (Show::KernelBug, _) => &[App, HostOs, App],
            (Show::Workloads, StackKind::Vm) => &[GuestOs],
            (Show::Workloads, _) if nested => &[BinsLibs, GuestOs],
            (Show::Workloads, _) => &[BinsLibs, HostOs],
            (Show::Image | Show::Scale, StackKind::Container) => &[Engine, BinsLibs, App],
            _ => &[],
        }
    }

    /// Whether the marker leaves from every app at once rather than from app 1.
    fn every_app(self) -> bool {
        matches!(self, Show::Workloads | Show::Image | Show::Scale)
    }

    /// Whether every block reached keeps its marker at the end (what a flaw reached stays hit,
    /// every system named, every container made from the image), or only the last step's
    /// (where a request is answered).
    pub fn marks_all(self) -> bool {
        matches!(
            self,
            Show::KernelBug | Show::Workloads | Show::Image | Show::Scale
        )
    }

    /// The blocks the marker reaches in stack `s`, each with its step (0 = the first), in order:
    /// app 1's own blocks (every app's, for [`Show::every_app`]), then the shared layers under
    /// them; after a shared layer, an app layer means every other app (the blocks of one step are
    /// reached together). The engine is on no request's path: a container's system calls and I/O
    /// go straight to the host kernel.
    pub fn reach(self, s: &Stack) -> Vec<(u8, BlockId)> {
        let stack = s.kind;
        let (mut out, mut step, mut shared) = (Vec::new(), 0, false);
        for &kind in self.kinds(s) {
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
            } else if self.every_app() {
                0..s.apps
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

    /// Where the marker is on block `b`, given the show's `reach` of its stack: the step it
    /// reaches `b` at, and whether it rests there at the end.
    pub fn hop(self, reach: &[(u8, BlockId)], b: BlockId) -> Option<(u8, bool)> {
        let last = reach.last()?.0;
        let &(step, _) = reach.iter().find(|&&(_, x)| x == b)?;
        Some((step, self.marks_all() || step == last))
    }

    /// The name the show writes on block `b` instead of its layer's, from the content's list
    /// (`systems` on the VMs' guest OSes, `userlands` on the containers' bins/libs, in turn).
    pub fn name<'a, T>(self, b: BlockId, systems: &'a [T], userlands: &'a [T]) -> Option<&'a T> {
        let list = match (self, b.stack, b.kind) {
            (Show::Workloads, StackKind::Vm, GuestOs) => systems,
            (Show::Workloads, StackKind::Container, BinsLibs) => userlands,
            _ => return None,
        };
        let n = list.len();
        list.get(usize::from(b.app?) % n.max(1))
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

    /// Each step's blocks of `j` in stack `s`, space-separated.
    fn steps(j: Show, s: &Stack) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for (step, b) in j.reach(s) {
            match out.get_mut(usize::from(step)) {
                Some(last) => *last = format!("{last} {}", b.slug()),
                None => out.push(b.slug()),
            }
        }
        out
    }

    /// Each step's blocks in the post's picture (three apps).
    fn slugs(j: Show, h: HypervisorType, s: StackKind) -> Vec<String> {
        steps(j, stack(&Diagram::new(3, h), s))
    }

    #[test]
    fn an_io_request_crosses_the_guest_os_and_the_hypervisor_only_in_a_vm() {
        use HypervisorType::*;
        assert_eq!(
            slugs(Show::Io, Type2, StackKind::Vm),
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
            slugs(Show::Io, Type1, StackKind::Vm),
            [
                "vm.app.1",
                "vm.bins-libs.1",
                "vm.guest-os.1",
                "vm.hypervisor",
                "vm.hardware"
            ]
        );
        for h in [Type1, Type2] {
            let container = slugs(Show::Io, h, StackKind::Container);
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
            assert!(container.len() < slugs(Show::Io, h, StackKind::Vm).len());
        }
    }

    #[test]
    fn a_system_call_is_answered_by_the_guest_kernel_in_a_vm_and_by_the_host_kernel_in_a_container()
    {
        for h in [HypervisorType::Type1, HypervisorType::Type2] {
            let vm = slugs(Show::SystemCall, h, StackKind::Vm);
            assert_eq!(vm.last().map(String::as_str), Some("vm.guest-os.1"));
            let container = slugs(Show::SystemCall, h, StackKind::Container);
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
                slugs(Show::KernelBug, h, StackKind::Vm),
                ["vm.app.1", "vm.guest-os.1"]
            );
            assert_eq!(
                slugs(Show::KernelBug, h, StackKind::Container),
                [
                    "container.app.1",
                    "container.host-os",
                    "container.app.2 container.app.3"
                ]
            );
        }
        // With one app there is no other container to reach.
        let one = Diagram::new(1, HypervisorType::Type2);
        assert_eq!(Show::KernelBug.reach(&one.container).len(), 2);
        assert!(Show::KernelBug.marks_all() && !Show::Io.marks_all());
    }

    const ALL: [Show; 8] = [
        Show::Io,
        Show::SystemCall,
        Show::KernelBug,
        Show::Workloads,
        Show::Resources,
        Show::StartRace,
        Show::Image,
        Show::Scale,
    ];

    #[test]
    fn every_marker_reaches_only_blocks_the_diagram_has_in_steps_in_order() {
        for apps in 1..=8 {
            for h in [HypervisorType::Type1, HypervisorType::Type2] {
                let d = Diagram::new(apps, h);
                for s in StackKind::ALL {
                    for j in ALL {
                        let reach = j.reach(stack(&d, s));
                        assert!(reach.iter().all(|&(_, b)| d.contains(b)));
                        assert!(reach.first().is_none_or(|&(step, _)| step == 0));
                        // Steps in order, none skipped.
                        assert!(reach
                            .windows(2)
                            .all(|w| w[1].0 == w[0].0 || w[1].0 == w[0].0 + 1));
                        assert!(
                            reach.iter().all(|&(step, _)| step < 6),
                            "six steps at most (styles/layer.css)"
                        );
                    }
                    // A request or a flaw leaves from app 1.
                    for j in [Show::Io, Show::SystemCall, Show::KernelBug] {
                        let app1 = BlockId::parse(&format!("{}.app.1", s.slug())).unwrap();
                        assert_eq!(j.reach(stack(&d, s))[0], (0, app1));
                    }
                }
            }
        }
    }

    /// The isolation row's picture says what its words say: a block lit by the row is one the
    /// flaw reaches (VM 1's kernel, not VM 2's or 3's), in both stacks, for either hypervisor.
    #[test]
    fn the_isolation_row_lights_only_what_the_flaw_reaches() {
        let pick = Some(Pick::Row(RowKey::Isolation));
        for h in [HypervisorType::Type1, HypervisorType::Type2] {
            let d = Diagram::new(3, h);
            for s in [StackKind::Vm, StackKind::Container] {
                let reach: Vec<BlockId> = Show::KernelBug
                    .reach(stack(&d, s))
                    .into_iter()
                    .map(|(_, b)| b)
                    .collect();
                for b in d.blocks().into_iter().filter(|b| b.stack == s) {
                    if crate::highlight::lit(pick, b) {
                        assert!(reach.contains(&b), "{} is lit, not reached", b.slug());
                    }
                }
            }
        }
    }

    #[test]
    fn different_systems_stand_on_the_vms_and_different_userlands_on_one_kernel() {
        for h in [HypervisorType::Type1, HypervisorType::Type2] {
            assert_eq!(
                slugs(Show::Workloads, h, StackKind::Vm),
                ["vm.guest-os.1 vm.guest-os.2 vm.guest-os.3"]
            );
            assert_eq!(
                slugs(Show::Workloads, h, StackKind::Container),
                [
                    "container.bins-libs.1 container.bins-libs.2 container.bins-libs.3",
                    "container.host-os"
                ]
            );
        }
        let block = |s| BlockId::parse(s).unwrap();
        let (systems, userlands) = (["W", "U", "F"], ["A", "D"]);
        let name = |s| {
            Show::Workloads
                .name(block(s), &systems, &userlands)
                .copied()
        };
        assert_eq!(name("vm.guest-os.1"), Some("W"));
        assert_eq!(name("vm.guest-os.4"), Some("W"), "in turn");
        assert_eq!(name("container.bins-libs.2"), Some("D"));
        assert_eq!(name("container.bins-libs.3"), Some("A"));
        assert_eq!(name("container.host-os"), None, "one kernel keeps its name");
        assert_eq!(name("vm.bins-libs.1"), None);
        assert_eq!(
            Show::Io.name(block("vm.guest-os.1"), &systems, &userlands),
            None
        );
    }

    #[test]
    fn one_image_becomes_every_containers_bins_libs_and_app_and_no_vm_has_one() {
        for h in [HypervisorType::Type1, HypervisorType::Type2] {
            assert_eq!(
                slugs(Show::Image, h, StackKind::Container),
                [
                    "container.engine",
                    "container.bins-libs.1 container.bins-libs.2 container.bins-libs.3",
                    "container.app.1 container.app.2 container.app.3"
                ]
            );
            assert!(slugs(Show::Image, h, StackKind::Vm).is_empty());
            // On each server the same.
            for s in StackKind::ALL {
                assert_eq!(slugs(Show::Scale, h, s), slugs(Show::Image, h, s));
            }
            // Bars have no marker.
            for s in StackKind::ALL {
                assert!(slugs(Show::Resources, h, s).is_empty());
                assert!(slugs(Show::StartRace, h, s).is_empty());
            }
        }
    }

    /// Each step's blocks in a nested picture's containers.
    fn nested(j: Show, p: crate::picture::Picture) -> Vec<String> {
        steps(j, &Stack::nested(p).unwrap())
    }

    #[test]
    fn in_a_nested_picture_the_vms_kernel_answers_and_io_crosses_the_hypervisor() {
        use crate::picture::Picture::{CloudVm, Wsl2};
        for p in [Wsl2, CloudVm] {
            assert_eq!(
                nested(Show::SystemCall, p).last().map(String::as_str),
                Some("container.guest-os")
            );
            assert_eq!(
                nested(Show::KernelBug, p),
                ["container.app.1", "container.guest-os", "container.app.2"],
                "{p:?}: a flaw in the VM's kernel reaches its containers"
            );
            let io = nested(Show::Io, p);
            assert!(io.iter().any(|b| b == "container.hypervisor"), "{p:?}");
            assert_eq!(io.last().map(String::as_str), Some("container.hardware"));
            assert_eq!(
                nested(Show::Workloads, p),
                [
                    "container.bins-libs.1 container.bins-libs.2",
                    "container.guest-os"
                ]
            );
            assert_eq!(nested(Show::Image, p)[0], "container.engine");
        }
        // With WSL2, Windows in the root partition drives the devices: the I/O goes through it.
        assert_eq!(
            nested(Show::Io, Wsl2)[3..],
            [
                "container.hypervisor",
                "container.host-os",
                "container.hardware"
            ]
        );
        assert!(!nested(Show::Io, CloudVm)
            .iter()
            .any(|b| b.contains("host-os")));
        // Windows is no container's kernel: a Linux kernel flaw does not reach it.
        assert!(!nested(Show::KernelBug, Wsl2)
            .iter()
            .any(|b| b.contains("host-os")));
    }

    #[test]
    fn every_row_and_advantage_has_a_show_and_a_layer_none() {
        let of = |p| Show::of(Some(p));
        assert_eq!(of(Pick::Row(RowKey::Performance)), Some(Show::Io));
        assert_eq!(
            of(Pick::Advantage(AdvantageKey::Performance)),
            Some(Show::Io)
        );
        assert_eq!(
            of(Pick::Row(RowKey::Virtualization)),
            Some(Show::SystemCall)
        );
        assert_eq!(of(Pick::Row(RowKey::Isolation)), Some(Show::KernelBug));
        assert_eq!(of(Pick::Row(RowKey::Workloads)), Some(Show::Workloads));
        assert_eq!(of(Pick::Row(RowKey::Resources)), Some(Show::Resources));
        assert_eq!(
            of(Pick::Advantage(AdvantageKey::FastSetup)),
            Some(Show::StartRace)
        );
        assert_eq!(
            of(Pick::Advantage(AdvantageKey::Management)),
            Some(Show::Image)
        );
        assert_eq!(
            of(Pick::Advantage(AdvantageKey::Scalability)),
            Some(Show::Scale)
        );
        assert!(RowKey::ALL.into_iter().all(|r| of(Pick::Row(r)).is_some()));
        assert!(AdvantageKey::ALL
            .into_iter()
            .all(|a| of(Pick::Advantage(a)).is_some()));
        let layer = BlockId::parse("vm.app.1").unwrap();
        assert_eq!(of(Pick::Layer(layer)), None);
        assert_eq!(Show::of(None), None);
    }
}
