import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ScreenLabel } from '../guide-model';
import { instructionText } from './render-how-to-steps';

const say = (action: ScreenLabel) => instructionText({ action, warnings: [] });

describe('instructionText', () => {
  it('says a tap as "Tap 「…」 (meaning)."', () => {
    assert.equal(say({ ja: '確認', en: 'Check (verify)', action: 'tap' }), 'Tap <span lang="ja">「確認」</span> (Check (verify)).');
  });

  it('says a fill as what you type, where, keeping names that are not ordinary words as they are', () => {
    assert.equal(
      say({ ja: 'ネットワーク暗証番号', en: 'Network PIN', action: 'fill' }),
      'Enter your network PIN in <span lang="ja">「ネットワーク暗証番号」</span>.',
    );
    assert.equal(say({ ja: 'ユーザーID', en: 'Wi-Fi user id', action: 'fill' }), 'Enter your Wi-Fi user id in <span lang="ja">「ユーザーID」</span>.');
    assert.equal(say({ ja: 'docomo ID', en: 'docomo ID', action: 'fill' }), 'Enter your docomo ID in <span lang="ja">「docomo ID」</span>.');
    assert.equal(say({ ja: '備考', en: '', action: 'fill' }), 'Fill in <span lang="ja">「備考」</span>.');
  });

  it('says a `do` as it is written', () => {
    assert.equal(say({ ja: '', en: 'Connect your phone to Wi-Fi.', action: 'do' }), 'Connect your phone to Wi-Fi.');
  });

  it('ends with what to see, or with "this screen" when the check read nothing on it', () => {
    const seen: ScreenLabel[] = [
      { ja: 'docomo IDの確認', en: 'Your docomo ID', action: 'see' },
      { ja: 'パスワード', en: '', action: 'see' },
    ];
    assert.equal(
      instructionText({ seen, warnings: [] }),
      'You should now see <span lang="ja">「docomo IDの確認」</span> (Your docomo ID) and <span lang="ja">「パスワード」</span>.',
    );
    assert.equal(instructionText({ seen: [], warnings: [] }), 'You should now see this screen.');
  });
});
