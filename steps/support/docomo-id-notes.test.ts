import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mistyped } from './docomo-id-notes';

test('a mistyped password leaves out its last character, so it is wrong but not a change of case', () => {
  assert.equal(mistyped('Sakura2024'), 'Sakura202');
  assert.notEqual(mistyped('Sakura2024').toLowerCase(), 'sakura2024');
});

test('a one-character password is mistyped by adding one', () => {
  assert.equal(mistyped('a'), 'ax');
});
