import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { defaultSettings } from '../settings';
import { docomoIdChangeProblems, type DocomoIdChange } from './docomo-id-problems';

const settings = { ...defaultSettings };
const hanakos: DocomoIdChange = {
  phoneNumber: '09012345678',
  currentUserId: 'hanako2024',
  userId: 'hanako2024',
  password: 'Momiji2025',
  confirmation: 'Momiji2025',
};
const takenByTaro = (userId: string) => userId === 'taro2020';
const rulesBroken = (change: Partial<DocomoIdChange>) =>
  docomoIdChangeProblems({ ...hanakos, ...change }, settings, takenByTaro).map((problem) => problem.rule);

describe('a change on the 変更/ロック解除 form', () => {
  it('breaks no rule with the pre-filled user id kept and a good password typed twice', () => {
    assert.deepEqual(rulesBroken({}), []);
  });

  it('may keep a pre-filled user id from before the rules', () => {
    assert.deepEqual(rulesBroken({ currentUserId: 'hanako.sato', userId: 'hanako.sato' }), []);
  });

  it('holds a new user id to the user id rules, one message at a time', () => {
    assert.deepEqual(rulesBroken({ userId: 'hanako_sato' }), ['userIdHasAllowedShape']);
    assert.deepEqual(rulesBroken({ userId: '' }), ['userIdHasAllowedShape']);
    assert.deepEqual(rulesBroken({ userId: '08011112222' }), ['phoneNumberUserIdIsOwnNumber']);
    assert.deepEqual(rulesBroken({ userId: '09012345678' }), []);
    assert.deepEqual(rulesBroken({ userId: 'taro2020' }), ['userIdIsUnused']);
  });

  it('holds the password to every password rule and lists all it breaks', () => {
    assert.deepEqual(rulesBroken({ password: 'もみじ', confirmation: 'もみじ' }), [
      'passwordUsesAllowedCharacters',
      'passwordHasAllowedLength',
      'passwordMixesLettersAndDigits',
    ]);
    assert.deepEqual(rulesBroken({ password: 'hanako2024', confirmation: 'hanako2024' }), ['passwordDiffersFromUserId']);
    assert.deepEqual(rulesBroken({ confirmation: 'Momiji2026' }), ['passwordConfirmationMatches']);
  });

  it('compares the password with the user id it will belong to', () => {
    assert.deepEqual(rulesBroken({ userId: 'Momiji2025' }), ['passwordDiffersFromUserId']);
  });

  it('names the limits from the settings in its messages', () => {
    const [length] = docomoIdChangeProblems(
      { ...hanakos, password: 'Ab1', confirmation: 'Ab1' },
      { ...settings, passwordMinLength: 10, passwordMaxLength: 32 },
      takenByTaro,
    );
    assert.equal(length.message, 'パスワードは、10〜32文字で入力してください。');
    const [shape] = docomoIdChangeProblems({ ...hanakos, userId: 'x' }, settings, takenByTaro);
    assert.equal(shape.message, `docomo IDは、${settings.userIdMinLength}〜${settings.userIdMaxLength}文字の半角英数字か、メールアドレスで入力してください。`);
  });
});
