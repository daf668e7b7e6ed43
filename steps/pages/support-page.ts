import type { Page } from 'playwright';
import { tapToNextPage } from './tap-to-next-page';

/** お客様サポート (Customer Support): a long list, with the docomo ID entry about halfway down. */
export class SupportPage {
  constructor(readonly page: Page) {}

  private get docomoIdLink() {
    return this.page.getByRole('link', { name: 'docomo ID/パスワード', exact: true });
  }

  async openDocomoIdPage(): Promise<void> {
    await this.docomoIdLink.scrollIntoViewIfNeeded();
    await tapToNextPage(this.page, this.docomoIdLink);
  }
}
