// One source for each rule on both sides of the JS/Rust line (issue 29):
// the static exit's parts, its language pick and its lenient JSON reading
// agree with the Rust on shared tables (tests/facts/language-picks.json,
// tests/facts/lenient-json.json: also read by tests/language.rs and
// tests/config.rs), and every quick exit wipes exactly the keys the Rust
// stores under. exit.js and embed.js run here as the build writes them.
// Run: node --test tests/facts/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { assembleExit, EXIT_PARTS } from '../../scripts/exit-assemble.mjs';
import { languageAliases, readJson, storageKeys } from '../../scripts/facts.mjs';
import { built, root, stubPage } from './stub-page.mjs';

const table = (name) => JSON.parse(readFileSync(join(root, 'tests', 'facts', name), 'utf8'));

test('exit.js is joined from every part in static/exit/, each a script of its own', () => {
  const files = readdirSync(join(root, 'static', 'exit')).sort();
  assert.deepEqual([...EXIT_PARTS].sort(), files, 'scripts/exit-assemble.mjs lists every part, once');
  for (const name of EXIT_PARTS) {
    const text = readFileSync(join(root, 'static', 'exit', name), 'utf8');
    // Plain statements (no import/export), valid in the strict function they are joined into.
    assert.doesNotThrow(() => new vm.Script(`(function () { 'use strict';\n${text}\n});`, { filename: name }), name);
    // The build drops the lines that hold only a // comment: safe only without
    // a template literal or a string continued over lines.
    const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^[ \t]*\/\/.*$/gm, '');
    assert.ok(!code.includes('`') && !/\\\n/.test(code), `${name}: no template literal or string continued over lines`);
  }
  const exit = built('exit.js');
  assert.doesNotThrow(() => new vm.Script(exit, { filename: 'exit.js' }));
  // Only comment lines are left out: the code is every part's code, in order.
  const code = (text) => text.split('\n').filter((line) => !/^\s*(\/\/.*)?$/.test(line));
  const parts = EXIT_PARTS.flatMap((name) => code(readFileSync(join(root, 'static', 'exit', name), 'utf8')));
  assert.deepEqual(code(assembleExit(root)).slice(3, -1), parts);
  for (const name of EXIT_PARTS) assert.ok(exit.includes(`// ---- static/exit/${name}\n`), name);
});

test('no script of the check is over 300 lines', () => {
  const walk = (dir) => readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : /\.m?js$/.test(entry.name) ? [join(dir, entry.name)] : []);
  for (const file of [...walk('static'), ...walk('scripts')]) {
    const lines = readFileSync(join(root, file), 'utf8').split('\n').length - 1;
    assert.ok(lines <= 300, `${file}: ${lines} lines`);
  }
});

test('the exit picks the language the app picks, on the shared table', () => {
  const { offered, cases } = table('language-picks.json');
  // `all` is every shipped language, in exit-strings.js's order (by file name).
  const files = readdirSync(join(root, 'content', 'locales')).filter((f) => f.endsWith('.json')).sort();
  assert.deepEqual(offered.all, files.map((f) => f.replace(/\.json$/, '')));
  assert.ok(cases.length >= 40);
  const aliases = languageAliases(root);
  const picks = {};
  for (const [name, codes] of Object.entries(offered)) {
    const strings = Object.fromEntries(codes.map((code) => [code, { dir: 'ltr' }]));
    const page = stubPage({ globals: { ClearSignsExitStrings: strings, ClearSignsLanguageAliases: aliases } });
    page.run('exit.js');
    picks[name] = page.window.ClearSignsExit.pick;
  }
  for (const [name, preferences, expected] of cases) {
    assert.equal(picks[name](preferences), expected, `${JSON.stringify(preferences)} from ${name}`);
  }
});

test('settings are read leniently as the app reads them, on the shared table', () => {
  const { cases } = table('lenient-json.json');
  assert.ok(cases.length >= 15);
  const page = stubPage();
  page.run('exit.js');
  // The rule itself (also written into the configurator), and as exit.js has it.
  for (const read of [readJson, page.window.ClearSignsExit.read]) {
    for (const [text, value, curly] of cases) {
      const found = read(text);
      if (value === null) {
        assert.equal(found, null, JSON.stringify(text));
      } else {
        assert.deepEqual(JSON.parse(JSON.stringify(found.value)), value, JSON.stringify(text));
        assert.equal(found.curly, curly, JSON.stringify(text));
      }
    }
  }
  assert.equal(page.window.ClearSignsExit.read(null), null);
});

test('every quick exit wipes the keys the Rust stores under, and nothing else', () => {
  const keys = storageKeys(root);
  const stored = [keys.check, keys.keep, `${keys.prefix}.v2`, 'another-site'];
  const left = (page) => Object.values(page.storages).map((s) => s.keys);

  // exit.js: the exit itself.
  let page = stubPage({ stored });
  page.run('exit.js');
  page.window.ClearSignsExit.exit(null);
  assert.deepEqual(left(page), [['another-site'], ['another-site']]);

  // exit.js in a frame, asked by the host page.
  const parent = {};
  page = stubPage({ stored, top: { postMessage() {}, location: { replace() {} } } });
  page.window.parent = parent;
  page.run('exit.js');
  page.listeners.message.forEach((f) => f({ isTrusted: true, source: parent, data: { type: 'clear-signs-wipe' } }));
  assert.deepEqual(left(page), [['another-site'], ['another-site']]);

  // embed.js on the iframe snippet's host page.
  const frame = {};
  page = stubPage({ stored, script: { src: 'https://check.example/cs/embed.js' }, frames: [{ contentWindow: frame }] });
  page.run('embed.js');
  page.listeners.message.forEach((f) => f({
    isTrusted: true, origin: 'https://check.example', source: frame, data: { type: 'clear-signs-exit', url: 'https://weather.example/' },
  }));
  page.runTimers();
  assert.deepEqual(left(page), [['another-site'], ['another-site']]);
});
