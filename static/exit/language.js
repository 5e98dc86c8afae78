// The languages of the static parts (exit controls, announcements, fallback
// page; translate.js): their texts come from exit-strings.js.
var allStrings = window.ClearSignsExitStrings || {};
var strings = allStrings;
// Only the languages the embedder offers (config "languages"), if it says.
function offer(offered) {
  strings = allStrings;
  if (Array.isArray(offered) && offered.some(function (c) { return allStrings[c]; })) {
    strings = {};
    offered.forEach(function (c) { if (allStrings[c]) strings[c] = allStrings[c]; });
  }
}
offer(initial.languages);
// The language for the browser's preferences (most preferred first), among
// those offered, or null: the same steps as the app's (language::pick in the
// Rust), which both pass the table in tests/facts/language-picks.json.
// Each tag is trimmed (white space as the Rust counts it), `_` read as `-`,
// compared ignoring case in ASCII only; then a whole-tag alias (zh-TW →
// zh-Hant, the first that fits on subtag boundaries); then the primary
// language or its alias (tl → fil), as a code or a code's first subtag.
// The aliases: the app's own (content/src/facts.rs), via exit-strings.js.
var SPACES = /^[\t-\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t-\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g;
function lowerAscii(text) {
  return text.replace(/[A-Z]+/g, function (letters) { return letters.toLowerCase(); });
}
function pick(tags) {
  var aliases = window.ClearSignsLanguageAliases || {};
  var alias = function (from) { return Object.prototype.hasOwnProperty.call(aliases, from) ? aliases[from] : null; };
  var find = function (tag) {
    for (var code in strings) if (lowerAscii(code) === lowerAscii(tag)) return code;
    return null;
  };
  for (var i = 0; i < tags.length; i++) {
    var tag = String(tags[i] || '').replace(SPACES, '').replace(/_/g, '-');
    var lower = lowerAscii(tag);
    var found = find(tag);
    for (var from in aliases) {
      if (found) break;
      if (from.indexOf('-') >= 0 && (lower === from || lower.indexOf(from + '-') === 0)) {
        found = find(aliases[from]);
        break;
      }
    }
    if (!found) {
      var primary = lower.split('-')[0];
      var language = alias(primary) || primary;
      found = find(language);
      for (var code in strings) {
        if (!found && code.split('-')[0] === language) found = code;
      }
    }
    if (found) return found;
  }
  return null;
}
