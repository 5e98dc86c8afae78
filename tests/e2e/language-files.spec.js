// The languages other than English are files beside the app (lang/<code>.txt,
// issue 16). Every visitor fetches the same files in the same order, whatever
// they choose: only the browser's own language (which it already tells every
// site) may come first. Missing or stale files leave a working check in
// English, with a calm note for the person and a console line for the host.
const fs = require('node:fs');
const path = require('node:path');
const { test, expect, openApp, chooseLanguage, NEUTRAL } = require('./fixtures');

const locales = path.join(__dirname, '..', '..', 'content', 'locales');
const text = (code, key) => JSON.parse(fs.readFileSync(path.join(locales, `${code}.json`), 'utf8'))[key];
// The fixed order: src/domain/content.rs LANGUAGES, English (built in) left out.
const ORDER = ['zh', 'vi', 'id', 'fil', 'th', 'hi', 'ar', 'fr', 'es', 'pt-BR', 'sw', 'zh-Hant', 'my', 'km', 'lo', 'ms', 'bn', 'ne', 'si', 'ur', 'am', 'sq', 'ro'];
const UNAVAILABLE = 'Sorry, that language could not be loaded. Your answers are still here.';

/** The language files requested, in the order they were asked for. */
const langFiles = (requests) => requests.filter((u) => u.includes('/lang/')).map((u) => u.split('/lang/')[1]);

test('every visitor fetches the same language files in the same order, and choosing makes no request', async ({ page, network, context }) => {
  await openApp(page);
  const first = [...network.requests];
  expect(langFiles(first)).toEqual(ORDER.map((c) => `${c}.txt`));
  // A language, a place and the officials' card: nothing more is fetched.
  await chooseLanguage(page, 'th');
  await expect(page.getByRole('heading', { level: 1, name: text('th', 'ui.start.title') })).toBeVisible();
  await chooseLanguage(page, 'ar');
  await page.getByRole('navigation').getByRole('button', { name: text('ar', 'ui.nav.help') }).click();
  expect(network.requests).toEqual(first);

  // Another visitor who chooses nothing asks for exactly the same files.
  const other = await context.newPage();
  const before = network.requests.length;
  await openApp(other);
  expect(network.requests.slice(before)).toEqual(first);
});

test('a site that offers some languages fetches only their files; the card for officials needs none', async ({ page, network }) => {
  await page.route('**/settings.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: '{"languages": ["vi", "en"]}' }));
  await openApp(page);
  await expect(page.locator('html')).toHaveAttribute('data-cs-languages', '');
  expect(langFiles(network.requests)).toEqual(['vi.txt']);
  const before = network.requests.length;
  // Cambodia's officials read Khmer: the card's sentences are in the app.
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Your rights' }).click();
  await page.getByLabel('Where are you now?').selectOption({ label: 'Cambodia' });
  await page.getByRole('button', { name: 'Show a card to officials' }).click();
  await expect(page.locator('.cs-card-text[lang="km"]')).toContainText(text('km', 'ui.card.victim'));
  expect(network.requests.slice(before)).toEqual([]);
});

test('a language kept from an earlier visit waits for its turn: the files and their order do not change', async ({ page, network }) => {
  await openApp(page);
  const plain = langFiles(network.requests);
  await chooseLanguage(page, 'vi');
  await page.getByRole('navigation').getByRole('button', { name: text('vi', 'ui.nav.safety') }).click();
  await page.getByRole('checkbox', { name: text('vi', 'ui.keep.label') }).check();
  const before = network.requests.length;
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-cs-languages', '');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByRole('heading', { level: 1, name: text('vi', 'ui.staying_safe.title') })).toBeVisible();
  expect(langFiles(network.requests.slice(before))).toEqual(plain);
});

test.describe('with a browser that prefers Thai', () => {
  test.use({ locale: 'th-TH' });
  test('Thai comes first, then the rest in the same order, and the check opens in Thai', async ({ page, network }) => {
    await page.goto('./');
    await expect(page.locator('html')).toHaveAttribute('data-cs-languages', '');
    await expect(page.locator('html')).toHaveAttribute('lang', 'th');
    await expect(page.getByRole('button', { name: text('th', 'ui.start.button') })).toBeVisible();
    expect(langFiles(network.requests)).toEqual(['th.txt', ...ORDER.filter((c) => c !== 'th').map((c) => `${c}.txt`)]);
  });

  test('without the lang folder it opens in English, says so calmly, and the exit works', async ({ page }) => {
    const warnings = [];
    page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
    await page.route('**/lang/**', (route) => route.fulfill({ status: 404, contentType: 'text/html', body: '<h1>Not found</h1>' }));
    await page.goto('./');
    await expect(page.locator('html')).toHaveAttribute('data-cs-ready', '');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('status').filter({ hasText: UNAVAILABLE })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Start the check' })).toBeVisible();
    expect(warnings.some((w) => w.includes('lang/th.txt') && w.includes('HTTP 404') && w.includes('English'))).toBe(true);
    await page.getByRole('button', { name: 'Start the check' }).click();
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.waitForURL(NEUTRAL);
  });

  test('a stalled language file: after 10 s the check shows in English, says so calmly, and the other languages still come', async ({ page }) => {
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route('**/lang/th.txt', async (route) => { await held; await route.abort(); });
    await page.goto('./');
    // Meanwhile the page's own start text (in Thai) and the quick exit are there.
    await expect(page.getByRole('heading', { level: 1, name: text('th', 'ui.start.title') })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-cs-ready', '', { timeout: 20_000 });
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('status').filter({ hasText: UNAVAILABLE })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Start the check' })).toBeVisible();
    // After 15 s the stalled file counts as failed, and the other languages follow.
    await expect(page.locator('html')).toHaveAttribute('data-cs-languages', '', { timeout: 20_000 });
    await chooseLanguage(page, 'vi');
    release();
  });
});

test('a missing language file leaves the page as it was, with a calm note', async ({ page }) => {
  await page.route('**/lang/fr.txt', (route) => route.fulfill({ status: 404, body: '' }));
  await openApp(page);
  await page.getByRole('button', { name: 'Start the check' }).click();
  await page.getByRole('checkbox', { name: 'Something else' }).check();
  await page.locator('#cs-language').selectOption('fr');
  await page.locator('.cs-language__change').click();
  await expect(page.getByRole('status').filter({ hasText: UNAVAILABLE })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('checkbox', { name: 'Something else' })).toBeChecked();
  // The other languages still work.
  await chooseLanguage(page, 'es');
  await expect(page.getByRole('checkbox', { name: text('es', 'activity.other') })).toBeChecked();
});

test('a language file from another release is refused, not read against the wrong texts', async ({ page }) => {
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await page.route('**/lang/vi.txt', async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(/^[0-9a-f]{8}/, '0badc0de');
    await route.fulfill({ response, body });
  });
  await openApp(page);
  await page.locator('#cs-language').selectOption('vi');
  await page.locator('.cs-language__change').click();
  await expect(page.getByRole('status').filter({ hasText: UNAVAILABLE })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(warnings.some((w) => w.includes('lang/vi.txt') && w.includes('this release'))).toBe(true);
});

test('a widget on a page in another folder reads the language files and the time-zone worker from the app\'s own folder', async ({ page, baseURL, network }) => {
  const config = { languages: ['vi'] };
  await page.route(`${baseURL}ngo/pages/help.html`, (r) => r.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An NGO</title></head><body>
      <script type="application/json" id="cs-config">${JSON.stringify(config)}</script>
      <clear-signs config="cs-config"></clear-signs>
      <script src="../../embed.js" defer></script></body></html>`,
  }));
  await page.goto('./ngo/pages/help.html');
  const widget = page.locator('.cs-widget'); // inside the open shadow root
  await expect(page.locator('html')).toHaveAttribute('data-cs-languages', '');
  await expect(widget).toHaveAttribute('lang', 'vi');
  await expect(page.getByRole('button', { name: text('vi', 'ui.start.button') })).toBeVisible();
  const files = network.requests.filter((u) => u.includes('/lang/'));
  expect(files[0]).toBe(`${baseURL}lang/vi.txt`);
  expect(files.every((u) => u.startsWith(`${baseURL}lang/`))).toBe(true);
  expect(network.requests.filter((u) => u.includes('time-zone.js'))).toEqual([`${baseURL}time-zone.js`]);
});
