import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { tinyRunNdjson, tinyRunWithout } from '../guide-gen/testing/tiny-run';
import { flowsFromMessages } from './flows-from-messages';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runRecordFrom, runRecordFromFile } from './run-record';

test('a run is named by the sha256 of the very bytes its flows were read from', () => {
  const bytes = Buffer.from(tinyRunNdjson);
  const run = runRecordFrom(bytes);
  assert.equal(run.sha256, createHash('sha256').update(bytes).digest('hex'));
  assert.deepEqual(run.flows, flowsFromMessages(tinyRunNdjson));
  assert.ok(run.flows.length > 0);
});

test('a run whose stream ends with its testRunFinished is finished', () => {
  assert.equal(runRecordFrom(Buffer.from(tinyRunNdjson)).finished, true);
});

test('a run whose stream has no testRunFinished did not finish', () => {
  const cut = Buffer.from(tinyRunWithout((envelope) => 'testRunFinished' in envelope));
  const run = runRecordFrom(cut);
  assert.equal(run.finished, false);
  assert.notEqual(run.sha256, runRecordFrom(Buffer.from(tinyRunNdjson)).sha256);
});

test('a stream file read a chunk at a time is the same run, named by the digest of the bytes read', () => {
  const folder = mkdtempSync(join(tmpdir(), 'run-record-'));
  try {
    writeFileSync(join(folder, 'messages.ndjson'), tinyRunNdjson);
    assert.deepEqual(runRecordFromFile(join(folder, 'messages.ndjson')), runRecordFrom(Buffer.from(tinyRunNdjson)));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
