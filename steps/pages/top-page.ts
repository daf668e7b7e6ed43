import type { Page } from 'playwright';
import { screenLabels } from './screen-label';
import { tapToNextPage } from './screen-record';

/** The portal's top page (smt.docomo.ne.jp), where every customer journey starts. */
export class TopPage {
  constructor(readonly page: Page, private readonly origin: string) {}

  private get customerSupportLinks() {
    return this.page.getByRole('link', { name: screenLabels.customerSupport.ja, exact: true });
  }

  async open(): Promise<void> {
    await this.page.goto(`${this.origin}/`);
  }

  /** The link is both in the header and in the footer; a person uses whichever she sees first. */
  async openCustomerSupport(where: 'top' | 'bottom' = 'top'): Promise<void> {
    const link = where === 'top' ? this.customerSupportLinks.first() : this.customerSupportLinks.last();
    await tapToNextPage(this.page, link, screenLabels.customerSupport);
  }
}
