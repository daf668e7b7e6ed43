import type { Page } from 'playwright';
import { portalPaths } from '../../mocks/portal-paths';
import { PortalMessage } from './portal-message';
import { screenLabels, type ScreenLabel } from './screen-label';
import { noteLabel } from './screen-record';

/** Wi-Fiのユーザー情報: the line's Wi-Fi user id and password, shown after the network PIN. */
export class WifiCredentialsPage {
  static readonly paths: readonly string[] = [portalPaths.wifiCredentialsShown];

  constructor(readonly page: Page) {}

  get heading() {
    return new PortalMessage(this.page).heading(screenLabels.wifiCredentials);
  }

  valueOf(label: ScreenLabel) {
    noteLabel(this.page, label);
    return this.page.getByRole('main').locator('dt', { hasText: label.ja }).locator('xpath=following-sibling::dd[1]');
  }

  get main() {
    return this.page.getByRole('main');
  }
}
