// Writes lang/<code>.txt beside the app: every language but English (which
// is compiled into the .wasm), packed the way build.rs packs English, so the
// .wasm no longer carries eleven languages nobody may need (issue 16).
//
// A file is the keys' id (FNV-1a of the packed keys, as build.rs computes it)
// then each key's text in key order, all between U+001F; U+0018 marks a key
// the language does not have. The app refuses a file whose id is not its own
// (a file left from another release), and shows English instead.
//
// As a Trunk hook it writes into TRUNK_STAGING_DIR; tests/language.rs runs it
// with `--out <dir>` and checks every file against the locale files.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SEPARATOR = '\u001f';
const ABSENT = '\u0018';
/** Compiled into the .wasm (src/domain/content.rs), so never fetched. */
const BUILT_IN = 'en';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outArg = process.argv.indexOf('--out');
const staging = outArg > 0 ? process.argv[outArg + 1] : process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('TRUNK_STAGING_DIR is not set: run this as a Trunk hook, or pass --out DIR');

const localeDir = join(root, 'content', 'locales');
const locales = new Map(readdirSync(localeDir).filter((f) => f.endsWith('.json')).sort()
  .map((f) => [f.slice(0, -'.json'.length), JSON.parse(readFileSync(join(localeDir, f), 'utf8'))]));
const keys = [...new Set([...locales.values()].flatMap((texts) => Object.keys(texts)))].sort();
const nonAscii = keys.find((k) => /[^\x00-\x7f]/.test(k));
if (nonAscii) throw new Error(`locale key ${nonAscii} is not ASCII`);
const packedKeys = keys.join(SEPARATOR);

/** FNV-1a, 32 bits, of the UTF-8 bytes, in hex: build.rs's keys_id. */
function keysId(text) {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(text, 'utf8')) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

const id = keysId(packedKeys);
const out = join(staging, 'lang');
mkdirSync(out, { recursive: true });
for (const [code, texts] of locales) {
  if (code === BUILT_IN) continue;
  const values = keys.map((k) => (Object.hasOwn(texts, k) ? texts[k] : ABSENT));
  writeFileSync(join(out, `${code}.txt`), [id, ...values].join(SEPARATOR));
}
