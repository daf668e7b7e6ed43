import type { PortalSettings } from '../settings';
import { normalizePhoneNumber } from './phone-number';

/**
 * The docomo ID user id rules, one plain function per rule, each named after it (d ACCOUNT era,
 * M; the phone-number rule is from the seed). The lengths are settings (settings.ts).
 */
export type UserIdLengthSettings = Pick<PortalSettings, 'userIdMinLength' | 'userIdMaxLength'>;

/** Half-width letters and digits only, between the shortest and the longest length allowed. */
function isAlphanumericUserId(userId: string, settings: UserIdLengthSettings): boolean {
  return /^[A-Za-z0-9]+$/.test(userId) && userId.length >= settings.userIdMinLength && userId.length <= settings.userIdMaxLength;
}

/**
 * A plain half-width email address: local part, "@", a domain with at least one dot. Deliberately
 * narrower than RFC 5322 (no quoted local parts, no IP literals): what a customer would type.
 */
export function isEmailAddress(value: string): boolean {
  const label = '[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?';
  return new RegExp(`^[A-Za-z0-9._%+-]+@${label}(?:\\.${label})+$`).test(value) && !/^\.|\.\.|\.@/.test(value);
}

/** 6–20 half-width alphanumerics (by default), or an email address. */
export function userIdHasAllowedShape(userId: string, settings: UserIdLengthSettings): boolean {
  return isAlphanumericUserId(userId, settings) || isEmailAddress(userId);
}

/** A Japanese phone number written as a user id: 10 or 11 half-width digits starting with 0. */
export function looksLikePhoneNumber(userId: string): boolean {
  return /^0[0-9]{9,10}$/.test(userId);
}

/** A user id that is a phone number must be the line's own mobile number; any other id passes. */
export function phoneNumberUserIdIsOwnNumber(userId: string, linePhoneNumber: string): boolean {
  return !looksLikePhoneNumber(userId) || userId === normalizePhoneNumber(linePhoneNumber);
}

/**
 * A docomo ID is global (any line's ID logs in on the login page), so no two lines may share a
 * user id. Not in the sources as such; it follows from the ID being a login name.
 */
export function userIdIsUnused(userId: string, usedBy: (userId: string) => boolean): boolean {
  return !usedBy(userId);
}
