//! Clear Signs: a private self-check for signs of trafficking into forced
//! criminality. The domain is pure Rust; the browser lives at the edge.

pub mod domain;
pub mod tools;

#[cfg(target_arch = "wasm32")]
mod browser;
#[cfg(target_arch = "wasm32")]
pub mod ui;
