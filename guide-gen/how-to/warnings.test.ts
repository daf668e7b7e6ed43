import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ScreenLabel } from '../guide-model';
import { lockWarnings } from './warnings';

const fill = (ja: string): ScreenLabel => ({ ja, en: ja, action: 'fill' });
const tap = (ja: string): ScreenLabel => ({ ja, en: ja, action: 'tap' });
const settings = { networkPinMaxFailures: 3, spModePasswordMaxFailures: 3, docomoIdLoginMaxFailures: 5 };

describe('lockWarnings', () => {
  it('warns once, before the first step that types the network PIN, with the portal’s number', () => {
    const labels = [tap('確認'), fill('ネットワーク暗証番号'), tap('次へ'), fill('ネットワーク暗証番号')];
    assert.deepEqual([...lockWarnings(labels, settings)], [[1, ["3 wrong network PINs in a row lock it, and only a docomo shop can unlock it. Don't guess."]]]);
  });

  it('states no number the run did not report', () => {
    const [[, [warning]]] = [...lockWarnings([fill('現在のネットワーク暗証番号')], undefined)];
    assert.equal(warning, "Wrong network PINs in a row lock it, and only a docomo shop can unlock it. Don't guess.");
  });

  it('does not warn about a new PIN, which locks nothing', () => {
    assert.equal(lockWarnings([fill('新しいネットワーク暗証番号'), fill('新しいネットワーク暗証番号（確認用）')], settings).size, 0);
  });

  it('tells how a locked sp-mode password clears', () => {
    const [[at, [warning]]] = [...lockWarnings([tap('変更する'), fill('現在のspモードパスワード')], settings)];
    assert.equal(at, 1);
    assert.equal(
      warning,
      '3 wrong sp-mode passwords in a row lock it. The lock clears at 0:00 the next day (Japan time), or at once when you reset the password with your network PIN.',
    );
  });

  it('warns about the docomo ID’s password, not the Wi-Fi login’s, which has the same label', () => {
    const docomoId = lockWarnings([tap('ログイン'), fill('docomo ID'), fill('パスワード'), tap('ログイン')], settings);
    assert.deepEqual([...docomoId.keys()], [2]);
    assert.match(docomoId.get(2)?.[0] ?? '', /^5 wrong passwords in a row lock your docomo ID \(the portal's setting/);
    assert.equal(lockWarnings([fill('ユーザーID'), fill('パスワード')], settings).size, 0);
  });
});
