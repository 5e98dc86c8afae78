// Issue 27: phone first. On a phone, with the browser's text at 100 % and
// 200 % (the DevTools protocol's font size, as large-text.spec.js: an
// injected <style> is refused by the page's policy), in English, Arabic
// (right to left), Thai (a tall script) and Burmese (a tall script, and the
// longest language: 2,638 characters of questions to English's 1,664), on
// the standalone page, in the <clear-signs> widget and in the iframe snippet:
// - every screen's heading starts in the top quarter of the screen, with the
//   section links, "Delete my answers" and the language after the screen;
// - no heading is taller than half the screen;
// - after "Next" the new heading has focus and its top is in view, below a
//   host page's sticky header;
// - at the end of the content nothing of it sits under the floating exit;
// - axe finds nothing.
const { test, expect, openApp, expectAccessible } = require('./fixtures');

// 71 walks through the whole check: shared between the workers.
test.describe.configure({ mode: 'parallel' });

const PHONES = [{ width: 320, height: 640 }, { width: 360, height: 740 }, { width: 390, height: 844 }];
const LANGUAGES = ['en', 'ar', 'th', 'my'];
const TEXT_SIZES = [100, 200];
/** A host page's sticky site header (widget and iframe), in px. */
const HOST_HEADER = 56;
const HOST = 'http://ngo.example/check.html';
const SANDBOX = 'allow-scripts allow-same-origin allow-forms allow-top-navigation-by-user-activation allow-popups allow-popups-to-escape-sandbox';

/** The browser's text at 200 %, as a person sets it. */
async function largeText(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
}

/** A host page: a sticky site header, a line of its own, the check, a footer. */
function hostPage(check, script = '') {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1"><title>Harbour NGO</title>
    <style>body { margin: 0; font-family: sans-serif; }
      .site { position: sticky; top: 0; z-index: 99; height: ${HOST_HEADER}px; margin: 0; background: #123; color: #fff; }
      footer { padding: 1em; }</style></head>
    <body><header class="site"><p>Harbour NGO</p></header><main><p>A private check:</p>${check}</main>
    <footer><p>Harbour NGO, 1 Quay Street.</p></footer>${script}</body></html>`;
}

/**
 * The three ways a person meets the check. Each gives `app` (a locator scope
 * for the check's elements), `inApp(fn)` (run fn where the check lives: the
 * page, or the frame), `offset()` (where the check's viewport sits on the
 * phone's screen), `top` (the first px of the screen not under a host's
 * sticky header) and `settle()` (before measuring: see the iframe).
 */
const EMBEDS = {
  page: {
    async open(page, baseURL, size) {
      if (size === 200) await largeText(page);
      await page.goto('./');
      await expect(page.locator('html')).toHaveAttribute('data-cs-ready', '');
      await expect(page.locator('html')).toHaveAttribute('data-cs-languages', '');
      return { app: page, inApp: (fn, arg) => page.evaluate(fn, arg), offset: async () => 0, top: 0, settle: async () => {} };
    },
  },
  widget: {
    async open(page, baseURL, size) {
      if (size === 200) await largeText(page);
      const body = hostPage('<clear-signs></clear-signs>', '<script src="./embed.js" defer></script>');
      await page.route(`${baseURL}phone-widget.html`, (route) => route.fulfill({ contentType: 'text/html', body }));
      await page.goto('./phone-widget.html');
      await expect(page.locator('html')).toHaveAttribute('data-cs-ready', '', { timeout: 15000 });
      return { app: page, inApp: (fn, arg) => page.evaluate(fn, arg), offset: async () => 0, top: HOST_HEADER, settle: async () => {} };
    },
  },
  iframe: {
    async open(page, baseURL, size) {
      if (size === 200) await largeText(page);
      const snippet = `<iframe src="${baseURL}index.html" title="Clear Signs: a private check" sandbox="${SANDBOX}"
        referrerpolicy="no-referrer" style="display: block; width: 100%; height: 90vh; border: 0"></iframe>`;
      const body = hostPage(snippet, `<script src="${baseURL}embed.js" defer></script>`);
      await page.route(HOST, (route) => route.fulfill({ contentType: 'text/html', body }));
      await page.goto(HOST);
      const frame = page.frame({ url: `${baseURL}index.html` });
      await expect(frame.locator('html')).toHaveAttribute('data-cs-ready', '');
      // The frame is from another origin (its own process): its text size is set on its own.
      if (size === 200) {
        const cdp = await page.context().newCDPSession(frame);
        await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
        await expect.poll(() => frame.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('32px');
      }
      const offset = async () => (await page.locator('iframe').boundingBox()).y;
      // A frame from another origin cannot scroll the host page (the browser
      // does not pass its scrollIntoView on), and the test's own clicks
      // scroll the host: before measuring, the host is where a person reading
      // the check keeps it, the frame's top just under the host's header.
      // What is checked is the frame's own scroll.
      // Then two frames are painted: the frame is another process, and
      // Chromium routes a click by where the frame was last painted, so a
      // click right after the scroll could land on the host page (seen once
      // in CI, under load: "Clicking the checkbox did not change its state").
      const settle = () => page.evaluate((top) => {
        window.scrollTo(0, window.scrollY + document.querySelector('iframe').getBoundingClientRect().top - top);
        return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      }, HOST_HEADER);
      return { app: frame, inApp: (fn, arg) => frame.evaluate(fn, arg), offset, top: HOST_HEADER, settle };
    },
  },
};

/** Runs where the check lives: its heading, what has focus, and the exit. */
function readScreen() {
  const shadow = document.querySelector('clear-signs');
  const root = shadow ? shadow.shadowRoot : document;
  const app = root.querySelector('#clear-signs-app') || root.querySelector('.cs-main');
  const h1 = app.querySelector('h1');
  const r = h1.getBoundingClientRect();
  const exit = root.querySelector('.cs-header .cs-exit');
  const e = exit.getBoundingClientRect();
  return {
    text: h1.textContent.trim().slice(0, 50),
    top: r.top,
    bottom: r.bottom,
    height: r.height,
    focused: root.activeElement === h1,
    // Floating: pinned to the screen over the content (the widget and the
    // frame float it when their header is out of view; the page at large text).
    floating: getComputedStyle(exit).position === 'fixed',
    exit: { top: e.top, bottom: e.bottom, left: e.left, right: e.right },
    // The controls that moved come after the screen, in the page's order.
    navAfter: (() => {
      const nav = app.querySelector('.cs-nav');
      const screen = app.querySelector('.cs-screen');
      return !nav || !!(screen.compareDocumentPosition(nav) & Node.DOCUMENT_POSITION_FOLLOWING);
    })(),
  };
}

/** Runs where the check lives: scroll to the end of the check's content. */
function scrollToEnd() {
  const shadow = document.querySelector('clear-signs');
  const root = shadow ? shadow.shadowRoot : document;
  const app = root.querySelector('#clear-signs-app') || root.querySelector('.cs-main');
  app.scrollIntoView({ block: 'end' });
  if (!shadow) window.scrollTo(0, document.documentElement.scrollHeight);
}

/** Runs where the check lives: what of the content sits under the floating exit. */
function underExit() {
  const shadow = document.querySelector('clear-signs');
  const root = shadow ? shadow.shadowRoot : document;
  const app = root.querySelector('#clear-signs-app') || root.querySelector('.cs-main');
  const exit = root.querySelector('.cs-header .cs-exit');
  if (getComputedStyle(exit).position !== 'fixed') return null;
  const x = exit.getBoundingClientRect();
  const content = (el) => el.matches('input, select, button, a, summary, label')
    || [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
  return [...app.querySelectorAll('*')]
    .filter((el) => el.checkVisibility() && content(el))
    .filter((el) => {
      const r = el.getBoundingClientRect();
      return r.left < x.right && r.right > x.left && r.top < x.bottom && r.bottom > x.top;
    })
    .map((el) => `${el.tagName.toLowerCase()}.${el.className} "${el.textContent.trim().slice(0, 30)}"`);
}

for (const embed of Object.keys(EMBEDS)) {
  for (const phone of PHONES) {
    for (const lang of LANGUAGES) {
      for (const size of TEXT_SIZES) {
        // Not Burmese at 200 % on the narrowest phone: its longest questions
        // (up to 183 letters) take 9 or 10 lines of 294 px even at the
        // person's own text size, the least a heading is (1em): up to 384 px
        // of 640, into the floating exit's corner. A known limit, in
        // docs/accessibility.md; the header's shortcut is tested there below.
        if (lang === 'my' && phone.width === 320 && size === 200) continue;
        test.describe(`${embed}, ${phone.width} x ${phone.height}, ${lang}, ${size} % text`, () => {
          test.use({ viewport: phone, locale: lang });

          test('every heading starts in the top quarter, fits in half the screen, in view after Next; nothing under the exit', async ({ page, baseURL }) => {
            test.slow();
            const check = await EMBEDS[embed].open(page, baseURL, size);
            const { app, inApp } = check;
            const view = phone.height;

            /** Where the heading is on the phone's screen, and whether it has focus. */
            const heading = async () => {
              const s = await inApp(readScreen);
              const offset = await check.offset();
              return { ...s, top: s.top + offset, bottom: s.bottom + offset, exitTop: s.exit.top + offset };
            };
            /** The heading of the screen just shown: focused, in view, in the top quarter, not too tall. */
            const expectHeading = async (screen, { moved = true } = {}) => {
              const h1 = app.locator('.cs-main h1, #clear-signs-app h1').first();
              if (moved) await expect(h1).toBeFocused();
              // What follows the scroll (the exit floating as the header leaves the screen) has happened.
              await inApp(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)))));
              await check.settle();
              const s = await heading();
              const where = `${screen} "${s.text}": top ${Math.round(s.top)}, height ${Math.round(s.height)}`;
              expect(s.navAfter, `${where}: the sections come after the screen`).toBe(true);
              expect(s.top, `${where}: its top is hidden`).toBeGreaterThanOrEqual(check.top - 1);
              // The top quarter of what the check has of the screen (below a host's header).
              expect(s.top - check.top, `${where}: not in the top quarter`).toBeLessThanOrEqual((view - check.top) / 4);
              expect(s.height, `${where}: taller than half the screen`).toBeLessThanOrEqual(view / 2);
              if (s.floating) expect(s.bottom, `${where}: under the floating exit`).toBeLessThanOrEqual(s.exitTop);
            };
            /** At the end of the content, nothing of it is under the floating exit. */
            const expectEndClear = async (screen) => {
              await inApp(scrollToEnd);
              await page.waitForTimeout(150); // the exit floats after an observer's callback
              const covered = await inApp(underExit);
              if (covered !== null) expect(covered, `${screen}: under the floating exit`).toEqual([]);
            };

            if (embed === 'page') await expectHeading('start', { moved: false });
            await expectAccessible(page, 'start');
            await app.locator('.cs-screen .cs-button').first().click();
            let first = true;
            for (let i = 0; i < 25 && !(await app.locator('[data-level]').count()); i++) {
              await expectHeading(`question ${i + 1}`);
              if (first) {
                await expectAccessible(page, 'a question');
                await expectEndClear('a question');
                first = false;
              }
              // "Yes" opens every follow-up: the longest path, every question.
              await app.locator('.cs-question input:is([type=radio], [type=checkbox])').first().check();
              await app.locator('.cs-question button[type=submit]').click();
            }
            await expectHeading('result');
            await expectAccessible(page, 'result');
            await expectEndClear('result');
            // The sections, from the links after the screen.
            for (const index of [1, 2, 3]) {
              await app.locator('.cs-nav__button').nth(index).click();
              await expectHeading(`section ${index + 1}`);
              await expectEndClear(`section ${index + 1}`);
            }
          });
        });
      }
    }
  }
}

test.describe('on a 390 x 844 phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the moved controls are one Tab after the screen, named, and the language changes only on the button', async ({ page }) => {
    await openApp(page);
    await page.getByRole('button', { name: 'Start the check' }).click();
    const h1 = page.getByRole('heading', { level: 1 });
    await expect(h1).toBeFocused();
    // Under the header, the question; the sections are not in the first screenful.
    const nav = page.getByRole('navigation', { name: 'Sections' });
    await expect(nav).not.toBeInViewport();
    // By keyboard: straight after the screen's last control (Next).
    await page.getByRole('button', { name: 'Next' }).focus();
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('button', { name: 'The check' })).toBeFocused();
    await expect(nav.getByRole('button', { name: 'The check' })).toBeInViewport();
    for (const name of ['Your rights', 'Who can help', 'Staying safe']) {
      await page.keyboard.press('Tab');
      await expect(nav.getByRole('button', { name })).toBeFocused();
    }
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Delete my answers' })).toBeFocused();
    await page.keyboard.press('Tab');
    const list = page.getByLabel('Language');
    await expect(list).toBeFocused();
    await list.selectOption('th');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const change = page.locator('.cs-language__change');
    await change.click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'th');
    // Still on the question, the control that was used keeps focus and stays in view.
    await expect(change).toBeFocused();
    await expect(change).toBeInViewport();
    await expect(page.getByText(/^คำถามที่ 1/)).toBeVisible();
  });
});

// Issue 27: on touch the moved controls sit below the whole screen. A link in
// the header, after the quick exit (still first and red), takes the person
// to the "Sections" navigation in one tap, named as that navigation is.
test.describe('the header\'s shortcut to the sections', () => {
  /** The heading's top and the shortcut's place on the screen. */
  const measure = (page) => page.evaluate(() => {
    const link = document.querySelector('.cs-header .cs-to-sections');
    const r = link.getBoundingClientRect();
    return {
      headingTop: document.querySelector('#clear-signs-app h1').getBoundingClientRect().top,
      link: { top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height },
      width: document.documentElement.clientWidth,
      scroll: document.documentElement.scrollWidth,
    };
  });
  /** Tapped or pressed: the navigation has focus and is in view; no history entry, no #fragment. */
  const expectAtSections = async (page, nav, entries) => {
    await expect(nav).toBeFocused();
    await expect(nav).toBeInViewport();
    expect(await page.evaluate(() => window.history.length), "no history entry").toBe(entries);
    expect(new URL(page.url()).hash).toBe('');
  };

  test.describe('on a 390 x 844 phone', () => {
    test.use({ viewport: { width: 390, height: 844 } });

    test('after the exit, one tap or Enter moves focus to the Sections navigation; the question still starts in the top quarter; axe finds nothing', async ({ page }) => {
      await openApp(page);
      const header = page.locator('.cs-header');
      const link = header.getByRole('link', { name: 'Sections', exact: true });
      await expect(link).toBeVisible();
      // The exit stays the header's first control, and red.
      const first = header.locator('a:visible, button:visible').first();
      await expect(first).toHaveText('Emergency: Exit this page');
      expect(await first.evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(177, 14, 30)');
      await page.getByRole('button', { name: 'Start the check' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
      const m = await measure(page);
      expect(m.headingTop, 'the question with the shortcut in the header').toBeLessThanOrEqual(844 / 4);
      expect(m.link.height).toBeGreaterThanOrEqual(44);
      await expectAccessible(page, 'a question, with the shortcut');

      const nav = page.getByRole('navigation', { name: 'Sections' });
      await expect(nav).not.toBeInViewport();
      const history = await page.evaluate(() => window.history.length);
      // Touch.
      await link.tap();
      await expectAtSections(page, nav, history);
      // Keyboard: the exit, then the shortcut; Enter; the next Tab is the first section.
      await page.evaluate(() => window.scrollTo(0, 0));
      await header.locator('.cs-exit').focus();
      await page.keyboard.press('Tab');
      await expect(link).toBeFocused();
      await page.keyboard.press('Enter');
      await expectAtSections(page, nav, history);
      await page.keyboard.press('Tab');
      await expect(nav.getByRole('button', { name: 'The check' })).toBeFocused();
      await expectAccessible(page, 'the sections, reached from the header');
      // Still on the question.
      await expect(page.getByText(/^Question 1/)).toBeVisible();
    });
  });

  test.describe('in Burmese', () => {
    test.use({ viewport: { width: 390, height: 844 }, locale: 'my' });

    test('named as the navigation is, in the person\'s language, and it follows a change of language', async ({ page }) => {
      await page.goto('./');
      await expect(page.locator('html')).toHaveAttribute('data-cs-ready', '');
      await expect(page.locator('html')).toHaveAttribute('lang', 'my');
      const nav = page.locator('nav.cs-nav');
      const link = page.locator('.cs-header .cs-to-sections');
      const name = await nav.getAttribute('aria-label');
      expect(name).not.toBe('Sections');
      await expect(link).toHaveText(name);
      await expect(page.getByRole('navigation', { name })).toBeAttached();
      await page.locator('.cs-screen .cs-button').first().click();
      await link.tap();
      await expect(nav).toBeFocused();
      await page.locator('#cs-language').selectOption('en');
      await page.locator('.cs-language__change').click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(link).toHaveText('Sections');
    });
  });

  for (const lang of ['en', 'ar', 'my']) {
    test.describe(`320 x 640, 200 % text, ${lang}`, () => {
      test.use({ viewport: { width: 320, height: 640 }, locale: lang });

      test('the shortcut fits beside the brand, no sideways scroll, the question in the top quarter, a tap reaches the sections', async ({ page }) => {
        await largeText(page);
        await page.goto('./');
        await expect(page.locator('html')).toHaveAttribute('data-cs-ready', '');
        await page.locator('.cs-screen .cs-button').first().click();
        const link = page.locator('.cs-header .cs-to-sections');
        await expect(link).toBeVisible();
        await expect(page.locator('#clear-signs-app h1')).toBeFocused();
        const m = await measure(page);
        expect(m.scroll, 'sideways scroll').toBeLessThanOrEqual(m.width);
        expect(m.link.left).toBeGreaterThanOrEqual(0);
        expect(m.link.right).toBeLessThanOrEqual(m.width);
        expect(m.link.height).toBeGreaterThanOrEqual(44);
        expect(m.headingTop, 'the question with the shortcut in the header').toBeLessThanOrEqual(640 / 4);
        await expectAccessible(page, `${lang} at 200 %, with the shortcut`);
        await link.tap();
        await expect(page.locator('nav.cs-nav')).toBeFocused();
        await expect(page.locator('nav.cs-nav')).toBeInViewport();
      });
    });
  }

  test('not there while the check cannot run (the calm fallback page)', async ({ page }) => {
    await page.route('**/*.wasm', (route) => route.abort());
    await page.goto('./');
    await expect(page.getByRole('heading', { name: 'Sorry, this check stopped working' })).toBeVisible();
    await expect(page.locator('.cs-header .cs-to-sections')).toBeHidden();
    await expect(page.getByRole('link', { name: 'Emergency: Exit this page' })).toBeVisible();
  });

  test.describe('embedded', () => {
    test.use({ viewport: { width: 390, height: 844 } });

    test('the widget has no shortcut (its header is its own); in the iframe the shortcut moves within the frame', async ({ page, baseURL }) => {
      const widget = await EMBEDS.widget.open(page, baseURL, 100);
      await widget.app.locator('.cs-screen .cs-button').first().click();
      await expect(widget.app.locator('.cs-main h1').first()).toBeFocused();
      await expect(page.locator('.cs-to-sections')).toHaveCount(0);
      await expectAccessible(page, 'the widget');

      const iframe = await EMBEDS.iframe.open(page, baseURL, 100);
      const frame = iframe.app;
      await frame.locator('.cs-screen .cs-button').first().click();
      const link = frame.locator('.cs-header .cs-to-sections');
      await expect(link).toBeVisible();
      // The frame's top just under the host's sticky header, as a person keeps it.
      await iframe.settle();
      // A click: Playwright's tap reaches a frame from another origin as
      // touchstart only, no click (a tap on an answer there does nothing either).
      await link.click();
      await expect(frame.locator('nav.cs-nav')).toBeFocused();
      expect(await frame.evaluate(() => location.hash)).toBe('');
      await expectAccessible(page, 'the iframe');
    });
  });
});
