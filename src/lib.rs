//! container-vs-vm: the post "Container VS VM" as an explorable widget.
//!
//! - [`model`]: pure data and state machines (content, stacks, timeline, config), no browser.
//! - [`components`]: the root Yew component and its parts (plain functions), one per file.
//! - [`mount_all`] (wasm only): mounts a widget into every `[data-cvm]` element of the page.
//! - `ssr` (native only): the same components rendered to static HTML for the embed's fallback.
//! - `minify_css` (native only): what `build.rs` does to the shipped stylesheet.

pub mod components;
mod hooks;
#[cfg(not(target_arch = "wasm32"))]
pub mod minify_css;
pub mod model;
#[cfg(not(target_arch = "wasm32"))]
pub mod ssr;

#[cfg(target_arch = "wasm32")]
mod mount;
#[cfg(target_arch = "wasm32")]
mod page_scheme;
#[cfg(target_arch = "wasm32")]
pub use mount::{mount, mount_all};
