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

/// This widget's state from a hash (with or without the leading `#`), and a message per value
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
    for field in entry.split(';').filter(|f| !f.is_empty()) {
        let (name, value) = field.split_once(':').unwrap_or((field, ""));
        let ok = match name {
            // `focus:` is the key links shared before the pick had its own name.
            "pick" | "focus" => Pick::parse(value).map(|f| state.pick = Some(f)).is_some(),
            "step" => value
                .parse::<u8>()
                .ok()
                .filter(|&s| s <= LAST_STEP)
                .map(|s| state.step = Some(s))
                .is_some(),
            "apps" => value
                .parse::<u8>()
                .ok()
                .filter(|n| (MIN_APPS..=MAX_APPS).contains(n))
                .map(|n| state.apps = n)
                .is_some(),
            "hv" => match value {
                "1" => Some(HypervisorType::Type1),
                "2" => Some(HypervisorType::Type2),
                _ => None,
            }
            .map(|h| state.hypervisor = h)
            .is_some(),
            "lang" => Lang::parse(value).map(|l| state.lang = Some(l)).is_some(),
            "picture" => Picture::parse(value).map(|p| state.picture = p).is_some(),
            // Links shared before there were three pictures: the author's-machine preset drew
            // Windows with WSL2, which the WSL2 picture now draws.
            "preset" => (value == "author")
                .then(|| state.picture = Picture::Wsl2)
                .is_some(),
            _ => false,
        };
        if !ok {
            let shown: String = field.chars().take(40).collect();
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

/// The state kept only where this widget shows it (`data-parts`): a row needs the table, an
/// advantage the advantages, a layer, a paused step, a picture or a hypervisor type the diagram,
/// the app count the diagram or the estimates. Each dropped field is named.
pub fn shown(state: Permalink, parts: Parts, key: &str) -> (Permalink, Vec<String>) {
    let mut kept = state;
    let mut warnings = Vec::new();
    let default = Permalink::default();
    let mut drop = |field: String, part: Part| {
        warnings.push(format!(
            "container-vs-vm: ignoring \"{field}\" in the URL hash ({key}): this widget does not show the {}",
            part.slug()
        ))
    };
    let diagram = parts.shows(Part::Diagram);
    if let Some(f) = state.pick {
        let part = match f {
            Pick::Layer(_) => Part::Diagram,
            Pick::Row(_) => Part::Table,
            Pick::Advantage(_) => Part::Advantages,
        };
        if !parts.shows(part) {
            kept.pick = None;
            drop(format!("pick:{}", f.slug()), part);
        }
    }
    if !diagram {
        if let Some(s) = state.step {
            kept.step = None;
            drop(format!("step:{s}"), Part::Diagram);
        }
        if state.picture != default.picture {
            kept.picture = default.picture;
            drop(format!("picture:{}", state.picture.slug()), Part::Diagram);
        }
        if state.hypervisor != default.hypervisor {
            kept.hypervisor = default.hypervisor;
            drop("hv:1".into(), Part::Diagram);
        }
        if state.apps != default.apps && !parts.shows(Part::Estimates) {
            kept.apps = default.apps;
            drop(format!("apps:{}", state.apps), Part::Diagram);
        }
    }
    (kept, warnings)
}

/// This widget's entry for a state (empty when everything is at its default).
pub fn entry(state: &Permalink) -> String {
    let mut fields = Vec::new();
    if let Some(f) = state.pick {
        fields.push(format!("pick:{}", f.slug()));
    }
    if let Some(s) = state.step {
        fields.push(format!("step:{s}"));
    }
    if state.apps != DEFAULT_APPS {
        fields.push(format!("apps:{}", state.apps));
    }
    if state.hypervisor == HypervisorType::Type1 {
        fields.push("hv:1".into());
    }
    if let Some(l) = state.lang {
        fields.push(format!("lang:{}", l.slug()));
    }
    if state.picture != Picture::Post {
        fields.push(format!("picture:{}", state.picture.slug()));
    }
    fields.join(";")
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
