import type { PortalSettings } from '../settings';

/**
 * The docomo ID password rules, one plain function per rule, each named after it. The seed
 * documents "differs from the user id", "mixes letters and digits" and "case-sensitive"; the
 * length and the characters allowed come from d ACCOUNT-era help pages (M) and the lengths are
 * settings (settings.ts).
 */
export type PasswordLengthSettings = Pick<PortalSettings, 'passwordMinLength' | 'passwordMaxLength'>;

/** Between the shortest and the longest length the portal allows, both included. */
export function passwordHasAllowedLength(password: string, settings: PasswordLengthSettings): boolean {
  return password.length >= settings.passwordMinLength && password.length <= settings.passwordMaxLength;
}

/**
 * Half-width letters, digits and symbols only: every printable ASCII character except the space.
 * Full-width letters (Ａ), kana and kanji are refused.
 */
export function passwordUsesAllowedCharacters(password: string): boolean {
  return /^[\x21-\x7e]*$/.test(password);
}

/** At least one half-width letter and at least one half-width digit: neither letters only nor digits only. */
export function passwordMixesLettersAndDigits(password: string): boolean {
  return /[A-Za-z]/.test(password) && /[0-9]/.test(password);
}

/** Not the user id itself. Compared as typed: the password is case-sensitive, so is this rule. */
export function passwordDiffersFromUserId(password: string, userId: string): boolean {
  return password !== userId;
}

/** The new password typed the same the second time, character for character. */
export function passwordConfirmationMatches(password: string, confirmation: string): boolean {
  return password === confirmation;
}

/** A login's password must be exactly the one set: "Sakura2024" is not "sakura2024". */
export function passwordMatchesCaseSensitively(entered: string, actual: string): boolean {
  return entered === actual;
}
