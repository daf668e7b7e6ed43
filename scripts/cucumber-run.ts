import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readSync, renameSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ATTACHMENTS_FOLDER } from '../common/run-attachments';
import { readAcceptanceSummary, type AcceptanceSummary } from './acceptance-summary';
import { preflightProblems } from './preflight';
import { localBin, runCommand } from './run-command';

const root = join(__dirname, '..');
/** Where the default cucumber profile (cucumber.js) writes the run's messages. */
const MESSAGES_PATH = join(root, 'reports', 'messages.ndjson');
/** The last complete run's stream, set aside when a new run starts, so a failed run loses nothing. */
const PREVIOUS_MESSAGES_PATH = join(root, 'reports', 'previous', 'messages.ndjson');

export interface CucumberRun {
  /** cucumber-js's exit code (1 when it could not start). */
  code: number;
  /** Where the run's stream is. */
  messages: string;
  /** Whether this run wrote that stream: false when it never started or died before its formatters did. */
  fresh: boolean;
  summary: AcceptanceSummary;
  /** Why the run proves nothing: it could not start, wrote no stream, or did not complete. */
  problem?: string;
}

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  /** Where the cucumber profile the arguments choose writes its stream (default: reports/messages.ndjson). */
  messages?: string;
  /** Where a complete earlier stream is kept (default: reports/previous/messages.ndjson). */
  previous?: string;
}

const shown = (path: string) => relative(process.cwd(), path) || path;

/**
 * Runs cucumber-js so that its results can be trusted as this run's and nothing good is lost:
 * - what would stop every scenario (no browser, a bad PORTAL_URL) is said in one line before it
 *   starts, and the last run's stream is left as it was;
 * - the last run's stream is set aside first (a complete one to reports/previous/, an unfinished
 *   one removed), so a run that dies before its formatters start cannot have an older run's
 *   results read as its own;
 * - a signal stops cucumber-js, its workers and their browsers (scripts/run-command.ts).
 */
export async function runCucumber(args: readonly string[], options: RunOptions = {}): Promise<CucumberRun> {
  const { env = process.env, messages = MESSAGES_PATH, previous = PREVIOUS_MESSAGES_PATH } = options;
  const none: AcceptanceSummary = { passed: 0, failed: 0 };
  const problems = await preflightProblems(env, { dryRun: args.includes('--dry-run') || args.includes('-d') });
  if (problems.length > 0) {
    return { code: 1, messages, fresh: false, summary: none, problem: `it could not start:\n  ${problems.join('\n  ')}` };
  }
  setAsideLastRun(messages, previous);
  const code = await runCommand(localBin('cucumber-js'), [...args], env);
  if (!existsSync(messages)) {
    const kept = existsSync(previous) ? ` The last complete run is kept in ${shown(previous)}.` : '';
    return {
      code: code || 1,
      messages,
      fresh: false,
      summary: none,
      problem: `cucumber-js exited with code ${code} before it wrote any results to ${shown(messages)} (see its error above).${kept}`,
    };
  }
  const summary = readAcceptanceSummary(messages);
  return { code, messages, fresh: true, summary, ...(summary.problem ? { problem: summary.problem } : {}) };
}

/**
 * Clears the way for a new run's stream. A complete stream (one that ends with its
 * testRunFinished) is moved to `previous`, replacing the one there, with the screenshots it
 * stores beside it (attachments/); an unfinished one proves nothing and is removed with its
 * screenshots, so it never replaces a complete one.
 */
export function setAsideLastRun(messages: string, previous: string): 'kept' | 'removed' | 'none' {
  const files = join(messages, '..', ATTACHMENTS_FOLDER);
  if (!existsSync(messages)) {
    rmSync(files, { recursive: true, force: true });
    return 'none';
  }
  if (!endsWithFinishedRun(messages)) {
    rmSync(messages, { force: true });
    rmSync(files, { recursive: true, force: true });
    return 'removed';
  }
  const previousFiles = join(previous, '..', ATTACHMENTS_FOLDER);
  mkdirSync(join(previous, '..'), { recursive: true });
  rmSync(previousFiles, { recursive: true, force: true });
  if (existsSync(files)) renameSync(files, previousFiles);
  renameSync(messages, previous);
  return 'kept';
}

/** Whether the stream's last message is the run's testRunFinished (read from its end: streams run to 100 MB). */
export function endsWithFinishedRun(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const length = Math.min(size, 64 * 1024);
    const tail = Buffer.alloc(length);
    readSync(fd, tail, 0, length, size - length);
    const last = tail.toString('utf8').trimEnd().split('\n').at(-1) ?? '';
    try {
      return 'testRunFinished' in JSON.parse(last);
    } catch {
      return false;
    }
  } finally {
    closeSync(fd);
  }
}
