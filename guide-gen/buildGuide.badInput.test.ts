import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildGuide } from './buildGuide';
import { generateGuide } from './generateGuide';
import type { Guide, GuideScenario } from './GuideModel';
import { readEnvelopes } from './readEnvelopes';
import { scenariosOf } from './renderFeaturePage';
import { tinyRunNdjson, tinyRunWithout } from './testing/tinyRun';

function guideFrom(ndjson: string): Guide {
  return buildGuide(readEnvelopes(ndjson).envelopes);
}

function scenario(guide: Guide, slug: string, name: string): GuideScenario {
  const feature = guide.features.find((candidate) => candidate.slug === slug);
  const found = feature && scenariosOf(feature).find((candidate) => candidate.name === name);
  assert.ok(found, `no scenario "${name}" in ${slug}`);
  return found;
}

describe('buildGuide on damaged input', () => {
  it('still builds a page from the pickles when a gherkinDocument is missing, and says which line', () => {
    const ndjson = tinyRunWithout((e) => 'gherkinDocument' in e && JSON.stringify(e).includes('docomo_id'));
    const guide = guideFrom(ndjson);
    assert.equal(guide.features.length, 2);
    const orphan = guide.features[0];
    assert.equal(orphan.name, 'docomo id');
    assert.equal(scenariosOf(orphan)[0].status, 'passed');
    assert.equal(scenariosOf(orphan)[0].steps[0].keyword, 'Given');
    assert.equal(guide.warnings.length, 1);
    assert.match(guide.warnings[0], /^line \d+: pickle "Taro checks his docomo ID" is from features\/docomo_id\.feature/);
  });

  it('warns about an attachment for a step it cannot find, naming the line, and drops it', () => {
    const lines = tinyRunNdjson.split('\n');
    const at = lines.findIndex((line) => line.startsWith('{"attachment"'));
    lines[at] = lines[at].replace(/"testStepId":"[^"]+"/, '"testStepId":"no-such-step"');
    const guide = guideFrom(lines.join('\n'));
    assert.deepEqual(guide.warnings, [`line ${at + 1}: attachment for unknown step "no-such-step"; skipped`]);
    assert.equal(guide.features.length, 2);
  });

  it('marks a scenario the run never reached as not run, with its steps', () => {
    const ndjson = tinyRunWithout((e) => 'pickle' in e && JSON.stringify(e).includes('Taro checks'));
    const lonely = scenario(guideFrom(ndjson), 'docomo-id', 'Taro checks his docomo ID');
    assert.equal(lonely.status, 'not-run');
    assert.equal(lonely.finishedAt, undefined);
    assert.equal(lonely.steps.length, 3);
  });

  it('reports a failing hook around the steps with its message', () => {
    const envelopes = tinyRunNdjson.trimEnd().split('\n').map((line) => JSON.parse(line));
    const pickle = envelopes.find((e) => e.pickle?.name === 'Taro checks his docomo ID').pickle;
    const testCase = envelopes.find((e) => e.testCase?.pickleId === pickle.id).testCase;
    const hookStepId = testCase.testSteps.find((step: { hookId?: string }) => step.hookId).id;
    for (const e of envelopes) {
      if (e.testStepFinished?.testStepId === hookStepId) {
        e.testStepFinished.testStepResult = { status: 'FAILED', message: 'Browser did not start', duration: {} };
      }
    }
    const guide = guideFrom(envelopes.map((e) => JSON.stringify(e)).join('\n'));
    const taro = scenario(guide, 'docomo-id', 'Taro checks his docomo ID');
    assert.equal(taro.status, 'failed');
    assert.deepEqual(taro.hookFailures, ['Browser did not start']);
  });

  it('treats a test case cut off before it finished as not verified', () => {
    const guide = guideFrom(tinyRunNdjson.slice(0, tinyRunNdjson.lastIndexOf('{"testCaseFinished"')));
    const last = scenario(guide, 'network-pin', 'Resetting online is not offered yet');
    assert.equal(last.status, 'not-run');
    assert.equal(guide.run.finishedAt, undefined);
  });
});

describe('buildGuide on messages of the right type but the wrong shape', () => {
  it('survives any one message emptied, and still renders', () => {
    const lines = tinyRunNdjson.trimEnd().split('\n');
    lines.forEach((line, i) => {
      const type = Object.keys(JSON.parse(line))[0];
      const damaged = [...lines];
      damaged[i] = JSON.stringify({ [type]: {} });
      const { files } = generateGuide(damaged.join('\n'));
      assert.ok(files.some((file) => file.path === 'index.mdx'), `line ${i + 1} (${type})`);
    });
  });

  it('survives any one field of any message missing or null', () => {
    const lines = tinyRunNdjson.trimEnd().split('\n');
    lines.forEach((line, i) => {
      const [[type, body]] = Object.entries(JSON.parse(line) as Record<string, Record<string, unknown>>);
      for (const field of Object.keys(body)) {
        for (const value of [undefined, null]) {
          const damaged = [...lines];
          damaged[i] = JSON.stringify({ [type]: { ...body, [field]: value } });
          assert.doesNotThrow(() => generateGuide(damaged.join('\n')), `line ${i + 1}: ${type}.${field} = ${value}`);
        }
      }
    });
  });
});
