// One source for each fact the build repeats (issue #16): the static files
// keep markers, never a copy of a helpline number, the default exit page, the
// safe-URL rule or the language aliases; the build fills the markers in from
// content/ and the Rust (scripts/facts.mjs); and the JS rule agrees with the
// Rust on one table (tests/facts/safe-urls.json, also read by tests/config.rs).
// Run: node --test tests/facts/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { curlyNote, defaultExitUrl, fallbackLines, fill, languageAliases, markers, readJson, safeUrl, SAFE_URL, storageKeys } from '../../scripts/facts.mjs';
import { EXIT_PARTS } from '../../scripts/exit-assemble.mjs';
import { built } from './stub-page.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const read = (path) => readFileSync(join(root, path), 'utf8');
// The quick exit's sources (joined into exit.js by the build) and the configurator's modules.
const EXIT = EXIT_PARTS.map((name) => `static/exit/${name}`);
const CONFIGURATOR = ['static/configurator.js', 'static/configurator.html',
  ...readdirSync(join(root, 'static/configurator')).filter((f) => f.endsWith('.js')).map((f) => `static/configurator/${f}`)];
const STATIC = ['index.html', ...EXIT, 'static/embed.js', ...CONFIGURATOR];

test('the static sources hold no copy of a helpline number or the default exit page', () => {
  const help = JSON.parse(read('content/help.json'));
  const numbers = new Set();
  for (const line of help.lines) {
    for (const contact of line.contacts || []) {
      // Short codes of 3 digits (911, 999) are too common to search for.
      if (contact.value.replace(/\D/g, '').length >= 4) numbers.add(contact.value).add(contact.display);
    }
  }
  const url = defaultExitUrl(root);
  for (const file of STATIC) {
    const text = read(file);
    for (const number of numbers) {
      assert.ok(!text.includes(number), `${file} has the number ${number}: write it in content/help.json (fallback) instead`);
    }
    assert.ok(!text.includes(url), `${file} has the default exit page ${url}: use the @CS_DEFAULT_EXIT_URL@ marker`);
    assert.ok(!/href="tel:/.test(text), `${file} has a tel: link: the fallback lines come from content/help.json`);
  }
});

test('the Rust holds no copy of the default exit page', () => {
  const url = defaultExitUrl(root);
  const walk = (dir) => readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name.endsWith('.rs') ? [join(dir, entry.name)] : []);
  for (const file of walk('src')) {
    assert.ok(!read(file).includes(url), `${file} has ${url}: config::DEFAULT_EXIT_URL reads it from content/exit-pages.json`);
  }
});

test('the configurator takes the built-in colours from the check (config_catalogue)', () => {
  const rust = read('src/domain/config.rs');
  const block = rust.match(/pub const DEFAULT_COLOURS[^=]*=\s*\[([\s\S]*?)\];/)[1];
  const colours = [...block.matchAll(/"(#[0-9a-f]{3,6})"/g)].map((m) => m[1]);
  assert.ok(colours.length >= 2);
  for (const file of CONFIGURATOR) {
    const text = read(file).toLowerCase();
    for (const colour of colours.filter((c) => c !== '#ffffff')) {
      assert.ok(!text.includes(colour), `${file} has the built-in colour ${colour}: use catalogue.colours`);
    }
  }
});

test('the static sources hold no copy of the safe-URL rule, the language aliases, the storage keys or the lenient JSON reading', () => {
  const keys = storageKeys(root);
  const note = curlyNote(root);
  for (const file of [...EXIT, 'static/embed.js', ...CONFIGURATOR]) {
    const text = read(file);
    if (!CONFIGURATOR.includes(file)) {
      assert.ok(!/\/\^https:/.test(text), `${file} writes the safe-URL rule itself: use '@CS_SAFE_URL@'`);
      assert.ok(!/65535/.test(text), `${file} writes the port rule itself: use '@CS_SAFE_URL@'`);
      assert.ok(!/\btl\s*:\s*'fil'|'tl'\s*:/.test(text), `${file} has its own language aliases: they are in content/src/facts.rs (ALIASES)`);
    }
    for (const key of [keys.prefix, keys.check, keys.keep]) {
      assert.ok(!new RegExp(`(indexOf|startsWith|Item)\\(\\s*['"]${key}['"]`).test(text), `${file} names the storage key ${key}: use '@CS_STORAGE_PREFIX@'`);
    }
    // The reading's character classes, written as escapes (the texts themselves may hold curly quotes).
    assert.ok(!/\\u201[cdef89]/.test(text), `${file} reads curly quotes itself: use '@CS_READ_JSON@'`);
    assert.ok(!text.includes(note.slice(8, 60)), `${file} copies config::CURLY_NOTE: use '@CS_CURLY_NOTE@'`);
  }
});

test('each marker is where the build expects it', () => {
  const expect = {
    'index.html': ['@CS_DEFAULT_EXIT_URL@', '<!--@CS_NOSCRIPT_LINES@-->', '<!--@CS_FALLBACK_LINES@-->'],
    'static/exit/core.js': ["'@CS_DEFAULT_EXIT_URL@'", "'@CS_SAFE_URL@'"],
    'static/exit/read.js': ["'@CS_READ_JSON@'"],
    'static/exit/wipe.js': ["'@CS_STORAGE_PREFIX@'"],
    'static/embed.js': ["'@CS_DEFAULT_EXIT_URL@'", "'@CS_SAFE_URL@'", "'@CS_FALLBACK_LINES@'", "'@CS_STORAGE_PREFIX@'", "'@CS_CURLY_NOTE@'", "'@CS_EARLY_SCREENS@'"],
    'static/configurator/paste.js': ["'@CS_READ_JSON@'"],
  };
  for (const [file, list] of Object.entries(expect)) {
    for (const marker of list) assert.ok(read(file).includes(marker), `${file} lost the marker ${marker}`);
  }
});

test('the build fills every marker with the content', () => {
  const facts = markers(root);
  const page = fallbackLines(root, 'page');
  const html = fill(read('index.html'), facts.html, 'index.html');
  assert.doesNotMatch(html, /@CS_/);
  for (const line of page) {
    // The number isolated left to right (it reads right in Arabic and Urdu too).
    assert.ok(html.includes(`<a href="${line.href}">Call <bdi dir="ltr">${line.display}</bdi></a>`), `index.html lacks ${line.display}`);
  }
  const noscript = html.match(/<noscript>([\s\S]*?)<\/noscript>/)[1];
  for (const line of fallbackLines(root, 'noscript')) assert.ok(noscript.includes(`${line.place} <bdi dir="ltr">${line.display}</bdi>`));
  assert.equal((html.match(new RegExp(`href="${defaultExitUrl(root)}"`, 'g')) || []).length, 2, 'both exit links');
  // Today's lines, unless content/help.json says otherwise.
  assert.deepEqual(page.map((l) => l.display), ['1-888-373-7888', '08000 121 700', '1-833-900-1010', '1343', '1300']);

  for (const file of ['exit.js', 'embed.js']) {
    const js = built(file);
    assert.doesNotMatch(js, /@CS_/);
    assert.ok(js.includes(SAFE_URL.toString()), `${file} has the rule`);
    assert.ok(js.includes(`= ${JSON.stringify(storageKeys(root).prefix)};`), `${file} has the storage prefix`);
    assert.doesNotThrow(() => new vm.Script(js, { filename: file }), `${file} is still valid JS`);
  }
  assert.ok(built('exit.js').includes(`var read = ${readJson.toString()};`), 'exit.js has the lenient reading');
  const embed = built('embed.js');
  assert.ok(embed.includes(JSON.stringify(page.map((l) => [l.place, l.href, l.display]))));
  assert.ok(embed.includes(`console.warn('Clear Signs: ' + ${JSON.stringify(curlyNote(root))});`), 'embed.js says the Rust\'s CURLY_NOTE');
  const paste = fill(read('static/configurator/paste.js'), facts.js, 'paste.js');
  assert.doesNotMatch(paste, /@CS_/);
  assert.ok(paste.includes(`var read = ${readJson.toString()};`), 'the configurator has the lenient reading');
});

test('a marker without a value stops the build', () => {
  assert.throws(() => fill("x = '@CS_SOMETHING_NEW@';", {}, 'x.js'), /@CS_SOMETHING_NEW@/);
});

test('the JS safe-URL rule agrees with the Rust on the shared table', () => {
  const { cases } = JSON.parse(read('tests/facts/safe-urls.json'));
  assert.ok(cases.length > 20);
  for (const [url, safe] of cases) assert.equal(safeUrl(url), safe, JSON.stringify(url));
  assert.equal(safeUrl(null), false);
  assert.equal(safeUrl(defaultExitUrl(root)), true);
});

test('the rule as written into exit.js and embed.js stands on its own and agrees with the table', () => {
  const { cases } = JSON.parse(read('tests/facts/safe-urls.json'));
  // Only the browser's URL parser from outside: nothing else of this module.
  const written = vm.runInNewContext(`(${SAFE_URL.toString()})`, { URL });
  for (const [url, safe] of cases) assert.equal(written(url), safe, JSON.stringify(url));
  // The 30 malformed addresses of issue 30 (security review 2026-12 H1).
  const malformed = cases.filter(([, safe, note]) => !safe && /^(security review|typo)/.test(note || ''));
  assert.equal(malformed.length, 30);
  // Every address it accepts is one the browser can open.
  for (const [url, safe] of cases) if (safe) assert.doesNotThrow(() => new URL(url), url);
});

test('the language aliases come from the app\'s own list, written by build.rs', () => {
  const aliases = languageAliases(root);
  assert.equal(aliases.tl, 'fil');
  assert.ok(Object.keys(aliases).length >= 3);
  for (const to of Object.values(aliases)) {
    assert.ok(read(`content/locales/${to}.json`), `${to} is a shipped language`);
  }
});
