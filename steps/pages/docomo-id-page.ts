import type { Page } from 'playwright';

/** docomo IDの確認: the page that shows the line's docomo ID and its password. */
export class DocomoIdPage {
  constructor(readonly page: Page) {}

  get heading() {
    return this.page.getByRole('heading', { name: 'docomo IDの確認' });
  }

  /** The value shown beside a label such as "docomo ID" or "パスワード". */
  valueOf(label: string) {
    return this.page.getByRole('main').locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]');
  }
}
