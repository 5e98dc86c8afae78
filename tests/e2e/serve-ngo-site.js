// An NGO's copy of the release, for the e2e tests: dist/ as it is, with the
// files in tests/e2e/ngo-site/ (their settings.json) beside it, as after they
// upload settings.json once. Nothing is written into dist/.
//   node tests/e2e/serve-ngo-site.js PORT
const http = require('node:http');
const fs = require('node:fs');
const path = require('node:path');

const port = Number(process.argv[2]);
const root = path.join(__dirname, '..', '..');
const folders = [path.join(__dirname, 'ngo-site'), path.join(root, 'dist')];
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm',
  '.json': 'application/json', '.md': 'text/markdown; charset=utf-8', '.txt': 'text/plain' };

http.createServer((request, response) => {
  const name = decodeURIComponent(new URL(request.url, 'http://x').pathname).replace(/^\/+/, '') || 'index.html';
  const file = folders.map((dir) => path.join(dir, name))
    .find((f) => folders.some((dir) => f.startsWith(dir + path.sep)) && fs.existsSync(f) && fs.statSync(f).isFile());
  if (!file) {
    response.writeHead(404, { 'Content-Type': 'text/plain' });
    response.end('not found');
    return;
  }
  response.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-cache' });
  fs.createReadStream(file).pipe(response);
}).listen(port, '127.0.0.1');
