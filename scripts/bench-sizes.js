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
// Before the first question (issue 28): the page's own start screen and
// first question need only these, on any host; the app follows.
const FIRST = /^(index\.html|main\.css|exit-strings\.js|exit\.js)$/;
const first = rows.filter((r) => FIRST.test(r.name));
const sum = (list, key) => list.reduce((t, r) => t + r[key], 0);
const wasm = rows.find((r) => r.name === 'clear-signs_bg.wasm');
const verdict = (label, bytes, target = TARGET_BROTLI, unit = 'brotli') => {
  const pass = bytes <= target;
  console.log(`${pass ? 'PASS' : 'FAIL'}  ${label.padEnd(44)} ${kb(bytes).padStart(9)}   target <= ${kb(target)} ${unit}`
    + `  (${pass ? 'headroom ' + kb(target - bytes) : 'over by ' + kb(bytes - target)})`);
};
verdict('before the first question (brotli host)', sum(first, 'brotli'));
verdict('before the first question (plain host)', sum(first, 'raw'), TARGET_BROTLI, 'raw');
if (wasm) verdict('the .wasm, raw', wasm.raw, 450 * 1024, 'raw');
console.log(`      the app, before it takes over: ${kb(start)} brotli (English browser)`);
const languageFiles = rows.filter((r) => r.name.startsWith(`lang${path.sep}`));
console.log(`      everything: ${kb(total.brotli)} brotli; of which the ${languageFiles.length} language files in lang/ (fetched after`
  + ` the first question, only those a site offers): ${kb(langs)}, ${kb(langs / Math.max(1, languageFiles.length))} each on average`);
