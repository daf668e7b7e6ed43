import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { localBin, runCommand } from './run-command';
import { failingStatuses, readRunResults, type RunResults } from './run-messages';

const root = join(__dirname, '..');

/** What one run against a broken project said: `by` names the scenario or test, `step` where it failed. */
export type Outcome =
  { kind: 'caught'; by: string; step: string; scenarios: number } | { kind: 'survived'; scenarios: number } | { kind: 'not-run'; why: string };

/**
 * What a run's messages say: the first scenario that fails a strict run (a failed, ambiguous,
 * undefined or pending step, a failed hook), or that none did. A skipped scenario is no catch.
 */
export function outcomeOf({ scenarios }: RunResults): Outcome {
  if (scenarios.length === 0) return { kind: 'not-run', why: 'no scenario ran (did the mutated code load?)' };
  const failed = scenarios.find((scenario) => failingStatuses.includes(scenario.status));
  if (!failed) return { kind: 'survived', scenarios: scenarios.length };
  return { kind: 'caught', by: `"${failed.name}" (${failed.location})`, step: failed.step ?? failed.status, scenarios: scenarios.length };
}

/**
 * What node's TAP report says: the first failed test (TAP lists a test before the suite around
 * it, so the first `not ok` is the innermost), where it is, and what it asserted; or that none
 * failed. `scenarios` counts the tests that ran.
 */
export function outcomeOfTap(tap: string, projectRoot = root): Outcome {
  const lines = tap.split('\n');
  const ran = Number(/^# tests (\d+)$/m.exec(tap)?.[1] ?? 0);
  const at = lines.findIndex((line) => /^\s*not ok \d+ - /.test(line));
  if (at === -1) return ran === 0 ? { kind: 'not-run', why: 'no test ran (did the test files load?)' } : { kind: 'survived', scenarios: ran };
  const name = lines[at].replace(/^\s*not ok \d+ - /, '');
  const details = lines.slice(at + 1, at + 40);
  // A one-line value is quoted on its line; a longer one (`|-`) is the indented block under it.
  const field = (key: string) => {
    const at = details.findIndex((line) => new RegExp(`^\\s*${key}: `).test(line));
    const value = at === -1 ? undefined : details[at].replace(new RegExp(`^\\s*${key}: '?(.*?)'?$`), '$1');
    return value === '|-' || value === '|' ? details[at + 1]?.trim() : value;
  };
  const location = field('location')?.replace(/:\d+$/, '');
  const where = location ? ` (${relative(projectRoot, location)})` : '';
  // An assertion's message can quote a whole page (the how-to test's regex did, 300 characters).
  const error = field('error') ?? 'failed';
  return { kind: 'caught', by: `test "${name}"${where}`, step: error.length > 120 ? `${error.slice(0, 119)}…` : error, scenarios: ran };
}

/** Runs the features (stopping at the first failure) and reads what their message stream says. */
export async function runFeatures(features: string[], scratch: string, name: string): Promise<Outcome> {
  const report = join(scratch, `${name}.ndjson`);
  const code = await runCommand(localBin('cucumber-js'), ['--profile', 'rules', '--fail-fast', '--format', `message:${report}`, ...features]);
  if (!existsSync(report)) return { kind: 'not-run', why: `cucumber-js exited ${code} without a report` };
  const run = readRunResults(report);
  if (!run.runFinished) return { kind: 'not-run', why: `cucumber-js exited ${code} before its run finished` };
  return outcomeOf(run);
}

/**
 * Runs unit test files with node's runner, as `npm run test:unit` does, and reads its TAP report.
 * Nothing goes to the terminal: a caught mutation fails on purpose, and its stack traces would
 * bury the one line that matters.
 */
export async function runTests(tests: string[], scratch: string, name: string): Promise<Outcome> {
  const report = join(scratch, `${name}.tap`);
  const code = await runCommand(process.execPath, [
    '--require',
    'ts-node/register',
    '--test',
    '--test-reporter=tap',
    `--test-reporter-destination=${report}`,
    ...tests,
  ]);
  if (!existsSync(report)) return { kind: 'not-run', why: `node --test exited ${code} without a report` };
  return outcomeOfTap(readFileSync(report, 'utf8'));
}
