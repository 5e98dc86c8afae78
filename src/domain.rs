//! The pure domain: content, the assessment rule, the journey and the storage
//! schema. Nothing here knows about the DOM, so all of it is tested natively.

pub mod answers;
pub mod assessment;
pub mod baked;
pub mod config;
pub mod content;
pub mod early;
pub mod journey;
pub mod journeys;
pub mod language;
pub mod places;
pub mod session;
pub mod settings;
pub mod stored;
pub mod terms;
pub mod text;

// The content's model lives in its own crate (content/), which build.rs
// also uses; these names keep `domain::help` and the like where they were.
pub use clear_signs_content::{catalogue, help, screen};
