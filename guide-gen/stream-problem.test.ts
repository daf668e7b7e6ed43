import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readEnvelopes } from './read-envelopes';
import { streamProblem, streamShape } from './stream-problem';
import { tinyRunNdjson, tinyRunWithout } from './testing/tiny-run';

function problemOf(ndjson: string): string | undefined {
  const { envelopes, warnings } = readEnvelopes(ndjson);
  return streamProblem(streamShape(envelopes, warnings.length));
}

describe('streamProblem', () => {
  it('finds nothing wrong with a whole run', () => {
    assert.equal(problemOf(tinyRunNdjson), undefined);
  });

  it('lets a run through whose last line was cut mid-write', () => {
    assert.equal(problemOf(`${tinyRunNdjson}{"testStepFinished":{"testStepRes`), undefined);
  });

  it('refuses an empty stream, or one of blank lines', () => {
    assert.match(problemOf('') ?? '', /^is empty: there is nothing to make a guide from$/);
    assert.match(problemOf('\n  \n') ?? '', /^is empty/);
  });

  it('refuses a stream that is mostly not JSON, even with a few messages in it', () => {
    const binary = Array.from({ length: 40 }, (_, i) => `\u0089PNG\u0000\u001a${i}`).join('\n');
    const someMessages = tinyRunNdjson.split('\n').slice(0, 5).join('\n');
    assert.match(problemOf(`${binary}\n${someMessages}`) ?? '', /^is not a cucumber message stream: 40 of its 45 lines are not JSON messages/);
  });

  it('refuses JSON that is not cucumber messages', () => {
    assert.match(problemOf('{"name":"docomo-credentials-guide"}\n{"version":"0.1.0"}') ?? '', /^holds no cucumber messages: none of its 2 lines is one$/);
  });

  it('refuses a run with nothing to document: no gherkinDocument and no pickle', () => {
    const nothingDocumented = tinyRunWithout((envelope) => 'gherkinDocument' in envelope || 'pickle' in envelope);
    assert.match(problemOf(nothingDocumented) ?? '', /^holds no gherkinDocument or pickle: the run had no feature to document/);
  });

  it('takes pickles alone as something to document', () => {
    assert.equal(problemOf(tinyRunWithout((envelope) => 'gherkinDocument' in envelope)), undefined);
  });
});
