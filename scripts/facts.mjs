// The facts the static files (index.html, exit.js, embed.js, the
// configurator) repeat, from their one home: build.rs writes them
// (clear_signs_content::facts, from the content files and the Rust constants
// the app uses) to target/clear-signs-lang/facts.json at every build.
// scripts/exit-strings.mjs writes them into the staged build (Trunk
// post-build hook); the sources keep only @CS_…@ markers, and
// tests/facts/one-source.test.mjs checks both. Beside them, two rules kept as
// JS (they must run before and without the wasm): the lenient JSON reading
// and the safe-URL rule, each tested against the Rust on one shared table.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { earlyScreens } from './early-screens.mjs';

/** What build.rs wrote: { storage, curly_note, language_aliases, default_exit_url, fallback }. */
export function builtFacts(root) {
  const file = join(root, 'target', 'clear-signs-lang', 'facts.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: build.rs writes it; run cargo build (or trunk build) first`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** What the app stores (clear_signs_content::facts): the prefix every key
 * starts with, which every quick exit wipes, and the keys. */
export function storageKeys(root) {
  return builtFacts(root).storage;
}

/** The console line when curly quotes were read as straight ones (facts::CURLY_NOTE). */
export function curlyNote(root) {
  return builtFacts(root).curly_note;
}

/** The quick exit's page when nothing else chooses one: content/exit-pages.json. */
export function defaultExitUrl(root) {
  return builtFacts(root).default_exit_url;
}

/** The lines listed when the check cannot run (content/help.json `fallback`),
 * each as { place, name, href, display }. */
export function fallbackLines(root, which) {
  return builtFacts(root).fallback[which];
}

/** The browser-language aliases (`tl` → `fil`, …), as the app uses them
 * (facts::ALIASES), so the app and exit.js agree. */
export function languageAliases(root) {
  return Object.fromEntries(builtFacts(root).language_aliases);
}

// Settings text read as JSON as the app does (config::read_json in the
// Rust): as written; else “ ” „ ‟ as " and no-break spaces as spaces; else
// also ‘ ’ as ". The first valid reading: { value, text, curly }, or null.
// The build writes this function's text into exit.js and the configurator
// (plain ES5, nothing from outside itself); both it and the Rust pass the
// table in tests/facts/lenient-json.json.
export function readJson(text) {
  if (typeof text !== 'string') return null;
  var tries = [text];
  if (/[\u201c\u201d\u201e\u201f\u00a0\u2018\u2019]/.test(text)) {
    var straight = text.replace(/[\u201c\u201d\u201e\u201f]/g, '"').replace(/\u00a0/g, ' ');
    tries.push(straight, straight.replace(/[\u2018\u2019]/g, '"'));
  }
  for (var i = 0; i < tries.length; i++) {
    try { return { value: JSON.parse(tries[i]), text: tries[i], curly: i > 0 }; } catch (e) { /* the next reading */ }
  }
  return null;
}

// The safe-URL rule for the exit's destination, in JS: an address the
// browser can open, and nothing that could break out of an attribute. The
// Rust `config::url_fault` says the same in Rust; both must pass the table in
// tests/facts/safe-urls.json (node --test and cargo test). Kept as JS here,
// not generated from the Rust: exit.js and embed.js must work before and
// without the WASM. The build writes this function's own text into them
// (so it uses nothing from outside itself, and is written as plain ES5 like
// them: no regex syntax an older browser could not read). The rule:
// - https://, then a host: a name of parts split by dots (each 1 to 63
//   letters, digits or hyphens, no hyphen first or last; 253 in all; the
//   last part starts with a letter), letters and marks of any
//   script but no punctuation, symbol, invisible or full-width character
//   (the same Unicode blocks as the Rust `name_letter`), a part starting
//   xn-- all ASCII; or an IPv4 address (four numbers to 255, no leading
//   zeros); or an IPv6 address in brackets;
// - then optionally : and a port of digits up to 65535; then optionally a
//   path, query or fragment, starting with /, ? or #;
// - nowhere a space or control character (\s plus U+0000–U+001F and
//   U+007F–U+009F is every one either language knows: Rust's is_whitespace
//   has U+0085, JS's \s has U+FEFF; both are refused on both sides), a quote,
//   <, >, a backslash or a backtick;
// - and the browser's own parser (new URL) reads it as https with a host: it
//   alone checks internationalised names fully (an address it refuses would
//   make location.replace throw, security review 2026-12 H1).
export function safeUrl(url) {
  if (typeof url !== 'string' || url.slice(0, 8) !== 'https://') return false;
  if (/[\s\u0000-\u001f\u007f-\u009f"'<>\\`]/.test(url)) return false;
  var rest = url.slice(8);
  var end = rest.search(/[\/?#]/);
  var authority = end < 0 ? rest : rest.slice(0, end);
  if (authority.indexOf('@') >= 0) return false;
  var port = null;
  if (authority.charAt(0) === '[') {
    var close = authority.indexOf(']');
    // The address itself is for new URL below to check.
    if (close < 0 || !/^\[[0-9A-Fa-f:.]+\]$/.test(authority.slice(0, close + 1))) return false;
    var after = authority.slice(close + 1);
    if (after && after.charAt(0) !== ':') return false;
    if (after) port = after.slice(1);
  } else {
    var colon = authority.indexOf(':');
    var host = colon < 0 ? authority : authority.slice(0, colon);
    if (colon >= 0) port = authority.slice(colon + 1);
    if (!host) return false;
    // Beyond ASCII, not these blocks (the Rust `name_letter`), as pairs of
    // first and last code point.
    var refused = [0x80, 0xbf, 0xd7, 0xd7, 0xf7, 0xf7, 0x34f, 0x34f, 0x61c, 0x61c, 0x115f, 0x1160,
      0x17b4, 0x17b5, 0x180b, 0x180f, 0x2000, 0x2bff, 0x2e00, 0x2e7f, 0x3000, 0x3004, 0x3008, 0x303f,
      0x3164, 0x3164, 0xd800, 0xf8ff, 0xfe00, 0xfe6f, 0xff00, 0xffff, 0x1bca0, 0x1bca3,
      0x1d173, 0x1d17a, 0xe0000, 0x10ffff];
    for (var i = 0; i < host.length; i++) {
      var c = host.charCodeAt(i);
      var low = host.charCodeAt(i + 1);
      if (c >= 0xd800 && c <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
        c = 0x10000 + (c - 0xd800) * 0x400 + (low - 0xdc00);
        i++;
      }
      if (c < 0x80 && !/[A-Za-z0-9.-]/.test(String.fromCharCode(c))) return false;
      for (var r = 0; r < refused.length; r += 2) if (c >= refused[r] && c <= refused[r + 1]) return false;
    }
    if (/^[0-9.]+$/.test(host)) {
      if (!/^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$/.test(host)) return false;
    } else {
      // Lengths in characters, as the Rust counts them (a pair of UTF-16 units is one).
      var length = function (text) { return text.replace(/[\ud800-\udbff][\udc00-\udfff]/g, '_').length; };
      if (length(host) > 253) return false;
      var labels = host.split('.');
      for (var l = 0; l < labels.length; l++) {
        var label = labels[l];
        if (!label || length(label) > 63 || /^-|-$/.test(label)) return false;
        // The encoded form of a name in another script (xn--) is ASCII.
        if (/^xn--/i.test(label) && /[^\u0000-\u007f]/.test(label)) return false;
      }
      if (!/^[A-Za-z\u0080-\uffff]/.test(labels[labels.length - 1])) return false;
    }
  }
  if (port !== null && (!/^[0-9]+$/.test(port) || Number(port) > 65535)) return false;
  try {
    var parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.hostname !== '';
  } catch (e) {
    return false;
  }
}
/** The rule as the build writes it into exit.js and embed.js (its text). */
export const SAFE_URL = safeUrl;

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The values written in for each marker: in index.html, HTML; in the JS files, JS expressions. */
export function markers(root) {
  const url = defaultExitUrl(root);
  if (!safeUrl(url)) throw new Error(`content/exit-pages.json: the default ${url} is not a safe https address`);
  const page = fallbackLines(root, 'page');
  const noscript = fallbackLines(root, 'noscript');
  return {
    html: {
      '@CS_DEFAULT_EXIT_URL@': escapeHtml(url),
      '<!--@CS_NOSCRIPT_LINES@-->': noscript.map((l) => `${escapeHtml(l.place)} <bdi dir="ltr">${escapeHtml(l.display)}</bdi>`).join(', '),
      '<!--@CS_FALLBACK_LINES@-->': page.map((l) => `\n      <li>${escapeHtml(l.place)}: <a href="${escapeHtml(l.href)}">Call <bdi dir="ltr">${escapeHtml(l.display)}</bdi></a>` +
        `${l.name ? ` (${escapeHtml(l.name)})` : ''}</li>`).join('') + '\n    ',
    },
    js: {
      "'@CS_DEFAULT_EXIT_URL@'": JSON.stringify(url),
      "'@CS_SAFE_URL@'": SAFE_URL.toString(),
      "'@CS_FALLBACK_LINES@'": JSON.stringify(page.map((l) => [l.place, l.href, l.display])),
      "'@CS_STORAGE_PREFIX@'": JSON.stringify(storageKeys(root).prefix),
      "'@CS_STORAGE_KEY@'": JSON.stringify(storageKeys(root).check),
      "'@CS_READ_JSON@'": readJson.toString(),
      "'@CS_CURLY_NOTE@'": JSON.stringify(curlyNote(root)),
      // The widget's copy of the page's start screen and first question.
      "'@CS_EARLY_SCREENS@'": JSON.stringify(earlyScreens(readFileSync(join(root, 'index.html'), 'utf8'))),
    },
  };
}

/** `text` with every marker of `table` replaced; throws if a marker is left without a value. */
export function fill(text, table, file) {
  let out = text;
  for (const [marker, value] of Object.entries(table)) {
    if (!out.includes(marker)) continue;
    out = out.split(marker).join(value);
  }
  const left = out.match(/@CS_[A-Z_]+@/);
  if (left) throw new Error(`${file}: marker ${left[0]} has no value`);
  return out;
}
