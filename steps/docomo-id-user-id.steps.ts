import { Given, Then, When } from '@cucumber/cucumber';
import { expect } from '@playwright/test';
import { ChangeDocomoIdPage } from './pages/change-docomo-id-page';
import { DocomoIdDetails } from './pages/docomo-id-details';
import { DocomoIdJourney } from './pages/docomo-id-journey';
import { labelWithLimits } from './pages/label-with-limits';
import { PortalMessage } from './pages/portal-message';
import { screenLabels, type ScreenLabel } from './pages/screen-label';
import { noteNewDocomoId } from './support/docomo-id-notes';
import { userIdOfLength, type LengthLimits } from './support/lengths-allowed';
import type { PortalWorld } from './support/world';

/** The password the user id examples set along with the new id: one that passes every password rule. */
const aGoodNewPassword = 'Momiji2025';

const userIdLimitsOf = (world: PortalWorld): LengthLimits => ({ min: world.portal.settings.userIdMinLength, max: world.portal.settings.userIdMaxLength });

/** Types another docomo ID over the pre-filled one, with a new password; she writes both down. */
async function changeUserId(world: PortalWorld, userId: string, password: string = aGoodNewPassword): Promise<void> {
  await new ChangeDocomoIdPage(world.page).changeUserId(userId, password);
  noteNewDocomoId(world, { userId, password });
}

async function expectRefusal(world: PortalWorld, message: ScreenLabel): Promise<void> {
  await expect(new PortalMessage(world.page).alert(message)).toBeVisible();
  await expect(new PortalMessage(world.page).heading(screenLabels.docomoIdChangePage)).toBeVisible();
}

/**
 * Someone else's line, in the same portal, whose docomo ID is `userId`. The phone stays hers: unlike
 * "{word} has a docomo line:", this does not hand the phone to another person.
 */
Given('another line already has the docomo ID {string}', async function (this: PortalWorld, userId: string) {
  await this.portal.addLine({ phoneNumber: '08098765432', networkPin: '5062', docomoId: { userId, password: 'Kaede2020' } });
});

When('she changes her docomo ID to {string}', async function (this: PortalWorld, userId: string) {
  await changeUserId(this, userId);
});

When('she changes her docomo ID to a user id {lengthAllowed}', async function (this: PortalWorld, length: (limits: LengthLimits) => number) {
  await changeUserId(this, userIdOfLength(length(userIdLimitsOf(this))));
});

When('she changes her docomo ID to {string} with the new password {string}', async function (this: PortalWorld, userId: string, password: string) {
  await changeUserId(this, userId, password);
});

Given('she has changed her docomo ID to {string} with the new password {string}', async function (this: PortalWorld, userId: string, password: string) {
  await new DocomoIdJourney(this.page, this.origin).startWithNetworkPin('change', this.customer.networkPin);
  await changeUserId(this, userId, password);
});

Then('her new docomo ID is set', async function (this: PortalWorld) {
  await expect(new PortalMessage(this.page).heading(screenLabels.changeDone)).toBeVisible();
  await expect(new DocomoIdDetails(this.page).valueOf(screenLabels.docomoId)).toHaveText(this.customer.docomoId?.userId ?? '');
});

Then('she is told her docomo ID and password were changed', async function (this: PortalWorld) {
  await expect(new PortalMessage(this.page).said(screenLabels.userIdAndPasswordChanged)).toBeVisible();
  await expect(new DocomoIdDetails(this.page).valueOf(screenLabels.docomoId)).toHaveText(this.customer.docomoId?.userId ?? '');
});

Then('she is told what a docomo ID may be', async function (this: PortalWorld) {
  await expectRefusal(this, labelWithLimits(screenLabels.userIdShape, userIdLimitsOf(this)));
});

Then('she is told a phone number as her docomo ID must be her own mobile number', async function (this: PortalWorld) {
  await expectRefusal(this, screenLabels.userIdPhoneNumber);
});

Then('she is told that docomo ID is already taken', async function (this: PortalWorld) {
  await expectRefusal(this, screenLabels.userIdTaken);
});
