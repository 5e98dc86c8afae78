/* Clear Signs quick exit. Plain JS with no dependencies, loaded before the app,
 * so it works before the WASM loads, if it fails to load, and after a panic.
 *
 * Exit (button, skip link, Shift pressed 3 times, or Esc if the page turns it on):
 *   1. hide everything at once (a class on <html>, plus a blank overlay);
 *   2. wipe every key the app stored (its prefix, from the Rust) in both storages;
 *   3. tell the app to clear its memory (event "clear-signs-exit");
 *   4. set a neutral title, then location.replace() so Back does not return;
 *      if the browser refuses the address (it throws), the default neutral
 *      page instead, then a blank page: the person never stays on the check.
 * Options come from the embedder's configuration (the JSON block
 * #clear-signs-config, or the widget's block passed on by embed.js; on the
 * standalone page settings.json replaces the block when it arrives, see
 * settings-file.js): exit.url (an https address the browser can open: see scripts/facts.mjs
 * `safeUrl`) and exit.escape (default off). Shift x3 is always on:
 * every screen tells people to use it. Without exit.url the page depends on
 * the place the app reports (content/exit-pages.json, via exit-strings.js).
 * Inside an iframe it asks the host page to leave (a message that the host's
 * embed.js acts on at once, even without a recent click), tries to navigate
 * the top page itself, and else leaves at least the frame.
 * Other open tabs of the check are told too (BroadcastChannel), so they drop
 * the answers they hold in memory.
 *
 * This file and the others in static/exit/ are joined into the one shipped
 * exit.js, in one function scope (scripts/exit-assemble.mjs lists them in
 * order); this one holds what they share.
 */
var doc = document;
var root = doc.documentElement;
// The check's open tabs tell each other about an exit on this channel.
var CHANNEL = 'clear-signs';
// What a frame sends the host page, and other tabs: { type: MESSAGE, url }.
var MESSAGE = 'clear-signs-exit';
// An address the exit can open: https, a valid host and port, nothing that
// could break out of an attribute, and read by the browser's own parser.
// The rule's text is written in at build time from scripts/facts.mjs
// (tests/facts checks it agrees with the app's Rust).
var safe = '@CS_SAFE_URL@';
var pages = window.ClearSignsExitPages || {};
// content/exit-pages.json's default, written in at build time (scripts/facts.mjs):
// it works even if exit-strings.js did not load.
var DEFAULT_URL = safe(pages.default) ? pages.default : '@CS_DEFAULT_EXIT_URL@';
var SHIFT_WINDOW_MS = 5000;
var framed = false;
try { framed = window.top !== window; } catch (e) { framed = true; }

function isObject(value) {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}
