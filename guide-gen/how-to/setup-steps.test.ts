import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { GuideStep, ScreenLabel } from '../guide-model';
import { howToSteps } from './how-to-steps';
import { secondPerson } from './setup-steps';

const step = (keyword: string, text: string, labels: ScreenLabel[]): GuideStep => ({
  keyword,
  text,
  labels,
  status: 'passed',
  taps: [],
  screens: [],
  fromBackground: false,
});
const fill: ScreenLabel = { ja: 'spモードパスワード', en: 'sp-mode password', action: 'fill' };
const next: ScreenLabel = { ja: '次へ', en: 'Next', action: 'tap' };
const support: ScreenLabel = { ja: 'お客様サポート', en: 'Customer Support', action: 'tap' };

describe('a Given that types its way to the scene', () => {
  it('is one line naming the situation, not the wrong passwords it typed', () => {
    const steps = howToSteps(
      [
        step('Given', 'she has locked her sp-mode password with wrong ones', [fill, next, fill, next, fill, next]),
        step('When', 'she goes to Customer Support', [support]),
      ],
      undefined,
    );
    assert.deepEqual(
      steps.map((s) => s.action?.en),
      ['This starts when you have locked your sp-mode password with wrong ones.', 'Customer Support'],
    );
  });

  it('keeps a Given that taps its way or types a credential once: that is the path the reader follows', () => {
    const steps = howToSteps(
      [step('Given', 'she has entered her PIN to verify her docomo ID', [support, fill, next]), step('When', 'she enters her sp-mode password', [fill, next])],
      undefined,
    );
    assert.deepEqual(
      steps.map((s) => s.action?.action),
      ['tap', 'fill', 'tap', 'fill', 'tap'],
    );
  });

  it('counts an And after a Given as setting the scene, and an And after a When as acting', () => {
    const setup = howToSteps(
      [step('Given', "Hanako's phone is on sp-mode", []), step('And', 'she has entered wrong PINs', [fill, next, fill, next])],
      undefined,
    );
    assert.equal(setup[0].action?.en, 'This starts when you have entered wrong PINs.');
    const acting = howToSteps([step('When', 'she opens the form', [support]), step('And', 'she types it twice', [fill, next, fill, next])], undefined);
    assert.deepEqual(
      acting.map((s) => s.action?.action),
      ['tap', 'fill', 'tap', 'fill', 'tap'],
    );
  });

  it('is told in the second person', () => {
    assert.equal(secondPerson("Hanako's phone is on Wi-Fi and she has locked her PIN"), 'your phone is on Wi-Fi and you have locked your PIN');
  });

  it('ends at the goal: what the walkthrough checks after its first outcome is not taught', () => {
    const steps = howToSteps(
      [
        step('When', 'she deletes her docomo ID', [support]),
        step('Then', 'she is told it has been deleted', [{ ja: '削除しました', en: 'Deleted', action: 'see' }]),
        step('When', 'she verifies her docomo ID', [next]),
        step('Then', 'she is told she has none', [{ ja: 'まだ発行されていません', en: 'none yet', action: 'see' }]),
      ],
      undefined,
    );
    assert.deepEqual(
      steps.map((s) => s.action?.en ?? s.seen?.map((seen) => seen.en).join()),
      ['Customer Support', 'Deleted'],
    );
  });
});
