// Trunk post-build hook. Trunk 0.21 runs the hooks of one stage at the same
// time, and both steps edit the staged index.html: one hook runs them in turn.
await import('./externalize-boot.mjs');
await import('./exit-strings.mjs');
// The languages other than English, in lang/ beside the app.
await import('./pack-locales.mjs');
// No string from the wasm reaches an HTML or script sink (Trusted Types).
await import('./trusted-types.mjs');
