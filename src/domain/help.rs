//! Rights and help lines, read from `content/help.json`.

use serde::Deserialize;
use std::collections::BTreeSet;

pub const FORMAT_VERSION: u32 = 1;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HelpData {
    pub format_version: u32,
    /// The date these entries were last checked (YYYY-MM-DD).
    pub checked: String,
    pub checked_against: String,
    pub rights: Vec<Right>,
    pub lines: Vec<Line>,
}

/// How sure we are of a fact, from the fact sheet's marks.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
pub enum Mark {
    /// Checked on an official page.
    V,
    /// Secondary source only: shown with a note.
    S,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cited {
    pub title: String,
    pub url: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Right {
    pub id: String,
    /// `international`, or a country group such as `uk` or `us`.
    pub scope: String,
    pub mark: Mark,
    pub sources: Vec<Cited>,
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum ContactKind {
    Tel,
    Sms,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub kind: ContactKind,
    /// E.164 (`+` and digits) or a national short code (digits only).
    pub value: String,
    /// As people write it locally.
    pub display: String,
    /// For SMS: the word to send, if the line asks for one.
    #[serde(default)]
    pub body: Option<String>,
}

impl Contact {
    /// The `tel:` or `sms:` link.
    pub fn href(&self) -> String {
        match self.kind {
            ContactKind::Tel => format!("tel:{}", self.value),
            ContactKind::Sms => match &self.body {
                Some(body) => format!("sms:{}?body={}", self.value, body),
                None => format!("sms:{}", self.value),
            },
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Line {
    pub id: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    pub name: String,
    pub operator: String,
    /// People ask: is this the police?
    pub police: bool,
    /// `None` when no source says.
    pub free: Option<bool>,
    pub contacts: Vec<Contact>,
    pub mark: Mark,
    pub sources: Vec<Cited>,
}

/// A phone value is E.164 (`+` then 7 to 15 digits) or a short code (3 to 6 digits).
pub fn well_formed_number(value: &str) -> bool {
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    match value.strip_prefix('+') {
        Some(rest) => digits(rest) && (7..=15).contains(&rest.len()) && !rest.starts_with('0'),
        None => digits(value) && (3..=6).contains(&value.len()),
    }
}

impl HelpData {
    pub fn parse(json: &str) -> Result<HelpData, String> {
        let data: HelpData = serde_json::from_str(json).map_err(|e| format!("help.json: {e}"))?;
        let problems = data.problems();
        if problems.is_empty() {
            Ok(data)
        } else {
            Err(format!("help.json: {}", problems.join("; ")))
        }
    }

    pub fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        if self.format_version != FORMAT_VERSION {
            problems.push(format!("format_version must be {FORMAT_VERSION}"));
        }
        if !valid_date(&self.checked) {
            problems.push(format!("checked `{}` is not YYYY-MM-DD", self.checked));
        }
        let mut ids = BTreeSet::new();
        let mut cite = |owner: &str, sources: &[Cited]| {
            if sources.is_empty() {
                problems.push(format!("`{owner}` has no source"));
            }
            for s in sources {
                if !s.url.starts_with("https://") || s.title.trim().is_empty() {
                    problems.push(format!(
                        "`{owner}`: each source needs a title and an https:// url"
                    ));
                }
            }
        };
        for r in &self.rights {
            cite(&r.id, &r.sources);
        }
        for l in &self.lines {
            cite(&l.id, &l.sources);
        }
        for id in self
            .rights
            .iter()
            .map(|r| &r.id)
            .chain(self.lines.iter().map(|l| &l.id))
        {
            if !ids.insert(id) {
                problems.push(format!("id `{id}` is used twice"));
            }
        }
        for l in &self.lines {
            if l.contacts.is_empty() {
                problems.push(format!("line `{}` has no contact", l.id));
            }
            if l.country.len() != 2 || !l.country.chars().all(|c| c.is_ascii_uppercase()) {
                problems.push(format!(
                    "line `{}`: country must be two capital letters",
                    l.id
                ));
            }
            for c in &l.contacts {
                if !well_formed_number(&c.value) {
                    problems.push(format!(
                        "line `{}`: `{}` is not E.164 or a short code",
                        l.id, c.value
                    ));
                }
            }
        }
        problems
    }
}

fn valid_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    parts.len() == 3
        && [4, 2, 2]
            .iter()
            .zip(&parts)
            .all(|(n, p)| p.len() == *n && p.chars().all(|c| c.is_ascii_digit()))
}
