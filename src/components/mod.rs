//! One part of the widget per file, named after what the reader sees.
//!
//! Only the root, [`Widget`], is a Yew component: it owns the state and the effects. Every part is a
//! plain function from its props struct to `Html`, rendered with the root. A Yew component per
//! part would let yew skip unchanged parts, but each one costs wasm (docs/bench.md); the whole
//! widget re-renders in a few milliseconds, so the reader is better off with the smaller download.

pub mod advantages;
pub mod bars;
pub mod caption;
pub mod comparison_table;
pub mod estimates;
pub mod layer;
pub mod nested_picture;
pub mod player;
pub mod segmented_switch;
pub mod stack;
pub mod stack_diagram;
pub mod widget;

pub use widget::{Widget, WidgetProps};

use std::ops::Deref;

use yew::{Callback, MouseEvent};

use model::content::Content;
use model::highlight::Pick;
use model::view::Msg;

/// The content as a prop. There are only the baked-in statics (one per language), so props
/// compare it by address instead of text by text.
#[derive(Clone, Copy, Debug)]
pub struct ContentRef(pub &'static Content);

impl PartialEq for ContentRef {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl Deref for ContentRef {
    type Target = Content;
    fn deref(&self) -> &Content {
        self.0
    }
}

/// The props of a part the reader picks from (the table's rows, the advantages).
pub struct PickProps {
    pub content: ContentRef,
    pub pick: Option<Pick>,
    /// The static fallback: what the reader picks from is text (see [`as_text`]).
    pub is_static: bool,
    pub on_msg: Callback<Msg>,
}

impl PickProps {
    /// Whether `pick` is picked, and its click.
    pub(crate) fn tap(&self, pick: Pick) -> (bool, Callback<MouseEvent>) {
        (self.pick == Some(pick), on_pick(&self.on_msg, pick))
    }
}

/// A tap on a layer, row or advantage: picks it (the widget then brings the stacks and the answer
/// into sight); on the one already picked, lets it go.
pub(crate) fn on_pick(on_msg: &Callback<Msg>, pick: Pick) -> Callback<MouseEvent> {
    on_msg.reform(move |_: MouseEvent| Msg::Pick(pick))
}

/// What the reader picks from (a layer, a row's topic, an advantage's title) is drawn as text, not
/// as a button: in the static fallback. Without JavaScript nothing would answer a button; with it,
/// the Jekyll loader makes them tappable while the wasm comes (`jekyll/loader.js`). Only the
/// native render draws the fallback: the wasm never takes this branch.
pub(crate) fn as_text(is_static: bool) -> bool {
    cfg!(feature = "ssr") && is_static
}

/// A class attribute: `base`, then each modifier that is on. One plain string for every element
/// (yew's `classes!` builds its set inline at each use, which costs wasm at every element). A
/// formatted base (`format!("cvm-layer cvm-layer--{kind}")`) is extended in place, not copied.
///
/// Written `CLASS={…}` in `html!`: yew turns a dynamic `class` (and only an attribute spelled
/// exactly so) into a `Classes` set, an `IndexSet` whose code weighs in the wasm
/// (docs/bench.md). HTML attribute names are case-insensitive: the browser's `setAttribute` and the HTML
/// parser (the static fallback) both make it `class`. Literal classes stay `class="…"`.
pub(crate) fn class_list(base: impl Into<String>, modifiers: &[(&str, bool)]) -> String {
    let mut class = base.into();
    for &(modifier, on) in modifiers {
        if on {
            class.push(' ');
            class.push_str(modifier);
        }
    }
    class
}

/// A block's label, with a line-break opportunity after its slash: in a narrow column
/// "Bins/Libs" wraps as "Bins/" + "Libs" instead of being cut inside a word.
pub(crate) fn layer_label(label: &str) -> yew::Html {
    use yew::html;
    // The head keeps its slash (one byte: `at + 1` is a char boundary).
    let (head, tail) = match label.find('/') {
        Some(at) => (&label[..=at], Some(&label[at + 1..])),
        None => (label, None),
    };
    html! { <span class="cvm-layer-label">{ head }if let Some(tail) = tail { <wbr/>{ tail } }</span> }
}

/// `aria-pressed`: `"true"` or `"false"`.
pub(crate) fn pressed(on: bool) -> &'static str {
    if on {
        "true"
    } else {
        "false"
    }
}
