import type { Page } from 'playwright';
import { screenLabels } from './screen-label';
import { noteLabel } from './screen-record';

/** What 確認, 変更/ロック解除 and 削除 show for a line without a docomo ID: it has none, and 発行. */
export class NoDocomoIdPage {
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
