import { isWellFormedNetworkPin } from './network-pin-rules';
import { normalizePhoneNumber } from './phone-number';

/**
 * What the portal refuses as a new network PIN (ネットワーク暗証番号). One blog (L) lists the
 * kinds: same-digit numbers, the birthday, the phone number. Which four digits count as "the
 * birthday" or "the phone number" is not sourced; the mock settles it and the spec says it:
 * - the birthday as year (1990), month and day (0412) or day and month (1204);
 * - the phone number's last four digits or its middle four (090-1234-5678: 1234, 5678).
 */
export type NetworkPinChoiceProblem = 'malformed' | 'same-digits' | 'birthday' | 'phone-number' | 'mismatch';

export interface LineFacts {
  phoneNumber: string;
  /** YYYY-MM-DD, when the portal knows it. */
  birthday?: string;
}

/** 0000, 1111, … 9999. */
export function isSameDigitPin(pin: string): boolean {
  return /^([0-9])\1{3}$/.test(pin);
}

/** The four-digit forms of a birthday a new PIN may not take. */
export function birthdayPins(birthday: string | undefined): string[] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthday ?? '');
  if (!match) return [];
  const [, year, month, day] = match;
  return [year, month + day, day + month];
}

/** The four-digit groups of a mobile number a new PIN may not take. */
export function phoneNumberPins(phoneNumber: string): string[] {
  const digits = normalizePhoneNumber(phoneNumber);
  return digits.length === 11 ? [digits.slice(3, 7), digits.slice(7)] : [];
}

/**
 * The first reason a new PIN is refused, or undefined when it is acceptable. The confirmation is
 * compared last, so the person hears about the PIN itself first.
 */
export function newNetworkPinProblem(pin: string, confirmation: string, line: LineFacts): NetworkPinChoiceProblem | undefined {
  if (!isWellFormedNetworkPin(pin)) return 'malformed';
  if (isSameDigitPin(pin)) return 'same-digits';
  if (birthdayPins(line.birthday).includes(pin)) return 'birthday';
  if (phoneNumberPins(line.phoneNumber).includes(pin)) return 'phone-number';
  if (pin !== confirmation) return 'mismatch';
  return undefined;
}
