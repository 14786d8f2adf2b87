//! Which parts of the widget a box shows (`data-parts`, the include's `parts`): the author may put
//! only the diagram where the post's picture was and keep the post's own table and list.

named! {
    /// One part of the widget, named in `data-parts` and in the include's `parts`; `ALL` is the
    /// order the widget shows them.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Part {
        /// The stacks, the caption, the player and the switches (picture, hypervisor type).
        Diagram = "diagram",
        /// The post's comparison table.
        Table = "table",
        /// The post's four advantages of containers.
        Advantages = "advantages",
        /// The estimates: the app count and the memory, disk and start-time bars.
        Estimates = "estimates",
    }
}

impl Part {
    fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// A non-empty set of parts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Parts(u8);

impl Default for Parts {
    /// Every part.
    fn default() -> Self {
        Parts::ALL
    }
}

impl Parts {
    pub const ALL: Parts = Parts(0b1111);

    pub fn of(parts: &[Part]) -> Parts {
        Parts(parts.iter().fold(0, |set, p| set | p.bit()))
    }

    pub fn shows(self, part: Part) -> bool {
        self.0 & part.bit() != 0
    }

    /// `diagram`, `table, advantages`, `TABLE,estimates,` … (comma-separated names, any case,
    /// spaces and empty entries ignored) → the parts; an unknown name, or no name at all → `None`.
    pub fn parse(value: &str) -> Option<Parts> {
        let mut set = 0;
        for name in value.split(',').map(str::trim).filter(|n| !n.is_empty()) {
            let part = Part::ALL
                .into_iter()
                .find(|p| p.slug().eq_ignore_ascii_case(name))?;
            set |= part.bit();
        }
        (set != 0).then_some(Parts(set))
    }

    /// The names, comma-separated, in the widget's order (for messages).
    pub fn slugs(self) -> String {
        Part::ALL
            .into_iter()
            .filter(|&p| self.shows(p))
            .map(Part::slug)
            .collect::<Vec<_>>()
            .join(",")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_any_case_and_order() {
        assert_eq!(Parts::parse("diagram"), Some(Parts::of(&[Part::Diagram])));
        assert_eq!(
            Parts::parse(" Estimates , TABLE,"),
            Some(Parts::of(&[Part::Table, Part::Estimates]))
        );
        assert_eq!(
            Parts::parse("diagram,table,advantages,estimates"),
            Some(Parts::ALL)
        );
        assert_eq!(
            Parts::parse("table,table").map(Parts::slugs),
            Some("table".into())
        );
    }

    #[test]
    fn an_unknown_name_or_nothing_is_not_understood() {
        for bad in [
            "",
            " , ",
            "tables",
            "diagram,foo",
            "diagram;table",
            "caption",
        ] {
            assert_eq!(Parts::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn shows_and_names() {
        let p = Parts::of(&[Part::Advantages, Part::Diagram]);
        assert!(p.shows(Part::Diagram) && p.shows(Part::Advantages));
        assert!(!p.shows(Part::Table) && !p.shows(Part::Estimates));
        assert_eq!(p.slugs(), "diagram,advantages");
        assert_eq!(Parts::default(), Parts::ALL);
    }
}
