import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { isMobilePhoneNumber, normalizePhoneNumber } from './phone-number';

describe('a phone number', () => {
  it('names the same line with or without hyphens', () => {
    assert.equal(normalizePhoneNumber('090-1234-5678'), normalizePhoneNumber('09012345678'));
  });

  it('is a mobile number when it has 11 digits starting 060, 070, 080 or 090', () => {
    for (const good of ['09012345678', '080-1234-5678', '070 1234 5678', '06012345678']) assert.equal(isMobilePhoneNumber(good), true, good);
    for (const bad of ['0312345678', '0901234567', '090123456789', '05012345678', 'abc']) assert.equal(isMobilePhoneNumber(bad), false, bad);
  });
});
