//! The shipped stylesheet and JS, made by esbuild (installed by `scripts/setup` into
//! `scripts/node_modules`, or on PATH).

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::paths::{npm_tool, root};

/// The one list of the widget's stylesheets: `@import`s in cascade order.
pub fn stylesheet_entry() -> PathBuf {
    root().join("styles/container-vs-vm.css")
}

fn esbuild(args: &[&str]) -> Result<(), String> {
    let program = npm_tool("esbuild");
    let status = Command::new(&program)
        .args(args)
        .arg("--log-level=warning")
        .status()
        .map_err(|e| {
            format!(
                "cannot run {}: {e} (scripts/setup installs esbuild)",
                program.display()
            )
        })?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("esbuild {} failed ({status})", args.join(" ")))
    }
}

fn arg(path: &Path) -> Result<&str, String> {
    path.to_str()
        .ok_or_else(|| format!("{}: not a UTF-8 path", path.display()))
}

/// The widget's stylesheets bundled through the entry's `@import`s and minified, into `out`.
pub fn stylesheet(out: &Path) -> Result<(), String> {
    let entry = stylesheet_entry();
    esbuild(&[
        arg(&entry)?,
        "--bundle",
        "--minify",
        &format!("--outfile={}", arg(out)?),
    ])
}

/// A wasm-bindgen glue file minified, starting with V8's compile hint (Chrome 136+; other engines
/// read a comment), so its functions compile while the module loads instead of one by one while
/// the widget mounts. Bundled (it imports nothing): esbuild then leaves out what no export
/// reaches, and hoists and renames over the whole module.
pub fn glue(input: &Path, out: &Path) -> Result<(), String> {
    esbuild(&[
        "--bundle",
        "--minify",
        "--format=esm",
        "--banner:js=//# allFunctionsCalledOnLoad",
        arg(input)?,
        &format!("--outfile={}", arg(out)?),
    ])
}

/// An ES module minified (the loader).
pub fn module(input: &Path, out: &Path) -> Result<(), String> {
    esbuild(&[
        "--minify",
        "--format=esm",
        arg(input)?,
        &format!("--outfile={}", arg(out)?),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shipped stylesheet keeps every file the entry imports: one rule of each is in the
    /// bundle, minified (no comments, no line breaks).
    #[test]
    fn the_bundle_holds_every_imported_stylesheet() {
        let out = std::env::temp_dir().join(format!("cvm-bundle-{}.css", std::process::id()));
        stylesheet(&out).unwrap();
        let bundle = std::fs::read_to_string(&out).unwrap();
        let _ = std::fs::remove_file(&out);
        let entry = std::fs::read_to_string(stylesheet_entry()).unwrap();
        let imports: Vec<&str> = entry
            .lines()
            .filter_map(|l| l.trim().strip_prefix("@import \"")?.strip_suffix("\";"))
            .collect();
        assert!(imports.len() >= 10, "{imports:?}");
        for name in imports {
            let css = std::fs::read_to_string(root().join("styles").join(name)).unwrap();
            // The first selector of the file, as esbuild writes it (no spaces around `,`).
            let first = css
                .lines()
                .map(str::trim)
                .find(|l| l.starts_with(".cvm"))
                .unwrap_or_else(|| panic!("{name}: no .cvm rule"));
            let selector = first.split([',', '{']).next().unwrap().trim();
            assert!(
                bundle.contains(selector),
                "{name}: {selector} not in the bundle"
            );
        }
        assert!(!bundle.contains("/*") && !bundle.contains("@import"));
        assert!(bundle.lines().count() <= 2, "minified");
    }
}
