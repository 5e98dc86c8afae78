// Prints the figures of two Lighthouse JSON reports (from scripts/bench) side
// by side: the release on a host that compresses (brotli) and on a plain
// static host, each with its target (issue 28: performance >= 95 on both).
// Usage: node scripts/bench-lighthouse.js compressed.json plain.json
'use strict';
const fs = require('node:fs');

const hosts = [
  { label: 'host that compresses', file: process.argv[2],
    targets: { performance: [95, '>='], 'largest-contentful-paint': [2500, '<='] } },
  { label: 'host that does not', file: process.argv[3],
    targets: { performance: [95, '>='], 'largest-contentful-paint': [2500, '<='] } },
];

const read = (file) => {
  try { return JSON.parse(fs.readFileSync(file, 'utf8')); } catch { return null; }
};
const reports = hosts.map((h) => ({ ...h, lhr: read(h.file) }));
for (const r of reports) {
  if (!r.lhr) { console.log(`${r.label}: no report (${r.file})`); continue; }
  if (r.lhr.runtimeError) console.log(`${r.label}: Lighthouse runtime error: ${r.lhr.runtimeError.code}`);
  for (const w of r.lhr.runWarnings || []) console.log(`${r.label}: warning: ${w}`);
}
const first = reports.find((r) => r.lhr)?.lhr;
if (first) {
  const s = first.configSettings || {};
  console.log(`form factor ${s.formFactor || '?'}, throttling ${s.throttlingMethod || '?'}, Lighthouse ${first.lighthouseVersion || '?'}`);
}

const value = (lhr, id) => {
  if (!lhr) return null;
  const cat = lhr.categories?.[id];
  if (cat) return cat.score === null ? null : Math.round(cat.score * 100);
  const a = lhr.audits?.[id];
  return a && typeof a.numericValue === 'number' ? Math.round(a.numericValue) : null;
};
const cell = (r, id, unit) => {
  const v = value(r.lhr, id);
  const t = r.targets[id];
  const shown = v === null ? 'n/a' : `${v}${unit}`;
  if (!t || v === null) return `${shown}`.padEnd(30);
  const ok = t[1] === '>=' ? v >= t[0] : v <= t[0];
  return `${shown} ${ok ? 'PASS' : 'FAIL'} (target ${t[1]} ${t[0]}${unit})`.padEnd(30);
};
const rows = [
  ['performance', 'performance', ''], ['accessibility', 'accessibility', ''],
  ['FCP', 'first-contentful-paint', ' ms'], ['LCP', 'largest-contentful-paint', ' ms'],
  ['interactive', 'interactive', ' ms'], ['TBT', 'total-blocking-time', ' ms'],
];
console.log(`${''.padEnd(14)}${reports.map((r) => r.label.padEnd(30)).join('')}`);
for (const [name, id, unit] of rows) console.log(`${name.padEnd(14)}${reports.map((r) => cell(r, id, unit)).join('')}`);

// Name what cost points on each host, so the number can be acted on.
for (const r of reports) {
  const cat = r.lhr?.categories?.performance;
  if (!cat || cat.score === null || cat.score === 1) continue;
  console.log(`\n${r.label}: what cost performance points`);
  for (const ref of cat.auditRefs.filter((x) => x.weight > 0)) {
    const a = r.lhr.audits[ref.id];
    if (a && a.score !== null && a.score < 1) console.log(`  - ${a.id}: ${a.title} (score ${Math.round(a.score * 100)}${a.displayValue ? ', ' + a.displayValue : ''})`);
  }
}
