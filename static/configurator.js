/* The configurator: builds the embedder's JSON and snippet, with a live
 * preview of the <clear-signs> widget. Client-only, no requests. */
(function () {
  'use strict';
  var PLACES = [['', 'Suggest from the visitor\'s browser'], ['gb-ew', 'England and Wales'], ['gb-sct', 'Scotland'],
    ['gb-nir', 'Northern Ireland'], ['us', 'United States'], ['ca', 'Canada'], ['eu', 'A European Union country'],
    ['au', 'Australia'], ['th', 'Thailand'], ['ph', 'Philippines'], ['kh', 'Cambodia'], ['vn', 'Viet Nam'],
    ['my', 'Malaysia'], ['id', 'Indonesia'], ['br', 'Brazil'], ['ke', 'Kenya'], ['ng', 'Nigeria'], ['la', 'Laos'],
    ['lk', 'Sri Lanka'], ['np', 'Nepal']];
  var $ = function (id) { return document.getElementById(id); };

  function luminance(hex) {
    var c = [1, 3, 5].map(function (i) { return parseInt(hex.slice(i, i + 2), 16) / 255; })
      .map(function (v) { return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }
  function contrast(a, b) {
    var x = luminance(a), y = luminance(b);
    return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
  }

  function build() {
    var config = {};
    if ($('org-name').value.trim()) {
      config.organisation = { name: $('org-name').value.trim() };
      if ($('org-contact').value.trim()) config.organisation.contact = $('org-contact').value.trim();
    }
    if ($('place').value) config.default_place = $('place').value;
    var langs = Array.prototype.filter.call(document.querySelectorAll('#languages input'), function (i) { return i.checked; })
      .map(function (i) { return i.value; });
    if (langs.length) config.languages = langs;
    if ($('line-name').value.trim() && $('line-number').value.trim()) {
      var line = { name: $('line-name').value.trim(), contacts: [{ kind: 'tel', value: $('line-number').value.replace(/[\s-]/g, ''), display: $('line-number').value.trim() }] };
      if ($('line-about').value.trim()) line.about = { en: $('line-about').value.trim() };
      config.help_lines = [line];
      if ($('line-replace').checked) config.replace_help_lines = true;
    }
    // Empty: the check picks an ordinary page for the place in use.
    config.exit = { escape: $('exit-escape').checked };
    if ($('exit-url').value.trim()) config.exit.url = $('exit-url').value.trim();
    var primary = $('primary').value, text = $('text').value;
    var ratios = [contrast(primary, '#ffffff'), contrast(text, '#ffffff')];
    var ok = ratios.every(function (r) { return r >= 4.5; });
    $('contrast').textContent = 'Contrast: buttons ' + ratios[0].toFixed(2) + ':1, text ' + ratios[1].toFixed(2) +
      ':1. ' + (ok ? 'Passes WCAG AA (4.5:1).' : 'Too low: WCAG AA needs 4.5:1, so the default colours will be used.');
    if (primary !== '#1d5b79' || text !== '#1b1b1b') config.theme = { primary: primary, primary_text: '#ffffff', background: '#ffffff', text: text };
    if (!$('keep').checked) config.keep_answers = false;
    return config;
  }

  function update() {
    var config = build();
    var json = JSON.stringify(config, null, 2);
    // "<" written as \u003c so the JSON can never close its <script> block.
    var safe = json.replace(/</g, '\\u003c');
    var base = new URL('.', location.href).href;
    $('json').value = json;
    $('snippet').value = '<script type="application/json" id="clear-signs-config">\n' + safe + '\n</script>\n' +
      '<clear-signs config="clear-signs-config"></clear-signs>\n<script src="' + base + 'embed.js" defer></script>';
    $('preview').srcdoc = '<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">' +
      '<title>Preview</title></head><body><script type="application/json" id="c">' + safe + '</script>' +
      '<clear-signs config="c"></clear-signs><script src="' + base + 'embed.js"></script></body></html>';
  }

  var place = $('place');
  PLACES.forEach(function (p) { var o = document.createElement('option'); o.value = p[0]; o.textContent = p[1]; place.append(o); });
  (window.ClearSignsLanguages || [['en', 'English'], ['zh', '中文（简体）'], ['vi', 'Tiếng Việt'], ['id', 'Bahasa Indonesia'],
    ['fil', 'Filipino'], ['th', 'ไทย'], ['hi', 'हिन्दी'], ['ar', 'العربية'], ['fr', 'Français'], ['es', 'Español'],
    ['pt-BR', 'Português (Brasil)'], ['sw', 'Kiswahili']]).forEach(function (l) {
    var label = document.createElement('label');
    label.className = 'cs-check';
    var box = document.createElement('input');
    box.type = 'checkbox';
    box.value = l[0];
    var span = document.createElement('span');
    span.lang = l[0];
    span.textContent = l[1];
    label.append(box, ' ', span);
    $('languages').append(label);
  });
  var timer = null;
  $('cfg').addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(update, 300); });
  $('cfg').addEventListener('submit', function (e) { e.preventDefault(); });
  $('copy').addEventListener('click', function () {
    $('snippet').select();
    var done = function () { $('copied').textContent = 'Copied.'; };
    if (navigator.clipboard) navigator.clipboard.writeText($('snippet').value).then(done, function () { document.execCommand('copy'); done(); });
    else { document.execCommand('copy'); done(); }
  });
  update();
})();
