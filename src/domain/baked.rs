//! The shipped content as static data: build.rs reads content/*.json with
//! the content crate (which checks it, so bad content fails the build) and
//! writes each as a Rust `static` (`clear_signs_content::bake`). The texts
//! and lists sit in the `.wasm`'s data: no code builds them, the app parses
//! no JSON of its own, and nothing generated is kept in git. tests/bake.rs
//! shows each equals parsing its file.

/// Rights and help, from content/help.json.
pub static HELP: &crate::domain::help::HelpData = &generated::help::HELP;

/// The questions and signs, from content/assessment.json.
pub static CATALOGUE: &crate::domain::catalogue::Catalogue = &generated::catalogue::CATALOGUE;

/// The two journeys, from content/journeys.json.
pub static JOURNEYS: &clear_signs_content::journeys::Journeys = &generated::journeys::JOURNEYS;

#[allow(clippy::all, unused_imports)]
#[rustfmt::skip]
mod generated {
    pub mod help {
        use clear_signs_content::help::*;
        include!(concat!(env!("OUT_DIR"), "/baked_help.rs"));
    }
    pub mod catalogue {
        use clear_signs_content::catalogue::*;
        include!(concat!(env!("OUT_DIR"), "/baked_catalogue.rs"));
    }
    pub mod journeys {
        use clear_signs_content::help::{Cited, Mark};
        use clear_signs_content::journeys::*;
        include!(concat!(env!("OUT_DIR"), "/baked_journeys.rs"));
    }
}
