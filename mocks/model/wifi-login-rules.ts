/**
 * docomo's public Wi-Fi login. The credential format is not sourced (DOMAIN.md), so the mock only
 * asks for something in both fields, of a sensible length. What is sourced and matters to the
 * customer: the Wi-Fi user id and password are their own pair, not the docomo ID's.
 */
export interface WifiCredentials {
  userId: string;
  password: string;
}

export type WifiLoginCheck = 'ok' | 'wrong' | 'invalid';

/** Longest user id or password the login form takes; anything longer cannot be right. */
export const wifiFieldMaxLength = 64;

function isWellFormedWifiLogin(entered: WifiCredentials): boolean {
  return [entered.userId, entered.password].every((value) => value.length > 0 && value.length <= wifiFieldMaxLength);
}

/**
 * Right only when both match one account's Wi-Fi credentials exactly (case-sensitive). No other
 * credential of the line is consulted: a docomo ID password never opens the Wi-Fi.
 */
export function checkWifiLogin(entered: WifiCredentials, accounts: Iterable<WifiCredentials>): WifiLoginCheck {
  if (!isWellFormedWifiLogin(entered)) return 'invalid';
  for (const account of accounts) {
    if (account.userId === entered.userId && account.password === entered.password) return 'ok';
  }
  return 'wrong';
}
