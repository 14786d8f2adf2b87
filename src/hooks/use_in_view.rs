//! Calls `on_seen` once, when the stacks first come on screen whole (`dom::watch_stacks`).

use yew::prelude::*;

#[hook]
pub fn use_in_view(node: NodeRef, on_seen: impl Fn() + 'static) {
    use_effect_with(node, move |node| {
        let sightings = crate::dom::watch_stacks(node.get(), on_seen);
        // Disconnects (when the widget goes).
        move || drop(sightings)
    })
}
