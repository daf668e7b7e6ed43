import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PNG } from 'pngjs';
import { screenshotFromBytes } from '../screenshot-from-bytes';
import type { Screenshot } from '../guide-model';
import { cropScreen } from './crop-screen';

const WIDTH = 60;
const HEIGHT = 130;
type Paint = Array<{ rows: [number, number]; columns?: [number, number]; rgb: [number, number, number] }>;

/** A phone screen: a grey page, with boxes of colour painted on it (the first box listed wins). */
function screen(paint: Paint): Screenshot {
  const png = new PNG({ width: WIDTH, height: HEIGHT });
  for (let y = 0; y < HEIGHT; y++) {
    for (let x = 0; x < WIDTH; x++) {
      const box = paint.find(({ rows, columns = [0, WIDTH] }) => y >= rows[0] && y < rows[1] && x >= columns[0] && x < columns[1]);
      const [r, g, b] = box?.rgb ?? GREY;
      png.data.set([r, g, b, 255], (y * WIDTH + x) * 4);
    }
  }
  const shot = screenshotFromBytes(new Uint8Array(PNG.sync.write(png)), 'image/png');
  assert.ok(typeof shot !== 'string');
  return shot;
}

const rowsOf = (shot: Screenshot) => PNG.sync.read(Buffer.from(shot.bytes));
const TEXT: [number, number, number] = [20, 20, 20];
const WHITE: [number, number, number] = [255, 255, 255];
const GREY: [number, number, number] = [240, 240, 240];
const ORANGE: [number, number, number] = [255, 140, 0];

describe('cropScreen', () => {
  it('cuts away the footer under the page, keeps the width, and carries the whole screen', () => {
    const whole = screen([
      { rows: [10, 30], columns: [10, 50], rgb: TEXT },
      { rows: [0, 60], rgb: WHITE },
      { rows: [80, 84], columns: [20, 40], rgb: TEXT }, // the footer's links, on grey
    ]);
    const crop = cropScreen(whole);
    assert.equal(crop.width, WIDTH);
    assert.equal(crop.height, 60);
    assert.equal(crop.whole, whole);
    assert.notEqual(crop.fileName, whole.fileName);
  });

  it('on a page with no footer, cuts away the empty page below the last thing on it', () => {
    const whole = screen([
      { rows: [5, 40], columns: [10, 50], rgb: TEXT },
      { rows: [0, HEIGHT], rgb: WHITE },
    ]);
    assert.equal(cropScreen(whole).height, 40 + 2); // the content and a margin of a thirtieth of the width
  });

  it('cuts a tall screen with a control to tap to the control and what surrounds it', () => {
    const whole = screen([
      { rows: [100, 104], columns: [10, 50], rgb: ORANGE },
      { rows: [0, 125], columns: [5, 55], rgb: TEXT },
      { rows: [0, HEIGHT], rgb: WHITE },
    ]);
    const crop = cropScreen(whole);
    assert.equal(crop.height, Math.round(WIDTH * 1.1));
    const image = rowsOf(crop);
    const orangeRows = Array.from({ length: image.height }, (_, y) => y).filter((y) => image.data[(y * WIDTH + 20) * 4 + 1] === 140);
    assert.equal(orangeRows.length, 4, 'the outlined control is in the crop');
    assert.ok(orangeRows[0] > 10 && orangeRows[3] < image.height - 10, 'with room above and below it');
  });

  it('leaves a screen that is full to its bottom as it is', () => {
    const whole = screen([{ rows: [0, HEIGHT], rgb: TEXT }]);
    assert.equal(cropScreen(whole), whole);
  });

  it('leaves what is not a PNG as it is', () => {
    const jpeg = { ...screen([]), mediaType: 'image/jpeg' };
    assert.equal(cropScreen(jpeg), jpeg);
  });
});
