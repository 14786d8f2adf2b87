//! Calls `on_seen` once, when the stacks' hardware is first on the reader's screen
//! (`dom::watch_stacks`).

use yew::prelude::*;

#[hook]
pub fn use_in_view(node: NodeRef, on_seen: impl Fn() + 'static) {
    use_effect_with(node, move |node| {
        crate::dom::watch_stacks(node.get(), on_seen)
    })
}
