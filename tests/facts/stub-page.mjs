// A page just enough to run exit.js and embed.js as the build writes them,
// in node (tests/facts): not a test itself.
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { assembleExit } from '../../scripts/exit-assemble.mjs';
import { fill, markers } from '../../scripts/facts.mjs';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** exit.js (joined from static/exit/) or embed.js, markers filled in, as shipped. */
export function built(file) {
  const source = file === 'exit.js' ? assembleExit(root) : readFileSync(join(root, 'static', file), 'utf8');
  return fill(source, markers(root).js, file);
}

/**
 * A page just enough for exit.js and embed.js: `refuse` lists the addresses
 * its location.replace() throws on. `calls` records each replace(), with
 * whether the page was hidden by then. `stored`: the keys both storages
 * hold at first (`storages` shows what is left); `globals`: more of `window`
 * (exit-strings.js's tables).
 */
export function stubPage({ refuse = [], exitUrl = null, top = null, script = null, frames = [], stored = [], globals = {} } = {}) {
  const classes = new Set();
  const attrs = exitUrl ? { 'data-cs-exit-url': exitUrl } : {};
  const listeners = {};
  const calls = [];
  const timers = [];
  const element = () => ({ style: { setProperty() {}, removeProperty() {} }, appendChild() {}, setAttribute() {} });
  const storage = () => {
    const keys = [...stored];
    return {
      keys,
      get length() { return keys.length; },
      key: (i) => (i < keys.length ? keys[i] : null),
      removeItem(key) { const i = keys.indexOf(key); if (i >= 0) keys.splice(i, 1); },
    };
  };
  const storages = { sessionStorage: storage(), localStorage: storage() };
  const location = {
    href: 'https://check.example/index.html',
    replace(url) {
      calls.push({ url, hidden: classes.has('cs-exiting') });
      if (refuse.includes(url)) throw new SyntaxError(`'${url}' is not a valid URL.`);
    },
  };
  const document = {
    documentElement: {
      getAttribute: (name) => (name in attrs ? attrs[name] : null),
      setAttribute: (name, value) => { attrs[name] = String(value); },
      hasAttribute: (name) => name in attrs,
      appendChild() {},
      classList: {
        add: (c) => classes.add(c), remove: (c) => classes.delete(c), contains: (c) => classes.has(c), toggle() {},
      },
    },
    title: 'Clear Signs',
    readyState: 'complete',
    head: null,
    body: null,
    doctype: null,
    currentScript: script,
    getElementById: () => null,
    getElementsByTagName: (tag) => (tag === 'iframe' ? frames : []),
    querySelector: () => null,
    querySelectorAll: () => [],
    createElement: element,
    addEventListener() {},
  };
  const window = {
    document, location, navigator: { languages: ['en-US'], language: 'en-US' },
    ...storages, ...globals, console, URL, HTMLElement: class {},
    setTimeout: (f) => { timers.push(f); return timers.length; },
    addEventListener: (type, f) => { (listeners[type] = listeners[type] || []).push(f); },
    dispatchEvent() { return true; },
    Event: class { constructor(type) { this.type = type; } },
  };
  window.window = window;
  window.self = window;
  window.top = top || window;
  vm.createContext(window);
  return {
    window, calls, classes, listeners, storages,
    run: (file) => vm.runInContext(built(file), window, { filename: file }),
    runTimers: () => { while (timers.length) timers.shift()(); },
  };
}
