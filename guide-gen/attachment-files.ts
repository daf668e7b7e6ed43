import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Reads an attachment a stream stores as a file: a path relative to the stream's folder, or a
 * file: URL. Undefined when it is missing, or on another host (nothing is fetched).
 *
 * A file is read once, however many steps attach it: the same screen is attached by many steps
 * (3,496 attachments of 182 files in a run of 193 scenarios), and reading it for each kept a copy
 * of each in memory.
 */
export function loadBeside(folder: string): (url: string) => Uint8Array | undefined {
  const read = new Map<string, Uint8Array | undefined>();
  return (url) => {
    if (/^[a-z][a-z0-9+.-]+:/i.test(url) && !url.startsWith('file:')) return undefined;
    const path = url.startsWith('file:') ? fileURLToPath(url) : resolve(folder, url);
    if (!read.has(path)) read.set(path, readOnce(path));
    return read.get(path);
  };
}

function readOnce(path: string): Uint8Array | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}
