import { createHash } from 'node:crypto';
import type { Attachment } from '@cucumber/messages';
import type { Screenshot } from './GuideModel';

const EXTENSIONS: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg' };

/** True for an attachment the guide shows as a picture (PNG, or JPEG should the run switch). */
export function isScreenshot(attachment: Attachment): boolean {
  return attachment.mediaType in EXTENSIONS;
}

/**
 * Decodes an image attachment. The file name is a content hash, so the same screen seen in
 * several scenarios is stored once and a new run rewrites identical files identically.
 * Returns a reason instead when the attachment cannot be shown.
 */
export function screenshotFromAttachment(attachment: Attachment): Screenshot | string {
  const extension = EXTENSIONS[attachment.mediaType];
  if (!extension) return `media type ${attachment.mediaType} is not an image the guide shows`;
  if (attachment.contentEncoding !== 'BASE64' || typeof attachment.body !== 'string') {
    return `image is not BASE64-encoded (contentEncoding ${String(attachment.contentEncoding)})`;
  }
  const bytes = new Uint8Array(Buffer.from(attachment.body, 'base64'));
  if (bytes.length === 0) return 'image is empty';
  const hash = createHash('sha1').update(bytes).digest('hex').slice(0, 16);
  return {
    fileName: `${hash}.${extension}`,
    mediaType: attachment.mediaType,
    bytes,
    ...pngSize(bytes),
  };
}

/** Width and height from a PNG's IHDR chunk, so the page can reserve the space before loading. */
export function pngSize(bytes: Uint8Array): { width?: number; height?: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  const isPng = bytes.length >= 24 && signature.every((byte, i) => bytes[i] === byte);
  if (!isPng) return {};
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
