/**
 * `npm run check:rules`: breaks each rule of the mocked portal in turn (scripts/rule-mutations.ts)
 * and runs the features that should notice; a rule none of them notices is unguarded. Prints one
 * line per rule with the scenario that caught it, then `rules: N caught, N survived, N not run`,
 * and exits 1 unless every rule was caught. `-- ID…` checks only those; `-- --list` lists them.
 *
 * It takes about a minute per rule on two cores, so it is not part of `npm test`; the test of the
 * list itself (every mutation still applies to the code) is. The source files are restored after
 * each rule, and on Ctrl-C. The run's messages go to a scratch folder, so reports/ is left alone.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localBin, runCommand } from './run-command';
import { ruleMutations, type RuleMutation } from './rule-mutations';

const root = join(__dirname, '..');

interface JsonFeature {
  uri: string;
  elements?: Array<{ type: string; name: string; line: number; steps: Array<{ keyword: string; name: string; result: { status: string } }> }>;
}

type Outcome =
  | { kind: 'caught'; by: string; step: string; scenarios: number }
  | { kind: 'survived'; scenarios: number }
  | { kind: 'not-run'; why: string };

/** Applies one mutation; the returned function puts the file back as it was. */
export function applyMutation(mutation: RuleMutation, projectRoot = root): () => void {
  const path = join(projectRoot, mutation.file);
  const original = readFileSync(path, 'utf8');
  const count = original.split(mutation.find).length - 1;
  if (count !== 1) throw new Error(`${mutation.file} has the text to replace ${count} times, not once: update "${mutation.id}" in scripts/rule-mutations.ts`);
  writeFileSync(path, original.replace(mutation.find, () => mutation.replace));
  return () => writeFileSync(path, original);
}

/** What a cucumber JSON report says: the first scenario with a failed step, or that none failed. */
export function outcomeOf(features: JsonFeature[]): Outcome {
  const scenarios = features.flatMap((feature) => (feature.elements ?? []).filter((e) => e.type === 'scenario').map((e) => ({ feature, e })));
  if (scenarios.length === 0) return { kind: 'not-run', why: 'no scenario ran (did the mutated code load?)' };
  for (const { feature, e } of scenarios) {
    const failed = e.steps.find((step) => step.result.status === 'failed');
    if (failed) return { kind: 'caught', by: `"${e.name}" (${feature.uri}:${e.line})`, step: `${failed.keyword}${failed.name}`, scenarios: scenarios.length };
  }
  return { kind: 'survived', scenarios: scenarios.length };
}

/** Runs the features (stopping at the first failure) and reads what their JSON report says. */
async function runFeatures(features: string[], scratch: string, name: string): Promise<Outcome> {
  const report = join(scratch, `${name}.json`);
  const code = await runCommand(localBin('cucumber-js'), ['--profile', 'rules', '--fail-fast', '--format', `json:${report}`, ...features]);
  let parsed: JsonFeature[];
  try {
    parsed = JSON.parse(readFileSync(report, 'utf8')) as JsonFeature[];
  } catch {
    return { kind: 'not-run', why: `cucumber-js exited ${code} without a report` };
  }
  return outcomeOf(parsed);
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help')) {
    console.log('Usage: npm run check:rules -- [--list] [ID…]\nBreaks each rule of the mocked portal in turn and checks that a scenario notices.');
    return 0;
  }
  if (argv.includes('--list')) {
    for (const m of ruleMutations) console.log(`${m.id}\t${m.rule}`);
    return 0;
  }
  const unknown = argv.filter((id) => !ruleMutations.some((m) => m.id === id));
  if (unknown.length > 0) {
    console.error(`check:rules: no rule mutation ${unknown.join(', ')}. See npm run check:rules -- --list`);
    return 2;
  }
  const chosen = argv.length > 0 ? ruleMutations.filter((m) => argv.includes(m.id)) : ruleMutations;
  const scratch = mkdtempSync(join(tmpdir(), 'check-rules-'));
  let restore: (() => void) | undefined;
  const onSignal = () => {
    restore?.();
    process.exit(130);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    // A spec that already fails would "catch" every mutation: it must pass unbroken first.
    const features = [...new Set(chosen.flatMap((m) => m.features))];
    console.log(`check:rules: running ${features.length} feature(s) on the unbroken portal first`);
    const cleanOutcome = await runFeatures(features, scratch, 'unbroken');
    if (cleanOutcome.kind !== 'survived') {
      const why = cleanOutcome.kind === 'caught' ? `${cleanOutcome.by} fails at "${cleanOutcome.step}"` : cleanOutcome.why;
      console.error(`check:rules: the spec does not pass on the unbroken portal (${why}); fix that first.`);
      return 1;
    }
    const lines: string[] = [];
    const counts = { caught: 0, survived: 0, 'not-run': 0 };
    for (const mutation of chosen) {
      let outcome: Outcome;
      try {
        restore = applyMutation(mutation);
        outcome = await runFeatures(mutation.features, scratch, mutation.id);
      } catch (error) {
        outcome = { kind: 'not-run', why: (error as Error).message };
      } finally {
        restore?.();
        restore = undefined;
      }
      counts[outcome.kind]++;
      const line =
        outcome.kind === 'caught'
          ? `caught    ${mutation.id}: ${mutation.rule}\n          by ${outcome.by}, at "${outcome.step}"`
          : outcome.kind === 'survived'
            ? `SURVIVED  ${mutation.id}: ${mutation.rule}\n          none of ${outcome.scenarios} scenarios in ${mutation.features.join(', ')} failed: the rule needs a scenario`
            : `NOT RUN   ${mutation.id}: ${mutation.rule}\n          ${outcome.why}`;
      lines.push(line);
      console.log(line);
    }
    console.log(`\n${lines.join('\n')}\n\nrules: ${counts.caught} caught, ${counts.survived} survived, ${counts['not-run']} not run`);
    return counts.caught === chosen.length ? 0 : 1;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error) => {
      console.error(`check:rules could not run: ${(error as Error).message}`);
      process.exitCode = 1;
    },
  );
}
