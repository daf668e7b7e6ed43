import type { Page } from 'playwright';
import { portalPaths } from '../../mocks/portal-paths';
import { screenLabels, type ScreenLabel } from './screen-label';
import { tapToNextPage } from './screen-record';

/** The four things a customer can do with her docomo ID, by the labels the portal shows. */
export const docomoIdOperations = {
  create: screenLabels.create,
  verify: screenLabels.verify,
  change: screenLabels.changeUnlock,
  delete: screenLabels.delete,
} satisfies Record<string, ScreenLabel>;

export type DocomoIdOperation = keyof typeof docomoIdOperations;

/** docomo ID/パスワード: the menu, reachable over sp-mode only. */
export class DocomoIdMenuPage {
  static readonly paths: readonly string[] = [portalPaths.docomoIdMenu];

  constructor(readonly page: Page) {}

  /** The choices the menu offers, in its order. */
  get choices() {
    return this.page.getByRole('main').getByRole('link');
  }

  async choose(operation: DocomoIdOperation): Promise<void> {
    const label = docomoIdOperations[operation];
    await tapToNextPage(this.page, this.page.getByRole('link', { name: label.ja, exact: true }), label);
  }
}
