// The release zip's layout, from the release build in dist/:
//   node --test tests/release/
// One folder, clear-signs/, with the app, VERSION (= Cargo.toml), CHANGELOG.md
// (with this version's section), the licences, the guides, and a .br and .gz beside each
// text or .wasm file that decompress to the same bytes; a checksum file
// beside the zip that matches it; nothing from the test-only build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import zlib from 'node:zlib';
import { COMPRESSIBLE, GUIDES, OWN_FILES, entries, release, version } from '../../scripts/release.mjs';

/** Read every entry of a zip: name -> bytes (checks each CRC). */
function unzip(bytes) {
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(end > 0, 'an end-of-central-directory record');
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const files = new Map();
  for (let i = 0; i < count; i++) {
    assert.equal(bytes.readUInt32LE(at), 0x02014b50, 'a central directory entry');
    const method = bytes.readUInt16LE(at + 10);
    const crc = bytes.readUInt32LE(at + 16);
    const size = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extra = bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const body = bytes.subarray(start, start + size);
    const data = method === 8 ? zlib.inflateRawSync(body) : Buffer.from(body);
    assert.equal(zlib.crc32(data), crc, `CRC of ${name}`);
    files.set(name, data);
    at += 46 + nameLength + extra;
  }
  return files;
}

const dist = join(import.meta.dirname, '..', '..', 'dist');
const out = mkdtempSync(join(tmpdir(), 'clear-signs-release-'));
const { zipPath, sumPath } = release(dist, out);
const bytes = readFileSync(zipPath);
const files = unzip(bytes);
test.after(() => rmSync(out, { recursive: true, force: true }));

test('the zip is named by the version and its checksum matches', () => {
  const v = version();
  assert.match(v, /^\d+\.\d+\.\d+/);
  assert.equal(basename(zipPath), `clear-signs-${v}.zip`);
  const sum = createHash('sha256').update(bytes).digest('hex');
  assert.equal(readFileSync(sumPath, 'utf8'), `${sum}  clear-signs-${v}.zip\n`);
});

test('one folder to upload, with the app, its version, changelog and licences', () => {
  const names = [...files.keys()];
  assert.ok(names.every((n) => n.startsWith('clear-signs/')), 'everything inside clear-signs/');
  for (const name of ['index.html', 'clear-signs.js', 'clear-signs_bg.wasm', 'main.css', 'exit.js', 'exit-strings.js',
    'embed.js', 'time-zone.js', 'configurator.html', 'configurator.js', 'configurator/start.js', 'VERSION', 'CHANGELOG.md', 'LICENSE', 'content/LICENSE']) {
    assert.ok(files.has(`clear-signs/${name}`), `clear-signs/${name}`);
  }
  for (const guide of GUIDES) assert.ok(files.has(`clear-signs/docs/${guide}`), `the guide docs/${guide}`);
  assert.equal(files.get('clear-signs/VERSION').toString(), `${version()}\n`);
  assert.match(files.get('clear-signs/CHANGELOG.md').toString(), new RegExp(`^## ${version().replace(/\./g, '\\.')}`, 'm'));
  assert.match(files.get('clear-signs/LICENSE').toString(), /^MIT License/);
  assert.match(files.get('clear-signs/content/LICENSE').toString(), /CC BY 4\.0/);
  assert.ok(!names.some((n) => /(^|\/)\.|\.map$|dist-test/.test(n)), 'no hidden files, source maps or test build');
  // An NGO's own files must survive unzipping a new release over the old one.
  assert.ok(!files.has('clear-signs/settings.json') && !files.has('clear-signs/.htaccess'), 'no file an NGO keeps its own copy of');
  assert.equal(files.get('clear-signs/clear-signs_bg.wasm').subarray(0, 4).toString('hex'), '0061736d', 'a real .wasm');
});

test('a .br and a .gz beside each text or .wasm file, with the same bytes inside', () => {
  const originals = [...files.keys()].filter((n) => !/\.(br|gz)$/.test(n));
  const compressible = originals.filter((n) => COMPRESSIBLE.test(n));
  assert.ok(compressible.length >= 8, `${compressible.length} compressible files`);
  for (const name of compressible) {
    const data = files.get(name);
    assert.ok(files.has(`${name}.br`) && files.has(`${name}.gz`), `${name}.br and ${name}.gz`);
    assert.deepEqual(zlib.brotliDecompressSync(files.get(`${name}.br`)), data, `${name}.br`);
    assert.deepEqual(zlib.gunzipSync(files.get(`${name}.gz`)), data, `${name}.gz`);
  }
  for (const name of [...files.keys()].filter((n) => /\.(br|gz)$/.test(n))) {
    assert.ok(files.has(name.replace(/\.(br|gz)$/, '')), `${name} has its original`);
  }
});

test('an NGO\'s settings.json (or .htaccess) in the build folder never goes into a release', () => {
  // As if someone tried their settings in dist/ before packing it.
  const fake = mkdtempSync(join(tmpdir(), 'clear-signs-dist-'));
  try {
    writeFileSync(join(fake, 'index.html'), '<!doctype html>');
    writeFileSync(join(fake, 'clear-signs_bg.wasm'), Buffer.from('0061736d01000000', 'hex'));
    writeFileSync(join(fake, 'settings.json'), '{"organisation": {"name": "Harbour NGO"}}');
    writeFileSync(join(fake, '.htaccess'), 'AddType application/wasm .wasm');
    mkdirSync(join(fake, 'docs'));
    const names = entries(fake, version()).map(([name]) => name);
    assert.ok(names.includes('clear-signs/index.html'));
    assert.deepEqual(OWN_FILES, ['settings.json', '.htaccess']);
    for (const own of OWN_FILES) {
      assert.ok(!names.some((n) => n === `clear-signs/${own}` || n.startsWith(`clear-signs/${own}.`)), `no ${own}`);
    }
  } finally {
    rmSync(fake, { recursive: true, force: true });
  }
});
