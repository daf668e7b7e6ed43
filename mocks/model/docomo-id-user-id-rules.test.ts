import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { defaultSettings } from '../settings';
import { isEmailAddress, looksLikePhoneNumber, phoneNumberUserIdIsOwnNumber, userIdHasAllowedShape, userIdIsUnused } from './docomo-id-user-id-rules';

const settings = { ...defaultSettings };
const ofLength = (length: number) => 'hanakosato2025'.repeat(3).slice(0, length);

describe('a docomo ID user id', () => {
  it('may be half-width letters and digits, as long as the settings allow', () => {
    for (const good of ['hanako', 'hanako2025', 'HanakoSato', '123456', ofLength(settings.userIdMinLength), ofLength(settings.userIdMaxLength)]) {
      assert.equal(userIdHasAllowedShape(good, settings), true, good);
    }
    for (const bad of [ofLength(settings.userIdMinLength - 1), ofLength(settings.userIdMaxLength + 1), '']) {
      assert.equal(userIdHasAllowedShape(bad, settings), false, `${bad.length} characters`);
    }
  });

  it('may be an email address, whatever its length', () => {
    for (const good of ['hanako.sato@example.com', 'h@example.jp', 'hanako+docomo@mail.example.co.jp', `${ofLength(30)}@example.com`]) {
      assert.equal(userIdHasAllowedShape(good, settings), true, good);
      assert.equal(isEmailAddress(good), true, good);
    }
  });

  it('refuses anything else', () => {
    for (const bad of [
      'hanako_sato',
      'hanako sato',
      'hanako.sato',
      'ｈａｎａｋｏ２０２５',
      'はなこさとう',
      'hanako@',
      '@example.com',
      'hanako@example',
      'hanako@@example.com',
      'hanako..sato@example.com',
      '.hanako@example.com',
      '<script>',
      '<b>x</b>@example.com',
    ]) {
      assert.equal(userIdHasAllowedShape(bad, settings), false, bad);
    }
  });

  it('that is a phone number must be the line’s own mobile number', () => {
    assert.equal(phoneNumberUserIdIsOwnNumber('09012345678', '090-1234-5678'), true);
    assert.equal(phoneNumberUserIdIsOwnNumber('08011112222', '090-1234-5678'), false);
    assert.equal(phoneNumberUserIdIsOwnNumber('0312345678', '090-1234-5678'), false, 'a landline number is not her mobile number');
  });

  it('that is not a phone number is not held to the line’s number', () => {
    for (const other of ['hanako2025', '12345678', '90123456789', 'hanako@example.com']) {
      assert.equal(looksLikePhoneNumber(other), false, other);
      assert.equal(phoneNumberUserIdIsOwnNumber(other, '090-1234-5678'), true, other);
    }
  });

  it('must not be in use by another line', () => {
    const used = new Set(['taro2020']);
    assert.equal(
      userIdIsUnused('hanako2025', (id) => used.has(id)),
      true,
    );
    assert.equal(
      userIdIsUnused('taro2020', (id) => used.has(id)),
      false,
    );
  });
});
