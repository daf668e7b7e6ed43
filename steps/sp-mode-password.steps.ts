import { Given, Then, When } from '@cucumber/cucumber';
import { expect } from '@playwright/test';
import { DigitsChangeForm } from './pages/digits-change-form';
import { MailSettingsPage } from './pages/mail-settings-page';
import { NetworkPinPage } from './pages/network-pin-page';
import { portalServices } from './pages/portal-services';
import { screenLabels } from './pages/screen-label';
import { SpModePasswordLockedPage } from './pages/sp-mode-password-locked-page';
import { SpModePasswordPage } from './pages/sp-mode-password-page';
import { credentialValues } from './support/credentials';
import { japaneseDateTime, japaneseDuration, tokyoClockAt } from './support/tokyo-clock';
import type { PortalWorld } from './support/world';
import { wrongGuesses } from './support/wrong-guesses';

const changeLabels = { current: screenLabels.currentSpModePassword, next: screenLabels.newSpModePassword, again: screenLabels.newSpModePasswordAgain };

function spModePasswordOf(world: PortalWorld): string {
  return credentialValues('sp-mode password', world.customer, world.portal.settings)[0];
}

/** Wrong sp-mode passwords, `short` fewer than the portal's limit. */
function wrongOnes(world: PortalWorld, short = 0): string[] {
  return wrongGuesses(spModePasswordOf(world), world.portal.settings.spModePasswordMaxFailures - short);
}

async function openMailSettings(world: PortalWorld): Promise<SpModePasswordPage> {
  await portalServices['changing mail settings'].open(world.page, world.origin);
  return new SpModePasswordPage(world.page);
}

When('she enters the sp-mode password {string}', async function (this: PortalWorld, password: string) {
  await new SpModePasswordPage(this.page).enter(password);
});

When('she enters the sp-mode password {string} to change her mail settings', async function (this: PortalWorld, password: string) {
  await (await openMailSettings(this)).enter(password);
});

When('she enters her sp-mode password to change her mail settings', async function (this: PortalWorld) {
  await (await openMailSettings(this)).enter(spModePasswordOf(this));
});

Given('she has opened her mail settings with her sp-mode password', async function (this: PortalWorld) {
  await (await openMailSettings(this)).enter(spModePasswordOf(this));
});

Given('she has entered a wrong sp-mode password one time fewer than the portal allows', async function (this: PortalWorld) {
  await (await openMailSettings(this)).enterEach(wrongOnes(this, 1));
});

When('she enters a wrong sp-mode password as many times in a row as the portal allows', async function (this: PortalWorld) {
  await (await openMailSettings(this)).enterEach(wrongOnes(this));
});

Given('she has locked her sp-mode password with wrong ones', async function (this: PortalWorld) {
  await (await openMailSettings(this)).enterEach(wrongOnes(this));
});

When('she turns on the spam filter', async function (this: PortalWorld) {
  await new MailSettingsPage(this.page).turnOnSpamFilter();
});

When('she pays for content with her sp-mode password', async function (this: PortalWorld) {
  await portalServices['paying for content'].open(this.page, this.origin);
  await new SpModePasswordPage(this.page).enter(spModePasswordOf(this));
});

When('she pays for content with a wrong sp-mode password as many times in a row as the portal allows', async function (this: PortalWorld) {
  await portalServices['paying for content'].open(this.page, this.origin);
  await new SpModePasswordPage(this.page).enterEach(wrongOnes(this));
});

When('she changes her sp-mode password from {string} to {string}', async function (this: PortalWorld, current: string, next: string) {
  await portalServices['changing the sp-mode password'].open(this.page, this.origin);
  await new DigitsChangeForm(this.page, changeLabels).change(current, next);
});

When('she tries to change her sp-mode password with a wrong current one as many times in a row as the portal allows', async function (this: PortalWorld) {
  await portalServices['changing the sp-mode password'].open(this.page, this.origin);
  // A refused current password brings the form back, so she types the next try there.
  const form = new DigitsChangeForm(this.page, changeLabels);
  for (const wrong of wrongOnes(this)) await form.change(wrong, '2468');
});

When(
  'she changes her sp-mode password from {string} to {string}, confirming it as {string}',
  async function (this: PortalWorld, current: string, next: string, again: string) {
    await portalServices['changing the sp-mode password'].open(this.page, this.origin);
    await new DigitsChangeForm(this.page, changeLabels).change(current, next, again);
  },
);

When('she resets her sp-mode password with her network PIN', async function (this: PortalWorld) {
  await portalServices['resetting the sp-mode password'].open(this.page, this.origin);
  await new NetworkPinPage(this.page).enter(this.customer.networkPin);
});

Given('she has reset her sp-mode password with her network PIN', async function (this: PortalWorld) {
  await portalServices['resetting the sp-mode password'].open(this.page, this.origin);
  await new NetworkPinPage(this.page).enter(this.customer.networkPin);
});

When('she resets her sp-mode password with the network PIN {string}', async function (this: PortalWorld, pin: string) {
  await portalServices['resetting the sp-mode password'].open(this.page, this.origin);
  await new NetworkPinPage(this.page).enter(pin);
});

Then('she sees her mail settings', async function (this: PortalWorld) {
  await expect(new MailSettingsPage(this.page).heading).toBeVisible();
});

Then('she is told the sp-mode password is wrong', async function (this: PortalWorld) {
  const passwordPage = new SpModePasswordPage(this.page);
  await expect(passwordPage.wrongPasswordMessage).toBeVisible();
  await expect(passwordPage.field).toBeVisible();
});

Then('she is warned that {int} more wrong one(s) will lock it', async function (this: PortalWorld, left: number) {
  await expect(new SpModePasswordPage(this.page).lockWarning(left)).toBeVisible();
});

Then('she is told her sp-mode password is locked until 0:00 the next day', async function (this: PortalWorld) {
  const locked = new SpModePasswordLockedPage(this.page);
  const clears = tokyoClockAt(this.clock.now(), '0:00', 1);
  await expect(locked.heading).toBeVisible();
  await expect(locked.unlockTime).toContainText(`${japaneseDateTime(clears)}に解除されます`);
  await expect(locked.countdown).toHaveText(`解除まで、あと${japaneseDuration(clears.getTime() - this.clock.now().getTime())}です。`);
});
