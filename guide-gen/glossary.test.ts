import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Guide, GuideFeature } from './guide-model';
import { buildGlossary, termAnchor } from './glossary';
import { renderGlossary } from './render-glossary';
import { feature, scenario, step } from './testing/guide-fixtures';
import { renderMdxToHtml } from './testing/render-mdx-to-html';

const next = { ja: '次へ', en: 'Next', action: 'tap' as const };
const support = { ja: 'お客様サポート', en: 'Customer Support', action: 'tap' as const };
const pin = feature({
  background: { keyword: 'Background', name: '', anchor: 'before-you-start', steps: [{ keyword: 'Given', text: 'x', taps: [], screens: [], labels: [next] }] },
  children: [
    { scenario: scenario({ anchor: 'a', steps: [step({ labels: [next, support] })] }) },
    { scenario: scenario({ anchor: 'b', steps: [step({ labels: [next] })] }) },
    {
      scenario: scenario({
        anchor: 'c',
        status: 'failed',
        steps: [step({ status: 'failed', labels: [{ ja: '見つからない', en: 'Missing', action: 'see' }] })],
      }),
    },
  ],
});
const docomoId = feature({
  uri: 'features/docomo_id.feature',
  slug: 'docomo-id',
  name: 'Find your docomo ID',
  children: [{ scenario: scenario({ anchor: 'd', steps: [step({ labels: [{ ...next, action: 'see' }] })] }) }],
});
const guideOf = (...features: GuideFeature[]): Guide => ({ run: { finished: true }, warnings: [], features });
const guide = guideOf(pin, docomoId);

describe('buildGlossary', () => {
  const entries = buildGlossary(guide);

  it('lists each label found on screen once, by English meaning, with each how-to page that uses it once, in reading order', () => {
    assert.deepEqual(
      entries.map((entry) => [entry.ja, entry.action, entry.en, entry.pages.map((page) => `${page.slug}: ${page.title}`)]),
      [
        ['お客様サポート', 'tap', ['Customer Support'], ['network-pin: Change your network PIN']],
        ['次へ', 'tap', ['Next'], ['network-pin: Change your network PIN', 'docomo-id: Find your docomo ID']],
      ],
    );
  });

  it('names the start page only for a label no how-to page uses: it is a map, not a how-to', () => {
    const start = feature({
      slug: 'which-credential',
      name: 'Which password is which?',
      isStart: true,
      children: [{ scenario: scenario({ steps: [step({ labels: [next, support] })] }) }],
    });
    const pages = buildGlossary(guideOf(start, docomoId)).map((entry) => [entry.ja, entry.pages.map((page) => page.slug)]);
    assert.deepEqual(pages, [
      ['お客様サポート', ['which-credential']],
      ['次へ', ['docomo-id']],
    ]);
  });

  it('sorts by meaning, whatever punctuation it starts with', () => {
    const labels = [
      { ja: 'ロック', en: '(soon) locked', action: 'see' as const },
      { ja: '次へ', en: 'Next', action: 'see' as const },
    ];
    const sorted = buildGlossary(guideOf(feature({ children: [{ scenario: scenario({ steps: [step({ labels })] }) }] })));
    assert.deepEqual(
      sorted.map((entry) => entry.ja),
      ['次へ', 'ロック'],
    );
  });

  it('has no entry for an instruction that is neither a tap nor a fill: it has no label on screen', () => {
    const turnOff = { ja: '', en: 'Turn off Wi-Fi and tethering, so that your phone uses sp-mode (its own mobile data).', action: 'do' as const };
    const withDo = buildGlossary(guideOf(feature({ children: [{ scenario: scenario({ steps: [step({ labels: [turnOff, next] })] }) }] })));
    assert.deepEqual(
      withDo.map((entry) => entry.ja),
      ['次へ'],
    );
  });

  it('leaves out the labels of a step that failed: they may be what it did not find', () => {
    assert.ok(!entries.some((entry) => entry.ja === '見つからない'));
  });
});

describe('renderGlossary', () => {
  it('makes each label one line that opens on the how-to pages using it, each linked once, and no step', async () => {
    const html = await renderMdxToHtml(renderGlossary(buildGlossary(guide), 9));
    assert.match(
      html,
      new RegExp(
        `<li id="${termAnchor('次へ')}"><details><summary><strong><span lang="ja">「次へ」</span></strong> Next</summary>` +
          '<ul>\\n<li><a href="\\./network-pin\\.mdx">Change your network PIN</a></li>\\n<li><a href="\\./docomo-id\\.mdx">Find your docomo ID</a></li>\\n</ul></details></li>',
      ),
    );
    assert.equal(html.match(/href="\.\/network-pin\.mdx"/g)?.length, 2, 'once under 「次へ」 and once under 「お客様サポート」');
    assert.doesNotMatch(html, /evidence|#/, 'no link to a step on an evidence page');
  });

  it('keeps the groups’ ids and gives each label the id the steps link to', async () => {
    const html = await renderMdxToHtml(renderGlossary(buildGlossary(guide), 9));
    assert.match(html, new RegExp(`<h2 id="labels-to-tap">Buttons and links to tap</h2>\\n<ul data-terms=""><li id="${termAnchor('お客様サポート')}">`));
    const ids = [...html.matchAll(/<li id="(term-[0-9a-f]{8})">/g)].map((m) => m[1]);
    assert.deepEqual(ids, [termAnchor('お客様サポート'), termAnchor('次へ')]);
    assert.doesNotMatch(html, /<h3/, 'a heading per label made the page 70,000 px tall on a phone');
  });

  it('says each label was on screen in the last check, and what a label without a meaning lacks', async () => {
    const unnamed = feature({ children: [{ scenario: scenario({ steps: [step({ labels: [{ ja: '送信', en: ' ', action: 'tap' }] })] }) }] });
    const html = await renderMdxToHtml(renderGlossary(buildGlossary(guideOf(unnamed)), 2));
    assert.match(html, /Each one was on the screen in the last check/);
    assert.match(html, /<summary><strong><span lang="ja">「送信」<\/span><\/strong> <em>\(no English meaning recorded\)<\/em><\/summary>/);
  });

  it('says so when the run recorded no labels yet', async () => {
    const html = await renderMdxToHtml(renderGlossary([], 2));
    assert.match(html, /<em>The last check recorded no labels yet\.<\/em>/);
    assert.doesNotMatch(html, /<h2|<li/);
  });
});
