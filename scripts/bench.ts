/**
 * `npm run bench [-- --only PART,…] [--features FILE …] [--messages FILE]`: every performance
 * figure of the spec beside its target, in one table (scripts/bench/figure-table.ts):
 * - dryrun: `cucumber-js --dry-run` over every feature (≤ 3 s);
 * - suite: the scenarios of FLOOR_FEATURES under cucumber (2 workers) against the same flows as a
 *   plain Playwright script, scripts/bench/floor.ts (≤ 1.3×), and start-up to the first scenario (≤ 3 s);
 * - workers: the same features with 2 workers against 1 (≥ 1.7× the throughput);
 * - stream: the last run's message stream (≤ 10 MB) and the subset's, with the screenshots beside them;
 * - site: `docusaurus build` of the guide against a bare site of as many one-line pages (≤ 1.5×).
 * It prints figures and fails on none: it exits 1 only when a figure could not be measured, saying
 * which and what to do. The runs go one after the other, each with the machine to itself, into a
 * temporary folder; reports/, docs/guide/ and build/ are left as they are.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BenchRuns, dryRunFigures, PARTS, siteFigures, streamFigures, suiteFigures, workerFigures, type Part } from './bench/bench-parts';
import { figureTable, type Figure } from './bench/figure-table';
import { FLOOR_FEATURES } from './bench/floor-flows';
import { NotMeasured, projectMessages } from './bench/measure-runs';

const measure: Record<Part, (runs: BenchRuns) => Promise<Figure[]>> = {
  dryrun: dryRunFigures,
  suite: suiteFigures,
  workers: workerFigures,
  stream: streamFigures,
  site: siteFigures,
};

function chosenParts(only: string | undefined): Part[] {
  if (!only) return [...PARTS];
  const named = only.split(',').map((part) => part.trim());
  const unknown = named.filter((part) => !(PARTS as readonly string[]).includes(part));
  if (unknown.length > 0) throw new NotMeasured(`--only names no part "${unknown.join('", "')}": choose among ${PARTS.join(', ')}.`);
  return PARTS.filter((part) => named.includes(part));
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { only: { type: 'string' }, features: { type: 'string', multiple: true }, messages: { type: 'string' } } });
  const parts = chosenParts(values.only);
  const scratch = mkdtempSync(join(tmpdir(), 'bench-'));
  const runs = new BenchRuns({ features: values.features ?? FLOOR_FEATURES, messages: resolve(values.messages ?? projectMessages), scratch });
  const figures: Figure[] = [];
  const problems: string[] = [];
  const load = loadavg()[0];
  try {
    for (const part of parts) {
      console.log(`bench: measuring ${part}…`);
      await measure[part](runs).then(
        (measured) => figures.push(...measured),
        (error: Error) => problems.push(`${part}: ${error.message}`),
      );
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  console.log(`\nbench (${parts.join(', ')}), load average ${load.toFixed(1)} on ${process.platform}; one run each, so noisy on a busy machine:\n`);
  console.log(figureTable(figures));
  console.log('\nScale (10,000 scenarios): npm run bench:scale -- --scenarios N (README, "How heavy the guide is").');
  for (const problem of problems) console.error(`\nbench: could not measure ${problem}`);
  return problems.length > 0 ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: Error) => {
    console.error(`bench: ${error.message}`);
    process.exitCode = 1;
  },
);
