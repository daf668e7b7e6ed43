import type { Page } from 'playwright';
import { portalPaths } from '../../mocks/portal-paths';
import { screenLabels, triesLeftLabels } from './screen-label';
import { noteLabel, tapToNextPage } from './screen-record';

/**
 * ネットワーク暗証番号 (network PIN): the one form in front of every docomo ID operation, the sp-mode
 * password reset and the Wi-Fi credentials.
 */
export class NetworkPinPage {
  static readonly paths: readonly string[] = [
    portalPaths.docomoIdOperation('issue'),
    portalPaths.docomoIdOperation('verify'),
    portalPaths.docomoIdOperation('change'),
    portalPaths.docomoIdOperation('delete'),
    portalPaths.spModePasswordReset,
    portalPaths.wifiCredentials,
  ];

  constructor(readonly page: Page) {}

  get heading() {
    noteLabel(this.page, screenLabels.networkPinEntry);
    return this.page.getByRole('heading', { name: screenLabels.networkPinEntry.ja });
  }

  get wrongPinMessage() {
    noteLabel(this.page, screenLabels.wrongNetworkPin);
    return this.page.getByRole('alert').filter({ hasText: screenLabels.wrongNetworkPin.ja });
  }

  /** The countdown under a wrong PIN: "あと{left}回間違えると…ロックされます". */
  triesLeftMessage(left: number) {
    const label = triesLeftLabels.networkPin(left);
    noteLabel(this.page, label);
    return this.page.getByRole('alert').filter({ hasText: label.ja });
  }

  /**
   * Enters one PIN after another. A refused PIN shows the form again, so she types the next one
   * there; the last attempt may end on the locked page instead.
   */
  async enterEach(pins: string[]): Promise<void> {
    for (const pin of pins) await this.enter(pin);
  }

  async enter(pin: string): Promise<void> {
    await this.page.getByLabel(screenLabels.networkPin.ja, { exact: true }).fill(pin);
    noteLabel(this.page, screenLabels.networkPin, 'fill');
    await tapToNextPage(this.page, this.page.getByRole('button', { name: screenLabels.next.ja }), screenLabels.next);
  }
}
