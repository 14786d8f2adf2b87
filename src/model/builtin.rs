//! The content files, validated and baked in by `build.rs` (see `content/*.toml`) as constant
//! statics: the texts live in the binary's data, nothing is built or allocated at run time.

use std::borrow::Cow;

use crate::model::config::Lang;
use crate::model::content::{
    Advantage, Advantages, CloudVmPicture, Content, Estimates, Isolation, IsolationLevel,
    LayerText, Pictures, Post, Row, Table, Ui, Wsl2Picture,
};
use crate::model::estimates::{Figure, FigureKey, Unit};
use crate::model::highlight::{AdvantageKey, RowKey};
use crate::model::stack::LayerKind;

static KO: Content = include!(concat!(env!("OUT_DIR"), "/content_ko.rs"));
static EN: Content = include!(concat!(env!("OUT_DIR"), "/content_en.rs"));

/// The content for a language, as written in `content/<lang>.toml`.
pub fn content(lang: Lang) -> &'static Content {
    match lang {
        Lang::Ko => &KO,
        Lang::En => &EN,
    }
}
