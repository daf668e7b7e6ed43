import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright';
import { noteInstruction, noteLabel } from '../pages/screen-record';
import { screenLabels } from '../pages/screen-label';
import { attachStepRecord, type Attach } from './attach-step-record';
import { ARIA_MEDIA_TYPE, LABELS_MEDIA_TYPE, MESSAGES_MEDIA_TYPE } from '../../common/run-attachments';

/** A phone page, first at this address: its screenshot and its main part's snapshot are stand-ins. */
function pageAt(url: string, said: string[] = []): Page & { goTo(next: string): void } {
  let address = url;
  return {
    url: () => address,
    goTo: (next: string) => (address = next),
    screenshot: async () => Buffer.from('the screen'),
    locator: () => ({ count: async () => 1, ariaSnapshot: async () => '- heading "お客様サポート"', evaluateAll: async () => said }),
  } as unknown as Page & { goTo(next: string): void };
}

/** Collects what the step attaches, by file name, in order. */
function attachments() {
  const attached: Array<{ fileName: string; mediaType: string; data: string }> = [];
  const attach = ((data: Buffer | string, options: { mediaType: string; fileName: string }) => {
    attached.push({ ...options, data: data.toString() });
  }) as Attach;
  return { attached, attach };
}

test('a step before the first page attaches its instruction, and no screenshot of the blank page', async () => {
  const page = pageAt('about:blank');
  noteInstruction(page, 'Turn off Wi-Fi and tethering, so that your phone uses sp-mode (its own mobile data).');
  const { attached, attach } = attachments();
  await attachStepRecord(page, attach, false);
  assert.deepEqual(
    attached.map(({ fileName, mediaType }) => ({ fileName, mediaType })),
    [{ fileName: 'labels.json', mediaType: LABELS_MEDIA_TYPE }],
  );
  assert.deepEqual(JSON.parse(attached[0].data), [
    { ja: '', en: 'Turn off Wi-Fi and tethering, so that your phone uses sp-mode (its own mobile data).', action: 'do' },
  ]);
});

test('what a step before the first page recorded is not carried into the step that opens it', async () => {
  const page = pageAt('about:blank');
  noteInstruction(page, 'Connect your phone to Wi-Fi.');
  await attachStepRecord(page, attachments().attach, false);
  page.goTo('http://127.0.0.1:4010/');
  const next = attachments();
  await attachStepRecord(page, next.attach, false);
  assert.deepEqual(
    next.attached.map(({ fileName }) => fileName),
    ['step@2x.png', 'aria.yml'],
  );
});

test('a step on a page attaches its screen, its labels and what the reader saw, in that order', async () => {
  const page = pageAt('http://127.0.0.1:4010/support/');
  noteLabel(page, screenLabels.customerSupport);
  const { attached, attach } = attachments();
  await attachStepRecord(page, attach, false);
  assert.deepEqual(
    attached.map(({ fileName, mediaType }) => ({ fileName, mediaType })),
    [
      { fileName: 'step@2x.png', mediaType: 'image/png' },
      { fileName: 'labels.json', mediaType: LABELS_MEDIA_TYPE },
      { fileName: 'aria.yml', mediaType: ARIA_MEDIA_TYPE },
    ],
  );
});

test("a failed step's screen is attached as the failure", async () => {
  const { attached, attach } = attachments();
  await attachStepRecord(pageAt('http://127.0.0.1:4010/'), attach, true);
  assert.equal(attached[0].fileName, 'failure@2x.png');
});

test('without a page, nothing is attached', async () => {
  const { attached, attach } = attachments();
  await attachStepRecord(undefined, attach, false);
  assert.deepEqual(attached, []);
});

test('what the portal said on screen is attached sentence by sentence, with its English, and none is dropped for want of one', async () => {
  const page = pageAt('http://127.0.0.1:4010/docomo-id/verify/', [
    'ネットワーク暗証番号が正しくありません。',
    'あと2回間違えると、ネットワーク暗証番号がロックされます。まだ訳のない文です。',
  ]);
  const { attached, attach } = attachments();
  await attachStepRecord(page, attach, false);
  const messages = attached.find(({ mediaType }) => mediaType === MESSAGES_MEDIA_TYPE);
  assert.deepEqual(JSON.parse(messages?.data ?? '[]'), [
    { ja: 'ネットワーク暗証番号が正しくありません。', en: 'The network PIN is wrong.' },
    { ja: 'あと2回間違えると、ネットワーク暗証番号がロックされます。', en: '2 more wrong tries and your network PIN will be locked.' },
    { ja: 'まだ訳のない文です。', en: '' },
  ]);
});
