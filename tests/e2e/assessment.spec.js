// The five cases from issue 11, answered through the UI as a person would,
// with the result each should give (written from the sources, not the rule).
const { test, expect, openApp, answerAll } = require('./fixtures');
const en = require('../../content/locales/en.json');

// The question id for a heading, from the English texts.
const idOf = (heading) => {
  if (heading === en['activity.question']) return 'activity';
  const key = Object.keys(en).find((k) => k.startsWith('q.') && en[k] === heading);
  if (!key) throw new Error(`unknown question: ${heading}`);
  return key.slice(2);
};
const label = { yes: 'Yes', no: 'No', unsure: 'Not sure', skip: "I'd rather not say" };

/** Answer from a map of question id -> yes/no/unsure/skip; others get `rest`. */
async function answer(page, activity, answers, rest = 'no') {
  await page.getByRole('button', { name: 'Start the check' }).click();
  return answerAll(page, (heading) => {
    const id = idOf(heading);
    if (id === 'activity') return activity === 'skip' ? label.skip : en[`activity.${activity}`];
    return label[answers[id] || rest];
  });
}

const lead = (page) => page.locator('.cs-lead');

test('a 15-year-old groomed into running drugs: strong signs, and the under-18 line', async ({ page }) => {
  await openApp(page);
  await answer(page, 'drugs', {
    under18: 'yes', made_to: 'no', trusted_person: 'yes', debt: 'yes', money: 'yes',
    told_to_lie: 'yes', punished: 'yes',
  });
  await expect(lead(page)).toHaveText(en['level.strong.title']);
  await expect(page.getByText(en['level.minor'])).toBeVisible();
  await expect(page.getByText(en['level.strong.body'])).toBeVisible();
});

test('a 13-year-old made to pickpocket by relatives: strong signs', async ({ page }) => {
  await openApp(page);
  await answer(page, 'stealing', {
    under18: 'yes', quota: 'yes', money: 'yes', unknown_place: 'yes', told_to_lie: 'yes', now: 'yes',
  });
  await expect(lead(page)).toHaveText(en['level.strong.title']);
  await expect(page.getByRole('heading', { level: 2, name: 'Your safety comes first' })).toBeVisible();
});

test('an adult held in a scam compound but paid a small wage: strong signs', async ({ page }) => {
  await openApp(page);
  const steps = await answer(page, 'scams', { under18: 'no', money: 'no' }, 'yes');
  expect(steps).toBe(22);
  await expect(lead(page)).toHaveText(en['level.strong.title']);
  await expect(page.getByText(en['level.minor'])).toHaveCount(0);
});

test('every question skipped: not enough answers to say, and help comes first', async ({ page }) => {
  await openApp(page);
  await answer(page, 'skip', {}, 'skip');
  await expect(lead(page)).toHaveText(en['level.unclear.title']);
  await expect(page.getByText(en['level.none.title'])).toHaveCount(0);
  const actions = page.locator('.cs-screen .cs-actions').first().getByRole('button');
  await expect(actions.first()).toHaveText(en['ui.result.help_button']);
});

test('a 16-year-old working long hours in a family shop: no claim of crime or force', async ({ page }) => {
  await openApp(page);
  await answer(page, 'other', { under18: 'yes', hours: 'yes', money: 'yes' });
  const text = (await lead(page).innerText()) + (await lead(page).locator('xpath=following-sibling::p[1]').innerText());
  expect(text).not.toMatch(/crime|forced/i);
  await expect(lead(page)).not.toHaveText(en['level.strong.title']);
  await expect(page.getByText(en['level.minor'])).toHaveCount(0);
});
