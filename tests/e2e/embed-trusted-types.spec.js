// The <clear-signs> widget on a host page that enforces Trusted Types
// (docs/hosting.md, "A page that enforces Trusted Types"): with only the
// policy name `clear-signs` allowed, the check starts, asks and moves on, its
// time-zone worker starts, the quick exit leaves by button and by Shift x3,
// and no violation is reported on any screen.
const { test, expect, exitPageFor, visitAllScreens } = require('./fixtures');

// The test browser prefers en-US: the exit opens that place's ordinary page.
const HERE = exitPageFor('us');
const EXIT_NAME = 'Emergency: Exit this page';
// A site policy with Trusted Types enforced, and the widget's needs from docs/hosting.md.
const POLICY = "require-trusted-types-for 'script'; trusted-types clear-signs; " +
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; " +
  "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'";

/** The host page, served from the app's origin with POLICY; returns the errors thrown on it. */
async function openTrustedTypesHost(page, baseURL) {
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const config = { organisation: { name: 'Harbour NGO' } };
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1"><title>Harbour NGO</title></head>
    <body><h1>Harbour NGO</h1><p>About our work.</p>
    <script type="application/json" id="cs-config">${JSON.stringify(config)}</script>
    <clear-signs config="cs-config"></clear-signs>
    <script src="./embed.js" defer></script></body></html>`;
  await page.route(`${baseURL}host-trusted-types.html`, (route) => route.fulfill({
    contentType: 'text/html', headers: { 'Content-Security-Policy': POLICY }, body }));
  await page.goto('./host-trusted-types.html');
  await expect(page.locator('html')).toHaveAttribute('data-cs-ready', '', { timeout: 15000 });
  return errors;
}

/** The page really enforces Trusted Types: a plain string in innerHTML throws (and is reported). */
async function expectEnforced(page) {
  const refused = await page.evaluate(() => {
    try {
      document.createElement('div').innerHTML = '<b>plain</b>';
      return false;
    } catch (error) {
      return error instanceof TypeError;
    }
  });
  expect(refused, 'the host page enforces Trusted Types').toBe(true);
}

test('under Trusted Types the widget asks its questions, and its quick exit leaves', async ({ page, baseURL, network }) => {
  const errors = await openTrustedTypesHost(page, baseURL);
  await expect(page.getByText('Shared with you by Harbour NGO.')).toBeVisible();
  await page.getByRole('button', { name: 'Start the check' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^What is this about\?/ })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Online scams or fraud' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText(/^Question 2 of/)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: /^What is this about\?/ })).toHaveCount(0);
  // The time-zone worker started from the check's folder (not refused and read on the page instead).
  expect(network.own().filter((url) => url.endsWith('/time-zone.js'))).toHaveLength(1);
  expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
  expect(errors).toEqual([]);
  await expectEnforced(page);
  await page.getByRole('link', { name: EXIT_NAME }).click();
  await page.waitForURL(HERE);
  expect(errors).toEqual([]);
});

test('under Trusted Types Shift x3 leaves from the widget, with nothing thrown', async ({ page, baseURL }) => {
  const errors = await openTrustedTypesHost(page, baseURL);
  await page.getByRole('button', { name: 'Start the check' }).click();
  await page.getByRole('checkbox', { name: 'Online scams or fraud' }).check();
  expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await page.waitForURL(HERE);
  expect(errors).toEqual([]);
});

test('under Trusted Types every screen of the widget shows, with no violation', async ({ page, baseURL }) => {
  const errors = await openTrustedTypesHost(page, baseURL);
  // visitAllScreens waits for each screen's controls: a screen that did not render fails it.
  await visitAllScreens(page, async (screen) => {
    expect(await page.evaluate(() => window.__cspViolations), screen).toEqual([]);
  });
  expect(errors).toEqual([]);
});
