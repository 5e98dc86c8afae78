// The facts the build writes into the static files (scripts/facts.mjs, issue
// 16): the helplines for people without JavaScript or when the check cannot
// start, and the exit's default page, come from content/ and are there in the
// shipped files, even if exit-strings.js never arrives.
const { test, expect } = require('./fixtures');
const HELP = require('../../content/help.json');
const EXIT_URL = require('../../content/exit-pages.json').default.url;

// [place, tel: address, number as written] for each line of a fallback list.
function lines(list) {
  return HELP.fallback[list].map((entry) => {
    const tel = HELP.lines.find((l) => l.id === entry.line).contacts.find((c) => c.kind === 'tel');
    return [entry.place, `tel:${tel.value}`, tel.display];
  });
}

test('without JavaScript the page still gives the helplines, and the exit link goes to the default page', async ({ browser, baseURL, request }) => {
  // What a browser without JavaScript renders: the <noscript> note, as shipped.
  // (Chromium still parses <noscript> as text when a test turns scripts off.)
  const html = await (await request.get(baseURL)).text();
  const note = html.match(/<noscript>([\s\S]*?)<\/noscript>/)[1];
  expect(note).toContain('This check needs JavaScript.');
  // Each number isolated left to right (it reads right in Arabic and Urdu too).
  for (const [place, , number] of lines('noscript')) expect(note).toContain(`${place} <bdi dir="ltr">${number}</bdi>`);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(baseURL);
  await expect(page.getByRole('link', { name: 'Emergency: Exit this page' })).toHaveAttribute('href', EXIT_URL);
  await expect(page.getByRole('link', { name: 'Exit this page', exact: true })).toHaveAttribute('href', EXIT_URL);
  await context.close();
});

test('when the app cannot start and exit-strings.js is missing, the fallback lists every line and the exit still leaves', async ({ page, baseURL }) => {
  await page.route(`${baseURL}exit-strings.js`, (route) => route.abort());
  await page.route(`${baseURL}clear-signs_bg.wasm`, (route) => route.abort());
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Sorry, this check stopped working' })).toBeVisible();
  for (const [, href, number] of lines('page')) {
    await expect(page.getByRole('link', { name: `Call ${number}` })).toHaveAttribute('href', href);
  }
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await page.waitForURL(EXIT_URL);
});

test('the widget\'s fallback lists the same lines, and its exit goes to the default page without exit-strings.js', async ({ page, baseURL }) => {
  const host = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An NGO</title></head><body>
    <clear-signs></clear-signs><script src="./embed.js" defer></script></body></html>`;
  await page.route(`${baseURL}host-facts.html`, (r) => r.fulfill({ contentType: 'text/html', body: host }));
  await page.route(`${baseURL}exit-strings.js`, (route) => route.abort());
  await page.route(`${baseURL}clear-signs_bg.wasm`, (route) => route.abort());
  await page.goto('./host-facts.html');
  await expect(page.getByRole('heading', { name: 'Sorry, this check stopped working' })).toBeVisible();
  for (const [place, href, number] of lines('page')) {
    await expect(page.getByRole('listitem').filter({ hasText: `${place}: ${number}` })).toBeVisible();
    await expect(page.getByRole('link', { name: number, exact: true })).toHaveAttribute('href', href);
  }
  await expect(page.getByRole('link', { name: /Exit this page/ })).toHaveAttribute('href', EXIT_URL);
});
