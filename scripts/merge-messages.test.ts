import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Envelope } from '@cucumber/messages';
import { mergeMessageStreams } from './merge-messages';
import { summariseAcceptance } from './acceptance-summary';
import { envelopesIn, runResultsOf } from './run-messages';

// Two shards of one feature with three scenarios: shard 1 ran two, shard 2 ran one.
const shard = (n: number) => readFileSync(join(__dirname, 'fixtures', `shard-${n}-of-2.ndjson`), 'utf8');
const envelopes = (ndjson: string): Envelope[] => [...envelopesIn(ndjson)];

test('the merged stream counts every scenario of every shard once', () => {
  const merged = mergeMessageStreams([shard(1), shard(2)]);
  assert.deepEqual(summariseAcceptance(runResultsOf(merged)), { passed: 3, failed: 0, problem: undefined });
});

test('the merged stream holds one document per feature and one pickle per scenario that ran', () => {
  const merged = envelopes(mergeMessageStreams([shard(1), shard(2)]));
  assert.equal(merged.filter((e) => e.gherkinDocument).length, 1);
  assert.equal(merged.filter((e) => e.pickle).length, 3);
  assert.equal(merged.filter((e) => e.testRunStarted).length, 1);
  assert.equal(merged.filter((e) => e.testRunFinished).length, 1);
});

test("every pickle points at the kept document's scenarios", () => {
  const merged = envelopes(mergeMessageStreams([shard(1), shard(2)]));
  const [document] = merged.flatMap((e) => (e.gherkinDocument ? [e.gherkinDocument] : []));
  const scenarioIds = new Set(document.feature?.children.map((child) => child.scenario?.id));
  const pickled = merged.flatMap((e) => (e.pickle ? [e.pickle.astNodeIds[0]] : []));
  assert.deepEqual(new Set(pickled), scenarioIds);
});

test('a failed shard makes the merged run fail', () => {
  const failed = envelopes(shard(2))
    .map((e) => JSON.stringify(e.testRunFinished ? { testRunFinished: { ...e.testRunFinished, success: false } } : e))
    .join('\n');
  const merged = envelopes(mergeMessageStreams([shard(1), failed]));
  assert.equal(merged.find((e) => e.testRunFinished)?.testRunFinished?.success, false);
});

test("a screenshot stored beside its shard's stream is still found from the merged stream", () => {
  const stored = (url: string) =>
    JSON.stringify({ attachment: { mediaType: 'image/png', contentEncoding: 'IDENTITY', body: '', url, testCaseStartedId: 'x' } });
  const withShot = (n: number, url: string) => `${shard(n).trim()}\n${stored(url)}\n`;
  const merged = envelopes(
    mergeMessageStreams([withShot(1, './attachments/a.png'), withShot(2, 'https://example.com/b.png')], (url, index) => `./shard-${index + 1}/${url.slice(2)}`),
  );
  assert.deepEqual(
    merged.flatMap((e) => (e.attachment?.url ? [e.attachment.url] : [])),
    ['./shard-1/attachments/a.png', 'https://example.com/b.png'],
  );
});

test('a line of a shard that is not a message is named, with its shard', () => {
  assert.throws(() => mergeMessageStreams([shard(1), `${shard(2)}{"testRunFini\n`]), /shard 2: line \d+ is not a cucumber message/);
});
