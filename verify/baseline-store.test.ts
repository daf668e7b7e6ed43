import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { BaselineError, mergeAccepted, readBaselines, writeBaselines } from './baseline-store';
import type { FlowRecord } from './flow-record';

const png = PNG.sync.write(new PNG({ width: 4, height: 4 }));
const flow: FlowRecord = {
  id: 'verify-docomo-id/over-sp-mode',
  feature: 'Find your docomo ID',
  scenario: 'Over sp-mode',
  status: 'passed',
  steps: [
    { text: 'Given her phone is on sp-mode', status: 'passed' },
    { text: 'When she goes to Customer Support', status: 'passed', aria: '- link "お客様サポート"', screenshot: png },
  ],
};

function withFolder(run: (folder: string) => void): void {
  const folder = mkdtempSync(join(tmpdir(), 'baselines-'));
  try {
    run(folder);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

test('a written baseline reads back the same, in readable files', () =>
  withFolder((folder) => {
    writeBaselines(folder, [flow]);
    assert.match(readFileSync(join(folder, 'flows', flow.id, '02.aria.yml'), 'utf8'), /お客様サポート/);
    const [back] = readBaselines(folder);
    assert.equal(back.id, flow.id);
    assert.equal(back.steps[1].aria, '- link "お客様サポート"');
    assert.equal(back.steps[0].screenshot, undefined);
    assert.ok(back.steps[1].screenshot && back.steps[1].screenshot.length > 0);
  }));

test('a missing screen is named in the error', () =>
  withFolder((folder) => {
    writeBaselines(folder, [flow]);
    const [screen] = readdirSync(join(folder, 'screens'));
    rmSync(join(folder, 'screens', screen));
    assert.throws(
      () => readBaselines(folder),
      (error: Error) => error instanceof BaselineError && error.message.includes(screen),
    );
  }));

test('a screen two steps share is stored once', () =>
  withFolder((folder) => {
    writeBaselines(folder, [{ ...flow, steps: [...flow.steps, { ...flow.steps[1], text: 'Then she sees it' }] }]);
    assert.equal(readdirSync(join(folder, 'screens')).length, 1);
  }));

test('a missing baseline says how to record one', () => {
  assert.throws(
    () => readBaselines('/nowhere/baselines'),
    (error: Error) => error instanceof BaselineError && /--accept/.test(error.message),
  );
});

test('a corrupt flow file is named in the error', () =>
  withFolder((folder) => {
    writeBaselines(folder, [flow]);
    const file = join(folder, 'flows', flow.id, 'flow.json');
    writeFileSync(file, '{ "scenario": "Over sp-mode", "steps": [');
    assert.throws(
      () => readBaselines(folder),
      (error: Error) => error instanceof BaselineError && error.message.includes(file),
    );
  }));

test('accepting part of the spec replaces the flows it ran and keeps every other flow, screens and all', () =>
  withFolder((folder) => {
    const other: FlowRecord = { ...flow, id: 'other-feature/another-flow', scenario: 'Another flow' };
    writeBaselines(folder, [flow, other]);
    const rerun: FlowRecord = { ...flow, steps: flow.steps.map((step) => ({ ...step, text: `${step.text}, again` })) };
    writeBaselines(folder, mergeAccepted(readBaselines(folder), [rerun]));
    const after = readBaselines(folder);
    assert.deepEqual(after.map((f) => f.id).sort(), [flow.id, other.id].sort());
    assert.deepEqual(
      after.find((f) => f.id === flow.id)?.steps.map((step) => step.text),
      rerun.steps.map((step) => step.text),
    );
    const kept = after.find((f) => f.id === other.id);
    assert.deepEqual(
      kept?.steps.map((step) => step.text),
      other.steps.map((step) => step.text),
    );
    assert.ok(
      kept?.steps.some((step) => step.screenshot && step.screenshot.length > 0),
      'the kept flow lost its screens',
    );
  }));

test('a truncated screen is named, with the flow file that names it and how to restore it', () =>
  withFolder((folder) => {
    writeBaselines(folder, [flow]);
    const [screen] = readdirSync(join(folder, 'screens'));
    const path = join(folder, 'screens', screen);
    writeFileSync(path, readFileSync(path).subarray(0, 40));
    assert.throws(
      () => readBaselines(folder),
      (error: Error) =>
        error instanceof BaselineError &&
        error.message.includes(path) &&
        error.message.includes(join(folder, 'flows', flow.id, 'flow.json')) &&
        error.message.includes('git checkout -- baselines') &&
        error.message.includes('--accept'),
    );
  }));

test('a screen with a corrupt byte inside is named as well', () =>
  withFolder((folder) => {
    writeBaselines(folder, [flow]);
    const [screen] = readdirSync(join(folder, 'screens'));
    const path = join(folder, 'screens', screen);
    const bytes = readFileSync(path);
    bytes[Math.floor(bytes.length / 2)] ^= 0xff;
    writeFileSync(path, bytes);
    assert.throws(
      () => readBaselines(folder),
      (error: Error) => error instanceof BaselineError && error.message.includes(path),
    );
  }));

test('a baseline that cannot be written in full leaves the accepted one as it was', () =>
  withFolder((folder) => {
    writeBaselines(folder, [flow]);
    const before = readBaselines(folder);
    const notAPng: FlowRecord = { ...flow, id: 'other-feature/another-flow', steps: [{ ...flow.steps[1], screenshot: Buffer.from('not a png') }] };
    assert.throws(
      () => writeBaselines(folder, [{ ...flow, scenario: 'Renamed' }, notAPng]),
      (error: Error) => error instanceof BaselineError && /another-flow/.test(error.message),
    );
    assert.deepEqual(readBaselines(folder), before);
  }));

test('writing a baseline leaves no flow of the previous one behind', () =>
  withFolder((folder) => {
    writeBaselines(folder, [flow, { ...flow, id: 'other-feature/another-flow' }]);
    writeBaselines(folder, [flow]);
    assert.deepEqual(
      readBaselines(folder).map((f) => f.id),
      [flow.id],
    );
  }));
