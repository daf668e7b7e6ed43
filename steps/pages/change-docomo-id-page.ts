import type { Page } from 'playwright';
import { portalPaths } from '../../mocks/portal-paths';
import { CredentialForm } from './credential-form';
import { fieldMeanings, screenLabels } from './screen-label';
import { noteLabel } from './screen-record';
import { docomoIdLockedNotice } from './docomo-id-page';

/**
 * docomo IDの変更/ロック解除: the docomo ID field pre-filled with the current user id, and the new
 * password twice. What it sends back is checked by the portal, never by the browser.
 */
export class ChangeDocomoIdPage {
  static readonly paths: readonly string[] = [portalPaths.docomoIdChangeForm];

  private readonly form: CredentialForm;

  constructor(readonly page: Page) {
    this.form = new CredentialForm(page);
  }

  get userIdField() {
    return this.form.field(screenLabels.docomoId);
  }

  get passwordFields() {
    noteLabel(this.page, screenLabels.newPassword);
    noteLabel(this.page, screenLabels.newPasswordAgain);
    return [this.form.field(screenLabels.newPassword), this.form.field(screenLabels.newPasswordAgain)];
  }

  /** What the page says keeping the pre-filled docomo ID does: the ID stays and gets the new password. */
  get keepingExplained() {
    noteLabel(this.page, screenLabels.keepUserIdExplained);
    noteLabel(this.page, screenLabels.keepUserIdMeaning);
    return this.page
      .getByRole('main')
      .getByRole('listitem')
      .filter({ hasText: screenLabels.keepUserIdExplained.ja })
      .filter({ hasText: screenLabels.keepUserIdMeaning.ja });
  }

  /** The notice a locked ID's form shows: it is locked, and a new password unlocks it. */
  get lockedNotice() {
    return docomoIdLockedNotice(this.page);
  }

  /** Leaves the docomo ID as the portal filled it in and sets the new password (typed twice). */
  async setPassword(password: string, confirmation: string = password): Promise<void> {
    await this.form.submit([
      [screenLabels.newPassword, password],
      [screenLabels.newPasswordAgain, confirmation],
    ]);
  }

  /** Types another docomo ID over the pre-filled one, and the new password twice. */
  async changeUserId(userId: string, password: string): Promise<void> {
    await this.form.submit([
      [fieldMeanings.newDocomoId, userId],
      [screenLabels.newPassword, password],
      [screenLabels.newPasswordAgain, password],
    ]);
  }
}
