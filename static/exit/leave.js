// Leaving sends no referrer, also from a host page with its own policy
// (a <meta> added now applies to the navigation below).
function noReferrer() {
  try {
    var meta = doc.createElement('meta');
    meta.name = 'referrer';
    meta.content = 'no-referrer';
    (doc.head || root).appendChild(meta);
  } catch (e) { /* no head: the page's own policy stays */ }
}

var channel = null;
try { channel = new BroadcastChannel(CHANNEL); } catch (e) { /* old browser: storage events still reach other tabs */ }

// Leave `place` (a Location) for `url`. Should the browser still refuse the
// address (location.replace throws on one it cannot read), the default
// neutral page, then a blank page: the person is never left on the check.
// Each replace() that throws has not navigated, so the next one is free to.
function go(place, url) {
  var tries = [url, DEFAULT_URL, 'about:blank'];
  for (var i = 0; i < tries.length; i++) {
    try {
      place.replace(tries[i]);
      return true;
    } catch (e) { /* refused: the next one */ }
  }
  return false;
}

var title = doc.title;
function exit(event) {
  if (event) event.preventDefault();
  // Also the flag the app's storage module checks: from now on it writes nothing.
  root.classList.add('cs-exiting');
  var overlay = doc.getElementById('cs-exit-overlay');
  if (overlay) overlay.hidden = false;
  // A host page has no stylesheet of ours: hide its body directly (CSSOM,
  // allowed by any CSP).
  else if (doc.body) doc.body.style.setProperty('display', 'none', 'important');
  // Chosen once the page is hidden, so nothing comes before hiding it.
  var url = destination();
  // In a frame: the host page's embed.js hides and leaves the whole page at
  // once, with or without a recent click. Sent first, so it hides soonest.
  if (framed) {
    try { window.top.postMessage({ type: MESSAGE, url: url }, '*'); } catch (e) { /* no host script */ }
  }
  try { window.speechSynthesis.cancel(); } catch (e) { /* no speech */ }
  // On the iframe snippet's host page, embed.js also asks the check's
  // frames (another origin) to wipe what they keep: counted as removed, so
  // the page waits for it below.
  var frames = 0;
  try { frames = window.ClearSignsWipeFrames ? window.ClearSignsWipeFrames() : 0; } catch (e) { /* no frames */ }
  var removed = wipe('sessionStorage') + wipe('localStorage') + frames;
  try { window.dispatchEvent(new Event('clear-signs-exit')); } catch (e) { /* app gone */ }
  // Other tabs of the check drop what they hold in memory.
  try { if (channel) channel.postMessage(MESSAGE); } catch (e) { /* channel closed */ }
  noReferrer();
  title = doc.title;
  doc.title = 'Loading';
  function leave() {
    if (framed) {
      // Allowed after a recent click or tap in the frame (the sandbox's
      // allow-top-navigation-by-user-activation); otherwise it throws, or some
      // engines ignore it quietly. Either way the host script leaves too.
      try { go(window.top.location, url); } catch (e) { /* not allowed now */ }
    }
    // At least this page goes, whatever the host page does.
    go(window.location, url);
  }
  // Kept answers were just removed: let the removal reach the browser's
  // own store before the page goes (Firefox was seen to lose a removal
  // made in the same task as a cross-site navigation). The page is
  // already hidden; nothing stored, nothing to wait for.
  if (removed) window.setTimeout(leave, 50);
  else leave();
}
