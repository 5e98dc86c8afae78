// An exit that always leaves (issue 30, security review 2026-12 H1): an
// exit.url with a typo used to pass both the app's and the exit's check,
// "debug": true said "no problems found", and then location.replace threw:
// the person stayed on the check's address, blank, in history. Now such an
// address is refused with a plain message, and the exit opens the ordinary
// page for the place instead, in every mode; Back does not return to the
// check. A good address of the NGO's own is still the one the exit opens.
const { test, expect, PREVIOUS_SITE, exitPageFor, NEUTRAL } = require('./fixtures');

// The test browser prefers en-US: the exit opens the United States' ordinary page.
const HERE = exitPageFor('us');
const EXIT_NAME = 'Emergency: Exit this page';
// Named in the security review (and in issue 30); all passed the old checks.
const MALFORMED = ['https://www.google.com:443x/', 'https://x.example:99999/', 'https://[x]/'];
const GOOD = 'https://www.bbc.co.uk/weather';
const HOST = 'http://ngo.example/help.html';
const SANDBOX = 'allow-scripts allow-same-origin allow-forms allow-top-navigation-by-user-activation allow-popups allow-popups-to-escape-sandbox';

test.beforeEach(async ({ context }) => {
  await context.route(`${GOOD}**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' }));
});

/** Serve these settings as settings.json beside index.html (also to a frame of the page). */
async function withSettings(page, baseURL, settings) {
  await page.route(`${baseURL}settings.json`, (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(settings) }));
}

async function ready(target) {
  await expect(target.locator('html')).toHaveAttribute('data-cs-ready', '', { timeout: 15000 });
}

/** Console warnings, kept from the start. */
function warnings(page) {
  const seen = [];
  page.on('console', (m) => { if (m.type() === 'warning') seen.push(m.text()); });
  return seen;
}

/** The heading of the page now in the tab (read in the page: after a
 * navigation started from a frame, Playwright's own visibility check can lag). */
const heading = (page) => page.evaluate(() => (document.querySelector('h1') || {}).textContent).catch(() => null);

/** Left for `url`, which shows; Back goes to the site before the check, never to the check. */
async function expectLeftFor(page, url) {
  await page.waitForURL(url);
  await expect.poll(() => heading(page)).toBe('Weather');
  await page.goBack();
  expect(page.url()).toBe(PREVIOUS_SITE);
  await expect.poll(() => heading(page)).toBe('Previous site');
}

for (const url of MALFORMED) {
  test(`exit.url ${url}: refused, and the exit still leaves the check for the ordinary page`, async ({ page, baseURL }) => {
    const seen = warnings(page);
    await withSettings(page, baseURL, { organisation: { name: 'Harbour NGO' }, exit: { url } });
    await page.goto(PREVIOUS_SITE);
    await page.goto('./index.html');
    await ready(page);
    // The rest of the settings apply; the address is named in the console.
    await expect(page.getByText('Shared with you by Harbour NGO.')).toBeVisible();
    const message = seen.find((w) => w.includes('config `exit.url`'));
    expect(message, seen.join(' | ')).toContain(JSON.stringify(url));
    // The exit links point at the ordinary page, never at the typo.
    await expect(page.getByRole('link', { name: EXIT_NAME })).toHaveAttribute('href', HERE);
    await page.getByRole('button', { name: 'Start the check' }).click();
    await page.getByRole('link', { name: EXIT_NAME }).click();
    await expectLeftFor(page, HERE);
  });
}

test('Shift pressed three times leaves too, with a malformed exit.url', async ({ page, baseURL }) => {
  await withSettings(page, baseURL, { exit: { url: MALFORMED[0] } });
  await page.goto(PREVIOUS_SITE);
  await page.goto('./index.html');
  await ready(page);
  await page.getByRole('button', { name: 'Start the check' }).click();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await expectLeftFor(page, HERE);
});

test('with "debug": true the notice names the bad address and what to fix, not "no problems found"', async ({ page, baseURL }) => {
  const cases = [
    [MALFORMED[0], 'a port is digits only'],
    [MALFORMED[1], 'ports end at 65535'],
    [MALFORMED[2], 'not an IPv6 address'],
  ];
  let body = '';
  await page.route(`${baseURL}settings.json`, (route) => route.fulfill({ contentType: 'application/json', body }));
  const notice = page.getByRole('status').filter({ hasText: 'Clear Signs settings' });
  for (const [url, advice] of cases) {
    body = JSON.stringify({ debug: true, exit: { url } }, null, 2);
    await page.goto('./index.html');
    await ready(page);
    await expect(notice).toContainText('exit.url');
    await expect(notice).toContainText(url);
    await expect(notice).toContainText(advice);
    await expect(notice).not.toContainText('no problems found');
  }
  // A good address: all well.
  body = JSON.stringify({ debug: true, exit: { url: GOOD } });
  await page.goto('./index.html');
  await ready(page);
  await expect(notice).toContainText('no problems found');
});

test('the widget with a malformed exit.url: refused, and the exit leaves the host page', async ({ page, baseURL }) => {
  const seen = warnings(page);
  const config = { debug: true, exit: { url: MALFORMED[1] } };
  await page.route(`${baseURL}ngo-widget.html`, (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Harbour NGO</title></head><body>
<h1>Harbour NGO</h1>
<script type="application/json" id="cs-config">${JSON.stringify(config)}</script>
<clear-signs config="cs-config"></clear-signs>
<script src="./embed.js" defer></script>
</body></html>` }));
  await page.goto(PREVIOUS_SITE);
  await page.goto('./ngo-widget.html');
  await ready(page);
  await expect(page.getByRole('status').filter({ hasText: 'Clear Signs settings' })).toContainText('ports end at 65535');
  expect(seen.some((w) => w.includes('config `exit.url`') && w.includes(MALFORMED[1])), seen.join(' | ')).toBe(true);
  await expect(page.getByRole('link', { name: EXIT_NAME })).toHaveAttribute('href', HERE);
  await page.getByRole('button', { name: 'Start the check' }).click();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await expectLeftFor(page, HERE);
});

test('the iframe with a malformed exit.url in its settings.json: the whole host page leaves', async ({ page, baseURL }) => {
  await withSettings(page, baseURL, { exit: { url: MALFORMED[2] } });
  await page.route(HOST, (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>Harbour NGO</title>
    <iframe src="${baseURL}index.html" title="Clear Signs: a private check" sandbox="${SANDBOX}"
      referrerpolicy="no-referrer" style="width:100%;height:90vh;border:0"></iframe>
    <script src="${baseURL}embed.js" defer></script>` }));
  await page.goto(PREVIOUS_SITE);
  await page.goto(HOST);
  const frame = page.frameLocator('iframe');
  await ready(frame);
  await expect(frame.getByRole('link', { name: EXIT_NAME })).toHaveAttribute('href', HERE);
  // A click in the frame, then the keyboard: the host's embed.js leaves the whole page.
  await frame.getByRole('button', { name: 'Start the check' }).click();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await expectLeftFor(page, HERE);
});

test('positive control: a good exit.url of the NGO\'s own is where the exit goes', async ({ page, baseURL }) => {
  const seen = warnings(page);
  await withSettings(page, baseURL, { exit: { url: GOOD } });
  await page.goto(PREVIOUS_SITE);
  await page.goto('./index.html');
  await ready(page);
  expect(seen.filter((w) => w.includes('exit.url'))).toEqual([]);
  await expect(page.getByRole('link', { name: EXIT_NAME })).toHaveAttribute('href', GOOD);
  await page.getByRole('button', { name: 'Start the check' }).click();
  await page.getByRole('link', { name: EXIT_NAME }).click();
  await expectLeftFor(page, GOOD);
  expect(NEUTRAL(new URL(GOOD))).toBe(false);
});
