// "Start" and the first question before the app arrives (issue 28): on a
// slow connection the person can start and answer while the .wasm loads.
// The page's own start screen (index.html) offers "Start" at once (unless
// the settings leave the check out); the first question is a plain form there. The app takes over
// with takeEarly(): where the person is, what they ticked and the choice
// with the focus (src/domain/early.rs reads it; tests/early_check.rs checks
// the form is the app's). On the standalone page (and in its iframe), and in
// the <clear-signs> widget, which builds the same screens from index.html
// (scripts/early-screens.mjs) and calls earlySetUp with its shadow root. Only
// when nothing is kept from an earlier visit (then the app offers to go on).
// Nothing is stored or sent: the answer lives in the form until the app has it.
// This script runs in the page's head: the form is found once the body is read.
var earlyForm = null;
var earlyActions = null;
var earlyStep = null;
var earlyInWidget = false;
function earlyBoxes() { return earlyForm.querySelectorAll('input[type=checkbox]'); }
function earlyMissing(on) {
  var error = earlyForm.querySelector('[data-cs-early-error]');
  error.hidden = !on;
  var boxes = earlyBoxes();
  for (var i = 0; i < boxes.length; i++) {
    if (on) boxes[i].setAttribute('aria-invalid', 'true');
    else boxes[i].removeAttribute('aria-invalid');
  }
}
// Like the app on a screen change: the new heading has the focus, the page is at its top.
function earlyShow(step) {
  earlyStep = step;
  var start = earlyActions.parentNode;
  start.hidden = step !== 'start';
  earlyForm.hidden = step === 'start';
  var heading = (step === 'start' ? start : earlyForm).querySelector('h1');
  heading.focus();
  // The widget: the heading's first line at the top of what the person sees
  // (its scroll-margin leaves room for a host's sticky header), as the app does.
  if (earlyInWidget) heading.scrollIntoView(true);
  else window.scrollTo(0, 0);
}
// The language the screens show: the page's, or the widget's (the app sets
// it; before, the one embed.js translated them into).
function earlyLanguage() {
  var holder = earlyForm.closest('[lang]');
  return holder ? holder.getAttribute('lang') : firstCode();
}
// Offered at once with the page's settings; settings.json, if it comes and
// leaves the check out, takes the offer back (the app decides from then on).
function earlyOffer(settings) {
  var journeys = settings.journeys;
  var offered = !keptCheck() && !(Array.isArray(journeys) && journeys.indexOf('check') < 0);
  // Once the person has started, the app decides what follows.
  if (root.hasAttribute('data-cs-ready') || (offered ? earlyStep : earlyStep !== 'start')) return;
  earlyStep = offered ? 'start' : null;
  earlyActions.hidden = !offered;
  // While "Start" works, "Loading" would only worry.
  earlyActions.parentNode.querySelector('.cs-loading').hidden = offered;
}
// `scope`: the widget's shadow root (embed.js); none on the page.
function earlySetUp(scope) {
  if (earlyForm || (!scope && window.ClearSignsEmbedded)) return;
  var form = (scope || doc).querySelector('[data-cs-early-question]');
  var actions = (scope || doc).querySelector('[data-cs-early-actions]');
  if (!form || !actions) return;
  earlyForm = form;
  earlyActions = actions;
  earlyInWidget = !!scope;
  var total = Number(earlyForm.querySelector('[data-cs-total]').getAttribute('data-cs-total'));
  earlyForm.querySelector('.cs-bar__fill').style.width = Math.floor(100 / total) + '%';
  earlyOffer(initial);
  choice.then(function (chosen) {
    var file = read(chosen.file);
    if (file && isObject(file.value)) earlyOffer(file.value);
  });
  earlyActions.addEventListener('click', function (event) {
    if (event.target.closest('[data-cs-early-start]')) earlyShow('question');
  });
  earlyForm.querySelector('[data-cs-early-back]').addEventListener('click', function () { earlyShow('start'); });
  // Checkboxes, as in the app: "I'd rather not say" stands alone.
  earlyForm.addEventListener('change', function (event) {
    var box = event.target;
    if (box.checked) {
      var boxes = earlyBoxes();
      for (var i = 0; i < boxes.length; i++) {
        if (boxes[i] !== box && (box.value === 'skip' || boxes[i].value === 'skip')) boxes[i].checked = false;
      }
    }
    earlyMissing(false);
  });
  earlyForm.addEventListener('submit', function (event) {
    event.preventDefault();
    var any = false;
    var boxes = earlyBoxes();
    for (var i = 0; i < boxes.length; i++) any = any || boxes[i].checked;
    if (!any) return earlyMissing(true);
    // The next question comes with the app: say so, calmly.
    earlyStep = 'next';
    var wait = earlyForm.querySelector('[data-cs-early-wait]');
    var texts = strings[earlyLanguage()] || {};
    wait.textContent = texts['ui.loading'] || 'Loading the check…';
  });
}
if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', function () { earlySetUp(); });
else earlySetUp();
// For the app, once: `step|ticked values|focused value`, or null if the
// person never had the page's own "Start". The form is the app's from here.
function takeEarly() {
  var step = earlyStep;
  earlyStep = null;
  if (!step || !earlyForm) return null;
  var ticked = [];
  var focus = '';
  var boxes = earlyBoxes();
  // In the widget, the document's activeElement is the widget itself.
  var active = earlyForm.getRootNode().activeElement;
  for (var i = 0; i < boxes.length; i++) {
    if (boxes[i].checked) ticked.push(boxes[i].value);
    if (active === boxes[i]) focus = boxes[i].value;
  }
  if (!focus && earlyForm.contains(active)) focus = 'heading';
  return step + '|' + ticked.join(',') + '|' + focus;
}
