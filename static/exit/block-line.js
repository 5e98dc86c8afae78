// The line of the HTML file where a settings block's text begins: the
// newlines before it as the browser keeps the page, plus those the parser
// drops after <!doctype> and <html> if tags have their own lines (a newline
// right after <head> says so).
function blockLine(block) {
  function count(text) { return (text || '').split('\n').length - 1; }
  // The parser keeps every line break from <head> on, but drops the ones
  // after the doctype (and comments before <html>) and between <html> and
  // <head>: guess them from the page's own style. A doctype on its own
  // line: the page breaks lines before its body (in the head or after it;
  // a page squeezed onto one line up to <body> has none). <html> and <head>
  // on separate lines: the head's own first line break comes right after
  // <head>, as "<html>\n<head>\n  <meta>"; "<html lang="en"><head><meta>"
  // on one line has none. (A page written "<html><head>" with a line break
  // right after it reads one line too high: the message quotes the line.)
  var head = doc.head;
  var html = doc.documentElement;
  var broken = !!head && /\n/.test(head.innerHTML);
  for (var t = html && html.firstChild; t && !broken; t = t.nextSibling) {
    if (t.nodeType === 3 && /\n/.test(t.data)) broken = true;
  }
  var lines = doc.doctype && broken ? 1 : 0;
  var first = head && head.firstChild;
  if (first && first.nodeType === 3 && /^[ \t]*\n/.test(first.data)) lines += 1;
  for (var node = block; node && node.nodeType === 1; node = node.parentNode) {
    lines += count(node.cloneNode(false).outerHTML);
    // Elements, text and comments (a doctype has neither); a comment
    // before <html> on its own line.
    for (var s = node.previousSibling; s; s = s.previousSibling) {
      lines += count(s.outerHTML || s.data) + (node === html && s.nodeType === 8 && broken ? 1 : 0);
    }
  }
  return lines + 1;
}
