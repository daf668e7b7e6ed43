import { createServer, type Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright';
import { createPortal } from '../../mocks/portal';
import { startPortalServer, type PortalServer } from '../../mocks/server';
import { TEST_API_PATH } from '../../mocks/standalone/test-portals';
import { listenForStun, tryPeerConnection, tryWebSocket } from '../../mocks/testing/loopback-listeners';
import { launchChromium } from '../../common/browser';
import { connectPortal, portalOrigin, type PortalConnection } from './portal-connection';

describe('a portal at PORTAL_URL, reached by a real browser over HTTP', () => {
  let server: PortalServer;
  let browser: Browser;
  before(async () => {
    server = await startPortalServer({ port: 0, portal: createPortal() });
    browser = await launchChromium();
  });
  after(async () => {
    await browser.close();
    await server.close();
  });

  /** A phone on its own test portal, with the carrier's headers read from `network` on every request. */
  async function phoneOn(portal: PortalConnection, network: { name: string }) {
    const blocked: string[] = [];
    const context = await browser.newContext({ locale: 'ja-JP' });
    await portal.route(context, {
      carrierHeaders: () => ({ 'x-carrier-network': network.name, 'x-carrier-line': '09012345678' }),
      onBlocked: (method, url) => blocked.push(`${method} ${url}`),
    });
    return { page: await context.newPage(), blocked, close: () => context.close() };
  }

  it('verifies a docomo ID through a form post and its redirect, on the line the scenario provisioned', async () => {
    const portal = await connectPortal({ PORTAL_URL: server.url });
    await portal.addLine({ phoneNumber: '09012345678', networkPin: '4821', docomoId: { userId: 'hanako2013', password: 'Sakura2013' } });
    const phone = await phoneOn(portal, { name: 'sp-mode' });
    try {
      await phone.page.goto(`${portal.origin}/support/docomo-id/verify/`);
      await phone.page.getByLabel('ネットワーク暗証番号').fill('4821');
      await phone.page.getByRole('button', { name: '次へ' }).click();
      await phone.page.waitForURL('**/verify/result');
      assert.match(await phone.page.locator('main').innerText(), /hanako2013/);
      assert.deepEqual(phone.blocked, []);
    } finally {
      await phone.close();
      await portal.close();
    }
  });

  it('passes the network as the carrier would: Wi-Fi is refused', async () => {
    const portal = await connectPortal({ PORTAL_URL: server.url });
    await portal.addLine({ phoneNumber: '09012345678', networkPin: '4821' });
    const phone = await phoneOn(portal, { name: 'wifi' });
    try {
      const response = await phone.page.goto(`${portal.origin}/support/docomo-id/`);
      assert.equal(response?.status(), 403);
    } finally {
      await phone.close();
      await portal.close();
    }
  });

  it('aborts any address that is not the portal, and says so', async () => {
    const portal = await connectPortal({ PORTAL_URL: server.url });
    const phone = await phoneOn(portal, { name: 'sp-mode' });
    try {
      await assert.rejects(phone.page.goto('http://127.0.0.1:1/elsewhere'));
      assert.deepEqual(phone.blocked, ['GET http://127.0.0.1:1/elsewhere']);
    } finally {
      await phone.close();
      await portal.close();
    }
  });

  it('closes a WebSocket before it opens, even to the portal, and says so', async () => {
    const portal = await connectPortal({ PORTAL_URL: server.url });
    const phone = await phoneOn(portal, { name: 'sp-mode' });
    const socketUrl = `${portal.origin.replace('http', 'ws')}/updates`;
    try {
      await phone.page.goto(`${portal.origin}/`);
      assert.deepEqual(await tryWebSocket(phone.page, socketUrl), ['close 1008']);
      assert.deepEqual(phone.blocked, [`WEBSOCKET ${socketUrl}`]);
    } finally {
      await phone.close();
      await portal.close();
    }
  });

  it('refuses an RTCPeerConnection, and its STUN server on this machine hears nothing', async () => {
    const portal = await connectPortal({ PORTAL_URL: server.url });
    const phone = await phoneOn(portal, { name: 'sp-mode' });
    const stun = await listenForStun();
    try {
      await phone.page.goto(`${portal.origin}/`);
      assert.equal(await tryPeerConnection(phone.page, stun), 'NotAllowedError');
      assert.equal(stun.packets, 0);
      assert.deepEqual(phone.blocked, [`RTCPeerConnection ${stun.url}`]);
    } finally {
      await phone.close();
      await portal.close();
      await stun.close();
    }
  });

  it('names a portal that does not answer, and what to do', async () => {
    await assert.rejects(connectPortal({ PORTAL_URL: 'http://127.0.0.1:1' }), /does not answer .*npm run portal/);
  });
});

/** Listens on 127.0.0.1 and answers with `handle`; `paths` lists the requests it got. */
async function listen(handle: (path: string, respond: (status: number, headers?: Record<string, string>, body?: string) => void) => void) {
  const paths: string[] = [];
  const server: Server = createServer((request, response) => {
    paths.push(`${request.method} ${request.url}`);
    handle(request.url ?? '/', (status, headers = {}, body = '') => response.writeHead(status, headers).end(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return { url, paths, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('a portal at PORTAL_URL that redirects elsewhere', () => {
  let browser: Browser;
  let elsewhere: Awaited<ReturnType<typeof listen>>;
  let portalServer: Awaited<ReturnType<typeof listen>>;
  before(async () => {
    browser = await launchChromium();
    elsewhere = await listen((_path, respond) => respond(200, { 'content-type': 'text/html' }, '<p>another origin</p>'));
    // A portal with the test API whose pages redirect: straight off the portal, or first within it.
    portalServer = await listen((path, respond) => {
      if (path === TEST_API_PATH) return respond(201, { 'content-type': 'application/json' }, JSON.stringify({ id: 'one', revision: 'current', settings: {} }));
      if (path.startsWith(TEST_API_PATH)) return respond(204);
      if (path === '/leave') return respond(302, { location: `${elsewhere.url}/landing` });
      if (path === '/first-hop') return respond(303, { location: '/leave' });
      respond(404);
    });
  });
  after(async () => {
    await browser.close();
    await elsewhere.close();
    await portalServer.close();
  });

  async function visit(path: string) {
    const portal = await connectPortal({ PORTAL_URL: portalServer.url });
    const blocked: string[] = [];
    portalServer.paths.length = 0;
    const context = await browser.newContext();
    await portal.route(context, { carrierHeaders: () => ({}), onBlocked: (method, url) => blocked.push(`${method} ${url}`) });
    try {
      await assert.rejects((await context.newPage()).goto(`${portal.origin}${path}`));
      return blocked;
    } finally {
      await context.close();
      await portal.close();
    }
  }

  it('blocks a redirect off the portal at its hop, and says so', async () => {
    assert.deepEqual(await visit('/leave'), [`GET ${elsewhere.url}/landing`]);
    assert.deepEqual(elsewhere.paths, []);
  });

  it('checks every hop: a redirect within the portal that then leaves it is blocked too', async () => {
    assert.deepEqual(await visit('/first-hop'), [`GET ${elsewhere.url}/landing`]);
    assert.deepEqual(elsewhere.paths, []);
    assert.deepEqual(
      portalServer.paths.filter((path) => !path.includes(TEST_API_PATH)),
      ['GET /first-hop', 'GET /leave'],
    );
  });
});

describe('PORTAL_URL', () => {
  it('is reduced to its origin', () => {
    assert.equal(portalOrigin('http://127.0.0.1:4010/some/page'), 'http://127.0.0.1:4010');
  });

  it('that is not an http(s) address is refused with an example', () => {
    assert.throws(() => portalOrigin('127.0.0.1:4010'), /not an http\(s\) address.*PORTAL_URL=http:\/\/127\.0\.0\.1:4010/);
    assert.throws(() => portalOrigin('ftp://example.test'), /not an http\(s\) address/);
  });
});
