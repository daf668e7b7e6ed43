import type { Envelope, Timestamp } from '@cucumber/messages';

/** How long a run's scenarios took, read from its message stream. */
export interface ScenarioSpan {
  /** Test cases that finished for good (a retried attempt is not counted again). */
  scenarios: number;
  /** From the first testCaseStarted to the last testCaseFinished: the scenarios' wall clock, without start-up. */
  ms: number;
  /** When the first scenario started (ms since the epoch): what start-up ends with. */
  startedAt: number;
}

const millis = (timestamp: Timestamp) => timestamp.seconds * 1000 + timestamp.nanos / 1e6;

/**
 * The scenarios' span in a cucumber message stream (NDJSON). Throws, saying why, when the stream
 * has no finished test case or a line that is not JSON: then there is nothing to time.
 */
export function scenarioSpan(ndjson: string): ScenarioSpan {
  let first = Infinity;
  let last = -Infinity;
  let scenarios = 0;
  ndjson.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    let envelope: Envelope;
    try {
      envelope = JSON.parse(line) as Envelope;
    } catch {
      throw new Error(`line ${index + 1} of the message stream is not JSON: ${line.slice(0, 80)}`);
    }
    if (envelope.testCaseStarted) first = Math.min(first, millis(envelope.testCaseStarted.timestamp));
    if (envelope.testCaseFinished) {
      last = Math.max(last, millis(envelope.testCaseFinished.timestamp));
      if (!envelope.testCaseFinished.willBeRetried) scenarios++;
    }
  });
  if (scenarios === 0) throw new Error('the message stream holds no finished test case, so there is no span to time');
  return { scenarios, ms: last - first, startedAt: first };
}
