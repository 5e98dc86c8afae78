// What the configurator makes of the form: the settings (JSON), the snippet
// (only when the settings have no problems), the contrast verdict and the
// preview of the widget, updated shortly after each change.
import { $ } from './state.js';
import { build } from './form.js';
import { check, problemList, showProblems } from './problems.js';

// This folder: the preview runs its copy of the check.
var here = new URL('.', location.href).href;
var timer = null;

function folder() {
  var f = $('folder').value.trim() || '/clear-signs/';
  if (/["'<>\s\\`]/.test(f) || /^[a-z]+:/i.test(f) && !/^https:\/\//i.test(f)) return null;
  return f.replace(/\/?$/, '/');
}

export function update() {
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
export function schedule() {
  clearTimeout(timer);
  timer = setTimeout(update, 300);
}
