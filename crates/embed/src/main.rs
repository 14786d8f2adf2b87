//! `embed`: what turns the built widget into something a page can hold (native).
//!
//! - `embed page FILE`: Trunk's post-build hook. Puts the static fallback into every empty
//!   `<div data-cvm …>` of FILE, in place, and writes the widget's stylesheet next to it.
//! - `embed release DIST OUT`: the blog embed from Trunk's release build in DIST, into OUT (see
//!   [`release`]). `scripts/release` is its entry point.
//! - `embed ship WASM JS OUT`: the shipped treatment of a wasm and its wasm-bindgen glue, into
//!   the folder OUT: short import and export names ([`short_names`]), the glue minified (the
//!   bench gives the baseline the same).
//! - `embed fallback ko|en`: prints one fallback.

mod esbuild;
mod fill;
mod paths;
mod release;
mod short_names;

use std::path::Path;

use model::config::Config;
use model::lang::Lang;

const USAGE: &str = "usage: embed page FILE | release DIST OUT | ship WASM JS OUT | fallback ko|en";

fn run(args: &[&str]) -> Result<String, String> {
    match args {
        ["page", file] => {
            let html = std::fs::read_to_string(file).map_err(|e| format!("{file}: {e}"))?;
            std::fs::write(file, fill::page(&html)).map_err(|e| format!("{file}: {e}"))?;
            let dir = Path::new(file).parent().unwrap_or(Path::new("."));
            esbuild::stylesheet(&dir.join(release::CSS))?;
            Ok(String::new())
        }
        ["release", dist, out] => release::build(Path::new(dist), Path::new(out)),
        ["ship", wasm, js, out] => {
            release::ship(Path::new(wasm), Path::new(js), Path::new(out)).map(|()| String::new())
        }
        ["fallback", lang] => Lang::parse(lang)
            .map(|lang| {
                widget::ssr::render_static(Config {
                    lang,
                    ..Config::DEFAULT
                })
            })
            .ok_or_else(|| format!("unknown language {lang:?}; {USAGE}")),
        _ => Err(USAGE.to_string()),
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match run(&args) {
        Ok(text) => print!("{text}"),
        Err(e) => {
            eprintln!("embed: {e}");
            std::process::exit(2);
        }
    }
}
