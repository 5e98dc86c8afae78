//! Phone numbers an NGO writes: whether the number shown is the one
//! dialled, and what is wrong with a number in plain words, with the fix.
//! Apart from the field checks because the rules (keypad letters, national
//! forms, international form) are about numbers, not about the settings.

use crate::domain::help::well_formed_number;

/// Does `shown` show the number `dialled`? The same digits, where letters
/// count as the keypad's digits (1-877-4-HSI-TIP), or the national form of an
/// international number: the digits after the country code, with or without
/// a leading 0 ("08000 121 700" for "+448000121700").
pub fn shows_number(dialled: &str, shown: &str) -> bool {
    let keypad = |c: char| -> Option<char> {
        let c = c.to_ascii_uppercase();
        let digit = match c {
            '0'..='9' => return Some(c),
            'A'..='C' => '2',
            'D'..='F' => '3',
            'G'..='I' => '4',
            'J'..='L' => '5',
            'M'..='O' => '6',
            'P'..='S' => '7',
            'T'..='V' => '8',
            'W'..='Z' => '9',
            _ => return None,
        };
        Some(digit)
    };
    let dialled_digits: String = dialled.chars().filter(char::is_ascii_digit).collect();
    let shown_digits: String = shown.chars().filter_map(keypad).collect();
    if shown_digits == dialled_digits {
        return true;
    }
    let national = shown_digits.trim_start_matches('0');
    dialled.trim_start().starts_with('+')
        && !national.is_empty()
        && dialled_digits
            .strip_suffix(national)
            .is_some_and(|code| (1..=3).contains(&code.len()))
}

/// What is wrong with a phone number, in plain words, with the fix when it is clear.
pub fn number_advice(value: &str) -> String {
    let value = value.trim();
    let compact: String = value
        .chars()
        .filter(|c| !c.is_whitespace() && !"-.()/".contains(*c))
        .collect();
    let digits = compact.trim_start_matches('+');
    if value.is_empty() {
        return "the number is missing".into();
    }
    if value.starts_with('+') && value.contains("(0)") {
        let fixed: String = value
            .replace("(0)", "")
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '+')
            .collect();
        return format!(
            "{value:?} has a 0 in brackets: in international form it is left out, so write {fixed:?}"
        );
    }
    if !digits.chars().all(|c| c.is_ascii_digit()) || compact.matches('+').count() > 1 {
        return format!(
            "{value:?} holds letters or signs: write only digits, with + and the country code in front, like +15550100 or a short code like 1300"
        );
    }
    if !compact.starts_with('+') && compact.starts_with('0') && compact.len() > 6 {
        return format!(
            "{value:?} starts with 0, so it only works for calls from inside one country: write it in international form, + and the country code, then the number without its first 0 (in Thailand, +66, 081-234-5678 becomes +66812345678)"
        );
    }
    if compact != value && well_formed_number(&compact) {
        return format!(
            "{value:?} has spaces, dashes or brackets: write {compact:?} here and put the spaced form in `display`"
        );
    }
    if let Some(rest) = compact.strip_prefix('+') {
        if rest.starts_with('0') {
            return format!(
                "{value:?}: after the + comes the country code, which never starts with 0"
            );
        }
        return format!(
            "{value:?} has {} digits after the +: an international number has 7 to 15",
            rest.len()
        );
    }
    format!(
        "{value:?} is neither an international number (+ and the country code, 7 to 15 digits, like +15550100) nor a short code of 3 to 6 digits like 1300"
    )
}
