//! The widget's languages. Adding one is its line in `languages!` and its content file
//! (`content/<code>.toml`): the build bakes every language of [`Lang::ALL`], the switch names each
//! in its own words (the file's `name`), and the fallbacks are written one per language.

/// Each language: its variant and its code, the name of its content file and of `data-lang`.
macro_rules! languages {
    ($($variant:ident = $code:literal),+ $(,)?) => {
        /// The widget's language (the first is the default).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Lang {
            $($variant),+
        }

        impl Lang {
            /// How many languages there are.
            pub const COUNT: usize = [$($code),+].len();
            pub const ALL: [Lang; Lang::COUNT] = [$(Lang::$variant),+];

            /// `ko`, `en`: the code of `data-lang`, of the content file, of the URL hash.
            pub fn slug(self) -> &'static str {
                match self {
                    $(Lang::$variant => $code),+
                }
            }
        }
    };
}

languages! {
    Ko = "ko",
    En = "en",
}

impl Default for Lang {
    fn default() -> Lang {
        Lang::ALL[0]
    }
}

impl Lang {
    /// `ko`, `KO`, `ko-KR`, ` en ` … → a language; anything else → `None`.
    pub fn parse(value: &str) -> Option<Lang> {
        let primary = value.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.slug() == primary)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_parses_back_from_its_code_and_the_first_is_the_default() {
        for l in Lang::ALL {
            assert_eq!(Lang::parse(l.slug()), Some(l));
            assert_eq!(Lang::parse(&l.slug().to_uppercase()), Some(l));
        }
        assert_eq!(Lang::default(), Lang::Ko);
        assert_eq!(Lang::parse("fr"), None);
    }
}
