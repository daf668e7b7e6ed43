import { normalizePhoneNumber } from './phone-number';
import { checkWifiLogin, type WifiCredentials, type WifiLoginCheck } from './wifi-login-rules';

/** The lines' Wi-Fi credentials (a pair of their own, apart from the docomo ID). Part of PortalModel. */
export class WifiAccounts {
  private readonly accounts = new Map<string, WifiCredentials>();

  register(phoneNumber: string, credentials: WifiCredentials): void {
    if (!credentials.userId || !credentials.password) {
      throw new Error(`Cannot add line ${phoneNumber}: its Wi-Fi credentials need both a user id and a password.`);
    }
    this.accounts.set(normalizePhoneNumber(phoneNumber), { ...credentials });
  }

  /** The line's Wi-Fi credentials, or undefined when it has no Wi-Fi service. */
  of(phoneNumber: string): WifiCredentials | undefined {
    const credentials = this.accounts.get(normalizePhoneNumber(phoneNumber));
    return credentials && { ...credentials };
  }

  /** A hotspot does not know the line: the login is checked against every account. */
  login(entered: WifiCredentials): WifiLoginCheck {
    return checkWifiLogin(entered, this.accounts.values());
  }
}
