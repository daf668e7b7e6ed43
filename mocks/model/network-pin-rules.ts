/**
 * The network PIN (ネットワーク暗証番号) rules, as pure functions over a line's PIN state.
 *
 * Decisions the sources leave open, settled here so the spec can state them:
 * - Input that is not exactly 4 half-width digits is 'invalid'. It is refused before the PIN is
 *   compared and does not count as a failure: a typo in the format says nothing about whether the
 *   person knows the PIN.
 * - A locked PIN is reported as 'locked' whatever was typed, even malformed input: nothing the
 *   person types can help, so the one useful message is where to get it unlocked.
 * - The attempt that reaches the limit already answers 'locked', so the person learns at once.
 */
export type NetworkPinCheck = 'ok' | 'wrong' | 'locked' | 'invalid';

export interface NetworkPinState {
  /** Wrong attempts since the last right one. */
  readonly failures: number;
  readonly locked: boolean;
}

export const unlockedNetworkPin: NetworkPinState = Object.freeze({ failures: 0, locked: false });

/** Exactly four ASCII digits: full-width digits (０-９) are refused like letters are. */
export function isWellFormedNetworkPin(value: string): boolean {
  return /^[0-9]{4}$/.test(value);
}

/** Applies one attempt: a right PIN clears the failures, the limit-th wrong one in a row locks it. */
export function attemptNetworkPin(
  state: NetworkPinState,
  entered: string,
  actual: string,
  maxFailures: number,
): { check: NetworkPinCheck; state: NetworkPinState } {
  if (state.locked) return { check: 'locked', state };
  if (!isWellFormedNetworkPin(entered)) return { check: 'invalid', state };
  if (entered === actual) return { check: 'ok', state: unlockedNetworkPin };
  const failures = state.failures + 1;
  if (failures >= maxFailures) return { check: 'locked', state: { failures, locked: true } };
  return { check: 'wrong', state: { failures, locked: false } };
}

/** Wrong attempts the person has left before the PIN locks; 0 once it is locked. */
export function networkPinTriesLeft(state: NetworkPinState, maxFailures: number): number {
  return state.locked ? 0 : Math.max(0, maxFailures - state.failures);
}
