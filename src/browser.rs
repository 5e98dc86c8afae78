//! The browser edge: one small module per browser API.

pub mod app_folder;
pub mod config_check;
pub mod console;
pub mod language_files;
pub mod locale;
pub mod page;
pub mod print;
pub mod speech;
pub mod storage;
pub mod wait;
