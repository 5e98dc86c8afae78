// Prints the figures of a Lighthouse JSON report (from scripts/bench) with targets.
// Usage: node scripts/bench-lighthouse.js report.json
'use strict';
const fs = require('node:fs');

const lhr = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
if (lhr.runtimeError) console.log(`Lighthouse runtime error: ${lhr.runtimeError.code} ${lhr.runtimeError.message || ''}`);
for (const w of lhr.runWarnings || []) console.log(`Lighthouse warning: ${w}`);

const settings = lhr.configSettings || {};
console.log(`url ${lhr.finalDisplayedUrl || lhr.finalUrl || lhr.requestedUrl}, form factor ${settings.formFactor || '?'}, `
  + `throttling ${settings.throttlingMethod || '?'}, Lighthouse ${lhr.lighthouseVersion || '?'}, ${lhr.environment?.hostUserAgent?.match(/Chrome\/[\d.]+/)?.[0] || ''}`);

const mark = (ok) => (ok === undefined ? '    ' : ok ? 'PASS' : 'FAIL');
const row = (ok, name, value, target) => console.log(`${mark(ok)}  ${name.padEnd(16)} ${String(value).padStart(8)}   ${target}`);

const targets = { performance: 100, accessibility: 100 };
for (const id of ['performance', 'accessibility', 'best-practices']) {
  const cat = lhr.categories?.[id];
  const score = cat && cat.score !== null ? Math.round(cat.score * 100) : null;
  const target = targets[id];
  row(target === undefined || score === null ? undefined : score >= target, id,
    score === null ? 'n/a' : score, target === undefined ? '(no target)' : `target ${target}`);
  // Name what cost points, so the number can be acted on.
  if (cat && score !== null && score < 100) {
    const failing = cat.auditRefs
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter((a) => a && a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable');
    for (const a of failing) console.log(`        - ${a.id}: ${a.title} (score ${Math.round(a.score * 100)}${a.displayValue ? ', ' + a.displayValue : ''})`);
  }
}

for (const [id, name] of [['first-contentful-paint', 'FCP'], ['largest-contentful-paint', 'LCP'], ['total-blocking-time', 'TBT']]) {
  const a = lhr.audits?.[id];
  const ms = a && typeof a.numericValue === 'number' ? Math.round(a.numericValue) + ' ms' : 'n/a';
  row(undefined, name, ms, a ? `(Lighthouse: ${a.displayValue || '-'}, metric score ${a.score === null ? '-' : Math.round(a.score * 100)})` : '');
}
