//! Messages for the embedder or a developer. Never shown to the person.

pub fn warn(message: &str) {
    web_sys::console::warn_1(&format!("Clear Signs: {message}").into());
}

pub fn error(message: &str) {
    web_sys::console::error_1(&format!("Clear Signs: {message}").into());
}
