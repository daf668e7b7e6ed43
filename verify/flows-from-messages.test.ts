import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ARIA_MEDIA_TYPE } from '../common/run-attachments';
import { handMadeRun } from '../guide-gen/testing/hand-made-run';
import { flowsFromMessages } from './flows-from-messages';

const aria = (body: string) => ({ mediaType: ARIA_MEDIA_TYPE, fileName: 'aria.yml', body });

describe('flowsFromMessages', () => {
  it('gives each step the accessibility snapshot the run attached to it', () => {
    const ndjson = handMadeRun({
      steps: [
        { text: 'she goes to Customer Support', attachments: [aria('- heading "お客様サポート"')] },
        { text: 'she sees her docomo ID', attachments: [aria('- text "ID: hanako-docomo"')] },
      ],
    });
    const [flow] = flowsFromMessages(ndjson);
    assert.deepEqual(
      flow.steps.map((step) => [step.text, step.aria]),
      [
        ['When she goes to Customer Support', '- heading "お客様サポート"'],
        ['Then she sees her docomo ID', '- text "ID: hanako-docomo"'],
      ],
    );
  });

  it('tells a step the run took no snapshot of from one whose snapshot was empty', () => {
    const ndjson = handMadeRun({ steps: [{ text: 'she goes to Customer Support' }, { text: 'she sees her docomo ID', attachments: [aria('')] }] });
    const [flow] = flowsFromMessages(ndjson);
    assert.equal(flow.steps[0].aria, undefined);
    assert.equal(flow.steps[1].aria, '');
  });

  it('compares the Background steps too, as the first steps of each flow', () => {
    const ndjson = handMadeRun({
      background: [{ text: "Hanako's phone is on sp-mode", attachments: [aria('- heading "ホーム"')] }],
      steps: [{ text: 'she goes to Customer Support', attachments: [aria('- heading "お客様サポート"')] }],
    });
    const [flow] = flowsFromMessages(ndjson);
    assert.deepEqual(
      flow.steps.map((step) => [step.text, step.aria]),
      [
        ["Given Hanako's phone is on sp-mode", '- heading "ホーム"'],
        ['When she goes to Customer Support', '- heading "お客様サポート"'],
      ],
    );
  });
});
