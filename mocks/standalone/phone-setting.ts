import { isNetwork, LINE_HEADER, NETWORK_HEADER, type Network } from '../carrier';
import { cookieFromHeader } from '../http/read-cookie';

const PHONE_COOKIE = 'phone';

/** The phone a person is pretending to hold in the standalone server. */
export interface PhoneSetting {
  network: Network;
  /** Undefined for a phone whose line the carrier does not report (no SIM). */
  line?: string;
}

/** A line as the control page offers it: digits and hyphens, or nothing (no SIM). */
const lineShape = /^[0-9-]{0,20}$/;

/**
 * The phone chosen on the control page, kept in the `phone` cookie as "network|line". A browser
 * that never chose one holds the first demo line on sp-mode, so the flow works at once.
 */
export function phoneSettingOf(cookieHeader: string | undefined, defaultLine: string | undefined): PhoneSetting {
  return readPhoneCookie(cookieHeader, defaultLine).phone;
}

/**
 * The same, saying whether a `phone` cookie was there but not one the control page writes. Such a
 * cookie (control or non-Latin-1 characters, which no header may carry) is ignored and `malformed`
 * tells the server to clear it: before, it made every page answer 500, /__phone included.
 */
export function readPhoneCookie(cookieHeader: string | undefined, defaultLine: string | undefined): { phone: PhoneSetting; malformed: boolean } {
  const fallback: PhoneSetting = { network: 'sp-mode', line: defaultLine };
  const saved = cookieFromHeader(cookieHeader, PHONE_COOKIE);
  if (saved === undefined) return { phone: fallback, malformed: false };
  const [network, line = '', ...rest] = saved.split('|');
  if (!isNetwork(network) || !lineShape.test(line) || rest.length > 0) return { phone: fallback, malformed: true };
  return { phone: { network, line: line || undefined }, malformed: false };
}

/** Removes a `phone` cookie the server could not read. */
export const clearedPhoneCookie = `${PHONE_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax`;

export function phoneCookie(phone: PhoneSetting): string {
  return `${PHONE_COOKIE}=${encodeURIComponent(`${phone.network}|${phone.line ?? ''}`)}; Path=/; SameSite=Lax`;
}

/** What the carrier's network would add to every request from this phone. */
export function carrierHeadersOf(phone: PhoneSetting): Record<string, string | undefined> {
  return { [NETWORK_HEADER]: phone.network, [LINE_HEADER]: phone.line };
}

export const networkNames: Record<Network, string> = { 'sp-mode': 'spモード', wifi: 'Wi-Fi', tethering: 'テザリング' };
