import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildGuide } from './buildGuide';
import type { Guide, GuideFeature, GuideScenario } from './GuideModel';
import { readEnvelopes } from './readEnvelopes';
import { scenariosOf } from './renderFeaturePage';
import { tinyRunNdjson } from './testing/tinyRun';

function guideFrom(ndjson: string): Guide {
  return buildGuide(readEnvelopes(ndjson).envelopes);
}

function feature(guide: Guide, slug: string): GuideFeature {
  const found = guide.features.find((candidate) => candidate.slug === slug);
  assert.ok(found, `no feature ${slug} in ${guide.features.map((f) => f.slug).join(', ')}`);
  return found;
}

function scenario(guide: Guide, slug: string, name: string, index = 0): GuideScenario {
  const found = scenariosOf(feature(guide, slug)).filter((candidate) => candidate.name === name)[index];
  assert.ok(found, `no scenario "${name}" in ${slug}`);
  return found;
}

describe('buildGuide on a real cucumber-js run', () => {
  const guide = guideFrom(tinyRunNdjson);

  it('makes one feature per feature file, ordered by path, named after the file', () => {
    assert.deepEqual(
      guide.features.map((f) => [f.slug, f.name]),
      [
        ['docomo-id', 'Check your docomo ID'],
        ['network-pin', 'Change your network PIN'],
      ],
    );
    assert.deepEqual(guide.warnings, []);
  });

  it('gives each scenario the status of its worst step', () => {
    const statuses = scenariosOf(feature(guide, 'docomo-id')).map((s) => [s.name, s.status]);
    assert.deepEqual(statuses, [
      ['Taro checks his docomo ID', 'passed'],
      ['The portal is slow the first time', 'passed'],
      ['A pending check', 'pending'],
      ['An ambiguous step', 'ambiguous'],
    ]);
    assert.equal(scenario(guide, 'network-pin', 'A wrong current PIN is refused').status, 'failed');
    assert.equal(scenario(guide, 'network-pin', 'Locking the PIN after too many tries').status, 'undefined');
    assert.equal(scenario(guide, 'network-pin', 'Resetting online is not offered yet').status, 'skipped');
  });

  it('uses the last attempt of a retried scenario', () => {
    const retried = scenario(guide, 'docomo-id', 'The portal is slow the first time');
    assert.equal(retried.attempts, 2);
    assert.ok(retried.steps.every((step) => step.status === 'passed' && step.message === undefined));
  });

  it('keeps the failure message on the step that failed, and the statuses of the others', () => {
    const failed = scenario(guide, 'network-pin', 'A wrong current PIN is refused');
    assert.deepEqual(
      failed.steps.map((s) => s.status),
      ['passed', 'passed', 'failed', 'undefined'],
    );
    assert.match(failed.steps[2].message ?? '', /but it showed "暗証番号が違います"/);
    const ambiguous = scenario(guide, 'docomo-id', 'An ambiguous step');
    assert.match(ambiguous.steps[1].message ?? '', /Multiple step definitions match/);
  });

  it('attaches each screenshot to the Gherkin step it was taken after', () => {
    const passed = scenario(guide, 'docomo-id', 'Taro checks his docomo ID');
    assert.equal(passed.steps.length, 3);
    for (const step of passed.steps) {
      assert.equal(step.screenshots.length, 1);
      assert.match(step.screenshots[0].fileName, /^[0-9a-f]{16}\.png$/);
      assert.equal(step.screenshots[0].width, 2);
    }
    const pending = scenario(guide, 'docomo-id', 'A pending check');
    assert.equal(pending.steps[2].status, 'skipped');
    assert.deepEqual(pending.steps[2].screenshots, []);
  });

  it('records when the last attempt finished, in UTC', () => {
    const passed = scenario(guide, 'docomo-id', 'Taro checks his docomo ID');
    assert.match(passed.finishedAt ?? '', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    assert.ok(guide.run.finishedAt && guide.run.finishedAt >= (passed.finishedAt ?? ''));
    assert.equal(guide.run.success, false);
  });

  it('shows Background steps once, as "Before you start", not in every scenario', () => {
    const pin = feature(guide, 'network-pin');
    assert.deepEqual(
      pin.background?.steps.map((s) => `${s.keyword} ${s.text}`),
      ["Given Hanako's phone is on sp-mode"],
    );
    assert.equal(pin.background?.steps[0].screenshots.length, 1);
    const changed = scenario(guide, 'network-pin', 'Hanako changes her network PIN');
    assert.deepEqual(
      changed.steps.map((s) => s.keyword),
      ['When', 'And', 'Then'],
    );
  });

  it('keeps Rules as groups, with their own Background', () => {
    const rules = feature(guide, 'network-pin').children.flatMap((child) => ('rule' in child ? [child.rule] : []));
    assert.deepEqual(
      rules.map((rule) => [rule.name, rule.scenarios.length]),
      [
        ['A new PIN must not be easy to guess', 3],
        ['The PIN can be reset from a shop', 2],
      ],
    );
    assert.equal(rules[1].background?.steps[0].text, 'Hanako has her ID card with her');
  });

  it('makes one section per Outline example row, with the row values', () => {
    const first = scenario(guide, 'network-pin', 'Simple PINs are refused', 0);
    const second = scenario(guide, 'network-pin', 'Simple PINs are refused', 1);
    assert.deepEqual(first.example?.[0], { name: 'pin', value: '1234' });
    assert.equal(second.steps[0].text, 'she chooses the new PIN "0000"');
  });

  it('carries data tables and doc strings', () => {
    const shop = scenario(guide, 'network-pin', 'Hanako resets her PIN at a docomo shop');
    assert.deepEqual(shop.steps[0].argument?.kind === 'dataTable' && shop.steps[0].argument.rows[3], [
      'note | memo',
      '{urgent} <today>',
    ]);
    assert.equal(shop.steps[2].argument?.kind, 'docString');
  });
});
