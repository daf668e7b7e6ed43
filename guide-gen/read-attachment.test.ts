import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LABELS_MEDIA_TYPE, readAttachment, RUN_INFO_MEDIA_TYPE } from './read-attachment';

const PNG_2x2 = 'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR4nGM4w2AMRAwQCgAeVgP9CwJ/4gAAAABJRU5ErkJggg==';

describe('readAttachment', () => {
  it('tells a tap screenshot (tap-N.png) from the screen after a step', () => {
    const tap = readAttachment({ mediaType: 'image/png', contentEncoding: 'BASE64', body: PNG_2x2, fileName: 'tap-2.png' });
    const after = readAttachment({ mediaType: 'image/png', contentEncoding: 'BASE64', body: PNG_2x2, fileName: 'failure.png' });
    const unnamed = readAttachment({ mediaType: 'image/png', contentEncoding: 'BASE64', body: PNG_2x2 });
    assert.equal(tap.kind, 'tap');
    assert.equal(after.kind, 'screen');
    assert.equal(unnamed.kind, 'screen');
    assert.ok(tap.kind === 'tap' && tap.screenshot.width === 2 && tap.screenshot.height === 2);
  });

  it('reads a 2× tap screenshot (tap-N@2x.png) as a tap too', () => {
    assert.equal(readAttachment({ mediaType: 'image/png', contentEncoding: 'BASE64', body: PNG_2x2, fileName: 'tap-1@2x.png' }).kind, 'tap');
    assert.equal(readAttachment({ mediaType: 'image/png', contentEncoding: 'BASE64', body: PNG_2x2, fileName: 'step@2x.png' }).kind, 'screen');
  });

  it('reads the labels a step looked for, and what the scenario ran against', () => {
    const labels = [{ ja: '次へ', en: 'Next', action: 'tap' }];
    assert.deepEqual(readAttachment({ mediaType: LABELS_MEDIA_TYPE, contentEncoding: 'IDENTITY', body: JSON.stringify(labels) }), {
      kind: 'labels',
      labels,
    });
    const info = { portal: 'url', origin: 'https://smt.docomo.ne.jp', commit: 'abc', extra: 1 };
    assert.deepEqual(readAttachment({ mediaType: RUN_INFO_MEDIA_TYPE, contentEncoding: 'IDENTITY', body: JSON.stringify(info) }), {
      kind: 'run',
      info: { portal: 'url', origin: 'https://smt.docomo.ne.jp', commit: 'abc' },
    });
  });

  it('reads an instruction that is neither a tap nor a fill (`do`), which has no Japanese label', () => {
    const labels = [
      { ja: '', en: 'Turn off Wi-Fi and tethering, so that your phone uses sp-mode (its own mobile data).', action: 'do' },
      { ja: '次へ', en: 'Next', action: 'tap' },
    ];
    assert.deepEqual(readAttachment({ mediaType: LABELS_MEDIA_TYPE, body: JSON.stringify(labels) }), { kind: 'labels', labels });
  });

  it('still refuses an empty Japanese label on a tap, fill or find, and a `do` with no instruction', () => {
    for (const label of [
      { ja: ' ', en: 'Next', action: 'tap' },
      { ja: '', en: 'Network PIN', action: 'fill' },
      { ja: '', en: 'Done', action: 'see' },
      { ja: '', en: ' ', action: 'do' },
      { ja: '', en: 'Jump.', action: 'jump' },
    ]) {
      assert.equal(readAttachment({ mediaType: LABELS_MEDIA_TYPE, body: JSON.stringify([label]) }).kind, 'problem', JSON.stringify(label));
    }
  });

  it('reads the portal’s settings from run.json, and tolerates a run.json without them', () => {
    const base = { portal: 'embedded mock', origin: 'https://smt.docomo.ne.jp' };
    const settings = { networkPinMaxFailures: 3, spModePasswordDefault: '0000', nested: { no: 1 }, nothing: null };
    assert.deepEqual(readAttachment({ mediaType: RUN_INFO_MEDIA_TYPE, body: JSON.stringify({ ...base, settings }) }), {
      kind: 'run',
      info: { ...base, settings: { networkPinMaxFailures: 3, spModePasswordDefault: '0000' } },
    });
    assert.deepEqual(readAttachment({ mediaType: RUN_INFO_MEDIA_TYPE, body: JSON.stringify(base) }), { kind: 'run', info: base });
    assert.deepEqual(readAttachment({ mediaType: RUN_INFO_MEDIA_TYPE, body: JSON.stringify({ ...base, settings: [3] }) }), { kind: 'run', info: base });
  });

  it('reads what the project does not make itself, such as a log, as something to show', () => {
    assert.deepEqual(readAttachment({ mediaType: 'text/x.cucumber.log+plain', contentEncoding: 'IDENTITY', body: 'typed a PIN' }), {
      kind: 'shown',
      attachment: { kind: 'text', title: 'Log', text: 'typed a PIN', language: 'text' },
    });
    const pdf = readAttachment({ mediaType: 'application/pdf', contentEncoding: 'BASE64', body: 'JVBERi0=', fileName: 'receipt.pdf' });
    assert.ok(pdf.kind === 'shown' && pdf.attachment.kind === 'file');
    assert.equal(Buffer.from(pdf.attachment.file.bytes).toString('utf8'), '%PDF-');
  });

  it('loads a file to show through the loader, and names it by its url when it has no name', () => {
    const read = readAttachment({ mediaType: 'application/pdf', url: 'attachments/receipt.pdf' }, () => new Uint8Array([37, 80, 68, 70]));
    assert.ok(read.kind === 'shown' && read.attachment.kind === 'file');
    assert.match(read.attachment.file.fileName, /^[0-9a-f]{16}-receipt\.pdf$/);
  });

  it('reads an accessibility snapshot as text, for verify', () => {
    assert.deepEqual(readAttachment({ mediaType: 'application/vnd.docomo-guide.aria+yaml', body: '- main' }), { kind: 'aria', snapshot: '- main' });
  });

  it('says why an attachment cannot be used', () => {
    const reason = (attachment: Parameters<typeof readAttachment>[0]) => {
      const read = readAttachment(attachment);
      return read.kind === 'problem' ? read.reason : read.kind;
    };
    assert.equal(reason({ mediaType: 'image/png', contentEncoding: 'BASE64', body: '', fileName: 'step.png' }), 'step.png (image/png): the image is empty');
    assert.equal(reason({ mediaType: 'image/jpeg', contentEncoding: 'BASE64', body: PNG_2x2 }), 'image/jpeg: the bytes are not a JPG image');
    assert.equal(reason({ mediaType: 'image/png', url: 'shots/a.png' }), 'a.png (image/png) points to shots/a.png, which is missing');
    const notLabels = `${LABELS_MEDIA_TYPE} is not a list of { ja, en, action: tap|fill|see|do } (only a "do" may have an empty ja, and it needs its instruction in en)`;
    assert.equal(reason({ mediaType: LABELS_MEDIA_TYPE, body: '[{"ja":"","en":"x","action":"tap"}]' }), notLabels);
    assert.equal(reason({ mediaType: RUN_INFO_MEDIA_TYPE, body: '{"portal":"url"}' }), `${RUN_INFO_MEDIA_TYPE} has no portal and origin`);
    assert.equal(reason({ mediaType: 'text/plain', contentEncoding: 'BASE64', body: 'not base64!' }), 'text/plain says its body is BASE64, but it is not');
    assert.equal(reason({ mediaType: 'application/pdf', url: 'files/a.pdf' }), 'a.pdf (application/pdf) points to files/a.pdf, which is missing');
  });

  it('loads an attachment stored as a file through the loader it is given', () => {
    const bytes = new Uint8Array(Buffer.from(PNG_2x2, 'base64'));
    const read = readAttachment({ mediaType: 'image/png', url: 'shots/tap-1.png' }, (url) => (url === 'shots/tap-1.png' ? bytes : undefined));
    assert.equal(read.kind, 'tap');
  });
});
