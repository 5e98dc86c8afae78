//! Rights and help, by jurisdiction, read from `content/help.json`.

use super::{List, Text};
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
    pub checked: Text,
    pub checked_against: Text,
    /// The lines the page lists when the check cannot run: read at build time
    /// by scripts/exit-strings.mjs (index.html, embed.js), never by the app.
    #[serde(default)]
    pub fallback: serde::de::IgnoredAny,
    /// Which rights to show first for which answers.
    pub priorities: List<Priority>,
    /// Places a person can say they are in (or come from), in display order.
    pub jurisdictions: List<Jurisdiction>,
    pub rights: List<Right>,
    pub lines: List<Line>,
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
    pub title: Text,
    pub url: Text,
    /// The source's own date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, shown beside
    /// it so an old source never reads as fresh (`checked` says when we last
    /// read it). `undated` where the page gives none.
    #[serde(default)]
    pub date: Option<Text>,
    /// A secondary source (a mirror, news or a summary) cited beside an
    /// official one: shown as such.
    #[serde(default)]
    pub secondary: bool,
}

impl Cited {
    /// The host of the url, without `www.`.
    pub fn host(&self) -> &str {
        let rest = self.url.split("://").nth(1).unwrap_or("");
        let host = rest.split(['/', '?', '#']).next().unwrap_or("");
        host.strip_prefix("www.").unwrap_or(host)
    }
}

/// Rights with these topics go first when the answers match: any listed sign
/// raised or activity chosen (and the minor condition, when set).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Priority {
    pub minor: Option<bool>,
    pub activities: List<Text>,
    pub signs: List<Text>,
    pub topics: List<Text>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Jurisdiction {
    pub id: Text,
    /// ISO 3166-1 alpha-2 codes, matched against the browser's language region.
    pub countries: List<Text>,
    /// IANA time zones; an entry ending in `/` matches a prefix.
    pub time_zones: List<Text>,
    /// Right scopes that apply here, most specific first. International rights
    /// always apply and are shown after these.
    pub scopes: List<Text>,
    /// Line ids, in display order.
    pub lines: List<Text>,
    pub emergency: Option<Emergency>,
    /// The official language(s) officials use here, as language codes, most
    /// used first: the card to show officials is written in the first one we
    /// ship. Empty where it varies (the EU).
    pub languages: List<Text>,
    /// Where officials may work with traffickers or treat victims as suspects,
    /// from these sources: the police advice leads with this caution and a
    /// lawyer, IOM, a trusted charity or the embassy, and never suggests
    /// telling officials what happened (`caution.<id>` says why, in words).
    #[serde(default)]
    pub officials_caution: Option<Caution>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Caution {
    pub mark: Mark,
    pub sources: List<Cited>,
    pub checked: Text,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Emergency {
    pub contacts: List<Contact>,
    pub mark: Mark,
    pub sources: List<Cited>,
    pub checked: Text,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Right {
    pub id: Text,
    /// `international`, or a scope named by a jurisdiction (such as `coe`).
    pub scope: Text,
    pub topics: List<Text>,
    /// Advice that is safe only where officials can be trusted (telling them
    /// you were made to do it): never shown where the place carries an
    /// `officials_caution`, nor before a place is chosen.
    #[serde(default)]
    pub needs_safe_officials: bool,
    pub mark: Mark,
    pub sources: List<Cited>,
    pub checked: Text,
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
    pub value: Text,
    /// As people write it locally.
    pub display: Text,
    /// For SMS: the word to send, if the line asks for one.
    #[serde(default)]
    pub body: Option<Text>,
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
    /// A number that works in only some EU countries (116 006): said beside
    /// it, so the button never reads as working everywhere in the EU.
    SomeEuCountries,
}

impl ContactNote {
    pub fn key(self) -> &'static str {
        match self {
            ContactNote::Police => "ui.help.note.police",
            ContactNote::Medical => "ui.help.note.medical",
            ContactNote::Ambulance => "ui.help.note.ambulance",
            ContactNote::FromAbroad => "ui.help.note.from_abroad",
            ContactNote::SomeEuCountries => "ui.help.note.some_eu_countries",
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
    pub id: Text,
    /// Informational: the place the line serves (jurisdictions list the lines).
    pub jurisdiction: Text,
    pub name: Text,
    pub operator: Text,
    /// People ask: is this the police? `None` when no source says.
    pub police: Option<bool>,
    /// Whether what you say can reach police or immigration.
    pub shares: Shares,
    /// The line's own words on sharing (its consent or privacy policy), or a
    /// report of how it passes on calls. Needed unless `shares` is `unknown`
    /// or `police` (then the line's sources say it is the police).
    #[serde(default)]
    pub shares_sources: List<Cited>,
    /// Languages the line answers in, as codes we ship, where a source says.
    #[serde(default)]
    pub languages: List<Text>,
    /// `None` when no source says.
    pub free: Option<bool>,
    pub contacts: List<Contact>,
    pub mark: Mark,
    pub sources: List<Cited>,
    pub checked: Text,
    /// Sources for "What happens when I call?", from the line's own pages.
    /// Empty when we have no such description: the question is not shown.
    pub what_happens: List<Cited>,
    /// A line for the country's own people abroad (a consular line, an
    /// embassy): listed under "Help from <home>" and among other countries,
    /// never offered to someone inside the country, where it is not for them
    /// (China's 12308 is for Chinese citizens abroad).
    #[serde(default)]
    pub for_abroad: bool,
}

/// Whether what a person tells a line can reach police or immigration: the
/// first thing someone without papers, or afraid of arrest, needs to know.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Shares {
    /// It says it passes on nothing that identifies you without your consent,
    /// except where it states (a child at risk, danger, the law).
    Consent,
    /// It is the police or a law-enforcement agency.
    Police,
    /// It is part of immigration enforcement.
    Immigration,
    /// It passes reports to enforcement agencies such as police and immigration.
    PoliceAndImmigration,
    /// It passes information to the police without the caller's identity.
    Anonymous,
    /// Calls can be passed to a system that can send the police (India's 181
    /// and 1098 are joined to the 112 emergency system): not the police, but
    /// listed after lines that are not known to reach them.
    MayReachPolice,
    /// No source says.
    Unknown,
}

impl Shares {
    pub fn key(self) -> &'static str {
        match self {
            Shares::Consent => "ui.help.shares.consent",
            Shares::Police => "ui.help.shares.police",
            Shares::Immigration => "ui.help.shares.immigration",
            Shares::PoliceAndImmigration => "ui.help.shares.police_and_immigration",
            Shares::Anonymous => "ui.help.shares.anonymous",
            Shares::MayReachPolice => "ui.help.shares.may_reach_police",
            Shares::Unknown => "ui.help.shares.unknown",
        }
    }

    /// Whether calling means telling the police or immigration.
    pub fn reaches_enforcement(self) -> bool {
        matches!(
            self,
            Shares::Police | Shares::Immigration | Shares::PoliceAndImmigration
        )
    }
}

impl Line {
    /// Police, immigration or a line that passes every report to them.
    pub fn is_enforcement(&self) -> bool {
        self.police == Some(true) || self.shares.reaches_enforcement()
    }

    /// How close a call comes to the police, for ordering: 0 no source says
    /// it reaches them, 1 calls may be passed to them, 2 it is the police or
    /// passes every report to enforcement.
    pub fn police_rank(&self) -> u8 {
        if self.is_enforcement() {
            2
        } else if self.shares == Shares::MayReachPolice {
            1
        } else {
            0
        }
    }

    /// A number someone outside the country can dial (E.164).
    pub fn reachable_from_abroad(&self) -> bool {
        self.contacts.iter().any(|c| !c.inside_only())
    }
}

impl Contact {
    /// A national number or short code (not `+`): it works only from a phone
    /// inside the country.
    pub fn inside_only(&self) -> bool {
        !self.value.starts_with('+')
    }
}

/// A phone value is E.164 (`+` then 7 to 15 digits) or a short code (3 to 6 digits).
pub fn well_formed_number(value: &str) -> bool {
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    match value.strip_prefix('+') {
        Some(rest) => digits(rest) && (7..=15).contains(&rest.len()) && !rest.starts_with('0'),
        None => digits(value) && (3..=6).contains(&value.len()),
    }
}

/// Every source with the mark of the entry that cites it, and the entry's id:
/// rights, lines (with their sharing policy and "what happens") and
/// emergency numbers.
pub type MarkedSource<'h> = (String, Mark, &'h Cited);

impl HelpData {
    pub fn marked_sources(&self) -> Vec<MarkedSource<'_>> {
        let mut all = Vec::new();
        for r in &self.rights {
            all.extend(r.sources.iter().map(|s| (r.id.to_string(), r.mark, s)));
        }
        for l in &self.lines {
            let cited = l
                .sources
                .iter()
                .chain(&l.shares_sources)
                .chain(&l.what_happens);
            all.extend(cited.map(|s| (l.id.to_string(), l.mark, s)));
        }
        for j in &self.jurisdictions {
            if let Some(e) = &j.emergency {
                let id = format!("{} emergency", j.id);
                all.extend(e.sources.iter().map(|s| (id.clone(), e.mark, s)));
            }
            if let Some(c) = &j.officials_caution {
                let id = format!("{} officials", j.id);
                all.extend(c.sources.iter().map(|s| (id.clone(), c.mark, s)));
            }
        }
        all
    }

    pub fn parse(json: &str) -> Result<HelpData, String> {
        let data: HelpData = serde_json::from_str(json).map_err(|e| format!("help.json: {e}"))?;
        // The app never parses its own content (build.rs bakes it), so
        // checking here costs it nothing.
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
                .map(|r| (r.id.to_string(), r.sources.as_slice())),
        );
        cited.extend(
            self.lines
                .iter()
                .map(|l| (l.id.to_string(), l.sources.as_slice())),
        );
        let with_policy = self.lines.iter().filter(|l| !l.shares_sources.is_empty());
        cited
            .extend(with_policy.map(|l| (format!("{} shares", l.id), l.shares_sources.as_slice())));
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
            if let Some(c) = &j.officials_caution {
                cited.push((format!("{} officials", j.id), c.sources.as_slice()));
                if !valid_date(&c.checked) {
                    problems.push(format!("`{}` officials: checked is not YYYY-MM-DD", j.id));
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
                match s.date.as_deref() {
                    Some(d) if valid_source_date(d) => {}
                    _ => problems.push(format!(
                        "`{owner}`: source `{}` needs its own date (YYYY, YYYY-MM, YYYY-MM-DD or undated)",
                        s.url
                    )),
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
        let scopes: BTreeSet<&Text> = self.jurisdictions.iter().flat_map(|j| &j.scopes).collect();
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
            let needs_policy = !matches!(l.shares, Shares::Unknown | Shares::Police);
            if needs_policy && l.shares_sources.is_empty() {
                problems.push(format!("line `{}`: say where `shares` comes from", l.id));
            }
            if l.shares == Shares::Police && l.police != Some(true) {
                problems.push(format!(
                    "line `{}`: shares `police` but police is not true",
                    l.id
                ));
            }
            if l.shares == Shares::Consent && l.police == Some(true) {
                problems.push(format!(
                    "line `{}`: the police cannot keep a caller's consent policy",
                    l.id
                ));
            }
            if l.for_abroad && !l.reachable_from_abroad() {
                problems.push(format!(
                    "line `{}` is for people abroad but has no number they can dial (+…)",
                    l.id
                ));
            }
            if l.shares == Shares::MayReachPolice && l.police == Some(true) {
                problems.push(format!(
                    "line `{}`: the police do not only `may_reach_police`",
                    l.id
                ));
            }
            if !self.jurisdictions.iter().any(|j| j.lines.contains(&l.id)) {
                problems.push(format!("line `{}` is not listed by any jurisdiction", l.id));
            }
        }
        let topics: BTreeSet<&Text> = self.rights.iter().flat_map(|r| &r.topics).collect();
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

/// A source's own date: as precise as the source gives it, or `undated`.
pub fn valid_source_date(s: &str) -> bool {
    if s == UNDATED {
        return true;
    }
    let parts: Vec<&str> = s.split('-').collect();
    let widths = [4, 2, 2];
    !parts.is_empty()
        && parts.len() <= 3
        && parts
            .iter()
            .zip(widths)
            .all(|(p, n)| p.len() == n && p.chars().all(|c| c.is_ascii_digit()))
}

/// The date of a source that gives none.
pub const UNDATED: &str = "undated";

fn valid_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    parts.len() == 3
        && [4, 2, 2]
            .iter()
            .zip(&parts)
            .all(|(n, p)| p.len() == *n && p.chars().all(|c| c.is_ascii_digit()))
}
