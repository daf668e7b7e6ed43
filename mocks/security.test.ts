import { strict as assert } from 'node:assert';
import { request as httpRequest } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { LINE_HEADER, NETWORK_HEADER } from './carrier';
import { FORM_TOKEN_FIELD } from './http/form-token';
import { createPortal, type Portal } from './portal';
import { portalPaths as paths } from './portal-paths';
import { startPortalServer, type PortalServer } from './server';
import { defaultSettings } from './settings';
import { TestPortals } from './standalone/test-portals';
import { HttpVisitor } from './testing/http-visitor';
import { PortalClient } from './testing/portal-client';

/**
 * An attacker's checklist, tried against the standalone server on 127.0.0.1 (and through the
 * bridge in security-bridge.test.ts): each test is one attack and what the portal must answer.
 */
const hanako = { phoneNumber: '09012345678', networkPin: '4821', docomoId: { userId: 'hanako2013', password: 'Sakura2013' } };
const refusedForm = /<title>お手続きを受け付けできませんでした｜docomo<\/title>/;
const showsPassword = /<dd>Sakura2013<\/dd>/;

let portal: Portal;
let server: PortalServer;
before(async () => {
  portal = createPortal({ lines: [hanako] });
  // Five test portals stand for the 200 a real server holds: the rule is the same, and quick to fill.
  server = await startPortalServer({ port: 0, portal, testPortalCapacity: 5 });
});
after(() => server.close());
const visitor = () => new HttpVisitor(server.url);

describe('CSRF: a post without the page’s form token', () => {
  it('cannot spend network PIN attempts: three forged wrong PINs get the 403 page and leave every try', async () => {
    const forger = visitor();
    for (let attempt = 0; attempt < 3; attempt++) {
      const forged = await forger.postAsIs(paths.docomoIdOperation('verify'), { networkPin: '0000' }, { origin: 'https://evil.example' });
      assert.equal(forged.status, 403);
      assert.match(forged.body, refusedForm);
    }
    assert.equal(portal.model.line(hanako.phoneNumber)?.networkPinTriesLeft, 3);
    assert.equal((await visitor().post(paths.docomoIdOperation('verify'), { networkPin: hanako.networkPin })).status, 303);
  });

  it('cannot save mail settings or reissue the docomo ID, even with the session cookie and a wrong token', async () => {
    const customer = visitor();
    await customer.post(paths.mailSettings, { spModePassword: '0000' });
    const forged = await customer.postAsIs(paths.mailSettingsForm, { spamFilter: 'on', [FORM_TOKEN_FIELD]: 'guessed' });
    assert.equal(forged.status, 403);
    assert.deepEqual(portal.model.mailSettings.of(hanako.phoneNumber), { spamFilter: false });
    await customer.post(paths.docomoIdOperation('issue'), { networkPin: hanako.networkPin });
    assert.equal((await customer.postAsIs(paths.docomoIdIssueConsent, { consent: 'agree' })).status, 403);
    assert.equal(portal.model.docomoIdOf(hanako.phoneNumber)?.userId, 'hanako2013');
  });

  it('cannot change the phone on /__phone from another site', async () => {
    const forged = await visitor().postAsIs('/__phone', { network: 'wifi', line: '', back: '/' }, { origin: 'https://evil.example' });
    assert.equal(forged.status, 403);
    assert.deepEqual(forged.headers.getSetCookie(), []);
  });
});

describe('session fixation: an id planted before a privilege change reads nothing after it', () => {
  for (const [privilege, start, form, page] of [
    ['the network PIN', paths.docomoIdOperation('verify'), { networkPin: hanako.networkPin }, paths.docomoIdVerifyResult],
    ['a docomo ID login', paths.login, { userId: 'hanako2013', password: 'Sakura2013' }, paths.loggedIn],
  ] as const) {
    it(`renews the id at ${privilege}`, async () => {
      const attacker = visitor();
      await attacker.get(start);
      const victim = visitor();
      victim.cookies.set('sid', attacker.cookies.get('sid') ?? '');
      assert.equal((await victim.post(start, form)).status, 303);
      assert.notEqual(victim.cookies.get('sid'), attacker.cookies.get('sid'));
      assert.equal((await victim.get(page)).status, 200);
      const planted = await attacker.get(page);
      assert.equal(planted.status, 303, 'the planted id is sent to the start again');
      assert.equal(planted.headers.get('location'), start);
    });
  }
});

describe('the network PIN proof expires', () => {
  const proven = async () => {
    const customer = visitor();
    await customer.post(paths.docomoIdOperation('verify'), { networkPin: hanako.networkPin });
    assert.match((await customer.get(paths.docomoIdVerifyResult)).body, showsPassword);
    return customer;
  };

  it('when the PIN is changed', async () => {
    const customer = await proven();
    assert.equal((await customer.post(paths.networkPinChange, { currentPin: '4821', newPin: '7395', newPinConfirmation: '7395' })).status, 303);
    assert.equal((await customer.get(paths.docomoIdVerifyResult)).status, 303);
    assert.equal(
      (await customer.post(paths.networkPinChange, { currentPin: '7395', newPin: '4821', newPinConfirmation: '4821' })).status,
      303,
      'the PIN is put back',
    );
  });

  it('when the PIN locks', async () => {
    const lockedPortal = createPortal({ lines: [hanako] });
    const customer = new PortalClient(lockedPortal, { network: 'sp-mode', line: hanako.phoneNumber });
    await customer.post(paths.docomoIdOperation('verify'), { networkPin: hanako.networkPin });
    for (let attempt = 0; attempt < 3; attempt++) await customer.post(paths.docomoIdOperation('issue'), { networkPin: '0000' });
    assert.equal((await customer.get(paths.docomoIdVerifyResult)).status, 303);
  });

  it(`after ${defaultSettings.networkPinProofIdleMinutes} idle minutes on the portal's clock, and not before`, async () => {
    portal.clock.setTime(new Date('2025-12-01T12:00:00Z'));
    const customer = await proven();
    const minutes = portal.settings.networkPinProofIdleMinutes;
    portal.clock.setTime(new Date(Date.parse('2025-12-01T12:00:00Z') + (minutes - 1) * 60_000));
    assert.match((await customer.get(paths.docomoIdVerifyResult)).body, showsPassword, 'still within the idle time');
    portal.clock.setTime(new Date(Date.parse('2025-12-01T12:00:00Z') + 2 * minutes * 60_000));
    assert.equal((await customer.get(paths.docomoIdVerifyResult)).status, 303);
    portal.clock.useRealTime();
  });
});

describe('open redirect: /__phone goes back only to a path on this server', () => {
  for (const back of ['/\\evil.example', '/\t/evil.example', '//evil.example', 'https://evil.example', '/.//evil.example', 'javascript:alert(1)']) {
    it(`refuses ${JSON.stringify(back)}`, async () => {
      const answer = await visitor().postAsIs('/__phone', { network: 'sp-mode', line: hanako.phoneNumber, back });
      assert.equal(answer.status, 303);
      const location = answer.headers.get('location') ?? '';
      assert.equal(new URL(location, server.url).origin, server.url, `${location} leaves the server`);
      assert.ok(!location.startsWith('//'), location);
      const page = await visitor().get(`/__phone?back=${encodeURIComponent(back)}`);
      assert.match(page.body, /<a href="\/">戻る \/ Back<\/a>/);
    });
  }

  it('keeps a path on this server, with its query', async () => {
    const answer = await visitor().postAsIs('/__phone', { network: 'wifi', line: hanako.phoneNumber, back: '/support/?a=1' });
    assert.equal(answer.headers.get('location'), '/support/?a=1');
  });
});

describe('what the server itself answers', () => {
  for (const cookie of ['phone=%E3%81%82', 'phone=sp-mode%7C090%0A1234', 'phone=wifi%7C%01']) {
    it(`ignores and clears a malformed phone cookie (${cookie}) instead of answering 500`, async () => {
      for (const path of ['/', '/__phone', paths.docomoIdMenu]) {
        const answer = await fetch(`${server.url}${path}`, { headers: { cookie } });
        assert.equal(answer.status, 200, path);
        assert.match(answer.headers.getSetCookie().join('\n'), /phone=; Path=\/; Max-Age=0/);
      }
    });
  }

  it('answers TRACE and other unknown methods with 405', async () => {
    for (const method of ['TRACE', 'PROPFIND']) {
      const status = await new Promise<number>((resolve, reject) => {
        const sent = httpRequest(`${server.url}/`, { method }, (answer) => {
          answer.resume();
          resolve(answer.statusCode ?? 0);
        });
        sent.on('error', reject).end();
      });
      assert.equal(status, 405, method);
    }
  });

  // Before the cap, the server waited for all 64 MiB: the timeout turns that wait into a failure.
  it('refuses a body over the cap with 413 before it is sent whole', { timeout: 10_000 }, async () => {
    const declared = 64 * 1024 * 1024;
    const status = await new Promise<number>((resolve, reject) => {
      const sent = httpRequest(`${server.url}${paths.login}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': declared },
      });
      sent.on('response', (answer) => {
        resolve(answer.statusCode ?? 0);
        sent.destroy();
      });
      sent.on('error', reject);
      sent.write('userId=' + 'a'.repeat(1024)); // 1 KiB of the declared 64 MiB: the answer comes anyway
    });
    assert.equal(status, 413);
    assert.equal((await visitor().postAsIs(paths.login, { userId: 'a'.repeat(portal.settings.formBodyMaxBytes) })).status, 413);
  });
});

describe('test portals: many new ones do not evict one in use', () => {
  it('keeps a live portal when the server is full of new ones, and says why the next cannot be made', async () => {
    const api = (path: string, init: RequestInit = {}) => fetch(`${server.url}/__test/portals${path}`, init);
    const { id } = (await (await api('', { method: 'POST' })).json()) as { id: string };
    await api(`/${id}/lines`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(hanako) });
    const statuses = await Promise.all(Array.from({ length: 5 }, () => api('', { method: 'POST' }).then((answer) => answer.status)));
    assert.deepEqual(statuses.sort(), [201, 201, 201, 201, 503], 'one portal past the capacity is refused while every one is in use');
    const page = await fetch(`${server.url}${paths.docomoIdMenu}`, {
      headers: { 'x-test-portal': id, [NETWORK_HEADER]: 'sp-mode', [LINE_HEADER]: hanako.phoneNumber },
    });
    assert.equal(page.status, 200);
  });

  it('evicts only idle ones, and a request for an evicted one says so', async () => {
    let now = 0;
    const portals = new TestPortals(portal.revision, { capacity: 5, now: () => now });
    const create = async () => ((await (await portals.answer(new Request('http://x/__test/portals', { method: 'POST' })))!.json()) as { id: string }).id;
    const ids = [];
    for (let count = 0; count < 5; count++) ids.push(await create());
    now += 11 * 60_000;
    portals.get(ids[1]);
    await create();
    assert.ok(portals.get(ids[1]), 'the one used a moment ago stays');
    assert.equal(portals.get(ids[0]), undefined);
    assert.match(portals.whyGone(ids[0]), /unused for more than 10 minutes and was evicted/);
  });
});
