import type { Page } from 'playwright';
import type { ScreenLabel } from './screen-label';
import { tapToNextPage } from './screen-record';

/** Any of the portal's menus: a list of links, each named exactly by its label. */
export class MenuPage {
  constructor(readonly page: Page) {}

  async choose(entry: ScreenLabel): Promise<void> {
    await tapToNextPage(this.page, this.page.getByRole('main').getByRole('link', { name: entry.ja, exact: true }), entry);
  }
}
