// Clicks and taps on any exit control, including ones the app renders later.
// composedPath() reaches inside the <clear-signs> widget's shadow root.
// Ctrl/Cmd/Shift-click arrive here too: the exit happens, never a new tab.
function onExitControl(event) {
  var path = event.composedPath ? event.composedPath() : [event.target];
  for (var i = 0; i < path.length; i++) {
    if (path[i].hasAttribute && path[i].hasAttribute('data-cs-exit')) return true;
  }
  return false;
}
doc.addEventListener('click', function (event) {
  if (onExitControl(event)) exit(event);
}, true);
// A middle click would open the neutral page in a new tab and leave this
// one on screen: exit instead.
doc.addEventListener('auxclick', function (event) {
  if (event.button === 1 && onExitControl(event)) exit(event);
}, true);

// Shift pressed alone 3 times, each within 5 s of the last. A Shift used for
// a capital letter does not count; any other key starts again.
var presses = 0;
var lastPress = 0;
var chord = false;
function announce(count) {
  var status = window.ClearSignsExitStatus || doc.getElementById('cs-exit-status');
  if (!status) return;
  var text = count === 0 ? '' : (status.getAttribute('data-text-pressed') || '')
    .replace('{n}', String(count)).replace('{left}', String(3 - count));
  status.textContent = text;
}
doc.addEventListener('keydown', function (event) {
  if (event.key === 'Escape' && escapeOn()) {
    exit(event);
    return;
  }
  // The exit reads as a button, so Space works on it too (a link only
  // answers Enter; Space would scroll the page instead).
  if ((event.key === ' ' || event.key === 'Spacebar') && onExitControl(event)) {
    exit(event);
    return;
  }
  if (event.key !== 'Shift') {
    if (event.shiftKey) chord = true;
    if (presses) { presses = 0; announce(0); }
  }
}, true);
doc.addEventListener('keyup', function (event) {
  if (event.key !== 'Shift') return;
  if (chord) { chord = false; return; }
  var now = Date.now();
  if (now - lastPress > SHIFT_WINDOW_MS) presses = 0;
  lastPress = now;
  presses += 1;
  if (presses >= 3) {
    presses = 0;
    exit(null);
  } else {
    announce(presses);
  }
}, true);

// Restored from the back-forward cache: the app was already cleared; drop
// the cover so the start screen shows, never old answers.
window.addEventListener('pageshow', function (event) {
  if (event.persisted && root.classList.contains('cs-exiting')) {
    root.classList.remove('cs-exiting');
    doc.title = title;
    if (doc.body) doc.body.style.removeProperty('display');
    var overlay = doc.getElementById('cs-exit-overlay');
    if (overlay) overlay.hidden = true;
  }
});
