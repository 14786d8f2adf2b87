//! The binary Trunk builds: mount a widget into every `[data-cvm]` element of the page.

// A small allocator for the shipped wasm (smaller than std's dlmalloc: docs/bench.md). The gate is the target, not a feature: lol_alloc grows wasm memory, and a native
// build of this binary (clippy, `cargo build`) keeps the system allocator.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
// SAFETY: the widget is single-threaded (no threads in this wasm, no shared memory).
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

fn main() {
    #[cfg(feature = "csr")]
    widget::mount_all();
}
