import type { Page } from 'playwright';
import { screenLabels, type ScreenLabel } from './screen-label';
import { noteLabel } from './screen-record';

/** docomo IDの確認: the page that shows the line's docomo ID and its password. */
export class DocomoIdPage {
  constructor(readonly page: Page) {}

  get heading() {
    noteLabel(this.page, screenLabels.docomoIdCheck);
    return this.page.getByRole('heading', { name: screenLabels.docomoIdCheck.ja });
  }

  /** The value shown beside a label such as "docomo ID" or パスワード. */
  valueOf(label: ScreenLabel) {
    noteLabel(this.page, label);
    return this.page.getByRole('main').locator('dt', { hasText: label.ja }).locator('xpath=following-sibling::dd[1]');
  }
}
