import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { staticSiteHandler } from './static-site-handler';

const SCRIPT = `console.log(${JSON.stringify('x'.repeat(5000))});`;

/** A GET through node:http, which neither asks for compression unless told nor decodes it: the bytes as sent. */
function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

describe('the static site server', () => {
  let folder: string;
  let server: Server;
  let base: string;

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'static-site-'));
    mkdirSync(join(folder, 'assets', 'js'), { recursive: true });
    mkdirSync(join(folder, 'guide'));
    writeFileSync(join(folder, 'assets', 'js', 'main.1234.js'), SCRIPT);
    writeFileSync(join(folder, 'guide', 'wifi.html'), '<h1>Wi-Fi</h1>');
    writeFileSync(join(folder, 'index.html'), '<h1>Start</h1>');
    writeFileSync(join(folder, '404.html'), '<h1>Not here</h1>');
    writeFileSync(join(folder, 'shot.png'), Buffer.alloc(3000));
    server = createServer(staticSiteHandler(folder));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  after(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(folder, { recursive: true, force: true });
  });

  it('sends text gzipped to a browser that accepts gzip, and as it is to one that does not', async () => {
    const gzipped = await get(`${base}/assets/js/main.1234.js`, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    assert.equal(gzipped.headers['content-encoding'], 'gzip');
    assert.ok(gzipped.body.length < 200, `${gzipped.body.length} bytes`);
    assert.equal(gunzipSync(gzipped.body).toString(), SCRIPT);
    const plain = await get(`${base}/assets/js/main.1234.js`);
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(plain.body.toString(), SCRIPT);
  });

  it('sends images as they are: they are compressed already', async () => {
    const image = await get(`${base}/shot.png`, { 'accept-encoding': 'gzip' });
    assert.equal(image.headers['content-encoding'], undefined);
    assert.equal(image.headers['content-type'], 'image/png');
    assert.equal(image.body.length, 3000);
  });

  it('lets a phone keep the hashed files under /assets/ and asks it to check pages again', async () => {
    assert.equal((await get(`${base}/assets/js/main.1234.js`)).headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.equal((await get(`${base}/guide/wifi`)).headers['cache-control'], 'no-cache');
  });

  it('answers /a with a.html and / with index.html, as a static host does', async () => {
    assert.equal((await get(`${base}/guide/wifi`)).body.toString(), '<h1>Wi-Fi</h1>');
    assert.equal((await get(`${base}/`)).body.toString(), '<h1>Start</h1>');
  });

  it('answers a path that names no file, or one outside the folder, with the site’s 404 page', async () => {
    for (const path of ['/guide/nothing', '/..%2f..%2fetc/passwd']) {
      const missing = await get(`${base}${path}`);
      assert.equal(missing.status, 404, path);
      assert.equal(missing.body.toString(), '<h1>Not here</h1>', path);
    }
  });
});
