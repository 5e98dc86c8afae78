//! Writes docs/translations/<code>.md, one review sheet per translated
//! language, for the native speaker an NGO brings.
//! `cargo run --bin translation-review` writes them; `-- --check` fails if any is stale.

use clear_signs::domain::content::{DEFAULT_LANGUAGE, LANGUAGES};
use clear_signs::domain::text::Texts;
use clear_signs::tools::glossary::Glossary;
use clear_signs::tools::review::{self, Review};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn main() {
    let check = std::env::args().any(|a| a == "--check");
    let fail = |message: String| -> ! {
        eprintln!("{message}");
        std::process::exit(1)
    };
    let glossary = std::fs::read_to_string(format!("{ROOT}/content/glossary.json"))
        .map_err(|e| e.to_string())
        .and_then(|g| Glossary::parse(&g))
        .unwrap_or_else(|e| fail(format!("cannot read the glossary: {e}")));
    let english = Texts::of(&LANGUAGES[0]).unwrap_or_else(|e| fail(e));
    let mut stale = Vec::new();
    for language in LANGUAGES.iter().filter(|l| l.code != DEFAULT_LANGUAGE) {
        let code = language.code;
        let texts = Texts::of(language).unwrap_or_else(|e| fail(e));
        let source = format!("{ROOT}/content/translations/review/{code}.json");
        let review = std::fs::read_to_string(&source)
            .map_err(|e| e.to_string())
            .and_then(|r| Review::parse(&r))
            .unwrap_or_else(|e| fail(format!("{source}: {e}")));
        let markdown = review::render(code, &texts, &english, &review, &glossary);
        let path = format!("{ROOT}/docs/translations/{code}.md");
        if check {
            if std::fs::read_to_string(&path).unwrap_or_default() != markdown {
                stale.push(path);
            }
            continue;
        }
        std::fs::create_dir_all(format!("{ROOT}/docs/translations"))
            .unwrap_or_else(|e| fail(e.to_string()));
        std::fs::write(&path, markdown).unwrap_or_else(|e| fail(format!("{path}: {e}")));
        println!("wrote {path}");
    }
    if !stale.is_empty() {
        fail(format!(
            "out of date (run `cargo run --bin translation-review`): {}",
            stale.join(", ")
        ));
    }
}
