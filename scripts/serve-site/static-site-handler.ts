import { existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, OutgoingHttpHeaders, RequestListener } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

const typeOf = (file: string) => TYPES[extname(file)] ?? 'application/octet-stream';

/** Text is sent gzipped; images and fonts are compressed already. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg)/;

type Found = { status: 200 | 404; file: string } | { status: 400 | 404; text: string };

/**
 * The file a request names, the way a static host finds it: `/a` and `/a/` answer with `/a.html`
 * or `/a/index.html`; a path that names none gets the site's 404.html.
 */
function find(root: string, url = '/'): Found {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url, 'http://localhost').pathname);
  } catch {
    return { status: 400, text: `not a path: ${url}` };
  }
  const safe = normalize(join(root, path));
  const outside = safe !== root && !safe.startsWith(root + sep);
  const file = outside
    ? undefined
    : [safe, join(safe, 'index.html'), `${safe}.html`].find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
  if (file) return { status: 200, file };
  const notFound = join(root, '404.html');
  return existsSync(notFound) ? { status: 404, file: notFound } : { status: 404, text: `not found: ${path}` };
}

/**
 * A file's bytes as sent: gzipped (zlib's default level, 6) when it is text and the browser
 * accepts gzip, as every common static host does. Some send brotli instead, smaller again (at its
 * highest level 16% on main.js, 28% on the search index), so the figures here are the cautious ones.
 * Each file is compressed once and kept: the time a page takes to load does not include it.
 */
function gzipOnce() {
  const gzipped = new Map<string, Buffer>();
  return (file: string, request: IncomingMessage): { body: Buffer; encoding?: 'gzip' } => {
    const accepted = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    if (!accepted || !COMPRESSIBLE.test(typeOf(file))) return { body: readFileSync(file) };
    const key = `${file}:${statSync(file).mtimeMs}`;
    if (!gzipped.has(key)) gzipped.set(key, gzipSync(readFileSync(file), { level: 6 }));
    return { body: gzipped.get(key)!, encoding: 'gzip' };
  };
}

/**
 * Docusaurus names every file under /assets/ by its content's hash, so a phone may keep it for a
 * year; pages and the search index keep their names and are checked again each time.
 */
function headers(file: string, url = '/', encoding?: string): OutgoingHttpHeaders {
  const immutable = new URL(url, 'http://localhost').pathname.startsWith('/assets/');
  return {
    'content-type': typeOf(file),
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    vary: 'accept-encoding',
    ...(encoding ? { 'content-encoding': encoding } : {}),
  };
}

/**
 * Answers requests for a built site in a folder, with text compressed as a static host sends it.
 * `docusaurus serve` (serve-handler) compresses nothing, so a page measured through it weighed
 * about 3× what a phone downloads from a real host (846 KB against 264 KB gzipped, median page).
 */
export function staticSiteHandler(root: string): RequestListener {
  const bodyOf = gzipOnce();
  return (request, response) => {
    const found = find(root, request.url);
    if (!('file' in found)) {
      response.writeHead(found.status, { 'content-type': 'text/plain; charset=utf-8' }).end(found.text);
      return;
    }
    const { body, encoding } = bodyOf(found.file, request);
    response.writeHead(found.status, { ...headers(found.file, request.url, encoding), 'content-length': body.length });
    response.end(request.method === 'HEAD' ? undefined : body);
  };
}
