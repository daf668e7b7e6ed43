import { Given, Then, When } from '@cucumber/cucumber';
import { expect } from '@playwright/test';
import { ChangeDocomoIdPage } from './pages/change-docomo-id-page';
import { DocomoIdDetails } from './pages/docomo-id-details';
import { DocomoIdJourney } from './pages/docomo-id-journey';
import { labelWithLimits } from './pages/label-with-limits';
import { PortalMessage } from './pages/portal-message';
import { screenLabels, type ScreenLabel } from './pages/screen-label';
import { docomoIdOf, noteNewDocomoId } from './support/docomo-id-notes';
import { passwordOfLength, type LengthLimits } from './support/lengths-allowed';
import type { PortalWorld } from './support/world';

const passwordLimitsOf = (world: PortalWorld): LengthLimits => ({ min: world.portal.settings.passwordMinLength, max: world.portal.settings.passwordMaxLength });

/** Leaves the pre-filled docomo ID alone and sets the password; she writes the new one down. */
async function setNewPassword(world: PortalWorld, password: string, confirmation: string = password): Promise<void> {
  await new ChangeDocomoIdPage(world.page).setPassword(password, confirmation);
  noteNewDocomoId(world, { userId: docomoIdOf(world).userId, password });
}

async function expectRefusal(world: PortalWorld, message: ScreenLabel): Promise<void> {
  await expect(new PortalMessage(world.page).alert(message)).toBeVisible();
  await expect(new PortalMessage(world.page).heading(screenLabels.docomoIdChangePage)).toBeVisible();
}

When('she sets the new password {string}', async function (this: PortalWorld, password: string) {
  await setNewPassword(this, password);
});

When('she sets the new password {string}, leaving the docomo ID as it is', async function (this: PortalWorld, password: string) {
  await setNewPassword(this, password);
});

When('she sets a new password {lengthAllowed}', async function (this: PortalWorld, length: (limits: LengthLimits) => number) {
  await setNewPassword(this, passwordOfLength(length(passwordLimitsOf(this))));
});

When('she types the new password {string} and confirms it as {string}', async function (this: PortalWorld, password: string, confirmation: string) {
  await setNewPassword(this, password, confirmation);
});

Given('she has changed her password to {string}', async function (this: PortalWorld, password: string) {
  await new DocomoIdJourney(this.page, this.origin).startWithNetworkPin('change', this.customer.networkPin);
  await setNewPassword(this, password);
});

Then('she sees her current docomo ID already filled in, and two fields for the new password', async function (this: PortalWorld) {
  const form = new ChangeDocomoIdPage(this.page);
  await expect(form.userIdField).toHaveValue(docomoIdOf(this).userId);
  for (const field of form.passwordFields) await expect(field).toHaveValue('');
});

Then('the page says that leaving it as it is keeps the ID and sets the new password', async function (this: PortalWorld) {
  await expect(new ChangeDocomoIdPage(this.page).keepingExplained).toBeVisible();
});

Then('the form says her docomo ID is locked and that a new password unlocks it', async function (this: PortalWorld) {
  await expect(new ChangeDocomoIdPage(this.page).lockedNotice).toBeVisible();
});

Then('her new password is set', async function (this: PortalWorld) {
  await expect(new PortalMessage(this.page).heading(screenLabels.changeDone)).toBeVisible();
});

Then('she is told the new password is set and her docomo ID stays the same', async function (this: PortalWorld) {
  await expect(new PortalMessage(this.page).said(screenLabels.userIdUnchanged)).toBeVisible();
  await expect(new DocomoIdDetails(this.page).valueOf(screenLabels.docomoId)).toHaveText(docomoIdOf(this).userId);
});

Then('she is told the password must differ from her docomo ID', async function (this: PortalWorld) {
  await expectRefusal(this, screenLabels.passwordSameAsUserId);
});

Then('she is told the password must mix letters and digits', async function (this: PortalWorld) {
  await expectRefusal(this, screenLabels.passwordMustMix);
});

Then('she is told how long a password must be', async function (this: PortalWorld) {
  await expectRefusal(this, labelWithLimits(screenLabels.passwordLength, passwordLimitsOf(this)));
});

Then('she is told which characters a password may use', async function (this: PortalWorld) {
  await expectRefusal(this, screenLabels.passwordCharacters);
});

Then('she is told the two new passwords do not match', async function (this: PortalWorld) {
  await expectRefusal(this, screenLabels.passwordsDiffer);
});
