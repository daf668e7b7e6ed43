import { existsSync, readFileSync } from 'node:fs';
import type { DriftSummary } from './render-drift-page';

export interface DriftReportRequest {
  /** Where the report is, and how to name it and the run's stream in a warning. */
  path: string;
  shownPath: string;
  shownMessages: string;
  /** True when --drift named it: then its absence is worth a warning. */
  named: boolean;
  /** messagesDigest of the stream the guide is made from. */
  runDigest: () => string;
}

/**
 * The `npm run verify` summary for the guide's "Has the portal changed?" page: undefined when
 * verify has not run, a warning when the report cannot be read or is not of this run. A report
 * of another run (an earlier full run beside a partial one, say) would tell the reader that
 * walkthroughs this run never compared are unchanged, so it is left out, never shown.
 */
export function readDriftReport(request: DriftReportRequest): DriftSummary | string | undefined {
  const { path, shownPath, named } = request;
  if (!existsSync(path)) return named ? `(no drift report at ${shownPath}: run npm run verify first; the guide has no portal-changes page)` : undefined;
  let drift: DriftSummary;
  try {
    drift = JSON.parse(readFileSync(path, 'utf8')) as DriftSummary;
    if (!Array.isArray(drift.flows)) throw new Error('it has no "flows" list');
  } catch (error) {
    return `(drift report ${shownPath} is not readable: ${(error as Error).message}; the guide has no portal-changes page)`;
  }
  const otherRun = whyNotThisRun(drift, request.runDigest);
  if (!otherRun) return drift;
  return (
    `(drift report ${shownPath} ${otherRun}; the guide has no portal-changes page. ` +
    `To compare this run, run npm run verify -- --messages ${request.shownMessages})`
  );
}

function whyNotThisRun(drift: DriftSummary, runDigest: () => string): string | undefined {
  const run = (drift as Partial<DriftSummary>).run;
  if (typeof run?.sha256 !== 'string' || typeof run.finished !== 'boolean') {
    return 'does not say which run it compared (no "run": an older npm run verify wrote it), so it may be from another run';
  }
  const digest = runDigest();
  if (run.sha256 !== digest) {
    return `is from another run: it compared a message stream with sha256 ${run.sha256.slice(0, 12)}…, this one is ${digest.slice(0, 12)}…`;
  }
  return undefined;
}
