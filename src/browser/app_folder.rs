//! Where the app's own files are: beside index.html on the standalone page,
//! the script's folder in a widget (static/embed.js passes it).

use std::cell::RefCell;

thread_local! {
    /// A URL prefix: "" on the standalone page, the widget's folder otherwise.
    static BASE: RefCell<String> = const { RefCell::new(String::new()) };
}

/// For a widget on another page: the folder its files come from.
pub fn set(base: &str) {
    BASE.with(|b| *b.borrow_mut() = base.to_string());
}

/// The address of one of the app's files, e.g. `lang/fr.txt`.
pub fn file(name: &str) -> String {
    BASE.with(|b| format!("{}{name}", b.borrow()))
}
