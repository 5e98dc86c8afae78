// An exit that always leaves (issue 30, security review 2026-12 H1): exit.js
// and embed.js, as the build writes them, run here against a stand-in page
// whose location.replace() can refuse an address (it throws, as browsers do
// for one they cannot read). The exit then opens the default neutral page,
// and if that is refused too, a blank page; the page is hidden before any of
// it. And the rule written into them refuses the malformed addresses of
// tests/facts/safe-urls.json, so the exit takes its neutral page instead.
// Run: node --test tests/facts/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { defaultExitUrl } from '../../scripts/facts.mjs';
import { root, stubPage } from './stub-page.mjs';

const DEFAULT = defaultExitUrl(root);
const CUSTOM = 'https://weather.example/today';

test('exit.js leaves for the chosen page when the browser takes it', () => {
  const page = stubPage({ exitUrl: CUSTOM });
  page.run('exit.js');
  page.window.ClearSignsExit.exit(null);
  assert.deepEqual(page.calls, [{ url: CUSTOM, hidden: true }]);
});

test('exit.js: if the browser refuses the address, the default neutral page, hidden first', () => {
  const page = stubPage({ exitUrl: CUSTOM, refuse: [CUSTOM] });
  page.run('exit.js');
  page.window.ClearSignsExit.exit(null);
  assert.deepEqual(page.calls, [{ url: CUSTOM, hidden: true }, { url: DEFAULT, hidden: true }]);
  assert.equal(page.window.document.title, 'Loading');
});

test('exit.js: if the default page is refused too, a blank page', () => {
  const page = stubPage({ exitUrl: CUSTOM, refuse: [CUSTOM, DEFAULT] });
  page.run('exit.js');
  assert.doesNotThrow(() => page.window.ClearSignsExit.exit(null));
  assert.deepEqual(page.calls.map((c) => c.url), [CUSTOM, DEFAULT, 'about:blank']);
  assert.ok(page.calls.every((c) => c.hidden));
});

test('exit.js in a frame: the top page falls back too, then the frame itself leaves', () => {
  const topCalls = [];
  const top = {
    postMessage() {},
    location: { replace(url) { topCalls.push(url); if (url === CUSTOM) throw new SyntaxError('bad'); } },
  };
  const page = stubPage({ exitUrl: CUSTOM, top });
  page.run('exit.js');
  page.window.ClearSignsExit.exit(null);
  assert.deepEqual(topCalls, [CUSTOM, DEFAULT]);
  assert.deepEqual(page.calls.map((c) => c.url), [CUSTOM]);
});

test('exit.js never takes a malformed address from the table: the neutral page instead', () => {
  const { cases } = JSON.parse(readFileSync(join(root, 'tests/facts/safe-urls.json'), 'utf8'));
  const malformed = cases.filter(([, safe, note]) => !safe && note);
  assert.equal(malformed.filter(([, , note]) => /^(security review|typo)/.test(note)).length, 30);
  for (const [url] of malformed) {
    const page = stubPage({ exitUrl: url });
    page.run('exit.js');
    assert.equal(page.window.ClearSignsExit.destination(), DEFAULT, JSON.stringify(url));
    page.window.ClearSignsExit.exit(null);
    assert.deepEqual(page.calls.map((c) => c.url), [DEFAULT], JSON.stringify(url));
  }
});

/** The iframe host page: embed.js and one frame of the check. */
function hostPage(options) {
  const frame = {};
  const page = stubPage({ ...options, script: { src: 'https://check.example/cs/embed.js' }, frames: [{ contentWindow: frame }] });
  // The page's window as its own scripts see it (the context's global).
  frame.parent = vm.runInContext('window', page.window);
  page.run('embed.js');
  // As the browser delivers it (isTrusted); a made-up one is tested below.
  page.message = (url, extra = {}) => page.listeners.message.forEach((f) => f({
    isTrusted: true, origin: 'https://check.example', source: frame, data: { type: 'clear-signs-exit', url }, ...extra,
  }));
  return page;
}

test('embed.js leaves the host page for the frame\'s page, or the default, or a blank page', () => {
  let page = hostPage();
  page.message(CUSTOM);
  assert.ok(page.classes.has('cs-exiting'), 'hidden at once');
  page.runTimers();
  assert.deepEqual(page.calls.map((c) => c.url), [CUSTOM]);

  page = hostPage({ refuse: [CUSTOM] });
  page.message(CUSTOM);
  page.runTimers();
  assert.deepEqual(page.calls, [{ url: CUSTOM, hidden: true }, { url: DEFAULT, hidden: true }]);

  page = hostPage({ refuse: [CUSTOM, DEFAULT] });
  page.message(CUSTOM);
  assert.doesNotThrow(() => page.runTimers());
  assert.deepEqual(page.calls.map((c) => c.url), [CUSTOM, DEFAULT, 'about:blank']);
});

test('embed.js ignores a message a script made up, or one from a frame that is not a direct child', () => {
  let page = hostPage();
  page.message(CUSTOM, { isTrusted: false });
  page.runTimers();
  assert.deepEqual(page.calls, []);
  page = hostPage();
  const nested = { parent: {} };
  page.message(CUSTOM, { source: nested });
  page.runTimers();
  assert.deepEqual(page.calls, []);
  assert.ok(!page.classes.has('cs-exiting'));
});

test('embed.js still ignores a message with an address it cannot open', () => {
  for (const url of ['https://www.google.com:443x/', 'https://x.example:99999/', 'https://[x]/', 'javascript:alert(1)']) {
    const page = hostPage();
    page.message(url);
    page.runTimers();
    assert.deepEqual(page.calls, [], url);
    assert.ok(!page.classes.has('cs-exiting'), url);
  }
});
