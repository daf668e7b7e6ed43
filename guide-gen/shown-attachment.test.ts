import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SHOWN_CHARACTERS, SHOWN_LINES, shownAttachment } from './shown-attachment';

const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

describe('shownAttachment', () => {
  it('shows plain text and a log as text, the log without its terminal colours', () => {
    assert.deepEqual(shownAttachment(bytes('PIN: 1234'), 'text/plain', 'note.txt'), { kind: 'text', title: 'note.txt', text: 'PIN: 1234', language: 'text' });
    assert.deepEqual(shownAttachment(bytes('a \u001b[31mred\u001b[0m word\r\n'), 'text/x.cucumber.log+plain'), {
      kind: 'text',
      title: 'Log',
      text: 'a red word\n',
      language: 'text',
    });
  });

  it('shows JSON pretty, and JSON that does not parse as the text it is', () => {
    assert.deepEqual(shownAttachment(bytes('{"pin":"1234"}'), 'application/json; charset=utf-8'), {
      kind: 'text',
      title: 'JSON',
      text: '{\n  "pin": "1234"\n}',
      language: 'json',
    });
    assert.deepEqual(shownAttachment(bytes('{"pin":'), 'application/json'), { kind: 'text', title: 'JSON', text: '{"pin":', language: 'text' });
  });

  it('shows a uri-list as its links, leaving out comment lines', () => {
    assert.deepEqual(shownAttachment(bytes('# the portal\r\nhttps://smt.docomo.ne.jp/\n\nhttps://id.smt.docomo.ne.jp/'), 'text/uri-list'), {
      kind: 'links',
      urls: ['https://smt.docomo.ne.jp/', 'https://id.smt.docomo.ne.jp/'],
    });
  });

  it('offers anything else as a file: a PDF, an SVG (never inlined), bytes, text that is not UTF-8 or is binary', () => {
    const kinds = [
      shownAttachment(bytes('%PDF-1.4'), 'application/pdf', 'receipt.pdf'),
      shownAttachment(bytes('<svg onload="alert(1)"/>'), 'image/svg+xml'),
      shownAttachment(bytes('hello'), 'application/octet-stream'),
      shownAttachment(new Uint8Array([0xff, 0xfe, 0x41]), 'text/plain'),
      shownAttachment(new Uint8Array([0, 1, 2, 3]), 'text/plain'),
    ].map((shown) => (shown.kind === 'file' ? shown.file.fileName.replace(/^[0-9a-f]{16}-/, '') : shown.kind));
    assert.deepEqual(kinds, ['receipt.pdf', 'attachment.svg', 'attachment.bin', 'attachment.txt', 'attachment.txt']);
  });

  it(`shows the first ${SHOWN_LINES} lines of a long text, and offers the whole as a file`, () => {
    const lines = Array.from({ length: 120 }, (_, i) => `line ${i + 1}`);
    const shown = shownAttachment(bytes(lines.join('\n')), 'text/x.cucumber.log+plain');
    assert.ok(shown.kind === 'text' && shown.whole);
    assert.equal(shown.text, lines.slice(0, SHOWN_LINES).join('\n'));
    assert.equal(shown.whole.lines, 120);
    assert.match(shown.whole.file.fileName, /^[0-9a-f]{16}-log\.txt$/);
    assert.equal(Buffer.from(shown.whole.file.bytes).toString('utf8'), lines.join('\n'));
  });

  it(`cuts a text of few but long lines at ${SHOWN_CHARACTERS} characters, never inside a character`, () => {
    const text = `${'a'.repeat(SHOWN_CHARACTERS - 1)}😀 and more`;
    const shown = shownAttachment(bytes(text), 'text/plain');
    assert.ok(shown.kind === 'text' && shown.whole);
    assert.equal(shown.text, 'a'.repeat(SHOWN_CHARACTERS - 1));
    assert.equal(shown.whole.lines, 1);
  });
});
