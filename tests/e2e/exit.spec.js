// The quick exit: click, Shift x3, before and without the WASM, and what it leaves behind.
const { test, expect, openApp, answerAll, storedKeys, keepAnswers, EXIT_URL, PREVIOUS_SITE, exitPageFor, NEUTRAL } = require('./fixtures');

// The test browser prefers en-US, so the app suggests the United States and
// the exit opens that place's ordinary page; before the app starts, the default.
const HERE = exitPageFor('us');

/** Answers kept on the device (the only way anything is stored): the exit has something to wipe. */
async function startAndAnswerSome(page, { keep = true } = {}) {
  await page.goto(PREVIOUS_SITE);
  await openApp(page);
  if (keep) await keepAnswers(page);
  await page.getByRole('button', { name: 'Start the check' }).click();
  await page.getByRole('checkbox', { name: 'Online scams or fraud' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('radio', { name: 'Yes' }).check();
  const keys = await storedKeys(page);
  if (keep) await expect.poll(async () => (await storedKeys(page)).local).toContain('clear-signs.v1');
  else expect([keys.session, keys.local]).toEqual([[], []]);
}

async function expectExited(page, network, url = HERE) {
  await page.waitForURL(url);
  await expect(page.getByRole('heading', { name: 'Weather' })).toBeVisible();
  // Storage of the app's origin is empty: check from a page on that origin
  // without running the app (its exit.js is the only thing that would write).
  const appOrigin = new URL(network.own()[0]).origin;
  await page.goBack();
  expect(page.url()).toBe(PREVIOUS_SITE);
  await expect(page.getByRole('heading', { name: 'Previous site' })).toBeVisible();
  await page.goto(`${appOrigin}/exit.js`);
  expect(await storedKeys(page)).toEqual({ session: [], local: [], cookies: '', indexedDB: [], caches: [] });
}

test('clicking the exit button hides everything, wipes storage and Back skips the app', async ({ page, network }) => {
  await startAndAnswerSome(page);
  // Reported through a binding from the click's own task: it reaches the test
  // even though the exit's navigation follows at once. The listener is in
  // place before the click (the evaluate is awaited).
  let report;
  const hidden = new Promise((resolve) => { report = resolve; });
  await page.exposeFunction('reportExitClick', (seen) => report(seen));
  await page.evaluate(() => {
    document.querySelector('.cs-exit').addEventListener('click', () => {
      // Same task as the click: the page is already covered.
      const main = document.getElementById('clear-signs-app');
      window.reportExitClick({ covered: getComputedStyle(main).display === 'none', storage: sessionStorage.length });
    });
  });
  await page.getByRole('link', { name: 'Emergency: Exit this page' }).click();
  expect(await hidden).toEqual({ covered: true, storage: 0 });
  await expectExited(page, network);
});

test('pressing Shift three times exits, and announces progress', async ({ page, network }) => {
  await startAndAnswerSome(page);
  await page.keyboard.press('Shift');
  await expect(page.locator('#cs-exit-status')).toHaveText('Shift pressed 1 of 3 times. Press it 2 more to exit.');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await expectExited(page, network);
});

test('typing a capital letter or another key does not count towards Shift x3', async ({ page, network }) => {
  await page.goto(PREVIOUS_SITE);
  await openApp(page);
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift+A');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift');
  await page.waitForTimeout(300);
  expect(NEUTRAL(new URL(page.url()))).toBe(false);
  // Positive control: the exit is alive and only the last Shift counted, so
  // two more leave (this test would otherwise pass with a dead exit).
  await expect(page.locator('#cs-exit-status')).toHaveText('Shift pressed 1 of 3 times. Press it 2 more to exit.');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await expectExited(page, network);
});

test('Shift x3 while the app is still starting exits at once', async ({ page, network }) => {
  // The .wasm is held until the test lets it go, then the keys are pressed
  // straight away: the app is compiling and starting while they arrive.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  let arrived;
  const requested = new Promise((resolve) => { arrived = resolve; });
  await page.route('**/*.wasm', async (route) => {
    arrived();
    await held;
    await route.continue();
  });
  await page.goto(PREVIOUS_SITE);
  await page.goto('./');
  await requested;
  await expect(page.getByRole('link', { name: 'Emergency: Exit this page' })).toBeVisible();
  release();
  await page.waitForResponse('**/*.wasm');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  // The default neutral page, or the place's if the app was up by the third press.
  await expectExited(page, network, (url) => [EXIT_URL, HERE].some((u) => url.href.startsWith(u)));
});

test('the exit works when the WASM never loads, and a calm fallback appears', async ({ page, network }) => {
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(PREVIOUS_SITE);
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Sorry, this check stopped working' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Call 1-888-373-7888' })).toHaveAttribute('href', 'tel:+18883737888');
  await page.evaluate(() => sessionStorage.setItem('clear-signs.v1', '{}'));
  await page.getByRole('link', { name: 'Emergency: Exit this page' }).click();
  await expectExited(page, network, EXIT_URL);
});

test('a tap on the exit works on a touch screen', async ({ page, network }) => {
  await startAndAnswerSome(page);
  await page.getByRole('link', { name: 'Emergency: Exit this page' }).tap();
  await expectExited(page, network);
});

test('Esc exits only when the page turns it on', async ({ page, network }) => {
  await startAndAnswerSome(page);
  await page.keyboard.press('Escape');
  await page.waitForTimeout(200);
  await expect(page.getByRole('radio', { name: 'Yes' })).toBeChecked();
  await page.evaluate(() => document.documentElement.setAttribute('data-cs-exit-esc', 'on'));
  await page.keyboard.press('Escape');
  await expectExited(page, network);
});

test('a page restored from the back-forward cache shows the start, never answers', async ({ page }) => {
  // A 204 answer cancels the navigation, so the exited page stays to be "restored".
  await page.route(NEUTRAL, (route) => route.fulfill({ status: 204 }));
  await startAndAnswerSome(page);
  await page.getByRole('link', { name: 'Emergency: Exit this page' }).click();
  await expect(page.locator('#clear-signs-app')).toBeHidden();
  expect(await page.title()).toBe('Loading');
  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })));
  await expect(page.getByRole('heading', { level: 1, name: 'A private check for warning signs' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start the check' })).toBeVisible();
  expect((await storedKeys(page)).session).toEqual([]);
});

test('keyboard users reach the exit first: the skip link is the first Tab stop', async ({ page, network }) => {
  await startAndAnswerSome(page);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-cs-ready', '');
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  await expect(focused).toHaveText('Exit this page');
  await expect(focused).toBeInViewport();
  await page.keyboard.press('Enter');
  await expectExited(page, network);
});

test('the exit works with Space as well as Enter, like the button it looks like', async ({ page, network }) => {
  await startAndAnswerSome(page);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-cs-ready', '');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('Exit this page');
  await page.keyboard.press('Space');
  await expectExited(page, network);
});

test('the neutral destination can be changed by the page', async ({ page }) => {
  const other = 'https://neutral.example/news';
  await page.route(other, (route) => route.fulfill({ contentType: 'text/html', body: '<title>News</title>' }));
  await openApp(page);
  await page.evaluate((url) => document.documentElement.setAttribute('data-cs-exit-url', url), other);
  await page.getByRole('link', { name: 'Emergency: Exit this page' }).click();
  await page.waitForURL(other);
  // An unsafe destination falls back to the place's neutral page.
  await openApp(page);
  await page.evaluate(() => document.documentElement.setAttribute('data-cs-exit-url', 'javascript:alert(1)'));
  await page.getByRole('link', { name: 'Emergency: Exit this page' }).click();
  await page.waitForURL(HERE);
});

test('a Shift used for a capital letter does not count, even as the first press', async ({ page }) => {
  await openApp(page);
  await page.keyboard.press('Shift+A');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.waitForTimeout(300);
  expect(NEUTRAL(new URL(page.url()))).toBe(false);
  await page.keyboard.press('Shift');
  await page.waitForURL(HERE);
});

test('on a very slow connection the fallback gives way to the app when it arrives', async ({ page }) => {
  test.setTimeout(60_000);
  await page.route('**/*.wasm', async (route) => {
    await new Promise((r) => setTimeout(r, 16_500));
    await route.continue();
  });
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Sorry, this check stopped working' })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('button', { name: 'Start the check' })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('heading', { name: 'Sorry, this check stopped working' })).toBeHidden();
});

test('with storage blocked the check still works, in memory only', async ({ page }) => {
  await page.addInitScript(() => {
    for (const name of ['sessionStorage', 'localStorage']) {
      Object.defineProperty(window, name, { get() { throw new DOMException('blocked', 'SecurityError'); } });
    }
  });
  await openApp(page);
  await page.getByRole('button', { name: 'Start the check' }).click();
  await page.getByRole('checkbox', { name: 'Online scams or fraud' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('Question 2 of 20')).toBeVisible();
  await page.getByRole('link', { name: 'Emergency: Exit this page' }).click();
  await page.waitForURL(HERE);
});

test('the exit stops read-aloud at once', async ({ page }) => {
  await page.addInitScript(() => {
    window.__cancelled = 0;
    const v = Object.create(SpeechSynthesisVoice.prototype, { name: { value: 'Device' }, lang: { value: 'en-GB' }, localService: { value: true } });
    window.SpeechSynthesisUtterance = class { constructor(t) { this.text = t; } };
    Object.defineProperty(window, 'speechSynthesis', { value: { speaking: true, getVoices: () => [v], speak() {}, cancel() { window.__cancelled++; }, addEventListener() {} } });
  });
  await page.route(NEUTRAL, (route) => route.fulfill({ status: 204 }));
  await openApp(page);
  await page.getByRole('button', { name: 'Start the check' }).click();
  await page.getByRole('button', { name: 'Listen' }).click();
  const before = await page.evaluate(() => window.__cancelled);
  await page.getByRole('link', { name: 'Emergency: Exit this page' }).click();
  expect(await page.evaluate(() => window.__cancelled)).toBeGreaterThan(before);
});

// The security test's sequence: answer, exit, Back, open the check again in
// the same tab. Repeated, with answers kept and in memory only, by click and
// by Shift x3: nothing is ever found again (Firefox and WebKit: the same
// sequence in tests/webdriver/exit_engines.py).
test('50 exits in a row, then Back and the check again: nothing stored, nothing shown again', async ({ page, network }) => {
  test.setTimeout(300_000);
  for (let run = 0; run < 50; run++) {
    const keep = run % 4 < 2;
    await startAndAnswerSome(page, { keep });
    if (run % 2) for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    else await page.getByRole('link', { name: 'Emergency: Exit this page' }).click();
    await page.waitForURL(HERE);
    await page.goBack();
    expect(page.url(), `run ${run + 1}: Back skips the check`).toBe(PREVIOUS_SITE);
    await openApp(page);
    await expect(page.getByRole('button', { name: 'Start the check' }), `run ${run + 1} (keep: ${keep})`).toBeVisible();
    const keys = await storedKeys(page);
    expect([keys.session, keys.local], `run ${run + 1} (keep: ${keep})`).toEqual([[], []]);
  }
  expect(network.foreign().filter((u) => !NEUTRAL(new URL(u)) && !u.startsWith(PREVIOUS_SITE))).toEqual([]);
});
