// Someone arrested for what they were made to do: the police guidance comes
// first among their rights, and a card shows officials the same few
// sentences in the person's language and the language used where they are.
const { test, expect, openApp, answerAll, expectAccessible, storedKeys, chooseLanguage } = require('./fixtures');

async function arrestedOnTheDrugsPath(page) {
  await page.getByRole('button', { name: 'Start the check' }).click();
  await answerAll(page, (q) => {
    if (q.startsWith('What is this about')) return 'Carrying or selling drugs';
    if (q.startsWith('Have you been arrested')) return 'Yes';
    return 'No';
  });
  await page.getByRole('button', { name: 'Read your rights' }).first().click();
}

test.describe('in Thailand, reading English', () => {
  test.use({ timezoneId: 'Asia/Bangkok', locale: 'en-GB' });

  test('an arrested person sees the police guidance first, then a card in English and Thai', async ({ page, network }) => {
    await openApp(page);
    const loaded = network.requests.length;
    await arrestedOnTheDrugsPath(page);

    // "If police or officials stop you" is the first section, before the rights here.
    const police = page.getByRole('heading', { level: 2, name: 'If police or officials stop you' });
    await expect(police).toBeVisible();
    await expect(page.locator('h2').first()).toHaveText('If police or officials stop you');
    const section = page.getByRole('region', { name: 'If police or officials stop you' });
    await expect(section.getByRole('heading', { level: 3, name: 'Thailand: ask to be screened' })).toBeVisible();
    await expect(section.getByRole('heading', { level: 3, name: 'What you can do anywhere' })).toBeVisible();
    await expect(section.getByText('Ask for a lawyer and an interpreter first.', { exact: false })).toBeVisible();
    await expect(section.getByText('Do not sign anything you do not understand.', { exact: false })).toBeVisible();
    // Thailand's officials carry no caution: telling them what happened is offered here.
    await expect(section.getByText('Be careful with police and officials here')).toHaveCount(0);
    await expect(section.getByRole('heading', { level: 3, name: 'Where you can trust the officials' })).toBeVisible();
    // Thailand's non-punishment rule (section 41) is listed, so no "we have not found a law" note.
    await expect(page.getByRole('heading', { level: 3, name: 'Thailand: no prosecution for some offences' })).toBeVisible();
    await expect(page.getByText('We have not found a law here that protects trafficking victims', { exact: false })).toHaveCount(0);
    await expectAccessible(page, 'rights, arrested');

    await section.getByRole('button', { name: 'Show a card to officials' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'A card to show officials' })).toBeFocused();
    const english = page.locator('.cs-card-text[lang="en"]');
    const thai = page.locator('.cs-card-text[lang="th"]');
    await expect(english).toContainText('I may be a victim of human trafficking.');
    await expect(english).toContainText('I want a lawyer and an interpreter.');
    await expect(english).toContainText('I ask to be referred for support as a possible victim.');
    await expect(thai).toContainText('ฉันอาจเป็นผู้เสียหายจากการค้ามนุษย์');
    await expect(thai).toContainText('ฉันต้องการทนายความและล่าม');
    await expectAccessible(page, 'card');

    // Printed, only the card remains; on screen the quick exit is still there.
    await page.emulateMedia({ media: 'print' });
    await expect(thai).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Sections' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
    await expect(page.getByRole('link', { name: 'Emergency: Exit this page' })).toBeVisible();

    // Nothing was sent, and nothing beyond the usual answers key was stored.
    expect(network.requests.slice(loaded)).toEqual([]);
    const stored = await storedKeys(page);
    expect(stored.local).toEqual([]);
    expect(stored.session.every((k) => k.startsWith('clear-signs'))).toBe(true);

    await page.getByRole('button', { name: 'Back to your rights' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your rights' })).toBeFocused();
  });
});

test('a Vietnamese speaker in England sees the card in Vietnamese and English', async ({ page }) => {
  await openApp(page);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Your rights' }).click();
  await page.getByLabel('Where are you now?').selectOption({ label: 'England and Wales' });
  await page.getByRole('button', { name: 'Show a card to officials' }).click();
  await chooseLanguage(page, 'vi');
  await expect(page.locator('.cs-card-text[lang="vi"]')).toContainText('Tôi có thể là nạn nhân của mua bán người.');
  await expect(page.locator('.cs-card-text[lang="en"]')).toContainText('I may be a victim of human trafficking.');
});

test('where the official language is not one of ours, the card says it uses English', async ({ page }) => {
  await openApp(page);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Your rights' }).click();
  await page.getByLabel('Where are you now?').selectOption({ label: 'A European Union country' });
  await page.getByRole('button', { name: 'Show a card to officials' }).click();
  await chooseLanguage(page, 'zh');
  await expect(page.locator('.cs-card-text[lang="zh"]')).toContainText('我可能是人口贩运的受害者。');
  await expect(page.locator('.cs-card-text[lang="en"]')).toContainText('I may be a victim of human trafficking.');
  await expect(page.getByText('我们没有这里官员使用的语言', { exact: false })).toBeVisible();
});

test('an English reader where officials speak another language gets one English card, without "also in English"', async ({ page }) => {
  await openApp(page);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Your rights' }).click();
  await page.getByLabel('Where are you now?').selectOption({ label: 'A European Union country' });
  await page.getByRole('button', { name: 'Show a card to officials' }).click();
  await expect(page.locator('.cs-card-text')).toHaveCount(1);
  await expect(page.locator('.cs-card-text[lang="en"]')).toContainText('I may be a victim of human trafficking.');
  await expect(page.getByText('also in English', { exact: false })).toHaveCount(0);
});

// The card in the language officials use, for every listed place with a
// shipped language, beside the person's own (issue 26).
const locale = (code) => require(`../../content/locales/${code}.json`);
for (const [place, official] of [['Cambodia', 'km'], ['Myanmar', 'my'], ['Laos', 'lo'], ['Malaysia', 'ms'], ['Sri Lanka', 'si'], ['Nepal', 'ne']]) {
  test(`in ${place} the card is also in ${official}, the officials' language`, async ({ page }) => {
    await openApp(page);
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Your rights' }).click();
    await page.getByLabel('Where are you now?').selectOption({ label: place });
    await page.getByRole('button', { name: 'Show a card to officials' }).click();
    const card = page.locator(`.cs-card-text[lang="${official}"]`);
    for (const key of ['ui.card.victim', 'ui.card.lawyer', 'ui.card.referral']) await expect(card).toContainText(locale(official)[key]);
    await expect(page.locator('.cs-card-text[lang="en"]')).toContainText('I may be a victim of human trafficking.');
  });
}
