// Every path through the check is silent on the network and leaves no cookies.
const { test, expect, openApp, answerAll, storedKeys } = require('./fixtures');

const activities = ['Online scams or fraud', 'Carrying or selling drugs', 'Growing or making drugs, like on a cannabis farm',
  'Stealing or begging', 'Selling sex, or being arrested for it', 'Hurting or threatening people',
  'Another crime, like fake papers or moving money', 'Something else', "I'd rather not say"];
const replies = ['Yes', 'No', 'Not sure', "I'd rather not say"];

for (const [i, activity] of activities.entries()) {
  test(`the path for “${activity}” makes no request after loading`, async ({ page, network }) => {
    await openApp(page);
    const loaded = network.requests.length;
    await page.getByRole('button', { name: 'Start the check' }).click();
    let n = i;
    await answerAll(page, (q) => (q.startsWith('What is this about') ? activity : replies[n++ % replies.length]));
    await page.getByText('Why am I seeing this?').click();
    await page.getByRole('button', { name: 'Read your rights' }).first().click();
    await page.getByRole('button', { name: 'Who can help' }).first().click();
    await page.getByRole('button', { name: 'Staying safe' }).click();

    expect(network.requests.slice(loaded)).toEqual([]);
    expect(network.foreign()).toEqual([]);
    expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
    expect((await storedKeys(page)).cookies).toBe('');
  });
}

test('the Content-Security-Policy allows nothing inline and no other origin', async ({ page }) => {
  await openApp(page);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'none'");
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(csp).toContain("connect-src 'self'");
  expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\*/);
  // The only inline <script> is the configuration: JSON data, never run.
  expect(await page.locator('script:not([src]):not([type="application/json"])').count()).toBe(0);
});

test('outside links never send a referrer', async ({ page }) => {
  await openApp(page);
  for (const screen of ['Your rights', 'Who can help']) {
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: screen }).click();
    const rels = await page.locator('a[href^="http"]').evaluateAll((links) => links.map((a) => a.rel));
    expect(rels.length).toBeGreaterThan(0);
    for (const rel of rels) expect(rel).toContain('noreferrer');
  }
  await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'no-referrer');
});

test('keeping answers on the device is opt-in, survives a new tab, and the exit removes it', async ({ page, context }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Start the check' }).click();
  await page.getByRole('checkbox', { name: 'Something else' }).check();
  expect((await storedKeys(page)).local).toEqual([]);

  await page.getByRole('button', { name: 'Staying safe' }).click();
  const keep = page.getByRole('checkbox', { name: 'Keep my answers on this device after I close this page' });
  await expect(keep).not.toBeChecked();
  await expect(page.getByText('Anyone who uses this device could see them.', { exact: false })).toBeVisible();
  await keep.check();
  const stored = await storedKeys(page);
  expect(stored.local.sort()).toEqual(['clear-signs.keep', 'clear-signs.v1']);
  expect(stored.session).toEqual([]);

  // A new tab (as after closing the browser) opens where the person was.
  const tab = await context.newPage();
  await tab.goto('./');
  await expect(tab.getByRole('heading', { level: 1, name: 'Staying safe online' })).toBeVisible();
  await tab.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'The check' }).click();
  await expect(tab.getByText('Question 2 of 20')).toBeVisible();
  await tab.getByRole('button', { name: 'Back' }).click();
  await expect(tab.getByRole('checkbox', { name: 'Something else' })).toBeChecked();

  await tab.keyboard.press('Shift');
  await tab.keyboard.press('Shift');
  await tab.keyboard.press('Shift');
  await tab.waitForURL(/weather/);
  // The first tab forgets the kept answers at once, without a reload.
  await expect(page.getByRole('button', { name: 'Start the check' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Start the check' })).toBeVisible();
  expect((await storedKeys(page)).local).toEqual([]);
});
