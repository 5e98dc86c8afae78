// The browser's time zone, read off the page's thread: a page's first
// Intl.DateTimeFormat sets up the time-zone data, which would hold up the
// check's start (src/browser/locale.rs). It is used only on this device, to
// suggest the place; nothing is sent.
postMessage(new Intl.DateTimeFormat().resolvedOptions().timeZone);
