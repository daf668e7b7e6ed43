import type { Page } from 'playwright';
import { portalPaths } from '../../mocks/portal-paths';
import { screenLabels } from './screen-label';
import { PortalMessage } from './portal-message';
import { noteInstruction, noteLabel } from './screen-record';

/** What the portal shows instead of a docomo ID page when the phone is not on sp-mode. */
export class RefusalPage {
  /** Any page under the docomo ID menu opened off sp-mode (and every other line page too). */
  static readonly paths: readonly string[] = [portalPaths.docomoIdAnything];

  constructor(readonly page: Page) {}

  get heading() {
    noteLabel(this.page, screenLabels.notAvailable);
    return this.page.getByRole('heading', { name: screenLabels.notAvailable.ja });
  }

  /** Asks for the same page again, as a person does once she has switched Wi-Fi or tethering off. */
  async tryAgain(): Promise<void> {
    noteInstruction(this.page, "Reload the page in your phone's browser: you do not have to start over.");
    await this.page.reload();
  }

  /** What to do about it, in so many words: the refusal alone would leave her stuck. */
  get instruction() {
    return new PortalMessage(this.page).text(screenLabels.turnOffWifi);
  }
}
