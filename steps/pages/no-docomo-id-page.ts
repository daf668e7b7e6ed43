import type { Page } from 'playwright';
import { portalPaths } from '../../mocks/portal-paths';
import { screenLabels } from './screen-label';
import { noteLabel } from './screen-record';

/** What 確認, 変更/ロック解除 and 削除 show for a line without a docomo ID: it has none, and 発行. */
export class NoDocomoIdPage {
  /** Shown in place of the operation's own page when the line has no docomo ID. */
  static readonly paths: readonly string[] = [portalPaths.docomoIdVerifyResult, portalPaths.docomoIdChangeForm, portalPaths.docomoIdDeleteConfirm];

  constructor(readonly page: Page) {}

  get notice() {
    noteLabel(this.page, screenLabels.noDocomoIdYet);
    return this.page.getByRole('main').getByText(screenLabels.noDocomoIdYet.ja);
  }

  get issueLink() {
    noteLabel(this.page, screenLabels.create);
    return this.page.getByRole('main').getByRole('link', { name: screenLabels.create.ja, exact: true });
  }
}
