//! One Yew function component per file, named after what the reader sees.

pub mod advantages;
pub mod author_machine;
pub mod caption;
pub mod comparison_table;
pub mod controls;
pub mod layer;
pub mod scale_explorer;
pub mod segmented_switch;
pub mod stack;
pub mod stack_diagram;
pub mod widget;

pub use widget::{Widget, WidgetProps};
