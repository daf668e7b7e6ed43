import type { Page } from 'playwright';
import { portalPaths } from '../../mocks/portal-paths';
import { CredentialForm } from './credential-form';
import { PortalMessage } from './portal-message';
import { screenLabels, triesLeftLabels } from './screen-label';
import { noteLabel } from './screen-record';

/** spモードパスワードの入力, the step before the mail settings, and the same field on a content payment. */
export class SpModePasswordPage {
  static readonly paths: readonly string[] = [portalPaths.mailSettings, portalPaths.contentPurchase];

  constructor(readonly page: Page) {}

  async enter(password: string): Promise<void> {
    await new CredentialForm(this.page).submit([[screenLabels.spModePassword, password]]);
  }

  /** Enters each of these wrong passwords in turn, as someone guessing would. */
  async enterEach(passwords: string[]): Promise<void> {
    for (const password of passwords) await this.enter(password);
  }

  get wrongPasswordMessage() {
    return new PortalMessage(this.page).alert(screenLabels.wrongSpModePassword);
  }

  /** The countdown under a wrong password: "あと{left}回間違えると…ロックされます". */
  lockWarning(left: number) {
    return new PortalMessage(this.page).alert(triesLeftLabels.spModePassword(left));
  }

  get field() {
    noteLabel(this.page, screenLabels.spModePassword);
    return this.page.getByRole('main').getByLabel(screenLabels.spModePassword.ja, { exact: true });
  }
}
