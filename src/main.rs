//! The binary Trunk builds: mount a widget into every `[data-cvm]` element of the page.

fn main() {
    #[cfg(target_arch = "wasm32")]
    container_vs_vm::mount_all();
}
