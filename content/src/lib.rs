//! The content's model (issue 29): the types of `assessment.json`,
//! `help.json` and `journeys.json` (their texts and lists can be static data:
//! [`Text`], [`List`], [`Table`]), how they are read and checked, and the
//! build steps that turn them into the app's Rust statics ([`bake`]), its
//! language files ([`packing`]) and the facts the static files share with
//! the app ([`facts`]). The app's build.rs uses this crate to write those at
//! build time; nothing generated is kept in git.
//!
//! The JSON files themselves sit beside this crate, in `content/`, where an
//! NGO or translator edits them without touching Rust.

pub mod bake;
pub mod catalogue;
mod data;
pub mod facts;
pub mod help;
pub mod journeys;
pub mod packing;
pub mod screen;

pub use data::{List, Table, Text};

/// The content files, as shipped.
pub const ASSESSMENT_JSON: &str = include_str!("../assessment.json");
pub const HELP_JSON: &str = include_str!("../help.json");
pub const JOURNEYS_JSON: &str = include_str!("../journeys.json");
