// Size table for every file under dist/: raw, gzip -9 and brotli (quality 11),
// both compressed with node's own zlib so no extra tool or package is needed.
// Usage: node scripts/bench-sizes.js [dist]
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const TARGET_BROTLI = 150 * 1024; // "total brotli <= 150 KB with all languages"

// Dot entries are skipped: trunk's .stage/ working folder is not part of the release.
const skipped = [];
function files(dir, base = dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith('.')) { skipped.push(path.relative(base, path.join(dir, entry.name))); return []; }
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return files(full, base);
    return entry.isFile() ? [path.relative(base, full)] : [];
  });
}

const kb = (n) => (n / 1024).toFixed(1) + ' KB';
const col = (s, w) => String(s).padStart(w);

const dist = process.argv[2] || 'dist';
const rows = files(dist).sort().map((name) => {
  const data = fs.readFileSync(path.join(dist, name));
  const gzip = zlib.gzipSync(data, { level: 9 }).length;
  const brotli = zlib.brotliCompressSync(data, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
      [zlib.constants.BROTLI_PARAM_LGWIN]: zlib.constants.BROTLI_MAX_WINDOW_BITS,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  }).length;
  return { name, raw: data.length, gzip, brotli };
});

const width = Math.max(5, ...rows.map((r) => r.name.length));
const line = (name, raw, gzip, brotli) =>
  `${name.padEnd(width)}  ${col(raw, 10)} ${col(gzip, 10)} ${col(brotli, 10)}`;
console.log(line('file', 'raw B', 'gzip-9 B', 'brotli B'));
console.log('-'.repeat(width + 34));
for (const r of rows) console.log(line(r.name, r.raw, r.gzip, r.brotli));
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }),
  { raw: 0, gzip: 0, brotli: 0 });
console.log('-'.repeat(width + 34));
console.log(line('total', total.raw, total.gzip, total.brotli));
console.log(line('', kb(total.raw), kb(total.gzip), kb(total.brotli)));
if (skipped.length) console.log(`(not counted: ${skipped.join(', ')})`);
console.log();
// What a visitor fetches before the check shows (a browser in English: the
// language files follow once it shows; embed.js and the configurator are for
// other pages), and everything, both against the target.
const START = /^(index\.html|boot-[0-9a-f]+\.js|main\.css|exit-strings\.js|exit\.js|clear-signs\.js|clear-signs_bg\.wasm|time-zone\.js)$/;
const start = rows.filter((r) => START.test(r.name)).reduce((t, r) => t + r.brotli, 0);
const langs = rows.filter((r) => r.name.startsWith(`lang${path.sep}`)).reduce((t, r) => t + r.brotli, 0);
const verdict = (label, bytes) => {
  const pass = bytes <= TARGET_BROTLI;
  console.log(`${pass ? 'PASS' : 'FAIL'}  ${label.padEnd(44)} ${kb(bytes).padStart(9)}   target <= 150 KB`
    + `  (${pass ? 'headroom ' + kb(TARGET_BROTLI - bytes) : 'over by ' + kb(bytes - TARGET_BROTLI)})`);
};
verdict('before the check shows (English browser)', start);
verdict('everything, with all 12 languages', total.brotli);
console.log(`      of which the 11 language files in lang/: ${kb(langs)} (English is in the wasm)`);
