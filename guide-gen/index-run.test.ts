import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LABELS_MEDIA_TYPE } from '../common/run-attachments';
import { indexRun } from './index-run';
import { readEnvelopes } from './read-envelopes';
import { handMadeRun } from './testing/hand-made-run';

const PNG_2x2 = 'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR4nGM4w2AMRAwQCgAeVgP9CwJ/4gAAAABJRU5ErkJggg==';
const indexOf = (ndjson: string) => indexRun(readEnvelopes(ndjson).envelopes);
const lineOf = (ndjson: string, text: string) => ndjson.split('\n').findIndex((line) => line.includes(text)) + 1;

describe('indexRun, on attachments', () => {
  it('keeps what a step attached for the reader with the step', () => {
    const index = indexOf(handMadeRun({ steps: [{ text: 'she logs in', attachments: [{ mediaType: 'text/x.cucumber.log+plain', body: 'typed a PIN' }] }] }));
    const [outcome] = index.outcomes.values();
    const step = outcome.steps.get('ts-0');
    assert.deepEqual(step?.attachments, [{ kind: 'text', title: 'Log', text: 'typed a PIN', language: 'text' }]);
  });

  it('keeps what the run attached outside the walkthroughs, naming the hook', () => {
    const index = indexOf(
      handMadeRun({
        steps: [{ text: 'she logs in' }],
        beforeAll: [{ mediaType: 'text/plain', body: 'Chromium 140' }],
        afterAll: [{ mediaType: 'image/png', contentEncoding: 'BASE64', body: PNG_2x2 }],
      }),
    );
    assert.deepEqual(
      index.run.attachments?.map(({ from, attachment }) => [from, attachment.kind]),
      [
        ['Attached by the BeforeAll hook “Launch the browser”', 'text'],
        ['Attached by the AfterAll hook', 'image'],
      ],
    );
    assert.deepEqual(index.warnings, []);
  });

  it('warns, naming the line, about a run attachment it cannot place or use', () => {
    const ndjson = handMadeRun({ steps: [{ text: 'she logs in' }], beforeAll: [{ mediaType: LABELS_MEDIA_TYPE, fileName: 'labels.json', body: '[]' }] })
      .concat(`${JSON.stringify({ attachment: { mediaType: 'text/plain', body: 'x', contentEncoding: 'IDENTITY', testRunHookStartedId: 'gone' } })}\n`)
      .concat(`${JSON.stringify({ attachment: { mediaType: 'text/plain', body: 'y', contentEncoding: 'IDENTITY', testCaseStartedId: 'started' } })}\n`);
    const lines = ndjson.trimEnd().split('\n').length;
    assert.deepEqual(indexOf(ndjson).warnings, [
      `line ${lineOf(ndjson, '"fileName":"labels.json"')}: attachment labels.json ${LABELS_MEDIA_TYPE} belongs to no walkthrough, and only a walkthrough's step can use it; skipped`,
      `line ${lines - 1}: attachment for unknown run hook "gone"; skipped`,
      `line ${lines}: attachment names a test case attempt but no step of it, so no step can show it; skipped`,
    ]);
  });

  it('shows what the run attached with no hook as the run’s own', () => {
    const ndjson = `${handMadeRun({ steps: [{ text: 'she logs in' }] })}${JSON.stringify({ attachment: { mediaType: 'text/plain', body: 'x', contentEncoding: 'IDENTITY' } })}\n`;
    assert.deepEqual(
      indexOf(ndjson).run.attachments?.map(({ from }) => from),
      ['Attached by the run, outside any walkthrough'],
    );
  });
});
