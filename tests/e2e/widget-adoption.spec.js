// The widget as a webmaster meets it (issue 17): its start screen while the
// .wasm arrives, their own fallback for visitors without JavaScript or when
// the check cannot start, and a debug notice for settings mistakes.
const { test, expect } = require('./fixtures');

function host({ config, debug = false, children = '' }) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An NGO</title></head><body>
    <script type="application/json" id="cs-config">${JSON.stringify(config)}</script>
    <clear-signs config="cs-config"${debug ? ' debug' : ''}>${children}</clear-signs>
    <script src="./embed.js" defer></script></body></html>`;
}
const FALLBACK = '<p>Call Harbour NGO: <a href="tel:+12025550100">+1 202 555 0100</a></p>';

// Where the settings leave the check out, a loading line instead: early-check.spec.js.
test('while the check loads, the widget shows its start screen with "Start" working already (early-check.spec.js)', async ({ page, baseURL }) => {
  await page.route(`${baseURL}host-slow.html`, (r) => r.fulfill({ contentType: 'text/html', body: host({ config: {} }) }));
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(`${baseURL}clear-signs_bg.wasm`, async (route) => { await held; await route.continue(); });
  await page.goto('./host-slow.html');
  await expect(page.getByRole('heading', { level: 1, name: 'A private check for warning signs' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start the check' })).toBeVisible();
  await expect(page.getByText('Loading the check…')).toBeHidden();
  await expect(page.locator('html')).not.toHaveAttribute('data-cs-ready', '');
  release();
  await expect(page.getByRole('button', { name: 'Start the check' })).toBeVisible();
  await expect(page.getByText('Loading the check…')).toHaveCount(0);
});

test('the embedder\'s own fallback shows when the check cannot start, and never alongside it', async ({ page, baseURL }) => {
  await page.route(`${baseURL}host-fallback.html`, (r) => r.fulfill({ contentType: 'text/html', body: host({ config: {}, children: FALLBACK }) }));
  await page.goto('./host-fallback.html');
  await expect(page.getByRole('button', { name: 'Start the check' })).toBeVisible();
  await expect(page.getByText('Call Harbour NGO:')).toBeHidden();

  await page.route(`${baseURL}clear-signs_bg.wasm`, (route) => route.abort());
  await page.goto('./host-fallback.html');
  await expect(page.getByRole('link', { name: '+1 202 555 0100' })).toBeVisible();
});

test('without JavaScript the embedder\'s fallback is what visitors see', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.route(`${baseURL}host-nojs.html`, (r) => r.fulfill({ contentType: 'text/html', body: host({ config: {}, children: FALLBACK }) }));
  await page.goto(`${baseURL}host-nojs.html`);
  await expect(page.getByRole('link', { name: '+1 202 555 0100' })).toBeVisible();
  await context.close();
});

test('with the debug attribute, settings mistakes show in a notice the embedder can dismiss; never without it', async ({ page, baseURL }) => {
  const config = { languages: ['vn'], exit: { url: 'www.accuweather.com' } };
  await page.route(`${baseURL}host-debug.html`, (r) => r.fulfill({ contentType: 'text/html', body: host({ config, debug: true }) }));
  await page.route(`${baseURL}host-live.html`, (r) => r.fulfill({ contentType: 'text/html', body: host({ config }) }));
  await page.goto('./host-debug.html');
  const notice = page.getByRole('status').filter({ hasText: 'Clear Signs settings' });
  await expect(notice).toContainText('languages');
  await expect(notice).toContainText('exit.url');
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);

  await page.goto('./host-live.html');
  await expect(page.getByRole('button', { name: 'Start the check' })).toBeVisible();
  await expect(page.getByText('Clear Signs settings')).toHaveCount(0);

  // "debug": true in the settings does the same as the attribute.
  await page.route(`${baseURL}host-debug-flag.html`, (r) => r.fulfill({ contentType: 'text/html', body: host({ config: { ...config, debug: true } }) }));
  await page.goto('./host-debug-flag.html');
  await expect(notice).toContainText('exit.url');
});

test('a typo in the widget\'s settings is named by its line in the host page', async ({ page, baseURL }) => {
  const seen = [];
  page.on('console', (m) => { if (m.type() === 'warning') seen.push(m.text()); });
  // Written as a web page usually is, one tag a line: the typo (a missing
  // comma) is on line 12 of this file.
  const tidy = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>An NGO</title>
</head>
<body>
  <h1>Help</h1>
  <!-- Our settings -->
  <script type="application/json" id="cs-config">{
    "organisation": { "name": "Harbour NGO" }
    "languages": ["vi", "en"]
  }</script>
  <clear-signs config="cs-config"></clear-signs>
  <script src="./embed.js" defer></script>
</body>
</html>
`;
  // Squeezed onto few lines, as a site builder may write it: line 3.
  const squeezed = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An NGO</title></head><body>\n' +
    '<script type="application/json" id="cs-config">{"organisation": {"name": "Harbour NGO"},\n"languages": ["vi" "en"]}</script>\n' +
    '<clear-signs config="cs-config"></clear-signs><script src="./embed.js" defer></script></body></html>';
  // The doctype on its own line, then <html lang="en"><head><meta> on one
  // line (the parser drops the line break after the doctype): line 9.
  const joined = '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">\n<title>An NGO</title>\n</head>\n<body>\n' +
    '<h1>Help</h1>\n<script type="application/json" id="cs-config">{\n  "organisation": {"name": "Harbour NGO"}\n  "languages": ["vi", "en"]\n}</script>\n' +
    '<clear-signs config="cs-config"></clear-signs>\n<script src="./embed.js" defer></script>\n</body>\n</html>\n';
  // Indented, with <html> and <head> each on a line: line 13.
  const indented = tidy.replace('<head>', '  <head>').replace(/\n  <(meta|title)/g, '\n    <$1').replace('\n</head>', '\n  </head>')
    .replace('<!doctype html>\n', '<!DOCTYPE html>\n<!-- An NGO -->\n');
  // No doctype, plain <html>: line 11.
  const bare = tidy.replace('<!doctype html>\n<html lang="en">', '<html>');
  // The doctype on its own line, the head squeezed, a line break before <body>: line 5.
  const headSqueezed = '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>An NGO</title></head>\n<body>\n' +
    '<script type="application/json" id="cs-config">{"organisation": {"name": "Harbour NGO"},\n"languages": ["vi" "en"]}</script>\n' +
    '<clear-signs config="cs-config"></clear-signs><script src="./embed.js" defer></script></body></html>';
  for (const [name, body, line] of [['host-tidy.html', tidy, 12], ['host-squeezed.html', squeezed, 3],
    ['host-joined.html', joined, 9], ['host-indented.html', indented, 13], ['host-bare.html', bare, 11],
    ['host-head-squeezed.html', headSqueezed, 5]]) {
    expect(body.split('\n')[line - 1]).toContain('"languages"');
    await page.route(`${baseURL}${name}`, (r) => r.fulfill({ contentType: 'text/html', body }));
    seen.length = 0;
    await page.goto(`./${name}`);
    await expect(page.locator('html')).toHaveAttribute('data-cs-ready', '', { timeout: 15000 });
    const message = seen.find((w) => w.includes('not valid JSON'));
    expect(message, seen.join(' | ')).toContain(`line ${line} of the page`);
  }
});

test('curly quotes from a word processor in the widget\'s settings are read, and the console says so once', async ({ page, baseURL }) => {
  const seen = [];
  page.on('console', (m) => { if (m.type() === 'warning') seen.push(m.text()); });
  const weather = 'https://www.bbc.co.uk/weather';
  await page.context().route(`${weather}**`, (r) => r.fulfill({ contentType: 'text/html', body: '<title>Weather</title>' }));
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An NGO</title></head><body>
    <script type="application/json" id="cs-config">{“organisation”: {“name”: “Curly NGO”}, ‘exit’: {‘url’: ‘${weather}’}}</script>
    <clear-signs config="cs-config"></clear-signs>
    <script src="./embed.js" defer></script></body></html>`;
  await page.route(`${baseURL}host-curly.html`, (r) => r.fulfill({ contentType: 'text/html', body }));
  await page.goto('./host-curly.html');
  await expect(page.locator('html')).toHaveAttribute('data-cs-ready', '', { timeout: 15000 });
  await expect(page.getByText('Shared with you by Curly NGO.')).toBeVisible();
  const exit = page.getByRole('link', { name: 'Emergency: Exit this page' });
  await expect(exit).toHaveAttribute('href', weather);
  expect(seen.filter((w) => w.includes('curly quotes')), seen.join(' | ')).toHaveLength(1);

  // The quick exit reads them too, without the app.
  await page.route(`${baseURL}clear-signs_bg.wasm`, (route) => route.abort());
  seen.length = 0;
  await page.goto('./host-curly.html');
  await expect(page.getByRole('link', { name: '1-888-373-7888' })).toBeVisible();
  await expect(exit).toHaveAttribute('href', weather);
  expect(seen.filter((w) => w.includes('curly quotes'))).toHaveLength(1);
  await exit.click();
  await page.waitForURL(weather);
});
