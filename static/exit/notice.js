// For the embedder only, when they ask (debug): their settings' problems
// in a notice they can dismiss, before `before` in `parent`. English only.
function notice(problems, parent, before, flag) {
  function add(tag, text, to) {
    var el = doc.createElement(tag);
    el.textContent = text || '';
    return (to || box).appendChild(el);
  }
  var box = doc.createElement('div');
  box.className = 'cs-config-notice';
  box.setAttribute('role', 'status');
  add('p', problems.length ? 'Clear Signs settings (shown because of ' + flag + '; remove it before going live):'
    : 'Clear Signs settings: no problems found. Remove ' + flag + ' before going live.');
  var list = add('ul');
  problems.forEach(function (p) { add('li', p, list); });
  var close = add('button', 'Dismiss');
  close.type = 'button';
  close.className = 'cs-button cs-button--secondary';
  close.addEventListener('click', function () {
    box.remove();
    var heading = parent.querySelector('h1');
    if (heading) heading.focus();
  });
  parent.insertBefore(box, before);
}
