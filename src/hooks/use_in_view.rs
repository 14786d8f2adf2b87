//! Calls `on_seen` once, when the stacks first come on screen whole: the diagram's bottom edge (the
//! hardware, where the build-up starts) above the bottom of the viewport. The viewport is
//! stretched far upwards (root margin), so the diagram's ratio inside it reaches 1 exactly then,
//! however tall it is (0.97: a few pixels short, as a browser's own scrolling may leave it). A box
//! without the diagram watches the whole box.

use yew::prelude::*;

use crate::dom::Sightings;

#[hook]
pub fn use_in_view(node: NodeRef, on_seen: impl Fn() + 'static) {
    use_effect_with(node, move |node| {
        let sightings = node.cast::<web_sys::Element>().and_then(|root| {
            let diagram = root.query_selector(".cvm-diagram").ok().flatten();
            Sightings::watch(
                &[diagram.unwrap_or(root)],
                "100000px 0px 0px 0px",
                0.97,
                move |_| on_seen(),
            )
        });
        // Disconnects (when the widget goes).
        move || drop(sightings)
    })
}
