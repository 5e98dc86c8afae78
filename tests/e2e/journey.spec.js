// A whole journey in a real browser: start, every question, result, rights, help.
const { test, expect, openApp, expectAccessible, answerAll, keepAnswers } = require('./fixtures');
const en = require('../../content/locales/en.json');

test('scam-compound journey reaches rights and help with no network use', async ({ page, network }) => {
  await openApp(page);
  const loaded = network.requests.length;
  const historyAtStart = await page.evaluate(() => history.length);
  await expect(page.getByText('Nothing you enter leaves this device.')).toBeVisible();
  await expect(page.getByRole('link', { name: /Exit this page/ }).first()).toBeVisible();
  await expectAccessible(page, 'start');

  await page.getByRole('button', { name: 'Start the check' }).click();
  await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expectAccessible(page, 'first question');

  // Next without an answer asks calmly for one instead of moving on.
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('alert')).toHaveText("Choose one answer, or “I'd rather not say”.");

  const steps = await answerAll(page, (q) => {
    if (q.startsWith('What is this about')) return 'Online scams or fraud';
    if (q.startsWith('Were you under 18')) return 'No';
    if (q.startsWith('Right now')) return 'No';
    if (q === en['q.violence']) return "I'd rather not say";
    return 'Yes';
  }, async (step) => {
    if (step === 1) await expect(page.getByText('Question 2 of 20')).toBeVisible();
  });
  // Every follow-up opens on yes: the longest scams path.
  expect(steps).toBe(21);

  await expect(page.getByText(/strong signs that someone used you to commit crimes/)).toBeVisible();
  await expect(page.getByText('This is not a legal finding.', { exact: false })).toBeVisible();
  await expect(page.locator('body')).not.toContainText(/you are a (victim|criminal)/i);
  await page.getByText('Why am I seeing this?').click();
  await expect(page.getByText('No employer or boss should keep your passport or ID.', { exact: false })).toBeVisible();
  await expect(page.getByText('Your answer to: Did the people in control take your passport or ID and keep it?').first()).toBeVisible();
  // The one question skipped is listed after the signs, by its text.
  const skipped = page.getByText('You skipped these questions.', { exact: false });
  await expect(skipped).toBeVisible();
  await expect(skipped.locator('xpath=following-sibling::ul[1]').getByRole('listitem'))
    .toHaveText(['Did the people in control hit or hurt you, or hurt someone in front of you?']);
  await expectAccessible(page, 'result');

  await page.getByRole('button', { name: 'Read your rights' }).first().click();
  // The browser says en-US, so the US is suggested; scam answers put embassy help first.
  await expect(page.getByRole('heading', { level: 2, name: 'Where you are: United States' })).toBeVisible();
  await expect(page.getByText('The rights that fit your answers come first.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 3 }).filter({ hasText: 'Help to get home safely' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'You should not be punished for crimes you were forced to commit' })).toBeVisible();
  await expect(page.getByText('not legal advice', { exact: false })).toBeVisible();
  await expectAccessible(page, 'rights');

  await page.getByRole('button', { name: 'Who can help' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Who can help' })).toBeFocused();
  // The best line for the place shows first; the rest are one control away.
  await page.getByText('More lines, and help in other countries').click();
  for (const [name, href] of [
    ['Call 1-888-373-7888', 'tel:+18883737888'],
    ['Call 08000 121 700', 'tel:+448000121700'],
    ['Call 1-833-900-1010', 'tel:+18339001010'],
    ['Call 1343', 'tel:1343'],
    ['Call 1300', 'tel:1300'],
  ]) {
    await expect(page.getByRole('link', { name, exact: true }).first()).toHaveAttribute('href', href);
  }
  await expectAccessible(page, 'help');

  await page.getByRole('button', { name: 'Staying safe' }).click();
  await expect(page.getByText('The exit does not erase history.', { exact: false })).toBeVisible();
  await expectAccessible(page, 'staying safe');

  // Nothing was requested after the app's own files, and nothing ever left 127.0.0.1.
  expect(network.requests.slice(loaded)).toEqual([]);
  expect(network.foreign()).toEqual([]);
  expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
  // Screens changed without adding history entries.
  expect(await page.evaluate(() => history.length)).toBe(historyAtStart);
});

test('safety comes first when someone may still be watching', async ({ page, network }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Start the check' }).click();
  await answerAll(page, (q) => {
    if (q.startsWith('What is this about')) return 'Selling sex, or being arrested for it';
    if (q.startsWith('Were you under 18')) return 'Yes';
    if (q.startsWith('Right now')) return 'Yes';
    return 'No';
  });
  const main = page.locator('#clear-signs-app');
  const firstH2 = main.getByRole('heading', { level: 2 }).first();
  await expect(firstH2).toHaveText('Your safety comes first');
  await expect(page.getByText('You said you were under 18.', { exact: false })).toBeVisible();
  await expect(page.getByText(/strong signs/)).toBeVisible();
  expect(network.foreign()).toEqual([]);
});

test('going back and changing an answer updates the result', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Start the check' }).click();
  await answerAll(page, (q) => (q.startsWith('What is this about') ? 'Something else' : 'No'));
  await expect(page.getByText('Your answers do not show the warning signs in this check.')).toBeVisible();
  await page.getByRole('button', { name: 'Change my answers' }).click();
  // Walk back to the first question with Back, then answer yes to everything.
  for (let i = 0; i < 25; i++) {
    const h1 = await page.getByRole('heading', { level: 1 }).innerText();
    if (h1.startsWith('What is this about')) break;
    await page.getByRole('button', { name: 'Back' }).click();
  }
  await answerAll(page, (q) => (q.startsWith('What is this about') ? 'Something else' : 'Yes'));
  await expect(page.getByText(/strong signs/)).toBeVisible();
});

/** The kept answer to the first question (localStorage, once the person chose to keep answers). */
const storedActivity = (page) => page.evaluate(() =>
  (JSON.parse(localStorage.getItem('clear-signs.v1') || '{}').answers || {}).activity);

test('more than one activity can be chosen: the questions of each are asked, kept as "drugs+sex"', async ({ page }) => {
  await openApp(page);
  await keepAnswers(page);
  await page.getByRole('button', { name: 'Start the check' }).click();
  const group = page.getByRole('group', { name: 'What is this about? Choose all that fit.' });
  const drugs = group.getByRole('checkbox', { name: 'Carrying or selling drugs' });
  const sex = group.getByRole('checkbox', { name: 'Selling sex, or being arrested for it' });
  // Ticked in any order, stored in the order the list shows them.
  await sex.check();
  await drugs.check();
  await expect(sex).toBeChecked();
  await expect(drugs).toBeChecked();
  await expect.poll(() => storedActivity(page)).toBe('drugs+sex');

  // Selling sex alone asks 20 questions; with drugs too, the drugs question as well.
  await drugs.uncheck();
  await expect.poll(() => storedActivity(page)).toBe('sex');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('Question 2 of 20')).toBeVisible();
  await page.getByRole('button', { name: 'Back' }).click();
  await drugs.check();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('Question 2 of 21')).toBeVisible();

  const asked = [];
  const steps = await answerAll(page, (q) => { asked.push(q); return 'No'; });
  expect(steps).toBe(20);
  expect(asked).toContain(en['q.hazardous']);
  expect(await storedActivity(page)).toBe('drugs+sex');
  await expect(page.getByText(en['level.none.title'])).toBeVisible();
});

test('"I\'d rather not say" stands alone: it unticks the activities, and an activity unticks it', async ({ page }) => {
  await openApp(page);
  await keepAnswers(page);
  await page.getByRole('button', { name: 'Start the check' }).click();
  const group = page.getByRole('group', { name: 'What is this about? Choose all that fit.' });
  const drugs = group.getByRole('checkbox', { name: 'Carrying or selling drugs' });
  const sex = group.getByRole('checkbox', { name: 'Selling sex, or being arrested for it' });
  const scams = group.getByRole('checkbox', { name: 'Online scams or fraud' });
  const skip = group.getByRole('checkbox', { name: "I'd rather not say" });
  // Every choice of the first question is a checkbox: no radio button here.
  await expect(group.getByRole('radio')).toHaveCount(0);
  await expect(group.getByRole('checkbox')).toHaveCount(9);

  await drugs.check();
  await sex.check();
  await skip.check();
  await expect(skip).toBeChecked();
  await expect(drugs).not.toBeChecked();
  await expect(sex).not.toBeChecked();
  await expect.poll(() => storedActivity(page)).toBe('skip');

  await scams.check();
  await expect(scams).toBeChecked();
  await expect(skip).not.toBeChecked();
  await expect.poll(() => storedActivity(page)).toBe('scams');

  // Nothing left ticked is no answer: Next asks for one.
  await scams.uncheck();
  await expect(group.locator('input:checked')).toHaveCount(0);
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('alert')).toHaveText("Choose one answer, or “I'd rather not say”.");
  await expect(page.getByText(/^Question 1 of 20$/)).toBeVisible();
});
