import { buildGuide } from './buildGuide';
import type { Guide } from './GuideModel';
import type { LoadExternal } from './readAttachment';
import { readEnvelopes } from './readEnvelopes';
import { renderGuide, type GuideFile } from './renderGuide';

export interface GeneratedGuide {
  guide: Guide;
  files: GuideFile[];
  /** Input problems that were skipped over, each naming its line in the stream. */
  warnings: string[];
}

/**
 * The whole pure pipeline: NDJSON text in, the guide folder's files out. `loadExternal` reads
 * an attachment stored beside the stream (an attachment with a `url`); without it such an
 * attachment is reported missing.
 */
export function generateGuide(ndjson: string, loadExternal?: LoadExternal): GeneratedGuide {
  const { envelopes, warnings: readWarnings } = readEnvelopes(ndjson);
  const guide = buildGuide(envelopes, loadExternal);
  const warnings = [...readWarnings, ...guide.warnings];
  if (envelopes.length === 0) warnings.push('the stream holds no cucumber messages; the guide is empty');
  return { guide, files: renderGuide(guide), warnings };
}
