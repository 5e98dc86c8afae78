/* Clear Signs as a custom element, for NGO websites:
 *
 *   <script src="https://your.org/clear-signs/embed.js" defer></script>
 *   <script type="application/json" id="my-clear-signs-config">{ ... }</script>
 *   <clear-signs config="my-clear-signs-config"></clear-signs>
 *
 * The widget lives in a shadow root with its own stylesheet, so the host's CSS
 * cannot reach in and ours cannot leak out. The quick exit (exit.js) is loaded
 * into the host page and leaves the whole page. One widget per page.
 *
 * With the iframe snippet, this script on the host page is what lets the
 * quick exit leave the whole page by keyboard too: the check in the frame
 * sends a message, and this page hides itself and leaves at once.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  var base = new URL('.', script ? script.src : location.href).href;
  var started = false;

  // Same rule as exit.js and the app's config parser: an https address the
  // browser can open (a valid host and port), no quote or space. Written in
  // at build time from scripts/facts.mjs.
  var safe = '@CS_SAFE_URL@';
  // Every key the check stores starts with this: the Rust's, as in exit.js.
  var STORAGE_PREFIX = '@CS_STORAGE_PREFIX@';
  // The neutral page if the browser refuses the address after all.
  function defaultUrl() {
    var pages = window.ClearSignsExitPages || {};
    return safe(pages.default) ? pages.default : '@CS_DEFAULT_EXIT_URL@';
  }

  // The iframe snippet: a frame's exit. Obeyed only from a direct child frame
  // of this page, from this script's origin, with exactly { type:
  // 'clear-signs-exit', url }, in a message the browser delivered.
  var ORIGIN = new URL(base).origin;
  function ourFrame(source) {
    if (!source) return false;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) if (frames[i].contentWindow === source) return true;
    return false;
  }
  function leave(url) {
    // Hidden first, in this task: nothing else before the page can repaint.
    var root = document.documentElement;
    root.classList.add('cs-exiting');
    if (document.body) document.body.style.setProperty('display', 'none', 'important');
    document.title = 'Loading';
    // Then, in the next task (opening storage or starting a navigation can
    // take a while): no referrer, nothing of the check kept on this origin,
    // and leave.
    window.setTimeout(function () {
      try {
        var meta = document.createElement('meta');
        meta.name = 'referrer';
        meta.content = 'no-referrer';
        (document.head || root).appendChild(meta);
      } catch (e) { /* the page's own policy stays */ }
      try {
        [window.sessionStorage, window.localStorage].forEach(function (storage) {
          var keys = [];
          for (var i = 0; i < storage.length; i++) keys.push(storage.key(i));
          keys.forEach(function (key) { if (key && key.indexOf(STORAGE_PREFIX) === 0) storage.removeItem(key); });
        });
      } catch (e) { /* storage blocked */ }
      // If the browser refuses the address (replace throws), the default
      // neutral page, then a blank page: the page never stays, hidden.
      var tries = [url, defaultUrl(), 'about:blank'];
      for (var i = 0; i < tries.length; i++) {
        try {
          window.location.replace(tries[i]);
          return;
        } catch (e) { /* refused: the next one */ }
      }
    }, 0);
  }
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!event.isTrusted || event.origin !== ORIGIN || !data || typeof data !== 'object' || data.type !== 'clear-signs-exit') return;
    if (!safe(data.url) || !ourFrame(event.source)) return;
    leave(data.url);
  });

  // Trusted Types (docs/hosting.md): our policy "clear-signs" makes script
  // addresses in this folder only (these files, the time-zone worker), never
  // HTML; the app never sets innerHTML (scripts/trusted-types.mjs checks).
  var policy = null;
  try {
    if (window.trustedTypes && window.trustedTypes.createPolicy) {
      policy = window.trustedTypes.createPolicy('clear-signs', {
        createScriptURL: function (url) {
          if (url.indexOf(base) !== 0) throw new TypeError('Clear Signs loads only its own files');
          return url;
        },
      });
    }
  } catch (e) {
    console.error('Clear Signs: this page\'s Trusted Types policy does not allow "clear-signs": add it to the trusted-types directive');
  }
  function load(src) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = policy ? policy.createScriptURL(src) : src;
      s.async = false;
      s.onload = resolve;
      s.onerror = reject;
      document.head.appendChild(s);
    });
  }

  // An element from [tag, {attributes}, ...children] (a child: an element or
  // a text): for make(), and for index.html's start screen and first question,
  // written in at build time (scripts/early-screens.mjs).
  var EARLY_SCREENS = '@CS_EARLY_SCREENS@';
  function build(node) {
    if (typeof node === 'string') return document.createTextNode(node);
    var el = document.createElement(node[0]);
    for (var name in node[1]) el.setAttribute(name, node[1][name]);
    for (var i = 2; i < node.length; i++) if (node[i]) el.append(build(node[i]));
    return el;
  }
  function make(tag, className, text) { return build([tag, className ? { class: className } : {}, text]); }

  // The widget's settings stay on the host page (they survive updates): the
  // block named by config="…", else one inside the element. Never settings.json.
  function configBlock(host) {
    var id = host.getAttribute('config');
    return id ? document.getElementById(id) : host.querySelector('script[type="application/json"]');
  }

  // For the embedder only, with <clear-signs debug> (or "debug": true): the
  // settings' problems, checked by the app's own parser, in a notice they
  // can dismiss (exit.js). Never otherwise, so never to the people using it.
  function showProblems(module, text, line, widget, app, flag) {
    try {
      var problems = JSON.parse(module.check_config(text || '{}', line)).problems || [];
      window.ClearSignsExit.notice(problems.map(function (p) { return (p.field ? p.field + ': ' : '') + p.message; }),
        widget, app, flag);
    } catch (e) { /* no notice */ }
  }

  class ClearSigns extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot || started) return;
      started = true;
      var block = configBlock(this);
      var text = block ? block.textContent : null;
      // exit.js reads the exit's options from it (see `read` there).
      window.ClearSignsEmbedded = true;
      window.ClearSignsConfigText = text;
      // Set once exit.js is loaded: the text for the app (curly quotes read
      // as straight ones), the line of the host page it begins on, and debug.
      var appText = text;
      var line = 1;
      var debug = this.hasAttribute('debug');
      var shadow = this.attachShadow({ mode: 'open' });
      var css = make('link');
      css.rel = 'stylesheet';
      css.href = base + 'main.css';
      var widget = make('div', 'cs-widget');
      var header = make('div', 'cs-header');
      var exit = make('a', 'cs-exit');
      exit.href = (window.ClearSignsExitPages || {}).default || '@CS_DEFAULT_EXIT_URL@';
      exit.rel = 'nofollow noreferrer';
      exit.setAttribute('data-cs-exit', '');
      // Shown in the top layer while it floats (exit.js keepInReach).
      if (exit.showPopover) exit.setAttribute('popover', 'manual');
      var prefix = make('span', 'cs-visually-hidden', 'Emergency:');
      prefix.setAttribute('data-cs-i18n', 'exit.prefix');
      var label = make('span', null, 'Exit this page');
      label.setAttribute('data-cs-i18n', 'exit.button');
      exit.append(prefix, ' ', label);
      // Holds the exit's place in the header while it floats (main.css), so
      // what the person reads never jumps when it starts or stops floating.
      var space = make('span', 'cs-exit-space');
      space.setAttribute('aria-hidden', 'true');
      var spaceLabel = make('span', null, 'Exit this page');
      spaceLabel.setAttribute('data-cs-i18n', 'exit.button');
      space.append(spaceLabel);
      header.append(make('p', 'cs-brand', 'Clear Signs'), exit, space);
      // Shift x3 progress for screen readers (exit.js writes into it).
      var status = make('p', 'cs-visually-hidden');
      status.setAttribute('aria-live', 'polite');
      status.setAttribute('data-text-pressed', 'Shift pressed {n} of 3 times. Press it {left} more to exit.');
      status.setAttribute('data-cs-i18n-attr', 'data-text-pressed:exit.progress');
      window.ClearSignsExitStatus = status;
      var app = make('div', 'cs-main');
      // While the .wasm loads, the page's start screen and first question (exit.js
      // translates them and makes them work): the app takes over with the answer.
      EARLY_SCREENS.forEach(function (node) { app.append(build(node)); });
      // Shown if the app cannot start or stops working: the main helplines
      // still reachable (content/help.json `fallback`, written in at build time
      // as [place, href, number]).
      var fallback = make('div', 'cs-main');
      fallback.hidden = true;
      var lines = make('ul');
      '@CS_FALLBACK_LINES@'.forEach(function (l) {
        var item = make('li', null, l[0] + ': ');
        var call = make('a');
        // The number reads left to right in a right-to-left language too.
        var number = make('bdi', null, l[2]);
        number.dir = 'ltr';
        call.append(number);
        call.href = l[1];
        item.append(call);
        lines.append(item);
      });
      // The embedder's own fallback (children of <clear-signs>: shown by
      // browsers without JavaScript) also shows if the check cannot start.
      fallback.append(make('slot'));
      widget.append(header, status, app, fallback);
      shadow.append(css, widget);

      var self = this;
      // The exit first and on its own: it must work even if the texts fail to load.
      load(base + 'exit-strings.js')
        .catch(function () { /* exit.js falls back to its English texts */ })
        .then(function () { return load(base + 'exit.js'); })
        .then(function () {
          // The exit, the fallback and the start screen in the language the
          // app will start in (kept, the browser's, the site's default).
          var api = window.ClearSignsExit;
          var code = api && api.first();
          var texts = api && (window.ClearSignsExitStrings || {})[code];
          if (api) {
            // Curly quotes from a word processor are read as straight ones
            // when that is unambiguous, as the app itself does: said once here.
            var parsed = api.read(text);
            if (parsed && parsed.curly) {
              // The app's own words (config::CURLY_NOTE), written in at build time.
              console.warn('Clear Signs: ' + '@CS_CURLY_NOTE@');
              appText = parsed.text;
            }
            if (parsed && parsed.value && parsed.value.debug === true) debug = true;
            // Console messages name the line of the host page.
            if (block) line = api.blockLine(block);
            api.addScope(shadow);
            api.early(shadow); // "Start" and the first question work from now
            // The exit is always in reach: it floats when the header is out of view or covered.
            api.keepInReach(header, exit, self);
            // The exit follows the check's language, also when the person changes it.
            new MutationObserver(function () { api.translate(widget.getAttribute('lang'), shadow); })
              .observe(widget, { attributes: true, attributeFilter: ['lang'] });
          }
          if (texts) {
            api.translate(code, shadow);
            fallback.append(make('h1', null, texts['exit.fallback.title']), make('p', null, texts['exit.fallback.sent']),
              make('p', null, texts['exit.fallback.talk']), lines, make('p', null, texts['exit.fallback.danger']));
          } else {
            fallback.append(make('h1', null, 'Sorry, this check stopped working'), lines);
          }
          return import(base + 'clear-signs.js');
        })
        .then(function (module) {
          return module.default({ module_or_path: base + 'clear-signs_bg.wasm' }).then(function () {
            // The app empties `app` of its loading text when it shows (after
            // its language file, lang/<code>.txt from `base`, has arrived).
            // Through the policy: Trusted Types refuse a string in `new Worker`.
            var worker = policy ? policy.createScriptURL(base + 'time-zone.js') : null;
            module.mount_widget(app, widget, fallback, appText, line, base, worker);
            if (debug) showProblems(module, text, line, widget, app, self.hasAttribute('debug') ? 'the debug attribute' : '"debug": true');
          });
        })
        .catch(function (error) {
          console.error('Clear Signs: the widget could not start: ' + error);
          app.hidden = true;
          fallback.hidden = false;
          self.setAttribute('data-failed', '');
        });
    }
  }
  if (window.customElements && !customElements.get('clear-signs')) customElements.define('clear-signs', ClearSigns);

  // The iframe snippet's host page: Shift x3 (and Esc, where the page turns
  // it on with <html data-cs-exit-esc="on">) also leave while the focus is on
  // this page rather than in the frame. The same exit.js as everywhere,
  // without a widget; it leaves for the default neutral page.
  function hostExit() {
    if (started || window.ClearSignsExit) return;
    var frames = document.getElementsByTagName('iframe');
    var framed = false;
    for (var i = 0; i < frames.length; i++) if ((frames[i].src || '').indexOf(base) === 0) framed = true;
    if (!framed) return;
    // exit.js calls this as it exits: the check's frames wipe what they keep
    // (answers the person chose to keep live in the frame's own origin).
    window.ClearSignsWipeFrames = function () {
      var sent = 0;
      for (var i = 0; i < frames.length; i++) {
        if ((frames[i].src || '').indexOf(base) !== 0 || !frames[i].contentWindow) continue;
        try { frames[i].contentWindow.postMessage({ type: 'clear-signs-wipe' }, ORIGIN); sent++; } catch (e) { /* gone */ }
      }
      return sent;
    };
    window.ClearSignsEmbedded = true;
    window.ClearSignsConfigText = null;
    load(base + 'exit.js').catch(function () { console.error('Clear Signs: exit.js could not load: Shift x3 works only inside the frame'); });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', hostExit);
  else hostExit();
})();
