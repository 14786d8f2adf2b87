//! Hooks for the browser side effects, so the components stay declarative. On the native (SSR)
//! build they do nothing: a static page has no viewport and no URL to keep in sync.

mod use_hash_sync;
mod use_in_view;
mod use_player_clock;

pub use use_hash_sync::use_hash_sync;
pub use use_in_view::use_in_view;
pub use use_player_clock::use_player_clock;
