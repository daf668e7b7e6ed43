import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ScreenLabel } from '../guide-model';
import { whatYouNeed } from './needs';

const fill = (ja: string, en = ja): ScreenLabel => ({ ja, en, action: 'fill' });
const facts = new Map([
  ['network pin', '4739'],
  ['docomo id', 'hanako2024'],
  ['password', 'Sakura2024'],
  ['sp-mode password', '0000'],
]);

describe('whatYouNeed', () => {
  it('lists each credential the walkthrough types once, as the reader’s own, its value only as an example', () => {
    const labels = [fill('ネットワーク暗証番号'), fill('ネットワーク暗証番号'), fill('docomo ID'), fill('パスワード')];
    assert.deepEqual(whatYouNeed(labels, facts, undefined), [
      'Your network PIN: the 4 digits you chose at contract (<span className="example">e.g. 4739 — use your own</span>).',
      'Your docomo ID, its user id (<span className="example">e.g. hanako2024 — use your own</span>).',
      'Your docomo ID\'s password, capitals and all (<span className="example">e.g. Sakura2024 — use your own</span>).',
    ]);
  });

  it('tells the Wi-Fi password from the docomo ID’s, and gives no example the persona does not have', () => {
    assert.deepEqual(whatYouNeed([fill('ユーザーID'), fill('パスワード')], new Map(), undefined), ['Your Wi-Fi user id.', 'Your Wi-Fi password.']);
  });

  it('takes the sp-mode password’s starting value and the password rules from the portal’s settings', () => {
    const settings = { spModePasswordDefault: '0000', passwordMinLength: 8, passwordMaxLength: 20 };
    assert.deepEqual(whatYouNeed([fill('現在のspモードパスワード'), fill('新しいパスワード')], new Map(), settings), [
      'Your sp-mode password: 4 digits (0000 until you change it).',
      'A new password for your docomo ID: letters and digits mixed, 8 to 20 characters.',
    ]);
    assert.deepEqual(whatYouNeed([fill('新しいパスワード')], new Map(), undefined), ['A new password for your docomo ID: letters and digits mixed.']);
  });

  it('asks for the phone on sp-mode when the walkthrough switched to it, and leaves a checkbox out', () => {
    const labels: ScreenLabel[] = [
      { ja: '', en: 'Turn off Wi-Fi and tethering, so that your phone uses sp-mode (its own mobile data).', action: 'do' },
      fill('迷惑メールフィルターを利用する', 'Use the spam filter'),
    ];
    assert.deepEqual(whatYouNeed(labels, facts, undefined), ['Your phone on sp-mode, its own mobile data: Wi-Fi and tethering off.']);
  });
});
