//! The static fallback put where a page holds the widget: the Jekyll include's template and the
//! demo page.

use model::config::Config;
use model::lang::Lang;
use model::parts::{Part, Parts};
use widget::ssr::render_static;

/// The include's fallback holds every part: Liquid cannot render components, so the include hides
/// the parts its `parts` leaves out (`data-cvm-fallback-parts`, the shipped CSS).
fn every_part(lang: Lang) -> Config {
    Config {
        lang,
        ..Config::DEFAULT
    }
}

/// One fallback per language of `Lang::ALL`, as a Liquid `case` on the include's `cvm_lang` (the
/// first language for any other value). Each inside `raw`, so Liquid reads none of its text.
fn fallbacks() -> String {
    let raw = |lang: Lang| {
        format!(
            "{{% raw %}}{}{{% endraw %}}\n",
            render_static(every_part(lang))
        )
    };
    let mut out = String::from("{%- case cvm_lang -%}\n");
    for &lang in &Lang::ALL[1..] {
        out += &format!("{{%- when \"{}\" -%}}\n{}", lang.slug(), raw(lang));
    }
    out += &format!("{{%- else -%}}\n{}{{%- endcase -%}}", raw(Lang::ALL[0]));
    out
}

/// The include's parts rule, from the model's own (`Parts::parse`): a Liquid `case` on the
/// include's `cvm_key` (its `parts`, in lower case, trimmed names, empty ones dropped, sorted and
/// each once, joined by commas) for every set of known names, each setting `cvm_parts` to the
/// parts shown, in the widget's order. Any other key (an unknown name) sets nothing: every part.
fn parts_case() -> String {
    let names: Vec<&str> = Part::ALL.iter().map(|p| p.slug()).collect();
    let mut out = String::from("{%- case cvm_key -%}\n");
    for set in 1..1u32 << names.len() {
        let mut key: Vec<&str> = (0..names.len())
            .filter(|i| set & (1 << i) != 0)
            .map(|i| names[i])
            .collect();
        key.sort_unstable();
        let key = key.join(",");
        if let Some(parts) = Parts::parse(&key) {
            let shown = parts.slugs().replace(',', " ");
            out += &format!("{{%- when \"{key}\" -%}}{{%- assign cvm_parts = \"{shown}\" -%}}\n");
        }
    }
    out + "{%- endcase -%}"
}

/// Fills the include template: `{{CVM_FALLBACKS}}` (one fallback per language), `{{CVM_PARTS}}`
/// (the parts rule) and each
/// `{{NAME}}` of `values` (the version, the subresource-integrity hashes). Fails naming the marker
/// if the template lacks one.
pub fn include(template: &str, values: &[(&str, &str)]) -> Result<String, String> {
    let mut out = template.to_string();
    let mut fills = vec![
        ("{{CVM_FALLBACKS}}".to_string(), fallbacks()),
        ("{{CVM_PARTS}}".to_string(), parts_case()),
    ];
    fills.extend(
        values
            .iter()
            .map(|(k, v)| (format!("{{{{{k}}}}}"), v.to_string())),
    );
    for (marker, value) in fills {
        if !out.contains(marker.as_str()) {
            return Err(format!("the include template has no {marker}"));
        }
        out = out.replace(marker.as_str(), &value);
    }
    Ok(out)
}

/// Puts the static fallback into every empty `<div data-cvm …></div>` of a page (the trunk demo
/// page, after each build), configured by its attributes as the live widget will be (language,
/// parts), so the demo page loads like the blog: the finished widget first, the live one in the
/// same box after.
pub fn page(html: &str) -> String {
    let mut out = String::with_capacity(html.len() + 16_000);
    let mut rest = html;
    while let Some(start) = rest.find("<div data-cvm") {
        let Some(open_end) = rest[start..].find('>').map(|i| start + i + 1) else {
            break;
        };
        out.push_str(&rest[..open_end]);
        let tag = &rest[start..open_end];
        rest = &rest[open_end..];
        if rest.trim_start().starts_with("</div>") {
            let attr = |name: &str| {
                let value = tag.split(&format!(" {name}=\"")).nth(1)?;
                value.split('"').next().map(str::to_string)
            };
            let (config, _) = Config::from_attributes(attr, None);
            out.push_str(&render_static(config));
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_include_is_filled_or_the_missing_marker_is_named() {
        let t = "<div>{{CVM_FALLBACKS}}</div>{{CVM_PARTS}}?v={{CVM_VERSION}}";
        let out = include(t, &[("CVM_VERSION", "abc123")]).unwrap();
        assert!(
            out.contains("컨테이너 엔진")
                && out.contains("Container engine")
                && out.contains("?v=abc123")
        );
        // One per language, each chosen by its code; the first is the default.
        for lang in &Lang::ALL[1..] {
            assert!(
                out.contains(&format!("{{%- when \"{}\" -%}}", lang.slug())),
                "{out}"
            );
        }
        assert_eq!(out.matches("{% raw %}").count(), Lang::COUNT);
        assert!(!out.contains("{{CVM_"));
        let err = include(
            "<div></div>{{CVM_PARTS}}?v={{CVM_VERSION}}",
            &[("CVM_VERSION", "x")],
        )
        .unwrap_err();
        assert!(err.contains("{{CVM_FALLBACKS}}"), "{err}");
    }

    #[test]
    fn the_includes_parts_rule_is_the_models() {
        let case = parts_case();
        // Every non-empty set of the four names once, sorted, shown in the widget's order.
        assert_eq!(case.matches("{%- when").count(), 15);
        assert!(case.contains(
            r#"{%- when "advantages,table" -%}{%- assign cvm_parts = "table advantages" -%}"#
        ));
        assert!(case.contains(
            r#"{%- when "advantages,diagram,estimates,table" -%}{%- assign cvm_parts = "diagram table advantages estimates" -%}"#
        ));
    }

    #[test]
    fn the_demo_page_gets_a_fallback_in_each_empty_mount() {
        let html = r#"<p>a</p><div data-cvm data-lang="en"></div><div data-cvm></div><div data-cvm>x</div>"#;
        let out = page(html);
        assert_eq!(
            out.matches("cvm--static").count(),
            2,
            "not into a mount that has content"
        );
        let en = out.find("Container VS Virtual Machine").unwrap();
        let parts = page(r#"<div data-cvm data-parts="table"></div>"#);
        assert!(parts.contains("cvm-comparison") && !parts.contains("cvm-diagram"));
        let ko = out.find("컨테이너 VS 가상머신").unwrap();
        assert!(en < ko, "each in its own language");
        assert!(out.ends_with("<div data-cvm>x</div>"));
    }
}
