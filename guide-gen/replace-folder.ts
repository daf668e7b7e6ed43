import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Replaces a folder with a new one, losing nothing if the new one cannot be made: `write` fills a
 * sibling temporary folder, and only when it returns is the old folder moved aside, the new one
 * renamed in and the old one removed. If `write` throws, the old folder is left exactly as it was.
 * The guide (docs/guide/), the built site (build/), the drift report and the baselines are all
 * written this way, so a run that fails half way never leaves half an output.
 *
 * The temporary folders are siblings (one file system, so the swap is a rename) with dot names
 * (the site never publishes them), and carry the process id, so two runs writing the same folder
 * never write into each other's half-made copy; the last to finish wins.
 */
export function replaceFolder(dir: string, write: (temporary: string) => void): void {
  const { fresh, swap, discard } = temporaryFolders(dir);
  try {
    write(fresh);
  } catch (error) {
    discard();
    throw error;
  }
  swap();
}

/** `replaceFolder` for a writer that works asynchronously (a child process building a site). */
export async function replaceFolderAsync(dir: string, write: (temporary: string) => Promise<void>): Promise<void> {
  const { fresh, swap, discard } = temporaryFolders(dir);
  try {
    await write(fresh);
  } catch (error) {
    discard();
    throw error;
  }
  swap();
}

function temporaryFolders(dir: string) {
  const parent = dirname(dir);
  const tag = `${process.pid}-${Date.now().toString(36)}`;
  const fresh = join(parent, `.${basename(dir)}.new-${tag}`);
  const old = join(parent, `.${basename(dir)}.old-${tag}`);
  mkdirSync(fresh, { recursive: true });
  const discard = () => rmSync(fresh, { recursive: true, force: true });
  const swap = () => {
    const hadOld = existsSync(dir);
    if (hadOld) renameSync(dir, old);
    try {
      renameSync(fresh, dir);
    } catch (error) {
      if (hadOld) renameSync(old, dir);
      discard();
      throw new Error(`Could not move the new ${dir} into place (${(error as Error).message}); the previous one is kept.`);
    }
    if (hadOld) rmSync(old, { recursive: true, force: true });
  };
  return { fresh, swap, discard };
}
