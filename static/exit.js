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
 * every screen tells people to use it. Without exit.url the page depends on
 * the place the app reports (content/exit-pages.json, via exit-strings.js).
 * Inside an iframe it asks the host page to leave (a message that the host's
 * embed.js acts on at once, even without a recent click), tries to navigate
 * the top page itself, and else leaves at least the frame.
 * Other open tabs of the check are told too (BroadcastChannel), so they drop
 * the answers they hold in memory.
 */
(function () {
  'use strict';
  var doc = document;
  var root = doc.documentElement;
  var PREFIX = 'clear-signs';
  // What a frame sends the host page, and other tabs: { type: MESSAGE, url }.
  var MESSAGE = 'clear-signs-exit';
  var pages = window.ClearSignsExitPages || {};
  // content/exit-pages.json's default, written in at build time (scripts/facts.mjs):
  // it works even if exit-strings.js did not load.
  var DEFAULT_URL = safe(pages.default) ? pages.default : '@CS_DEFAULT_EXIT_URL@';
  var SHIFT_WINDOW_MS = 5000;
  var framed = false;
  try { framed = window.top !== window; } catch (e) { framed = true; }

  // https, a host, no quote or space: the rule is written in at build time
  // from scripts/facts.mjs (tests/facts checks it agrees with the app's Rust).
  function safe(url) {
    return typeof url === 'string' && '@CS_SAFE_URL@'.test(url);
  }
  function readConfig() {
    if (window.ClearSignsConfig) return window.ClearSignsConfig;
    var block = doc.getElementById('clear-signs-config');
    try { return block ? JSON.parse(block.textContent) : {}; } catch (e) { return {}; }
  }
  var exitConfig = (readConfig() || {}).exit || {};
  var settings = {
    url: safe(exitConfig.url) ? exitConfig.url : null,
    escape: exitConfig.escape === true,
  };
  // The place in use (chosen, else suggested), reported by the app.
  var place = null;
  // The page (or a test) may still change these at run time; then the
  // embedder's page; then the place's ordinary page; then the default.
  function destination() {
    var url = root.getAttribute('data-cs-exit-url');
    if (safe(url)) return url;
    if (settings.url) return settings.url;
    var byPlace = place && pages.places ? pages.places[place] : null;
    return safe(byPlace) ? byPlace : DEFAULT_URL;
  }
  // Documents (this one, the widget's shadow root) whose exit links and texts we keep up to date.
  var scopes = [doc];
  function each(selector, f) {
    scopes.forEach(function (scope) {
      var nodes = scope.querySelectorAll(selector);
      for (var i = 0; i < nodes.length; i++) f(nodes[i]);
    });
  }
  // The links point at the real destination: what a long press or the status bar shows.
  function updateLinks() {
    var url = destination();
    each('a[data-cs-exit]', function (link) { if (link.getAttribute('href') !== url) link.setAttribute('href', url); });
  }
  function setPlace(id) {
    place = typeof id === 'string' ? id : null;
    updateLinks();
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

  // Leaving sends no referrer, also from a host page with its own policy
  // (a <meta> added now applies to the navigation below).
  function noReferrer() {
    try {
      var meta = doc.createElement('meta');
      meta.name = 'referrer';
      meta.content = 'no-referrer';
      (doc.head || root).appendChild(meta);
    } catch (e) { /* no head: the page's own policy stays */ }
  }

  var channel = null;
  try { channel = new BroadcastChannel(PREFIX); } catch (e) { /* old browser: storage events still reach other tabs */ }

  var title = doc.title;
  function exit(event) {
    if (event) event.preventDefault();
    var url = destination();
    // Also the flag the app's storage module checks: from now on it writes nothing.
    root.classList.add('cs-exiting');
    var overlay = doc.getElementById('cs-exit-overlay');
    if (overlay) overlay.hidden = false;
    // A host page has no stylesheet of ours: hide its body directly (CSSOM,
    // allowed by any CSP).
    else if (doc.body) doc.body.style.setProperty('display', 'none', 'important');
    // In a frame: the host page's embed.js hides and leaves the whole page at
    // once, with or without a recent click. Sent first, so it hides soonest.
    if (framed) {
      try { window.top.postMessage({ type: MESSAGE, url: url }, '*'); } catch (e) { /* no host script */ }
    }
    try { window.speechSynthesis.cancel(); } catch (e) { /* no speech */ }
    wipe('sessionStorage');
    wipe('localStorage');
    try { window.dispatchEvent(new Event('clear-signs-exit')); } catch (e) { /* app gone */ }
    // Other tabs of the check drop what they hold in memory.
    try { if (channel) channel.postMessage(MESSAGE); } catch (e) { /* channel closed */ }
    noReferrer();
    title = doc.title;
    doc.title = 'Loading';
    if (framed) {
      // Allowed after a recent click or tap in the frame (the sandbox's
      // allow-top-navigation-by-user-activation); otherwise it throws, or some
      // engines ignore it quietly. Either way the host script leaves too.
      try { window.top.location.replace(url); } catch (e) { /* not allowed now */ }
    }
    // At least this page goes, whatever the host page does.
    window.location.replace(url);
  }

  // Clicks and taps on any exit control, including ones the app renders later.
  // composedPath() reaches inside the <clear-signs> widget's shadow root.
  // Ctrl/Cmd/Shift-click arrive here too: the exit happens, never a new tab.
  function onExitControl(event) {
    var path = event.composedPath ? event.composedPath() : [event.target];
    for (var i = 0; i < path.length; i++) {
      if (path[i].hasAttribute && path[i].hasAttribute('data-cs-exit')) return true;
    }
    return false;
  }
  doc.addEventListener('click', function (event) {
    if (onExitControl(event)) exit(event);
  }, true);
  // A middle click would open the neutral page in a new tab and leave this
  // one on screen: exit instead.
  doc.addEventListener('auxclick', function (event) {
    if (event.button === 1 && onExitControl(event)) exit(event);
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
    // The exit reads as a button, so Space works on it too (a link only
    // answers Enter; Space would scroll the page instead).
    if ((event.key === ' ' || event.key === 'Spacebar') && onExitControl(event)) {
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
      // Old and related codes (tl → fil): src/domain/language.rs, via exit-strings.js.
      var alias = (window.ClearSignsLanguageAliases || {})[primary] || primary;
      for (var code in strings) {
        if (code.toLowerCase() === tag.toLowerCase()) return code;
      }
      for (code in strings) {
        if (code === alias || code.split('-')[0] === alias) return code;
      }
    }
    return null;
  }
  // `scope`: a document or the widget's shadow root (default: this document).
  function translate(code, scope) {
    var texts = strings[code];
    if (!texts) return;
    scope = scope || doc;
    var nodes = scope.querySelectorAll('[data-cs-i18n]');
    for (var i = 0; i < nodes.length; i++) {
      var value = texts[nodes[i].getAttribute('data-cs-i18n')];
      if (value) nodes[i].textContent = value;
    }
    var attrs = scope.querySelectorAll('[data-cs-i18n-attr]');
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

  // Another tab of the check exited: forget what this one holds (the app
  // listens too) and keep nothing stored.
  if (channel) {
    channel.addEventListener('message', function (event) {
      if (event.data !== MESSAGE) return;
      wipe('sessionStorage');
      wipe('localStorage');
    });
  }

  // Keep an exit in reach while the check is on screen, embedded in a host
  // page (standalone, the page's header is sticky and always in view): when
  // the header's exit scrolls out of view or is covered (a host's sticky
  // header), the same button floats at the bottom of what the person sees.
  // `area`: the check's box on the page (the widget), or none in a frame.
  function keepInReach(header, button, area) {
    if (!window.IntersectionObserver || !header || !button) return;
    var headerInView = true;
    var uncovered = true;
    var areaInView = true;
    var visible = null; // in a frame: the part of its viewport on screen
    function update() {
      var float = areaInView && !(headerInView && uncovered);
      button.classList.toggle('cs-exit--float', float);
      if (float && visible) {
        var top = Math.max(visible.top + 8, visible.bottom - button.offsetHeight - 16);
        button.style.setProperty('inset-block-start', Math.round(top) + 'px');
        button.style.setProperty('inset-block-end', 'auto');
      } else {
        button.style.removeProperty('inset-block-start');
        button.style.removeProperty('inset-block-end');
      }
    }
    // Whole header in the top-level viewport (the implicit root also works
    // from a cross-origin frame). Where supported, also whether something of
    // the host page covers it (IntersectionObserver v2).
    var options = { threshold: [0, 1] };
    if (framed) { options.trackVisibility = true; options.delay = 100; }
    new IntersectionObserver(function (entries) {
      var entry = entries[entries.length - 1];
      headerInView = entry.intersectionRatio >= 0.99;
      // In a frame, only v2 can tell whether the host page covers the header
      // (a sticky site header often does). Without it (isVisible undefined:
      // Firefox, Safari), assume it might be covered: the exit floats.
      if (framed) uncovered = entry.isVisible === true;
      update();
    }, options).observe(header);
    if (area) {
      new IntersectionObserver(function (entries) {
        areaInView = entries[entries.length - 1].isIntersecting;
        update();
      }).observe(area);
      // On the host page we can see what covers the header.
      var pending = false;
      var check = function () {
        pending = false;
        var r = header.getBoundingClientRect();
        var y = r.top + Math.min(r.height / 2, 24);
        var clear = [r.left + 8, r.right - 8].every(function (x) {
          if (y < 0 || y > window.innerHeight) return true; // out of view: the observer decides
          var hit = doc.elementFromPoint(x, y);
          return !hit || hit === area || area.contains(hit);
        });
        if (clear !== uncovered) { uncovered = clear; update(); }
      };
      var soon = function () { if (!pending) { pending = true; window.requestAnimationFrame(check); } };
      window.addEventListener('scroll', soon, { passive: true, capture: true });
      window.addEventListener('resize', soon, { passive: true });
      soon();
    } else if (framed) {
      var probe = doc.createElement('div');
      probe.className = 'cs-viewport-probe';
      probe.setAttribute('aria-hidden', 'true');
      doc.body.appendChild(probe);
      var steps = [];
      for (var i = 0; i <= 200; i++) steps.push(i / 200);
      new IntersectionObserver(function (entries) {
        var entry = entries[entries.length - 1];
        visible = entry.isIntersecting ? entry.intersectionRect : null;
        update();
      }, { threshold: steps }).observe(probe);
      window.addEventListener('resize', update, { passive: true });
    }
  }
  if (framed && !window.ClearSignsEmbedded) {
    root.classList.add('cs-framed');
    var inFrame = function () {
      var header = doc.querySelector('body > .cs-header');
      keepInReach(header, header && header.querySelector('[data-cs-exit]'), null);
    };
    if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', inFrame);
    else inFrame();
  }
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', updateLinks);
  else updateLinks();

  // If the app never starts (blocked or broken download), show the calm
  // fallback with helplines instead of "Loading" forever.
  function showFallback() {
    if (root.hasAttribute('data-cs-ready') || window.ClearSignsEmbedded) return;
    var app = doc.getElementById('clear-signs-app');
    var fallback = doc.getElementById('cs-fallback');
    if (app) app.hidden = true;
    if (fallback) fallback.hidden = false;
  }
  // The boot script reports a failed start directly (some engines, e.g.
  // WebKit, fire no error event when a module or the .wasm fails to load).
  function failed(error) {
    try { console.error('Clear Signs: the check could not start: ' + error); } catch (e) { /* no console */ }
    showFallback();
  }
  // A failed start-up script or preload, or an uncaught error before the app is ready.
  window.addEventListener('error', function (event) {
    var target = event.target;
    if (target && target !== window && !/^(SCRIPT|LINK)$/.test(target.tagName || '')) return;
    showFallback();
  }, true);
  window.addEventListener('unhandledrejection', showFallback);
  window.setTimeout(showFallback, 15000);

  // For embed.js and the app: the language choice, texts, the exit itself,
  // the place for the destination, keeping the exit in reach, and start-up failure.
  window.ClearSignsExit = {
    pick: pick,
    exit: exit,
    translate: translate,
    setPlace: setPlace,
    destination: destination,
    keepInReach: keepInReach,
    failed: failed,
    addScope: function (scope) { scopes.push(scope); updateLinks(); },
  };
})();
