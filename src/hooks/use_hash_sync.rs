//! Keeps this widget's entry in the URL hash up to date, so the reader can link to what they see.
//! The first render writes nothing.

use yew::prelude::*;

use model::hash::Permalink;

#[hook]
pub fn use_hash_sync(key: Option<String>, state: Permalink) {
    let first = use_mut_ref(|| true);
    use_effect_with(state, move |state| {
        let first_run = std::mem::replace(&mut *first.borrow_mut(), false);
        if let (false, Some(key)) = (first_run, key) {
            crate::dom::write_hash(&key, state);
        }
    });
}
