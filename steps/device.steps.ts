import { Given } from '@cucumber/cucumber';
import type { Network } from '../mocks/carrier';
import type { PortalWorld } from './support/world';

Given("{word}'s phone is {connection}", function (this: PortalWorld, _name: string, network: Network) {
  this.phone.network = network;
});
