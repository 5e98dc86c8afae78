//! The theme in integer maths (no floating point in the WASM): the contrast
//! check decides exactly as WCAG's formula in floating point did, and the
//! corner radius is read without parsing a float.
#![cfg(not(target_arch = "wasm32"))]

use clear_signs::domain::config::{
    colour_luminance, contrast, hundredths, luminance, meets_aa, parse, DEFAULT_COLOURS, LINEAR,
};
use clear_signs::domain::content::{Content, DEFAULT_LANGUAGE};

/// WCAG 2 relative luminance and contrast in f64, as config.rs computed them before.
fn channel(c: u8) -> f64 {
    let c = f64::from(c) / 255.0;
    if c <= 0.03928 {
        c / 12.92
    } else {
        ((c + 0.055) / 1.055).powf(2.4)
    }
}
fn float_luminance(rgb: [u8; 3]) -> f64 {
    0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2])
}
fn float_ratio(a: f64, b: f64) -> f64 {
    let (hi, lo) = if a > b { (a, b) } else { (b, a) };
    (hi + 0.05) / (lo + 0.05)
}
fn rgb(n: u32) -> [u8; 3] {
    [(n >> 16) as u8, (n >> 8) as u8, n as u8]
}

#[test]
fn the_linear_table_is_wcags_formula() {
    for c in 0..=255u8 {
        // f64 holds about 16 digits of the table's 18.
        let exact = channel(c) * 1e18;
        let diff = (LINEAR[c as usize] as f64 - exact).abs();
        assert!(
            diff <= 1.0 + exact * 1e-15,
            "LINEAR[{c}] = {} but the formula gives {exact}",
            LINEAR[c as usize]
        );
    }
}

#[test]
fn boundaries_just_under_and_over_four_and_a_half() {
    // (foreground, background, float ratio, passes): the closest pairs to 4.5:1 found.
    let table = [
        ("#ec0640", "#ffffff", 4.500009904216595, true),
        ("#ec1400", "#ffffff", 4.500029817287309, true),
        ("#3478c8", "#ffffff", 4.500037920996863, true),
        ("#008580", "#ffffff", 4.49995427140476, false),
        ("#d33980", "#ffffff", 4.499938631415918, false),
        ("#bd5940", "#ffffff", 4.499921685599431, false),
        ("#c32bc8", "#000000", 4.499997340269861, false),
        ("#bc36c8", "#000000", 4.4999660740722325, false),
        ("#a532ff", "#000000", 4.500107404033691, true),
        ("#767676", "#ffffff", 4.54, true),
        ("#777777", "#ffffff", 4.48, false),
        ("#1d5b79", "#ffffff", 7.434229460087545, true),
    ];
    for (fg, bg, ratio, passes) in table {
        let (a, b) = (colour_luminance(fg).unwrap(), colour_luminance(bg).unwrap());
        assert_eq!(meets_aa(a, b), passes, "{fg} on {bg}");
        let float = float_ratio(
            float_luminance(rgb(u32::from_str_radix(&fg[1..], 16).unwrap())),
            float_luminance(rgb(u32::from_str_radix(&bg[1..], 16).unwrap())),
        );
        assert_eq!(float >= 4.5, passes, "{fg} on {bg}: the float formula");
        assert!((float - ratio).abs() < 0.01, "{fg} on {bg}: {float}");
        assert_eq!(
            contrast(fg, bg).unwrap().to_string(),
            format!("{float:.2}").replace('.', ""),
            "{fg} on {bg}"
        );
    }
}

#[test]
fn refused_themes_say_the_same_ratio_as_before() {
    let help = Content::load(DEFAULT_LANGUAGE).unwrap().help;
    for (theme, ratio) in [
        (r##"{"text": "#c32bc8", "background": "#000000"}"##, "4.50"),
        (r##"{"text": "#777777"}"##, "4.48"),
        (r##"{"primary": "#ffff00"}"##, "1.07"),
    ] {
        let json = format!(r#"{{"theme": {theme}}}"#);
        let (_, problems) = parse(&json, &help);
        let line = problems.iter().find(|p| p.contains("contrast")).unwrap();
        assert!(line.contains(&format!("has contrast {ratio}:1")), "{line}");
    }
}

/// Every short colour (#rgb) against every other, and every colour against
/// white and black: the same decision, and the same two decimals give or take
/// one, as floating point. (Every pair: the ignored test below.)
#[test]
fn integer_contrast_decides_as_floating_point_did() {
    let short: Vec<[u8; 3]> = (0..4096u32)
        .map(|n| {
            [
                (n >> 8) as u8 * 17,
                ((n >> 4) & 15) as u8 * 17,
                (n & 15) as u8 * 17,
            ]
        })
        .collect();
    let ints: Vec<u128> = short.iter().map(|&c| luminance(c)).collect();
    let floats: Vec<f64> = short.iter().map(|&c| float_luminance(c)).collect();
    for i in 0..short.len() {
        for j in i..short.len() {
            let float = float_ratio(floats[i], floats[j]);
            assert_eq!(
                meets_aa(ints[i], ints[j]),
                float >= 4.5,
                "{:?} {:?}",
                short[i],
                short[j]
            );
            let h = hundredths(ints[i], ints[j]);
            let f = (float * 100.0).round() as u64;
            assert!(
                h.abs_diff(f) <= 1,
                "{:?} {:?}: {h} {float}",
                short[i],
                short[j]
            );
        }
    }
    let against = [[255, 255, 255], [0, 0, 0]];
    // The float formula, without 50 million calls of powf.
    let linear: Vec<f64> = (0..=255u8).map(channel).collect();
    for other in against {
        let (oi, of) = (luminance(other), float_luminance(other));
        for n in 0..(1u32 << 24) {
            let c = rgb(n);
            let float = 0.2126 * linear[c[0] as usize]
                + 0.7152 * linear[c[1] as usize]
                + 0.0722 * linear[c[2] as usize];
            assert_eq!(
                meets_aa(luminance(c), oi),
                float_ratio(float, of) >= 4.5,
                "{c:?} against {other:?}"
            );
        }
    }
}

/// Every pair of the 16.7 million colours: `cargo test --release --test
/// theme -- --ignored` (about a minute, 1 GB). For each colour as the
/// darker one, the floating-point formula accepts a suffix of the colours
/// sorted by float luminance; the integer rule must accept exactly those.
#[test]
#[ignore]
fn every_pair_decides_as_floating_point_did() {
    let mut all: Vec<(f64, u128)> = (0..(1u32 << 24))
        .map(|n| (float_luminance(rgb(n)), luminance(rgb(n))))
        .collect();
    all.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    let n = all.len();
    // Over the float-sorted order: the least integer luminance from i on,
    // and the greatest before i.
    let mut min_from = vec![u128::MAX; n + 1];
    for i in (0..n).rev() {
        min_from[i] = min_from[i + 1].min(all[i].1);
    }
    let mut max_before = vec![0u128; n + 1];
    for i in 0..n {
        max_before[i + 1] = max_before[i].max(all[i].1);
    }
    let mut checked = 0u64;
    let mut last = (f64::NAN, u128::MAX);
    for &(lo_f, lo_i) in &all {
        if (lo_f, lo_i) == last {
            continue;
        }
        last = (lo_f, lo_i);
        // The first colour the float formula accepts against this one.
        let first = all.partition_point(|&(hi_f, _)| hi_f < lo_f || float_ratio(hi_f, lo_f) < 4.5);
        if first < n {
            assert!(
                meets_aa(min_from[first], lo_i),
                "a colour the float formula accepts against luminance {lo_f} is refused"
            );
        }
        // Below `first`, the darker ones and those too close: all refused
        // (meets_aa is symmetric, so only the ones brighter than this count).
        let max = max_before[first];
        assert!(
            max <= lo_i || !meets_aa(max, lo_i),
            "a colour the float formula refuses against luminance {lo_f} is accepted"
        );
        checked += 1;
    }
    assert!(checked > 1000);
}

/// How the radius was read before: Rust's float parsing.
fn float_radius(s: &str) -> bool {
    s.strip_suffix("px")
        .and_then(|n| n.parse::<f32>().ok())
        .is_some_and(|n| (0.0..=24.0).contains(&n))
}

fn radius_accepted(help: &clear_signs::domain::help::HelpData, r: &str) -> bool {
    let json = serde_json::json!({"theme": {"radius": r}}).to_string();
    let (config, problems) = parse(&json, help);
    assert_eq!(config.theme.radius.is_some(), problems.is_empty(), "{r}");
    problems.is_empty()
}

#[test]
fn the_radius_is_read_as_the_float_parser_read_it() {
    let help = Content::load(DEFAULT_LANGUAGE).unwrap().help;
    let table = [
        "0px",
        "6px",
        "12px",
        "23.99px",
        "24px",
        "24.000px",
        "2.5px",
        "+4px",
        ".5px",
        "5.px",
        "007px",
        "0024px",
        "-0px",
        "-0.0px",
        "+0px",
        "1e1px",
        "2.4e1px",
        "2.4E1px",
        "24e0px",
        "240e-1px",
        "0.24e2px",
        "2.41e1px",
        "25e-1px",
        "1e-99999999px",
        "0e99999999px",
        "1e99999999px",
        "2e1px",
        "3e1px",
        "9.9px",
        "10px",
        "19.999px",
        "20px",
        "24.01px",
        "24.5px",
        "25px",
        "100px",
        "240px",
        "-1px",
        "-0.5px",
        "px",
        ".px",
        "6",
        "6 px",
        " 6px",
        "6px ",
        "1e1.5px",
        "1e+1px",
        "1e-1px",
        "1epx",
        "1e+px",
        "e1px",
        "6.5.1px",
        "infpx",
        "infinitypx",
        "NaNpx",
        "-infpx",
        "50%",
        "",
        "6PX",
        "١px",
        "+-1px",
        "--1px",
        "1_0px",
        "0x10px",
        "1,5px",
    ];
    for r in table {
        assert_eq!(radius_accepted(&help, r), float_radius(r), "{r}");
    }
    // Only where f32 rounds a value into the range (a hair above 24, or a
    // negative too small for f32 to hold) does the exact reading refuse.
    for r in ["24.0000001px", "-1e-99999999px"] {
        assert!(float_radius(r) && !radius_accepted(&help, r), "{r}");
    }
    // Every short combination of the characters a number is written with.
    let alphabet = ["0", "1", "2", "4", "5", "9", ".", "e", "-", "+"];
    let mut words = vec![String::new()];
    for _ in 0..4 {
        let longer: Vec<String> = words
            .iter()
            .filter(|w| w.len() == words.last().unwrap().len())
            .flat_map(|w| alphabet.iter().map(move |c| format!("{w}{c}")))
            .collect();
        words.extend(longer);
    }
    for word in words {
        let r = format!("{word}px");
        assert_eq!(radius_accepted(&help, &r), float_radius(&r), "{r}");
    }
}

/// The stylesheet's built-in colours are the ones the theme falls back to
/// (config::DEFAULT_COLOURS, which the configurator reads from the WASM).
#[test]
fn the_stylesheet_starts_from_the_default_colours() {
    let css = include_str!("../style/main.css");
    let root = &css[css.find(":root").expect("a :root rule")..];
    let root = &root[..root.find('}').unwrap()];
    for (name, value) in DEFAULT_COLOURS {
        let property = format!("--cs-{}: {value};", name.replace('_', "-"));
        assert!(
            root.contains(&property),
            "style/main.css :root lacks `{property}`"
        );
    }
}
