import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import { messagesDigest } from './run-identity';
import { solidPng } from './testing/guide-fixtures';
import { tinyRunNdjson, tinyRunWithout } from './testing/tiny-run';
import { UNFINISHED_RUN_BANNER } from './unfinished-run';
import { MARKER_FILE } from './write-guide';

const PROJECT = resolve(__dirname, '..');

function runCli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--require', 'ts-node/register', 'guide-gen/cli.ts', ...args], {
    cwd: PROJECT,
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const scratchDirs: string[] = [];
after(() => scratchDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'guide-gen-'));
  scratchDirs.push(dir);
  return dir;
}

describe('guide-gen/cli.ts', () => {
  it('writes the pages and screenshots of a run into --out', () => {
    const out = join(scratch(), 'guide');
    const { code, stdout, stderr } = runCli('--messages', 'guide-gen/fixtures/tiny-run.ndjson', '--out', out);
    assert.equal(stderr, '');
    assert.equal(code, 0);
    assert.match(stdout, /wrote 9 pages \(4 features\) and 4 images \(\d+ KiB\)/);
    assert.deepEqual(readdirSync(out).sort(), [
      MARKER_FILE,
      'docomo-id.mdx',
      'evidence',
      'glossary.mdx',
      'img',
      'network-pin.mdx',
      'which-credential.mdx',
      'wifi.mdx',
    ]);
    assert.deepEqual(readdirSync(join(out, 'evidence')).sort(), ['_category_.json', 'docomo-id.mdx', 'network-pin.mdx', 'which-credential.mdx', 'wifi.mdx']);
    assert.equal(readdirSync(join(out, 'img')).filter((f) => f.endsWith('.png')).length, 4);
  });

  it('replaces what an earlier run left, so a removed feature loses its page', () => {
    const out = join(scratch(), 'guide');
    assert.equal(runCli('--messages', 'guide-gen/fixtures/tiny-run.ndjson', '--out', out).code, 0);
    writeFileSync(join(out, 'removed-feature.mdx'), '# gone');
    assert.equal(runCli('--messages', 'guide-gen/fixtures/tiny-run.ndjson', '--out', out).code, 0);
    assert.equal(existsSync(join(out, 'removed-feature.mdx')), false);
  });

  it('builds the rest of the guide from a damaged stream, warning with line numbers', () => {
    const dir = scratch();
    const lines = tinyRunNdjson.trimEnd().split('\n');
    const attachment = lines.findIndex((line) => line.startsWith('{"attachment"'));
    lines[attachment] = lines[attachment].replace(/"testStepId":"[^"]+"/, '"testStepId":"gone"');
    const image = lines.findIndex((line) => line.includes('"fileName":"step.png"'));
    const { attachment: original } = JSON.parse(lines[image]);
    lines[image] = JSON.stringify({ attachment: { ...original, body: '', url: 'shots/step.png' } });
    lines.push('{"testRunFinished":{"timest');
    writeFileSync(join(dir, 'run.ndjson'), lines.join('\n'));
    const { code, stderr } = runCli('--messages', join(dir, 'run.ndjson'), '--out', join(dir, 'guide'));
    assert.equal(code, 0);
    const warnings = stderr.trimEnd().split('\n');
    assert.equal(warnings.length, 3);
    assert.match(warnings[0], new RegExp(`^guide-gen: warning: .*run\\.ndjson line ${lines.length}: not a JSON message`));
    assert.match(warnings[1], new RegExp(`line ${attachment + 1}: attachment for unknown step "gone"; skipped$`));
    assert.match(warnings[2], new RegExp(`line ${image + 1}: attachment step\\.png \\(image/png\\) points to shots/step\\.png, which is missing; skipped$`));
    assert.ok(existsSync(join(dir, 'guide', 'network-pin.mdx')));
  });

  it('reads an image the stream keeps in a file beside it', () => {
    const dir = scratch();
    const lines = tinyRunNdjson.trimEnd().split('\n');
    const image = lines.findIndex((line) => line.includes('"fileName":"step.png"'));
    const { attachment: original } = JSON.parse(lines[image]);
    lines[image] = JSON.stringify({ attachment: { ...original, body: '', url: 'shots/step.png' } });
    mkdirSync(join(dir, 'shots'));
    writeFileSync(join(dir, 'shots', 'step.png'), Buffer.from(original.body, 'base64'));
    writeFileSync(join(dir, 'run.ndjson'), lines.join('\n'));
    const { code, stderr } = runCli('--messages', join(dir, 'run.ndjson'), '--out', join(dir, 'guide'));
    assert.equal(stderr, '');
    assert.equal(code, 0);
  });

  it('says which file is missing and to run the spec first, and exits 1', () => {
    const missing = join(scratch(), 'messages.ndjson');
    const { code, stderr } = runCli('--messages', missing);
    assert.equal(code, 1);
    assert.equal(stderr, `guide-gen: cannot read messages file ${missing}: no such file. Run the spec first (npm run spec), or pass --messages FILE\n`);
  });

  it('refuses an unknown flag with the usage, and exits 2', () => {
    const { code, stderr } = runCli('--messsages', 'x');
    assert.equal(code, 2);
    assert.match(
      stderr,
      /^guide-gen: Unknown option '--messsages'.*\nUsage: ts-node guide-gen\/cli.ts \[--messages FILE\] \[--out DIR\] \[--drift FILE\] \[--allow-unfinished\]\n$/s,
    );
  });

  it('will not wipe a folder it did not write', () => {
    const out = scratch();
    mkdirSync(join(out, 'handwritten'));
    writeFileSync(join(out, 'intro.md'), '# Intro');
    const { code, stderr } = runCli('--messages', 'guide-gen/fixtures/tiny-run.ndjson', '--out', out);
    assert.equal(code, 1);
    assert.match(stderr, /Refusing to replace .*: it has files the guide generator did not write/);
    assert.equal(readFileSync(join(out, 'intro.md'), 'utf8'), '# Intro');
  });
});

/** Every file under `dir` with its contents, to show a folder was left exactly as it was. */
function snapshot(dir: string, files: Record<string, string> = {}, root = dir): Record<string, string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) snapshot(path, files, root);
    else files[relative(root, path)] = readFileSync(path, 'base64');
  }
  return files;
}

/** A good guide made from the tiny run, and beside it a stream to try to replace it with. */
function withGoodGuide(stream: string | Uint8Array) {
  const dir = scratch();
  const out = join(dir, 'guide');
  assert.equal(runCli('--messages', 'guide-gen/fixtures/tiny-run.ndjson', '--out', out).code, 0);
  writeFileSync(join(dir, 'run.ndjson'), stream);
  return { dir, out, messages: join(dir, 'run.ndjson'), before: snapshot(out) };
}

describe('guide-gen/cli.ts never replaces a good guide with less', () => {
  it('refuses an empty stream, naming it, and leaves the guide as it was', () => {
    const { out, messages, before } = withGoodGuide('');
    const { code, stderr } = runCli('--messages', messages, '--out', out);
    assert.equal(code, 1);
    assert.equal(
      stderr,
      `guide-gen: messages file ${messages} is empty: there is nothing to make a guide from. Run the spec (npm run spec), ` +
        `or pass --messages with the stream cucumber-js wrote (--format message:FILE). ${out} is left as it was.\n`,
    );
    assert.deepEqual(snapshot(out), before);
  });

  it('refuses a binary file and leaves the guide as it was', () => {
    const pngs = Buffer.concat(Array.from({ length: 20 }, (_, i) => Buffer.concat([Buffer.from(solidPng(i * 10)), Buffer.from('\n')])));
    const { out, messages, before } = withGoodGuide(pngs);
    const { code, stderr } = runCli('--messages', messages, '--out', out);
    assert.equal(code, 1);
    assert.match(
      stderr,
      /^guide-gen: messages file .*run\.ndjson is not a cucumber message stream: \d+ of its \d+ lines are not JSON messages \(a binary file, or the wrong file\?\)\. .* is left as it was\.\n$/,
    );
    assert.deepEqual(snapshot(out), before);
  });

  it('refuses a stream with no gherkinDocument or pickle and leaves the guide as it was', () => {
    const { out, messages, before } = withGoodGuide(tinyRunWithout((envelope) => 'gherkinDocument' in envelope || 'pickle' in envelope));
    const { code, stderr } = runCli('--messages', messages, '--out', out);
    assert.equal(code, 1);
    assert.match(stderr, /run\.ndjson holds no gherkinDocument or pickle: the run had no feature to document/);
    assert.deepEqual(snapshot(out), before);
  });

  it('refuses a run that did not finish, says how to publish it anyway, and leaves the guide as it was', () => {
    const cut = tinyRunNdjson.split('\n').slice(0, 60).join('\n');
    const { out, messages, before } = withGoodGuide(cut);
    const { code, stderr } = runCli('--messages', messages, '--out', out);
    assert.equal(code, 1);
    assert.equal(
      stderr,
      `guide-gen: the run in ${messages} did not finish (no testRunFinished): it was killed or cut off, so the results after the cut are missing; ` +
        `re-run the spec, or pass --allow-unfinished to publish it marked as unfinished. ${out} is left as it was.\n`,
    );
    assert.deepEqual(snapshot(out), before);
  });

  it('publishes a run that did not finish with --allow-unfinished, every page marked, the portal-changes page too', () => {
    const unfinished = tinyRunWithout((envelope) => 'testRunFinished' in envelope);
    const { dir, out, messages } = withGoodGuide(unfinished);
    mkdirSync(join(dir, 'drift'));
    const report = { ranAt: '2026-11-26T08:00:00.000Z', run: { sha256: messagesDigest(unfinished), finished: false }, counts: { unchanged: 1 }, flows: [] };
    writeFileSync(join(dir, 'drift', 'drift.json'), JSON.stringify(report));
    const { code, stdout } = runCli('--messages', messages, '--out', out, '--allow-unfinished');
    assert.equal(code, 0);
    assert.match(stdout, /wrote 10 pages .*, every page marked "This run did not finish"\n$/);
    const pages = [...readdirSync(out), ...readdirSync(join(out, 'evidence')).map((file) => join('evidence', file))].filter((file) => file.endsWith('.mdx'));
    assert.ok(pages.includes(join('evidence', 'network-pin.mdx')));
    assert.ok(pages.includes('portal-changes.mdx'));
    assert.ok(pages.includes('glossary.mdx'));
    for (const page of pages) assert.ok(readFileSync(join(out, page), 'utf8').includes(UNFINISHED_RUN_BANNER), `${page} says the run did not finish`);
  });
});

describe('guide-gen/cli.ts with a drift report', () => {
  /** A run's stream in a folder of its own, with verify's report in drift/: of this run, unless given another `run`. */
  function runWithReport(run?: { sha256: string; finished: boolean } | 'no run') {
    const dir = scratch();
    const messages = join(dir, 'messages.ndjson');
    writeFileSync(messages, readFileSync(join(PROJECT, 'guide-gen/fixtures/tiny-run.ndjson')));
    mkdirSync(join(dir, 'drift', 'img'), { recursive: true });
    writeFileSync(join(dir, 'drift', 'img', 'a-after.png'), solidPng());
    const change = {
      step: 2,
      text: 'When she opens the login page',
      aria: ['+ - heading "dアカウントでログイン"'],
      images: { after: 'img/a-after.png', before: 'img/gone.png' },
    };
    const flows = [{ feature: 'Log in', scenario: 'She logs in', verdict: 'changed', step: 2, changes: [change] }];
    const thisRun = { sha256: messagesDigest(readFileSync(messages)), finished: true };
    const report = { ranAt: '2026-11-26T08:00:00.000Z', ...(run === 'no run' ? {} : { run: run ?? thisRun }), counts: { changed: 1 }, flows };
    writeFileSync(join(dir, 'drift', 'drift.json'), JSON.stringify(report));
    return { messages, report: join(dir, 'drift', 'drift.json'), out: join(scratch(), 'guide') };
  }
  const otherRun = { sha256: messagesDigest('another run'), finished: true };

  it('adds the "Has the portal changed?" page with the report\'s images, when the report is of this run', () => {
    const { messages, out } = runWithReport();
    const { code, stderr } = runCli('--messages', messages, '--out', out);
    assert.equal(code, 0);
    assert.match(stderr, /drift report image img\/gone\.png: the file is missing/);
    const page = readFileSync(join(out, 'portal-changes.mdx'), 'utf8');
    assert.match(page, /ran at 26 November 2026, 08:00 UTC/);
    assert.match(page, /changed at step 2/);
    assert.equal((page.match(/<StepScreenshot /g) ?? []).length, 1);
  });

  it('leaves the page out when the report beside the stream is of another run, and says how to compare this one', () => {
    const { messages, report, out } = runWithReport(otherRun);
    const { code, stderr } = runCli('--messages', messages, '--out', out);
    assert.equal(code, 0);
    assert.equal(
      stderr,
      `guide-gen: warning: ${messages} (drift report ${report} is from another run: it compared a message stream with sha256 ` +
        `${otherRun.sha256.slice(0, 12)}…, this one is ${messagesDigest(readFileSync(messages)).slice(0, 12)}…; the guide has no ` +
        `portal-changes page. To compare this run, run npm run verify -- --messages ${messages})\n`,
    );
    assert.ok(!existsSync(join(out, 'portal-changes.mdx')));
    assert.ok(existsSync(join(out, 'network-pin.mdx')));
  });

  it('leaves the page out when the report does not say which run it compared', () => {
    const { messages, report, out } = runWithReport('no run');
    const { code, stderr } = runCli('--messages', messages, '--out', out);
    assert.equal(code, 0);
    assert.ok(
      stderr.includes(
        `(drift report ${report} does not say which run it compared (no "run": an older npm run verify wrote it), so it may be from another run; ` +
          `the guide has no portal-changes page. To compare this run, run npm run verify -- --messages ${messages})`,
      ),
      stderr,
    );
    assert.ok(!existsSync(join(out, 'portal-changes.mdx')));
  });

  it('leaves the page out when --drift names a report of another run', () => {
    const { report } = runWithReport(otherRun);
    const out = join(scratch(), 'guide');
    const { code, stderr } = runCli('--messages', 'guide-gen/fixtures/tiny-run.ndjson', '--out', out, '--drift', report);
    assert.equal(code, 0);
    assert.match(stderr, /\(drift report .*drift\.json is from another run: /);
    assert.ok(!existsSync(join(out, 'portal-changes.mdx')));
  });

  it('warns when the report it was told to read is not there, and still builds the guide', () => {
    const out = join(scratch(), 'guide');
    const { code, stderr } = runCli('--messages', 'guide-gen/fixtures/tiny-run.ndjson', '--out', out, '--drift', join(scratch(), 'none.json'));
    assert.equal(code, 0);
    assert.match(stderr, /no drift report at .*none\.json: run npm run verify first/);
    assert.ok(!existsSync(join(out, 'portal-changes.mdx')));
  });
});
