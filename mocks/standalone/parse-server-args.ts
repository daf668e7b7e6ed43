const DEFAULT_PORT = 4010;

export const usage = 'Usage: npm run portal -- [--port N]   (or PORT=N npm run portal; default port 4010)';

/** A mistake in how the server was started; the message says which argument and why. */
export class UsageError extends Error {}

export type ServerArgs = { help: true } | { help: false; port: number };

/** Reads `--port N`, `--port=N` or `--help`; PORT from the environment when no flag names one. */
export function parseServerArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): ServerArgs {
  let port: number | undefined;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    if (arg === '--help' || arg === '-h') return { help: true };
    if (arg === '--port') {
      if (index + 1 >= argv.length) throw new UsageError('--port needs a number after it, e.g. --port 4011.');
      port = parsePort(argv[++index], '--port');
    } else if (arg.startsWith('--port=')) {
      port = parsePort(arg.slice('--port='.length), '--port');
    } else {
      throw new UsageError(`Unknown argument "${arg}".`);
    }
  }
  if (port === undefined && env.PORT !== undefined && env.PORT !== '') port = parsePort(env.PORT, 'PORT');
  return { help: false, port: port ?? DEFAULT_PORT };
}

function parsePort(value: string, source: string): number {
  const port = /^[0-9]+$/.test(value) ? Number(value) : NaN;
  if (!(port >= 0 && port <= 65535)) throw new UsageError(`${source} "${value}" is not a port: give a whole number from 0 to 65535.`);
  return port;
}
