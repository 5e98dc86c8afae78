// If the app never starts (blocked or broken download), show the calm
// fallback with helplines instead of "Loading" forever.
function showFallback() {
  if (root.hasAttribute('data-cs-ready') || window.ClearSignsEmbedded) return;
  var app = doc.getElementById('clear-signs-app');
  var fallback = doc.getElementById('cs-fallback');
  if (app) app.hidden = true;
  if (fallback) fallback.hidden = false;
}
// The boot script reports a failed start directly (some engines, e.g.
// WebKit, fire no error event when a module or the .wasm fails to load).
function failed(error) {
  try { console.error('Clear Signs: the check could not start: ' + error); } catch (e) { /* no console */ }
  showFallback();
}
// A failed start-up script or preload, or an uncaught error before the app is ready.
window.addEventListener('error', function (event) {
  var target = event.target;
  if (target && target !== window && !/^(SCRIPT|LINK)$/.test(target.tagName || '')) return;
  showFallback();
}, true);
window.addEventListener('unhandledrejection', showFallback);
// A slow start is given 15 s; a person answering the page's own first
// question (early-check.js) is not interrupted, and is given 15 s more each time.
function slowStart() {
  if (earlyStep === 'question') window.setTimeout(slowStart, 15000);
  else showFallback();
}
window.setTimeout(slowStart, 15000);
