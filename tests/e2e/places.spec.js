// Rights and help where the person is: every place renders, suggestions come
// from the browser's own settings, and rights follow the answers.
const { test, expect, openApp, answerAll, keepAnswers } = require('./fixtures');

const places = ['England and Wales', 'Scotland', 'Northern Ireland', 'United States', 'Canada',
  'A European Union country', 'Australia', 'Thailand', 'Philippines', 'Cambodia', 'Viet Nam',
  'Malaysia', 'Indonesia', 'Brazil', 'Kenya', 'Nigeria', 'Laos', 'Sri Lanka', 'Nepal', 'Myanmar',
  'India', 'China', 'France', 'Spain'];

test('every place shows rights and someone to call', async ({ page, network }) => {
  await openApp(page);
  const loaded = network.requests.length;
  const nav = page.getByRole('navigation', { name: 'Sections' });
  for (const place of places) {
    await nav.getByRole('button', { name: 'Your rights' }).click();
    await page.getByLabel('Where are you now?').selectOption({ label: place });
    await expect(page.getByRole('heading', { level: 2, name: `Where you are: ${place}` })).toBeVisible();
    expect(await page.getByRole('heading', { level: 3 }).count()).toBeGreaterThan(2);

    await nav.getByRole('button', { name: 'Who can help' }).click();
    await expect(page.getByLabel('Where are you now?')).toHaveValue(/.+/);
    await expect(page.getByRole('heading', { level: 2, name: `Help in ${place}` })).toBeVisible();
    expect(await page.locator('a[href^="tel:"]').count()).toBeGreaterThan(0);
  }
  // Indonesia: the government's SAPA 129 line first (not the police), then the emergency number.
  await page.getByLabel('Where are you now?').selectOption({ label: 'Indonesia' });
  const firstLine = page.locator('.cs-card:has(a[href^="tel:"])').first();
  await expect(firstLine.getByRole('heading', { level: 3 })).toHaveText('SAPA 129');
  await expect(firstLine.getByRole('link', { name: 'Call 129', exact: true })).toHaveAttribute('href', 'tel:129');
  await expect(firstLine).toContainText('This is not the police.');
  await expect(page.getByText('It also takes WhatsApp messages at 08111-129-129.', { exact: false })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Call 112' })).toHaveAttribute('href', 'tel:112');
  // Myanmar still has no checked line: the screen says so.
  await page.getByLabel('Where are you now?').selectOption({ label: 'Myanmar' });
  await expect(page.getByText('We have no checked helpline for this place yet.', { exact: false })).toBeVisible();
  expect(network.requests.slice(loaded)).toEqual([]);
});

test.describe('in Thailand', () => {
  test.use({ timezoneId: 'Asia/Bangkok', locale: 'en-GB' });

  test('the time zone suggests the place, and a choice sticks across a reload when answers are kept', async ({ page }) => {
    await openApp(page);
    await keepAnswers(page);
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Who can help' }).click();
    await expect(page.getByLabel('Where are you now?')).toHaveValue('th');
    await expect(page.getByText("We guessed this from your phone's settings.", { exact: false })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Call 1300' })).toHaveAttribute('href', 'tel:1300');
    await expect(page.getByRole('link', { name: 'Call 191 (police)' })).toBeVisible();

    await page.getByLabel('Which country are you from? You can skip this.').selectOption({ label: 'Philippines' });
    await expect(page.getByRole('heading', { level: 2, name: 'Help from Philippines' })).toBeVisible();
    await page.getByLabel('Where are you now?').selectOption({ label: 'Cambodia' });
    await page.reload();
    await expect(page.getByRole('heading', { level: 2, name: 'Help in Cambodia' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Help from Philippines' })).toBeVisible();
    await expect(page.getByText("We guessed this", { exact: false })).toHaveCount(0);
  });

  // The time zone is read in a worker (static/time-zone.js), off the page's
  // thread; a host whose policy or folder stops the worker still gets it.
  test('without the time-zone worker the place is still suggested', async ({ page }) => {
    await page.route('**/time-zone.js', (route) => route.fulfill({ status: 404, body: '' }));
    await openApp(page);
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Who can help' }).click();
    await expect(page.getByLabel('Where are you now?')).toHaveValue('th');
    await expect(page.getByText("We guessed this from your phone's settings.", { exact: false })).toBeVisible();
  });

  test('a kept check reloaded on the officials card still shows the suggested place\'s language', async ({ page }) => {
    await openApp(page);
    await keepAnswers(page);
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Your rights' }).click();
    await page.getByRole('button', { name: 'Show a card to officials' }).first().click();
    await expect(page.locator('.cs-card-text[lang="th"]')).toBeVisible();
    await page.reload();
    await expect(page.locator('.cs-card-text[lang="th"]')).toBeVisible();
  });
});

test('a charged minor in the US sees Safe Harbor first', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Start the check' }).click();
  await answerAll(page, (q) => {
    if (q.startsWith('What is this about')) return 'Selling sex, or being arrested for it';
    if (q.startsWith('Were you under 18') || q.startsWith('Have you been arrested')) return 'Yes';
    return 'No';
  });
  await page.getByRole('button', { name: 'Read your rights' }).first().click();
  await page.getByLabel('Where are you now?').selectOption({ label: 'United States' });
  const firstLocal = page.locator('h2:has-text("Where you are") + ul h3').first();
  await expect(firstLocal).toHaveText('US: “Safe Harbor” for under-18s');
});

test('"What happens when I call?" is answered from the line\'s own description', async ({ page }) => {
  await openApp(page);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Who can help' }).click();
  await page.getByLabel('Where are you now?').selectOption({ label: 'Canada' });
  await page.getByText('What happens when I call?').first().click();
  await expect(page.getByText('You never have to give your name', { exact: false })).toBeVisible();
});

test('Myanmar shows no unchecked number, and India says its numbers are from news reports', async ({ page }) => {
  await openApp(page);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Who can help' }).click();
  await page.getByLabel('Where are you now?').selectOption({ label: 'Myanmar' });
  await expect(page.getByText('We found no checked trafficking helpline for Myanmar', { exact: false })).toBeVisible();
  await expect(page.locator('a[href="tel:191"]')).toHaveCount(0);
  await page.getByLabel('Where are you now?').selectOption({ label: 'India' });
  await expect(page.getByRole('link', { name: 'Call 112' })).toBeVisible();
  await expect(page.getByText('We found this number in a news or charity source.', { exact: false }).first()).toBeVisible();
});

test('UK: Crimestoppers is an anonymous route, and the reflection period names its exceptions', async ({ page }) => {
  await openApp(page);
  const nav = page.getByRole('navigation', { name: 'Sections' });
  await nav.getByRole('button', { name: 'Who can help' }).click();
  await page.getByLabel('Where are you now?').selectOption({ label: 'England and Wales' });
  await page.getByText('More lines, and help in other countries').click();
  await expect(page.getByRole('link', { name: 'Call 0800 555 111' })).toHaveAttribute('href', 'tel:+44800555111');
  await expect(page.getByText('It passes what you say to the police without your name.', { exact: false })).toBeVisible();
  await nav.getByRole('button', { name: 'Your rights' }).click();
  await expect(page.getByText('for reasons of public order, or if a claim was made in bad faith', { exact: false })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'England and Wales: tell your lawyer early' })).toBeVisible();
});

test('a number that works only inside the place names it as it reads in a sentence', async ({ page }) => {
  await openApp(page);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Who can help' }).click();
  await page.getByLabel('Where are you now?').selectOption({ label: 'A European Union country' });
  await expect(page.getByText('only from inside a European Union country').first()).toBeVisible();
  await expect(page.getByText(/only from inside A European Union country/)).toHaveCount(0);
});
