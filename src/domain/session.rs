//! What the app keeps on the device, and when it lets go (issue 29: the
//! policy in the domain, where native tests reach it). Nothing is stored
//! unless the person chose "Keep my answers" on a site that offers it; an
//! unreadable copy is removed, never half-read. `browser::storage` only
//! carries these decisions out.

use super::catalogue::Catalogue;
use super::help::HelpData;
use super::stored::Stored;

/// What the device held when the check opened.
#[derive(Debug, PartialEq)]
pub enum Opening {
    /// Nothing kept: start fresh, and clear what an older version may have
    /// left in the tab (sessionStorage).
    Fresh,
    /// A kept check, read whole.
    Kept(Stored),
    /// A kept copy that cannot be read (another version, a hand edit):
    /// start fresh, remove it, tell the embedder why and the person calmly.
    Unreadable {
        reason: String,
        notice: &'static str,
    },
}

/// Read what the device held (`raw`: the stored text, if any).
pub fn open(catalogue: &Catalogue, help: &HelpData, raw: Option<&str>) -> Opening {
    match raw {
        None => Opening::Fresh,
        Some(raw) => match Stored::decode(catalogue, help, raw) {
            Ok(stored) => Opening::Kept(stored),
            Err(reason) => Opening::Unreadable {
                reason: format!("{reason}; starting a new check"),
                notice: "ui.error.stored",
            },
        },
    }
}

/// Whether answers stay on the device: only if the person chose to keep
/// them and the site offers keeping (an embedder who turns it off also ends
/// an earlier choice).
pub fn keeps(site_offers: bool, person_chose: bool) -> bool {
    site_offers && person_chose
}

/// The copy to write now, if any: while the person keeps answers, the whole
/// check; otherwise nothing (and turning keeping off removes the copy).
pub fn to_store(keep: bool, check: impl FnOnce() -> Stored) -> Option<Stored> {
    keep.then(check)
}
