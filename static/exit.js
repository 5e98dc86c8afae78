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
