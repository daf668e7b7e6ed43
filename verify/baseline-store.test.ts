import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { BaselineError, readBaselines, writeBaselines } from './baseline-store';
import type { FlowRecord } from './flow-record';

const png = PNG.sync.write(Object.assign(new PNG({ width: 4, height: 4 }), {}));
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

test('a written baseline reads back the same, in readable files', () => withFolder((folder) => {
  writeBaselines(folder, [flow]);
  assert.match(readFileSync(join(folder, flow.id, '02.aria.yml'), 'utf8'), /お客様サポート/);
  const [back] = readBaselines(folder);
  assert.equal(back.id, flow.id);
  assert.equal(back.steps[1].aria, '- link "お客様サポート"');
  assert.equal(back.steps[0].screenshot, undefined);
  assert.ok(back.steps[1].screenshot && back.steps[1].screenshot.length > 0);
}));

test('a missing baseline says how to record one', () => {
  assert.throws(() => readBaselines('/nowhere/baselines'), (error: Error) => error instanceof BaselineError && /--accept/.test(error.message));
});

test('a corrupt flow file is named in the error', () => withFolder((folder) => {
  writeBaselines(folder, [flow]);
  const file = join(folder, flow.id, 'flow.json');
  writeFileSync(file, '{ "scenario": "Over sp-mode", "steps": [');
  assert.throws(() => readBaselines(folder), (error: Error) => error instanceof BaselineError && error.message.includes(file));
}));
