import type { Page } from 'playwright';
import { portalPaths } from '../../mocks/portal-paths';
import type { ScreenLabel } from './screen-label';
import { tapToNextPage } from './screen-record';

/** Any of the portal's menus: a list of links, each named exactly by its label. */
export class MenuPage {
  /** The menus under お客様サポート that list more than one page; the docomo ID menu has its own page object. */
  static readonly paths: readonly string[] = [portalPaths.spModeMenu, portalPaths.contractMenu, portalPaths.wifiMenu];

  constructor(readonly page: Page) {}

  async choose(entry: ScreenLabel): Promise<void> {
    await tapToNextPage(this.page, this.page.getByRole('main').getByRole('link', { name: entry.ja, exact: true }), entry);
  }
}
