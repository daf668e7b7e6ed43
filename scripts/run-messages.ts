/**
 * The one reader of a cucumber run's message stream for the scripts (the test summary, check:rules,
 * the shard merge): each line goes into @cucumber/query's Query, which joins the messages by id,
 * keeps only the last attempt of a retried scenario and ranks step statuses as cucumber does.
 */
import { Query } from '@cucumber/query';
import { TestStepResultStatus, type Envelope, type TestCaseStarted, type TestRunFinished, type TestStep } from '@cucumber/messages';
import { linesOf, linesOfFile } from '../guide-gen/read-envelopes';

/** One scenario (or example row) as its last attempt ended. */
export interface ScenarioResult {
  name: string;
  /** `features/x.feature:12`: the scenario's line, or its example row's. */
  location: string;
  /**
   * The most severe step result of the last attempt (FAILED over AMBIGUOUS over UNDEFINED over
   * PENDING over SKIPPED over PASSED); UNKNOWN when that attempt never finished.
   */
  status: TestStepResultStatus;
  /** The step or hook that gave the status (`And she enters "x"`), unless the scenario passed. */
  step?: string;
}

export interface RunResults {
  /** Every scenario that started, in the order its last attempt started. */
  scenarios: ScenarioResult[];
  /** Feature files that did not parse, each as `uri: message`. */
  parseErrors: string[];
  /** The run's last message; absent when the stream stops before it. */
  runFinished?: TestRunFinished;
}

/** The statuses that fail a strict run (cucumber-js fails on these with --strict, as cucumber.js sets). */
export const failingStatuses: readonly TestStepResultStatus[] = [
  TestStepResultStatus.FAILED,
  TestStepResultStatus.AMBIGUOUS,
  TestStepResultStatus.UNDEFINED,
  TestStepResultStatus.PENDING,
];

/** The envelopes of a stream, one a line; a line that is not a message is an error naming it. */
export function* envelopesIn(ndjson: string): Generator<Envelope> {
  let number = 0;
  for (const line of linesOf(ndjson)) {
    number++;
    if (!line.trim()) continue;
    try {
      yield JSON.parse(line) as Envelope;
    } catch (error) {
      throw new Error(`line ${number} is not a cucumber message (${(error as Error).message})`);
    }
  }
}

/** What a stream already in memory says. */
export function runResultsOf(ndjson: string): RunResults {
  const reader = new RunReader();
  for (const line of linesOf(ndjson)) reader.add(line);
  return reader.results();
}

/** What the stream in a file says, read a line at a time as the generator reads it: a run's stream reaches 100 MB (bench:scale). */
export function readRunResults(path: string): RunResults {
  const reader = new RunReader();
  for (const line of linesOfFile(path)) reader.add(line);
  return reader.results();
}

class RunReader {
  private readonly query = new Query();
  private readonly parseErrors: string[] = [];

  add(line: string): void {
    // Attachments are nothing the scripts read, and most of a stream's bytes when the built-in
    // message formatter wrote it (check:rules): 5.56 of delete-docomo-id.feature's 5.64 MB, in base64.
    // Kept out of the Query, the stream twenty times over (113 MB) reads in 1.1-1.6 s and 137 MB,
    // not 3.4-3.9 s and 244 MB; skipped unparsed by the key that starts their line (cucumber-js
    // writes each envelope with JSON.stringify), 0.9-1.4 s and 128 MB.
    if (!line.trim() || line.startsWith('{"attachment":')) return;
    let envelope: Envelope;
    try {
      envelope = JSON.parse(line) as Envelope;
    } catch {
      // A run killed mid-write leaves half a line; its stream then lacks testRunFinished, which says so.
      return;
    }
    if (envelope.parseError) this.parseErrors.push(`${envelope.parseError.source?.uri ?? 'a feature file'}: ${envelope.parseError.message}`);
    if (!envelope.attachment) this.query.update(envelope);
  }

  results(): RunResults {
    return {
      scenarios: this.query.findAllTestCaseStarted().map((started) => this.scenarioOf(started)),
      parseErrors: this.parseErrors,
      runFinished: this.query.findTestRunFinished(),
    };
  }

  private scenarioOf(started: TestCaseStarted): ScenarioResult {
    const query = this.query;
    const pickle = query.findPickleBy(started);
    const line = pickle && query.findLocationOf(pickle)?.line;
    const location = `${pickle?.uri ?? 'an unknown feature'}${line ? `:${line}` : ''}`;
    const name = pickle?.name ?? `test case ${started.testCaseId}`;
    if (!query.findTestCaseFinishedBy(started)) return { name, location, status: TestStepResultStatus.UNKNOWN, step: 'it never finished' };
    // A scenario with no steps (and no hooks) passes, as cucumber counts it.
    const status = query.findMostSevereTestStepResultBy(started)?.status ?? TestStepResultStatus.PASSED;
    if (status === TestStepResultStatus.PASSED) return { name, location, status };
    const [, testStep] = query.findTestStepFinishedAndTestStepBy(started).find(([finished]) => finished.testStepResult.status === status) ?? [];
    return { name, location, status, step: testStep && this.describeStep(testStep) };
  }

  private describeStep(testStep: TestStep): string {
    const pickleStep = this.query.findPickleStepBy(testStep);
    if (pickleStep) return `${(this.query.findStepBy(pickleStep)?.keyword ?? '').trimEnd()} ${pickleStep.text}`.trim();
    const hook = this.query.findHookBy(testStep);
    const where = hook ? `${hook.sourceReference.uri ?? ''}:${hook.sourceReference.location?.line ?? ''}` : 'unknown';
    return hook?.name ? `hook "${hook.name}" (${where})` : `a hook (${where})`;
  }
}
