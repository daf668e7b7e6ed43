import { nextTokyoMidnight } from './tokyo-time';

/**
 * The sp-mode password (spモードパスワード) rules, as pure functions over a line's password state.
 *
 * From docomo's own pages (H): 4 digits, `0000` until the customer changes it, locked by 3 wrong
 * entries in a row, unlocked by itself at 0:00 the next day. Settled here where they are silent,
 * the same way as for the network PIN (network-pin-rules.ts):
 * - Input that is not exactly 4 half-width digits is 'invalid' and is not counted.
 * - One count for every page that asks for the password (mail settings, content payment, the
 *   change form): it is one password, so three wrong ones anywhere lock it everywhere.
 * - The attempt that reaches the limit already answers 'locked'. Once the lock has cleared, the
 *   count starts again from zero.
 */
export type SpModePasswordCheck = 'ok' | 'wrong' | 'locked' | 'invalid';

export interface SpModePasswordState {
  /** Wrong attempts since the last right one (or since the last lock cleared). */
  readonly failures: number;
  /** While locked: when the lock clears, in epoch milliseconds. */
  readonly lockedUntil?: number;
}

export const unlockedSpModePassword: SpModePasswordState = Object.freeze({ failures: 0 });

/** Exactly four ASCII digits, like the network PIN: full-width digits are refused. */
export function isWellFormedSpModePassword(value: string): boolean {
  return /^[0-9]{4}$/.test(value);
}

/** Locked until the first 0:00 in Tokyo after the locking attempt. */
export function isSpModePasswordLocked(state: SpModePasswordState, now: Date): boolean {
  return state.lockedUntil !== undefined && now.getTime() < state.lockedUntil;
}

/** When a lock set at `lockedAt` clears: 0:00 the next day, Tokyo time. */
export function spModePasswordLockClearsAt(lockedAt: Date): Date {
  return nextTokyoMidnight(lockedAt);
}

/** Applies one attempt at `now`. */
export function attemptSpModePassword(
  state: SpModePasswordState,
  entered: string,
  actual: string,
  maxFailures: number,
  now: Date,
): { check: SpModePasswordCheck; state: SpModePasswordState } {
  if (isSpModePasswordLocked(state, now)) return { check: 'locked', state };
  const current = state.lockedUntil === undefined ? state : unlockedSpModePassword;
  if (!isWellFormedSpModePassword(entered)) return { check: 'invalid', state: current };
  if (entered === actual) return { check: 'ok', state: unlockedSpModePassword };
  const failures = current.failures + 1;
  if (failures >= maxFailures) return { check: 'locked', state: { failures, lockedUntil: spModePasswordLockClearsAt(now).getTime() } };
  return { check: 'wrong', state: { failures } };
}

/** Wrong attempts left before the lock; 0 while locked. */
export function spModePasswordTriesLeft(state: SpModePasswordState, maxFailures: number, now: Date): number {
  if (isSpModePasswordLocked(state, now)) return 0;
  const failures = state.lockedUntil === undefined ? state.failures : 0;
  return Math.max(0, maxFailures - failures);
}

export type NewSpModePasswordProblem = 'malformed' | 'mismatch';

/** What is wrong with a new sp-mode password and its confirmation, or undefined when nothing is. */
export function newSpModePasswordProblem(next: string, confirmation: string): NewSpModePasswordProblem | undefined {
  if (!isWellFormedSpModePassword(next)) return 'malformed';
  if (next !== confirmation) return 'mismatch';
  return undefined;
}
