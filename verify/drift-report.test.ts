import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FlowDrift } from './compare-flows';
import { driftLines, writeDriftReport, type ReportedRun } from './drift-report';

const png = (marker: number) => Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, marker]);

const finishedRun: ReportedRun = { sha256: 'a'.repeat(64), finished: true };

const drifts: FlowDrift[] = [
  { id: 'verify-docomo-id/over-sp-mode', feature: 'Find your docomo ID', scenario: 'Over sp-mode', verdict: 'unchanged', changes: [] },
  {
    id: 'docomo-id-login/she-logs-in',
    feature: 'Log in',
    scenario: 'She logs in <again>',
    verdict: 'changed',
    step: 2,
    changes: [
      {
        step: 2,
        text: 'When she opens the login page',
        aria: ['- - heading "docomo IDでログイン"', '+ - heading "dアカウントでログイン"'],
        pixels: 812,
        ratio: 0.0025,
        before: png(1),
        after: png(2),
        diff: png(3),
      },
    ],
  },
  {
    id: 'delete-docomo-id/she-deletes-it',
    feature: 'Delete',
    scenario: 'She deletes it',
    verdict: 'broken',
    step: 4,
    error: 'expected heading\n  at step 4',
    changes: [],
  },
];

test('the terminal gets one verdict per flow, with what changed and how many pixels', () => {
  const lines = driftLines(drifts);
  assert.match(lines[0], /^unchanged +Find your docomo ID › Over sp-mode$/);
  assert.match(
    lines[1],
    /^changed at step 2 +Log in › She logs in <again>\n {4}step 2: When she opens the login page\n.*docomo IDでログイン"\n.*dアカウントでログイン[\s\S]*812 pixels differ \(0\.25%\)/,
  );
  assert.match(lines[2], /^broken at step 4 +Delete › She deletes it\n {4}expected heading$/);
});

test('the report puts before, after and difference side by side, and drift.json names the same images', () => {
  const dir = mkdtempSync(join(tmpdir(), 'drift-'));
  try {
    const index = writeDriftReport(dir, drifts, { run: finishedRun, ranAt: new Date('2026-11-26T08:00:00Z') });
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

function withReportDir(run: (dir: string) => void): void {
  const parent = mkdtempSync(join(tmpdir(), 'drift-'));
  try {
    run(join(parent, 'drift'));
  } finally {
    rmSync(parent, { recursive: true, force: true });
  }
}

test('drift.json names the run it describes by the digest of its stream, and whether it finished', () =>
  withReportDir((dir) => {
    writeDriftReport(dir, drifts, { run: finishedRun });
    const summary = JSON.parse(readFileSync(join(dir, 'drift.json'), 'utf8'));
    assert.deepEqual(summary.run, { sha256: 'a'.repeat(64), finished: true });
    assert.equal(summary.notice, undefined);
    assert.doesNotMatch(readFileSync(join(dir, 'index.html'), 'utf8'), /did not finish/);
  }));

test('a run that did not finish is said above and below the report, and in drift.json', () =>
  withReportDir((dir) => {
    const gone: FlowDrift = { id: 'x/y', feature: 'Wi-Fi', scenario: 'Never ran', verdict: 'gone', changes: [] };
    writeDriftReport(dir, [...drifts, gone], { run: { ...finishedRun, finished: false } });
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    const notices = html.match(/this run did not finish: 3 flows compared, the rest were never run/g) ?? [];
    assert.equal(notices.length, 2);
    assert.ok(html.indexOf(notices[0]) < html.indexOf('<section'), 'the first notice comes before the flows');
    const summary = JSON.parse(readFileSync(join(dir, 'drift.json'), 'utf8'));
    assert.equal(summary.run.finished, false);
    assert.equal(summary.notice, 'this run did not finish: 3 flows compared, the rest were never run');
  }));

test('evidence that could not be compared is shown in the terminal, the report and drift.json', () =>
  withReportDir((dir) => {
    const missing = 'no screen to compare: the run recorded no screen';
    const drift: FlowDrift = { ...drifts[1], changes: [{ step: 2, text: 'When she opens the login page', aria: [], missing: [missing] }] };
    assert.match(driftLines([drift])[0], /step 2: When she opens the login page\n {6}no screen to compare: the run recorded no screen/);
    writeDriftReport(dir, [drift], { run: finishedRun });
    assert.match(readFileSync(join(dir, 'index.html'), 'utf8'), /Not compared: no screen to compare: the run recorded no screen/);
    assert.deepEqual(JSON.parse(readFileSync(join(dir, 'drift.json'), 'utf8')).flows[0].changes[0].missing, [missing]);
  }));

test('a report that cannot be written in full leaves the last one whole', () =>
  withReportDir((dir) => {
    mkdirSync(dir);
    writeFileSync(join(dir, 'drift.json'), '{"the": "last good report"}');
    const unwritable: FlowDrift = { ...drifts[1], id: 'bad\u0000name' };
    assert.throws(() => writeDriftReport(dir, [drifts[0], unwritable], { run: finishedRun }));
    assert.deepEqual(readdirSync(dir), ['drift.json']);
    assert.equal(readFileSync(join(dir, 'drift.json'), 'utf8'), '{"the": "last good report"}');
  }));
