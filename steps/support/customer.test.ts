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
  const customer = customerFromTable('Ken', [
    ['phone number', '080-2222-3333'],
    ['network PIN', '8152'],
  ]);
  assert.equal(customer.docomoId, undefined);
});

test('an unknown field is refused with the fields that are known', () => {
  assert.throws(() => customerFromTable('Hanako', [['pin', '1234']]), /Unknown field "pin".*network PIN/);
});

test('a table without a phone number is refused', () => {
  assert.throws(() => customerFromTable('Hanako', [['network PIN', '4739']]), /needs at least a "phone number"/);
});

test('a line table may give the birthday, the sp-mode password and the Wi-Fi credentials', () => {
  const customer = customerFromTable('Hanako', [
    ['phone number', '090-1234-5678'],
    ['network PIN', '4739'],
    ['birthday', '1990-04-12'],
    ['sp-mode password', '5829'],
    ['Wi-Fi user id', 'wf7h2k9q'],
    ['Wi-Fi password', 'Kaze8812'],
  ]);
  assert.equal(customer.birthday, '1990-04-12');
  assert.equal(customer.spModePassword, '5829');
  assert.deepEqual(customer.wifi, { userId: 'wf7h2k9q', password: 'Kaze8812' });
});
