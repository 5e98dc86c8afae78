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
  var contact = {};     // the contact line by language code; '*' = every language
  var timer = null;
  var leftOut = [];     // settings left out by the last "Put them in the form": [{field, message}]

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
    // The contact line: one for every language, or one per language ticked.
    var contactBox = $('org-contact-box');
    contactBox.textContent = '';
    (ticked.length ? ticked : ['*']).forEach(function (code) {
      var id = code === '*' ? 'org-contact' : 'org-contact-' + code;
      var label = document.createElement('label');
      label.htmlFor = id;
      label.textContent = code === '*' ? 'Contact line (optional)' : 'Contact line in ' + language(code).name + ' (optional)';
      var input = document.createElement('input');
      input.id = id;
      if (code !== '*') { input.lang = code; input.dir = language(code).dir; }
      input.value = contact[code] || (ticked.length ? contact['*'] || '' : '');
      input.setAttribute('data-field', code === '*' ? 'organisation.contact' : 'organisation.contact.' + code);
      input.addEventListener('input', function () { contact[code] = input.value; });
      contactBox.append(label, input);
    });
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
    var contacts = {};
    (ticked.length ? ticked : ['*']).forEach(function (code) {
      var input = $(code === '*' ? 'org-contact' : 'org-contact-' + code);
      if (input && input.value.trim()) contacts[code] = input.value.trim();
    });
    if (value('org-name') || Object.keys(contacts).length) {
      config.organisation = { name: value('org-name') };
      if (contacts['*']) config.organisation.contact = contacts['*'];
      else if (Object.keys(contacts).length) config.organisation.contact = contacts;
    }
    if (ticked.length) config.languages = ticked.slice();
    if (value('default-language')) config.default_language = value('default-language');
    if (value('place')) config.default_place = value('place');
    if (value('line-name') || value('line-number')) {
      // What the phone dials, and how it is shown (the check compares their digits).
      var number = value('line-number');
      var line = { name: value('line-name'),
        contacts: number ? [{ kind: 'tel', value: number.replace(/[\s\-.]/g, ''), display: value('line-display') || number }] : [] };
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
    document.querySelectorAll('[aria-describedby]').forEach(function (el) {
      el.removeAttribute('aria-invalid');
      var ids = (el.getAttribute('aria-describedby') || '').split(' ').filter(function (id) { return id && id.indexOf('problem-') !== 0; });
      if (ids.length) el.setAttribute('aria-describedby', ids.join(' ')); else el.removeAttribute('aria-describedby');
    });
  }

  function showProblems(problems) {
    clearProblems();
    var count = 0;
    var note = function (field, label, message, invalid) {
      var el = fieldElement(field);
      if (!el) return;
      var id = 'problem-' + (++count);
      var p = document.createElement('p');
      p.className = 'cs-config-problem';
      p.id = id;
      var b = document.createElement('strong');
      b.textContent = label;
      p.append(b, message);
      var after = el.closest('label.cs-check') || el;
      after.after(p);
      if (invalid) el.setAttribute('aria-invalid', 'true');
      el.setAttribute('aria-describedby', ((el.getAttribute('aria-describedby') || '') + ' ' + id).trim());
    };
    problems.forEach(function (problem) { note(problem.field, 'Problem: ', plain(problem.message), true); });
    // What "Put them in the form" could not hold stays said beside its field:
    // it is not in the form's settings, so no check of the form finds it.
    leftOut.forEach(function (lost) { note(lost.field, 'Not put in the form: ', lost.message, false); });
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
    clearConfirm();
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

  /** The settings as a settings.json file to save (no upload: a file the browser makes here). */
  function download() {
    var url = URL.createObjectURL(new Blob([$('json').value + '\n'], { type: 'application/json' }));
    var a = document.createElement('a');
    a.href = url;
    a.download = 'settings.json';
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }

  /** Read this folder's settings.json (the one the check itself reads) into the
   *  paste box and check it, so a webmaster sees what visitors get. */
  function checkSite() {
    var result = $('paste-result');
    result.textContent = '';
    fetch('settings.json', { cache: 'no-cache', redirect: 'error' }).then(function (response) {
      if (response.status === 404) throw new Error('There is no settings.json in this folder yet: the check uses the settings block in index.html.');
      if (!response.ok) throw new Error('settings.json could not be read: the server answered HTTP ' + response.status + '.');
      if (/html/.test(response.headers.get('content-type') || '')) throw new Error('The server sent a web page, not settings.json: the file is missing or in another folder.');
      return response.text();
    }).then(function (text) {
      $('paste').value = text;
      checkPaste();
      result.prepend(paragraph('This site’s settings.json, as the check reads it:'));
    }, function (error) {
      result.append(paragraph(error.message));
    });
  }

  /** The pasted text read as settings: an object, or null when it cannot be
   *  read (the check then lists the syntax problem). Curly quotes and no-break
   *  spaces from a word processor are read as plain ones, as the check does. */
  function readSettings(json) {
    var config = null;
    try { config = JSON.parse(json); } catch (e) {
      try { config = JSON.parse(json.replace(/[\u201c\u201d\u201e\u201f]/g, '"').replace(/\u00a0/g, ' ')); } catch (e2) { return null; }
    }
    return config && typeof config === 'object' && !Array.isArray(config) ? config : null;
  }

  /** A colour as the colour field holds it (#rrggbb, lower case), or null. */
  function colour(value) {
    if (typeof value !== 'string') return null;
    if (/^#[0-9a-f]{3}$/i.test(value)) value = '#' + value.slice(1).split('').map(function (c) { return c + c; }).join('');
    return /^#[0-9a-f]{6}$/i.test(value) ? value.toLowerCase() : null;
  }

  /** Fill the form from settings (without checking them). */
  function fill(config) {
    var text = function (v) { return typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v); };
    var object = function (v) { return v && typeof v === 'object' && !Array.isArray(v) ? v : {}; };
    var org = object(config.organisation);
    $('org-name').value = text(org.name);
    contact = {};
    if (typeof org.contact === 'string') contact['*'] = org.contact;
    else Object.keys(object(org.contact)).forEach(function (code) { if (typeof org.contact[code] === 'string') contact[code] = org.contact[code]; });
    $('place').value = text(config.default_place);
    ticked = (Array.isArray(config.languages) ? config.languages : []).filter(function (c) { return language(c); });
    var line = object(Array.isArray(config.help_lines) ? config.help_lines[0] : null);
    $('line-name').value = text(line.name);
    var phone = object(Array.isArray(line.contacts) ? line.contacts[0] : null);
    $('line-number').value = text(phone.value);
    $('line-display').value = phone.display && phone.display !== phone.value ? text(phone.display) : '';
    about = {};
    var texts = object(line.about);
    Object.keys(texts).forEach(function (code) { if (typeof texts[code] === 'string') about[code] = texts[code]; });
    $('line-replace').checked = config.replace_help_lines === true;
    var exit = object(config.exit);
    // Only the page the settings name: empty means an ordinary page for the place.
    $('exit-url').value = text(exit.url);
    $('exit-escape').checked = exit.escape === true;
    var theme = object(config.theme);
    $('primary').value = colour(theme.primary) || catalogue.colours.primary;
    $('text').value = colour(theme.text) || catalogue.colours.text;
    $('keep').checked = config.keep_answers !== false;
    languagesChanged();
    $('default-language').value = offered().indexOf(config.default_language) >= 0 ? config.default_language : '';
  }

  /** Everything the form holds, to put back when settings are not loaded. */
  function formState() {
    var values = {};
    document.querySelectorAll('#cfg input, #cfg select').forEach(function (el) {
      if (el.id) values[el.id] = el.type === 'checkbox' ? el.checked : el.value;
    });
    return { ticked: ticked.slice(), about: Object.assign({}, about), contact: Object.assign({}, contact), values: values };
  }
  function setFormState(state) {
    ticked = state.ticked.slice();
    about = Object.assign({}, state.about);
    contact = Object.assign({}, state.contact);
    languagesChanged();
    Object.keys(state.values).forEach(function (id) {
      var el = $(id);
      if (!el) return;
      if (el.type === 'checkbox') el.checked = state.values[id]; else el.value = state.values[id];
    });
  }

  /** Settings as {path: value}: "theme.radius", "help_lines[0].operator". A list
   *  of plain values is one entry; null, "" and empty lists or blocks hold nothing. */
  function leaves(value, path, out) {
    if (value === null || value === undefined || value === '') return out;
    if (Array.isArray(value)) {
      if (value.every(function (v) { return v === null || typeof v !== 'object'; })) { if (value.length) out[path] = value; return out; }
      value.forEach(function (v, i) { leaves(v, path + '[' + i + ']', out); });
    } else if (typeof value === 'object') {
      Object.keys(value).forEach(function (k) { leaves(value[k], path ? path + '.' + k : k, out); });
    } else {
      out[path] = value;
    }
    return out;
  }
  /** True when leaving this setting out changes nothing (it is the default). */
  function isDefault(path, value) {
    var defaults = { keep_answers: true, replace_help_lines: false, 'exit.escape': false, debug: false };
    if (Object.prototype.hasOwnProperty.call(defaults, path)) return defaults[path] === value;
    var name = /^theme\.(primary|primary_text|background|text)$/.exec(path);
    return !!name && same(value, catalogue.colours[name[1]]);
  }
  function same(a, b) {
    if (colour(a) && colour(b)) return colour(a) === colour(b);
    return JSON.stringify(a) === JSON.stringify(b);
  }
  /** The settings the form would drop or change: [{field, label}]. */
  function cannotHold(config, built) {
    var had = leaves(config, '', {}), kept = leaves(built, '', {});
    return Object.keys(had).filter(function (path) {
      return Object.prototype.hasOwnProperty.call(kept, path) ? !same(had[path], kept[path]) : !isDefault(path, had[path]);
    }).map(function (path) {
      var label = path;
      if (Array.isArray(had[path])) {
        var gone = had[path].filter(function (v) { return !Array.isArray(kept[path]) || kept[path].indexOf(v) < 0; });
        if (gone.length) label += ' (' + gone.map(function (v) { return JSON.stringify(v); }).join(', ') + ')';
      }
      return { field: path, label: label };
    });
  }
  /** The check's message about this setting, if it has one. */
  function problemAbout(problems, path) {
    var related = function (a, b) { return a === b || a.indexOf(b + '.') === 0 || a.indexOf(b + '[') === 0; };
    var found = problems.filter(function (p) { return p.field && (related(path, p.field) || related(p.field, path)); })[0];
    return found ? plain(found.message) : '';
  }

  function clearConfirm() { $('load-confirm').textContent = ''; }
  function paragraph(text) { var p = document.createElement('p'); p.textContent = text; return p; }

  /* "Put them in the form". Settings the form can hold are loaded at once.
   * When the form cannot hold some of them (a second help line, a background
   * colour, an unknown language code…), nothing changes yet: the exact list is
   * shown, and only a second, explicit button loads the rest. Refusing outright
   * would stop a webmaster who wants to start again from the form; loading
   * silently would lose settings they never see again. A careful webmaster
   * wants to choose, knowing exactly what would be lost. */
  function loadPaste() {
    checkPaste();
    var text = $('paste').value;
    var found = pasted();
    var result = $('paste-result');
    if (!found.json.trim()) return;
    var config = readSettings(found.json);
    if (!config) {
      // Never "no problems": the form keeps what it had, and says why.
      result.append(paragraph('Nothing was put in the form: these settings cannot be read. ' +
        'Fix the problem listed above first, then press “Put them in the form” again.'));
      return;
    }
    var problems = check(found.json, found.firstLine);
    var before = formState();
    fill(config);
    var lost = cannotHold(config, build());
    if (!lost.length) {
      leftOut = [];
      result.append(paragraph('All of these settings are now in the form.'));
      update();
      return;
    }
    setFormState(before);
    var labels = lost.map(function (l) { return l.label; }).join(', ');
    var block = document.createElement('div');
    block.append(paragraph('Nothing was put in the form yet. The form cannot hold: ' + labels + '.'),
      paragraph(problems.length
        ? 'Keep your own settings file and fix it using the list of problems above, or put them in the form and lose these.'
        : 'Keep your own settings file as it is, or put them in the form and lose these.'));
    result.append(block);
    var confirm = document.createElement('button');
    confirm.type = 'button';
    confirm.className = 'cs-button';
    confirm.textContent = 'Put them in the form and lose these';
    confirm.addEventListener('click', function () {
      clearConfirm();
      if ($('paste').value !== text) return;
      fill(config);
      leftOut = lost.map(function (l) {
        var why = problemAbout(problems, l.field);
        return { field: l.field, message: l.label + (why ? ': ' + why : '') };
      });
      update();
      block.textContent = '';
      block.append(paragraph('Put in the form without: ' + labels + '. Each is also said beside its field.'));
      $('load-paste').focus();
    });
    $('load-confirm').append(confirm);
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
    // Empty at first: the check then opens an ordinary page for the place the
    // person is in (content/exit-pages.json), not one page for everyone.
    // The built-in colours, from the check itself (config::DEFAULT_COLOURS).
    $('primary').value = catalogue.colours.primary;
    $('text').value = catalogue.colours.text;
    renderLanguages();
    languagesChanged();
    $('cfg').addEventListener('input', schedule);
    $('cfg').addEventListener('change', schedule);
    $('cfg').addEventListener('submit', function (e) { e.preventDefault(); });
    $('check-paste').addEventListener('click', checkPaste);
    $('check-site').addEventListener('click', checkSite);
    $('download').addEventListener('click', download);
    $('load-paste').addEventListener('click', loadPaste);
    $('paste').addEventListener('input', clearConfirm);
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
