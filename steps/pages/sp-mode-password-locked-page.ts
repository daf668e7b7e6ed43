import type { Page } from 'playwright';
import { portalPaths } from '../../mocks/portal-paths';
import { PortalMessage } from './portal-message';
import { screenLabels } from './screen-label';

/** spモードパスワードがロックされています: when the lock clears, and a countdown the phone works out itself. */
export class SpModePasswordLockedPage {
  /** Every page that asks for the sp-mode password answers with it once the password is locked. */
  static readonly paths: readonly string[] = [portalPaths.mailSettings, portalPaths.contentPurchase, portalPaths.spModePasswordChange];

  constructor(readonly page: Page) {}

  get heading() {
    return new PortalMessage(this.page).heading(screenLabels.spModePasswordLocked);
  }

  /** The sentence naming the moment the lock clears, e.g. 「ロックは12月2日 0:00に解除されます。」 */
  get unlockTime() {
    return this.page
      .getByRole('main')
      .locator('p')
      .filter({ has: this.page.locator('strong') });
  }

  /** Filled in by the page's own script from the browser's clock. */
  get countdown() {
    return this.page.locator('#lock-countdown');
  }
}
