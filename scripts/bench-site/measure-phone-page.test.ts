import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright';
import { PNG } from 'pngjs';
import { launchChromium } from '../../common/browser';
import { serveStatic } from '../../guide-gen/testing/serve-static';
import { measurePhonePage, type PageFigures } from './measure-phone-page';

/** A page five screens tall: a script and an image at the top, a lazy image at the bottom. */
function writeSite(folder: string): void {
  const png = PNG.sync.write(new PNG({ width: 40, height: 40 }));
  writeFileSync(join(folder, 'top.png'), png);
  writeFileSync(join(folder, 'far.png'), png);
  writeFileSync(join(folder, 'app.js'), `window.app = ${JSON.stringify('x'.repeat(20_000))};`);
  writeFileSync(
    join(folder, 'index.html'),
    '<!doctype html><html><head><meta name="viewport" content="width=device-width"><script src="/app.js"></script></head>' +
      '<body style="margin:0"><img src="/top.png" width="40" height="40"><div style="height:4000px"></div>' +
      '<img src="/far.png" loading="lazy" width="40" height="40"></body></html>',
  );
}

describe('measuring a page as a phone', { timeout: 60_000 }, () => {
  let folder: string;
  let server: { url: string; close: () => Promise<void> };
  let browser: Browser;
  let figures: PageFigures;
  const paths = (transfers: PageFigures['onLoad']) => transfers.map((transfer) => new URL(transfer.url).pathname).sort();

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'bench-site-'));
    writeSite(folder);
    server = await serveStatic(folder);
    browser = await launchChromium();
    figures = await measurePhonePage(browser, `${server.url}/`);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('counts on load what the first screen needs, and not the lazy image further down', () => {
    assert.deepEqual(paths(figures.onLoad), ['/', '/app.js', '/top.png']);
  });

  it('counts the lazy image once the page has been scrolled to its bottom', () => {
    assert.deepEqual(paths(figures.afterScroll), ['/', '/app.js', '/far.png', '/top.png']);
  });

  it('counts the bytes the phone received for each file, compressed as served, and the file as decoded', () => {
    const script = figures.onLoad.find((transfer) => transfer.url.endsWith('/app.js'));
    assert.ok(script && script.bytes >= 20_000 && script.bytes < 20_200, `app.js: ${script?.bytes} bytes`);
    assert.equal(script.kind, 'js');
    assert.ok(script.transferredBytes > 100 && script.transferredBytes < 1_000, `app.js over the wire: ${script.transferredBytes} bytes`);
    const image = figures.onLoad.find((transfer) => transfer.url.endsWith('/top.png'))!;
    assert.ok(image.transferredBytes > image.bytes, `top.png: ${image.transferredBytes} bytes sent for ${image.bytes}: its headers are not counted`);
  });

  it('measures the height of the whole page', () => {
    assert.ok(figures.heightPx >= 4040 && figures.heightPx < 4100, `${figures.heightPx} px`);
  });
});
