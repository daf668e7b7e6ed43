import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PNG } from 'pngjs';
import { shrinkPng } from './shrink-png';

/** An opaque RGB image whose pixel at (x, y) is `colour(x, y)`. */
function png(width: number, height: number, colour: (x: number, y: number) => [number, number, number], alpha = 255): Uint8Array {
  const image = new PNG({ width, height });
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) image.data.set([...colour(x, y), alpha], (y * width + x) * 4);
  }
  return new Uint8Array(PNG.sync.write(image));
}

function pixels(bytes: Uint8Array): number[] {
  return [...PNG.sync.read(Buffer.from(bytes)).data];
}

describe('shrinkPng', () => {
  it('keeps every pixel of a screen with few colours, in fewer bytes', () => {
    const screen = png(120, 200, (x, y) => (y < 30 ? [204, 0, 51] : x % 7 === 0 ? [40, 40, 40] : [255, 255, 255]));
    const shrunk = shrinkPng(screen);
    assert.ok(shrunk.length < screen.length, `${shrunk.length} ≥ ${screen.length}`);
    assert.equal(PNG.sync.read(Buffer.from(shrunk)).width, 120);
    assert.deepEqual(pixels(shrunk), pixels(screen));
  });

  it('keeps a small distinct colour, such as the orange tap outline, among many shades', () => {
    // 600 shades of grey (anti-aliasing) outnumber a 2-pixel orange line.
    const screen = png(600, 40, (x, y) => (y === 20 && x < 2 ? [255, 140, 0] : [x % 256, x % 256, (x * 7) % 256]));
    const outline = PNG.sync.read(Buffer.from(shrinkPng(screen))).data.subarray(20 * 600 * 4, 20 * 600 * 4 + 3);
    assert.deepEqual([...outline], [255, 140, 0]);
  });

  it('gives the same bytes when shrinking what it already shrank', () => {
    const screen = png(120, 200, (x, y) => (y < 30 ? [204, 0, 51] : [x % 200, 255 - (x % 200), (x * y) % 256]));
    const once = shrinkPng(screen);
    assert.notEqual(once, screen, 'the fixture should shrink');
    assert.equal(shrinkPng(once), once);
  });

  it('leaves alone what it cannot improve: transparency, or bytes that are not a PNG', () => {
    const seeThrough = png(50, 50, () => [10, 20, 30], 128);
    assert.equal(shrinkPng(seeThrough), seeThrough);
    const notPng = new Uint8Array([1, 2, 3]);
    assert.equal(shrinkPng(notPng), notPng);
  });
});
