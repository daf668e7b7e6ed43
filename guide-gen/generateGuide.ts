import { buildGuide } from './buildGuide';
import type { Guide } from './GuideModel';
import { howToWarnings } from './howTo/chooseHowTo';
import type { LoadExternal } from './readAttachment';
import { readEnvelopes } from './readEnvelopes';
import { startPageWarnings } from './renderStartPage';
import { renderGuide, type GuideFile } from './renderGuide';
import { streamShape, type StreamShape } from './streamProblem';
import { markUnfinished } from './unfinishedRun';

export interface GeneratedGuide {
  guide: Guide;
  /** The pages and images; each page of a run that did not finish says so at its top. */
  files: GuideFile[];
  /** Input problems that were skipped over, each naming its line in the stream. */
  warnings: string[];
  /** What the stream held, for deciding whether it may replace a guide (streamProblem). */
  stream: StreamShape;
}

/**
 * The whole pure pipeline: NDJSON text in, the guide folder's files out. `loadExternal` reads
 * an attachment stored beside the stream (an attachment with a `url`); without it such an
 * attachment is reported missing.
 */
export function generateGuide(ndjson: string, loadExternal?: LoadExternal): GeneratedGuide {
  const { envelopes, warnings: readWarnings } = readEnvelopes(ndjson);
  const guide = buildGuide(envelopes, loadExternal);
  const warnings = [...readWarnings, ...guide.warnings, ...howToWarnings(guide), ...startPageWarnings(guide)];
  if (envelopes.length === 0) warnings.push('the stream holds no cucumber messages; the guide is empty');
  const pages = renderGuide(guide);
  return {
    guide,
    files: guide.run.finished ? pages : markUnfinished(pages),
    warnings,
    stream: streamShape(envelopes, readWarnings.length),
  };
}
