import type { Page } from 'playwright';
import { portalPaths } from '../../mocks/portal-paths';
import { PortalMessage } from './portal-message';
import { screenLabels } from './screen-label';
import { noteTap, tapToNextPage } from './screen-record';

/** メール設定: the mail settings, once the sp-mode password was accepted. */
export class MailSettingsPage {
  static readonly paths: readonly string[] = [portalPaths.mailSettingsForm, portalPaths.mailSettingsSaved];

  constructor(readonly page: Page) {}

  get heading() {
    return new PortalMessage(this.page).heading(screenLabels.mailSettings);
  }

  async turnOnSpamFilter(): Promise<void> {
    const checkbox = this.page.getByRole('checkbox', { name: screenLabels.spamFilter.ja });
    await noteTap(this.page, checkbox, screenLabels.spamFilter);
    await checkbox.check();
    await tapToNextPage(this.page, this.page.getByRole('button', { name: screenLabels.applySettings.ja }), screenLabels.applySettings);
  }
}
