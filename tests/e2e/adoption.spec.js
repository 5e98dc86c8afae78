// An NGO adopting the check: the language order it gives is kept (widget and
// standalone page), and a host page with the security policy from
// docs/hosting.md runs the widget with no violation.
const { test, expect } = require('./fixtures');

const SETTINGS = { organisation: { name: 'Harbour NGO' }, languages: ['vi', 'en'] };

function hostPage(config) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An NGO</title></head><body>
    <h1>Our check</h1>
    <script type="application/json" id="cs-config">${JSON.stringify(config).replace(/</g, '\\u003c')}</script>
    <clear-signs config="cs-config"></clear-signs>
    <script src="./embed.js" defer></script>
  </body></html>`;
}

// The policy docs/hosting.md gives as "a typical site policy with these added".
const GUIDE_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'self'; form-action 'self'";

async function languageNames(page) {
  return page.getByRole('combobox', { name: 'Language' }).locator('option').allTextContents();
}

test('the widget offers the languages in the embedder\'s order', async ({ page, baseURL }) => {
  await page.route(`${baseURL}host-order.html`, (route) =>
    route.fulfill({ contentType: 'text/html', body: hostPage(SETTINGS) }));
  await page.goto('./host-order.html');
  await expect(page.locator('html')).toHaveAttribute('data-cs-ready', '', { timeout: 15000 });
  expect(await languageNames(page)).toEqual(['Tiếng Việt', 'English']);
});

test('the standalone page offers the languages in the embedder\'s order', async ({ page, baseURL }) => {
  await page.route(`${baseURL}index.html`, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(
      /(<script type="application\/json" id="clear-signs-config">)[\s\S]*?(<\/script>)/,
      `$1${JSON.stringify({ languages: ['sw', 'ar', 'vi', 'en'] })}$2`);
    await route.fulfill({ response, body: html });
  });
  await page.goto('./index.html');
  await expect(page.locator('html')).toHaveAttribute('data-cs-ready', '', { timeout: 15000 });
  expect(await languageNames(page)).toEqual(['Kiswahili', 'العربية', 'Tiếng Việt', 'English']);
});

test('a host page with the guide\'s security policy runs the widget with no violation', async ({ page, baseURL, network }) => {
  await page.route(`${baseURL}host-csp.html`, (route) => route.fulfill({
    contentType: 'text/html', headers: { 'Content-Security-Policy': GUIDE_CSP }, body: hostPage(SETTINGS) }));
  await page.goto('./host-csp.html');
  await expect(page.locator('html')).toHaveAttribute('data-cs-ready', '', { timeout: 15000 });
  await expect(page.getByText('Shared with you by Harbour NGO.')).toBeVisible();
  await page.getByRole('button', { name: 'Start the check' }).click();
  await expect(page.getByText(/^Question 1 of/)).toBeVisible();
  expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
  expect(network.foreign()).toEqual([]);
});

test('without \'wasm-unsafe-eval\' the widget falls back to the help lines, as the guide says', async ({ page, baseURL }) => {
  await page.route(`${baseURL}host-no-wasm.html`, (route) => route.fulfill({
    contentType: 'text/html',
    headers: { 'Content-Security-Policy': GUIDE_CSP.replace(" 'wasm-unsafe-eval'", '') },
    body: hostPage(SETTINGS) }));
  await page.goto('./host-no-wasm.html');
  await expect(page.locator('clear-signs')).toHaveAttribute('data-failed', '', { timeout: 15000 });
  await expect(page.getByRole('link', { name: '1-888-373-7888' })).toBeVisible();
});
