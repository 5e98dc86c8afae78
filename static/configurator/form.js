// The form: the languages offered (ticked in order), the fields that follow
// them (the contact line and the line's description per language), and the
// settings the form's fields make.
import { $, state } from './state.js';
import { schedule } from './output.js';

export function language(code) {
  return state.catalogue.languages.filter(function (l) { return l.code === code; })[0];
}
export function offered() {
  return state.ticked.length ? state.ticked.slice() : state.catalogue.languages.map(function (l) { return l.code; });
}

export function renderLanguages() {
  var group = $('languages');
  state.catalogue.languages.forEach(function (l) {
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
    state.ticked = state.ticked.filter(function (c) { return c !== code; });
    if (e.target.checked) state.ticked.push(code);
    languagesChanged();
  });
}

export function languagesChanged() {
  document.querySelectorAll('#languages input').forEach(function (box) { box.checked = state.ticked.indexOf(box.value) >= 0; });
  $('language-order').textContent = state.ticked.length
    ? 'Offered in this order: ' + state.ticked.map(function (c, i) { return (i + 1) + '. ' + language(c).name; }).join(', ') + '.'
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
  (state.ticked.length ? state.ticked : ['*']).forEach(function (code) {
    var id = code === '*' ? 'org-contact' : 'org-contact-' + code;
    var label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = code === '*' ? 'Contact line (optional)' : 'Contact line in ' + language(code).name + ' (optional)';
    var input = document.createElement('input');
    input.id = id;
    if (code !== '*') { input.lang = code; input.dir = language(code).dir; }
    input.value = state.contact[code] || (state.ticked.length ? state.contact['*'] || '' : '');
    input.setAttribute('data-field', code === '*' ? 'organisation.contact' : 'organisation.contact.' + code);
    input.addEventListener('input', function () { state.contact[code] = input.value; });
    contactBox.append(label, input);
  });
  // One description field per offered language (English when all are offered).
  var box = $('line-about');
  box.textContent = '';
  (state.ticked.length ? state.ticked : ['en']).forEach(function (code) {
    var id = 'line-about-' + code;
    var label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = 'Description of the line in ' + language(code).name + ' (optional)';
    var input = document.createElement('input');
    input.id = id;
    input.lang = code;
    input.dir = language(code).dir;
    input.value = state.about[code] || '';
    input.setAttribute('data-field', 'help_lines[0].about.' + code);
    input.addEventListener('input', function () { state.about[code] = input.value; });
    box.append(label, input);
  });
  if (!state.ticked.length) {
    var note = document.createElement('p');
    note.className = 'cs-muted';
    note.textContent = 'Tick the languages you offer to describe your line in each of them.';
    box.append(note);
  }
  schedule();
}

export function build() {
  var config = {};
  var value = function (id) { return $(id).value.trim(); };
  var contacts = {};
  (state.ticked.length ? state.ticked : ['*']).forEach(function (code) {
    var input = $(code === '*' ? 'org-contact' : 'org-contact-' + code);
    if (input && input.value.trim()) contacts[code] = input.value.trim();
  });
  if (value('org-name') || Object.keys(contacts).length) {
    config.organisation = { name: value('org-name') };
    if (contacts['*']) config.organisation.contact = contacts['*'];
    else if (Object.keys(contacts).length) config.organisation.contact = contacts;
  }
  if (state.ticked.length) config.languages = state.ticked.slice();
  if (value('default-language')) config.default_language = value('default-language');
  if (value('place')) config.default_place = value('place');
  if (value('line-name') || value('line-number')) {
    // What the phone dials, and how it is shown (the check compares their digits).
    var number = value('line-number');
    var line = { name: value('line-name'),
      contacts: number ? [{ kind: 'tel', value: number.replace(/[\s\-.]/g, ''), display: value('line-display') || number }] : [] };
    var texts = {};
    (state.ticked.length ? state.ticked : ['en']).forEach(function (code) { if ((state.about[code] || '').trim()) texts[code] = state.about[code].trim(); });
    if (Object.keys(texts).length) line.about = texts;
    config.help_lines = [line];
    if ($('line-replace').checked) config.replace_help_lines = true;
  }
  // Empty: the check picks an ordinary page for the place in use.
  config.exit = { escape: $('exit-escape').checked };
  if (value('exit-url')) config.exit.url = value('exit-url');
  var primary = $('primary').value, text = $('text').value;
  var colours = state.catalogue.colours;
  if (primary !== colours.primary || text !== colours.text) config.theme = { primary: primary, primary_text: colours.primary_text, background: colours.background, text: text };
  if (!$('keep').checked) config.keep_answers = false;
  return config;
}
