import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { parseServerArgs, UsageError } from './parse-server-args';

describe('the standalone server command line', () => {
  it('listens on 4010 when told nothing', () => {
    assert.deepEqual(parseServerArgs([], {}), { help: false, port: 4010 });
  });

  it('takes the port from --port N, --port=N or PORT, the flag winning', () => {
    assert.deepEqual(parseServerArgs(['--port', '5000'], {}), { help: false, port: 5000 });
    assert.deepEqual(parseServerArgs(['--port=0'], {}), { help: false, port: 0 });
    assert.deepEqual(parseServerArgs([], { PORT: '6000' }), { help: false, port: 6000 });
    assert.deepEqual(parseServerArgs(['--port', '5000'], { PORT: '6000' }), { help: false, port: 5000 });
  });

  it('refuses a port that is not a whole number from 0 to 65535, naming where it came from', () => {
    assert.throws(() => parseServerArgs(['--port', 'abc'], {}), { name: 'Error', message: /--port "abc" is not a port/ });
    assert.throws(() => parseServerArgs(['--port', '70000'], {}), UsageError);
    assert.throws(() => parseServerArgs([], { PORT: '-1' }), /PORT "-1" is not a port/);
  });

  it('refuses an unknown argument and a --port without a number', () => {
    assert.throws(() => parseServerArgs(['--prot', '5000'], {}), /Unknown argument "--prot"/);
    assert.throws(() => parseServerArgs(['--port'], {}), /--port needs a number/);
  });

  it('asks for help with --help', () => {
    assert.deepEqual(parseServerArgs(['--help'], {}), { help: true });
  });
});
