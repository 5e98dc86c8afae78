// Shared helpers: a network recorder, the neutral exit page, axe, and answering.
const base = require('@playwright/test');
const { default: AxeBuilder } = require('@axe-core/playwright');

// The quick exit's neutral pages (content/exit-pages.json): EXIT_URL when no
// place is known (before the app starts), else the place's own page.
const EXIT_PAGES = require('../../content/exit-pages.json');
const EXIT_URL = EXIT_PAGES.default.url;
const exitPageFor = (place) => (EXIT_PAGES.pages.find((p) => p.places.includes(place)) || EXIT_PAGES.default).url;
/** For waitForURL: any of the neutral pages. */
const NEUTRAL = (url) => [EXIT_URL, ...EXIT_PAGES.pages.map((p) => p.url)].some((u) => url.href.startsWith(u));
const PREVIOUS_SITE = 'https://previous.example/';

const test = base.test.extend({
  // Every request the page makes, and CSP violations, recorded from the start
  // of every test (auto), with the outside pages stubbed.
  network: [async ({ page, context, baseURL }, use) => {
    const requests = [];
    context.on('request', (r) => requests.push(r.url()));
    // Outside pages are stubs: nothing here may reach the real network.
    for (const url of [EXIT_URL, ...EXIT_PAGES.pages.map((p) => p.url)]) {
      await context.route(url + '**', (route) =>
        route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' }));
    }
    await context.route(PREVIOUS_SITE + '**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>Previous</title><h1>Previous site</h1>' }));
    await context.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const origin = new URL(baseURL).origin;
    await use({
      requests,
      own: () => requests.filter((u) => u.startsWith(origin)),
      foreign: () => requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:')),
    });
  }, { auto: true }],
  // No test may meet a panic (the app's panic hook writes this console line),
  // in any page of the test, however the test ends. Only the test build's
  // deliberate panic (test-build.spec.js) is let through.
  noPanic: [async ({ context }, use, testInfo) => {
    const panics = [];
    const watch = (page) => page.on('console', (m) => {
      if (m.text().includes('Clear Signs: internal error')) panics.push(`${page.url()}: ${m.text()}`);
    });
    context.pages().forEach(watch);
    context.on('page', watch);
    await use();
    if (testInfo.project.name !== 'test-build') base.expect(panics, 'a panic').toEqual([]);
  }, { auto: true }],
});
const { expect } = base;

/**
 * Open the app and wait until the WASM has mounted and every language file
 * (lang/<code>.txt, fetched by every visitor once the app shows) is in: from
 * then on the app makes no request at all.
 */
async function openApp(page) {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'A private check for warning signs' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-cs-ready', '');
  await expect(page.locator('html')).toHaveAttribute('data-cs-languages', '');
}

/** axe with the WCAG 2.2 A and AA rules; fails the test on any violation. */
async function expectAccessible(page, screen) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
  expect(summary, `axe violations on ${screen}`).toEqual([]);
}

/**
 * Answer every question until the result. `choose(questionText)` returns the
 * visible name of the answer to pick: a radio button, or on the activity
 * question (checkboxes: "Choose all that fit") a name or a list of names to
 * tick, every other box left unticked. Returns the number of questions answered.
 */
async function answerAll(page, choose, onEachQuestion) {
  for (let step = 0; step < 30; step++) {
    const heading = page.getByRole('heading', { level: 1 });
    const text = await heading.innerText();
    if (text === 'What your answers show') return step;
    await answer(page, text, choose(text));
    if (onEachQuestion) await onEachQuestion(step, text);
    const next = page.getByRole('button', { name: /^(Next|See what my answers mean)$/ });
    await next.click();
    await expect(heading).not.toHaveText(text);
  }
  throw new Error('the check did not reach a result in 30 steps');
}

/**
 * Choose `names` (one name or a list) in the question group named `question`:
 * the radio button, or the checkboxes to tick (the others are unticked).
 */
async function answer(page, question, names) {
  const group = page.getByRole('group', { name: question, exact: true });
  const boxes = group.getByRole('checkbox');
  const wanted = [].concat(names);
  if (await boxes.count()) {
    for (const name of wanted) await group.getByRole('checkbox', { name, exact: true }).check();
    for (const box of await boxes.all()) {
      const name = (await box.evaluate((e) => e.labels[0].innerText)).trim();
      if (!wanted.includes(name) && (await box.isChecked())) await box.uncheck();
    }
    for (const name of wanted) await expect(group.getByRole('checkbox', { name, exact: true })).toBeChecked();
    return;
  }
  if (wanted.length !== 1) throw new Error(`one answer only on "${question}": ${wanted.join(', ')}`);
  await group.getByRole('radio', { name: wanted[0], exact: true }).check();
}

/**
 * Walk every screen without reading any text (so it works in any language):
 * start, a question, the result with its reasons open, rights, help and
 * staying safe. `onScreen(name)` runs on each.
 */
async function visitAllScreens(page, onScreen) {
  await onScreen('start');
  await page.locator('.cs-button').first().click();
  await onScreen('question');
  for (let i = 0; i < 25 && !(await page.locator('[data-level]').count()); i++) {
    // A radio button, or on the activity question the first checkbox.
    await page.locator('.cs-question input:is([type=radio], [type=checkbox])').first().check();
    await page.locator('button[type=submit]').click();
  }
  await page.locator('.cs-details summary').first().click();
  await onScreen('result');
  for (const index of [1, 2, 3]) {
    await page.locator('.cs-nav__button').nth(index).click();
    await onScreen(`section ${index}`);
  }
}

/**
 * Choose a language with the language control: pick it in the list, then
 * press the "Change language" button (the list alone changes nothing).
 */
async function chooseLanguage(page, code) {
  await page.locator('#cs-language').selectOption(code);
  await page.locator('.cs-language__change').click();
  await expect(page.locator('html')).toHaveAttribute('lang', code);
}

/** Tick "Keep my answers on this device" (the only way anything is stored), then back to the check. */
async function keepAnswers(page) {
  await page.getByRole('button', { name: 'Staying safe' }).click();
  await page.getByRole('checkbox', { name: 'Keep my answers on this device after I close this page' }).check();
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'The check' }).click();
}

/** What the page's origin holds in every kind of browser storage. */
async function storedKeys(page) {
  return page.evaluate(async () => ({
    session: Object.keys(sessionStorage),
    local: Object.keys(localStorage),
    cookies: document.cookie,
    indexedDB: (await indexedDB.databases()).map((d) => d.name),
    caches: await caches.keys(),
  }));
}

module.exports = { test, expect, openApp, expectAccessible, answerAll, answer, visitAllScreens, storedKeys, keepAnswers, chooseLanguage, EXIT_URL, PREVIOUS_SITE,
  EXIT_PAGES, exitPageFor, NEUTRAL };
