/* The configurator: builds the embedder's settings and snippet, checks them
 * with the check's own parser (compiled into clear-signs_bg.wasm: one source
 * of rules), shows every problem beside its field, and previews the
 * <clear-signs> widget. Client-only, no requests beyond its own files.
 *
 * This classic script only starts it: a page opened as a file cannot load
 * modules or the WebAssembly, and is told so here. The configurator itself
 * is in the modules of configurator/ (start.js and what it imports). */
(function () {
  'use strict';
  function say(text, strong) {
    var box = document.getElementById('start-notice');
    box.textContent = '';
    var p = document.createElement('p');
    if (strong) { var b = document.createElement('strong'); b.textContent = strong + ' '; p.append(b); }
    p.append(text);
    box.append(p);
    box.hidden = false;
  }

  if (location.protocol === 'file:') {
    say('Browsers do not let a page opened as a file from your computer load the check’s code (WebAssembly), so ' +
      'your settings cannot be checked here. Upload the clear-signs folder to your site and open ' +
      'configurator.html from there (https://your.site/clear-signs/configurator.html), or on your computer run ' +
      '“python3 -m http.server 8000” in the clear-signs folder and open http://localhost:8000/configurator.html.',
      'This page was opened from a file, so it cannot work.');
    document.getElementById('cfg').hidden = true;
    return;
  }
  say('Loading the settings checker…');

  var here = new URL('.', location.href).href;
  var checker = import(here + 'clear-signs.js').then(function (mod) {
    return mod.default({ module_or_path: here + 'clear-signs_bg.wasm' }).then(function () { return mod; });
  });
  Promise.all([checker, import(here + 'configurator/start.js')])
    .then(function (loaded) { loaded[1].start(loaded[0]); }, function (error) {
      say('Without it no snippet can be made. Check that clear-signs.js and clear-signs_bg.wasm are in the same ' +
        'folder as this page, and that your server sends .wasm files as application/wasm (docs/hosting.md). ' +
        'The browser said: ' + error, 'The settings checker could not load.');
      console.error('Clear Signs configurator: the checker could not load: ' + error);
    });
})();
