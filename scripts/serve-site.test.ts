import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { portFromArgs, portProblem } from './serve-site';

const root = join(__dirname, '..');

describe('npm run serve', () => {
  it('serves on port 3000 unless --port names another', () => {
    assert.equal(portFromArgs([]), 3000);
    assert.equal(portFromArgs(['--port', '4321']), 4321);
    assert.equal(portFromArgs(['--port=4322']), 4322);
    assert.deepEqual(portFromArgs(['--port', 'x']), { error: '--port needs a port number from 1 to 65535, not "x".' });
  });

  it('refuses a taken port with the port, the reason and a way out, and exits 1', async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const { port } = holder.address() as AddressInfo;
    try {
      assert.equal(await portProblem(port), 'EADDRINUSE');
      const result = spawnSync(process.execPath, ['--require', 'ts-node/register', 'scripts/serve-site.ts', '--port', String(port)], {
        cwd: root,
        encoding: 'utf8',
      });
      assert.equal(result.status, 1);
      assert.match(result.stderr, new RegExp(`port ${port} on 127\\.0\\.0\\.1 is already in use .*npm run serve -- --port ${port + 1}`));
    } finally {
      holder.close();
    }
  });

  it('finds a free port free', async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const { port } = holder.address() as AddressInfo;
    await new Promise((resolve) => holder.close(resolve));
    assert.equal(await portProblem(port), undefined);
  });
});
