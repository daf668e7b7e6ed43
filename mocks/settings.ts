/**
 * The portal's numbers, in one place. Each says where it comes from and how sure we are
 * (H: an official docomo page, M: several independent blogs, L: one blog, unsourced: our choice).
 * A scenario that depends on one of them reads it from here rather than repeating the number.
 */
export interface PortalSettings {
  /**
   * Wrong network PINs in a row that lock it (M: several blogs). A locked network PIN never
   * unlocks by itself; only a docomo shop can unlock it (M).
   */
  networkPinMaxFailures: number;
  /**
   * Wrong docomo ID passwords in a row that lock the ID. That a lock exists is H; the number is
   * unsourced, so it is a setting with a plausible default.
   */
  docomoIdLoginMaxFailures: number;
  /** Shortest docomo ID password, in half-width characters (M: d ACCOUNT-era help pages). */
  passwordMinLength: number;
  /** Longest docomo ID password, in half-width characters (M: d ACCOUNT-era help pages). */
  passwordMaxLength: number;
  /** Shortest docomo ID user id made of half-width letters and digits (M: d ACCOUNT era). */
  userIdMinLength: number;
  /** Longest docomo ID user id made of half-width letters and digits (M: d ACCOUNT era). */
  userIdMaxLength: number;
  /**
   * Wrong sp-mode passwords in a row that lock it (H: docomo's sp-mode password help). The lock
   * clears by itself at 0:00 the next day, Tokyo time (H), or at once with a reset (H); both are
   * rules in model/sp-mode-password-rules.ts rather than numbers.
   */
  spModePasswordMaxFailures: number;
  /** The sp-mode password every line starts with, and the one a reset sets it back to (H). */
  spModePasswordDefault: string;
  /**
   * Minutes a proven network PIN lasts without being used; then the PIN is asked again (unsourced:
   * docomo does not publish its timeout; 10 minutes is the common choice for pages that show a
   * secret). Measured on the portal's clock, so a scenario moves past it in no time.
   */
  networkPinProofIdleMinutes: number;
  /**
   * Largest request body the portal reads, in bytes; a bigger one is refused with 413 before it
   * is read (unsourced: the longest form, the docomo ID change, is under 200 bytes; 64 KiB leaves
   * room for any form and keeps one post from costing memory: in issue 10 a 64 MiB post took the server's RSS
   * from 228 to 633 MiB before the cap).
   */
  formBodyMaxBytes: number;
}

export const defaultSettings: Readonly<PortalSettings> = Object.freeze({
  networkPinMaxFailures: 3,
  docomoIdLoginMaxFailures: 5,
  passwordMinLength: 8,
  passwordMaxLength: 20,
  userIdMinLength: 6,
  userIdMaxLength: 20,
  spModePasswordMaxFailures: 3,
  spModePasswordDefault: '0000',
  networkPinProofIdleMinutes: 10,
  formBodyMaxBytes: 64 * 1024,
});
