// Trunk post-build hook: move Trunk's inline start-up <script type="module">
// into its own file, so the Content-Security-Policy needs no 'unsafe-inline';
// and catch a failed start there (the module or the .wasm did not load, or
// WebAssembly is off, as in iPhone Lockdown Mode), so the calm fallback shows
// at once in every engine: WebKit fires no error event for these.
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this as a Trunk hook');
const file = join(dir, 'index.html');
const html = readFileSync(file, 'utf8');
const inline = /<script type="module">([\s\S]*?)<\/script>/;
const match = html.match(inline);
if (!match) throw new Error('no inline module script found in index.html');
// Trunk writes `import init, * as bindings from './clear-signs.js';` then
// awaits init(): a static import cannot be caught, a dynamic one can.
const staticImport = /^import init, \* as bindings from '([^']+)';$/m;
const found = match[1].match(staticImport);
if (!found) throw new Error("Trunk's start-up script changed: no `import init, * as bindings` line");
// The app's files are fetched only after the first paint (below), so they
// never compete with the page's own start text for a slow connection.
// The .wasm is fetched at the same time as its JavaScript glue, not after it:
// one round trip fewer before the check is ready on a slow connection.
const initCall = /init\(\{ module_or_path: '([^']+)' \}\)/;
const wasmPath = match[1].match(initCall);
if (!wasmPath) throw new Error("Trunk's start-up script changed: no `init({ module_or_path: '…' })` call");
const start = match[1].trim().replace(staticImport,
  `await window.ClearSignsFirstPaint;\n` +
  `const wasmFile = fetch('${wasmPath[1]}');\n` +
  `wasmFile.catch(() => {}); // a failure surfaces below, where init awaits it\n` +
  `const bindings = await import('${found[1]}');\nconst init = bindings.default;`)
  .replace(initCall, 'init({ module_or_path: wasmFile })');
// The page's own start text is the first view. The app is fetched and takes
// it over only once that text has been painted, so the largest paint never waits for the wasm, on any host. Hidden
// tabs do not paint, and old engines lack paint timing: then one frame, and
// never more than 2 s.
const firstPaint = `window.ClearSignsFirstPaint = new Promise((resolve) => {
  if (document.visibilityState === 'hidden') return resolve();
  setTimeout(resolve, 2000);
  try {
    if ((PerformanceObserver.supportedEntryTypes || []).includes('paint')) {
      new PerformanceObserver((list, observer) => {
        if (list.getEntriesByName('first-contentful-paint').length) { observer.disconnect(); resolve(); }
      }).observe({ type: 'paint', buffered: true });
      return;
    }
  } catch (error) { /* no paint timing: wait one frame */ }
  requestAnimationFrame(() => setTimeout(resolve, 0));
});\n`;
const code = `${firstPaint}try {\n${start}\n} catch (error) {\n` +
  `  // exit.js (static/exit/fallback.js) shows the fallback page with the helplines; the exit keeps working.\n` +
  `  if (window.ClearSignsExit) window.ClearSignsExit.failed(error);\n  else throw error;\n}\n`;
const name = `boot-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
writeFileSync(join(dir, name), code);
// Trunk's preloads would start the 1.3 MB .wasm while the start text is
// still loading: the boot script fetches both after the first paint instead.
const preloads = /<link rel="(?:modulepreload|preload)" href="\.\/clear-signs(?:_bg\.wasm|\.js)"[^>]*>/g;
const unloaded = html.replace(preloads, '');
if (unloaded === html) throw new Error("Trunk's preload links changed: none found for clear-signs.js or the .wasm");
writeFileSync(file, unloaded.replace(inline, `<script type="module" src="./${name}"></script>`));
// Only JSON data blocks (the configuration) may stay inline: they never run.
if (/<script(?![^>]*\bsrc=)(?![^>]*type="application\/json")[^>]*>/.test(readFileSync(file, 'utf8'))) {
  throw new Error('an inline script is still in index.html');
}
