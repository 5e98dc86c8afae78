// Trunk post-build hook: move Trunk's inline start-up <script type="module">
// into its own file, so the Content-Security-Policy needs no 'unsafe-inline'.
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this as a Trunk hook');
const file = join(dir, 'index.html');
const html = readFileSync(file, 'utf8');
const inline = /<script type="module">([\s\S]*?)<\/script>/;
const match = html.match(inline);
if (!match) throw new Error('no inline module script found in index.html');
const code = match[1].trim() + '\n';
const name = `boot-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
writeFileSync(join(dir, name), code);
writeFileSync(file, html.replace(inline, `<script type="module" src="./${name}"></script>`));
// Only JSON data blocks (the configuration) may stay inline: they never run.
if (/<script(?![^>]*\bsrc=)(?![^>]*type="application\/json")[^>]*>/.test(readFileSync(file, 'utf8'))) {
  throw new Error('an inline script is still in index.html');
}
