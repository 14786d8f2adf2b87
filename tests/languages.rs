//! Languages are data: the build's own content path (build-support/languages.rs, which build.rs
//! includes) reads, checks and bakes a third, test-only language made from the English file, and
//! names the file and the field when that language's file is wrong.
#![cfg(not(target_arch = "wasm32"))]

mod files;

include!("../build-support/languages.rs");

/// The files as the build reads them, with a test-only `xx` language: English, renamed.
fn files(edit: impl Fn(String) -> String) -> impl Fn(&str) -> Result<String, String> {
    move |file: &str| match file {
        "content/xx.toml" => {
            let (_, en) = files::content_text(model::lang::Lang::En);
            let renamed = en
                .replacen("lang = \"en\"", "lang = \"xx\"", 1)
                .replacen("name = \"English\"", "name = \"Test language\"", 1)
                .replacen(
                    "title = \"Container VS Virtual Machine\"",
                    "title = \"XX TITLE\"",
                    1,
                );
            Ok(edit(renamed))
        }
        f => Ok(files::read(f)),
    }
}

#[test]
fn a_third_language_builds_through_the_same_path() {
    let baked = bake_all(&["ko", "en", "xx"], files(|t| t)).unwrap();
    let codes: Vec<&str> = baked.iter().map(|(c, _)| c.as_str()).collect();
    assert_eq!(codes, ["ko", "en", "xx"]);
    assert!(baked[2].1.contains("XX TITLE") && baked[2].1.contains("Test language"));
    let module = baked_module(&[("Ko", "ko"), ("En", "en"), ("Xx", "xx")]);
    assert!(module.contains("static XX: Content"), "{module}");
    assert!(module.contains("/content_xx.rs"), "{module}");
    assert!(module.contains("Lang::Xx => &XX,"), "{module}");
}

#[test]
fn a_third_languages_bad_file_is_named_with_its_field() {
    // A step too many: another shape than the first language's.
    let err = bake_all(
        &["ko", "en", "xx"],
        files(|t| t.replacen("steps = [\n", "steps = [\n  \"One more step.\",\n", 1)),
    )
    .unwrap_err();
    assert!(
        err.contains("content/xx.toml") && err.contains("steps"),
        "{err}"
    );
    // A file that says another language than its name.
    let err = bake_all(
        &["ko", "xx"],
        files(|t| t.replacen("lang = \"xx\"", "lang = \"en\"", 1)),
    )
    .unwrap_err();
    assert!(
        err.contains("content/xx.toml: lang is \"en\", expected \"xx\""),
        "{err}"
    );
    // A field left empty.
    let err = bake_all(
        &["xx"],
        files(|t| t.replacen("title = \"XX TITLE\"", "title = \" \"", 1)),
    )
    .unwrap_err();
    assert!(
        err.contains("content/xx.toml") && err.contains("title"),
        "{err}"
    );
}
