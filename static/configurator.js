/* The configurator: builds the embedder's settings and snippet, checks them
 * with the check's own parser (compiled into clear-signs_bg.wasm: one source
 * of rules), shows every problem beside its field, and previews the
 * <clear-signs> widget. Client-only, no requests beyond its own files. */
(function () {
  'use strict';
  var $ = function (id) { return document.getElementById(id); };
  var checker = null;   // the wasm module: check_config, config_catalogue
  var catalogue = null; // languages (code, name, status), places, default exit, built-in colours
  var ticked = [];      // language codes in the order they were ticked
  var about = {};       // line description by language code
  var timer = null;

  function say(text, strong) {
    var box = $('start-notice');
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
    $('cfg').hidden = true;
    return;
  }
  say('Loading the settings checker…');

  var here = new URL('.', location.href).href;
  import(here + 'clear-signs.js')
    .then(function (mod) {
      return mod.default({ module_or_path: here + 'clear-signs_bg.wasm' }).then(function () { return mod; });
    })
    .then(start, function (error) {
      say('Without it no snippet can be made. Check that clear-signs.js and clear-signs_bg.wasm are in the same ' +
        'folder as this page, and that your server sends .wasm files as application/wasm (docs/hosting.md). ' +
        'The browser said: ' + error, 'The settings checker could not load.');
      console.error('Clear Signs configurator: the checker could not load: ' + error);
    });

  /* ---- the form ---------------------------------------------------------- */

  function language(code) {
    return catalogue.languages.filter(function (l) { return l.code === code; })[0];
  }
  function offered() {
    return ticked.length ? ticked.slice() : catalogue.languages.map(function (l) { return l.code; });
  }

  function renderLanguages() {
    var group = $('languages');
    catalogue.languages.forEach(function (l) {
      var label = document.createElement('label');
      label.className = 'cs-check';
      var box = document.createElement('input');
      box.type = 'checkbox';
      box.value = l.code;
      var name = document.createElement('span');
      name.lang = l.code;
      name.dir = l.dir;
      name.textContent = l.name;
      label.append(box, ' ', name);
      if (l.status !== 'source' && l.status !== 'reviewed') {
        var draft = document.createElement('span');
        draft.className = 'cs-muted';
        draft.textContent = ' (draft)';
        label.append(draft);
      }
      group.append(label);
    });
    group.addEventListener('change', function (e) {
      var code = e.target.value;
      ticked = ticked.filter(function (c) { return c !== code; });
      if (e.target.checked) ticked.push(code);
      languagesChanged();
    });
  }

  function languagesChanged() {
    document.querySelectorAll('#languages input').forEach(function (box) { box.checked = ticked.indexOf(box.value) >= 0; });
    $('language-order').textContent = ticked.length
      ? 'Offered in this order: ' + ticked.map(function (c, i) { return (i + 1) + '. ' + language(c).name; }).join(', ') + '.'
      : 'All languages are offered.';
    var select = $('default-language');
    var chosen = select.value;
    select.textContent = '';
    var first = document.createElement('option');
    first.value = '';
    first.textContent = 'English if offered, else the first in your list';
    select.append(first);
    offered().forEach(function (code) {
      var o = document.createElement('option');
      o.value = code;
      o.textContent = language(code).name;
      o.lang = code;
      select.append(o);
    });
    select.value = offered().indexOf(chosen) >= 0 ? chosen : '';
    // One description field per offered language (English when all are offered).
    var box = $('line-about');
    box.textContent = '';
    (ticked.length ? ticked : ['en']).forEach(function (code) {
      var id = 'line-about-' + code;
      var label = document.createElement('label');
      label.htmlFor = id;
      label.textContent = 'Description of the line in ' + language(code).name + ' (optional)';
      var input = document.createElement('input');
      input.id = id;
      input.lang = code;
      input.dir = language(code).dir;
      input.value = about[code] || '';
      input.setAttribute('data-field', 'help_lines[0].about.' + code);
      input.addEventListener('input', function () { about[code] = input.value; });
      box.append(label, input);
    });
    if (!ticked.length) {
      var note = document.createElement('p');
      note.className = 'cs-muted';
      note.textContent = 'Tick the languages you offer to describe your line in each of them.';
      box.append(note);
    }
    schedule();
  }

  function build() {
    var config = {};
    var value = function (id) { return $(id).value.trim(); };
    if (value('org-name') || value('org-contact')) {
      config.organisation = { name: value('org-name') };
      if (value('org-contact')) config.organisation.contact = value('org-contact');
    }
    if (ticked.length) config.languages = ticked.slice();
    if (value('default-language')) config.default_language = value('default-language');
    if (value('place')) config.default_place = value('place');
    if (value('line-name') || value('line-number')) {
      var number = value('line-number');
      var line = { name: value('line-name'),
        contacts: number ? [{ kind: 'tel', value: number.replace(/[\s\-.]/g, ''), display: number }] : [] };
      var texts = {};
      (ticked.length ? ticked : ['en']).forEach(function (code) { if ((about[code] || '').trim()) texts[code] = about[code].trim(); });
      if (Object.keys(texts).length) line.about = texts;
      config.help_lines = [line];
      if ($('line-replace').checked) config.replace_help_lines = true;
    }
    // Empty: the check picks an ordinary page for the place in use.
    config.exit = { escape: $('exit-escape').checked };
    if (value('exit-url')) config.exit.url = value('exit-url');
    var primary = $('primary').value, text = $('text').value;
    var colours = catalogue.colours;
    if (primary !== colours.primary || text !== colours.text) config.theme = { primary: primary, primary_text: colours.primary_text, background: colours.background, text: text };
    if (!$('keep').checked) config.keep_answers = false;
    return config;
  }

  /* ---- problems ---------------------------------------------------------- */

  function check(json, firstLine) {
    return JSON.parse(checker.check_config(json, firstLine || 1)).problems;
  }
  /** The message without the console's "config `field`:" prefix. */
  function plain(message) {
    return message.replace(/^config `[^`]*`: /, '').replace(/^config: /, '');
  }
  /** The form element a problem belongs to (the longest matching field). */
  function fieldElement(field) {
    if (!field) return null;
    var best = null, length = -1;
    document.querySelectorAll('[data-field]').forEach(function (el) {
      var f = el.getAttribute('data-field');
      if ((field === f || field.indexOf(f + '.') === 0 || field.indexOf(f + '[') === 0) && f.length > length) { best = el; length = f.length; }
    });
    if (best) return best;
    var fallback = { organisation: 'org-name', help_lines: 'line-name', exit: 'exit-url', theme: 'primary' };
    var id = fallback[field.split(/[.[]/)[0]];
    return id ? $(id) : null;
  }
  function labelOf(el) {
    if (!el) return 'Settings';
    if (el.id === 'languages') return 'Languages offered';
    var label = el.closest('label') || document.querySelector('label[for="' + el.id + '"]');
    var text = label ? label.textContent.trim() : 'Settings';
    // "Name" alone is ambiguous in a list: say whose.
    return el.id === 'org-name' ? 'Your organisation’s name' : text;
  }

  function clearProblems() {
    document.querySelectorAll('.cs-config-problem').forEach(function (p) { p.remove(); });
    document.querySelectorAll('[aria-invalid]').forEach(function (el) {
      el.removeAttribute('aria-invalid');
      var ids = (el.getAttribute('aria-describedby') || '').split(' ').filter(function (id) { return id && id.indexOf('problem-') !== 0; });
      if (ids.length) el.setAttribute('aria-describedby', ids.join(' ')); else el.removeAttribute('aria-describedby');
    });
  }

  function showProblems(problems) {
    clearProblems();
    var count = 0;
    problems.forEach(function (problem) {
      var el = fieldElement(problem.field);
      if (!el) return;
      var id = 'problem-' + (++count);
      var p = document.createElement('p');
      p.className = 'cs-config-problem';
      p.id = id;
      var b = document.createElement('strong');
      b.textContent = 'Problem: ';
      p.append(b, plain(problem.message));
      var after = el.closest('label.cs-check') || el;
      after.after(p);
      el.setAttribute('aria-invalid', 'true');
      el.setAttribute('aria-describedby', ((el.getAttribute('aria-describedby') || '') + ' ' + id).trim());
    });
  }

  function problemList(problems, withLines) {
    var list = document.createElement('ul');
    problems.forEach(function (problem) {
      var item = document.createElement('li');
      var el = fieldElement(problem.field);
      var where = (withLines && problem.line ? 'Line ' + problem.line + ': ' : '') + labelOf(el) + ': ';
      if (el && !withLines) {
        var link = document.createElement('a');
        link.href = '#' + (el.id || 'cfg');
        link.textContent = where;
        item.append(link, plain(problem.message));
      } else {
        item.append(where + plain(problem.message));
      }
      list.append(item);
    });
    return list;
  }

  /* ---- output ------------------------------------------------------------ */

  function folder() {
    var f = $('folder').value.trim() || '/clear-signs/';
    if (/["'<>\s\\`]/.test(f) || /^[a-z]+:/i.test(f) && !/^https:\/\//i.test(f)) return null;
    return f.replace(/\/?$/, '/');
  }

  function update() {
    timer = null;
    var config = build();
    var json = JSON.stringify(config, null, 2);
    var problems = check(json, 1);
    showProblems(problems);
    var refused = problems.some(function (p) { return p.field === 'theme' && /contrast/.test(p.message); });
    $('contrast').textContent = refused
      ? 'Too low: WCAG AA needs 4.5:1, so the default colours will be used.'
      : 'Passes WCAG AA (4.5:1 contrast).';
    var path = folder();
    var summary = $('summary');
    summary.textContent = '';
    var head = document.createElement('p');
    var list = problems.slice();
    if (!path) list.push({ field: null, message: 'The folder must be a path like /clear-signs/ or an https:// address, without quotes or spaces.' });
    if (list.length) {
      head.textContent = (list.length === 1 ? '1 problem' : list.length + ' problems') + ' to fix before you get a snippet:';
      summary.append(head, problemList(list, false));
    } else {
      head.textContent = 'No problems found: your settings are ready to use.';
      summary.append(head);
    }
    // "<" written as \u003c so the JSON can never close its <script> block.
    var safe = json.replace(/</g, '\\u003c');
    $('json').value = json;
    $('snippet').value = list.length ? 'Fix the problems listed above first: the snippet appears when your settings have none.'
      : '<script type="application/json" id="clear-signs-config">\n' + safe + '\n</script>\n' +
        '<clear-signs config="clear-signs-config"></clear-signs>\n<script src="' + path + 'embed.js" defer></script>';
    $('copy').disabled = list.length > 0;
    // The preview runs this folder's copy; its exit only leaves the sandboxed frame.
    $('preview').srcdoc = '<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">' +
      '<title>Preview</title></head><body><script type="application/json" id="c">' + safe + '</script>' +
      '<clear-signs config="c"></clear-signs><script src="' + here + 'embed.js"></script></body></html>';
  }
  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(update, 300);
  }

  /* ---- paste and check --------------------------------------------------- */

  /** The settings in a pasted text: the JSON, and the line it starts on. */
  function pasted() {
    var text = $('paste').value;
    var block = /<script\b[^>]*type\s*=\s*["']?application\/json["']?[^>]*>([\s\S]*?)<\/script>/i.exec(text);
    if (!block) return { json: text, firstLine: 1 };
    var start = block.index + block[0].indexOf('>') + 1;
    return { json: block[1], firstLine: text.slice(0, start).split('\n').length };
  }

  function checkPaste() {
    var found = pasted();
    var result = $('paste-result');
    result.textContent = '';
    var head = document.createElement('p');
    if (!found.json.trim()) {
      head.textContent = 'Paste your settings first.';
      result.append(head);
      return;
    }
    var problems = check(found.json, found.firstLine);
    if (problems.length) {
      head.textContent = (problems.length === 1 ? '1 problem' : problems.length + ' problems') + ' in these settings:';
      result.append(head, problemList(problems, true));
    } else {
      head.textContent = 'No problems found in these settings.';
      result.append(head);
    }
  }

  function loadPaste() {
    checkPaste();
    var json = pasted().json;
    var config;
    try { config = JSON.parse(json); } catch (e) {
      try { config = JSON.parse(json.replace(/[\u201c\u201d\u201e\u201f]/g, '"').replace(/\u00a0/g, ' ')); } catch (e2) { return; }
    }
    if (!config || typeof config !== 'object') return;
    var org = config.organisation || {};
    $('org-name').value = org.name || '';
    $('org-contact').value = org.contact || '';
    $('place').value = config.default_place || '';
    ticked = (Array.isArray(config.languages) ? config.languages : []).filter(function (c) { return language(c); });
    var line = (config.help_lines || [])[0] || {};
    $('line-name').value = line.name || '';
    var contact = (line.contacts || [])[0] || {};
    $('line-number').value = contact.display || contact.value || '';
    about = line.about && typeof line.about === 'object' ? line.about : {};
    $('line-replace').checked = config.replace_help_lines === true;
    var exit = config.exit || {};
    $('exit-url').value = exit.url || catalogue.default_exit;
    $('exit-escape').checked = exit.escape === true;
    var theme = config.theme || {};
    $('primary').value = /^#[0-9a-f]{6}$/i.test(theme.primary) ? theme.primary : catalogue.colours.primary;
    $('text').value = /^#[0-9a-f]{6}$/i.test(theme.text) ? theme.text : catalogue.colours.text;
    $('keep').checked = config.keep_answers !== false;
    languagesChanged();
    $('default-language').value = offered().indexOf(config.default_language) >= 0 ? config.default_language : '';
    update();
  }

  /* ---- start ------------------------------------------------------------- */

  function start(mod) {
    checker = mod;
    catalogue = JSON.parse(mod.config_catalogue());
    $('start-notice').hidden = true;
    catalogue.places.forEach(function (p) {
      var o = document.createElement('option');
      o.value = p.id;
      o.textContent = p.name;
      $('place').append(o);
    });
    $('exit-url').value = catalogue.default_exit;
    // The built-in colours, from the check itself (config::DEFAULT_COLOURS).
    $('primary').value = catalogue.colours.primary;
    $('text').value = catalogue.colours.text;
    renderLanguages();
    languagesChanged();
    $('cfg').addEventListener('input', schedule);
    $('cfg').addEventListener('change', schedule);
    $('cfg').addEventListener('submit', function (e) { e.preventDefault(); });
    $('check-paste').addEventListener('click', checkPaste);
    $('load-paste').addEventListener('click', loadPaste);
    $('copy').addEventListener('click', function () {
      $('snippet').select();
      var done = function () { $('copied').textContent = 'Copied.'; };
      if (navigator.clipboard) navigator.clipboard.writeText($('snippet').value).then(done, function () { document.execCommand('copy'); done(); });
      else { document.execCommand('copy'); done(); }
    });
    update();
    document.documentElement.setAttribute('data-configurator-ready', '');
  }
})();
