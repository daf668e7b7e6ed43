import { readFileSync } from 'node:fs';
import type { Envelope } from '@cucumber/messages';

export interface AcceptanceSummary {
  passed: number;
  failed: number;
  /** A message when the run did not complete: a parse error, or no test run at all. */
  problem?: string;
}

const statusRank = ['UNKNOWN', 'PASSED', 'SKIPPED', 'PENDING', 'UNDEFINED', 'AMBIGUOUS', 'FAILED'];

/**
 * Counts scenarios from a cucumber message stream: a scenario passes when every step of its last
 * attempt passed. Anything else (failed, undefined, pending, ambiguous, skipped) counts as failed,
 * as cucumber's strict mode does.
 */
export function summariseAcceptance(ndjson: string): AcceptanceSummary {
  const worstOfAttempt = new Map<string, string>();
  const finalAttempts: string[] = [];
  let finished = false;
  let problem: string | undefined;
  for (const line of ndjson.split('\n')) {
    if (!line.trim()) continue;
    let envelope: Envelope;
    try {
      envelope = JSON.parse(line) as Envelope;
    } catch {
      continue;
    }
    if (envelope.parseError) {
      const { source, message } = envelope.parseError;
      problem = `${source?.uri ?? 'a feature file'}: ${message}`;
    }
    if (envelope.testStepFinished) {
      const { testCaseStartedId, testStepResult } = envelope.testStepFinished;
      const worst = worstOfAttempt.get(testCaseStartedId) ?? 'PASSED';
      if (statusRank.indexOf(testStepResult.status) > statusRank.indexOf(worst)) {
        worstOfAttempt.set(testCaseStartedId, testStepResult.status);
      } else {
        worstOfAttempt.set(testCaseStartedId, worst);
      }
    }
    if (envelope.testCaseFinished && !envelope.testCaseFinished.willBeRetried) {
      finalAttempts.push(envelope.testCaseFinished.testCaseStartedId);
    }
    if (envelope.testRunFinished) {
      finished = true;
      const { success, message, exception } = envelope.testRunFinished;
      if (success === false && (message || exception)) problem ??= exception?.message ?? message;
    }
  }
  const passed = finalAttempts.filter((id) => (worstOfAttempt.get(id) ?? 'PASSED') === 'PASSED').length;
  if (!problem && !finished) problem = 'the run did not finish (the message stream has no testRunFinished)';
  return { passed, failed: finalAttempts.length - passed, problem };
}

export function readAcceptanceSummary(path: string): AcceptanceSummary {
  try {
    return summariseAcceptance(readFileSync(path, 'utf8'));
  } catch (error) {
    return { passed: 0, failed: 0, problem: `no cucumber messages at ${path} (${(error as NodeJS.ErrnoException).code})` };
  }
}
