import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readEnvelopes } from './readEnvelopes';

describe('readEnvelopes', () => {
  it('reads one message per line and remembers each line number', () => {
    const { envelopes, warnings } = readEnvelopes('{"meta":{}}\n\n{"testRunStarted":{}}\n');
    assert.deepEqual(
      envelopes.map(({ line, envelope }) => [line, Object.keys(envelope)[0]]),
      [
        [1, 'meta'],
        [3, 'testRunStarted'],
      ],
    );
    assert.deepEqual(warnings, []);
  });

  it('skips a line that is not JSON, such as one cut off mid-write, with a warning naming it', () => {
    const { envelopes, warnings } = readEnvelopes('{"meta":{}}\nnot json\n{"attachment":{"body":"iVBO');
    assert.equal(envelopes.length, 1);
    assert.equal(warnings.length, 2);
    assert.match(warnings[0], /^line 2: not a JSON message \(.+\); skipped$/);
    assert.match(warnings[1], /^line 3: not a JSON message/);
  });

  it('skips JSON that is not a message object', () => {
    const { envelopes, warnings } = readEnvelopes('[1,2]\n42\r\n{"pickle":{}}');
    assert.equal(envelopes.length, 1);
    assert.deepEqual(warnings, [
      'line 1: not a cucumber message (expected a JSON object); skipped',
      'line 2: not a cucumber message (expected a JSON object); skipped',
    ]);
  });
});
