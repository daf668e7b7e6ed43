/**
 * The docomo ID lockout, as a pure function over one docomo ID's login state. That too many wrong
 * passwords in a row lock the ID is official (H); how many is not sourced anywhere, so it is the
 * setting docomoIdLoginMaxFailures (settings.ts, default 5).
 *
 * Decisions the sources leave open, settled here so the spec can state them:
 * - The attempt that reaches the limit already answers 'locked', so the person learns at once.
 * - A locked ID answers 'locked' whatever password is typed, the right one included: the way out
 *   is 変更/ロック解除 (setting a new password), never another guess.
 * - A right password before the limit clears the count.
 * - Nothing unlocks it by itself; only a new password (or a reissued ID) starts it afresh.
 */
export type DocomoIdLoginCheck = 'ok' | 'wrong' | 'locked';

export interface DocomoIdLockState {
  /** Wrong passwords since the last right one. */
  readonly failures: number;
  readonly locked: boolean;
}

export const unlockedDocomoId: DocomoIdLockState = Object.freeze({ failures: 0, locked: false });

/** Applies one login attempt whose password was right or wrong, under the limit in a row. */
export function tooManyWrongPasswordsLockTheId(
  state: DocomoIdLockState,
  passwordIsRight: boolean,
  maxFailures: number,
): { check: DocomoIdLoginCheck; state: DocomoIdLockState } {
  if (state.locked) return { check: 'locked', state };
  if (passwordIsRight) return { check: 'ok', state: unlockedDocomoId };
  const failures = state.failures + 1;
  if (failures >= maxFailures) return { check: 'locked', state: { failures, locked: true } };
  return { check: 'wrong', state: { failures, locked: false } };
}
