/* Clear Signs quick exit. Plain JS with no dependencies, loaded before the app,
 * so it works before the WASM loads, if it fails to load, and after a panic.
 *
 * Exit (button, skip link, Shift pressed 3 times, or Esc if the page turns it on):
 *   1. hide everything at once (a class on <html>, plus a blank overlay);
 *   2. wipe every key the app stored (prefix "clear-signs") in both storages;
 *   3. tell the app to clear its memory (event "clear-signs-exit");
 *   4. set a neutral title, then location.replace() so Back does not return.
 * Options come from the embedder's configuration (the JSON block
 * #clear-signs-config, or window.ClearSignsConfig set by embed.js):
 * exit.url (https only) and exit.escape (default off). Shift x3 is always on:
 * every screen tells people to use it.
 * Inside an iframe it navigates the top page, so the whole host page goes.
 */
(function () {
  'use strict';
  var doc = document;
  var root = doc.documentElement;
  var PREFIX = 'clear-signs';
  var DEFAULT_URL = 'https://www.bbc.co.uk/weather';
  var SHIFT_WINDOW_MS = 5000;

  // Same rule as the app's config parser: https, a host, no quote or space.
  function safe(url) {
    return typeof url === 'string' && /^https:\/\/[^\/\s"'<>\\`][^\s"'<>\\`]*$/.test(url);
  }
  function readConfig() {
    if (window.ClearSignsConfig) return window.ClearSignsConfig;
    var block = doc.getElementById('clear-signs-config');
    try { return block ? JSON.parse(block.textContent) : {}; } catch (e) { return {}; }
  }
  var exitConfig = (readConfig() || {}).exit || {};
  var settings = {
    url: safe(exitConfig.url) ? exitConfig.url : DEFAULT_URL,
    escape: exitConfig.escape === true,
  };
  // The page (or a test) may still change these at run time.
  function destination() {
    var url = root.getAttribute('data-cs-exit-url');
    return safe(url) ? url : settings.url;
  }
  function escapeOn() {
    return settings.escape || root.getAttribute('data-cs-exit-esc') === 'on';
  }

  function wipe(name) {
    try {
      var storage = window[name];
      var keys = [];
      for (var i = 0; i < storage.length; i++) keys.push(storage.key(i));
      keys.forEach(function (key) { if (key && key.indexOf(PREFIX) === 0) storage.removeItem(key); });
    } catch (e) { /* storage blocked: nothing was stored there */ }
  }

  var title = doc.title;
  function exit(event) {
    if (event) event.preventDefault();
    root.classList.add('cs-exiting');
    var overlay = doc.getElementById('cs-exit-overlay');
    if (overlay) overlay.hidden = false;
    // A host page has no stylesheet of ours: hide its body directly (CSSOM,
    // allowed by any CSP).
    else if (doc.body) doc.body.style.setProperty('display', 'none', 'important');
    try { window.speechSynthesis.cancel(); } catch (e) { /* no speech */ }
    wipe('sessionStorage');
    wipe('localStorage');
    try { window.dispatchEvent(new Event('clear-signs-exit')); } catch (e) { /* app gone */ }
    title = doc.title;
    doc.title = 'Loading';
    var url = destination();
    try {
      // Embedded in an iframe: leave the whole host page.
      if (window.top && window.top !== window) { window.top.location.replace(url); return; }
    } catch (e) { /* top navigation not allowed: leave at least this page */ }
    window.location.replace(url);
  }

  // Clicks and taps on any exit control, including ones the app renders later.
  // composedPath() reaches inside the <clear-signs> widget's shadow root.
  doc.addEventListener('click', function (event) {
    var path = event.composedPath ? event.composedPath() : [event.target];
    for (var i = 0; i < path.length; i++) {
      if (path[i].hasAttribute && path[i].hasAttribute('data-cs-exit')) { exit(event); return; }
    }
  }, true);

  // Shift pressed alone 3 times, each within 5 s of the last. A Shift used for
  // a capital letter does not count; any other key starts again.
  var presses = 0;
  var lastPress = 0;
  var chord = false;
  function announce(count) {
    var status = window.ClearSignsExitStatus || doc.getElementById('cs-exit-status');
    if (!status) return;
    var text = count === 0 ? '' : (status.getAttribute('data-text-pressed') || '')
      .replace('{n}', String(count)).replace('{left}', String(3 - count));
    status.textContent = text;
  }
  doc.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && escapeOn()) {
      exit(event);
      return;
    }
    if (event.key !== 'Shift') {
      if (event.shiftKey) chord = true;
      if (presses) { presses = 0; announce(0); }
    }
  }, true);
  doc.addEventListener('keyup', function (event) {
    if (event.key !== 'Shift') return;
    if (chord) { chord = false; return; }
    var now = Date.now();
    if (now - lastPress > SHIFT_WINDOW_MS) presses = 0;
    lastPress = now;
    presses += 1;
    if (presses >= 3) {
      presses = 0;
      exit(null);
    } else {
      announce(presses);
    }
  }, true);

  // Restored from the back-forward cache: the app was already cleared; drop
  // the cover so the start screen shows, never old answers.
  window.addEventListener('pageshow', function (event) {
    if (event.persisted && root.classList.contains('cs-exiting')) {
      root.classList.remove('cs-exiting');
      doc.title = title;
      if (doc.body) doc.body.style.removeProperty('display');
      var overlay = doc.getElementById('cs-exit-overlay');
      if (overlay) overlay.hidden = true;
    }
  });

  // Translate the static parts (exit controls, announcements, fallback page)
  // into the page's language: first the browser's preference, then whatever
  // the app sets on <html lang>. Texts come from exit-strings.js.
  var strings = window.ClearSignsExitStrings || {};
  // Only the languages the embedder offers (config "languages"), if it says.
  var offered = (readConfig() || {}).languages;
  if (Array.isArray(offered) && offered.some(function (c) { return strings[c]; })) {
    var kept = {};
    offered.forEach(function (c) { if (strings[c]) kept[c] = strings[c]; });
    strings = kept;
  }
  function pick(tags) {
    for (var i = 0; i < tags.length; i++) {
      var tag = String(tags[i] || '').replace('_', '-');
      var primary = tag.split('-')[0].toLowerCase();
      var alias = { tl: 'fil', 'in': 'id', pt: 'pt-BR' }[primary] || primary;
      for (var code in strings) {
        if (code.toLowerCase() === tag.toLowerCase()) return code;
      }
      for (code in strings) {
        if (code === alias || code.split('-')[0] === alias) return code;
      }
    }
    return null;
  }
  function translate(code) {
    var texts = strings[code];
    if (!texts) return;
    var nodes = doc.querySelectorAll('[data-cs-i18n]');
    for (var i = 0; i < nodes.length; i++) {
      var value = texts[nodes[i].getAttribute('data-cs-i18n')];
      if (value) nodes[i].textContent = value;
    }
    var attrs = doc.querySelectorAll('[data-cs-i18n-attr]');
    for (i = 0; i < attrs.length; i++) {
      var pair = attrs[i].getAttribute('data-cs-i18n-attr').split(':');
      if (texts[pair[1]]) attrs[i].setAttribute(pair[0], texts[pair[1]]);
    }
  }
  var first = pick(navigator.languages || [navigator.language]);
  // Embedded in a host page, the page's own language is not ours to change.
  if (first && !window.ClearSignsEmbedded && root.getAttribute('lang') !== first) {
    root.setAttribute('lang', first);
    root.setAttribute('dir', strings[first].dir || 'ltr');
  }
  function translateNow() { translate(root.getAttribute('lang')); }
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', translateNow);
  else translateNow();
  if (window.MutationObserver) {
    new MutationObserver(function () { translate(root.getAttribute('lang')); })
      .observe(root, { attributes: true, attributeFilter: ['lang'] });
  }

  // For embed.js: the same language choice and the exit itself.
  window.ClearSignsExit = { pick: pick, exit: exit };

  // If the app never starts (blocked or broken download), show the calm
  // fallback with helplines instead of "Loading" forever.
  function showFallback() {
    if (root.hasAttribute('data-cs-ready') || window.ClearSignsEmbedded) return;
    var app = doc.getElementById('clear-signs-app');
    var fallback = doc.getElementById('cs-fallback');
    if (app) app.hidden = true;
    if (fallback) fallback.hidden = false;
  }
  // A failed start-up import or top-level await surfaces as one of these.
  window.addEventListener('error', showFallback);
  window.addEventListener('unhandledrejection', showFallback);
  window.setTimeout(showFallback, 15000);
})();
