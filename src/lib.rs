//! The widget: the post "Container VS VM" as an explorable diagram and table (Yew).
//!
//! - [`components`]: the root component and its parts (plain functions), one per file.
//! - `dom`: all that touches the page (mounting and the page's scheme too), and the root's three
//!   effects: the stacks' sighting, the URL hash, the build-up's clock.
//! - [`baked`]: the content files, baked in by `build.rs`.
//! - [`mount_all`] (feature `csr`): mounts a widget into every `[data-cvm]` element of the page.
//! - [`ssr`] (feature `ssr`): the same components rendered to static HTML, for the fallback.
//!
//! The pure model (content types, stacks, player, view, permalink, configuration) is the
//! `model` crate; the blog embed is `crates/embed`.

// databake writes the baked lists as `alloc::borrow::Cow`.
extern crate alloc;

pub mod baked;
pub mod components;
mod dom;
#[cfg(feature = "ssr")]
pub mod ssr;

#[cfg(feature = "csr")]
pub use dom::mount::{mount, mount_all};
