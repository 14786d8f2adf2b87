//! Calls `on_seen` once, when the element first comes on screen: its top above the lower quarter
//! of the viewport (IntersectionObserver). A ratio threshold would never fire for a widget taller
//! than the phone's screen.

use yew::prelude::*;

use crate::dom::Sightings;

#[hook]
pub fn use_in_view(node: NodeRef, on_seen: impl Fn() + 'static) {
    use_effect_with(node, move |node| {
        let sightings = node
            .cast::<web_sys::Element>()
            .and_then(|el| Sightings::watch(&[el], "0px 0px -25% 0px", move |_| on_seen()));
        // Disconnects (when the widget goes).
        move || drop(sightings)
    })
}
