//! Build helper (native): `cvm-embed include TEMPLATE NAME=VALUE…` prints the Jekyll include with the
//! static fallbacks rendered from the same components; `cvm-embed fallback ko|en` prints one;
//! `cvm-embed page FILE` puts the fallback into every empty `<div data-cvm …>` of FILE, in place;
//! `cvm-embed css` prints all of the widget's styles as one stylesheet.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use container_vs_vm::model::config::{Config, Lang};
    use container_vs_vm::ssr;

    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage =
        "usage: cvm-embed include TEMPLATE NAME=VALUE... | fallback ko|en | page FILE | css";
    let result = match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["include", template, values @ ..] => {
            let values: Vec<(&str, &str)> =
                values.iter().filter_map(|v| v.split_once('=')).collect();
            std::fs::read_to_string(template)
                .map_err(|e| format!("{template}: {e}"))
                .and_then(|t| {
                    ssr::fill_include(&t, &values).map_err(|e| format!("{template}: {e}"))
                })
        }
        ["css"] => Ok(ssr::WIDGET_CSS.to_string()),
        ["page", file] => std::fs::read_to_string(file)
            .map(|html| ssr::fill_page(&html))
            .and_then(|html| std::fs::write(file, html))
            .map(|()| String::new())
            .map_err(|e| format!("{file}: {e}")),
        ["fallback", lang] => Lang::parse(lang)
            .map(|lang| {
                ssr::render_static(Config {
                    lang,
                    ..Config::default()
                })
            })
            .ok_or_else(|| format!("unknown language {lang:?}; {usage}")),
        _ => Err(usage.to_string()),
    };
    match result {
        Ok(html) => print!("{html}"),
        Err(e) => {
            eprintln!("cvm-embed: {e}");
            std::process::exit(2);
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
