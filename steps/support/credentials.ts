import type { PortalSettings } from '../../mocks/settings';
import { screenLabels, type ScreenLabel } from '../pages/screen-label';
import type { Customer } from './customer';

/**
 * The four credentials by the names the spec gives them: the fields a page labels for each, and
 * the customer's own values for them (what she wrote down at contract, or the portal's default).
 */
export interface Credential {
  labels: ScreenLabel[];
  valuesOf(customer: Customer, settings: PortalSettings): string[];
}

function required<T>(value: T | undefined, what: string, customer: Customer): T {
  if (value === undefined) throw new Error(`${customer.name}'s line table gives no ${what}: add it to the table.`);
  return value;
}

export const credentials = {
  'docomo ID and its password': {
    labels: [screenLabels.docomoId, screenLabels.password],
    valuesOf: (customer) => {
      const { userId, password } = required(customer.docomoId, 'docomo ID', customer);
      return [userId, password];
    },
  },
  'sp-mode password': {
    labels: [screenLabels.spModePassword],
    valuesOf: (customer, settings) => [customer.spModePassword ?? settings.spModePasswordDefault],
  },
  'Wi-Fi user id and password': {
    labels: [screenLabels.userId, screenLabels.password],
    valuesOf: (customer) => {
      const { userId, password } = required(customer.wifi, 'Wi-Fi user id and password', customer);
      return [userId, password];
    },
  },
  'network PIN': { labels: [screenLabels.networkPin], valuesOf: (customer) => [customer.networkPin] },
} satisfies Record<string, Credential>;

export type CredentialName = keyof typeof credentials;

/** The customer's own values for one credential, in the order of its labels. */
export function credentialValues(name: CredentialName, customer: Customer, settings: PortalSettings): string[] {
  return credentials[name].valuesOf(customer, settings);
}
