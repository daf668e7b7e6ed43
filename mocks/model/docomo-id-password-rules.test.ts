import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { defaultSettings } from '../settings';
import {
  passwordConfirmationMatches,
  passwordDiffersFromUserId,
  passwordHasAllowedLength,
  passwordMatchesCaseSensitively,
  passwordMixesLettersAndDigits,
  passwordUsesAllowedCharacters,
} from './docomo-id-password-rules';

const settings = { ...defaultSettings };
const ofLength = (length: number) => 'Ab1'.repeat(10).slice(0, length);

describe('a docomo ID password', () => {
  it('is as long as the settings allow, both limits included', () => {
    assert.equal(passwordHasAllowedLength(ofLength(settings.passwordMinLength), settings), true);
    assert.equal(passwordHasAllowedLength(ofLength(settings.passwordMaxLength), settings), true);
    assert.equal(passwordHasAllowedLength(ofLength(settings.passwordMinLength - 1), settings), false);
    assert.equal(passwordHasAllowedLength(ofLength(settings.passwordMaxLength + 1), settings), false);
    assert.equal(passwordHasAllowedLength('', settings), false);
  });

  it('follows the length settings when they change', () => {
    const longer = { passwordMinLength: 12, passwordMaxLength: 30 };
    assert.equal(passwordHasAllowedLength(ofLength(11), longer), false);
    assert.equal(passwordHasAllowedLength(ofLength(25), longer), true);
  });

  it('uses half-width letters, digits and symbols only', () => {
    for (const good of ['Sakura2024', 'Sakura-2024!', 'a1~!@#$%^&*()_+{}[]|:;"\'<>,.?/`=\\']) {
      assert.equal(passwordUsesAllowedCharacters(good), true, good);
    }
    for (const bad of ['Sakura 2024', 'Ｓａｋｕｒａ2024', 'さくら2024', '桜Sakura2024', 'Sakura2024\t', 'Sakura２０２４']) {
      assert.equal(passwordUsesAllowedCharacters(bad), false, bad);
    }
  });

  it('mixes letters and digits', () => {
    assert.equal(passwordMixesLettersAndDigits('Sakura2024'), true);
    assert.equal(passwordMixesLettersAndDigits('2024sakura!'), true);
    for (const bad of ['Sakurasaku', '20242024', '!!!!----', '']) assert.equal(passwordMixesLettersAndDigits(bad), false, bad);
  });

  it('differs from the user id', () => {
    assert.equal(passwordDiffersFromUserId('Sakura2024', 'hanako2024'), true);
    assert.equal(passwordDiffersFromUserId('hanako2024', 'hanako2024'), false);
  });

  it('is confirmed only by the same characters typed again', () => {
    assert.equal(passwordConfirmationMatches('Momiji2025', 'Momiji2025'), true);
    assert.equal(passwordConfirmationMatches('Momiji2025', 'momiji2025'), false);
    assert.equal(passwordConfirmationMatches('Momiji2025', ''), false);
  });

  it('is case-sensitive when it is checked at login', () => {
    assert.equal(passwordMatchesCaseSensitively('Sakura2024', 'Sakura2024'), true);
    for (const changed of ['sakura2024', 'SAKURA2024', 'sAKURA2024']) assert.equal(passwordMatchesCaseSensitively(changed, 'Sakura2024'), false, changed);
  });
});
