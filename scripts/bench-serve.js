// A static server for the benchmark, as two kinds of NGO host serve the
// release: `plain` sends every file as it is (like nginx's defaults for
// .wasm), `brotli` sends text and .wasm brotli-compressed (like a host that
// compresses, or one serving the release's precompressed .br files).
// Usage: node scripts/bench-serve.js DIST PORT plain|brotli
'use strict';
const http = require('node:http');
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const [distArg, port, mode] = process.argv.slice(2);
const dist = path.resolve(distArg || '.');
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.wasm': 'application/wasm', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.txt': 'text/plain; charset=utf-8',
};
const cache = new Map();

function body(file) {
  if (mode !== 'brotli') return { data: fs.readFileSync(file) };
  if (!cache.has(file)) {
    // A precompressed file beside it wins, as a well-set host would use it.
    const pre = file + '.br';
    const data = fs.existsSync(pre) ? fs.readFileSync(pre) : zlib.brotliCompressSync(fs.readFileSync(file), {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY },
    });
    cache.set(file, data);
  }
  return { data: cache.get(file), encoding: 'br' };
}

http.createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  let file = path.join(dist, decodeURIComponent(url.pathname));
  if (!file.startsWith(path.resolve(dist))) { res.writeHead(403).end(); return; }
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (!fs.existsSync(file)) { res.writeHead(404).end(); return; }
  const { data, encoding } = body(file);
  const headers = { 'Content-Type': types[path.extname(file)] || 'application/octet-stream', 'Content-Length': data.length };
  if (encoding) { headers['Content-Encoding'] = encoding; headers.Vary = 'Accept-Encoding'; }
  res.writeHead(200, headers).end(data);
}).listen(Number(port), '127.0.0.1');
