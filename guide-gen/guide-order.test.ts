import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { GuideFeature } from './guide-model';
import { slugify, stepAnchor } from './anchors';
import { orderFeatures, readGuideOrder } from './guide-order';

function feature(uri: string, tags: string[]): GuideFeature {
  const { isStart, order } = readGuideOrder(tags);
  return { uri, slug: '', keyword: 'Feature', name: uri, description: '', tags, isStart, ...(order !== undefined ? { order } : {}), children: [] };
}

describe('readGuideOrder', () => {
  it('reads the start page and the place from the Feature line’s tags', () => {
    assert.deepEqual(readGuideOrder(['@guide-start']), { isStart: true, problems: [] });
    assert.deepEqual(readGuideOrder(['@smoke', '@guide-order-12']), { isStart: false, order: 12, problems: [] });
  });

  it('names a guide tag it does not know, and a second place', () => {
    assert.deepEqual(readGuideOrder(['@guide-order-2', '@guide-order-3', '@guide-first']).problems, [
      'has both @guide-order-2 and @guide-order-3; using @guide-order-2',
      'has the tag @guide-first, which the guide does not know (use @guide-start or @guide-order-N)',
    ]);
  });
});

describe('orderFeatures', () => {
  it('puts the start page first, then the numbered pages, then the rest by path', () => {
    const ordered = orderFeatures(
      [
        feature('features/z.feature', []),
        feature('features/b.feature', ['@guide-order-10']),
        feature('features/a.feature', []),
        feature('features/c.feature', ['@guide-order-2']),
        feature('features/map.feature', ['@guide-start']),
      ],
      () => undefined,
    );
    assert.deepEqual(
      ordered.map((f) => f.uri.slice(9)),
      ['map.feature', 'c.feature', 'b.feature', 'a.feature', 'z.feature'],
    );
  });
});

describe('anchors', () => {
  it('are lower-case ASCII words, cut at a word near 60 characters', () => {
    assert.equal(slugify('Over sp-mode, the portal shows the docomo ID and its password'), 'over-sp-mode-the-portal-shows-the-docomo-id-and-its-password');
    assert.equal(
      slugify('A mistyped network PIN can be entered again, however many times she tries'),
      'a-mistyped-network-pin-can-be-entered-again-however-many',
    );
    assert.equal(slugify('ネットワーク暗証番号'), '');
  });

  it('give steps ids no heading can take', () => {
    assert.equal(stepAnchor('hanako-changes-her-pin', 3), 'hanako-changes-her-pin--step-3');
    assert.ok(!slugify('hanako changes her pin -- step 3').includes('--'));
  });
});
