import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPortal } from './portal';
import { portalRevisionFromEnv } from './revisions';
import { PortalClient } from './testing/portal-client';

test('without PORTAL_REVISION the portal is the current one', () => {
  assert.equal(portalRevisionFromEnv({}).name, 'current');
});

test('an unknown revision is refused with the known ones', () => {
  assert.throws(() => portalRevisionFromEnv({ PORTAL_REVISION: 'next' }), /PORTAL_REVISION=next is not a portal revision\. Use one of: current, redesign/);
});

test("the redesign's rule change reaches the portal's settings", () => {
  assert.equal(createPortal({ revision: portalRevisionFromEnv({ PORTAL_REVISION: 'redesign' }) }).settings.passwordMinLength, 10);
  assert.equal(createPortal().settings.passwordMinLength, 8);
});

test('the redesign retitles the login page', async () => {
  const page = async (portal: ReturnType<typeof createPortal>) => (await new PortalClient(portal).get('/login/')).body;
  assert.match(await page(createPortal()), /<h1>docomo IDでログイン<\/h1>/);
  assert.match(await page(createPortal({ revision: portalRevisionFromEnv({ PORTAL_REVISION: 'redesign' }) })), /<h1>dアカウントでログイン<\/h1>/);
});

test('the redesign deletes a docomo ID only after a final confirmation', async () => {
  const redesign = createPortal({
    revision: portalRevisionFromEnv({ PORTAL_REVISION: 'redesign' }),
    lines: [{ phoneNumber: '09012345678', networkPin: '4739', docomoId: { userId: 'hanako2024', password: 'Sakura2024x' } }],
  });
  const phone = new PortalClient(redesign, { network: 'sp-mode', line: '09012345678' });
  await phone.post('/support/docomo-id/delete/', { networkPin: '4739' });
  const first = await phone.post('/support/docomo-id/delete/confirm', { confirm: 'delete' });
  assert.match(first.body, /削除の最終確認/);
  assert.ok(redesign.model.docomoIds.of('09012345678'), 'still there after the first 削除する');
  await phone.post('/support/docomo-id/delete/confirm', { confirm: 'final' });
  assert.equal(redesign.model.docomoIds.of('09012345678'), undefined);
});
