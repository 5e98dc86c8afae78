//! Writes the parsed content as Rust statics, so the app carries its content
//! as data (texts and slices in the `.wasm`'s data section) with no code to
//! build it and no JSON parser for it (issues 16, 28, 29). The app's build.rs
//! writes the files into its OUT_DIR at every build (never into git), and
//! tests/bake.rs checks the statics equal what parsing gives.
//!
//! Each type says how it is written ([`Bake`]). The field lists below are
//! checked by the compiler: each struct is taken apart with every field
//! named, so a field added to a type and not here fails to compile.

use super::catalogue::{self, Catalogue, Element, ElementLaw, Question, QuestionKind, Sign};
use super::help::{
    Caution, Cited, Contact, ContactKind, ContactNote, Emergency, HelpData, Jurisdiction, Line,
    Mark, Priority, Right, Shares,
};
use super::journeys::{self, Advice, Journey, JourneyQuestion, Journeys, When};
use super::{List, Table, Text};
use std::fmt::Write;

/// A value that can be written as a Rust constant expression.
pub trait Bake {
    fn bake(&self, out: &mut String);
}

/// Every generated file, as (file name, contents), from the shipped content.
/// Each file is parsed and checked first: content with a problem fails here.
pub fn files() -> Result<Vec<(&'static str, String)>, String> {
    use super::{ASSESSMENT_JSON, HELP_JSON, JOURNEYS_JSON};
    let help = HelpData::parse(HELP_JSON)?;
    let catalogue = Catalogue::parse(ASSESSMENT_JSON)?;
    let journeys = Journeys::parse(JOURNEYS_JSON)?;
    Ok(vec![
        (
            "baked_help.rs",
            rust_file("content/help.json", "HELP", "HelpData", &help),
        ),
        (
            "baked_catalogue.rs",
            rust_file(
                "content/assessment.json",
                "CATALOGUE",
                "Catalogue",
                &catalogue,
            ),
        ),
        (
            "baked_journeys.rs",
            rust_file("content/journeys.json", "JOURNEYS", "Journeys", &journeys),
        ),
    ])
}

/// The Rust expression for `value`.
pub fn rust_expression(value: &impl Bake) -> String {
    let mut out = String::new();
    value.bake(&mut out);
    out
}

/// A generated file: `pub static NAME: Type = …;`, from items in scope.
pub fn rust_file(source: &str, name: &str, ty: &str, value: &impl Bake) -> String {
    format!(
        "// Written by build.rs from {source} (clear_signs_content::bake).\n\
         // tests/bake.rs checks it equals what parsing the file gives.\n\
         use clear_signs_content::{{List as L, Table, Text as T}};\n         use std::borrow::Cow::Borrowed as B;\n\n\
         #[rustfmt::skip]\npub static {name}: {ty} = {};\n",
        rust_expression(value)
    )
}

impl Bake for Text {
    fn bake(&self, out: &mut String) {
        // Debug writes a valid Rust literal: quotes, backslashes and
        // invisible characters escaped.
        let _ = write!(out, "T(B({:?}))", &**self);
    }
}

impl<T: Bake + Clone> Bake for List<T> {
    fn bake(&self, out: &mut String) {
        out.push_str("L(B(&[");
        for item in self.iter() {
            item.bake(out);
            out.push(',');
        }
        out.push_str("]))");
    }
}

impl<V: Bake + Clone> Bake for Table<V> {
    fn bake(&self, out: &mut String) {
        out.push_str("Table(");
        self.0.bake(out);
        out.push(')');
    }
}

impl<A: Bake, B: Bake> Bake for (A, B) {
    fn bake(&self, out: &mut String) {
        out.push('(');
        self.0.bake(out);
        out.push(',');
        self.1.bake(out);
        out.push(')');
    }
}

impl<T: Bake> Bake for Option<T> {
    fn bake(&self, out: &mut String) {
        match self {
            None => out.push_str("None"),
            Some(value) => {
                out.push_str("Some(");
                value.bake(out);
                out.push(')');
            }
        }
    }
}

/// Numbers and yes/no: their Debug text is their Rust.
macro_rules! bake_plain {
    ($($ty:ty),*) => {$(
        impl Bake for $ty {
            fn bake(&self, out: &mut String) {
                let _ = write!(out, "{self:?}");
            }
        }
    )*};
}
bake_plain!(bool, u32, usize);

impl Bake for serde::de::IgnoredAny {
    fn bake(&self, out: &mut String) {
        out.push_str("serde::de::IgnoredAny");
    }
}

/// Unit variants, written with their type's name.
macro_rules! bake_enum {
    ($($ty:ident { $($variant:ident),* $(,)? })*) => {$(
        impl Bake for $ty {
            fn bake(&self, out: &mut String) {
                out.push_str(match self {
                    $($ty::$variant => concat!(stringify!($ty), "::", stringify!($variant)),)*
                });
            }
        }
    )*};
}
bake_enum! {
    Mark { V, S }
    ContactKind { Tel, Sms }
    ContactNote { Police, Medical, Ambulance, FromAbroad, SomeEuCountries }
    Shares { Consent, Police, Immigration, PoliceAndImmigration, Anonymous, MayReachPolice, Unknown }
    Element { Forced, Control, Deception, Directed, Hard, Context }
    QuestionKind { YesNo, Activity, Minor }
}

/// Structs, every field named (`$path` is the struct's name in the file).
macro_rules! bake_struct {
    ($($path:path => $name:ident { $($field:ident),* $(,)? })*) => {$(
        impl Bake for $path {
            fn bake(&self, out: &mut String) {
                let $path { $($field),* } = self;
                out.push_str(concat!(stringify!($name), "{"));
                $(
                    out.push_str(concat!(stringify!($field), ":"));
                    $field.bake(out);
                    out.push(',');
                )*
                out.push('}');
            }
        }
    )*};
}
use catalogue::Source as CatalogueSource;
use journeys::Source as JourneySource;
bake_struct! {
    HelpData => HelpData { format_version, checked, checked_against, fallback, priorities, jurisdictions, rights, lines }
    Cited => Cited { title, url, date, secondary }
    Priority => Priority { minor, activities, signs, topics }
    Jurisdiction => Jurisdiction { id, countries, time_zones, scopes, lines, emergency, languages, officials_caution }
    Caution => Caution { mark, sources, checked }
    Emergency => Emergency { contacts, mark, sources, checked }
    Right => Right { id, scope, topics, needs_safe_officials, mark, sources, checked }
    Contact => Contact { kind, value, display, body, note }
    Line => Line { id, jurisdiction, name, operator, police, shares, shares_sources, languages, free, contacts, mark, sources, checked, what_happens, for_abroad }
    Catalogue => Catalogue { format_version, max_path_length, sources, elements, signs, activities, crime_activities, questions, retired_questions }
    CatalogueSource => Source { title, url }
    ElementLaw => ElementLaw { id, law }
    Sign => Sign { id, element, child, source, note }
    Question => Question { id, kind, raises, paths, after, key }
    Journeys => Journeys { format_version, checked, checked_against, sources, worried, job_offer }
    JourneySource => Source { title, url, date, mark }
    Journey => Journey { questions, advice }
    JourneyQuestion => JourneyQuestion { id, options, sources, cited }
    Advice => Advice { id, when, sources, cited }
    When => When { question, answers }
}
