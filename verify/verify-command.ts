import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { loadBeside } from '../guide-gen/attachment-files';
import type { CucumberRun } from '../scripts/cucumber-run';
import { BaselineError, mergeAccepted, readBaselines, writeBaselines } from './baseline-store';
import { compareFlows } from './compare-flows';
import { driftCounts, driftLines, unfinishedNotice, writeDriftReport } from './drift-report';
import { runRecordFromFile, type RunRecord } from './run-record';
import { parseVerifyArgs, runsPartOfTheSpec, VERIFY_USAGE, type VerifyArgs } from './verify-args';

const root = join(__dirname, '..');

export interface VerifyDeps {
  out: { log: (line: string) => void; error: (line: string) => void };
  /** Runs the spec: scripts/cucumber-run.ts `runCucumber`, or a stand-in in tests. */
  runSpec: (args: string[]) => Promise<CucumberRun>;
}

type Io = VerifyDeps['out'];

/**
 * `npm run verify`: runs the spec (or reads a given message stream), compares every documented
 * flow step by step with the accepted baseline, prints one verdict per flow, writes the drift
 * report, and resolves to the exit code: 0 when every flow is unchanged, 1 when one changed or
 * broke or the run did not finish, 2 when the baseline cannot be read or the stream is missing.
 */
export async function verifyCommand(argv: readonly string[], deps: VerifyDeps): Promise<number> {
  const { out } = deps;
  const args = parseVerifyArgs(argv);
  if ('help' in args) {
    out.log(VERIFY_USAGE);
    return 0;
  }
  if ('error' in args) {
    out.error(`verify: ${args.error}\n\n${VERIFY_USAGE}`);
    return 2;
  }
  try {
    const stream = args.messages ? givenStream(args.messages, out) : await freshStream(args, deps);
    if (typeof stream === 'number') return stream;
    // Read once: the digest the report carries is of the very bytes compared.
    const run = runRecordFromFile(stream.path, loadBeside(dirname(stream.path)));
    if (stream.problem && run.finished) return stream.code;
    // A run of some scenarios only (--tags, --name, --shard, feature paths) concerns their flows only.
    const partial = !args.messages && runsPartOfTheSpec(args.cucumberArgs);
    return args.accept ? accept(args, run, partial, out) : await compare(args, run, partial, out);
  } catch (error) {
    if (!(error instanceof BaselineError)) throw error;
    out.error(`verify: ${error.message}`);
    return 2;
  }
}

interface Stream {
  path: string;
  /** Set when the spec run reported a problem; its stream is compared only if it is unfinished. */
  problem?: string;
  code: number;
}

function givenStream(messages: string, out: Io): Stream | number {
  const path = resolve(messages);
  if (existsSync(path)) return { path, code: 1 };
  out.error(`verify: no message stream at ${messages}. Run the spec first (npm run spec) or name another file.`);
  return 2;
}

/**
 * Runs the spec and returns its stream, only if this run wrote it: a run that could not start
 * leaves the last run's stream where it was, and that one must never be compared as this run's.
 */
async function freshStream(args: VerifyArgs, deps: VerifyDeps): Promise<Stream | number> {
  const spec = await deps.runSpec(args.cucumberArgs);
  const code = spec.code || 1;
  if (!spec.problem) return { path: spec.messages, code };
  deps.out.error(`verify: the spec run did not complete: ${spec.problem}`);
  return spec.fresh ? { path: spec.messages, problem: spec.problem, code } : code;
}

function accept(args: VerifyArgs, run: RunRecord, partial: boolean, out: Io): number {
  if (!run.finished) {
    out.error(`verify: not accepted: ${unfinishedNotice(run.flows.length)}; a baseline must come from a run that finished. Run it again.`);
    return 1;
  }
  const failing = run.flows.filter((flow) => flow.status !== 'passed');
  if (failing.length > 0) {
    out.error(`verify: not accepted: ${failing.length} flow(s) did not pass, and a baseline must show flows that work:`);
    for (const flow of failing) out.error(`  ${flow.feature} › ${flow.scenario} (${flow.status})`);
    return 1;
  }
  const baselines = resolve(root, args.baselines);
  // Part of the spec accepted: the rest of the baseline is kept (a missing baseline starts empty).
  const merged = partial && existsSync(baselines) ? mergeAccepted(readBaselines(baselines), run.flows) : run.flows;
  writeBaselines(baselines, merged);
  const others = partial ? `; the baseline's other ${merged.length - run.flows.length} flow(s) are kept as they were` : '';
  out.log(`verify: accepted ${run.flows.length} flows as the baseline in ${relative(process.cwd(), baselines) || '.'}${others}; commit it.`);
  return 0;
}

async function compare(args: VerifyArgs, run: RunRecord, partial: boolean, out: Io): Promise<number> {
  const notice = run.finished ? undefined : `verify: ${unfinishedNotice(run.flows.length)}.`;
  if (notice) out.error(notice);
  let baseline = readBaselines(resolve(root, args.baselines));
  // Compared with their baselines only: the flows it did not run (or never reached) are not "gone".
  if (partial || !run.finished) {
    const ran = new Set(run.flows.map((flow) => flow.id));
    const left = baseline.length;
    baseline = baseline.filter((flow) => ran.has(flow.id));
    const why = partial ? 'part of the spec ran' : 'the run stopped early';
    out.log(`verify: ${why}; ${left - baseline.length} flow(s) of the baseline it did not run are not compared.`);
  }
  const drifts = await compareFlows(baseline, run.flows, { maxPixelRatio: args.maxPixelRatio });
  for (const line of driftLines(drifts)) out.log(line);
  const report = writeDriftReport(resolve(root, args.report), drifts, { run: { sha256: run.sha256, finished: run.finished } });
  const counts = driftCounts(drifts);
  out.log(
    `\nverify: ${counts.unchanged} unchanged, ${counts.changed} changed, ${counts.broken} broken, ${counts.new} new, ${counts.gone} gone` +
      ` (threshold ${args.maxPixelRatio}); report: ${relative(process.cwd(), report)}`,
  );
  if (notice) out.error(notice);
  return run.finished && counts.unchanged === drifts.length ? 0 : 1;
}
