//! Choosing a language from the browser's preferences, without storing it.

/// Browser language codes read as a shipped language (primary subtag, lower
/// case). Also the static exit's (exit.js): scripts/facts.mjs reads this list
/// at build time, so keep it plain `("from", "to")` pairs.
pub const ALIASES: &[(&str, &str)] = &[
    // Chinese by script, then by where it is written in Traditional
    // characters: a tag, or the start of one, before any region.
    ("zh-hans", "zh"),
    ("zh-hant", "zh-Hant"),
    ("zh-tw", "zh-Hant"),
    ("zh-hk", "zh-Hant"),
    ("zh-mo", "zh-Hant"),
    // Tagalog and Filipino share one file; old Indonesian code.
    ("tl", "fil"),
    ("in", "id"),
    // Only Brazilian Portuguese is shipped: closer than English.
    ("pt", "pt-BR"),
];

/// The alias for a whole tag (lower case), matched on subtag boundaries:
/// "zh-hant-tw" starts with "zh-hant".
fn tag_alias(tag: &str) -> Option<&'static str> {
    ALIASES.iter().find_map(|(from, to)| {
        let whole = from.contains('-')
            && tag
                .strip_prefix(from)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with('-'));
        whole.then_some(*to)
    })
}

/// The best shipped language for these preferences (BCP 47 tags, most
/// preferred first), or `None` if none fits.
pub fn pick(preferences: &[String], available: &[&'static str]) -> Option<&'static str> {
    let find = |tag: &str| {
        available
            .iter()
            .copied()
            .find(|a| a.eq_ignore_ascii_case(tag))
    };
    preferences.iter().find_map(|pref| {
        let pref = pref.trim().replace('_', "-");
        let primary = pref
            .split('-')
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        find(&pref)
            .or_else(|| tag_alias(&pref.to_ascii_lowercase()).and_then(find))
            .or_else(|| {
                let alias = ALIASES
                    .iter()
                    .find(|(from, _)| *from == primary)
                    .map_or(primary.as_str(), |(_, to)| to);
                find(alias).or_else(|| {
                    available
                        .iter()
                        .copied()
                        .find(|a| a.split('-').next() == Some(alias))
                })
            })
    })
}
