// End-to-end tests against the release build, served on 127.0.0.1.
// Chromium comes from Debian (/usr/bin/chromium): nothing is downloaded.
//   dist/        the release build (every spec but panic.spec.js)
//   dist-test/   the same with the test-only `test-build` feature: a panic
//                switch (#panic) and a +40 % pseudo-language
//   ngo-site     (port + 2) dist/ as an NGO hosts it, with their settings.json
//                from tests/e2e/ngo-site/ beside it (serve-ngo-site.js)
const { defineConfig, devices } = require('@playwright/test');
const path = require('node:path');

const PORT = Number(process.env.E2E_PORT || 8088);
const TEST_BUILD_PORT = PORT + 1;
const root = path.join(__dirname, '..', '..');

const serve = (dir, port) => ({
  command: `python3 -m http.server ${port} --bind 127.0.0.1 --directory "${path.join(root, dir)}"`,
  url: `http://127.0.0.1:${port}/index.html`,
  reuseExistingServer: false,
  stdout: 'ignore',
  stderr: 'ignore',
  timeout: 30_000,
});

module.exports = defineConfig({
  testDir: __dirname,
  timeout: 60_000,
  workers: 2,
  reporter: [['list']],
  outputDir: path.join(root, 'test-results'),
  use: {
    ...devices['Pixel 5'],
    browserName: 'chromium',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
        // A page served by the test router counts as public, and Chromium then
        // refuses to frame the local test server (Local Network Access). Real
        // NGO sites and their copy of the app are both public: the check is off.
        '--disable-features=LocalNetworkAccessChecks'],
    },
  },
  projects: [
    { name: 'app', testMatch: '*.spec.js', testIgnore: 'test-build.spec.js', use: { baseURL: `http://127.0.0.1:${PORT}/` } },
    { name: 'test-build', testMatch: 'test-build.spec.js', use: { baseURL: `http://127.0.0.1:${TEST_BUILD_PORT}/` } },
  ],
  webServer: [serve('dist', PORT), serve('dist-test', TEST_BUILD_PORT), {
    ...serve('dist', PORT + 2),
    command: `node "${path.join(__dirname, 'serve-ngo-site.js')}" ${PORT + 2}`,
  }],
});
