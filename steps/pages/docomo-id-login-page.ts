import type { Page } from 'playwright';
import { portalPaths } from '../../mocks/portal-paths';
import { CredentialForm } from './credential-form';
import { fieldMeanings, screenLabels } from './screen-label';
import { tapToNextPage } from './screen-record';
import { TopPage } from './top-page';

/** docomo IDでログイン: reached from the top page's ログイン link, over any network. */
export class DocomoIdLoginPage {
  static readonly paths: readonly string[] = [portalPaths.login];

  constructor(
    readonly page: Page,
    private readonly origin: string,
  ) {}

  async open(): Promise<void> {
    await new TopPage(this.page, this.origin).open();
    const link = this.page.getByRole('main').getByRole('link', { name: screenLabels.logIn.ja, exact: true });
    await tapToNextPage(this.page, link, screenLabels.logIn);
  }

  /** Types the docomo ID and password into the form on screen and taps ログイン. */
  async logIn(userId: string, password: string): Promise<void> {
    await new CredentialForm(this.page).submit([
      [screenLabels.docomoId, userId],
      [fieldMeanings.docomoIdPassword, password],
    ]);
  }

  /**
   * Logs in with the same wrong password again and again. A refused login shows the form again,
   * so she retypes it there; the last attempt may end on the locked page instead.
   */
  async logInRepeatedly(userId: string, password: string, times: number): Promise<void> {
    for (let attempt = 0; attempt < times; attempt++) await this.logIn(userId, password);
  }
}
