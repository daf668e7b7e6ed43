import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ariaDiff } from './aria-diff';

test('the same snapshot has no difference', () => {
  assert.deepEqual(ariaDiff('- heading "お客様サポート"\n- link "確認"', '- heading "お客様サポート"\n- link "確認"'), []);
});

test('a renamed link shows as one line gone and one line new', () => {
  const before = '- heading "お客様サポート"\n- link "docomo ID/パスワード"\n- link "料金"';
  const after = '- heading "お客様サポート"\n- link "dアカウント"\n- link "料金"';
  assert.deepEqual(ariaDiff(before, after), ['- - link "docomo ID/パスワード"', '+ - link "dアカウント"']);
});

test('an added line is reported alone', () => {
  assert.deepEqual(ariaDiff('a\nc', 'a\nb\nc'), ['+ b']);
});
