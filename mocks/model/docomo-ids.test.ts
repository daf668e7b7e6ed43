import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { defaultSettings } from '../settings';
import { DocomoIds } from './docomo-ids';

const hanako = '09012345678';
const taro = '08011112222';

function withHanako(settings = { ...defaultSettings }): DocomoIds {
  const ids = new DocomoIds(settings);
  ids.register(hanako, { userId: 'hanako2024', password: 'Sakura2024' });
  return ids;
}

const lockOut = (ids: DocomoIds, userId = 'hanako2024') => {
  for (let i = 0; i < defaultSettings.docomoIdLoginMaxFailures; i++) ids.logIn(userId, 'wrong-1');
};

describe('the docomo IDs of a portal', () => {
  it('log a line in with its user id and password, looked up among every line', () => {
    const ids = withHanako();
    ids.register(taro, { userId: 'taro2020', password: 'Kaede2020' });
    assert.deepEqual(ids.logIn('hanako2024', 'Sakura2024'), { check: 'ok', userId: 'hanako2024' });
    assert.deepEqual(ids.logIn('taro2020', 'Kaede2020'), { check: 'ok', userId: 'taro2020' });
    assert.deepEqual(ids.logIn('taro2020', 'Sakura2024'), { check: 'wrong' });
    assert.deepEqual(ids.logIn('nobody99', 'Sakura2024'), { check: 'wrong' });
  });

  it('refuse a password with its case changed', () => {
    assert.deepEqual(withHanako().logIn('hanako2024', 'sakura2024'), { check: 'wrong' });
  });

  it('lock one line’s ID after the limit of wrong passwords, and no other line’s', () => {
    const ids = withHanako();
    ids.register(taro, { userId: 'taro2020', password: 'Kaede2020' });
    lockOut(ids);
    assert.equal(ids.isLocked(hanako), true);
    assert.deepEqual(ids.logIn('hanako2024', 'Sakura2024'), { check: 'locked' });
    assert.equal(ids.isLocked(taro), false);
    assert.equal(ids.logIn('taro2020', 'Kaede2020').check, 'ok');
  });

  it('do not count logins with an unknown user id against anybody', () => {
    const ids = withHanako();
    for (let i = 0; i < 10; i++) ids.logIn('hanako2025', 'Sakura2024');
    assert.equal(ids.isLocked(hanako), false);
  });

  it('unlock an ID when 変更/ロック解除 keeps its user id and sets a new password', () => {
    const ids = withHanako();
    lockOut(ids);
    const result = ids.change({ phoneNumber: hanako, userId: 'hanako2024', password: 'Momiji2025', confirmation: 'Momiji2025' });
    assert.deepEqual(result, { outcome: 'changed', docomoId: { userId: 'hanako2024', password: 'Momiji2025' }, userIdChanged: false });
    assert.equal(ids.isLocked(hanako), false);
    assert.equal(ids.logIn('hanako2024', 'Sakura2024').check, 'wrong');
    assert.equal(ids.logIn('hanako2024', 'Momiji2025').check, 'ok');
  });

  it('change the user id too when 変更/ロック解除 is sent with another one', () => {
    const ids = withHanako();
    const result = ids.change({ phoneNumber: hanako, userId: 'hanakosato', password: 'Momiji2025', confirmation: 'Momiji2025' });
    assert.equal(result.outcome === 'changed' && result.userIdChanged, true);
    assert.equal(ids.logIn('hanako2024', 'Momiji2025').check, 'wrong');
    assert.equal(ids.logIn('hanakosato', 'Momiji2025').check, 'ok');
  });

  it('keep the ID as it was when a change breaks a rule', () => {
    const ids = withHanako();
    const result = ids.change({ phoneNumber: hanako, userId: 'hanako2024', password: 'Momiji2025', confirmation: 'Momiji2026' });
    assert.equal(result.outcome, 'refused');
    assert.deepEqual(ids.of(hanako), { userId: 'hanako2024', password: 'Sakura2024' });
  });

  it('refuse a user id another line has', () => {
    const ids = withHanako();
    ids.register(taro, { userId: 'taro2020', password: 'Kaede2020' });
    const result = ids.change({ phoneNumber: hanako, userId: 'taro2020', password: 'Momiji2025', confirmation: 'Momiji2025' });
    assert.equal(result.outcome === 'refused' && result.problems[0].rule, 'userIdIsUnused');
    assert.throws(() => ids.register('07012345678', { userId: 'taro2020', password: 'x' }), /line 08011112222 has it/);
  });

  it('issue a docomo ID to a line that has none', () => {
    const ids = new DocomoIds({ ...defaultSettings });
    const issued = ids.issue(taro);
    assert.deepEqual(ids.of(taro), issued);
    assert.equal(ids.logIn(issued.userId, issued.password).check, 'ok');
  });

  it('reissue a new user id and a new password, unlocked, to a line that has one', () => {
    const ids = withHanako();
    lockOut(ids);
    const issued = ids.issue(hanako);
    assert.notEqual(issued.userId, 'hanako2024');
    assert.notEqual(issued.password, 'Sakura2024');
    assert.equal(ids.isLocked(hanako), false);
    assert.equal(ids.logIn('hanako2024', 'Sakura2024').check, 'wrong');
    assert.equal(ids.logIn(issued.userId, issued.password).check, 'ok');
  });

  it('delete a line’s docomo ID so that it no longer logs in', () => {
    const ids = withHanako();
    assert.equal(ids.delete(hanako), true);
    assert.equal(ids.of(hanako), undefined);
    assert.equal(ids.logIn('hanako2024', 'Sakura2024').check, 'wrong');
    assert.equal(ids.delete(hanako), false);
    assert.equal(ids.change({ phoneNumber: hanako, userId: 'x', password: 'y', confirmation: 'y' }).outcome, 'no-docomo-id');
  });

  it('do not let a caller change an ID through what it reads', () => {
    const ids = withHanako();
    ids.of(hanako)!.password = 'changed';
    assert.equal(ids.of(hanako)?.password, 'Sakura2024');
  });

  it('share nothing between two portals', () => {
    const first = withHanako();
    const second = withHanako();
    lockOut(first);
    assert.equal(second.isLocked(hanako), false);
    assert.deepEqual(first.issue(taro), second.issue(taro), 'each portal starts the same sequence of its own');
  });
});
