import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Guide } from './GuideModel';
import { buildGlossary, termAnchor } from './glossary';
import { renderGlossary } from './renderGlossary';
import { feature, scenario, step } from './testing/guideFixtures';
import { renderMdxToHtml } from './testing/renderMdxToHtml';

const next = { ja: '次へ', en: 'Next', action: 'tap' as const };
const guide: Guide = {
  run: { finished: true },
  warnings: [],
  features: [
    feature({
      background: { keyword: 'Background', name: '', anchor: 'before-you-start', steps: [{ keyword: 'Given', text: 'x', taps: [], screens: [], labels: [next] }] },
      children: [
        { scenario: scenario({ anchor: 'a', steps: [step({ labels: [next, { ja: 'お客様サポート', en: 'Customer Support', action: 'tap' }] })] }) },
        { scenario: scenario({ anchor: 'b', status: 'failed', steps: [step({ status: 'failed', labels: [{ ja: '見つからない', en: 'Missing', action: 'see' }] })] }) },
      ],
    }),
  ],
};

describe('buildGlossary', () => {
  const entries = buildGlossary(guide);

  it('lists each label found on screen once, by English meaning, with every step that uses it', () => {
    assert.deepEqual(
      entries.map((entry) => [entry.ja, entry.action, entry.en, entry.uses.map((use) => use.anchor)]),
      [
        ['お客様サポート', 'tap', ['Customer Support'], ['a--step-1']],
        ['次へ', 'tap', ['Next'], ['before-you-start--step-1', 'a--step-1']],
      ],
    );
  });

  it('sorts by meaning, whatever punctuation it starts with', () => {
    const labels = [
      { ja: 'ロック', en: '(soon) locked', action: 'see' as const },
      { ja: '次へ', en: 'Next', action: 'see' as const },
    ];
    const sorted = buildGlossary({ run: { finished: true }, warnings: [], features: [feature({ children: [{ scenario: scenario({ steps: [step({ labels })] }) }] })] });
    assert.deepEqual(sorted.map((entry) => entry.ja), ['次へ', 'ロック']);
  });

  it('has no entry for an instruction that is neither a tap nor a fill: it has no label on screen', () => {
    const turnOff = { ja: '', en: 'Turn off Wi-Fi and tethering, so that your phone uses sp-mode (its own mobile data).', action: 'do' as const };
    const withDo = buildGlossary({ run: { finished: true }, warnings: [], features: [feature({ children: [{ scenario: scenario({ steps: [step({ labels: [turnOff, next] })] }) }] })] });
    assert.deepEqual(withDo.map((entry) => entry.ja), ['次へ']);
  });

  it('leaves out the labels of a step that failed: they may be what it did not find', () => {
    assert.ok(!entries.some((entry) => entry.ja === '見つからない'));
  });
});

describe('renderGlossary', () => {
  it('lists every step that uses a label, by page, for the reader to open under it', async () => {
    const many = feature({
      children: [1, 2, 3, 4, 5].map((n) => ({ scenario: scenario({ anchor: `w${n}`, steps: [step({ labels: [next] })] }) })),
    });
    const mdx = renderGlossary(buildGlossary({ run: { finished: true }, warnings: [], features: [many] }), 2);
    assert.match(mdx, /^import GlossaryUses from '@site\/src\/components\/GlossaryUses';$/m);
    const html = await renderMdxToHtml(mdx);
    const links = [...html.matchAll(/<a href="([^"]+)">/g)].map((match) => match[1]);
    assert.deepEqual(links, [1, 2, 3, 4, 5].map((n) => `/guide/evidence/network-pin#w${n}--step-1`));
  });

  it('gives each label a heading to link to, and links back to its steps', async () => {
    const html = await renderMdxToHtml(renderGlossary(buildGlossary(guide), 9));
    assert.match(
      html,
      new RegExp(`<h2 id="labels-to-tap">Buttons and links to tap</h2>\\n<h3 id="${termAnchor('お客様サポート')}">[^<]*</h3>[\\s\\S]*<h3 id="${termAnchor('次へ')}">次へ: Next</h3>\\n<p><span lang="ja">「次へ」</span> means <strong>Next</strong>.</p>`),
    );
    assert.match(
      html,
      /<li><strong>Change your network PIN<\/strong>: <a href="\/guide\/evidence\/network-pin#before-you-start--step-1">Before you start, step 1<\/a> \(tap it\); <a href="\/guide\/evidence\/network-pin#a--step-1">Hanako changes her network PIN, step 1<\/a> \(tap it\)<\/li>/,
    );
  });
});
