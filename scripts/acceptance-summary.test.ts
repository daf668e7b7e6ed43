import { test } from 'node:test';
import assert from 'node:assert/strict';
import { summariseAcceptance } from './acceptance-summary';

const envelope = (message: object) => JSON.stringify(message);
const step = (testCaseStartedId: string, status: string) => envelope({ testStepFinished: { testCaseStartedId, testStepId: 's', testStepResult: { status } } });
const finished = (testCaseStartedId: string, willBeRetried = false) => envelope({ testCaseFinished: { testCaseStartedId, willBeRetried } });
const runFinished = envelope({ testRunFinished: { success: true } });

test('a scenario passes only when every step passed', () => {
  const stream = [
    step('a', 'PASSED'),
    step('a', 'PASSED'),
    finished('a'),
    step('b', 'PASSED'),
    step('b', 'FAILED'),
    step('b', 'SKIPPED'),
    finished('b'),
    runFinished,
  ];
  assert.deepEqual(summariseAcceptance(stream.join('\n')), { passed: 1, failed: 1, problem: undefined });
});

test('undefined and pending steps fail their scenario', () => {
  const stream = [step('a', 'UNDEFINED'), finished('a'), step('b', 'PENDING'), finished('b'), runFinished];
  assert.equal(summariseAcceptance(stream.join('\n')).failed, 2);
});

test('only the last attempt of a retried scenario counts', () => {
  const stream = [step('a1', 'FAILED'), finished('a1', true), step('a2', 'PASSED'), finished('a2'), runFinished];
  assert.deepEqual(summariseAcceptance(stream.join('\n')), { passed: 1, failed: 0, problem: undefined });
});

test('a feature file that does not parse is reported with its path', () => {
  const stream = [envelope({ parseError: { source: { uri: 'features/bad.feature' }, message: '(3:5): expected: #Step, got: Whne' } }), runFinished];
  assert.match(summariseAcceptance(stream.join('\n')).problem ?? '', /features\/bad\.feature: \(3:5\)/);
});

test('a stream that stops before the run finished is a problem', () => {
  assert.match(summariseAcceptance([step('a', 'PASSED'), finished('a')].join('\n')).problem ?? '', /did not finish/);
});
