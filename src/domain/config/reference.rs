//! The configuration reference: one entry per documented field. It is the
//! single source of the parser's known top-level fields and of the table in
//! docs/embedding.md (`cargo run --bin embedding-reference`), so the docs and
//! the parser cannot disagree.

use crate::domain::content;

/// One documented configuration field. The reference in docs/embedding.md is
/// generated from this list, and a test checks the parser accepts exactly it.
pub struct FieldDoc {
    pub path: &'static str,
    pub kind: &'static str,
    pub default: &'static str,
    pub meaning: &'static str,
}

pub const REFERENCE: &[FieldDoc] = &[
    FieldDoc { path: "organisation", kind: "object", default: "none", meaning: "Who shares the check. Shown on the start screen as text." },
    FieldDoc { path: "organisation.name", kind: "text, 1–80 characters", default: "required", meaning: "Your organisation's name; also heads your help lines." },
    FieldDoc { path: "organisation.contact", kind: "text, 1–200 characters, or an object: language code → text", default: "none", meaning: "A short contact line, e.g. opening hours: one text for every language, or one per language (the person's language is shown, else the first)." },
    FieldDoc { path: "languages", kind: "list of language codes", default: "all shipped", meaning: "Languages offered in the switcher, in your order (see the README's language table)." },
    FieldDoc { path: "default_language", kind: "language code", default: "English, else the first offered", meaning: "Used when the browser prefers none of the offered languages." },
    FieldDoc { path: "default_place", kind: "jurisdiction id", default: "suggested from the browser", meaning: "The place shown before the person chooses, e.g. `th`, `gb-ew`, `us` (every id is listed below)." },
    FieldDoc { path: "help_lines", kind: "list of lines", default: "none", meaning: "Your own help lines, shown first on the help screen." },
    FieldDoc { path: "help_lines[].name", kind: "text, 1–120 characters", default: "required", meaning: "The line's name." },
    FieldDoc { path: "help_lines[].operator", kind: "text", default: "none", meaning: "Who runs it." },
    FieldDoc { path: "help_lines[].police", kind: "true, false or null", default: "null", meaning: "Whether it is the police (people ask); null says nothing." },
    FieldDoc { path: "help_lines[].free", kind: "true, false or null", default: "null", meaning: "Whether calls are free." },
    FieldDoc { path: "help_lines[].contacts", kind: "list", default: "required", meaning: "Each `{\"kind\": \"tel\" or \"sms\", \"value\": E.164 like \"+12025550100\" (a number reserved for fiction) or a short code like \"1300\", \"display\": how people write it}`." },
    FieldDoc { path: "help_lines[].about", kind: "object: language code → text", default: "none", meaning: "A description per language; the person's language is shown, else the first." },
    FieldDoc { path: "replace_help_lines", kind: "true or false", default: "false", meaning: "Show only your lines, not the built-in ones (emergency numbers stay)." },
    FieldDoc { path: "exit", kind: "object", default: "see below", meaning: "The quick exit." },
    FieldDoc { path: "exit.url", kind: "https:// address: a site name or IP address, an optional port up to 65535, then a path", default: "an ordinary page for the place in use (see below)", meaning: "The neutral page the exit opens. Choose one that shows nothing personal and loads where your visitors are. An address the browser could not open (a typo such as `:443x`, a port over 65535, a % or a vertical bar in the site name, two dots in a row) is refused with a message saying what to fix, and the exit opens the default page instead; `\"debug\": true` shows it. Paste the address into a browser's address bar to test it." },
    FieldDoc { path: "exit.shift", kind: "true", default: "true", meaning: "Shift pressed three times exits. Always on: the check's text tells people to use it." },
    FieldDoc { path: "exit.escape", kind: "true or false", default: "false", meaning: "Esc exits too (off by default: Esc has other uses)." },
    FieldDoc { path: "theme", kind: "object", default: "built-in colours", meaning: "Colours must reach WCAG AA contrast (4.5:1) or the whole set is refused." },
    FieldDoc { path: "theme.primary", kind: "colour #rrggbb or #rgb", default: "#1d5b79", meaning: "Buttons and links." },
    FieldDoc { path: "theme.primary_text", kind: "colour", default: "#ffffff", meaning: "Text on buttons." },
    FieldDoc { path: "theme.background", kind: "colour", default: "#ffffff", meaning: "Page background." },
    FieldDoc { path: "theme.text", kind: "colour", default: "#1b1b1b", meaning: "Body text." },
    FieldDoc { path: "theme.radius", kind: "length 0px–24px", default: "6px", meaning: "Corner radius of buttons and cards." },
    FieldDoc { path: "keep_answers", kind: "true or false", default: "true", meaning: "Offer \"Keep my answers on this device\" (off by default for the person; this only hides the offer)." },
    FieldDoc { path: "journeys", kind: "list from `check`, `worried`, `job_offer`", default: "all three", meaning: "What the start screen offers: the self-check, \"I'm worried about someone\" and \"Check a job offer\"." },
    FieldDoc { path: "debug", kind: "true or false", default: "false", meaning: "Shows you the problems in these settings on the page, as the widget's `debug` attribute does. Remove it before going live." },
];

/// The configuration reference as a Markdown table (for docs/embedding.md).
pub fn reference_markdown() -> String {
    let mut md = String::from("| field | value | default | what it does |\n|---|---|---|---|\n");
    for f in REFERENCE {
        md.push_str(&format!(
            "| `{}` | {} | {} | {} |\n",
            f.path, f.kind, f.default, f.meaning
        ));
    }
    // The `default_place` ids, from the shipped help data, with their English names.
    if let Ok(content) = content::Content::load("en") {
        let places: Vec<String> = content
            .help
            .jurisdictions
            .iter()
            .map(|j| {
                format!(
                    "`{}` ({})",
                    j.id,
                    content.texts.get(&format!("jur.{}", j.id))
                )
            })
            .collect();
        md.push_str(&format!("\n`default_place` ids: {}.\n", places.join(", ")));
    }
    md
}

/// The top-level fields the parser accepts.
pub fn top_level_fields() -> Vec<&'static str> {
    REFERENCE
        .iter()
        .map(|f| f.path)
        .filter(|p| !p.contains(['.', '[']))
        .collect()
}
