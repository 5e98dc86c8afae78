//! Writes the configuration reference into docs/embedding.md, between its
//! `reference` markers, from the schema in `domain::config`.
//! `cargo run --bin embedding-reference` writes it; `-- --check` fails if stale.

use clear_signs::domain::config;

const START: &str = "<!-- reference:start -->\n";
const END: &str = "<!-- reference:end -->";

fn main() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/embedding.md");
    let current = std::fs::read_to_string(path).unwrap_or_default();
    let (Some(start), Some(end)) = (current.find(START), current.find(END)) else {
        eprintln!("{path} lacks the reference markers");
        std::process::exit(1);
    };
    let updated = format!(
        "{}{START}{}{}",
        &current[..start],
        config::reference_markdown(),
        &current[end..]
    );
    if std::env::args().any(|a| a == "--check") {
        if updated != current {
            eprintln!(
                "docs/embedding.md is out of date: run `cargo run --bin embedding-reference`"
            );
            std::process::exit(1);
        }
        return;
    }
    if let Err(e) = std::fs::write(path, updated) {
        eprintln!("cannot write {path}: {e}");
        std::process::exit(1);
    }
    println!("wrote {path}");
}
