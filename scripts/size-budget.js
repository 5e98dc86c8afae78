// The size budget (issue 16): size is deterministic for a given build, so
// it is a test. Fails when the release's wasm or its total, brotli-compressed
// as a host would send them, grows past the budget. The budget sits just
// above the current figure: raise it only with a reason in the commit.
// Usage: node scripts/size-budget.js [dist]
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const BUDGET = {
  // Set 2026-11-29 just above the release's figures (339.0 and 374.6 KB),
  // down from 400 and 432 KB: erased view types, one question form, texts
  // packed at build time, integer theme maths.
  wasm: 342 * 1024, // brotli bytes of clear-signs_bg.wasm
  total: 380 * 1024, // brotli bytes of every file the release serves
};

const dist = process.argv[2] || 'dist';
const brotli = (file) => zlib.brotliCompressSync(fs.readFileSync(file), {
  params: { [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY },
}).length;
// Precompressed copies (.br, .gz) are alternatives to a file, not extra bytes.
const served = fs.readdirSync(dist, { recursive: true })
  .map((f) => path.join(dist, f))
  .filter((f) => fs.statSync(f).isFile() && !/\.(br|gz)$/.test(f) && !f.includes(`${path.sep}.`));
const sizes = { wasm: brotli(path.join(dist, 'clear-signs_bg.wasm')), total: served.map(brotli).reduce((a, b) => a + b, 0) };
let ok = true;
for (const k of ['wasm', 'total']) {
  const pass = sizes[k] <= BUDGET[k];
  ok &&= pass;
  console.log(`${pass ? 'ok  ' : 'OVER'} ${k.padEnd(5)} ${(sizes[k] / 1024).toFixed(1)} KB brotli (budget ${(BUDGET[k] / 1024).toFixed(0)} KB)`);
}
process.exit(ok ? 0 : 1);
