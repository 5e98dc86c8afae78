// Every key the app stores starts with this prefix: the Rust's own
// (facts::KEY_PREFIX), written in at build time by scripts/facts.mjs.
var STORAGE_PREFIX = '@CS_STORAGE_PREFIX@';
// Remove the check's keys from one storage; how many there were.
function wipe(name) {
  var removed = 0;
  try {
    var storage = window[name];
    var keys = [];
    for (var i = 0; i < storage.length; i++) keys.push(storage.key(i));
    keys.forEach(function (key) {
      if (key && key.indexOf(STORAGE_PREFIX) === 0) { storage.removeItem(key); removed++; }
    });
  } catch (e) { /* storage blocked: nothing was stored there */ }
  return removed;
}
// The check the person chose to keep (stored::STORAGE_KEY, written in at
// build time), read as JSON; null if there is none or it cannot be read.
function keptCheck() {
  try { return JSON.parse(window.localStorage.getItem('@CS_STORAGE_KEY@')); } catch (e) { return null; }
}
