import { PNG } from 'pngjs';
import type { Screenshot } from '../guide-model';
import { screenshotFromBytes } from '../screenshot-from-bytes';

/** The outline the spec draws around the control to tap (steps/pages/screen-record.ts). */
const TAP_MARK = [0xff, 0x8c, 0x00] as const;
/** A cropped screen is at most this many times as tall as it is wide: about 400 of the phone's 360 CSS px. */
const MOST_HEIGHT_PER_WIDTH = 1.1;
/** Room kept below the last thing on screen, as a share of the width (about 12 CSS px on a 360 px phone). */
const MARGIN_PER_WIDTH = 1 / 30;
/** A crop that saves less than this share of the height is not worth a second image. */
const LEAST_SAVING = 0.15;

/**
 * The part of a phone screenshot a reader needs at a how-to step: the footer, or else the empty
 * page below the last thing on screen, is cut away, and a screen with a control to tap (its orange outline) is cut to
 * the control and what surrounds it, at most about 400 CSS px tall. The width is kept, so every
 * picture on a page shows the portal at one size. The crop carries the whole screenshot
 * (`whole`), for the reader who taps it. Returns the screenshot itself when it is not a PNG, or
 * when the crop would save little.
 */
export function cropScreen(shot: Screenshot): Screenshot {
  if (shot.mediaType !== 'image/png') return shot;
  let png: PNG;
  try {
    png = PNG.sync.read(Buffer.from(shot.bytes));
  } catch {
    return shot;
  }
  const { width, height } = png;
  const footer = footerTop(png);
  const bottom = footer > height * 0.2 ? footer : Math.min(height, contentBottom(png) + Math.round(width * MARGIN_PER_WIDTH));
  const mark = tapMark(png);
  const most = Math.round(width * MOST_HEIGHT_PER_WIDTH);
  let top = 0;
  let end = bottom;
  if (mark && bottom > most) {
    const centre = (mark.top + mark.bottom) / 2;
    top = Math.round(Math.min(Math.max(centre - most / 2, 0), bottom - most));
    end = top + most;
  }
  if (end - top > height * (1 - LEAST_SAVING)) return shot;
  const crop = new PNG({ width, height: end - top });
  png.data.copy(crop.data, 0, top * width * 4, end * width * 4);
  const cropped = screenshotFromBytes(new Uint8Array(PNG.sync.write(crop)), 'image/png');
  return typeof cropped === 'string' ? shot : { ...cropped, whole: shot };
}

/**
 * Where the page's footer starts: the band at the bottom whose left edge has the bottom row's
 * colour all the way down (the portal's grey footer, under its white main part). The footer's
 * links and notice are the same on every screen; the whole screen still shows them.
 */
function footerTop({ width, height, data }: PNG): number {
  const colourAt = (y: number) => data.readUInt32BE(y * width * 4);
  const footer = colourAt(height - 1);
  let y = height - 1;
  while (y > 0 && colourAt(y - 1) === footer) y--;
  return y;
}

/** The last row with anything on it, read up from the bottom: rows of the bottom row's colour are empty. */
function contentBottom({ width, height, data }: PNG): number {
  const at = (height - 1) * width * 4;
  const empty = [data[at], data[at + 1], data[at + 2]];
  for (let y = height - 1; y >= 0; y--) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      if (data[i] !== empty[0] || data[i + 1] !== empty[1] || data[i + 2] !== empty[2]) return y + 1;
    }
  }
  return height;
}

/** The rows the orange tap outline spans, if the screenshot has one. */
function tapMark({ width, height, data }: PNG): { top: number; bottom: number } | undefined {
  let top = -1;
  let bottom = -1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      if (data[i] === TAP_MARK[0] && data[i + 1] === TAP_MARK[1] && data[i + 2] === TAP_MARK[2]) {
        if (top < 0) top = y;
        bottom = y + 1;
        break;
      }
    }
  }
  return top < 0 ? undefined : { top, bottom };
}
