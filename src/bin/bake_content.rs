//! Writes the content the app builds without parsing JSON (issue 16):
//! src/domain/{help,catalogue,journeys}/baked.rs, from content/*.json.
//! Trunk runs it before every build (Trunk.toml), so a changed help line can
//! never ship stale; tests/bake.rs checks the committed files are current.
//! A file is written only when it changes, so `trunk serve` does not rebuild
//! in a loop.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let root = env!("CARGO_MANIFEST_DIR");
    let files = clear_signs::domain::bake::files().unwrap_or_else(|e| panic!("{e}"));
    for (path, file) in files {
        let path = format!("{root}/{path}");
        if std::fs::read_to_string(&path).ok().as_deref() != Some(file.as_str()) {
            std::fs::write(&path, file).unwrap_or_else(|e| panic!("{path}: {e}"));
            println!("wrote {path}");
        }
    }
}
