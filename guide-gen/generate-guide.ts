import { buildGuide } from './build-guide';
import type { Guide } from './guide-model';
import { howToWarnings } from './how-to/choose-how-to';
import type { LoadExternal } from './read-attachment';
import { envelopesOf, linesOf } from './read-envelopes';
import { startPageWarnings } from './render-start-page';
import { renderGuide, type GuideFile } from './render-guide';
import { tallied, type StreamShape } from './stream-problem';
import { markUnfinished } from './unfinished-run';

/** A run read into the guide's model, before any page is rendered. */
export interface ReadGuide {
  guide: Guide;
  /** Input problems that were skipped over, each naming its line in the stream. */
  warnings: string[];
  /** What the stream held, for deciding whether it may replace a guide (streamProblem). */
  stream: StreamShape;
}

export interface GeneratedGuide extends ReadGuide {
  /** The pages and images; each page of a run that did not finish says so at its top. */
  files: GuideFile[];
}

/**
 * A run's message stream: its text or its bytes as read whole, or its lines as they are read
 * (`linesOfFile`), so that a run of any size is read without being held.
 */
export type MessageStream = string | Buffer | { lines: Iterable<string> };

/**
 * A message stream in, the guide's model out. `loadExternal` reads an attachment stored beside the
 * stream (an attachment with a `url`); without it such an attachment is reported missing. Cheap
 * next to rendering (which shrinks every screenshot), so a stream the CLI refuses is refused here.
 */
export function readGuide(ndjson: MessageStream, loadExternal?: LoadExternal): ReadGuide {
  const readWarnings: string[] = [];
  const stream: StreamShape = { lines: 0, unreadable: 0, messages: 0, documented: 0 };
  const lines = typeof ndjson === 'string' || Buffer.isBuffer(ndjson) ? linesOf(ndjson) : ndjson.lines;
  const guide = buildGuide(tallied(envelopesOf(lines, readWarnings), stream), loadExternal);
  stream.unreadable = readWarnings.length;
  stream.lines += readWarnings.length;
  const warnings = [...readWarnings, ...guide.warnings, ...howToWarnings(guide), ...startPageWarnings(guide)];
  if (stream.lines === stream.unreadable) warnings.push('the stream holds no cucumber messages; the guide is empty');
  return { guide, warnings, stream };
}

/** The guide folder's files for a run read by `readGuide`. */
export function renderReadGuide(read: ReadGuide): GeneratedGuide {
  const pages = renderGuide(read.guide);
  return { ...read, files: read.guide.run.finished ? pages : markUnfinished(pages) };
}

/** The whole pure pipeline: NDJSON text in, the guide folder's files out. */
export function generateGuide(ndjson: MessageStream, loadExternal?: LoadExternal): GeneratedGuide {
  return renderReadGuide(readGuide(ndjson, loadExternal));
}
