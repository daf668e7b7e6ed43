import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PNG } from 'pngjs';
import { compareFlows } from './compare-flows';
import type { FlowRecord, StepRecord } from './flow-record';

function screen(dark: number): Buffer {
  const png = new PNG({ width: 20, height: 20 });
  png.data.fill(255);
  for (let i = 0; i < dark; i++) png.data.fill(0, i * 4, i * 4 + 3);
  return PNG.sync.write(png);
}

const step = (text: string, aria: string, overrides: Partial<StepRecord> = {}): StepRecord => ({
  text, status: 'passed', aria, screenshot: screen(0), ...overrides,
});

const flow = (steps: StepRecord[], overrides: Partial<FlowRecord> = {}): FlowRecord => ({
  id: 'verify-docomo-id/over-sp-mode', feature: 'Find your docomo ID', scenario: 'Over sp-mode', status: 'passed', steps, ...overrides,
});

const baseline = flow([step('When she goes to Customer Support', '- link "docomo ID/パスワード"'), step('Then she sees her ID', '- heading "docomo IDの確認"')]);

test('a flow that looks the same step by step is unchanged', async () => {
  const [drift] = await compareFlows([baseline], [structuredClone(baseline)]);
  assert.equal(drift.verdict, 'unchanged');
});

test('a renamed link is a change at its step, with the snapshot lines that differ', async () => {
  const renamed = flow([step('When she goes to Customer Support', '- link "dアカウント"'), baseline.steps[1]]);
  const [drift] = await compareFlows([baseline], [renamed]);
  assert.equal(drift.verdict, 'changed');
  assert.equal(drift.step, 1);
  assert.deepEqual(drift.changes[0].aria, ['- - link "docomo ID/パスワード"', '+ - link "dアカウント"']);
});

test('pixels beyond the threshold are a change; below it they are noise', async () => {
  const shifted = flow([baseline.steps[0], step('Then she sees her ID', '- heading "docomo IDの確認"', { screenshot: screen(40) })]);
  const [changed] = await compareFlows([baseline], [shifted], { maxPixelRatio: 0.05 });
  assert.equal(changed.verdict, 'changed');
  assert.equal(changed.step, 2);
  assert.equal(changed.changes[0].pixels, 40);
  const [noise] = await compareFlows([baseline], [shifted], { maxPixelRatio: 0.2 });
  assert.equal(noise.verdict, 'unchanged');
});

test('a flow that now fails is broken at the failing step, with the error', async () => {
  const failing = flow(
    [step('When she goes to Customer Support', '', { status: 'failed', error: 'locator.click: Timeout 10000ms exceeded.' }), { ...baseline.steps[1], status: 'skipped' }],
    { status: 'failed' },
  );
  const [drift] = await compareFlows([baseline], [failing]);
  assert.equal(drift.verdict, 'broken');
  assert.equal(drift.step, 1);
  assert.match(drift.error ?? '', /Timeout/);
});

test('an extra step is a change at that step', async () => {
  const longer = flow([...baseline.steps, step('And she agrees', '- button "同意する"')]);
  const [drift] = await compareFlows([baseline], [longer]);
  assert.equal(drift.verdict, 'changed');
  assert.equal(drift.step, 3);
});

test('flows without a baseline are new, and baselines without a run are gone', async () => {
  const other = flow(baseline.steps, { id: 'delete-docomo-id/delete', scenario: 'Delete' });
  const drifts = await compareFlows([baseline], [other]);
  assert.deepEqual(drifts.map((drift) => drift.verdict), ['new', 'gone']);
});
