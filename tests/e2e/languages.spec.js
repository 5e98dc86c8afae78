// Every shipped language: the switcher keeps the answers, <html lang/dir>
// follow, no English leaks onto any screen, each script really renders, axe
// passes, and Arabic reads right to left.
const fs = require('node:fs');
const path = require('node:path');
const { test, expect, openApp, expectAccessible, visitAllScreens } = require('./fixtures');

const locales = path.join(__dirname, '..', '..', 'content', 'locales');
const english = JSON.parse(fs.readFileSync(path.join(locales, 'en.json'), 'utf8'));
const codes = fs.readdirSync(locales).map((f) => f.replace(/\.json$/, '')).filter((c) => c !== 'en').sort();

/** English sentences that must not appear once a language is chosen. */
function englishLeaks(code) {
  const texts = JSON.parse(fs.readFileSync(path.join(locales, `${code}.json`), 'utf8'));
  return Object.entries(english)
    .filter(([key, value]) => !key.startsWith('meta.') && !key.startsWith('exit.') && value.length >= 16 && texts[key] !== value)
    .map(([, value]) => value.split('{')[0].trim())
    .filter((value) => value.length >= 16);
}

/** Visible text of the app, leaving out what is marked as English on purpose (names, citations). */
async function appText(page) {
  return page.evaluate(() => {
    const clone = document.body.cloneNode(true);
    clone.querySelectorAll('[lang="en"], noscript, [hidden], script').forEach((e) => e.remove());
    return clone.innerText;
  });
}


for (const code of codes) {
  test(`${code}: every screen is translated, renders and passes axe`, async ({ page }) => {
    await openApp(page);
    await page.getByLabel('Language').selectOption(code);
    const texts = JSON.parse(fs.readFileSync(path.join(locales, `${code}.json`), 'utf8'));
    await expect(page.locator('html')).toHaveAttribute('lang', code);
    await expect(page.locator('html')).toHaveAttribute('dir', texts['meta.dir']);
    // The static quick exit follows the language too.
    await expect(page.locator('.cs-exit')).toContainText(texts['exit.button']);

    // Each script renders with a real font, not empty boxes.
    const rendered = await page.evaluate((sample) => {
      const ctx = document.createElement('canvas').getContext('2d');
      ctx.font = '20px system-ui, sans-serif';
      const missing = ctx.measureText('\uE000'.repeat([...sample].length)).width;
      return Math.abs(ctx.measureText(sample).width - missing) > 1;
    }, texts['meta.language_name']);
    expect(rendered, `${code} glyphs render`).toBe(true);

    const leaks = englishLeaks(code);
    await visitAllScreens(page, async (screen) => {
      const text = await appText(page);
      const found = leaks.filter((s) => text.includes(s));
      expect(found, `English on the ${screen} screen in ${code}`).toEqual([]);
      if (screen === 'question' && texts['meta.dir'] === 'rtl') {
        // Right to left: progress grows from the right, the Back arrow points right.
        const layout = await page.evaluate(() => {
          const bar = document.querySelector('.cs-bar').getBoundingClientRect();
          const fill = document.querySelector('.cs-bar__fill').getBoundingClientRect();
          const arrow = getComputedStyle(document.querySelector('.cs-arrow-back'), '::before').content;
          return { rightAligned: Math.abs(bar.right - fill.right) < 1, arrow };
        });
        expect(layout).toEqual({ rightAligned: true, arrow: '"→"' });
      }
      await expectAccessible(page, `${screen} (${code})`);
    });
  });
}

test('switching language keeps the answers and stores nothing new', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Start the check' }).click();
  await page.getByRole('radio', { name: 'Carrying or selling drugs' }).check();
  const before = await page.evaluate(() => sessionStorage.getItem('clear-signs.v1'));
  await page.getByLabel('Language').selectOption(codes[0]);
  await expect(page.locator('input[value=drugs]')).toBeChecked();
  expect(await page.evaluate(() => sessionStorage.getItem('clear-signs.v1'))).toBe(before);
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
});

test.describe('with a browser that prefers another language', () => {
  test.use({ locale: 'sw-KE' });
  test('the first choice comes from the browser, before and after the WASM loads', async ({ page }) => {
    await page.route('**/*.wasm', (route) => route.abort());
    await page.goto('./');
    await expect(page.locator('.cs-exit')).toContainText(JSON.parse(fs.readFileSync(path.join(locales, 'sw.json'), 'utf8'))['exit.button']);
    await page.unroute('**/*.wasm');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-cs-ready', '');
    await expect(page.locator('html')).toHaveAttribute('lang', 'sw');
    await expect(page.getByLabel('Lugha')).toHaveValue('sw');
  });
});
