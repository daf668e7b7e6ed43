import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { GuideStep, ScreenLabel } from '../guide-model';
import { shot, step } from '../testing/guide-fixtures';
import { howToSteps, type HowToStep } from './how-to-steps';

const spMode: ScreenLabel = { ja: '', en: 'Turn off Wi-Fi and tethering, so that your phone uses sp-mode (its own mobile data).', action: 'do' };
const openPortal: ScreenLabel = { ja: '', en: "Open the docomo portal, https://smt.docomo.ne.jp, in your phone's browser.", action: 'do' };
const support: ScreenLabel = { ja: 'お客様サポート', en: 'Customer Support', action: 'tap' };
const pin: ScreenLabel = { ja: 'ネットワーク暗証番号', en: 'Network PIN', action: 'fill' };
const next: ScreenLabel = { ja: '次へ', en: 'Next', action: 'tap' };
const idShown: ScreenLabel = { ja: 'docomo IDの確認', en: 'Your docomo ID', action: 'see' };

/** The walkthrough of "Find your docomo ID", as a run records it. */
function verifyDocomoId(): GuideStep[] {
  return [
    step({ keyword: 'Given', text: 'Hanako has a docomo line:', screens: [], argument: { kind: 'dataTable', rows: [['network PIN', '4739']] } }),
    step({ keyword: 'Given', text: "Hanako's phone is on sp-mode", screens: [], labels: [spMode] }),
    step({ text: "she opens the portal's top page", screens: [shot('top')], labels: [openPortal] }),
    step({
      keyword: 'And',
      text: 'she goes to Customer Support',
      taps: [shot('tap-support')],
      screens: [shot('support')],
      labels: [{ ...support, action: 'see' }, support],
    }),
    step({ keyword: 'And', text: 'she enters her network PIN', taps: [shot('tap-next')], screens: [shot('shown')], labels: [pin, next] }),
    step({ keyword: 'Then', text: 'she sees her docomo ID', screens: [shot('end')], labels: [idShown, { ja: 'パスワード', en: 'Password', action: 'see' }] }),
  ];
}

/** Each step as "action ja|en → picture", for reading the result at a glance. */
function said(steps: readonly HowToStep[]): string[] {
  return steps.map(({ action, seen, shot: picture }) => {
    const what = action ? `${action.action} ${action.ja || action.en}` : `see ${(seen ?? []).map((label) => label.ja).join(', ')}`;
    return picture ? `${what} → ${picture.fileName}` : what;
  });
}

describe('howToSteps', () => {
  it('makes one numbered step of each action in the order it happened, each tap with its marked screen, and ends with what to see', () => {
    assert.deepEqual(said(howToSteps(verifyDocomoId(), undefined)), [
      `do ${spMode.en}`,
      `do ${openPortal.en}`,
      'tap お客様サポート → tap-support.png',
      'fill ネットワーク暗証番号',
      'tap 次へ → tap-next.png',
      'see docomo IDの確認, パスワード → end.png',
    ]);
  });

  it('shows the screen a `do` leads to only when the next step does not picture it already', () => {
    const steps = verifyDocomoId();
    steps[2] = step({ text: 'she opens the portal and waits', screens: [shot('top')], labels: [openPortal, { ja: '', en: 'Wait a minute.', action: 'do' }] });
    steps[3] = step({ text: 'she reads the news', screens: [shot('news')], labels: [{ ja: '', en: 'Scroll down.', action: 'do' }] });
    const result = said(howToSteps(steps, undefined));
    assert.deepEqual(result.slice(1, 4), [`do ${openPortal.en}`, 'do Wait a minute. → top.png', 'do Scroll down. → news.png']);
  });

  it('says a tap repeated back to back once, and never shows the same picture twice in a row', () => {
    const steps = [
      step({ taps: [shot('a'), shot('a')], screens: [shot('a')], labels: [support, support] }),
      step({ keyword: 'Then', screens: [shot('a')], labels: [idShown] }),
    ];
    assert.deepEqual(said(howToSteps(steps, undefined)), ['tap お客様サポート → a.png', 'see docomo IDの確認']);
  });

  it('leaves out the labels of a step that did not pass, and claims no final screen for a walkthrough that stopped', () => {
    const steps = verifyDocomoId();
    steps[4] = { ...steps[4], status: 'failed' };
    steps[5] = { ...steps[5], status: 'skipped', labels: [] };
    assert.deepEqual(said(howToSteps(steps, undefined)), [`do ${spMode.en}`, `do ${openPortal.en}`, 'tap お客様サポート → tap-support.png']);
  });

  it('gives no steps for a run that recorded no labels, and "this screen" when the end has nothing to find', () => {
    assert.deepEqual(
      howToSteps(
        verifyDocomoId().map((s) => ({ ...s, labels: [] })),
        undefined,
      ),
      [],
    );
    const noFind = verifyDocomoId().slice(0, 5);
    assert.deepEqual(said(howToSteps(noFind, undefined)).at(-1), 'see  → shown.png');
  });

  it('puts the lock warning just before the step that types the credential', () => {
    const steps = howToSteps(verifyDocomoId(), { networkPinMaxFailures: 3 });
    assert.deepEqual(
      steps.map((s) => s.warnings.length),
      [0, 0, 0, 1, 0, 0],
    );
    assert.match(steps[3].warnings[0], /^3 wrong network PINs in a row lock it/);
  });
});
