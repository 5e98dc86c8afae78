// The configurator once the checker has loaded (configurator.js loads it
// and this module): the form filled from the check's own catalogue, and
// every control wired up.
import { $, state } from './state.js';
import { languagesChanged, renderLanguages } from './form.js';
import { schedule, update } from './output.js';
import { checkPaste, checkSite, clearConfirm, download, loadPaste } from './paste.js';

export function start(mod) {
  state.checker = mod;
  state.catalogue = JSON.parse(mod.config_catalogue());
  $('start-notice').hidden = true;
  state.catalogue.places.forEach(function (p) {
    var o = document.createElement('option');
    o.value = p.id;
    o.textContent = p.name;
    $('place').append(o);
  });
  // Empty at first: the check then opens an ordinary page for the place the
  // person is in (content/exit-pages.json), not one page for everyone.
  // The built-in colours, from the check itself (config::DEFAULT_COLOURS).
  $('primary').value = state.catalogue.colours.primary;
  $('text').value = state.catalogue.colours.text;
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
