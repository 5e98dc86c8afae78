// Help that is safe where the person is (issue 25). Where officials may work
// with traffickers or treat victims as suspects (Cambodia, Myanmar, Laos,
// China), the police section leads with a caution, never scripts a
// confession, and offers the card only as an option; lines that are not the
// police come first; someone still held reads how to contact help safely
// first. Elsewhere (the UK) the usual advice stands; with no place chosen, a
// general caution stands in. Every source shows its own date.
const { test, expect, openApp, answerAll, expectAccessible } = require('./fixtures');

const POLICE = 'If police or officials stop you';
const CAUTION = 'Be careful with police and officials here';
const BASELINE = 'What you can do anywhere';
const TRUSTED = 'Where you can trust the officials';
const CONFESSION = 'You can tell them you were made to do it';
const CARD_CAUTION = 'The card below says you may be a victim of trafficking. Show it only if you trust the officials in front of you.';
const NO_PLACE = "Somewhere else, or I'd rather not say";

// Each place's own reason for the caution (caution.<id> in en.json).
const cautionPlaces = [
  { place: 'Cambodia', why: 'police in Cambodia have held people from scam centres until they paid the police a bribe' },
  { place: 'Myanmar', why: 'soldiers, police and local officials are more and more often reported to be involved' },
  { place: 'Laos', why: 'some Lao officials helped, and sometimes profited from, illegal activities' },
  { place: 'China', why: 'China\'s police ministry calls people sent back from scam compounds in Myanmar and Cambodia fraud “suspects”' },
];

/**
 * A source's own date in brackets after its title (a year, a month and year,
 * a long date, or "no date"), then possibly "(secondary source)": at the end,
 * so a year in the title itself does not count.
 */
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const SOURCE_DATE = new RegExp(`\\((?:\\d{4}|${MONTH} \\d{4}|\\d{1,2} ${MONTH} \\d{4}|${MONTH} \\d{1,2}, \\d{4}|no date)\\)(?: \\(secondary source\\))?$`);
const LONG_DATE = new RegExp(`We last read these sources on (?:\\d{1,2} ${MONTH} \\d{4}|${MONTH} \\d{1,2}, \\d{4})\\.`);

const nav = (page) => page.getByRole('navigation', { name: 'Sections' });

/** The rights screen for `place` (chosen by its label); returns the police section. */
async function rightsIn(page, place) {
  await nav(page).getByRole('button', { name: 'Your rights' }).click();
  await page.getByLabel('Where are you now?').selectOption({ label: place });
  if (place !== NO_PLACE) await expect(page.getByRole('heading', { level: 2, name: `Where you are: ${place}` })).toBeVisible();
  return page.getByRole('region', { name: POLICE });
}

/** The help screen for `place`; returns the first line card (the line offered first). */
async function helpIn(page, place) {
  await nav(page).getByRole('button', { name: 'Who can help' }).click();
  await page.getByLabel('Where are you now?').selectOption({ label: place });
  await expect(page.getByRole('heading', { level: 2, name: `Help in ${place}` })).toBeVisible();
  return page.locator('.cs-card:has(a[href^="tel:"])').first();
}

/** Whether `a` comes before `b` in the page. */
async function before(a, b) {
  const other = await b.elementHandle();
  return a.evaluate((x, y) => Boolean(x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING), other);
}

for (const { place, why } of cautionPlaces) {
  test(`${place}: the police section leads with the caution, never scripts a confession, and the card is only an option`, async ({ page }) => {
    await openApp(page);
    const section = await rightsIn(page, place);

    // The caution comes first, before any advice.
    const headings = await section.getByRole('heading', { level: 3 }).allInnerTexts();
    expect(headings[0]).toBe(CAUTION);
    expect(headings).toContain(BASELINE);
    expect(headings).not.toContain(TRUSTED);
    const box = section.locator('.cs-caution');
    await expect(box.getByRole('heading', { level: 3, name: CAUTION })).toBeVisible();
    await expect(box.getByText(why, { exact: false })).toBeVisible();
    await expect(box.getByText('First, if you can, contact a lawyer, the UN migration agency IOM', { exact: false })).toBeVisible();
    await expect(box.getByText('Details have leaked before, through an embassy and the police', { exact: false })).toBeVisible();
    expect(await before(box, section.getByRole('heading', { level: 3, name: BASELINE }))).toBe(true);
    await expect(section.getByText('Ask for a lawyer and an interpreter first.', { exact: false })).toBeVisible();

    // The caution carries its sources, each with its own date, and when we read them.
    await box.getByText('Sources', { exact: true }).click();
    const sources = box.locator('.cs-sources li');
    expect(await sources.count()).toBeGreaterThan(0);
    for (const text of await sources.allInnerTexts()) expect(text.trim()).toMatch(SOURCE_DATE);
    await expect(box.getByText(LONG_DATE)).toBeVisible();

    // Nothing anywhere on the page tells them to confess.
    await expect(page.getByText(CONFESSION, { exact: false })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: TRUSTED })).toHaveCount(0);

    // The card is still there, after its caution, as a secondary choice.
    const caveat = section.getByText(CARD_CAUTION);
    const button = section.getByRole('button', { name: 'Show a card to officials' });
    await expect(caveat).toBeVisible();
    await expect(button).toBeVisible();
    await expect(button).toHaveClass(/cs-button--secondary/);
    expect(await before(box, caveat)).toBe(true);
    expect(await before(caveat, button)).toBe(true);
    await button.click();
    await expect(page.getByRole('heading', { level: 1, name: 'A card to show officials' })).toBeFocused();
  });
}

test('Cambodia: the rights screen passes axe, and says no non-punishment law was found', async ({ page }) => {
  await openApp(page);
  const section = await rightsIn(page, 'Cambodia');
  await expect(section.getByRole('heading', { level: 3, name: CAUTION })).toBeVisible();
  await expect(page.getByText('We have not found a law here that protects trafficking victims', { exact: false })).toBeVisible();
  // With every "Sources" list open, too.
  for (const summary of await page.locator('.cs-sources summary').all()) await summary.click();
  await expectAccessible(page, 'rights, Cambodia');
});

test('help in the caution places: a line that is not the police first where one exists', async ({ page }) => {
  await openApp(page);

  // Cambodia: the only line is the police. No line is offered first: the
  // screen leads with the embassy and IOM, the police line waits under "more",
  // and the emergency number carries the caveat.
  await helpIn(page, 'Cambodia');
  const policeOnly = page.getByText('The only lines we found here are the police, or pass reports to them. If you can, contact your own country\'s embassy or IOM first.');
  await expect(policeOnly).toBeVisible();
  const here = page.getByRole('heading', { level: 2, name: 'Help in Cambodia' });
  const offered = page.locator('.cs-card:has(a[href^="tel:"])');
  for (const card of await offered.all()) {
    if (await card.isVisible()) expect(await card.innerText()).not.toContain('This is the police');
  }
  expect(await before(here, policeOnly)).toBe(true);
  const more = page.locator('.cs-more');
  await more.locator(':scope > summary').click();
  const police = more.locator('.cs-card').filter({ hasText: 'This is the police' }).first();
  await expect(police.getByRole('link', { name: 'Call 117' })).toBeVisible();
  await more.locator(':scope > summary').click();
  const emergency = page.locator('.cs-emergency');
  await expect(emergency).toContainText('In danger now? Call the emergency number:');
  await expect(emergency.getByText('The emergency number here reaches the police, who may not be safe for everyone.', { exact: false })).toBeVisible();
  // An Indian in Cambodia also sees their embassy's number there, which is not the police.
  await page.getByLabel('Which country are you from? You can skip this.').selectOption({ label: 'India' });
  await expect(page.getByRole('heading', { level: 2, name: 'Help from India' })).toBeVisible();
  const embassy = page.locator('.cs-card').filter({ hasText: 'Embassy of India in Cambodia' });
  await expect(embassy.getByRole('link', { name: 'Call +855 9288 1676 (from abroad)' })).toHaveAttribute('href', 'tel:+85592881676');
  await expect(embassy).toContainText('This is not the police.');
  await page.getByLabel('Which country are you from? You can skip this.').selectOption({ label: "I'd rather not say" });

  // Laos: the counselling line 1362, not the police, first.
  const first = await helpIn(page, 'Laos');
  await expect(first.getByRole('link', { name: 'Call 1362' })).toBeVisible();
  await expect(first).toContainText('This is not the police.');
  await expect(page.getByText('The only lines we found here are the police', { exact: false })).toHaveCount(0);

  // China: 12308 is the foreign ministry's line for Chinese citizens abroad
  // (FACTS-3), so it is not offered to a person in China: no line is.
  await helpIn(page, 'China');
  await expect(page.getByText('We have no checked helpline for this place yet.', { exact: false })).toBeVisible();
  await expect(page.locator('a[href="tel:12308"]')).toHaveCount(0);
  await expect(page.getByText('The only lines we found here are the police', { exact: false })).toHaveCount(0);
  // A Chinese person in Cambodia gets it under "Help from China": the number
  // that works from abroad first, with its own caution.
  await helpIn(page, 'Cambodia');
  await page.getByLabel('Which country are you from? You can skip this.').selectOption({ label: 'China' });
  await expect(page.getByRole('heading', { level: 2, name: 'Help from China' })).toBeVisible();
  const consular = page.locator('.cs-card').filter({ hasText: 'Chinese citizens abroad' }).first();
  await expect(consular.getByRole('link', { name: 'Call +86 10 12308 (from abroad)' })).toHaveAttribute('href', 'tel:+861012308');
  await expect(consular).not.toContainText('This is the police');
  await expect(consular).toContainText("China's police have called people sent back from scam centres fraud suspects.");
  await page.getByLabel('Which country are you from? You can skip this.').selectOption({ label: "I'd rather not say" });

  // Myanmar: no checked line, so none is offered.
  await helpIn(page, 'Myanmar');
  await expect(page.getByText('We have no checked helpline for this place yet.', { exact: false })).toBeVisible();
  await expect(page.getByText('We found no checked trafficking helpline for Myanmar', { exact: false })).toBeVisible();
  // With no sourced emergency number, the general advice still carries the caveat.
  await expect(page.getByText('The emergency number here reaches the police, who may not be safe for everyone.', { exact: false })).toBeVisible();
});

test('England and Wales: no caution, the usual advice, and a line that is not the police first', async ({ page }) => {
  await openApp(page);
  const section = await rightsIn(page, 'England and Wales');
  await expect(section.getByRole('heading', { level: 3, name: CAUTION })).toHaveCount(0);
  await expect(section.getByRole('heading', { level: 3, name: TRUSTED })).toBeVisible();
  await expect(section.getByText(CONFESSION, { exact: false })).toBeVisible();
  await expect(section.getByText(CARD_CAUTION)).toHaveCount(0);
  await expect(section.getByRole('button', { name: 'Show a card to officials' })).not.toHaveClass(/cs-button--secondary/);

  const first = await helpIn(page, 'England and Wales');
  await expect(first).toContainText('This is not the police.');
  await expect(page.getByText('The only lines we found here are the police', { exact: false })).toHaveCount(0);
  await expect(page.getByText('The emergency number here reaches the police', { exact: false })).toHaveCount(0);
});

test('with no place chosen: a general caution, and nothing tells them to confess', async ({ page }) => {
  await openApp(page);
  const section = await rightsIn(page, NO_PLACE);
  await expect(page.getByRole('heading', { level: 2, name: /^Where you are:/ })).toHaveCount(0);
  await expect(section.getByText('In some places, officials may work with traffickers or treat victims as criminals.', { exact: false })).toBeVisible();
  await expect(section.getByText('Until then, ask for a lawyer first.', { exact: false })).toBeVisible();
  await expect(section.getByRole('heading', { level: 3, name: BASELINE })).toBeVisible();
  await expect(page.getByText(CONFESSION, { exact: false })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: TRUSTED })).toHaveCount(0);
});

test('United States: the rights describe the federal trafficking defence (18 U.S.C. §28) and the discretionary waiver', async ({ page }) => {
  await openApp(page);
  await rightsIn(page, 'United States');
  const defence = page.locator('.cs-card').filter({ has: page.getByRole('heading', { level: 3, name: 'US: a trafficking defence in federal court' }) });
  await expect(defence).toContainText('Since January 2026, US federal law has a trafficking defence.');
  await expect(defence).toContainText('you can show that you were a trafficking victim when you did it. This can prove duress');
  await expect(defence).toContainText('It does not cover violent crimes against a child.');
  await expect(page.getByText('not a defence you can use in court', { exact: false })).toHaveCount(0);
  await expect(page.getByText('We found no federal law that gives such a defence', { exact: false })).toHaveCount(0);
  const visa = page.locator('.cs-card').filter({ has: page.getByRole('heading', { level: 3, name: 'US: a visa to stay' }) });
  await expect(visa).toContainText('USCIS can choose to waive crimes linked to the trafficking (Form I-192), but it does not have to.');
  await expect(visa).toContainText('Apply only with a lawyer.');
  await expect(page.getByRole('region', { name: POLICE })).toContainText('Ask about the federal trafficking defence');
});

test('every source on the rights and help screens shows its own date in brackets', async ({ page }) => {
  await openApp(page);
  for (const screen of ['rights', 'help']) {
    if (screen === 'rights') await rightsIn(page, 'Cambodia');
    else await helpIn(page, 'Cambodia');
    const items = page.locator('.cs-sources li');
    const texts = await items.allTextContents();
    expect(texts.length, `sources on ${screen}`).toBeGreaterThan(5);
    for (const text of texts) expect(text.trim(), `a source on ${screen}`).toMatch(SOURCE_DATE);
    // A source list opened shows the date beside the link, as the person sees it.
    await page.locator('.cs-sources summary').first().click();
    await expect(items.first()).toBeVisible();
    expect((await items.first().innerText()).trim()).toMatch(SOURCE_DATE);
  }
  // Every right says when we last read its sources, as a date in words.
  await rightsIn(page, 'Cambodia');
  const cards = page.locator('.cs-card');
  const count = await cards.count();
  expect(count).toBeGreaterThan(3);
  for (let i = 0; i < count; i++) await expect(cards.nth(i)).toContainText(LONG_DATE);
});

test.describe('still held, in Cambodia', () => {
  test.use({ timezoneId: 'Asia/Phnom_Penh', locale: 'en-GB' });

  test('safe contact comes before the caution, and the safety box says the emergency number reaches the police', async ({ page }) => {
    await openApp(page);
    await page.getByRole('button', { name: 'Start the check' }).click();
    await answerAll(page, (q) => {
      if (q.startsWith('What is this about')) return 'Carrying or selling drugs';
      if (q.startsWith('Have you been arrested') || q.startsWith('Right now')) return 'Yes';
      return 'No';
    });

    // The result's safety box: the emergency number is the police here.
    const safety = page.getByRole('note').filter({ has: page.getByRole('heading', { level: 2, name: 'Your safety comes first' }) });
    await expect(safety).toContainText('If you are in danger now, you can call the emergency number. It reaches the police, who may not be safe for everyone here. If you can, contact your embassy or IOM first.');
    await expect(safety).not.toContainText('call the emergency number where you are');

    await page.getByRole('button', { name: 'Read your rights' }).first().click();
    await expect(page.getByRole('heading', { level: 2, name: 'Where you are: Cambodia' })).toBeVisible();
    // Arrested: the police section comes first; still held: safe contact first within it.
    await expect(page.locator('h2').first()).toHaveText(POLICE);
    const section = page.getByRole('region', { name: POLICE });
    const headings = await section.getByRole('heading', { level: 3 }).allInnerTexts();
    expect(headings.slice(0, 2)).toEqual(['If you are still held', CAUTION]);
    expect(headings).toContain(BASELINE);
    expect(headings.indexOf(BASELINE)).toBeGreaterThan(1);
    await expect(section.getByText('Contact help only from a phone they do not check', { exact: false })).toBeVisible();
    await expect(page.getByText(CONFESSION, { exact: false })).toHaveCount(0);
  });
});
