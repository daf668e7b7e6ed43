import { test } from 'node:test';
import assert from 'node:assert/strict';
import { credentials } from '../support/credentials';
import { fieldMeanings, screenLabels, type ScreenLabel } from './screen-label';

/** Every field the page objects type into, by the label they find it with. */
const typedInto: ScreenLabel[] = [
  ...Object.values(credentials).flatMap((credential) => credential.labels),
  screenLabels.currentSpModePassword,
  screenLabels.newSpModePassword,
  screenLabels.newSpModePasswordAgain,
  screenLabels.currentNetworkPin,
  screenLabels.newNetworkPin,
  screenLabels.newNetworkPinAgain,
  screenLabels.newPassword,
  screenLabels.newPasswordAgain,
  ...Object.values(fieldMeanings),
];

test('every field reads as "Enter your <what is typed> in 「label」.": its English starts in lower case, but for a name', () => {
  for (const label of typedInto) assert.match(label.en, /^(?:[a-z]|Wi-Fi )/, `「${label.ja}」 is typed into as "${label.en}"`);
});

test('each Japanese text has one meaning in the table, so a label read off the screen finds it', () => {
  const texts = Object.values(screenLabels).map((label: ScreenLabel) => label.ja);
  assert.deepEqual(
    texts.filter((text, index) => texts.indexOf(text) !== index),
    [],
  );
});

test('a field shared by several forms is named for what is typed into it there', () => {
  assert.equal(fieldMeanings.wifiPassword.ja, screenLabels.password.ja);
  assert.notEqual(fieldMeanings.wifiPassword.en, fieldMeanings.docomoIdPassword.en);
});

test('no English meaning holds brackets, which would nest in "Tap 「ja」 (en)."', () => {
  const labels: ScreenLabel[] = [...Object.values(screenLabels), ...Object.values(fieldMeanings)];
  assert.deepEqual(
    labels.filter((label) => /[()]/.test(label.en)).map((label) => label.en),
    [],
  );
});
