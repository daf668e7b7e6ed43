import type { Page } from 'playwright';
import { tapToNextPage } from './tap-to-next-page';

/** The four things a customer can do with her docomo ID, by the labels the portal shows. */
export const docomoIdOperations = {
  create: '発行',
  verify: '確認',
  change: '変更/ロック解除',
  delete: '削除',
} as const;

export type DocomoIdOperation = keyof typeof docomoIdOperations;

/** docomo ID/パスワード: the menu, reachable over sp-mode only. */
export class DocomoIdMenuPage {
  constructor(readonly page: Page) {}

  async choose(operation: DocomoIdOperation): Promise<void> {
    await tapToNextPage(this.page, this.page.getByRole('link', { name: docomoIdOperations[operation], exact: true }));
  }
}
