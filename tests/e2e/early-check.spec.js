// Issue 28: "Start" and the first question work before the .wasm arrives,
// and the app takes over with the answer kept. The .wasm is held back here
// until the person has acted on the page's own screens, then let through.
const { test, expect, expectAccessible, keepAnswers, openApp } = require('./fixtures');

/** Hold the .wasm until `release()` is called. */
async function holdWasm(page, baseURL) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(`${baseURL}clear-signs_bg.wasm`, async (route) => { await held; await route.continue(); });
  return release;
}

const heading = (page, name) => page.getByRole('heading', { level: 1, name });
const FIRST = 'What is this about? Choose all that fit.';
const ready = (page) => expect(page.locator('html')).toHaveAttribute('data-cs-ready', '');

test('the first question can be answered before the app arrives, and the app keeps the answer and the focus', async ({ page, baseURL, network }) => {
  const release = await holdWasm(page, baseURL);
  await page.goto('./');
  await page.getByRole('button', { name: 'Start the check' }).click();
  await expect(heading(page, FIRST)).toBeFocused();
  await expect(page.getByText('Question 1 of 20')).toBeVisible();
  await expect(page.locator('html')).not.toHaveAttribute('data-cs-ready', '');
  await expectAccessible(page, 'the first question before the app');
  // Next with nothing ticked asks for an answer, as the app does.
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('alert')).toHaveText('Choose one answer, or “I\'d rather not say”.');
  await page.getByRole('checkbox', { name: 'Online scams or fraud' }).check();
  await expect(page.getByRole('alert')).toBeHidden();
  // "Rather not say" stands alone, as in the app.
  await page.getByRole('checkbox', { name: "I'd rather not say" }).check();
  await expect(page.getByRole('checkbox', { name: 'Online scams or fraud' })).not.toBeChecked();
  await page.getByRole('checkbox', { name: 'Carrying or selling drugs' }).check();
  await expect(page.getByRole('checkbox', { name: "I'd rather not say" })).not.toBeChecked();
  await page.getByRole('checkbox', { name: 'Online scams or fraud' }).check();
  release();
  await ready(page);
  // The app's own screen now, with both ticks and the focus where it was.
  await expect(page.locator('[data-cs-early-question]')).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: 'Online scams or fraud' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Carrying or selling drugs' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Online scams or fraud' })).toBeFocused();
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('Question 2 of')).toBeVisible();
  // Nothing was stored and nothing else was fetched on the way.
  expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
  expect(network.foreign()).toEqual([]);
});

test('"Next" pressed before the app arrives goes on to the second question when it does', async ({ page, baseURL }) => {
  const release = await holdWasm(page, baseURL);
  await page.goto('./');
  await page.getByRole('button', { name: 'Start the check' }).click();
  await page.getByRole('checkbox', { name: 'Stealing or begging' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Loading the check' })).toBeVisible();
  release();
  await ready(page);
  await expect(page.getByText('Question 2 of')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(heading(page, FIRST)).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Stealing or begging' })).toBeChecked();
});

test('Back on the page\'s own question returns to its start screen, and the app starts there', async ({ page, baseURL }) => {
  const release = await holdWasm(page, baseURL);
  await page.goto('./');
  await page.getByRole('button', { name: 'Start the check' }).click();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(heading(page, 'A private check for warning signs')).toBeFocused();
  release();
  await ready(page);
  await expect(heading(page, 'A private check for warning signs')).toBeVisible();
  await page.getByRole('button', { name: 'Start the check' }).click();
  await expect(heading(page, FIRST)).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Online scams or fraud' })).not.toBeChecked();
});

test('the page\'s own first question is in the browser\'s language', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ locale: 'es-ES' });
  const page = await context.newPage();
  await holdWasm(page, baseURL);
  await page.goto(baseURL);
  await page.getByRole('button', { name: 'Empezar el cuestionario' }).click();
  await expect(page.getByText('Pregunta 1 de 20')).toBeVisible();
  await expect(page.getByRole('checkbox')).toHaveCount(9);
  await context.close();
});

test('the quick exit leaves from the page\'s own question', async ({ page, baseURL }) => {
  await holdWasm(page, baseURL);
  await page.goto('./');
  await page.getByRole('button', { name: 'Start the check' }).click();
  await page.getByRole('checkbox', { name: 'Online scams or fraud' }).check();
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.waitForURL((url) => url.href.startsWith('https://'));
  await page.goBack().catch(() => {});
  expect(page.url()).not.toContain('127.0.0.1');
});

test('with answers kept from an earlier visit, the page offers no "Start" of its own', async ({ page, baseURL }) => {
  await openApp(page);
  await keepAnswers(page);
  await page.getByRole('button', { name: /Start the check/ }).first().click();
  await page.getByRole('checkbox', { name: 'Online scams or fraud' }).check();
  await holdWasm(page, baseURL);
  await page.reload();
  await expect(heading(page, 'A private check for warning signs')).toBeVisible();
  await expect(page.locator('[data-cs-early-actions]')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Start the check' })).toHaveCount(0);
});

test('the page\'s own screens choose their language as the app does: the site\'s default_language when the browser\'s is not offered', async ({ browser, baseURL }) => {
  const site = new URL(baseURL);
  site.port = String(Number(site.port) + 2); // the NGO's copy, with settings.json (serve-ngo-site.js)
  const context = await browser.newContext({ locale: 'de-DE' });
  const page = await context.newPage();
  const release = await holdWasm(page, site.href);
  await page.goto(site.href);
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(heading(page, 'Tự kiểm tra riêng tư về các dấu hiệu cảnh báo')).toBeVisible();
  release();
  await ready(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await context.close();
});

test('a site whose settings.json leaves the check out takes the page\'s own "Start" back when the file arrives', async ({ page, baseURL }) => {
  await page.route(`${baseURL}settings.json`, (route) =>
    route.fulfill({ contentType: 'application/json', body: '{"journeys": ["worried"]}' }));
  const release = await holdWasm(page, baseURL);
  await page.goto('./');
  await expect(heading(page, 'A private check for warning signs')).toBeVisible();
  await expect(page.locator('[data-cs-early-actions]')).toBeHidden();
  await expect(page.getByText('Loading the check…')).toBeVisible();
  release();
  await ready(page);
  await expect(page.getByRole('button', { name: 'Start the check' })).toHaveCount(0);
});

test('a slow app never interrupts a person answering the page\'s own question; a stalled one still ends in the fallback', async ({ page, baseURL }) => {
  await page.clock.install();
  await holdWasm(page, baseURL);
  await page.goto('./');
  await page.getByRole('button', { name: 'Start the check' }).click();
  await page.getByRole('checkbox', { name: 'Online scams or fraud' }).check();
  await page.clock.fastForward(40_000);
  await expect(heading(page, FIRST)).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Online scams or fraud' })).toBeChecked();
  // Waiting after "Next", the calm fallback with help lines comes as before.
  await page.getByRole('button', { name: 'Next' }).click();
  await page.clock.fastForward(16_000);
  await expect(page.getByRole('heading', { level: 1, name: 'Sorry, this check stopped working' })).toBeVisible();
});

// The <clear-signs> widget on an NGO's page shows the same screens (embed.js
// builds them from index.html), with the same hand-over to the app.
function widgetHost(config = {}) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An NGO</title></head><body>
    <h1>Harbour NGO</h1>
    <script type="application/json" id="cs-config">${JSON.stringify(config)}</script>
    <clear-signs config="cs-config"></clear-signs>
    <script src="./embed.js" defer></script></body></html>`;
}
async function openWidget(page, baseURL, config) {
  const address = `${baseURL}early-widget-${Math.random().toString(36).slice(2)}.html`;
  await page.route(address, (r) => r.fulfill({ contentType: 'text/html', body: widgetHost(config) }));
  await page.goto(address);
}

test('in the widget too, the first question can be answered before the app arrives, and the app keeps the answer and the focus', async ({ page, baseURL, network }) => {
  const release = await holdWasm(page, baseURL);
  await openWidget(page, baseURL);
  await page.getByRole('button', { name: 'Start the check' }).click();
  await expect(heading(page, FIRST)).toBeFocused();
  await expect(page.getByText('Question 1 of 20')).toBeVisible();
  await expect(page.locator('html')).not.toHaveAttribute('data-cs-ready', '');
  await expectAccessible(page, 'the widget\'s first question before the app');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('alert')).toHaveText('Choose one answer, or “I\'d rather not say”.');
  await page.getByRole('checkbox', { name: 'Carrying or selling drugs' }).check();
  await page.getByRole('checkbox', { name: 'Online scams or fraud' }).check();
  await expect(page.getByRole('alert')).toBeHidden();
  release();
  await ready(page);
  await expect(page.locator('clear-signs [data-cs-early-question]')).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: 'Online scams or fraud' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Carrying or selling drugs' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Online scams or fraud' })).toBeFocused();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('Question 2 of')).toBeVisible();
  expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
  expect(network.foreign()).toEqual([]);
});

test('in the widget, "Next" before the app arrives goes on to the second question, in the person\'s language', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ locale: 'es-ES' });
  const page = await context.newPage();
  const release = await holdWasm(page, baseURL);
  await openWidget(page, baseURL);
  await page.getByRole('button', { name: 'Empezar el cuestionario' }).click();
  await expect(page.getByText('Pregunta 1 de 20')).toBeVisible();
  await page.getByRole('checkbox').first().check();
  await page.getByRole('button', { name: 'Siguiente' }).click();
  // The wait line in the widget's language, not the host page's.
  await expect(page.getByRole('status').filter({ hasText: 'Cargando el cuestionario…' })).toBeVisible();
  release();
  await ready(page);
  await expect(page.getByText('Pregunta 2 de')).toBeVisible();
  await expect(page.locator('clear-signs').getByRole('heading', { level: 1 })).toBeFocused();
  await context.close();
});

test('the quick exit leaves from the widget\'s own question', async ({ page, baseURL }) => {
  await holdWasm(page, baseURL);
  await openWidget(page, baseURL);
  await page.getByRole('button', { name: 'Start the check' }).click();
  await page.getByRole('checkbox', { name: 'Online scams or fraud' }).check();
  await page.getByRole('link', { name: /Exit this page/ }).first().click();
  await page.waitForURL((url) => url.href.startsWith('https://'));
  await page.goBack().catch(() => {});
  expect(page.url()).not.toContain('127.0.0.1');
});

test('a widget whose settings leave the check out offers no "Start" before the app', async ({ page, baseURL }) => {
  const release = await holdWasm(page, baseURL);
  await openWidget(page, baseURL, { journeys: ['worried'] });
  await expect(heading(page, 'A private check for warning signs')).toBeVisible();
  await expect(page.getByText('Loading the check…')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start the check' })).toHaveCount(0);
  release();
  await ready(page);
  await expect(page.getByRole('button', { name: 'Start the check' })).toHaveCount(0);
});

test('the widget\'s own screens are in the language the app will start in: the site\'s default_language when the browser\'s is not offered', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ locale: 'de-DE' });
  const page = await context.newPage();
  const release = await holdWasm(page, baseURL);
  await openWidget(page, baseURL, { languages: ['vi', 'en'], default_language: 'vi' });
  await expect(heading(page, 'Tự kiểm tra riêng tư về các dấu hiệu cảnh báo')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en'); // the host page's own
  release();
  await ready(page);
  await expect(heading(page, 'Tự kiểm tra riêng tư về các dấu hiệu cảnh báo')).toBeVisible();
  await expect(page.locator('clear-signs .cs-widget')).toHaveAttribute('lang', 'vi');
  await context.close();
});
