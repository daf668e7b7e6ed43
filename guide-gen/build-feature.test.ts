import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ARIA_MEDIA_TYPE } from '../common/run-attachments';
import { buildGuide } from './build-guide';
import { readEnvelopes } from './read-envelopes';
import { handMadeRun } from './testing/hand-made-run';

const PNG_2x2 = 'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR4nGM4w2AMRAwQCgAeVgP9CwJ/4gAAAABJRU5ErkJggg==';

describe('featureFromDocument', () => {
  it('gives a Background step the accessibility snapshot of the run it takes its pictures from', () => {
    const ndjson = handMadeRun({
      background: [
        {
          text: 'she has opened the portal',
          attachments: [
            { mediaType: 'image/png', contentEncoding: 'BASE64', body: PNG_2x2, fileName: 'step.png' },
            { mediaType: ARIA_MEDIA_TYPE, body: '- heading "お客様サポート"' },
          ],
        },
      ],
      steps: [{ text: 'she logs in' }],
    });
    const [feature] = buildGuide(readEnvelopes(ndjson).envelopes).features;
    assert.equal(feature.background?.steps[0].screens.length, 1);
    assert.equal(feature.background?.steps[0].aria, '- heading "お客様サポート"');
  });
});
