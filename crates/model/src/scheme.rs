//! Light or dark: the widget takes the colour scheme of the page it is in, not only the phone's.
//!
//! The author may force one (`data-scheme="light"` / `"dark"`, the include's `theme`); by default
//! (`auto`) the widget is dark only when the page is: the host says so (`html[data-theme]`, as
//! Type-on-Strap 2.x sets it; a root `color-scheme` of `dark`, or `light dark` on a dark system),
//! or the page behind the widget actually is dark (a dark skin that sets a dark background without
//! declaring `color-scheme`). The mount reads the page ([`Page`]) and this module decides.

/// A colour scheme.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scheme {
    Light,
    Dark,
}

impl Scheme {
    /// Its name in `data-scheme`, in `data-cvm-scheme` and in the include's `theme`.
    pub fn slug(self) -> &'static str {
        match self {
            Scheme::Light => "light",
            Scheme::Dark => "dark",
        }
    }

    /// `light`, `dark` (any case) → forced; `auto` → `Some(None)`; anything else → `None`.
    pub fn parse(value: &str) -> Option<Option<Scheme>> {
        match value.trim().to_ascii_lowercase().as_str() {
            "auto" => Some(None),
            "light" => Some(Some(Scheme::Light)),
            "dark" => Some(Some(Scheme::Dark)),
            _ => None,
        }
    }
}

/// What the page says about its colours, as the browser computes it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Page<'a> {
    /// `<html data-theme>`: the host theme's own switch.
    pub data_theme: Option<&'a str>,
    /// The computed `background-color` of each element from the widget's box up to `<html>`,
    /// nearest first, as `getComputedStyle` gives it (`rgb(37, 42, 52)`, `rgba(0, 0, 0, 0)`).
    pub backgrounds: &'a [&'a str],
    /// The root's computed `color-scheme` (`normal`, `light`, `dark`, `light dark`, `only dark`…).
    pub color_scheme: &'a str,
    /// `prefers-color-scheme: dark`.
    pub system_dark: bool,
}

/// The scheme the widget takes: the forced one, else what the page is (see the module).
///
/// In this order: the host's `data-theme` (its switch); the nearest background that is at least
/// half opaque (what the reader sees behind the widget); the root's `color-scheme`; light.
pub fn resolve(forced: Option<Scheme>, page: &Page) -> Scheme {
    if let Some(s) = forced {
        return s;
    }
    match page.data_theme.map(str::trim) {
        Some("dark") => return Scheme::Dark,
        Some("light") => return Scheme::Light,
        _ => {}
    }
    if let Some(rgb) = page.backgrounds.iter().find_map(|b| opaque_rgb(b)) {
        return if is_dark(rgb) {
            Scheme::Dark
        } else {
            Scheme::Light
        };
    }
    let declared: Vec<&str> = page.color_scheme.split_whitespace().collect();
    match (declared.contains(&"light"), declared.contains(&"dark")) {
        (false, true) => Scheme::Dark,
        (true, true) if page.system_dark => Scheme::Dark,
        _ => Scheme::Light,
    }
}

/// `rgb(r, g, b)` or `rgba(r, g, b, a)` with `a ≥ 0.5` → `[r, g, b]`; a more transparent colour,
/// or one written any other way, says nothing (the search goes on to the next element).
fn opaque_rgb(css: &str) -> Option<[u8; 3]> {
    let inner = css
        .trim()
        .strip_prefix("rgba(")
        .or_else(|| css.trim().strip_prefix("rgb("))?
        .strip_suffix(')')?;
    let mut parts = inner.split([',', '/', ' ']).filter(|p| !p.is_empty());
    let mut rgb = [0u8; 3];
    for c in &mut rgb {
        *c = parts.next()?.parse().ok()?;
    }
    match parts.next() {
        None => Some(rgb),
        Some(alpha) if at_least_half(alpha) => Some(rgb),
        Some(_) => None,
    }
}

/// `1`, `0.5`, `0.75`, `.9` → true; `0`, `0.1`, `0.49` → false (no float parsing in the wasm).
fn at_least_half(alpha: &str) -> bool {
    let a = alpha.trim();
    if a.starts_with('1') {
        return true;
    }
    let fraction = a.strip_prefix('0').unwrap_or(a);
    fraction
        .strip_prefix('.')
        .and_then(|f| f.bytes().next())
        .is_some_and(|d| (b'5'..=b'9').contains(&d))
}

/// Dark when white text on it would contrast more than black text: relative luminance below
/// 0.179 (WCAG 2's formula; the sRGB curve approximated by a square, within 0.02 here).
fn is_dark([r, g, b]: [u8; 3]) -> bool {
    let lin = |c: u8| {
        let x = f64::from(c) / 255.0;
        x * x
    };
    let luminance = 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    luminance < 0.179
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page<'a>(backgrounds: &'a [&'a str], color_scheme: &'a str, system_dark: bool) -> Page<'a> {
        Page {
            data_theme: None,
            backgrounds,
            color_scheme,
            system_dark,
        }
    }

    const NONE: &[&str] = &["rgba(0, 0, 0, 0)", "rgba(0, 0, 0, 0)"];

    #[test]
    fn parse_names_in_any_case_and_nothing_else() {
        assert_eq!(Scheme::parse("auto"), Some(None));
        assert_eq!(Scheme::parse(" Dark "), Some(Some(Scheme::Dark)));
        assert_eq!(Scheme::parse("LIGHT"), Some(Some(Scheme::Light)));
        for bad in ["", "black", "dark mode", "system"] {
            assert_eq!(Scheme::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn a_forced_scheme_wins_over_everything() {
        let dark_page = Page {
            data_theme: Some("dark"),
            backgrounds: &["rgb(0, 0, 0)"],
            color_scheme: "dark",
            system_dark: true,
        };
        assert_eq!(resolve(Some(Scheme::Light), &dark_page), Scheme::Light);
        assert_eq!(
            resolve(
                Some(Scheme::Dark),
                &page(&["rgb(255, 255, 255)"], "light", false)
            ),
            Scheme::Dark
        );
    }

    #[test]
    fn a_light_page_stays_light_on_a_dark_phone() {
        // minimal-mistakes' default skin and Type-on-Strap 2.0: no color-scheme, a white body.
        assert_eq!(
            resolve(
                None,
                &page(&["rgba(0, 0, 0, 0)", "rgb(255, 255, 255)"], "normal", true)
            ),
            Scheme::Light
        );
        // No background anywhere and nothing declared: the canvas is white.
        assert_eq!(resolve(None, &page(NONE, "normal", true)), Scheme::Light);
    }

    #[test]
    fn dark_skins_without_color_scheme_get_the_dark_widget() {
        // minimal-mistakes' "dark", "neon" and "plum" skins.
        for bg in ["rgb(37, 42, 52)", "rgb(20, 16, 16)", "rgb(82, 20, 119)"] {
            assert_eq!(
                resolve(None, &page(&["rgba(0, 0, 0, 0)", bg], "normal", false)),
                Scheme::Dark,
                "{bg}"
            );
        }
    }

    #[test]
    fn the_host_theme_switch_comes_first() {
        let p = Page {
            data_theme: Some("dark"),
            ..page(&["rgb(255, 255, 255)"], "normal", false)
        };
        assert_eq!(resolve(None, &p), Scheme::Dark);
        let p = Page {
            data_theme: Some("light"),
            ..page(NONE, "dark", true)
        };
        assert_eq!(resolve(None, &p), Scheme::Light);
        // Any other value says nothing.
        let p = Page {
            data_theme: Some("solarized"),
            ..page(&["rgb(20, 16, 16)"], "normal", false)
        };
        assert_eq!(resolve(None, &p), Scheme::Dark);
    }

    #[test]
    fn a_declared_color_scheme_counts_when_no_background_says_otherwise() {
        assert_eq!(resolve(None, &page(NONE, "dark", false)), Scheme::Dark);
        assert_eq!(resolve(None, &page(NONE, "only dark", false)), Scheme::Dark);
        assert_eq!(resolve(None, &page(NONE, "light dark", true)), Scheme::Dark);
        assert_eq!(
            resolve(None, &page(NONE, "light dark", false)),
            Scheme::Light
        );
        assert_eq!(resolve(None, &page(NONE, "light", true)), Scheme::Light);
    }

    #[test]
    fn the_nearest_background_at_least_half_opaque_is_the_one_behind_the_widget() {
        // A faint dark tint on a light page says nothing; the white body does.
        let faint = ["rgba(0, 0, 0, 0.05)", "rgb(255, 255, 255)"];
        assert_eq!(resolve(None, &page(&faint, "normal", false)), Scheme::Light);
        let card = ["rgba(250, 250, 250, 0.9)", "rgb(20, 16, 16)"];
        assert_eq!(resolve(None, &page(&card, "normal", false)), Scheme::Light);
        // Unknown notations are skipped.
        let odd = ["color(display-p3 0 0 0)", "rgb(37, 42, 52)"];
        assert_eq!(resolve(None, &page(&odd, "normal", false)), Scheme::Dark);
    }

    #[test]
    fn alpha_and_luminance_edges() {
        for (a, half) in [
            ("1", true),
            ("0.5", true),
            (".75", true),
            ("0", false),
            ("0.49", false),
            ("0.1", false),
            ("", false),
        ] {
            assert_eq!(at_least_half(a), half, "{a:?}");
        }
        assert!(is_dark([0, 0, 0]));
        assert!(is_dark([0x55, 0x55, 0x55]));
        assert!(!is_dark([0xf7, 0xf7, 0xf7]));
        assert!(!is_dark([0x99, 0x99, 0x99]));
        assert_eq!(opaque_rgb("rgb(1 2 3 / 0.8)"), Some([1, 2, 3]));
        assert_eq!(opaque_rgb("rgb(300, 0, 0)"), None);
    }
}
