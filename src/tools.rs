//! Tooling the app never runs (issue 29): the reference standard and the
//! older case bank, the scenarios, the glossary and the review sheets, and
//! the assessment report. The tests and `src/bin/*` use it to check the
//! content and write docs/assessment.md and docs/translations/; the app
//! never calls it, so none of it reaches the .wasm.

pub mod cases;
pub mod glossary;
pub mod reference;
pub mod report;
pub mod review;
pub mod scenarios;
