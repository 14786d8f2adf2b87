//! The reader's view in the URL hash, so it can be linked to and restored: one entry per widget,
//! `#cvm-ko=pick:row:isolation;step:4;apps:5;hv:1;lang:en&cvm-en=…`. Other parts of the hash (a
//! plain `#anchor`, another widget's entry) are kept as they are. Bad values are named and
//! ignored, never fatal.

use crate::highlight::Pick;
use crate::lang::Lang;
use crate::parts::{Part, Parts};
use crate::picture::Picture;
use crate::player::LAST_STEP;
use crate::stack::{HypervisorType, DEFAULT_APPS, MAX_APPS, MIN_APPS};

/// What a widget's entry in the URL hash holds: the part of the view a shared link restores.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Permalink {
    pub pick: Option<Pick>,
    /// A paused build-up step; `None` = as the widget starts.
    pub step: Option<u8>,
    pub apps: u8,
    pub hypervisor: HypervisorType,
    pub lang: Option<Lang>,
    /// The picture the diagram draws.
    pub picture: Picture,
}

impl Default for Permalink {
    fn default() -> Self {
        Permalink {
            pick: None,
            step: None,
            apps: DEFAULT_APPS,
            hypervisor: HypervisorType::Type2,
            lang: None,
            picture: Picture::Post,
        }
    }
}

/// A key usable in the hash: the mount element's id if it is a plain word, else `cvm<n>`.
pub fn widget_key(id: Option<&str>, index: usize) -> String {
    match id {
        Some(id)
            if !id.is_empty()
                && id.len() <= 64
                && id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') =>
        {
            id.to_string()
        }
        _ => format!("cvm{}", index + 1),
    }
}

/// One field of a widget's entry, `name:value`. Each field is described here once: its name,
/// its value as written, how it is read back, and which part of the widget must be shown for it
/// to mean anything.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Pick,
    Step,
    Apps,
    Hypervisor,
    Lang,
    Picture,
}

impl Field {
    /// In the order an entry writes them.
    pub const ALL: [Field; 6] = [
        Field::Pick,
        Field::Step,
        Field::Apps,
        Field::Hypervisor,
        Field::Lang,
        Field::Picture,
    ];

    /// Its name in the hash.
    pub fn slug(self) -> &'static str {
        match self {
            Field::Pick => "pick",
            Field::Step => "step",
            Field::Apps => "apps",
            Field::Hypervisor => "hv",
            Field::Lang => "lang",
            Field::Picture => "picture",
        }
    }

    /// Its value as written; `None` at the default, which is not written.
    fn value(self, p: &Permalink) -> Option<String> {
        match self {
            Field::Pick => p.pick.map(Pick::slug),
            Field::Step => p.step.map(|s| s.to_string()),
            Field::Apps => (p.apps != DEFAULT_APPS).then(|| p.apps.to_string()),
            Field::Hypervisor => (p.hypervisor == HypervisorType::Type1).then(|| "1".into()),
            Field::Lang => p.lang.map(|l| l.slug().into()),
            Field::Picture => (p.picture != Picture::Post).then(|| p.picture.slug().into()),
        }
    }

    /// Reads a value into the permalink; `false` (and nothing changed) if it is not one.
    fn read(self, p: &mut Permalink, value: &str) -> bool {
        let number = |range: std::ops::RangeInclusive<u8>| {
            value.parse::<u8>().ok().filter(|n| range.contains(n))
        };
        match self {
            Field::Pick => Pick::parse(value).map(|v| p.pick = Some(v)).is_some(),
            Field::Step => number(0..=LAST_STEP).map(|v| p.step = Some(v)).is_some(),
            Field::Apps => number(MIN_APPS..=MAX_APPS).map(|v| p.apps = v).is_some(),
            Field::Hypervisor => match value {
                "1" => Some(HypervisorType::Type1),
                "2" => Some(HypervisorType::Type2),
                _ => None,
            }
            .map(|v| p.hypervisor = v)
            .is_some(),
            Field::Lang => Lang::parse(value).map(|v| p.lang = Some(v)).is_some(),
            Field::Picture => Picture::parse(value).map(|v| p.picture = v).is_some(),
        }
    }

    /// The parts that give this value a meaning (any one of them will do); empty: every box.
    fn shown_by(self, p: &Permalink) -> &'static [Part] {
        match (self, p.pick) {
            (Field::Pick, Some(Pick::Row(_))) => &[Part::Table],
            (Field::Pick, Some(Pick::Advantage(_))) => &[Part::Advantages],
            (Field::Pick | Field::Step | Field::Hypervisor | Field::Picture, _) => &[Part::Diagram],
            (Field::Apps, _) => &[Part::Diagram, Part::Estimates],
            (Field::Lang, _) => &[],
        }
    }
}

/// Links shared before a field had its present name: `focus:` was the pick's; the
/// author's-machine preset (`preset:author`) drew Windows with WSL2, which the WSL2 picture draws.
fn renamed<'a>(name: &'a str, value: &'a str) -> (&'a str, &'a str) {
    match (name, value) {
        ("focus", v) => ("pick", v),
        ("preset", "author") => ("picture", Picture::Wsl2.slug()),
        other => other,
    }
}

/// This widget's permalink from a hash (with or without the leading `#`), and a message per value
/// that was not understood.
pub fn parse(hash: &str, key: &str) -> (Permalink, Vec<String>) {
    let mut state = Permalink::default();
    let mut warnings = Vec::new();
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    let Some(entry) = hash.split('&').find_map(|part| {
        part.strip_prefix(key)
            .and_then(|rest| rest.strip_prefix('='))
    }) else {
        return (state, warnings);
    };
    for text in entry.split(';').filter(|f| !f.is_empty()) {
        let (name, value) = text.split_once(':').unwrap_or((text, ""));
        let (name, value) = renamed(name, value);
        let field = Field::ALL.into_iter().find(|f| f.slug() == name);
        if !field.is_some_and(|f| f.read(&mut state, value)) {
            let shown: String = text.chars().take(40).collect();
            warnings.push(format!(
                "container-vs-vm: ignoring \"{shown}\" in the URL hash ({key})"
            ));
        }
    }
    // A layer that this app count or hypervisor type does not draw (`vm.app.5` with 3 apps).
    if let Some(Pick::Layer(b)) = state.pick {
        if !crate::diagram::Diagram::new(state.apps, state.hypervisor).contains(b) {
            state.pick = None;
            warnings.push(format!(
                "container-vs-vm: ignoring \"pick:layer:{}\" in the URL hash ({key}): no such layer in this picture",
                b.slug()
            ));
        }
    }
    (state, warnings)
}

/// The permalink kept only where this widget shows it (`data-parts`): a row needs the table, an
/// advantage the advantages, a layer, a paused step, a picture or a hypervisor type the diagram,
/// the app count the diagram or the estimates. Each dropped field is named.
pub fn shown(state: Permalink, parts: Parts, key: &str) -> (Permalink, Vec<String>) {
    // The defaults, and each field this widget shows read back from its value.
    let mut kept = Permalink::default();
    let mut warnings = Vec::new();
    for field in Field::ALL {
        let Some(value) = field.value(&state) else {
            continue;
        };
        let needs = field.shown_by(&state);
        match needs.first() {
            Some(part) if !needs.iter().any(|&p| parts.shows(p)) => warnings.push(format!(
                "container-vs-vm: ignoring \"{}:{value}\" in the URL hash ({key}): this widget does not show the {}",
                field.slug(),
                part.slug()
            )),
            _ => {
                field.read(&mut kept, &value);
            }
        }
    }
    (kept, warnings)
}

/// This widget's entry for a permalink (empty when everything is at its default).
pub fn entry(state: &Permalink) -> String {
    let mut out = String::new();
    for field in Field::ALL {
        if let Some(value) = field.value(state) {
            if !out.is_empty() {
                out.push(';');
            }
            out.push_str(field.slug());
            out.push(':');
            out.push_str(&value);
        }
    }
    out
}

/// The hash with this widget's entry replaced (or removed when the state is the default), every
/// other part kept in place. Returned without the leading `#`.
pub fn write(hash: &str, key: &str, state: &Permalink) -> String {
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    let prefix = format!("{key}=");
    let mine = entry(state);
    let mut parts: Vec<String> = Vec::new();
    let mut placed = false;
    for part in hash.split('&').filter(|p| !p.is_empty()) {
        if part.starts_with(&prefix) {
            if !mine.is_empty() && !placed {
                parts.push(format!("{prefix}{mine}"));
            }
            placed = true;
        } else {
            parts.push(part.to_string());
        }
    }
    if !placed && !mine.is_empty() {
        parts.push(format!("{prefix}{mine}"));
    }
    parts.join("&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_what_the_widget_shows_is_restored() {
        let (all, _) = parse(
            "#w=pick:row:isolation;step:3;apps:5;hv:1;picture:wsl2;lang:en",
            "w",
        );
        let (kept, warnings) = shown(all, Parts::ALL, "w");
        assert_eq!((kept, warnings.len()), (all, 0));

        let table = Parts::of(&[Part::Table]);
        let (kept, warnings) = shown(all, table, "w");
        assert_eq!(kept.pick, all.pick, "the row is in the table");
        assert_eq!(
            (kept.step, kept.apps, kept.hypervisor, kept.picture),
            (None, DEFAULT_APPS, HypervisorType::Type2, Picture::Post)
        );
        assert_eq!(kept.lang, Some(Lang::En), "the language is always shown");
        assert_eq!(warnings.len(), 4, "{warnings:?}");
        assert!(
            warnings[0].contains("\"step:3\"")
                && warnings[0].ends_with("does not show the diagram")
        );

        let (kept, warnings) = shown(all, Parts::of(&[Part::Diagram]), "w");
        assert_eq!(kept.pick, None);
        assert_eq!(kept.step, Some(3));
        assert_eq!(
            warnings,
            ["container-vs-vm: ignoring \"pick:row:isolation\" in the URL hash (w): this widget does not show the table"]
        );

        let (kept, _) = shown(all, Parts::of(&[Part::Estimates]), "w");
        assert_eq!(kept.apps, 5, "the estimates follow the app count");
        let (layer, _) = parse("#w=pick:layer:vm.guest-os.1", "w");
        assert_eq!(shown(layer, Parts::of(&[Part::Table]), "w").0.pick, None);
    }
    use crate::diagram::BlockId;
    use crate::highlight::RowKey;

    fn full() -> Permalink {
        Permalink {
            pick: Some(Pick::Layer(BlockId::parse("vm.guest-os.2").unwrap())),
            step: Some(4),
            apps: 7,
            hypervisor: HypervisorType::Type1,
            lang: Some(Lang::En),
            picture: Picture::CloudVm,
        }
    }

    #[test]
    fn state_round_trips_through_the_hash() {
        let h = write("", "cvm-ko", &full());
        assert_eq!(
            h,
            "cvm-ko=pick:layer:vm.guest-os.2;step:4;apps:7;hv:1;lang:en;picture:cloud-vm"
        );
        assert_eq!(parse(&format!("#{h}"), "cvm-ko"), (full(), vec![]));
        let row = Permalink {
            pick: Some(Pick::Row(RowKey::Isolation)),
            ..Permalink::default()
        };
        assert_eq!(parse(&write("", "a", &row), "a").0, row);
    }

    #[test]
    fn each_picture_is_linkable_and_old_preset_links_still_open() {
        for p in Picture::ALL {
            let state = Permalink {
                picture: p,
                ..Permalink::default()
            };
            assert_eq!(parse(&write("", "k", &state), "k"), (state, vec![]));
        }
        assert_eq!(write("", "k", &Permalink::default()), "");
        let (s, w) = parse("#k=preset:author", "k");
        assert_eq!((s.picture, w.len()), (Picture::Wsl2, 0));
        let (s, w) = parse("#k=picture:author", "k");
        assert_eq!((s.picture, w.len()), (Picture::Post, 1));
    }

    #[test]
    fn old_focus_links_still_open_and_are_written_as_pick() {
        let (s, w) = parse("#k=focus:row:isolation;apps:5", "k");
        assert_eq!(
            (s.pick, s.apps, w.len()),
            (Some(Pick::Row(RowKey::Isolation)), 5, 0)
        );
        assert_eq!(write("", "k", &s), "k=pick:row:isolation;apps:5");
    }

    #[test]
    fn two_widgets_and_an_anchor_share_the_hash() {
        let h = write("#%EB%B3%B8%EB%A1%A0", "cvm-ko", &full());
        let h = write(
            &h,
            "cvm-en",
            &Permalink {
                apps: 2,
                ..Permalink::default()
            },
        );
        assert!(h.starts_with("%EB%B3%B8%EB%A1%A0&cvm-ko="), "{h}");
        assert_eq!(parse(&h, "cvm-ko").0, full());
        assert_eq!(parse(&h, "cvm-en").0.apps, 2);
        // Back to the default: the entry goes, the rest stays.
        let h = write(&h, "cvm-ko", &Permalink::default());
        assert_eq!(h, "%EB%B3%B8%EB%A1%A0&cvm-en=apps:2");
        // A key that is a prefix of another does not match it.
        assert_eq!(parse("cvm-ko2=apps:5", "cvm-ko").0.apps, DEFAULT_APPS);
    }

    #[test]
    fn a_layer_the_picture_does_not_draw_is_named_and_ignored() {
        let (s, w) = parse("#k=pick:layer:vm.app.5;apps:3", "k");
        assert_eq!((s.pick, s.apps), (None, 3));
        assert!(w.len() == 1 && w[0].contains("vm.app.5"), "{w:?}");
        // Type 1: no host OS under the VMs.
        let (s, w) = parse("#k=pick:layer:vm.host-os;hv:1", "k");
        assert!(s.pick.is_none() && w.len() == 1, "{w:?}");
        // Drawn at this app count: kept.
        let (s, w) = parse("#k=apps:5;pick:layer:vm.app.5", "k");
        assert!(s.pick.is_some() && w.is_empty());
    }

    #[test]
    fn bad_values_are_named_and_ignored() {
        let (s, w) = parse(
            "#k=pick:row:speed;step:9;apps:0;apps:99;hv:3;lang:fr;zoom:2;preset:x;apps:5",
            "k",
        );
        assert_eq!(
            s,
            Permalink {
                apps: 5,
                ..Permalink::default()
            }
        );
        assert_eq!(w.len(), 8, "{w:?}");
        assert!(w[0].contains("pick:row:speed") && w[0].contains("(k)"));
        let (s, w) = parse("#k=;;;", "k");
        assert_eq!((s, w.len()), (Permalink::default(), 0));
        let (_, w) = parse(&format!("#k=pick:{}", "x".repeat(5000)), "k");
        assert!(w[0].len() < 120);
    }

    #[test]
    fn widget_keys_are_ids_or_numbers() {
        assert_eq!(widget_key(Some("cvm-ko"), 0), "cvm-ko");
        assert_eq!(widget_key(Some("a b"), 1), "cvm2");
        assert_eq!(widget_key(Some("x=y&z"), 2), "cvm3");
        assert_eq!(widget_key(None, 0), "cvm1");
        assert_eq!(widget_key(Some(""), 0), "cvm1");
    }
}
