// Keep an exit in reach while the check is on screen, embedded in a host
// page (standalone, the page's header is sticky and always in view): when
// the header's exit scrolls out of view or is covered (a host's sticky
// header), the same button floats at the bottom of what the person sees.
// `area`: the check's box on the page (the widget), or none in a frame.
function keepInReach(header, button, area) {
  if (!window.IntersectionObserver || !header || !button) return;
  var headerInView = true;
  var clearHere = true; // nothing of this page covers the header (widget: checked below)
  var clearAbove = true; // in a frame: nothing of the pages above covers it
  var visible = null; // in a frame: the part of its viewport on screen
  function update() {
    // Whenever the header's exit is out of view or covered, also while the
    // widget itself is below the first screen (under a title, at large
    // text) or scrolled past: the exit is in reach wherever the person is.
    // In a frame wholly off screen, floating shows nothing: the exit stays
    // in the header, where scrolling the page to the frame finds it.
    var float = !(headerInView && clearHere && clearAbove) && !(framed && !visible);
    button.classList.toggle('cs-exit--float', float);
    // The widget's floating exit goes in the browser's top layer (a manual
    // popover): above anything the host page adds (a cookie banner or a
    // sticky bar at the highest z-index), whatever its stacking.
    if (button.hasAttribute('popover') && button.showPopover) {
      try {
        if (float && !button.matches(':popover-open')) button.showPopover();
        else if (!float && button.matches(':popover-open')) button.hidePopover();
      } catch (e) { /* not connected yet: the next update */ }
    }
    if (float && visible) {
      // Never below the frame's own viewport, even if it just shrank.
      var bottom = Math.min(visible.bottom, window.innerHeight);
      var top = Math.max(visible.top + 8, bottom - button.offsetHeight - 16);
      button.style.setProperty('inset-block-start', Math.round(top) + 'px');
      button.style.setProperty('inset-block-end', 'auto');
    } else {
      button.style.removeProperty('inset-block-start');
      button.style.removeProperty('inset-block-end');
    }
  }
  // Whole header in the top-level viewport (the implicit root also works
  // from a cross-origin frame). Where supported, also whether something of
  // the pages above covers it (IntersectionObserver v2).
  var options = { threshold: [0, 1] };
  if (framed) { options.trackVisibility = true; options.delay = 100; }
  new IntersectionObserver(function (entries) {
    var entry = entries[entries.length - 1];
    headerInView = entry.intersectionRatio >= 0.99;
    // In a frame, only v2 can tell whether the host page covers the header
    // (a sticky site header often does). Without it (isVisible undefined:
    // Firefox, Safari), assume it might be covered: the exit floats.
    if (framed) clearAbove = entry.isVisible === true;
    update();
  }, options).observe(header);
  if (area) {
    // On the widget's own page we can see what covers the header.
    var pending = false;
    var check = function () {
      pending = false;
      var r = header.getBoundingClientRect();
      var y = r.top + Math.min(r.height / 2, 24);
      var clear = [r.left + 8, r.right - 8].every(function (x) {
        if (y < 0 || y > window.innerHeight) return true; // out of view: the observer decides
        var hit = doc.elementFromPoint(x, y);
        return !hit || hit === area || area.contains(hit);
      });
      if (clear !== clearHere) { clearHere = clear; update(); }
    };
    var soon = function () { if (!pending) { pending = true; window.requestAnimationFrame(check); } };
    window.addEventListener('scroll', soon, { passive: true, capture: true });
    window.addEventListener('resize', soon, { passive: true });
    soon();
  }
  // In a frame (the iframe, or a widget on a page that is itself framed),
  // "fixed at the bottom" is the bottom of the frame, which may be off
  // screen: float at the bottom of the part of the frame that is on screen.
  // A probe the size of the frame's viewport tells which part that is.
  if (framed) {
    var probe = doc.createElement('div');
    probe.className = 'cs-viewport-probe';
    probe.setAttribute('aria-hidden', 'true');
    // Set here, not by class: a widget's styles stay in its shadow root.
    [['position', 'fixed'], ['inset', '0'], ['visibility', 'hidden'], ['pointer-events', 'none']]
      .forEach(function (p) { probe.style.setProperty(p[0], p[1]); });
    doc.body.appendChild(probe);
    var steps = [];
    for (var i = 0; i <= 200; i++) steps.push(i / 200);
    var seen = new IntersectionObserver(function (entries) {
      var entry = entries[entries.length - 1];
      visible = entry.isIntersecting ? entry.intersectionRect : null;
      update();
    }, { threshold: steps });
    seen.observe(probe);
    // A frame resized while wholly on screen crosses no threshold:
    // observe again for a fresh measure.
    window.addEventListener('resize', function () {
      update();
      seen.unobserve(probe);
      seen.observe(probe);
    }, { passive: true });
  }
}
if (framed && !window.ClearSignsEmbedded) {
  root.classList.add('cs-framed');
  var inFrame = function () {
    var header = doc.querySelector('body > .cs-header');
    keepInReach(header, header && header.querySelector('[data-cs-exit]'), null);
  };
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', inFrame);
  else inFrame();
}
