import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { loadBeside } from './attachment-files';

test('an attachment stored beside the stream is read once, however many steps attach it', (t) => {
  const folder = mkdtempSync(join(tmpdir(), 'attachments-'));
  t.after(() => rmSync(folder, { recursive: true, force: true }));
  writeFileSync(join(folder, 'a.png'), 'first');
  const load = loadBeside(folder);
  const first = load('a.png');
  writeFileSync(join(folder, 'a.png'), 'changed');
  assert.equal(Buffer.from(first!).toString(), 'first');
  assert.equal(load('a.png'), first, 'the same bytes, not a second copy');
  assert.equal(load(pathToFileURL(join(folder, 'a.png')).href), first, 'a file: URL to the same file too');
});

test('a missing attachment, or one on another host, is undefined: nothing is fetched', (t) => {
  const folder = mkdtempSync(join(tmpdir(), 'attachments-'));
  t.after(() => rmSync(folder, { recursive: true, force: true }));
  const load = loadBeside(folder);
  assert.equal(load('missing.png'), undefined);
  assert.equal(load('https://example.invalid/a.png'), undefined);
});
