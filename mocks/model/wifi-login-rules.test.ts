import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { checkWifiLogin, wifiFieldMaxLength } from './wifi-login-rules';

const accounts = [
  { userId: 'wf7h2k9q', password: 'Kaze8812' },
  { userId: 'wf3m5n1p', password: 'Umi40771' },
];

describe('a Wi-Fi login', () => {
  it("opens with one account's own user id and password", () => {
    assert.equal(checkWifiLogin({ userId: 'wf3m5n1p', password: 'Umi40771' }, accounts), 'ok');
  });

  it("is refused with another account's password, or a password in the wrong case", () => {
    assert.equal(checkWifiLogin({ userId: 'wf7h2k9q', password: 'Umi40771' }, accounts), 'wrong');
    assert.equal(checkWifiLogin({ userId: 'wf7h2k9q', password: 'kaze8812' }, accounts), 'wrong');
  });

  it('is refused with credentials that belong to no Wi-Fi account, such as a docomo ID', () => {
    assert.equal(checkWifiLogin({ userId: 'hanako.sato', password: 'Sakura2024' }, accounts), 'wrong');
  });

  it('needs both fields, each of a sensible length', () => {
    assert.equal(checkWifiLogin({ userId: '', password: 'Kaze8812' }, accounts), 'invalid');
    assert.equal(checkWifiLogin({ userId: 'wf7h2k9q', password: '' }, accounts), 'invalid');
    assert.equal(checkWifiLogin({ userId: 'x'.repeat(wifiFieldMaxLength + 1), password: 'Kaze8812' }, accounts), 'invalid');
  });
});
