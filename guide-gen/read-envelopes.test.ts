import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { linesOf, linesOfFile, readEnvelopes } from './read-envelopes';

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

  it('reads the bytes of a stream as it reads its text, line ends, line numbers and non-ASCII text alike', () => {
    const text = '{"meta":{}}\r\n\nnot json\n{"source":{"data":"ネットワーク暗証番号"}}\n{"testRunFinished":{}}';
    assert.deepEqual(readEnvelopes(Buffer.from(text)), readEnvelopes(text));
    assert.equal((readEnvelopes(Buffer.from(text)).envelopes[1].envelope.source as { data: string }).data, 'ネットワーク暗証番号');
  });

  it('reads a stream longer than the longest string V8 can make, a line at a time', () => {
    // 0x1fffffe8 characters is V8's limit: `toString()` of this whole stream throws.
    const lineLength = 96 * 1024 * 1024;
    const lines = 6;
    const last = Buffer.from('{"testRunFinished":{}}\n');
    const stream = Buffer.alloc(lines * lineLength + last.length, ' ');
    for (let n = 1; n <= lines; n++) stream[n * lineLength - 1] = 0x0a;
    last.copy(stream, lines * lineLength);
    assert.throws(() => stream.toString('utf8'), /Cannot create a string longer than/);
    const { envelopes, warnings } = readEnvelopes(stream);
    assert.deepEqual(
      envelopes.map(({ line, envelope }) => [line, Object.keys(envelope)[0]]),
      [[lines + 1, 'testRunFinished']],
    );
    assert.deepEqual(warnings, []);
  });

  it('reads a stream file a chunk at a time into the same lines, a line or a character cut by a chunk end included', () => {
    // Chunks are 1 MiB: a line of 1.5 MiB spans two, and the Japanese character (3 bytes) straddles the first end.
    const long = `{"source":{"data":"${'x'.repeat(1024 * 1024 - 20)}暗証番号${'y'.repeat(512 * 1024)}"}}`;
    const bytes = Buffer.from(`{"meta":{}}\r\n${long}\n\nnot json\n{"testRunFinished":{}}`);
    const folder = mkdtempSync(join(tmpdir(), 'lines-of-file-'));
    try {
      writeFileSync(join(folder, 'messages.ndjson'), bytes);
      const chunks: Buffer[] = [];
      assert.deepEqual([...linesOfFile(join(folder, 'messages.ndjson'), (chunk) => chunks.push(Buffer.from(chunk)))], [...linesOf(bytes)]);
      assert.equal(chunks.length, 2);
      assert.deepEqual(Buffer.concat(chunks), bytes);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
