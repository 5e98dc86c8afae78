//! Entry point: mounts the app in the browser. Natively it only explains itself.

#[cfg(target_arch = "wasm32")]
fn main() {
    clear_signs::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Clear Signs runs in the browser: use `scripts/dev` (see README).");
}
