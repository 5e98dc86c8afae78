// The help screen fits a crisis on a phone: the best line first, then the
// emergency number, the rest behind one control.
const { test, expect, openApp } = require('./fixtures');

test.use({ viewport: { width: 390, height: 844 } });

test('in the United States the help screen is short, with a call button near the top', async ({ page }) => {
  await openApp(page);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Who can help' }).click();
  await page.getByLabel('Where are you now?').selectOption({ label: 'United States' });
  const screen = 844;
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(height, 'help screen height before expanding').toBeLessThan(4 * screen);
  const call = page.locator('a[href^="tel:"]').first();
  await expect(call).toHaveText('Call 1-888-373-7888');
  const box = await call.boundingBox();
  const top = box.y + (await page.evaluate(() => window.scrollY));
  expect(top + box.height, 'first call button within two screens').toBeLessThan(2 * screen);
  // The hotline is not the police and says how it shares; immigration enforcement is behind the control.
  await expect(page.getByText('It says it shares your name and details only with your permission', { exact: false }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Call 911' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Call 1-877-4-HSI-TIP' })).toBeHidden();
  await page.getByText('More lines, and help in other countries').click();
  const hsi = page.getByRole('link', { name: 'Call 1-877-4-HSI-TIP' });
  await expect(hsi).toBeVisible();
  await expect(page.getByText('It is part of immigration enforcement.', { exact: false })).toBeVisible();
});

test('selects are readable and easy to tap', async ({ page }) => {
  await openApp(page);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Who can help' }).click();
  for (const label of ['Where are you now?', 'Which country are you from? You can skip this.', 'Language']) {
    const select = page.getByLabel(label);
    const size = await select.evaluate((el) => ({ font: parseFloat(getComputedStyle(el).fontSize), height: el.getBoundingClientRect().height }));
    expect(size.font, `${label} text size`).toBeGreaterThanOrEqual(16);
    expect(size.height, `${label} height`).toBeGreaterThanOrEqual(44);
  }
});

test('every line card says whether it shares with police or immigration', async ({ page }) => {
  await openApp(page);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Who can help' }).click();
  await page.getByLabel('Where are you now?').selectOption({ label: 'Malaysia' });
  await page.getByText('More lines, and help in other countries').click();
  const cards = page.locator('.cs-card:has(a[href^="tel:"])');
  const count = await cards.count();
  expect(count).toBeGreaterThan(20);
  // One of the sharing labels (ui.help.shares.*), whichever it is.
  const sharing = /shares|passes|passed on to the police|This is the police|immigration enforcement/;
  for (let i = 0; i < count; i++) await expect(cards.nth(i)).toContainText(sharing);
  // Malaysia's council line passes reports to police and immigration.
  await expect(page.getByText('It passes reports to enforcement agencies, such as the police and immigration.').first()).toBeVisible();
  // Short codes say they work only from inside the country.
  await expect(page.getByText('only from inside Viet Nam')).toBeVisible();
});
