import { deflateSync } from 'node:zlib';
import { PNG } from 'pngjs';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Colours this close (per channel) to one already in the palette wait until the distinct ones are in. */
const NEAR = 12;

/**
 * A screenshot as a 256-colour palette PNG, which is what a portal's flat screens need: measured
 * on a full run, 178 screenshots (a median of 759 colours each, most of them anti-aliasing
 * shades of the text) went from 7.8 MiB to 3.4 MiB, with no difference to see. The palette takes
 * the most frequent colours, distinct ones first so that a small orange tap outline or a red
 * warning keeps its own colour; every other colour becomes its nearest palette colour.
 * Returns the input when it is not an opaque PNG, when it is a palette PNG already (so shrinking
 * twice gives the same bytes), or when the palette version is not smaller.
 */
export function shrinkPng(bytes: Uint8Array): Uint8Array {
  // Already a palette PNG (colour type 3 in IHDR): shrinking it again would only re-encode the
  // same pixels into other bytes, and the baseline names its screens by their bytes.
  if (isPalettePng(bytes)) return bytes;
  let png: PNG;
  try {
    png = PNG.sync.read(Buffer.from(bytes));
  } catch {
    return bytes;
  }
  const { width, height, data } = png;
  const colours = new ColourTable();
  const seen: number[] = []; // each colour once, in the order first met: the palette's tie-break
  for (let i = 0; i < data.length; i += 4) {
    if (data[i + 3] !== 255) {
      colours.clear(seen);
      return bytes; // transparency needs an alpha palette; screenshots have none
    }
    const rgb = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
    if (colours.count[rgb]++ === 0) seen.push(rgb);
  }
  const palette = choosePalette(new Map(seen.map((rgb) => [rgb, colours.count[rgb]])));
  palette.forEach((rgb, i) => (colours.entry[rgb] = i + 1));
  const raw = Buffer.alloc((width + 1) * height);
  let at = 0;
  for (let y = 0; y < height; y++) {
    raw[at++] = 0; // filter "none": the one that suits palette images
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const rgb = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
      let entry = colours.entry[rgb];
      if (entry === 0) colours.entry[rgb] = entry = nearest(palette, rgb) + 1;
      raw[at++] = entry - 1;
    }
  }
  colours.clear(seen);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8); // 8 bits per index, palette colour, deflate, adaptive filters, no interlace
  const plte = Buffer.alloc(palette.length * 3);
  palette.forEach((rgb, i) => plte.set([rgb >> 16, (rgb >> 8) & 255, rgb & 255], i * 3));
  const shrunk = Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('PLTE', plte),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return shrunk.length < bytes.length ? new Uint8Array(shrunk) : bytes;
}

/**
 * Per 24-bit colour, its count and its palette entry (plus one; 0 is none yet), in two arrays
 * made once and wiped after each image (only the colours it used): a Map per image made a 2×
 * screenshot (1.1 million pixels) take 213 ms to shrink.
 */
class ColourTable {
  private static shared?: { count: Uint32Array; entry: Uint16Array };
  readonly count: Uint32Array;
  readonly entry: Uint16Array;
  constructor() {
    ColourTable.shared ??= { count: new Uint32Array(1 << 24), entry: new Uint16Array(1 << 24) };
    ({ count: this.count, entry: this.entry } = ColourTable.shared);
  }
  clear(seen: readonly number[]): void {
    for (const rgb of seen) {
      this.count[rgb] = 0;
      this.entry[rgb] = 0;
    }
  }
}

function choosePalette(counts: Map<number, number>): number[] {
  const byFrequency = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([rgb]) => rgb);
  if (byFrequency.length <= 256) return byFrequency;
  const palette: number[] = [];
  const chosen = new Set<number>();
  for (const rgb of byFrequency) {
    if (palette.length === 256) break;
    if (!palette.some((other) => distance(rgb, other, NEAR))) {
      palette.push(rgb);
      chosen.add(rgb);
    }
  }
  for (const rgb of byFrequency) {
    if (palette.length === 256) break;
    if (!chosen.has(rgb)) palette.push(rgb);
  }
  return palette;
}

/** True when every channel differs by less than `limit`. */
function distance(a: number, b: number, limit: number): boolean {
  return Math.abs((a >> 16) - (b >> 16)) < limit && Math.abs(((a >> 8) & 255) - ((b >> 8) & 255)) < limit && Math.abs((a & 255) - (b & 255)) < limit;
}

/** The palette entry closest to a colour, weighted the way the eye weighs red, green and blue. */
function nearest(palette: readonly number[], rgb: number): number {
  let best = 0;
  let bestDistance = Number.POSITIVE_INFINITY;
  palette.forEach((entry, i) => {
    const r = (rgb >> 16) - (entry >> 16);
    const g = ((rgb >> 8) & 255) - ((entry >> 8) & 255);
    const b = (rgb & 255) - (entry & 255);
    const d = 2 * r * r + 4 * g * g + 3 * b * b;
    if (d < bestDistance) [best, bestDistance] = [i, d];
  });
  return best;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function chunk(type: string, body: Buffer): Buffer {
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), body]);
  let crc = 0xffffffff;
  for (const byte of typed) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  const out = Buffer.alloc(4 + typed.length + 4);
  out.writeUInt32BE(body.length, 0);
  typed.copy(out, 4);
  out.writeUInt32BE((crc ^ 0xffffffff) >>> 0, 4 + typed.length);
  return out;
}

/** A PNG whose IHDR says colour type 3 (indexed): byte 25, after the signature, IHDR's length and type, width, height and bit depth. */
function isPalettePng(bytes: Uint8Array): boolean {
  return bytes.length > 25 && SIGNATURE.every((byte, i) => bytes[i] === byte) && bytes[25] === 3;
}
