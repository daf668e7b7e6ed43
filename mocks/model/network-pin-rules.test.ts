import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { attemptNetworkPin, isWellFormedNetworkPin, networkPinTriesLeft, unlockedNetworkPin, type NetworkPinState } from './network-pin-rules';

const actual = '4821';
const max = 3;

function attempts(...entered: string[]): { checks: string[]; state: NetworkPinState } {
  let state = unlockedNetworkPin;
  const checks: string[] = [];
  for (const pin of entered) {
    const result = attemptNetworkPin(state, pin, actual, max);
    checks.push(result.check);
    state = result.state;
  }
  return { checks, state };
}

describe('a network PIN', () => {
  it('is exactly four half-width digits', () => {
    assert.equal(isWellFormedNetworkPin('0123'), true);
    for (const bad of ['', '123', '12345', '12a4', '１２３４', ' 1234', '12 4', '<script>']) {
      assert.equal(isWellFormedNetworkPin(bad), false, `"${bad}" should not be well formed`);
    }
  });

  it('is accepted when right', () => {
    assert.deepEqual(attempts('4821').checks, ['ok']);
  });

  it('locks on the third wrong attempt in a row', () => {
    const { checks, state } = attempts('0000', '1111', '2222');
    assert.deepEqual(checks, ['wrong', 'wrong', 'locked']);
    assert.equal(state.locked, true);
  });

  it('refuses even the right PIN once locked, and stays locked', () => {
    assert.deepEqual(attempts('0000', '1111', '2222', '4821', '4821').checks, ['wrong', 'wrong', 'locked', 'locked', 'locked']);
  });

  it('forgets earlier failures after a right attempt', () => {
    const { checks, state } = attempts('0000', '1111', '4821', '0000', '1111');
    assert.deepEqual(checks, ['wrong', 'wrong', 'ok', 'wrong', 'wrong']);
    assert.equal(state.locked, false);
  });

  it('does not count malformed input as a failure', () => {
    const { checks, state } = attempts('0000', '12', 'abcd', '１２３４', '1111');
    assert.deepEqual(checks, ['wrong', 'invalid', 'invalid', 'invalid', 'wrong']);
    assert.equal(state.failures, 2);
  });

  it('reports locked rather than invalid when malformed input meets a locked PIN', () => {
    assert.equal(attempts('0000', '1111', '2222', 'ab').checks[3], 'locked');
  });

  it('tells how many wrong attempts are left before the lock', () => {
    assert.equal(networkPinTriesLeft(unlockedNetworkPin, max), 3);
    assert.equal(networkPinTriesLeft(attempts('0000').state, max), 2);
    assert.equal(networkPinTriesLeft(attempts('0000', '1111', '2222').state, max), 0);
  });
});
