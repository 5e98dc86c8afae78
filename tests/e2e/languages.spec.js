// Every shipped language: the switcher keeps the answers, <html lang/dir>
// follow, no English leaks onto any screen, each script really renders, axe
// passes, and Arabic reads right to left.
const fs = require('node:fs');
const path = require('node:path');
const { test, expect, openApp, expectAccessible, visitAllScreens, chooseLanguage } = require('./fixtures');

const locales = path.join(__dirname, '..', '..', 'content', 'locales');
const english = JSON.parse(fs.readFileSync(path.join(locales, 'en.json'), 'utf8'));
const codes = fs.readdirSync(locales).map((f) => f.replace(/\.json$/, '')).filter((c) => c !== 'en').sort();

/** English sentences that must not appear once a language is chosen. */
function englishLeaks(code) {
  const texts = JSON.parse(fs.readFileSync(path.join(locales, `${code}.json`), 'utf8'));
  return Object.entries(english)
    // (`term.*.word` lists the forms a hard word takes in the texts, never shown itself.)
    .filter(([key, value]) => !key.startsWith('meta.') && !key.startsWith('exit.') && !/^term\..*\.word$/.test(key)
      && value.length >= 16 && texts[key] !== value)
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
    await chooseLanguage(page, code);
    const texts = JSON.parse(fs.readFileSync(path.join(locales, `${code}.json`), 'utf8'));
    await expect(page.locator('html')).toHaveAttribute('lang', code);
    await expect(page.locator('html')).toHaveAttribute('dir', texts['meta.dir']);
    // The static quick exit follows the language too.
    await expect(page.locator('.cs-exit')).toContainText(texts['exit.button']);

    // Each script renders with a real font, not empty boxes.
    // Compared pixel by pixel with the same number of missing-glyph boxes
    // (a width alone can match by chance: Ethiopic, Lao and Sinhala did).
    const rendered = await page.evaluate((sample) => {
      const canvas = document.createElement('canvas');
      canvas.width = 640;
      canvas.height = 80;
      const ctx = canvas.getContext('2d');
      ctx.font = '32px system-ui, sans-serif';
      ctx.textBaseline = 'top';
      const draw = (text) => {
        ctx.clearRect(0, 0, canvas.width, canvas.height);
        ctx.fillText(text, 4, 8);
        return ctx.getImageData(0, 0, canvas.width, canvas.height).data.join(',');
      };
      const boxes = draw('\uE000'.repeat([...sample].length));
      const text = draw(sample);
      return text !== boxes && /[1-9]/.test(text);
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

test('switching language keeps the answers and stores nothing', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Start the check' }).click();
  await page.getByRole('checkbox', { name: 'Carrying or selling drugs' }).check();
  await chooseLanguage(page, codes[0]);
  await expect(page.locator('input[value=drugs]')).toBeChecked();
  expect(await page.evaluate(() => [Object.keys(sessionStorage), Object.keys(localStorage)])).toEqual([[], []]);
});

test('the language changes only on an explicit choice, by keyboard, and focus stays on the control', async ({ page }) => {
  const ar = JSON.parse(fs.readFileSync(path.join(locales, 'ar.json'), 'utf8'));
  await openApp(page);
  const list = page.getByLabel('Language');
  await list.focus();
  // Arrow keys alone move through the list without changing the page (WCAG 3.2.2).
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(list).not.toHaveValue('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A private check for warning signs');
  await expect(list).toBeFocused();
  for (let i = 0; i < 15 && (await list.inputValue()) !== 'ar'; i++) await page.keyboard.press('ArrowDown');
  await expect(list).toHaveValue('ar');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // The button speaks the language it leads to; Enter applies the choice.
  await page.keyboard.press('Tab');
  const change = page.getByRole('button', { name: ar['ui.language.change'] });
  await expect(change).toBeFocused();
  await expect(change).toHaveAttribute('lang', 'ar');
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ar['ui.start.title']);
  // Focus stays on the control: not lost to <body>, not thrown to the top.
  await expect(change).toBeFocused();
  expect(await page.evaluate(() => document.activeElement !== document.body)).toBe(true);
  // Screen readers hear the change, in the new language; sighted readers see the draft note.
  const announced = page.getByRole('status').filter({ hasText: ar['ui.language.changed'] });
  await expect(announced).toBeVisible();
  expect(await announced.evaluate((el) => el.closest('[lang]').getAttribute('lang'))).toBe('ar');
  await expect(page.getByText(ar['ui.language.draft'])).toBeVisible();

  // Back to English with Space, the way a button works.
  const listAr = page.getByLabel(ar['ui.language.label']);
  await listAr.focus();
  for (let i = 0; i < 15 && (await listAr.inputValue()) !== 'en'; i++) await page.keyboard.press('ArrowUp');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const back = page.getByRole('button', { name: 'Change language' });
  await expect(back).toBeFocused();
  const announcedEn = page.getByRole('status').filter({ hasText: 'The page is now in English.' });
  await expect(announcedEn).toBeVisible();
  expect(await announcedEn.evaluate((el) => el.closest('[lang]').getAttribute('lang'))).toBe('en');
  await expect(page.getByText(ar['ui.language.draft'])).toHaveCount(0);
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
