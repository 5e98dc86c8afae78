// The page's own start screen and first question (index.html, issue 28), for
// the <clear-signs> widget: embed.js builds the same screens in its shadow
// root with createElement, so a person on a slow connection can start and
// answer there too while the .wasm loads. index.html stays their one source;
// this reads them at build time into a tree (scripts/facts.mjs writes it into
// embed.js). No HTML is parsed in the browser: a host page's Trusted Types
// policy would refuse it, and embed.js makes no HTML (docs/hosting.md).

const VOID = new Set(['input', 'br', 'hr', 'img']);
const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
const decode = (text) => text.replace(/&(amp|lt|gt|quot|#39);/g, (_, name) => ENTITIES[name]);

/**
 * What index.html's `<main id="clear-signs-app">` holds before its
 * `<noscript>`: an element is `[tag, {attribute: value}, ...children]`, a text
 * a string (white space between elements dropped, within a text collapsed).
 * Comments are left out. Throws on anything it cannot read exactly.
 */
export function earlyScreens(html) {
  const open = html.indexOf('<main id="clear-signs-app"');
  const end = html.indexOf('<noscript>', open);
  if (open < 0 || end < 0) throw new Error('index.html: no <main id="clear-signs-app"> … <noscript> for the widget\'s early screens');
  const markup = html.slice(html.indexOf('>', open) + 1, end).replace(/<!--[\s\S]*?-->/g, '');
  const top = ['main', {}];
  const stack = [top];
  const token = /<\/([a-z0-9]+)>|<([a-z0-9]+)((?:\s+[a-z0-9-]+(?:="[^"<>]*")?)*)\s*>|([^<]+)/gy;
  let at = 0;
  for (let m = token.exec(markup); m; m = token.exec(markup)) {
    at = token.lastIndex;
    const parent = stack[stack.length - 1];
    if (m[1]) {
      if (parent[0] !== m[1]) throw new Error(`index.html: </${m[1]}> closes <${parent[0]}>`);
      stack.pop();
    } else if (m[2]) {
      const attributes = {};
      for (const a of m[3].matchAll(/([a-z0-9-]+)(?:="([^"]*)")?/g)) attributes[a[1]] = decode(a[2] ?? '');
      const element = [m[2], attributes];
      parent.push(element);
      if (!VOID.has(m[2])) stack.push(element);
    } else if (m[4].trim()) {
      parent.push(decode(m[4].replace(/\s+/g, ' ')));
    }
  }
  if (at !== markup.length) throw new Error(`index.html: cannot read the early screens at "${markup.slice(at, at + 40)}"`);
  if (stack.length !== 1) throw new Error(`index.html: <${stack[stack.length - 1][0]}> is not closed`);
  return top.slice(2);
}
