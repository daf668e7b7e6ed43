import { isNetwork, LINE_HEADER, NETWORK_HEADER, type Network } from '../carrier';
import { cookieFromHeader } from '../http/read-cookie';

const PHONE_COOKIE = 'phone';

/** The phone a person is pretending to hold in the standalone server. */
export interface PhoneSetting {
  network: Network;
  /** Undefined for a phone whose line the carrier does not report (no SIM). */
  line?: string;
}

/**
 * The phone chosen on the control page, kept in the `phone` cookie as "network|line". A browser
 * that never chose one holds the first demo line on sp-mode, so the flow works at once.
 */
export function phoneSettingOf(cookieHeader: string | undefined, defaultLine: string | undefined): PhoneSetting {
  const saved = cookieFromHeader(cookieHeader, PHONE_COOKIE);
  if (saved === undefined) return { network: 'sp-mode', line: defaultLine };
  const [network, line] = saved.split('|');
  return { network: isNetwork(network) ? network : 'sp-mode', line: line || undefined };
}

export function phoneCookie(phone: PhoneSetting): string {
  return `${PHONE_COOKIE}=${encodeURIComponent(`${phone.network}|${phone.line ?? ''}`)}; Path=/; SameSite=Lax`;
}

/** What the carrier's network would add to every request from this phone. */
export function carrierHeadersOf(phone: PhoneSetting): Record<string, string | undefined> {
  return { [NETWORK_HEADER]: phone.network, [LINE_HEADER]: phone.line };
}

export const networkNames: Record<Network, string> = { 'sp-mode': 'spモード', wifi: 'Wi-Fi', tethering: 'テザリング' };
