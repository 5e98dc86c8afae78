// The two journeys beside the check, in a real browser: "I'm worried about
// someone" and "Check a job offer". Found by role and visible name; nothing
// is requested after load; every language; an embedder's choice of journeys.
const fs = require('node:fs');
const path = require('node:path');
const { test, expect, openApp, expectAccessible, chooseLanguage, storedKeys } = require('./fixtures');

const locales = path.join(__dirname, '..', '..', 'content', 'locales');
const read = (code) => JSON.parse(fs.readFileSync(path.join(locales, `${code}.json`), 'utf8'));
const english = read('en');
const codes = fs.readdirSync(locales).map((f) => f.replace(/\.json$/, '')).filter((c) => c !== 'en').sort();

/** Answer the current journey question and go on. */
async function answer(page, name, button = 'Next') {
  await page.getByRole('radio', { name, exact: true }).check();
  await page.getByRole('button', { name: button, exact: true }).click();
}

test('worried about someone held abroad: advice matched to the answers, sources, lines and rights, nothing sent', async ({ page, network }) => {
  await openApp(page);
  const loaded = network.requests.length;

  await page.getByRole('button', { name: "I'm worried about someone" }).click();
  const first = page.getByRole('heading', { level: 1, name: 'Where is the person now?' });
  await expect(first).toBeFocused();
  await expect(page.getByText('Question 1 of 5')).toBeVisible();
  await expect(page.getByText('Your answers stay on this device.', { exact: false })).toBeVisible();
  // A native radio group inside a fieldset, named by the question.
  await expect(page.getByRole('group', { name: 'Where is the person now?' })).toBeVisible();
  await expectAccessible(page, 'worried: first question');

  // Next without an answer asks calmly for one.
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('alert')).toHaveText('Choose one answer.');

  await answer(page, 'In another country');
  await expect(page.getByRole('heading', { level: 1, name: /not free to leave/ })).toBeFocused();
  await answer(page, 'Yes');
  await answer(page, 'Not sure');
  await answer(page, 'Yes');
  await expect(page.getByText('Question 5 of 5')).toBeVisible();
  await answer(page, 'No', 'See what my answers mean');

  await expect(page.getByRole('heading', { level: 1, name: 'What you can do' })).toBeFocused();
  const shown = await page.getByRole('heading', { level: 2 }).allInnerTexts();
  expect(shown).toEqual([
    "You don't have to act alone",
    'Keep in touch safely',
    'If someone asks you for money',
    'Write things down',
    'If they are in another country',
    'A word of caution',
    'Help to go home',
    'If they come home',
    'Who you can contact',
  ]);
  // The ransom advice promises nothing: paying is no guarantee, demands are raised again,
  // and officials do not encourage paying or hiring private groups.
  const ransom = page.locator('.cs-card').filter({ has: page.getByRole('heading', { level: 2, name: 'If someone asks you for money' }) });
  await expect(ransom.getByText('Paying does not guarantee that they will be let go.', { exact: false })).toBeVisible();
  await expect(ransom.getByText('Some families were asked for more money after paying.', { exact: false })).toBeVisible();
  await expect(ransom.getByText('never encouraged families to pay ransoms, or to hire private groups to help', { exact: false })).toBeVisible();
  // The embassy advice warns that details have leaked.
  await expect(page.getByText('Share where they are only with people who need it to help.', { exact: false })).toBeVisible();
  await expect(page.getByText('treat people coming back from scam compounds as suspects', { exact: false })).toBeVisible();
  // Every piece of advice carries its sources, opened on demand, without a referrer.
  await expect(page.locator('.cs-cards > .cs-card .cs-sources')).toHaveCount(8);
  await page.locator('.cs-card').filter({ hasText: 'Help to go home' }).getByText('Sources', { exact: true }).click();
  const iom = page.getByRole('link', { name: /IOM, Assisted Voluntary Return/ });
  await expect(iom).toHaveAttribute('href', 'https://www.iom.int/assisted-voluntary-return-and-reintegration');
  // In a new tab, so the check's tab never holds the source in its history.
  await expect(iom).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(iom).toHaveAttribute('target', '_blank');
  await expect(iom).toHaveAccessibleName(/\(opens in a new tab\)$/);
  await expect(page.getByText('not on an official page', { exact: false }).first()).toBeVisible();

  // The lines for the place (suggested from en-US): the emergency number and the hotline.
  await expect(page.getByRole('heading', { level: 3, name: 'Help in United States' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Call 911', exact: true })).toHaveAttribute('href', 'tel:911');
  await expect(page.getByRole('link', { name: 'Call 1-888-373-7888', exact: true })).toHaveAttribute('href', 'tel:+18883737888');
  // Choosing where they come from adds that country's lines.
  await page.getByLabel('Which country are you from?').selectOption('th');
  await expect(page.getByRole('heading', { level: 3, name: 'Help from Thailand' })).toBeVisible();
  await expectAccessible(page, 'worried: advice');

  // Nothing left the device while answering.
  expect(network.requests.length).toBe(loaded);
  expect(network.foreign()).toEqual([]);

  // Their rights, on the existing rights screen.
  await page.getByRole('button', { name: 'Their rights' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your rights' })).toBeFocused();

  // Like the check's, the answers stay in memory only: nothing is stored.
  const stored = await storedKeys(page);
  expect([stored.session, stored.local]).toEqual([[], []]);
});

test('a child with money and phones nobody explains, at home: the county-lines advice, no embassy', async ({ page, network }) => {
  await openApp(page);
  const loaded = network.requests.length;
  await page.getByRole('button', { name: "I'm worried about someone" }).click();
  await answer(page, 'In the same country as me');
  await answer(page, 'No');
  await answer(page, 'No');
  await answer(page, 'No');
  await answer(page, 'Yes', 'See what my answers mean');
  await expect(page.getByRole('heading', { level: 2, name: 'If this is about a child' })).toBeVisible();
  await expect(page.getByText(/^Money, phones or trips a child can't explain/)).toContainText('harmful form of child criminal exploitation');
  await expect(page.getByRole('heading', { level: 2, name: 'If they are in another country' })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: 'If someone asks you for money' })).toHaveCount(0);

  // "Change my answers" goes back to the last question with the answer kept.
  await page.getByRole('button', { name: 'Change my answers' }).click();
  await expect(page.getByRole('radio', { name: 'Yes', exact: true })).toBeChecked();
  expect(network.requests.length).toBe(loaded);
});

test('check a job offer: the count, which answers raised it, what to do next, nothing sent', async ({ page, network }) => {
  await openApp(page);
  const loaded = network.requests.length;

  await page.getByRole('button', { name: 'Check a job offer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /much higher than usual for simple work/ })).toBeFocused();
  await expect(page.getByText('Question 1 of 7')).toBeVisible();
  await expectAccessible(page, 'job: first question');
  await answer(page, 'Yes'); // pay
  await answer(page, 'Yes'); // social media
  await answer(page, 'No'); // contract
  await answer(page, 'Not sure'); // visa
  await answer(page, 'Yes'); // travel paid
  await answer(page, 'No'); // route
  await expect(page.getByRole('heading', { level: 1, name: /keep your passport/ })).toBeFocused();
  await answer(page, 'Yes', 'See what my answers mean'); // passport

  await expect(page.getByRole('heading', { level: 1, name: 'What we found in this offer' })).toBeFocused();
  await expect(page.getByText('Warning signs of scam-compound recruitment in this offer: 4 of 7.')).toBeVisible();
  const raised = page.locator('ul.cs-why').first();
  await expect(page.getByRole('heading', { level: 2, name: 'The answers that raised it' })).toBeVisible();
  for (const flag of ['Pay far above normal for simple work', 'Offered through social media',
    'Travel paid by the employer', 'Someone wants to keep your passport']) {
    await expect(raised.getByText(flag, { exact: true })).toBeVisible();
  }
  await expect(raised.getByText(/^Your answer to: Has anyone asked to keep your passport/)).toBeVisible();
  await expect(raised.locator(':scope > li')).toHaveCount(4);
  // "Not sure" is shown apart and not counted.
  await expect(page.getByRole('heading', { level: 2, name: 'Things you were not sure about' })).toBeVisible();
  await expect(page.getByText('A tourist visa, or no visa, for work', { exact: true })).toBeVisible();
  // Each warning sign has its sources.
  await raised.locator(':scope > li').first().getByText('Sources', { exact: true }).click();
  await expect(page.getByRole('link', { name: /Ministry of External Affairs advisory/ }).first()).toBeVisible();

  await expect(page.getByRole('heading', { level: 2, name: 'What to do next' })).toBeVisible();
  for (const step of ['Ask officials to check the employer', 'Look up the company', 'Tell your family', 'Keep your passport']) {
    await expect(page.getByRole('heading', { level: 3, name: step })).toBeVisible();
  }
  await expect(page.getByRole('link', { name: 'Call 1-888-373-7888', exact: true })).toBeVisible();
  await expectAccessible(page, 'job: result');
  expect(network.requests.length).toBe(loaded);
  expect(network.foreign()).toEqual([]);

  // "See all help lines" opens the full help screen.
  await page.getByRole('button', { name: 'See all help lines' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Who can help' })).toBeFocused();
});

test('a job offer with no warning sign still says to check before travelling', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Check a job offer' }).click();
  for (let i = 0; i < 6; i++) await answer(page, 'No');
  await answer(page, 'No', 'See what my answers mean');
  await expect(page.getByText('Warning signs of scam-compound recruitment in this offer: 0 of 7.')).toBeVisible();
  await expect(page.getByText('It is still worth checking the offer before you travel.', { exact: false })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'The answers that raised it' })).toHaveCount(0);
  // "Delete my answers" clears the journeys too.
  await page.getByRole('button', { name: 'Delete my answers' }).click();
  await page.getByRole('button', { name: 'Yes, delete them' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'A private check for warning signs' })).toBeVisible();
  await page.getByRole('button', { name: 'Check a job offer' }).click();
  await expect(page.getByRole('radio', { name: 'No' }).first()).not.toBeChecked();
});

function hostPage(config) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An NGO</title></head><body>
    <script type="application/json" id="cs-config">${JSON.stringify(config).replace(/</g, '\\u003c')}</script>
    <clear-signs config="cs-config"></clear-signs>
    <script src="./embed.js" defer></script>
  </body></html>`;
}

test('an embedder offers only the job check: the start screen shows only that', async ({ page, baseURL, network }) => {
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await page.route(`${baseURL}host-journeys.html`, (route) =>
    route.fulfill({ contentType: 'text/html', body: hostPage({ journeys: ['job_offer', 'quiz'] }) }));
  await page.goto('./host-journeys.html');
  await expect(page.locator('html')).toHaveAttribute('data-cs-ready', '', { timeout: 15000 });
  await expect(page.getByRole('heading', { level: 1, name: 'A private check for warning signs' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Check a job offer' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start the check' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: "I'm worried about someone" })).toHaveCount(0);
  expect(warnings.some((w) => w.includes('config `journeys`') && w.includes('quiz'))).toBe(true);
  await page.getByRole('button', { name: 'Check a job offer' }).click();
  await expect(page.getByText('Question 1 of 7')).toBeVisible();
  expect(network.foreign()).toEqual([]);
});

/** English sentences of the journeys that must not show in another language. */
function leaks(code) {
  const texts = read(code);
  return Object.entries(english)
    .filter(([key, value]) => /^(worried|job|journeys)\./.test(key) && value.length >= 16 && texts[key] !== value)
    .map(([, value]) => value.split('{')[0].trim())
    .filter((value) => value.length >= 16);
}

async function appText(page) {
  return page.evaluate(() => {
    const clone = document.body.cloneNode(true);
    clone.querySelectorAll('[lang="en"], noscript, [hidden], script, .cs-sources').forEach((e) => e.remove());
    return clone.innerText;
  });
}

for (const code of codes) {
  test(`${code}: both journeys run end to end, translated`, async ({ page, network }) => {
    await openApp(page);
    const loaded = network.requests.length;
    await chooseLanguage(page, code);
    const t = read(code);
    const english = leaks(code);
    for (const [link, end] of [['worried.start_link', 'worried.advice.title'], ['job.start_link', 'job.result.title']]) {
      await page.getByRole('button', { name: t[link], exact: true }).click();
      const total = link.startsWith('worried') ? 5 : 7;
      for (let n = 1; n <= total; n++) {
        const progress = t['ui.progress'].replace('{n}', n).replace('{total}', total);
        await expect(page.getByText(progress, { exact: true })).toBeVisible();
        await page.getByRole('radio').first().check();
        await page.locator('button[type=submit]').click();
      }
      await expect(page.getByRole('heading', { level: 1, name: t[end], exact: true })).toBeFocused();
      const text = await appText(page);
      expect(english.filter((s) => text.includes(s)), `English on ${end} in ${code}`).toEqual([]);
      if (code === 'ar' || code === 'th') await expectAccessible(page, `${end} (${code})`);
      // Back to the start for the other journey.
      await page.getByRole('navigation').getByRole('button').first().click();
    }
    expect(network.requests.length).toBe(loaded);
  });
}

test.describe('320 px wide with text at 200 %', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('both journeys fit the width, the exit stays in view, targets are 44 px', async ({ page }) => {
    await openApp(page);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
    const fits = async (screen) => {
      const m = await page.evaluate(() => {
        const exit = document.querySelector('.cs-header .cs-exit').getBoundingClientRect();
        const small = [...document.querySelectorAll('#clear-signs-app button, #clear-signs-app .cs-option')]
          .filter((e) => e.getBoundingClientRect().height < 44).map((e) => e.textContent.trim());
        // The journeys' own content (the header and the language picker are checked elsewhere).
        const right = Math.max(...[...document.querySelectorAll('#clear-signs-app .cs-screen *')]
          .map((e) => e.getBoundingClientRect().right));
        return { right, view: document.documentElement.clientWidth,
          exitTop: exit.top, exitBottom: exit.bottom, inner: window.innerHeight, small };
      });
      expect(m.right, `content wider than the screen on ${screen}`).toBeLessThanOrEqual(m.view);
      expect(m.exitTop, `exit in view on ${screen}`).toBeGreaterThanOrEqual(0);
      expect(m.exitBottom, `exit in view on ${screen}`).toBeLessThanOrEqual(m.inner);
      expect(m.small, `targets under 44 px on ${screen}`).toEqual([]);
    };
    await fits('start');
    await page.getByRole('button', { name: "I'm worried about someone" }).click();
    await fits('worried question');
    // Each step waits for the new question to take focus, as a person would.
    const step = async (n, total, name) => {
      await expect(page.getByText(`Question ${n} of ${total}`)).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
      // By keyboard: at this size a tap on Next is intercepted by Back on
      // every question screen, the check's too (reported, not part of this work).
      await page.getByRole('radio', { name, exact: true }).check();
      await page.getByRole('button', { name: n === total ? 'See what my answers mean' : 'Next', exact: true }).press('Enter');
    };
    await step(1, 5, 'In another country');
    for (const n of [2, 3, 4, 5]) await step(n, 5, 'Yes');
    await expect(page.getByRole('heading', { level: 1, name: 'What you can do' })).toBeFocused();
    await fits('worried advice');
    await page.getByRole('navigation').getByRole('button').first().click();
    await page.getByRole('button', { name: 'Check a job offer' }).click();
    await fits('job question');
    for (let n = 1; n <= 7; n++) await step(n, 7, 'Yes');
    await expect(page.getByText('Warning signs of scam-compound recruitment in this offer: 7 of 7.')).toBeVisible();
    await fits('job result');
  });
});
