// Trunk post-build hook. Trunk 0.21 runs the hooks of one stage at the same
// time, and both steps edit the staged index.html: one hook runs them in turn.
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

await import('./externalize-boot.mjs');
await import('./exit-strings.mjs');

// The languages other than English, in lang/ beside the app: build.rs packed
// them (clear_signs_content::packing) into the folder .cargo/config.toml
// names as CLEAR_SIGNS_LANG_DIR.
const source = process.env.TRUNK_SOURCE_DIR || '.';
const packed = join(source, 'target', 'clear-signs-lang');
if (!existsSync(join(packed, 'written-by-build-rs'))) {
  throw new Error(`${packed} is missing: build.rs writes it; run the build again (cargo build reruns build.rs when it is gone)`);
}
const lang = join(process.env.TRUNK_STAGING_DIR, 'lang');
mkdirSync(lang, { recursive: true });
for (const file of readdirSync(packed).filter((f) => f.endsWith('.txt'))) {
  copyFileSync(join(packed, file), join(lang, file));
}
// No string from the wasm reaches an HTML or script sink (Trusted Types).
await import('./trusted-types.mjs');
