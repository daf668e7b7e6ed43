import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildGuide } from './build-guide';
import type { Guide, GuideFeature, GuideOutline, GuideScenario } from './guide-model';
import { readEnvelopes } from './read-envelopes';
import { tinyRunNdjson } from './testing/tiny-run';
import { scenariosOf, walkthroughsOf } from './walkthroughs';

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

function outlines(f: GuideFeature): GuideOutline[] {
  return f.children.flatMap((child) => ('rule' in child ? child.rule.children : [child])).flatMap((child) => ('outline' in child ? [child.outline] : []));
}

describe('buildGuide on a real cucumber-js run', () => {
  const guide = guideFrom(tinyRunNdjson);

  it('puts the @guide-start feature first, then @guide-order-N by number, then untagged features by path', () => {
    assert.deepEqual(
      guide.features.map((f) => [f.slug, f.name, f.isStart, f.order]),
      [
        ['which-credential', 'Which password is which?', true, undefined],
        ['network-pin', 'Change your network PIN', false, 1],
        ['wifi', 'Your Wi-Fi credentials', false, 3],
        ['docomo-id', 'Check your docomo ID', false, undefined],
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

  it('keeps the failure message on the step that failed, its failure screen, and the statuses of the others', () => {
    const failed = scenario(guide, 'network-pin', 'A wrong current PIN is refused');
    assert.deepEqual(
      failed.steps.map((s) => s.status),
      ['passed', 'passed', 'failed', 'undefined'],
    );
    assert.match(failed.steps[2].message ?? '', /but it showed "暗証番号が違います"/);
    assert.equal(failed.steps[2].screens.length, 1);
    const ambiguous = scenario(guide, 'docomo-id', 'An ambiguous step');
    assert.match(ambiguous.steps[1].message ?? '', /Multiple step definitions match/);
  });

  it('sorts what the run attached to each step: marked tap screens, the screen after, the labels', () => {
    const changed = scenario(guide, 'network-pin', 'Hanako changes her network PIN');
    const [open, enter, sees] = changed.steps;
    assert.deepEqual([open.taps.length, open.screens.length], [1, 1]);
    assert.deepEqual(open.labels, [{ ja: 'ネットワーク暗証番号の変更', en: 'Change your network PIN', action: 'tap' }]);
    assert.deepEqual(
      enter.labels.map((label) => `${label.action} ${label.ja}`),
      ['fill ネットワーク暗証番号', 'tap 次へ'],
    );
    assert.deepEqual([sees.taps.length, sees.screens.length], [0, 1]);
    assert.match(open.taps[0].fileName, /^[0-9a-f]{16}\.png$/);
    assert.equal(open.taps[0].width, 2);
  });

  it('knows what each walkthrough ran against, from the run.json a Before hook attached', () => {
    assert.deepEqual(scenario(guide, 'docomo-id', 'Taro checks his docomo ID').run, {
      portal: 'embedded mock',
      origin: 'https://smt.docomo.ne.jp',
      revision: 'current',
      commit: '0123456789ab',
      settings: {
        networkPinMaxFailures: 3,
        docomoIdLoginMaxFailures: 5,
        spModePasswordMaxFailures: 3,
        passwordMinLength: 8,
        passwordMaxLength: 20,
        spModePasswordDefault: '0000',
      },
    });
  });

  it('keeps the images hooks attached after the steps', () => {
    const changed = scenario(guide, 'network-pin', 'Hanako changes her network PIN');
    assert.equal(changed.hookScreens.after.length, 1);
    assert.equal(changed.hookScreens.before.length, 0);
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
      ['Given Hanako has a docomo line:', "And Hanako's phone is on sp-mode"],
    );
    assert.equal(pin.background?.steps[1].screens.length, 1);
    assert.deepEqual(pin.background?.steps[1].labels, [
      { ja: '', en: 'Turn off Wi-Fi and tethering, so that your phone uses sp-mode (its own mobile data).', action: 'do' },
    ]);
    const changed = scenario(guide, 'network-pin', 'Hanako changes her network PIN');
    assert.deepEqual(
      changed.steps.map((s) => s.keyword),
      ['When', 'And', 'Then'],
    );
  });

  it('keeps Rules as groups, with their own Background', () => {
    const rules = feature(guide, 'network-pin').children.flatMap((child) => ('rule' in child ? [child.rule] : []));
    assert.deepEqual(
      rules.map((rule) => [rule.name, rule.children.length]),
      [
        ['A new PIN must not be easy to guess', 2],
        ['The PIN can be reset from a shop', 2],
      ],
    );
    assert.equal(rules[1].background?.steps[0].text, 'Hanako has her ID card with her');
  });

  it('keeps an outline whole: each Examples block a table, each row a walkthrough with its values', () => {
    const [pins] = outlines(feature(guide, 'network-pin'));
    assert.deepEqual(
      pins.examples.map((examples) => [examples.name, examples.header, examples.rows.map((row) => row.values[0])]),
      [
        ['Runs of digits', ['pin', 'message'], ['1234', '4321']],
        ['The same digit four times', ['pin', 'message'], ['0000']],
      ],
    );
    const second = pins.examples[1].rows[0].scenario;
    assert.deepEqual(second.example?.[0], { name: 'pin', value: '0000' });
    assert.equal(second.steps[0].text, 'she chooses the new PIN "0000"');
  });

  it('shows an Examples row the run filtered out as not run, its values put into its steps', () => {
    const [map] = outlines(feature(guide, 'which-credential'));
    assert.deepEqual(
      map.examples.map((examples) => examples.rows.map((row) => row.scenario.status)),
      [['passed', 'passed'], ['passed'], ['not-run']],
    );
    const wifi = map.examples[2].rows[0].scenario;
    assert.equal(wifi.name, 'The Wi-Fi password is asked for on its own page');
    assert.equal(wifi.steps[1].text, 'she opens "Wi-Fi設定"');
  });

  it('shows a feature the run left out entirely, every walkthrough not run', () => {
    assert.deepEqual(
      walkthroughsOf(feature(guide, 'wifi')).map(({ scenario: s }) => [s.name, s.status, s.steps.length]),
      [['Taro finds his Wi-Fi password', 'not-run', 3]],
    );
  });

  it('gives every walkthrough an id unique on its page, and its steps ids below it', () => {
    for (const f of guide.features) {
      const anchors = walkthroughsOf(f).map(({ scenario: s }) => s.anchor);
      assert.equal(new Set(anchors).size, anchors.length, f.slug);
      assert.ok(
        anchors.every((anchor) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(anchor)),
        anchors.join(' '),
      );
    }
    const rows = outlines(feature(guide, 'network-pin'))[0].examples.map((examples) => examples.rows[0].scenario.anchor);
    assert.deepEqual(rows, ['simple-pins-are-refused-1234', 'simple-pins-are-refused-0000']);
  });

  it('carries data tables and doc strings', () => {
    const shop = scenario(guide, 'network-pin', 'Hanako resets her PIN at a docomo shop');
    assert.deepEqual(shop.steps[0].argument?.kind === 'dataTable' && shop.steps[0].argument.rows[3], ['note | memo', '{urgent} <today>']);
    assert.equal(shop.steps[2].argument?.kind, 'docString');
  });
});
