import type { Page } from 'playwright';

/** What the portal shows instead of a docomo ID page when the phone is not on sp-mode. */
export class RefusalPage {
  constructor(readonly page: Page) {}

  get heading() {
    return this.page.getByRole('heading', { name: 'ご利用いただけません' });
  }

  get explanation() {
    return this.page.getByRole('main');
  }
}
