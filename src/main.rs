//! The binary Trunk builds: mount a widget into every `[data-cvm]` element of the page.

fn main() {
    #[cfg(feature = "csr")]
    widget::mount_all();
}
