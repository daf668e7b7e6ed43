import { Then, When } from '@cucumber/cucumber';
import { expect } from '@playwright/test';
import { NetworkPinPage } from './pages/network-pin-page';
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
