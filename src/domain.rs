//! The pure domain: content, the assessment rule, the journey and the storage
//! schema. Nothing here knows about the DOM, so all of it is tested natively.

pub mod answers;
pub mod assessment;
#[cfg(not(target_arch = "wasm32"))]
pub mod bake;
pub mod baked_values;
pub mod cases;
pub mod catalogue;
pub mod config;
pub mod content;
pub mod glossary;
pub mod help;
pub mod journey;
pub mod journeys;
pub mod language;
pub mod places;
pub mod reference;
pub mod report;
pub mod review;
pub mod scenarios;
pub mod settings;
pub mod stored;
pub mod terms;
pub mod text;
