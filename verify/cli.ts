/**
 * `npm run verify`: runs the spec (or reads a given message stream), compares every documented
 * flow step by step with the accepted baseline, prints one verdict per flow, writes the drift
 * report, and exits 1 when a flow broke or changed. `npm run verify -- --accept` records the run
 * as the new baseline instead.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { readAcceptanceSummary } from '../scripts/acceptance-summary';
import { localBin, runCommand } from '../scripts/run-command';
import { BaselineError, mergeAccepted, readBaselines, writeBaselines } from './baseline-store';
import { compareFlows } from './compare-flows';
import { driftCounts, driftLines, writeDriftReport } from './drift-report';
import { flowsFromMessages } from './flows-from-messages';
import { parseVerifyArgs, runsPartOfTheSpec, VERIFY_USAGE } from './verify-args';

const root = join(__dirname, '..');

async function main(): Promise<number> {
  const args = parseVerifyArgs(process.argv.slice(2));
  if ('help' in args) {
    console.log(VERIFY_USAGE);
    return 0;
  }
  if ('error' in args) {
    console.error(`verify: ${args.error}\n\n${VERIFY_USAGE}`);
    return 2;
  }
  let messages = args.messages ? resolve(args.messages) : join(root, 'reports', 'messages.ndjson');
  if (!args.messages) {
    await runCommand(localBin('cucumber-js'), args.cucumberArgs, process.env);
    const summary = readAcceptanceSummary(messages);
    if (summary.problem) {
      console.error(`verify: the spec run did not complete: ${summary.problem}`);
      return 1;
    }
  } else if (!existsSync(messages)) {
    console.error(`verify: no message stream at ${args.messages}. Run the spec first (npm run spec) or name another file.`);
    return 2;
  }
  const flows = flowsFromMessages(readFileSync(messages, 'utf8'));
  const baselines = resolve(root, args.baselines);
  // A run of some scenarios only (--tags, --name, --shard, feature paths) concerns their flows only.
  const partial = !args.messages && runsPartOfTheSpec(args.cucumberArgs);

  if (args.accept) {
    const failing = flows.filter((flow) => flow.status !== 'passed');
    if (failing.length > 0) {
      console.error(`verify: not accepted: ${failing.length} flow(s) did not pass, and a baseline must show flows that work:`);
      for (const flow of failing) console.error(`  ${flow.feature} › ${flow.scenario} (${flow.status})`);
      return 1;
    }
    // Part of the spec accepted: the rest of the baseline is kept (a missing baseline starts empty).
    const merged = partial && existsSync(baselines) ? mergeAccepted(readBaselines(baselines), flows) : flows;
    writeBaselines(baselines, merged);
    const others = partial ? `; the baseline's other ${merged.length - flows.length} flow(s) are kept as they were` : '';
    console.log(`verify: accepted ${flows.length} flows as the baseline in ${relative(process.cwd(), baselines) || '.'}${others}; commit it.`);
    return 0;
  }

  let baseline = readBaselines(baselines);
  // Compared with their baselines only: the flows it did not run are not "gone".
  if (partial) {
    const ran = new Set(flows.map((flow) => flow.id));
    const left = baseline.length;
    baseline = baseline.filter((flow) => ran.has(flow.id));
    console.log(`verify: part of the spec ran; ${left - baseline.length} flow(s) of the baseline it did not run are not compared.`);
  }
  const drifts = await compareFlows(baseline, flows, { maxPixelRatio: args.maxPixelRatio });
  for (const line of driftLines(drifts)) console.log(line);
  const report = writeDriftReport(resolve(root, args.report), drifts);
  const counts = driftCounts(drifts);
  console.log(
    `\nverify: ${counts.unchanged} unchanged, ${counts.changed} changed, ${counts.broken} broken, ${counts.new} new, ${counts.gone} gone` +
      ` (threshold ${args.maxPixelRatio}); report: ${relative(process.cwd(), report)}`,
  );
  return counts.unchanged === drifts.length ? 0 : 1;
}

main().then(
  (code) => (process.exitCode = code),
  (error) => {
    console.error(error instanceof BaselineError ? `verify: ${error.message}` : `verify failed: ${(error as Error).stack}`);
    process.exitCode = error instanceof BaselineError ? 2 : 1;
  },
);
