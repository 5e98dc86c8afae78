//! Turns the content into what the app is built from (issue 29: one build
//! pipeline, in Rust, nothing generated kept in git). With the content crate
//! (content/src), which reads and checks the files, so content with a
//! problem fails the build here with its file name:
//! - OUT_DIR/baked_*.rs: help.json, assessment.json and journeys.json as
//!   Rust statics (the app carries them as data, and parses no JSON of its own);
//! - OUT_DIR: English packed (en.txt), every key once (keys.txt), their id,
//!   each language's status and the officials' card in every language;
//! - `lang/<code>.txt`, every other language packed, into the folder named
//!   by CLEAR_SIGNS_LANG_DIR (set in .cargo/config.toml), from which the
//!   post-build step copies them beside the app;
//! - and in that folder `facts.json`: the facts the static files repeat
//!   (`clear_signs_content::facts`), which the post-build step fills in.

use clear_signs_content::{bake, packing::Locales};
use std::path::{Path, PathBuf};

fn main() {
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
    println!("cargo:rerun-if-changed=content/locales");
    // The three content files are part of the content crate (include_str!),
    // so a change rebuilds it, and with it this script.
    for (name, code) in bake::files().unwrap_or_else(|e| panic!("{e}")) {
        write(&out.join(name), &code);
    }

    let locales = Locales::read(Path::new("content/locales")).unwrap_or_else(|e| panic!("{e}"));
    let keys = locales.packed_keys();
    write(&out.join("keys.txt"), &keys);
    write(
        &out.join("keys-id.txt"),
        &clear_signs_content::packing::keys_id(&keys),
    );
    write(&out.join("statuses.txt"), &locales.statuses());
    write(&out.join("card.txt"), &locales.card());
    let english = locales.packed(clear_signs_content::packing::BUILT_IN);
    write(
        &out.join("en.txt"),
        &english.expect("content/locales/en.json"),
    );

    // The language files go where the post-build step finds them. Not known
    // (a build outside this checkout's cargo config): only the app is built.
    println!("cargo:rerun-if-env-changed=CLEAR_SIGNS_LANG_DIR");
    if let Some(dir) = std::env::var_os("CLEAR_SIGNS_LANG_DIR") {
        let dir = PathBuf::from(dir);
        std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        // A language no longer shipped must not stay behind.
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let name = entry.file_name().to_string_lossy().to_string();
            let code = name.strip_suffix(".txt").unwrap_or(&name);
            if name.ends_with(".txt") && !locales.file_codes().any(|c| c == code) {
                let _ = std::fs::remove_file(entry.path());
            }
        }
        for code in locales.file_codes() {
            let file = locales.file(code).expect("a language read above");
            write(&dir.join(format!("{code}.txt")), &file);
        }
        let facts = clear_signs_content::facts::facts_json(clear_signs_content::HELP_JSON)
            .unwrap_or_else(|e| panic!("{e}"));
        write(&dir.join("facts.json"), &facts);
        // If the folder is removed (cargo clean -p, a hand clean of target/),
        // this file goes with it and cargo runs this script again. Dated to
        // 1970 so that writing it does not itself count as a change.
        let marker = dir.join("written-by-build-rs");
        write(
            &marker,
            "lang/<code>.txt and facts.json for scripts/post-build.mjs\n",
        );
        let file = std::fs::File::options()
            .write(true)
            .open(&marker)
            .expect("the marker");
        file.set_modified(std::time::UNIX_EPOCH)
            .expect("date the marker");
        println!("cargo:rerun-if-changed={}", marker.display());
    }
}

/// Write a file only when it changes, so `trunk serve` does not loop.
fn write(path: &Path, text: &str) {
    if std::fs::read_to_string(path).ok().as_deref() != Some(text) {
        std::fs::write(path, text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    }
}
