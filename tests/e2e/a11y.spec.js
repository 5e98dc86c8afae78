// Accessibility beyond axe: keyboard only, 320 px without sideways scrolling,
// and read-aloud that only ever uses voices on the device.
const { test, expect, openApp, answerAll, chooseLanguage } = require('./fixtures');

/** Press Tab until the focused element matches, failing if focus is ever invisible. */
async function tabTo(page, matches, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement;
      const style = getComputedStyle(el);
      return {
        text: (el.getAttribute('aria-label') || el.innerText || el.value || '').trim(),
        role: el.getAttribute('type') || el.tagName.toLowerCase(),
        label: el.labels && el.labels[0] ? el.labels[0].innerText.trim() : '',
        visible: style.outlineStyle !== 'none' || style.boxShadow !== 'none',
      };
    });
    expect(info.visible, `focus is visible on ${info.role} ${info.text || info.label}`).toBe(true);
    if (matches(info)) return info;
  }
  throw new Error('could not reach the control with Tab');
}

/** Tab into the question's answers and choose by keyboard: Space ticks the
 * first box on the first question (choose all that fit); elsewhere the arrow
 * keys choose within the radio group (the first answer). */
async function chooseByKeyboard(page) {
  const into = await tabTo(page, (f) => f.role === 'radio' || f.role === 'checkbox');
  if (into.role === 'checkbox') {
    await page.keyboard.press('Space');
  } else {
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
  }
}

test('the whole check works with the keyboard alone', async ({ page }) => {
  await openApp(page);
  await tabTo(page, (f) => f.text === 'Start the check');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  for (let step = 0; step < 25; step++) {
    const h1 = await page.getByRole('heading', { level: 1 }).innerText();
    if (h1 === 'What your answers show') break;
    // Into the group: tick the first checkbox with Space (the first
    // question), or choose a radio button with the arrow keys; then on to Next.
    await chooseByKeyboard(page);
    await tabTo(page, (f) => f.text === 'Next' || f.text === 'See what my answers mean');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(h1);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  }
  await expect(page.getByRole('heading', { level: 1, name: 'What your answers show' })).toBeFocused();
  await tabTo(page, (f) => f.text === 'Read your rights');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Your rights' })).toBeFocused();
});

test.describe('at 320 px wide (and so at 400 % zoom of 1280 px)', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('no screen scrolls sideways', async ({ page }) => {
    const noSideScroll = async (screen) => {
      const sizes = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, view: window.innerWidth }));
      expect(sizes.scroll, `sideways scroll on ${screen}`).toBeLessThanOrEqual(sizes.view);
    };
    await openApp(page);
    await noSideScroll('start');
    await page.getByRole('button', { name: 'Start the check' }).click();
    await noSideScroll('question');
    await answerAll(page, (q) => (q.startsWith('What is this about') ? 'Selling sex, or being arrested for it' : 'Yes'));
    await page.getByText('Why am I seeing this?').click();
    await noSideScroll('result');
    const nav = page.getByRole('navigation', { name: 'Sections' });
    for (const screen of ['Your rights', 'Who can help', 'Staying safe']) {
      await nav.getByRole('button', { name: screen }).click();
      for (const d of await page.locator('details').all()) await d.evaluate((e) => { e.open = true; });
      await noSideScroll(screen);
    }
  });
});

test('at 200 % zoom nothing scrolls sideways on a 640 px window', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 800 });
  await openApp(page);
  await page.evaluate(() => { document.documentElement.style.zoom = '2'; });
  await page.getByRole('button', { name: 'Start the check' }).click();
  const sizes = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, view: window.innerWidth }));
  expect(sizes.scroll).toBeLessThanOrEqual(sizes.view);
});

/** Replace the browser's speech synthesis with a recorder offering `voices`. */
async function stubVoices(page, voices) {
  await page.addInitScript((list) => {
    const make = (v) => Object.create(SpeechSynthesisVoice.prototype, {
      name: { value: v.name }, lang: { value: v.lang }, localService: { value: v.local },
      voiceURI: { value: v.name }, default: { value: false },
    });
    const fakes = list.map(make);
    window.__spoken = [];
    window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; } };
    const synth = {
      speaking: false, pending: false, paused: false,
      getVoices: () => fakes,
      speak(u) { window.__spoken.push({ text: u.text, voice: u.voice && u.voice.name, local: u.voice && u.voice.localService }); },
      cancel() {}, pause() {}, resume() {},
      addEventListener() {}, removeEventListener() {},
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  }, voices);
}

test('"Listen" reads the question with a local voice only', async ({ page }) => {
  await stubVoices(page, [
    { name: 'Cloud English', lang: 'en-US', local: false },
    { name: 'Device English', lang: 'en-GB', local: true },
  ]);
  await openApp(page);
  await page.getByRole('button', { name: 'Start the check' }).click();
  await page.getByRole('button', { name: 'Listen' }).click();
  const spoken = await page.evaluate(() => window.__spoken);
  expect(spoken).toHaveLength(1);
  expect(spoken[0].voice).toBe('Device English');
  expect(spoken[0].local).toBe(true);
  expect(spoken[0].text).toContain('What is this about?');
  // The progress is read too, and no "?." after the question.
  expect(spoken[0].text).toMatch(/^Question 1 of \d+ What is this about\?/);
  expect(spoken[0].text).not.toContain('?.');
});

test('"Listen" on the result reads the safety box and the under-18 line, in screen order', async ({ page }) => {
  await stubVoices(page, [{ name: 'Device English', lang: 'en-GB', local: true }]);
  await openApp(page);
  await page.getByRole('button', { name: 'Start the check' }).click();
  await answerAll(page, (q) => {
    if (q.startsWith('What is this about')) return 'Selling sex, or being arrested for it';
    if (q.startsWith('Were you under 18') || q.startsWith('Right now')) return 'Yes';
    return 'No';
  });
  await page.getByRole('button', { name: 'Listen' }).click();
  const text = (await page.evaluate(() => window.__spoken))[0].text;
  const order = ['Your safety comes first', 'strong signs', 'You said you were under 18'];
  const at = order.map((t) => text.indexOf(t));
  expect(at.every((i) => i >= 0), text).toBe(true);
  expect([...at].sort((a, b) => a - b)).toEqual(at);
});

test('"Listen" is hidden when only network voices exist', async ({ page }) => {
  await stubVoices(page, [{ name: 'Cloud English', lang: 'en-US', local: false }]);
  await openApp(page);
  await page.getByRole('button', { name: 'Start the check' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^What is this about\?/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Next' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Listen' })).toHaveCount(0);
});

test('reduced motion and forced colours are respected', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce', forcedColors: 'active' });
  await openApp(page);
  const exit = page.getByRole('link', { name: 'Emergency: Exit this page' });
  await expect(exit).toBeVisible();
  expect(await exit.evaluate((e) => getComputedStyle(e).borderStyle)).toBe('solid');
});

test('the question carries its progress and its error to screen readers', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Start the check' }).click();
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toHaveAccessibleDescription(/^Question 1 of \d+$/);
  await page.getByRole('button', { name: 'Next' }).click();
  const group = page.getByRole('group').filter({ has: h1 });
  await expect(group).toHaveAccessibleDescription("Choose one answer, or “I'd rather not say”.");
  // The first question's answers are checkboxes; each is marked invalid.
  await expect(group.getByRole('checkbox').first()).toHaveAttribute('aria-invalid', 'true');
  await expect(group.getByRole('checkbox', { name: "I'd rather not say" })).toHaveAttribute('aria-invalid', 'true');
});

test('headings go in order on the result, rights and help screens', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Start the check' }).click();
  await answerAll(page, (q) => (q.startsWith('What is this about') ? 'Carrying or selling drugs' : 'Yes'));
  await page.getByText('Why am I seeing this?').click();
  const levels = async () => page.locator('#clear-signs-app').evaluate((m) =>
    [...m.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter((h) => h.offsetParent !== null).map((h) => Number(h.tagName[1])));
  const nav = page.getByRole('navigation', { name: 'Sections' });
  for (const screen of ['result', 'Your rights', 'Who can help']) {
    if (screen !== 'result') await nav.getByRole('button', { name: screen }).click();
    const seen = await levels();
    seen.forEach((level, i) => {
      if (i > 0) expect(level - seen[i - 1], `${screen}: h${seen[i - 1]} then h${level}`).toBeLessThanOrEqual(1);
    });
  }
});

test('hard words are explained under the card that uses them, and dates read in the language', async ({ page }) => {
  await openApp(page);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Your rights' }).click();
  // The browser says en-US: the United States' rights include the T visa.
  const card = page.locator('.cs-card').filter({ hasText: 'T visa' }).first();
  await card.getByText('What these words mean').click();
  await expect(card.getByText('T visa: a US permit to stay, for people who were trafficked.')).toBeVisible();
  // "We last read these sources on 25 November 2026", not "2026-11-25"; a
  // source's own date "(June 2023)", not "(2023-06)".
  const month = '(January|February|March|April|May|June|July|August|September|October|November|December)';
  const longDate = `(${month} \\d{1,2}, \\d{4}|\\d{1,2} ${month} \\d{4})`;
  await expect(page.getByText(/\d{4}-\d{2}-\d{2}/)).toHaveCount(0);
  await expect(page.getByText(/\(\d{4}-\d{2}\)/)).toHaveCount(0);
  await expect(card.getByText(new RegExp(`^We last read these sources on ${longDate}\\.`))).toBeVisible();
  await card.getByText('Sources', { exact: true }).click();
  const sourceDates = (await card.locator('.cs-sources li').allInnerTexts()).map((t) => t.trim());
  expect(sourceDates.length).toBeGreaterThan(0);
  for (const text of sourceDates) expect(text).toMatch(new RegExp(`\\((\\d{4}|${month} \\d{4}|${longDate}|no date)\\)( \\(secondary source\\))?$`));
  // In French, the same dates read in French.
  await chooseLanguage(page, 'fr');
  const mois = '(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)';
  await expect(page.getByText(new RegExp(`\\d{1,2} ${mois} \\d{4}`)).filter({ visible: true }).first()).toBeVisible();
  const frenchDates = (await page.locator('.cs-sources li').allTextContents()).map((t) => t.trim());
  expect(frenchDates.some((t) => new RegExp(`\\((\\d{1,2} )?${mois} \\d{4}\\)( \\([^)]*\\))?$`).test(t))).toBe(true);
  expect(frenchDates.filter((t) => new RegExp(`\\((\\d{1,2} )?${month}( \\d{1,2},)? \\d{4}\\)( \\([^)]*\\))?$`).test(t))).toEqual([]);
});

test('in forced colours the current section is still marked', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await openApp(page);
  const current = page.getByRole('navigation', { name: 'Sections' }).locator('[aria-current="page"]');
  const color = await current.evaluate((e) => getComputedStyle(e).borderBottomColor);
  expect(color).not.toBe('rgba(0, 0, 0, 0)');
});

for (const code of ['en', 'ar']) {
  test.describe(`keyboard only, check to help (${code})`, () => {
    test.use({ locale: code });
    test(`${code}: check, result, rights and help by keyboard alone, focus always visible`, async ({ page }) => {
      const t = require(`../../content/locales/${code}.json`);
      await page.goto('./');
      await expect(page.locator('html')).toHaveAttribute('data-cs-ready', '');
      await expect(page.locator('html')).toHaveAttribute('lang', code);
      await tabTo(page, (f) => f.text === t['ui.start.button']);
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
      for (let step = 0; step < 25; step++) {
        const h1 = await page.getByRole('heading', { level: 1 }).innerText();
        if (h1 === t['ui.result.title']) break;
        await chooseByKeyboard(page);
        await expect(page.locator('#clear-signs-app .cs-question input:checked')).toHaveCount(1);
        await tabTo(page, (f) => f.text === t['ui.next'] || f.text === t['ui.see_result']);
        await page.keyboard.press('Enter');
        await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(h1);
        // Each new screen moves focus to its heading (after the next paint).
        await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
      }
      await expect(page.getByRole('heading', { level: 1, name: t['ui.result.title'] })).toBeFocused();
      await tabTo(page, (f) => f.text === t['ui.result.rights_button']);
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { level: 1, name: t['ui.rights.title'] })).toBeFocused();
      await tabTo(page, (f) => f.text === t['ui.nav.help'], 80);
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { level: 1, name: t['ui.help.title'] })).toBeFocused();
    });
  });
}
