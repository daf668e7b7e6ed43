import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse, type RequestHandler } from 'msw';
import { createPortal, type Portal } from './portal';
import { portalRevisionFromEnv, type PortalRevision } from './revisions';
import { demoLines } from './standalone/demo-lines';
import { BodyTooLargeError, toFetchRequest, writeFetchResponse } from './standalone/node-fetch';
import { parseServerArgs, usage, UsageError } from './standalone/parse-server-args';
import { insertPhoneBar } from './standalone/phone-bar';
import { PHONE_CONTROL_PATH, phoneControlHandlers } from './standalone/phone-control-handlers';
import { carrierHeadersOf, clearedPhoneCookie, readPhoneCookie } from './standalone/phone-setting';
import { TEST_API_PATH, TEST_PORTAL_HEADER, TestPortals } from './standalone/test-portals';

const host = '127.0.0.1';

/**
 * What the server answers: the portal's pages (GET, HEAD, POST) and the test API (PUT, DELETE).
 * Anything else (TRACE, CONNECT, a made-up method) is 405 before it reaches a Fetch Request, which
 * throws on some of them: TRACE used to answer 500.
 */
const knownMethods = new Set(['GET', 'HEAD', 'POST', 'PUT', 'DELETE']);

export interface PortalServer {
  /** e.g. http://127.0.0.1:4010 */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a portal's handlers over plain node:http on 127.0.0.1, for a person's browser. Not
 * @mswjs/http-middleware: it goes through msw's process-wide cookie store, and state must never
 * cross portals. The server plays the carrier: it adds the network and line headers from the
 * phone chosen on /__phone and drops any the browser sent.
 *
 * A test suite run over HTTP (PORTAL_URL) gets a portal of its own per scenario from the test API
 * (standalone/test-portals.ts) and names it on every request; there the harness plays the carrier
 * and sets the network and line headers itself, as the bridge does for the embedded portal.
 */
export async function startPortalServer({
  port,
  portal,
  testPortalCapacity,
}: {
  port: number;
  portal: Portal;
  /** For tests: fewer test portals than the default 200 show the same eviction rule quickly. */
  testPortalCapacity?: number;
}): Promise<PortalServer> {
  const handlers: RequestHandler[] = [...phoneControlHandlers(portal.model), ...portal.handlers];
  const testPortals = new TestPortals(portal.revision, { capacity: testPortalCapacity });
  let baseUrl = '';
  const maxBodyBytes = portal.settings.formBodyMaxBytes;
  const server = createServer((incoming, outgoing) => {
    if (!knownMethods.has(incoming.method ?? ''))
      return refuse(outgoing, 405, `${incoming.method} is not served here.`, { allow: [...knownMethods].join(', ') });
    const answered =
      incoming.headers[TEST_PORTAL_HEADER] !== undefined || incoming.url?.startsWith(TEST_API_PATH)
        ? answerTest(incoming, outgoing, testPortals, baseUrl, maxBodyBytes)
        : answer(incoming, outgoing, handlers, portal, baseUrl);
    answered.catch((error: Error) => {
      if (error instanceof BodyTooLargeError) return refuse(outgoing, 413, `${error.message} Nothing was done.`, { connection: 'close' });
      console.error(`portal: ${incoming.method} ${incoming.url} failed: ${error.stack ?? error.message}`);
      if (!outgoing.headersSent) outgoing.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      outgoing.end(`The mocked portal failed to answer: ${error.message}\nSee the server's output for the stack trace.`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  baseUrl = `http://${host}:${(server.address() as AddressInfo).port}`;
  return {
    url: baseUrl,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** A plain-text refusal; `connection: close` when the body was left unread. */
function refuse(outgoing: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  if (outgoing.headersSent) return void outgoing.destroy();
  outgoing.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
  outgoing.end(message);
}

async function answer(incoming: IncomingMessage, outgoing: ServerResponse, handlers: RequestHandler[], portal: Portal, baseUrl: string): Promise<void> {
  const { phone, malformed } = readPhoneCookie(incoming.headers.cookie, portal.model.phoneNumbers()[0]);
  // HEAD is answered as GET without the body, so every page also answers HEAD.
  const isHead = incoming.method === 'HEAD';
  const request = await toFetchRequest(incoming, baseUrl, carrierHeadersOf(phone), portal.settings.formBodyMaxBytes);
  const asked = isHead ? new Request(request, { method: 'GET' }) : request;
  let response = (await getResponse(handlers, asked, { baseUrl })) ?? new Response('No handler answered this address.', { status: 404 });
  const path = new URL(request.url).pathname;
  if (path !== PHONE_CONTROL_PATH && response.headers.get('content-type')?.startsWith('text/html')) {
    const html = insertPhoneBar(await response.text(), phone, path + new URL(request.url).search);
    response = new Response(html, { status: response.status, headers: response.headers });
  }
  if (malformed) {
    const headers = new Headers(response.headers);
    headers.append('set-cookie', clearedPhoneCookie);
    response = new Response(response.body, { status: response.status, headers });
  }
  await writeFetchResponse(response, outgoing, !isHead);
}

/** The test API, and the pages of a test portal exactly as the embedded portal serves them: no phone bar. */
async function answerTest(incoming: IncomingMessage, outgoing: ServerResponse, testPortals: TestPortals, baseUrl: string, maxBodyBytes: number): Promise<void> {
  const request = await toFetchRequest(incoming, baseUrl, {}, maxBodyBytes);
  const api = await testPortals.answer(request);
  if (api) return writeFetchResponse(api, outgoing);
  const id = request.headers.get(TEST_PORTAL_HEADER) ?? '';
  const portal = testPortals.get(id);
  const response = portal
    ? ((await getResponse(portal.handlers, request, { baseUrl })) ?? new Response('No handler answered this address.', { status: 404 }))
    : Response.json({ error: testPortals.whyGone(id) }, { status: 404 });
  await writeFetchResponse(response, outgoing, incoming.method !== 'HEAD');
}

async function main(): Promise<void> {
  let port: number;
  try {
    const args = parseServerArgs(process.argv.slice(2));
    if (args.help) {
      console.log(usage);
      return;
    }
    port = args.port;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`portal: ${error.message}\n${usage}`);
    process.exit(2);
  }

  let revision: PortalRevision;
  try {
    revision = portalRevisionFromEnv();
  } catch (error) {
    console.error(`portal: ${(error as Error).message}`);
    process.exit(2);
  }
  const portal = createPortal({ lines: demoLines, revision });
  let server: PortalServer;
  try {
    server = await startPortalServer({ port, portal });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'EADDRINUSE'
        ? `port ${port} on ${host} is already in use. Stop whatever is using it, or choose another port: npm run portal -- --port ${port + 1}`
        : `could not listen on ${host}:${port}: ${(error as Error).message}`;
    console.error(`portal: ${why}`);
    process.exit(1);
  }

  console.log(`Mocked docomo portal: ${server.url}/ (revision ${revision.name}: ${revision.summary})`);
  console.log(`Choose the phone's network and line at ${server.url}${PHONE_CONTROL_PATH} (default: sp-mode, the first line).`);
  for (const line of demoLines) {
    const id = line.docomoId ? `docomo ID ${line.docomoId.userId} / password ${line.docomoId.password}` : 'no docomo ID';
    console.log(`  line ${line.phoneNumber}: network PIN ${line.networkPin}, ${id}`);
  }
  console.log('Press Ctrl+C to stop.');
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (require.main === module) {
  main().catch((error: Error) => {
    console.error(`portal: ${error.stack ?? error.message}`);
    process.exit(1);
  });
}
