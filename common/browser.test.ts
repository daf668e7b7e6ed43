import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright';
import { listenForStun, tryPeerConnection } from '../mocks/testing/loopback-listeners';
import { BrowserNotFoundError, chromiumArgs, chromiumExecutable, launchChromium } from './browser';

const only =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path);

test('CHROMIUM_PATH wins over every other browser', () => {
  const path = chromiumExecutable({ CHROMIUM_PATH: '/opt/chrome' }, only('/opt/chrome', '/usr/bin/chromium', '/pw/chrome'), '/pw/chrome');
  assert.equal(path, '/opt/chrome');
});

test('a CHROMIUM_PATH that does not exist is named in the error', () => {
  assert.throws(
    () => chromiumExecutable({ CHROMIUM_PATH: '/nowhere/chrome' }, only('/usr/bin/chromium'), '/pw/chrome'),
    (error: Error) => error instanceof BrowserNotFoundError && error.message.includes('CHROMIUM_PATH=/nowhere/chrome does not exist'),
  );
});

test("Playwright's own Chromium is used when it was downloaded", () => {
  assert.equal(chromiumExecutable({}, only('/pw/chrome', '/usr/bin/chromium'), '/pw/chrome'), undefined);
});

test("the system's Chromium is used when Playwright has none", () => {
  assert.equal(chromiumExecutable({}, only('/usr/bin/chromium'), '/pw/chrome'), '/usr/bin/chromium');
});

test('with no browser at all, the error says what to install', () => {
  assert.throws(
    () => chromiumExecutable({}, only(), '/pw/chrome'),
    (error: Error) => error.message.includes('apt-get install chromium') && error.message.includes('CHROMIUM_PATH'),
  );
});

test('the sandbox is turned off only for root', () => {
  assert.ok(chromiumArgs(true).includes('--no-sandbox'));
  assert.ok(!chromiumArgs(false).includes('--no-sandbox'));
});

test('the launched Chromium sends no STUN packet, even from a page whose RTCPeerConnection nothing refuses', async () => {
  const stun = await listenForStun();
  const browser = await launchChromium({});
  try {
    const page = await browser.newPage();
    await page.setContent('<p>no routing, no init script</p>');
    assert.equal(await tryPeerConnection(page, stun), 'gathered');
    assert.equal(stun.packets, 0);
  } finally {
    await browser.close();
    await stun.close();
  }
});

test('PLAYWRIGHT_WS_ENDPOINT connects to a browser served elsewhere', async () => {
  const server = await chromium.launchServer({ executablePath: chromiumExecutable(), args: chromiumArgs(), host: '127.0.0.1' });
  try {
    const browser = await launchChromium({ PLAYWRIGHT_WS_ENDPOINT: server.wsEndpoint() });
    const page = await browser.newPage();
    await page.setContent('<p>remote</p>');
    assert.equal(await page.textContent('p'), 'remote');
    await browser.close();
  } finally {
    await server.close();
  }
});

test('a PLAYWRIGHT_WS_ENDPOINT that does not answer is named, with what to do', async () => {
  await assert.rejects(
    launchChromium({ PLAYWRIGHT_WS_ENDPOINT: 'ws://127.0.0.1:1/nobody' }),
    (error: Error) =>
      error instanceof BrowserNotFoundError && /PLAYWRIGHT_WS_ENDPOINT=ws:\/\/127\.0\.0\.1:1\/nobody/.test(error.message) && /run-server/.test(error.message),
  );
});
