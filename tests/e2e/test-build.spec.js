// Against dist-test/, the test-only build: "Start the check" panics when the
// address ends in #panic, and a +40 % pseudo-language is offered.
const { test, expect, openApp, visitAllScreens, NEUTRAL, PREVIOUS_SITE, storedKeys, chooseLanguage } = require('./fixtures');

test('after a panic a calm page shows helplines and the quick exit still works', async ({ page, network }) => {
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(PREVIOUS_SITE);
  await page.goto('./#panic');
  await expect(page.locator('html')).toHaveAttribute('data-cs-ready', '');
  await page.evaluate(() => sessionStorage.setItem('clear-signs.v1', 'left over'));
  await page.getByRole('button', { name: 'Start the check' }).click();

  await expect(page.getByRole('heading', { name: 'Sorry, this check stopped working' })).toBeVisible();
  await expect(page.getByText('Nothing you entered was sent anywhere.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Call 08000 121 700' })).toHaveAttribute('href', 'tel:+448000121700');
  expect(errors.some((e) => e.includes('test panic'))).toBe(true);

  // Shift x3 still works: the exit is outside the app.
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await page.waitForURL(NEUTRAL);
  await page.goBack();
  expect(page.url()).toBe(PREVIOUS_SITE);
  await page.goto(`${new URL(network.own()[0]).origin}/exit.js`);
  expect((await storedKeys(page)).session).toEqual([]);
});

test.describe('with text 40 % longer, at 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('nothing overflows and no button is clipped', async ({ page }) => {
    await openApp(page);
    await chooseLanguage(page, 'en-XA');
    const check = async (screen) => {
      const problems = await page.evaluate(() => {
        const out = [];
        if (document.documentElement.scrollWidth > window.innerWidth) out.push('page scrolls sideways');
        for (const el of document.querySelectorAll('button, a, label, select, h1, h2, h3, p, li')) {
          if (el.offsetParent === null) continue;
          if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible') out.push(`clipped: ${el.tagName} ${el.innerText.slice(0, 30)}`);
          const r = el.getBoundingClientRect();
          if (r.right > window.innerWidth + 1 || r.left < -1) out.push(`outside: ${el.tagName} ${el.innerText.slice(0, 30)}`);
        }
        return out;
      });
      expect(problems, screen).toEqual([]);
    };
    await visitAllScreens(page, check);
  });
});
