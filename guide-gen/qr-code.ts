import { PNG } from 'pngjs';
import { create } from 'qrcode';

/**
 * A QR code for the portal's address, as PNG bytes: black modules on white with the four-module
 * quiet zone the standard asks for, so a phone's camera reads it in dark mode too. Pure and
 * synchronous (qrcode's own PNG writer is asynchronous).
 */
export function qrCodePng(text: string, scale = 6): Uint8Array {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const margin = 4;
  const size = (modules.size + 2 * margin) * scale;
  const png = new PNG({ width: size, height: size, colorType: 0, inputColorType: 0, inputHasAlpha: false });
  png.data = Buffer.alloc(size * size, 0xff);
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (!modules.get(row, col)) continue;
      for (let y = 0; y < scale; y++) {
        const start = ((row + margin) * scale + y) * size + (col + margin) * scale;
        png.data.fill(0x00, start, start + scale);
      }
    }
  }
  return new Uint8Array(PNG.sync.write(png, { colorType: 0, inputColorType: 0, inputHasAlpha: false }));
}
