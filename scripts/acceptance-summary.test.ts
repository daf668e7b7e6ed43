import { test } from 'node:test';
import assert from 'node:assert/strict';
import { summariseAcceptance } from './acceptance-summary';
import { kitSample } from './fixtures/compatibility-kit';
import { runResultsOf } from './run-messages';

const summaryOf = (ndjson: string) => summariseAcceptance(runResultsOf(ndjson));

test('a scenario passes only when every step passed: failed, pending, skipped, undefined and ambiguous ones fail', () => {
  // The kit's all-statuses run: one scenario per status, Passing the only one that passes.
  assert.deepEqual(summaryOf(kitSample('all-statuses')), { passed: 1, failed: 5, problem: undefined });
});

test('only the last attempt of a retried scenario counts', () => {
  // --retry 2: two of the four scenarios fail before they pass; one fails all three attempts.
  assert.deepEqual(summaryOf(kitSample('retry')), { passed: 3, failed: 1, problem: undefined });
});

test('a feature file that does not parse is reported with its path', () => {
  const stream = [
    JSON.stringify({ parseError: { source: { uri: 'features/bad.feature' }, message: '(3:5): expected: #Step, got: Whne' } }),
    JSON.stringify({ testRunFinished: { success: false, timestamp: { seconds: 0, nanos: 0 } } }),
  ];
  assert.match(summaryOf(stream.join('\n')).problem ?? '', /features\/bad\.feature: \(3:5\)/);
});

test('a stream that stops before the run finished is a problem, and its unfinished scenario failed', () => {
  const stream = kitSample('minimal');
  const stopped = summaryOf(stream.slice(0, stream.indexOf('{"testCaseFinished"')));
  assert.match(stopped.problem ?? '', /did not finish/);
  assert.deepEqual([stopped.passed, stopped.failed], [0, 1]);
});
