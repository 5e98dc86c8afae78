// Settings put back into the form, and what the form cannot hold of them
// (so nothing is lost without the webmaster's say).
import { $, state } from './state.js';
import { language, languagesChanged, offered } from './form.js';
import { plain } from './problems.js';

/** A colour as the colour field holds it (#rrggbb, lower case), or null. */
function colour(value) {
  if (typeof value !== 'string') return null;
  if (/^#[0-9a-f]{3}$/i.test(value)) value = '#' + value.slice(1).split('').map(function (c) { return c + c; }).join('');
  return /^#[0-9a-f]{6}$/i.test(value) ? value.toLowerCase() : null;
}

/** Fill the form from settings (without checking them). */
export function fill(config) {
  var text = function (v) { return typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v); };
  var object = function (v) { return v && typeof v === 'object' && !Array.isArray(v) ? v : {}; };
  var org = object(config.organisation);
  $('org-name').value = text(org.name);
  state.contact = {};
  if (typeof org.contact === 'string') state.contact['*'] = org.contact;
  else Object.keys(object(org.contact)).forEach(function (code) { if (typeof org.contact[code] === 'string') state.contact[code] = org.contact[code]; });
  $('place').value = text(config.default_place);
  state.ticked = (Array.isArray(config.languages) ? config.languages : []).filter(function (c) { return language(c); });
  var line = object(Array.isArray(config.help_lines) ? config.help_lines[0] : null);
  $('line-name').value = text(line.name);
  var phone = object(Array.isArray(line.contacts) ? line.contacts[0] : null);
  $('line-number').value = text(phone.value);
  $('line-display').value = phone.display && phone.display !== phone.value ? text(phone.display) : '';
  state.about = {};
  var texts = object(line.about);
  Object.keys(texts).forEach(function (code) { if (typeof texts[code] === 'string') state.about[code] = texts[code]; });
  $('line-replace').checked = config.replace_help_lines === true;
  var exit = object(config.exit);
  // Only the page the settings name: empty means an ordinary page for the place.
  $('exit-url').value = text(exit.url);
  $('exit-escape').checked = exit.escape === true;
  var theme = object(config.theme);
  $('primary').value = colour(theme.primary) || state.catalogue.colours.primary;
  $('text').value = colour(theme.text) || state.catalogue.colours.text;
  $('keep').checked = config.keep_answers !== false;
  languagesChanged();
  $('default-language').value = offered().indexOf(config.default_language) >= 0 ? config.default_language : '';
}

/** Everything the form holds, to put back when settings are not loaded. */
export function formState() {
  var values = {};
  document.querySelectorAll('#cfg input, #cfg select').forEach(function (el) {
    if (el.id) values[el.id] = el.type === 'checkbox' ? el.checked : el.value;
  });
  return { ticked: state.ticked.slice(), about: Object.assign({}, state.about), contact: Object.assign({}, state.contact), values: values };
}
export function setFormState(saved) {
  state.ticked = saved.ticked.slice();
  state.about = Object.assign({}, saved.about);
  state.contact = Object.assign({}, saved.contact);
  languagesChanged();
  Object.keys(saved.values).forEach(function (id) {
    var el = $(id);
    if (!el) return;
    if (el.type === 'checkbox') el.checked = saved.values[id]; else el.value = saved.values[id];
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
  return !!name && same(value, state.catalogue.colours[name[1]]);
}
function same(a, b) {
  if (colour(a) && colour(b)) return colour(a) === colour(b);
  return JSON.stringify(a) === JSON.stringify(b);
}
/** The settings the form would drop or change: [{field, label}]. */
export function cannotHold(config, built) {
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
export function problemAbout(problems, path) {
  var related = function (a, b) { return a === b || a.indexOf(b + '.') === 0 || a.indexOf(b + '[') === 0; };
  var found = problems.filter(function (p) { return p.field && (related(path, p.field) || related(p.field, path)); })[0];
  return found ? plain(found.message) : '';
}
