//! The theme: its colours and corner radius checked, and WCAG contrast
//! computed in integers (no floating point in the WASM). A theme whose
//! colours fail WCAG AA keeps the defaults. The `Theme` type and the built-in
//! colours stay in the parent (tests/facts reads `DEFAULT_COLOURS` there).

use super::fields::{problem, unknown_fields};
use super::Theme;
use serde_json::Value;

pub(super) fn theme(v: &Value, problems: &mut Vec<String>) -> Theme {
    let mut theme = Theme::default();
    let Value::Object(map) = v else {
        problems.push(problem("theme", "expected {\"primary\": \"#1d5b79\", …}"));
        return theme;
    };
    let allowed = ["primary", "primary_text", "background", "text", "radius"];
    unknown_fields(map, "theme.", &allowed, problems);
    let colour = |key: &str, problems: &mut Vec<String>| match map.get(key) {
        None => None,
        Some(Value::String(s)) if parse_hex(s).is_some() => Some(s.to_ascii_lowercase()),
        Some(_) => {
            problems.push(problem(
                &format!("theme.{key}"),
                "expected a colour like #1d5b79",
            ));
            None
        }
    };
    theme.primary = colour("primary", problems);
    theme.primary_text = colour("primary_text", problems);
    theme.background = colour("background", problems);
    theme.text = colour("text", problems);
    theme.radius = match map.get("radius") {
        None => None,
        Some(Value::String(s)) if valid_radius(s) => Some(s.clone()),
        Some(_) => {
            problems.push(problem(
                "theme.radius",
                "expected a length from 0px to 24px, like \"6px\"",
            ));
            None
        }
    };
    // WCAG 2.2 AA: 4.5:1 for text. A theme that fails keeps the default colours.
    let pairs = [
        ("primary_text", "primary"),
        ("text", "background"),
        ("primary", "background"),
    ];
    for (fg, bg) in pairs {
        let (fg_l, bg_l) = (
            colour_luminance(&theme.colour(fg)).unwrap_or(0),
            colour_luminance(&theme.colour(bg)).unwrap_or(0),
        );
        if !meets_aa(fg_l, bg_l) {
            let ratio = hundredths(fg_l, bg_l);
            let (whole, part) = (ratio / 100, ratio % 100);
            problems.push(format!(
                "config `theme`: {fg} on {bg} has contrast {whole}.{part:02}:1, WCAG AA needs 4.5:1; the theme colours are refused and the defaults used"
            ));
            theme = Theme {
                radius: theme.radius,
                ..Theme::default()
            };
            break;
        }
    }
    theme
}

/// A length from 0px to 24px, as a number CSS and Rust's float parsing both
/// read ("6px", "2.5px", "+4px", "1e1px"). Read without floating point
/// (smaller WASM); tests/theme.rs checks it against the float reading.
fn valid_radius(s: &str) -> bool {
    let Some(number) = s.strip_suffix("px") else {
        return false;
    };
    let (negative, number) = match number.as_bytes().first() {
        Some(b'-') => (true, &number[1..]),
        Some(b'+') => (false, &number[1..]),
        _ => (false, number),
    };
    let (mantissa, exponent) = match number.find(['e', 'E']) {
        Some(at) => (&number[..at], Some(&number[at + 1..])),
        None => (number, None),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = |d: &str| d.bytes().all(|b| b.is_ascii_digit());
    if whole.len() + fraction.len() == 0 || !digits(whole) || !digits(fraction) {
        return false;
    }
    // The exponent, capped: beyond a few digits only its sign matters.
    let exponent = match exponent {
        None => 0,
        Some(e) => {
            let (sign, e) = match e.as_bytes().first() {
                Some(b'-') => (-1, &e[1..]),
                Some(b'+') => (1, &e[1..]),
                _ => (1, e),
            };
            if e.is_empty() || !digits(e) {
                return false;
            }
            let e = e.trim_start_matches('0');
            let size = if e.len() > 6 {
                1_000_000
            } else {
                e.bytes().fold(0, |n, b| n * 10 + i64::from(b - b'0'))
            };
            sign * size
        }
    };
    // All the digits, and how many of them come before the decimal point.
    let all = [whole, fraction].concat();
    let significant = all.trim_start_matches('0');
    if significant.is_empty() {
        return true; // zero, also written -0
    }
    if negative {
        return false;
    }
    let point = whole.len() as i64 + exponent - (all.len() - significant.len()) as i64;
    match point {
        ..=1 => true, // below 10
        2 => {
            // Two digits before the point ("2" then "4", padded with zeros).
            let d = significant.as_bytes();
            let first = (d[0], d.get(1).copied().unwrap_or(b'0'));
            let rest = d.get(2..).unwrap_or_default();
            first < (b'2', b'4') || (first == (b'2', b'4') && rest.iter().all(|&b| b == b'0'))
        }
        _ => false,
    }
}

fn parse_hex(s: &str) -> Option<[u8; 3]> {
    let hex = s
        .strip_prefix('#')
        .filter(|h| h.chars().all(|c| c.is_ascii_hexdigit()))?;
    let digits: Vec<u8> = match hex.len() {
        3 => hex
            .chars()
            .map(|c| c.to_digit(16).map(|d| (d * 17) as u8))
            .collect::<Option<_>>()?,
        6 => (0..3)
            .map(|i| u8::from_str_radix(hex.get(i * 2..i * 2 + 2)?, 16).ok())
            .collect::<Option<_>>()?,
        _ => return None,
    };
    Some([digits[0], digits[1], digits[2]])
}

// WCAG contrast in integers: no floating point in the WASM (its formatting and
// maths code is large). Luminances are in units of 1e-22: fine enough that
// every pair of colours gets the float formula's answer (tests/theme.rs).

/// Each sRGB channel value (0 to 255) made linear, in units of 1e-18: WCAG's
/// c/12.92 up to 0.03928, else ((c+0.055)/1.055)^2.4, with c = value/255,
/// rounded. tests/theme.rs recomputes it, and checks every decision.
#[rustfmt::skip]
pub const LINEAR: [u64; 256] = [
    0, 303526983548837, 607053967097675, 910580950646512, 1214107934195350, 1517634917744187,
    1821161901293025, 2124688884841862, 2428215868390700, 2731742851939537, 3035269835488375, 3346535763899158,
    3676507324047435, 4024717018496304, 4391442037410293, 4776953480693727, 5181516702338385, 5605391624202721,
    6048833022857053, 6512090792594472, 6995410187265386, 7499032043226170, 8023192985384993, 8568125618069302,
    9134058702220786, 9721217320237844, 10329823029626937, 10960094006488241, 11612245179743881, 12286488356915867,
    12983032342173008, 13702083047289683, 14443843596092541, 15208514422912706, 15996293365509628, 16807375752887377,
    17641954488384077, 18500220128379688, 19382360956935723, 20288563056652391, 21219010376003555, 22173884793387376,
    23153366178110404, 24157632448504748, 25186859627361622, 26241221894849890, 27320891639074889, 28426039504420788,
    29556834437808797, 30713443732993622, 31896033073011516, 33104766570885046, 34339806808682166, 35601314875020322,
    36889450401100016, 38204371595346483, 39546235276732833, 40915196906853168, 42311410620809654, 43735029256973448,
    45186204385675544, 46665086336880077, 48171824226889403, 49706565984127216, 51269458374043221, 52860647023180253,
    54480276442442354, 56128490049600077, 57805430191067211, 59511238162981183, 61246054231617592, 63010017653167654,
    64803266692905761, 66625938643772875, 68478169844400158, 70360095696595872, 72271850682317472, 74213568380149619,
    76185381481307806, 78187421805186325, 80219820314468312, 82282707129814791, 84376211544148777, 86500462036549731,
    88655586285772937, 90841711183407678, 93058962846687423, 95307466630964665, 97587347141862422, 99898728247113897,
    102241733088101282, 104616484091104165, 107023102978267592, 109461710778299337, 111932427836905573, 114435373826973712,
    116970667758510810, 119538427988345597, 122138772229601846, 124771817560950466, 127437680435647420, 130136476690364278,
    132868321553817914, 135633329655205648, 138431615032451823, 141263291140271627, 144128470858057717, 147027266497594971,
    149959789810608546, 152926151996150155, 155926463707827348, 158960835060880363, 162029375639110977, 165132194501667599,
    168269400189690700, 171441100732822542, 174647403655584994, 177888415983629129, 181164244249860124, 184474994500440897,
    187820772300677772, 191201682740791357, 194617830441575717, 198069319559948815, 201556253794397080, 205078736390316892,
    208636870145255662, 212230757414055096, 215860500113899164, 219526199729269190, 223227957316808422, 226965873510098342,
    230740048524348944, 234550582161005074, 238397573812270936, 242281122465554733, 246201326707835398, 250158284729953292,
    254152094330826684, 258182852921595781, 262250657529696026, 266355604802862317, 270497791013065761, 274677312060384528,
    278894263476810327, 283148740429991964, 287440837726917428, 291770649817535885, 296138270798320928, 300543794415776405,
    304987314069886084, 309468922817508403, 313988713375717506, 318546778125091733, 323143209112950700, 327778098056542082,
    332451536346179169, 337163615048330236, 341914424908660765, 346704056355029482, 351532599500439206, 356400144145943415,
    361306779783509471, 366252595598839380, 371237680474148954, 376262122990906229, 381326011432529949, 386429433787048930,
    391572477749723070, 396755230725626786, 401977779832195602, 407240211901736624, 412542613483903596, 417885070848137239,
    423267669986071527, 428690496613906579, 434153636174748768, 439657173840918716, 445201194516227739, 450785782838223371,
    456411023180404518, 462076999654406829, 467783796112158823, 473531496148009313, 479320183100826657, 485149940056070352,
    491020849847835460, 496932995060870372, 502886458032568385, 508881320854933552, 514917665376521274, 520995573204354070,
    527115125705812980, 533276404010505004, 539479489012107016, 545724461370186550, 552011401511999863, 558340389634267664,
    564711505704928890, 571124829464872903, 577580440429650479, 584078417891163941, 590618840919336787, 597201788363763157,
    603827338855337481, 610495570807864619, 617206562419650837, 623960391675075915, 630757136346146703, 637596873994032431,
    644479681970582058, 651405637419823962, 658374817279448239, 665387298282271905, 672443156957687265, 679542469633093708,
    686685312435313212, 693871761291989784, 701101891932973115, 708375779891686675, 715693500506480502, 723055128921968915,
    730460740090353380, 737910408772730765, 745404209540387203, 752942216776077770, 760524504675292214, 768151147247506926,
    775822218317423366, 783537791526193153, 791297940332630001, 799102738014408709, 806952257669251397, 814846572216101156,
    822785754396283329, 830769876774654563, 838799011740739849, 846873231509857688, 854992608124233586, 863157213454102015,
    871367119198797029, 879622396887831685, 887923117881966420, 896269353374266563, 904661174391149107, 913098651793418913,
    921581856277294476, 930110858375423420, 938685728457887833, 947306536733199616, 955973353249285955, 964686247894465069,
    973445290398412358, 982250550333117081, 991102097113829699, 1000000000000000000,
];

/// Relative luminance of a colour, in units of 1e-22 (0.2126 R + 0.7152 G + 0.0722 B).
pub fn luminance(rgb: [u8; 3]) -> u128 {
    let [r, g, b] = rgb.map(|c| u128::from(LINEAR[c as usize]));
    2126 * r + 7152 * g + 722 * b
}

/// 0.05, the flare WCAG adds to both luminances, in the same units.
const FLARE: u128 = 500_000_000_000_000_000_000;

/// Whether two luminances reach WCAG AA for text: (hi + 0.05) / (lo + 0.05) >= 4.5.
pub fn meets_aa(a: u128, b: u128) -> bool {
    let (hi, lo) = if a > b { (a, b) } else { (b, a) };
    2 * (hi + FLARE) >= 9 * (lo + FLARE)
}

/// The contrast ratio in hundredths, rounded half up (2100 for black on white).
pub fn hundredths(a: u128, b: u128) -> u64 {
    let (hi, lo) = if a > b { (a, b) } else { (b, a) };
    let ratio = (200 * (hi + FLARE) + lo + FLARE) / (2 * (lo + FLARE));
    u64::try_from(ratio).unwrap_or(u64::MAX)
}

/// WCAG contrast ratio between two `#rgb`/`#rrggbb` colours, in hundredths.
pub fn contrast(a: &str, b: &str) -> Option<u64> {
    Some(hundredths(colour_luminance(a)?, colour_luminance(b)?))
}

/// The luminance of a `#rgb`/`#rrggbb` colour, if it is one.
pub fn colour_luminance(colour: &str) -> Option<u128> {
    parse_hex(colour).map(luminance)
}
