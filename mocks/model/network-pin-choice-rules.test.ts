import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { birthdayPins, isSameDigitPin, newNetworkPinProblem, phoneNumberPins } from './network-pin-choice-rules';

const hanako = { phoneNumber: '09012345678', birthday: '1990-04-12' };
const choose = (pin: string, confirmation = pin) => newNetworkPinProblem(pin, confirmation, hanako);

describe('choosing a new network PIN', () => {
  it('accepts four digits that are none of the refused kinds', () => {
    for (const pin of ['3916', '0123', '0991']) assert.equal(choose(pin), undefined, pin);
  });

  it('refuses anything but four half-width digits', () => {
    for (const pin of ['', '391', '39160', '３９１６', 'abcd']) assert.equal(choose(pin), 'malformed', pin);
  });

  it('refuses the same digit four times', () => {
    assert.equal(isSameDigitPin('7777'), true);
    assert.equal(isSameDigitPin('7771'), false);
    for (const digit of '0123456789') assert.equal(choose(digit.repeat(4)), 'same-digits', digit.repeat(4));
  });

  it("refuses the birthday's year, its month and day, and its day and month", () => {
    assert.deepEqual(birthdayPins('1990-04-12'), ['1990', '0412', '1204']);
    for (const pin of ['1990', '0412', '1204']) assert.equal(choose(pin), 'birthday', pin);
  });

  it('knows no birthday PINs for a line whose birthday it does not know', () => {
    assert.deepEqual(birthdayPins(undefined), []);
    assert.equal(newNetworkPinProblem('0412', '0412', { phoneNumber: '09012345678' }), undefined);
  });

  it("refuses the phone number's middle and last four digits", () => {
    assert.deepEqual(phoneNumberPins('090-1234-5678'), ['1234', '5678']);
    for (const pin of ['1234', '5678']) assert.equal(choose(pin), 'phone-number', pin);
  });

  it('refuses a confirmation that differs, after the PIN itself passed', () => {
    assert.equal(choose('3916', '3961'), 'mismatch');
    assert.equal(choose('1111', '2222'), 'same-digits');
  });
});
