// The header's shortcut to the "Sections" navigation after the screen
// (index.html; shown by main.css once the app is ready): to it, with focus
// on it, so a screen reader says where the person is and the next Tab is
// the first section. Never the link's own #fragment: that would add a
// history entry, and after the exit's replace() Back would return here.
doc.addEventListener('click', function (event) {
  var link = event.target && event.target.closest ? event.target.closest('.cs-to-sections') : null;
  if (!link) return;
  event.preventDefault();
  var nav = doc.getElementById('cs-sections');
  if (!nav) return;
  // Scrolled first (its start at the top, below a sticky header:
  // scroll-padding), so focusing it does not scroll again.
  nav.scrollIntoView(true);
  nav.focus();
});
