import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ATTACHMENTS_FOLDER } from '../../common/run-attachments';
import { localBin, runCommand } from '../run-command';
import type { FloorTimings } from './floor';
import { scenarioSpan, type ScenarioSpan } from './scenario-span';

const root = join(__dirname, '..', '..');
const shown = (path: string) => relative(process.cwd(), path) || path;

/** A figure could not be measured: the message says what and what to do. */
export class NotMeasured extends Error {}

export interface StreamSize {
  bytes: number;
  attachments: { files: number; bytes: number };
}

/** A message stream's size and the screenshots stored beside it (message-formatter.ts). */
export function streamSize(messages: string): StreamSize {
  const folder = join(messages, '..', ATTACHMENTS_FOLDER);
  const files = existsSync(folder) ? readdirSync(folder).map((name) => statSync(join(folder, name))) : [];
  return { bytes: statSync(messages).size, attachments: { files: files.length, bytes: files.reduce((sum, file) => sum + file.size, 0) } };
}

export interface CucumberTiming {
  /** The whole cucumber-js process, start-up and tear-down included. */
  wallMs: number;
  /** From the process's start to its first scenario's. */
  startUpMs: number;
  span: ScenarioSpan;
  stream: StreamSize;
}

/**
 * Runs cucumber-js on these features with N workers (the `rules` profile: no report of its own),
 * its stream written by the project's formatter into `scratch`, and times it.
 */
export async function timeCucumber(features: string[], parallel: number, scratch: string): Promise<CucumberTiming> {
  // A folder a run: the formatter stores the run's screenshots beside its stream.
  const messages = join(scratch, `parallel-${parallel}`, 'messages.ndjson');
  mkdirSync(join(messages, '..'), { recursive: true });
  const formatter = `./steps/support/message-formatter.cjs:${messages}`;
  const args = ['--profile', 'rules', '--format', 'progress', '--format', formatter, '--parallel', String(parallel), ...features];
  const startedAt = Date.now();
  const started = performance.now();
  const code = await runCommand(localBin('cucumber-js'), args);
  const wallMs = performance.now() - started;
  if (code !== 0 || !existsSync(messages)) {
    throw new NotMeasured(
      `cucumber-js --parallel ${parallel} on ${features.join(' ')} exited with code ${code}: a failed or unfinished run times nothing. ` +
        `Fix what its output above says, or choose other features with --features.`,
    );
  }
  const span = scenarioSpan(readFileSync(messages, 'utf8'));
  return { wallMs, startUpMs: span.startedAt - startedAt, span, stream: streamSize(messages) };
}

/** Runs the plain Playwright floor (floor.ts) with N lanes and times it. */
export async function timeFloor(parallel: number, scratch: string): Promise<FloorTimings & { wallMs: number }> {
  const out = join(scratch, 'floor.json');
  const started = performance.now();
  const code = await runCommand(process.execPath, ['--require', 'ts-node/register', join(__dirname, 'floor.ts'), '--parallel', String(parallel), '--out', out]);
  const wallMs = performance.now() - started;
  if (code !== 0 || !existsSync(out)) {
    throw new NotMeasured(
      `the plain Playwright floor (scripts/bench/floor.ts) exited with code ${code}. ` +
        `A flow there no longer matches the portal: fix it beside its feature (see the failures above).`,
    );
  }
  return { ...(JSON.parse(readFileSync(out, 'utf8')) as FloorTimings), wallMs };
}

/**
 * `cucumber-js --dry-run` over every feature, as configured (cucumber.js): loading the step code,
 * nothing run. Its wall time, and the CPU time of it and its workers (GNU time's %U+%S, when
 * /usr/bin/time is there): on a busy machine the CPU time is the steadier figure.
 */
export async function timeDryRun(scratch: string): Promise<{ wallMs: number; cpuMs?: number }> {
  const args = [localBin('cucumber-js'), '--profile', 'rules', '--dry-run', '--format', 'summary'];
  const times = join(scratch, 'dry-run.time');
  const withTime = existsSync('/usr/bin/time');
  const started = performance.now();
  const code = withTime ? await runCommand('/usr/bin/time', ['-o', times, '-f', '%U %S', ...args]) : await runCommand(args[0], args.slice(1));
  const wallMs = performance.now() - started;
  if (code !== 0) {
    throw new NotMeasured(`cucumber-js --dry-run exited with code ${code}: a step file does not load or a step is undefined (see above); fix that first.`);
  }
  if (!withTime) return { wallMs };
  const [user, system] = readFileSync(times, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
  return { wallMs, cpuMs: (user + system) * 1000 };
}

export const projectMessages = join(root, 'reports', 'messages.ndjson');
export { shown };
