import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseVerifyArgs, runsPartOfTheSpec } from './verify-args';

test('no arguments compare a fresh run with baselines/ and report into reports/drift', () => {
  assert.deepEqual(parseVerifyArgs([]), { accept: false, maxPixelRatio: 0.001, baselines: 'baselines', report: 'reports/drift', cucumberArgs: [] });
});

test('the threshold can be set, in either form', () => {
  assert.equal((parseVerifyArgs(['--threshold', '0.02']) as { maxPixelRatio: number }).maxPixelRatio, 0.02);
  assert.equal((parseVerifyArgs(['--threshold=0.5']) as { maxPixelRatio: number }).maxPixelRatio, 0.5);
});

test('a threshold that is not a share is refused with an example', () => {
  assert.match((parseVerifyArgs(['--threshold', '5%']) as { error: string }).error, /between 0 and 1/);
});

test('a flag without its value is refused', () => {
  assert.deepEqual(parseVerifyArgs(['--messages']), { error: '--messages needs a value.' });
});

test("cucumber's own options pass through", () => {
  assert.deepEqual((parseVerifyArgs(['--tags', '@navigation']) as { cucumberArgs: string[] }).cucumberArgs, ['--tags', '@navigation']);
});

test('part of a run may be accepted: the cucumber options go through', () => {
  assert.deepEqual((parseVerifyArgs(['--accept', '--tags', '@x']) as { accept: boolean; cucumberArgs: string[] }).cucumberArgs, ['--tags', '@x']);
});

test('tags, names, shards and feature paths run part of the spec; formats and workers do not', () => {
  for (const args of [['--tags', '@x'], ['--name=Delete'], ['--shard', '1/3'], ['features/delete-docomo-id.feature']]) {
    assert.equal(runsPartOfTheSpec(args), true, args.join(' '));
  }
  assert.equal(runsPartOfTheSpec(['--parallel', '1', '--format', 'summary', '--fail-fast']), false);
  assert.equal(runsPartOfTheSpec(['--parallel', '1', 'features/delete-docomo-id.feature:12']), true);
});
