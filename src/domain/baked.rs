//! The shipped content as Rust: build.rs reads content/*.json with the
//! content crate (which checks it, so bad content fails the build) and
//! writes code that builds the same values (`clear_signs_content::bake`).
//! The app so carries no JSON parser for its own content, and nothing
//! generated is kept in git. tests/bake.rs shows each equals parsing.

/// Rights and help, from content/help.json.
pub fn help() -> crate::domain::help::HelpData {
    generated::help::help()
}

/// The questions and signs, from content/assessment.json.
pub fn catalogue() -> crate::domain::catalogue::Catalogue {
    generated::catalogue::catalogue()
}

/// The two journeys, from content/journeys.json.
pub mod journeys {
    pub fn journeys() -> clear_signs_content::journeys::Journeys {
        super::generated::journeys::journeys()
    }
}

/// What the generated code calls to build the values. Here, in the app's
/// crate, not the content crate: generic code (`to_string`, `Vec`) used from
/// another crate is compiled again there, and the .wasm carried both copies.
#[inline(never)]
pub fn s(text: &str) -> String {
    text.to_string()
}

#[inline(never)]
pub fn ss(texts: &[&str]) -> Vec<String> {
    texts.iter().map(|t| t.to_string()).collect()
}

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
