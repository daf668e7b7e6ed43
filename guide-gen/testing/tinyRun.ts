import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A real `message` stream from cucumber-js 12 running the features in fixtures/tiny-run/
 * (see fixtures/README.md): passed, failed, undefined, pending, ambiguous and skipped
 * scenarios, a retried one, a Background, Rules, an Outline, a data table, a doc string and a
 * 2×2 PNG attached after every step.
 */
export const tinyRunNdjson: string = readFileSync(join(__dirname, '..', 'fixtures', 'tiny-run.ndjson'), 'utf8');

/** The fixture with the lines for which `drop` returns true left out. */
export function tinyRunWithout(drop: (envelope: Record<string, unknown>) => boolean): string {
  return tinyRunNdjson
    .split('\n')
    .filter((line) => line === '' || !drop(JSON.parse(line) as Record<string, unknown>))
    .join('\n');
}
