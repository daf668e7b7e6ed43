import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attachedFile } from './attached-file';

const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
const nameOf = (...args: Parameters<typeof attachedFile>) => attachedFile(...args).fileName.replace(/^[0-9a-f]{16}-/, 'HASH-');

describe('attachedFile', () => {
  it('names the file by its content and its own name, so the same file is written once', () => {
    const first = attachedFile(bytes('%PDF-1.4'), 'application/pdf', 'receipt.pdf');
    assert.match(first.fileName, /^[0-9a-f]{16}-receipt\.pdf$/);
    assert.equal(attachedFile(bytes('%PDF-1.4'), 'application/pdf', 'receipt.pdf').fileName, first.fileName);
    assert.notEqual(attachedFile(bytes('%PDF-1.5'), 'application/pdf', 'receipt.pdf').fileName, first.fileName);
    assert.equal(first.title, 'receipt.pdf');
  });

  it('makes the name safe in a URL and on disk, keeping its extension', () => {
    assert.equal(nameOf(bytes('x'), 'application/pdf', '../../料金 明細 (May).pdf'), 'HASH-May.pdf');
    assert.equal(nameOf(bytes('x'), 'application/pdf', `${'long-'.repeat(30)}.pdf`).length, 'HASH-'.length + 60);
    assert.match(nameOf(bytes('x'), 'application/pdf', `${'long-'.repeat(30)}.pdf`), /\.pdf$/);
  });

  it('gives a file without a name or an extension one from its media type', () => {
    assert.equal(nameOf(bytes('x'), 'image/svg+xml'), 'HASH-attachment.svg');
    assert.equal(nameOf(bytes('x'), 'application/vnd.example+json', 'report'), 'HASH-report.json');
    assert.equal(nameOf(bytes('x'), 'application/x-unknown'), 'HASH-attachment.bin');
  });

  it('never writes a file the site would turn into a page or serve as a page or script', () => {
    assert.equal(nameOf(bytes('# hi'), 'text/markdown', 'notes.md'), 'HASH-notes.md.txt');
    assert.equal(nameOf(bytes('x'), 'text/plain', 'page.MDX'), 'HASH-page.MDX.txt');
    assert.equal(nameOf(bytes('<script>'), 'text/html', 'report.html'), 'HASH-report.html.txt');
    assert.equal(nameOf(bytes('x'), 'text/javascript', 'app.js'), 'HASH-app.js.txt');
  });
});
