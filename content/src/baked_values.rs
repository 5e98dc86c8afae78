//! What the generated content code (`bake`, written by the app's build.rs) calls to build
//! the content's values. Not inlined: one call per string or list is far
//! less code than the same allocation written out at each of them.

#[inline(never)]
pub fn s(text: &str) -> String {
    text.to_string()
}

#[inline(never)]
pub fn ss(texts: &[&str]) -> Vec<String> {
    texts.iter().map(|t| t.to_string()).collect()
}
