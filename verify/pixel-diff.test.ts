import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PNG } from 'pngjs';
import { comparePngs, UnreadableScreen } from './pixel-diff';

function screen(width: number, height: number, paint?: (x: number, y: number) => boolean): Buffer {
  const png = new PNG({ width, height });
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const dark = paint?.(x, y) ?? false;
      png.data[i] = png.data[i + 1] = png.data[i + 2] = dark ? 0 : 255;
      png.data[i + 3] = 255;
    }
  }
  return PNG.sync.write(png);
}

test('two identical screens differ in no pixel', async () => {
  const diff = await comparePngs(screen(40, 30), screen(40, 30));
  assert.equal(diff.pixels, 0);
  assert.equal(diff.ratio, 0);
});

test('the same bytes are the same screen, painted unchanged when asked', async () => {
  const diff = await comparePngs(screen(40, 30), screen(40, 30));
  assert.deepEqual([diff.pixels, diff.ratio], [0, 0]);
  assert.equal(PNG.sync.read(diff.paint()).height, 30);
});

test('two PNGs of the same pixels in other bytes are compared pixel by pixel, and do not differ', async () => {
  const plain = screen(40, 30);
  const packedOtherwise = PNG.sync.write(PNG.sync.read(plain), { colorType: 2, inputHasAlpha: true });
  assert.notDeepEqual(packedOtherwise, plain);
  const diff = await comparePngs(plain, packedOtherwise);
  assert.equal(diff.pixels, 0);
});

test('a new black box is counted pixel by pixel', async () => {
  const diff = await comparePngs(
    screen(40, 30),
    screen(40, 30, (x, y) => x >= 10 && x < 20 && y >= 10 && y < 20),
  );
  assert.ok(diff.pixels >= 64 && diff.pixels <= 100, `counted ${diff.pixels}`);
  assert.equal(PNG.sync.read(diff.paint()).width, 40);
});

test('a taller screen counts the rows the old one did not have', async () => {
  const diff = await comparePngs(screen(10, 10), screen(10, 12));
  assert.equal(diff.pixels, 20);
});

test('a screen that is not a PNG is reported with its side, not as a decoder error', async () => {
  await assert.rejects(comparePngs(screen(10, 10), Buffer.from('<html>')), (error: Error) => error instanceof UnreadableScreen && error.side === 'after');
  await assert.rejects(
    comparePngs(screen(10, 10).subarray(0, 30), screen(10, 10)),
    (error: Error) => error instanceof UnreadableScreen && error.side === 'before',
  );
});

test('a comparison queues nothing that holds its pixels until the event loop turns', async (t) => {
  // verify compares every flow in one chain of awaits: what waits for the loop waits for the last flow.
  const [before, after] = [screen(40, 30), screen(40, 32, (x, y) => x < 10 && y < 10)];
  const ticks = t.mock.method(process, 'nextTick');
  const diff = await comparePngs(before, after);
  assert.ok(diff.pixels > 0);
  diff.paint();
  assert.equal(ticks.mock.callCount(), 0, 'a comparison queued a tick');
});
