// Translate the static parts into the page's language: first the browser's
// preference (pick, language.js), then whatever the app sets on <html lang>.
// `scope`: a document or the widget's shadow root (default: this document).
function translate(code, scope) {
  var texts = strings[code];
  if (!texts) return;
  scope = scope || doc;
  var nodes = scope.querySelectorAll('[data-cs-i18n]');
  for (var i = 0; i < nodes.length; i++) {
    var value = texts[nodes[i].getAttribute('data-cs-i18n')];
    // {n} from data-cs-n, and the like ("Question {n} of {total}").
    if (value) value = value.replace(/\{(\w+)\}/g, fillFrom(nodes[i]));
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
function fillFrom(node) {
  return function (marker, name) {
    var value = node.getAttribute('data-cs-' + name);
    return value === null ? marker : value;
  };
}
// The settings in use: the page's block, then settings.json (settings-file.js).
var settingsNow = initial;
// A language kept from an earlier visit (only with "Keep my answers").
function keptLanguage() {
  var kept = keptCheck();
  return kept && typeof kept.lang === 'string' && strings[kept.lang] ? kept.lang : null;
}
// The first language in the app's order (language::first in the Rust): a
// kept one, the browser's, the site's default_language, English if
// offered, else the first offered.
function firstCode() {
  var fallback = settingsNow.default_language;
  return keptLanguage() || pick(navigator.languages || [navigator.language]) ||
    (typeof fallback === 'string' && strings[fallback] ? fallback : null) ||
    (strings.en ? 'en' : Object.keys(strings)[0]);
}
function firstLanguage() {
  var first = firstCode();
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
