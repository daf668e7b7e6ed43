import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ARIA_MEDIA_TYPE } from '../common/run-attachments';
import { buildGuide } from './build-guide';
import type { GuideScenario } from './guide-model';
import { readEnvelopes } from './read-envelopes';
import { handMadeRun, type HandMadeRun } from './testing/hand-made-run';
import { scenariosOf } from './walkthroughs';

const log = (body: string) => ({ mediaType: 'text/x.cucumber.log+plain', body });

function walkthrough(run: HandMadeRun): GuideScenario {
  const guide = buildGuide(readEnvelopes(handMadeRun(run)).envelopes);
  assert.deepEqual(guide.warnings, []);
  return scenariosOf(guide.features[0])[0];
}

describe('scenarioFromPickle', () => {
  it('gives each step what it attached for the reader, and its accessibility snapshot', () => {
    const scenario = walkthrough({
      steps: [
        { text: 'she logs in', attachments: [log('typed her ID'), { mediaType: ARIA_MEDIA_TYPE, body: '- heading "ログイン"' }] },
        { text: 'she sees her docomo ID' },
      ],
    });
    assert.deepEqual(scenario.steps[0].attachments, [{ kind: 'text', title: 'Log', text: 'typed her ID', language: 'text' }]);
    assert.equal(scenario.steps[0].aria, '- heading "ログイン"');
    assert.equal(scenario.steps[1].attachments, undefined);
    assert.equal(scenario.steps[1].aria, undefined);
  });

  it('places what hooks attached before the first step and after the last', () => {
    const scenario = walkthrough({ steps: [{ text: 'she logs in' }], before: [log('portal ready')], after: [log('browser closed')] });
    assert.deepEqual(scenario.hookAttachments, {
      before: [{ from: 'Attached by a hook before the first step', attachment: { kind: 'text', title: 'Log', text: 'portal ready', language: 'text' } }],
      after: [{ from: 'Attached by a hook after the last step', attachment: { kind: 'text', title: 'Log', text: 'browser closed', language: 'text' } }],
    });
  });

  it('keeps what a Background step attached, though the walkthrough does not repeat the step', () => {
    const scenario = walkthrough({ background: [{ text: 'she has a docomo ID', attachments: [log('ID hanako-docomo')] }], steps: [{ text: 'she logs in' }] });
    assert.deepEqual(
      scenario.steps.map((step) => step.text),
      ['she logs in'],
    );
    assert.deepEqual(
      scenario.hookAttachments?.before.map(({ from }) => from),
      ['Attached during the step “she has a docomo ID” (Before you start)'],
    );
  });

  it('has no hook attachments when nothing was attached around the steps', () => {
    assert.equal(walkthrough({ steps: [{ text: 'she logs in', attachments: [log('typed')] }] }).hookAttachments, undefined);
  });
});
