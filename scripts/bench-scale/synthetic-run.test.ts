import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Envelope } from '@cucumber/messages';
import { readGuide } from '../../guide-gen/generate-guide';
import { tinyRunNdjson } from '../../guide-gen/testing/tiny-run';
import { readEnvelopes } from '../../guide-gen/read-envelopes';
import { syntheticRun } from './synthetic-run';

const envelopes: Envelope[] = readEnvelopes(tinyRunNdjson).envelopes.map(({ envelope }) => envelope);

test('a synthetic run holds each feature and each test case once per copy, under new ids and file names', () => {
  const original = readGuide(tinyRunNdjson);
  const copied = readGuide([...syntheticRun(envelopes, 3)].join('\n'));
  // The start page's copies are ordinary pages, and as such lack a walkthrough tagged @how-to.
  const startCopies = /^"[^"]+" \(features\/\w+-copy-[23]\.feature\): no walkthrough is tagged @how-to/;
  assert.deepEqual(
    copied.warnings.filter((warning) => !startCopies.test(warning)),
    original.warnings,
  );
  assert.equal(copied.warnings.length, original.warnings.length + 2);
  assert.equal(copied.guide.run.finished, true);
  assert.equal(copied.guide.features.length, 3 * original.guide.features.length);
  const uris = copied.guide.features.map((feature) => feature.uri);
  assert.equal(new Set(uris).size, uris.length, 'every copy is a feature file of its own');
  // Each copy ran as the original did: the same scenarios, with the same results.
  const results = (features: typeof original.guide.features) => features.flatMap((feature) => scenarioResults(feature.children)).sort();
  const thrice = [...results(original.guide.features), ...results(original.guide.features), ...results(original.guide.features)].sort();
  assert.deepEqual(results(copied.guide.features), thrice);
});

test('the shared messages come once, in their place: the definitions before the run, its end last', () => {
  const kinds = [...syntheticRun(envelopes, 2)].map((line) => Object.keys(JSON.parse(line) as object)[0]);
  const count = (kind: string) => kinds.filter((k) => k === kind).length;
  const originalCount = (kind: string) => envelopes.filter((envelope) => Object.keys(envelope)[0] === kind).length;
  assert.equal(count('stepDefinition'), originalCount('stepDefinition'));
  assert.equal(count('testRunStarted'), 1);
  assert.equal(count('pickle'), 2 * originalCount('pickle'));
  assert.equal(count('testCaseFinished'), 2 * originalCount('testCaseFinished'));
  assert.equal(kinds.at(-1), 'testRunFinished');
  assert.ok(kinds.lastIndexOf('pickle') < kinds.indexOf('testRunStarted'));
});

/** "name: status" of every scenario under these children, however deep (rules, outlines, rows). */
function scenarioResults(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(scenarioResults);
  if (!value || typeof value !== 'object') return [];
  const { scenario } = value as { scenario?: { name: string; status: string } };
  if (scenario && typeof scenario.status === 'string') return [`${scenario.name}: ${scenario.status}`];
  return Object.values(value).flatMap(scenarioResults);
}
