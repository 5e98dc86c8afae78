//! Leptos components: they render state and send events. No domain logic here.

mod app;
mod help;
mod keep_answers;
mod language_picker;
mod listen;
mod nav;
mod place_picker;
mod question;
mod result;
mod rights;
mod sources;
mod start;
pub mod state;
mod staying_safe;

pub use app::App;

use crate::browser::{console, page};

/// Mount the app into `#app`. A panic swaps in the static fallback; the quick
/// exit lives outside the app and keeps working either way.
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        console::error(&format!("internal error: {info}"));
        page::show_fallback();
    }));
    let Some(root) = page::app_root() else {
        console::error("no element with id `app` to mount into");
        return;
    };
    leptos::mount::mount_to(root, App).forget();
    page::mark_ready();
}
