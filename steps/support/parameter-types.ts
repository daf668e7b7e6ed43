import { defineParameterType } from '@cucumber/cucumber';
import type { Network } from '../../mocks/carrier';

/** How the phone is connected, as a customer would say it: "on sp-mode", "on Wi-Fi", "tethering". */
const connections: Record<string, Network> = { 'on sp-mode': 'sp-mode', 'on Wi-Fi': 'wifi', tethering: 'tethering' };

defineParameterType({
  name: 'connection',
  regexp: /on sp-mode|on Wi-Fi|tethering/,
  transformer: (words: string): Network => connections[words],
});
