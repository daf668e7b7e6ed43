import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { qrCodePng } from './qr-code';

function decode(bytes: Uint8Array): string | undefined {
  const png = PNG.sync.read(Buffer.from(bytes));
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

describe('qrCodePng', () => {
  it('decodes back to the portal address it was made from', () => {
    assert.equal(decode(qrCodePng('https://smt.docomo.ne.jp')), 'https://smt.docomo.ne.jp');
  });

  it('holds a longer address with a path and query just as well', () => {
    const url = 'https://portal.example.jp/support/docomo-id?from=guide&lang=en';
    assert.equal(decode(qrCodePng(url)), url);
  });

  it('is a small square PNG with a white quiet zone', () => {
    const bytes = qrCodePng('https://smt.docomo.ne.jp');
    const png = PNG.sync.read(Buffer.from(bytes));
    assert.equal(png.width, png.height);
    assert.ok(bytes.length < 2048, `${bytes.length} bytes`);
    assert.deepEqual([...png.data.subarray(0, 4)], [255, 255, 255, 255]);
  });
});
