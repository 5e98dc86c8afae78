//! Rights and help, by jurisdiction, read from `content/help.json`.

use serde::Deserialize;
use std::collections::BTreeSet;

pub const FORMAT_VERSION: u32 = 1;
/// The scope of rights that apply everywhere.
pub const INTERNATIONAL: &str = "international";

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HelpData {
    pub format_version: u32,
    /// The date the file as a whole was last checked (YYYY-MM-DD).
    pub checked: String,
    pub checked_against: String,
    /// Which rights to show first for which answers.
    pub priorities: Vec<Priority>,
    /// Places a person can say they are in (or come from), in display order.
    pub jurisdictions: Vec<Jurisdiction>,
    pub rights: Vec<Right>,
    pub lines: Vec<Line>,
}

/// How sure we are of a fact, from the fact sheet's marks. Unverified facts
/// ([U]) are never shipped.
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

/// Rights with these topics go first when the answers match: any listed sign
/// raised or activity chosen (and the minor condition, when set).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Priority {
    pub minor: Option<bool>,
    pub activities: Vec<String>,
    pub signs: Vec<String>,
    pub topics: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Jurisdiction {
    pub id: String,
    /// ISO 3166-1 alpha-2 codes, matched against the browser's language region.
    pub countries: Vec<String>,
    /// IANA time zones; an entry ending in `/` matches a prefix.
    pub time_zones: Vec<String>,
    /// Right scopes that apply here, most specific first. International rights
    /// always apply and are shown after these.
    pub scopes: Vec<String>,
    /// Line ids, in display order.
    pub lines: Vec<String>,
    pub emergency: Option<Emergency>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Emergency {
    pub contacts: Vec<Contact>,
    pub mark: Mark,
    pub sources: Vec<Cited>,
    pub checked: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Right {
    pub id: String,
    /// `international`, or a scope named by a jurisdiction (such as `coe`).
    pub scope: String,
    pub topics: Vec<String>,
    pub mark: Mark,
    pub sources: Vec<Cited>,
    pub checked: String,
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum ContactKind {
    Tel,
    Sms,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
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
    /// What this number is for, shown translated after it (`ui.help.note.*`).
    #[serde(default)]
    pub note: Option<ContactNote>,
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum ContactNote {
    Police,
    Medical,
    Ambulance,
    FromAbroad,
}

impl ContactNote {
    pub fn key(self) -> &'static str {
        match self {
            ContactNote::Police => "ui.help.note.police",
            ContactNote::Medical => "ui.help.note.medical",
            ContactNote::Ambulance => "ui.help.note.ambulance",
            ContactNote::FromAbroad => "ui.help.note.from_abroad",
        }
    }
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
    /// Informational: the place the line serves (jurisdictions list the lines).
    pub jurisdiction: String,
    pub name: String,
    pub operator: String,
    /// People ask: is this the police? `None` when no source says.
    pub police: Option<bool>,
    /// `None` when no source says.
    pub free: Option<bool>,
    pub contacts: Vec<Contact>,
    pub mark: Mark,
    pub sources: Vec<Cited>,
    pub checked: String,
    /// Sources for "What happens when I call?", from the line's own pages.
    /// Empty when we have no such description: the question is not shown.
    pub what_happens: Vec<Cited>,
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

    pub fn jurisdiction(&self, id: &str) -> Option<&Jurisdiction> {
        self.jurisdictions.iter().find(|j| j.id == id)
    }

    pub fn line(&self, id: &str) -> Option<&Line> {
        self.lines.iter().find(|l| l.id == id)
    }

    /// Every problem in the data, so an editor sees them all at once.
    pub fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        if self.format_version != FORMAT_VERSION {
            problems.push(format!("format_version must be {FORMAT_VERSION}"));
        }
        let mut dated = vec![("the file", &self.checked)];
        dated.extend(self.rights.iter().map(|r| (r.id.as_str(), &r.checked)));
        dated.extend(self.lines.iter().map(|l| (l.id.as_str(), &l.checked)));
        for (owner, date) in dated {
            if !valid_date(date) {
                problems.push(format!("`{owner}`: checked `{date}` is not YYYY-MM-DD"));
            }
        }
        let mut cited: Vec<(String, &[Cited])> = Vec::new();
        cited.extend(
            self.rights
                .iter()
                .map(|r| (r.id.clone(), r.sources.as_slice())),
        );
        cited.extend(
            self.lines
                .iter()
                .map(|l| (l.id.clone(), l.sources.as_slice())),
        );
        let described = self.lines.iter().filter(|l| !l.what_happens.is_empty());
        cited.extend(
            described.map(|l| (format!("{} what_happens", l.id), l.what_happens.as_slice())),
        );
        for j in &self.jurisdictions {
            if let Some(e) = &j.emergency {
                cited.push((format!("{} emergency", j.id), e.sources.as_slice()));
                if !valid_date(&e.checked) {
                    problems.push(format!("`{}` emergency: checked is not YYYY-MM-DD", j.id));
                }
            }
        }
        for (owner, sources) in cited {
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
        }
        let mut ids = BTreeSet::new();
        let all_ids = self.rights.iter().map(|r| &r.id);
        let all_ids = all_ids.chain(self.lines.iter().map(|l| &l.id));
        for id in all_ids.chain(self.jurisdictions.iter().map(|j| &j.id)) {
            if !ids.insert(id) {
                problems.push(format!("id `{id}` is used twice"));
            }
        }
        let contacts = self
            .lines
            .iter()
            .flat_map(|l| l.contacts.iter().map(move |c| (&l.id, c)));
        let emergency = self.jurisdictions.iter().flat_map(|j| {
            j.emergency
                .iter()
                .flat_map(move |e| e.contacts.iter().map(move |c| (&j.id, c)))
        });
        for (owner, c) in contacts.chain(emergency) {
            if !well_formed_number(&c.value) {
                problems.push(format!(
                    "`{owner}`: `{}` is not E.164 or a short code",
                    c.value
                ));
            }
        }
        let scopes: BTreeSet<&String> = self.jurisdictions.iter().flat_map(|j| &j.scopes).collect();
        for r in &self.rights {
            if r.scope != INTERNATIONAL && !scopes.contains(&r.scope) {
                problems.push(format!(
                    "right `{}`: no jurisdiction has scope `{}`",
                    r.id, r.scope
                ));
            }
            if r.topics.is_empty() {
                problems.push(format!("right `{}` has no topic", r.id));
            }
        }
        for j in &self.jurisdictions {
            for id in &j.lines {
                if self.line(id).is_none() {
                    problems.push(format!("jurisdiction `{}` lists unknown line `{id}`", j.id));
                }
            }
            for c in &j.countries {
                if c.len() != 2 || !c.chars().all(|ch| ch.is_ascii_uppercase()) {
                    problems.push(format!(
                        "jurisdiction `{}`: country `{c}` is not two capital letters",
                        j.id
                    ));
                }
            }
        }
        for l in &self.lines {
            if l.contacts.is_empty() {
                problems.push(format!("line `{}` has no contact", l.id));
            }
            if !self.jurisdictions.iter().any(|j| j.lines.contains(&l.id)) {
                problems.push(format!("line `{}` is not listed by any jurisdiction", l.id));
            }
        }
        let topics: BTreeSet<&String> = self.rights.iter().flat_map(|r| &r.topics).collect();
        for p in &self.priorities {
            for t in &p.topics {
                if !topics.contains(t) {
                    problems.push(format!("priority topic `{t}` is on no right"));
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
