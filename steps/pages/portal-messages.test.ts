import assert from 'node:assert/strict';
import { test } from 'node:test';
// The mock's own catalogues, read here only to check that the guide can translate every message
// the portal may show; the spec itself never takes its words from the mock (portal-messages.ts).
import { credentialMessages } from '../../mocks/model/credential-messages';
import { docomoIdMessages } from '../../mocks/model/docomo-id-messages';
import { defaultSettings } from '../../mocks/settings';
import { sentencesOf, translateMessage } from './portal-messages';

/** Every message of a catalogue, the ones that take a number given one. */
function messagesOf(catalogue: Record<string, unknown>): string[] {
  return Object.values(catalogue).flatMap((message) => {
    if (typeof message === 'string') return [message];
    if (typeof message === 'function') return [String(message(2)), String(message(defaultSettings))];
    return messagesOf(message as Record<string, unknown>);
  });
}

test("every message the portal's forms can show has its English", () => {
  const messages = [...messagesOf(credentialMessages), ...messagesOf(docomoIdMessages)]
    .flatMap(sentencesOf)
    .filter((ja) => !ja.includes('undefined') && !ja.includes('[object'));
  assert.ok(messages.length > 30, `read ${messages.length} messages`);
  assert.deepEqual(
    messages.filter((ja) => translateMessage(ja) === undefined),
    [],
  );
});

test('a message with a number in it keeps the number in English, one or many', () => {
  assert.equal(translateMessage('あと1回間違えると、spモードパスワードがロックされます。'), '1 more wrong try and your sp-mode password will be locked.');
  assert.equal(
    translateMessage('ネットワーク暗証番号を続けて3回間違えたため、ロックされました。'),
    'The network PIN was wrong 3 times in a row, so it is now locked.',
  );
  assert.equal(translateMessage('パスワードは、8〜20文字で入力してください。'), 'Enter a password of 8 to 20 characters.');
});

test('a status line of two sentences is read as two', () => {
  assert.deepEqual(sentencesOf('新しいパスワードを設定しました。docomo IDは変わりません。'), ['新しいパスワードを設定しました。', 'docomo IDは変わりません。']);
  assert.equal(translateMessage('まだ訳のない文です。'), undefined);
});
