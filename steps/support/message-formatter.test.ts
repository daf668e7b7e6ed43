import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { Envelope } from '@cucumber/messages';
import { loadBeside } from '../../guide-gen/attachment-files';
import { externaliseImage } from './message-formatter';

const scratch = mkdtempSync(join(tmpdir(), 'message-formatter-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR4nGM4w2AMRAwQCgAeVgP9CwJ/4gAAAABJRU5ErkJggg==', 'base64');
const attached = (body: string, mediaType: string, contentEncoding: 'BASE64' | 'IDENTITY' = 'BASE64') =>
  ({ attachment: { body, mediaType, contentEncoding, fileName: 'step@2x.png', testCaseStartedId: '1', testStepId: '2' } }) as unknown as Envelope;

test('a screenshot is stored once as a file beside the stream, and the attachment points to it', () => {
  const folder = join(scratch, 'attachments');
  const written = new Set<string>();
  const first = externaliseImage(attached(PNG.toString('base64'), 'image/png'), folder, written);
  const again = externaliseImage(attached(PNG.toString('base64'), 'image/png'), folder, written);
  assert.equal(first.attachment?.body, '');
  assert.match(first.attachment?.url ?? '', /^\.\/attachments\/[0-9a-f]{32}\.png$/);
  assert.equal(again.attachment?.url, first.attachment?.url);
  assert.equal(first.attachment?.fileName, 'step@2x.png');
  assert.equal(readdirSync(folder).length, 1);
  assert.deepEqual(Buffer.from(loadBeside(scratch)(first.attachment?.url ?? '')!), PNG);
});

test('text, JSON and every other message are written as they came', () => {
  const folder = join(scratch, 'other');
  const labels = attached('[{"ja":"次へ","en":"Next","action":"tap"}]', 'application/json', 'IDENTITY');
  assert.equal(externaliseImage(labels, folder, new Set()), labels);
  const started = { testRunStarted: { timestamp: { seconds: 1, nanos: 0 } } } as Envelope;
  assert.equal(externaliseImage(started, folder, new Set()), started);
  assert.throws(() => readFileSync(folder));
});
