import type { Page } from 'playwright';
import { tapToNextPage } from './tap-to-next-page';

/** The portal's top page (smt.docomo.ne.jp), where every customer journey starts. */
export class TopPage {
  constructor(readonly page: Page, private readonly origin: string) {}

  private get customerSupportLinks() {
    return this.page.getByRole('link', { name: 'お客様サポート', exact: true });
  }

  async open(): Promise<void> {
    await this.page.goto(`${this.origin}/`);
  }

  /** The link is both in the header and in the footer; a person uses whichever she sees first. */
  async openCustomerSupport(where: 'top' | 'bottom' = 'top'): Promise<void> {
    const link = where === 'top' ? this.customerSupportLinks.first() : this.customerSupportLinks.last();
    await link.scrollIntoViewIfNeeded();
    await tapToNextPage(this.page, link);
  }
}
