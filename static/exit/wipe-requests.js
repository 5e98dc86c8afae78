// In a frame: the host page exited (Shift x3 pressed on it): keep nothing
// stored here either, and write nothing more. Only from the page that
// holds this frame, in a message the browser delivered.
if (framed) {
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!event.isTrusted || event.source !== window.parent || !data || data.type !== 'clear-signs-wipe') return;
    root.classList.add('cs-exiting');
    wipe('sessionStorage');
    wipe('localStorage');
    try { window.dispatchEvent(new Event(MESSAGE)); } catch (e) { /* app gone */ }
  });
}

// Another tab of the check exited: keep nothing stored, and tell the app
// to forget what this one holds (the same event as an exit here; the app
// opens no channel of its own, which would slow its start).
if (channel) {
  channel.addEventListener('message', function (event) {
    if (event.data !== MESSAGE) return;
    wipe('sessionStorage');
    wipe('localStorage');
    try { window.dispatchEvent(new Event(MESSAGE)); } catch (e) { /* app gone */ }
  });
}
