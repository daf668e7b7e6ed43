import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scenarioSpan } from './scenario-span';

const at = (seconds: number, nanos = 0) => ({ seconds, nanos });
const line = (envelope: object) => JSON.stringify(envelope);
const started = (id: string, time: ReturnType<typeof at>) => line({ testCaseStarted: { id, testCaseId: id, attempt: 0, timestamp: time } });
const finished = (id: string, time: ReturnType<typeof at>, willBeRetried = false) =>
  line({ testCaseFinished: { testCaseStartedId: id, timestamp: time, willBeRetried } });

describe("a run's scenario span", () => {
  it('runs from the first scenario started to the last one finished, on any worker', () => {
    const stream = [
      line({ testRunStarted: { timestamp: at(90) } }),
      started('a', at(100)),
      started('b', at(100, 500_000_000)),
      finished('b', at(104)),
      finished('a', at(103)),
      line({ testRunFinished: { timestamp: at(120), success: true } }),
    ].join('\n');
    assert.deepEqual(scenarioSpan(stream), { scenarios: 2, ms: 4000, startedAt: 100_000 });
  });

  it('counts a retried scenario once, and times its retry', () => {
    const stream = [started('a', at(10)), finished('a', at(11), true), started('a2', at(11)), finished('a2', at(12, 250_000_000))].join('\n');
    assert.deepEqual(scenarioSpan(stream), { scenarios: 1, ms: 2250, startedAt: 10_000 });
  });

  it('refuses a stream with no finished scenario, and says so', () => {
    assert.throws(() => scenarioSpan(started('a', at(1))), /no finished test case/);
  });

  it('names the line that is not JSON', () => {
    assert.throws(() => scenarioSpan(`${started('a', at(1))}\n{"testCaseFin`), /line 2 of the message stream is not JSON/);
  });
});
