import { Then, When } from '@cucumber/cucumber';
import { expect } from '@playwright/test';
import { NetworkPinPage } from './pages/network-pin-page';
import { portalServices } from './pages/portal-services';
import { screenLabels } from './pages/screen-label';
import { WifiCredentialsPage } from './pages/wifi-credentials-page';
import { WifiLoginPage } from './pages/wifi-login-page';
import { credentialValues, type CredentialName } from './support/credentials';
import type { PortalWorld } from './support/world';

When('she looks up her Wi-Fi user id and password with her network PIN', async function (this: PortalWorld) {
  await portalServices['seeing the Wi-Fi user id and password'].open(this.page, this.origin);
  await new NetworkPinPage(this.page).enter(this.customer.networkPin);
});

When('she looks up her Wi-Fi user id and password with the network PIN {string}', async function (this: PortalWorld, pin: string) {
  await portalServices['seeing the Wi-Fi user id and password'].open(this.page, this.origin);
  await new NetworkPinPage(this.page).enter(pin);
});

When('she logs in to docomo Wi-Fi with her {credential}', async function (this: PortalWorld, credential: CredentialName) {
  const [userId, password] = credentialValues(credential, this.customer, this.portal.settings);
  const login = new WifiLoginPage(this.page, this.origin);
  await login.open();
  await login.logIn(userId, password);
});

When("she logs in to docomo Wi-Fi with her Wi-Fi user id and her docomo ID's password", async function (this: PortalWorld) {
  const [userId] = credentialValues('Wi-Fi user id and password', this.customer, this.portal.settings);
  const [, docomoIdPassword] = credentialValues('docomo ID and its password', this.customer, this.portal.settings);
  const login = new WifiLoginPage(this.page, this.origin);
  await login.open();
  await login.logIn(userId, docomoIdPassword);
});

Then('she sees her Wi-Fi user id and password', async function (this: PortalWorld) {
  const shown = new WifiCredentialsPage(this.page);
  const [userId, password] = credentialValues('Wi-Fi user id and password', this.customer, this.portal.settings);
  await expect(shown.heading).toBeVisible();
  await expect(shown.valueOf(screenLabels.userId)).toHaveText(userId);
  await expect(shown.valueOf(screenLabels.password)).toHaveText(password);
});

Then('the page does not show her docomo ID or its password', async function (this: PortalWorld) {
  const [userId, password] = credentialValues('docomo ID and its password', this.customer, this.portal.settings);
  const shown = new WifiCredentialsPage(this.page);
  await expect(shown.main).not.toContainText(userId);
  await expect(shown.main).not.toContainText(password);
});

Then('she is connected to docomo Wi-Fi', async function (this: PortalWorld) {
  await expect(new WifiLoginPage(this.page, this.origin).connected).toBeVisible();
});
