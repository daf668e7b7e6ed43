import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder, beside a message stream, where its images are stored as files (`./attachments/<hash>.png`). */
export const ATTACHMENTS_FOLDER = 'attachments';

/**
 * Reads an attachment a stream stores as a file: a path relative to the stream's folder, or a
 * file: URL. Undefined when it is missing, or on another host (nothing is fetched).
 */
export function loadBeside(folder: string): (url: string) => Uint8Array | undefined {
  return (url) => {
    if (/^[a-z][a-z0-9+.-]+:/i.test(url) && !url.startsWith('file:')) return undefined;
    try {
      return readFileSync(url.startsWith('file:') ? fileURLToPath(url) : resolve(folder, url));
    } catch {
      return undefined;
    }
  };
}
