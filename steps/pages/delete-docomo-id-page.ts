import type { Page } from 'playwright';
import { portalPaths } from '../../mocks/portal-paths';
import { DocomoIdDetails } from './docomo-id-details';
import { screenLabels } from './screen-label';
import { noteLabel, tapToNextPage } from './screen-record';

/** docomo IDの削除, after the network PIN: which ID goes, 削除する or 削除しない. */
export class DeleteDocomoIdPage {
  static readonly paths: readonly string[] = [portalPaths.docomoIdDeleteConfirm];

  constructor(readonly page: Page) {}

  get userIdToDelete() {
    return new DocomoIdDetails(this.page).valueOf(screenLabels.docomoId);
  }

  get confirmButton() {
    noteLabel(this.page, screenLabels.confirmDelete);
    return this.page.getByRole('button', { name: screenLabels.confirmDelete.ja, exact: true });
  }

  async confirm(): Promise<void> {
    await tapToNextPage(this.page, this.page.getByRole('button', { name: screenLabels.confirmDelete.ja, exact: true }), screenLabels.confirmDelete);
  }

  async keep(): Promise<void> {
    await tapToNextPage(this.page, this.page.getByRole('link', { name: screenLabels.keepDocomoId.ja, exact: true }), screenLabels.keepDocomoId);
  }
}
