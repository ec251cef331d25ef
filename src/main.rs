//! The page: mounts the calculator (built for wasm32 by Trunk).

fn main() {
    #[cfg(target_arch = "wasm32")]
    gpu_or_api::ui::start();
}
