import { closeSync, openSync, readSync } from 'node:fs';
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
  const warnings: string[] = [];
  return { envelopes: [...envelopesOf(linesOf(ndjson), warnings)], warnings };
}

/**
 * The envelopes of a stream's lines, one at a time as they are read (`readEnvelopes` holds them
 * all): with `linesOfFile`, a run of any size is never in memory whole. Skipped lines are added
 * to `warnings` as they are met.
 */
export function* envelopesOf(lines: Iterable<string>, warnings: string[]): Generator<LocatedEnvelope> {
  let line = 0;
  for (const text of lines) {
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
    yield { line, envelope: value };
  }
}

const NEWLINE = 0x0a;
const CHUNK = 1024 * 1024;

/** The stream's lines without their line ends (\n or \r\n), each decoded on its own when given bytes. */
export function* linesOf(ndjson: string | Buffer): Generator<string> {
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

/**
 * The lines of a stream file, read 1 MiB at a time, as `linesOf` reads its bytes: only the line
 * being read is held, never the file (a synthetic run of 10,000 scenarios is a stream of 170 MiB).
 * `seen` is given every chunk as it is read, so a digest can be of the very bytes read.
 */
export function* linesOfFile(path: string, seen?: (chunk: Buffer) => void): Generator<string> {
  const file = openSync(path, 'r');
  try {
    // The start of a line whose end is in a later chunk (a line may be longer than a chunk).
    let pending: Buffer[] = [];
    for (;;) {
      const chunk = Buffer.alloc(CHUNK);
      const read = readSync(file, chunk, 0, CHUNK, null);
      if (read === 0) break;
      const bytes = chunk.subarray(0, read);
      seen?.(bytes);
      let start = 0;
      for (let end = bytes.indexOf(NEWLINE); end !== -1; end = bytes.indexOf(NEWLINE, start)) {
        yield Buffer.concat([...pending, bytes.subarray(start, end)])
          .toString('utf8')
          .replace(/\r$/, '');
        pending = [];
        start = end + 1;
      }
      if (start < read) pending.push(bytes.subarray(start));
    }
    yield Buffer.concat(pending).toString('utf8').replace(/\r$/, '');
  } finally {
    closeSync(file);
  }
}
