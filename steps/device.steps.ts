import { Given, When } from '@cucumber/cucumber';
import type { Network } from '../mocks/carrier';
import type { PhoneProfileName } from './support/phone';
import type { PortalWorld } from './support/world';

Given("{word}'s phone is {connection}", function (this: PortalWorld, _name: string, network: Network) {
  this.phone.network = network;
});

Given("{word} browses the portal in her phone's {phoneBrowser}", async function (this: PortalWorld, _name: string, browser: PhoneProfileName) {
  await this.usePhoneProfile(browser);
});

/** With Wi-Fi and tethering off, the phone is back on its own mobile data: sp-mode. */
When('she turns off Wi-Fi/tethering', function (this: PortalWorld) {
  this.phone.network = 'sp-mode';
});

/** Half-way through a flow, the phone leaves sp-mode: the next page it asks for goes over Wi-Fi or tethering. */
When('she turns on Wi-Fi', function (this: PortalWorld) {
  this.phone.network = 'wifi';
});

When('she starts tethering', function (this: PortalWorld) {
  this.phone.network = 'tethering';
});

/** She closes the browser and opens it again: a new visit, with none of the last one's cookies. */
When('she comes back in a fresh browser', async function (this: PortalWorld) {
  const browser = this.context?.browser();
  if (!browser) throw new Error('The phone has no browser to reopen: the Before hook did not open one.');
  await this.openPhoneBrowser(browser);
});
