// The widget's start screen and first question are index.html's (issue 28):
// scripts/early-screens.mjs reads them into the tree embed.js builds, and
// nothing of them is lost or changed on the way.
// Run: node --test tests/facts/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { earlyScreens } from '../../scripts/early-screens.mjs';
import { built } from './stub-page.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const html = readFileSync(join(root, 'index.html'), 'utf8');

/** The tree written back as HTML, without white space between elements. */
function write(node) {
  if (typeof node === 'string') return node;
  const attributes = Object.entries(node[1]).map(([k, v]) => (v === '' ? ` ${k}` : ` ${k}="${v}"`)).join('');
  const children = node.slice(2).map(write).join('');
  return node[0] === 'input' ? `<${node[0]}${attributes}>` : `<${node[0]}${attributes}>${children}</${node[0]}>`;
}

test('the tree is index.html\'s start screen and first question, exactly', () => {
  const start = html.indexOf('>', html.indexOf('<main id="clear-signs-app"')) + 1;
  const source = html.slice(start, html.indexOf('<noscript>', start))
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/>\s+</g, '><')
    .replace(/\s+/g, ' ')
    .trim();
  const tree = earlyScreens(html);
  assert.equal(tree.map(write).join(''), source);
  assert.deepEqual(tree.map((n) => n[0]), ['section', 'form']);
  assert.ok('data-cs-early-actions' in tree[0][2 + tree[0].slice(2).findIndex((n) => n[1] && 'data-cs-early-actions' in n[1])][1]);
  assert.ok('data-cs-early-question' in tree[1][1]);
});

test('markup it cannot read exactly stops the build, saying where', () => {
  const page = (inner) => `<main id="clear-signs-app" class="cs-main">${inner}<noscript></noscript></main>`;
  assert.throws(() => earlyScreens(page('<section><p>open</section>')), /<\/section> closes <p>/);
  assert.throws(() => earlyScreens(page('<section>')), /<section> is not closed/);
  assert.throws(() => earlyScreens(page("<p class='single'>x</p>")), /cannot read the early screens/);
  assert.throws(() => earlyScreens('<main>'), /no <main id="clear-signs-app">/);
  assert.deepEqual(earlyScreens(page('<p title="a &amp; b">1 &lt; 2</p>')), [['p', { title: 'a & b' }, '1 < 2']]);
});

test('embed.js gets the tree from the build', () => {
  assert.ok(built('embed.js').includes(`var EARLY_SCREENS = ${JSON.stringify(earlyScreens(html))};`));
});
