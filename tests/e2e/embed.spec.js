// Embedding for NGOs: the <clear-signs> widget on a hostile host page, two
// configurations, bad configurations, XSS attempts, and the iframe snippet.
const { test, expect, expectAccessible, EXIT_URL, exitPageFor } = require('./fixtures');

const HOSTILE_CSS = `
  * { all: unset !important; }
  html { font-size: 40px !important; }
  body * { color: #ff00ff !important; font-size: 50px !important; text-transform: uppercase !important; }
  .cs-exit, .cs-widget, h1 { display: none !important; }`;

function hostPage({ config, css = HOSTILE_CSS }) {
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>An NGO</title>
    <style>${css}</style></head><body>
    <p id="host-count">0</p><button id="host-button" type="button">Host button</button>
    <script type="application/json" id="cs-config">${JSON.stringify(config).replace(/</g, "\\u003c")}</script>
    <clear-signs config="cs-config"></clear-signs>
    <script>document.getElementById('host-button').addEventListener('click', () => {
      const c = document.getElementById('host-count'); c.textContent = String(Number(c.textContent) + 1); });</script>
    <script src="./embed.js" defer></script>
  </body></html>`;
}

/** Serve a host page from the app's own origin (as an NGO hosting the release folder would). */
async function openHost(page, baseURL, name, options) {
  await page.route(`${baseURL}${name}`, (route) => route.fulfill({ contentType: 'text/html', body: hostPage(options) }));
  await page.goto(`./${name}`);
  await expect(page.locator('html')).toHaveAttribute('data-cs-ready', '', { timeout: 15000 });
}

const ngo = (name, number) => ({
  organisation: { name, contact: 'Open Monday to Friday.' },
  help_lines: [{ name: `${name} line`, police: false, free: true,
    contacts: [{ kind: 'tel', value: number, display: number }], about: { en: 'We answer in English.' } }],
  default_place: 'th',
});

test('the widget looks and works the same on a hostile page, and the host keeps working', async ({ page, baseURL, network }) => {
  await openHost(page, baseURL, 'host-hostile.html', { config: ngo('Harbour NGO', '+66991301300') });
  const heading = page.getByRole('heading', { level: 1, name: 'A private check for warning signs' });
  await expect(heading).toBeVisible();
  const style = await heading.evaluate((h) => ({ size: getComputedStyle(h).fontSize, color: getComputedStyle(h).color, transform: getComputedStyle(h).textTransform }));
  // The check's own type scale (main.css), from the browser's text size: on
  // this host (no viewport tag, so a 980 px wide layout) 18 px text and a
  // heading 10 px larger; never the host's 40 or 50 px.
  expect(style).toEqual({ size: '28px', color: 'rgb(27, 27, 27)', transform: 'none' });
  await expect(page.getByText('Shared with you by Harbour NGO. Open Monday to Friday.')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');

  await page.getByRole('button', { name: 'Start the check' }).click();
  await page.getByRole('checkbox', { name: 'Online scams or fraud' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('Question 2 of 20')).toBeVisible();

  await expectAccessible(page, 'widget on a hostile page');
  await page.locator('#host-button').click();
  await expect(page.locator('#host-count')).toHaveText('1');
  expect(network.foreign()).toEqual([]);

  // The exit inside the widget leaves the whole host page.
  await page.getByRole('link', { name: 'Emergency: Exit this page' }).click();
  await page.waitForURL(EXIT_URL);
});

test('two configurations give two different help lists', async ({ context, baseURL }) => {
  for (const [name, number] of [['First NGO', '+441234567890'], ['Second NGO', '+15551234567']]) {
    const page = await context.newPage(); // a new tab: its own sessionStorage
    await openHost(page, baseURL, `host-${number.slice(1, 4)}.html`, { config: ngo(name, number), css: '' });
    await page.getByRole('button', { name: 'See who can help now' }).click();
    await expect(page.getByRole('heading', { level: 2, name: `Help from ${name}` })).toBeVisible();
    await expect(page.getByRole('link', { name: `Call ${number}` })).toHaveAttribute('href', `tel:${number}`);
    await expect(page.getByRole('heading', { level: 2, name: 'Help in Thailand' })).toBeVisible();
  }
});

test('the exit follows the configuration: its page, and Esc when turned on', async ({ page, baseURL }) => {
  const news = 'https://neutral.example/news';
  await page.route(news, (route) => route.fulfill({ contentType: 'text/html', body: '<title>News</title>' }));
  await openHost(page, baseURL, 'host-exit.html', { css: '', config: { exit: { url: news, escape: true } } });
  await page.keyboard.press('Escape');
  await page.waitForURL(news);
});

test('Shift pressed three times on the host page exits', async ({ page, baseURL }) => {
  await openHost(page, baseURL, 'host-shift.html', { config: {}, css: '' });
  // No place configured: the one suggested for this en-US browser, once the
  // app has read the time zone (in a worker, as it starts).
  await expect(page.getByRole('link', { name: 'Emergency: Exit this page' })).toHaveAttribute('href', exitPageFor('us'));
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await page.waitForURL(exitPageFor('us'));
});

test('a broken configuration is reported field by field and the widget still works', async ({ page, baseURL }) => {
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await openHost(page, baseURL, 'host-broken.html', { css: '', config: {
    organisation: { name: 'Ok NGO' }, colour: 'red', languages: ['en', 'xx'],
    theme: { primary: '#ffff00' }, exit: { url: 'http://insecure.example', shift: false },
    help_lines: [{ name: 'No number', contacts: [{ kind: 'tel', value: 'call us' }] }],
  } });
  await expect(page.getByRole('button', { name: 'Start the check' })).toBeVisible();
  await expect(page.getByText('Shared with you by Ok NGO.')).toBeVisible();
  for (const field of ['`colour`', '`languages`', '`theme`', '`exit.url`', '`exit.shift`', '`help_lines[0].contacts[0].value`']) {
    expect(warnings.some((w) => w.includes(field)), `a warning names ${field}: ${warnings.join(' | ')}`).toBe(true);
  }
});

test('text in the configuration is shown as text, never run as HTML', async ({ page, baseURL }) => {
  const attack = '<img src=x onerror="window.__xss=1">';
  await openHost(page, baseURL, 'host-xss.html', { css: '', config: {
    organisation: { name: attack, contact: '<script>window.__xss=2</script>' },
    help_lines: [{ name: attack, contacts: [{ kind: 'tel', value: '1300' }], about: { en: attack } }],
  } });
  await expect(page.getByText(`Shared with you by ${attack}.`, { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'See who can help now' }).click();
  await expect(page.getByRole('heading', { level: 3, name: attack })).toBeVisible();
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
  expect(await page.locator('clear-signs').evaluate((e) => e.shadowRoot.querySelectorAll('img').length)).toBe(0);
});

test('the iframe snippet works and its exit leaves the whole host page', async ({ page, baseURL }) => {
  const host = 'http://ngo.example/help.html';
  await page.route(host, (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>NGO</title>
    <iframe src="${baseURL}index.html" title="Clear Signs: a private check"
      sandbox="allow-scripts allow-same-origin allow-forms allow-top-navigation-by-user-activation allow-popups allow-popups-to-escape-sandbox"
      referrerpolicy="no-referrer" style="width:100%;height:90vh;border:0"></iframe>` }));
  await page.goto(host);
  const frame = page.frameLocator('iframe');
  await frame.getByRole('button', { name: 'Start the check' }).click();
  await frame.getByRole('checkbox', { name: 'Stealing or begging' }).check();
  await frame.getByRole('link', { name: 'Emergency: Exit this page' }).click();
  await page.waitForURL(exitPageFor('us'));
});

test('the configurator builds a snippet and previews it, with no outside request', async ({ page, network }) => {
  await page.goto('./configurator.html');
  await page.getByLabel('Name', { exact: true }).first().fill('Preview NGO');
  await page.getByLabel('Place shown first').selectOption({ label: 'Thailand' });
  await page.getByLabel('Button colour').fill('#ffff00');
  await expect(page.getByText('Too low: WCAG AA needs 4.5:1', { exact: false })).toBeVisible();
  await page.getByLabel('Button colour').fill('#004488');
  await expect(page.getByText('Passes WCAG AA', { exact: false })).toBeVisible();
  const snippet = page.getByLabel('Snippet to paste in your page');
  await expect(snippet).toHaveValue(/"name": "Preview NGO"/);
  await expect(snippet).toHaveValue(/<clear-signs config="clear-signs-config"><\/clear-signs>/);
  const preview = page.frameLocator('#preview');
  await expect(preview.getByText('Shared with you by Preview NGO.')).toBeVisible({ timeout: 15000 });
  await expectAccessible(page, 'configurator');
  expect(network.foreign()).toEqual([]);
  expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
});

test.describe('with a browser in Vietnamese', () => {
  test.use({ locale: 'vi-VN' });
  test('the contact line is shown in the person\'s language, or the first given, marked with its language', async ({ page, baseURL }) => {
    const config = { organisation: { name: 'Harbour NGO', contact: { vi: 'Mở cửa từ thứ Hai đến thứ Sáu.', en: 'Open Monday to Friday.' } } };
    await openHost(page, baseURL, 'host-contact.html', { config, css: '' });
    await expect(page.getByText('Mở cửa từ thứ Hai đến thứ Sáu.')).toBeVisible();
    await expect(page.getByText('Open Monday to Friday.')).toHaveCount(0);
    const other = { organisation: { name: 'Harbour NGO', contact: { en: 'Open Monday to Friday.' } } };
    await openHost(page, baseURL, 'host-contact-en.html', { config: other, css: '' });
    await expect(page.getByText('Open Monday to Friday.')).toHaveAttribute('lang', 'en');
  });
});
