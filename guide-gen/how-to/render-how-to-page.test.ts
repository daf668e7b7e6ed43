import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { GuideFeature, GuideScenario, ScreenLabel } from '../guide-model';
import { feature, scenario, shot, step } from '../testing/guide-fixtures';
import { renderMdxToHtml } from '../testing/render-mdx-to-html';
import { introOf, renderHowToPage } from './render-how-to-page';

const spMode: ScreenLabel = { ja: '', en: 'Turn off Wi-Fi and tethering, so that your phone uses sp-mode (its own mobile data).', action: 'do' };

function howTo(overrides: Partial<GuideScenario> = {}): GuideScenario {
  return scenario({
    name: 'Over sp-mode, the portal shows the docomo ID',
    anchor: 'over-sp-mode',
    tags: ['@how-to'],
    run: { portal: 'embedded mock', origin: 'https://smt.docomo.ne.jp', settings: { networkPinMaxFailures: 3 } },
    ranSteps: [
      step({
        keyword: 'Given',
        text: 'Hanako has a docomo line:',
        screens: [],
        argument: {
          kind: 'dataTable',
          rows: [
            ['network PIN', '4739'],
            ['docomo ID', 'hanako2024'],
          ],
        },
        fromBackground: true,
      }),
      step({ keyword: 'Given', text: "Hanako's phone is on sp-mode", screens: [], labels: [spMode] }),
      step({ text: 'she goes to Customer Support', taps: [shot('tap-support')], labels: [{ ja: 'お客様サポート', en: 'Customer Support', action: 'tap' }] }),
      step({
        text: 'she enters her network PIN',
        taps: [shot('tap-next')],
        labels: [
          { ja: 'ネットワーク暗証番号', en: 'Network PIN', action: 'fill' },
          { ja: '次へ', en: 'Next', action: 'tap' },
        ],
      }),
      step({
        keyword: 'Then',
        text: 'she sees her docomo ID',
        screens: [shot('end')],
        labels: [
          { ja: 'docomo IDの確認', en: 'Your docomo ID', action: 'see' },
          { ja: 'hanako2024', en: 'her docomo ID', action: 'see' },
        ],
      }),
    ],
    ...overrides,
  });
}

function goal(main: GuideScenario, other: Partial<GuideScenario> = {}): GuideFeature {
  const mistyped = scenario({ name: 'Hanako mistypes 4739', description: '', anchor: 'mistyped', steps: [step({ screens: [shot('wrong')] })], ...other });
  return feature({
    slug: 'verify-docomo-id',
    name: 'Find your docomo ID',
    description: 'Your **docomo ID** logs you in.\n\nIt only works over sp-mode.',
    children: [{ scenario: main }, { scenario: mistyped }],
  });
}

/** The page's text as a reader sees it, with what is marked as an example taken out. */
function textOutsideExamples(html: string): string {
  return html.replace(/<span class="example">[^<]*<\/span>/g, '').replace(/<[^>]+>/g, '');
}

describe('renderHowToPage', () => {
  it('gives the goal, the proof, what you need, and one action per numbered step in the second person', async () => {
    const html = await renderMdxToHtml(renderHowToPage(goal(howTo()), 2));
    const list = /<ol data-how-to-steps="">([\s\S]*?)<\/ol>/.exec(html)?.[1] ?? '';
    const steps = [...list.matchAll(/<li(?: data-how-to-last="")?>([\s\S]*?)<\/li>/g)].map((m) =>
      m[1]
        .replace(/<\/p><p>/g, ' | ')
        .replace(/<[^>]+>/g, '')
        .replace(/&#x27;/g, "'"),
    );
    assert.deepEqual(steps, [
      'Turn off Wi-Fi and tethering, so that your phone uses sp-mode (its own mobile data).',
      'Tap 「お客様サポート」 (Customer Support).',
      "3 wrong network PINs in a row lock it, and only a docomo shop can unlock it. Don't guess. | Enter your network PIN in 「ネットワーク暗証番号」.",
      'Tap 「次へ」 (Next).',
      'You should now see 「docomo IDの確認」 (Your docomo ID) and 「hanako2024 (an example)」 (her docomo ID).',
    ]);
    assert.equal((list.match(/<img /g) ?? []).length, 3);
    assert.match(
      html,
      /^<p>Your <strong>docomo ID<\/strong> logs you in.<\/p>\n<p data-how-to-status="passed">Checked against the mocked portal on 1 May 2026, 09:30 UTC.<\/p>/,
    );
    assert.doesNotMatch(html, /It only works over sp-mode/);
    assert.match(
      html,
      /<h2 id="what-you-need">What you need<\/h2>\n<ul>\n<li>Your network PIN: the 4 digits you chose at contract \(<span class="example">e\.g\. 4739 — use your own<\/span>\)\.<\/li>\n<li>Your phone on sp-mode/,
    );
  });

  it('shows no persona credential but as a marked example', async () => {
    const html = await renderMdxToHtml(renderHowToPage(goal(howTo()), 2));
    for (const value of ['4739', 'hanako2024']) {
      assert.ok(html.includes(value), `${value} is not on the page at all`);
      assert.ok(!textOutsideExamples(html).includes(value), `${value} appears unmarked`);
    }
  });

  it('lists the other walkthroughs as troubleshooting, each linked to its check on the evidence page, its screen folded', async () => {
    const html = await renderMdxToHtml(renderHowToPage(goal(howTo()), 2));
    assert.match(
      html,
      /<h2 id="if-something-goes-wrong">If something goes wrong<\/h2>\n<ul data-troubles=""><li><p>Hanako mistypes <span class="example">4739 \(an example\)<\/span> <span data-badge="passed"><\/span> <a href="\.\/evidence\/verify-docomo-id\.mdx#mistyped">How it was checked<\/a><\/p><details><summary>See the screen<\/summary><img src="bundled:\.\/img\/wrong\.png"/,
    );
    assert.match(html, /<a href="\.\/evidence\/verify-docomo-id\.mdx">Every check behind this page \(2 walkthroughs\)<\/a>/);
  });

  it('says a walkthrough that failed did not pass, and one the run did not reach was not checked', async () => {
    const failed = await renderMdxToHtml(renderHowToPage(goal(howTo({ status: 'failed' }), { status: 'failed' }), 2));
    assert.match(
      failed,
      /<p data-how-to-status="failed">This walkthrough did not pass when it was last checked against the mocked portal on 1 May 2026, 09:30 UTC: the portal may have changed. <a href="\.\/evidence\/verify-docomo-id\.mdx#over-sp-mode">See where it stopped<\/a>\.<\/p>/,
    );
    const notRun = howTo({
      status: 'not-run',
      finishedAt: undefined,
      ranSteps: undefined,
      steps: [step({ keyword: 'When', text: 'she types "4739"', status: 'not-run', labels: [], screens: [] })],
    });
    const persona = {
      keyword: 'Given',
      text: 'Hanako has a docomo line:',
      argument: { kind: 'dataTable' as const, rows: [['network PIN', '4739']] },
      taps: [],
      screens: [],
      labels: [],
    };
    const html = await renderMdxToHtml(
      renderHowToPage(
        { ...goal(notRun, { status: 'not-run' }), background: { keyword: 'Background', name: '', anchor: 'before-you-start', steps: [persona] } },
        2,
      ),
    );
    assert.match(
      html,
      /<p data-how-to-status="not-run">Not checked in the last run: these steps are shown as written, without proof that they work today.<\/p>/,
    );
    assert.match(html, /<ol>\n<li>She types &quot;<span class="example">4739 \(an example\)<\/span>&quot;<\/li>\n<\/ol>/);
    assert.doesNotMatch(html, /Checked against/);
  });

  it('names the portal it was checked against when the run was pointed at one', async () => {
    const html = await renderMdxToHtml(renderHowToPage(goal(howTo({ run: { portal: 'url', origin: 'https://staging.example' } })), 2));
    assert.match(html, /Checked against the portal at <a href="https:\/\/staging\.example">https:\/\/staging\.example<\/a> on 1 May 2026/);
  });

  it('gives the page the reader’s own words for the goal, for the search', () => {
    const page = renderHowToPage(goal(howTo()), 2);
    assert.match(page, /^---\ntitle: "Find your docomo ID"\n[\s\S]*\ndescription: "[^"]+"\nkeywords: \[[^\]]*"forgot password"[^\]]*\]\n---\n/);
  });

  it('says so when a goal has no walkthrough yet', async () => {
    const html = await renderMdxToHtml(renderHowToPage(feature({ children: [] }), 2));
    assert.match(html, /<em>This goal has no walkthrough yet.<\/em>/);
    assert.doesNotMatch(html, /Every check behind/);
  });
});

describe('introOf', () => {
  it('is the first paragraph of the description, with what it announces when it ends with a colon', () => {
    assert.equal(introOf('The goal, said once.\n\nMore on it.'), 'The goal, said once.');
    assert.equal(
      introOf('You do not need a shop:\n\n- **wait**: it clears at 0:00;\n- **or reset it now**.\n\nA right one wipes the count.'),
      'You do not need a shop:\n\n- **wait**: it clears at 0:00;\n- **or reset it now**.',
    );
    assert.equal(introOf(''), '');
  });
});
