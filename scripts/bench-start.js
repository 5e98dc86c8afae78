// What the person waits for (issue 28), for scripts/bench: from the
// navigation to a working "Start", and to the first question on screen and
// answerable, with the bytes received by then; then when the app has taken
// over, and the bytes every visitor fetches after the first question (the
// language files). Lighthouse's mobile profile applied in Chromium: 150 ms
// round trip, 1.6 Mbit/s down, 750 kbit/s up, CPU 4x slower. Median of
// BENCH_START_RUNS (5) cold loads per host; "Start" is clicked the moment
// it works, as a hurried person would.
// playwright-core from node_modules drives Debian's /usr/bin/chromium.
// Usage: node scripts/bench-start.js LABEL=URL [LABEL=URL ...]
'use strict';
const path = require('node:path');

const root = path.join(__dirname, '..');
const { chromium, devices } = require(path.join(root, 'node_modules', 'playwright-core'));

const RUNS = Number(process.env.BENCH_START_RUNS || 5);
const PROFILE = { latency: 150, downloadThroughput: (1638.4 * 1024) / 8, uploadThroughput: (750 * 1024) / 8, cpu: 4 };
const TARGETS = { compressing: { question: 1500 }, plain: { question: 2500 }, bytes: 150 * 1024 };
const LAUNCH = {
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
};

// In the page, from its first script on: click "Start" the moment it is
// visible (the page's own or the app's), then note when a choice of the
// first question is on screen (after its frame is painted).
function watch() {
  const seen = {};
  window.__csSeen = seen;
  const mark = (name) => { if (!(name in seen)) { seen[name] = performance.now(); window.__csMark(name); } };
  const visible = (el) => el && el.checkVisibility && el.checkVisibility() && !el.disabled;
  const tick = () => {
    if (!('start' in seen)) {
      const button = [...document.querySelectorAll('#clear-signs-app button')].find((b) => visible(b) && /Start the check/.test(b.textContent));
      if (button) { mark('start'); button.click(); }
    } else if (!('question' in seen) && visible(document.querySelector('#clear-signs-app input[name=activity]'))) {
      requestAnimationFrame(() => setTimeout(() => mark('question'), 0));
      seen.questionSeen = true;
      return;
    }
    if (!seen.questionSeen) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  // From the first script on there is a document, not yet its <html>.
  new MutationObserver(() => {
    const html = document.documentElement;
    if (html && html.hasAttribute('data-cs-ready')) mark('ready');
    if (html && html.hasAttribute('data-cs-languages')) mark('languages');
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-cs-ready', 'data-cs-languages'] });
}

async function once(browser, url) {
  const context = await browser.newContext({ ...devices['Pixel 5'] });
  const origin = new URL(url).origin;
  const foreign = [];
  await context.route('**/*', (route) => {
    const u = route.request().url();
    if (u.startsWith(origin) || u.startsWith('data:')) return route.continue();
    foreign.push(u);
    return route.abort();
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: PROFILE.latency, downloadThroughput: PROFILE.downloadThroughput, uploadThroughput: PROFILE.uploadThroughput,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PROFILE.cpu });
  let received = 0;
  cdp.on('Network.dataReceived', (e) => { received += e.encodedDataLength; });
  // Response headers count too (a chunk's encodedDataLength is its body only).
  cdp.on('Network.responseReceived', (e) => { received += e.response.encodedDataLength || 0; });
  const marks = {};
  await page.exposeFunction('__csMark', (name) => { marks[name] = { bytes: received }; });
  await page.addInitScript(watch);
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => 'languages' in (window.__csSeen || {}) && 'question' in window.__csSeen, null, { timeout: 60000 });
  // Let the last chunks' events arrive.
  await new Promise((r) => setTimeout(r, 300));
  const seen = await page.evaluate(() => window.__csSeen);
  const total = received;
  await context.close();
  const result = {};
  for (const name of ['start', 'question', 'ready', 'languages']) result[name] = { ms: seen[name], bytes: (marks[name] || {}).bytes };
  result.after = total - result.question.bytes;
  result.foreign = foreign.length;
  return result;
}

const median = (values) => {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return NaN;
  return v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
};
const s = (ms) => (Number.isFinite(ms) ? (ms / 1000).toFixed(2) + ' s' : 'n/a');
const kb = (b) => (Number.isFinite(b) ? (b / 1024).toFixed(1) + ' KB' : 'n/a');
const verdict = (ok) => (ok ? 'PASS' : 'FAIL');

(async () => {
  const hosts = process.argv.slice(2).map((arg) => { const at = arg.indexOf('='); return { label: arg.slice(0, at), url: arg.slice(at + 1) }; });
  let browser;
  try {
    browser = await chromium.launch(LAUNCH);
  } catch (e) {
    console.log(`could not start Chromium: ${e.message.split('\n')[0]}`);
    return;
  }
  console.log(`Chromium ${browser.version()}, Pixel 5, ${PROFILE.latency} ms round trip, 1.6 Mbit/s down, CPU x${PROFILE.cpu}; median of ${RUNS} cold loads`);
  for (const host of hosts) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      try { runs.push(await once(browser, host.url)); } catch (e) { console.log(`  ${host.label}: run ${i + 1} failed: ${e.message.split('\n')[0]}`); }
    }
    if (!runs.length) continue;
    const m = (name, key) => median(runs.map((r) => r[name][key]));
    const target = (TARGETS[host.label] || {}).question;
    const question = m('question', 'ms');
    const bytes = m('question', 'bytes');
    console.log(`\n${host.label} host (${host.url})`);
    console.log(`      "Start" works                      ${s(m('start', 'ms')).padStart(8)}   ${kb(m('start', 'bytes'))} received`);
    console.log(`${verdict(question <= target)}  first question on screen           ${s(question).padStart(8)}   target <= ${s(target)}   (runs: ${runs.map((r) => s(r.question.ms)).join(', ')})`);
    console.log(`${verdict(bytes <= TARGETS.bytes)}  received before it                 ${kb(bytes).padStart(8)}   target <= ${kb(TARGETS.bytes)}`);
    console.log(`      the app takes over                 ${s(m('ready', 'ms')).padStart(8)}   ${kb(m('ready', 'bytes'))} received`);
    console.log(`      every language file in             ${s(m('languages', 'ms')).padStart(8)}   ${kb(median(runs.map((r) => r.after)))} received after the first question`);
    const foreign = runs.reduce((n, r) => n + r.foreign, 0);
    if (foreign) console.log(`      WARNING: ${foreign} request(s) to other hosts were blocked`);
  }
  await browser.close().catch(() => {});
})().catch((e) => console.log(`start bench failed: ${e.message}`));
