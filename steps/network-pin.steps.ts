import { Given, Then, When } from '@cucumber/cucumber';
import { expect } from '@playwright/test';
import { DocomoIdJourney } from './pages/docomo-id-journey';
import { NetworkPinPage } from './pages/network-pin-page';
import { wrongGuesses } from './support/wrong-guesses';
import type { PortalWorld } from './support/world';

When('she enters her network PIN', async function (this: PortalWorld) {
  await new NetworkPinPage(this.page).enter(this.customer.networkPin);
});

When('she enters the network PIN {string}', async function (this: PortalWorld, pin: string) {
  await new NetworkPinPage(this.page).enter(pin);
});

Then('she is told the network PIN is wrong', async function (this: PortalWorld) {
  const pinPage = new NetworkPinPage(this.page);
  await expect(pinPage.wrongPinMessage).toBeVisible();
  await expect(pinPage.heading).toBeVisible();
});

Then('she is told the network PIN is wrong and {int} more wrong one(s) will lock it', async function (this: PortalWorld, left: number) {
  const pinPage = new NetworkPinPage(this.page);
  await expect(pinPage.wrongPinMessage).toBeVisible();
  await expect(pinPage.triesLeftMessage(left)).toBeVisible();
});

When('she enters a wrong network PIN', async function (this: PortalWorld) {
  await new NetworkPinPage(this.page).enter(wrongGuesses(this.customer.networkPin, 1)[0]);
});

When('she mistypes her network PIN {timesAllowed}', async function (this: PortalWorld, times: (limit: number) => number) {
  await new NetworkPinPage(this.page).enterEach(wrongGuesses(this.customer.networkPin, times(this.portal.settings.networkPinMaxFailures)));
});

Given('she has mistyped her network PIN {timesAllowed}', async function (this: PortalWorld, times: (limit: number) => number) {
  await new DocomoIdJourney(this.page, this.origin).start('verify');
  await new NetworkPinPage(this.page).enterEach(wrongGuesses(this.customer.networkPin, times(this.portal.settings.networkPinMaxFailures)));
});

Given('she has mistyped her network PIN {timesAllowed} before getting it right', async function (this: PortalWorld, times: (limit: number) => number) {
  const pinPage = new NetworkPinPage(this.page);
  await new DocomoIdJourney(this.page, this.origin).start('verify');
  await pinPage.enterEach(wrongGuesses(this.customer.networkPin, times(this.portal.settings.networkPinMaxFailures)));
  await pinPage.enter(this.customer.networkPin);
});
