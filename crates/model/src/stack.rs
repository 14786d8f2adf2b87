//! The two stacks as data: which layers, in what order, which are shared and which repeat per app.

use serde::Deserialize;

named! {
    /// A kind of layer. The same kind has the same colour in both stacks. Its name is the CSS
    /// modifier and DOM key of the kind (`cvm-layer--host-os`); `ALL` is every kind, bottom to top.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
    #[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = model::stack))]
    #[serde(rename_all = "snake_case")]
    pub enum LayerKind {
        Hardware = "hardware",
        HostOs = "host-os",
        Hypervisor = "hypervisor",
        Engine = "engine",
        GuestOs = "guest-os",
        BinsLibs = "bins-libs",
        App = "app",
    }
}

impl LayerKind {
    /// The build-up step at which this kind appears (1 = first, the hardware).
    pub const fn step(self) -> u8 {
        match self {
            LayerKind::Hardware => 1,
            LayerKind::HostOs => 2,
            LayerKind::Hypervisor | LayerKind::Engine => 3,
            LayerKind::GuestOs => 4,
            LayerKind::BinsLibs => 5,
            LayerKind::App => 6,
        }
    }
}

named! {
    /// Which of the two stacks.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum StackKind {
        Vm = "vm",
        Container = "container",
    }
}

/// Where the hypervisor sits. Type 2 runs on a host OS, as the post draws it; type 1 runs directly
/// on the hardware, as Docker's own figure draws it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum HypervisorType {
    Type1,
    #[default]
    Type2,
}

/// One stack, bottom to top: the layers every app shares, then the layers each app has its own
/// copy of.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stack {
    pub kind: StackKind,
    /// Shared layers, bottom to top; each spans the whole stack.
    pub shared: &'static [LayerKind],
    /// Per-app layers, bottom to top; repeated once per app.
    pub per_app: &'static [LayerKind],
    /// How many apps stand on the shared layers, one VM or one container each.
    pub apps: u8,
}

/// How many VMs / containers the post's figure draws.
pub const DEFAULT_APPS: u8 = 3;
/// The estimates' range of apps.
pub const MIN_APPS: u8 = 1;
pub const MAX_APPS: u8 = 8;

use crate::picture::Picture;

impl Stack {
    pub fn new(kind: StackKind, apps: u8, hypervisor: HypervisorType) -> Stack {
        let (shared, per_app): (&'static [LayerKind], &'static [LayerKind]) = match kind {
            StackKind::Vm if hypervisor == HypervisorType::Type1 => (
                &[LayerKind::Hardware, LayerKind::Hypervisor],
                &[LayerKind::GuestOs, LayerKind::BinsLibs, LayerKind::App],
            ),
            StackKind::Vm => (
                &[
                    LayerKind::Hardware,
                    LayerKind::HostOs,
                    LayerKind::Hypervisor,
                ],
                &[LayerKind::GuestOs, LayerKind::BinsLibs, LayerKind::App],
            ),
            StackKind::Container => (
                &[LayerKind::Hardware, LayerKind::HostOs, LayerKind::Engine],
                &[LayerKind::BinsLibs, LayerKind::App],
            ),
        };
        Stack {
            kind,
            shared,
            per_app,
            apps: apps.clamp(MIN_APPS, MAX_APPS),
        }
    }

    /// The containers of a nested picture (crate::picture), as the shows see them: on the
    /// hardware the hypervisor, on it one VM whose guest OS is the kernel the two containers
    /// share, and its engine. With WSL2, Windows stands on the hypervisor too, in the root
    /// partition (its host OS: it owns the devices); its apps are no container's.
    pub fn nested(picture: Picture) -> Option<Stack> {
        use LayerKind::*;
        let shared: &'static [LayerKind] = match picture {
            Picture::Post => return None,
            Picture::Wsl2 => &[Hardware, Hypervisor, HostOs, GuestOs, Engine],
            Picture::CloudVm => &[Hardware, Hypervisor, GuestOs, Engine],
        };
        Some(Stack {
            kind: StackKind::Container,
            shared,
            per_app: &[BinsLibs, App],
            apps: 2,
        })
    }

    /// Every block the reader sees, bottom to top, app by app: `(kind, Some(app))` for
    /// per-app blocks, `(kind, None)` for shared ones.
    pub fn blocks(&self) -> Vec<(LayerKind, Option<u8>)> {
        let shared = self.shared.iter().map(|&k| (k, None));
        let apps = (0..self.apps).flat_map(|g| self.per_app.iter().map(move |&k| (k, Some(g))));
        shared.chain(apps).collect()
    }

    /// The kinds this stack contains, bottom to top, once each.
    pub fn kinds(&self) -> impl Iterator<Item = LayerKind> + '_ {
        self.shared.iter().chain(self.per_app).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_nested_pictures_containers_share_their_vms_kernel() {
        assert_eq!(Stack::nested(Picture::Post), None);
        for p in [Picture::Wsl2, Picture::CloudVm] {
            let s = Stack::nested(p).unwrap();
            assert!(
                s.shared.contains(&LayerKind::GuestOs) && s.apps == 2,
                "{p:?}"
            );
        }
        assert!(!Stack::nested(Picture::CloudVm)
            .unwrap()
            .shared
            .contains(&LayerKind::HostOs));
    }

    #[test]
    fn stacks_are_ordered_bottom_to_top() {
        for kind in StackKind::ALL {
            let steps: Vec<u8> = Stack::new(kind, 3, HypervisorType::Type2)
                .kinds()
                .map(LayerKind::step)
                .collect();
            assert!(steps.windows(2).all(|w| w[0] < w[1]), "{kind:?}: {steps:?}");
        }
    }

    #[test]
    fn vm_repeats_a_guest_os_but_containers_share_the_host() {
        let vm = Stack::new(StackKind::Vm, 3, HypervisorType::Type2).blocks();
        let ct = Stack::new(StackKind::Container, 3, HypervisorType::Type2).blocks();
        let count = |b: &[(LayerKind, Option<u8>)], k| b.iter().filter(|(x, _)| *x == k).count();
        assert_eq!(count(&vm, LayerKind::GuestOs), 3);
        assert_eq!(count(&ct, LayerKind::GuestOs), 0);
        assert_eq!(count(&vm, LayerKind::HostOs), 1);
        assert_eq!(count(&ct, LayerKind::HostOs), 1);
        assert_eq!(count(&vm, LayerKind::App), 3);
        assert_eq!(count(&ct, LayerKind::App), 3);
        assert_eq!(vm.len(), 3 + 3 * 3);
        assert_eq!(ct.len(), 3 + 3 * 2);
    }

    #[test]
    fn a_type_1_hypervisor_sits_on_the_hardware() {
        let vm = Stack::new(StackKind::Vm, 3, HypervisorType::Type1);
        assert_eq!(vm.shared, &[LayerKind::Hardware, LayerKind::Hypervisor]);
        let ct = Stack::new(StackKind::Container, 3, HypervisorType::Type1);
        assert!(
            ct.shared.contains(&LayerKind::HostOs),
            "containers always need the host kernel"
        );
    }

    #[test]
    fn apps_are_clamped_to_the_explorer_range() {
        assert_eq!(Stack::new(StackKind::Vm, 0, HypervisorType::Type2).apps, 1);
        assert_eq!(
            Stack::new(StackKind::Vm, 200, HypervisorType::Type2).apps,
            8
        );
    }

    #[test]
    fn all_lists_every_kind_in_declaration_order() {
        for (i, k) in LayerKind::ALL.iter().enumerate() {
            assert_eq!(*k as usize, i);
        }
    }
}
