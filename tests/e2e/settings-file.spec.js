// Settings that survive updates (issue 17): the standalone page and the
// iframe read settings.json beside index.html (no release ships one); without
// it, the settings block inside index.html. The widget keeps its settings on
// the host page and never asks for settings.json. Console messages name the
// file and the line; "debug": true shows them to the embedder on the page.
const { test, expect, EXIT_URL } = require('./fixtures');

/** The NGO's copy of the release (tests/e2e/serve-ngo-site.js): dist/ with tests/e2e/ngo-site/settings.json. */
const ngoSite = (baseURL) => {
  const url = new URL(baseURL);
  url.port = String(Number(url.port) + 2);
  return url.href;
};
const NGO_EXIT = 'https://www.bbc.co.uk/weather';
const BLOCK = /(<script type="application\/json" id="clear-signs-config">)[\s\S]*?(<\/script>)/;

async function languageNames(page) {
  return page.getByRole('combobox', { name: 'Language' }).locator('option').allTextContents();
}

/** Serve index.html with this text in its settings block; returns the line the block is on. */
async function withBlock(page, url, text) {
  let line = 0;
  await page.route(url, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(BLOCK, (_, open, close) => `${open}${text}${close}`);
    line = html.slice(0, html.search(BLOCK)).split('\n').length;
    await route.fulfill({ response, body: html });
  });
  return () => line;
}

/** Console warnings, kept from the start. */
function warnings(page) {
  const seen = [];
  page.on('console', (m) => { if (m.type() === 'warning') seen.push(m.text()); });
  return seen;
}

async function ready(page) {
  await expect(page.locator('html')).toHaveAttribute('data-cs-ready', '', { timeout: 15000 });
  // And every language file (fetched by every visitor once the check shows).
  await expect(page.locator('html')).toHaveAttribute('data-cs-languages', '', { timeout: 15000 });
}

test.beforeEach(async ({ context }) => {
  await context.route(`${NGO_EXIT}**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><h1>BBC Weather</h1>' }));
});

test('with settings.json in the folder, the NGO\'s line comes first and its languages in its order', async ({ page, baseURL }) => {
  await page.goto(`${ngoSite(baseURL)}index.html`);
  await ready(page);
  await expect(page.getByText('Shared with you by Harbour NGO. We answer Monday to Friday, 9 to 5.')).toBeVisible();
  expect(await languageNames(page)).toEqual(['Tiếng Việt', 'English', 'ไทย']);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Who can help' }).click();
  await expect(page.getByRole('heading', { level: 3 }).first()).toHaveText('Harbour NGO helpline');
  await expect(page.getByRole('link', { name: /^Call / }).first()).toHaveAttribute('href', 'tel:+12025550100');
  // Its quick-exit options too: its own neutral page, and Esc.
  await expect(page.getByRole('link', { name: 'Emergency: Exit this page' })).toHaveAttribute('href', NGO_EXIT);
  await page.keyboard.press('Escape');
  await page.waitForURL(NGO_EXIT);
});

test('the settings block inside index.html is ignored when settings.json exists, and the console says so', async ({ page, baseURL }) => {
  const seen = warnings(page);
  const site = ngoSite(baseURL);
  await withBlock(page, `${site}index.html`, JSON.stringify({ organisation: { name: 'Old block NGO' }, languages: ['sw', 'en'] }));
  await page.goto(`${site}index.html`);
  await ready(page);
  await expect(page.getByText('Shared with you by Harbour NGO.', { exact: false })).toBeVisible();
  await expect(page.getByText('Old block NGO', { exact: false })).toHaveCount(0);
  expect(await languageNames(page)).toEqual(['Tiếng Việt', 'English', 'ไทย']);
  expect(seen.some((w) => w.includes('settings.json is used') && w.includes('ignored')), seen.join(' | ')).toBe(true);
});

test('without settings.json the settings block inside index.html applies', async ({ page, baseURL }) => {
  const answers = [];
  page.on('response', (r) => { if (r.url().endsWith('/settings.json')) answers.push(r.status()); });
  await withBlock(page, `${baseURL}index.html`, JSON.stringify({ organisation: { name: 'Old block NGO' }, exit: { url: NGO_EXIT } }));
  await page.goto('./index.html');
  await ready(page);
  await expect(page.getByText('Shared with you by Old block NGO.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Emergency: Exit this page' })).toHaveAttribute('href', NGO_EXIT);
  expect(answers).toEqual([404]);
});

test('a broken settings.json: the console names settings.json and the line, and the block applies', async ({ page, baseURL }) => {
  const seen = warnings(page);
  await withBlock(page, `${baseURL}index.html`, JSON.stringify({ organisation: { name: 'Old block NGO' } }));
  await page.route(`${baseURL}settings.json`, (route) => route.fulfill({ contentType: 'application/json',
    body: '{\n  "organisation": { "name": "Harbour NGO" },\n  "languages": ["vi", "en",]\n}\n' }));
  await page.goto('./index.html');
  await ready(page);
  await expect(page.getByText('Shared with you by Old block NGO.')).toBeVisible();
  await expect(page.getByText('Harbour NGO', { exact: false })).toHaveCount(0);
  const message = seen.find((w) => w.startsWith('Clear Signs: settings.json: config: not valid JSON'));
  expect(message, seen.join(' | ')).toContain('line 3');
  expect(message).toContain('"languages": ["vi", "en",]');
  expect(message).toContain('using the settings block in the page instead');
  // The person never sees any of it: no debug flag.
  await expect(page.getByText('Clear Signs settings', { exact: false })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Start the check' })).toBeVisible();
});

test('curly quotes in settings.json are read as straight ones, as in the block, and the console says so', async ({ page, baseURL }) => {
  const seen = warnings(page);
  await page.route(`${baseURL}settings.json`, (route) => route.fulfill({ contentType: 'application/json',
    body: '{“organisation”: {“name”: “Harbour NGO”}, ‘exit’: {‘url’: ‘https://www.bbc.co.uk/weather’}}' }));
  await page.goto('./index.html');
  await ready(page);
  await expect(page.getByText('Shared with you by Harbour NGO.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Emergency: Exit this page' })).toHaveAttribute('href', NGO_EXIT);
  expect(seen.some((w) => w.startsWith('Clear Signs: settings.json: config: curly quotes')), seen.join(' | ')).toBe(true);
});

test('with "debug": true the embedder sees the problems in a notice they can dismiss; never without it', async ({ page, baseURL }) => {
  let body = '{\n  "debug": true,\n  "organisation": { "name": "Harbour NGO" },,\n}\n';
  await page.route(`${baseURL}settings.json`, (route) => route.fulfill({ contentType: 'application/json', body }));
  await page.goto('./index.html');
  await ready(page);
  const notice = page.getByRole('status').filter({ hasText: 'Clear Signs settings' });
  await expect(notice).toContainText('settings.json: config: not valid JSON at line 3');
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'A private check for warning signs' })).toBeFocused();

  // Readable settings with a wrong field: the field is named.
  body = JSON.stringify({ debug: true, exit: { url: 'www.accuweather.com' } });
  await page.reload();
  await ready(page);
  await expect(notice).toContainText('exit.url');

  // All well: the notice says so and reminds them to remove the flag.
  body = JSON.stringify({ debug: true, organisation: { name: 'Harbour NGO' } });
  await page.reload();
  await ready(page);
  await expect(notice).toContainText('no problems found');

  // Without the flag nothing is shown, the problems only in the console.
  body = JSON.stringify({ exit: { url: 'www.accuweather.com' } });
  await page.reload();
  await ready(page);
  await expect(page.getByRole('button', { name: 'Start the check' })).toBeVisible();
  await expect(page.getByText('Clear Signs settings', { exact: false })).toHaveCount(0);
});

test('the app waits for settings.json while the start text shows; the exit never waits', async ({ page, baseURL }) => {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(`${baseURL}settings.json`, async (route) => {
    await held;
    await route.fulfill({ contentType: 'application/json', body: JSON.stringify({ organisation: { name: 'Harbour NGO' }, exit: { url: NGO_EXIT } }) });
  });
  await page.goto('./index.html');
  // The start text shows, with the page's own "Start" (issue 28: it works before the app).
  await expect(page.getByRole('heading', { level: 1, name: 'A private check for warning signs' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start the check' })).toBeVisible();
  await page.waitForTimeout(1000);
  await expect(page.locator('html')).not.toHaveAttribute('data-cs-ready', '');
  // Meanwhile the exit works with what it has: the default page.
  await expect(page.getByRole('link', { name: 'Emergency: Exit this page' })).toHaveAttribute('href', EXIT_URL);
  release();
  await ready(page);
  await expect(page.getByText('Shared with you by Harbour NGO.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Emergency: Exit this page' })).toHaveAttribute('href', NGO_EXIT);
});

test('Shift pressed three times exits at once while settings.json is still on its way', async ({ page, baseURL }) => {
  await page.route(`${baseURL}settings.json`, () => { /* never answers */ });
  await page.goto('./index.html');
  await expect(page.getByRole('heading', { level: 1, name: 'A private check for warning signs' })).toBeVisible();
  await expect(page.locator('html')).not.toHaveAttribute('data-cs-ready', '');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await page.waitForURL(EXIT_URL);
});

test('a settings.json that never arrives does not hold the check back: the block applies', async ({ page, baseURL }) => {
  const seen = warnings(page);
  await withBlock(page, `${baseURL}index.html`, JSON.stringify({ organisation: { name: 'Old block NGO' } }));
  await page.route(`${baseURL}settings.json`, () => { /* hangs */ });
  await page.goto('./index.html');
  await ready(page);
  await expect(page.getByText('Shared with you by Old block NGO.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start the check' })).toBeVisible();
  expect(seen.filter((w) => w.includes('settings.json'))).toEqual([]);
});

test('the iframe reads settings.json from its own folder', async ({ page, baseURL }) => {
  const site = ngoSite(baseURL);
  const host = 'http://ngo.example/help.html';
  await page.route(host, (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>NGO</title>
    <iframe src="${site}index.html" title="Clear Signs: a private check"
      sandbox="allow-scripts allow-same-origin allow-forms allow-top-navigation-by-user-activation allow-popups allow-popups-to-escape-sandbox"
      referrerpolicy="no-referrer" style="width:100%;height:90vh;border:0"></iframe>
    <script src="${site}embed.js" defer></script>` }));
  await page.goto(host);
  const frame = page.frameLocator('iframe');
  await expect(frame.getByText('Shared with you by Harbour NGO.', { exact: false })).toBeVisible({ timeout: 15000 });
  await expect(frame.getByRole('combobox', { name: 'Language' }).locator('option')).toHaveText(['Tiếng Việt', 'English', 'ไทย']);
  // Its exit options apply in the frame, and leave the whole host page.
  await frame.getByRole('button', { name: 'Start the check' }).click();
  await frame.getByRole('link', { name: 'Emergency: Exit this page' }).click();
  await page.waitForURL(NGO_EXIT);
});

test('the only request besides the app\'s own files (and language files) is settings.json, to the same folder', async ({ page, baseURL, network }) => {
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push({ text: m.text(), url: m.location().url }); });
  const settingsRequests = [];
  page.on('request', (r) => { if (r.url().includes('settings.json')) settingsRequests.push(r); });
  for (const site of [baseURL, ngoSite(baseURL)]) {
    const loaded = network.requests.length;
    await page.goto(`${site}index.html`);
    await ready(page);
    const origin = new URL(site).origin;
    const files = network.requests.slice(loaded).map((u) => {
      expect(new URL(u).origin, u).toBe(origin);
      return new URL(u).pathname.replace(/boot-[0-9a-f]+\.js$/, 'boot.js');
    });
    // The language files are the same for every visitor of a site (their order:
    // language-files.spec.js): every language, or those the site offers.
    const all = ['zh', 'vi', 'id', 'fil', 'th', 'hi', 'ar', 'fr', 'es', 'pt-BR', 'sw', 'zh-Hant', 'my', 'km', 'lo', 'ms', 'bn', 'ne', 'si', 'ur', 'am', 'sq', 'ro'];
    const langs = (site === baseURL ? all : ['vi', 'th']).map((c) => `/lang/${c}.txt`);
    // The time-zone worker suggests a place; the NGO's settings name one (tests/e2e/ngo-site).
    const timeZone = site === baseURL ? ['/time-zone.js'] : [];
    expect(files.sort()).toEqual(['/boot.js', '/clear-signs.js', '/clear-signs_bg.wasm', '/exit-strings.js', '/exit.js',
      '/index.html', ...langs, '/main.css', '/settings.json', ...timeZone].sort());
    // Then nothing more, whatever the person does.
    const after = network.requests.length;
    await page.getByRole('button', { name: 'Start the check' }).click();
    await page.getByRole('checkbox', { name: 'Stealing or begging' }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Who can help' }).click();
    expect(network.requests.slice(after)).toEqual([]);
  }
  // Always the same request: a plain GET to the page's own folder, no referrer, no body.
  expect(settingsRequests.map((r) => [r.method(), r.url(), r.postData(), r.headers().referer])).toEqual([
    ['GET', `${baseURL}settings.json`, null, undefined], ['GET', `${ngoSite(baseURL)}settings.json`, null, undefined]]);
  const origins = [new URL(baseURL).origin, new URL(ngoSite(baseURL)).origin];
  expect(network.requests.filter((u) => !origins.includes(new URL(u).origin))).toEqual([]);
  expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
  // The one console error: the browser's own line for the missing settings.json (404).
  expect(errors.map((e) => e.url)).toEqual([`${baseURL}settings.json`]);
  expect(errors[0].text).toContain('404');
});

test('the widget keeps its settings on the host page and never asks for settings.json', async ({ page, baseURL, network }) => {
  await page.route(`${baseURL}host-nofile.html`, (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>An NGO</title></head><body>
<script type="application/json" id="cs-config">{"organisation": {"name": "Widget NGO"}}</script>
<clear-signs config="cs-config"></clear-signs>
<script src="./embed.js" defer></script>
</body></html>` }));
  await page.goto('./host-nofile.html');
  await ready(page);
  await expect(page.getByText('Shared with you by Widget NGO.')).toBeVisible();
  expect(network.requests.filter((u) => u.includes('settings.json'))).toEqual([]);
});

test('a typo in the settings block inside index.html is named by its line in index.html', async ({ page, baseURL }) => {
  const seen = warnings(page);
  const line = await withBlock(page, `${baseURL}index.html`, '{\n  "organisation": { "name": "Harbour NGO" }\n  "languages": ["vi"]\n}');
  await page.goto('./index.html');
  await ready(page);
  expect(line()).toBeGreaterThan(1);
  const message = seen.find((w) => w.includes('not valid JSON'));
  expect(message, seen.join(' | ')).toContain(`line ${line() + 2} of the page`);
});
