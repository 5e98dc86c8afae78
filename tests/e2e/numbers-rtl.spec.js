// Phone numbers read left to right in a right-to-left language: "08000 121
// 700" must never show as "700 121 08000" (a person who copies it by eye to
// call from another phone would dial a wrong number). The app isolates each
// number (U+2066 … U+2069); the static fallback uses <bdi dir="ltr">.
const { test, expect, openApp, chooseLanguage } = require('./fixtures');

/** For each phone link on screen: are its digit groups on screen in the order they are written? */
async function numberOrder(page) {
  return page.evaluate(() => [...document.querySelectorAll('a[href^="tel:"]')]
    .filter((a) => a.getClientRects().length && /\d+\D+\d+/.test(a.textContent))
    .map((a) => {
      const xs = [];
      const walker = document.createTreeWalker(a, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const m of node.data.matchAll(/\d+/g)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          xs.push(range.getBoundingClientRect().x);
        }
      }
      const inOrder = xs.every((x, i) => i === 0 || x > xs[i - 1]);
      return `${a.textContent.replace(/[\u2066-\u2069]/g, '')}: ${inOrder ? 'left to right' : 'reversed'}`;
    }));
}

for (const [code, place] of [['ar', 'England and Wales'], ['ar', 'Malaysia'], ['ar', 'Kenya'], ['ur', 'England and Wales'], ['ur', 'Malaysia']]) {
  test(`${code}, ${place}: every phone number reads left to right`, async ({ page }) => {
    await openApp(page);
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Who can help' }).click();
    await page.getByLabel('Where are you now?').selectOption({ label: place });
    await page.getByText('More lines, and help in other countries').click();
    await chooseLanguage(page, code);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    const order = await numberOrder(page);
    expect(order.length, 'numbers with spaces on screen').toBeGreaterThan(2);
    expect(order.filter((o) => !o.endsWith('left to right'))).toEqual([]);
  });
}
