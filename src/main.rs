//! The page: mounts the calculator (built for wasm32 by Trunk).

// Smaller and faster than the default allocator (dlmalloc) in WebAssembly.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    #[cfg(target_arch = "wasm32")]
    gpu_or_api::ui::start();
}
