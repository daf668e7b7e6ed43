import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright';
import { createPortal } from '../../mocks/portal';
import { startPortalServer, type PortalServer } from '../../mocks/server';
import { launchChromium } from './browser';
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

  it('names a portal that does not answer, and what to do', async () => {
    await assert.rejects(connectPortal({ PORTAL_URL: 'http://127.0.0.1:1' }), /does not answer .*npm run portal/);
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
