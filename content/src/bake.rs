//! Turns parsed content into Rust source that builds the same value, so the
//! app carries no JSON parser for its own content (issue 16). The app's
//! build.rs writes the files into its OUT_DIR at every build (never into
//! git), and tests/bake.rs checks they build exactly what parsing gives.
//!
//! It reads the value's `{:?}` (Debug) text, which is already almost Rust:
//! strings become `s("…")`, lists `vec![…]` (lists of strings `ss(&[…])`),
//! maps `BTreeMap::from([…])`.

/// Which enum a struct's field holds: (struct, field, enum). Debug writes a
/// unit variant bare (`V`, not `Mark::V`), and two enums may share a name.
pub type EnumFields<'a> = &'a [(&'a str, &'a str, &'a str)];

/// Every generated file, as (file name, contents), from the shipped content.
/// Each file is parsed and checked first: content with a problem fails here.
pub fn files() -> Result<Vec<(&'static str, String)>, String> {
    use super::catalogue::Catalogue;
    use super::help::HelpData;
    use super::journeys::Journeys;
    use super::{ASSESSMENT_JSON, HELP_JSON, JOURNEYS_JSON};
    let help = HelpData::parse(HELP_JSON)?;
    let catalogue = Catalogue::parse(ASSESSMENT_JSON)?;
    let journeys = Journeys::parse(JOURNEYS_JSON)?;
    let help_enums: EnumFields = &[
        ("Emergency", "mark", "Mark"),
        ("Right", "mark", "Mark"),
        ("Line", "mark", "Mark"),
        ("Caution", "mark", "Mark"),
        ("Contact", "kind", "ContactKind"),
        ("Contact", "note", "Option<ContactNote>"),
        ("Line", "shares", "Shares"),
    ];
    let catalogue_enums: EnumFields = &[
        ("ElementLaw", "id", "Element"),
        ("Sign", "element", "Element"),
        ("Question", "kind", "QuestionKind"),
    ];
    let journeys_enums: EnumFields = &[("Source", "mark", "Mark")];
    Ok(vec![
        (
            "baked_help.rs",
            rust_file(
                "content/help.json",
                "help",
                "HelpData",
                help_enums,
                &format!("{help:?}"),
            )?,
        ),
        (
            "baked_catalogue.rs",
            rust_file(
                "content/assessment.json",
                "catalogue",
                "Catalogue",
                catalogue_enums,
                &format!("{catalogue:?}"),
            )?,
        ),
        (
            "baked_journeys.rs",
            rust_file(
                "content/journeys.json",
                "journeys",
                "Journeys",
                journeys_enums,
                &format!("{journeys:?}"),
            )?,
        ),
    ])
}

/// The Rust expression for a value whose Debug text is `debug`.
pub fn rust_expression(debug: &str, enums: EnumFields) -> Result<String, String> {
    let mut parser = Parser {
        text: debug.as_bytes(),
        at: 0,
        enums,
        context: None,
    };
    let mut out = String::with_capacity(debug.len() * 5 / 4);
    parser.value(&mut out)?;
    parser.space();
    if parser.at != parser.text.len() {
        return Err(format!("unexpected text at byte {}", parser.at));
    }
    Ok(out)
}

/// A generated file: `name()` builds the value, from items in scope.
pub fn rust_file(
    source: &str,
    name: &str,
    ty: &str,
    enums: EnumFields,
    debug: &str,
) -> Result<String, String> {
    let expression = rust_expression(debug, enums)?;
    Ok(format!(
        "// Written by build.rs from {source} (clear_signs_content::bake).\n\
         // tests/bake.rs checks it builds what parsing the file gives.\n\
         use crate::domain::baked::{{s, ss}};\n\
         use serde::de::IgnoredAny;\n\
         use std::collections::BTreeMap;\n\n\
         #[rustfmt::skip]\npub fn {name}() -> {ty} {{\n{expression}\n}}\n"
    ))
}

struct Parser<'a> {
    text: &'a [u8],
    at: usize,
    enums: EnumFields<'a>,
    /// The enum of the field being read, if it holds one.
    context: Option<&'a str>,
}

impl Parser<'_> {
    fn space(&mut self) {
        while self.at < self.text.len() && self.text[self.at].is_ascii_whitespace() {
            self.at += 1;
        }
    }

    fn peek(&mut self) -> Option<u8> {
        self.space();
        self.text.get(self.at).copied()
    }

    fn expect(&mut self, byte: u8) -> Result<(), String> {
        match self.peek() {
            Some(b) if b == byte => {
                self.at += 1;
                Ok(())
            }
            other => Err(format!(
                "expected `{}` at byte {}, found {:?}",
                byte as char,
                self.at,
                other.map(|b| b as char)
            )),
        }
    }

    fn value(&mut self, out: &mut String) -> Result<(), String> {
        match self.peek() {
            Some(b'"') => self.string(out),
            Some(b'[') => {
                // A list of strings is one call on a static slice: far less
                // code than a call for each string.
                let strings = self.next_is_string();
                self.at += 1;
                out.push_str(if strings { "ss(&[" } else { "vec![" });
                self.list(b']', out, |p, out| match strings {
                    true => p.literal(out),
                    false => p.value(out),
                })?;
                out.push_str(if strings { "])" } else { "]" });
                Ok(())
            }
            Some(b'{') => {
                self.at += 1;
                out.push_str("BTreeMap::from([");
                self.list(b'}', out, |p, out| {
                    out.push('(');
                    p.value(out)?;
                    p.expect(b':')?;
                    out.push_str(", ");
                    p.value(out)?;
                    out.push(')');
                    Ok(())
                })?;
                out.push_str("])");
                Ok(())
            }
            Some(_) => self.word(out),
            None => Err("unexpected end".into()),
        }
    }

    /// Items up to `close`, separated by commas (a trailing one allowed).
    fn list(
        &mut self,
        close: u8,
        out: &mut String,
        mut item: impl FnMut(&mut Self, &mut String) -> Result<(), String>,
    ) -> Result<(), String> {
        loop {
            if self.peek() == Some(close) {
                self.at += 1;
                return Ok(());
            }
            item(self, out)?;
            match self.peek() {
                Some(b',') => {
                    self.at += 1;
                    out.push_str(", ");
                }
                Some(b) if b == close => {}
                other => {
                    return Err(format!(
                        "expected `,` or `{}` at byte {}, found {:?}",
                        close as char,
                        self.at,
                        other.map(|b| b as char)
                    ))
                }
            }
        }
    }

    /// Whether the list opening here (at `[`) starts with a string.
    fn next_is_string(&mut self) -> bool {
        let at = self.at;
        self.at += 1;
        let string = self.peek() == Some(b'"');
        self.at = at;
        string
    }

    /// A string, as a `String`.
    fn string(&mut self, out: &mut String) -> Result<(), String> {
        out.push_str("s(");
        self.literal(out)?;
        out.push(')');
        Ok(())
    }

    /// A string literal: Debug's escapes are Rust's.
    fn literal(&mut self, out: &mut String) -> Result<(), String> {
        if self.peek() != Some(b'"') {
            return Err(format!("expected a string at byte {}", self.at));
        }
        let start = self.at;
        self.at += 1;
        while self.at < self.text.len() {
            match self.text[self.at] {
                b'\\' => self.at += 2,
                b'"' => {
                    self.at += 1;
                    let literal = std::str::from_utf8(&self.text[start..self.at])
                        .map_err(|e| e.to_string())?;
                    out.push_str(literal);
                    return Ok(());
                }
                _ => self.at += 1,
            }
        }
        Err("unterminated string".into())
    }

    /// A number, `true`, `None`, a unit variant, or a name followed by its
    /// fields (`Name { a: 1 }`) or its contents (`Some(…)`).
    fn word(&mut self, out: &mut String) -> Result<(), String> {
        let start = self.at;
        while self.at < self.text.len()
            && (self.text[self.at].is_ascii_alphanumeric() || b"_.-:".contains(&self.text[self.at]))
        {
            // A `:` ends a word unless it is part of a path (`a::b`).
            if self.text[self.at] == b':' && self.text.get(self.at + 1) != Some(&b':') {
                if self.at > start && self.text[self.at - 1] == b':' {
                    self.at += 1;
                    continue;
                }
                break;
            }
            self.at += 1;
        }
        if self.at == start {
            return Err(format!(
                "unexpected `{}` at byte {}",
                self.text[start] as char, start
            ));
        }
        let word = std::str::from_utf8(&self.text[start..self.at]).map_err(|e| e.to_string())?;
        // `Option<Name>` in the field's entry: `Some`/`None` are the Option's.
        let (ty, optional) = match self.context {
            Some(ty) => match ty.strip_prefix("Option<").and_then(|t| t.strip_suffix('>')) {
                Some(inner) => (Some(inner), true),
                None => (Some(ty), false),
            },
            None => (None, false),
        };
        let of_option = matches!(word, "Some" | "None") && (optional || ty.is_none());
        let variant = word.as_bytes()[0].is_ascii_uppercase() && !of_option;
        let is_struct = self.peek() == Some(b'{');
        if let (Some(ty), true, false) = (ty, variant, is_struct) {
            out.push_str(ty);
            out.push_str("::");
        }
        out.push_str(word);
        let starts_with_letter = word.as_bytes()[0].is_ascii_alphabetic();
        match self.peek() {
            Some(b'(') if starts_with_letter => {
                self.at += 1;
                out.push('(');
                self.list(b')', out, |p, out| p.value(out))?;
                out.push(')');
            }
            Some(b'{') if starts_with_letter => {
                self.at += 1;
                out.push_str(" { ");
                let outer = self.context;
                self.list(b'}', out, |p, out| {
                    let field = p.field()?;
                    out.push_str(&field);
                    p.expect(b':')?;
                    out.push_str(": ");
                    p.context = p
                        .enums
                        .iter()
                        .find(|(s, f, _)| *s == word && *f == field)
                        .map(|(_, _, e)| *e);
                    p.value(out)
                })?;
                self.context = outer;
                out.push_str(" }");
            }
            _ => {}
        }
        Ok(())
    }

    fn field(&mut self) -> Result<String, String> {
        self.space();
        let start = self.at;
        while self.at < self.text.len()
            && (self.text[self.at].is_ascii_alphanumeric() || self.text[self.at] == b'_')
        {
            self.at += 1;
        }
        std::str::from_utf8(&self.text[start..self.at])
            .map(str::to_string)
            .map_err(|e| e.to_string())
    }
}
