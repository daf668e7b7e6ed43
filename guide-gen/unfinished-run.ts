import type { GuideFile } from './render-guide';

/**
 * Heads every page of a guide made from a run that stopped before its end (its stream has no
 * testRunFinished): what it did not reach has no result, so the pages must not read as a full check.
 */
export const UNFINISHED_RUN_BANNER = [
  ':::danger[This run did not finish]',
  '',
  'The check this guide was made from stopped before its end: it was killed or cut off. The results of ' +
    'everything after the cut are missing, and nothing shown here is proven beyond what ran.',
  '',
  ':::',
].join('\n');

/** The guide's pages with the banner at the top of each, below the front matter and imports; other files as they were. */
export function markUnfinished(files: readonly GuideFile[]): GuideFile[] {
  return files.map((file) => (file.path.endsWith('.mdx') && typeof file.contents === 'string' ? { ...file, contents: withBanner(file.contents) } : file));
}

function withBanner(page: string): string {
  const parts = page.split('\n\n');
  let top = parts[0]?.startsWith('---\n') ? 1 : 0;
  while (top < parts.length && isImports(parts[top])) top++;
  return [...parts.slice(0, top), UNFINISHED_RUN_BANNER, ...parts.slice(top)].join('\n\n');
}

function isImports(part: string): boolean {
  return part.split('\n').every((line) => /^import .+ from '[^']+';$/.test(line));
}
