import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { tooManyWrongPasswordsLockTheId, unlockedDocomoId, type DocomoIdLockState } from './docomo-id-lockout-rules';

const max = 5;

function logins(...rights: boolean[]): { checks: string[]; state: DocomoIdLockState } {
  let state = unlockedDocomoId;
  const checks: string[] = [];
  for (const right of rights) {
    const result = tooManyWrongPasswordsLockTheId(state, right, max);
    checks.push(result.check);
    state = result.state;
  }
  return { checks, state };
}

const wrong = (times: number) => Array<boolean>(times).fill(false);

describe('the docomo ID lockout', () => {
  it('lets the right password in', () => {
    assert.deepEqual(logins(true).checks, ['ok']);
  });

  it('locks the ID on the last wrong password in a row the limit allows', () => {
    const { checks, state } = logins(...wrong(max));
    assert.deepEqual(checks, [...Array(max - 1).fill('wrong'), 'locked']);
    assert.equal(state.locked, true);
  });

  it('refuses even the right password once locked', () => {
    assert.deepEqual(logins(...wrong(max), true, true).checks.slice(max), ['locked', 'locked']);
  });

  it('starts counting afresh after a right password before the limit', () => {
    const { checks, state } = logins(...wrong(max - 1), true, ...wrong(max - 1), true);
    assert.equal(checks.filter((check) => check === 'locked').length, 0);
    assert.deepEqual(state, unlockedDocomoId);
  });

  it('takes its limit from the caller (the portal setting)', () => {
    assert.equal(tooManyWrongPasswordsLockTheId(unlockedDocomoId, false, 1).check, 'locked');
  });
});
