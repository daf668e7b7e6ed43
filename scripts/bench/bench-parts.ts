import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadBeside } from '../../guide-gen/attachment-files';
import { buildSite } from '../../guide-gen/testing/build-site';
import { buildBareSite } from './bare-site';
import { mebibytes, seconds, type Figure } from './figure-table';
import { FLOOR_FEATURES } from './floor-flows';
import { NotMeasured, shown, streamSize, timeCucumber, timeDryRun, timeFloor, type CucumberTiming, type StreamSize } from './measure-runs';

export const PARTS = ['dryrun', 'suite', 'workers', 'stream', 'site'] as const;
export type Part = (typeof PARTS)[number];

export interface BenchOptions {
  features: string[];
  /** The full run whose stream is weighed and whose guide is built. */
  messages: string;
  scratch: string;
}

/** What the parts share: each cucumber run of the subset is made once, by whichever part needs it first. */
export class BenchRuns {
  private readonly runs = new Map<number, Promise<CucumberTiming>>();
  constructor(readonly options: BenchOptions) {}
  subset(parallel: number): Promise<CucumberTiming> {
    if (!this.runs.has(parallel)) this.runs.set(parallel, timeCucumber(this.options.features, parallel, this.options.scratch));
    return this.runs.get(parallel)!;
  }
  /** The subset's runs made so far, to weigh their streams. */
  madeRuns(): Promise<CucumberTiming[]> {
    return Promise.all(this.runs.values());
  }
}

const MIB = 1024 * 1024;
const subsetName = (features: string[]) => `${features.length} feature file(s)`;
const sameFeatures = (a: string[], b: string[]) => a.length === b.length && a.every((feature) => b.includes(feature));

export async function dryRunFigures(runs: BenchRuns): Promise<Figure[]> {
  const { wallMs, cpuMs } = await timeDryRun(runs.options.scratch);
  const measured = cpuMs === undefined ? seconds(wallMs) : `${seconds(wallMs)} (CPU ${seconds(cpuMs)})`;
  return [{ figure: 'dry run, all features (cucumber-js --dry-run)', measured, ratio: wallMs / 3000, target: { atMost: 1 }, targetText: '≤ 3 s' }];
}

export async function suiteFigures(runs: BenchRuns): Promise<Figure[]> {
  const { features } = runs.options;
  const harness = await runs.subset(2);
  const startUp = {
    figure: 'start-up to the first scenario (2 workers)',
    measured: seconds(harness.startUpMs),
    ratio: harness.startUpMs / 3000,
    target: { atMost: 1 },
    targetText: '≤ 3 s',
  };
  if (!sameFeatures(features, FLOOR_FEATURES)) {
    const measured = `${seconds(harness.span.ms)} over ${harness.span.scenarios} scenarios; no floor: it covers ${FLOOR_FEATURES.join(', ')} only`;
    return [{ figure: `suite on ${subsetName(features)}, 2 workers`, measured }, startUp];
  }
  const floor = await timeFloor(2, runs.options.scratch);
  const scenarios = `${harness.span.scenarios} scenarios of ${subsetName(features)}, 2 workers`;
  return [
    {
      figure: `suite vs plain Playwright: scenarios (${scenarios})`,
      measured: `${seconds(harness.span.ms)}, floor ${seconds(floor.scenariosMs)}`,
      ratio: harness.span.ms / floor.scenariosMs,
      target: { atMost: 1.3 },
      targetText: '≤ 1.3× floor',
    },
    {
      figure: 'suite vs plain Playwright: whole process',
      measured: `${seconds(harness.wallMs)}, floor ${seconds(floor.wallMs)}`,
      ratio: harness.wallMs / floor.wallMs,
      target: { atMost: 1.3 },
      targetText: '≤ 1.3× floor',
    },
    startUp,
  ];
}

export async function workerFigures(runs: BenchRuns): Promise<Figure[]> {
  // One after the other, never side by side: each has the machine to itself.
  const two = await runs.subset(2);
  const one = await runs.subset(1);
  const row = (what: string, oneMs: number, twoMs: number): Figure => ({
    figure: `2 workers vs 1: throughput, ${what} (${subsetName(runs.options.features)})`,
    measured: `1 worker ${seconds(oneMs)}, 2 workers ${seconds(twoMs)}`,
    ratio: oneMs / twoMs,
    target: { atLeast: 1.7 },
    targetText: '≥ 1.7× 1 worker',
  });
  return [row('scenarios', one.span.ms, two.span.ms), row('whole process', one.wallMs, two.wallMs)];
}

const streamRow = (what: string, size: StreamSize): Figure[] => [
  { figure: `message stream, ${what}`, measured: mebibytes(size.bytes), ratio: size.bytes / (10 * MIB), target: { atMost: 1 }, targetText: '≤ 10 MB' },
  { figure: `attachments beside it, ${what}`, measured: `${size.attachments.files} files, ${mebibytes(size.attachments.bytes)}` },
];

export async function streamFigures(runs: BenchRuns): Promise<Figure[]> {
  const { messages } = runs.options;
  const full = existsSync(messages) ? streamRow(`last run (${shown(messages)})`, streamSize(messages)) : [];
  const subset = (await runs.madeRuns()).slice(0, 1).flatMap((run) => streamRow(`${run.span.scenarios}-scenario subset`, run.stream));
  if (full.length + subset.length === 0) {
    throw new NotMeasured(
      `${shown(messages)} not found and no subset run made. Run the spec first (npm run spec), pass --messages FILE, or add suite to --only.`,
    );
  }
  return [...full, ...subset];
}

export async function siteFigures(runs: BenchRuns): Promise<Figure[]> {
  const { messages } = runs.options;
  if (!existsSync(messages))
    throw new NotMeasured(`${shown(messages)} not found, so there is no guide to build. Run the spec first (npm run spec), or pass --messages FILE.`);
  const site = await buildSite(readFileSync(messages, 'utf8'), { loadExternal: loadBeside(dirname(messages)) });
  let pages: number;
  try {
    pages = readdirSync(site.outDir, { recursive: true, encoding: 'utf8' }).filter(
      (file) => file.endsWith('.html') && statSync(join(site.outDir, file)).isFile(),
    ).length;
  } finally {
    site.remove();
  }
  const bareMs = await buildBareSite(pages);
  return [
    {
      figure: `docusaurus build, guide vs bare site (${pages} pages each, minified, no cache)`,
      measured: `${seconds(site.buildMs)}, bare ${seconds(bareMs)}`,
      ratio: site.buildMs / bareMs,
      target: { atMost: 1.5 },
      targetText: '≤ 1.5× bare',
    },
  ];
}
