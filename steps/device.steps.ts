import { Given, When } from '@cucumber/cucumber';
import type { Network } from '../mocks/carrier';
import { noteInstruction } from './pages/screen-record';
import { networkInstructions, phoneBrowserInstructions, type PhoneProfileName } from './support/phone';
import type { PortalWorld } from './support/world';

/** The phone joins another network, and the guide tells the reader to do the same. */
function connectPhone(world: PortalWorld, network: Network): void {
  world.phone.network = network;
  noteInstruction(world.page, networkInstructions[network]);
}

Given("{word}'s phone is {connection}", function (this: PortalWorld, _name: string, network: Network) {
  connectPhone(this, network);
});

Given("{word} browses the portal in her phone's {phoneBrowser}", async function (this: PortalWorld, _name: string, browser: PhoneProfileName) {
  await this.usePhoneProfile(browser);
  noteInstruction(this.page, phoneBrowserInstructions[browser]);
});

/** With Wi-Fi and tethering off, the phone is back on its own mobile data: sp-mode. */
When('she turns off Wi-Fi/tethering', function (this: PortalWorld) {
  connectPhone(this, 'sp-mode');
});

/** Half-way through a flow, the phone leaves sp-mode: the next page it asks for goes over Wi-Fi or tethering. */
When('she turns on Wi-Fi', function (this: PortalWorld) {
  connectPhone(this, 'wifi');
});

When('she starts tethering', function (this: PortalWorld) {
  connectPhone(this, 'tethering');
});

/** She closes the browser and opens it again: a new visit, with none of the last one's cookies. */
When('she comes back in a fresh browser', async function (this: PortalWorld) {
  const browser = this.context?.browser();
  if (!browser) throw new Error('The phone has no browser to reopen: the Before hook did not open one.');
  await this.openPhoneBrowser(browser);
  noteInstruction(this.page, "Close your phone's browser, then open it again.");
});
