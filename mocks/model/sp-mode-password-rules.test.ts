import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import {
  attemptSpModePassword,
  isSpModePasswordLocked,
  isWellFormedSpModePassword,
  newSpModePasswordProblem,
  spModePasswordLockClearsAt,
  spModePasswordTriesLeft,
  unlockedSpModePassword,
  type SpModePasswordState,
} from './sp-mode-password-rules';
import { tokyoTime } from './tokyo-time';

const actual = '0000';
const max = 3;
const evening = tokyoTime('2025-12-01', '21:30');

function attempts(at: Date, entered: string[], start: SpModePasswordState = unlockedSpModePassword) {
  let state = start;
  const checks: string[] = [];
  for (const password of entered) {
    const result = attemptSpModePassword(state, password, actual, max, at);
    checks.push(result.check);
    state = result.state;
  }
  return { checks, state };
}

describe('an sp-mode password', () => {
  it('is exactly four half-width digits', () => {
    assert.equal(isWellFormedSpModePassword('0000'), true);
    for (const bad of ['', '000', '00000', 'abcd', '０１２３', '12 4', '<script>']) assert.equal(isWellFormedSpModePassword(bad), false, bad);
  });

  it('is accepted when right', () => {
    assert.deepEqual(attempts(evening, ['0000']).checks, ['ok']);
  });

  it('locks on the third wrong attempt in a row, until 0:00 the next day in Tokyo', () => {
    const { checks, state } = attempts(evening, ['1111', '2222', '3333']);
    assert.deepEqual(checks, ['wrong', 'wrong', 'locked']);
    assert.equal(state.lockedUntil, tokyoTime('2025-12-02', '00:00').getTime());
  });

  it('refuses even the right password while locked, up to the last minute before midnight', () => {
    const { state } = attempts(evening, ['1111', '2222', '3333']);
    assert.deepEqual(attempts(tokyoTime('2025-12-01', '23:59'), ['0000'], state).checks, ['locked']);
  });

  it('accepts the right password again from 0:00 the next day', () => {
    const { state } = attempts(evening, ['1111', '2222', '3333']);
    assert.deepEqual(attempts(tokyoTime('2025-12-02', '00:00'), ['0000'], state).checks, ['ok']);
  });

  it('counts afresh once the lock has cleared', () => {
    const { state } = attempts(evening, ['1111', '2222', '3333']);
    const morning = tokyoTime('2025-12-02', '08:00');
    assert.equal(spModePasswordTriesLeft(state, max, morning), 3);
    assert.deepEqual(attempts(morning, ['1111', '2222'], state).checks, ['wrong', 'wrong']);
  });

  it('forgets earlier failures after a right attempt', () => {
    assert.deepEqual(attempts(evening, ['1111', '2222', '0000', '1111', '2222']).checks, ['wrong', 'wrong', 'ok', 'wrong', 'wrong']);
  });

  it('does not count malformed input', () => {
    const { checks, state } = attempts(evening, ['1111', '12', '０１２３', '2222']);
    assert.deepEqual(checks, ['wrong', 'invalid', 'invalid', 'wrong']);
    assert.equal(state.failures, 2);
  });

  it('locked just before midnight clears a few minutes later, and locked at 0:00 clears a day later', () => {
    assert.equal(spModePasswordLockClearsAt(tokyoTime('2025-12-01', '23:58')).getTime(), tokyoTime('2025-12-02', '00:00').getTime());
    assert.equal(spModePasswordLockClearsAt(tokyoTime('2025-12-02', '00:00')).getTime(), tokyoTime('2025-12-03', '00:00').getTime());
  });

  it('tells whether it is locked at a given moment and how many tries are left', () => {
    const { state } = attempts(evening, ['1111', '2222', '3333']);
    assert.equal(isSpModePasswordLocked(state, evening), true);
    assert.equal(spModePasswordTriesLeft(state, max, evening), 0);
    assert.equal(spModePasswordTriesLeft(attempts(evening, ['1111']).state, max, evening), 2);
  });
});

describe('a new sp-mode password', () => {
  it('must be four half-width digits, typed the same way twice', () => {
    assert.equal(newSpModePasswordProblem('5829', '5829'), undefined);
    assert.equal(newSpModePasswordProblem('582', '582'), 'malformed');
    assert.equal(newSpModePasswordProblem('5829', '5828'), 'mismatch');
  });
});
