//! What the reader has picked (a layer, a table row, an advantage) and which blocks that lights up
//! in both stacks: the table and the list talk to the diagram through here.

use serde::Deserialize;

use crate::diagram::BlockId;
use crate::stack::{LayerKind, StackKind};

named! {
    /// The five comparison rows of the post, in its order.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
    #[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = model::highlight))]
    #[serde(rename_all = "snake_case")]
    pub enum RowKey {
        Virtualization = "virtualization",
        Resources = "resources",
        Workloads = "workloads",
        Performance = "performance",
        Isolation = "isolation",
    }
}

named! {
    /// The post's four advantages of containers, in its order.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
    #[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = model::highlight))]
    #[serde(rename_all = "snake_case")]
    pub enum AdvantageKey {
        Performance = "performance",
        FastSetup = "fast-setup",
        Management = "management",
        Scalability = "scalability",
    }
}

/// What is picked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Pick {
    Layer(BlockId),
    Row(RowKey),
    Advantage(AdvantageKey),
}

impl Pick {
    /// `layer:vm.app.1`, `row:isolation`, `advantage:fast-setup` (the URL hash form).
    pub fn slug(self) -> String {
        match self {
            Pick::Layer(b) => format!("layer:{}", b.slug()),
            Pick::Row(r) => format!("row:{}", r.slug()),
            Pick::Advantage(a) => format!("advantage:{}", a.slug()),
        }
    }

    pub fn parse(key: &str) -> Option<Pick> {
        let (kind, value) = key.split_once(':')?;
        match kind {
            "layer" => BlockId::parse(value).map(Pick::Layer),
            "row" => RowKey::parse(value).map(Pick::Row),
            "advantage" => AdvantageKey::parse(value).map(Pick::Advantage),
            _ => None,
        }
    }
}

use LayerKind::*;

/// The layers a row or an advantage is about, per stack; `first_app_only` for a path through
/// one app (performance: the layers one call crosses).
struct Lights {
    vm: &'static [LayerKind],
    container: &'static [LayerKind],
    first_app_only: bool,
}

fn lights(pick: Pick) -> Option<Lights> {
    let l = |vm, container| Lights {
        vm,
        container,
        first_app_only: false,
    };
    let path = Lights {
        vm: &[App, BinsLibs, GuestOs, Hypervisor, HostOs, Hardware],
        container: &[App, BinsLibs, HostOs, Hardware],
        first_app_only: true,
    };
    Some(match pick {
        Pick::Layer(_) => return None,
        Pick::Row(RowKey::Virtualization) => l(&[Hypervisor], &[Engine, HostOs]),
        Pick::Row(RowKey::Resources) => l(&[GuestOs], &[HostOs]),
        Pick::Row(RowKey::Workloads) => l(&[GuestOs], &[BinsLibs, HostOs]),
        Pick::Row(RowKey::Performance) | Pick::Advantage(AdvantageKey::Performance) => path,
        // The boundaries, and what the flaw's show reaches (VM 1's kernel only): lighting every
        // guest OS would draw the flaw reaching every VM.
        Pick::Row(RowKey::Isolation) => l(&[], &[HostOs]),
        Pick::Advantage(AdvantageKey::FastSetup) => l(&[], &[BinsLibs, App]),
        Pick::Advantage(AdvantageKey::Management) => l(&[], &[Engine, BinsLibs, App]),
        Pick::Advantage(AdvantageKey::Scalability) => l(&[], &[Engine, BinsLibs, App]),
    })
}

/// Is this block lit up by the pick? (A picked layer is marked as picked instead.)
pub fn lit(pick: Option<Pick>, b: BlockId) -> bool {
    let Some(l) = pick.and_then(lights) else {
        return false;
    };
    let kinds = match b.stack {
        StackKind::Vm => l.vm,
        StackKind::Container => l.container,
    };
    kinds.contains(&b.kind) && !(l.first_app_only && b.app.is_some_and(|g| g > 0))
}

/// Are the outlines around each VM / container of this stack lit (the isolation boundary)?
pub fn boundaries_lit(pick: Option<Pick>, stack: StackKind) -> bool {
    match pick {
        Some(Pick::Row(RowKey::Isolation)) => true,
        Some(Pick::Advantage(AdvantageKey::Scalability)) => stack == StackKind::Container,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagram::Diagram;
    use crate::stack::HypervisorType;

    fn lit_keys(pick: Pick) -> Vec<String> {
        Diagram::new(3, HypervisorType::Type2)
            .blocks()
            .into_iter()
            .filter(|&b| lit(Some(pick), b))
            .map(BlockId::slug)
            .collect()
    }

    #[test]
    fn each_row_lights_its_own_layers() {
        assert_eq!(
            lit_keys(Pick::Row(RowKey::Virtualization)),
            ["vm.hypervisor", "container.host-os", "container.engine"]
        );
        assert_eq!(
            lit_keys(Pick::Row(RowKey::Resources)),
            [
                "vm.guest-os.1",
                "vm.guest-os.2",
                "vm.guest-os.3",
                "container.host-os"
            ]
        );
        assert_eq!(
            lit_keys(Pick::Row(RowKey::Performance)),
            [
                "vm.hardware",
                "vm.host-os",
                "vm.hypervisor",
                "vm.guest-os.1",
                "vm.bins-libs.1",
                "vm.app.1",
                "container.hardware",
                "container.host-os",
                "container.bins-libs.1",
                "container.app.1"
            ]
        );
        assert!(boundaries_lit(
            Some(Pick::Row(RowKey::Isolation)),
            StackKind::Vm
        ));
        assert!(boundaries_lit(
            Some(Pick::Row(RowKey::Isolation)),
            StackKind::Container
        ));
        assert!(!boundaries_lit(
            Some(Pick::Row(RowKey::Resources)),
            StackKind::Vm
        ));
    }

    #[test]
    fn every_row_and_advantage_lights_something_and_no_two_rows_tell_the_same_story() {
        for r in RowKey::ALL {
            assert!(!lit_keys(Pick::Row(r)).is_empty(), "{r:?}");
        }
        for a in AdvantageKey::ALL {
            let f = Pick::Advantage(a);
            assert!(
                !lit_keys(f).is_empty() || boundaries_lit(Some(f), StackKind::Container),
                "{a:?}"
            );
        }
        assert!(lit_keys(Pick::Advantage(AdvantageKey::FastSetup))
            .iter()
            .all(|k| k.starts_with("container.")));
    }

    #[test]
    fn a_picked_layer_lights_nothing_else() {
        let b = BlockId::parse("vm.app.2").unwrap();
        assert!(lit_keys(Pick::Layer(b)).is_empty());
    }

    #[test]
    fn picks_round_trip_as_slugs_and_bad_ones_are_refused() {
        let d = Diagram::new(3, HypervisorType::Type2);
        let all = d
            .blocks()
            .into_iter()
            .map(Pick::Layer)
            .chain(RowKey::ALL.map(Pick::Row))
            .chain(AdvantageKey::ALL.map(Pick::Advantage));
        for f in all {
            assert_eq!(Pick::parse(&f.slug()), Some(f), "{}", f.slug());
        }
        for bad in [
            "",
            "row",
            "row:",
            "row:speed",
            "layer:vm",
            "advantage:cheap",
            "x:y",
            "ROW:isolation",
        ] {
            assert_eq!(Pick::parse(bad), None, "{bad}");
        }
    }
}
