// settings.json beside index.html (asked for by data-cs-settings on this
// script; never in the widget): no release ships one, so it survives
// updates. One request at load, the same for everyone, same origin. If it
// reads as a JSON object it is the configuration, and the exit (working
// meanwhile) takes its options; missing, broken or late: the block applies.
var line = block ? blockLine(block) : 1;
var chosen = null;
var decided;
var choice = new Promise(function (resolve) { decided = resolve; });
// `file`: the text of settings.json, or null.
function choose(file) {
  if (chosen) return;
  chosen = { file: file, page: block && block.textContent, line: line };
  try {
    var parsed = read(file);
    if (parsed && isObject(parsed.value)) {
      useExit(parsed.value);
      settingsNow = parsed.value;
      updateLinks();
      offer(parsed.value.languages);
      if (!root.hasAttribute('data-cs-ready')) firstLanguage();
    }
  } finally {
    decided(chosen); // the app starts whatever happened
  }
}
var script = doc.currentScript;
if (!window.ClearSignsEmbedded && script && script.hasAttribute('data-cs-settings') && window.fetch) {
  window.fetch('settings.json', { cache: 'no-cache', redirect: 'error', referrerPolicy: 'no-referrer' })
    .then(function (response) {
      // A host's "not found" page sent as 200 is not settings.
      if (response.ok && !/html/.test(response.headers.get('content-type'))) return response.text();
      if (!response.ok && response.status !== 404) console.warn('Clear Signs: settings.json: HTTP ' + response.status + '; using the block in index.html');
    })
    .then(function (text) {
      if (chosen && text) console.warn('Clear Signs: settings.json came too late; using the block in index.html');
      choose(typeof text === 'string' ? text : null);
    })
    .catch(function () { choose(null); });
} else {
  choose(null);
}
// For the app: { file, page: texts or null, line: the page block's line },
// once settings.json is in or known missing; at most `wait` ms from now.
function settingsWhenReady(wait) {
  if (!chosen) window.setTimeout(function () { choose(null); }, wait);
  return choice;
}
