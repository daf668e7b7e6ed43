import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wrongGuesses } from './wrong-guesses';

test('wrong guesses are distinct 4-digit numbers that are never the secret', () => {
  const guesses = wrongGuesses('2222', 3);
  assert.deepEqual(guesses, ['1111', '3333', '5555']);
  assert.equal(new Set(wrongGuesses('0000', 8)).size, 8);
});

test('asking for more guesses than there are is an error', () => {
  assert.throws(() => wrongGuesses('0000', 50), /at most/);
});
