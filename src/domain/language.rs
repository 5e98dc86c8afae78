//! The shipped languages (English built in, the others packed by build.rs
//! into `lang/<code>.txt`), and choosing one from the browser's preferences,
//! without storing it.

/// Browser language codes read as a shipped language (primary subtag, lower
/// case). Shared with exit.js, so with the other such facts in the content
/// crate (build.rs writes them for the static files).
pub use clear_signs_content::facts::ALIASES;

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

/// The first language to show (issue 29: the policy in the domain, not the
/// UI): the kept language, if the person chose to keep answers and it is
/// offered; else the browser's preference; else the embedder's default; else
/// English, or the first language offered when English is not.
pub fn first(
    offered: &[&'static str],
    kept: Option<&str>,
    browser: &[String],
    default: Option<&'static str>,
) -> &'static str {
    kept.and_then(|k| offered.iter().copied().find(|c| *c == k))
        .or_else(|| pick(browser, offered))
        .or(default)
        .unwrap_or_else(|| {
            if offered.contains(&DEFAULT_LANGUAGE) {
                DEFAULT_LANGUAGE
            } else {
                offered.first().copied().unwrap_or(DEFAULT_LANGUAGE)
            }
        })
}

/// The language files every visitor of a site fetches once the check shows
/// (non-negotiable 1: what is fetched must not depend on what the person
/// does): every language the site offers (all when it lists none) that is
/// not built in, in the one fixed order of [`languages`], leaving out those
/// already here or on their way (`fetched`).
pub fn fetch_order(
    offered: Option<&[&'static str]>,
    fetched: impl Fn(&str) -> bool,
) -> Vec<&'static str> {
    languages()
        .iter()
        .filter(|l| offered.is_none_or(|o| o.contains(&l.code)))
        .filter(|l| !l.is_built_in() && !fetched(l.code))
        .map(|l| l.code)
        .collect()
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

/// The source language, built into the app: the one build.rs packs in
/// (`packing::BUILT_IN`) rather than writing a file for it.
pub const DEFAULT_LANGUAGE: &str = clear_signs_content::packing::BUILT_IN;

/// A shipped language. Name and direction repeat the file's `meta.*` keys
/// (a test checks) so the switcher needs no parsing.
#[derive(Debug, Clone, Copy)]
pub struct Language {
    /// BCP 47 tag, also the file name.
    pub code: &'static str,
    /// The language's name in itself.
    pub name: &'static str,
    /// `ltr` or `rtl`.
    pub dir: &'static str,
    /// The locale file. Only natively (tests, doc generators): the app
    /// has English packed in (`ENGLISH_PACKED`) and fetches the others.
    #[cfg(not(target_arch = "wasm32"))]
    pub json: &'static str,
}

/// Every locale key once, as build.rs packed them (see [`Texts::unpack`]).
///
/// [`Texts::unpack`]: super::text::Texts::unpack
pub const PACKED_KEYS: &str = include_str!(concat!(env!("OUT_DIR"), "/keys.txt"));

/// Names [`PACKED_KEYS`]: the first entry of every `lang/<code>.txt` file,
/// so a file packed against other keys (another release's) is refused.
pub const KEYS_ID: &str = include_str!(concat!(env!("OUT_DIR"), "/keys-id.txt"));

/// English, packed by build.rs in [`PACKED_KEYS`] order: always in the app,
/// so it can start, and fall back, without any file.
pub const ENGLISH_PACKED: &str = include_str!(concat!(env!("OUT_DIR"), "/en.txt"));

/// Each language's `meta.status` (`source`, `draft`, `reviewed`), one
/// `code status` per line, from build.rs (for the configurator).
const STATUSES: &str = include_str!(concat!(env!("OUT_DIR"), "/statuses.txt"));

/// The card's three sentences in every language (build.rs), one line each:
/// the code, then the sentences, separated by U+001F.
const CARD: &str = include_str!(concat!(env!("OUT_DIR"), "/card.txt"));

/// The card's sentences (`ui.card.victim`, `.lawyer`, `.referral`) in a
/// shipped language, from the app itself: the card for officials never
/// waits for, or asks for, that language's file.
pub fn card_sentences(code: &str) -> Option<[&'static str; 3]> {
    let line = CARD
        .lines()
        .find(|l| l.split('\u{1f}').next() == Some(code))?;
    let mut parts = line.split('\u{1f}').skip(1);
    let sentences = [parts.next()?, parts.next()?, parts.next()?];
    sentences
        .iter()
        .all(|s| !s.is_empty() && *s != "\u{18}")
        .then_some(sentences)
}

impl Language {
    /// The test build's pseudo-language, made from English at run time.
    pub fn is_pseudo(&self) -> bool {
        self.code == PSEUDO
    }

    /// In the app itself: English, and the pseudo-language made from it.
    /// The others come from `lang/<code>.txt`.
    pub fn is_built_in(&self) -> bool {
        self.code == DEFAULT_LANGUAGE || self.is_pseudo()
    }

    /// The locale file's `meta.status`, without loading the file.
    pub fn status(&self) -> Option<&'static str> {
        STATUSES
            .lines()
            .find_map(|line| line.strip_prefix(self.code)?.strip_prefix(' '))
    }
}

macro_rules! language {
    ($code:literal, $name:literal, $dir:literal) => {
        Language {
            code: $code,
            name: $name,
            dir: $dir,
            #[cfg(not(target_arch = "wasm32"))]
            json: include_str!(concat!("../../content/locales/", $code, ".json")),
        }
    };
}

/// Every shipped language; English first (the source).
pub const LANGUAGES: &[Language] = &[
    language!("en", "English", "ltr"),
    language!("zh", "中文（简体）", "ltr"),
    language!("vi", "Tiếng Việt", "ltr"),
    language!("id", "Bahasa Indonesia", "ltr"),
    language!("fil", "Filipino", "ltr"),
    language!("th", "ไทย", "ltr"),
    language!("hi", "हिन्दी", "ltr"),
    language!("ar", "العربية", "rtl"),
    language!("fr", "Français", "ltr"),
    language!("es", "Español", "ltr"),
    language!("pt-BR", "Português (Brasil)", "ltr"),
    language!("sw", "Kiswahili", "ltr"),
    language!("zh-Hant", "中文（繁體）", "ltr"),
    language!("my", "မြန်မာ", "ltr"),
    language!("km", "ខ្មែរ", "ltr"),
    language!("lo", "ລາວ", "ltr"),
    language!("ms", "Bahasa Melayu", "ltr"),
    language!("bn", "বাংলা", "ltr"),
    language!("ne", "नेपाली", "ltr"),
    language!("si", "සිංහල", "ltr"),
    language!("ur", "اردو", "rtl"),
    language!("am", "አማርኛ", "ltr"),
    language!("sq", "Shqip", "ltr"),
    language!("ro", "Română", "ltr"),
];

/// The shipped languages, plus the +40 % pseudo-language in the test build.
pub fn languages() -> &'static [Language] {
    #[cfg(feature = "test-build")]
    {
        static ALL: std::sync::LazyLock<Vec<Language>> = std::sync::LazyLock::new(|| {
            let mut all = LANGUAGES.to_vec();
            all.push(Language {
                code: PSEUDO,
                name: "Pseudo (+40%)",
                dir: "ltr",
                #[cfg(not(target_arch = "wasm32"))]
                json: "",
            });
            all
        });
        ALL.as_slice()
    }
    #[cfg(not(feature = "test-build"))]
    LANGUAGES
}

/// The test build's pseudo-language: English, accented and 40 % longer.
pub const PSEUDO: &str = "en-XA";

pub fn language(code: &str) -> Option<&'static Language> {
    languages().iter().find(|l| l.code == code)
}
