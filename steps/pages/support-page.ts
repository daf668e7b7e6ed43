import type { Page } from 'playwright';
import { screenLabels } from './screen-label';
import { tapToNextPage } from './screen-record';

/** お客様サポート (Customer Support): a long list, with the docomo ID entry about halfway down. */
export class SupportPage {
  constructor(readonly page: Page) {}

  async openDocomoIdPage(): Promise<void> {
    const link = this.page.getByRole('link', { name: screenLabels.docomoIdPassword.ja, exact: true });
    await tapToNextPage(this.page, link, screenLabels.docomoIdPassword);
  }
}
