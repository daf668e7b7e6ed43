import type { Attachment, Envelope, GherkinDocument, Hook, Pickle, TestCase, TestCaseStarted, TestStepResult, Timestamp } from '@cucumber/messages';
import type { GuideRun, GuideStatus, RunInfo, StepEvidence } from './guide-model';
import { readAttachment, type LoadExternal } from './read-attachment';
import type { LocatedEnvelope } from './read-envelopes';
import { addRunAttachment, runHookName, type LocatedAttachment } from './run-attachment';

/** What the last attempt of one test case did to one of its steps (Gherkin step or hook). */
export interface StepOutcome extends StepEvidence {
  status: GuideStatus;
  message?: string;
}

/** The last attempt of the test case that ran one pickle. */
export interface CaseOutcome {
  testCase: TestCase;
  attempts: number;
  /** ISO time the last attempt finished; absent when the stream ends before it did. */
  finishedAt?: string;
  /** Outcomes by test step id. */
  steps: Map<string, StepOutcome>;
  /** What the attempt ran against (a hook's `run.json`). */
  run?: RunInfo;
}

/** The run's messages, indexed by the ids that join them. */
export interface RunIndex {
  documents: Array<{ line: number; document: GherkinDocument }>;
  pickles: Array<{ line: number; pickle: Pickle }>;
  /** Last-attempt outcomes by pickle id. */
  outcomes: Map<string, CaseOutcome>;
  run: GuideRun;
  warnings: string[];
}

const STATUSES: Record<string, GuideStatus> = {
  PASSED: 'passed',
  FAILED: 'failed',
  PENDING: 'pending',
  UNDEFINED: 'undefined',
  AMBIGUOUS: 'ambiguous',
  SKIPPED: 'skipped',
};

function toGuideStatus(result: TestStepResult | undefined): GuideStatus {
  return STATUSES[String(result?.status)] ?? 'not-run';
}

function toIso(timestamp: Timestamp | undefined): string | undefined {
  if (!timestamp || typeof timestamp.seconds !== 'number') return undefined;
  const date = new Date(timestamp.seconds * 1000 + Math.floor((timestamp.nanos ?? 0) / 1e6));
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

function failureMessage(result: TestStepResult): string | undefined {
  return result.message ?? result.exception?.message;
}

/**
 * Joins pickle → testCase → the last testCaseStarted (retries keep only the final attempt) →
 * testStepFinished and attachments; attachments of the run itself (its BeforeAll and AfterAll
 * hooks) go to `run.attachments`. References to ids the stream never declared become
 * warnings naming the line, and the message is dropped.
 *
 * Read in one pass, a message at a time: a step's result or attachment is joined as soon as its
 * attempt is known (cucumber writes testCaseStarted first) and then let go, so what is kept is the
 * spec (documents, pickles, test cases) and each last attempt's outcome, never the stream. Only a
 * message whose attempt is not known yet (a stream out of order) waits for the end.
 */
export function indexRun(envelopes: Iterable<LocatedEnvelope>, loadExternal?: LoadExternal): RunIndex {
  const index: RunIndex = { documents: [], pickles: [], outcomes: new Map(), run: { finished: false }, warnings: [] };
  const joins: Joins = { byStartedId: new Map(), started: new Map() };
  const testCases = new Map<string, TestCase>();
  const lastStarted = new Map<string, { attempt: TestCaseStarted; line: number }>();
  const testCaseLines = new Map<string, number>();
  const pickleIds = new Set<string>();
  const hooks = new Map<string, Hook>();
  const runHookIds = new Map<string, string>();
  const runHooks = { get: (id: string) => (runHookIds.has(id) ? runHookName(hooks.get(runHookIds.get(id) ?? '')) : undefined) };
  const later: LocatedEnvelope[] = [];
  const join = (located: LocatedEnvelope) => joinResult(index, joins, { runHooks, loadExternal }, located);
  /** An attempt's outcome, opened once its test case and pickle are known (else at the end). */
  const open = (attempt: TestCaseStarted): CaseOutcome | undefined => {
    const testCase = testCases.get(attempt.testCaseId);
    if (!testCase || !pickleIds.has(testCase.pickleId)) return undefined;
    const outcome: CaseOutcome = { testCase, attempts: (attempt.attempt ?? 0) + 1, steps: new Map() };
    index.outcomes.set(testCase.pickleId, outcome);
    joins.byStartedId.set(attempt.id, outcome);
    return outcome;
  };

  for (const located of envelopes) {
    const { envelope, line } = located;
    if (envelope.gherkinDocument) index.documents.push({ line, document: envelope.gherkinDocument });
    else if (envelope.pickle) {
      index.pickles.push({ line, pickle: envelope.pickle });
      pickleIds.add(envelope.pickle.id);
    } else if (envelope.testCase) {
      testCases.set(envelope.testCase.id, envelope.testCase);
      testCaseLines.set(envelope.testCase.id, line);
    } else if (envelope.testCaseStarted) {
      const attempt = envelope.testCaseStarted;
      joins.started.set(attempt.id, attempt);
      const previous = lastStarted.get(attempt.testCaseId)?.attempt;
      if (!previous || (attempt.attempt ?? 0) >= (previous.attempt ?? 0)) {
        if (previous) joins.byStartedId.delete(previous.id);
        lastStarted.set(attempt.testCaseId, { attempt, line });
        open(attempt);
      }
    } else if (envelope.hook) hooks.set(envelope.hook.id, envelope.hook);
    else if (envelope.testRunHookStarted) runHookIds.set(envelope.testRunHookStarted.id, envelope.testRunHookStarted.hookId);
    else if (envelope.testRunStarted) index.run.startedAt = toIso(envelope.testRunStarted.timestamp);
    else if (envelope.testRunFinished) {
      const finished = envelope.testRunFinished;
      index.run.finished = true;
      index.run.finishedAt = toIso(finished.timestamp);
      index.run.success = finished.success;
      const exception = finished.exception?.message ?? finished.message;
      if (exception) index.run.exception = exception;
    } else if (envelope.testRunHookFinished) {
      const { result } = envelope.testRunHookFinished;
      if (toGuideStatus(result) === 'failed' && result) index.run.exception ??= failureMessage(result);
    } else if (isResult(envelope)) {
      if (joinsNow(located, { joins, lastStarted })) join(located);
      else later.push(located);
    }
  }

  for (const [testCaseId, { attempt, line }] of lastStarted) {
    if (joins.byStartedId.has(attempt.id)) continue;
    const testCase = testCases.get(testCaseId);
    if (!testCase) index.warnings.push(`line ${line}: testCaseStarted for unknown testCase "${testCaseId}"; skipped`);
    else if (!pickleIds.has(testCase.pickleId)) {
      index.warnings.push(`line ${testCaseLines.get(testCaseId)}: testCase refers to unknown pickle "${testCase.pickleId}"; skipped`);
    } else open(attempt);
  }
  later.forEach(join);
  return index;
}

const isResult = (envelope: Envelope) => Boolean(envelope.testCaseFinished || envelope.testStepFinished || envelope.attachment || envelope.externalAttachment);

const attemptOf = (envelope: Envelope) =>
  envelope.testCaseFinished?.testCaseStartedId ??
  envelope.testStepFinished?.testCaseStartedId ??
  envelope.attachment?.testCaseStartedId ??
  envelope.externalAttachment?.testCaseStartedId;

/**
 * Whether a result can be joined as it is read: its attempt's outcome is open, or the attempt was
 * replaced by a later one (and the result is dropped), or it is the run's own.
 */
function joinsNow({ envelope }: LocatedEnvelope, known: { joins: Joins; lastStarted: ReadonlyMap<string, { attempt: TestCaseStarted }> }): boolean {
  const attemptId = attemptOf(envelope);
  // The run's own: cucumber writes a hook's testRunHookStarted before anything the hook attaches.
  if (!attemptId) return true;
  if (known.joins.byStartedId.has(attemptId)) return true;
  const attempt = known.joins.started.get(attemptId);
  return attempt !== undefined && known.lastStarted.get(attempt.testCaseId)?.attempt !== attempt;
}

type RunHooks = Pick<ReadonlyMap<string, string>, 'get'>;

/** A step's result, an attachment or a test case's end, joined with the attempt it belongs to. */
function joinResult(
  index: RunIndex,
  joins: Joins,
  { runHooks, loadExternal }: { runHooks: RunHooks; loadExternal: LoadExternal | undefined },
  { envelope, line }: LocatedEnvelope,
): void {
  const { byStartedId, started } = joins;
  if (envelope.testCaseFinished) {
    const outcome = byStartedId.get(envelope.testCaseFinished.testCaseStartedId);
    if (outcome) outcome.finishedAt = toIso(envelope.testCaseFinished.timestamp);
    else if (!started.has(envelope.testCaseFinished.testCaseStartedId)) {
      index.warnings.push(`line ${line}: testCaseFinished for unknown test case attempt; skipped`);
    }
  } else if (envelope.testStepFinished) {
    const { testCaseStartedId, testStepId, testStepResult } = envelope.testStepFinished;
    const step = stepOutcome(byStartedId, started, testCaseStartedId, testStepId);
    if (typeof step === 'string') {
      if (step) index.warnings.push(`line ${line}: testStepFinished ${step}; skipped`);
      return;
    }
    step.status = toGuideStatus(testStepResult);
    const message = testStepResult && failureMessage(testStepResult);
    if (message && step.status !== 'passed') step.message = message;
  } else {
    const attachment: Partial<Attachment> = { ...envelope.externalAttachment, ...envelope.attachment };
    if (attachment.testCaseStartedId) addAttachment(index, joins, { attachment, line }, loadExternal);
    else addRunAttachment(index, runHooks, { attachment, line }, loadExternal);
  }
}

/** The test case attempts an attachment may refer to. */
type Joins = { byStartedId: Map<string, CaseOutcome>; started: Map<string, TestCaseStarted> };

function addAttachment(index: RunIndex, joins: Joins, { attachment, line }: LocatedAttachment, loadExternal: LoadExternal | undefined): void {
  if (!attachment.testStepId) {
    index.warnings.push(`line ${line}: attachment names a test case attempt but no step of it, so no step can show it; skipped`);
    return;
  }
  const step = stepOutcome(joins.byStartedId, joins.started, attachment.testCaseStartedId ?? '', attachment.testStepId);
  if (typeof step === 'string') {
    if (step) index.warnings.push(`line ${line}: attachment ${step}; skipped`);
    return;
  }
  const content = readAttachment(attachment, loadExternal);
  if (content.kind === 'problem') index.warnings.push(`line ${line}: attachment ${content.reason}; skipped`);
  else if (content.kind === 'tap') step.taps.push(content.screenshot);
  else if (content.kind === 'screen') step.screens.push(content.screenshot);
  else if (content.kind === 'labels') step.labels.push(...content.labels);
  else if (content.kind === 'aria') step.aria = content.snapshot;
  else if (content.kind === 'said') (step.said ??= []).push(...content.said);
  else if (content.kind === 'shown') (step.attachments ??= []).push(content.attachment);
  else if (content.kind === 'run') {
    const outcome = joins.byStartedId.get(attachment.testCaseStartedId ?? '');
    if (outcome) outcome.run = content.info;
  }
}

/**
 * The outcome record for a step of a test case attempt, created on first use. Returns a
 * reason for a reference to unknown ids, or '' for an earlier attempt that retries replaced.
 */
function stepOutcome(
  byStartedId: Map<string, CaseOutcome>,
  started: Map<string, TestCaseStarted>,
  testCaseStartedId: string,
  testStepId: string,
): StepOutcome | string {
  const outcome = byStartedId.get(testCaseStartedId);
  if (!outcome) return started.has(testCaseStartedId) ? '' : `for unknown test case attempt "${testCaseStartedId}"`;
  if (!(outcome.testCase.testSteps ?? []).some((step) => step.id === testStepId)) {
    return `for unknown step "${testStepId}"`;
  }
  let step = outcome.steps.get(testStepId);
  if (!step) {
    step = { status: 'not-run', taps: [], screens: [], labels: [] };
    outcome.steps.set(testStepId, step);
  }
  return step;
}
