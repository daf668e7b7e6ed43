import { buildGuide } from './buildGuide';
import type { Guide } from './GuideModel';
import { readEnvelopes } from './readEnvelopes';
import { renderGuide, type GuideFile } from './renderGuide';

export interface GeneratedGuide {
  guide: Guide;
  files: GuideFile[];
  /** Input problems that were skipped over, each naming its line in the stream. */
  warnings: string[];
}

/** The whole pure pipeline: NDJSON text in, the guide folder's files out. */
export function generateGuide(ndjson: string): GeneratedGuide {
  const { envelopes, warnings: readWarnings } = readEnvelopes(ndjson);
  const guide = buildGuide(envelopes);
  const warnings = [...readWarnings, ...guide.warnings];
  if (envelopes.length === 0) warnings.push('the stream holds no cucumber messages; the guide is empty');
  return { guide, files: renderGuide(guide), warnings };
}
