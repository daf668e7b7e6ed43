import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildGuide } from '../build-guide';
import type { Screenshot } from '../guide-model';
import { readEnvelopes } from '../read-envelopes';
import { tinyRunNdjson } from '../testing/tiny-run';
import { planHowTo } from './plan-how-to';

describe('planHowTo', () => {
  it("cuts each screen once for the whole guide: a later page showing it takes the guide's cut", () => {
    const guide = buildGuide(readEnvelopes(tinyRunNdjson).envelopes);
    const crops = new Map<string, Screenshot>();
    const plans = guide.features.map((feature) => planHowTo(feature, undefined, crops));
    const shown = plans.flatMap((plan) => plan.steps.flatMap((step) => (step.shot ? [step.shot] : [])));
    assert.ok(shown.length > 0, 'the tiny run shows screens on its how-to pages');
    assert.deepEqual(new Set(crops.keys()), new Set(shown.map((shot) => shot.whole?.fileName ?? shot.fileName)));
    const again = planHowTo(guide.features[0], undefined, crops);
    assert.deepEqual(
      again.steps.map((step) => step.shot),
      plans[0].steps.map((step) => step.shot),
    );
    again.steps.forEach((step, i) => assert.equal(step.shot, plans[0].steps[i].shot, 'the very cut already made, not a new one'));
  });
});
