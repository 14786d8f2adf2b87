//! The page's URL hash: this widget's entry written with history.replaceState (no scrolling, no
//! history entries).

use model::hash::{self, Permalink};

pub fn write_hash(key: &str, state: &Permalink) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let current = window.location().hash().unwrap_or_default();
    let next = hash::write(&current, key, state);
    if next == current.trim_start_matches('#') {
        return;
    }
    let url = if next.is_empty() {
        let loc = window.location();
        format!(
            "{}{}",
            loc.pathname().unwrap_or_default(),
            loc.search().unwrap_or_default()
        )
    } else {
        format!("#{next}")
    };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}
