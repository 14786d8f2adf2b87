//! Keeps this widget's entry in the URL hash up to date (history.replaceState: no scrolling, no
//! history entries), so the reader can link to what they see. The first render writes nothing.

use yew::prelude::*;

use model::hash::{self, Permalink};

#[hook]
pub fn use_hash_sync(key: Option<String>, state: Permalink) {
    let first = use_mut_ref(|| true);
    use_effect_with(state, move |state| {
        let first_run = std::mem::replace(&mut *first.borrow_mut(), false);
        if let (false, Some(key)) = (first_run, key) {
            browser::write(&key, state);
        }
    });
}

mod browser {
    use super::*;

    pub fn write(key: &str, state: &Permalink) {
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
}
