// Against dist-panic/: "Start the check" panics there (test-only build switch).
const { test, expect, openApp, EXIT_URL, PREVIOUS_SITE, storedKeys } = require('./fixtures');

test('after a panic a calm page shows helplines and the quick exit still works', async ({ page, network }) => {
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(PREVIOUS_SITE);
  await openApp(page);
  await page.evaluate(() => sessionStorage.setItem('clear-signs.v1', 'left over'));
  await page.getByRole('button', { name: 'Start the check' }).click();

  await expect(page.getByRole('heading', { name: 'Sorry, this check stopped working' })).toBeVisible();
  await expect(page.getByText('Nothing you entered was sent anywhere.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Call 08000 121 700' })).toHaveAttribute('href', 'tel:+448000121700');
  expect(errors.some((e) => e.includes('test panic'))).toBe(true);

  // Shift x3 still works: the exit is outside the app.
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await page.waitForURL(EXIT_URL);
  await page.goBack();
  expect(page.url()).toBe(PREVIOUS_SITE);
  await page.goto(`${new URL(network.own()[0]).origin}/exit.js`);
  expect((await storedKeys(page)).session).toEqual([]);
});
