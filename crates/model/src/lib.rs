//! The pure model: content, stacks, the build-up player and the mount configuration.
//! No yew, web-sys or wasm-bindgen here, so all of it is tested with plain `cargo test`.

/// An enum whose variants are named in text (the URL hash, CSS classes, data attributes, content
/// files' keys): each variant with its name, written once. Gives `ALL` (in declaration order),
/// `slug` (the name) and `parse` (the name back; anything else is `None`).
macro_rules! named {
    ($(#[$meta:meta])* pub enum $name:ident {
        $($(#[$vmeta:meta])* $variant:ident = $slug:literal),+ $(,)?
    }) => {
        $(#[$meta])*
        pub enum $name {
            $($(#[$vmeta])* $variant),+
        }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: [$name; [$($slug),+].len()] = [$($name::$variant),+];

            /// Its name in text.
            pub fn slug(self) -> &'static str {
                match self {
                    $($name::$variant => $slug),+
                }
            }

            /// The variant of a name.
            pub fn parse(name: &str) -> Option<$name> {
                $name::ALL.into_iter().find(|v| v.slug() == name)
            }
        }
    };
}

pub mod config;
pub mod content;
pub mod diagram;
pub mod estimates;
pub mod hash;
pub mod highlight;
pub mod lang;
pub mod parts;
pub mod picture;
pub mod player;
pub mod scheme;
pub mod show;
pub mod stack;
pub mod view;

#[cfg(test)]
mod tests {
    /// Every `named!` enum: each variant reads back from its name, the names differ, and
    /// anything else is no variant.
    macro_rules! reads_back {
        ($($t:ty),+) => {$({
            let names: Vec<&str> = <$t>::ALL.iter().map(|v| v.slug()).collect();
            for v in <$t>::ALL {
                assert_eq!(<$t>::parse(v.slug()), Some(v));
            }
            let mut unique = names.clone();
            unique.sort_unstable();
            unique.dedup();
            assert_eq!(unique.len(), names.len(), "{names:?}");
            assert_eq!(<$t>::parse(""), None);
            assert_eq!(<$t>::parse("Vm"), None, "names are exact");
        })+};
    }

    #[test]
    fn every_named_enum_reads_back_from_its_name() {
        use crate::{highlight, parts, picture, stack};
        reads_back!(
            highlight::RowKey,
            highlight::AdvantageKey,
            stack::LayerKind,
            stack::StackKind,
            parts::Part,
            picture::Picture
        );
    }
}
