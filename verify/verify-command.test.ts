import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { messagesDigest } from '../guide-gen/run-identity';
import { tinyRunNdjson } from '../guide-gen/testing/tiny-run';
import type { CucumberRun } from '../scripts/cucumber-run';
import { readBaselines, writeBaselines } from './baseline-store';
import { flowsFromMessages } from './flows-from-messages';
import { verifyCommand, type VerifyDeps } from './verify-command';

/** The tiny run cut after its first half: a run killed part way, with no testRunFinished. */
const lines = tinyRunNdjson.split('\n');
const unfinishedNdjson = lines.slice(0, Math.floor(lines.length / 2)).join('\n');

interface Sandbox {
  dir: string;
  stream: string;
  baselines: string;
  report: string;
  output: string[];
  verify: (argv: string[], runSpec?: VerifyDeps['runSpec']) => Promise<number>;
  drift: () => { run: { sha256: string; finished: boolean }; notice?: string; flows: Array<{ verdict: string }> };
}

function sandbox(run: (box: Sandbox) => Promise<void>): () => Promise<void> {
  return async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verify-command-'));
    const output: string[] = [];
    const out = { log: (line: string) => output.push(line), error: (line: string) => output.push(line) };
    const baselines = join(dir, 'baselines');
    const report = join(dir, 'drift');
    writeBaselines(baselines, flowsFromMessages(tinyRunNdjson));
    const noSpec = () => Promise.reject(new Error('the spec is not run in this test'));
    const box: Sandbox = {
      dir,
      baselines,
      report,
      output,
      stream: join(dir, 'messages.ndjson'),
      verify: (argv, runSpec = noSpec) => verifyCommand([...argv, '--baselines', baselines, '--report', report], { out, runSpec }),
      drift: () => JSON.parse(readFileSync(join(report, 'drift.json'), 'utf8')),
    };
    try {
      await run(box);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

test(
  'a run that looks like its baseline exits 0, and drift.json names it by the digest of its stream',
  sandbox(async (box) => {
    writeFileSync(box.stream, tinyRunNdjson);
    assert.equal(await box.verify(['--messages', box.stream]), 0);
    assert.deepEqual(box.drift().run, { sha256: messagesDigest(readFileSync(box.stream)), finished: true });
  }),
);

test(
  'a run that did not finish says so first and last, compares what ran, and exits 1',
  sandbox(async (box) => {
    writeFileSync(box.stream, unfinishedNdjson);
    const ran = flowsFromMessages(unfinishedNdjson).length;
    assert.ok(ran > 0 && ran < flowsFromMessages(tinyRunNdjson).length, 'the cut run ran some flows only');
    assert.equal(await box.verify(['--messages', box.stream]), 1);
    const notice = `verify: this run did not finish: ${ran} flows compared, the rest were never run.`;
    assert.equal(box.output[0], notice);
    assert.equal(box.output.at(-1), notice);
    const drift = box.drift();
    assert.deepEqual(drift.run, { sha256: messagesDigest(unfinishedNdjson), finished: false });
    assert.equal(drift.flows.length, ran, 'the flows it never reached are not called "gone"');
  }),
);

test(
  'a run that did not finish is never accepted, and the baseline stays as it was',
  sandbox(async (box) => {
    writeFileSync(box.stream, unfinishedNdjson);
    const before = readBaselines(box.baselines);
    assert.equal(await box.verify(['--accept', '--messages', box.stream]), 1);
    assert.match(box.output.join('\n'), /not accepted: this run did not finish/);
    assert.deepEqual(readBaselines(box.baselines), before);
  }),
);

test(
  'a corrupt baseline screen stops verify with exit 2, naming the file',
  sandbox(async (box) => {
    writeFileSync(box.stream, tinyRunNdjson);
    const [screen] = readdirSync(join(box.baselines, 'screens'));
    writeFileSync(join(box.baselines, 'screens', screen), 'not a png');
    assert.equal(await box.verify(['--messages', box.stream]), 2);
    assert.match(box.output.join('\n'), new RegExp(`${screen}.*is not a readable PNG`));
  }),
);

const specRun = (messages: string, problem?: string, fresh = true): CucumberRun => ({
  code: 1,
  messages,
  fresh,
  summary: { passed: 0, failed: 0 },
  ...(problem ? { problem } : {}),
});

test(
  "a spec run that could not start never has the last run's stream compared as its own",
  sandbox(async (box) => {
    // Left by an earlier run that was killed: the kind of stream this run would otherwise compare.
    writeFileSync(box.stream, unfinishedNdjson);
    const code = await box.verify([], async () => specRun(box.stream, 'the run could not start:\n  Chromium not found', false));
    assert.equal(code, 1);
    assert.match(box.output.join('\n'), /the spec run did not complete: the run could not start/);
    assert.equal(existsSync(box.report), false, 'no report was written');
  }),
);

test(
  'a spec run that stopped part way is compared as far as it went, and said not to have finished',
  sandbox(async (box) => {
    const code = await box.verify([], async () => {
      writeFileSync(box.stream, unfinishedNdjson);
      return specRun(box.stream, 'the run did not finish (the message stream has no testRunFinished)');
    });
    assert.equal(code, 1);
    assert.match(box.output.at(-1) ?? '', /this run did not finish/);
    assert.equal(box.drift().run.finished, false);
  }),
);

test(
  'a spec run that finished with a problem of its own is not compared',
  sandbox(async (box) => {
    const code = await box.verify([], async () => {
      writeFileSync(box.stream, tinyRunNdjson);
      return specRun(box.stream, 'features/x.feature: (3:1): expected: #Feature, got: Scenario');
    });
    assert.equal(code, 1);
    assert.equal(existsSync(box.report), false);
  }),
);

test(
  'a run whose flows did not pass, though none failed (undefined, pending, skipped), is never accepted',
  sandbox(async (box) => {
    const undefinedRun = tinyRunNdjson.replaceAll('"status":"FAILED"', '"status":"UNDEFINED"');
    assert.notEqual(undefinedRun, tinyRunNdjson, 'the tiny run has a failed step to make undefined');
    writeFileSync(box.stream, undefinedRun);
    const before = readBaselines(box.baselines);
    assert.equal(await box.verify(['--accept', '--messages', box.stream]), 1);
    assert.match(box.output.join('\n'), /not accepted: \d+ flow\(s\) did not pass/);
    assert.deepEqual(readBaselines(box.baselines), before);
  }),
);
