import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { termAnchor } from './glossary';
import { instructions, renderLabel, renderSteps, shotsToShow, stepSentences } from './render-steps';
import { renderMdxToHtml } from './testing/render-mdx-to-html';
import { shot, step } from './testing/guide-fixtures';

describe('shotsToShow', () => {
  it('shows the marked screen before each tap, captioned with the label to tap', () => {
    const tapping = step({
      taps: [shot('tap1'), shot('tap2')],
      labels: [
        { ja: 'ネットワーク暗証番号', en: 'Network PIN', action: 'fill' },
        { ja: '次へ', en: 'Next', action: 'tap' },
      ],
    });
    assert.deepEqual(
      shotsToShow(tapping, false).map(({ shot: s, kind, label }) => [s.fileName, kind, label?.ja]),
      [
        ['tap1.png', 'tap', '次へ'],
        ['tap2.png', 'tap', undefined],
      ],
    );
  });

  it('shows the screen after a step that did not tap, and after the last step', () => {
    assert.deepEqual(
      shotsToShow(step(), false).map(({ kind }) => kind),
      ['screen'],
    );
    assert.deepEqual(
      shotsToShow(step({ taps: [shot('tap')] }), true).map(({ kind }) => kind),
      ['tap', 'screen'],
    );
  });

  it('shows how a failed step ended', () => {
    const failed = step({ status: 'failed', taps: [shot('tap')], screens: [shot('failure')] });
    assert.deepEqual(
      shotsToShow(failed, false).map(({ shot: s, kind }) => [s.fileName, kind]),
      [
        ['tap.png', 'tap'],
        ['failure.png', 'failure'],
      ],
    );
  });
});

describe('renderSteps', () => {
  it('numbers the steps, each with its id, label and screenshot', async () => {
    const html = await renderMdxToHtml(
      renderSteps([step({ taps: [shot('tap')], labels: [{ ja: 'お客様サポート', en: 'Customer Support', action: 'tap' }] })], 'walk', 'passed'),
    );
    assert.match(html, /^<ol data-walkthrough-status="passed"><li id="walk--step-1" data-step-status="passed"><p>She goes to Customer Support<\/p>/);
    assert.match(
      html,
      new RegExp(
        `<li>Tap <a href="\\./glossary\\.mdx#${termAnchor('お客様サポート')}"><span lang="ja">「お客様サポート」</span></a> \\(Customer Support\\)</li>`,
      ),
    );
    assert.match(
      html,
      /<img src="bundled:\.\/img\/tap\.png" alt="The phone&#x27;s screen before the tap, with 「お客様サポート」 \(Customer Support\) outlined in orange" data-kind="tap"/,
    );
  });

  it('puts a failure at its step, in plain words, with the technical message beside it', async () => {
    const failed = step({
      keyword: 'Then',
      text: 'she sees her docomo ID',
      status: 'failed',
      message: 'Error: Timeout 5000ms exceeded <x> {y}',
      screens: [shot('failure')],
      labels: [{ ja: 'docomo IDの確認', en: 'Your docomo ID', action: 'see' }],
    });
    const html = await renderMdxToHtml(renderSteps([failed], 'walk', 'failed'));
    assert.match(html, /<li id="walk--step-1" data-step-status="failed">/);
    assert.match(
      html,
      /<div data-problem="failed">This step did not work as described when it was last checked\. The portal did not answer in time\.<pre>Error: Timeout 5000ms exceeded &lt;x&gt; \{y\}<\/pre><\/div>/,
    );
    assert.doesNotMatch(html, /glossary/, 'a failed step’s labels are not shown as found');
  });

  it('carries a data table and a doc string', async () => {
    const html = await renderMdxToHtml(
      renderSteps(
        [
          step({
            screens: [],
            argument: {
              kind: 'dataTable',
              rows: [
                ['field', 'value'],
                ['note | memo', '{urgent}'],
              ],
            },
          }),
          step({ screens: [], argument: { kind: 'docString', content: 'New PIN set\n```' } }),
        ],
        'walk',
      ),
    );
    assert.match(html, /<td>note \| memo<\/td><td>\{urgent\}<\/td>/);
    assert.match(html, /<pre><code class="language-text">New PIN set\n```\n<\/code><\/pre>/);
  });
});

describe('renderSteps, with what a step attached', () => {
  const log = { kind: 'text', title: 'Log', text: 'typed {1234}', language: 'text' } as const;

  it('shows it inside the step, after its screenshots', async () => {
    const html = await renderMdxToHtml(renderSteps([step({ attachments: [log] })], 'walk', 'passed'));
    assert.match(
      html,
      /<img src="bundled:\.\/img\/after\.png"[^>]*\/><p><strong>Log<\/strong><\/p><pre><code class="language-text">typed \{1234\}\n<\/code><\/pre><\/li><\/ol>$/,
    );
  });

  it('keeps it on a step shown in full earlier on the page: the pictures repeat, the log does not', async () => {
    const shownEarlier = new Map([['walk--step-1', 'first--step-1']]);
    const html = await renderMdxToHtml(renderSteps([step({ keyword: 'Given', attachments: [log] })], 'walk', 'passed', shownEarlier));
    assert.match(html, /shown step by step above<\/a>\)<\/p><p><strong>Log<\/strong><\/p><pre><code class="language-text">typed \{1234\}/);
    assert.doesNotMatch(html, /<img/);
  });
});

describe('stepSentences', () => {
  it('reads as sentences: no Given/When/Then, and what a Then and its Ands check as "Check that"', () => {
    const steps = [
      { keyword: 'Given', text: "Hanako's phone is on sp-mode" },
      { keyword: 'And', text: 'she has a docomo ID' },
      { keyword: 'When', text: 'she enters her network PIN' },
      { keyword: 'Then', text: 'she sees her docomo ID' },
      { keyword: 'But', text: 'her password is not shown' },
      { keyword: 'When', text: 'she taps 戻る' },
      { keyword: '*', text: 'she waits' },
    ];
    assert.deepEqual(stepSentences(steps), [
      "Hanako's phone is on sp-mode",
      'She has a docomo ID',
      'She enters her network PIN',
      'Check that she sees her docomo ID',
      'Check that her password is not shown',
      'She taps 戻る',
      'She waits',
    ]);
  });
});

describe('instructions', () => {
  it('says each label once, and not "Find" for what the step taps', () => {
    const support = { ja: 'お客様サポート', en: 'Customer Support' };
    assert.deepEqual(
      instructions([
        { ...support, action: 'see' },
        { ...support, action: 'tap' },
        { ...support, action: 'tap' },
        { ja: '次へ', en: 'Next', action: 'see' },
      ]),
      [
        { ...support, action: 'tap' },
        { ja: '次へ', en: 'Next', action: 'see' },
      ],
    );
  });

  it('keeps a tap that comes again after other actions: the second ログイン sends the form', () => {
    const logIn = { ja: 'ログイン', en: 'Log in', action: 'tap' } as const;
    const said = instructions([logIn, { ja: 'docomo ID', en: 'docomo ID', action: 'fill' }, { ja: 'パスワード', en: 'Password', action: 'fill' }, logIn]);
    assert.deepEqual(
      said.map((label) => `${label.action} ${label.ja}`),
      ['tap ログイン', 'fill docomo ID', 'fill パスワード', 'tap ログイン'],
    );
  });

  it('keeps two different instructions with no label on screen (`do`) back to back, and says one twice only once', () => {
    const turnOff = { ja: '', en: 'Turn off Wi-Fi.', action: 'do' } as const;
    const open = { ja: '', en: 'Open the docomo portal.', action: 'do' } as const;
    assert.deepEqual(
      instructions([turnOff, turnOff, open]).map((label) => label.en),
      ['Turn off Wi-Fi.', 'Open the docomo portal.'],
    );
  });
});

describe('renderLabel', () => {
  it('reads as an instruction: verb, the Japanese to find, its meaning', () => {
    assert.equal(
      renderLabel({ ja: '次へ', en: 'Next', action: 'fill' }),
      `Fill in [<span lang="ja">「次へ」</span>](./glossary.mdx#${termAnchor('次へ')}) (Next)`,
    );
  });

  it('says an instruction with no label on screen (`do`) as it is written, with no glossary link', () => {
    assert.equal(
      renderLabel({ ja: '', en: 'Open the docomo portal, https://smt.docomo.ne.jp, in your {phone}.', action: 'do' }),
      'Open the docomo portal, https://smt.docomo.ne.jp, in your \\{phone\\}.',
    );
  });
});
