import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { GuideFile } from './renderGuide';

/** Left in the guide folder so a later run knows the folder is its own to replace. */
export const MARKER_FILE = '.generated-by-guide-gen';

/**
 * Replaces the guide folder with the given files. The folder is generated output, so it is
 * wiped first (a feature dropped from the spec must not leave its page behind), but only if
 * it is empty or was written by this generator: a mistyped --out must not wipe hand-written docs.
 */
export function writeGuide(outDir: string, files: readonly GuideFile[]): void {
  if (existsSync(outDir) && readdirSync(outDir).length > 0 && !existsSync(join(outDir, MARKER_FILE))) {
    throw new Error(
      `Refusing to replace ${outDir}: it has files the guide generator did not write (no ${MARKER_FILE}). ` +
        'Point --out at an empty folder or at a folder it generated before.',
    );
  }
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, MARKER_FILE), 'Generated from a cucumber message stream; replaced on every run.\n');
  for (const file of files) {
    const target = join(outDir, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.contents);
  }
}
