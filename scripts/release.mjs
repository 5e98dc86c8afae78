// Packs the release build (dist/) into clear-signs-<version>.zip, for NGOs who
// download and unzip rather than build. Plain Node (zlib): no other tools.
//
//   node scripts/release.mjs [--dist dist] [--out target/release-zip]
//
// The zip holds one folder, clear-signs/, to upload as it is: the release
// build, VERSION, CHANGELOG.md, LICENSE and content/LICENSE, the guides in
// docs/ (hosting, WordPress, checklist, ...), and a .br and
// a .gz beside each text or .wasm file for servers that send precompressed
// files. Beside the zip: clear-signs-<version>.zip.sha256 (`sha256sum -c`).
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const dist = join(root, arg('--dist', 'dist'));
const out = join(root, arg('--out', 'target/release-zip'));

/** Files worth compressing: text and WebAssembly. */
export const COMPRESSIBLE = /\.(html|js|mjs|css|wasm|json|svg|txt|md)$/;
export const FOLDER = 'clear-signs';
/** The guides for whoever puts the check on a site, in clear-signs/docs/. */
/** Files an NGO keeps in the folder across updates: never shipped, even if dist/ has one. */
export const OWN_FILES = ['settings.json', '.htaccess'];
export const GUIDES = ['embedding.md', 'hosting.md', 'wordpress.md', 'checklist.md', 'accessibility.md', 'reporting.md'];

export function version() {
  const cargo = readFileSync(join(root, 'Cargo.toml'), 'utf8');
  const match = cargo.match(/^\[package\][^[]*?^version\s*=\s*"([^"]+)"/ms);
  if (!match) throw new Error('no [package] version in Cargo.toml');
  return match[1];
}

function walk(dir) {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** The release's files: [name inside the zip, bytes], compressed twins included. */
export function entries(distDir, v) {
  if (!existsSync(join(distDir, 'index.html')) || !existsSync(join(distDir, 'clear-signs_bg.wasm'))) {
    throw new Error(`${distDir} holds no release build: run trunk build --release first`);
  }
  const changelog = readFileSync(join(root, 'CHANGELOG.md'), 'utf8');
  if (!changelog.includes(`## ${v}`)) throw new Error(`CHANGELOG.md has no "## ${v}" section`);
  const files = walk(distDir)
    .filter((p) => !/\.(br|gz)$/.test(p))
    .map((p) => relative(distDir, p).split('\\').join('/'))
    // An NGO's own files (settings.json, .htaccess) are never in a release:
    // unzipping a new release over the folder must leave theirs as they are.
    .filter((name) => !OWN_FILES.includes(name))
    .map((name) => [name, readFileSync(join(distDir, name))]);
  files.push(['VERSION', Buffer.from(`${v}\n`)]);
  files.push(['CHANGELOG.md', Buffer.from(changelog)]);
  files.push(['LICENSE', readFileSync(join(root, 'LICENSE'))]);
  files.push(['content/LICENSE', readFileSync(join(root, 'content', 'LICENSE'))]);
  for (const guide of GUIDES) files.push([`docs/${guide}`, readFileSync(join(root, 'docs', guide))]);
  const all = [];
  for (const [name, data] of files) {
    all.push([name, data]);
    if (COMPRESSIBLE.test(name)) {
      all.push([`${name}.br`, zlib.brotliCompressSync(data, {
        params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length },
      })]);
      all.push([`${name}.gz`, zlib.gzipSync(data, { level: 9 })]);
    }
  }
  return all.map(([name, data]) => [`${FOLDER}/${name}`, data]);
}

/** A plain zip (deflate, or stored when deflate does not help). */
export function zip(files, date = new Date()) {
  const dosTime = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1);
  const dosDate = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  const locals = [];
  const central = [];
  let offset = 0;
  for (const [name, data] of files) {
    const nameBytes = Buffer.from(name, 'utf8');
    const deflated = zlib.deflateRawSync(data, { level: 9 });
    const stored = deflated.length >= data.length;
    const body = stored ? data : deflated;
    const crc = zlib.crc32(data);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0800, 6); // UTF-8 names
    header.writeUInt16LE(stored ? 0 : 8, 8);
    header.writeUInt16LE(dosTime, 10);
    header.writeUInt16LE(dosDate, 12);
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(body.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    header.writeUInt16LE(0, 28);
    locals.push(header, nameBytes, body);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(0x0314, 4); // made by Unix, zip 2.0
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(stored ? 0 : 8, 10);
    entry.writeUInt16LE(dosTime, 12);
    entry.writeUInt16LE(dosDate, 14);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(body.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE((0o100644 << 16) >>> 0, 38); // -rw-r--r--
    entry.writeUInt32LE(offset, 42);
    central.push(entry, nameBytes);
    offset += header.length + nameBytes.length + body.length;
  }
  const centralBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(centralBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, centralBytes, end]);
}

/** Build the zip and its checksum file; returns their paths. */
export function release(distDir = dist, outDir = out) {
  const v = version();
  let date = new Date();
  try {
    date = new Date(Number(execFileSync('git', ['log', '-1', '--format=%ct'], { cwd: root }).toString().trim()) * 1000);
  } catch { /* not a git checkout: now */ }
  const bytes = zip(entries(distDir, v), date);
  mkdirSync(outDir, { recursive: true });
  const name = `clear-signs-${v}.zip`;
  const zipPath = join(outDir, name);
  writeFileSync(zipPath, bytes);
  const sum = createHash('sha256').update(bytes).digest('hex');
  const sumPath = `${zipPath}.sha256`;
  writeFileSync(sumPath, `${sum}  ${name}\n`);
  return { zipPath, sumPath, version: v };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { zipPath, sumPath } = release();
  console.log(`${relative(root, zipPath)}\n${relative(root, sumPath)}`);
}
