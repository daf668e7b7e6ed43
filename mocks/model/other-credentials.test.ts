import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { defaultSettings } from '../settings';
import { PortalClock } from './portal-clock';
import { PortalModel } from './portal-model';
import { tokyoTime } from './tokyo-time';

const hanako = {
  phoneNumber: '090-1234-5678',
  networkPin: '4739',
  birthday: '1990-04-12',
  wifi: { userId: 'wf7h2k9q', password: 'Kaze8812' },
};

function portalModel(clock = new PortalClock()): PortalModel {
  const model = new PortalModel({ ...defaultSettings }, clock);
  model.addLine(hanako);
  return model;
}

describe("a line's sp-mode password in the portal model", () => {
  it('is 0000 for a line whose seed names none, and the seed can name another', () => {
    const model = portalModel();
    model.addLine({ phoneNumber: '080-1111-2222', networkPin: '1357', spModePassword: '5829' });
    assert.equal(model.spModePasswords.check('09012345678', '0000').check, 'ok');
    assert.equal(model.spModePasswords.check('08011112222', '5829').check, 'ok');
  });

  it('refuses a seed whose sp-mode password is not 4 digits, without half-adding the line', () => {
    const model = new PortalModel();
    assert.throws(() => model.addLine({ phoneNumber: '080-1111-2222', networkPin: '1357', spModePassword: '12' }), /sp-mode password "12"/);
    assert.equal(model.line('08011112222'), undefined);
  });

  it("locks by the portal's clock and clears at the next Tokyo midnight", () => {
    const clock = new PortalClock();
    clock.setTime(tokyoTime('2025-12-01', '21:30'));
    const passwords = portalModel(clock).spModePasswords;
    passwords.check('09012345678', '1111');
    passwords.check('09012345678', '2222');
    const third = passwords.check('09012345678', '3333');
    assert.equal(third.check, 'locked');
    assert.equal(third.lockedUntil?.getTime(), tokyoTime('2025-12-02', '00:00').getTime());
    clock.setTime(tokyoTime('2025-12-01', '23:59'));
    assert.equal(passwords.check('09012345678', '0000').check, 'locked');
    clock.setTime(tokyoTime('2025-12-02', '00:00'));
    assert.equal(passwords.lockedUntil('09012345678'), undefined);
    assert.equal(passwords.check('09012345678', '0000').check, 'ok');
  });

  it('changes only with the right current password and a good new one', () => {
    const passwords = portalModel().spModePasswords;
    assert.deepEqual(passwords.change('09012345678', '1234', '5829', '5829'), {
      outcome: 'refused',
      attempt: { check: 'wrong', triesLeft: 2, lockedUntil: undefined },
    });
    assert.deepEqual(passwords.change('09012345678', '0000', '5829', '5828'), { outcome: 'unacceptable', problem: 'mismatch' });
    assert.deepEqual(passwords.change('09012345678', '0000', '5829', '5829'), { outcome: 'changed' });
    assert.equal(passwords.check('09012345678', '0000').check, 'wrong');
    assert.equal(passwords.check('09012345678', '5829').check, 'ok');
  });

  it('is set back to 0000 and unlocked by a reset', () => {
    const model = portalModel();
    model.addLine({ phoneNumber: '080-1111-2222', networkPin: '1357', spModePassword: '5829' });
    for (const wrong of ['1111', '2222', '3333']) model.spModePasswords.check('08011112222', wrong);
    assert.ok(model.spModePasswords.lockedUntil('08011112222'));
    model.spModePasswords.reset('08011112222');
    assert.equal(model.spModePasswords.lockedUntil('08011112222'), undefined);
    assert.equal(model.spModePasswords.check('08011112222', '0000').check, 'ok');
  });
});

describe('changing a network PIN in the portal model', () => {
  const change = (model: PortalModel, current: string, next: string, confirmation = next) =>
    model.changeNetworkPin('09012345678', { current, next, confirmation });

  it('needs the current PIN, and then the new one is the PIN', () => {
    const model = portalModel();
    assert.deepEqual(change(model, '4739', '3916'), { outcome: 'changed' });
    assert.equal(model.checkNetworkPin('09012345678', '3916'), 'ok');
    assert.equal(model.checkNetworkPin('09012345678', '4739'), 'wrong');
  });

  it("checks the current PIN before the new one's rules, so a refusal tells nothing to someone without it", () => {
    const model = portalModel();
    assert.deepEqual(change(model, '1111', '0412'), { outcome: 'refused', check: 'wrong' });
    assert.deepEqual(change(model, '4739', '0412'), { outcome: 'unacceptable', problem: 'birthday' });
  });

  it('counts a wrong current PIN towards the same lock as every other network PIN entry', () => {
    const model = portalModel();
    model.checkNetworkPin('09012345678', '1111');
    change(model, '2222', '3916');
    assert.deepEqual(change(model, '3333', '3916'), { outcome: 'refused', check: 'locked' });
    assert.deepEqual(change(model, '4739', '3916'), { outcome: 'refused', check: 'locked' });
  });

  it("refuses the line's phone number and same-digit PINs", () => {
    const model = portalModel();
    assert.deepEqual(change(model, '4739', '5678'), { outcome: 'unacceptable', problem: 'phone-number' });
    assert.deepEqual(change(model, '4739', '2222'), { outcome: 'unacceptable', problem: 'same-digits' });
  });
});

describe('Wi-Fi accounts in the portal model', () => {
  it("log in with a line's own Wi-Fi credentials only", () => {
    const model = portalModel();
    assert.deepEqual(model.wifiAccounts.of('090-1234-5678'), hanako.wifi);
    assert.equal(model.wifiAccounts.login(hanako.wifi), 'ok');
    assert.equal(model.wifiAccounts.login({ userId: hanako.wifi.userId, password: 'Sakura2024' }), 'wrong');
  });

  it('know no Wi-Fi credentials for a line without the service', () => {
    const model = portalModel();
    model.addLine({ phoneNumber: '080-1111-2222', networkPin: '1357' });
    assert.equal(model.wifiAccounts.of('08011112222'), undefined);
  });
});
