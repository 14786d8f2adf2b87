//! The configuration of one mounted widget, read from its element's `data-*` attributes.
//! Every bad value becomes a [`Warning`] naming the attribute and the value, and the documented
//! default is used instead: a typo never panics and never leaves a blank box.

use crate::lang::Lang;
use crate::parts::Parts;
use crate::scheme::Scheme;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Config {
    /// `data-lang`: `ko` (default) or `en`.
    pub lang: Lang,
    /// `data-autoplay`: build the stacks up step by step (default `true`); `false` shows them
    /// finished.
    pub autoplay: bool,
    /// `data-scheme`: `light` or `dark` forces one; `auto` (default, `None`) takes the page's.
    pub scheme: Option<Scheme>,
    /// `data-parts`: which parts the box shows (default all).
    pub parts: Parts,
}

impl Config {
    /// What a box without attributes gets, on a page without `lang`.
    pub const DEFAULT: Config = Config {
        lang: Lang::ALL[0],
        autoplay: true,
        scheme: None,
        parts: Parts::ALL,
    };
}

/// A bad attribute value and what was used instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    pub attribute: &'static str,
    pub value: String,
    pub used: String,
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Long garbage is cut so one bad attribute cannot flood the console.
        let shown: String = self.value.chars().take(40).collect();
        let more = if self.value.chars().count() > 40 {
            "…"
        } else {
            ""
        };
        write!(
            f,
            "container-vs-vm: {}=\"{shown}{more}\" is not understood; using {}",
            self.attribute, self.used
        )
    }
}

fn parse_bool(value: &str) -> Option<bool> {
    match value.trim().to_ascii_lowercase().as_str() {
        "" | "true" | "yes" | "on" | "1" => Some(true),
        "false" | "no" | "off" | "0" => Some(false),
        _ => None,
    }
}

impl Config {
    /// Reads the configuration through `attr`, which returns an attribute's value if it is set.
    /// The language comes from `data-lang`, else from the page's `lang` (`page_lang`), else
    /// Korean.
    pub fn from_attributes(
        attr: impl Fn(&str) -> Option<String>,
        page_lang: Option<&str>,
    ) -> (Config, Vec<Warning>) {
        let mut config = Config::DEFAULT;
        if let Some(lang) = page_lang.and_then(Lang::parse) {
            config.lang = lang;
        }
        let fallback = config.lang;
        let mut warnings = Vec::new();
        for attribute in ["data-lang", "data-autoplay", "data-scheme", "data-parts"] {
            let Some(value) = attr(attribute) else {
                continue;
            };
            // Each attribute once: how it is read, and what is used instead when it is not
            // understood (the default; for the language, the page's).
            let c = &mut config;
            let used = match attribute {
                "data-lang" => Lang::parse(&value)
                    .map(|v| c.lang = v)
                    .is_none()
                    .then(|| fallback.slug().to_string()),
                "data-autoplay" => parse_bool(&value)
                    .map(|v| c.autoplay = v)
                    .is_none()
                    .then(|| "true".to_string()),
                "data-scheme" => Scheme::parse(&value)
                    .map(|v| c.scheme = v)
                    .is_none()
                    .then(|| "auto".to_string()),
                _ => Parts::parse(&value)
                    .map(|v| c.parts = v)
                    .is_none()
                    .then(|| Parts::ALL.slugs()),
            };
            if let Some(used) = used {
                warnings.push(Warning {
                    attribute,
                    value,
                    used,
                });
            }
        }
        (config, warnings)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(pairs: &[(&str, &str)]) -> (Config, Vec<Warning>) {
        parse_on_page(pairs, None)
    }

    fn parse_on_page(pairs: &[(&str, &str)], page: Option<&str>) -> (Config, Vec<Warning>) {
        Config::from_attributes(
            |name| {
                pairs
                    .iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| v.to_string())
            },
            page,
        )
    }

    #[test]
    fn language_comes_from_data_lang_then_the_page_then_korean() {
        assert_eq!(parse_on_page(&[], Some("en-GB")).0.lang, Lang::En);
        assert_eq!(
            parse_on_page(&[("data-lang", "ko")], Some("en")).0.lang,
            Lang::Ko
        );
        assert_eq!(parse_on_page(&[], Some("fr")).0.lang, Lang::Ko);
        let (c, w) = parse_on_page(&[("data-lang", "fr")], Some("en"));
        assert_eq!(c.lang, Lang::En);
        assert!(w[0].to_string().ends_with("using en"), "{}", w[0]);
    }

    #[test]
    fn no_attributes_gives_the_defaults() {
        let (config, warnings) = parse(&[]);
        assert!(warnings.is_empty());
        assert_eq!(config, Config::DEFAULT);
        assert!(config.lang == Lang::Ko && config.autoplay && config.scheme.is_none());
        assert_eq!(config.parts, Parts::ALL);
    }

    #[test]
    fn good_values_in_any_case() {
        for (v, lang) in [
            ("en", Lang::En),
            ("EN", Lang::En),
            (" en-US ", Lang::En),
            ("ko_KR", Lang::Ko),
        ] {
            assert_eq!(parse(&[("data-lang", v)]).0.lang, lang, "{v}");
        }
        for (v, b) in [
            ("false", false),
            ("OFF", false),
            ("0", false),
            ("", true),
            ("Yes", true),
        ] {
            assert_eq!(parse(&[("data-autoplay", v)]).0.autoplay, b, "{v}");
        }
    }

    #[test]
    fn bad_values_warn_with_attribute_and_value_and_fall_back() {
        let (config, warnings) = parse(&[("data-lang", "fr"), ("data-autoplay", "sometimes")]);
        assert_eq!(config, Config::DEFAULT);
        assert_eq!(warnings.len(), 2);
        let text = warnings[0].to_string();
        assert!(
            text.contains("data-lang") && text.contains("\"fr\"") && text.contains("ko"),
            "{text}"
        );
        assert!(warnings[1]
            .to_string()
            .contains("data-autoplay=\"sometimes\""));
    }

    #[test]
    fn scheme_and_parts_are_read_and_bad_values_named() {
        use crate::parts::Part;
        let (c, w) = parse(&[("data-scheme", "Dark"), ("data-parts", "diagram, table")]);
        assert_eq!(c.scheme, Some(Scheme::Dark));
        assert_eq!(c.parts, Parts::of(&[Part::Diagram, Part::Table]));
        assert!(w.is_empty());
        assert_eq!(parse(&[("data-scheme", "auto")]).0.scheme, None);
        let (c, w) = parse(&[("data-scheme", "blue"), ("data-parts", "diagram,photo")]);
        assert_eq!((c.scheme, c.parts), (None, Parts::ALL));
        assert_eq!(
            w[0].to_string(),
            "container-vs-vm: data-scheme=\"blue\" is not understood; using auto"
        );
        assert_eq!(
            w[1].to_string(),
            "container-vs-vm: data-parts=\"diagram,photo\" is not understood; using diagram,table,advantages,estimates"
        );
    }

    #[test]
    fn huge_values_are_cut_in_the_message() {
        let huge = "x".repeat(10_000);
        let (_, w) = parse(&[("data-lang", &huge)]);
        assert!(w[0].to_string().len() < 200);
    }
}
