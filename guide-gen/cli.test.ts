import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import { solidPng } from './testing/guideFixtures';
import { tinyRunNdjson } from './testing/tinyRun';
import { MARKER_FILE } from './writeGuide';

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
    assert.match(stdout, /wrote 5 pages \(4 features\) and 4 images \(\d+ KiB\)/);
    assert.deepEqual(readdirSync(out).sort(), [
      MARKER_FILE,
      'docomo-id.mdx',
      'glossary.mdx',
      'img',
      'network-pin.mdx',
      'which-credential.mdx',
      'wifi.mdx',
    ]);
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
    assert.equal(
      stderr,
      `guide-gen: cannot read messages file ${missing}: no such file. Run the spec first (npm run spec), or pass --messages FILE\n`,
    );
  });

  it('refuses an unknown flag with the usage, and exits 2', () => {
    const { code, stderr } = runCli('--messsages', 'x');
    assert.equal(code, 2);
    assert.match(stderr, /^guide-gen: Unknown option '--messsages'.*\nUsage: ts-node guide-gen\/cli.ts \[--messages FILE\] \[--out DIR\] \[--drift FILE\]\n$/s);
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

describe('guide-gen/cli.ts with a drift report', () => {
  it('adds the "Has the portal changed?" page with the report\'s images', () => {
    const run = scratch();
    writeFileSync(join(run, 'messages.ndjson'), readFileSync(join(PROJECT, 'guide-gen/fixtures/tiny-run.ndjson')));
    mkdirSync(join(run, 'drift', 'img'), { recursive: true });
    writeFileSync(join(run, 'drift', 'img', 'a-after.png'), solidPng());
    const change = { step: 2, text: 'When she opens the login page', aria: ['+ - heading "dアカウントでログイン"'], images: { after: 'img/a-after.png', before: 'img/gone.png' } };
    const flows = [{ feature: 'Log in', scenario: 'She logs in', verdict: 'changed', step: 2, changes: [change] }];
    writeFileSync(join(run, 'drift', 'drift.json'), JSON.stringify({ ranAt: '2026-11-26T08:00:00.000Z', counts: { changed: 1 }, flows }));
    const out = join(scratch(), 'guide');
    const { code, stderr } = runCli('--messages', join(run, 'messages.ndjson'), '--out', out);
    assert.equal(code, 0);
    assert.match(stderr, /drift report image img\/gone\.png: the file is missing/);
    const page = readFileSync(join(out, 'portal-changes.mdx'), 'utf8');
    assert.match(page, /changed at step 2/);
    assert.equal((page.match(/<StepScreenshot /g) ?? []).length, 1);
  });

  it('warns when the report it was told to read is not there, and still builds the guide', () => {
    const out = join(scratch(), 'guide');
    const { code, stderr } = runCli('--messages', 'guide-gen/fixtures/tiny-run.ndjson', '--out', out, '--drift', join(scratch(), 'none.json'));
    assert.equal(code, 0);
    assert.match(stderr, /no drift report at .*none\.json: run npm run verify first/);
    assert.ok(!existsSync(join(out, 'portal-changes.mdx')));
  });
});
