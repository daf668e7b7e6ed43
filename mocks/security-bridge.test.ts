import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright';
import { launchChromium } from '../common/browser';
import { routeContextToHandlers } from './bridge';
import { LINE_HEADER, NETWORK_HEADER } from './carrier';
import { createPortal, PORTAL_ORIGIN } from './portal';
import { portalPaths as paths } from './portal-paths';
import { PortalClient } from './testing/portal-client';

/** The checklist's CSRF and fixation items (security.test.ts) as the spec's browser meets them. */
const hanako = { phoneNumber: '09012345678', networkPin: '4821', docomoId: { userId: 'hanako2013', password: 'Sakura2013' } };

describe('through the bridge, as the spec’s browser', () => {
  let browser: Browser;
  before(async () => {
    browser = await launchChromium();
  });
  after(() => browser.close());

  it('takes the real form, refuses a same-page fetch without the token, and renews a planted session id', async () => {
    const bridged = createPortal({ lines: [hanako] });
    const attacker = new PortalClient(bridged, { network: 'sp-mode', line: hanako.phoneNumber });
    await attacker.get(paths.docomoIdOperation('verify'));
    const context = await browser.newContext();
    await context.addCookies([{ name: 'sid', value: attacker.cookie('sid') ?? '', url: PORTAL_ORIGIN }]);
    await routeContextToHandlers(context, {
      origin: PORTAL_ORIGIN,
      handlers: bridged.handlers,
      carrierHeaders: () => ({ [NETWORK_HEADER]: 'sp-mode', [LINE_HEADER]: hanako.phoneNumber }),
      onBlocked: () => undefined,
    });
    const tab = await context.newPage();
    await tab.goto(`${PORTAL_ORIGIN}${paths.docomoIdOperation('verify')}`);
    const forged = await tab.evaluate(
      (path) => fetch(path, { method: 'POST', body: new URLSearchParams({ networkPin: '0000' }) }).then((answer) => answer.status),
      paths.docomoIdOperation('verify'),
    );
    assert.equal(forged, 403);
    assert.equal(bridged.model.line(hanako.phoneNumber)?.networkPinTriesLeft, 3);
    await tab.getByLabel('ネットワーク暗証番号').fill(hanako.networkPin);
    await tab.getByRole('button', { name: '次へ' }).click();
    await tab.getByText('Sakura2013').waitFor();
    assert.equal((await attacker.get(paths.docomoIdVerifyResult)).status, 303, 'the planted id reads nothing');
    await context.close();
  });
});
