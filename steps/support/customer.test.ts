import { test } from 'node:test';
import assert from 'node:assert/strict';
import { customerFromTable } from './customer';

test("a line table gives the customer's number without dashes, her PIN and her docomo ID", () => {
  const customer = customerFromTable('Hanako', [
    ['phone number', '090-1234-5678'],
    ['network PIN', '4739'],
    ['docomo ID', 'hanako.sato'],
    ['password', 'Sakura2024'],
  ]);
  assert.deepEqual(customer, {
    name: 'Hanako',
    phoneNumber: '09012345678',
    networkPin: '4739',
    docomoId: { userId: 'hanako.sato', password: 'Sakura2024' },
  });
});

test('a line without a docomo ID has none', () => {
  const customer = customerFromTable('Ken', [['phone number', '080-2222-3333'], ['network PIN', '8152']]);
  assert.equal(customer.docomoId, undefined);
});

test('an unknown field is refused with the fields that are known', () => {
  assert.throws(() => customerFromTable('Hanako', [['pin', '1234']]), /Unknown field "pin".*network PIN/);
});

test('a table without a phone number is refused', () => {
  assert.throws(() => customerFromTable('Hanako', [['network PIN', '4739']]), /needs at least a "phone number"/);
});
