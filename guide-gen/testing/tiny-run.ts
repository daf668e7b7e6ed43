import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A real `message` stream from cucumber-js 12 running the features in fixtures/tiny-run/
 * (see fixtures/README.md): every status, a retry, Backgrounds, Rules, Outlines with several
 * Examples blocks, data tables, doc strings, the ordering tags, a filtered-out feature and
 * Examples block, and the attachments the project's hooks make (run.json, tap-N.png, step.png
 * or failure.png, labels.json) plus a hook's image and a log.
 */
export const tinyRunNdjson: string = readFileSync(join(__dirname, '..', 'fixtures', 'tiny-run.ndjson'), 'utf8');

/** The fixture with the lines for which `drop` returns true left out. */
export function tinyRunWithout(drop: (envelope: Record<string, unknown>) => boolean): string {
  return tinyRunNdjson
    .split('\n')
    .filter((line) => line === '' || !drop(JSON.parse(line) as Record<string, unknown>))
    .join('\n');
}
