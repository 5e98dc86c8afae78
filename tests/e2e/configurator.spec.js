// The configurator checks settings with the app's own parser (compiled into
// clear-signs_bg.wasm) and shows each problem, in plain words, beside its
// field before it gives a snippet; paste-and-check; the order as ticked;
// relative paths; the preview's exit keeps the form; opened from disk it
// says why it cannot work.
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { test, expect, expectAccessible } = require('./fixtures');

async function openConfigurator(page) {
  await page.goto('./configurator.html');
  await expect(page.locator('html')).toHaveAttribute('data-configurator-ready', '', { timeout: 15000 });
}

const field = (page, name) => name === 'Organisation name'
  ? page.getByRole('group', { name: 'Your organisation' }).getByRole('textbox', { name: 'Name', exact: true })
  : page.getByRole('textbox', { name, exact: true });
const NUMBER = 'Number, in international form (+ and the country code) or a short code';

test('each bad value gets a specific message beside its field, and no snippet', async ({ page, network }) => {
  await openConfigurator(page);
  const snippet = page.getByRole('textbox', { name: 'Snippet to paste in your page' });
  await expect(page.getByText('No problems found: your settings are ready to use.')).toBeVisible();

  await field(page, 'Organisation name').fill('A'.repeat(90));
  await expect(field(page, 'Organisation name')).toHaveAccessibleDescription(/is 90 characters long, the most is 80/);
  await expect(field(page, 'Organisation name')).toHaveAttribute('aria-invalid', 'true');
  await expect(snippet).toHaveValue(/^Fix the problems listed above first/);
  await expect(page.getByRole('button', { name: 'Copy the snippet' })).toBeDisabled();
  await field(page, 'Organisation name').fill('Harbour NGO');
  await expect(field(page, 'Organisation name')).not.toHaveAttribute('aria-invalid');

  await field(page, 'Name of the line').fill('Harbour line');
  await field(page, NUMBER).fill('081-234-5678');
  await expect(field(page, NUMBER)).toHaveAccessibleDescription(/starts with 0, so it only works for calls from inside one country: write it in international form/);
  // Shown beside the field, in plain words (and again in the summary).
  await expect(page.getByText(/^Problem: "0812345678" starts with 0, so it only works/)).toBeVisible();

  await field(page, NUMBER).fill('+66 (0)2 123 4567');
  await expect(field(page, NUMBER)).toHaveAccessibleDescription(/has a 0 in brackets: in international form it is left out, so write "\+6621234567"/);

  await field(page, 'Neutral page to open (https://)').fill('www.accuweather.com');
  await expect(field(page, 'Neutral page to open (https://)')).toHaveAccessibleDescription(/has no https:\/\/ in front: write https:\/\/www\.accuweather\.com/);
  // The summary lists every problem, each linking to its field.
  // The bad number also leaves the whole line out: said too.
  await expect(page.getByText('3 problems to fix before you get a snippet:')).toBeVisible();
  await expect(page.getByText('Problem: a line needs a valid number; this line is left out')).toBeVisible();
  await expect(page.getByRole('link', { name: /^Neutral page to open/ })).toHaveAttribute('href', '#exit-url');
  await expect(snippet).toHaveValue(/^Fix the problems/);
  await expectAccessible(page, 'configurator with problems');

  await field(page, NUMBER).fill('+1 202 555 0100');
  await field(page, 'Neutral page to open (https://)').fill('https://www.accuweather.com');
  await expect(page.getByText('No problems found: your settings are ready to use.')).toBeVisible();
  // Relative paths only: never the address the configurator was opened from.
  await expect(snippet).toHaveValue(/<script src="\/clear-signs\/embed\.js" defer><\/script>/);
  await expect(snippet).not.toHaveValue(/127\.0\.0\.1|http:/);
  await expect(snippet).toHaveValue(/"value": "\+12025550100"/);
  expect(network.foreign()).toEqual([]);
});

test('languages in the order ticked, drafts marked, a default language and a description for each', async ({ page }) => {
  await openConfigurator(page);
  const languages = page.getByRole('group', { name: /Languages offered/ });
  await expect(languages.getByText('(draft)')).toHaveCount(23);
  await languages.getByRole('checkbox', { name: /Tiếng Việt/ }).check();
  await languages.getByRole('checkbox', { name: /^English/ }).check();
  await expect(page.getByText('Offered in this order: 1. Tiếng Việt, 2. English.')).toBeVisible();
  const fallback = page.getByRole('combobox', { name: /Language when the visitor’s browser prefers none/ });
  await expect(fallback.locator('option')).toHaveText(['English if offered, else the first in your list', 'Tiếng Việt', 'English']);
  await fallback.selectOption('vi');
  await field(page, 'Name of the line').fill('Harbour line');
  await field(page, NUMBER).fill('+12025550100');
  await field(page, 'Description of the line in Tiếng Việt (optional)').fill('Chúng tôi trả lời bằng tiếng Việt.');
  await field(page, 'Description of the line in English (optional)').fill('We answer in Vietnamese.');
  const json = page.getByRole('textbox', { name: 'Settings (JSON)' });
  await expect(json).toHaveValue(/"languages": \[\s*"vi",\s*"en"\s*\]/);
  await expect(json).toHaveValue(/"default_language": "vi"/);
  await expect(json).toHaveValue(/"vi": "Chúng tôi trả lời bằng tiếng Việt\."/);
  await expect(json).toHaveValue(/"en": "We answer in Vietnamese\."/);
  await expect(page.getByText('No problems found: your settings are ready to use.')).toBeVisible();
});

test('paste and check: a near-miss language code, a syntax error on the page\'s line, then into the form', async ({ page }) => {
  await openConfigurator(page);
  const paste = page.getByRole('textbox', { name: 'Paste your settings, or the part of your page that holds them' });
  const result = page.locator('#paste-result');
  await paste.fill([
    '<main>',
    '  <h1>Check for warning signs</h1>',
    '  <script type="application/json" id="cs">',
    '    { "organisation": { "name": "Harbour NGO" },',
    '      "languages": ["vn", "en"] }',
    '  </script>',
    '  <clear-signs config="cs"></clear-signs>',
    '</main>'].join('\n'));
  await page.getByRole('button', { name: 'Check these settings' }).click();
  await expect(result.getByText('1 problem in these settings:')).toBeVisible();
  await expect(result.getByText(/Languages offered: unknown language "vn" \(did you mean "vi"\?\)/)).toBeVisible();

  await paste.fill('<p>Our check</p>\n<script type="application/json" id="cs">\n{\n  "organisation": { "name": "Harbour NGO" },\n  "languages": ["vi", "en"],\n}\n</script>');
  await page.getByRole('button', { name: 'Check these settings' }).click();
  await expect(result.getByText(/^Line 6: Settings: not valid JSON at line 6 of the page, in `}`: there is a comma after the last item/)).toBeVisible();

  await paste.fill('{"organisation": {"name": "Harbour NGO"}, "languages": ["vi", "en"], "exit": {"url": "www.accuweather.com"}}');
  await page.getByRole('button', { name: 'Put them in the form' }).click();
  await expect(field(page, 'Organisation name')).toHaveValue('Harbour NGO');
  await expect(page.getByText('Offered in this order: 1. Tiếng Việt, 2. English.')).toBeVisible();
  await expect(field(page, 'Neutral page to open (https://)')).toHaveAccessibleDescription(/write https:\/\/www\.accuweather\.com/);
  await expect(result.getByText(/Neutral page to open \(https:\/\/\): "www\.accuweather\.com" has no https:\/\//)).toBeVisible();
});

test('the quick exit page starts empty, so each visitor gets an ordinary page for their place', async ({ page }) => {
  await openConfigurator(page);
  const exitPage = field(page, 'Neutral page to open (https://)');
  const json = page.getByRole('textbox', { name: 'Settings (JSON)' });
  const paste = page.getByRole('textbox', { name: 'Paste your settings, or the part of your page that holds them' });
  const put = page.getByRole('button', { name: 'Put them in the form', exact: true });
  await expect(exitPage).toHaveValue('');
  await expect(exitPage).toHaveAccessibleDescription(/Leave empty to use an ordinary page for the place/);
  await expect(json).toHaveValue(/"exit": \{\s*"escape": false\s*\}/);
  await expect(json).not.toHaveValue(/"url"|google/);
  await exitPage.fill('https://www.accuweather.com/');
  await expect(json).toHaveValue(/"url": "https:\/\/www\.accuweather\.com\/"/);

  // Settings without an exit page leave the field empty, and none is written.
  await paste.fill('{"organisation": {"name": "Harbour NGO"}}');
  await put.click();
  await expect(page.locator('#paste-result').getByText('All of these settings are now in the form.')).toBeVisible();
  await expect(field(page, 'Organisation name')).toHaveValue('Harbour NGO');
  await expect(exitPage).toHaveValue('');
  await expect(json).toHaveValue(/"name": "Harbour NGO"/);
  await expect(json).not.toHaveValue(/"url"|google/);

  await paste.fill('{"exit": {"url": "https://www.bom.gov.au/", "escape": true}}');
  await put.click();
  await expect(exitPage).toHaveValue('https://www.bom.gov.au/');
  await expect(json).toHaveValue(/"url": "https:\/\/www\.bom\.gov\.au\/"/);
});

test('put them in the form: what the form cannot hold is listed, and nothing changes until a second button', async ({ page }) => {
  await openConfigurator(page);
  await field(page, 'Organisation name').fill('Old name');
  const paste = page.getByRole('textbox', { name: 'Paste your settings, or the part of your page that holds them' });
  const result = page.locator('#paste-result');
  const put = page.getByRole('button', { name: 'Put them in the form', exact: true });
  const lose = page.getByRole('button', { name: 'Put them in the form and lose these' });
  const settings = JSON.stringify({
    organisation: { name: 'Harbour NGO' },
    languages: ['vi', 'en'],
    help_lines: [{ name: 'Harbour line', operator: 'Harbour NGO', police: false, free: true,
      contacts: [{ kind: 'tel', value: '+12025550100' }] }],
    theme: { primary: '#0B5394', background: '#fafafa', radius: '12px' },
  }, null, 2);
  await paste.fill(settings);
  await page.getByRole('button', { name: 'Check these settings' }).click();
  await expect(result.getByText('No problems found in these settings.')).toBeVisible();

  await put.click();
  await expect(result.getByText('Nothing was put in the form yet. The form cannot hold: help_lines[0].operator, ' +
    'help_lines[0].police, help_lines[0].free, theme.background, theme.radius.')).toBeVisible();
  await expect(result.getByText('Keep your own settings file as it is, or put them in the form and lose these.')).toBeVisible();
  await expect(field(page, 'Organisation name')).toHaveValue('Old name');
  await expect(field(page, 'Name of the line')).toHaveValue('');
  // Changing the pasted text withdraws the offer.
  await paste.press('End');
  await paste.press('Space');
  await expect(lose).toHaveCount(0);

  await put.click();
  await lose.click();
  await expect(lose).toHaveCount(0);
  await expect(field(page, 'Organisation name')).toHaveValue('Harbour NGO');
  await expect(field(page, 'Name of the line')).toHaveValue('Harbour line');
  await expect(page.getByText('Offered in this order: 1. Tiếng Việt, 2. English.')).toBeVisible();
  await expect(result.getByText(/^Put in the form without: help_lines\[0\]\.operator, .*theme\.radius\./)).toBeVisible();
  // Each left-out setting is said beside the field it belongs with.
  await expect(field(page, 'Name of the line')).toHaveAccessibleDescription(/Not put in the form: help_lines\[0\]\.operator/);
  await expect(page.getByLabel('Button colour')).toHaveAccessibleDescription(/Not put in the form: theme\.background.*Not put in the form: theme\.radius/);
  await expectAccessible(page, 'configurator after settings were left out');
});

test('put them in the form: an unknown language code is listed, then said beside Languages', async ({ page }) => {
  await openConfigurator(page);
  const paste = page.getByRole('textbox', { name: 'Paste your settings, or the part of your page that holds them' });
  const result = page.locator('#paste-result');
  await paste.fill('{"languages": ["vn", "en"], "default_language": "vi"}');
  await page.getByRole('button', { name: 'Put them in the form', exact: true }).click();
  await expect(result.getByText(/Languages offered: unknown language "vn" \(did you mean "vi"\?\)/)).toBeVisible();
  await expect(result.getByText('Nothing was put in the form yet. The form cannot hold: languages ("vn"), default_language.')).toBeVisible();
  await expect(result.getByText('Keep your own settings file and fix it using the list of problems above, or put them in the form and lose these.')).toBeVisible();
  const languages = page.getByRole('group', { name: /Languages offered/ });
  await expect(languages.getByRole('checkbox', { name: /^English/ })).not.toBeChecked();

  await page.getByRole('button', { name: 'Put them in the form and lose these' }).click();
  await expect(languages.getByRole('checkbox', { name: /^English/ })).toBeChecked();
  await expect(languages).toHaveAccessibleDescription(/Not put in the form: languages \("vn"\): unknown language "vn" \(did you mean "vi"\?\)/);
  await expect(page.getByRole('combobox', { name: /Language when the visitor’s browser prefers none/ }))
    .toHaveAccessibleDescription(/Not put in the form: default_language/);
});

test('put them in the form: settings that cannot be read leave the form as it was and never say "no problems"', async ({ page }) => {
  await openConfigurator(page);
  await field(page, 'Organisation name').fill('Old name');
  const paste = page.getByRole('textbox', { name: 'Paste your settings, or the part of your page that holds them' });
  const result = page.locator('#paste-result');
  await paste.fill('{\n  "organisation": { "name": "Harbour NGO" },\n  "languages": ["vi", "en"],\n}');
  await page.getByRole('button', { name: 'Put them in the form', exact: true }).click();
  await expect(result.getByText(/^Line 4: Settings: not valid JSON/)).toBeVisible();
  await expect(result.getByText('Nothing was put in the form: these settings cannot be read. ' +
    'Fix the problem listed above first, then press “Put them in the form” again.')).toBeVisible();
  await expect(result).not.toContainText('No problems found');
  await expect(page.getByRole('button', { name: 'Put them in the form and lose these' })).toHaveCount(0);
  await expect(field(page, 'Organisation name')).toHaveValue('Old name');
});

test('the preview\'s exit leaves only the preview: the form keeps everything', async ({ page }) => {
  await openConfigurator(page);
  await field(page, 'Organisation name').fill('Harbour NGO');
  const preview = page.frameLocator('#preview');
  await expect(preview.getByText('Shared with you by Harbour NGO.')).toBeVisible({ timeout: 15000 });
  const url = page.url();
  await preview.getByRole('link', { name: /Exit this page/ }).click();
  await page.waitForTimeout(500);
  expect(page.url()).toBe(url);
  await expect(field(page, 'Organisation name')).toHaveValue('Harbour NGO');
  await expect(page.getByRole('heading', { level: 1, name: 'Set up Clear Signs for your website' })).toBeVisible();
});

test('opened from disk, it says why it cannot work', async ({ page }) => {
  const file = pathToFileURL(path.join(__dirname, '..', '..', 'dist', 'configurator.html')).href;
  await page.goto(file);
  await expect(page.getByRole('alert')).toContainText(/opened from a file|must be opened from a web address/);
  await expect(page.getByRole('alert')).toContainText('http://localhost');
});

test('the number dialled and the number shown are two fields; a shown number with other digits is named under its own field', async ({ page }) => {
  await openConfigurator(page);
  const shown = page.getByRole('textbox', { name: 'Number as people should see it (optional)', exact: true });
  const json = page.getByRole('textbox', { name: 'Settings (JSON)' });
  await field(page, 'Name of the line').fill('Harbour line');
  await field(page, NUMBER).fill('+442079460000');
  await shown.fill('020 7946 0001');
  await expect(shown).toHaveAccessibleDescription(/does not have the digits of the number dialled, "\+442079460000"/);
  await expect(shown).toHaveAttribute('aria-invalid', 'true');
  await expect(field(page, NUMBER)).not.toHaveAttribute('aria-invalid');
  await shown.fill('020 7946 0000');
  await expect(page.getByText('No problems found: your settings are ready to use.')).toBeVisible();
  await expect(json).toHaveValue(/"value": "\+442079460000",\s*"display": "020 7946 0000"/);
});

test('"Download settings.json" saves exactly the settings shown', async ({ page }) => {
  await openConfigurator(page);
  await field(page, 'Organisation name').fill('Harbour NGO');
  await expect(page.getByRole('textbox', { name: 'Settings (JSON)' })).toHaveValue(/Harbour NGO/);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download settings.json' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('settings.json');
  const saved = require('node:fs').readFileSync(await download.path(), 'utf8');
  expect(JSON.parse(saved)).toEqual(JSON.parse(await page.getByRole('textbox', { name: 'Settings (JSON)' }).inputValue()));
});

test('"Check this site\'s settings.json" checks the file the check reads, or says there is none', async ({ page }) => {
  await openConfigurator(page);
  const result = page.locator('#paste-result');
  await page.route('**/settings.json', (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'no' }));
  await page.getByRole('button', { name: 'Check this site’s settings.json' }).click();
  await expect(result).toContainText('There is no settings.json in this folder yet');
  await page.unroute('**/settings.json');
  await page.route('**/settings.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: '{\n  "languages": ["vn", "en"]\n}' }));
  await page.getByRole('button', { name: 'Check this site’s settings.json' }).click();
  await expect(result).toContainText('This site’s settings.json, as the check reads it:');
  await expect(result).toContainText('did you mean "vi"?');
});

test('the contact line: one for every language, or one per language offered, and back into the form', async ({ page }) => {
  await openConfigurator(page);
  const json = page.getByRole('textbox', { name: 'Settings (JSON)' });
  await field(page, 'Organisation name').fill('Harbour NGO');
  await page.getByRole('textbox', { name: 'Contact line (optional)', exact: true }).fill('Open 9 to 5.');
  await expect(json).toHaveValue(/"contact": "Open 9 to 5\."/);
  const languages = page.getByRole('group', { name: /Languages offered/ });
  await languages.getByRole('checkbox', { name: /Tiếng Việt/ }).check();
  await languages.getByRole('checkbox', { name: /^English/ }).check();
  await page.getByRole('textbox', { name: 'Contact line in Tiếng Việt (optional)', exact: true }).fill('Mở cửa 9 giờ đến 5 giờ.');
  await page.getByRole('textbox', { name: 'Contact line in English (optional)', exact: true }).fill('Open 9 to 5.');
  await expect(json).toHaveValue(/"contact": \{\s*"vi": "Mở cửa 9 giờ đến 5 giờ\.",\s*"en": "Open 9 to 5\."\s*\}/);
  await expect(page.getByText('No problems found: your settings are ready to use.')).toBeVisible();
  // Pasted back in: the same fields.
  const settings = await json.inputValue();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-configurator-ready', '', { timeout: 15000 });
  await page.getByRole('textbox', { name: 'Paste your settings, or the part of your page that holds them' }).fill(settings);
  await page.getByRole('button', { name: 'Put them in the form', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Contact line in Tiếng Việt (optional)', exact: true })).toHaveValue('Mở cửa 9 giờ đến 5 giờ.');
  await expect(page.locator('#paste-result')).toContainText('All of these settings are now in the form.');
});
