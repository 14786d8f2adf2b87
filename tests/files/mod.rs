//! The native tests' one way to read the repository's files: a file as text, a language's content
//! file as text or as a type reads it (the widget's `Content`, or plain toml), each failing with
//! the file's name.
#![allow(dead_code)]

use model::lang::Lang;

/// A file of the repository (`content/post.md`, `Trunk.toml` …), as text.
pub fn read(file: &str) -> String {
    let path = format!("{}/{file}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// A language's content file (`content/<code>.toml`): its path in the repository, and its text.
pub fn content_text(lang: Lang) -> (String, String) {
    let file = format!("content/{}.toml", lang.slug());
    let text = read(&file);
    (file, text)
}

/// A language's content file as `T` reads it: the widget's `Content`, or plain toml.
pub fn content<T: serde::de::DeserializeOwned>(lang: Lang) -> T {
    let (file, text) = content_text(lang);
    toml::from_str(&text).unwrap_or_else(|e| panic!("{file}: {e}"))
}

/// The post as the project's shared folder keeps it, beside the repository; `None` in a clone
/// elsewhere (the copy in `content/post.md` is then all there is).
pub fn seed_post() -> Option<String> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/seed/container-vs-vm-post.md"
    );
    std::fs::read_to_string(path).ok()
}
