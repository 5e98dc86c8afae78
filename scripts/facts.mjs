// The facts the static files (index.html, exit.js, embed.js) repeat, read from
// their one home: the content files and the Rust. scripts/exit-strings.mjs
// writes them into the staged build (Trunk post-build hook); the sources keep
// only @CS_…@ markers, and tests/facts/one-source.test.mjs checks both.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const read = (root, path) => readFileSync(join(root, path), 'utf8');

/** The quick exit's page when nothing else chooses one: content/exit-pages.json. */
export function defaultExitUrl(root) {
  return JSON.parse(read(root, 'content/exit-pages.json')).default.url;
}

/** The lines listed when the check cannot run (content/help.json `fallback`),
 * each as { place, name, href, display }. */
export function fallbackLines(root, which) {
  const help = JSON.parse(read(root, 'content/help.json'));
  const chosen = (help.fallback || {})[which];
  if (!Array.isArray(chosen) || !chosen.length) throw new Error(`content/help.json has no fallback.${which} list`);
  return chosen.map((entry) => {
    const line = help.lines.find((l) => l.id === entry.line);
    if (!line) throw new Error(`fallback.${which}: no line ${entry.line} in content/help.json`);
    const tel = (line.contacts || []).find((c) => c.kind === 'tel');
    if (!tel) throw new Error(`fallback.${which}: ${entry.line} has no phone number`);
    if (typeof entry.place !== 'string' || !entry.place) throw new Error(`fallback.${which}: ${entry.line} needs a place`);
    const name = entry.name === undefined ? line.name : entry.name;
    return { place: entry.place, name, href: `tel:${tel.value}`, display: tel.display };
  });
}

/** The browser-language aliases (`tl` → `fil`, …), from the Rust that uses
 * them (src/domain/language.rs `ALIASES`), so the app and exit.js agree. */
export function languageAliases(root) {
  const rust = read(root, 'src/domain/language.rs');
  const block = rust.match(/pub const ALIASES: &\[\(&str, &str\)\] = &\[([\s\S]*?)\];/);
  if (!block) throw new Error('src/domain/language.rs: no `pub const ALIASES: &[(&str, &str)] = &[…];`');
  const aliases = {};
  const body = block[1].replace(/\/\/.*$/gm, '');
  for (const pair of body.matchAll(/\(\s*"([^"]+)"\s*,\s*"([^"]+)"\s*\)/g)) aliases[pair[1]] = pair[2];
  if (!Object.keys(aliases).length || /\S/.test(body.replace(/\(\s*"[^"]+"\s*,\s*"[^"]+"\s*\)\s*,?/g, ''))) {
    throw new Error('src/domain/language.rs: ALIASES must be plain ("from", "to") pairs');
  }
  return aliases;
}

// The safe-URL rule for the exit's destination, in JS: https, a host, and
// nothing that could break out of an attribute (quotes, <>, backslash,
// backtick, any kind of space). The Rust `config::safe_url` says the same in
// Rust; both must pass the table in tests/facts/safe-urls.json (node --test
// and cargo test). Kept as JS here, not generated from the Rust: exit.js and
// embed.js must work before and without the WASM. \s plus U+0085 is every
// space either language knows (Rust's is_whitespace has U+0085, JS's \s has
// U+FEFF; both are refused on both sides).
export const SAFE_URL = /^https:\/\/[^\/\s\u0085"'<>\\`][^\s\u0085"'<>\\`]*$/;
export function safeUrl(url) {
  return typeof url === 'string' && SAFE_URL.test(url);
}

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
      '<!--@CS_NOSCRIPT_LINES@-->': noscript.map((l) => escapeHtml(`${l.place} ${l.display}`)).join(', '),
      '<!--@CS_FALLBACK_LINES@-->': page.map((l) => `\n      <li>${escapeHtml(l.place)}: <a href="${escapeHtml(l.href)}">Call ${escapeHtml(l.display)}</a>` +
        `${l.name ? ` (${escapeHtml(l.name)})` : ''}</li>`).join('') + '\n    ',
    },
    js: {
      "'@CS_DEFAULT_EXIT_URL@'": JSON.stringify(url),
      "'@CS_SAFE_URL@'": SAFE_URL.toString(),
      "'@CS_FALLBACK_LINES@'": JSON.stringify(page.map((l) => [l.place, l.href, l.display])),
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
