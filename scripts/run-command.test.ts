import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';

const root = join(__dirname, '..');
const scratch = mkdtempSync(join(tmpdir(), 'run-command-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** Every live process with its parent, from /proc. */
function processTable(): Map<number, { ppid: number; name: string }> {
  const table = new Map<number, { ppid: number; name: string }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      const [state, ppid] = stat.slice(close + 2).split(' ');
      if (state !== 'Z') table.set(Number(entry), { ppid: Number(ppid), name: stat.slice(stat.indexOf('(') + 1, close) });
    } catch {
      // It ended while we looked.
    }
  }
  return table;
}

function descendants(pid: number): Map<number, string> {
  const table = processTable();
  const found = new Map<number, string>();
  let frontier = [pid];
  while (frontier.length > 0) {
    const children = [...table].filter(([, info]) => frontier.includes(info.ppid)).map(([child]) => child);
    for (const child of children) found.set(child, table.get(child)?.name ?? '');
    frontier = children;
  }
  return found;
}

async function until<T>(what: string, probe: () => T | undefined, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

/** Starts the fixture run and waits until both workers have a Chromium: the whole tree is up. */
async function startRun(command: string, args: string[]) {
  const child = spawn(command, args, { cwd: root, stdio: 'ignore' });
  const tree = await until('two Chromiums under the run', () => {
    const seen = descendants(child.pid ?? 0);
    return [...seen.values()].filter((name) => name.startsWith('chromium')).length >= 2 ? seen : undefined;
  });
  return { child, tree };
}

const fixture = ['--require', 'ts-node/register', 'scripts/fixtures/run-one-feature.ts'];

describe('runCommand stops the whole run it started', { timeout: 180_000 }, () => {
  it('ends cucumber-js, its workers and their Chromiums when it gets SIGTERM, and exits 143', async () => {
    const { child, tree } = await startRun(process.execPath, [...fixture, join(scratch, 'term.ndjson')]);
    child.kill('SIGTERM');
    assert.equal(await exited(child), 143);
    const left = await until(
      'the run to be gone',
      () => {
        const alive = [...tree.keys()].filter((pid) => processTable().has(pid));
        return alive.length === 0 ? alive : undefined;
      },
      15_000,
    ).catch(() => [...tree.keys()].filter((pid) => processTable().has(pid)));
    assert.deepEqual(left, [], `still running: ${left.map((pid) => `${pid} ${tree.get(pid)}`).join(', ')}`);
  });

  it('ends the run when the process that started it is killed (npm run spec behind sh)', async () => {
    // npm runs a script as `sh -c '…'`; killing npm kills that shell, which passes no signal on.
    const command = `${process.execPath} ${fixture.join(' ')} ${join(scratch, 'orphan.ndjson')}; true`;
    const { child, tree } = await startRun('/bin/sh', ['-c', command]);
    child.kill('SIGKILL');
    const left = await until(
      'the orphaned run to stop',
      () => {
        const alive = [...tree.keys()].filter((pid) => processTable().has(pid));
        return alive.length === 0 ? alive : undefined;
      },
      10_000,
    ).catch(() => [...tree.keys()].filter((pid) => processTable().has(pid)));
    assert.deepEqual(left, [], `still running: ${left.map((pid) => `${pid} ${tree.get(pid)}`).join(', ')}`);
  });
});
