import { TestStepResultStatus } from '@cucumber/messages';
import { readRunResults, type RunResults } from './run-messages';

export interface AcceptanceSummary {
  passed: number;
  failed: number;
  /** A message when the run did not complete: a parse error, or no test run at all. */
  problem?: string;
}

/**
 * Counts scenarios by their last attempt (scripts/run-messages.ts): a scenario passes when every
 * step of it passed. Anything else (failed, undefined, pending, ambiguous, skipped, never
 * finished) counts as failed, as cucumber's strict mode does.
 */
export function summariseAcceptance({ scenarios, parseErrors, runFinished }: RunResults): AcceptanceSummary {
  const passed = scenarios.filter((scenario) => scenario.status === TestStepResultStatus.PASSED).length;
  return { passed, failed: scenarios.length - passed, problem: problemOf(parseErrors, runFinished) };
}

function problemOf(parseErrors: string[], runFinished: RunResults['runFinished']): string | undefined {
  if (parseErrors.length > 0) return parseErrors.join('; ');
  if (!runFinished) return 'the run did not finish (the message stream has no testRunFinished)';
  if (runFinished.success === false) return runFinished.exception?.message ?? runFinished.message;
  return undefined;
}

export function readAcceptanceSummary(path: string): AcceptanceSummary {
  try {
    return summariseAcceptance(readRunResults(path));
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return { passed: 0, failed: 0, problem: `no cucumber messages at ${path} (${why})` };
  }
}
