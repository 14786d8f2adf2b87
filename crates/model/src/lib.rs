//! The pure model: content, stacks, the build-up player and the mount configuration.
//! No yew, web-sys or wasm-bindgen here, so all of it is tested with plain `cargo test`.

pub mod config;
pub mod content;
pub mod diagram;
pub mod estimates;
pub mod hash;
pub mod highlight;
pub mod lang;
pub mod parts;
pub mod picture;
pub mod player;
pub mod scheme;
pub mod show;
pub mod stack;
pub mod view;
