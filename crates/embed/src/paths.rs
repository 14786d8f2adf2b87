//! Where this tool finds the repository's files and the tools `scripts/setup` installed.

use std::path::{Path, PathBuf};

/// The workspace root (this crate is `crates/embed`).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// An npm tool `scripts/setup` installed (`scripts/node_modules/.bin`: esbuild, wasm-opt), else
/// the one on PATH.
pub fn npm_tool(name: &str) -> PathBuf {
    let local = root().join("scripts/node_modules/.bin").join(name);
    if local.exists() {
        local
    } else {
        PathBuf::from(name)
    }
}
