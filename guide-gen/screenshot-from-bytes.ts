import { createHash } from 'node:crypto';
import type { Screenshot } from './guide-model';

const EXTENSIONS: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg' };
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_SIGNATURE = [0xff, 0xd8, 0xff];

/**
 * An image for the guide from an attachment's bytes. The file name is a content hash, so the
 * same screen seen in several scenarios is stored once and a new run rewrites identical files
 * identically. Returns a reason instead when the bytes are not the image they claim to be (a
 * browser could not show it, and the build would ship a broken picture).
 */
export function screenshotFromBytes(bytes: Uint8Array, mediaType: string): Screenshot | string {
  const extension = EXTENSIONS[mediaType];
  if (!extension) return `media type ${mediaType} is not an image the guide shows`;
  if (bytes.length === 0) return 'the image is empty';
  const signature = extension === 'png' ? PNG_SIGNATURE : JPEG_SIGNATURE;
  if (!signature.every((byte, i) => bytes[i] === byte)) return `the bytes are not a ${extension.toUpperCase()} image`;
  const hash = createHash('sha1').update(bytes).digest('hex').slice(0, 16);
  return { fileName: `${hash}.${extension}`, mediaType, bytes, ...(extension === 'png' ? pngSize(bytes) : jpegSize(bytes)) };
}

/** Width and height from a PNG's IHDR chunk, so the page can reserve the space before loading. */
export function pngSize(bytes: Uint8Array): { width?: number; height?: number } {
  const isPng = bytes.length >= 24 && PNG_SIGNATURE.every((byte, i) => bytes[i] === byte);
  if (!isPng) return {};
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Width and height from a JPEG's start-of-frame segment; nothing when there is none. */
function jpegSize(bytes: Uint8Array): { width?: number; height?: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 2;
  while (at + 9 < bytes.length && bytes[at] === 0xff) {
    const marker = bytes[at + 1];
    // SOF0…SOF15 carry the size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not.
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      return { height: view.getUint16(at + 5), width: view.getUint16(at + 7) };
    }
    at += 2 + view.getUint16(at + 2);
  }
  return {};
}
