// The release's .wasm names no folder of the machine that built it (a panic
// location would otherwise carry /home/<user>/.cargo/… or the checkout's
// path): scripts/setup remaps them to crates/… and ./… (issue 30).
//   node --test tests/release/   (after `trunk build --release` through scripts/)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');

test('the .wasm holds no build path: no home folder, no checkout folder, no registry folder', () => {
  const wasm = readFileSync(join(root, 'dist', 'clear-signs_bg.wasm')).toString('latin1');
  for (const path of [homedir() + '/', root + '/', '.cargo/registry/']) {
    assert.ok(!wasm.includes(path), `the .wasm contains ${path}`);
  }
  // The remapped crate paths are there instead (so the test is not vacuous).
  assert.ok(/crates\/index\.crates\.io-[0-9a-f]+\/[a-z_-]+-\d/.test(wasm), 'remapped crate paths');
});
