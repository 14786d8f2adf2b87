//! Reads `content/ko.toml` and `content/en.toml` with the model's own serde types, validates them,
//! and writes them as Rust values into `$OUT_DIR/content_<lang>.rs` (see `src/model/builtin.rs`).
//! Any problem stops the build with a message naming the file and the field.

use std::path::Path;

#[allow(dead_code)]
#[path = "src/model"]
mod model {
    pub mod config;
    pub mod content;
    pub mod diagram;
    pub mod estimates;
    pub mod highlight;
    pub mod parts;
    pub mod rust_literal;
    pub mod scheme;
    pub mod stack;
    pub mod timeline;
}

#[path = "src/minify_css.rs"]
mod minify_css;

use model::content::{self, Content};

fn fail(msg: String) -> ! {
    // cargo shows a build script's stderr when it fails.
    eprintln!("\n{msg}\n");
    std::process::exit(1);
}

fn load(file: &str) -> Content {
    let text =
        std::fs::read_to_string(file).unwrap_or_else(|e| fail(format!("{file}: cannot read: {e}")));
    let c: Content = toml::from_str(&text).unwrap_or_else(|e| fail(format!("{file}: {e}")));
    let errors = content::validate(&c);
    if !errors.is_empty() {
        let list: Vec<String> = errors.iter().map(|e| format!("  {file}: {e}")).collect();
        fail(format!("content errors:\n{}", list.join("\n")));
    }
    c
}

/// The widget's stylesheets, concatenated in the order index.html links them (the demo page's
/// own `demo-page.css` left out): index.html is the one list, for trunk, the tests and the embed.
/// Minified: comments and meaningless whitespace are a quarter of the bytes.
fn widget_css(out: &str) {
    println!("cargo:rerun-if-changed=index.html");
    println!("cargo:rerun-if-changed=styles");
    println!("cargo:rerun-if-changed=src/minify_css.rs");
    let html = std::fs::read_to_string("index.html")
        .unwrap_or_else(|e| fail(format!("index.html: cannot read: {e}")));
    let mut css = String::new();
    for part in html.split("href=\"styles/").skip(1) {
        let name = part.split('"').next().unwrap_or_default();
        if name.ends_with(".css") && name != "demo-page.css" {
            let path = format!("styles/{name}");
            css += &std::fs::read_to_string(&path)
                .unwrap_or_else(|e| fail(format!("{path} (linked from index.html): {e}")));
        }
    }
    if css.is_empty() {
        fail("index.html links no stylesheet under styles/".into());
    }
    let path = Path::new(out).join("widget.css");
    std::fs::write(&path, minify_css::minify(&css))
        .unwrap_or_else(|e| fail(format!("{}: {e}", path.display())));
}

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    widget_css(&out);
    println!("cargo:rerun-if-changed=content");
    for src in [
        "config.rs",
        "content.rs",
        "diagram.rs",
        "estimates.rs",
        "highlight.rs",
        "parts.rs",
        "rust_literal.rs",
        "scheme.rs",
        "stack.rs",
        "timeline.rs",
    ] {
        println!("cargo:rerun-if-changed=src/model/{src}");
    }
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
        let code = model::rust_literal::to_rust(c)
            .unwrap_or_else(|e| fail(format!("content/{lang}.toml: {e}")));
        let path = Path::new(&out).join(format!("content_{lang}.rs"));
        std::fs::write(&path, code).unwrap_or_else(|e| fail(format!("{}: {e}", path.display())));
    }
}
