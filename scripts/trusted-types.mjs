// Trunk post-build hook (via post-build.mjs): the widget must run on a host
// page that enforces Trusted Types (`require-trusted-types-for 'script'`),
// where the browser refuses a plain string in any HTML or script sink (the
// check would stop there). So the app never gives one a string:
// - its JavaScript glue (wasm-bindgen's clear-signs.js, one small function
//   for each browser call the wasm makes) holds no such sink, except
//   innerHTML, which tachys links in for the `inner_html` attribute;
// - so the app uses neither that attribute nor `template!`, and the wasm
//   holds no fixed markup: a `view!` element with only fixed attributes and
//   text is built by Leptos from its HTML through `<template>.innerHTML`.
//   Build such an element node by node: see "Trusted Types" in src/ui.rs.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this as a Trunk hook');
const problems = [];

const glue = readFileSync(join(dir, 'clear-signs.js'), 'utf8');
const SINKS = [
  [/\.outerHTML\s*=(?!=)/, 'outerHTML set'],
  [/\b(?:insertAdjacentHTML|setHTMLUnsafe|createContextualFragment|parseFromString|srcdoc)\b/, 'HTML parsed from a string'],
  [/\bdocument\.(?:write|writeln)\b/, 'document.write'],
  [/\bnew Function\b|\beval\(/, 'code made from a string'],
  [/new (?:Shared)?Worker\(getStringFromWasm0/, 'a worker started from a plain string (use the TrustedScriptURL embed.js makes)'],
  [/\.src\s*=\s*getStringFromWasm0/, 'a script address set from a plain string'],
];
for (const [re, what] of SINKS) if (re.test(glue)) problems.push(`clear-signs.js: ${what}`);
const innerHtml = glue.match(/\.innerHTML\s*=(?!=)/g) || [];
const importOnly = /__wbg_set_innerHTML_[0-9a-f]+: function\(arg0, arg1, arg2\) \{\s*arg0\.innerHTML = getStringFromWasm0\(arg1, arg2\);/;
if (innerHtml.length > 1 || (innerHtml.length === 1 && !importOnly.test(glue))) {
  problems.push('clear-signs.js: innerHTML set other than by web-sys\'s Element::set_inner_html');
}

// An InertElement's HTML, as leptos_macro writes it: `<tag attr="…">`.
const wasm = readFileSync(join(dir, 'clear-signs_bg.wasm')).toString('latin1');
const markup = [...new Set(wasm.match(/<[a-z][a-z0-9-]*(?: [a-z][a-z0-9:_-]*(?:="[^"<>]*")?)*\/?>/g) || [])];
if (markup.length) problems.push(`fixed markup in the wasm, set through innerHTML: ${markup.slice(0, 5).join(' ')}`);

const src = join(import.meta.dirname, '..', 'src');
for (const file of readdirSync(src, { recursive: true }).filter((f) => f.endsWith('.rs'))) {
  const text = readFileSync(join(src, file), 'utf8');
  if (/\binner_html\b|\btemplate!/.test(text)) problems.push(`src/${file}: inner_html or template! (set through innerHTML)`);
}

if (problems.length) {
  throw new Error('the widget would stop on a host page that enforces Trusted Types ' +
    '(see "Trusted Types" in src/ui.rs):\n  ' + problems.join('\n  '));
}
