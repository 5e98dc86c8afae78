// End-to-end tests against the release build in dist/, served on 127.0.0.1.
// Chromium comes from Debian (/usr/bin/chromium): nothing is downloaded.
const { defineConfig, devices } = require('@playwright/test');
const path = require('node:path');

const PORT = Number(process.env.E2E_PORT || 8088);
const dist = path.join(__dirname, '..', '..', 'dist');

module.exports = defineConfig({
  testDir: __dirname,
  testMatch: '*.spec.js',
  timeout: 60_000,
  workers: 2,
  reporter: [['list']],
  outputDir: path.join(__dirname, '..', '..', 'test-results'),
  use: {
    ...devices['Pixel 5'],
    browserName: 'chromium',
    baseURL: `http://127.0.0.1:${PORT}/`,
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  webServer: {
    command: `python3 -m http.server ${PORT} --bind 127.0.0.1 --directory "${dist}"`,
    url: `http://127.0.0.1:${PORT}/index.html`,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'ignore',
    timeout: 30_000,
  },
});
