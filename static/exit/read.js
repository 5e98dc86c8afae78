// Settings text read as JSON as the app does (config::read_json in the
// Rust): as written; else curly quotes as straight ones. The first valid
// reading: { value, text, curly }, or null. The rule's text is written in at
// build time from scripts/facts.mjs `readJson` (the configurator gets the
// same); it and the Rust pass one table, tests/facts/lenient-json.json.
var read = '@CS_READ_JSON@';
