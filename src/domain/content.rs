//! All shipped content, compiled into the app so nothing is fetched at run time.

use super::catalogue::Catalogue;
use super::help::HelpData;
use super::text::Texts;

pub const ASSESSMENT_JSON: &str = include_str!("../../content/assessment.json");
pub const HELP_JSON: &str = include_str!("../../content/help.json");
pub const DEFAULT_LANGUAGE: &str = "en";

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
    /// reads `packed` instead.
    #[cfg(not(target_arch = "wasm32"))]
    pub json: &'static str,
    /// The texts as build.rs packed them, in [`PACKED_KEYS`] order; empty
    /// for the test build's pseudo-language.
    pub packed: &'static str,
}

/// Every locale key once, as build.rs packed them (see [`Texts::unpack`]).
///
/// [`Texts::unpack`]: super::text::Texts::unpack
pub const PACKED_KEYS: &str = include_str!(concat!(env!("OUT_DIR"), "/keys.txt"));

impl Language {
    /// The test build's pseudo-language, made from English at run time.
    pub fn is_pseudo(&self) -> bool {
        self.packed.is_empty()
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
            packed: include_str!(concat!(env!("OUT_DIR"), "/", $code, ".txt")),
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
                packed: "",
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

#[derive(Debug, Clone)]
pub struct Content {
    pub catalogue: Catalogue,
    pub help: HelpData,
    pub texts: Texts,
}

impl Content {
    /// Load the shipped content in one language.
    pub fn load(language: &str) -> Result<Content, String> {
        let language =
            self::language(language).ok_or_else(|| format!("unknown language `{language}`"))?;
        super::journeys::load()?;
        Ok(Content {
            catalogue: Catalogue::parse(ASSESSMENT_JSON)?,
            help: HelpData::parse(HELP_JSON)?,
            texts: Texts::of(language)?,
        })
    }
}
