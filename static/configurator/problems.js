// The check's problems with the settings: from the check's own parser (the
// wasm), each said beside its field, and as lists that link to the fields.
import { $, state } from './state.js';

export function check(json, firstLine) {
  return JSON.parse(state.checker.check_config(json, firstLine || 1)).problems;
}
/** The message without the console's "config `field`:" prefix. */
export function plain(message) {
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

export function showProblems(problems) {
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
  state.leftOut.forEach(function (lost) { note(lost.field, 'Not put in the form: ', lost.message, false); });
}

export function problemList(problems, withLines) {
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
