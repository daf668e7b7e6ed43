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
  text,
  status: 'passed',
  aria,
  screenshot: screen(0),
  ...overrides,
});

const flow = (steps: StepRecord[], overrides: Partial<FlowRecord> = {}): FlowRecord => ({
  id: 'verify-docomo-id/over-sp-mode',
  feature: 'Find your docomo ID',
  scenario: 'Over sp-mode',
  status: 'passed',
  steps,
  ...overrides,
});

const baseline = flow([
  step('When she goes to Customer Support', '- link "docomo ID/パスワード"'),
  step('Then she sees her ID', '- heading "docomo IDの確認"'),
]);

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
    [
      step('When she goes to Customer Support', '', { status: 'failed', error: 'locator.click: Timeout 10000ms exceeded.' }),
      { ...baseline.steps[1], status: 'skipped' },
    ],
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
  assert.deepEqual(
    drifts.map((drift) => drift.verdict),
    ['new', 'gone'],
  );
});

const changeAt = async (before: FlowRecord, after: FlowRecord) => {
  const [drift] = await compareFlows([before], [after]);
  assert.equal(drift.verdict, 'changed', 'missing evidence is never "unchanged"');
  return drift.changes[0];
};

test('a step the baseline has no screen for is a change, saying so', async () => {
  const noScreen = flow([{ ...baseline.steps[0], screenshot: undefined }, baseline.steps[1]]);
  const change = await changeAt(noScreen, baseline);
  assert.equal(change.step, 1);
  assert.deepEqual(change.missing, ['no screen to compare: the baseline has no screen for this step']);
});

test('a step the run recorded no screen for is a change, saying so', async () => {
  const noScreen = flow([baseline.steps[0], { ...baseline.steps[1], screenshot: undefined }]);
  const change = await changeAt(baseline, noScreen);
  assert.equal(change.step, 2);
  assert.deepEqual(change.missing, ['no screen to compare: the run recorded no screen']);
});

test("a run's screen that is not a PNG is a change, not a crash", async () => {
  const jpeg = flow([baseline.steps[0], { ...baseline.steps[1], screenshot: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]) }]);
  const change = await changeAt(baseline, jpeg);
  assert.deepEqual(change.missing, ["no screen to compare: the run's screen is not a PNG"]);
});

test('a snapshot the baseline lacks is a change that says to accept the run again', async () => {
  const noAria = flow(baseline.steps.map((s) => ({ ...s, aria: undefined })));
  const change = await changeAt(noAria, baseline);
  assert.deepEqual(change.missing, ['the baseline has no accessibility snapshot for this step: accept the run again to record one']);
});

test('a snapshot the run lacks is a change', async () => {
  const noAria = flow([baseline.steps[0], { ...baseline.steps[1], aria: undefined }]);
  const change = await changeAt(baseline, noAria);
  assert.equal(change.step, 2);
  assert.match(change.missing?.[0] ?? '', /the run recorded no accessibility snapshot/);
});

test('a step with no screen and no snapshot on either side, never run or run before any page, is unchanged', async () => {
  const blank = (status: StepRecord['status']) => step('Given her phone is on sp-mode', '', { status, aria: undefined, screenshot: undefined });
  for (const status of ['passed', 'skipped', 'not-run'] as const) {
    const withBlank = flow([blank(status), ...baseline.steps]);
    const [drift] = await compareFlows([withBlank], [structuredClone(withBlank)]);
    assert.equal(drift.verdict, 'unchanged', status);
  }
});

test('a screen with exactly the threshold share of its pixels changed is still noise', async () => {
  const shifted = flow([baseline.steps[0], step('Then she sees her ID', '- heading "docomo IDの確認"', { screenshot: screen(40) })]);
  const [drift] = await compareFlows([baseline], [shifted], { maxPixelRatio: 40 / 400 });
  assert.equal(drift.verdict, 'unchanged');
});

test('a flow that now stops at an undefined step is broken there, not merely changed', async () => {
  const undefinedStep = flow(
    [
      { ...baseline.steps[0], status: 'undefined' },
      { ...baseline.steps[1], status: 'skipped' },
    ],
    { status: 'undefined' },
  );
  const [drift] = await compareFlows([baseline], [undefinedStep]);
  assert.equal(drift.verdict, 'broken');
  assert.equal(drift.step, 1);
});

test('a pair of screens that many flows show is decoded once, and each flow still has its verdict', async (t) => {
  const [was, now] = [screen(0), screen(40)];
  const flows = (shown: Buffer) =>
    ['one', 'two', 'three'].map((name) =>
      flow([step('Then she sees her ID', '- heading "docomo IDの確認"', { screenshot: shown })], { id: `verify-docomo-id/${name}` }),
    );
  const decoded = t.mock.method(PNG.sync, 'read');
  const drifts = await compareFlows(flows(was), flows(now));
  assert.deepEqual(
    drifts.map((drift) => drift.verdict),
    ['changed', 'changed', 'changed'],
  );
  assert.ok(drifts.every((drift) => drift.changes[0].pixels === 40 && drift.changes[0].diff));
  assert.equal(decoded.mock.callCount(), 2, 'the pair was decoded again');
});
