// Issue 16: the first view never waits for the wasm. The page's own start
// text (index.html, translated by exit.js) is the first and largest paint,
// and the app takes it over in place: the same heading, lead and points at
// the same positions, so nothing visibly changes when the wasm arrives.
// No timing here (speed is measured by scripts/bench): only what is painted,
// where, and in which order.
const { test, expect } = require('./fixtures');

// Before the app mounts: where the static start text sits, and every largest
// paint the browser reports.
const recordFirstView = () => {
  window.__lcp = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.__lcp.push({ static: !entry.element || entry.element.hasAttribute('data-cs-i18n'), size: entry.size });
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  document.addEventListener('DOMContentLoaded', () => setTimeout(() => {
    const app = document.getElementById('clear-signs-app');
    window.__static = {
      ready: document.documentElement.hasAttribute('data-cs-ready'),
      // The start screen's text: not the first question, which waits hidden (issue 28).
      blocks: [...app.querySelectorAll('h1, .cs-lead, .cs-points li')].filter((e) => !e.closest('[hidden]')).map((e) => {
        const r = e.getBoundingClientRect();
        return { text: e.textContent.trim(), x: Math.round(r.x), y: Math.round(r.y), w: Math.round(r.width), h: Math.round(r.height) };
      }),
    };
  }));
};

for (const locale of ['en-GB', 'ar']) {
  test.describe(`first view (${locale})`, () => {
    test.use({ locale, viewport: { width: 390, height: 844 } });

    test('the app takes over the static start text in place, and the largest paint stays the static one', async ({ page }) => {
      await page.addInitScript(recordFirstView);
      await page.goto('/');
      await expect(page.getByRole('button', { name: /./ }).first()).toBeVisible();
      await page.waitForFunction(() => document.documentElement.hasAttribute('data-cs-ready'));
      const before = await page.evaluate(() => window.__static);
      expect(before.ready, 'the static text was measured before the app mounted').toBe(false);
      expect(before.blocks.length).toBe(6); // heading, lead, four points
      const after = await page.evaluate(() => [...document.querySelectorAll('#clear-signs-app h1, #clear-signs-app .cs-lead, #clear-signs-app .cs-points li')]
        .map((e) => {
          const r = e.getBoundingClientRect();
          return { text: e.textContent.trim(), x: Math.round(r.x), y: Math.round(r.y), w: Math.round(r.width), h: Math.round(r.height) };
        }));
      expect(after).toEqual(before.blocks);
      // Every largest-paint candidate is the static text (a removed static
      // element reports no element): the app never paints a larger one.
      const lcp = await page.evaluate(() => window.__lcp);
      expect(lcp.length).toBeGreaterThan(0);
      expect(lcp.filter((e) => !e.static), JSON.stringify(lcp)).toEqual([]);
      // The app's files are asked for only after that first paint, so they
      // never compete with the start text on a slow connection.
      const timing = await page.evaluate(() => ({
        paint: performance.getEntriesByName('first-contentful-paint')[0].startTime,
        app: performance.getEntriesByType('resource')
          .filter((r) => /clear-signs(_bg\.wasm|\.js)$/.test(r.name)).map((r) => r.startTime),
      }));
      expect(timing.app.length).toBe(2);
      for (const start of timing.app) expect(start).toBeGreaterThanOrEqual(timing.paint);
    });
  });
}
