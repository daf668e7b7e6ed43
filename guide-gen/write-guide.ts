import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { replaceFolder } from './replace-folder';
import type { GuideFile } from './render-guide';

/** Left in the guide folder so a later run knows the folder is its own to replace. */
export const MARKER_FILE = '.generated-by-guide-gen';

/**
 * Replaces the guide folder with the given files. The folder is generated output, so it is
 * replaced whole (a feature dropped from the spec must not leave its page behind), but only if
 * it is empty or was written by this generator: a mistyped --out must not wipe hand-written docs.
 *
 * The new guide is written beside the old one and swapped in by renames, so a failure halfway
 * (a full disk, a file that cannot be written) leaves the last good guide as it was.
 */
export function writeGuide(outDir: string, files: readonly GuideFile[]): void {
  if (existsSync(outDir) && readdirSync(outDir).length > 0 && !existsSync(join(outDir, MARKER_FILE))) {
    throw new Error(
      `Refusing to replace ${outDir}: it has files the guide generator did not write (no ${MARKER_FILE}). ` +
        'Point --out at an empty folder or at a folder it generated before.',
    );
  }
  try {
    replaceFolder(outDir, (next) => writeFolder(next, files));
  } catch (error) {
    throw new Error(`Could not write the guide to ${outDir}: ${(error as Error).message}. The guide there is left as it was.`);
  }
}

function writeFolder(folder: string, files: readonly GuideFile[]): void {
  writeFileSync(join(folder, MARKER_FILE), 'Generated from a cucumber message stream; replaced on every run.\n');
  for (const file of files) {
    const target = join(folder, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.contents);
  }
}
