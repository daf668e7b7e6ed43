import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { replaceFolder } from './replace-folder';

function withParent(run: (parent: string) => void): void {
  const parent = mkdtempSync(join(tmpdir(), 'replace-folder-'));
  try {
    run(parent);
  } finally {
    rmSync(parent, { recursive: true, force: true });
  }
}

function oldFolder(parent: string): string {
  const dir = join(parent, 'drift');
  mkdirSync(dir);
  writeFileSync(join(dir, 'index.html'), 'the last good report');
  writeFileSync(join(dir, 'stale.png'), 'an image of the last report');
  return dir;
}

test('a folder whose writing fails half way is left as it was, with no temporary copy beside it', () =>
  withParent((parent) => {
    const dir = oldFolder(parent);
    assert.throws(
      () =>
        replaceFolder(dir, (temporary) => {
          writeFileSync(join(temporary, 'index.html'), 'half a report');
          throw new Error('disk full');
        }),
      /disk full/,
    );
    assert.equal(readFileSync(join(dir, 'index.html'), 'utf8'), 'the last good report');
    assert.ok(existsSync(join(dir, 'stale.png')));
    assert.deepEqual(readdirSync(parent), ['drift']);
  }));

test('a folder written in full replaces the old one entirely', () =>
  withParent((parent) => {
    const dir = oldFolder(parent);
    replaceFolder(dir, (temporary) => writeFileSync(join(temporary, 'index.html'), 'the new report'));
    assert.equal(readFileSync(join(dir, 'index.html'), 'utf8'), 'the new report');
    assert.equal(existsSync(join(dir, 'stale.png')), false, 'a file only the old folder had is gone');
    assert.deepEqual(readdirSync(parent), ['drift']);
  }));

test('a folder that did not exist is created, with its parents', () =>
  withParent((parent) => {
    const dir = join(parent, 'reports', 'drift');
    replaceFolder(dir, (temporary) => writeFileSync(join(temporary, 'drift.json'), '{}'));
    assert.equal(readFileSync(join(dir, 'drift.json'), 'utf8'), '{}');
  }));
