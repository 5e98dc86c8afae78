//! The exit address: the rule for an address the quick exit can open
//! (`safe_url`, shared with the static exit's JS through
//! tests/facts/safe-urls.json), and what is wrong with one, in plain words.
//! Apart from the field checks because the rule is long and security-relevant
//! (security review 2026-12 H1), and has its own table of cases.

/// What is wrong with an exit address, in plain words.
pub(super) fn url_advice(written: &str) -> String {
    let url = written.trim();
    if let Some(rest) = url.strip_prefix("http://") {
        return format!("{url:?} starts with http://: use the secure form, https://{rest}");
    }
    if !url.contains("://") && url.contains('.') && safe_url(&format!("https://{url}")) {
        return format!("{url:?} has no https:// in front: write https://{url}");
    }
    let plain = "an address like https://www.bbc.co.uk/weather";
    match url_fault(url) {
        None => format!(
            "{written:?} has a space or line break at its start or end: write {url:?}"
        ),
        Some(UrlFault::NotHttps) => {
            format!("{url:?} is not an https:// address like https://www.bbc.co.uk/weather")
        }
        Some(UrlFault::Character(c)) => format!(
            "{url:?} has {} in it, which an address cannot have: copy it again from the browser's address bar",
            character_name(c)
        ),
        Some(UrlFault::NoHost) => format!("{url:?} has no site name after https://: write {plain}"),
        Some(UrlFault::Login) => format!(
            "{url:?} has a name or password before @ (or an @ in the site name): an exit address needs none, write {plain}"
        ),
        Some(UrlFault::Port(port)) => format!(
            "{url:?} has \":{port}\" after the site name: a port is digits only, and an ordinary address needs none, so leave out \":{port}\""
        ),
        Some(UrlFault::PortTooBig(port)) => format!(
            "{url:?} has the port {port}, but ports end at 65535: an ordinary address needs none, so leave out \":{port}\""
        ),
        Some(UrlFault::HostCharacter(host, c)) if wide(c) => format!(
            "{url:?}: the site name {host:?} has the wide character {c:?}, as an input method types it: write the address with an ordinary (half-width) keyboard"
        ),
        Some(UrlFault::HostCharacter(host, c)) => format!(
            "{url:?}: the site name {host:?} has {}, which a site name cannot have (only letters, digits, hyphens and dots): a / or ? may be missing before it",
            character_name(c)
        ),
        Some(UrlFault::EmptyLabel(host)) => format!(
            "{url:?}: the site name {host:?} has two dots in a row, or a dot at its start or end"
        ),
        Some(UrlFault::Hyphen(label)) => format!(
            "{url:?}: the part {label:?} of the site name starts or ends with a hyphen, which a site name cannot have"
        ),
        Some(UrlFault::Encoded(label)) => format!(
            "{url:?}: the part {label:?} of the site name starts with xn--, the encoded form of a name in another script, so it can only have ASCII letters, digits and hyphens: copy it again, or write the name in its own script"
        ),
        Some(UrlFault::Long(part)) => format!(
            "{url:?}: the site name is too long at {part:?} (at most 63 characters between dots, 253 in all)"
        ),
        Some(UrlFault::Ipv4(host)) => format!(
            "{url:?}: the site name {host:?} is only digits and dots, but not an IP address like 192.0.2.1 (four numbers from 0 to 255, without leading zeros)"
        ),
        Some(UrlFault::Ipv6(host)) => format!(
            "{url:?}: {host:?} in brackets is not an IPv6 address like [2001:db8::1]"
        ),
        Some(UrlFault::NumberAtEnd(host)) => format!(
            "{url:?}: the site name {host:?} ends in a part that starts with a digit, but the last part (like .org or .uk) starts with a letter"
        ),
    }
}

/// A full-width character or CJK punctuation, as an input method types it.
fn wide(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{303f}' | '\u{ff00}'..='\u{ffef}')
}

/// A character named so that an NGO can find it in what they wrote.
fn character_name(c: char) -> String {
    match c {
        ' ' => "a space".into(),
        '\t' => "a tab".into(),
        '\n' | '\r' => "a line break".into(),
        '"' | '\'' => format!("the quote mark {c}"),
        '<' | '>' => format!("the angle bracket {c}"),
        '\\' => "a backslash \\".into(),
        '`' => "a backtick `".into(),
        c if c.is_whitespace() || c.is_control() || c == '\u{feff}' => format!(
            "an invisible space or control character (U+{:04X})",
            c as u32
        ),
        c if !c.is_ascii() && !name_letter(c) => {
            format!("the special character U+{:04X}", c as u32)
        }
        c => format!("\"{c}\""),
    }
}

/// Why the quick exit cannot open an address (`url_fault`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum UrlFault<'a> {
    NotHttps,
    /// A space, control character, quote, <, >, backslash or backtick anywhere.
    Character(char),
    NoHost,
    /// `name:password@` before the host.
    Login,
    /// After the host's `:`: not digits.
    Port(&'a str),
    PortTooBig(&'a str),
    HostCharacter(&'a str, char),
    EmptyLabel(&'a str),
    Hyphen(&'a str),
    Encoded(&'a str),
    Long(&'a str),
    Ipv4(&'a str),
    Ipv6(&'a str),
    NumberAtEnd(&'a str),
}

/// Why the quick exit cannot open `url`, or `None` when it can: `https://`,
/// a host, an optional port, then an optional path, query or fragment.
///
/// - The host is a name of parts split by dots (each 1 to 63 letters, digits
///   or hyphens, not starting or ending with a hyphen; 253 characters in
///   all; the last part starts with a letter), or an IPv4 address
///   (`192.0.2.1`: four numbers to 255, no leading zeros), or an IPv6
///   address in brackets. Letters and marks may be of any script
///   (`bücher.example`), never punctuation, a symbol, an invisible character
///   or a full-width form; a part starting `xn--` (the encoded form) is ASCII.
/// - The port, after `:`, is digits up to 65535.
/// - The rest starts with `/`, `?` or `#`.
/// - Nowhere a space, a control character, a quote, `<`, `>`, a backslash
///   or a backtick: the address is written into an attribute.
///
/// A malformed address made `location.replace` throw and left the person on
/// the check (security review 2026-12 H1): every address of ASCII characters
/// that this accepts, the browser can open. The static exit (exit.js,
/// embed.js) has the same rule in JS (scripts/facts.mjs `safeUrl`) and then
/// also asks the browser's own parser (`new URL`), which alone checks names
/// in other scripts fully (this would pass a part mixing right-to-left and
/// left-to-right letters, or a broken `xn--` part; the exit then opens its
/// default page, and the notice says nothing).
fn url_fault(url: &str) -> Option<UrlFault<'_>> {
    // U+FEFF counts as a space here because JS's `\s` has it.
    let unsafe_char =
        |c: char| c.is_whitespace() || c.is_control() || "\u{feff}\"'<>\\`".contains(c);
    if let Some(c) = url.chars().find(|&c| unsafe_char(c)) {
        return Some(UrlFault::Character(c));
    }
    let Some(rest) = url.strip_prefix("https://") else {
        return Some(UrlFault::NotHttps);
    };
    let authority = &rest[..rest.find(['/', '?', '#']).unwrap_or(rest.len())];
    if authority.contains('@') {
        return Some(UrlFault::Login);
    }
    let port = if authority.starts_with('[') {
        let Some(close) = authority.find(']') else {
            return Some(UrlFault::Ipv6(authority));
        };
        let (host, after) = authority.split_at(close + 1);
        let inner = &host[1..close];
        if !ipv6(inner) {
            return Some(UrlFault::Ipv6(host));
        }
        if after.is_empty() {
            None
        } else {
            match after.strip_prefix(':') {
                Some(port) => Some(port),
                None => return Some(UrlFault::Ipv6(authority)),
            }
        }
    } else {
        let (host, port) = match authority.split_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (authority, None),
        };
        if let Some(fault) = host_fault(host) {
            return Some(fault);
        }
        port
    };
    port.and_then(port_fault)
}

/// What is wrong with a port (after the host's `:`): digits up to 65535.
fn port_fault(port: &str) -> Option<UrlFault<'_>> {
    if port.is_empty() || !port.bytes().all(|b| b.is_ascii_digit()) {
        return Some(UrlFault::Port(port));
    }
    let value = port.trim_start_matches('0');
    (value.len() > 5 || value.parse::<u32>().unwrap_or(0) > 65535)
        .then_some(UrlFault::PortTooBig(port))
}

/// What is wrong with a host that is not in brackets (see `url_fault`).
fn host_fault(host: &str) -> Option<UrlFault<'_>> {
    if host.is_empty() {
        return Some(UrlFault::NoHost);
    }
    let allowed = |c: char| {
        c.is_ascii_alphanumeric() || c == '-' || c == '.' || (!c.is_ascii() && name_letter(c))
    };
    if let Some(c) = host.chars().find(|&c| !allowed(c)) {
        return Some(UrlFault::HostCharacter(host, c));
    }
    if host.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return (!ipv4(host)).then_some(UrlFault::Ipv4(host));
    }
    if host.chars().count() > 253 {
        return Some(UrlFault::Long(host));
    }
    for label in host.split('.') {
        if label.is_empty() {
            return Some(UrlFault::EmptyLabel(host));
        }
        if label.chars().count() > 63 {
            return Some(UrlFault::Long(label));
        }
        if label.starts_with('-') || label.ends_with('-') {
            return Some(UrlFault::Hyphen(label));
        }
        // The encoded form of a name in another script is all ASCII.
        if label
            .get(..4)
            .is_some_and(|p| p.eq_ignore_ascii_case("xn--"))
            && !label.is_ascii()
        {
            return Some(UrlFault::Encoded(label));
        }
    }
    let last = host.rsplit('.').next().unwrap_or(host);
    (!last.starts_with(|c: char| c.is_ascii_alphabetic() || !c.is_ascii()))
        .then_some(UrlFault::NumberAtEnd(host))
}

/// An IPv4 address as written in an exit address: four numbers from 0 to
/// 255 split by dots, without leading zeros (a browser reads `010` as octal).
fn ipv4(s: &str) -> bool {
    let parts: Vec<&str> = s.split('.').collect();
    parts.len() == 4
        && parts.iter().all(|p| {
            (1..=3).contains(&p.len())
                && p.bytes().all(|b| b.is_ascii_digit())
                && (p.len() == 1 || !p.starts_with('0'))
                && p.parse::<u16>().is_ok_and(|n| n <= 255)
        })
}

/// An IPv6 address (inside the brackets) as browsers read it: 8 groups of 1
/// to 4 hex digits split by `:`, where one `::` stands for one or more groups
/// of zeros, and the last two groups may be written as an IPv4 address.
fn ipv6(s: &str) -> bool {
    // The number of groups in `part`, if it is well formed.
    let groups = |part: &str, last: bool| -> Option<usize> {
        if part.is_empty() {
            return Some(0);
        }
        let pieces: Vec<&str> = part.split(':').collect();
        let mut count = 0;
        for (i, piece) in pieces.iter().enumerate() {
            if last && i + 1 == pieces.len() && piece.contains('.') {
                count += if ipv4(piece) { 2 } else { return None };
            } else if (1..=4).contains(&piece.len()) && piece.bytes().all(|b| b.is_ascii_hexdigit())
            {
                count += 1;
            } else {
                return None;
            }
        }
        Some(count)
    };
    match s.split_once("::") {
        None => groups(s, true) == Some(8),
        Some((_, tail)) if tail.contains("::") => false,
        Some((head, tail)) => {
            matches!((groups(head, false), groups(tail, true)), (Some(a), Some(b)) if a + b <= 7)
        }
    }
}

/// A character beyond ASCII that may be part of a site name: a letter, digit
/// or mark of a script, so not punctuation, a symbol, an invisible character,
/// a private-use one or a full-width or compatibility form (input methods
/// type 。 ／ ： for . / :, and browsers read them differently). By Unicode
/// block; the same list is in scripts/facts.mjs `safeUrl`.
fn name_letter(c: char) -> bool {
    !matches!(c as u32,
        0..=0xBF | 0xD7 | 0xF7 | 0x034F | 0x061C | 0x115F | 0x1160 | 0x17B4 | 0x17B5
        | 0x180B..=0x180F | 0x2000..=0x2BFF | 0x2E00..=0x2E7F | 0x3000..=0x3004
        | 0x3008..=0x303F | 0x3164 | 0xD800..=0xF8FF | 0xFE00..=0xFE6F | 0xFF00..=0xFFFF
        | 0x1BCA0..=0x1BCA3 | 0x1D173..=0x1D17A | 0xE0000..)
}
/// An address the quick exit can open: `https://`, a host, an optional port
/// of digits up to 65535, then an optional path, query or fragment, and
/// nothing that could break out of an attribute (see `url_fault` for the
/// whole rule). The static exit (exit.js, embed.js) has the same rule in JS
/// (scripts/facts.mjs `safeUrl`): it must work without the WASM. Both pass
/// the table in tests/facts/safe-urls.json (tests/config.rs, node --test).
pub fn safe_url(url: &str) -> bool {
    url_fault(url).is_none()
}
