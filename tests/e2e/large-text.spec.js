// Large text as a person sets it (the browser's own text size at 200 %, via
// the DevTools protocol) on a 360 px phone: every screen of the check,
// result, rights and help, in English and in Arabic (right to left).
const { test, expect, openApp } = require('./fixtures');

test.use({ viewport: { width: 360, height: 740 } });

async function largeText(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
}

/** Every check a screen must pass at this size. */
async function checkScreen(page, screen) {
  const m = await page.evaluate(() => {
    const header = document.querySelector('.cs-header');
    const exit = document.querySelector('.cs-header .cs-exit');
    const focused = document.activeElement;
    const hb = header.getBoundingClientRect();
    const eb = exit.getBoundingClientRect();
    const fb = focused && focused !== document.body ? focused.getBoundingClientRect() : null;
    return {
      scroll: document.documentElement.scrollWidth,
      view: document.documentElement.clientWidth,
      sticky: getComputedStyle(header).position === 'sticky',
      headerBottom: hb.bottom,
      exit: { top: eb.top, bottom: eb.bottom, left: eb.left, right: eb.right, height: eb.height },
      innerHeight: window.innerHeight,
      focusedTop: fb && fb.top,
      skipStrip: document.querySelector('.cs-skip-exit').getBoundingClientRect().bottom,
    };
  });
  expect(m.scroll, `sideways scroll on ${screen}`).toBeLessThanOrEqual(m.view);
  // The exit is in view, whole, and big enough to tap.
  expect(m.exit.top, `exit above the screen on ${screen}`).toBeGreaterThanOrEqual(0);
  expect(m.exit.bottom, `exit below the screen on ${screen}`).toBeLessThanOrEqual(m.innerHeight);
  expect(m.exit.height).toBeGreaterThanOrEqual(44);
  // The header no longer sticks over a third of the screen.
  if (m.sticky) expect(m.headerBottom).toBeLessThan(m.innerHeight / 4);
  // What has focus is not under a sticky header.
  if (m.sticky && m.focusedTop !== null) expect(m.focusedTop).toBeGreaterThanOrEqual(m.headerBottom);
  // No strip of the hidden skip link shows at the top.
  expect(m.skipStrip, 'hidden exit link shows').toBeLessThanOrEqual(0);
}

/** Walk the check with the first option (language-independent), then the sections. */
async function walk(page) {
  await checkScreen(page, 'start');
  await page.locator('.cs-screen .cs-button').first().click();
  for (let i = 0; i < 25 && !(await page.locator('[data-level]').count()); i++) {
    await expect(page.locator('#clear-signs-app h1')).toBeFocused();
    await checkScreen(page, `question ${i + 1}`);
    // "Yes" opens every follow-up: the longest path and the longest words.
    // (The first question's answers are checkboxes: the first is ticked.)
    await page.locator('.cs-question input:is([type=radio], [type=checkbox])').first().check();
    await page.locator('button[type=submit]').click();
  }
  await page.locator('.cs-details summary').first().click();
  await checkScreen(page, 'result');
  for (const index of [1, 2, 3]) {
    await page.locator('.cs-nav__button').nth(index).click();
    for (const d of await page.locator('details').all()) await d.evaluate((e) => { e.open = true; });
    await checkScreen(page, `section ${index}`);
    // Selects follow the text size and are tall enough to tap.
    for (const select of await page.locator('select').all()) {
      const s = await select.evaluate((e) => ({ h: e.getBoundingClientRect().height, f: parseFloat(getComputedStyle(e).fontSize) }));
      expect(s.h).toBeGreaterThanOrEqual(44);
      expect(s.f).toBeGreaterThanOrEqual(32);
    }
  }
}

test('English at 200 % text: no sideways scroll, exit in reach, focus visible', async ({ page }) => {
  await largeText(page);
  await openApp(page);
  await walk(page);
});

test.describe('the narrowest phone, 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test('English at 200 % text on 320 px: the same', async ({ page }) => {
    await largeText(page);
    await openApp(page);
    await walk(page);
  });
});

test.describe('Arabic', () => {
  test.use({ locale: 'ar' });
  test('Arabic at 200 % text: the same, right to left', async ({ page }) => {
    await largeText(page);
    await page.goto('./');
    await expect(page.locator('html')).toHaveAttribute('data-cs-ready', '');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await walk(page);
  });
});

test('normal text: the header sticks and a focused heading is never under it', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Start the check' }).click();
  const sticky = await page.evaluate(() => getComputedStyle(document.querySelector('.cs-header')).position);
  expect(sticky).toBe('sticky');
  await checkScreen(page, 'first question');
});
