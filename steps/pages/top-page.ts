import type { Page } from 'playwright';
import { portalPaths } from '../../mocks/portal-paths';
import { screenLabels } from './screen-label';
import { noteInstruction, noteLabel, tapToNextPage } from './screen-record';

/** Where on a page a customer looks: its header or its footer. */
export type PageEnd = 'top' | 'bottom';

/** The real portal's address, which the guide gives the reader; the spec opens the mock's. */
const portalAddress = 'https://smt.docomo.ne.jp';

/** The portal's top page (smt.docomo.ne.jp), where every customer journey starts. */
export class TopPage {
  static readonly paths: readonly string[] = [portalPaths.top];

  constructor(
    readonly page: Page,
    private readonly origin: string,
  ) {}

  async open(): Promise<void> {
    noteInstruction(this.page, `Open the docomo portal, ${portalAddress}, in your phone's browser.`);
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
