/* Clear Signs quick exit. Plain JS with no dependencies, loaded before the app,
 * so it works before the WASM loads, if it fails to load, and after a panic.
 *
 * Exit (button, skip link, Shift pressed 3 times, or Esc if the page turns it on):
 *   1. hide everything at once (a class on <html>, plus a blank overlay);
 *   2. wipe every key the app stored (prefix "clear-signs") in both storages;
 *   3. tell the app to clear its memory (event "clear-signs-exit");
 *   4. set a neutral title, then location.replace() so Back does not return;
 *      if the browser refuses the address (it throws), the default neutral
 *      page instead, then a blank page: the person never stays on the check.
 * Options come from the embedder's configuration (the JSON block
 * #clear-signs-config, or the widget's block passed on by embed.js; on the
 * standalone page settings.json replaces the block when it arrives, see
 * below): exit.url (an https address the browser can open: see scripts/facts.mjs
 * `safeUrl`) and exit.escape (default off). Shift x3 is always on:
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
  // Settings read as JSON as the app does (read_json in src/domain/config.rs):
  // as written; else “ ” „ ‟ as " and no-break spaces as spaces; else also
  // ‘ ’ as ". The first valid reading: { value, text, curly }, or null.
  function read(text) {
    if (typeof text !== 'string') return null;
    var tries = [text];
    if (/[\u201c\u201d\u201e\u201f\u00a0\u2018\u2019]/.test(text)) {
      var straight = text.replace(/[\u201c\u201d\u201e\u201f]/g, '"').replace(/\u00a0/g, ' ');
      tries.push(straight, straight.replace(/[\u2018\u2019]/g, '"'));
    }
    for (var i = 0; i < tries.length; i++) {
      try { return { value: JSON.parse(tries[i]), text: tries[i], curly: i > 0 }; } catch (e) { /* the next reading */ }
    }
    return null;
  }
  // The line of the HTML file where a settings block's text begins: the
  // newlines before it as the browser keeps the page, plus those the parser
  // drops after <!doctype> and <html> if tags have their own lines (a newline
  // right after <head> says so).
  function blockLine(block) {
    function count(text) { return (text || '').split('\n').length - 1; }
    // The parser keeps every line break from <head> on, but drops the ones
    // after the doctype (and comments before <html>) and between <html> and
    // <head>: guess them from the page's own style. A doctype on its own
    // line: the page breaks lines before its body (in the head or after it;
    // a page squeezed onto one line up to <body> has none). <html> and <head>
    // on separate lines: the head's own first line break comes right after
    // <head>, as "<html>\n<head>\n  <meta>"; "<html lang="en"><head><meta>"
    // on one line has none. (A page written "<html><head>" with a line break
    // right after it reads one line too high: the message quotes the line.)
    var head = doc.head;
    var html = doc.documentElement;
    var broken = !!head && /\n/.test(head.innerHTML);
    for (var t = html && html.firstChild; t && !broken; t = t.nextSibling) {
      if (t.nodeType === 3 && /\n/.test(t.data)) broken = true;
    }
    var lines = doc.doctype && broken ? 1 : 0;
    var first = head && head.firstChild;
    if (first && first.nodeType === 3 && /^[ \t]*\n/.test(first.data)) lines += 1;
    for (var node = block; node && node.nodeType === 1; node = node.parentNode) {
      lines += count(node.cloneNode(false).outerHTML);
      // Elements, text and comments (a doctype has neither); a comment
      // before <html> on its own line.
      for (var s = node.previousSibling; s; s = s.previousSibling) {
        lines += count(s.outerHTML || s.data) + (node === html && s.nodeType === 8 && broken ? 1 : 0);
      }
    }
    return lines + 1;
  }
  // The standalone page's block, or the widget's text (from embed.js).
  var block = window.ClearSignsEmbedded ? null : doc.getElementById('clear-signs-config');
  var initial = read(window.ClearSignsEmbedded ? window.ClearSignsConfigText : block && block.textContent);
  initial = initial && isObject(initial.value) ? initial.value : {};
  var settings = {};
  function useExit(config) {
    var options = isObject(config.exit) ? config.exit : {};
    settings.url = safe(options.url) ? options.url : null;
    settings.escape = options.escape === true;
  }
  useExit(initial);
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

  // Remove the check's keys from one storage; how many there were.
  function wipe(name) {
    var removed = 0;
    try {
      var storage = window[name];
      var keys = [];
      for (var i = 0; i < storage.length; i++) keys.push(storage.key(i));
      keys.forEach(function (key) {
        if (key && key.indexOf(PREFIX) === 0) { storage.removeItem(key); removed++; }
      });
    } catch (e) { /* storage blocked: nothing was stored there */ }
    return removed;
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

  // Leave `place` (a Location) for `url`. Should the browser still refuse the
  // address (location.replace throws on one it cannot read), the default
  // neutral page, then a blank page: the person is never left on the check.
  // Each replace() that throws has not navigated, so the next one is free to.
  function go(place, url) {
    var tries = [url, DEFAULT_URL, 'about:blank'];
    for (var i = 0; i < tries.length; i++) {
      try {
        place.replace(tries[i]);
        return true;
      } catch (e) { /* refused: the next one */ }
    }
    return false;
  }

  var title = doc.title;
  function exit(event) {
    if (event) event.preventDefault();
    // Also the flag the app's storage module checks: from now on it writes nothing.
    root.classList.add('cs-exiting');
    var overlay = doc.getElementById('cs-exit-overlay');
    if (overlay) overlay.hidden = false;
    // A host page has no stylesheet of ours: hide its body directly (CSSOM,
    // allowed by any CSP).
    else if (doc.body) doc.body.style.setProperty('display', 'none', 'important');
    // Chosen once the page is hidden, so nothing comes before hiding it.
    var url = destination();
    // In a frame: the host page's embed.js hides and leaves the whole page at
    // once, with or without a recent click. Sent first, so it hides soonest.
    if (framed) {
      try { window.top.postMessage({ type: MESSAGE, url: url }, '*'); } catch (e) { /* no host script */ }
    }
    try { window.speechSynthesis.cancel(); } catch (e) { /* no speech */ }
    // On the iframe snippet's host page, embed.js also asks the check's
    // frames (another origin) to wipe what they keep: counted as removed, so
    // the page waits for it below.
    var frames = 0;
    try { frames = window.ClearSignsWipeFrames ? window.ClearSignsWipeFrames() : 0; } catch (e) { /* no frames */ }
    var removed = wipe('sessionStorage') + wipe('localStorage') + frames;
    try { window.dispatchEvent(new Event('clear-signs-exit')); } catch (e) { /* app gone */ }
    // Other tabs of the check drop what they hold in memory.
    try { if (channel) channel.postMessage(MESSAGE); } catch (e) { /* channel closed */ }
    noReferrer();
    title = doc.title;
    doc.title = 'Loading';
    function leave() {
      if (framed) {
        // Allowed after a recent click or tap in the frame (the sandbox's
        // allow-top-navigation-by-user-activation); otherwise it throws, or some
        // engines ignore it quietly. Either way the host script leaves too.
        try { go(window.top.location, url); } catch (e) { /* not allowed now */ }
      }
      // At least this page goes, whatever the host page does.
      go(window.location, url);
    }
    // Kept answers were just removed: let the removal reach the browser's
    // own store before the page goes (Firefox was seen to lose a removal
    // made in the same task as a cross-site navigation). The page is
    // already hidden; nothing stored, nothing to wait for.
    if (removed) window.setTimeout(leave, 50);
    else leave();
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

  // The header's shortcut to the "Sections" navigation after the screen
  // (index.html; shown by main.css once the app is ready): to it, with focus
  // on it, so a screen reader says where the person is and the next Tab is
  // the first section. Never the link's own #fragment: that would add a
  // history entry, and after the exit's replace() Back would return here.
  doc.addEventListener('click', function (event) {
    var link = event.target && event.target.closest ? event.target.closest('.cs-to-sections') : null;
    if (!link) return;
    event.preventDefault();
    var nav = doc.getElementById('cs-sections');
    if (!nav) return;
    // Scrolled first (its start at the top, below a sticky header:
    // scroll-padding), so focusing it does not scroll again.
    nav.scrollIntoView(true);
    nav.focus();
  });

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
  var allStrings = window.ClearSignsExitStrings || {};
  var strings = allStrings;
  // Only the languages the embedder offers (config "languages"), if it says.
  function offer(offered) {
    strings = allStrings;
    if (Array.isArray(offered) && offered.some(function (c) { return allStrings[c]; })) {
      strings = {};
      offered.forEach(function (c) { if (allStrings[c]) strings[c] = allStrings[c]; });
    }
  }
  offer(initial.languages);
  function pick(tags) {
    for (var i = 0; i < tags.length; i++) {
      var tag = String(tags[i] || '').replace('_', '-');
      var primary = tag.split('-')[0].toLowerCase();
      // Old and related codes (tl → fil): src/domain/language.rs, via exit-strings.js.
      var aliases = window.ClearSignsLanguageAliases || {};
      var alias = aliases[primary] || primary;
      for (var code in strings) {
        if (code.toLowerCase() === tag.toLowerCase()) return code;
      }
      // A whole-tag alias (zh-TW → zh-Hant), on subtag boundaries, in order.
      var lower = tag.toLowerCase();
      for (var from in aliases) {
        if (from.indexOf('-') > 0 && (lower === from || lower.indexOf(from + '-') === 0) && strings[aliases[from]]) return aliases[from];
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
      // Only when it differs: rewriting the same text would make the start
      // text a new paint (and move the page's largest paint later).
      if (value && nodes[i].textContent !== value) nodes[i].textContent = value;
    }
    var attrs = scope.querySelectorAll('[data-cs-i18n-attr]');
    for (i = 0; i < attrs.length; i++) {
      var pair = attrs[i].getAttribute('data-cs-i18n-attr').split(':');
      if (texts[pair[1]] && attrs[i].getAttribute(pair[0]) !== texts[pair[1]]) attrs[i].setAttribute(pair[0], texts[pair[1]]);
    }
  }
  function firstLanguage() {
    var first = pick(navigator.languages || [navigator.language]);
    // Embedded in a host page, the page's own language is not ours to change.
    if (first && !window.ClearSignsEmbedded && root.getAttribute('lang') !== first) {
      root.setAttribute('lang', first);
      root.setAttribute('dir', strings[first].dir || 'ltr');
    }
  }
  firstLanguage();
  function translateNow() { translate(root.getAttribute('lang')); }
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', translateNow);
  else translateNow();
  if (window.MutationObserver) {
    new MutationObserver(function () { translate(root.getAttribute('lang')); })
      .observe(root, { attributes: true, attributeFilter: ['lang'] });
  }

  // In a frame: the host page exited (Shift x3 pressed on it): keep nothing
  // stored here either, and write nothing more. Only from the page that
  // holds this frame, in a message the browser delivered.
  if (framed) {
    window.addEventListener('message', function (event) {
      var data = event.data;
      if (!event.isTrusted || event.source !== window.parent || !data || data.type !== 'clear-signs-wipe') return;
      root.classList.add('cs-exiting');
      wipe('sessionStorage');
      wipe('localStorage');
      try { window.dispatchEvent(new Event(MESSAGE)); } catch (e) { /* app gone */ }
    });
  }

  // Another tab of the check exited: keep nothing stored, and tell the app
  // to forget what this one holds (the same event as an exit here; the app
  // opens no channel of its own, which would slow its start).
  if (channel) {
    channel.addEventListener('message', function (event) {
      if (event.data !== MESSAGE) return;
      wipe('sessionStorage');
      wipe('localStorage');
      try { window.dispatchEvent(new Event(MESSAGE)); } catch (e) { /* app gone */ }
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
    var clearHere = true; // nothing of this page covers the header (widget: checked below)
    var clearAbove = true; // in a frame: nothing of the pages above covers it
    var visible = null; // in a frame: the part of its viewport on screen
    function update() {
      // Whenever the header's exit is out of view or covered, also while the
      // widget itself is below the first screen (under a title, at large
      // text) or scrolled past: the exit is in reach wherever the person is.
      // In a frame wholly off screen, floating shows nothing: the exit stays
      // in the header, where scrolling the page to the frame finds it.
      var float = !(headerInView && clearHere && clearAbove) && !(framed && !visible);
      button.classList.toggle('cs-exit--float', float);
      // The widget's floating exit goes in the browser's top layer (a manual
      // popover): above anything the host page adds (a cookie banner or a
      // sticky bar at the highest z-index), whatever its stacking.
      if (button.hasAttribute('popover') && button.showPopover) {
        try {
          if (float && !button.matches(':popover-open')) button.showPopover();
          else if (!float && button.matches(':popover-open')) button.hidePopover();
        } catch (e) { /* not connected yet: the next update */ }
      }
      if (float && visible) {
        // Never below the frame's own viewport, even if it just shrank.
        var bottom = Math.min(visible.bottom, window.innerHeight);
        var top = Math.max(visible.top + 8, bottom - button.offsetHeight - 16);
        button.style.setProperty('inset-block-start', Math.round(top) + 'px');
        button.style.setProperty('inset-block-end', 'auto');
      } else {
        button.style.removeProperty('inset-block-start');
        button.style.removeProperty('inset-block-end');
      }
    }
    // Whole header in the top-level viewport (the implicit root also works
    // from a cross-origin frame). Where supported, also whether something of
    // the pages above covers it (IntersectionObserver v2).
    var options = { threshold: [0, 1] };
    if (framed) { options.trackVisibility = true; options.delay = 100; }
    new IntersectionObserver(function (entries) {
      var entry = entries[entries.length - 1];
      headerInView = entry.intersectionRatio >= 0.99;
      // In a frame, only v2 can tell whether the host page covers the header
      // (a sticky site header often does). Without it (isVisible undefined:
      // Firefox, Safari), assume it might be covered: the exit floats.
      if (framed) clearAbove = entry.isVisible === true;
      update();
    }, options).observe(header);
    if (area) {
      // On the widget's own page we can see what covers the header.
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
        if (clear !== clearHere) { clearHere = clear; update(); }
      };
      var soon = function () { if (!pending) { pending = true; window.requestAnimationFrame(check); } };
      window.addEventListener('scroll', soon, { passive: true, capture: true });
      window.addEventListener('resize', soon, { passive: true });
      soon();
    }
    // In a frame (the iframe, or a widget on a page that is itself framed),
    // "fixed at the bottom" is the bottom of the frame, which may be off
    // screen: float at the bottom of the part of the frame that is on screen.
    // A probe the size of the frame's viewport tells which part that is.
    if (framed) {
      var probe = doc.createElement('div');
      probe.className = 'cs-viewport-probe';
      probe.setAttribute('aria-hidden', 'true');
      // Set here, not by class: a widget's styles stay in its shadow root.
      [['position', 'fixed'], ['inset', '0'], ['visibility', 'hidden'], ['pointer-events', 'none']]
        .forEach(function (p) { probe.style.setProperty(p[0], p[1]); });
      doc.body.appendChild(probe);
      var steps = [];
      for (var i = 0; i <= 200; i++) steps.push(i / 200);
      var seen = new IntersectionObserver(function (entries) {
        var entry = entries[entries.length - 1];
        visible = entry.isIntersecting ? entry.intersectionRect : null;
        update();
      }, { threshold: steps });
      seen.observe(probe);
      // A frame resized while wholly on screen crosses no threshold:
      // observe again for a fresh measure.
      window.addEventListener('resize', function () {
        update();
        seen.unobserve(probe);
        seen.observe(probe);
      }, { passive: true });
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

  // settings.json beside index.html (asked for by data-cs-settings on this
  // script; never in the widget): no release ships one, so it survives
  // updates. One request at load, the same for everyone, same origin. If it
  // reads as a JSON object it is the configuration, and the exit (working
  // meanwhile) takes its options; missing, broken or late: the block applies.
  var line = block ? blockLine(block) : 1;
  var chosen = null;
  var decided;
  var choice = new Promise(function (resolve) { decided = resolve; });
  // `file`: the text of settings.json, or null.
  function choose(file) {
    if (chosen) return;
    chosen = { file: file, page: block && block.textContent, line: line };
    try {
      var parsed = read(file);
      if (parsed && isObject(parsed.value)) {
        useExit(parsed.value);
        updateLinks();
        offer(parsed.value.languages);
        if (!root.hasAttribute('data-cs-ready')) firstLanguage();
      }
    } finally {
      decided(chosen); // the app starts whatever happened
    }
  }
  var script = doc.currentScript;
  if (!window.ClearSignsEmbedded && script && script.hasAttribute('data-cs-settings') && window.fetch) {
    window.fetch('settings.json', { cache: 'no-cache', redirect: 'error', referrerPolicy: 'no-referrer' })
      .then(function (response) {
        // A host's "not found" page sent as 200 is not settings.
        if (response.ok && !/html/.test(response.headers.get('content-type'))) return response.text();
        if (!response.ok && response.status !== 404) console.warn('Clear Signs: settings.json: HTTP ' + response.status + '; using the block in index.html');
      })
      .then(function (text) {
        if (chosen && text) console.warn('Clear Signs: settings.json came too late; using the block in index.html');
        choose(typeof text === 'string' ? text : null);
      })
      .catch(function () { choose(null); });
  } else {
    choose(null);
  }
  // For the embedder only, when they ask (debug): their settings' problems
  // in a notice they can dismiss, before `before` in `parent`. English only.
  function notice(problems, parent, before, flag) {
    function add(tag, text, to) {
      var el = doc.createElement(tag);
      el.textContent = text || '';
      return (to || box).appendChild(el);
    }
    var box = doc.createElement('div');
    box.className = 'cs-config-notice';
    box.setAttribute('role', 'status');
    add('p', problems.length ? 'Clear Signs settings (shown because of ' + flag + '; remove it before going live):'
      : 'Clear Signs settings: no problems found. Remove ' + flag + ' before going live.');
    var list = add('ul');
    problems.forEach(function (p) { add('li', p, list); });
    var close = add('button', 'Dismiss');
    close.type = 'button';
    close.className = 'cs-button cs-button--secondary';
    close.addEventListener('click', function () {
      box.remove();
      var heading = parent.querySelector('h1');
      if (heading) heading.focus();
    });
    parent.insertBefore(box, before);
  }
  // For the app: { file, page: texts or null, line: the page block's line },
  // once settings.json is in or known missing; at most `wait` ms from now.
  function settingsWhenReady(wait) {
    if (!chosen) window.setTimeout(function () { choose(null); }, wait);
    return choice;
  }

  // For embed.js and the app: the language choice, texts, the exit itself,
  // the place for the destination, keeping the exit in reach, start-up
  // failure, settings, and the embedder's notice.
  window.ClearSignsExit = {
    pick: pick,
    exit: exit,
    translate: translate,
    setPlace: setPlace,
    destination: destination,
    keepInReach: keepInReach,
    failed: failed,
    addScope: function (scope) { scopes.push(scope); updateLinks(); },
    read: read,
    blockLine: blockLine,
    settings: settingsWhenReady,
    notice: notice,
  };
})();
