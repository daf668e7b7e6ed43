import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { http } from 'msw';
import { createPortal } from './portal';
import { startPortalServer, type PortalServer } from './server';

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
    const posted = await fetch(`${server.url}/support/docomo-id/verify/`, {
      method: 'POST',
      body: new URLSearchParams({ networkPin: '4821' }),
      redirect: 'manual',
    });
    assert.equal(posted.status, 303);
    assert.equal(posted.headers.get('location'), '/support/docomo-id/verify/result');
    const sid = posted.headers.getSetCookie()[0].split(';')[0];
    const page = await (await fetch(`${server.url}/support/docomo-id/verify/result`, { headers: { cookie: sid } })).text();
    assert.match(page, /<dd>hanako2013<\/dd>/);
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
