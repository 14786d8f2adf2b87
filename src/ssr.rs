//! The widget rendered to static HTML with the same components (yew `ssr`): the fallback the
//! embed puts inside each box (`crates/embed`), and what the native render tests read.

use model::config::Config;

use crate::components::{Widget, WidgetProps};

/// The widget as a live one renders it, for the given props.
pub fn render(props: WidgetProps) -> String {
    futures::executor::block_on(
        yew::LocalServerRenderer::<Widget>::with_props(props)
            .hydratable(false)
            .render(),
    )
}

/// The static fallback of a box configured so: the finished stacks, the caption, the table, the
/// advantages (those of them its `data-parts` names); the controls keep their place but are hidden
/// (they would do nothing without the wasm).
pub fn render_static(config: Config) -> String {
    render(WidgetProps::fallback(config))
}
