import type { Page } from 'playwright';
import { screenLabels } from './screen-label';
import { noteLabel, tapToNextPage } from './screen-record';

/** Where on a page a customer looks: its header or its footer. */
export type PageEnd = 'top' | 'bottom';

/** The portal's top page (smt.docomo.ne.jp), where every customer journey starts. */
export class TopPage {
  constructor(readonly page: Page, private readonly origin: string) {}

  async open(): Promise<void> {
    await this.page.goto(`${this.origin}/`);
  }

  /** The link is both in the header and in the footer; a person uses whichever she sees first. */
  async openCustomerSupport(where: PageEnd = 'top'): Promise<void> {
    await tapToNextPage(this.page, this.customerSupportLink(where), screenLabels.customerSupport);
  }

  /** The link in the page's header (its banner) or in its footer (its contentinfo), never the other one. */
  customerSupportLink(where: PageEnd) {
    noteLabel(this.page, screenLabels.customerSupport);
    const end = this.page.getByRole(where === 'top' ? 'banner' : 'contentinfo');
    return end.getByRole('link', { name: screenLabels.customerSupport.ja, exact: true });
  }
}
