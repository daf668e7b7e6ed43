import type { PortalSettings } from '../settings';
import type { DocomoId } from './docomo-id';
import { passwordDiffersFromUserId, passwordHasAllowedLength, passwordMixesLettersAndDigits, passwordUsesAllowedCharacters } from './docomo-id-password-rules';
import { looksLikePhoneNumber, userIdHasAllowedShape } from './docomo-id-user-id-rules';

/** Letters and digits a person can copy from a screen without confusing them (no 0/O, 1/l/I). */
const idCharacters = 'abcdefghjkmnpqrstuvwxyz23456789';
const passwordCharacters = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789';
const preferredLength = 10;
const maxTries = 1000;

/**
 * Makes the user id and password 発行 hands out. Pseudo-random from a fixed seed, one sequence per
 * portal: a run issues the same IDs every time, so the guide's screenshots stay the same between
 * runs, and two portals never share a sequence's state. Everything it makes obeys the portal's
 * own rules, checked with the same rule functions the forms use.
 */
export class DocomoIdGenerator {
  private state: number;

  constructor(seed = 20130401) {
    this.state = seed >>> 0;
  }

  /** A user id and password that pass every rule, with a user id `isFree` accepts. */
  next(settings: PortalSettings, isFree: (userId: string) => boolean, avoidPassword?: string): DocomoId {
    for (let tries = 0; tries < maxTries; tries++) {
      const userId = 'd' + this.pick(idCharacters, clamp(preferredLength, settings.userIdMinLength, settings.userIdMaxLength) - 1);
      const password = this.pick(passwordCharacters, clamp(preferredLength, settings.passwordMinLength, settings.passwordMaxLength));
      const valid =
        userIdHasAllowedShape(userId, settings) &&
        !looksLikePhoneNumber(userId) &&
        isFree(userId) &&
        passwordUsesAllowedCharacters(password) &&
        passwordHasAllowedLength(password, settings) &&
        passwordMixesLettersAndDigits(password) &&
        passwordDiffersFromUserId(password, userId) &&
        password !== avoidPassword;
      if (valid) return { userId, password };
    }
    throw new Error(
      `Could not make a docomo ID that passes the portal's rules in ${maxTries} tries: check the length settings ` +
        `(user id ${settings.userIdMinLength}–${settings.userIdMaxLength}, password ${settings.passwordMinLength}–${settings.passwordMaxLength}).`,
    );
  }

  private pick(alphabet: string, length: number): string {
    let text = '';
    for (let i = 0; i < length; i++) text += alphabet[Math.floor(this.random() * alphabet.length)];
    return text;
  }

  /** mulberry32: small, fast and good enough to make IDs look random. */
  private random(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}
