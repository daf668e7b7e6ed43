import type { Page } from 'playwright';
import { portalPaths } from '../../mocks/portal-paths';
import { CredentialForm } from './credential-form';
import { PortalMessage } from './portal-message';
import { fieldMeanings, screenLabels } from './screen-label';
import { noteInstruction } from './screen-record';

/** docomo Wi-Fi ログイン: the login page a docomo Wi-Fi spot shows. */
export class WifiLoginPage {
  static readonly paths: readonly string[] = [portalPaths.wifiLogin, portalPaths.wifiLoggedIn];

  constructor(
    readonly page: Page,
    private readonly origin: string,
  ) {}

  async open(): Promise<void> {
    noteInstruction(this.page, "At a docomo Wi-Fi spot, open the docomo Wi-Fi login page in your phone's browser.");
    await this.page.goto(`${this.origin}${portalPaths.wifiLogin}`);
  }

  async logIn(userId: string, password: string): Promise<void> {
    await new CredentialForm(this.page).submit([
      [screenLabels.userId, userId],
      [fieldMeanings.wifiPassword, password],
    ]);
  }

  get connected() {
    return new PortalMessage(this.page).heading(screenLabels.wifiConnected);
  }
}
