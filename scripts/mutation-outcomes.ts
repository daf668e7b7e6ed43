import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { localBin, runCommand } from './run-command';

const root = join(__dirname, '..');

export interface JsonFeature {
  uri: string;
  elements?: Array<{ type: string; name: string; line: number; steps: Array<{ keyword: string; name: string; result: { status: string } }> }>;
}

/** What one run against a broken project said: `by` names the scenario or test, `step` where it failed. */
export type Outcome =
  { kind: 'caught'; by: string; step: string; scenarios: number } | { kind: 'survived'; scenarios: number } | { kind: 'not-run'; why: string };

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

/** Runs the features (stopping at the first failure) and reads what their JSON report says. */
export async function runFeatures(features: string[], scratch: string, name: string): Promise<Outcome> {
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
