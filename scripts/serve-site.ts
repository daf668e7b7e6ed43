/**
 * `npm run serve` (and the end of `npm start`): serves the built guide on 127.0.0.1, text gzipped
 * as a static host sends it (serve-site/static-site-handler.ts). It replaces `docusaurus serve`,
 * which compresses nothing, so a phone's download measured through it was about 3× the real one.
 * `docusaurus serve` on a port that is taken also printed an error and exited 0, so `npm start`
 * "succeeded" with nothing served; the port is checked here first, and a missing build is named.
 * Usage: npm run serve [-- --port N]
 */
import { existsSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { staticSiteHandler } from './serve-site/static-site-handler';

const HOST = '127.0.0.1';
const DEFAULT_PORT = 3000;
const build = join(__dirname, '..', 'build');

/** The port asked for, or an error for a value that is not one. */
export function portFromArgs(argv: readonly string[]): number | { error: string } {
  const index = argv.findIndex((arg) => arg === '--port' || arg.startsWith('--port='));
  if (index === -1) return DEFAULT_PORT;
  const value = argv[index].includes('=') ? argv[index].split('=')[1] : argv[index + 1];
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) return { error: `--port needs a port number from 1 to 65535, not "${value ?? ''}".` };
  return port;
}

/** Resolves to undefined when the port can be listened on here, or to the reason it cannot. */
export function portProblem(port: number, host = HOST): Promise<string | undefined> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    probe.listen(port, host, () => probe.close(() => resolve(undefined)));
  });
}

async function main(argv: readonly string[]): Promise<number> {
  const port = portFromArgs(argv);
  if (typeof port !== 'number') {
    console.error(`serve: ${port.error}`);
    return 2;
  }
  const problem = await portProblem(port);
  if (problem) {
    const why = problem === 'EADDRINUSE' ? 'is already in use (another npm start?)' : `cannot be used (${problem})`;
    console.error(`serve: port ${port} on ${HOST} ${why}. Stop what holds it, or serve on another port: npm run serve -- --port ${port + 1}`);
    return 1;
  }
  if (!existsSync(join(build, 'index.html'))) {
    console.error('serve: there is no built guide in build/. Build it first: npm run guide (runs the spec) or npm run guide:site (from the last run).');
    return 1;
  }
  return new Promise((resolve) => {
    const server = createHttpServer(staticSiteHandler(build));
    server.once('error', (error) => {
      console.error(`serve: could not serve on ${HOST}:${port}: ${error.message}`);
      resolve(1);
    });
    server.listen(port, HOST, () => console.log(`serve: the guide is on http://${HOST}:${port}/ (Ctrl-C to stop)`));
  });
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error) => {
      console.error(`serve: ${(error as Error).message}`);
      process.exitCode = 1;
    },
  );
}
