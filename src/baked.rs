//! The content files, validated and baked in by `build.rs` (databake, from `content/*.toml`) as
//! constant statics: the texts live in the binary's data, nothing is built or allocated at run time.

use model::config::Lang;
use model::content::Content;

static KO: Content = include!(concat!(env!("OUT_DIR"), "/content_ko.rs"));
static EN: Content = include!(concat!(env!("OUT_DIR"), "/content_en.rs"));

/// The content for a language, as written in `content/<lang>.toml`.
pub fn content(lang: Lang) -> &'static Content {
    match lang {
        Lang::Ko => &KO,
        Lang::En => &EN,
    }
}
