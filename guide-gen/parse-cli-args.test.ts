import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCliArgs } from './parse-cli-args';

describe('parseCliArgs', () => {
  it('leaves both paths to their defaults when none is given', () => {
    assert.deepEqual(parseCliArgs([]), { help: false, messages: undefined, out: undefined, drift: undefined, allowUnfinished: false });
  });

  it('takes --messages, --out and --drift, in either form', () => {
    assert.deepEqual(parseCliArgs(['--messages', 'run.ndjson', '--out=site/guide', '--drift', 'reports/drift/drift.json']), {
      help: false,
      messages: 'run.ndjson',
      out: 'site/guide',
      drift: 'reports/drift/drift.json',
      allowUnfinished: false,
    });
  });

  it('publishes an unfinished run only when told to with --allow-unfinished', () => {
    assert.equal((parseCliArgs(['--allow-unfinished']) as { allowUnfinished: boolean }).allowUnfinished, true);
    assert.match((parseCliArgs(['--allow-unfinished=yes']) as { error: string }).error, /--allow-unfinished/);
  });

  it('refuses an unknown flag, a missing value and a stray argument', () => {
    assert.match((parseCliArgs(['--output', 'x']) as { error: string }).error, /Unknown option '--output'/);
    assert.match((parseCliArgs(['--messages']) as { error: string }).error, /--messages/);
    assert.match((parseCliArgs(['run.ndjson']) as { error: string }).error, /positional argument/);
  });

  it('answers --help and -h', () => {
    assert.deepEqual(parseCliArgs(['-h']), { help: true });
  });
});
