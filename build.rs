//! Reads `content/<code>.toml` for every language of `Lang::ALL` with the model's own types,
//! validates them, and bakes them (databake) into `$OUT_DIR/content_<code>.rs` as constant
//! expressions, with `$OUT_DIR/baked.rs`, the statics and the match `src/baked.rs` includes
//! (build-support/languages.rs, which `tests/languages.rs` runs on a test-only language too). Any
//! problem stops the build with a message naming the file and the field.
//!
//! Also writes `$OUT_DIR/widget.css` for the browser tests (`tests/browser.rs`): the stylesheets
//! `styles/container-vs-vm.css` imports, in its order. What ships is esbuild's minified bundle of
//! the same entry file (`crates/embed`).

use std::path::Path;

use model::lang::Lang;

include!("build-support/languages.rs");

fn fail(msg: String) -> ! {
    // cargo shows a build script's stderr when it fails.
    eprintln!("\n{msg}\n");
    std::process::exit(1);
}

fn read(file: &str) -> String {
    std::fs::read_to_string(file).unwrap_or_else(|e| fail(format!("{file}: cannot read: {e}")))
}

fn write(out: &str, name: &str, text: &str) {
    let path = Path::new(out).join(name);
    std::fs::write(&path, text).unwrap_or_else(|e| fail(format!("{}: {e}", path.display())));
}

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    println!("cargo:rerun-if-changed=content");
    println!("cargo:rerun-if-changed=styles");
    println!("cargo:rerun-if-changed=build-support");
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

    // Every language of `Lang::ALL`, the same way (build-support/languages.rs).
    let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.slug()).collect();
    let read_file =
        |file: &str| std::fs::read_to_string(file).map_err(|e| format!("{file}: cannot read: {e}"));
    let baked = bake_all(&codes, read_file).unwrap_or_else(|e| fail(e));
    for (code, tokens) in &baked {
        write(&out, &format!("content_{code}.rs"), tokens);
    }
    let variants: Vec<(String, &str)> = Lang::ALL
        .iter()
        .map(|l| (format!("{l:?}"), l.slug()))
        .collect();
    let langs: Vec<(&str, &str)> = variants.iter().map(|(v, c)| (v.as_str(), *c)).collect();
    write(&out, "baked.rs", &baked_module(&langs));
}
