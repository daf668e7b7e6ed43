import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { kitSample as sample } from './fixtures/compatibility-kit';
import { envelopesIn, readRunResults, runResultsOf } from './run-messages';

const statusesOf = (ndjson: string) => runResultsOf(ndjson).scenarios.map(({ name, status }) => `${name}: ${status}`);

describe('the results of a run', () => {
  it('give each scenario the most severe status of its steps, and the step that gave it', () => {
    const { scenarios } = runResultsOf(sample('all-statuses'));
    assert.deepEqual(
      scenarios.map(({ name, status, step }) => [name, status, step]),
      [
        ['Passing', 'PASSED', undefined],
        ['Failing', 'FAILED', 'And a failing step'],
        ['Pending', 'PENDING', 'And a pending step'],
        ['Skipped', 'SKIPPED', 'And a skipped step'],
        ['Undefined', 'UNDEFINED', 'And an undefined step'],
        ['Ambiguous', 'AMBIGUOUS', 'And an ambiguous step'],
      ],
    );
    assert.equal(scenarios[1].location, 'samples/all-statuses/all-statuses.feature:11');
  });

  it('count a retried scenario once, as its last attempt ended', () => {
    // --retry 2: the second and third scenarios fail first and then pass; the fourth fails all three times.
    assert.deepEqual(statusesOf(sample('retry')), [
      "Test cases that pass aren't retried: PASSED",
      'Test cases that fail are retried if within the --retry limit: PASSED',
      'Test cases that fail will continue to retry up to the --retry limit: PASSED',
      "Test cases won't retry after failing more than the --retry limit: FAILED",
    ]);
  });

  it('name the hook that failed a scenario', () => {
    const [failedBefore] = runResultsOf(sample('hooks-conditional')).scenarios;
    assert.deepEqual([failedBefore.status, failedBefore.step], ['FAILED', 'a hook (samples/hooks-conditional/hooks-conditional.ts:7)']);
  });

  it('count a scenario that never finished as unknown, and the run as unfinished', () => {
    const stream = sample('retry');
    const stopped = runResultsOf(stream.slice(0, stream.lastIndexOf('{"testCaseFinished"')));
    assert.deepEqual(stopped.scenarios.at(-1)?.status, 'UNKNOWN');
    assert.equal(stopped.runFinished, undefined);
    assert.equal(runResultsOf(sample('retry')).runFinished?.success, false);
  });

  it('give a scenario with no steps as passed, and a feature file that did not parse by its path', () => {
    assert.deepEqual(statusesOf(sample('empty')), ['Blank Scenario: PASSED']);
    const broken = JSON.stringify({ parseError: { source: { uri: 'features/bad.feature' }, message: '(3:5): expected: #Step, got: Whne' } });
    assert.deepEqual(runResultsOf(broken).parseErrors, ['features/bad.feature: (3:5): expected: #Step, got: Whne']);
  });

  it('are the same read from a file a line at a time, half a last line and all', () => {
    const folder = mkdtempSync(join(tmpdir(), 'run-messages-'));
    try {
      const cut = `${sample('all-statuses')}{"testRunFini`;
      writeFileSync(join(folder, 'messages.ndjson'), cut);
      assert.deepEqual(readRunResults(join(folder, 'messages.ndjson')), runResultsOf(cut));
      assert.equal(runResultsOf(cut).scenarios.length, 6);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('the envelopes of a stream', () => {
  it('are typed messages, and a line that is not one is named', () => {
    assert.equal([...envelopesIn(sample('minimal'))].filter((envelope) => envelope.pickle).length, 1);
    assert.throws(() => [...envelopesIn('{"meta":{}}\n\nnot json\n')], /line 3 is not a cucumber message/);
  });
});
