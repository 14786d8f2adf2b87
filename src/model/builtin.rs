//! The content files, validated and baked in by `build.rs` (see `content/*.toml`).

use crate::model::config::Lang;
use crate::model::content::{
    Advantage, Advantages, Author, Content, Estimates, LayerText, Row, Table, Ui,
};
use crate::model::estimates::{Figure, FigureKey};
use crate::model::highlight::{AdvantageKey, RowKey};
use crate::model::stack::LayerKind;

/// The content for a language, as written in `content/<lang>.toml`.
pub fn content(lang: Lang) -> Content {
    match lang {
        Lang::Ko => include!(concat!(env!("OUT_DIR"), "/content_ko.rs")),
        Lang::En => include!(concat!(env!("OUT_DIR"), "/content_en.rs")),
    }
}
