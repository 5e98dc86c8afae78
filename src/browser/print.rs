//! The browser's print dialog, for the card to show officials.

/// Open the print dialog. Nothing is sent anywhere; where printing is not
/// possible (some embedded frames), nothing happens.
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}
