import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { endsWithFinishedRun, runCucumber, setAsideLastRun } from './cucumber-run';

const scratch = mkdtempSync(join(tmpdir(), 'cucumber-run-'));
after(() => rmSync(scratch, { recursive: true, force: true }));
let n = 0;
const paths = () => {
  n++;
  return { messages: join(scratch, `${n}`, 'messages.ndjson'), previous: join(scratch, `${n}`, 'previous', 'messages.ndjson') };
};

/** A loopback port nothing listens on (taken from the system, then let go). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const finishedRun = '{"testRunStarted":{"timestamp":{"seconds":1,"nanos":0}}}\n{"testRunFinished":{"success":true,"timestamp":{"seconds":2,"nanos":0}}}\n';
const cutOffRun = '{"testRunStarted":{"timestamp":{"seconds":1,"nanos":0}}}\n{"testCase":{"id":"1"';

function write(path: string, text: string): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
}

describe('setting the last run aside before a new one', () => {
  it('keeps a complete stream in previous/', () => {
    const { messages, previous } = paths();
    write(messages, finishedRun);
    assert.equal(setAsideLastRun(messages, previous), 'kept');
    assert.equal(existsSync(messages), false);
    assert.equal(readFileSync(previous, 'utf8'), finishedRun);
  });

  it('moves the screenshots a complete stream stores beside it along with it, replacing the older ones', () => {
    const { messages, previous } = paths();
    write(join(previous, '..', 'attachments', 'old.png'), 'old');
    write(messages, finishedRun);
    write(join(messages, '..', 'attachments', 'new.png'), 'new');
    setAsideLastRun(messages, previous);
    assert.equal(existsSync(join(messages, '..', 'attachments')), false);
    assert.deepEqual(readdirSync(join(previous, '..', 'attachments')), ['new.png']);
  });

  it('removes an unfinished stream with its screenshots, and leaves the complete one in previous/ alone', () => {
    const { messages, previous } = paths();
    write(previous, finishedRun);
    write(join(previous, '..', 'attachments', 'kept.png'), 'kept');
    write(messages, cutOffRun);
    write(join(messages, '..', 'attachments', 'cut.png'), 'cut');
    assert.equal(setAsideLastRun(messages, previous), 'removed');
    assert.equal(existsSync(messages), false);
    assert.equal(existsSync(join(messages, '..', 'attachments')), false);
    assert.deepEqual(readdirSync(join(previous, '..', 'attachments')), ['kept.png']);
    assert.equal(readFileSync(previous, 'utf8'), finishedRun);
  });

  it('tells a finished stream from a cut-off or empty one by its last message', () => {
    const { messages } = paths();
    write(messages, finishedRun);
    assert.equal(endsWithFinishedRun(messages), true);
    writeFileSync(messages, cutOffRun);
    assert.equal(endsWithFinishedRun(messages), false);
    writeFileSync(messages, '');
    assert.equal(endsWithFinishedRun(messages), false);
  });
});

describe('runCucumber', { timeout: 120_000 }, () => {
  it("never reads an older run's results as its own when cucumber-js dies before writing any", async () => {
    const { messages, previous } = paths();
    write(messages, finishedRun);
    const throwing = join(scratch, 'throws-on-import.js');
    writeFileSync(throwing, "throw new Error('a support file that throws');\n");
    const run = await runCucumber(['--profile', 'rules', '--format', `message:${messages}`, '--require', throwing, 'features/verify-docomo-id.feature'], {
      messages,
      previous,
    });
    assert.notEqual(run.code, 0);
    assert.match(run.problem ?? '', /cucumber-js exited with code \d+ before it wrote any results/);
    assert.deepEqual([run.summary.passed, run.summary.failed], [0, 0]);
    assert.equal(readFileSync(previous, 'utf8'), finishedRun, 'the complete earlier run is kept');
  });

  it('says in one line that no browser can start, before touching the last run', async () => {
    const { messages, previous } = paths();
    write(messages, finishedRun);
    const run = await runCucumber(['features/verify-docomo-id.feature'], {
      messages,
      previous,
      env: { ...process.env, CHROMIUM_PATH: '/no/such/chromium', PLAYWRIGHT_WS_ENDPOINT: '' },
    });
    assert.equal(run.code, 1);
    assert.match(run.problem ?? '', /it could not start:\n {2}Failed to launch Chromium: CHROMIUM_PATH=\/no\/such\/chromium does not exist/);
    assert.equal(readFileSync(messages, 'utf8'), finishedRun);
    assert.equal(existsSync(previous), false);
  });

  it('refuses a PORTAL_URL that is not an address, and one where nothing answers', async () => {
    const { messages, previous } = paths();
    const bad = await runCucumber([], { messages, previous, env: { ...process.env, PORTAL_URL: 'not-a-url' } });
    assert.match(bad.problem ?? '', /PORTAL_URL="not-a-url" is not an http\(s\) address/);
    const port = await freePort();
    const silent = await runCucumber([], { messages, previous, env: { ...process.env, PORTAL_URL: `http://127.0.0.1:${port}` } });
    assert.match(silent.problem ?? '', new RegExp(`Nothing answers at PORTAL_URL=http://127\\.0\\.0\\.1:${port} \\(ECONNREFUSED\\)`));
  });
});
