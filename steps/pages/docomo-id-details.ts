import type { Page } from 'playwright';
import { portalPaths } from '../../mocks/portal-paths';
import { screenLabels, type ScreenLabel } from './screen-label';
import { noteLabel } from './screen-record';

/** The docomo ID a page lists under "docomo ID" and, where it shows it, "パスワード". */
export class DocomoIdDetails {
  /** The pages that list a docomo ID: the one looked up, issued, changed, about to go, or logged in with. */
  static readonly paths: readonly string[] = [
    portalPaths.docomoIdVerifyResult,
    portalPaths.docomoIdIssued,
    portalPaths.docomoIdChanged,
    portalPaths.docomoIdDeleteConfirm,
    portalPaths.loggedIn,
  ];

  constructor(readonly page: Page) {}

  valueOf(label: ScreenLabel) {
    noteLabel(this.page, label);
    return this.page.getByRole('main').locator('dt', { hasText: label.ja }).locator('xpath=following-sibling::dd[1]');
  }

  /** What the page shows, as she would copy it down. */
  async read(): Promise<{ userId: string; password: string }> {
    const userId = (await this.valueOf(screenLabels.docomoId).innerText()).trim();
    const password = (await this.valueOf(screenLabels.password).innerText()).trim();
    return { userId, password };
  }
}
