// People described in published sources (content/cases.json and
// content/reference/reference-cases.json), answered through the UI as they
// would, with the level content/reference/levels.md gives each (written from
// the sources, not from the rule) named in the test.
const { test, expect, openApp, answerAll } = require('./fixtures');
const en = require('../../content/locales/en.json');

// The question id for a heading, from the English texts.
const idOf = (heading) => {
  if (heading === en['activity.question']) return 'activity';
  const key = Object.keys(en).find((k) => k.startsWith('q.') && !k.endsWith('.hint') && en[k] === heading);
  if (!key) throw new Error(`unknown question: ${heading}`);
  return key.slice(2);
};
const label = { yes: 'Yes', no: 'No', unsure: 'Not sure', skip: "I'd rather not say" };

/**
 * Answer from a map of question id -> yes/no/unsure/skip; others get `rest`.
 * `activities` is one activity id, several joined by "+", or "skip".
 * Returns the ids of the questions asked, in order.
 */
async function answer(page, activities, answers, rest = 'no') {
  const asked = [];
  await page.getByRole('button', { name: 'Start the check' }).click();
  await answerAll(page, (heading) => {
    const id = idOf(heading);
    asked.push(id);
    if (id === 'activity') {
      return activities === 'skip' ? label.skip : activities.split('+').map((a) => en[`activity.${a}`]);
    }
    return label[answers[id] || rest];
  });
  return asked;
}

const lead = (page) => page.locator('.cs-lead');
const why = (page) => page.getByText(en['ui.result.why']).click();

// content/cases.json `county_lines_groomed_15` (Home Office county-lines guidance).
test('a 15-year-old groomed into running drugs (levels.md: strong signs), with the under-18 line', async ({ page }) => {
  await openApp(page);
  await answer(page, 'drugs', {
    under18: 'yes', made_to: 'no', debt: 'yes', money: 'yes', told_to_lie: 'yes', punished: 'yes',
  });
  await expect(lead(page)).toHaveText(en['level.strong.title']);
  await expect(lead(page)).toHaveAttribute('data-level', 'strong');
  await expect(page.getByText(en['level.minor'])).toBeVisible();
  await expect(page.getByText(en['level.minor_unsure'])).toHaveCount(0);
  await expect(page.getByText(en['level.strong.body'])).toBeVisible();
});

// content/cases.json `pickpocket_girl_13_relatives` (Operation Golf).
test('a 13-year-old made to pickpocket by relatives, still controlled (levels.md: strong signs), safety first', async ({ page }) => {
  await openApp(page);
  await answer(page, 'stealing', {
    under18: 'yes', quota: 'yes', money: 'yes', unknown_place: 'yes', told_to_lie: 'yes', now: 'yes',
  });
  await expect(lead(page)).toHaveText(en['level.strong.title']);
  await expect(page.getByRole('heading', { level: 2, name: en['ui.safety.title'] })).toBeVisible();
});

// content/cases.json `scam_small_wage_sold_between_compounds` (UNODC 2023, OHCHR 2023).
test('an adult held in a scam compound but paid a small wage (levels.md: strong signs)', async ({ page }) => {
  await openApp(page);
  const asked = await answer(page, 'scams', { under18: 'no', money: 'no' }, 'yes');
  // Every question of the scams path, and the follow-up that "yes" to made_to opens.
  expect(asked).toHaveLength(21);
  expect(asked).toContain('recruit_others');
  expect(asked).not.toContain('hazardous');
  await expect(lead(page)).toHaveText(en['level.strong.title']);
  await expect(page.getByText(en['level.minor'])).toHaveCount(0);
  await expect(page.getByText(en['level.minor_unsure'])).toHaveCount(0);
});

// reference-cases.json `philippines_max_skips_everything` (Mizzima 2023),
// here skipping the first question too.
test('every question skipped (levels.md: not enough answers), and help comes first', async ({ page }) => {
  await openApp(page);
  const asked = await answer(page, 'skip', {}, 'skip');
  expect(asked).toHaveLength(20);
  await expect(lead(page)).toHaveText(en['level.unclear.title']);
  await expect(page.getByText(en['level.none.title'])).toHaveCount(0);
  const actions = page.locator('.cs-screen .cs-actions').first().getByRole('button');
  await expect(actions.first()).toHaveText(en['ui.result.help_button']);
});

// reference-cases.json `uk_paramjit_kaur_garment_work_3_an_hour` (BBC News):
// hard work at very low pay, agreed to and free to leave.
test('a machinist paid £3 an hour who agreed and could leave (levels.md: a few signs): no claim of crime or force', async ({ page }) => {
  await openApp(page);
  await answer(page, 'other', { under18: 'no', hours: 'yes' });
  await expect(lead(page)).toHaveText(en['level.few.title']);
  const text = (await lead(page).innerText()) + (await lead(page).locator('xpath=following-sibling::p[1]').innerText());
  expect(text).not.toMatch(/crime|forced/i);
  await expect(page.getByText(en['level.minor'])).toHaveCount(0);
});

// reference-cases.json `canada_sarnia_17_selling_alone` (The Observer, Sarnia, 2006).
test('a 17-year-old selling cannabis alone at school (levels.md: a few signs): age alone is not strong, no under-18 line', async ({ page }) => {
  await openApp(page);
  await answer(page, 'drugs', { under18: 'yes', punished: 'yes' });
  await expect(lead(page)).toHaveText(en['level.few.title']);
  await expect(page.getByText(en['level.minor'])).toHaveCount(0);
});

// reference-cases.json `uk_newtown_gardener_age_unknown` (Shropshire Star, 2019):
// his age was never established, so he is presumed a child.
test('a cannabis gardener not sure of his age, others taking the money (levels.md: strong signs): told he was treated as possibly under 18', async ({ page }) => {
  await openApp(page);
  const asked = await answer(page, 'growing', {
    under18: 'unsure', money: 'yes', debt: 'yes', punished: 'yes',
    sexual_abuse: 'no', hazardous: 'no', living: 'no', recruit_others: 'no', now: 'no',
  }, 'unsure');
  expect(asked).toContain('hazardous');
  await expect(lead(page)).toHaveText(en['level.strong.title']);
  await expect(page.getByText(en['level.minor_unsure'])).toBeVisible();
  await expect(page.getByText(en['level.minor'])).toHaveCount(0);
});

// content/cases.json `scam_partial_skip_documents_confined` (UNODC 2023).
test('a person who answers only that her passport was taken and she was locked in (levels.md: some signs): the why-list groups the signs and lists what was skipped', async ({ page }) => {
  await openApp(page);
  const asked = await answer(page, 'scams', { documents: 'yes', confined: 'yes' }, 'skip');
  await expect(lead(page)).toHaveText(en['level.some.title']);
  await why(page);
  // The two signs, under the heading of their element only.
  await expect(page.getByRole('heading', { level: 2, name: en['dim.control'] })).toBeVisible();
  for (const dim of ['dim.forced', 'dim.deception', 'dim.hard', 'dim.context']) {
    await expect(page.getByRole('heading', { level: 2, name: en[dim] })).toHaveCount(0);
  }
  const signs = page.getByRole('heading', { level: 2, name: en['dim.control'] }).locator('xpath=following-sibling::ul[1]');
  await expect(signs.getByRole('listitem')).toHaveCount(2);
  await expect(signs).toContainText(en['sign.documents_taken']);
  await expect(signs).toContainText(en['sign.confined']);
  // Every other question on her path was skipped, and is listed by its text.
  const skippedIntro = page.getByText(en['ui.result.skipped']);
  await expect(skippedIntro).toBeVisible();
  const skipped = skippedIntro.locator('xpath=following-sibling::ul[1]').getByRole('listitem');
  const expected = asked.filter((id) => !['activity', 'documents', 'confined'].includes(id)).map((id) => en[`q.${id}`]);
  expect(expected).toHaveLength(17);
  await expect(skipped).toHaveText(expected);
});
