//! One word per concept: the names retired for another word (docs/architecture.md, "One word per
//! concept") stay out of the tree, in code, styles, content, scripts and docs alike.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

/// (retired, the word it gave way to). Matched as written, case and all.
const RETIRED: &[(&str, &str)] = &[
    ("scale_explorer", "estimates"),
    ("ScaleExplorer", "Estimates"),
    ("cvm-scale", "cvm-estimates"),
    ("scale explorer", "estimates"),
    ("timeline", "player"),
    ("cvm-controls", "cvm-player"),
    ("ControlsProps", "PlayerProps"),
    ("controls.rs", "player.rs"),
    ("controls.css", "player.css"),
    ("View::state", "View::permalink"),
    ("focus_keys", "picks"),
    ("Player::new(true", "Player::new(Motion { .. })"),
    ("Player::new(false", "Player::new(Motion { .. })"),
    ("Wsl2Picture", "NestedPicture"),
    ("CloudVmPicture", "NestedPicture"),
    ("\ndetail = ", "more"),
    ("\nexplain = ", "more"),
    ("\nwhy = ", "more"),
    ("\ncontrols = ", "player"),
    ("utility_vm", "vm"),
    ("root_apps", "[pictures.nested.root] apps"),
    (".detail", ".more"),
    (".explain", ".more"),
    (".why", ".more"),
    ("fn code(self", "fn slug(self"),
    ("fn symbol(self", "fn slug(self"),
    ("fn key(self", "fn slug(self"),
    ("fn name(self", "fn slug(self"),
    ("cvm-diagram--many", "(nothing: nothing styled it)"),
    ("CVM_FALLBACK_KO", "CVM_FALLBACKS"),
    ("CVM_FALLBACK_EN", "CVM_FALLBACKS"),
    ("AdvantagesProps", "PickProps"),
    ("ComparisonTableProps", "PickProps"),
];

/// What is ours to read: not built, installed or version-control files, not pictures.
fn walk(dir: &Path, files: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().to_string();
        if path.is_dir() {
            if !["target", "build", "dist", "node_modules", ".git"].contains(&name.as_str()) {
                walk(&path, files);
            }
        } else if let Ok(text) = std::fs::read_to_string(&path) {
            files.push((path.display().to_string(), text));
        }
    }
}

#[test]
fn the_retired_names_stay_retired() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    walk(root, &mut files);
    let this = file!().rsplit('/').next().unwrap();
    let found: Vec<String> = files
        .iter()
        .filter(|(path, _)| !path.ends_with(this))
        .flat_map(|(path, text)| {
            RETIRED
                .iter()
                .filter(|(old, _)| as_word(text, old).any(|at| !foreign(text, old, at)))
                .map(move |(old, new)| format!("{path}: {old:?} (now {new:?})"))
        })
        .collect();
    assert!(found.is_empty(), "retired names:\n{}", found.join("\n"));
}

/// Where `old` stands as written and not inside a longer name (`.explains` is not `.explain`).
fn as_word<'a>(text: &'a str, old: &'a str) -> impl Iterator<Item = usize> + 'a {
    let word = |c: char| c.is_alphanumeric() || c == '_';
    text.match_indices(old)
        .map(|(at, _)| at)
        .filter(move |&at| {
            let after = text[at + old.len()..].chars().next();
            !(old.ends_with(word) && after.is_some_and(word))
        })
}

/// Someone else's name that happens to be spelled like a retired one: `e.detail`, a DOM event's
/// field (the e2e tests read Trunk's), and `devtools.timeline`, Chrome's trace category (the bench).
fn foreign(text: &str, old: &str, at: usize) -> bool {
    let before = &text[..at];
    (old == ".detail" && (before.ends_with(" e") || before.ends_with("(e")))
        || (old == "timeline" && before.ends_with("devtools."))
}
