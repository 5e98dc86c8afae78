// The quick exit's one shipped file, exit.js, from its parts in static/exit/.
// It must stay one small classic script that loads before the app and works
// without it (index.html and embed.js load it), so the parts are not modules:
// each is a run of plain ES5 statements, and the build joins them, in the
// order below, inside one function scope ('use strict'), where they share
// their variables (core.js defines the common ones). The order is the order
// they run in at load. Lines that hold only a // comment are left out of
// the shipped file (everyone fetches it before the check shows; the
// sources keep them): safe, as no part has a template literal or a string
// continued over lines. scripts/exit-strings.mjs then fills the @CS_…@
// markers, as in embed.js and index.html. tests/facts checks that every file
// in static/exit/ is listed here, that each parses on its own, and the rest.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const EXIT_PARTS = [
  'core.js', //            the page, the safe-URL rule, the default page, framed or not
  'read.js', //            settings text read as JSON, leniently (curly quotes)
  'block-line.js', //      the line of the page a settings block starts on
  'destination.js', //     the embedder's exit options, the place, the exit links
  'wipe.js', //            removing the check's keys from storage
  'leave.js', //           the exit itself: hide, wipe, tell, leave
  'triggers.js', //        clicks, Space, Esc and Shift x3; back-forward cache
  'sections-link.js', //   the header's shortcut to the Sections navigation
  'language.js', //        the languages offered and the pick from the browser's
  'translate.js', //       the static texts in the page's language
  'wipe-requests.js', //   wipes asked for by the host page or another tab
  'keep-in-reach.js', //   the floating exit while the header is out of view
  'fallback.js', //        the calm fallback page when the app cannot start
  'settings-file.js', //   settings.json, fetched for the app
  'early-check.js', //    "Start" and the first question before the app
  'notice.js', //          the embedder's debug notice
  'api.js', //             window.ClearSignsExit
];

/** The text of exit.js with its markers still in (see scripts/facts.mjs `markers`). */
export function assembleExit(root) {
  const parts = EXIT_PARTS.map((name) => {
    const text = readFileSync(join(root, 'static', 'exit', name), 'utf8');
    return `// ---- static/exit/${name}\n${text.replace(/^[ \t]*\/\/.*\n/gm, '').replace(/\n*$/, '\n')}`;
  });
  return '/* Clear Signs quick exit. Built by scripts/exit-assemble.mjs from static/exit/*.js: edit those. */\n' +
    `(function () {\n'use strict';\n${parts.join('\n')}})();\n`;
}
