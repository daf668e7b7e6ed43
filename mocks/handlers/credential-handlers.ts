import type { RequestHandler } from 'msw';
import { contentPaymentHandlers } from './content-payment-handlers';
import { mailSettingsHandlers } from './mail-settings-handlers';
import { networkPinChangeHandlers } from './network-pin-change-handlers';
import type { PortalContext } from './portal-context';
import { SessionProofs } from './session-proofs';
import { spModeHandlers } from './sp-mode-handlers';
import { wifiHandlers } from './wifi-handlers';

/**
 * The credentials other than the docomo ID: the sp-mode password (mail settings, content payment,
 * its change and reset), the network PIN's change, the Wi-Fi credentials and the Wi-Fi login.
 * Their support topics (ドコモメールの設定, spモードのご利用・設定, ご契約内容の確認・変更,
 * Wi-Fiサービス) answer here instead of with the 準備中 page.
 */
export function credentialHandlers(context: PortalContext): RequestHandler[] {
  const proofs = new SessionProofs();
  return [
    ...mailSettingsHandlers(context, proofs),
    ...spModeHandlers(context, proofs),
    ...networkPinChangeHandlers(context, proofs),
    ...wifiHandlers(context, proofs),
    ...contentPaymentHandlers(context, proofs),
  ];
}
