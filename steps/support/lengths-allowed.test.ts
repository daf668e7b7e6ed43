import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  passwordDiffersFromUserId,
  passwordHasAllowedLength,
  passwordMixesLettersAndDigits,
  passwordUsesAllowedCharacters,
} from '../../mocks/model/docomo-id-password-rules';
import { looksLikePhoneNumber, userIdHasAllowedShape } from '../../mocks/model/docomo-id-user-id-rules';
import { defaultSettings } from '../../mocks/settings';
import { lengthsAgainstLimits, passwordOfLength, userIdOfLength } from './lengths-allowed';

const settings = { ...defaultSettings };
const passwordLimits = { min: settings.passwordMinLength, max: settings.passwordMaxLength };
const userIdLimits = { min: settings.userIdMinLength, max: settings.userIdMaxLength };

test('the named lengths sit on and just past the limits from the settings', () => {
  const lengths = Object.fromEntries(Object.entries(lengthsAgainstLimits).map(([name, of]) => [name, of(passwordLimits)]));
  assert.deepEqual(lengths, {
    'of the shortest length allowed': settings.passwordMinLength,
    'of the longest length allowed': settings.passwordMaxLength,
    'one character shorter than allowed': settings.passwordMinLength - 1,
    'one character longer than allowed': settings.passwordMaxLength + 1,
  });
});

test('a password built for a named length breaks no rule but, past the limits, the length rule', () => {
  for (const [name, of] of Object.entries(lengthsAgainstLimits)) {
    const password = passwordOfLength(of(passwordLimits));
    assert.equal(password.length, of(passwordLimits), name);
    assert.ok(
      passwordUsesAllowedCharacters(password) && passwordMixesLettersAndDigits(password) && passwordDiffersFromUserId(password, 'hanako2024'),
      `${name}: ${password}`,
    );
    assert.equal(passwordHasAllowedLength(password, settings), name.startsWith('of '), name);
  }
});

test('a user id built for a named length is letters and digits, never a phone number, and only its length can be wrong', () => {
  for (const [name, of] of Object.entries(lengthsAgainstLimits)) {
    const userId = userIdOfLength(of(userIdLimits));
    assert.equal(userId.length, of(userIdLimits), name);
    assert.match(userId, /^[A-Za-z0-9]+$/);
    assert.equal(looksLikePhoneNumber(userId), false);
    assert.equal(userIdHasAllowedShape(userId, settings), name.startsWith('of '), name);
  }
});

test('the builders follow other settings too', () => {
  assert.equal(passwordOfLength(40).length, 40);
  assert.equal(passwordMixesLettersAndDigits(passwordOfLength(2)), true);
  assert.equal(userIdOfLength(64).length, 64);
});
