/**
 * A line is keyed by its phone number without separators, so "090-1234-5678" written in a
 * scenario and "09012345678" sent by the carrier name the same line.
 */
export function normalizePhoneNumber(value: string): string {
  return value.replace(/[-\s]/g, '');
}

/** A Japanese mobile number: 11 half-width digits starting 0x0 (060, 070, 080, 090). */
export function isMobilePhoneNumber(value: string): boolean {
  return /^0[6-9]0[0-9]{8}$/.test(normalizePhoneNumber(value));
}
