//! Reads `content/ko.toml` and `content/en.toml` with the model's own types, validates them, and
//! bakes them (databake) into `$OUT_DIR/content_<lang>.rs` as constant expressions (see
//! `src/baked.rs`). Any problem stops the build with a message naming the file and the field.
//!
//! Also writes `$OUT_DIR/widget.css` for the browser tests (`tests/browser.rs`): the stylesheets
//! `styles/container-vs-vm.css` imports, in its order. What ships is esbuild's minified bundle of
//! the same entry file (`crates/embed`).

use std::path::Path;

use databake::Bake;
use model::content::{self, Content};

fn fail(msg: String) -> ! {
    // cargo shows a build script's stderr when it fails.
    eprintln!("\n{msg}\n");
    std::process::exit(1);
}

fn read(file: &str) -> String {
    std::fs::read_to_string(file).unwrap_or_else(|e| fail(format!("{file}: cannot read: {e}")))
}

fn load(file: &str) -> Content {
    let c: Content = toml::from_str(&read(file)).unwrap_or_else(|e| fail(format!("{file}: {e}")));
    let errors = content::validate(&c);
    if !errors.is_empty() {
        let list: Vec<String> = errors.iter().map(|e| format!("  {file}: {e}")).collect();
        fail(format!("content errors:\n{}", list.join("\n")));
    }
    c
}

fn write(out: &str, name: &str, text: &str) {
    let path = Path::new(out).join(name);
    std::fs::write(&path, text).unwrap_or_else(|e| fail(format!("{}: {e}", path.display())));
}

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    println!("cargo:rerun-if-changed=content");
    println!("cargo:rerun-if-changed=styles");
    let entry = "styles/container-vs-vm.css";
    let css: String = read(entry)
        .lines()
        .filter_map(|line| line.trim().strip_prefix("@import \"")?.strip_suffix("\";"))
        .map(|name| read(&format!("styles/{name}")))
        .collect();
    if css.is_empty() {
        fail(format!(
            "{entry} imports no stylesheet (`@import \"name.css\";` lines)"
        ));
    }
    write(&out, "widget.css", &css);

    let ko = load("content/ko.toml");
    let en = load("content/en.toml");
    let diff = content::shape_differences(&ko, &en);
    if !diff.is_empty() {
        fail(format!(
            "content/ko.toml and content/en.toml differ in shape:\n  {}",
            diff.join("\n  ")
        ));
    }
    for (lang, c) in [("ko", &ko), ("en", &en)] {
        if c.lang != lang {
            fail(format!(
                "content/{lang}.toml: lang is \"{}\", expected \"{lang}\"",
                c.lang
            ));
        }
        let env = databake::CrateEnv::default();
        write(
            &out,
            &format!("content_{lang}.rs"),
            &c.bake(&env).to_string(),
        );
    }
}
