import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AttachmentContentEncoding, type Envelope } from '@cucumber/messages';
import { ATTACHMENTS_FOLDER } from '../../common/run-attachments';

const EXTENSIONS: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg' };

/**
 * cucumber's message formatter, with each screenshot stored once as a file beside the stream
 * (`attachments/<sha256>.png`) and the attachment pointing to it by `url`, as the Cucumber
 * Messages schema allows (`body` empty). In base64 inside the stream, a run's screenshots made it
 * 90 MB at one device pixel per CSS pixel, 1,477 screenshots of which 203 distinct; at the guide's
 * 2× it would have been about 270 MB, a string the generator can barely read. cucumber-js's own
 * AttachmentExternalisingStream (html formatter only) names each file by a fresh id, so it stores
 * every repeat again. Everything else is written as the built-in `message` formatter writes it.
 * Used as `--format ./steps/support/message-formatter.cjs:reports/messages.ndjson` (cucumber.js).
 */
export function externaliseImage(envelope: Envelope, folder: string, written: Set<string>): Envelope {
  const attachment = envelope.attachment;
  const extension = attachment && EXTENSIONS[attachment.mediaType];
  if (!attachment || !extension || attachment.contentEncoding !== AttachmentContentEncoding.BASE64 || !attachment.body) return envelope;
  const bytes = Buffer.from(attachment.body, 'base64');
  const name = `${createHash('sha256').update(bytes).digest('hex').slice(0, 32)}.${extension}`;
  if (!written.has(name)) {
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, name), bytes);
    written.add(name);
  }
  return {
    ...envelope,
    attachment: { ...attachment, contentEncoding: 'IDENTITY' as typeof attachment.contentEncoding, body: '', url: `./${ATTACHMENTS_FOLDER}/${name}` },
  };
}

export default {
  type: 'formatter',
  formatter({
    on,
    write,
    directory,
  }: {
    on: (key: 'message', handler: (envelope: Envelope) => void) => void;
    write: (text: string) => void;
    directory?: string;
  }) {
    if (!directory)
      throw new Error(
        'The screenshot-storing message formatter needs a file to write to: --format ./steps/support/message-formatter.cjs:reports/messages.ndjson',
      );
    const folder = join(directory, ATTACHMENTS_FOLDER);
    const written = new Set<string>();
    on('message', (envelope) => write(`${JSON.stringify(externaliseImage(envelope, folder, written))}\n`));
  },
};
