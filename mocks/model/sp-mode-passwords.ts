import type { PortalSettings } from '../settings';
import type { PortalClock } from './portal-clock';
import { normalizePhoneNumber } from './phone-number';
import {
  attemptSpModePassword,
  isSpModePasswordLocked,
  isWellFormedSpModePassword,
  newSpModePasswordProblem,
  spModePasswordTriesLeft,
  unlockedSpModePassword,
  type NewSpModePasswordProblem,
  type SpModePasswordCheck,
  type SpModePasswordState,
} from './sp-mode-password-rules';

export interface SpModePasswordAttempt {
  check: SpModePasswordCheck;
  /** Wrong passwords the customer may still enter before it locks. */
  triesLeft: number;
  /** While locked: when it clears by itself. */
  lockedUntil?: Date;
}

export type SpModePasswordChange =
  { outcome: 'changed' } | { outcome: 'refused'; attempt: SpModePasswordAttempt } | { outcome: 'unacceptable'; problem: NewSpModePasswordProblem };

interface PasswordRecord {
  password: string;
  state: SpModePasswordState;
}

/**
 * Every line's sp-mode password and its lock, read against the portal's clock
 * (rules in sp-mode-password-rules.ts). Part of PortalModel; one per portal.
 */
export class SpModePasswords {
  private readonly records = new Map<string, PasswordRecord>();

  constructor(
    private readonly settings: PortalSettings,
    private readonly clock: PortalClock,
  ) {}

  /** Gives a line its sp-mode password: the portal's default when the seed names none. */
  register(phoneNumber: string, password: string = this.settings.spModePasswordDefault): void {
    if (!isWellFormedSpModePassword(password)) {
      throw new Error(`Cannot add line ${phoneNumber}: its sp-mode password "${password}" is not 4 half-width digits.`);
    }
    this.records.set(normalizePhoneNumber(phoneNumber), { password, state: unlockedSpModePassword });
  }

  /** Checks a password the customer typed and records the attempt. */
  check(phoneNumber: string, entered: string): SpModePasswordAttempt {
    const record = this.record(phoneNumber);
    const now = this.clock.now();
    const { check, state } = attemptSpModePassword(record.state, entered, record.password, this.settings.spModePasswordMaxFailures, now);
    record.state = state;
    return this.attemptResult(check, record, now);
  }

  /** Changing needs the current password first (an attempt like any other), then a good new one. */
  change(phoneNumber: string, current: string, next: string, confirmation: string): SpModePasswordChange {
    const attempt = this.check(phoneNumber, current);
    if (attempt.check !== 'ok') return { outcome: 'refused', attempt };
    const problem = newSpModePasswordProblem(next, confirmation);
    if (problem) return { outcome: 'unacceptable', problem };
    this.record(phoneNumber).password = next;
    return { outcome: 'changed' };
  }

  /** The reset (after the network PIN, which the caller checks): back to the default, and unlocked. */
  reset(phoneNumber: string): void {
    const record = this.record(phoneNumber);
    record.password = this.settings.spModePasswordDefault;
    record.state = unlockedSpModePassword;
  }

  /** When the line's lock clears, or undefined when it is not locked now. */
  lockedUntil(phoneNumber: string): Date | undefined {
    const record = this.record(phoneNumber);
    return isSpModePasswordLocked(record.state, this.clock.now()) ? new Date(record.state.lockedUntil!) : undefined;
  }

  private attemptResult(check: SpModePasswordCheck, record: PasswordRecord, now: Date): SpModePasswordAttempt {
    const triesLeft = spModePasswordTriesLeft(record.state, this.settings.spModePasswordMaxFailures, now);
    const lockedUntil = check === 'locked' ? new Date(record.state.lockedUntil!) : undefined;
    return { check, triesLeft, lockedUntil };
  }

  private record(phoneNumber: string): PasswordRecord {
    const record = this.records.get(normalizePhoneNumber(phoneNumber));
    if (!record) throw new Error(`No sp-mode password for line ${phoneNumber}: add the line first with model.addLine().`);
    return record;
  }
}
