//! Each tool version is pinned where its tool reads it, and the pins agree: Trunk.toml's
//! wasm-bindgen is the `=` pin of the wasm-bindgen crate in Cargo.toml (the CLI and the crate must
//! be the same version; scripts/setup installs the CLI from the Cargo.toml pin), and its wasm-opt
//! is the binaryen version scripts/package.json installs.
#![cfg(not(target_arch = "wasm32"))]

mod files;

use files::read;

fn toml(file: &str) -> toml::Table {
    read(file).parse().unwrap_or_else(|e| panic!("{file}: {e}"))
}

#[test]
fn trunk_uses_the_pinned_wasm_bindgen_and_binaryen() {
    let cargo = toml("Cargo.toml");
    let trunk = toml("Trunk.toml");
    let tools = trunk["tools"].as_table().expect("Trunk.toml [tools]");
    let crate_pin = cargo["dependencies"]["wasm-bindgen"]
        .as_str()
        .expect("Cargo.toml: wasm-bindgen = \"=X\"");
    assert_eq!(
        Some(crate_pin),
        tools["wasm_bindgen"]
            .as_str()
            .map(|v| format!("={v}"))
            .as_deref(),
        "Trunk.toml [tools] wasm_bindgen must be Cargo.toml's wasm-bindgen pin"
    );
    let package = read("scripts/package.json");
    let binaryen = package
        .split("\"binaryen\": \"")
        .nth(1)
        .and_then(|rest| rest.split('.').next())
        .expect("scripts/package.json: binaryen");
    assert_eq!(
        tools["wasm_opt"].as_str(),
        Some(format!("version_{binaryen}").as_str()),
        "Trunk.toml [tools] wasm_opt must be the binaryen scripts/package.json installs"
    );
}
