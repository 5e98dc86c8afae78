// The widget as a webmaster meets it (issue 17): loading text while the
// .wasm arrives, their own fallback for visitors without JavaScript or when
// the check cannot start, and a debug notice for settings mistakes.
const { test, expect } = require('./fixtures');

function host({ config, debug = false, children = '' }) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An NGO</title></head><body>
    <script type="application/json" id="cs-config">${JSON.stringify(config)}</script>
    <clear-signs config="cs-config"${debug ? ' debug' : ''}>${children}</clear-signs>
    <script src="./embed.js" defer></script></body></html>`;
}
const FALLBACK = '<p>Call Harbour NGO: <a href="tel:+12025550100">+1 202 555 0100</a></p>';

test('while the check loads, the widget shows the start title and a loading line, in the language', async ({ page, baseURL }) => {
  await page.route(`${baseURL}host-slow.html`, (r) => r.fulfill({ contentType: 'text/html', body: host({ config: {} }) }));
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(`${baseURL}clear-signs_bg.wasm`, async (route) => { await held; await route.continue(); });
  await page.goto('./host-slow.html');
  await expect(page.getByText('Loading the check…')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'A private check for warning signs' })).toBeVisible();
  release();
  await expect(page.getByRole('button', { name: 'Start the check' })).toBeVisible();
  await expect(page.getByText('Loading the check…')).toHaveCount(0);
});

test('the embedder\'s own fallback shows when the check cannot start, and never alongside it', async ({ page, baseURL }) => {
  await page.route(`${baseURL}host-fallback.html`, (r) => r.fulfill({ contentType: 'text/html', body: host({ config: {}, children: FALLBACK }) }));
  await page.goto('./host-fallback.html');
  await expect(page.getByRole('button', { name: 'Start the check' })).toBeVisible();
  await expect(page.getByText('Call Harbour NGO:')).toBeHidden();

  await page.route(`${baseURL}clear-signs_bg.wasm`, (route) => route.abort());
  await page.goto('./host-fallback.html');
  await expect(page.getByRole('link', { name: '+1 202 555 0100' })).toBeVisible();
});

test('without JavaScript the embedder\'s fallback is what visitors see', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.route(`${baseURL}host-nojs.html`, (r) => r.fulfill({ contentType: 'text/html', body: host({ config: {}, children: FALLBACK }) }));
  await page.goto(`${baseURL}host-nojs.html`);
  await expect(page.getByRole('link', { name: '+1 202 555 0100' })).toBeVisible();
  await context.close();
});

test('with the debug attribute, settings mistakes show in a notice the embedder can dismiss; never without it', async ({ page, baseURL }) => {
  const config = { languages: ['vn'], exit: { url: 'www.accuweather.com' } };
  await page.route(`${baseURL}host-debug.html`, (r) => r.fulfill({ contentType: 'text/html', body: host({ config, debug: true }) }));
  await page.route(`${baseURL}host-live.html`, (r) => r.fulfill({ contentType: 'text/html', body: host({ config }) }));
  await page.goto('./host-debug.html');
  const notice = page.getByRole('status').filter({ hasText: 'Clear Signs settings' });
  await expect(notice).toContainText('languages');
  await expect(notice).toContainText('exit.url');
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);

  await page.goto('./host-live.html');
  await expect(page.getByRole('button', { name: 'Start the check' })).toBeVisible();
  await expect(page.getByText('Clear Signs settings')).toHaveCount(0);
});
