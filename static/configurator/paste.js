// Settings someone already has: pasted (or this site's settings.json),
// checked, saved as a file, and put in the form.
import { $, state } from './state.js';
import { build } from './form.js';
import { update } from './output.js';
import { check, problemList } from './problems.js';
import { cannotHold, fill, formState, problemAbout, setFormState } from './settings-form.js';

// Settings text read as JSON as the check reads it (curly quotes as straight
// ones): the same rule as exit.js, written in at build time from
// scripts/facts.mjs `readJson` (tests/facts/lenient-json.json).
var read = '@CS_READ_JSON@';


/** The settings in a pasted text: the JSON, and the line it starts on. */
function pasted() {
  var text = $('paste').value;
  var block = /<script\b[^>]*type\s*=\s*["']?application\/json["']?[^>]*>([\s\S]*?)<\/script>/i.exec(text);
  if (!block) return { json: text, firstLine: 1 };
  var start = block.index + block[0].indexOf('>') + 1;
  return { json: block[1], firstLine: text.slice(0, start).split('\n').length };
}

export function checkPaste() {
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
export function download() {
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
export function checkSite() {
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
  var found = read(json);
  var config = found && found.value;
  return config && typeof config === 'object' && !Array.isArray(config) ? config : null;
}

export function clearConfirm() { $('load-confirm').textContent = ''; }
function paragraph(text) { var p = document.createElement('p'); p.textContent = text; return p; }

/* "Put them in the form". Settings the form can hold are loaded at once.
 * When the form cannot hold some of them (a second help line, a background
 * colour, an unknown language code…), nothing changes yet: the exact list is
 * shown, and only a second, explicit button loads the rest. Refusing outright
 * would stop a webmaster who wants to start again from the form; loading
 * silently would lose settings they never see again. A careful webmaster
 * wants to choose, knowing exactly what would be lost. */
export function loadPaste() {
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
    state.leftOut = [];
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
    state.leftOut = lost.map(function (l) {
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
