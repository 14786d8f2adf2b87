//! The blog embed, from Trunk's release build:
//!
//! ```text
//! OUT/assets/container-vs-vm/   container-vs-vm.js, container-vs-vm_bg.wasm, container-vs-vm.css, loader.js
//! OUT/_includes/container-vs-vm.html   the include, with the static fallbacks rendered in
//! ```
//!
//! Every file is named in the include with its subresource-integrity hash, and linked with a
//! `?v=` version (a hash of all of them), so a new release is never mixed with a cached old one.

use std::path::Path;

use base64::Engine;
use sha2::{Digest, Sha256, Sha384};

use crate::{esbuild, fill, paths, short_names};

/// The shipped stylesheet's name (also what the demo page links).
pub const CSS: &str = "container-vs-vm.css";
const JS: &str = "container-vs-vm.js";
const WASM: &str = "container-vs-vm_bg.wasm";
const LOADER: &str = "loader.js";
const TEMPLATE: &str = "jekyll/container-vs-vm.template.html";

fn read(path: &Path) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))
}

/// `sha384-…`, as an `integrity` attribute wants it.
fn integrity(bytes: &[u8]) -> String {
    let hash = Sha384::digest(bytes);
    format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(hash)
    )
}

/// The first 12 hex digits of the SHA-256 of the files, in name order.
fn version(files: &[Vec<u8>]) -> String {
    let mut hash = Sha256::new();
    for bytes in files {
        hash.update(bytes);
    }
    hash.finalize()[..6]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The wasm as it ships, from Trunk's (already `wasm-opt -Oz`): one more optimization round
/// (`--flatten --rereloop -Oz -Oz`, with `--low-memory-unused`: smaller than trunk's `-Oz`
/// alone; docs/bench.md has the figures), short import and export names ([`short_names`]), and no
/// custom sections (the toolchain's name, the features it was built for: no browser reads them).
/// Returns the names' mapping.
fn wasm_opt(input: &Path, output: &Path) -> Result<short_names::Map, String> {
    let program = paths::npm_tool("wasm-opt");
    let run = std::process::Command::new(&program)
        // The low 1 KiB of memory is never addressed (Rust puts the stack first, growing down
        // from 1 MiB: it would take a stack within 1 KiB of overflowing), so wasm-opt may fold
        // address arithmetic into load and store offsets.
        .arg("--low-memory-unused")
        .args(["--flatten", "--rereloop", "-Oz", "-Oz"])
        .arg("--minify-imports-and-exports-and-modules")
        .args(["--strip-producers", "--strip-target-features"])
        .arg(input)
        .arg("-o")
        .arg(output)
        .output()
        .map_err(|e| {
            format!(
                "cannot run {}: {e} (scripts/setup installs wasm-opt)",
                program.display()
            )
        })?;
    if !run.status.success() {
        return Err(format!(
            "wasm-opt failed on {}: {}",
            input.display(),
            String::from_utf8_lossy(&run.stderr)
        ));
    }
    short_names::Map::parse(&run.stdout).map_err(|e| format!("{}: {e}", input.display()))
}

/// The glue's exports as wasm-bindgen writes them, and as they ship: the loader (and the bench)
/// call only the default export, `__wbg_init`; `initSync` and what only it uses go (esbuild drops
/// the code no export reaches, [`esbuild::glue`]).
const GLUE_EXPORTS: &str = "export { initSync, __wbg_init as default };";
const SHIPPED_EXPORTS: &str = "export { __wbg_init as default };";

fn default_export_only(glue: &str) -> Result<String, String> {
    match glue.matches(GLUE_EXPORTS).count() {
        1 => Ok(glue.replacen(GLUE_EXPORTS, SHIPPED_EXPORTS, 1)),
        n => Err(format!("the glue has {n} lines `{GLUE_EXPORTS}`, not one")),
    }
}

/// The wasm and its glue as a reader downloads them, into the folder `out` (same file names): the
/// wasm through [`wasm_opt`], the glue rewritten for its short names, then minified.
pub fn ship(wasm: &Path, js: &Path, out: &Path) -> Result<(), String> {
    let name = |p: &Path| {
        p.file_name()
            .map(|n| out.join(n))
            .ok_or(format!("{}: not a file", p.display()))
    };
    let (wasm_out, js_out) = (name(wasm)?, name(js)?);
    let map = wasm_opt(wasm, &wasm_out)?;
    let glue = std::fs::read_to_string(js).map_err(|e| format!("{}: {e}", js.display()))?;
    let glue = short_names::rewrite(&glue, &map).map_err(|e| format!("{}: {e}", js.display()))?;
    let glue = default_export_only(&glue).map_err(|e| format!("{}: {e}", js.display()))?;
    let renamed = out.join(".renamed.js");
    std::fs::write(&renamed, glue).map_err(|e| format!("{}: {e}", renamed.display()))?;
    let minified = esbuild::glue(&renamed, &js_out);
    let _ = std::fs::remove_file(&renamed);
    minified
}

/// Builds OUT from DIST (Trunk's `--release` output); returns what it wrote, for the log.
pub fn build(dist: &Path, out: &Path) -> Result<String, String> {
    let assets = out.join("assets/container-vs-vm");
    let includes = out.join("_includes");
    let _ = std::fs::remove_dir_all(&assets);
    for dir in [&assets, &includes] {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    ship(&dist.join(WASM), &dist.join(JS), &assets)?;
    esbuild::module(
        &paths::root().join("jekyll/loader.js"),
        &assets.join(LOADER),
    )?;
    esbuild::stylesheet(&assets.join(CSS))?;

    let names = [CSS, JS, WASM, LOADER];
    let files = names
        .iter()
        .map(|name| read(&assets.join(name)))
        .collect::<Result<Vec<_>, _>>()?;
    let version = version(&files);
    let sri: Vec<String> = files.iter().map(|f| integrity(f)).collect();
    let template_path = paths::root().join(TEMPLATE);
    let template = std::fs::read_to_string(&template_path)
        .map_err(|e| format!("{}: {e}", template_path.display()))?;
    let include = fill::include(
        &template,
        &[
            ("CVM_VERSION", &version),
            ("CVM_SRI_CSS", &sri[0]),
            ("CVM_SRI_JS", &sri[1]),
            ("CVM_SRI_WASM", &sri[2]),
            ("CVM_SRI_LOADER", &sri[3]),
        ],
    )
    .map_err(|e| format!("{TEMPLATE}: {e}"))?;
    let include_path = includes.join("container-vs-vm.html");
    std::fs::write(&include_path, include)
        .map_err(|e| format!("{}: {e}", include_path.display()))?;

    let mut log = format!("release: {} (version {version})\n", out.display());
    for (name, bytes) in names.iter().zip(&files) {
        log += &format!("  assets/container-vs-vm/{name}  {} bytes\n", bytes.len());
    }
    log += "  _includes/container-vs-vm.html\n";
    Ok(log)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integrity_is_the_sha384_of_the_bytes_in_base64() {
        // `printf abc | openssl dgst -sha384 -binary | base64`
        assert_eq!(
            integrity(b"abc"),
            "sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn"
        );
        assert_eq!(version(&[b"a".to_vec(), b"bc".to_vec()]), "ba7816bf8f01");
    }

    #[test]
    fn the_glue_ships_its_default_export_only() {
        let glue = format!("function initSync() {{}}\n{GLUE_EXPORTS}\n");
        assert_eq!(
            default_export_only(&glue).unwrap(),
            format!("function initSync() {{}}\n{SHIPPED_EXPORTS}\n")
        );
        assert!(default_export_only("export { __wbg_init as default };").is_err());
    }
}
