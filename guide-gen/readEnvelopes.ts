import type { Envelope } from '@cucumber/messages';

/** A cucumber message with the line of the NDJSON stream it came from (1-based). */
export interface LocatedEnvelope {
  line: number;
  envelope: Envelope;
}

export interface ReadEnvelopesResult {
  envelopes: LocatedEnvelope[];
  warnings: string[];
}

/**
 * Splits a `message` formatter stream into envelopes. A line that is not JSON (a run killed
 * mid-write leaves a truncated last line) or not a message becomes a warning, never an error,
 * so one bad line costs one message rather than the whole guide.
 *
 * Bytes are read a line at a time and never decoded whole: V8 makes no string longer than
 * 0x1fffffe8 characters (512 MiB), and a stream of about 1,100 scenarios with base64 screenshots
 * in it passed that, so `toString()` of the file threw before a line was read.
 */
export function readEnvelopes(ndjson: string | Buffer): ReadEnvelopesResult {
  const envelopes: LocatedEnvelope[] = [];
  const warnings: string[] = [];
  let line = 0;
  for (const text of linesOf(ndjson)) {
    line += 1;
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      warnings.push(`line ${line}: not a JSON message (${reason}); skipped`);
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      warnings.push(`line ${line}: not a cucumber message (expected a JSON object); skipped`);
      continue;
    }
    envelopes.push({ line, envelope: value });
  }
  return { envelopes, warnings };
}

const NEWLINE = 0x0a;

/** The stream's lines without their line ends (\n or \r\n), each decoded on its own when given bytes. */
function* linesOf(ndjson: string | Buffer): Generator<string> {
  if (typeof ndjson === 'string') {
    yield* ndjson.split(/\r?\n/);
    return;
  }
  let start = 0;
  for (let end = ndjson.indexOf(NEWLINE); end !== -1; end = ndjson.indexOf(NEWLINE, start)) {
    yield ndjson.toString('utf8', start, end).replace(/\r$/, '');
    start = end + 1;
  }
  yield ndjson.toString('utf8', start).replace(/\r$/, '');
}
