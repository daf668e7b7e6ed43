import { PNG } from 'pngjs';

export interface PixelDiff {
  /** Pixels that differ beyond anti-aliasing and a small colour tolerance. */
  pixels: number;
  /** Share of the larger image's pixels that differ, 0–1. */
  ratio: number;
  /**
   * The difference painted red over a faded copy of the new screen (PNG), encoded when asked: only
   * a changed screen's is shown, and encoding a 2× phone screen takes longer than comparing it.
   */
  paint: () => Buffer;
}

/** A screen that pngjs cannot decode: cut short, corrupt, or not a PNG at all. */
export class UnreadableScreen extends Error {
  constructor(
    readonly side: 'before' | 'after',
    reason: string,
  ) {
    super(`the ${side} screen is not a readable PNG (${reason})`);
  }
}

/**
 * What comparisons found, by pair of screens: the counts, and the diff once painted (the drift
 * report keeps it anyway), never the decoded pixels. A pair is the same two objects, as the run
 * reads each file once and the baseline each screen once.
 */
export type ComparedScreens = WeakMap<Uint8Array, Map<Uint8Array, Compared>>;

interface Compared {
  pixels: number;
  ratio: number;
  painted?: Buffer;
}

/**
 * Compares two screenshots. Anti-aliased pixels are ignored (pixelmatch's `includeAA: false`) and
 * a colour tolerance of 0.1 absorbs font rendering noise; screens of different sizes count every
 * pixel outside their overlap as changed. Byte-identical PNGs are the same screen and are not
 * decoded: most steps of a run show the screen the baseline holds, and decoding and comparing
 * each (720×1560 at 2×) made verify of 193 scenarios take 216–260 s. Nor is a pair `compared`
 * already: the baseline keeps its screens in 256 colours, so a run's are never its bytes, and the
 * 644 steps with a screen in a run of 195 scenarios showed 98 pairs.
 */
export async function comparePngs(before: Uint8Array, after: Uint8Array, compared: ComparedScreens = new WeakMap()): Promise<PixelDiff> {
  const pixelmatch = await loadPixelmatch();
  const compare = () => compareDecoded(pixelmatch, before, after);
  if (isPng(before) && Buffer.compare(before, after) === 0) return { pixels: 0, ratio: 0, paint: () => compare().paint() };
  const known = compared.get(before)?.get(after);
  if (known) return { pixels: known.pixels, ratio: known.ratio, paint: () => (known.painted ??= compare().paint()) };
  const diff = compare();
  const found: Compared = { pixels: diff.pixels, ratio: diff.ratio };
  compared.set(before, (compared.get(before) ?? new Map<Uint8Array, Compared>()).set(after, found));
  return { ...found, paint: () => (found.painted ??= diff.paint()) };
}

// pixelmatch 7 is an ES module; a CommonJS file reaches it through import().
const loadPixelmatch = async () => (await import('pixelmatch')).default;
type Pixelmatch = Awaited<ReturnType<typeof loadPixelmatch>>;

function compareDecoded(pixelmatch: Pixelmatch, before: Uint8Array, after: Uint8Array): PixelDiff {
  const a = decode(before, 'before');
  const b = decode(after, 'after');
  const width = Math.max(a.width, b.width);
  const height = Math.max(a.height, b.height);
  const diff = canvas(width, height);
  const pixels = pixelmatch(padded(a, width, height), padded(b, width, height), diff.data, width, height, {
    threshold: 0.1,
    includeAA: false,
  });
  // The packer reads only the size and the pixels: a plain canvas is all it needs.
  return { pixels, ratio: pixels / (width * height), paint: () => PNG.sync.write(diff as PNG) };
}

/** Pixels as pngjs lays them out: RGBA, row after row. */
type Pixels = Pick<PNG, 'width' | 'height' | 'data'>;

/**
 * A transparent canvas, never `new PNG()`: each PNG is a stream that queues a tick holding it (and
 * its pixels) until the event loop turns, and verify compares every flow in one chain of awaits,
 * so the loop never turned and every diff canvas stayed: 2,802 MiB of them after the 195 flows of
 * a real run (3,028 MiB peak), against 27 MiB when the comparisons began.
 */
const canvas = (width: number, height: number): Pixels => ({ width, height, data: Buffer.alloc(4 * width * height) });

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Starts as a PNG does; a PNG cut short still fails to decode when it is compared with another. */
const isPng = (bytes: Uint8Array) => Buffer.compare(bytes.subarray(0, PNG_SIGNATURE.length), PNG_SIGNATURE) === 0;

function decode(bytes: Uint8Array, side: UnreadableScreen['side']): Pixels {
  try {
    return PNG.sync.read(Buffer.from(bytes));
  } catch (error) {
    throw new UnreadableScreen(side, (error as Error).message);
  }
}

/** The image on a canvas of the given size, transparent outside it. */
function padded(image: Pixels, width: number, height: number): Uint8Array {
  if (image.width === width && image.height === height) return image.data;
  const { data } = canvas(width, height);
  const row = image.width * 4;
  for (let y = 0; y < image.height; y++) image.data.copy(data, y * width * 4, y * row, (y + 1) * row);
  return data;
}
