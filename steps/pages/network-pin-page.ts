import type { Page } from 'playwright';
import { tapToNextPage } from './tap-to-next-page';

/** ネットワーク暗証番号 (network PIN): the gate in front of every docomo ID operation. */
export class NetworkPinPage {
  constructor(readonly page: Page) {}

  get heading() {
    return this.page.getByRole('heading', { name: 'ネットワーク暗証番号の入力' });
  }

  get error() {
    return this.page.getByRole('alert');
  }

  async enter(pin: string): Promise<void> {
    await this.page.getByLabel('ネットワーク暗証番号', { exact: true }).fill(pin);
    await tapToNextPage(this.page, this.page.getByRole('button', { name: '次へ' }));
  }
}
