import type { Page } from 'playwright';
import { portalPaths } from '../../mocks/portal-paths';
import { screenLabels, type ScreenLabel } from './screen-label';
import { noteLabel } from './screen-record';

/**
 * The notice a page about a locked docomo ID shows (its change form, the page that shows it): it is
 * locked, and a new password unlocks it.
 */
export function docomoIdLockedNotice(page: Page) {
  noteLabel(page, screenLabels.docomoIdLockedNotice);
  noteLabel(page, screenLabels.newPasswordUnlocks);
  return page.getByRole('main').locator('p').filter({ hasText: screenLabels.docomoIdLockedNotice.ja }).filter({ hasText: screenLabels.newPasswordUnlocks.ja });
}

/** docomo IDの確認: the page that shows the line's docomo ID and its password. */
export class DocomoIdPage {
  static readonly paths: readonly string[] = [portalPaths.docomoIdVerifyResult];

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

  get lockedNotice() {
    return docomoIdLockedNotice(this.page);
  }
}
