import { Given, Then, When } from '@cucumber/cucumber';
import { expect } from '@playwright/test';
import { DeleteDocomoIdPage } from './pages/delete-docomo-id-page';
import { DocomoIdConsentPage } from './pages/docomo-id-consent-page';
import { DocomoIdDetails } from './pages/docomo-id-details';
import { DocomoIdJourney } from './pages/docomo-id-journey';
import { DocomoIdMenuPage, type DocomoIdOperation } from './pages/docomo-id-menu-page';
import { DocomoIdPage } from './pages/docomo-id-page';
import { screenLabelFor } from './pages/find-screen-label';
import { NoDocomoIdPage } from './pages/no-docomo-id-page';
import { PortalMessage } from './pages/portal-message';
import { screenLabels } from './pages/screen-label';
import { docomoIdOf, noteNewDocomoId } from './support/docomo-id-notes';
import type { PortalWorld } from './support/world';

When('she chooses to {operation} her docomo ID', async function (this: PortalWorld, operation: DocomoIdOperation) {
  await new DocomoIdMenuPage(this.page).choose(operation);
});

When('she verifies her docomo ID', async function (this: PortalWorld) {
  await new DocomoIdJourney(this.page, this.origin).startWithNetworkPin('verify', this.customer.networkPin);
});

Then('she sees her docomo ID and its password', async function (this: PortalWorld) {
  const shown = new DocomoIdPage(this.page);
  const { userId, password } = docomoIdOf(this);
  await expect(shown.heading).toBeVisible();
  await expect(shown.valueOf(screenLabels.docomoId)).toHaveText(userId);
  await expect(shown.valueOf(screenLabels.password)).toHaveText(password);
});

Then('the page says her docomo ID is locked and that a new password unlocks it', async function (this: PortalWorld) {
  await expect(new DocomoIdPage(this.page).lockedNotice).toBeVisible();
});

Then('she is told her line has no docomo ID yet', async function (this: PortalWorld) {
  await expect(new NoDocomoIdPage(this.page).notice).toBeVisible();
});

Then('she is offered {string} to create one', async function (this: PortalWorld, link: string) {
  expect(screenLabelFor(link), 'the way to create a docomo ID').toBe(screenLabels.create);
  await expect(new NoDocomoIdPage(this.page).issueLink).toBeVisible();
});

// 発行 (create or reissue)

When('she agrees to the terms', async function (this: PortalWorld) {
  await new DocomoIdConsentPage(this.page).agree();
});

Given('she has created her docomo ID', async function (this: PortalWorld) {
  await new DocomoIdJourney(this.page, this.origin).startWithNetworkPin('create', this.customer.networkPin);
  await new DocomoIdConsentPage(this.page).agree();
  noteNewDocomoId(this, await new DocomoIdDetails(this.page).read());
});

Then('she is asked to agree to the terms', async function (this: PortalWorld) {
  const consent = new DocomoIdConsentPage(this.page);
  await expect(consent.terms).toBeVisible();
  await expect(consent.agreeButton).toBeVisible();
});

Then('she is warned that her current docomo ID and password will stop working', async function (this: PortalWorld) {
  await expect(new DocomoIdConsentPage(this.page).reissueWarning).toBeVisible();
});

/** Checks the page that shows the issued docomo ID; she then writes it down (the steps after it log in with it). */
Then('she is shown her new docomo ID and its password', async function (this: PortalWorld) {
  const shown = new DocomoIdDetails(this.page);
  await expect(new PortalMessage(this.page).heading(screenLabels.docomoIdIssued)).toBeVisible();
  await expect(shown.valueOf(screenLabels.docomoId)).toHaveText(/^\S{6,}$/);
  await expect(shown.valueOf(screenLabels.password)).toHaveText(/^\S{6,}$/);
  noteNewDocomoId(this, await shown.read());
});

Then('she is shown a new docomo ID and a new password, both different from her old ones', async function (this: PortalWorld) {
  const shown = new DocomoIdDetails(this.page);
  await expect(new PortalMessage(this.page).heading(screenLabels.docomoIdIssued)).toBeVisible();
  await expect(shown.valueOf(screenLabels.docomoId)).not.toHaveText(docomoIdOf(this).userId);
  await expect(shown.valueOf(screenLabels.password)).not.toHaveText(docomoIdOf(this).password);
  noteNewDocomoId(this, await shown.read());
});

// 削除 (delete)

Then('she is asked to confirm deleting her docomo ID', async function (this: PortalWorld) {
  const confirmation = new DeleteDocomoIdPage(this.page);
  await expect(new PortalMessage(this.page).heading(screenLabels.docomoIdDeletePage)).toBeVisible();
  await expect(confirmation.userIdToDelete).toHaveText(docomoIdOf(this).userId);
  await expect(confirmation.confirmButton).toBeVisible();
});

When('she confirms the deletion', async function (this: PortalWorld) {
  await new DeleteDocomoIdPage(this.page).confirm();
});

When('she decides not to delete it', async function (this: PortalWorld) {
  await new DeleteDocomoIdPage(this.page).keep();
});

Given('she has deleted her docomo ID', async function (this: PortalWorld) {
  await new DocomoIdJourney(this.page, this.origin).startWithNetworkPin('delete', this.customer.networkPin);
  await new DeleteDocomoIdPage(this.page).confirm();
});

Then('she is told her docomo ID has been deleted', async function (this: PortalWorld) {
  await expect(new PortalMessage(this.page).heading(screenLabels.docomoIdDeleted)).toBeVisible();
});
