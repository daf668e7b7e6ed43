import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { MARKER_FILE, writeGuide } from './write-guide';

const scratchDirs: string[] = [];
after(() => scratchDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A parent folder holding nothing yet; the guide goes to its `guide/`. */
function parent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'write-guide-'));
  scratchDirs.push(dir);
  return dir;
}

const goodGuide = [
  { path: 'start.mdx', contents: '# The last good guide' },
  { path: 'img/a.png', contents: new Uint8Array([1, 2, 3]) },
];

describe('writeGuide', () => {
  it('writes the files and its marker into a new folder, and leaves nothing beside it', () => {
    const docs = parent();
    writeGuide(join(docs, 'guide'), goodGuide);
    assert.deepEqual(readdirSync(docs), ['guide']);
    assert.deepEqual(readdirSync(join(docs, 'guide')).sort(), [MARKER_FILE, 'img', 'start.mdx']);
    assert.deepEqual([...readFileSync(join(docs, 'guide', 'img', 'a.png'))], [1, 2, 3]);
  });

  it('replaces a guide it wrote before, page for page, and leaves nothing beside it', () => {
    const docs = parent();
    writeGuide(join(docs, 'guide'), goodGuide);
    writeGuide(join(docs, 'guide'), [{ path: 'other.mdx', contents: '# Another run' }]);
    assert.deepEqual(readdirSync(docs), ['guide']);
    assert.deepEqual(readdirSync(join(docs, 'guide')).sort(), [MARKER_FILE, 'other.mdx']);
  });

  it('keeps the last good guide, and removes its unfinished copy, when a file cannot be written', () => {
    const docs = parent();
    writeGuide(join(docs, 'guide'), goodGuide);
    // `img` as a file, then a file inside it: the second cannot be written.
    const impossible = [
      { path: 'new.mdx', contents: '# New' },
      { path: 'img', contents: 'x' },
      { path: 'img/b.png', contents: 'y' },
    ];
    assert.throws(() => writeGuide(join(docs, 'guide'), impossible), /Could not write the guide to .*guide: .*The guide there is left as it was\.$/);
    assert.deepEqual(readdirSync(docs), ['guide']);
    assert.deepEqual(readdirSync(join(docs, 'guide')).sort(), [MARKER_FILE, 'img', 'start.mdx']);
    assert.equal(readFileSync(join(docs, 'guide', 'start.mdx'), 'utf8'), '# The last good guide');
  });

  it('refuses to replace a folder of files it did not write, and leaves them be', () => {
    const docs = parent();
    mkdirSync(join(docs, 'guide'));
    writeFileSync(join(docs, 'guide', 'intro.md'), '# Intro');
    assert.throws(() => writeGuide(join(docs, 'guide'), goodGuide), /Refusing to replace .*guide: it has files the guide generator did not write/);
    assert.deepEqual(readdirSync(docs), ['guide']);
    assert.equal(readFileSync(join(docs, 'guide', 'intro.md'), 'utf8'), '# Intro');
  });
});
