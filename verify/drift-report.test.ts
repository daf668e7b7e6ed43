import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FlowDrift } from './compare-flows';
import { driftLines, writeDriftReport } from './drift-report';

const png = (marker: number) => Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, marker]);

const drifts: FlowDrift[] = [
  { id: 'verify-docomo-id/over-sp-mode', feature: 'Find your docomo ID', scenario: 'Over sp-mode', verdict: 'unchanged', changes: [] },
  {
    id: 'docomo-id-login/she-logs-in', feature: 'Log in', scenario: 'She logs in <again>', verdict: 'changed', step: 2,
    changes: [{ step: 2, text: 'When she opens the login page', aria: ['- - heading "docomo IDでログイン"', '+ - heading "dアカウントでログイン"'], pixels: 812, ratio: 0.0025, before: png(1), after: png(2), diff: png(3) }],
  },
  { id: 'delete-docomo-id/she-deletes-it', feature: 'Delete', scenario: 'She deletes it', verdict: 'broken', step: 4, error: 'expected heading\n  at step 4', changes: [] },
];

test('the terminal gets one verdict per flow, with what changed and how many pixels', () => {
  const lines = driftLines(drifts);
  assert.match(lines[0], /^unchanged +Find your docomo ID › Over sp-mode$/);
  assert.match(lines[1], /^changed at step 2 +Log in › She logs in <again>\n {4}step 2: When she opens the login page\n.*docomo IDでログイン"\n.*dアカウントでログイン[\s\S]*812 pixels differ \(0\.25%\)/);
  assert.match(lines[2], /^broken at step 4 +Delete › She deletes it\n {4}expected heading$/);
});

test('the report puts before, after and difference side by side, and drift.json names the same images', () => {
  const dir = mkdtempSync(join(tmpdir(), 'drift-'));
  try {
    const index = writeDriftReport(dir, drifts, new Date('2026-11-26T08:00:00Z'));
    const html = readFileSync(index, 'utf8');
    assert.match(html, /She logs in &lt;again&gt;/, 'names are escaped');
    const shown = [...html.matchAll(/<img src="([^"]+)"/g)].map((match) => match[1]);
    assert.equal(shown.length, 3);
    const summary = JSON.parse(readFileSync(join(dir, 'drift.json'), 'utf8'));
    assert.equal(summary.ranAt, '2026-11-26T08:00:00.000Z');
    assert.deepEqual(summary.counts, { unchanged: 1, changed: 1, broken: 1, new: 0, gone: 0 });
    const images = summary.flows[1].changes[0].images;
    assert.deepEqual(Object.values(images), shown);
    for (const [kind, file] of Object.entries(images as Record<string, string>)) {
      assert.ok(existsSync(join(dir, file)), `${kind} image ${file} is written`);
    }
    assert.deepEqual([...readFileSync(join(dir, images.after))], [...png(2)]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
