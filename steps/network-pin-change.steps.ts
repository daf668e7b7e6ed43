import { Given, Then, When } from '@cucumber/cucumber';
import { expect } from '@playwright/test';
import { DigitsChangeForm } from './pages/digits-change-form';
import { NetworkPinPage } from './pages/network-pin-page';
import { PortalMessage } from './pages/portal-message';
import { portalServices } from './pages/portal-services';
import { screenLabels } from './pages/screen-label';
import type { PortalWorld } from './support/world';
import { wrongGuesses } from './support/wrong-guesses';

const changeLabels = { current: screenLabels.currentNetworkPin, next: screenLabels.newNetworkPin, again: screenLabels.newNetworkPinAgain };
/** A new PIN none of the rules refuses, for the attempts whose point is the current PIN. */
const acceptableNewPin = '3916';

async function changeForm(world: PortalWorld): Promise<DigitsChangeForm> {
  await portalServices['changing the network PIN'].open(world.page, world.origin);
  return new DigitsChangeForm(world.page, changeLabels);
}

/** Tries the change with each wrong current PIN in turn, `short` fewer than the portal's limit. */
async function tryWrongCurrentPins(world: PortalWorld, short: number): Promise<void> {
  const wrong = wrongGuesses(world.customer.networkPin, world.portal.settings.networkPinMaxFailures - short);
  await (await changeForm(world)).changeWithEach(wrong, acceptableNewPin);
}

When('she changes her network PIN from {string} to {string}', async function (this: PortalWorld, current: string, next: string) {
  await (await changeForm(this)).change(current, next);
});

When(
  'she changes her network PIN from {string} to {string}, confirming it as {string}',
  async function (this: PortalWorld, current: string, next: string, again: string) {
    await (await changeForm(this)).change(current, next, again);
  },
);

Given('she has entered a wrong current network PIN one time fewer than the portal allows', async function (this: PortalWorld) {
  await tryWrongCurrentPins(this, 1);
});

When('she enters a wrong current network PIN as many times in a row as the portal allows', async function (this: PortalWorld) {
  await tryWrongCurrentPins(this, 0);
});

Given('she has entered a wrong current network PIN as many times in a row as the portal allows', async function (this: PortalWorld) {
  await tryWrongCurrentPins(this, 0);
});

When('she checks her docomo ID with the network PIN {string}', async function (this: PortalWorld, pin: string) {
  await portalServices['checking the docomo ID (確認)'].open(this.page, this.origin);
  await new NetworkPinPage(this.page).enter(pin);
});

Then('she is told her network PIN is locked and only a docomo shop can unlock it', async function (this: PortalWorld) {
  const message = new PortalMessage(this.page);
  await expect(message.heading(screenLabels.networkPinLocked)).toBeVisible();
  await expect(message.text(screenLabels.docomoShop)).toBeVisible();
});
