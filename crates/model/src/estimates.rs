//! The estimates' arithmetic: memory, disk and start time for `n` apps as VMs and as
//! containers, from figures that live (with their sources) in the content files.

use serde::Deserialize;

use crate::content::Text;

/// The figures the estimates need; each appears once in a content file with its source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = model::estimates))]
#[serde(rename_all = "snake_case")]
pub enum FigureKey {
    /// Memory given to one VM, the app's included (the guest fills it; the host rarely gets it
    /// back).
    GuestOsMemoryMb,
    /// Memory of the per-container shim process (counted, where the VM side leaves its VMM out).
    ShimMemoryMb,
    /// Memory of the app itself (assumption): counted for a container; in a VM it is inside the
    /// memory the VM is given.
    AppMemoryMb,
    /// Disk of one VM image with its OS (GBs; approximate).
    VmDiskMb,
    /// Disk of the shared base image (the same distribution as the VMs'), stored once.
    ImageDiskMb,
    /// Disk of one app's own image layer (approximate).
    AppDiskMb,
    /// Time for one VM to boot its OS, kernel and init (seconds; approximate).
    VmBootMs,
    /// Time for one container to start (approximate).
    ContainerStartMs,
}

impl FigureKey {
    pub const ALL: [FigureKey; 8] = [
        FigureKey::GuestOsMemoryMb,
        FigureKey::ShimMemoryMb,
        FigureKey::AppMemoryMb,
        FigureKey::VmDiskMb,
        FigureKey::ImageDiskMb,
        FigureKey::AppDiskMb,
        FigureKey::VmBootMs,
        FigureKey::ContainerStartMs,
    ];

    /// The unit its value is written in.
    pub fn unit(self) -> Unit {
        match self {
            FigureKey::VmBootMs | FigureKey::ContainerStartMs => Unit::Ms,
            _ => Unit::Mb,
        }
    }

    /// What it measures, for error messages.
    pub fn measures(self) -> &'static str {
        match self.unit() {
            Unit::Ms => "time",
            Unit::Mb => "size",
        }
    }
}

/// The unit of a figure's value: whole megabytes or whole milliseconds (integers keep float
/// formatting out of the shipped wasm). Shown to the reader as MB / GB and ms / s.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = model::estimates))]
pub enum Unit {
    #[serde(rename = "MB")]
    Mb,
    #[serde(rename = "ms")]
    Ms,
}

impl Unit {
    /// As written in the content files.
    pub fn slug(self) -> &'static str {
        match self {
            Unit::Mb => "MB",
            Unit::Ms => "ms",
        }
    }

    /// A value in this unit, for people: `512 MB`, `2.0 GB`, `125 ms`, `30 s`.
    pub fn format(self, value: u32) -> String {
        match self {
            Unit::Mb => format_mb(value),
            Unit::Ms => format_ms(value),
        }
    }
}

/// One figure with where it comes from.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = model::estimates))]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub key: FigureKey,
    /// In whole `unit`s.
    pub value: u32,
    /// `MB` for memory and disk, `ms` for time (the build checks it fits the key).
    pub unit: Unit,
    /// What the number is, for the sources list.
    pub label: Text,
    /// Where it comes from (a document, or "typical value").
    pub source: Text,
    /// A typical value rather than a measured or specified one.
    pub approximate: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Costs {
    pub memory_mb: u32,
    pub disk_mb: u32,
    pub start_ms: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Estimate {
    pub vm: Costs,
    pub container: Costs,
}

/// The value of a figure; 0 if a file lacks it (content validation refuses such a file).
pub fn value(figures: &[Figure], key: FigureKey) -> u32 {
    figures.iter().find(|f| f.key == key).map_or(0, |f| f.value)
}

/// One side's cost as it is drawn (show::Show::Resources, ::StartRace): a shared base (0 where
/// there is none) and `parts` equal parts of `part` each (a guest OS per VM, a layer per app).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bar {
    pub base: u32,
    pub part: u32,
    pub parts: u32,
}

impl Bar {
    pub fn total(self) -> u32 {
        self.base + self.part * self.parts
    }
}

/// Memory, disk and start time, each as the VM side's bar and the container side's.
pub type Bars = [(Bar, Bar); 3];

/// `apps` apps: one VM per app (the memory it is given, the app running inside it, and a disk
/// with a whole OS) against one container per app (its shim and the app, on the shared host
/// kernel; one base image whose read-only layers all the containers share, and one layer per
/// app). Memory, on both sides, is what the host gives up: all that a VM is given (its guest fills
/// it), what containers use; disk, on both sides, is the least each needs. Start time is per
/// instance.
pub fn bars(figures: &[Figure], apps: u8) -> Bars {
    use FigureKey::*;
    let v = |k| value(figures, k);
    let n = u32::from(apps);
    let each = |part| Bar {
        base: 0,
        part,
        parts: n,
    };
    let one = |part| Bar {
        base: 0,
        part,
        parts: 1,
    };
    [
        (
            each(v(GuestOsMemoryMb)),
            each(v(ShimMemoryMb) + v(AppMemoryMb)),
        ),
        (
            each(v(VmDiskMb)),
            Bar {
                base: v(ImageDiskMb),
                ..each(v(AppDiskMb))
            },
        ),
        (one(v(VmBootMs)), one(v(ContainerStartMs))),
    ]
}

/// The totals of [`bars`].
pub fn estimate(figures: &[Figure], apps: u8) -> Estimate {
    let [m, d, s] = bars(figures, apps);
    let costs = |m: Bar, d: Bar, s: Bar| Costs {
        memory_mb: m.total(),
        disk_mb: d.total(),
        start_ms: s.total(),
    };
    Estimate {
        vm: costs(m.0, d.0, s.0),
        container: costs(m.1, d.1, s.1),
    }
}

/// `512 MB`, `2.5 GB`, `18 GB` (rounded half up).
pub fn format_mb(mb: u32) -> String {
    if mb >= 10_000 {
        format!("{} GB", (mb + 500) / 1000)
    } else if mb >= 1000 {
        let tenths = (mb + 50) / 100;
        format!("{}.{} GB", tenths / 10, tenths % 10)
    } else {
        format!("{mb} MB")
    }
}

/// `125 ms`, `1 s`, `30 s`.
pub fn format_ms(ms: u32) -> String {
    if ms >= 1000 {
        format!("{} s", (ms + 500) / 1000)
    } else {
        format!("{ms} ms")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figures() -> Vec<Figure> {
        let values = [512, 3, 50, 2000, 5, 20, 30_000, 1000];
        FigureKey::ALL
            .into_iter()
            .zip(values)
            .map(|(key, value)| Figure {
                key,
                value,
                unit: key.unit(),
                label: Text::baked("x"),
                source: Text::baked("x"),
                approximate: true,
            })
            .collect()
    }

    #[test]
    fn given_figures_give_given_totals() {
        let e = estimate(&figures(), 3);
        // The app runs inside the memory a VM is given: counted once.
        assert_eq!(e.vm.memory_mb, 3 * 512);
        assert_eq!(e.container.memory_mb, 3 * (3 + 50));
        assert_eq!(e.vm.disk_mb, 6000);
        assert_eq!(e.container.disk_mb, 5 + 60);
        assert_eq!((e.vm.start_ms, e.container.start_ms), (30_000, 1000));
        let e8 = estimate(&figures(), 8);
        assert_eq!(e8.vm.memory_mb, 4096);
        assert_eq!(e8.container.disk_mb, 165);
    }

    #[test]
    fn vms_grow_by_a_whole_os_per_app_containers_by_the_app_only() {
        let f = figures();
        let (a, b) = (estimate(&f, 1), estimate(&f, 2));
        assert_eq!(b.vm.memory_mb - a.vm.memory_mb, 512);
        assert_eq!(b.container.memory_mb - a.container.memory_mb, 53);
    }

    #[test]
    fn a_vm_is_drawn_as_one_part_per_app_a_container_as_one_shared_base_and_a_layer_per_app() {
        let [memory, disk, start] = bars(&figures(), 3);
        assert_eq!(
            memory.0,
            Bar {
                base: 0,
                part: 512,
                parts: 3
            }
        );
        assert_eq!(
            disk.0,
            Bar {
                base: 0,
                part: 2000,
                parts: 3
            }
        );
        // The base image once, a thin layer per app.
        assert_eq!(
            disk.1,
            Bar {
                base: 5,
                part: 20,
                parts: 3
            }
        );
        assert_eq!((start.0.parts, start.1.parts), (1, 1));
        assert_eq!(start.0.total(), 30_000);
    }

    #[test]
    fn numbers_read_well() {
        assert_eq!(format_mb(150), "150 MB");
        assert_eq!(format_mb(4536), "4.5 GB");
        assert_eq!(format_mb(3969), "4.0 GB");
        assert_eq!(format_mb(16_000), "16 GB");
        assert_eq!(format_ms(125), "125 ms");
        assert_eq!(format_ms(30_000), "30 s");
        assert_eq!(Unit::Ms.format(30_000), "30 s");
        assert_eq!(Unit::Mb.format(2000), "2.0 GB");
    }
}
