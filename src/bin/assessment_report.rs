//! Writes docs/assessment.md: every question, branch, sign, weight and the rule,
//! with worked examples, for reviewers who do not read Rust.
//! `cargo run --bin assessment-report` writes it; `-- --check` fails if stale.

use clear_signs::tools::report;

fn main() {
    let markdown = match report::render() {
        Ok(md) => md,
        Err(e) => {
            eprintln!("cannot load content: {e}");
            std::process::exit(1);
        }
    };
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/assessment.md");
    if std::env::args().any(|a| a == "--check") {
        let current = std::fs::read_to_string(path).unwrap_or_default();
        if current != markdown {
            eprintln!("docs/assessment.md is out of date: run `cargo run --bin assessment-report`");
            std::process::exit(1);
        }
        return;
    }
    if let Err(e) = std::fs::write(path, markdown) {
        eprintln!("cannot write {path}: {e}");
        std::process::exit(1);
    }
    println!("wrote {path}");
}
