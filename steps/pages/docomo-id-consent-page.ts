import type { Page } from 'playwright';
import { portalPaths } from '../../mocks/portal-paths';
import { screenLabels } from './screen-label';
import { noteLabel, tapToNextPage } from './screen-record';

/** docomo IDの発行, after the network PIN: the terms and 同意する. */
export class DocomoIdConsentPage {
  static readonly paths: readonly string[] = [portalPaths.docomoIdIssueConsent];

  constructor(readonly page: Page) {}

  get terms() {
    noteLabel(this.page, screenLabels.docomoIdTerms);
    return this.page.getByRole('heading', { name: screenLabels.docomoIdTerms.ja, exact: true });
  }

  get agreeButton() {
    noteLabel(this.page, screenLabels.agree);
    return this.page.getByRole('button', { name: screenLabels.agree.ja, exact: true });
  }

  get reissueWarning() {
    noteLabel(this.page, screenLabels.reissueWarning);
    return this.page.getByRole('main').getByText(screenLabels.reissueWarning.ja);
  }

  async agree(): Promise<void> {
    await tapToNextPage(this.page, this.page.getByRole('button', { name: screenLabels.agree.ja, exact: true }), screenLabels.agree);
  }
}
