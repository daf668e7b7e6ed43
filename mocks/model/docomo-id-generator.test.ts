import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { defaultSettings } from '../settings';
import { DocomoIdGenerator } from './docomo-id-generator';
import { docomoIdChangeProblems } from './docomo-id-problems';
import { looksLikePhoneNumber } from './docomo-id-user-id-rules';

const settings = { ...defaultSettings };
const free = () => true;

describe('the docomo IDs 発行 hands out', () => {
  it('pass every rule a customer’s own choice must pass', () => {
    const generator = new DocomoIdGenerator();
    for (let i = 0; i < 200; i++) {
      const { userId, password } = generator.next(settings, free);
      const problems = docomoIdChangeProblems(
        { phoneNumber: '09012345678', currentUserId: '', userId, password, confirmation: password },
        settings,
        () => false,
      );
      assert.deepEqual(problems, [], `${userId} / ${password}`);
      assert.equal(looksLikePhoneNumber(userId), false);
    }
  });

  it('are the same sequence for every new portal, so the guide’s screenshots stay the same', () => {
    assert.deepEqual(new DocomoIdGenerator().next(settings, free), new DocomoIdGenerator().next(settings, free));
  });

  it('skip a user id that is taken and a password to be avoided', () => {
    const first = new DocomoIdGenerator().next(settings, free);
    const second = new DocomoIdGenerator().next(settings, (id) => id !== first.userId, first.password);
    assert.notEqual(second.userId, first.userId);
    assert.notEqual(second.password, first.password);
  });

  it('follow the length settings', () => {
    const long = { ...settings, passwordMinLength: 16, passwordMaxLength: 24, userIdMinLength: 12, userIdMaxLength: 16 };
    const { userId, password } = new DocomoIdGenerator().next(long, free);
    assert.equal(userId.length, 12);
    assert.equal(password.length, 16);
  });

  it('say which settings to check when no ID can pass', () => {
    assert.throws(() => new DocomoIdGenerator().next(settings, () => false), /check the length settings/);
  });
});
