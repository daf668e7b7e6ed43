import { createHash } from 'node:crypto';
import { PNG } from 'pngjs';

const WIDTH = 720;
const HEIGHT = 1560;

/**
 * The stream with each PNG screenshot replaced by a phone-sized one at 2× (720×1560 for the
 * phone's 360×780 CSS px), as the spec takes them: a white page with lines of "text" in a shade
 * of its own (the same original, the same picture), a grey footer, and for a tap (`tap-N…png`)
 * the orange outline round the control. The fixture's own images are 2×2, too small to show
 * what the site does with real screenshots: how it crops them, how big it draws them.
 */
export function withPhoneSizedShots(ndjson: string): string {
  const made = new Map<string, string>();
  return ndjson
    .split('\n')
    .map((line) => {
      if (!line.includes('"image/png"')) return line;
      const envelope = JSON.parse(line);
      const attachment = envelope.attachment;
      if (attachment?.mediaType !== 'image/png' || attachment.contentEncoding !== 'BASE64') return line;
      const tap = /^tap-\d+/.test(attachment.fileName ?? '');
      const key = `${tap}:${attachment.body}`;
      if (!made.has(key)) made.set(key, phoneScreen(createHash('sha1').update(key).digest(), tap).toString('base64'));
      return JSON.stringify({ ...envelope, attachment: { ...attachment, body: made.get(key) } });
    })
    .join('\n');
}

function phoneScreen(seed: Buffer, tap: boolean): Buffer {
  const png = new PNG({ width: WIDTH, height: HEIGHT });
  const ink = [seed[0] % 128, seed[1] % 128, seed[2] % 128];
  const footer = 1000 + (seed[3] % 200);
  for (let y = 0; y < HEIGHT; y++) {
    const line = y < footer && y % 60 >= 20 && y % 60 < 44;
    const outline = tap && y >= 700 && y < 800 && (y < 706 || y >= 794);
    for (let x = 0; x < WIDTH; x++) {
      const i = (y * WIDTH + x) * 4;
      let rgb = y >= footer ? [240, 240, 240] : [255, 255, 255];
      if (line && x >= 32 && x < 32 + ((seed[(y >> 6) % seed.length] * 3) % 640)) rgb = ink;
      if (outline && x >= 24 && x < 696) rgb = [255, 140, 0];
      png.data.set([...rgb, 255], i);
    }
  }
  return PNG.sync.write(png);
}
