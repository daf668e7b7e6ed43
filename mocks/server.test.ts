import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { http } from 'msw';
import { createPortal } from './portal';
import { startPortalServer, type PortalServer } from './server';
import { HttpVisitor } from './testing/http-visitor';

const hanako = { phoneNumber: '09012345678', networkPin: '4821', docomoId: { userId: 'hanako2013', password: 'Sakura2013' } };

describe('the standalone portal server', () => {
  let server: PortalServer;
  before(async () => {
    server = await startPortalServer({ port: 0, portal: createPortal({ lines: [hanako] }) });
  });
  after(() => server.close());

  it('listens on 127.0.0.1 and serves the top page as UTF-8 HTML with the phone bar outside <main>', async () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${server.url}/`);
    const body = await response.text();
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.match(body, /<body><div role="complementary" aria-label="模擬端末"[^>]*>.*spモード ・ 09012345678.*<\/div><header/);
    assert.match(body, /<main><h1>dメニュー<\/h1>/);
  });

  it('lets the first line on sp-mode verify its docomo ID, carrying the session cookie', async () => {
    const phone = new HttpVisitor(server.url);
    const posted = await phone.post('/support/docomo-id/verify/', { networkPin: '4821' });
    assert.equal(posted.status, 303);
    assert.equal(posted.headers.get('location'), '/support/docomo-id/verify/result');
    assert.match(posted.headers.getSetCookie()[0], /^sid=/);
    const page = await phone.get('/support/docomo-id/verify/result');
    assert.match(page.body, /<dd>hanako2013<\/dd>/);
  });

  it('refuses the docomo ID pages when the phone is switched to Wi-Fi on the control page', async () => {
    const switched = await fetch(`${server.url}/__phone`, {
      method: 'POST',
      body: new URLSearchParams({ network: 'wifi', line: hanako.phoneNumber, back: '/support/docomo-id/' }),
      redirect: 'manual',
    });
    assert.equal(switched.status, 303);
    assert.equal(switched.headers.get('location'), '/support/docomo-id/');
    const phone = switched.headers.getSetCookie()[0].split(';')[0];
    const refused = await fetch(`${server.url}/support/docomo-id/`, { headers: { cookie: phone } });
    assert.equal(refused.status, 403);
    assert.match(await refused.text(), /ご利用いただけません/);
  });

  it('ignores carrier headers sent by the browser itself', async () => {
    const response = await fetch(`${server.url}/support/docomo-id/`, { headers: { cookie: 'phone=wifi%7C09012345678', 'x-carrier-network': 'sp-mode' } });
    assert.equal(response.status, 403);
  });

  it('answers HEAD like GET, without a body', async () => {
    const response = await fetch(`${server.url}/support/`, { method: 'HEAD' });
    assert.equal(response.status, 200);
    assert.equal(await response.text(), '');
  });
});

describe('the standalone server with a portal that sets two cookies at once', () => {
  it('sends every Set-Cookie header, not only the last', async () => {
    const twoCookies = () => {
      const headers = new Headers();
      headers.append('set-cookie', 'a=1; Path=/');
      headers.append('set-cookie', 'b=2; Path=/');
      return new Response('ok', { headers });
    };
    const portal = { ...createPortal(), handlers: [http.get('/two', twoCookies)] };
    const server = await startPortalServer({ port: 0, portal });
    try {
      const response = await fetch(`${server.url}/two`);
      assert.deepEqual(response.headers.getSetCookie(), ['a=1; Path=/', 'b=2; Path=/']);
    } finally {
      await server.close();
    }
  });

  it('says the port is taken when another server holds it', async () => {
    const first = await startPortalServer({ port: 0, portal: createPortal() });
    try {
      const port = Number(new URL(first.url).port);
      await assert.rejects(startPortalServer({ port, portal: createPortal() }), { code: 'EADDRINUSE' });
    } finally {
      await first.close();
    }
  });
});

describe("the standalone server's test API, for a suite run over HTTP (PORTAL_URL)", () => {
  let server: PortalServer;
  before(async () => {
    server = await startPortalServer({ port: 0, portal: createPortal({ lines: [hanako] }) });
  });
  after(() => server.close());

  const api = (path: string, method: string, body?: unknown) =>
    fetch(`${server.url}/__test/portals${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const newTestPortal = async () => (await (await api('', 'POST')).json()) as { id: string; revision: string; settings: { networkPinMaxFailures: number } };
  const asScenario = (id: string, network = 'sp-mode', line = hanako.phoneNumber) => ({
    'x-test-portal': id,
    'x-carrier-network': network,
    'x-carrier-line': line,
  });

  it('gives each caller a fresh portal of the server revision, with its settings', async () => {
    const first = await newTestPortal();
    const second = await newTestPortal();
    assert.notEqual(first.id, second.id);
    assert.equal(first.revision, 'current');
    assert.equal(first.settings.networkPinMaxFailures, 3);
  });

  it("serves a test portal's pages as the embedded portal does: the harness's carrier headers, no phone bar", async () => {
    const { id } = await newTestPortal();
    assert.equal((await api(`/${id}/lines`, 'POST', hanako)).status, 201);
    const menu = await fetch(`${server.url}/support/docomo-id/`, { headers: asScenario(id) });
    assert.equal(menu.status, 200);
    assert.doesNotMatch(await menu.text(), /模擬端末/);
    const overWifi = await fetch(`${server.url}/support/docomo-id/`, { headers: asScenario(id, 'wifi') });
    assert.equal(overWifi.status, 403);
  });

  it('keeps two test portals apart: the same line in each, a lock in one only', async () => {
    const locked = await newTestPortal();
    const other = await newTestPortal();
    for (const { id } of [locked, other]) assert.equal((await api(`/${id}/lines`, 'POST', hanako)).status, 201);
    const attacker = new HttpVisitor(server.url, asScenario(locked.id));
    for (let attempt = 0; attempt < 3; attempt++) await attacker.post('/support/docomo-id/verify/', { networkPin: '0000' });
    const right = (id: string) => new HttpVisitor(server.url, asScenario(id)).post('/support/docomo-id/verify/', { networkPin: hanako.networkPin });
    assert.notEqual((await right(locked.id)).status, 303, 'the locked portal refuses even the right PIN');
    assert.equal((await right(other.id)).status, 303, 'the other portal still takes it');
  });

  it('sets a test portal clock, and refuses a time that is not one', async () => {
    const { id } = await newTestPortal();
    assert.equal((await api(`/${id}/clock`, 'PUT', { time: '2025-12-01T12:30:00Z' })).status, 204);
    const refused = await api(`/${id}/clock`, 'PUT', { time: 'tomorrow' });
    assert.equal(refused.status, 400);
    assert.match(((await refused.json()) as { error: string }).error, /ISO 8601/);
  });

  it('refuses a line the model would not take, saying why', async () => {
    const { id } = await newTestPortal();
    const refused = await api(`/${id}/lines`, 'POST', { phoneNumber: '12345', networkPin: '4821' });
    assert.equal(refused.status, 400);
    assert.match(((await refused.json()) as { error: string }).error, /11 half-width digits/);
    assert.equal((await api(`/${id}/lines`, 'POST', { phoneNumber: hanako.phoneNumber })).status, 400);
  });

  it('forgets a deleted test portal, and says so to a request that names it', async () => {
    const { id } = await newTestPortal();
    assert.equal((await api(`/${id}`, 'DELETE')).status, 204);
    const gone = await fetch(`${server.url}/`, { headers: asScenario(id) });
    assert.equal(gone.status, 404);
    assert.match(((await gone.json()) as { error: string }).error, /No test portal/);
  });
});
