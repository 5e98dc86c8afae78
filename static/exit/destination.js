// Where the exit goes: the embedder's options (exit.url, exit.escape), the
// place the app reports, and the exit links that show the destination.
// The standalone page's block, or the widget's text (from embed.js).
var block = window.ClearSignsEmbedded ? null : doc.getElementById('clear-signs-config');
var initial = read(window.ClearSignsEmbedded ? window.ClearSignsConfigText : block && block.textContent);
initial = initial && isObject(initial.value) ? initial.value : {};
var settings = {};
function useExit(config) {
  var options = isObject(config.exit) ? config.exit : {};
  settings.url = safe(options.url) ? options.url : null;
  settings.escape = options.escape === true;
}
useExit(initial);
// The place in use (chosen, else suggested), reported by the app.
var place = null;
// The page (or a test) may still change these at run time; then the
// embedder's page; then the place's ordinary page; then the default.
function destination() {
  var url = root.getAttribute('data-cs-exit-url');
  if (safe(url)) return url;
  if (settings.url) return settings.url;
  var byPlace = place && pages.places ? pages.places[place] : null;
  return safe(byPlace) ? byPlace : DEFAULT_URL;
}
// Documents (this one, the widget's shadow root) whose exit links and texts we keep up to date.
var scopes = [doc];
function each(selector, f) {
  scopes.forEach(function (scope) {
    var nodes = scope.querySelectorAll(selector);
    for (var i = 0; i < nodes.length; i++) f(nodes[i]);
  });
}
// The links point at the real destination: what a long press or the status bar shows.
function updateLinks() {
  var url = destination();
  each('a[data-cs-exit]', function (link) { if (link.getAttribute('href') !== url) link.setAttribute('href', url); });
}
function setPlace(id) {
  place = typeof id === 'string' ? id : null;
  updateLinks();
}
function escapeOn() {
  return settings.escape || root.getAttribute('data-cs-exit-esc') === 'on';
}
if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', updateLinks);
else updateLinks();
