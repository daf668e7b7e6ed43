import type { Page } from 'playwright';
import { portalPaths } from '../../mocks/portal-paths';
import { screenLabels, type ScreenLabel } from './screen-label';
import { noteLabel } from './screen-record';

/** The login page's answer for a locked docomo ID: it is locked, and the way out. */
export class DocomoIdLockedPage {
  /** The login page's answer to a post for a locked ID, at the login page's own address. */
  static readonly paths: readonly string[] = [portalPaths.login];

  constructor(readonly page: Page) {}

  get heading() {
    noteLabel(this.page, screenLabels.docomoIdLocked);
    return this.page.getByRole('heading', { name: screenLabels.docomoIdLocked.ja, exact: true, level: 1 });
  }

  /** The sentence that names the way out, quoted as the portal quotes a menu entry: 「変更/ロック解除」. */
  wayOut(entry: ScreenLabel) {
    noteLabel(this.page, entry);
    return this.page
      .getByRole('main')
      .locator('p')
      .filter({ hasText: `「${entry.ja}」` })
      .first();
  }
}
