import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { http, HttpResponse } from 'msw';
import type { Browser, BrowserContext } from 'playwright';
import { launchChromium } from '../common/browser';
import { routeContextToHandlers } from './bridge';
import { listenForStun, listenForTcp, tryPeerConnection, tryWebSocket } from './testing/loopback-listeners';

const origin = 'https://portal.test';
const page = (body: string, init: ResponseInit = {}) =>
  new HttpResponse(`<!doctype html><meta charset="utf-8"><main>${body}</main>`, {
    ...init,
    headers: { 'content-type': 'text/html; charset=utf-8', ...(init.headers as Record<string, string>) },
  });

const handlers = [
  http.get('/two-cookies', () => {
    const headers = new Headers({ 'content-type': 'text/html; charset=utf-8' });
    headers.append('set-cookie', 'first=1; Path=/');
    headers.append('set-cookie', 'second=2; Path=/');
    return new HttpResponse('<p>set</p>', { headers });
  }),
  http.get('/echo-cookies', ({ request }) => page(`<p id="cookies">${request.headers.get('cookie') ?? ''}</p>`)),
  http.get('/form', () => page('<form method="post" action="/submit"><button>送信</button></form>')),
  http.post('/submit', () => new HttpResponse(null, { status: 303, headers: { location: '/done', 'set-cookie': 'sid=abc; Path=/' } })),
  http.get('/done', ({ request }) => page(`<h1>完了</h1><p id="cookies">${request.headers.get('cookie') ?? ''}</p>`)),
  http.get('/api/old', () => new HttpResponse(null, { status: 302, headers: { location: '/api/new' } })),
  http.get('/api/new', () => HttpResponse.json({ moved: true })),
  http.get('/external-image', () => page('<img src="https://tracker.example/pixel.png" alt="">')),
  http.get('/socket-worker.js', ({ request }) => {
    const port = new URL(request.url).searchParams.get('port');
    const script = `const socket = new WebSocket('ws://127.0.0.1:${port}/from-worker');
socket.onopen = () => postMessage('open');
socket.onclose = (event) => postMessage('close ' + event.code);`;
    return new HttpResponse(script, { headers: { 'content-type': 'text/javascript' } });
  }),
  http.get('/carrier', ({ request }) => page(`<p id="network">${request.headers.get('x-network')}</p>`)),
];

let browser: Browser;
before(async () => {
  browser = await launchChromium();
});
after(async () => {
  await browser.close();
});

async function bridgedContext(blocked: string[] = [], network = () => 'sp-mode'): Promise<BrowserContext> {
  const context = await browser.newContext();
  await routeContextToHandlers(context, {
    origin,
    handlers,
    carrierHeaders: () => ({ 'x-network': network() }),
    onBlocked: (method, url) => blocked.push(`${method} ${url}`),
  });
  return context;
}

test('every Set-Cookie of one response reaches the browser', async () => {
  const context = await bridgedContext();
  const tab = await context.newPage();
  await tab.goto(`${origin}/two-cookies`);
  const names = (await context.cookies()).map((cookie) => cookie.name).sort();
  assert.deepEqual(names, ['first', 'second']);
  await tab.goto(`${origin}/echo-cookies`);
  assert.match(await tab.locator('#cookies').innerText(), /first=1.*second=2|second=2.*first=1/);
  await context.close();
});

test("a form post's redirect is followed through the mock, with the cookie it set", async () => {
  const context = await bridgedContext();
  const tab = await context.newPage();
  await tab.goto(`${origin}/form`);
  await tab.getByRole('button', { name: '送信' }).click();
  await tab.getByRole('heading', { name: '完了' }).waitFor();
  assert.equal(new URL(tab.url()).pathname, '/done');
  assert.equal(await tab.locator('#cookies').innerText(), 'sid=abc');
  await tab.reload();
  await tab.getByRole('heading', { name: '完了' }).waitFor();
  assert.equal(new URL(tab.url()).pathname, '/done', 'a reload asks for the redirect target, not the post again');
  await context.close();
});

test("a fetch's redirect is followed to the final answer", async () => {
  const context = await bridgedContext();
  const tab = await context.newPage();
  await tab.goto(`${origin}/form`);
  const answer = await tab.evaluate(() => fetch('/api/old').then((response) => response.json()));
  assert.deepEqual(answer, { moved: true });
  await context.close();
});

test('a request to another origin is aborted and reported, never answered', async () => {
  const blocked: string[] = [];
  const context = await bridgedContext(blocked);
  const tab = await context.newPage();
  const failed = new Promise<string>((resolve) => tab.on('requestfailed', (request) => resolve(request.url())));
  await tab.goto(`${origin}/external-image`);
  assert.equal(await failed, 'https://tracker.example/pixel.png');
  assert.deepEqual(blocked, ['GET https://tracker.example/pixel.png']);
  await context.close();
});

test('a path no handler answers is aborted too', async () => {
  const blocked: string[] = [];
  const context = await bridgedContext(blocked);
  const tab = await context.newPage();
  await assert.rejects(tab.goto(`${origin}/nothing-here`));
  assert.deepEqual(blocked, [`GET ${origin}/nothing-here`]);
  await context.close();
});

test('a WebSocket is closed before it opens, and reported', async () => {
  const blocked: string[] = [];
  const listener = await listenForTcp();
  const url = `ws://127.0.0.1:${listener.port}/updates`;
  const context = await bridgedContext(blocked);
  try {
    const tab = await context.newPage();
    await tab.goto(`${origin}/form`);
    assert.deepEqual(await tryWebSocket(tab, url), ['close 1008']);
    assert.equal(listener.connections, 0);
    assert.deepEqual(blocked, [`WEBSOCKET ${url}`]);
  } finally {
    await context.close();
    listener.close();
  }
});

test("a worker is refused and reported: the WebSocket it would open is out of the route's reach", async () => {
  const blocked: string[] = [];
  const listener = await listenForTcp();
  const context = await bridgedContext(blocked);
  try {
    const tab = await context.newPage();
    await tab.goto(`${origin}/form`);
    const outcome = await tab.evaluate(
      (port) =>
        new Promise<string>((resolve) => {
          try {
            const worker = new Worker(`/socket-worker.js?port=${port}`);
            worker.onmessage = (event) => resolve(`worker: ${event.data}`);
          } catch (error) {
            resolve((error as Error).name);
          }
        }),
      listener.port,
    );
    assert.equal(outcome, 'NotAllowedError');
    assert.equal(listener.connections, 0);
    assert.deepEqual(blocked, [`WORKER ${origin}/socket-worker.js?port=${listener.port}`]);
  } finally {
    await context.close();
    listener.close();
  }
});

test('an RTCPeerConnection is refused and reported; its STUN server on this machine hears nothing', async () => {
  const blocked: string[] = [];
  const stun = await listenForStun();
  const context = await bridgedContext(blocked);
  try {
    const tab = await context.newPage();
    await tab.goto(`${origin}/form`);
    assert.equal(await tryPeerConnection(tab, stun), 'NotAllowedError');
    assert.equal(stun.packets, 0);
    assert.deepEqual(blocked, [`RTCPeerConnection ${stun.url}`]);
  } finally {
    await context.close();
    await stun.close();
  }
});

test('the carrier headers are read on every request', async () => {
  let network = 'wifi';
  const context = await bridgedContext([], () => network);
  const tab = await context.newPage();
  await tab.goto(`${origin}/carrier`);
  assert.equal(await tab.locator('#network').innerText(), 'wifi');
  network = 'sp-mode';
  await tab.reload();
  assert.equal(await tab.locator('#network').innerText(), 'sp-mode');
  await context.close();
});

test('two contexts do not share cookies', async () => {
  const first = await bridgedContext();
  await (await first.newPage()).goto(`${origin}/two-cookies`);
  const second = await bridgedContext();
  const tab = await second.newPage();
  await tab.goto(`${origin}/echo-cookies`);
  assert.equal(await tab.locator('#cookies').innerText(), '');
  await first.close();
  await second.close();
});
