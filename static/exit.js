/* Clear Signs quick exit. Plain JS with no dependencies, loaded before the app,
 * so it works before the WASM loads, if it fails to load, and after a panic.
 *
 * Exit (button, skip link, Shift pressed 3 times, or Esc if the page turns it on):
 *   1. hide everything at once (a class on <html>, plus a blank overlay);
 *   2. wipe every key the app stored (prefix "clear-signs") in both storages;
 *   3. tell the app to clear its memory (event "clear-signs-exit");
 *   4. set a neutral title, then location.replace() so Back does not return.
 * Options are attributes on <html>: data-exit-url, data-exit-esc="on".
 */
(function () {
  'use strict';
  var doc = document;
  var root = doc.documentElement;
  var PREFIX = 'clear-signs';
  var DEFAULT_URL = 'https://www.bbc.co.uk/weather';
  var SHIFT_WINDOW_MS = 5000;

  function destination() {
    var url = root.getAttribute('data-exit-url') || '';
    return /^https:\/\//.test(url) || /^\.?\//.test(url) ? url : DEFAULT_URL;
  }

  function wipe(name) {
    try {
      var storage = window[name];
      for (var i = storage.length - 1; i >= 0; i--) {
        var key = storage.key(i);
        if (key && key.indexOf(PREFIX) === 0) storage.removeItem(key);
      }
    } catch (e) { /* storage blocked: nothing was stored there */ }
  }

  function exit(event) {
    if (event) event.preventDefault();
    root.classList.add('cs-exiting');
    var overlay = doc.getElementById('cs-exit-overlay');
    if (overlay) overlay.hidden = false;
    try { window.speechSynthesis.cancel(); } catch (e) { /* no speech */ }
    wipe('sessionStorage');
    wipe('localStorage');
    try { window.dispatchEvent(new Event('clear-signs-exit')); } catch (e) { /* app gone */ }
    doc.title = 'Loading';
    window.location.replace(destination());
  }

  // Clicks and taps on any exit control, including ones the app renders later.
  doc.addEventListener('click', function (event) {
    var target = event.target;
    var control = target && target.closest ? target.closest('[data-cs-exit]') : null;
    if (control) exit(event);
  }, true);

  // Shift pressed alone 3 times, each within 5 s of the last. A Shift used for
  // a capital letter does not count; any other key starts again.
  var presses = 0;
  var lastPress = 0;
  var chord = false;
  function announce(count) {
    var status = doc.getElementById('cs-exit-status');
    if (!status) return;
    var text = count === 0 ? '' : (status.getAttribute('data-text-pressed') || '')
      .replace('{n}', String(count)).replace('{left}', String(3 - count));
    status.textContent = text;
  }
  doc.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && root.getAttribute('data-exit-esc') === 'on') {
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
      var overlay = doc.getElementById('cs-exit-overlay');
      if (overlay) overlay.hidden = true;
    }
  });

  // Translate the static parts (exit controls, announcements, fallback page)
  // into the page's language: first the browser's preference, then whatever
  // the app sets on <html lang>. Texts come from exit-strings.js.
  var strings = window.ClearSignsExitStrings || {};
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
    var nodes = doc.querySelectorAll('[data-i18n]');
    for (var i = 0; i < nodes.length; i++) {
      var value = texts[nodes[i].getAttribute('data-i18n')];
      if (value) nodes[i].textContent = value;
    }
    var attrs = doc.querySelectorAll('[data-i18n-attr]');
    for (i = 0; i < attrs.length; i++) {
      var pair = attrs[i].getAttribute('data-i18n-attr').split(':');
      if (texts[pair[1]]) attrs[i].setAttribute(pair[0], texts[pair[1]]);
    }
  }
  var first = pick(navigator.languages || [navigator.language]);
  if (first && root.getAttribute('lang') !== first) {
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

  // If the app never starts (blocked or broken download), show the calm
  // fallback with helplines instead of "Loading" forever.
  function showFallback() {
    if (root.hasAttribute('data-cs-ready')) return;
    var app = doc.getElementById('app');
    var fallback = doc.getElementById('cs-fallback');
    if (app) app.hidden = true;
    if (fallback) fallback.hidden = false;
  }
  // A failed start-up import or top-level await surfaces as one of these.
  window.addEventListener('error', showFallback);
  window.addEventListener('unhandledrejection', showFallback);
  window.setTimeout(showFallback, 15000);
})();
