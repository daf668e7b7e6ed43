import { PNG } from 'pngjs';

export interface PixelDiff {
  /** Pixels that differ beyond anti-aliasing and a small colour tolerance. */
  pixels: number;
  /** Share of the larger image's pixels that differ, 0–1. */
  ratio: number;
  /** The difference painted red over a faded copy of the new screen (PNG). */
  image: Buffer;
}

/** A screen that pngjs cannot decode: cut short, corrupt, or not a PNG at all. */
export class UnreadableScreen extends Error {
  constructor(readonly side: 'before' | 'after', reason: string) {
    super(`the ${side} screen is not a readable PNG (${reason})`);
  }
}

/**
 * Compares two screenshots. Anti-aliased pixels are ignored (pixelmatch's `includeAA: false`) and
 * a colour tolerance of 0.1 absorbs font rendering noise; screens of different sizes count every
 * pixel outside their overlap as changed.
 */
export async function comparePngs(before: Uint8Array, after: Uint8Array): Promise<PixelDiff> {
  // pixelmatch 7 is an ES module; a CommonJS file reaches it through import().
  const { default: pixelmatch } = await import('pixelmatch');
  const a = decode(before, 'before');
  const b = decode(after, 'after');
  const width = Math.max(a.width, b.width);
  const height = Math.max(a.height, b.height);
  const diff = new PNG({ width, height });
  const pixels = pixelmatch(padded(a, width, height), padded(b, width, height), diff.data, width, height, {
    threshold: 0.1,
    includeAA: false,
  });
  return { pixels, ratio: pixels / (width * height), image: PNG.sync.write(diff) };
}

function decode(bytes: Uint8Array, side: UnreadableScreen['side']): PNG {
  try {
    return PNG.sync.read(Buffer.from(bytes));
  } catch (error) {
    throw new UnreadableScreen(side, (error as Error).message);
  }
}

/** The image on a canvas of the given size, transparent outside it. */
function padded(image: PNG, width: number, height: number): Uint8Array {
  if (image.width === width && image.height === height) return image.data;
  const canvas = new PNG({ width, height });
  PNG.bitblt(image, canvas, 0, 0, image.width, image.height, 0, 0);
  return canvas.data;
}
