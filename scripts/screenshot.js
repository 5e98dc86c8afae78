// Takes the README screenshots from the real release build in dist/.
// Usage: trunk build --release && node scripts/screenshot.js
const { chromium } = require('playwright-core');
const { spawn } = require('node:child_process');
const path = require('node:path');

const root = path.join(__dirname, '..');
const PORT = 8093;

(async () => {
  const server = spawn('python3', ['-m', 'http.server', String(PORT), '--bind', '127.0.0.1', '--directory', path.join(root, 'dist')], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 800));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 1 });
    await page.goto(`http://127.0.0.1:${PORT}/`);
    await page.getByRole('button', { name: 'Start the check' }).waitFor();
    await page.screenshot({ path: path.join(root, 'docs', 'screenshot-start.png') });
    await page.getByRole('button', { name: 'Start the check' }).click();
    await page.getByRole('radio', { name: 'Online scams or fraud' }).check();
    await page.screenshot({ path: path.join(root, 'docs', 'screenshot-question.png') });
    for (let i = 0; i < 25; i++) {
      const h1 = await page.getByRole('heading', { level: 1 }).innerText();
      if (h1 === 'What your answers show') break;
      if (!h1.startsWith('What is this about')) {
        const pick = h1.startsWith('Right now') || h1.startsWith('Were you under') ? 'No' : 'Yes';
        await page.getByRole('radio', { name: pick, exact: true }).check();
      }
      await page.getByRole('button', { name: /^(Next|See what my answers mean)$/ }).click();
      await page.waitForFunction((t) => document.querySelector('#clear-signs-app h1')?.innerText !== t, h1);
    }
    await page.screenshot({ path: path.join(root, 'docs', 'screenshot-result.png') });
  } finally {
    await browser.close();
    server.kill();
  }
})();
